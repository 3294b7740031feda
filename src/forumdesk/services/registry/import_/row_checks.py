"""One import row at a time: its checks, its organisation, the listed person it matches,
its likely duplicates, and the rows it writes (`RowImporter.row`).

Rows pass the editor's rules (registry/people.py); each problem names its row, column
and reason. A row with likely duplicates is still imported and listed for review, never
merged. Each distinct value is resolved once. Core skips the ORM's before_flush hook,
so the merge columns and the columns registry/edit.py derives (Latin forms, sort keys)
are filled here. The rows go to a `RowSink`: the bulk writer (importer.py), or, in a
parallel import, the messages to the writing process (parallel/reader.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from forumdesk.services.common.messages import _
from forumdesk.services.registry.duplicates.finder import (
    DuplicateFinder,
    DuplicateMatch,
    placeholder_name,
)
from forumdesk.services.registry.import_.bulk_writer import (
    RowSink,
)
from forumdesk.services.registry.import_.columns import ColumnMapping
from forumdesk.services.registry.import_.files import (
    ImportFileError,
    RowReader,
)
from forumdesk.services.registry.import_.listed import (
    LikelyPolicy,
    ListedPeople,
    RowOutcome,
    exact_key,
)
from forumdesk.services.registry.import_.report import (
    ImportReport,
    RowDuplicateFinder,
    RowProblem,
)
from forumdesk.services.registry.people import (
    STATE_CATEGORIES,
    FieldProblem,
    OrganisationInput,
    RegistryError,
    RepresentativeInput,
    alpha2,
    check_organisation,
    check_representative,
    clean_text,
    latin,
    regional_group,
    sort_key,
)
from forumdesk.services.registry.scripts import romanise
from forumdesk.store.enums import AccreditationStatus, OrganisationCategory
from forumdesk.store.models import Organisation, Registration, Representative
from forumdesk.store.types import utcnow


def _organisation_values(name: str, data: OrganisationInput, country: str | None) -> dict[str, Any]:
    """The columns registry_edit would set for this new organisation."""
    acronym = clean_text(data.acronym)
    return {
        "name": name,
        "sort_key": sort_key(name, acronym),
        "acronym": acronym,
        "category": data.category,
        "ecosoc_status": None,
        "ecosoc_year": None,
        "country_code": country,
        "regional_group": regional_group(country) if data.category in STATE_CATEGORIES else None,
        "website": clean_text(data.website),
        "address": None,
        "email": None,
        "phone": None,
        "notes": None,
        "merged_into_id": None,
        "import_id": None,  # set by the importer
    }


def _representative_values(
    data: RepresentativeInput, email: str | None, phone: str | None
) -> dict[str, Any]:
    """The columns registry_edit would set: names as typed, Latin only where faithful."""
    return {
        "organisation_id": data.organisation_id,
        "given_name": data.given_name,
        "family_name": data.family_name,
        "given_name_latin": romanise(data.given_name),
        "family_name_latin": romanise(data.family_name),
        "sort_key": None,  # set by the caller, who has computed it already
        "title": data.title,
        "gender": data.gender,
        "function": data.function,
        "languages": data.languages,
        "email": email,
        "phone": phone,
        "notes": data.notes,
        "merged_into_id": None,
    }


@dataclass(slots=True)
class _Known:
    """An organisation already in the registry or created earlier in this import."""

    id: uuid.UUID
    name: str
    region: str | None  # alpha-2, for national phone numbers
    latin: str  # for the duplicate look-up, transliterated once


class RowImporter:
    def __init__(
        self,
        session: Session,
        path: Path,
        headers: list[str],
        mapping: ColumnMapping,
        report: ImportReport,
        forum_id: uuid.UUID | None,
        likely: LikelyPolicy,
        writer: RowSink,
        listed: Callable[[Session, uuid.UUID | None], ListedPeople] = ListedPeople,
    ) -> None:
        """`writer` takes the new rows: a BulkWriter, or the parallel import's
        `SentRows`; `listed` makes the ListedPeople (the parallel import's sends on
        what it would write: parallel/reader.py)."""
        self.reader = RowReader(headers, mapping)
        self.path = path
        self.likely = likely
        self.import_id = uuid.uuid4()
        self.listed = listed(session, forum_id)
        self.mapping = mapping
        self.report = report
        self.forum_id = forum_id
        self.writer = writer
        self.duplicates = RowDuplicateFinder(DuplicateFinder.load(session))
        self.organisations: dict[str, _Known] = {}
        for ident, name, code in session.execute(
            select(Organisation.id, Organisation.name, Organisation.country_code).where(
                Organisation.deleted_at.is_(None), Organisation.merged_into_id.is_(None)
            )
        ):
            self.organisations.setdefault(
                sort_key(name), _Known(ident, name, _region(code), latin(name))
            )
        self.badges = self.listed.badges
        self.withdrawn_badges = self.listed.withdrawn_badges

    def row(self, number: int, cells: list[str]) -> None:
        reader = self.reader
        problems: list[FieldProblem] = []
        get = reader.cells(cells)
        self._refuse_controls(number, get)
        for warning in reader.extra_cells(cells):
            self.report.warnings.append(RowProblem(number, *warning))
        given, family = reader.names(get)
        gender = reader.gender(problems, get["gender"])
        email = reader.email(problems, get["email"]) if get["email"] else None
        country = reader.country(problems, get["country"])
        category = reader.category(problems, get["category"]) if get["category"] else None
        known, new_org = self._organisation(problems, get, country, category)
        region = known.region if known else _region(country) or self.mapping.phone_region
        phone = reader.phone(problems, get["phone"], region)
        person = RepresentativeInput(
            given_name=given,
            family_name=family,
            title=get["title"] or None,
            gender=gender,
            function=get["function"] or None,
            languages=get["languages"] or None,
            notes=get["notes"] or None,
        )
        problems += check_representative(person, region)
        badge = get["badge_number"] or None
        if problems:
            self._invalid(number, problems)
            return
        given_latin, family_latin = reader.latin(given), reader.latin(family)
        name_key = reader.name_key(family_latin, given_latin)
        label = f"{family.upper()}, {given}" if given else family.upper()
        placeholder = placeholder_name(given_latin, family_latin)
        if new_org is None:
            key = exact_key(name_key, known.id if known else None, email)
            listed = self.listed.find(key, placeholder)
            if listed is not None:  # (its badge, given already, is no problem)
                self.report.valid += 1
                self._skip(number, label, "already listed", listed, badge)
                return
        else:
            key = None
        if badge and self.forum_id is not None and badge in self.badges:
            given = _("badge {badge} is already given").format(badge=badge)
            self._invalid(number, [FieldProblem("badge_number", given)])
            return
        self.report.valid += 1
        org_name = new_org[0] if new_org else known.name if known else None
        org_latin = (latin(org_name) if new_org else known.latin if known else None) or None
        duplicates = self.duplicates.check(
            number,
            (given, family, org_name),
            (given_latin or "", family_latin or "", org_latin),
            name_key,
            email,
        )
        values = _representative_values(person, email, phone)
        if duplicates is not None:
            self.report.duplicates.append(duplicates)
            listed_match = next((m for m in duplicates.matches if m.representative_id), None)
            if listed_match is not None and self.likely is not LikelyPolicy.NEW:
                assert listed_match.representative_id is not None
                self._likely(number, label, listed_match, values, new_org, known, badge)
                return
        organisation = self._create_organisation(new_org) if new_org else known
        if key is None:
            key = exact_key(name_key, organisation.id if organisation else None, email)
        self.listed.file(key, number, placeholder)
        values["sort_key"] = name_key
        values["organisation_id"] = organisation.id if organisation else None
        values["import_id"] = self.import_id
        representative_id = self.writer.add(Representative.__table__, values)
        self.report.representatives_created += 1
        self._register(representative_id, badge)

    def _register(self, representative_id: uuid.UUID, badge: str | None) -> None:
        if self.forum_id is None or representative_id in self.listed.registered:
            return
        self.listed.registered.add(representative_id)
        withdrawn = self.listed.withdrawn.pop(representative_id, None)
        if withdrawn is not None:  # registered before, withdrawn since: registered again
            registration_id, kept = withdrawn
            if kept is not None and self.withdrawn_badges.get(kept) == registration_id:
                del self.withdrawn_badges[kept]  # its own badge comes back with it
                self.badges.add(kept)
            if not self.writer.dry_run:
                self.listed.revive(registration_id, self.import_id)
            self.report.registrations_created += 1
            return
        if badge in self.badges:  # a listed person's row whose badge someone else holds
            badge = None
        if badge:
            self.badges.add(badge)
            freed = self.withdrawn_badges.pop(badge, None)
            if freed is not None and not self.writer.dry_run:
                self.listed.free_badge(freed)
        self.writer.add(Registration.__table__, self._registration(representative_id, badge))
        self.report.registrations_created += 1

    def _skip(
        self, number: int, label: str, reason: str, listed: uuid.UUID | int, badge: str | None
    ) -> None:
        """A row already in the registry (or an earlier row): reported, not imported."""
        if isinstance(listed, int):
            self.report.skipped.append(RowOutcome(number, label, reason, f"row {listed}"))
            return
        self.report.skipped.append(RowOutcome(number, label, reason, "", listed))
        self._register(listed, badge)

    def _likely(
        self,
        number: int,
        label: str,
        match: DuplicateMatch,
        values: dict[str, Any],
        new_org: tuple[str, OrganisationInput, str | None] | None,
        known: _Known | None,
        badge: str | None,
    ) -> None:
        """A row that looks like a listed person: skipped, or the person updated."""
        person_id = match.representative_id
        assert person_id is not None
        if self.likely is LikelyPolicy.SKIP:
            self.report.skipped.append(
                RowOutcome(number, label, "likely match", match.label, person_id)
            )
            return
        organisation = self._create_organisation(new_org) if new_org else known
        organisation_id = organisation.id if organisation else None
        dry_run = self.writer.dry_run
        fields = self.listed.update(person_id, values, organisation_id, dry_run=dry_run)
        self.report.updated.append(
            RowOutcome(number, label, "updated", match.label, person_id, fields)
        )
        self._register(person_id, badge)

    def _refuse_controls(self, number: int, get: dict[str, str]) -> None:
        """Control characters in a field refuse the file: see RowReader.control_character."""
        found = self.reader.control_character(get)
        if found is not None:
            field_name, char = found
            raise ImportFileError(
                self.path,
                _(
                    "row {number}, {column}: holds a control character ({char}); names and short "
                    "fields cannot hold control characters, line breaks or direction overrides"
                ).format(number=number, column=self.reader.column(field_name), char=char),
            )

    def _invalid(self, number: int, problems: list[FieldProblem]) -> None:
        self.report.invalid += 1
        seen: set[str] = set()
        for problem in problems:
            if problem.field not in seen:  # one reason per column is enough
                seen.add(problem.field)
                column = self.reader.column(problem.field)
                self.report.errors.append(RowProblem(number, column, problem.reason))

    def _registration(self, representative_id: uuid.UUID, badge: str | None) -> dict[str, Any]:
        return {
            "forum_id": self.forum_id,
            "representative_id": representative_id,
            "status": AccreditationStatus.REQUESTED,
            "badge_number": badge,
            "requested_at": utcnow(),
            "decided_by": None,
            "decided_at": None,
            "import_id": self.import_id,
        }

    def _organisation(
        self,
        problems: list[FieldProblem],
        get: dict[str, str],
        country: str | None,
        category: OrganisationCategory | None,
    ) -> tuple[_Known | None, tuple[str, OrganisationInput, str | None] | None]:
        """The row's known organisation, or the values of the one it would create."""
        name = get["organisation"]
        if not name:
            return None, None
        known = self.organisations.get(self.reader.org_key(name))
        if known is not None:
            return known, None
        raw = get["category"]
        category = category or self.mapping.default_category
        if category is None:
            if not raw:  # an unknown word is reported already
                problems.append(FieldProblem("category", _("required for a new organisation")))
            category = OrganisationCategory.CIVIL_SOCIETY  # only to run the other checks
        data = OrganisationInput(
            name=name,
            category=category,
            acronym=get["acronym"] or None,
            country=get["country"] or None,
            website=get["website"] or None,
        )
        problems += check_organisation(data)
        return None, (name, data, country)

    def _create_organisation(self, new: tuple[str, OrganisationInput, str | None]) -> _Known:
        name, data, country = new
        values = _organisation_values(name, data, country)
        values["import_id"] = self.import_id
        ident = self.writer.add(Organisation.__table__, values)
        self.report.organisations_created += 1
        known = _Known(ident, name, _region(country), latin(name))
        self.organisations[self.reader.org_key(name)] = known
        return known


@cache
def _region(alpha3: str | None) -> str | None:
    try:
        return alpha2(alpha3) if alpha3 else None
    except RegistryError:
        return None
