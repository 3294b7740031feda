"""`forumdesk checkin SCAN` and `forumdesk attendance`: the door and its figures,
headless. A check-in is one unit of work; its answer is green, amber or red as at the
desk, and a refused scan exits 1."""

from __future__ import annotations

import argparse
import uuid
from typing import TYPE_CHECKING, Any

from forumdesk.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    CommandError,
    add_forum_option,
    find_forum,
    opened,
    print_result,
    problem,
)
from forumdesk.services.common.messages import _

if TYPE_CHECKING:
    from forumdesk.services.attendance.checkin import ScanAnswer
    from forumdesk.services.attendance.counts import Attendance


def add_commands(commands: Any) -> None:
    checkin = commands.add_parser(
        "checkin", help="check a badge in at the door: its QR code's text or its number"
    )
    checkin.add_argument("scan", metavar="SCAN", help="what the scanner read, or a badge number")
    add_forum_option(checkin)
    checkin.add_argument("--segment", type=uuid.UUID, help="the desk is at this segment's door")
    checkin.add_argument("--desk", default="", help='the desk\'s name, e.g. "Laptop B, side door"')
    checkin.add_argument("--json", action="store_true", help="print the answer as JSON")

    counts = commands.add_parser("attendance", help="who was present, and the ¶4 sentence")
    add_forum_option(counts)
    counts.add_argument("--segment", type=uuid.UUID, help="count this segment's door only")
    counts.add_argument(
        "--sentence", action="store_true", help="print the summary's ¶4 sentence instead"
    )
    counts.add_argument("--json", action="store_true", help="print the counts as JSON")


def run(args: argparse.Namespace) -> int:
    if args.command == "checkin":
        return _checkin(args)
    return _attendance(args)


def _checkin(args: argparse.Namespace) -> int:
    from forumdesk.services.attendance.checkin import Outcome, ScanError, check_in

    try:
        with opened(args) as database, database.unit_of_work() as session:
            forum_id = find_forum(session, args.forum)
            answer = check_in(session, forum_id, args.scan, segment_id=args.segment, desk=args.desk)
    except (CommandError, ScanError) as error:
        return problem(error)
    print_result(args, _answer_json(answer), _answer_text(answer))
    return EXIT_PROBLEM if answer.outcome is Outcome.REFUSED else EXIT_OK


def _answer_json(answer: ScanAnswer) -> dict[str, Any]:
    person = answer.person
    return {
        "result": answer.outcome.value,
        "reason": answer.reason,
        "person": None
        if person is None
        else {
            "representative_id": str(person.representative_id),
            "registration_id": str(person.registration_id),
            "given_name": person.given_name,
            "family_name": person.family_name,
            "organisation": person.organisation,
            "category": person.category.value if person.category else None,
            "badge_number": person.badge_number,
            "accreditation": person.status.value,
        },
        "at": answer.at.isoformat() if answer.at else None,
        "desk": answer.desk,
        "device": answer.device,
    }


def _answer_text(answer: ScanAnswer) -> str:
    from forumdesk.services.attendance.checkin import Outcome

    person = answer.person
    who = f"{person.given_name} {person.family_name}" if person else ""
    if person and person.organisation:
        who += f" ({person.organisation})"
    line = f"{answer.outcome.value.upper()}: {answer.reason}"
    if answer.at is not None and answer.outcome is Outcome.ALREADY:
        place = ", ".join(p for p in (answer.desk, answer.device) if p)
        moment = answer.at.isoformat(timespec="minutes")
        line += " " + (
            _("at {moment} on {place}").format(moment=moment, place=place)
            if place
            else _("at {moment}").format(moment=moment)
        )
    return f"{line}{' · ' + who if who else ''}"


def _attendance(args: argparse.Namespace) -> int:
    from forumdesk.services.attendance.counts import attendance, participation_sentence
    from forumdesk.store.models import Forum

    try:
        with opened(args) as database, database.reading() as session:
            forum_id = find_forum(session, args.forum)
            counts = attendance(session, forum_id, args.segment)
            forum = session.get(Forum, forum_id)
            language = forum.language if forum is not None else "en"
    except CommandError as error:
        return problem(error)
    if args.sentence:
        print(participation_sentence(counts, language))
        return EXIT_OK
    print_result(args, _counts_json(counts), _counts_text(counts))
    return EXIT_OK


def _counts_json(counts: Attendance) -> dict[str, Any]:
    def pairs(table: dict[str, tuple[int, int]]) -> dict[str, dict[str, int]]:
        return {k: {"accredited": a, "present": p} for k, (a, p) in table.items()}

    return {
        "forum_id": str(counts.forum_id),
        "segment_id": str(counts.segment_id) if counts.segment_id else None,
        "accredited": counts.registered,
        "present": counts.present,
        "scans": counts.scans,
        "member_states": counts.member_states,
        "civil_society": counts.civil_society,
        "by_category": pairs(counts.by_category),
        "by_regional_group": pairs(counts.by_regional_group),
        "by_gender": pairs(counts.by_gender),
        "by_hour": counts.by_hour,
    }


def _counts_text(counts: Attendance) -> str:
    lines = [
        _(
            "present {present} of {accredited} accredited ({scans} scans); {states} Member "
            "States, {civil_society} from civil society and the private sector"
        ).format(
            present=counts.present,
            accredited=counts.registered,
            scans=counts.scans,
            states=counts.member_states,
            civil_society=counts.civil_society,
        )
    ]
    for title, table in (
        (_("by category:"), counts.by_category),
        (_("by regional group:"), counts.by_regional_group),
        (_("by gender:"), counts.by_gender),
    ):
        lines.append(title)
        lines += [f"  {key:28} {p:6} / {a}" for key, (a, p) in table.items()]
    lines.append(_("arrivals by hour:"))
    lines += [f"  {hour}:00  {count}" for hour, count in counts.by_hour.items()]
    return "\n".join(lines)
