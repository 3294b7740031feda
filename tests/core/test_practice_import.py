"""Importing practices: the mapping step, per-row errors naming row and column, all or
none, audit entries, the import's id and its undo, a backup first, bounded on any file."""

from __future__ import annotations

import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from tests.demo_day import clear_demo_practices

from forumdesk.services.common.refusals import Refused
from forumdesk.services.practices.import_.columns import PRACTICES
from forumdesk.services.practices.import_.importer import (
    PracticeImportRefused,
    PracticeImportReport,
    preview_practices,
    run_practice_import,
    undo_practice_import,
)
from forumdesk.services.practices.review import review_practice
from forumdesk.services.registry.import_.columns import MappingError, guess_mapping, header_key
from forumdesk.services.registry.import_.files import ImportFileError, read_rows
from forumdesk.store.database import Database
from forumdesk.store.enums import PracticeType, ReviewState, WorldRegion
from forumdesk.store.models import (
    AuditEntry,
    Forum,
    ImportMapping,
    Practice,
    PracticeLink,
    PracticeSubmitter,
    PracticeTheme,
)

HEADER = "Titre;Type;Région;Pays;Thèmes;Soumis par;Partenaires;Début;Fin;Courriel;Liens;Paragraphes"
GOOD = [
    "Corridors de transferts à bas coût;programme;Amériques;Mexique, USA;remittances;CCDM;"
    "Banque X;2015;2019;Focal.Point@Example.org;https://example.org/a;23–25, 32",
    'Observatoire des diasporas;outil de données;Afrique;SEN;"diaspora; data";'
    "Malawi Human Rights League (fictional);;2010;;;https://example.org/b https://example.org/c;",
]


@pytest.fixture
def demo_db_path(demo_db_path: Path) -> Path:
    """The demo without its fictional practices: these tests count their own."""
    return clear_demo_practices(demo_db_path)


def _file(folder: Path, lines: list[str], name: str = "pratiques.csv") -> Path:
    path = folder / name
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    return path


def _forum(database: Database) -> uuid.UUID:
    with database.reading() as session:
        return session.scalars(select(Forum.id)).one()


def _run(database: Database, path: Path, **options: Any) -> PracticeImportReport:
    headers, _rows = read_rows(path)
    forum = _forum(database)
    with database.unit_of_work() as session:
        mapping = guess_mapping(headers, session, PRACTICES)
        return run_practice_import(session, path, mapping, forum, **options)


def _count(database: Database, model: Any) -> int:
    with database.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_the_columns_are_guessed_from_french_headers_and_remembered(
    demo_db: Database, tmp_path: Path
) -> None:
    path = _file(tmp_path, GOOD)
    with demo_db.reading() as session:
        preview = preview_practices(session, path)
    fields = [preview.mapping.fields.get(i) for i in range(len(preview.headers))]
    assert fields == [
        "title",
        "type",
        "region",
        "countries",
        "themes",
        "submitters",
        "partners",
        "period_from",
        "period_to",
        "contact_email",
        "links",
        "paragraphs",
    ]
    assert preview.rows == 2
    _run(demo_db, path)
    with demo_db.reading() as session:
        stored = session.scalars(
            select(ImportMapping).where(ImportMapping.kind == "practices")
        ).one()
        assert stored.header_key == header_key(preview.headers)
        assert guess_mapping(preview.headers, session, PRACTICES).remembered


def test_good_rows_arrive_received_linked_audited_with_the_import_id(
    demo_db: Database, tmp_path: Path
) -> None:
    report = _run(demo_db, _file(tmp_path, GOOD))
    assert (report.valid, report.invalid, report.created) == (2, 0, 2)
    assert report.import_id is not None
    with demo_db.reading() as session:
        practices = session.scalars(select(Practice).order_by(Practice.title)).all()
        assert {p.import_id for p in practices} == {report.import_id}
        assert {p.state for p in practices} == {ReviewState.RECEIVED}
        from forumdesk.services.search.index import search_table

        indexed = session.scalars(
            select(search_table.c.target_id).where(search_table.c.kind == "practice")
        ).all()
        assert set(indexed) == {p.id for p in practices}, "Ctrl+K finds imported practices"
        corridors = next(p for p in practices if p.title.startswith("Corridors"))
        assert corridors.practice_type is PracticeType.PROGRAMME
        assert corridors.region is WorldRegion.AMERICAS
        assert corridors.countries == "MEX USA"
        assert corridors.contact_email == "Focal.Point@example.org"
        assert (corridors.period_from, corridors.period_to) == (2015, 2019)
        numbers = session.scalars(
            select(PracticeLink.paragraph_number).where(PracticeLink.practice_id == corridors.id)
        ).all()
        assert sorted(n for n in numbers if n is not None) == [23, 24, 25, 32]
        observatory = next(p for p in practices if p.title.startswith("Observatoire"))
        assert observatory.links.splitlines() == ["https://example.org/b", "https://example.org/c"]
        themes = session.scalar(
            select(func.count())
            .select_from(PracticeTheme)
            .where(PracticeTheme.practice_id == observatory.id)
        )
        assert themes == 2
        audited = set(
            session.scalars(
                select(AuditEntry.table_name).where(
                    AuditEntry.record_id.in_([p.id for p in practices])
                )
            )
        )
        assert audited == {"practices"}
        submitters = session.scalars(select(PracticeSubmitter)).all()
        audited_links = session.scalars(
            select(AuditEntry.record_id).where(AuditEntry.table_name == "practice_submitters")
        ).all()
        assert {s.id for s in submitters} <= set(audited_links)


