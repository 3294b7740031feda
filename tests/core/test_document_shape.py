"""The UN document shape: the report's cover block and ¶5's list, as every format
prints them, and the page furniture (symbol, "Page X sur Y", the marking)."""

from __future__ import annotations

import re
import subprocess
import zipfile
from html import unescape
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from forumdesk.exports.document.model import (
    Heading,
    OutputDocument,
    Paragraph,
    Table,
    plain,
)
from forumdesk.exports.document.writers import write_document
from forumdesk.exports.report.summary import paragraph_block, report_document
from forumdesk.services.database.demo import demo_forum_id

COVER_LINES = (
    "Assemblée générale",
    "Distr. générale",
    "27 juillet 2006",
    "Français",
    "Original : anglais",
    "Soixante et unième session",
    "Point 54 b) de l'ordre du jour provisoire",
    "Mondialisation et interdépendance : migrations internationales et développement",
    "Résumé des rencontres interactives informelles",
    "Note du Président de l'Assemblée générale",
    "Le Président de l'Assemblée générale à sa soixantième session a l'honneur de transmettre",
    "qui se sont tenues le 12 juillet 2006 au Siège de l'ONU.",
)
ITEMS = (
    "a) promotion d'une approche globale",
    "b) migrations internationales et développement",
    "c) action des pouvoirs publics",
)
MARKING = "INTERNAL VERSION – NOT FOR DISTRIBUTION"


