"""The compendium of published practices (PDF, DOCX) and the open-data export (CSV, JSON)."""

from __future__ import annotations

import csv
import json
import re
import shutil
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select
from tests.core.test_document_writers import pdf_text
from tests.core.test_minutes_files import _convert, _office

from forumdesk.exports.practices.compendium import compendium_document, write_compendium
from forumdesk.paths import resources_dir
from forumdesk.services.common.output_files import OutputPathError
from forumdesk.services.practices.compendium import compendium
from forumdesk.services.practices.open_data import CSV_COLUMNS, write_open_data
from forumdesk.services.practices.practices import (
    ParagraphRef,
    PracticeInput,
    create_practice,
    delete_practice,
)
from forumdesk.services.practices.review import review_practice
from forumdesk.services.practices.themes import ensure_themes, theme_id
from forumdesk.store.database import Database
from forumdesk.store.enums import PracticeType, ReviewState, WorldRegion
from forumdesk.store.models import Document, Forum, Organisation, Practice, Segment

EMAIL = "focal.point@example.org"


def _publish(session: Any, practice_id: uuid.UUID, target: ReviewState) -> None:
    review_practice(session, practice_id, ReviewState.UNDER_REVIEW, reviewer="Reviewer")
    reason = "out of scope" if target is ReviewState.DECLINED else None
    review_practice(session, practice_id, target, reason=reason, reviewer="Reviewer")


@pytest.fixture
def forum(demo_db: Database) -> uuid.UUID:
    """The demo forum with four practices: three published (one fictional, one under two
    themes), one declined, one received, one published then deleted."""
    with demo_db.unit_of_work() as session:
        forum_id = session.scalars(select(Forum.id)).one()
        # The demo's own practices, if any, are not this test's.
        for practice in session.scalars(select(Practice).where(Practice.deleted_at.is_(None))):
            delete_practice(session, practice.id)
        ensure_themes(session, forum_id)
        document = session.scalars(select(Document.id)).first()
        segment = session.scalars(select(Segment.id)).first()
        orgs = list(session.scalars(select(Organisation.id).order_by(Organisation.name).limit(3)))
        assert document is not None and segment is not None and len(orgs) == 3

        def add(title: str, themes: tuple[str, ...], **values: Any) -> uuid.UUID:
            data = PracticeInput(
                title=title,
                practice_type=values.pop("practice_type", PracticeType.PROGRAMME),
                themes=tuple(theme_id(forum_id, code) for code in themes),
                **values,
            )
            return create_practice(session, forum_id, data)

        corridors = add(
            "Lower-cost remittance corridors",
            ("remittances", "diaspora"),
            summary="Cheaper transfers between two corridors.",
            region=WorldRegion.AMERICAS,
            countries=("MEX", "USA"),
            period_from=2004,
            period_to=2006,
            results="Fees down by a third.",
            contact_name="Ana Lima",
            contact_email=EMAIL,
            links=("https://example.org/corridors",),
            submitters=(orgs[0], orgs[1]),
            paragraphs=(ParagraphRef(document, 32), ParagraphRef(document, 33)),
            segments=(segment,),
        )
        mentoring = add(
            "Diaspora mentoring network",
            ("diaspora",),
            practice_type=PracticeType.PARTNERSHIP_OFFER,
            countries=("SEN",),
            submitters=(orgs[2],),
        )
        fictional = add(
            "Sample data observatory",
            ("data",),
            practice_type=PracticeType.DATA_TOOL,
            countries=("FRA",),
            submitters=(orgs[0],),
            fictional=True,
        )
        declined = add("Declined scheme", ("remittances",), countries=("PER",))
        add("Received only", ("gender",), countries=("CHL",))
        gone = add("Deleted practice", ("gender",), countries=("ARG",))
        for practice_id in (corridors, mentoring, fictional, gone):
            _publish(session, practice_id, ReviewState.PUBLISHED)
        _publish(session, declined, ReviewState.DECLINED)
        delete_practice(session, gone)
    return forum_id


