"""`forumdesk practice import|undo-import|list|show|review|export`: the register of
practices and partnership offers (issue 20), headless, over the same services as the
Practices page."""

from forumdesk.cli.practices.commands import add_commands, run

__all__ = ["add_commands", "run"]
