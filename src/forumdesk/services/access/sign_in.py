"""Signing in to the shared server with one's own account. The URL names the account and
never holds the password: libpq takes it from the password file (~/.pgpass) or
PGPASSWORD, and when neither has it the front door asks for it at open. A password
typed there goes into the URL of that opening only, in memory; what is shown, kept or
logged is the URL without it (store/redaction.py)."""

from __future__ import annotations

from sqlalchemy import make_url

from forumdesk.store.engine import database_url, is_sqlite

#: What libpq says when the server wants a password it was not given, or not this one.
_ASKS_FOR_PASSWORD = ("no password supplied", "password authentication failed")


def needs_password(error: BaseException, target: str | None) -> bool:
    """Whether opening `target` failed for want of the account's password."""
    if is_sqlite(database_url(target)):
        return False
    current: BaseException | None = error
    for _depth in range(10):
        if current is None:
            return False
        if any(words in str(current) for words in _ASKS_FOR_PASSWORD):
            return True
        current = getattr(current, "orig", None) or current.__cause__
    return False


def account_at(target: str | None) -> str:
    """ "ana@office-server/forum2026": whose password is asked for, and where."""
    url = make_url(database_url(target))
    return f"{url.username or ''}@{url.host or 'localhost'}/{url.database or ''}"


def with_password(target: str | None, password: str) -> str:
    """`target`'s URL carrying `password`, for one opening (never to be kept or shown)."""
    url = make_url(database_url(target)).set(password=password)
    return url.render_as_string(hide_password=False)
