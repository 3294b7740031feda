"""Programme: the days, timeline, segment editor and speakers list."""

from forumdesk.ui.pages.programme.page import ProgrammePage

__all__ = ["ProgrammePage"]
