"""Programme: the days, timeline, segment editor and speakers list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from forumdesk.ui.pages import lazy_page

if TYPE_CHECKING:
    from forumdesk.ui.pages.programme.page import ProgrammePage

__all__ = ["ProgrammePage"]
__getattr__ = lazy_page(__name__, "ProgrammePage")
