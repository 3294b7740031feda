"""Minutes: each segment's minutes, their editor, approval and export."""

from forumdesk.ui.pages.minutes.page import MinutesPage

__all__ = ["MinutesPage"]
