"""Re-imports and undo: a list sent twice adds nobody twice, and any import can be taken
back as a whole, audited, through a merge too."""

from __future__ import annotations

import json
import shutil
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from forumdesk.cli import main
from forumdesk.services.registry.edit import update_representative
from forumdesk.services.registry.import_.history import list_imports, undo_import
from forumdesk.services.registry.import_.listed import LikelyPolicy
from forumdesk.services.registry.people import RepresentativeInput
from forumdesk.services.registry.text import RegistryError
from forumdesk.store.audit_check import verify_audit
from forumdesk.store.database import Database
from forumdesk.store.enums import AuditAction
from forumdesk.store.migrate import open_database
from forumdesk.store.models import AuditEntry, RegistryImport, Representative

LIST = """Prénom,Nom,Organisation,Catégorie,Courriel,Fonction
Amina,Diallo,Migrant Forum Asia,Association de migrants,amina.diallo@mfa.org,
Jean,Dupont,Caritas Internationalis,ONG,jean.dupont@caritas.org,Policy officer
Li,Wei,World Bank,Institution financière,li.wei@worldbank.org,
"""
# Amina again, her email changed and a function given: a likely match, not an exact one.
LIKELY = """Prénom,Nom,Organisation,Catégorie,Courriel,Fonction
Amina,Diallo,Migrant Forum Asia,Association de migrants,a.diallo@mfa.org,Coordinator
Ana,Souza,Migrant Forum Asia,Association de migrants,ana.souza@mfa.org,
"""


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _ok(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> str:
    code, out, err = _cli(capsys, "--database", str(db), *args)
    assert code == 0, err
    return out


def _export(capsys: pytest.CaptureFixture[str], db: Path) -> bytes:
    target = db.with_name(f"{db.stem}-{uuid.uuid4().hex[:6]}.csv")
    _ok(capsys, db, "registry", "export", str(target))
    return target.read_bytes()


def _import_json(capsys: pytest.CaptureFixture[str], db: Path, path: Path, *extra: str) -> Any:
    return json.loads(_ok(capsys, db, "registry", "import", str(path), "--json", *extra))


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _person(db: Path, family: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as connection:
        rows = connection.execute(
            "SELECT given_name, email, function, deleted_at, import_id FROM representatives "
            "WHERE family_name = ? ORDER BY created_at",
            (family,),
        ).fetchall()
    connection.close()
    return rows


def test_the_same_list_twice_changes_nothing_and_undo_brings_the_registry_back(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path
) -> None:
    path = _write(tmp_path, "list.csv", LIST)
    before = _export(capsys, demo_db_path)
    first = _import_json(capsys, demo_db_path, path)
    assert first["created"]["representatives"] == 3 and first["import_id"]
    after_first = _export(capsys, demo_db_path)
    assert after_first != before
    second = _import_json(capsys, demo_db_path, path)
    assert second["created"] == {"organisations": 0, "representatives": 0, "registrations": 0}
    assert [s["reason"] for s in second["skipped"]] == ["already listed"] * 3
    assert second["import_id"] is None, "an import that changed nothing leaves no record"
    assert _export(capsys, demo_db_path) == after_first

    listed = json.loads(_ok(capsys, demo_db_path, "registry", "imports", "--json"))
    assert [(i["file_name"], i["counts"]["representatives"]) for i in listed] == [("list.csv", 3)]
    out = _ok(capsys, demo_db_path, "registry", "undo-import", first["import_id"])
    assert "3 person(s), 3 organisation(s)" in out
    assert _export(capsys, demo_db_path) == before
    listed = json.loads(_ok(capsys, demo_db_path, "registry", "imports", "--json"))
    assert listed[0]["undone_at"] is not None

    code, _out, err = _cli(
        capsys, "--database", str(demo_db_path), "registry", "undo-import", first["import_id"]
    )
    assert code == 1 and "undone already" in err and len(err.strip().splitlines()) == 1


def test_likely_matches_are_skipped_by_default_and_listed_in_the_dry_run(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path
) -> None:
    _import_json(capsys, demo_db_path, _write(tmp_path, "list.csv", LIST))
    likely = _write(tmp_path, "likely.csv", LIKELY)
    code, out, _err = _cli(
        capsys, "--database", str(demo_db_path), "registry", "import", str(likely), "--dry-run"
    )
    assert code == 0
    assert "row 2: DIALLO, Amina looks like DIALLO, Amina — Migrant Forum Asia: skipped" in out
    report = _import_json(capsys, demo_db_path, likely)
    assert [(s["row"], s["reason"]) for s in report["skipped"]] == [(2, "likely match")]
    assert report["created"]["representatives"] == 1  # Ana Souza
    assert _person(demo_db_path, "Diallo")[0][1:3] == ("amina.diallo@mfa.org", None)


def test_a_likely_match_can_update_the_listed_person_and_undo_restores_the_fields(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path
) -> None:
    _import_json(capsys, demo_db_path, _write(tmp_path, "list.csv", LIST))
    before = _export(capsys, demo_db_path)
    likely = _write(tmp_path, "likely.csv", LIKELY)
    out = _ok(capsys, demo_db_path, "registry", "import", str(likely), "--likely", "update",
              "--dry-run")  # fmt: skip
    assert "row 2: DIALLO, Amina would update DIALLO, Amina" in out
    assert "(function, email)" in out
    assert _export(capsys, demo_db_path) == before, "a dry run changes nothing"
    report = _import_json(capsys, demo_db_path, likely, "--likely", "update")
    (updated,) = report["updated"]
    assert updated["row"] == 2 and set(updated["fields"]) == {"email", "function"}
    (amina,) = _person(demo_db_path, "Diallo")
    assert amina[1:3] == ("a.diallo@mfa.org", "Coordinator")
    assert report["created"]["representatives"] == 1

    _ok(capsys, demo_db_path, "registry", "undo-import", report["import_id"])
    (amina,) = _person(demo_db_path, "Diallo")
    assert amina[1:4] == ("amina.diallo@mfa.org", None, None)
    assert _person(demo_db_path, "Souza")[0][3] is not None, "Ana is tombstoned"
    assert _export(capsys, demo_db_path) == before


def test_a_likely_match_can_be_imported_as_new(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path
) -> None:
    _import_json(capsys, demo_db_path, _write(tmp_path, "list.csv", LIST))
    report = _import_json(
        capsys, demo_db_path, _write(tmp_path, "likely.csv", LIKELY), "--likely", "new"
    )
    assert report["skipped"] == [] and report["updated"] == []
    assert report["created"]["representatives"] == 2
    assert [row[1] for row in _person(demo_db_path, "Diallo")] == [
        "amina.diallo@mfa.org",
        "a.diallo@mfa.org",
    ]
    (duplicate,) = report["duplicates"]
    assert duplicate["row"] == 2 and duplicate["matches"][0]["representative_id"]


def test_undo_is_refused_when_a_created_person_was_edited_since(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path
) -> None:
    report = _import_json(capsys, demo_db_path, _write(tmp_path, "list.csv", LIST))
    database, _ = open_database(str(demo_db_path), backup=False)
    try:
        with database.unit_of_work() as session:
            person = session.scalars(
                select(Representative).where(Representative.family_name == "Wei")
            ).one()
            data = RepresentativeInput(
                given_name=person.given_name,
                family_name=person.family_name,
                organisation_id=person.organisation_id,
                email=person.email,
                function="Economist",
            )
            update_representative(session, person.id, data)
    finally:
        database.dispose()
    exported = _export(capsys, demo_db_path)
    code, _out, err = _cli(
        capsys, "--database", str(demo_db_path), "registry", "undo-import", report["import_id"]
    )
    assert code == 1 and "edited since" in err and "WEI, Li" in err
    assert _export(capsys, demo_db_path) == exported


def test_undo_of_an_unknown_import_is_one_line(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path
) -> None:
    code, _out, err = _cli(
        capsys, "--database", str(demo_db_path), "registry", "undo-import", str(uuid.uuid4())
    )
    assert code == 1 and "there is no import" in err and "Traceback" not in err


def test_undo_is_audited_and_travels_through_a_merge(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path
) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    shutil.copyfile(demo_db_path, a)
    shutil.copyfile(demo_db_path, b)
    report = _import_json(capsys, a, _write(tmp_path, "list.csv", LIST))
    _ok(capsys, b, "merge", str(a), "--json")
    assert [row[3] for row in _person(b, "Dupont")] == [None], "B has Jean, alive"

    database, _ = open_database(str(a), backup=False)
    database.actor = "Ana"
    try:
        with database.unit_of_work() as session:
            result = undo_import(session, uuid.UUID(report["import_id"]), by="Ana")
            assert (result.representatives, result.registrations) == (3, 0)
        with database.reading() as session:
            deletions = session.scalars(
                select(AuditEntry).where(
                    AuditEntry.action == AuditAction.DELETE,
                    AuditEntry.table_name == "representatives",
                )
            ).all()
            assert len(deletions) == 3 and {e.actor for e in deletions} == {"Ana"}
            record = session.get(RegistryImport, uuid.UUID(report["import_id"]))
            assert record is not None and record.undone_by == "Ana"
        with database.engine.connect() as connection:
            assert verify_audit(connection) == []
    finally:
        database.dispose()

    _ok(capsys, b, "merge", str(a), "--json")
    for family in ("Diallo", "Dupont", "Wei"):
        assert [row[3] is not None for row in _person(b, family)] == [True], family
    assert _export(capsys, b) == _export(capsys, demo_db_path)
    database, _ = open_database(str(b), backup=False)
    try:
        with database.reading() as session:
            (summary,) = list_imports(session)
            assert summary.undone_by == "Ana"
    finally:
        database.dispose()


def test_undo_in_the_service_refuses_twice(demo_db: Any, tmp_path: Path) -> None:
    from forumdesk.services.registry.import_.columns import guess_mapping
    from forumdesk.services.registry.import_.files import read_rows
    from forumdesk.services.registry.import_.importer import run_import

    assert isinstance(demo_db, Database)
    path = _write(tmp_path, "list.csv", LIST)
    headers, _rows = read_rows(path)
    with demo_db.unit_of_work() as session:
        report = run_import(
            session, path, guess_mapping(headers, session), likely=LikelyPolicy.SKIP
        )
    assert report.import_id is not None
    with demo_db.unit_of_work() as session:
        undo_import(session, report.import_id, by="me")
    with demo_db.unit_of_work() as session, pytest.raises(RegistryError, match="undone already"):
        undo_import(session, report.import_id, by="me")


def test_undo_of_an_update_into_a_new_organisation_takes_both_back(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path
) -> None:
    _import_json(capsys, demo_db_path, _write(tmp_path, "list.csv", LIST))
    before = _export(capsys, demo_db_path)
    moved = _write(
        tmp_path,
        "moved.csv",
        "Prénom,Nom,Organisation,Catégorie,Courriel,Fonction\n"
        "Amina,Diallo,Asia Pacific Mission for Migrants,ONG,amina.diallo@mfa.org,Chair\n",
    )
    report = _import_json(capsys, demo_db_path, moved, "--likely", "update")
    (updated,) = report["updated"]
    assert set(updated["fields"]) == {"organisation_id", "function"}
    assert report["created"]["organisations"] == 1
    out = _ok(capsys, demo_db_path, "registry", "undo-import", report["import_id"])
    assert "1 organisation(s)" in out and "kept" not in out
    assert _export(capsys, demo_db_path) == before


def _forum_id(db: Path) -> str:
    with sqlite3.connect(db) as connection:
        raw = connection.execute("SELECT id FROM forums").fetchone()[0]
    connection.close()
    return str(uuid.UUID(hex=str(raw).replace("-", "")))


def test_a_list_for_a_forum_registers_listed_people_once(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path
) -> None:
    path = _write(tmp_path, "list.csv", LIST)
    _import_json(capsys, demo_db_path, path)  # listed, registered for no forum
    forum = _forum_id(demo_db_path)
    first = _import_json(capsys, demo_db_path, path, "--forum", forum)
    assert first["created"] == {"organisations": 0, "representatives": 0, "registrations": 3}
    assert [s["reason"] for s in first["skipped"]] == ["already listed"] * 3
    exported = _export(capsys, demo_db_path)
    second = _import_json(capsys, demo_db_path, path, "--forum", forum)
    assert second["created"]["registrations"] == 0 and second["import_id"] is None
    assert _export(capsys, demo_db_path) == exported
    # Undoing the forum's import takes the registrations back, not the people.
    _ok(capsys, demo_db_path, "registry", "undo-import", first["import_id"])
    with sqlite3.connect(demo_db_path) as connection:
        live = connection.execute(
            "SELECT count(*) FROM registrations WHERE import_id IS NOT NULL AND deleted_at IS NULL"
        ).fetchone()[0]
    connection.close()
    assert live == 0
    assert [row[3] for row in _person(demo_db_path, "Wei")] == [None]


def test_a_list_with_badge_numbers_imported_twice_is_already_listed_not_refused(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path
) -> None:
    path = _write(
        tmp_path,
        "badges.csv",
        "Prénom,Nom,Organisation,Catégorie,Badge\n"
        "Amina,Diallo,Migrant Forum Asia,Association de migrants,B-901\n"
        "Li,Wei,World Bank,Institution financière,B-902\n",
    )
    forum = _forum_id(demo_db_path)
    first = _import_json(capsys, demo_db_path, path, "--forum", forum)
    assert first["created"]["registrations"] == 2 and first["errors"] == []
    with sqlite3.connect(demo_db_path) as connection:
        badges = connection.execute(
            "SELECT badge_number FROM registrations WHERE badge_number LIKE 'B-9%' ORDER BY 1"
        ).fetchall()
    connection.close()
    assert badges == [("B-901",), ("B-902",)]
    exported = _export(capsys, demo_db_path)
    second = _import_json(capsys, demo_db_path, path, "--forum", forum)
    assert second["errors"] == [] and second["valid"] == 2
    assert [s["reason"] for s in second["skipped"]] == ["already listed"] * 2
    assert _export(capsys, demo_db_path) == exported
