"""Likely duplicates: proposed from transliterated names, organisation and email."""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import select
from tests.core.postgres_db import empty_database
from tests.core.postgres_db import marks as postgres_marks

from forumdesk.services.registry.duplicates.finder import (
    CANDIDATES,
    THRESHOLD,
    DuplicateFinder,
    duplicate_pairs,
)
from forumdesk.services.registry.duplicates.lookup import (
    _PROBED_TOGETHER,
    duplicates_of_entry,
    duplicates_of_newcomers,
    likely_duplicates,
)
from forumdesk.services.registry.text import sort_key
from forumdesk.store.database import Database
from forumdesk.store.enums import OrganisationCategory
from forumdesk.store.migrate import open_database
from forumdesk.store.models import Organisation, Representative
from forumdesk.store.types import utcnow

SMITH = uuid.uuid4()
IVANOVA = uuid.uuid4()
GARCIA = uuid.uuid4()


@pytest.fixture
def finder() -> DuplicateFinder:
    finder = DuplicateFinder()
    finder.add(
        "John",
        "Smith",
        organisation="UNICEF",
        email="j.smith@unicef.org",
        representative_id=SMITH,
    )
    finder.add("Мария", "Иванова", organisation="IOM", representative_id=IVANOVA)
    finder.add("Ana", "García", organisation="Caritas", representative_id=GARCIA)
    return finder


def test_same_email_is_a_strong_match_whatever_the_spelling(finder: DuplicateFinder) -> None:
    [match] = finder.check("Jonathan", "Smyth-Jones", email="  J.Smith@UNICEF.org ")
    assert match.representative_id == SMITH
    assert match.score >= 90
    assert match.reasons[0] == "same email"
    assert match.label == "SMITH, John — UNICEF"


def test_a_name_in_cyrillic_meets_its_latin_form(finder: DuplicateFinder) -> None:
    [match] = finder.check("Maria", "Ivanova")
    assert match.representative_id == IVANOVA
    assert match.score >= THRESHOLD
    assert match.label == "ИВАНОВА, Мария — IOM"


def test_given_and_family_names_swapped_still_match(finder: DuplicateFinder) -> None:
    [match] = finder.check("Smith", "John")
    assert match.representative_id == SMITH
    assert match.score == 100


def test_accents_and_case_are_ignored(finder: DuplicateFinder) -> None:
    [match] = finder.check("ANA", "garcia", organisation="CARITAS")
    assert match.representative_id == GARCIA
    assert "same organisation" in match.reasons


def test_initials_meet_the_full_given_name(finder: DuplicateFinder) -> None:
    [match] = finder.check("J.", "Smith", organisation="UNICEF")
    assert match.representative_id == SMITH
    assert "initials match" in match.reasons
    assert match.score >= THRESHOLD


def test_a_small_typo_in_the_same_organisation_is_proposed(finder: DuplicateFinder) -> None:
    [match] = finder.check("Jon", "Smith", organisation="unicef")
    assert match.representative_id == SMITH
    assert "same organisation" in match.reasons


def test_namesakes_in_other_organisations_are_not_proposed(finder: DuplicateFinder) -> None:
    assert finder.check("Peter", "Smith", organisation="ILO") == []
    assert finder.check("Juan", "García", organisation="Oxfam", email="juan@oxfam.org") == []
    assert finder.check("Mario", "Ivanov", organisation="UNHCR") == []


def test_a_borderline_name_is_decided_by_the_organisation(finder: DuplicateFinder) -> None:
    # "john smithers" against "john smith" scores 87 on the name alone.
    assert finder.check("John", "Smithers") != []
    assert finder.check("John", "Smithers", organisation="ILO") == []
    [match] = finder.check("John", "Smithers", organisation="Unicef")
    assert match.reasons == ("similar name 87", "same organisation")
    assert match.score == 92.0


