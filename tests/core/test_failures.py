"""Which errors are told as they are written, and which only as "unexpected"."""

from __future__ import annotations

import pytest

from forumdesk.services.common.failures import Failure, as_user_error, describe, printable
from forumdesk.services.common.refusals import NotFound, Refused
from forumdesk.store.migrate import DatabaseMissing


def _raised(error: Exception) -> Exception:
    try:
        raise error
    except Exception as caught:
        return caught


def test_forumdesks_own_refusals_are_told_as_written() -> None:
    for error in (
        Refused("a record cannot be merged into itself"),
        NotFound("there is no segment 42"),
        DatabaseMissing("there is no database at /tmp/x.db"),
    ):
        assert as_user_error(_raised(error)) is not None
        assert str(as_user_error(error)) == str(error)


def test_a_library_or_python_error_never_puts_its_text_in_the_line() -> None:
    try:
        int("Müller <amina@example.org>")
    except ValueError as error:
        told = as_user_error(error)
    assert isinstance(told, Failure)
    assert "Müller" not in str(told) and "unexpected error (ValueError)" in str(told)
    assert "Müller" in told.details  # support still sees it


def test_an_error_raised_while_handling_another_is_not_explained_by_it() -> None:
    with pytest.raises(TypeError) as caught:
        try:
            raise DatabaseMissing("there is no database at /tmp/x.db")
        except DatabaseMissing:
            raise TypeError("a bug in the handler") from None
    assert describe(caught.value) is None


def test_control_characters_are_shown_escaped() -> None:
    assert printable("Ana\x1b[2J\u202eevil") == "Ana\\x1b[2J\\u202eevil"
