"""The roles and what each may write, defined once: the application's check
(`guard.py`) and the server's GRANTs and row-level security (`server.py`) both read
this table, so the two cannot disagree.

Every role reads everything. A change needs a role that writes its table; the
administrator writes every table and assigns roles. Rows of minutes add one rule that
a table alone does not tell: approved minutes are written only by an approver (which
includes approving them).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

from forumdesk.services.common.messages import N_, _


class Role(enum.StrEnum):
    REGISTRAR = "registrar"
    PROGRAMME_OFFICER = "programme_officer"
    MINUTE_WRITER = "minute_writer"
    APPROVER = "approver"
    ADMINISTRATOR = "administrator"
    READ_ONLY = "read_only"


_LABELS = {
    Role.REGISTRAR: N_("registrar"),
    Role.PROGRAMME_OFFICER: N_("programme officer"),
    Role.MINUTE_WRITER: N_("minute-writer"),
    Role.APPROVER: N_("approver"),
    Role.ADMINISTRATOR: N_("administrator"),
    Role.READ_ONLY: N_("read-only"),
}

_DUTIES = {
    Role.REGISTRAR: N_("organisations, representatives, registrations, accreditation, check-in"),
    Role.PROGRAMME_OFFICER: N_(
        "programme, segments, speakers lists, summary documents, practices, recommendations"
    ),
    Role.MINUTE_WRITER: N_(
        "notes, minutes drafts, submitting minutes, recommendations and their follow-up"
    ),
    Role.APPROVER: N_("approving and returning minutes"),
    Role.ADMINISTRATOR: N_("everything, including assigning roles"),
    Role.READ_ONLY: N_("reads everything, changes nothing"),
}

#: The tables each role writes (besides the bookkeeping every writer keeps, below).
#: The administrator writes all of them.
WRITES: dict[Role, frozenset[str]] = {
    Role.REGISTRAR: frozenset(
        {
            "organisations",
            "representatives",
            "registrations",
            "check_ins",
            "registry_imports",
            "import_mappings",
            "duplicate_dismissals",
        }
    ),
    Role.PROGRAMME_OFFICER: frozenset(
        {
            "forums",
            "days",
            "rooms",
            "forum_sessions",
            "segments",
            "segment_documents",
            "segment_roles",
            "segment_sections",
            "interventions",
            "agenda_templates",
            "documents",
            "language_versions",
            "sections",
            "paragraphs",
            "footnotes",
            "themes",
            "practices",
            "practice_submitters",
            "practice_themes",
            "practice_links",
            "recommendations",
            "recommendation_uptakes",
            "recommendation_practices",
            "follow_ups",
        }
    ),
    Role.MINUTE_WRITER: frozenset(
        {
            "notes",
            "note_tags",
            "note_links",
            "tags",
            "minutes",
            "minutes_versions",
            "recommendations",
            "recommendation_uptakes",
            "recommendation_practices",
            "follow_ups",
        }
    ),
    Role.APPROVER: frozenset({"minutes", "minutes_versions"}),
    Role.ADMINISTRATOR: frozenset(),
    Role.READ_ONLY: frozenset(),
}

#: What any role that writes also writes as a side effect of its change: the audit
#: chain (the device row holds its head) and the search index with its name words.
BOOKKEEPING = frozenset({"audit_entries", "devices", "search_index", "name_words"})

#: Tables whose rows carry the minutes' state (`state`, 'approved' when approved).
MINUTES_TABLES = frozenset({"minutes", "minutes_versions"})
APPROVED = "approved"

#: The role a refusal names for a table no role but the administrator writes.
_ANY_TABLE = Role.ADMINISTRATOR


def label(role: Role) -> str:
    """The role as the user reads it ("minute-writer"), in the user's language."""
    return _(_LABELS[role])


def duties(role: Role) -> str:
    return _(_DUTIES[role])


def labels(roles: Iterable[Role]) -> str:
    """ "registrar, approver", in the order the roles are defined; "no role" for none."""
    chosen = [label(role) for role in Role if role in set(roles)]
    return ", ".join(chosen) or _("no role")


def writers(table: str) -> list[Role]:
    """The roles that may write `table`, the administrator last."""
    return [role for role in Role if table in WRITES[role]] + [_ANY_TABLE]


def may_write(roles: Iterable[Role], table: str) -> bool:
    held = set(roles)
    if Role.ADMINISTRATOR in held:
        return True
    if table in BOOKKEEPING:
        return bool(held - {Role.READ_ONLY})
    return any(table in WRITES[role] for role in held)


def parse_role(text: str) -> Role:
    """A role from what the user typed: its code ("minute_writer") or its English or
    translated label ("minute-writer"); ValueError otherwise."""
    wanted = _folded(text)
    for role in Role:
        if wanted in {_folded(name) for name in (role.value, _LABELS[role], label(role))}:
            return role
    raise ValueError(
        _("there is no role {role!r}; the roles are: {roles}").format(
            role=text, roles=", ".join(_LABELS[r] for r in Role)
        )
    )


def _folded(name: str) -> str:
    return " ".join(name.replace("_", " ").replace("-", " ").split()).casefold()
