"""A practice or partnership offer: entering it, editing it without losing a colleague's
edit, and what it is linked to (its submitting organisations, themes, the segments where
it was presented and the summary paragraphs it answers)."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from forumdesk.services.common.edit_conflicts import ReadAt, locked, reconcile
from forumdesk.services.common.messages import _
from forumdesk.services.common.refusals import NotFound, Refused
from forumdesk.services.practices.regions import region_of
from forumdesk.services.registry.countries import country_code
from forumdesk.services.registry.people import normalise_email
from forumdesk.services.registry.text import RegistryError
from forumdesk.services.search.practices import index_practice, unindex_practice
from forumdesk.store.enums import PracticeType, ReviewState, WorldRegion
from forumdesk.store.models import (
    Forum,
    Organisation,
    Practice,
    PracticeLink,
    PracticeSubmitter,
    PracticeTheme,
    Theme,
)
from forumdesk.store.types import link_uuid, utcnow

FIRST_YEAR, LAST_YEAR = 1945, 2100
_Child = TypeVar("_Child", PracticeLink, PracticeTheme, PracticeSubmitter)
_MAX_TITLE = 400
#: Fields whose order does not matter to an edit's merge (the submitters' does not
#: either: the lead is kept by the side that changed the set).
_SETS = ("countries", "links", "submitters", "themes", "segments", "paragraphs")
_URL = re.compile(r"^(https?://\S+|\S+\.\S+)$")


class PracticeError(Refused):
    """A practice refused as entered: `field` names the field at fault."""

    def __init__(self, field_name: str, message: str) -> None:
        self.field = field_name
        super().__init__(message)


@dataclass(frozen=True)
class ParagraphRef:
    document_id: uuid.UUID
    number: int


@dataclass(frozen=True)
class PracticeInput:
    """A practice as a form or an import row gives it (validated by `clean_input`)."""

    title: str
    practice_type: PracticeType
    summary: str = ""
    region: WorldRegion | None = None
    countries: tuple[str, ...] = ()
    partners: str = ""
    period_from: int | None = None
    period_to: int | None = None
    results: str = ""
    contact_name: str | None = None
    contact_email: str | None = None
    links: tuple[str, ...] = ()
    #: Registered organisations that submitted it, the lead first.
    submitters: tuple[uuid.UUID, ...] = ()
    themes: tuple[uuid.UUID, ...] = ()
    segments: tuple[uuid.UUID, ...] = ()
    paragraphs: tuple[ParagraphRef, ...] = ()
    fictional: bool = False


@dataclass(frozen=True)
class PracticeView:
    id: uuid.UUID
    version: int
    forum_id: uuid.UUID
    values: PracticeInput
    state: ReviewState
    received_on: date | None
    reviewer: str | None
    review_reason: str | None
    reviewed_at: datetime | None
    submitter_names: tuple[str, ...] = field(default=())
    theme_labels: tuple[str, ...] = field(default=())


def clean_input(data: PracticeInput) -> PracticeInput:
    """The input as stored: trimmed, countries as alpha-3 (the region found from them
    when not given), the e-mail normalised; PracticeError naming the field otherwise."""
    title = " ".join(data.title.split())
    if not title:
        raise PracticeError("title", _("a practice needs a title"))
    if len(title) > _MAX_TITLE:
        raise PracticeError("title", _("the title is longer than 400 characters"))
    countries: list[str] = []
    for raw in data.countries:
        try:
            code = country_code(raw)
        except RegistryError as error:
            raise PracticeError("countries", str(error)) from error
        if code and code not in countries:
            countries.append(code)
    for name, year in (("period_from", data.period_from), ("period_to", data.period_to)):
        if year is not None and not FIRST_YEAR <= year <= LAST_YEAR:
            raise PracticeError(
                name, _("{year} is not a year between 1945 and 2100").format(year=year)
            )
    if data.period_from and data.period_to and data.period_to < data.period_from:
        raise PracticeError("period_to", _("the period ends before it begins"))
    try:
        email = normalise_email(data.contact_email)
    except RegistryError as error:
        raise PracticeError("contact_email", str(error)) from error
    links = tuple(link.strip() for link in data.links if link.strip())
    for link in links:
        if not _URL.match(link):
            raise PracticeError("links", _("{link!r} is not a web address").format(link=link))
    return PracticeInput(
        title=title,
        practice_type=PracticeType(data.practice_type),
        summary=data.summary.strip(),
        region=WorldRegion(data.region) if data.region else region_of(countries),
        countries=tuple(countries),
        partners=data.partners.strip(),
        period_from=data.period_from,
        period_to=data.period_to,
        results=data.results.strip(),
        contact_name=" ".join((data.contact_name or "").split()) or None,
        contact_email=email,
        links=links,
        submitters=tuple(dict.fromkeys(data.submitters)),
        themes=tuple(dict.fromkeys(data.themes)),
        segments=tuple(dict.fromkeys(data.segments)),
        paragraphs=tuple(dict.fromkeys(data.paragraphs)),
        fictional=data.fictional,
    )


def create_practice(
    session: Session,
    forum_id: uuid.UUID,
    data: PracticeInput,
    *,
    received_on: date | None = None,
    practice_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """A new practice, received (the review starts from there)."""
    if session.get(Forum, forum_id) is None:
        raise NotFound(_("that forum no longer exists"))
    data = clean_input(data)
    _check_references(session, forum_id, data)
    practice = Practice(
        id=practice_id or uuid.uuid4(),
        forum_id=forum_id,
        state=ReviewState.RECEIVED,
        received_on=received_on or utcnow().date(),
    )
    session.add(practice)
    _write(session, practice, data)
    index_practice(session, practice.id)
    return practice.id


def update_practice(
    session: Session,
    practice_id: uuid.UUID,
    data: PracticeInput,
    read: ReadAt[PracticeInput] | None = None,
) -> None:
    """Save an edit; a colleague's save in between is merged field by field or refused
    (EditConflict) with both values."""
    practice = _live(session, practice_id, lock=True)
    data = clean_input(data)
    _check_references(session, practice.forum_id, data)
    merged = reconcile(
        session,
        table="practices",
        record_id=practice.id,
        version=practice.version,
        read=read,
        stored=lambda: practice_input(session, practice),
        wanted=data,
        whole_row=False,
        same=dict.fromkeys(
            ("countries", "links", "submitters", "themes", "segments", "paragraphs"), _same_set
        ),
    )
    _write(session, practice, merged)
    index_practice(session, practice.id)


def delete_practice(session: Session, practice_id: uuid.UUID) -> None:
    practice = _live(session, practice_id, lock=True)
    now = utcnow()
    practice.deleted_at = now
    for link in _live_rows(session, PracticeLink, practice.id):
        link.deleted_at = now
    for theme in _live_rows(session, PracticeTheme, practice.id):
        theme.deleted_at = now
    for submitter in _live_rows(session, PracticeSubmitter, practice.id):
        submitter.deleted_at = now
    unindex_practice(session, practice.id)


def practice_view(session: Session, practice_id: uuid.UUID) -> PracticeView:
    practice = _live(session, practice_id)
    values = practice_input(session, practice)
    names = {
        org.id: org.name
        for org in session.scalars(
            select(Organisation).where(Organisation.id.in_(values.submitters))
        )
    }
    labels = {
        theme.id: theme.label
        for theme in session.scalars(select(Theme).where(Theme.id.in_(values.themes)))
    }
    return PracticeView(
        id=practice.id,
        version=practice.version,
        forum_id=practice.forum_id,
        values=values,
        state=practice.state,
        received_on=practice.received_on,
        reviewer=practice.reviewer,
        review_reason=practice.review_reason,
        reviewed_at=practice.reviewed_at,
        submitter_names=tuple(names[i] for i in values.submitters if i in names),
        theme_labels=tuple(labels[i] for i in values.themes if i in labels),
    )


def practice_input(session: Session, practice: Practice) -> PracticeInput:
    """The practice's values as stored, in the form an edit gives them."""
    submitters = sorted(
        _live_rows(session, PracticeSubmitter, practice.id), key=lambda s: s.position
    )
    links = _live_rows(session, PracticeLink, practice.id)
    return PracticeInput(
        title=practice.title,
        practice_type=practice.practice_type,
        summary=practice.summary,
        region=practice.region,
        countries=tuple(practice.countries.split()),
        partners=practice.partners,
        period_from=practice.period_from,
        period_to=practice.period_to,
        results=practice.results,
        contact_name=practice.contact_name,
        contact_email=practice.contact_email,
        links=tuple(line for line in practice.links.splitlines() if line.strip()),
        submitters=tuple(s.organisation_id for s in submitters),
        themes=tuple(t.theme_id for t in _live_rows(session, PracticeTheme, practice.id)),
        segments=tuple(link.segment_id for link in links if link.segment_id),
        paragraphs=tuple(
            ParagraphRef(link.document_id, link.paragraph_number)
            for link in links
            if link.document_id and link.paragraph_number is not None
        ),
        fictional=practice.fictional,
    )


