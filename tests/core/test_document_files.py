"""Reading summary documents from files: formats, encodings, variants and bad input."""

from __future__ import annotations

import random
import re
import struct
import zlib
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from odf import teletype
from odf.opendocument import OpenDocumentText
from odf.text import Note, NoteBody, NoteCitation, P

from forumdesk.paths import seed_document
from forumdesk.services.documents.files import (
    MAX_DOCUMENT_BYTES,
    DocumentImportError,
    load_summary,
    parse_summary_text,
    read_document_text,
)
from forumdesk.services.documents.parser import ParsedDocument, parse_summary
from forumdesk.store.enums import SectionLevel

_PLAIN = str.maketrans(
    {"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " ", "\u202f": " "}
)


@pytest.fixture(scope="module")
def seed_text() -> str:
    return seed_document().read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed() -> ParsedDocument:
    return load_summary(seed_document())


def _plain(value: Any) -> Any:
    """Strings with typographic punctuation mapped to plain, inside any structure."""
    if isinstance(value, str):
        return value.translate(_PLAIN)
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def comparable(doc: ParsedDocument) -> dict[str, Any]:
    """Everything an import stores, with typographic punctuation made plain."""
    result: dict[str, Any] = _plain(asdict(doc))
    return result


def _paragraph(doc: ParsedDocument, number: int) -> str:
    (text,) = [p.text for p in doc.paragraphs if p.number == number]
    return text


def _write_docx(path: Path, text: str) -> Path:
    document = Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    document.save(str(path))
    return path


def _write_odt(path: Path, text: str) -> Path:
    document = OpenDocumentText()
    for line in text.split("\n"):
        paragraph = P()
        teletype.addTextToElement(paragraph, line)
        document.text.addElement(paragraph)
    document.save(str(path))
    return path


# Variants of the seed ---------------------------------------------------------------------


def _crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def _bom(text: str) -> str:
    return "\ufeff" + text


def _no_blank_lines(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if line.strip())


def _typographic(text: str) -> str:
    text = text.replace("'", "’")
    text = re.sub(r'"([^"\n]*)"', r"“\1”", text)
    text = text.replace(" - ", " – ")
    text = re.sub(r" ([:;])", "\u00a0\\1", text)  # French spacing, both kinds of space
    text = re.sub(r" ([!?])", "\u202f\\1", text)
    return text.replace("« ", "«\u202f").replace(" »", "\u202f»")


def _everything(text: str) -> str:
    return _bom(_crlf(_typographic(_no_blank_lines(text))))


VARIANTS = {
    "crlf": _crlf,
    "bom": _bom,
    "no-blank-lines": _no_blank_lines,
    "typographic": _typographic,
    "all-together": _everything,
}


# The seed ---------------------------------------------------------------------------------


def test_the_seed_file_gives_76_paragraphs_without_warnings(seed: ParsedDocument) -> None:
    assert [p.number for p in seed.paragraphs] == list(range(1, 77))
    assert seed.warnings == []


def test_the_seed_toc_ranges(seed: ParsedDocument) -> None:
    ranges = [(e.label, e.first_paragraph, e.last_paragraph) for e in seed.toc]
    assert ranges[:8] == [
        ("I", 1, 7),
        ("II", 8, 22),
        ("III", 23, 29),
        ("A", 23, 25),
        ("B", 26, 26),
        ("C", 27, 27),
        ("D", 28, 28),
        ("E", 29, 29),
    ]
    assert ("IV", 30, 64) in ranges and ("V", 65, 76) in ranges
    assert (seed.toc[-1].title, seed.toc[-1].first_paragraph, seed.toc[-1].page) == (
        "Annexe",
        None,
        21,
    )


def test_the_seed_section_tree(seed: ParsedDocument) -> None:
    top = [s for s in seed.sections if s.level is SectionLevel.SECTION]
    assert [(s.label, s.first_paragraph, s.last_paragraph) for s in top] == [
        ("I", 1, 7),
        ("II", 8, 22),
        ("III", 23, 29),
        ("IV", 30, 64),
        ("V", 65, 76),
    ]
    iii = seed.sections.index(top[2])
    assert [
        (s.label, s.first_paragraph, s.last_paragraph) for s in seed.sections if s.parent == iii
    ] == [("A", 23, 25), ("B", 26, 26), ("C", 27, 27), ("D", 28, 28), ("E", 29, 29)]


def test_paragraph_32_sits_under_iv_b_2(seed: ParsedDocument) -> None:
    (p32,) = [p for p in seed.paragraphs if p.number == 32]
    assert p32.section is not None
    two = seed.sections[p32.section]
    assert (two.level, two.label) == (SectionLevel.SUBSUBSECTION, "2")
    assert two.title.startswith("Impact des envois de fonds")
    assert two.parent is not None
    b = seed.sections[two.parent]
    assert (b.level, b.label, b.title) == (
        SectionLevel.SUBSECTION,
        "B",
        "Liens entre migration et développement",
    )
    assert b.parent is not None
    assert seed.sections[b.parent].label == "IV"


def test_the_footnote_sits_on_22_and_23_reads_on(seed: ParsedDocument) -> None:
    assert [(f.marker, f.text, f.paragraph) for f in seed.footnotes] == [("¹", "A/60/871.", 22)]
    p23 = _paragraph(seed, 23)
    assert "A/60/871" not in p23
    assert "de toutes les personnes et s'appliquent donc à tous les migrants" in p23


# Variants import identically ----------------------------------------------------------------


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_a_variant_of_the_seed_imports_identically(
    variant: str, seed_text: str, seed: ParsedDocument, tmp_path: Path
) -> None:
    changed = VARIANTS[variant](seed_text)
    assert changed != seed_text  # the variant really differs
    path = tmp_path / "variant.txt"
    path.write_bytes(changed.encode("utf-8"))
    assert comparable(load_summary(path)) == comparable(seed)


def test_the_typographic_variant_keeps_the_authors_punctuation(
    seed_text: str, tmp_path: Path
) -> None:
    path = tmp_path / "typo.txt"
    path.write_text(_typographic(seed_text), encoding="utf-8")
    doc = load_summary(path)
    assert _paragraph(doc, 1).startswith("Les rencontres interactives informelles de l’Assemblée")
    assert "\n– a) promotion d’une approche" in _paragraph(doc, 5)
    assert "thèmes suivants :" in _paragraph(doc, 5)  # the non-breaking space became a space


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "utf-8-sig"])
def test_other_encodings_of_the_seed_import_identically(
    encoding: str, seed_text: str, seed: ParsedDocument, tmp_path: Path
) -> None:
    path = tmp_path / f"seed-{encoding}.txt"
    path.write_bytes(seed_text.encode(encoding))
    assert read_document_text(path) == seed_text
    assert comparable(load_summary(path)) == comparable(seed)