def test_the_compendium_groups_numbers_and_indexes(demo_db: Database, forum: uuid.UUID) -> None:
    with demo_db.reading() as session:
        without = compendium(session, forum, language="en")
        data = compendium(session, forum, language="fr", include_fictional=True)
    titles = [entry.practice.title for entry in without.entries]
    assert titles == ["Lower-cost remittance corridors", "Diaspora mentoring network"]
    assert [e.practice.title for e in data.entries][-1] == "Sample data observatory"
    shown = {s.theme.code if s.theme else None: s for s in data.sections}
    # Under its first theme (remittances), referred to from the second (diaspora).
    assert shown["remittances"].numbers == (1,)
    assert shown["diaspora"].numbers == (2,) and shown["diaspora"].see_also == (1,)
    assert "development" in shown and "gender" not in shown and None not in shown
    first = data.entry(1)
    assert first.country_names == ("Mexique", "États-Unis")
    assert first.paragraph_refs == "¶¶ 32–33" and first.period == "2004–2006"
    assert [e.name for e in data.countries][:2] == ["États-Unis", "France"]
    assert ("Sénégal", (2,)) in [(e.name, e.numbers) for e in data.countries]
    assert len(data.organisations) == 3


def test_the_compendium_reads_in_a_few_queries_whatever_the_count(
    demo_db: Database, forum: uuid.UUID
) -> None:
    """No query per practice: 5,000 practices read in as many queries as three."""
    statements: list[str] = []

    def seen(*args: Any) -> None:
        statements.append(args[2])

    event.listen(demo_db.engine, "before_cursor_execute", seen)
    try:
        with demo_db.reading() as session:
            data = compendium(session, forum, include_fictional=True)
    finally:
        event.remove(demo_db.engine, "before_cursor_execute", seen)
    assert len(data.entries) == 3
    assert len(statements) <= 8, statements


@pytest.mark.parametrize("form", ["pdf", "docx"])
def test_the_compendium_as_pdf_and_docx(
    demo_db: Database, forum: uuid.UUID, tmp_path: Path, form: str
) -> None:
    path = tmp_path / f"compendium.{form}"
    with demo_db.reading() as session:
        written = write_compendium(
            session, forum, path, form, language="en", include_fictional=True
        )
        organisation = session.scalars(
            select(Organisation.name).order_by(Organisation.name)
        ).first()
    assert written == 3
    if form == "pdf":
        # Read by poppler: LibreOffice here has no Draw to import a PDF with.
        text = pdf_text(path)
    elif _office() is None:
        pytest.skip("LibreOffice is not installed")
    else:
        text = pdf_text(_convert(path, tmp_path))
    flat = " ".join(text.split())
    for heading in (
        "Compendium of practices",
        "Contents",
        # The demo forum is French: its themes were given in French.
        "Migrations internationales et développement",
        "Envois de fonds",
        "Communautés transnationales et diaspora",
        "See also: 1",
        "1. Lower-cost remittance corridors",
        "Type: Programme · Region: Americas · Period: 2004–2006",
        "Sample data observatory (Fictional example)",
        "Answers the summary's paragraphs: ¶¶ 32–33",
        "Index of countries",
        "Index of organisations",
        "Mexico 1",
        "Senegal 2",
        "France 3*",
        "Contact: Ana Lima",
    ):
        assert heading in flat, heading
    assert organisation and organisation in flat
    for absent in ("Declined scheme", "Received only", "Deleted practice"):
        assert absent not in flat


def test_the_compendium_speaks_the_language_asked(demo_db: Database, forum: uuid.UUID) -> None:
    with demo_db.reading() as session:
        text = compendium_document(compendium(session, forum, language="fr")).text()
    assert "Recueil des pratiques" in text and "Index des pays" in text
    assert "Sample data observatory" not in text  # fictional: only when asked


