"""Duplicate detection stays bounded whatever the names: placeholders are their own case,
and the candidates per block are capped."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from forumdesk.services.registry.duplicates.finder import (
    BLOCK_CAP,
    CANDIDATES,
    SAME_CAP,
    DuplicateFinder,
    placeholder_name,
)
from forumdesk.services.registry.import_.columns import guess_mapping
from forumdesk.services.registry.import_.files import read_rows
from forumdesk.services.registry.import_.importer import run_import
from forumdesk.store.database import Database


@pytest.mark.parametrize(
    ("given", "family"),
    [
        ("TBC", "Participant 00001"),
        ("", "Participant00017"),
        ("N/A", "N/A"),
        ("X", "XXX"),
        ("TBD", "Delegate 12"),
        ("A", "B"),
        ("", "Seat 4"),
    ],
)
def test_placeholder_names_are_recognised(given: str, family: str) -> None:
    assert placeholder_name(given, family)


@pytest.mark.parametrize(
    ("given", "family"),
    [("Na", "Li"), ("John", "Smith"), ("TBC", "Okafor"), ("Jean", "Participant"), ("", "")],
)
def test_real_names_are_not_placeholders(given: str, family: str) -> None:
    assert not placeholder_name(given, family)


def test_placeholders_are_not_duplicates_of_each_other_but_meet_by_email() -> None:
    finder = DuplicateFinder()
    for n in range(1, 200):
        finder.add("TBC", f"Participant {n:05d}", organisation="Secretariat")
    finder.add("TBC", "Delegate 7", organisation="Secretariat", email="seat7@un.org")
    assert finder.check("TBC", "Participant 00200", organisation="Secretariat") == []
    assert finder.check("TBC", "Participant 00001", organisation="Secretariat") == []
    (match,) = finder.check("N/A", "N/A", email="seat7@un.org")
    assert "same email" in match.reasons
    assert finder.largest_block() == 0, "no placeholder is filed under a name block"


def test_the_candidates_per_block_are_capped() -> None:
    finder = DuplicateFinder()
    for n in range(BLOCK_CAP + 500):
        finder.add("John", f"Smith{n:05d}", organisation="World Org")
    assert finder.largest_block() == BLOCK_CAP
    matches = finder.check("John", "Smith99999", organisation="World Org", limit=CANDIDATES * 2)
    assert 0 < len(matches) <= CANDIDATES
    # A record past the cap is still found by its exact name.
    late = f"Smith{BLOCK_CAP + 100:05d}"
    (best, *_rest) = finder.check("John", late, organisation="World Org")
    assert best.score == 100 and best.label.startswith(late.upper())


def test_one_name_or_email_is_filed_a_bounded_number_of_times() -> None:
    finder = DuplicateFinder()
    for _ in range(SAME_CAP * 3):
        finder.add("Maria", "Lopez", email="info@example.org")
    matches = finder.check("María", "López", limit=SAME_CAP * 3)
    assert len(matches) == SAME_CAP


def test_a_list_of_numbered_seats_imports_without_proposing_duplicates(
    demo_db: Any, tmp_path: Path
) -> None:
    assert isinstance(demo_db, Database)
    path = tmp_path / "seats.csv"
    rows = [f"Participant {n:05d};TBC;Secretariat;ONG" for n in range(1, 301)]
    rows += ["TBC;TBC;Secretariat;ONG"] * 3  # three seats, not one person thrice
    path.write_text("Nom;Prénom;Organisation;Catégorie\n" + "\n".join(rows) + "\n")
    headers, _rows = read_rows(path)
    with demo_db.unit_of_work() as session:
        report = run_import(session, path, guess_mapping(headers, session))
    assert report.duplicates == [] and report.skipped == []
    assert report.representatives_created == 303
    with demo_db.unit_of_work() as session:
        again = run_import(session, path, guess_mapping(headers, session))
    assert again.representatives_created == 0
    assert len(again.skipped) == 303, "each listed seat matches one row again"