# Internals ---------------------------------------------------------------


def _same_set(a: tuple[object, ...], b: tuple[object, ...]) -> bool:
    return set(a) == set(b)


def _live(session: Session, practice_id: uuid.UUID, *, lock: bool = False) -> Practice:
    practice = (
        locked(session, Practice, practice_id) if lock else session.get(Practice, practice_id)
    )
    if practice is None or practice.deleted_at is not None:
        raise NotFound(_("that practice no longer exists"))
    return practice


def _live_rows(session: Session, model: type[_Child], practice_id: uuid.UUID) -> list[_Child]:
    return list(
        session.scalars(
            select(model).where(model.practice_id == practice_id, model.deleted_at.is_(None))
        )
    )


def _check_references(session: Session, forum_id: uuid.UUID, data: PracticeInput) -> None:
    """Submitters are live organisations and themes the forum's own."""
    if data.submitters:
        live = set(
            session.scalars(
                select(Organisation.id).where(
                    Organisation.id.in_(data.submitters), Organisation.deleted_at.is_(None)
                )
            )
        )
        if len(live) != len(data.submitters):
            raise PracticeError("submitters", _("a submitting organisation no longer exists"))
    if data.themes:
        own = set(
            session.scalars(
                select(Theme.id).where(
                    Theme.id.in_(data.themes),
                    Theme.forum_id == forum_id,
                    Theme.deleted_at.is_(None),
                )
            )
        )
        if len(own) != len(data.themes):
            raise PracticeError("themes", _("a theme is not one of this forum's themes"))