@pytest.mark.parametrize(
    ("suffix", "writer"), [(".docx", _write_docx), (".odt", _write_odt)], ids=["docx", "odt"]
)
def test_office_documents_of_the_seed_import_identically(
    suffix: str,
    writer: Callable[[Path, str], Path],
    seed_text: str,
    seed: ParsedDocument,
    tmp_path: Path,
) -> None:
    path = writer(tmp_path / f"seed{suffix}", seed_text)
    assert read_document_text(path) == seed_text
    assert comparable(load_summary(path)) == comparable(seed)


def test_an_odt_with_a_real_footnote_imports_like_the_seed(
    seed_text: str, seed: ParsedDocument, tmp_path: Path
) -> None:
    document = OpenDocumentText()
    for line in seed_text.split("\n"):
        if line == "¹ A/60/871.":
            continue  # the note's text lives in the note itself
        paragraph = P()
        before, marker, after = line.partition("rapport¹")
        teletype.addTextToElement(paragraph, before + ("rapport" if marker else ""))
        if marker:
            note = Note(noteclass="footnote", id="ftn1")
            note.addElement(NoteCitation(text="1"))
            body = NoteBody()
            body.addElement(P(text="A/60/871."))
            note.addElement(body)
            paragraph.addElement(note)
            teletype.addTextToElement(paragraph, after)
        document.text.addElement(paragraph)
    path = tmp_path / "footnote.odt"
    document.save(str(path))
    assert comparable(load_summary(path)) == comparable(seed)


