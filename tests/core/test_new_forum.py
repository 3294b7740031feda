"""A new forum from a template: the title typed is its name everywhere, and its time zone
follows the venue (issue 15)."""

from __future__ import annotations

import json
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from icalendar import Calendar

from forumdesk.cli import main
from forumdesk.exports.programme.docx import write_programme_docx
from forumdesk.exports.programme.ics import write_programme_ics
from forumdesk.exports.programme.pdf import write_programme_pdf
from forumdesk.services.programme.forums import list_forums
from forumdesk.services.programme.templates.library import create_forum_from_template
from forumdesk.services.programme.venue_zones import all_zones, venue_zone
from forumdesk.store.database import Database
from forumdesk.store.migrate import open_database
from forumdesk.store.models import Forum

TITLE = "Forum consultatif 2027"
TEMPLATE_NAME = "Rencontres interactives informelles"


@pytest.fixture
def database(empty_db_path: Path) -> Iterator[Database]:
    db, _ = open_database(str(empty_db_path), backup=False)
    yield db
    db.dispose()


@pytest.mark.parametrize(
    ("venue", "zone"),
    [
        ("Geneva", "Europe/Zurich"),
        ("Palais des Nations, Genève", "Europe/Zurich"),
        ("PALAIS DES NATIONS, GENEVE", "Europe/Zurich"),
        ("Ginebra", "Europe/Zurich"),
        ("Женева", "Europe/Zurich"),
        ("جنيف", "Europe/Zurich"),
        ("日内瓦万国宫", "Europe/Zurich"),
        ("Zurich", "Europe/Zurich"),  # a zone's own city
        ("Berne, Suisse", "Europe/Zurich"),
        ("Швейцария", "Europe/Zurich"),  # a country with one zone
        ("United Nations Headquarters, New York", "America/New_York"),
        ("Vienna International Centre", "Europe/Vienna"),
        ("UNON, Gigiri, Nairobi", "Africa/Nairobi"),
        ("UNCC, Bangkok", "Asia/Bangkok"),
        ("Addis-Abeba", "Africa/Addis_Ababa"),
        ("CEPAL, Santiago de Chile", "America/Santiago"),
        ("Maison des Nations Unies, Beyrouth", "Asia/Beirut"),
        ("FAO, Roma", "Europe/Rome"),
        ("UNESCO, Paris", "Europe/Paris"),
        ("Bruxelles", "Europe/Brussels"),
        ("UN Campus, Bonn, Germany", "Europe/Berlin"),
        ("Peace Palace, The Hague", "Europe/Amsterdam"),
        ("Marrakech, Maroc", "Africa/Casablanca"),
        ("Dhaka", "Asia/Dhaka"),
        ("Manille", "Asia/Manila"),
        ("Ciudad de México", "America/Mexico_City"),
        ("Cancún, Mexico", "America/Cancun"),  # the city, not the country's capital
        ("Quito", "America/Guayaquil"),
        ("İstanbul", "Europe/Istanbul"),
        ("Athènes", "Europe/Athens"),
        ("Buenos Aires", "America/Argentina/Buenos_Aires"),
        ("Saint Petersburg", "Europe/Moscow"),  # not Indiana's Petersburg
        ("Geneva Room, UN Headquarters, New York", "America/New_York"),  # the last place
    ],
)
def test_a_venue_names_its_time_zone(venue: str, zone: str) -> None:
    assert venue_zone(venue) == zone
    assert zone in all_zones()


@pytest.mark.parametrize(
    "venue",
    ["", "   ", None, "Salle XVII", "Reunion Room", "Hall A and B", "Mexico", "United States"],
)
def test_a_venue_that_names_no_single_zone_has_none(venue: str | None) -> None:
    assert venue_zone(venue) is None


def _new(session: object, **options: object) -> uuid.UUID:
    arguments: dict[str, object] = {"on": date(2027, 7, 12), "language": "fr", **options}
    return create_forum_from_template(session, "hearings-2006", **arguments)  # type: ignore[arg-type]


def test_the_title_typed_is_the_forums_name_in_the_list_and_exports(
    database: Database, tmp_path: Path
) -> None:
    with database.unit_of_work() as session:
        typed = _new(session, title=f"  {TITLE} ", venue="Palais des Nations, Genève")
        default = _new(session, venue="New York")
    with database.reading() as session:
        listed = {forum.id: forum for forum in list_forums(session)}
        assert listed[typed].display_title == TITLE and listed[typed].short_title is None
        assert listed[typed].timezone == "Europe/Zurich"
        # Without a title the template's short title still names the forum.
        assert listed[default].display_title == f"{TEMPLATE_NAME}, 12 juillet 2027"
        assert listed[default].timezone == "America/New_York"
        write_programme_ics(session, typed, tmp_path / "p.ics")
        write_programme_docx(session, typed, tmp_path / "p.docx")
        write_programme_pdf(session, typed, tmp_path / "p.pdf")
    calendar = Calendar.from_ical((tmp_path / "p.ics").read_bytes())
    assert str(calendar["X-WR-CALNAME"]) == TITLE
    document = Document(str(tmp_path / "p.docx"))
    assert document.core_properties.title.endswith(TITLE)
    assert TITLE in [p.text for p in document.paragraphs]
    assert not any(TEMPLATE_NAME in p.text for p in document.paragraphs)
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "p.pdf"), "-"], capture_output=True, check=True, text=True
    ).stdout
    assert TITLE in text and TEMPLATE_NAME not in text


def test_the_zone_given_wins_and_an_unknown_venue_is_utc(database: Database) -> None:
    with database.unit_of_work() as session:
        chosen = _new(session, venue="Genève", timezone="America/New_York")
        unknown = _new(session, venue="Salle XVII")
        nowhere = _new(session)
    with database.reading() as session:
        zones = {f.id: f.timezone for f in list_forums(session)}
    assert zones == {chosen: "America/New_York", unknown: "UTC", nowhere: "UTC"}


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_command_line_names_the_forum_and_finds_the_zone(
    capsys: pytest.CaptureFixture[str], empty_db_path: Path, tmp_path: Path
) -> None:
    db = ["--database", str(empty_db_path), "programme"]
    code, out, _ = _run(
        capsys, *db, "new", "--template", "hearings-2006", "--date", "2027-07-12",
        "--title", TITLE, "--venue", "Geneva", "--language", "fr", "--json",
    )  # fmt: skip
    assert code == 0
    created = json.loads(out)
    assert (created["title"], created["timezone"]) == (TITLE, "Europe/Zurich")
    code, out, _ = _run(capsys, *db, "show", "--forum", created["forum_id"], "--json")
    shown = json.loads(out)
    assert shown["title"] == TITLE
    assert {s["start"][-6:] for s in shown["segments"]} == {"+02:00"}  # Geneva in summer
    code, out, _ = _run(capsys, *db, "show", "--forum", created["forum_id"])
    assert out.splitlines()[0] == TITLE

    code, out, _ = _run(
        capsys, *db, "new", "--template", "hearings-2006", "--date", "2027-07-12",
        "--venue", "Palais des Nations, Genève",
    )  # fmt: skip
    assert code == 0 and "(Europe/Zurich)" in out
    database, _ = open_database(str(empty_db_path), backup=False)
    try:
        with database.reading() as session:
            forum = session.get_one(Forum, uuid.UUID(out.splitlines()[0]))
            assert forum.timezone == "Europe/Zurich"
    finally:
        database.dispose()