def pdftotext(path: Path, *options: str) -> str:
    done = subprocess.run(
        ["pdftotext", *options, str(path), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


def _flat(text: str) -> str:
    return " ".join(text.split())


def _in_order(text: str, lines: tuple[str, ...]) -> None:
    at = 0
    for line in lines:
        found = text.find(line, at)
        assert found >= 0, f"{line!r} missing after position {at}: {text[at : at + 400]!r}"
        at = found + len(line)


def _report(demo_db: Any) -> OutputDocument:
    session: Session
    with demo_db.reading() as session:
        forum_id = demo_forum_id(session)
        assert forum_id is not None
        return report_document(session, forum_id)


@pytest.fixture
def report(demo_db: Any) -> OutputDocument:
    return _report(demo_db)


def test_the_report_pdf_opens_with_the_cover_block_in_order(
    report: OutputDocument, tmp_path: Path
) -> None:
    path = tmp_path / "report.pdf"
    write_document(report, path, "pdf")
    first_page = pdftotext(path, "-f", "1", "-l", "1")
    lines = [line.strip() for line in first_page.splitlines()]
    for line in COVER_LINES[:7]:  # each of the masthead's lines is a line of its own
        assert line in lines, first_page
    _in_order(_flat(first_page), COVER_LINES)
    assert "Table des matières" not in first_page  # the cover is a page of its own
    assert "Page 1 sur" in first_page


def test_the_cover_is_the_summarys_header(report: OutputDocument) -> None:
    cover = report.cover
    assert cover is not None
    assert cover.organ == "Assemblée générale"
    assert cover.stamp == ("Distr. générale", "27 juillet 2006", "Français", "Original : anglais")
    assert cover.note_heading == "Note du Président de l'Assemblée générale"
    assert len(cover.note) == 1 and cover.note[0].endswith("au Siège de l'ONU.")
    # The cover is not repeated as body text.
    assert not any(
        isinstance(b, Paragraph) and "Note du Président" in "".join(r.text for r in b.runs)
        for b in report.blocks
    )


def test_paragraph_5_carries_its_list(report: OutputDocument) -> None:
    fifth = next(b for b in report.blocks if isinstance(b, Paragraph) and b.number == 5)
    assert "".join(r.text for r in fifth.runs).endswith("trois thèmes suivants :")
    assert [item.label for item in fifth.items] == ["a)", "b)", "c)"]
    texts = ["".join(r.text for r in item.runs) for item in fifth.items]
    assert all(f"{label} {text}".startswith(ITEMS[n]) for n, (label, text) in enumerate(
        zip(["a)", "b)", "c)"], texts, strict=True)))  # fmt: skip
    assert texts[0].endswith("membres de leur famille;")


def test_a_paragraph_without_items_keeps_its_text_whole() -> None:
    block = paragraph_block("Une phrase (a) et b) au fil du texte).", 3, ())
    assert block.items == () and block.runs[0].text.startswith("Une phrase (a)")


def test_the_report_pdf_prints_the_items_on_lines_of_their_own(
    report: OutputDocument, tmp_path: Path
) -> None:
    path = tmp_path / "report.pdf"
    write_document(report, path, "pdf")
    text = pdftotext(path)
    starts = [re.search(rf"^{re.escape(item)}", text, re.MULTILINE) for item in ITEMS]
    assert all(starts), text[text.find("trois thèmes") : text.find("trois thèmes") + 900]
    positions = [m.start() for m in starts if m]
    assert positions == sorted(positions) and text.find("trois thèmes") < positions[0]


def test_the_report_docx_has_the_items_as_three_list_paragraphs(
    report: OutputDocument, tmp_path: Path
) -> None:
    import docx

    path = tmp_path / "report.docx"
    write_document(report, path, "docx")
    paragraphs = docx.Document(str(path)).paragraphs
    fifth = next(n for n, p in enumerate(paragraphs) if p.text.startswith("5.\tLes rencontres"))
    following = paragraphs[fifth + 1 : fifth + 4]
    assert [p.style.name for p in following] == ["List 2"] * 3
    for paragraph, item in zip(following, ITEMS, strict=True):
        assert paragraph.text.replace("\t", " ").startswith(item)
    assert paragraphs[fifth + 4].text.startswith("6.\t")


def test_the_report_docx_cover_and_furniture(report: OutputDocument, tmp_path: Path) -> None:
    import docx

    path = tmp_path / "report.docx"
    write_document(report, path, "docx")
    word_doc = docx.Document(str(path))
    organ, stamp = word_doc.tables[0].rows[0].cells
    assert organ.text == "Assemblée générale"
    assert stamp.text.split("\n") == list(COVER_LINES[1:5])
    texts = [p.text for p in word_doc.paragraphs]
    _in_order("\n".join(texts), COVER_LINES[5:8])
    section = word_doc.sections[0]
    assert section.different_first_page_header_footer
    footer = section.footer._element.xml
    assert "PAGE" in footer and "NUMPAGES" in footer and "Page " in footer and " sur " in footer
    assert "NUMPAGES" in section.first_page_footer._element.xml


def test_the_report_odt_cover_list_and_fields(report: OutputDocument, tmp_path: Path) -> None:
    path = tmp_path / "report.odt"
    write_document(report, path, "odt")
    with zipfile.ZipFile(path) as archive:
        content = archive.read("content.xml").decode()
        styles = archive.read("styles.xml").decode()
    plain_content = re.sub(r"<text:tab/>", " ", content)
    plain_content = re.sub(r"<[^>]+>", "\n", plain_content)
    _in_order(plain_content, COVER_LINES[:8])
    fifth = content.index("Les rencontres étaient respectivement")
    listed = content[fifth : content.index("Le Président par intérim", fifth)]
    assert listed.count("<text:list-item>") == 3 and "<text:list " in listed
    assert 'text:style-name="Paragraph_20_list"' in listed
    assert "<text:page-number" in styles and "<text:page-count" in styles
    assert "Page " in styles and " sur " in styles
    assert 'style:master-page-name="First Page"' in content


def test_the_report_html_and_markdown_list_the_items(
    report: OutputDocument, tmp_path: Path
) -> None:
    from forumdesk.exports.document.html import render_html
    from forumdesk.exports.document.markdown import render_markdown

    html = render_html(report)
    listed = html[html.index("trois thèmes suivants") : html.index("Le Président par intérim")]
    assert listed.count("<li>") == 3 and '<ul class="items">' in listed
    assert '<span class="item-label">b)</span>migrations internationales' in listed
    _in_order(unescape(re.sub(r"<[^>]+>", "\n", html)), COVER_LINES[:8])
    markdown = render_markdown(report)
    for item in ITEMS:
        assert re.search(rf"^- {re.escape(item)}", markdown, re.MULTILINE)
    _in_order(markdown, COVER_LINES[:7])


def _marked() -> OutputDocument:
    long_text = "Une phrase assez longue pour remplir les pages du document. " * 40
    blocks = tuple(Paragraph(plain(long_text), n) for n in range(1, 12))
    return OutputDocument(
        title="Compte rendu",
        language="fr",
        forum="Forum 2027",
        symbol="FD/2027/1",
        marking=MARKING,
        blocks=blocks,
    )


def test_the_marking_and_the_symbol_are_on_every_pdf_page(tmp_path: Path) -> None:
    path = tmp_path / "marked.pdf"
    write_document(_marked(), path, "pdf")
    pages = pdftotext(path).split("\f")[:-1]
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert MARKING in page and "FD/2027/1" in page
        assert f"Page {number} sur {len(pages)}" in page


def test_the_marking_heads_every_format(tmp_path: Path) -> None:
    import docx

    document = _marked()
    for form in ("docx", "odt", "html", "md"):
        write_document(document, tmp_path / f"marked.{form}", form)
    header = docx.Document(str(tmp_path / "marked.docx")).sections[0].header
    assert header.paragraphs[0].text == MARKING
    assert "FD/2027/1" in header.paragraphs[1].text
    with zipfile.ZipFile(tmp_path / "marked.odt") as archive:
        styles = archive.read("styles.xml").decode()
    header_xml = styles[styles.index("<style:header>") : styles.index("</style:header>")]
    assert MARKING in header_xml and "FD/2027/1" in header_xml
    html = (tmp_path / "marked.html").read_text(encoding="utf-8")
    assert html.index(MARKING) < html.index("Compte rendu</h1>")
    markdown = (tmp_path / "marked.md").read_text(encoding="utf-8")
    assert markdown.splitlines()[0] == f"**{MARKING}**"


def _words_at(path: Path) -> list[tuple[str, float]]:
    """Each word of the PDF with its left edge (pdftotext -bbox)."""
    bbox = pdftotext(path, "-bbox")
    return [
        (m.group(2), float(m.group(1)))
        for m in re.finditer(r'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>', bbox)
    ]


def test_unnumbered_headings_line_up_with_plain_paragraphs(tmp_path: Path) -> None:
    """Minutes have no numbered paragraphs: their headings stand at the margin, where
    the text stands, not in a hanging indent."""
    blocks = (
        Heading(1, "Interventions"),
        Paragraph(plain("Premier paragraphe du compte rendu.")),
        Heading(2, "Orateurs"),
        Paragraph(plain("Deuxième paragraphe.")),
    )
    path = tmp_path / "minutes.pdf"
    write_document(OutputDocument(title="Compte rendu", language="fr", blocks=blocks), path, "pdf")
    left = dict(_words_at(path))
    assert left["Interventions"] == left["Premier"] == left["Orateurs"] == left["Deuxième"]


def test_table_columns_hold_their_header_words() -> None:
    from forumdesk.exports.document.table_widths import column_widths, header_floor

    rows = tuple((str(n), "Organisation des migrants " * 3, "x", "2 min") for n in range(30))
    block = Table(("N°", "Organisation", "Catégorie", "Temps de parole"), rows)
    for available in (480.0, 300.0):
        widths = column_widths(block, available, 10)
        assert sum(widths) == pytest.approx(available)
        for column, width in enumerate(widths):
            assert width >= header_floor(block, column, 10) - 0.01


def test_the_parser_reads_a_symbol_and_the_language_line() -> None:
    from forumdesk.services.documents.parser import parse_summary

    seed = Path(__file__).resolve().parents[2] / "resources/samples/summary-hearings-2006-fr.txt"
    text = seed.read_text(encoding="utf-8").replace(
        "Assemblée générale\n", "Assemblée générale\nA/61/187\n", 1
    )
    header = parse_summary(text).header
    assert header.symbol == "A/61/187" and header.organ == "Assemblée générale"
    assert header.language == "Français" and header.original_language == "anglais"
    assert header.distribution == "Distr. générale"
    assert header.preamble is not None and header.preamble.startswith("Note du Président")


def test_a_cover_is_worded_in_its_language() -> None:
    from datetime import date

    from forumdesk.exports.document.cover import CoverFields, cover_of, distribution_key

    english = cover_of(
        CoverFields(
            title="Globalization and interdependence",
            language="en",
            symbol="A/61/187",
            distribution="Distr. générale",  # read from a French original: still general
            issued_on=date(2006, 7, 27),
            original_language="fr",
            preamble="Note by the President\n\nThe President has the honour to transmit.",
        )
    )
    assert english.stamp == ("Distr.: General", "27 July 2006", "English", "Original: French")
    assert english.note_heading == "Note by the President" and english.symbol == "A/61/187"
    assert [distribution_key(t) for t in ("Limited", "Distr. restreinte", "x")] == [
        "limited",
        "restricted",
        None,
    ]


def test_forumdesk_report_export_prints_the_cover_in_order(
    demo_db_path: Path, tmp_path: Path
) -> None:
    """The Done-when as a user runs it: `forumdesk report export -o report.pdf`."""
    from forumdesk.cli import main

    path = tmp_path / "report.pdf"
    assert main(["--database", str(demo_db_path), "report", "export", "-o", str(path)]) == 0
    text = pdftotext(path)
    _in_order(_flat(text), COVER_LINES)
    lines = [line.strip() for line in text.splitlines()]
    for item in ITEMS:  # ¶5's a), b), c): each starts a line of its own
        assert any(line.startswith(item) for line in lines), item


@pytest.mark.parametrize(
    "text",
    [
        "Comme indiqué aux alinéas a) et\nb) du paragraphe 3, les États ont convenu.",
        "Voir les alinéas\nc) et d) du paragraphe 9.",
        "Les points suivants :\na) un;\nc) deux.",
    ],
)
def test_a_line_that_starts_with_a_letter_is_not_a_list_unless_the_labels_run(text: str) -> None:
    """The parser keeps a line starting "b) …" apart; unless the labels run a), b), c)…
    (or i), ii), iii)…), it was a reference the page break put at a line's start."""
    block = paragraph_block(text, 7, ())
    assert block.items == ()
    assert block.runs[0].text == " ".join(text.split())


def test_roman_items_are_a_list() -> None:
    block = paragraph_block(
        "Trois options :\ni) la première;\nii) la deuxième;\niii) la dernière.", 8, ()
    )
    assert [item.label for item in block.items] == ["i)", "ii)", "iii)"]
