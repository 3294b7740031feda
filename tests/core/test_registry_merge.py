"""Merging duplicates: fields chosen one by one, references moved, history kept."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from forumdesk.services.database.demo import demo_forum_id
from forumdesk.services.registry.merge import (
    FieldChoice,
    merge_organisations,
    merge_preview,
    merge_representatives,
)
from forumdesk.store.database import Database
from forumdesk.store.enums import (
    AccreditationStatus,
    Gender,
    OrganisationCategory,
    SegmentRoleKind,
)
from forumdesk.store.models import (
    Day,
    Forum,
    ForumSession,
    Intervention,
    Note,
    NoteLink,
    Organisation,
    Registration,
    Representative,
    Segment,
    SegmentRole,
)
from forumdesk.store.types import utcnow

A = AccreditationStatus
MIGRANTS = OrganisationCategory.MIGRANT_ASSOCIATION


@dataclass(frozen=True)
class Ids:
    keep: uuid.UUID
    other: uuid.UUID
    forum: uuid.UUID
    second_forum: uuid.UUID
    third_forum: uuid.UUID
    org_keep: uuid.UUID
    org_other: uuid.UUID


def _forum(session: Session, slug: str) -> uuid.UUID:
    forum = Forum(slug=slug, title=slug)
    session.add(forum)
    session.flush()
    return forum.id


def _segment_of(session: Session, forum_id: uuid.UUID) -> uuid.UUID:
    found = session.scalars(
        select(Segment.id)
        .join(ForumSession, ForumSession.id == Segment.session_id)
        .join(Day, Day.id == ForumSession.day_id)
        .where(Day.forum_id == forum_id)
    ).first()
    assert found is not None
    return found


@pytest.fixture
def ids(demo_db: Database) -> Ids:
    """Two records of one person, each registered; the other speaks and holds a role."""
    with demo_db.unit_of_work() as session:
        forum = demo_forum_id(session)
        assert forum is not None
        second, third = _forum(session, "hearings-2007"), _forum(session, "hearings-2008")
        org_keep = Organisation(name="Migrant Forum in Asia", category=MIGRANTS)
        org_other = Organisation(
            name="Migrant Forum Asia", acronym="MFA", category=MIGRANTS, website="mfasia.org"
        )
        session.add_all([org_keep, org_other])
        session.flush()
        keep = Representative(
            given_name="Maria",
            family_name="Santos",
            given_name_latin="Maria",
            family_name_latin="Santos",
            sort_key="santos maria",
            organisation_id=org_keep.id,
            email="maria@mfa.org",
        )
        other = Representative(
            given_name="María",
            family_name="Santos Cruz",
            given_name_latin="Maria",
            family_name_latin="Santos Cruz",
            sort_key="santos cruz maria",
            organisation_id=org_other.id,
            gender=Gender.FEMALE,
            phone="+41227917000",
        )
        session.add_all([keep, other])
        session.flush()
        session.add_all(
            [
                # Both in the demo forum: the other's accreditation and badge win.
                Registration(forum_id=forum, representative_id=keep.id, status=A.REQUESTED),
                Registration(
                    forum_id=forum,
                    representative_id=other.id,
                    status=A.ACCREDITED,
                    badge_number="B-17",
                    decided_by="protocol",
                ),
                # Both in 2007: the kept accreditation and badge stand.
                Registration(
                    forum_id=second,
                    representative_id=keep.id,
                    status=A.ACCREDITED,
                    badge_number="K-1",
                ),
                Registration(
                    forum_id=second,
                    representative_id=other.id,
                    status=A.REFUSED,
                    badge_number="O-1",
                ),
                # Only the other in 2008: simply moved.
                Registration(forum_id=third, representative_id=other.id, status=A.REQUESTED),
            ]
        )
        segment = _segment_of(session, forum)
        session.add(
            SegmentRole(
                segment_id=segment,
                role=SegmentRoleKind.PANELLIST,
                representative_id=other.id,
                organisation_id=org_other.id,
                position=50,
            )
        )
        session.add(
            Intervention(
                segment_id=segment,
                representative_id=other.id,
                organisation_id=org_other.id,
                position=90,
            )
        )
        return Ids(keep.id, other.id, forum, second, third, org_keep.id, org_other.id)


def test_preview_lists_only_the_fields_that_differ(demo_db: Database, ids: Ids) -> None:
    with demo_db.reading() as session:
        choices = merge_preview(session, ids.keep, ids.other)
    assert [c.field for c in choices] == [
        "given_name",
        "family_name",
        "family_name_latin",
        "gender",
        "email",
        "phone",
        "organisation_id",
    ]
    assert choices[0] == FieldChoice("given_name", "Maria", "María")


def _live_registrations(session: Session, person: uuid.UUID) -> dict[uuid.UUID, Registration]:
    query = select(Registration).where(
        Registration.representative_id == person, Registration.deleted_at.is_(None)
    )
    return {r.forum_id: r for r in session.scalars(query)}


def test_merge_moves_everything_and_keeps_the_other_as_history(demo_db: Database, ids: Ids) -> None:
    with demo_db.unit_of_work() as session:
        merge_representatives(session, ids.keep, ids.other, take_from_other={"phone", "gender"})
    with demo_db.reading() as session:
        keep = session.get(Representative, ids.keep)
        other = session.get(Representative, ids.other)
        assert keep is not None and other is not None
        assert other.merged_into_id == ids.keep
        assert other.deleted_at is not None
        assert other.family_name == "Santos Cruz"  # the record itself is untouched
        assert (keep.phone, keep.gender) == ("+41227917000", Gender.FEMALE)
        assert (keep.email, keep.family_name) == ("maria@mfa.org", "Santos")
        assert keep.organisation_id == ids.org_keep
        live = _live_registrations(session, ids.keep)
        assert set(live) == {ids.forum, ids.second_forum, ids.third_forum}
        assert (live[ids.forum].status, live[ids.forum].badge_number) == (A.ACCREDITED, "B-17")
        assert live[ids.forum].decided_by == "protocol"
        second = live[ids.second_forum]
        assert (second.status, second.badge_number) == (A.ACCREDITED, "K-1")
        assert live[ids.third_forum].status == A.REQUESTED
        losers = session.scalars(
            select(Registration).where(Registration.representative_id == ids.other)
        ).all()
        assert len(losers) == 2
        assert all(r.deleted_at is not None for r in losers)
        assert {r.badge_number for r in losers} == {None, "O-1"}
        role = session.scalars(select(SegmentRole).where(SegmentRole.position == 50)).one()
        speech = session.scalars(select(Intervention).where(Intervention.position == 90)).one()
        assert role.representative_id == speech.representative_id == ids.keep


def test_taking_a_name_takes_its_latin_form_and_sort_key(demo_db: Database, ids: Ids) -> None:
    with demo_db.unit_of_work() as session:
        merge_representatives(
            session,
            ids.keep,
            ids.other,
            take_from_other=["given_name", "family_name", "organisation_id"],
        )
    with demo_db.reading() as session:
        keep = session.get(Representative, ids.keep)
        assert keep is not None
        assert (keep.given_name, keep.family_name) == ("María", "Santos Cruz")
        assert keep.family_name_latin == "Santos Cruz"
        assert keep.sort_key == "santos cruz maria"
        assert keep.organisation_id == ids.org_other


def _snapshot(session: Session) -> tuple[object, ...]:
    people = session.execute(
        select(
            Representative.id,
            Representative.version,
            Representative.deleted_at,
            Representative.merged_into_id,
        ).order_by(Representative.id)
    ).all()
    registrations = session.execute(
        select(Registration.id, Registration.representative_id, Registration.deleted_at).order_by(
            Registration.id
        )
    ).all()
    orgs = session.execute(
        select(Organisation.id, Organisation.version).order_by(Organisation.id)
    ).all()
    return tuple(people), tuple(registrations), tuple(orgs)


def test_bad_merges_are_refused_before_any_change(demo_db: Database, ids: Ids) -> None:
    with demo_db.unit_of_work() as session:
        person = Representative(given_name="Maria", family_name="Santos")
        session.add(person)
        session.flush()
        third = person.id
    with demo_db.unit_of_work() as session:
        merge_representatives(session, third, ids.other)
    with demo_db.reading() as session:
        before = _snapshot(session)
    bad = [
        (ids.keep, ids.keep, ()),  # into itself
        (ids.keep, ids.other, ()),  # the other is already merged into `third`
        (ids.other, ids.keep, ()),  # into an already-merged record
        (ids.keep, uuid.uuid4(), ()),  # unknown record
        (ids.keep, third, ("badge_number",)),  # not a mergeable field
    ]
    for keep, other, fields in bad:
        with pytest.raises(ValueError), demo_db.unit_of_work() as session:
            merge_representatives(session, keep, other, take_from_other=fields)
    with pytest.raises(ValueError), demo_db.unit_of_work() as session:
        merge_organisations(session, ids.org_keep, ids.org_keep)
    with demo_db.reading() as session:
        assert _snapshot(session) == before


def test_organisation_merge_moves_people_roles_and_notes(demo_db: Database, ids: Ids) -> None:
    with demo_db.unit_of_work() as session:
        both = Note(forum_id=ids.forum, body_text="about both")
        both.links = [
            NoteLink(organisation_id=ids.org_keep),
            NoteLink(organisation_id=ids.org_other),
        ]
        one = Note(forum_id=ids.forum, body_text="about the other")
        one.links = [NoteLink(organisation_id=ids.org_other)]
        session.add_all([both, one])
        session.flush()
        both_id, one_id = both.id, one.id
    with demo_db.unit_of_work() as session:
        merge_organisations(
            session, ids.org_keep, ids.org_other, take_from_other=("acronym", "website")
        )
    with demo_db.reading() as session:
        keep = session.get(Organisation, ids.org_keep)
        other = session.get(Organisation, ids.org_other)
        assert keep is not None and other is not None
        assert (keep.acronym, keep.website) == ("MFA", "mfasia.org")
        assert keep.name == "Migrant Forum in Asia"
        assert keep.sort_key == "migrant forum in asia mfa"
        assert (other.merged_into_id, other.name) == (ids.org_keep, "Migrant Forum Asia")
        assert other.deleted_at is not None
        people = session.scalars(
            select(Representative.id).where(Representative.organisation_id == ids.org_keep)
        ).all()
        assert set(people) == {ids.keep, ids.other}
        role = session.scalars(select(SegmentRole).where(SegmentRole.position == 50)).one()
        speech = session.scalars(select(Intervention).where(Intervention.position == 90)).one()
        assert role.organisation_id == speech.organisation_id == ids.org_keep
        links = session.scalars(
            select(NoteLink).where(NoteLink.note_id.in_([both_id, one_id]))
        ).all()
        assert all(link.organisation_id == ids.org_keep for link in links)
        live = sorted(str(link.note_id) for link in links if link.deleted_at is None)
        assert live == sorted([str(both_id), str(one_id)])  # one live link per note
        moved_away = select(func.count()).select_from(NoteLink)
        assert session.scalar(moved_away.where(NoteLink.organisation_id == ids.org_other)) == 0


def test_a_tombstoned_registration_of_the_kept_person_is_revived(
    demo_db: Database, ids: Ids
) -> None:
    mine = select(Registration).where(
        Registration.representative_id == ids.keep, Registration.forum_id == ids.forum
    )
    with demo_db.unit_of_work() as session:
        session.scalars(mine).one().deleted_at = utcnow()
    with demo_db.unit_of_work() as session:
        merge_representatives(session, ids.keep, ids.other)
    with demo_db.reading() as session:
        revived = session.scalars(mine).one()
        assert revived.deleted_at is None
        assert (revived.status, revived.badge_number) == (A.ACCREDITED, "B-17")