def test_a_docx_table_row_reads_as_a_tab_separated_line(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Table des matières")
    table = document.add_table(rows=2, cols=3)
    rows = [("I. Introduction", "1–2", "3"), ("Annexe", "", "5")]
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    for line in ("I. Introduction", "1. Premier.", "2. Second."):
        document.add_paragraph(line)
    path = tmp_path / "table.docx"
    document.save(str(path))
    assert read_document_text(path).split("\n")[1:3] == ["I. Introduction\t1–2\t3", "Annexe\t\t5"]
    doc = load_summary(path)
    assert [(e.label, e.first_paragraph, e.last_paragraph, e.page) for e in doc.toc] == [
        ("I", 1, 2, 3),
        (None, None, None, 5),
    ]
    assert doc.warnings == []


def test_markdown_heading_marks_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "summary.md"
    path.write_text("## I. Introduction ##\n\n1. Premier.\n\n### A. Suite\n\n2. Second.\n")
    doc = load_summary(path)
    assert [(s.label, s.title) for s in doc.sections] == [("I", "Introduction"), ("A", "Suite")]
    assert [p.number for p in doc.paragraphs] == [1, 2]


def test_a_file_without_extension_is_text(tmp_path: Path) -> None:
    path = tmp_path / "summary"
    path.write_text("1. Premier.\n2. Second.\n", encoding="utf-8")
    assert [p.text for p in load_summary(path).paragraphs] == ["Premier.", "Second."]


# Bad input ----------------------------------------------------------------------------------


def _tiny_png() -> bytes:
    header = struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0)
    chunk = b"IHDR" + header
    return (
        b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + chunk + struct.pack(">I", zlib.crc32(chunk))
    )


BAD_FILES: dict[str, tuple[str, bytes, str]] = {
    "empty": ("empty.txt", b"", "the file is empty"),
    "whitespace": ("blank.txt", b"  \r\n\t\n\xc2\xa0\n", "contains no text"),
    "bom-only": ("bom.txt", b"\xef\xbb\xbf\n", "contains no text"),
    "random-bytes": ("noise.txt", random.Random(7).randbytes(4096), "binary, not text"),
    "random-bytes-no-nul": (
        "noise2.txt",
        bytes(b or 1 for b in random.Random(8).randbytes(4096)),
        "binary, not text",
    ),
    "png-as-txt": ("picture.txt", _tiny_png(), "binary, not text"),
    "png-signature": ("sig.txt", b"\x89PNG\r\n\x1a\n", "binary, not text"),
    "zip-as-txt": ("archive.txt", b"PK\x03\x04" + bytes(40), "looks like a .docx or .odt"),
    "no-numbered-paragraph": (
        "prose.txt",
        "Résumé\n\nDu texte, mais aucun paragraphe numéroté.\n".encode(),
        "no numbered paragraph found",
    ),
    "unknown-extension": ("summary.pdf", b"%PDF-1.4\n", "unsupported file type '.pdf'"),
    "corrupt-docx": ("broken.docx", b"this is not a zip archive", "not a valid .docx"),
    "corrupt-odt": ("broken.odt", b"\x00\x01garbage", "not a valid .odt"),
    "doc-as-docx": ("old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), "(.doc)"),
    "bad-utf8-after-bom": ("bad.txt", b"\xef\xbb\xbf1. Un.\n2. \xff\xfe\n", "not valid UTF-8"),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_bad_files_are_refused_with_a_message_naming_the_file(case: str, tmp_path: Path) -> None:
    name, content, reason = BAD_FILES[case]
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DocumentImportError) as caught:
        load_summary(path)
    message = str(caught.value)
    assert name in message
    assert reason in message
    assert "\n" not in message
    assert caught.value.source == name


def test_a_bad_utf8_byte_is_reported_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"\xef\xbb\xbf1. Un.\n2. Deux.\n3. \xff\n")
    with pytest.raises(DocumentImportError, match=r"bad\.txt \(line 3\)") as caught:
        read_document_text(path)
    assert caught.value.line == 3


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DocumentImportError, match=r"Cannot import gone\.txt: file not found"):
        load_summary(tmp_path / "gone.txt")


