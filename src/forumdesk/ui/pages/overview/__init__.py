"""Overview: the current forum at a glance, and who takes part."""

from __future__ import annotations

from typing import TYPE_CHECKING

from forumdesk.ui.pages import lazy_page

if TYPE_CHECKING:
    from forumdesk.ui.pages.overview.page import OverviewPage

__all__ = ["OverviewPage"]
__getattr__ = lazy_page(__name__, "OverviewPage")
