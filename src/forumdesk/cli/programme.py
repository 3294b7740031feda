"""`forumdesk programme new|show|templates|import|export|save-template|speakers` and
`programme conflicts|ics|pdf|docx`: programmes, their checks and exports, headless.

Same services as the Programme page. Arguments (date, time zone, language, a
template file) are checked before the database is opened; a forum is built in
one unit of work, so a mistake half-way leaves the database as it was.
`conflicts` exits 1 when it finds clashes, so a script can test it.
"""

from __future__ import annotations

import argparse
import uuid
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from forumdesk.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    CommandError,
    add_forum_option,
    find_forum,
    interrupted,
    opened,
    print_json,
    print_result,
    problem,
    subcommands,
)
from forumdesk.services.common.messages import _

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.store.database import Database

EXPORT_COMMANDS = ("conflicts", "ics", "pdf", "docx")


def add_commands(commands: Any) -> None:
    """Register `programme` and its actions on the main parser's subparsers object."""
    actions = subcommands(
        commands,
        "programme",
        "build a forum's programme from an agenda template, show it",
        "programme_command",
    )

    new = actions.add_parser("new", help="create a forum from an agenda template")
    new.add_argument("--template", required=True, help="a template's slug or a JSON file")
    new.add_argument("--date", required=True, help="the first day, YYYY-MM-DD")
    new.add_argument("--title", help="the forum's name (default: the template's forum title)")
    new.add_argument("--venue", help='e.g. "Palais des Nations, Geneva"')
    new.add_argument(
        "--timezone",
        help="IANA name, e.g. Europe/Zurich (default: the venue's, if known; else UTC)",
    )
    new.add_argument("--language", default="en", help="en or fr (default: en)")
    new.add_argument(
        "--json", action="store_true", help='print {"forum_id": ..., "title": ..., "timezone": ...}'
    )

    show = actions.add_parser("show", help="print a forum's programme")
    show.add_argument("--forum", help="forum id (default: the only forum)")
    show.add_argument("--json", action="store_true")

    listing = actions.add_parser("templates", help="list the agenda templates")
    listing.add_argument("--json", action="store_true")

    imp = actions.add_parser("import", help="store a template file in the database")
    imp.add_argument("file", type=Path)
    imp.add_argument("--replace", action="store_true", help="replace a stored one, same slug")

    exp = actions.add_parser("export", help="write a template to a JSON file")
    exp.add_argument("slug")
    exp.add_argument("file", type=Path)

    save = actions.add_parser("save-template", help="save a forum's programme as a template")
    save.add_argument("file", type=Path)
    save.add_argument("--slug", required=True)
    save.add_argument("--name", required=True)
    save.add_argument("--forum", help="forum id (default: the only forum)")
    save.add_argument("--import", dest="store", action="store_true", help="also store it")

    speakers = actions.add_parser("speakers", help="a segment's speakers list")
    speakers.add_argument("--segment", type=uuid.UUID, required=True, help="segment id")
    speakers.add_argument("--json", action="store_true")

    add_export_commands(actions)  # conflicts, ics, pdf, docx


def run(args: argparse.Namespace) -> int:
    from forumdesk.services.programme.templates.library import TemplateError
    from forumdesk.services.programme.times import TimeZoneError

    try:
        checked = _check_arguments(args)  # a bad argument never opens the database
        with opened(args) as database:
            return _dispatch(args, database, checked)
    except (CommandError, TemplateError, TimeZoneError) as error:
        return problem(error)
    except KeyboardInterrupt:
        return interrupted()


def _check_arguments(args: argparse.Namespace) -> dict[str, Any]:
    from forumdesk.services.programme.templates.library import read_template_file
    from forumdesk.services.programme.times import time_zone

    checked: dict[str, Any] = {}
    command = args.programme_command
    if command == "new":
        try:
            checked["on"] = date.fromisoformat(args.date)
        except ValueError:
            raise CommandError(
                _("bad date {date!r}: use YYYY-MM-DD").format(date=args.date)
            ) from None
        if args.timezone is not None:
            time_zone(args.timezone)
        if args.language not in ("en", "fr"):
            raise CommandError(
                _("unknown language {language!r}: use en or fr").format(language=args.language)
            )
        if args.template.endswith(".json"):
            checked["template"] = read_template_file(Path(args.template))
    if command == "import":
        checked["template"] = read_template_file(args.file)
    if isinstance(getattr(args, "forum", None), uuid.UUID):
        checked["forum"] = args.forum
    elif getattr(args, "forum", None):
        try:
            checked["forum"] = uuid.UUID(args.forum)
        except ValueError:
            raise CommandError(_("bad forum id {forum!r}").format(forum=args.forum)) from None
    return checked