def test_a_truncated_docx_is_refused(seed_text: str, tmp_path: Path) -> None:
    whole = _write_docx(tmp_path / "whole.docx", seed_text).read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(DocumentImportError, match=r"cut\.docx.*not a valid \.docx"):
        load_summary(path)


def test_an_odt_renamed_docx_is_refused(tmp_path: Path) -> None:
    path = _write_odt(tmp_path / "other.odt", "1. Un.").rename(tmp_path / "other.docx")
    with pytest.raises(DocumentImportError, match=r"other\.docx.*no word/document\.xml"):
        load_summary(path)


def test_a_file_over_the_limit_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: fast and takes no disk

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened before its size was checked")

    monkeypatch.setattr(Path, "open", no_reading)
    monkeypatch.setattr(Path, "read_bytes", no_reading)
    with pytest.raises(DocumentImportError) as caught:
        load_summary(path)
    assert str(caught.value) == (
        "Cannot import huge.txt: the file is 50.0 MB; the limit is 20.0 MB"
    )
    assert MAX_DOCUMENT_BYTES == 20 * 1024 * 1024


def test_the_limit_itself_is_allowed_and_one_byte_more_is_not(tmp_path: Path) -> None:
    path = tmp_path / "edge.txt"
    head = "1. Debut.\n"
    path.write_text(head + "x" * (MAX_DOCUMENT_BYTES - len(head)), encoding="ascii")
    assert len(read_document_text(path)) == MAX_DOCUMENT_BYTES
    with path.open("ab") as handle:
        handle.write(b"x")
    limit = r"edge\.txt: the file is 20,971,521 bytes; the limit is 20,971,520 bytes"
    with pytest.raises(DocumentImportError, match=limit):
        read_document_text(path)


def test_a_repeated_paragraph_number_is_refused(seed_text: str, tmp_path: Path) -> None:
    path = tmp_path / "twice.txt"
    path.write_text(seed_text.replace("\n13. Convenant", "\n12. Convenant"), encoding="utf-8")
    with pytest.raises(DocumentImportError) as caught:
        load_summary(path)
    assert str(caught.value) == "Cannot import twice.txt: paragraph 12 appears twice"


def test_every_repeated_number_is_named() -> None:
    text = "1. Un.\n1. Encore un.\n2. Deux.\n3. Trois.\n3. Trois bis.\n3. Trois ter.\n"
    with pytest.raises(DocumentImportError) as caught:
        parse_summary_text(text, "collé")
    assert str(caught.value) == (
        "Cannot import collé: paragraph 1 appears twice; paragraph 3 appears 3 times"
    )


def test_gaps_and_toc_disagreements_stay_warnings(seed_text: str, tmp_path: Path) -> None:
    lines = [line for line in seed_text.split("\n") if not line.startswith("40. ")]
    text = "\n".join(lines).replace("I. Introduction\t1–7\t3", "I. Introduction\t1–8\t3")
    path = tmp_path / "gaps.txt"
    path.write_text(text, encoding="utf-8")
    doc = load_summary(path)
    assert len(doc.paragraphs) == 75
    assert "missing paragraph numbers: 40" in doc.warnings
    assert "paragraph 41 follows paragraph 39" in doc.warnings
    assert any("¶1–8" in w and "the body has ¶1–7" in w for w in doc.warnings)


def test_text_in_memory_shares_the_checks(seed_text: str, seed: ParsedDocument) -> None:
    assert comparable(parse_summary_text(seed_text, "pasted")) == comparable(seed)
    assert parse_summary_text(seed_text, "pasted") == parse_summary(seed_text)
    with pytest.raises(DocumentImportError, match=r"^Cannot import pasted: .*no text"):
        parse_summary_text(" \n\t", "pasted")
    with pytest.raises(DocumentImportError, match="pasted: no numbered paragraph"):
        parse_summary_text("Rien de numéroté ici.", "pasted")
