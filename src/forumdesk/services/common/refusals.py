"""A service's own refusals, written for the user: the one line the CLI prints and the
window shows as it is. Any other error is an unexpected one, told without its text."""

from __future__ import annotations


class Refused(ValueError):
    """What was asked cannot be done ("a record cannot be merged into itself")."""


class NotFound(LookupError):
    """A record asked for is not there; the message names it."""