def test_two_rows_of_one_import_are_caught(finder: DuplicateFinder) -> None:
    assert finder.check("Aïcha", "Diallo", organisation="WIEGO") == []
    finder.add("Aïcha", "Diallo", organisation="WIEGO", row=4)
    [match] = finder.check("Aicha", "DIALLO", organisation="Wiego")
    assert match.row == 4
    assert match.representative_id is None
    assert match.score == 100


def test_exclude_leaves_the_person_itself_out(finder: DuplicateFinder) -> None:
    assert [m.representative_id for m in finder.check("John", "Smith")] == [SMITH]
    assert finder.check("John", "Smith", exclude=SMITH) == []


def test_limit_keeps_the_best_first(finder: DuplicateFinder) -> None:
    for index in range(5):
        finder.add("John", "Smith", organisation="ILO", row=index)
    matches = finder.check("John", "Smith", organisation="UNICEF", limit=2)
    assert len(matches) == 2
    assert matches[0].representative_id == SMITH  # same organisation ranks first
    assert matches[0].score > matches[1].score


def _person(given: str, family: str, **values: object) -> Representative:
    return Representative(given_name=given, family_name=family, **values)


def test_the_registry_is_loaded_live_and_unmerged_only(demo_db: Database) -> None:
    with demo_db.unit_of_work() as session:
        ilo = Organisation(
            name="International Labour Organization",
            acronym="ILO",
            category=OrganisationCategory.UN_ENTITY,
        )
        session.add(ilo)
        session.flush()
        kept = _person("Amina", "Okafor", organisation_id=ilo.id, email="a.okafor@ilo.org")
        gone = _person("Amina", "Okafor", deleted_at=utcnow())
        merged = _person("Amina", "Okafor")
        session.add_all([kept, gone, merged])
        session.flush()
        merged.merged_into_id = kept.id
        kept_id = kept.id
    with demo_db.reading() as session:
        finder = DuplicateFinder.load(session)
        live = session.scalars(
            select(Representative.id).where(
                Representative.deleted_at.is_(None), Representative.merged_into_id.is_(None)
            )
        ).all()
    assert len(finder) == len(live)
    matches = finder.check("Amina", "Okafor", organisation="ILO")
    assert [m.representative_id for m in matches] == [kept_id]
    assert matches[0].label == "OKAFOR, Amina — International Labour Organization"
    assert "same organisation" in matches[0].reasons  # matched on the acronym


def test_likely_duplicates_for_the_detail_form(demo_db: Database) -> None:
    with demo_db.unit_of_work() as session:
        first = _person("Ngozi", "Adeyemi", sort_key="adeyemi ngozi")
        second = _person("Adeyemi", "Ngozi", sort_key="ngozi adeyemi")
        by_mail = _person("N.", "Ade", sort_key="ade n", email="ngozi@example.org")
        first.email = "NGOZI@example.org"
        other = _person("Kwame", "Mensah", sort_key="mensah kwame")
        session.add_all([first, second, by_mail, other])
        session.flush()
        ids = first.id, second.id, by_mail.id
    with demo_db.reading() as session:
        found = likely_duplicates(session, ids[0])
        pairs = duplicate_pairs(session)
    assert {m.representative_id for m in found} == {ids[1], ids[2]}
    assert ids[0] not in {m.representative_id for m in found}
    paired = {frozenset((a.representative_id, b.representative_id)) for a, b in pairs}
    assert frozenset((ids[0], ids[1])) in paired
    assert frozenset((ids[0], ids[2])) in paired


