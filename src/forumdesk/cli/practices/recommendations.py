"""`forumdesk recommendation list|add|status|report`: the recommendations taken from a
forum's summary and what became of them by a later forum.

`add` makes one from a paragraph (or a sentence of it); `status CODE` shows the
statuses at the later forums, or with `--status` records one (signed with the user's
name); `report` writes the follow-up report in any document format.
"""

from __future__ import annotations

import argparse
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from forumdesk.cli.common import (
    EXIT_OK,
    CommandError,
    add_forum_option,
    document_format,
    find_forum,
    opened,
    print_json,
    problem,
    subcommands,
)
from forumdesk.exports.document.writers import FORMATS
from forumdesk.services.common.messages import _
from forumdesk.store.enums import FollowUpStatus

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.practices.recommending.recommendation_views import RecommendationView
    from forumdesk.store.database import Database

_STATUSES = [status.value for status in FollowUpStatus]


def add_commands(commands: Any) -> None:
    """Register `recommendation` and its actions on the main parser's subparsers."""
    actions = subcommands(
        commands, "recommendation", "recommendations from the summary, and their follow-up",
        "recommendation_command",
    )  # fmt: skip
    listing = actions.add_parser("list", help="the forum's recommendations and their status")
    add_forum_option(listing)
    listing.add_argument("--at-forum", type=uuid.UUID, help="the status at this forum")
    listing.add_argument("--json", action="store_true")

    add = actions.add_parser("add", help="make a recommendation from a summary paragraph")
    add_forum_option(add)
    add.add_argument("--paragraph", type=int, required=True, help="the paragraph's number")
    add.add_argument("--sentence", help="a sentence of the paragraph (default: all of it)")
    add.add_argument("--code", help='default: "R" and the paragraph\'s number')
    add.add_argument("--theme", help="a theme's code (remittances, data…)")
    add.add_argument("--document", type=uuid.UUID, help="default: the forum's only summary")
    add.add_argument("--json", action="store_true")

    status = actions.add_parser("status", help="show or record a status at a later forum")
    add_forum_option(status)
    status.add_argument("code", help="the recommendation's code (R13)")
    status.add_argument("--at-forum", type=uuid.UUID, help="default: the next forum")
    status.add_argument("--status", choices=_STATUSES, help="record this status")
    status.add_argument("--evidence", default="", help="what shows it")
    status.add_argument("--json", action="store_true")

    report = actions.add_parser("report", help="write the follow-up report (PDF, DOCX…)")
    add_forum_option(report)
    report.add_argument("-o", "--output", type=Path, required=True, help="the file to write")
    report.add_argument("--format", choices=FORMATS, help="default: from the file name")
    report.add_argument("--at-forum", type=uuid.UUID, help="default: the next forum")


def run(args: argparse.Namespace) -> int:
    from forumdesk.services.common.edit_conflicts import EditConflict
    from forumdesk.services.common.refusals import NotFound, Refused

    try:
        form = (
            document_format(args.output, args.format)
            if args.recommendation_command == "report"
            else None
        )
        with opened(args) as database:
            return _dispatch(args, database, form)
    except (CommandError, Refused, NotFound, EditConflict) as error:
        return problem(error)


def _dispatch(args: argparse.Namespace, database: Database, form: str | None) -> int:
    command = args.recommendation_command
    if command == "add" or (command == "status" and args.status):
        with database.unit_of_work() as session:
            forum_id = find_forum(session, args.forum)
            if command == "add":
                return _add(args, session, forum_id)
            return _set_status(args, session, forum_id)
    with database.reading() as session:
        forum_id = find_forum(session, args.forum)
        if form is not None:
            return _report(args, session, forum_id, form, database)
        if command == "list":
            return _list(args, session, forum_id)
        return _show_status(args, session, forum_id)


def _list(args: argparse.Namespace, session: Session, forum_id: uuid.UUID) -> int:
    from forumdesk.services.practices.recommending.follow_up import status_label
    from forumdesk.services.practices.recommending.recommendation_views import recommendations_of

    rows = recommendations_of(session, forum_id, at_forum=args.at_forum)
    if args.json:
        print_json(
            [
                {
                    "id": str(row.id),
                    "code": row.code,
                    "paragraph": row.paragraph_number,
                    "text": row.text,
                    "theme": row.theme,
                    "uptakes": row.uptakes,
                    "practices": row.practices,
                    "status": row.status.value if row.status else None,
                    "status_forum": row.status_forum,
                }
                for row in rows
            ]
        )
        return EXIT_OK
    if not rows:
        print(_("The forum has no recommendation."))
    for row in rows:
        where = f"¶{row.paragraph_number}" if row.paragraph_number is not None else "—"
        status = status_label(row.status) if row.status else "—"
        text = row.text if len(row.text) <= 70 else row.text[:69] + "…"
        print(f"{row.code:<8} {where:<6} {row.uptakes:>3} {row.practices:>3}  {status:<12} {text}")
    return EXIT_OK


