"""Minutes: each segment's minutes, their editor, approval and export."""

from __future__ import annotations

from typing import TYPE_CHECKING

from forumdesk.ui.pages import lazy_page

if TYPE_CHECKING:
    from forumdesk.ui.pages.minutes.page import MinutesPage

__all__ = ["MinutesPage"]
__getattr__ = lazy_page(__name__, "MinutesPage")
