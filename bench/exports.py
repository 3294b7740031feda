"""Exports: the minutes of a busy segment and the 76-paragraph report, against LibreOffice.

Usage: .venv/bin/python bench/exports.py [--runs N] [--json]

A temporary copy of the demo forum gets, on its second segment, 200 interventions
(speakers from a generated registry, each with a summary and the time used) and
500 notes linked to the segment and citing its paragraphs. The minutes are
composed once; then, `--runs` times each, the timed steps are:

- minutes → PDF, DOCX and ODT (`minutes_document` then the writer);
- the demo summary report (76 numbered paragraphs, contents, footnote, annex) → PDF;
- beside them, in the same run, `libreoffice --headless --convert-to pdf` of the
  same minutes DOCX (the office suite's own time to lay the document out).

Medians are compared with the targets: minutes PDF ≤ 1 s, report PDF ≤ 2 s.
Exit 0 when both hold, 1 when not, 2 when the benchmark cannot run.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

MINUTES_TARGET_S = 1.0
REPORT_TARGET_S = 2.0
INTERVENTIONS = 200
NOTES = 500


def _prepare(folder: Path) -> tuple[Path, Any, Any]:
    os.environ.setdefault("FORUMDESK_DATA_DIR", str(folder / "data"))
    from sqlalchemy import select

    from forumdesk.services.database.demo import demo_forum_id, load_demo
    from forumdesk.services.minutes.workflow import start_minutes
    from forumdesk.services.notes.note_input import NoteInput
    from forumdesk.services.notes.notes import create_note
    from forumdesk.services.programme.speakers.lists import add_speaker, record_speech
    from forumdesk.services.registry.edit import create_organisation, create_representative
    from forumdesk.services.registry.people import OrganisationInput, RepresentativeInput
    from forumdesk.store.enums import OrganisationCategory
    from forumdesk.store.migrate import open_database
    from forumdesk.store.models import Document, Segment

    path = folder / "bench.db"
    database, _ = open_database(str(path), backup=False, create=True)
    with database.unit_of_work() as session:
        load_demo(session)
    with database.unit_of_work() as session:
        forum_id = demo_forum_id(session)
        segment = session.scalars(select(Segment).order_by(Segment.starts_at)).all()[1]
        categories = list(OrganisationCategory)
        start = datetime(2006, 7, 12, 14, 35, tzinfo=UTC)
        for number in range(INTERVENTIONS):
            organisation = create_organisation(
                session,
                OrganisationInput(
                    f"Organisation {number:03d} des migrants",
                    categories[number % len(categories)],
                    country=("FRA", "SEN", "MEX", "PHL", "MAR")[number % 5],
                ),
            )
            person = create_representative(
                session,
                RepresentativeInput(
                    f"Prénom{number:03d}", f"Nom{number:03d}", organisation_id=organisation
                ),
            )
            line = add_speaker(session, segment.id, person, allotted_seconds=180)
            began = start + timedelta(minutes=3 * number)
            record_speech(session, line.id, began, began + timedelta(seconds=170), 170)
        document_id = session.scalars(
            select(Document.id).where(Document.forum_id == forum_id)
        ).first()
        for number in range(NOTES):
            text = (
                f"Note {number} : les envois de fonds et le développement, "
                "la protection des droits des migrants et de leur famille."
            )
            create_note(
                session,
                forum_id,
                NoteInput(
                    body_html=f"<p>{text}</p>",
                    body_text=text,
                    document_id=document_id,
                    paragraphs=(23 + number % 7,),
                    segment_id=segment.id,
                    author="Rapporteur",
                ),
            )
        minutes_id = start_minutes(session, segment.id, "Rapporteur")
    return path, database, (forum_id, minutes_id)


def _timed(runs: int, work: Callable[[], object]) -> list[float]:
    samples = []
    for _ in range(runs):
        began = time.perf_counter()
        work()
        samples.append(time.perf_counter() - began)
    return samples


def run(runs: int) -> dict[str, Any]:
    from forumdesk.exports.document.writers import write_document
    from forumdesk.exports.minutes.document import minutes_document
    from forumdesk.exports.report.summary import report_document

    folder = Path(tempfile.mkdtemp(prefix="forumdesk-bench-exports-"))
    try:
        _path, database, (forum_id, minutes_id) = _prepare(folder)
        results: dict[str, Any] = {"runs": runs}

        def minutes_to(form: str) -> Callable[[], object]:
            def work() -> None:
                with database.reading() as session:
                    document = minutes_document(session, minutes_id)
                write_document(document, folder / f"minutes.{form}", form)

            return work

        for form in ("pdf", "docx", "odt"):
            results[f"minutes_{form}"] = _timed(runs, minutes_to(form))

        def report_pdf() -> None:
            with database.reading() as session:
                document = report_document(session, forum_id)
            write_document(document, folder / "report.pdf", "pdf")

        results["report_pdf"] = _timed(runs, report_pdf)
        office = shutil.which("libreoffice") or shutil.which("soffice")
        if office is not None:
            out = folder / "lo"

            def convert() -> None:
                subprocess.run(
                    [office, "--headless", "--convert-to", "pdf", "--outdir", str(out),
                     str(folder / "minutes.docx")],
                    check=True, capture_output=True, timeout=300,
                )  # fmt: skip

            results["libreoffice_docx_to_pdf"] = _timed(max(1, min(runs, 3)), convert)
        database.dispose()
        return results
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Minutes and report exports, timed.")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    try:
        results = run(args.runs)
    except Exception as error:  # the benchmark cannot run: say why, exit 2
        print(f"exports.py: {error}", file=sys.stderr)
        return 2
    medians = {k: statistics.median(v) for k, v in results.items() if isinstance(v, list)}
    passed = medians["minutes_pdf"] <= MINUTES_TARGET_S and medians["report_pdf"] <= REPORT_TARGET_S
    if args.json:
        print(json.dumps({"samples": results, "medians": medians, "pass": passed}, indent=2))
        return 0 if passed else 1
    print(
        f"Minutes of a segment with {INTERVENTIONS} interventions and {NOTES} notes; "
        f"the 76-paragraph demo report; {args.runs} runs, medians"
    )
    for name, value in medians.items():
        print(f"  {name:28} {value:7.3f} s")
    office = medians.get("libreoffice_docx_to_pdf")
    if office:
        ratio = medians["minutes_pdf"] / office
        print(f"  ratio minutes PDF / LibreOffice DOCX→PDF: {ratio:.2f}")
    else:
        print("  (LibreOffice not installed: no baseline)")
    verdict = "PASS" if medians["minutes_pdf"] <= MINUTES_TARGET_S else "FAIL"
    print(f"minutes PDF {medians['minutes_pdf']:.3f} s (target <= {MINUTES_TARGET_S}): {verdict}")
    verdict = "PASS" if medians["report_pdf"] <= REPORT_TARGET_S else "FAIL"
    print(f"report PDF  {medians['report_pdf']:.3f} s (target <= {REPORT_TARGET_S}): {verdict}")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
