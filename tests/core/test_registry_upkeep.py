"""After opening, the window brings the registry's search entries up to date in steps
(`maintenance.refresh_registry_in_steps`): every missing or outdated entry is
written, a step at a time, and nothing more once it is told to stop."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import delete, select, update

import forumdesk.services.database.maintenance as maintenance
from forumdesk.services.database.maintenance import prepare_database, refresh_registry_in_steps
from forumdesk.services.registry.text import record_sort_key
from forumdesk.services.search.index import search_table
from forumdesk.services.search.people import (
    ORGANISATION,
    REPRESENTATIVE,
    outdated_registry_ids,
    refresh_registry_index,
)
from forumdesk.store.database import Database
from forumdesk.store.enums import OrganisationCategory
from forumdesk.store.migrate import open_database
from forumdesk.store.models import Organisation, Representative


@pytest.fixture
def database(empty_db_path: str) -> Iterator[Database]:
    """Seven organisations and forty people, indexed; then, behind the index's back,
    five people's entries lost, three renamed and one organisation renamed."""
    opened, _ = open_database(str(empty_db_path), backup=False)
    with opened.unit_of_work() as session:
        organisations = [
            Organisation(name=f"Association {n}", category=OrganisationCategory.CIVIL_SOCIETY)
            for n in range(7)
        ]
        session.add_all(organisations)
        session.flush()
        people = [
            Representative(given_name=f"Awa{n}", family_name=f"Diallo{n}",
                           organisation_id=organisations[n % 7].id)
            for n in range(40)
        ]  # fmt: skip
        for person in people:
            person.sort_key = record_sort_key("representatives", person)
        session.add_all(people)
        session.flush()
        refresh_registry_index(session)
    with opened.unit_of_work() as session:
        ids = session.scalars(select(Representative.id).order_by(Representative.id)).all()
        session.execute(delete(search_table).where(search_table.c.target_id.in_(ids[:5])))
        session.execute(
            update(Representative)
            .where(Representative.id.in_(ids[10:13]))
            .values(family_name="Ndiaye")
        )
        session.execute(
            update(Organisation).where(Organisation.name == "Association 3").values(name="Renamed")
        )
    yield opened
    opened.dispose()


def _outdated(database: Database) -> dict[str, int]:
    with database.reading() as session:
        return {
            kind: len(outdated_registry_ids(session, kind, None, 1000))
            for kind in (REPRESENTATIVE, ORGANISATION)
        }


def test_every_outdated_entry_is_written_a_step_at_a_time(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _outdated(database) == {REPRESENTATIVE: 8, ORGANISATION: 1}
    monkeypatch.setattr(maintenance, "_STEP", 3)
    assert refresh_registry_in_steps(database, lambda: False) == 9
    assert _outdated(database) == {REPRESENTATIVE: 0, ORGANISATION: 0}
    with database.reading() as session:
        texts = session.scalars(select(search_table.c.text)).all()
    assert sum("Ndiaye" in text for text in texts) == 3
    assert "Renamed " in texts  # name and (no) acronym
    assert refresh_registry_in_steps(database, lambda: False) == 0


def test_it_stops_between_steps_when_told(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(maintenance, "_STEP", 3)
    steps: list[int] = []

    def stop_after_three() -> bool:
        steps.append(1)
        return len(steps) > 3

    # The organisation's step, the look that finds no more, one step of three people.
    written = refresh_registry_in_steps(database, stop_after_three)
    assert written == 4
    assert _outdated(database) == {REPRESENTATIVE: 5, ORGANISATION: 0}


def test_an_opening_without_the_registry_leaves_it_to_the_steps(database: Database) -> None:
    with database.unit_of_work() as session:
        prepare_database(session, registry=False)
    assert _outdated(database) == {REPRESENTATIVE: 8, ORGANISATION: 1}
    with database.unit_of_work() as session:
        prepare_database(session)
    assert _outdated(database) == {REPRESENTATIVE: 0, ORGANISATION: 0}
