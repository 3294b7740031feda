"""Check-in desk: a badge scanned at the door, answered green, amber or red."""

from __future__ import annotations

from typing import TYPE_CHECKING

from forumdesk.ui.pages import lazy_page

if TYPE_CHECKING:
    from forumdesk.ui.pages.checkin.page import CheckInPage

__all__ = ["CheckInPage"]
__getattr__ = lazy_page(__name__, "CheckInPage")