def _dispatch(args: argparse.Namespace, database: Database, checked: dict[str, Any]) -> int:
    from forumdesk.services.common.output_files import check_output_path

    command = args.programme_command
    if command in ("ics", "pdf", "docx", "export", "save-template"):
        check_output_path(args.file, database.path)  # never over the database, nor a backup
    if command in EXPORT_COMMANDS:
        return run_export_command(args, database)
    if command in ("new", "import", "save-template"):
        with database.unit_of_work() as session:
            if command == "new":
                return _new(args, session, checked)
            if command == "import":
                return _import(args, session, checked)
            return _save(args, session, checked)
    with database.reading() as session:
        if command == "speakers":
            return _speakers(args, session)
        if command == "show":
            return _show(args, session, checked)
        if command == "export":
            return _export(args, session)
        return _templates(args, session)


def _new(args: argparse.Namespace, session: Session, checked: dict[str, Any]) -> int:
    from forumdesk.services.programme.forums import forum_figures
    from forumdesk.services.programme.templates.library import create_forum_from_template
    from forumdesk.store.models import Forum

    forum_id = create_forum_from_template(
        session,
        checked.get("template") or args.template,
        on=checked["on"],
        title=args.title,
        venue=args.venue,
        timezone=args.timezone,
        language=args.language,
    )
    figures = forum_figures(session, forum_id)
    forum = session.get_one(Forum, forum_id)
    print_result(
        args,
        {"forum_id": str(forum_id), "title": forum.title, "timezone": forum.timezone},
        f"{forum_id}\nCreated {forum.title!r} on {checked['on']} ({forum.timezone}) "
        f"with {figures.segments} segment(s).",
    )
    return EXIT_OK


def _show(args: argparse.Namespace, session: Session, checked: dict[str, Any]) -> int:
    from forumdesk.services.programme.programme import programme_view
    from forumdesk.services.programme.templates.library import long_date
    from forumdesk.services.programme.times import iso, span_moments, time_zone
    from forumdesk.store.models import Forum

    forum_id = find_forum(session, checked.get("forum"))
    forum = session.get(Forum, forum_id)
    assert forum is not None
    zone = time_zone(forum.timezone)
    segments: list[dict[str, Any]] = []
    lines = [forum.title]
    if forum.venue:
        lines.append(forum.venue)
    lines.append(_("Times in {zone}").format(zone=forum.timezone))
    for day in programme_view(session, forum_id):
        lines += ["", long_date(day.date, forum.language)]
        for sitting in day.sessions:
            lines.append(f"  {sitting.title}  {sitting.starts_at:%H:%M}–{sitting.ends_at:%H:%M}")
            for part in sitting.segments:
                start, end = span_moments(day.date, part.starts_at, part.ends_at, zone)
                roles = [
                    {"role": r.role.value, "label": r.label, "person": r.person} for r in part.roles
                ]
                segments.append(
                    {
                        "id": str(part.id),
                        "session": sitting.title,
                        "kind": part.kind.value,
                        "title": part.title,
                        "theme": part.theme,
                        "start": iso(start),
                        "end": iso(end),
                        "room": part.room,
                        "roles": roles,
                    }
                )
                where = f"  ({part.room})" if part.room else ""
                lines.append(
                    f"    {part.starts_at:%H:%M}–{part.ends_at:%H:%M}  {part.title}{where}"
                )
                if part.theme:
                    lines.append(f"                 {part.theme}")
                lines += [
                    f"                 {r.label or r.role.value}: {r.person or '—'}"
                    for r in part.roles
                ]
    result = {
        "forum_id": str(forum_id),
        "title": forum.title,
        "timezone": forum.timezone,
        "segments": segments,
    }
    print_result(args, result, "\n".join(lines))
    return EXIT_OK


def _templates(args: argparse.Namespace, session: Session) -> int:
    from dataclasses import asdict

    from forumdesk.services.programme.templates.library import list_templates

    found = list_templates(session)
    lines = [
        f"{info.slug:<24} {info.days} day(s), {info.segments:>2} segment(s)  "
        f"{info.name} [{info.source}]"
        for info in found
    ]
    print_result(args, [asdict(info) for info in found], "\n".join(lines) or "No templates.")
    return EXIT_OK


def _import(args: argparse.Namespace, session: Session, checked: dict[str, Any]) -> int:
    from forumdesk.services.programme.templates.library import import_template

    spec = checked["template"]
    template_id = import_template(session, spec, replace=args.replace)
    print(
        _("Template {slug!r} is in the database ({template_id}).").format(
            slug=spec.slug, template_id=template_id
        )
    )
    return EXIT_OK


def _export(args: argparse.Namespace, session: Session) -> int:
    from forumdesk.services.programme.templates.library import export_template

    export_template(session, args.slug, args.file)
    print(_("Wrote template {slug!r} to {file}.").format(slug=args.slug, file=args.file))
    return EXIT_OK


