"""People, not logins: who signs minutes and notes, and who may approve (issue 15)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from forumdesk.cli import main
from forumdesk.services.common import messages
from forumdesk.services.common.signer import (
    UnnamedSigner,
    clean_name,
    propose_initials,
    signer_name,
    signer_path,
    store_signer,
    stored_signer,
)
from forumdesk.services.minutes.review import approval_summary, set_self_approval
from forumdesk.services.minutes.workflow import (
    MinutesError,
    approve,
    save_draft,
    start_minutes,
)
from forumdesk.services.notes.note_input import NoteInput
from forumdesk.services.notes.notes import create_note, html_from_plain
from forumdesk.services.sync.sync import sync_from
from forumdesk.store.migrate import open_database
from forumdesk.store.models import AuditEntry, Forum, Minutes, RecordedLogin, Segment

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "db"
NO_NAME = "No name is set: give --by NAME, set FORUMDESK_USER, or set your name in Preferences"


@pytest.fixture
def unnamed(monkeypatch: pytest.MonkeyPatch) -> None:
    """A user with no name anywhere, logged in as root."""
    monkeypatch.delenv("FORUMDESK_USER", raising=False)
    monkeypatch.setenv("USER", "root")
    monkeypatch.setenv("LOGNAME", "root")
    assert stored_signer() is None


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _segment(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        row = connection.execute(
            "SELECT id FROM segments WHERE kind = 'thematic' ORDER BY starts_at LIMIT 1"
        ).fetchone()
    connection.close()
    return str(uuid.UUID(hex=str(row[0]).replace("-", "")))


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


# --- the stored name ------------------------------------------------------------------


def test_the_name_is_stored_in_one_file_with_initials_proposed(
    unnamed: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert signer_name() == ""
    assert propose_initials("Jean-Pierre  Dupont") == "JPD"
    assert store_signer("  Ana   Lima ") is not None
    stored = stored_signer()
    assert stored is not None and (stored.name, stored.initials) == ("Ana Lima", "AL")
    assert '"name": "Ana Lima"' in signer_path().read_text(encoding="utf-8")
    assert not list(signer_path().parent.glob(".signer-*"))  # no temporary file left behind
    store_signer("Ana Lima", "ALi")
    assert stored_signer() == type(stored)("Ana Lima", "ALi")
    # The command line's --by, then $FORUMDESK_USER, then the stored name.
    monkeypatch.setenv("FORUMDESK_USER", "Ben Okafor")
    assert signer_name() == "Ben Okafor"
    assert signer_name("Chen Wei") == "Chen Wei"
    store_signer("")
    assert stored_signer() is None and not signer_path().exists()


def test_an_unreadable_name_file_leaves_the_user_unnamed(unnamed: None) -> None:
    signer_path().parent.mkdir(parents=True, exist_ok=True)
    signer_path().write_text("{not json", encoding="utf-8")
    assert stored_signer() is None and signer_name() == ""


def test_the_cli_signs_with_the_stored_name(
    unnamed: None, capsys: pytest.CaptureFixture[str], demo_db_path: Path
) -> None:
    store_signer("Ben Okafor")
    db, segment = str(demo_db_path), _segment(demo_db_path)
    code, _out, err = _run(capsys, "--database", db, "minutes", "compose", "--segment", segment)
    assert code == 0, err
    with sqlite3.connect(demo_db_path) as connection:
        authors = {row[0] for row in connection.execute("SELECT author FROM minutes_versions")}
        actors = {row[0] for row in connection.execute("SELECT DISTINCT actor FROM audit_entries")}
    connection.close()
    assert authors == {"Ben Okafor"} and "Ben Okafor" in actors and "root" not in actors


# --- Done when: refused without a name, signed by Ana Lima after Ben Okafor composed ---


def test_approval_needs_a_name_and_the_pdf_names_the_approver_never_the_login(
    unnamed: None, capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path
) -> None:
    db, segment = str(demo_db_path), _segment(demo_db_path)
    code, _out, err = _run(
        capsys, "--database", db, "--by", "Ben Okafor", "minutes", "compose", "--segment", segment
    )
    assert code == 0, err
    code, out, err = _run(capsys, "--database", db, "minutes", "approve", "--segment", segment)
    assert (code, out) == (1, "")
    assert err.strip() == f"forumdesk: {NO_NAME}"
    code, out, err = _run(
        capsys, "--database", db, "--by", "Ana Lima", "minutes", "approve", "--segment", segment
    )
    assert (code, out.strip()) == (0, "version 1 approved by Ana Lima"), err
    pdf = tmp_path / "minutes.pdf"
    code, _out, err = _run(
        capsys, "--database", db, "minutes", "export", "--segment", segment,
        "--format", "pdf", "-o", str(pdf),
    )  # fmt: skip
    assert code == 0, err
    text = _pdf_text(pdf)
    assert "Approuvé par Ana Lima le" in " ".join(text.split())
    assert "root" not in text and "one-person" not in text and "seule personne" not in text


def test_a_note_needs_a_name_but_an_unsigned_edit_does_not(
    unnamed: None, capsys: pytest.CaptureFixture[str], demo_db_path: Path
) -> None:
    db = str(demo_db_path)
    with sqlite3.connect(demo_db_path) as connection:
        notes = connection.execute("SELECT count(*) FROM notes").fetchone()[0]
    connection.close()
    code, _out, err = _run(
        capsys, "--database", db, "note", "add", "--paragraphs", "3", "--text", "x"
    )
    assert code == 1 and err.strip() == f"forumdesk: {NO_NAME}"
    with sqlite3.connect(demo_db_path) as connection:
        assert connection.execute("SELECT count(*) FROM notes").fetchone()[0] == notes
        organisation = connection.execute(
            "SELECT id FROM organisations WHERE category != 'member_state' LIMIT 1"
        ).fetchone()[0]
    connection.close()
    # A registry change signs nothing: it goes through, and the history names nobody.
    database, _ = open_database(db)
    try:
        assert database.actor == ""
        from forumdesk.services.registry.edit import update_organisation
        from forumdesk.services.registry.people import OrganisationInput
        from forumdesk.store.models import Organisation

        organisation_id = uuid.UUID(hex=str(organisation).replace("-", ""))
        with database.unit_of_work() as session:
            row = session.get(Organisation, organisation_id)
            assert row is not None
            update_organisation(
                session,
                organisation_id,
                OrganisationInput(name=row.name + " (renamed)", category=row.category),
            )
        with database.reading() as session:
            actors = set(
                session.scalars(
                    select(AuditEntry.actor).where(AuditEntry.record_id == organisation_id)
                )
            )
        assert actors == {""}
    finally:
        database.dispose()
    code, out, _err = _run(capsys, "--database", db, "history", str(organisation_id))
    assert code == 0 and "unnamed user" in out and "root" not in out


# --- review by someone else -----------------------------------------------------------


def _start(database: Any, author: str) -> tuple[uuid.UUID, uuid.UUID]:
    with database.unit_of_work() as session:
        segment_id = session.scalars(select(Segment.id).order_by(Segment.starts_at)).first()
        minutes_id = start_minutes(session, segment_id, author)
        forum_id = session.get(Minutes, minutes_id).forum_id
    return minutes_id, forum_id


def test_the_author_cannot_approve_unless_the_forum_allows_it(demo_db: Any) -> None:
    minutes_id, forum_id = _start(demo_db, "Ben Okafor")
    refused = pytest.raises(MinutesError, match="Ben Okafor composed or last edited version 1")
    with refused, demo_db.unit_of_work() as session:
        approve(session, minutes_id, " ben  okafor ")
    # Ana edits it: now she is the author of version 2 and Ben may approve it.
    with demo_db.unit_of_work() as session:
        assert save_draft(session, minutes_id, "<p>Texte revu.</p>", "Ana Lima") == 2
        summary = approval_summary(session, minutes_id, "Ana Lima")
        assert (summary.number, summary.author, summary.edited) == (2, "Ana Lima", True)
        assert summary.alone and not summary.allowed and summary.words == 2
        with pytest.raises(MinutesError, match="someone else must approve"):
            approve(session, minutes_id, "Ana Lima")
    with demo_db.unit_of_work() as session:
        set_self_approval(session, forum_id, True)
        assert approval_summary(session, minutes_id, "Ana Lima").allowed
        assert approve(session, minutes_id, "Ana Lima") == 2
        minutes = session.get(Minutes, minutes_id)
        assert minutes.approved_by == "Ana Lima" and minutes.approved_alone


def test_someone_else_approves_and_the_line_says_when_one_person_did(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path
) -> None:
    db, segment = str(demo_db_path), _segment(demo_db_path)
    by_ben = ("--database", db, "--by", "Ben Okafor")
    assert _run(capsys, *by_ben, "minutes", "compose", "--segment", segment)[0] == 0
    code, _out, err = _run(capsys, *by_ben, "minutes", "approve", "--segment", segment)
    assert code == 1 and "someone else must approve it" in err
    code, out, err = _run(capsys, "--database", db, "forum", "set", "--self-approval", "on")
    assert code == 0 and "one-person approval is on" in out, err
    assert _run(capsys, *by_ben, "minutes", "approve", "--segment", segment)[0] == 0
    for form in ("md", "html", "docx"):
        target = tmp_path / f"minutes.{form}"
        args = ("minutes", "export", "--segment", segment, "--format", form, "-o", str(target))
        assert _run(capsys, "--database", db, *args)[0] == 0
    assert "Approuvé par Ben Okafor (approbation par une seule personne) le" in (
        (tmp_path / "minutes.md").read_text(encoding="utf-8")
    )
    assert "(approbation par une seule personne)" in (tmp_path / "minutes.html").read_text(
        encoding="utf-8"
    )
    code, _out, err = _run(capsys, "--database", db, "forum", "set", "--self-approval", "off")
    assert code == 0, err
    with sqlite3.connect(demo_db_path) as connection:
        assert connection.execute("SELECT self_approval FROM forums").fetchone()[0] == 0
    connection.close()


# --- the user's language --------------------------------------------------------------


def test_refusals_are_in_the_language_asked_for(
    demo_db: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    minutes_id, _forum_id = _start(demo_db, "Ben Okafor")
    assert messages.language() == "en"
    try:
        assert messages.set_language("fr_CH.UTF-8") == "fr"
        with pytest.raises(MinutesError) as refused, demo_db.unit_of_work() as session:
            approve(session, minutes_id, "Ben Okafor")
        assert str(refused.value).startswith(
            "Ben Okafor a composé ou modifié en dernier la version 1 : "
            "une autre personne doit l’approuver"
        )
        assert str(UnnamedSigner()).startswith("Aucun nom n’est défini : indiquez --by NOM")
    finally:
        messages.set_language("en")
    assert messages.set_language("de_DE") == "en"  # no catalogue: English
    # The command line follows LANG / LC_MESSAGES, and leaves the language as it was.
    monkeypatch.delenv("FORUMDESK_USER")
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    code, _out, err = _run(
        capsys, "--database", str(demo_db.path), "note", "add", "--paragraphs", "3", "--text", "x"
    )
    assert code == 1 and err.startswith("forumdesk: Aucun nom n’est défini")
    assert messages.language() == "en"


# --- logins the history holds ---------------------------------------------------------


def test_old_logins_stay_in_history_marked_as_logins(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(FIXTURES / "rev_0009_registry_imports.db", path)
    database, _ = open_database(str(path))
    try:
        with database.reading() as session:
            assert session.get(RecordedLogin, "root") is not None
            record_id = session.scalars(
                select(AuditEntry.record_id).where(AuditEntry.actor == "root")
            ).first()
    finally:
        database.dispose()
    code, out, _err = _run(capsys, "--database", str(path), "history", str(record_id))
    assert code == 0 and "root (computer login)" in out
    code, out, _err = _run(capsys, "--database", str(path), "history", str(record_id), "--json")
    assert code == 0 and '"actor_is_login": true' in out


def test_documents_never_print_a_recorded_login(demo_db: Any) -> None:
    from forumdesk.exports.minutes.document import minutes_document
    from forumdesk.services.minutes.workflow import version_html
    from forumdesk.store.models import Note

    with demo_db.unit_of_work() as session:
        session.add(RecordedLogin(name="root"))
        segment_id = session.scalars(select(Segment.id).order_by(Segment.starts_at)).first()
        forum_id = session.scalars(select(Forum.id)).first()
        for author in ("root", "Chen Wei"):
            note_id = create_note(
                session,
                forum_id,
                NoteInput(
                    body_html=html_from_plain(f"Point à reprendre ({author})"),
                    body_text=f"Point à reprendre ({author})",
                    segment_id=segment_id,
                    author=author,
                ),
            )
            session.get(Note, note_id).for_record = True
        minutes_id = start_minutes(session, segment_id, "Ben Okafor")
        approve(session, minutes_id, "Ana Lima")
        session.get(Minutes, minutes_id).approved_by = "root"  # as an older ForumDesk did
    with demo_db.reading() as session:
        html = version_html(session, minutes_id)
        document = minutes_document(session, minutes_id)
    assert "Point à reprendre (root)" in html and "<b>Chen Wei" in html
    assert "<b>root" not in html
    assert document.approval is not None and document.approval.startswith("Approuvé le ")
    assert "root" not in document.approval


def test_a_merge_carries_the_recorded_logins(demo_db: Any, tmp_path: Path) -> None:
    from forumdesk.services.sync.laptop import prepare_laptop

    laptop_path = tmp_path / "laptop.db"
    prepare_laptop(demo_db, laptop_path)
    with sqlite3.connect(laptop_path) as connection:
        connection.execute("INSERT INTO recorded_logins (name) VALUES ('jdoe')")
    connection.close()
    sync_from(demo_db, str(laptop_path))
    with demo_db.reading() as session:
        assert session.get(RecordedLogin, "jdoe") is not None


# --- hostile names (review) -----------------------------------------------------------


@pytest.mark.parametrize("by", ["\u200b", "\x00", "\u202e", "\u200b \u2060", "...", "-"])
def test_an_invisible_or_punctuation_only_name_names_nobody(
    unnamed: None, capsys: pytest.CaptureFixture[str], demo_db_path: Path, by: str
) -> None:
    db, segment = str(demo_db_path), _segment(demo_db_path)
    code, out, err = _run(
        capsys, "--database", db, "--by", by, "minutes", "compose", "--segment", segment
    )
    assert (code, out, err.strip()) == (1, "", f"forumdesk: {NO_NAME}")
    with sqlite3.connect(demo_db_path) as connection:
        assert connection.execute("SELECT count(*) FROM minutes_versions").fetchone()[0] == 0
    connection.close()


def test_a_name_keeps_its_letters_without_control_characters() -> None:
    assert clean_name("Ana\x00 Lima\u200b\x1b") == "Ana Lima"
    assert clean_name("Jose\u0301") == "Jos\u00e9"  # composed, as typed on another keyboard
    assert clean_name("Mahsa\u200cNouri") == "Mahsa\u200cNouri"  # a Persian joiner stays
    assert clean_name("x" * 10_000) == "x" * 200


@pytest.mark.parametrize(
    "approver",
    [
        "Jose\u0301 Lima",
        "Jos\u00e9\u200b Lima",
        "\uff2a\uff4f\uff53\u00e9 \uff2c\uff49\uff4d\uff41",
    ],
)
def test_the_author_under_another_spelling_is_still_the_author(demo_db: Any, approver: str) -> None:
    minutes_id, _forum_id = _start(demo_db, "Jos\u00e9 Lima")
    with pytest.raises(MinutesError, match="someone else must"), demo_db.unit_of_work() as session:
        approve(session, minutes_id, approver)
    with demo_db.reading() as session:
        assert approval_summary(session, minutes_id, approver).alone


@pytest.mark.parametrize("content", ['["Ana"]', '{"name": ["Ana"]}', '{"name": 5}', '"Ana"'])
def test_a_name_file_without_a_name_string_leaves_the_user_unnamed(
    unnamed: None, content: str
) -> None:
    signer_path().parent.mkdir(parents=True, exist_ok=True)
    signer_path().write_text(content, encoding="utf-8")
    assert stored_signer() is None and signer_name() == ""


def test_a_name_file_that_is_a_directory_leaves_the_user_unnamed(unnamed: None) -> None:
    signer_path().mkdir(parents=True)
    assert stored_signer() is None and signer_name() == ""


def test_approval_is_of_the_text_the_approver_reviewed(demo_db: Any) -> None:
    minutes_id, _forum_id = _start(demo_db, "Ben Okafor")
    with demo_db.unit_of_work() as session:
        save_draft(session, minutes_id, "<p>Texte revu.</p>", "Ben Okafor")  # version 2
        shown = approval_summary(session, minutes_id, "Ana Lima")
        seen = (shown.number, shown.digest)
    with demo_db.unit_of_work() as session:  # Ben edits version 2 in place meanwhile
        assert save_draft(session, minutes_id, "<p>Texte revu, puis changé.</p>", "Ben Okafor") == 2
    refused = pytest.raises(MinutesError, match="version 2 changed after you reviewed it")
    with refused, demo_db.unit_of_work() as session:
        approve(session, minutes_id, "Ana Lima", seen=seen)
    with demo_db.unit_of_work() as session:
        shown = approval_summary(session, minutes_id, "Ana Lima")
        assert approve(session, minutes_id, "Ana Lima", seen=(shown.number, shown.digest)) == 2


def test_the_approvals_own_by_signs_the_history_too(
    unnamed: None, capsys: pytest.CaptureFixture[str], demo_db_path: Path
) -> None:
    db, segment = str(demo_db_path), _segment(demo_db_path)
    by_ben = ("--database", db, "--by", "Ben Okafor")
    assert _run(capsys, *by_ben, "minutes", "compose", "--segment", segment)[0] == 0
    code, out, err = _run(
        capsys, "--database", db, "minutes", "approve", "--segment", segment, "--by", "Ana Lima"
    )
    assert (code, out.strip()) == (0, "version 1 approved by Ana Lima"), err
    with sqlite3.connect(demo_db_path) as connection:
        actors = {
            row[0]
            for row in connection.execute(
                "SELECT actor FROM audit_entries WHERE table_name = 'minutes'"
                " AND after LIKE '%approved_by%'"
            )
        }
    connection.close()
    assert actors == {"Ana Lima"}


def test_the_composers_author_signs_the_history_too(
    unnamed: None, capsys: pytest.CaptureFixture[str], demo_db_path: Path
) -> None:
    db, segment = str(demo_db_path), _segment(demo_db_path)
    args = ("minutes", "compose", "--segment", segment, "--author", "Ben Okafor")
    assert _run(capsys, "--database", db, *args)[0] == 0
    with sqlite3.connect(demo_db_path) as connection:
        actors = {
            row[0]
            for row in connection.execute(
                "SELECT actor FROM audit_entries WHERE table_name = 'minutes_versions'"
            )
        }
    connection.close()
    assert actors == {"Ben Okafor"}


def test_a_note_signed_by_a_recorded_login_is_listed_as_a_login(demo_db: Any) -> None:
    """The notes list marks an old login as one ("root (computer login)") from this."""
    from forumdesk.services.notes.notes import get_note

    with demo_db.unit_of_work() as session:
        session.add(RecordedLogin(name="root"))
        forum_id = session.scalars(select(Forum.id)).first()
        segment_id = session.scalars(select(Segment.id)).first()
        ids = {
            author: create_note(
                session,
                forum_id,
                NoteInput(
                    body_html=html_from_plain("x"),
                    body_text="x",
                    segment_id=segment_id,
                    author=author,
                ),
            )
            for author in ("root", "Chen Wei")
        }
    with demo_db.reading() as session:
        assert get_note(session, ids["root"]).author_is_login
        assert not get_note(session, ids["Chen Wei"]).author_is_login