def test_newcomers_meet_their_neighbours_not_the_whole_registry(demo_db: Database) -> None:
    """A merge's newcomers: each is compared with the people nearest its sort key (both
    name orders), those of its organisation and those with its email."""
    with demo_db.unit_of_work() as session:
        ilo = Organisation(name="ILO", category=OrganisationCategory.UN_ENTITY)
        iom = Organisation(name="IOM", category=OrganisationCategory.UN_ENTITY)
        session.add_all([ilo, iom])
        session.flush()

        def person(given: str, family: str, **values: object) -> Representative:
            made = _person(given, family, sort_key=sort_key(family, given), **values)
            session.add(made)
            return made

        first = person("Ngozi", "Adeyemi", email="NGOZI@example.org")
        swapped = person("Adeyemi", "Ngozi")
        by_mail = person("N.", "Ade", email="ngozi@example.org")
        person("Kwame", "Mensah")
        for _ in range(3 * CANDIDATES):  # namesakes enough to hide the colleague
            person("Chiara", "Rossi", organisation_id=iom.id)
        colleague = person("Chiara", "Rossi", organisation_id=ilo.id)
        newcomer = person("Chiara", "Rossi", organisation_id=ilo.id)
        session.flush()
        ids = first.id, swapped.id, by_mail.id, colleague.id, newcomer.id
        found = duplicates_of_newcomers(session, [first.id, newcomer.id])
    assert {m.representative_id for m in found[ids[0]]} == {ids[1], ids[2]}
    best = found[ids[4]][0]
    assert best.representative_id == ids[3] and "same organisation" in best.reasons


def test_an_email_is_the_same_whatever_its_case(demo_db: Database) -> None:
    """Someone filed as "Ama.Owusu@Example.ORG" is found for a newcomer or an entry
    typed "ama.owusu@example.org", under another name, through the index on
    lower(email) (revision 0019), not by reading every person."""
    with demo_db.unit_of_work() as session:
        filed = _person(
            "Ama", "Owusu", sort_key=sort_key("Owusu", "Ama"), email="Ama.Owusu@Example.ORG"
        )
        newcomer = _person(
            "A.", "Zuma-Owusu", sort_key=sort_key("Zuma-Owusu", "A."), email="ama.owusu@example.org"
        )
        session.add_all([filed, newcomer])
        session.flush()
        found = duplicates_of_newcomers(session, [newcomer.id])
        typed = duplicates_of_entry(session, "Adwoa", "Zulu", email=" AMA.OWUSU@example.org")
        plan = " ".join(
            str(row[-1])
            for row in session.connection().exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT id FROM representatives"
                " WHERE lower(email) IN ('ama.owusu@example.org')"
            )
        )
        filed_id = filed.id
    assert filed_id in {m.representative_id for m in found[newcomer.id]}
    assert filed_id in {m.representative_id for m in typed}
    assert "ix_representatives_email_folded" in plan