def test_each_bad_row_is_named_with_its_column_and_nothing_is_written(
    demo_db: Database, tmp_path: Path
) -> None:
    lines = [
        *GOOD,
        "Sans type;;Europe;;;;;;;;;",  # 4: no type
        "Mauvais;policy;Atlantide;Narnia;astrologie;Inconnue SA;;19xx;;pas-un-courriel;;999",
        "Période;policy;;;;;;2020;2010;;;",  # 6: ends before it begins
        "Corridors de transferts à bas coût;programme;;;;CCDM;;;;;;",  # 7: repeats row 2
    ]
    path = _file(tmp_path, lines)
    with pytest.raises(PracticeImportRefused) as refused:
        _run(demo_db, path)
    report = refused.value.report
    assert (report.valid, report.invalid, report.created) == (2, 4, 0)
    said = {(p.row, p.column) for p in report.errors}
    assert (4, "Type") in said
    assert {(5, c) for c in ("Région", "Thèmes", "Soumis par", "Début", "Paragraphes")} <= said
    assert (6, "Fin") in said
    assert (7, "Titre") in said
    messages = [p.message() for p in report.errors]
    assert any("row 5, Soumis par" in m and "Inconnue SA" in m for m in messages)
    assert "pratiques.csv" in str(refused.value)
    assert _count(demo_db, Practice) == 0
    assert _count(demo_db, PracticeSubmitter) == 0


def test_a_dry_run_reports_and_writes_nothing(demo_db: Database, tmp_path: Path) -> None:
    report = _run(demo_db, _file(tmp_path, [*GOOD, "x;unknown;;;;;;;;;;"]), dry_run=True)
    assert (report.valid, report.invalid, report.import_id) == (2, 1, None)
    assert _count(demo_db, Practice) == 0
    report = _run(demo_db, _file(tmp_path, GOOD), dry_run=True)
    assert (report.valid, report.invalid, report.created) == (2, 0, 2)
    assert _count(demo_db, Practice) == 0


def test_the_same_file_twice_is_refused_and_an_import_is_undone(
    demo_db: Database, tmp_path: Path
) -> None:
    path = _file(tmp_path, GOOD)
    report = _run(demo_db, path)
    with pytest.raises(PracticeImportRefused) as again:
        _run(demo_db, path)
    assert "already holds it" in again.value.report.errors[0].reason
    assert report.import_id is not None
    with demo_db.unit_of_work() as session:
        first = session.scalars(select(Practice.id)).first()
        assert first is not None
        review_practice(session, first, ReviewState.UNDER_REVIEW, reviewer="Reviewer")
    with demo_db.unit_of_work() as session, pytest.raises(Refused):
        undo_practice_import(session, report.import_id)
    other = _run(demo_db, _file(tmp_path, ["Autre;policy;;;;;;;;;;"], "autre.csv"))
    assert other.import_id is not None
    with demo_db.unit_of_work() as session:
        assert undo_practice_import(session, other.import_id) == 1
    with demo_db.reading() as session:
        live = session.scalars(select(Practice.title).where(Practice.deleted_at.is_(None))).all()
        assert "Autre" not in live and len(live) == 2


def test_a_backup_is_taken_before_writing(demo_db: Database, tmp_path: Path) -> None:
    from forumdesk.store import backup

    taken: list[str] = []
    original = backup.backup_before

    def spy(session: Any, reason: str, **kw: Any) -> Any:
        taken.append(reason)
        return original(session, reason, **kw)

    import forumdesk.services.practices.import_.importer as importer

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(importer, "backup_before", spy)
        _run(demo_db, _file(tmp_path, GOOD), dry_run=True)
        assert taken == []
        _run(demo_db, _file(tmp_path, GOOD))
    assert taken == ["practice-import"]


def test_a_mapping_without_title_or_type_is_refused(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "no-type.csv"
    path.write_text("Titre;Résumé\nA;B\n", encoding="utf-8")
    with pytest.raises(MappingError, match="type"):
        _run(demo_db, path)


def test_files_that_are_no_list_are_refused_in_one_line(tmp_path: Path) -> None:
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 40)
    pdf = tmp_path / "report.csv"
    pdf.write_bytes(b"%PDF-1.7\n" + b"x" * 100)
    for path in (binary, pdf):
        with pytest.raises(ImportFileError):
            read_rows(path)


def test_100k_identical_rows_are_refused_quickly_with_a_bounded_report(
    demo_db: Database, tmp_path: Path
) -> None:
    path = _file(tmp_path, ["Même pratique;policy;Europe;FRA;;;;;;;;"] * 100_000)
    started = time.perf_counter()
    with pytest.raises(PracticeImportRefused) as refused:
        _run(demo_db, path)
    report = refused.value.report
    assert time.perf_counter() - started < 60
    assert (report.valid, report.invalid) == (1, 99_999)
    assert len(report.errors) == 1000 and report.unlisted == 98_999
    assert report.errors[0].reason == "the same practice as row 2"
    assert _count(demo_db, Practice) == 0


def test_a_workbook_is_read_as_a_csv_is(demo_db: Database, tmp_path: Path) -> None:
    from openpyxl import Workbook  # type: ignore[import-untyped]

    book = Workbook()
    sheet = book.active
    sheet.append(HEADER.split(";"))
    sheet.append(["Corridors", "policy", "Europe", "FRA", "", "CCDM", "", 2015, 2020.0])
    path = tmp_path / "pratiques.xlsx"
    book.save(path)
    report = _run(demo_db, path)
    assert (report.valid, report.invalid, report.created) == (1, 0, 1)
    with demo_db.reading() as session:
        practice = session.scalars(select(Practice)).one()
        assert (practice.period_from, practice.period_to) == (2015, 2020)