def _save(args: argparse.Namespace, session: Session, checked: dict[str, Any]) -> int:
    from forumdesk.services.programme.templates.file_format import parse_template
    from forumdesk.services.programme.templates.library import (
        import_template,
        programme_as_template,
        save_template_file,
    )

    forum_id = find_forum(session, checked.get("forum"))
    body = programme_as_template(session, forum_id, args.slug, args.name)
    if args.store:
        import_template(session, parse_template(body, args.file.name))
    save_template_file(body, args.file)
    print(
        _("Saved the programme as template {slug!r} in {file}.").format(
            slug=args.slug, file=args.file
        )
    )
    return EXIT_OK


def _speakers(args: argparse.Namespace, session: Session) -> int:
    from forumdesk.services.programme.speakers.lists import SpeakerError, speakers_list

    try:
        lines = speakers_list(session, args.segment)
    except SpeakerError as error:
        raise CommandError(str(error)) from error

    def minutes(seconds: int | None) -> str:
        return f"{seconds // 60}:{seconds % 60:02d}" if seconds is not None else "—"

    text = "\n".join(
        f"{line.position + 1}. {line.name}"
        + (f" ({line.organisation})" if line.organisation else "")
        + f"  {minutes(line.allotted_seconds)} allotted, {minutes(line.used_seconds)} used"
        + f"  [{line.status.value}]"
        for line in lines
    )
    print_result(
        args, [line.as_json() for line in lines], text or _("Nobody on the speakers list.")
    )
    return EXIT_OK


# --- conflicts, ics, pdf, docx ----------------------------------------------------------


def add_export_commands(actions: Any) -> None:
    """Register conflicts, ics, pdf and docx on the `programme` subparsers object."""
    conflicts = actions.add_parser(
        "conflicts", help="list clashes in the programme (exit status 1 when there are any)"
    )
    add_forum_option(conflicts)
    conflicts.add_argument("--json", action="store_true", help="print the clashes as JSON")

    ics = actions.add_parser("ics", help="export the programme as an iCalendar (.ics) file")
    ics.add_argument("file", type=Path)
    add_forum_option(ics)
    ics.add_argument(
        "--person", type=uuid.UUID, help="only the segments where this representative takes part"
    )

    pdf = actions.add_parser("pdf", help="print the programme to an A4 PDF")
    pdf.add_argument("file", type=Path)
    add_forum_option(pdf)

    docx = actions.add_parser("docx", help="write the programme as a Word (.docx) document")
    docx.add_argument("file", type=Path)
    add_forum_option(docx)


def run_export_command(args: argparse.Namespace, database: Database) -> int:
    """Run the action named by `args.programme_command`; return the exit status."""
    from forumdesk.exports.programme.layout import ProgrammeExportError
    from forumdesk.services.common.output_files import OutputPathError

    try:
        with database.reading() as session:
            forum_id = find_forum(session, getattr(args, "forum", None))
            command = args.programme_command
            if command == "conflicts":
                return _conflicts(args, session, forum_id)
            if command == "ics":
                return _ics(args, session, forum_id)
            if command in ("pdf", "docx"):
                return _document(args, session, forum_id, command)
            raise CommandError(_("unknown programme action {command!r}").format(command=command))
    except (CommandError, ProgrammeExportError, OutputPathError) as error:
        return problem(error)
    except OSError as error:
        return problem(
            _("cannot write {path}: {reason}").format(
                path=error.filename or _("the file"), reason=error.strerror or error
            )
        )


def _conflicts(args: argparse.Namespace, session: Session, forum_id: uuid.UUID) -> int:
    from forumdesk.services.programme.clashes import find_clashes

    clashes = find_clashes(session, forum_id)
    if args.json:
        print_json([c.as_json() for c in clashes])
    elif clashes:
        print("\n".join(f"{c.kind}: {c.message}" for c in clashes))
        print(_("{count} clash(es).").format(count=len(clashes)))
    else:
        print(_("No clashes in the programme."))
    return EXIT_PROBLEM if clashes else EXIT_OK


def _ics(args: argparse.Namespace, session: Session, forum_id: uuid.UUID) -> int:
    from forumdesk.exports.programme.ics import write_programme_ics
    from forumdesk.store.models import Representative

    if args.person is not None:
        person = session.get(Representative, args.person)
        if person is None or person.deleted_at is not None:
            raise CommandError(_("there is no representative {person}").format(person=args.person))
    count = write_programme_ics(session, forum_id, args.file, person_id=args.person)
    print(_("Wrote {count} event(s) to {file}.").format(count=count, file=args.file))
    return EXIT_OK


def _document(args: argparse.Namespace, session: Session, forum_id: uuid.UUID, kind: str) -> int:
    if kind == "pdf":
        from forumdesk.exports.programme.pdf import write_programme_pdf as write
    else:
        from forumdesk.exports.programme.docx import write_programme_docx as write
    count = write(session, forum_id, args.file)
    print(
        _("Wrote the programme ({count} segment(s)) to {file}.").format(count=count, file=args.file)
    )
    return EXIT_OK