def test_the_compendium_command(
    demo_db: Database,
    demo_db_path: Path,
    forum: uuid.UUID,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from forumdesk.cli import main

    path = tmp_path / "compendium.md"
    base = ["--database", str(demo_db_path), "compendium", "export", "-o", str(path)]
    assert main([*base, "--include-fictional", "--language", "es"]) == 0
    assert "3 practices" in capsys.readouterr().out
    assert "Sample data observatory" in path.read_text(encoding="utf-8")
    assert main([*base[:-1], str(tmp_path / "compendium.xyz")]) == 1
    assert "--format" in capsys.readouterr().err


def _schema() -> dict[str, Any]:
    path = resources_dir() / "data" / "practices-open-data.schema.json"
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return schema


def _check(value: Any, schema: dict[str, Any], root: dict[str, Any], where: str = "$") -> None:
    """The subset of JSON Schema 2020-12 the open-data schema uses (jsonschema is not a
    dependency): $ref, type, const, enum, required, additionalProperties, items,
    pattern, minimum/maximum, anyOf."""
    if "$ref" in schema:
        schema = root["$defs"][schema["$ref"].rsplit("/", 1)[1]]
    if "anyOf" in schema:
        failures = 0
        for option in schema["anyOf"]:
            try:
                _check(value, option, root, where)
            except AssertionError:
                failures += 1
        assert failures < len(schema["anyOf"]), where
        return
    kinds = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}
    if "type" in schema:
        allowed = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        is_int = isinstance(value, int) and not isinstance(value, bool)
        assert any(
            (kind == "integer" and is_int) or (kind in kinds and isinstance(value, kinds[kind]))
            for kind in allowed
        ), f"{where}: {value!r} is not {allowed}"
    if "const" in schema:
        assert value == schema["const"], where
    if "enum" in schema:
        assert value in schema["enum"], f"{where}: {value!r}"
    if isinstance(value, str) and "pattern" in schema:
        assert re.search(schema["pattern"], value), f"{where}: {value!r}"
    if isinstance(value, int) and value is not None:
        assert schema.get("minimum", value) <= value <= schema.get("maximum", value), where
    if isinstance(value, dict):
        assert set(schema.get("required", ())) <= set(value), f"{where}: missing fields"
        properties = schema.get("properties", {})
        if schema.get("additionalProperties") is False:
            assert set(value) <= set(properties), f"{where}: {set(value) - set(properties)}"
        for name, item in value.items():
            _check(item, properties.get(name, {}), root, f"{where}.{name}")
    if isinstance(value, list) and "items" in schema:
        for place, item in enumerate(value):
            _check(item, schema["items"], root, f"{where}[{place}]")


def test_the_open_data_json_follows_its_schema(
    demo_db: Database, forum: uuid.UUID, tmp_path: Path
) -> None:
    path = tmp_path / "practices.json"
    with demo_db.reading() as session:
        count = write_open_data(session, forum, path, "json")
    text = path.read_text(encoding="utf-8")
    value = json.loads(text)
    schema = _schema()
    _check(value, schema, schema)
    assert count == len(value["practices"]) == 3  # the fictional one, flagged
    corridors = next(p for p in value["practices"] if p["title"].startswith("Lower-cost"))
    assert corridors["countries"] == ["MEX", "USA"]
    assert [t["code"] for t in corridors["themes"]] == ["remittances", "diaspora"]
    assert [p["paragraph"] for p in corridors["paragraphs"]] == [32, 33]
    assert corridors["segments"] and corridors["published_on"]
    assert [p["fictional"] for p in value["practices"]].count(True) == 1
    assert EMAIL not in text and "Ana Lima" not in text  # no personal data
    # The schema's own shape: every practice field documented in docs/open-data.md.
    documented = (Path(__file__).parents[2] / "docs" / "open-data.md").read_text()
    for field in schema["$defs"]["practice"]["properties"]:
        assert f"`{field}`" in documented, field
    for column in CSV_COLUMNS:
        assert f"`{column}`" in documented, column


def test_the_open_data_csv_has_the_columns_flattened(
    demo_db: Database, forum: uuid.UUID, tmp_path: Path
) -> None:
    path = tmp_path / "practices.csv"
    with demo_db.reading() as session:
        every = write_open_data(session, forum, path, "csv", published_only=False)
        text = path.read_text(encoding="utf-8")
        published = write_open_data(session, forum, path, "csv")
    rows = list(csv.DictReader(text.splitlines()))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert every == len(rows) == 5 and published == 3
    corridors = next(row for row in rows if row["title"].startswith("Lower-cost"))
    assert corridors["countries"] == "MEX; USA"
    assert corridors["theme_codes"] == "remittances; diaspora"
    assert len(corridors["submitter_categories"].split("; ")) == 2
    assert {row["state"] for row in rows} >= {"declined", "received", "published"}
    assert EMAIL not in text and "Ana Lima" not in text


def test_the_open_data_never_replaces_a_database(
    demo_db: Database, demo_db_path: Path, forum: uuid.UUID, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.db"
    shutil.copyfile(demo_db_path, copy)
    before = copy.read_bytes()
    with demo_db.reading() as session, pytest.raises(OutputPathError):
        write_open_data(session, forum, copy, "json")
    assert copy.read_bytes() == before
    assert not list(tmp_path.glob(".copy.*partial*"))
