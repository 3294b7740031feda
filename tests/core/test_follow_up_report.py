"""The follow-up report: every recommendation of the 2006 hearings with its status at the
next forum, in the five formats; LibreOffice opens the PDF and the DOCX; and the
`forumdesk recommendation` commands."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.core.test_document_writers import pdf_text

from forumdesk.cli import main
from forumdesk.exports.document.writers import FORMATS
from forumdesk.exports.practices.follow_up import export_follow_up, follow_up_document
from forumdesk.services.common.messages import gettext_in
from forumdesk.services.database.demo import demo_forum_id
from forumdesk.services.practices.recommending.follow_up import (
    STATUS_LABELS,
    Assessment,
    set_follow_up,
)
from forumdesk.services.practices.recommending.recommendation_views import recommendations_of
from forumdesk.services.practices.recommending.recommendations import recommendation_by_code
from forumdesk.services.practices.recommending.uptake import Commitment, add_uptake
from forumdesk.store.database import Database
from forumdesk.store.enums import FollowUpStatus
from forumdesk.store.models import Forum, Organisation

ASSESSED = {
    "R13": (FollowUpStatus.DONE, "Transfer costs halved on two corridors"),
    "R21": (FollowUpStatus.UNDER_WAY, "A regional data programme began in 2007"),
    "R70": (FollowUpStatus.NOT_STARTED, ""),
}


def _assessed(database: Database) -> tuple[uuid.UUID, uuid.UUID]:
    """The demo with a later forum, a stakeholder's commitment and three statuses."""
    database.actor = "Ana Lima"
    with database.unit_of_work() as session:
        forum = demo_forum_id(session)
        assert forum is not None
        later = Forum(title="Forum mondial 2007", language="fr", starts_on=date(2007, 7, 9))
        session.add(later)
        session.flush()
        organisation = session.scalars(select(Organisation).limit(1)).one()
        r13 = recommendation_by_code(session, forum, "R13").id
        add_uptake(session, r13, organisation.id, Commitment("Réduire les frais", date(2006, 9, 1)))
        for code, (status, evidence) in ASSESSED.items():
            ident = recommendation_by_code(session, forum, code).id
            set_follow_up(session, ident, later.id, Assessment(status, evidence))
        return forum, later.id


ASSESSED_AT_CLI = (FollowUpStatus.DONE, FollowUpStatus.UNDER_WAY)


def _status_word(code: str) -> str:
    found = ASSESSED.get(code)
    return gettext_in("fr", STATUS_LABELS[found[0]] if found else "not assessed")


def test_the_report_lists_every_recommendation_with_its_status(demo_db: Database) -> None:
    forum, _later = _assessed(demo_db)
    with demo_db.reading() as session:
        codes = [row.code for row in recommendations_of(session, forum)]
        document = follow_up_document(session, forum)
    text = document.text()
    assert len(codes) >= 27 and "R8" in codes and "R76" in codes
    for code in codes:
        assert re.search(rf"^{re.escape(code)} \| ¶ \d+ \|.*\| {_status_word(code)}$", text, re.M)
    assert "Forum mondial 2007" in (document.subtitle or "")
    assert "Réduire les frais" in text and "Transfer costs halved on two corridors" in text
    assert "Ana Lima" in text


@pytest.mark.parametrize("form", FORMATS)
def test_the_report_is_written_in_every_format(
    demo_db: Database, tmp_path: Path, form: str
) -> None:
    forum, _later = _assessed(demo_db)
    path = tmp_path / f"follow-up.{form}"
    with demo_db.reading() as session:
        export_follow_up(session, forum, path, form)
    assert path.stat().st_size > 1000


