"""Overview: the current forum at a glance, and who takes part."""

from forumdesk.ui.pages.overview.page import OverviewPage

__all__ = ["OverviewPage"]
