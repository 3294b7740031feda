"""The command groups of what the forum is for (issue 20), in a package because cli/
holds at most 15 modules. The package itself is the `practice` group (import,
undo-import, list, show, review, export), headless over the same services as the
Practices page; `compendium` is its own module."""

from forumdesk.cli.practices.commands import add_commands, run

__all__ = ["add_commands", "run"]
