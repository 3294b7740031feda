"""Check-in desk: a badge scanned at the door, answered green, amber or red."""

from forumdesk.ui.pages.checkin.page import CheckInPage

__all__ = ["CheckInPage"]
