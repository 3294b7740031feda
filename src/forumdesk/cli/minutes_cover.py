"""`forumdesk minutes cover ID [--symbol …] [--distribution general|limited|restricted] …`

Shows the cover block of a minutes document (what is stored, and what is printed
where a field is empty), or sets some of its fields in one unit of work. ID is the
minutes' id or their segment's. An empty value ("") empties a field, which is then
printed from the forum and its summary again. `--expect-version N` refuses to write
over minutes changed since version N was read.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import uuid
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.minutes.cover import CoverValues

# option → cover field
OPTIONS = {
    "organ": "organ",
    "distribution": "distribution",
    "date": "issued_on",
    "original_language": "original_language",
    "session": "session_label",
    "agenda_item": "agenda_item",
    "symbol": "symbol",
    "preamble": "preamble",
}


class CoverCommandError(Exception):
    """An argument the command cannot use; one line, exit status 1."""


def add_command(actions: Any) -> None:
    cover = actions.add_parser(
        "cover", help="show or set the cover block of minutes (organ, symbol, distribution…)"
    )
    cover.add_argument("minutes", type=uuid.UUID, metavar="ID", help="the minutes or their segment")
    cover.add_argument("--organ", help='e.g. "Assemblée générale"')
    cover.add_argument("--distribution", help="general, limited or restricted")
    cover.add_argument("--date", help="the date printed on the cover, YYYY-MM-DD")
    cover.add_argument("--original-language", help='e.g. "anglais" or "en"')
    cover.add_argument("--session", help='e.g. "Soixante et unième session"')
    cover.add_argument("--agenda-item", help='e.g. "Point 54 b) de l\'ordre du jour provisoire"')
    cover.add_argument("--symbol", help='e.g. "A/61/187"')
    cover.add_argument(
        "--preamble", help="the author's note: its heading, a blank line, its paragraphs"
    )
    cover.add_argument("--expect-version", type=int, help="refuse if the minutes changed since")
    cover.add_argument("--json", action="store_true")


def run_cover(args: argparse.Namespace, session: Session) -> int:
    from forumdesk.services.minutes.cover import (
        CoverError,
        CoverValues,
        minutes_cover,
        normalised,
        set_minutes_cover,
    )

    given: dict[str, Any] = {field: getattr(args, option) for option, field in OPTIONS.items()}
    given = {field: value for field, value in given.items() if value is not None}
    if "issued_on" in given:
        given["issued_on"] = _date(given["issued_on"])
    normalised(CoverValues(**given))  # the arguments first: a bad value names itself
    minutes_id = _resolve(session, args.minutes)
    if given:
        current = minutes_cover(session, minutes_id)
        if args.expect_version is not None and args.expect_version != current.version:
            raise CoverError(
                f"the minutes changed since version {args.expect_version} "
                f"(now {current.version}); nothing was saved"
            )
        wanted = dataclasses.replace(current.stored, **given)
        set_minutes_cover(session, minutes_id, wanted)
    _print(minutes_cover(session, minutes_id), as_json=args.json)
    return 0


def _resolve(session: Session, identifier: uuid.UUID) -> uuid.UUID:
    from forumdesk.services.minutes.workflow import minutes_of_segment
    from forumdesk.store.models import Minutes

    minutes = session.get(Minutes, identifier)
    if minutes is not None and minutes.deleted_at is None:
        return identifier
    found = minutes_of_segment(session, identifier)
    if found is None:
        raise CoverCommandError(f"{identifier} is neither minutes nor a segment with minutes")
    return found


def _date(text: str) -> date | None:
    if not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise CoverCommandError(f"--date {text!r}: expected a date as YYYY-MM-DD") from None


def _print(cover: Any, *, as_json: bool) -> None:
    def values(found: CoverValues) -> dict[str, Any]:
        return {
            name: value.isoformat() if isinstance(value, date) else value
            for name, value in dataclasses.asdict(found).items()
        }

    if as_json:
        value = {
            "minutes_id": str(cover.minutes_id),
            "version": cover.version,
            "stored": values(cover.stored),
            "printed": values(cover.printed),
        }
        print(json.dumps(value, ensure_ascii=False, indent=2))
        return
    for name, printed in values(cover.printed).items():
        stored = getattr(cover.stored, name)
        origin = "" if stored else "  (default)"
        print(f"{name}: {printed if printed is not None else '—'}{origin}")
    print(f"version: {cover.version}")