def _office() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _convert(source: Path, folder: Path) -> Path:
    """LibreOffice opens `source` and writes it again as PDF (a PDF through Writer's
    import of its text, as a reader who edits the report would open it)."""
    office = _office()
    assert office is not None
    profile = (folder / "lo-profile").as_uri()  # its own profile: tests may run side by side
    opening = ["--infilter=writer_pdf_import"] if source.suffix == ".pdf" else []
    done = subprocess.run(
        [office, f"-env:UserInstallation={profile}", *opening, "--headless", "--convert-to",
         "pdf", "--outdir", str(folder / "out"), str(source)],
        capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    converted = folder / "out" / (source.stem + ".pdf")
    assert done.returncode == 0 and converted.is_file(), done.stderr
    return converted


@pytest.mark.skipif(_office() is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("form", ["pdf", "docx"])
def test_libreoffice_opens_the_report(demo_db: Database, tmp_path: Path, form: str) -> None:
    forum, _later = _assessed(demo_db)
    path = tmp_path / f"follow-up-source.{form}"
    with demo_db.reading() as session:
        export_follow_up(session, forum, path, form)
        codes = [row.code for row in recommendations_of(session, forum)]
    text = pdf_text(_convert(path, tmp_path))
    for code in codes:
        row = _table_row(text, code)
        assert all(word in row for word in _status_word(code).split()), row
    assert "Transfer costs halved on two corridors" in text


def _table_row(text: str, code: str) -> str:
    """The summary table's row of `code`, with the lines a long cell wraps onto."""
    lines = text.splitlines()
    start = next(
        (
            i
            for i, line in enumerate(lines)
            if re.match(rf"^\s*{re.escape(code)}\s+¶\s*\d+\s", line)
        ),
        None,
    )
    assert start is not None, code
    end = next(
        (i for i in range(start + 1, len(lines)) if re.match(r"^\s*(R\d|$)", lines[i])), start + 1
    )
    return " ".join(" ".join(lines[start:end]).split())


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_recommendation_commands(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--database", str(demo_db_path), "--by", "Ana Lima"]
    code, out, err = _cli(capsys, *db, "recommendation", "list", "--json")
    listed = json.loads(out)
    assert code == 0 and {row["code"] for row in listed} >= {"R8", "R22", "R65", "R76"}
    code, out, err = _cli(
        capsys, *db, "recommendation", "add", "--paragraph", "32", "--theme", "remittances"
    )
    assert code == 0 and "R32" in out, err
    code, out, err = _cli(capsys, *db, "recommendation", "add", "--paragraph", "33",
                          "--sentence", "Pas dans ce paragraphe.")  # fmt: skip
    assert code == 1 and "paragraph 33" in err
    code, out, err = _cli(capsys, *db, "recommendation", "status", "R32", "--status", "done")
    assert code == 1 and "No forum starts after this one yet" in err
    code, out, err = _cli(capsys, *db, "recommendation", "status", "R32", "--json")
    assert code == 0 and json.loads(out)["follow_ups"] == []
    target = tmp_path / "suivi.docx"
    code, out, err = _cli(capsys, *db, "recommendation", "report", "-o", str(target))
    assert code == 0 and target.is_file(), err
    code, out, err = _cli(capsys, *db, "recommendation", "report", "-o", str(tmp_path / "x.txt"))
    assert code == 1 and "--format" in err


def test_a_status_from_the_command_line(
    demo_db: Database, demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    forum_id, later = _assessed(demo_db)
    demo_db.dispose()
    db = ["--database", str(demo_db_path), "--by", "Ben Okafor"]
    db += ["recommendation"]
    forum = ["--forum", str(forum_id)]
    code, out, err = _cli(capsys, *db, "status", "R14", *forum, "--status",
                          "under_way", "--evidence", "Une étude en cours")  # fmt: skip
    assert code == 0, err
    code, out, err = _cli(capsys, *db, "status", "R14", *forum, "--json")
    shown = json.loads(out)["follow_ups"]
    assert shown == [
        {
            "forum_id": str(later),
            "forum": "Forum mondial 2007",
            "status": "under_way",
            "evidence": "Une étude en cours",
            "assessed_by": "Ben Okafor",
            "assessed_on": shown[0]["assessed_on"],
        }
    ]
    code, out, err = _cli(capsys, *db, "list", *forum, "--at-forum", str(later))
    done, under_way = (gettext_in("en", STATUS_LABELS[s]) for s in ASSESSED_AT_CLI)
    assert re.search(rf"^R13\s.*{done}", out, re.M) and re.search(
        rf"^R14\s.*{under_way}", out, re.M
    )