def _write(session: Session, practice: Practice, data: PracticeInput) -> None:
    practice.title = data.title
    practice.practice_type = data.practice_type
    practice.summary = data.summary
    practice.region = data.region
    practice.countries = " ".join(data.countries)
    practice.partners = data.partners
    practice.period_from = data.period_from
    practice.period_to = data.period_to
    practice.results = data.results
    practice.contact_name = data.contact_name
    practice.contact_email = data.contact_email
    practice.links = "\n".join(data.links)
    practice.fictional = data.fictional
    _sync_submitters(session, practice.id, data.submitters)
    _sync_children(
        session,
        PracticeTheme,
        practice.id,
        {link_uuid("practice-theme", practice.id, t): {"theme_id": t} for t in data.themes},
    )
    targets: dict[uuid.UUID, dict[str, object]] = {
        link_uuid("practice-segment", practice.id, s): {"segment_id": s} for s in data.segments
    }
    for ref in data.paragraphs:
        ident = link_uuid(f"practice-paragraph:{ref.number}", practice.id, ref.document_id)
        targets[ident] = {"document_id": ref.document_id, "paragraph_number": ref.number}
    _sync_children(session, PracticeLink, practice.id, targets)


def _sync_submitters(
    session: Session, practice_id: uuid.UUID, organisations: tuple[uuid.UUID, ...]
) -> None:
    wanted = {
        link_uuid("practice-submitter", practice_id, org): {
            "organisation_id": org,
            "position": position,
        }
        for position, org in enumerate(organisations)
    }
    _sync_children(session, PracticeSubmitter, practice_id, wanted)


def _sync_children(
    session: Session,
    model: type[_Child],
    practice_id: uuid.UUID,
    wanted: dict[uuid.UUID, dict[str, object]],
) -> None:
    """Make the practice's live child rows exactly `wanted` (id → values): rows no longer
    wanted are tombstoned, a wanted row removed before comes back (its id is the link's)."""
    now = utcnow()
    existing = {
        row.id: row
        for row in session.scalars(select(model).where(model.practice_id == practice_id))
    }
    for ident, old in existing.items():
        if ident not in wanted and old.deleted_at is None:
            old.deleted_at = now
    for ident, values in wanted.items():
        row = existing.get(ident) or session.get(model, ident)
        if row is None:
            session.add(model(id=ident, practice_id=practice_id, **values))
            continue
        if row.deleted_at is not None:
            row.deleted_at = None
        for name, value in values.items():
            if getattr(row, name) != value:
                setattr(row, name, value)
