"""Subject access as a readable document: a heading per section, the person's name in
its own script (with its Latin form beside it when that differs), tables of their
records, and the audit history's changes field by field (without the ids of linked
records, which tell a reader nothing; the JSON keeps them). Worded in the user's
language; the PDF writer of `exports.document` lays it out in any script."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from forumdesk.exports.document.model import Block, Heading, OutputDocument, Paragraph, Table, plain
from forumdesk.services.common.messages import N_, _, language
from forumdesk.services.privacy.subject_access import SubjectAccess

_ACTIONS = {"create": N_("created"), "update": N_("changed"), "delete": N_("deleted")}


def subject_access_document(access: SubjectAccess) -> OutputDocument:
    """The document the PDF prints for `access`."""
    blocks: list[Block] = []
    sections = (
        (_("Person"), _person_blocks(access)),
        (_("Registrations"), _registrations(access)),
        (_("Check-ins"), _check_ins(access)),
        (_("Roles in the programme"), _roles(access)),
        (_("Interventions"), _interventions(access)),
        (_("Notes linked to them or naming them"), _notes(access)),
        (_("Minutes naming them"), _minutes(access)),
        (_("Practices giving them as the contact"), _practices(access)),
        (_("Audit history"), _history(access)),
    )
    for title, content in sections:
        blocks.append(Heading(2, title))
        blocks += content or [Paragraph(plain(_("Nothing held.")))]
    latin = _latin_name(access)
    return OutputDocument(
        title=_("Personal data held about {name}").format(name=access.name),
        language=language(),
        subtitle=latin,
        marking=_("Personal data: confidential. Exported on {when}.").format(
            when=_when(access.exported_at)
        ),
        blocks=tuple(blocks),
    )


def _latin_name(access: SubjectAccess) -> str | None:
    person = access.person
    latin = " ".join(p for p in (person["given_name_latin"], person["family_name_latin"]) if p)
    return latin if latin and latin != access.name else None


def _person_blocks(access: SubjectAccess) -> list[Block]:
    labels = {
        "title": _("Title"),
        "given_name": _("Given name"),
        "family_name": _("Family name"),
        "given_name_latin": _("Given name (Latin script)"),
        "family_name_latin": _("Family name (Latin script)"),
        "gender": _("Gender"),
        "function": _("Function"),
        "languages": _("Languages"),
        "email": _("E-mail"),
        "phone": _("Phone"),
        "notes": _("Notes"),
    }
    rows = [(labels[key], value) for key, value in access.person.items() if value]
    rows.insert(0, (_("Record id"), str(access.id)))
    if access.organisation:
        organisation = access.organisation
        name = organisation["name"] or ""
        if organisation["acronym"]:
            name = f"{name} ({organisation['acronym']})"
        rows.append((_("Organisation"), name))
    return [Table((_("Field"), _("Value")), tuple(rows))]


def _registrations(access: SubjectAccess) -> list[Block]:
    from forumdesk.services.registry.edit import status_word
    from forumdesk.store.enums import AccreditationStatus

    header = (_("Forum"), _("Status"), _("Badge"), _("Requested"), _("Decided by"), _("Decided"))
    rows = [
        (
            row.forum,
            status_word(AccreditationStatus(row.status)),
            row.badge_number or "",
            _when(row.requested_at),
            row.decided_by or "",
            _when(row.decided_at),
        )
        for row in access.registrations
    ]
    return _table(header, rows)


def _check_ins(access: SubjectAccess) -> list[Block]:
    header = (_("Forum"), _("Door"), _("Desk"), _("Device"), _("Time"))
    rows = [
        (row.forum, row.door or _("entrance"), row.desk, row.device, _when(row.at))
        for row in access.check_ins
    ]
    return _table(header, rows)


def _roles(access: SubjectAccess) -> list[Block]:
    from forumdesk.services.programme.templates.library import ROLE_LABELS
    from forumdesk.store.enums import SegmentRoleKind

    header = (_("Forum"), _("Segment"), _("Role"))
    rows = [
        (row.forum, row.segment, _(ROLE_LABELS[SegmentRoleKind(row.role)])) for row in access.roles
    ]
    return _table(header, rows)


def _interventions(access: SubjectAccess) -> list[Block]:
    header = (_("Segment"), _("Status"), _("Time allotted"), _("Time used"), _("Started"))
    rows = [
        (
            row.segment,
            # The speakers list's own words for a turn's state ("listed", "spoke"…).
            _(row.state),
            _duration(row.allotted_seconds),
            _duration(row.used_seconds),
            _when(row.started_at),
        )
        for row in access.interventions
    ]
    return _table(header, rows)


def _notes(access: SubjectAccess) -> list[Block]:
    blocks: list[Block] = []
    for note in access.notes:
        byline = _("{author}, {when}").format(
            author=note.author or "—", when=_when(note.written_at)
        )
        blocks.append(Heading(4, byline))
        blocks.append(Paragraph(plain(note.text)))
    return blocks


def _minutes(access: SubjectAccess) -> list[Block]:
    blocks: list[Block] = []
    for minutes in access.minutes:
        title = _("{title}, version {number} ({state})").format(
            title=minutes.title, number=minutes.version, state=minutes.state
        )
        blocks.append(Heading(4, title))
        blocks += [Paragraph(plain(line)) for line in minutes.lines]
    return blocks


def _practices(access: SubjectAccess) -> list[Block]:
    header = (_("Forum"), _("Practice"), _("Contact"), _("E-mail"))
    rows = [
        (row.forum, row.title, row.contact_name or "", row.contact_email or "")
        for row in access.practices
    ]
    return _table(header, rows)


def _history(access: SubjectAccess) -> list[Block]:
    header = (_("When"), _("Who"), _("Device"), _("Record"), _("Action"), _("Changes"))
    rows = [
        (
            _when(entry.at),
            entry.actor or "—",
            entry.device,
            entry.table,
            _(_ACTIONS.get(entry.action, entry.action)),
            "; ".join(
                _change(*change) for change in entry.changes if not change[0].endswith("_id")
            ),
        )
        for entry in access.history
    ]
    return _table(header, rows)


def _change(field: str, before: Any, after: Any) -> str:
    if before is None:
        return f"{field}: {after}"
    return f"{field}: {before} → {after}"


def _table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> list[Block]:
    return [Table(header, tuple(rows))] if rows else []


def _when(value: datetime | None) -> str:
    """UTC, to the minute: unambiguous in every language."""
    return "" if value is None else f"{value.astimezone(UTC):%Y-%m-%d %H:%M} UTC"


def _duration(seconds: int | None) -> str:
    return "" if seconds is None else f"{seconds // 60}:{seconds % 60:02d}"
