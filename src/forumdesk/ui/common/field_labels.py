"""Fields and values as the history, sync and conflict dialogs show them: a column's
name in the user's words, an enum by its label, internal columns left out, a value and
who changed it in a few words."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication

from forumdesk.store.enums import (
    AccreditationStatus,
    Gender,
    OrganisationCategory,
    RegionalGroup,
    SegmentKind,
    SegmentRoleKind,
)
from forumdesk.ui.common import labels
from forumdesk.ui.common.formatting import short_datetime

#: Kept for sorting, computed from the names; a note's markup beside its plain text.
_HIDDEN = frozenset({("organisations", "sort_key"), ("representatives", "sort_key"),
                     ("notes", "body_html")})  # fmt: skip


def is_hidden(table: str, column: str) -> bool:
    """Nothing a user would read: the history leaves it out."""
    return (table, column) in _HIDDEN


_ENUMS: dict[tuple[str, str], tuple[type[Enum], Any]] = {
    ("organisations", "category"): (OrganisationCategory, labels.organisation_category),
    ("organisations", "regional_group"): (RegionalGroup, labels.regional_group),
    ("representatives", "gender"): (Gender, labels.gender),
    ("registrations", "status"): (AccreditationStatus, labels.accreditation),
    ("segments", "kind"): (SegmentKind, labels.segment_kind),
    ("segment_roles", "kind"): (SegmentRoleKind, labels.role_kind),
}
_REGISTRY = frozenset(
    {
        "family_name", "given_name", "title", "gender", "function", "languages", "email",
        "phone", "acronym", "category", "website", "badge_number", "notes",
    }
)  # fmt: skip


def field_label(table: str, column: str) -> str:
    """ "email" -> "E-mail"; a column without a label of its own reads as words."""
    if column in _REGISTRY:
        return labels.registry_field(column)
    if table == "registrations" and column == "status":
        return labels.registry_field("status")
    words = _words().get(column)
    return words if words is not None else column.replace("_", " ").capitalize()


def field_value(table: str, column: str, value: Any) -> str:
    """A value as the audit log keeps it (JSON), in the user's words."""
    known = _ENUMS.get((table, column))
    if known is not None and isinstance(value, str):
        kind, label = known
        try:
            return str(label(kind(value)))
        except ValueError:
            pass
    return value_text(value)


def _words() -> dict[str, str]:
    # Spelled out in full at every call: lupdate only recognises the literal form.
    return {
        "name": QCoreApplication.translate("fields", "Name"),
        "country_code": QCoreApplication.translate("fields", "Country"),
        "regional_group": QCoreApplication.translate("fields", "Regional group"),
        "ecosoc_status": QCoreApplication.translate("fields", "ECOSOC status"),
        "ecosoc_year": QCoreApplication.translate("fields", "ECOSOC year"),
        "address": QCoreApplication.translate("fields", "Address"),
        "organisation_id": QCoreApplication.translate("fields", "Organisation"),
        "given_name_latin": QCoreApplication.translate("fields", "Given name (Latin)"),
        "family_name_latin": QCoreApplication.translate("fields", "Family name (Latin)"),
        "representative_id": QCoreApplication.translate("fields", "Person"),
        "forum_id": QCoreApplication.translate("fields", "Forum"),
        "requested_at": QCoreApplication.translate("fields", "Requested on"),
        "decided_by": QCoreApplication.translate("fields", "Decided by"),
        "decided_at": QCoreApplication.translate("fields", "Decided on"),
        "deleted_at": QCoreApplication.translate("fields", "Deleted on"),
        "merged_into_id": QCoreApplication.translate("fields", "Merged into"),
        "theme": QCoreApplication.translate("fields", "Theme"),
        "kind": QCoreApplication.translate("fields", "Kind"),
        "starts_at": QCoreApplication.translate("fields", "Starts"),
        "ends_at": QCoreApplication.translate("fields", "Ends"),
        "body_html": QCoreApplication.translate("fields", "Text"),
        "body_text": QCoreApplication.translate("fields", "Text"),
        "summary": QCoreApplication.translate("fields", "Summary"),
        "for_record": QCoreApplication.translate("fields", "For the record"),
    }


def record_kind(table: str) -> str:
    """What kind of record a table holds, in a word: "Person", "Note"…"""
    kinds = {
        "organisations": QCoreApplication.translate("fields", "Organisation"),
        "representatives": QCoreApplication.translate("fields", "Person"),
        "registrations": QCoreApplication.translate("fields", "Registration"),
        "forums": QCoreApplication.translate("fields", "Forum"),
        "days": QCoreApplication.translate("fields", "Day"),
        "forum_sessions": QCoreApplication.translate("fields", "Session"),
        "rooms": QCoreApplication.translate("fields", "Room"),
        "segments": QCoreApplication.translate("fields", "Segment"),
        "segment_roles": QCoreApplication.translate("fields", "Role"),
        "interventions": QCoreApplication.translate("fields", "Speaker"),
        "notes": QCoreApplication.translate("fields", "Note"),
        "note_links": QCoreApplication.translate("fields", "Note link"),
        "note_tags": QCoreApplication.translate("fields", "Note tag"),
        "tags": QCoreApplication.translate("fields", "Tag"),
        "minutes": QCoreApplication.translate("fields", "Minutes"),
        "minutes_versions": QCoreApplication.translate("fields", "Minutes version"),
        "documents": QCoreApplication.translate("fields", "Document"),
        "paragraphs": QCoreApplication.translate("fields", "Paragraph"),
    }
    return kinds.get(table) or table.replace("_", " ").capitalize()


NO_VALUE = "—"


def value_text(value: Any) -> str:
    """A field's value as the audit log keeps it (JSON), in a few words."""
    if value is None or value == "":
        return NO_VALUE
    if isinstance(value, bool):
        return "✓" if value else "✗"
    text = str(value)
    return text if len(text) <= 200 else text[:199] + "…"


def who_text(actor: str | None, device: str | None, at: datetime | None) -> str:
    """ "Ana · Laptop 2 · 27.11.26 14:05": who changed it, on which device, when."""
    parts = [part for part in (actor, device, short_datetime(at)) if part]
    return " · ".join(parts) if parts else NO_VALUE
