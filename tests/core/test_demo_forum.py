"""The demo forum looks like a real one, in the proportions of the seed's ¶4: about 240
representatives of civil society and the private sector, 94 Member States; all of it
marked as fictional, the same on every machine, with badges, check-ins and speakers."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from forumdesk.cli import main
from forumdesk.services.attendance.counts import CIVIL_SOCIETY, attendance
from forumdesk.services.database.demo import demo_forum_id, load_demo
from forumdesk.services.programme.speakers.lists import category_group, speakers_list
from forumdesk.services.registry.duplicates.finder import duplicate_pairs
from forumdesk.store.enums import (
    AccreditationStatus,
    InterventionStatus,
    OrganisationCategory,
    RegionalGroup,
)
from forumdesk.store.migrate import open_database
from forumdesk.store.models import CheckIn, Organisation, Registration, Representative, Segment

SENTENCE = (
    "Environ 240 représentants d'organisations non gouvernementales dotées du statut "
    "consultatif auprès du Conseil économique et social, d'organisations de la société "
    "civile et du secteur privé ont participé à ces rencontres; 94 États Membres y ont "
    "aussi assisté."
)


def _forum_id(session: Any) -> Any:
    forum_id = demo_forum_id(session)
    assert forum_id is not None
    return forum_id


def test_present_and_registered_in_the_proportions_of_paragraph_4(demo_db: Any) -> None:
    with demo_db.reading() as session:
        counts = attendance(session, _forum_id(session))
    assert (counts.civil_society, counts.member_states) == (240, 94)
    assert (counts.registered, counts.present) == (410, 362)
    registered = {key: pair[0] for key, pair in counts.by_category.items()}
    assert registered == {
        "member_state": 145,
        "ngo_ecosoc": 78,
        "civil_society": 52,
        "trade_union": 26,
        "migrant_association": 46,
        "private_sector": 24,
        "research": 24,
        "youth": 14,
        "un_entity": 1,  # Peter Sutherland, whom the seed names
    }
    # Every group has States present; only States carry a group, as in the registry.
    groups = counts.by_regional_group
    assert all(groups[group.value][1] > 0 for group in RegionalGroup)
    assert sum(groups[group.value][1] for group in RegionalGroup) == 121
    assert {"female", "male"} <= set(counts.by_gender)
    assert counts.by_gender["female"][1] > 0.4 * counts.present
    # A morning: most arrive between 8:30 and 10:30 at the venue.
    assert set(counts.by_hour) == {"08", "09", "10", "11"}
    assert counts.by_hour["09"] > counts.present / 2


def test_one_hundred_states_registered_and_ninety_four_present(demo_db: Any) -> None:
    with demo_db.reading() as session:
        states = session.scalars(
            select(Organisation).where(Organisation.category == OrganisationCategory.MEMBER_STATE)
        ).all()
        delegates = Counter(
            session.scalars(
                select(Representative.organisation_id).where(
                    Representative.organisation_id.in_([s.id for s in states])
                )
            )
        )
        codes = [(s.country_code, s.regional_group) for s in states]
    assert len(codes) == len({code for code, _ in codes}) == 100
    assert all(group is not None for _, group in codes)
    assert set(delegates.values()) == {1, 2}  # one or two delegates each
    by_group = Counter(group for _, group in codes)
    assert by_group[RegionalGroup.AFRICAN] == 27
    assert by_group[RegionalGroup.WESTERN_EUROPEAN_OTHER] == 17
    assert "SSD" not in {code for code, _ in codes}  # not yet a Member in 2006


def test_organisations_of_every_category_from_every_group_and_many_countries(
    demo_db: Any,
) -> None:
    from forumdesk.services.registry.countries import regional_group

    with demo_db.reading() as session:
        civil = session.scalars(
            select(Organisation).where(
                Organisation.category.not_in(
                    [OrganisationCategory.MEMBER_STATE, OrganisationCategory.UN_ENTITY]
                )
            )
        ).all()
        session.expunge_all()  # read after the session
    categories = Counter(o.category for o in civil)
    assert set(categories) == CIVIL_SOCIETY  # every category of ¶4's sentence
    assert len({o.name for o in civil}) == len(civil)
    assert len({o.country_code for o in civil}) > 50
    assert {regional_group(o.country_code) for o in civil} == set(RegionalGroup)
    ngos = [o for o in civil if o.category is OrganisationCategory.NGO_ECOSOC]
    assert all(o.ecosoc_status is not None and o.ecosoc_year for o in ngos)


def test_everything_invented_is_marked_fictional(demo_db: Any) -> None:
    with demo_db.reading() as session:
        people = session.scalars(select(Representative)).all()
        organisations = session.scalars(select(Organisation)).all()
        session.expunge_all()
    invented = [p for p in people if p.family_name != "Sutherland"]
    # Every address is under the reserved top-level domain .example (RFC 2606).
    emails = [p.email for p in invented] + [o.email for o in organisations if o.email]
    assert emails and all(re.fullmatch(r"[a-z0-9.]+@[a-z0-9-]+\.example", e) for e in emails)
    assert all(p.notes and "Fictional person" in p.notes for p in invented)
    for organisation in organisations:
        if organisation.category is OrganisationCategory.MEMBER_STATE:
            assert (
                organisation.notes and "delegates in the demo are fictional" in organisation.notes
            )
        elif organisation.category is not OrganisationCategory.UN_ENTITY:
            assert organisation.name.endswith(" (fictional)")
            assert organisation.notes and organisation.notes.startswith("Fictional organisation")


def test_some_names_in_their_own_script_with_their_latin_form(demo_db: Any) -> None:
    with demo_db.reading() as session:
        people = session.scalars(select(Representative)).all()
        session.expunge_all()

    def scripts(person: Representative) -> set[str]:
        return {unicodedata.name(ch).split()[0] for ch in person.family_name if ch.isalpha()}

    native = [p for p in people if p.family_name != p.family_name_latin]
    assert {"ARABIC", "CJK", "CYRILLIC"} == set().union(*(scripts(p) for p in native))
    assert 10 < len(native) < len(people) / 5  # a few, not most
    # The Latin form as the person gives it ("El Fassi"), and the sort key from it.
    for person in native:
        assert person.given_name_latin and person.given_name != person.given_name_latin
        assert person.family_name_latin and person.family_name_latin.isascii()
        assert person.sort_key and person.sort_key.startswith(person.family_name_latin.lower())


def test_badges_are_numbered_as_the_registry_numbers_them(demo_db: Any) -> None:
    with demo_db.reading() as session:
        rows = session.execute(
            select(Registration.status, Registration.badge_number, Registration.requested_at)
        ).all()
    by_status = Counter(status for status, _, _ in rows)
    assert by_status == {
        AccreditationStatus.ACCREDITED: 410,
        AccreditationStatus.REQUESTED: 8,  # waiting for a decision: things to act on
        AccreditationStatus.WITHDRAWN: 2,  # their badges are refused at the door
    }
    numbered = sorted((requested, badge) for status, badge, requested in rows if badge)
    assert len(numbered) == 412  # the accredited and the withdrawn
    # In the order the requests came in, from 0001, never twice.
    assert [badge for _, badge in numbered] == [f"{n:04d}" for n in range(1, 413)]
    assert all(
        badge is None for status, badge, _ in rows if status is AccreditationStatus.REQUESTED
    )


def test_a_morning_of_check_ins_at_the_entrance_and_at_segment_doors(demo_db: Any) -> None:
    with demo_db.reading() as session:
        scans = session.execute(select(CheckIn.desk, CheckIn.segment_id)).all()
        titles = dict(session.execute(select(Segment.id, Segment.title)).all())
    entrance = Counter(desk for desk, segment in scans if segment is None)
    assert set(entrance) == {"Entrance, laptop A", "Entrance, laptop B"}
    assert sum(entrance.values()) == 362  # each person present once
    doors = Counter(titles[segment] for _, segment in scans if segment is not None)
    # Before the demo's "now" (11:20), only the opening and the first part had begun.
    assert set(doors) == {"Séance inaugurale", "Première partie"}
    assert 50 < sum(doors.values()) < 362


def test_a_speakers_list_for_each_segment_states_and_civil_society_in_turn(
    demo_db: Any,
) -> None:
    with demo_db.reading() as session:
        segments = session.scalars(select(Segment).order_by(Segment.starts_at)).all()
        lists = {s.title: speakers_list(session, s.id) for s in segments}
    assert [len(lines) for lines in lists.values()] == [1, 16, 14, 14, 14, 2]
    (sutherland,) = lists["Séance inaugurale"]
    assert sutherland.name == "Peter Sutherland" and sutherland.status is InterventionStatus.SPOKE
    first = lists["Première partie"]
    statuses = Counter(line.status for line in first)
    assert statuses == {
        InterventionStatus.SPOKE: 11,
        InterventionStatus.SPEAKING: 1,  # on the floor at the demo's "now"
        InterventionStatus.LISTED: 4,
    }
    assert all(line.used_seconds for line in first if line.status is InterventionStatus.SPOKE)
    for title in ("Première partie", "Deuxième partie", "Troisième partie", "Quatrième partie"):
        states = [line.category is OrganisationCategory.MEMBER_STATE for line in lists[title]]
        assert states == [False, True] * (len(states) // 2), title
        heard = {category_group(line.category) for line in lists[title]}
        assert len(heard) == 7, title  # States and every group of civil society
    everyone = [line.representative_id for lines in lists.values() for line in lines]
    assert len(everyone) == len(set(everyone))  # nobody twice in the day


def test_no_likely_duplicates_among_the_invented_people(demo_db: Any) -> None:
    with demo_db.reading() as session:
        assert duplicate_pairs(session) == []


def _people(path: Path) -> list[tuple[Any, ...]]:
    database, _ = open_database(str(path), backup=False)
    try:
        with database.reading() as session:
            rows = session.execute(
                select(
                    Registration.badge_number,
                    Representative.family_name,
                    Representative.given_name,
                    Representative.email,
                    Organisation.name,
                    CheckIn.checked_in_at,
                    CheckIn.desk,
                )
                .join(Representative, Representative.id == Registration.representative_id)
                .join(Organisation, Organisation.id == Representative.organisation_id)
                .outerjoin(
                    CheckIn,
                    (CheckIn.registration_id == Registration.id) & CheckIn.segment_id.is_(None),
                )
                .order_by(Registration.badge_number, Representative.family_name)
            ).all()
    finally:
        database.dispose()
    return [tuple(row) for row in rows]


def test_two_loads_in_two_databases_are_the_same(empty_db_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    other.write_bytes(empty_db_path.read_bytes())
    for path in (empty_db_path, other):
        database, _ = open_database(str(path), backup=False)
        try:
            with database.unit_of_work() as session:
                assert load_demo(session).created
        finally:
            database.dispose()
    mine, theirs = _people(empty_db_path), _people(other)
    assert len(mine) == 420 and mine == theirs


@pytest.fixture
def fresh(tmp_path: Path) -> Path:
    return tmp_path / "fresh.db"


def test_init_demo_then_the_sentence_and_a_clean_check(
    fresh: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = ["--database", str(fresh)]
    assert main([*database, "init", "--demo"]) == 0
    capsys.readouterr()
    assert main([*database, "attendance", "--sentence"]) == 0
    assert capsys.readouterr().out.strip() == SENTENCE
    assert main([*database, "check"]) == 0, capsys.readouterr().out
    assert main([*database, "init", "--demo"]) == 0  # a second time loads nothing
    assert "already present" in capsys.readouterr().out