def _add(args: argparse.Namespace, session: Session, forum_id: uuid.UUID) -> int:
    from forumdesk.services.documents.documents import documents_of_forum
    from forumdesk.services.practices.recommending.recommendation_views import recommendation_view
    from forumdesk.services.practices.recommending.recommendations import recommend
    from forumdesk.services.practices.themes import theme_by_code

    document_id = args.document
    if document_id is None:
        documents = documents_of_forum(session, forum_id)
        if len(documents) != 1:
            raise CommandError(
                _("the forum has no summary document")
                if not documents
                else _("the forum has several documents: pass --document ID")
            )
        document_id = documents[0].id
    theme_id = None
    if args.theme:
        theme = theme_by_code(session, forum_id, args.theme)
        if theme is None:
            raise CommandError(_("no theme {code!r} in this forum").format(code=args.theme))
        theme_id = theme.id
    ident = recommend(
        session, document_id, args.paragraph, sentence=args.sentence, code=args.code,
        theme_id=theme_id,
    )  # fmt: skip
    view = recommendation_view(session, ident)
    if args.json:
        print_json({"id": str(ident), "code": view.values.code, "text": view.values.text})
    else:
        print(
            _("Recommendation {code} made from paragraph {number}.").format(
                code=view.values.code, number=args.paragraph
            )
        )
    return EXIT_OK


def _recommendation(session: Session, forum_id: uuid.UUID, code: str) -> RecommendationView:
    from forumdesk.services.practices.recommending.recommendation_views import recommendation_view
    from forumdesk.services.practices.recommending.recommendations import recommendation_by_code

    return recommendation_view(session, recommendation_by_code(session, forum_id, code).id)


def _set_status(args: argparse.Namespace, session: Session, forum_id: uuid.UUID) -> int:
    from forumdesk.services.practices.recommending.follow_up import (
        Assessment,
        set_follow_up,
        status_label,
    )

    view = _recommendation(session, forum_id, args.code)
    at_forum = args.at_forum or _next_forum(view)
    status = FollowUpStatus(args.status)
    set_follow_up(session, view.id, at_forum, Assessment(status, args.evidence))
    print(
        _("{code}: {status} at {forum}.").format(
            code=view.values.code, status=status_label(status), forum=_forum_title(view, at_forum)
        )
    )
    return EXIT_OK


def _show_status(args: argparse.Namespace, session: Session, forum_id: uuid.UUID) -> int:
    from forumdesk.services.practices.recommending.follow_up import status_label

    view = _recommendation(session, forum_id, args.code)
    shown = [f for f in view.follow_ups if args.at_forum is None or f.forum.id == args.at_forum]
    if args.json:
        print_json(
            {
                "code": view.values.code,
                "paragraph": view.paragraph_number,
                "follow_ups": [
                    {
                        "forum_id": str(f.forum.id),
                        "forum": f.forum.title,
                        "status": f.status.value if f.status else None,
                        "evidence": f.evidence,
                        "assessed_by": f.assessed_by,
                        "assessed_on": f.assessed_on.isoformat() if f.assessed_on else None,
                    }
                    for f in shown
                ],
            }
        )
        return EXIT_OK
    if not shown:
        print(_("No forum starts after this one yet."))
    for f in shown:
        status = status_label(f.status) if f.status else _("not assessed")
        line = f"{f.forum.title}: {status}"
        if f.evidence:
            line += f" — {f.evidence}"
        if f.assessed_by:
            line += f" ({f.assessed_by}, {f.assessed_on})"
        print(line)
    return EXIT_OK


def _report(
    args: argparse.Namespace, session: Session, forum_id: uuid.UUID, form: str, database: Database
) -> int:
    from forumdesk.exports.practices.follow_up import export_follow_up

    export_follow_up(
        session, forum_id, args.output, form, at_forum=args.at_forum, database_path=database.path
    )
    print(_("Follow-up report written to {output} ({form}).").format(output=args.output, form=form))
    return EXIT_OK


def _next_forum(view: RecommendationView) -> uuid.UUID:
    if not view.follow_ups:
        raise CommandError(_("No forum starts after this one yet."))
    return view.follow_ups[0].forum.id


def _forum_title(view: RecommendationView, forum_id: uuid.UUID) -> str:
    found = view.follow_up_at(forum_id)
    return found.forum.title if found else str(forum_id)