def _name(rng: random.Random, syllables: int) -> str:
    onsets = ("b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "z", "sh")
    vowels = ("a", "e", "i", "o", "u", "ou", "ai", "ia")
    return "".join(rng.choice(onsets) + rng.choice(vowels) for _ in range(syllables)).title()


def test_a_check_against_100k_people_is_fast() -> None:
    rng = random.Random(2006)
    finder = DuplicateFinder()
    organisations = [f"{_name(rng, 3)} Network" for _ in range(20_000)]
    people = []
    for index in range(100_000):
        given, family = _name(rng, rng.randint(1, 3)), _name(rng, rng.randint(2, 4))
        organisation = rng.choice(organisations)
        people.append((given, family, organisation))
        finder.add(given, family, organisation=organisation, email=f"p{index}@example.org")
    queries = [rng.choice(people) for _ in range(500)]
    queries += [(_name(rng, 2), _name(rng, 3), rng.choice(organisations)) for _ in range(500)]
    started = time.perf_counter()
    found = [finder.check(g, f, organisation=o) for g, f, o in queries]
    elapsed = time.perf_counter() - started
    assert all(found[:500])  # every recorded person finds itself
    assert elapsed < 2.0, f"{elapsed * 1000:.0f} µs per check"


def test_a_repeated_check_sees_what_was_filed_since() -> None:
    # Scores are kept per name between checks; each answer must be a fresh finder's.
    rng = random.Random(7)
    names = [
        ("John", "Smith"),
        ("J.", "Smith"),
        ("J. P.", "Smith"),
        ("John Paul", "Smith"),
        ("Jon", "Smith"),
        ("Smith", "John"),
        ("", "Smith"),
        ("John Smith", ""),
        ("Jane", "Smyth"),
        ("Мария", "Иванова"),
        ("Maria", "Ivanova"),
    ]
    finder, filed = DuplicateFinder(), []
    for step in range(250):
        given, family = rng.choice(names)
        person = {
            "organisation": rng.choice([None, "UNICEF", "ILO"]),
            "email": rng.choice([None, "a@example.org", "b@example.org"]),
        }
        if rng.random() < 0.3:
            finder.add(given, family, row=step, **person)
            filed.append((given, family, step, person))
        fresh = DuplicateFinder()
        for g, f, row, values in filed:
            fresh.add(g, f, row=row, **values)
        assert finder.check(given, family, limit=5, **person) == fresh.check(
            given, family, limit=5, **person
        )


def test_the_review_stays_bounded_for_a_name_borne_by_hundreds() -> None:
    finder = DuplicateFinder()
    for number in range(300):  # 300 namesakes, each at another organisation
        finder.add("Amélie", "Béranger", organisation=f"Réseau {number}", email=f"a{number}@x.org")
    finder.add("Amélie", "Béranger", organisation="Réseau 7", email="shared@x.org")
    finder.add("Amelie", "Beranger", organisation="Other", email="shared@x.org")
    finder.add("Jorge", "Ramírez", organisation="CSI")
    finder.add("Jorge", "Ramirez", organisation="CSI")
    narrow = finder.narrowed(12)
    # The first twelve of the name, and the two who share an email, past the cap.
    assert len(narrow) == 12 + 2 + 2
    ticks: list[tuple[int, int]] = []
    pairs = narrow.pairs(200, tick=lambda done, total: ticks.append((done, total)))
    labels = {frozenset((a.label, b.label)) for a, b in pairs}
    assert frozenset(("RAMÍREZ, Jorge — CSI", "RAMIREZ, Jorge — CSI")) in labels
    shared = [(a, b) for a, b in pairs if "same email" in a.reasons]
    assert len(shared) == 1 and shared[0][0].score >= 90
    assert ticks == [(0, 16)]


def test_the_review_can_be_stopped() -> None:
    finder = DuplicateFinder()
    for number in range(2500):
        finder.add(f"Given{number}", f"Family{number}")

    class Stop(Exception):
        pass

    def tick(done: int, total: int) -> None:
        if done >= 1000:
            raise Stop

    with pytest.raises(Stop):
        finder.pairs(tick=tick)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=postgres_marks)])
def any_database(request: pytest.FixtureRequest) -> Iterator[Database]:
    if request.param == "sqlite":
        opened, _ = open_database(str(request.getfixturevalue("empty_db_path")), backup=False)
        yield opened
        opened.dispose()
        return
    with empty_database("forumdesk_newcomers", "") as url:
        opened, _ = open_database(url, backup=False)
        yield opened
        opened.dispose()


def test_newcomers_looked_up_together_each_find_their_own(any_database: Database) -> None:
    """More newcomers than one statement reads (`_PROBED_TOGETHER`), the last statement
    a short one: each finds, first, the person filed under its name in capitals, or the
    one filed under another name with its email."""
    rng = random.Random(22)
    count = _PROBED_TOGETHER * 2 + 3
    with any_database.unit_of_work() as session:
        filed, newcomers = [], []
        for n in range(count):
            given, family, mail = _name(rng, 2), _name(rng, 3), f"person.{n}@example.org"
            if n % 2 == 0:
                twin = _person(given.upper(), family.upper(), sort_key=sort_key(family, given))
            else:
                other, other_given = _name(rng, 3), _name(rng, 2)
                key = sort_key(other, other_given)
                twin = _person(other_given, other, sort_key=key, email=mail.upper())
            filed.append(twin)
            newcomers.append(_person(given, family, sort_key=sort_key(family, given), email=mail))
        session.add_all(filed + newcomers)
        session.flush()
        found = duplicates_of_newcomers(session, [p.id for p in newcomers])
        pairs = [(p.id, f.id) for p, f in zip(newcomers, filed, strict=True)]
    assert len(found) == count
    assert [(k, found[k][0].representative_id if found[k] else None) for k, _ in pairs] == pairs
