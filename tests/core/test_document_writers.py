"""The document writers: one OutputDocument, five formats that agree."""

from __future__ import annotations

import re
import subprocess
import time
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

from forumdesk.exports.document.model import (
    BulletList,
    Contents,
    ContentsEntry,
    Footnote,
    Heading,
    OutputDocument,
    PageBreak,
    Paragraph,
    Run,
    Table,
    plain,
)
from forumdesk.exports.document.writers import FORMATS, write_document

NAMES = ("Мария Иванова", "فاطمة الزهراء", "王小明")
PARTS = (  # level, label, title, anchor, first paragraph, last paragraph
    (1, "I", "Ouverture des auditions", "ouverture", 1, 10),
    (2, "A", "Déclarations liminaires", "declarations", 1, 5),
    (3, "1", "Président de l'Assemblée générale", "president", 1, 5),
    (2, "B", "Débat général", "debat", 6, 10),
    (1, "II", "Migrations et développement", "migrations", 11, 30),
    (2, "A", "Envois de fonds", "fonds", 11, 30),
)


def sample(paragraphs: int = 30) -> OutputDocument:
    blocks: list[object] = [
        Contents(
            "Table des matières",
            tuple(
                ContentsEntry(level, title, label, first, last, anchor)
                for level, label, title, anchor, first, last in PARTS
            ),
        ),
        PageBreak(),
    ]
    leaves = {"president", "debat", "fonds"}  # the parts that hold paragraphs
    for level, label, title, anchor, first, last in PARTS:
        blocks.append(Heading(level, title, label, anchor))
        if anchor not in leaves:
            continue
        for number in range(first, last + 1):
            name = NAMES[number % len(NAMES)]
            text = (
                f"Paragraphe numéro {number} : {name} a pris la parole sur les migrations "
                "internationales et le développement, les envois de fonds et l'intégration. " * 3
            )
            notes = (Footnote(1, plain("Voir A/61/187, annexe.")),) if number == 3 else ()
            blocks.append(Paragraph((Run(text),), number, notes))
            if number == 4:
                blocks.append(BulletList((plain("Première idée"), (Run("Seconde", bold=True),))))
            if number == 8:
                blocks.append(
                    Table(("Nom", "Organisation"), tuple((n, "ONG « Été »") for n in NAMES))
                )
    blocks.append(Paragraph(plain("Fin du document, sans numéro.")))
    return OutputDocument(
        title="Résumé des auditions informelles",
        language="fr",
        forum="Auditions du 12 juillet 2006",
        symbol="A/61/187",
        subtitle="Note du Président",
        approval="Approuvé le 1er août 2006",
        blocks=tuple(blocks),  # type: ignore[arg-type]
    )


def pdf_text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    done = subprocess.run(
        ["pdftotext", "-layout", *pages, str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def test_pdf(tmp_path: Path) -> None:
    from forumdesk.exports.document.pdf.writer import write_pdf

    path = tmp_path / "doc.pdf"
    pages = write_pdf(sample(), path)
    text = pdf_text(path)
    assert pages >= 3
    assert f"Page 1 sur {pages}" in text and f"Page {pages} sur {pages}" in text
    assert "A/61/187" in text and "Auditions du 12 juillet 2006" in text
    positions = [text.index(f"Paragraphe numéro {n} :") for n in range(1, 31)]
    assert positions == sorted(positions)
    assert "Мария Иванова" in text and "王小明" in text
    assert "Voir A/61/187, annexe." in text
    # Each contents line: its range and the page where the heading really is.
    contents = pdf_text(path, 1)
    texts = {p: pdf_text(path, p) for p in range(2, pages + 1)}  # after the contents
    where = {
        title: next(p for p, t in texts.items() if re.search(rf"{label}\.\s+{title}", t))
        for _, label, title, _, _, _ in PARTS
    }
    for _, _, title, _, first, last in PARTS:
        line = next(line for line in contents.splitlines() if title in line)
        assert re.search(rf"¶¶ {first}–{last}\s+{where[title]}\s*$", line), line


def test_pdf_footnote_at_foot_of_its_page(tmp_path: Path) -> None:
    from forumdesk.exports.document.pdf.writer import write_pdf

    path = tmp_path / "doc.pdf"
    pages = write_pdf(sample(), path)
    page = next(p for p in range(1, pages + 1) if "Paragraphe numéro 3 :" in pdf_text(path, p))
    lines = [line for line in pdf_text(path, page).splitlines() if line.strip()]
    note = next(i for i, line in enumerate(lines) if "Voir A/61/187, annexe." in line)
    assert note >= len(lines) - 3  # above the footer only
    assert all("Paragraphe numéro" not in line for line in lines[note:])


def test_docx(tmp_path: Path) -> None:
    import docx

    from forumdesk.exports.document.docx import write_docx

    path = tmp_path / "doc.docx"
    write_docx(sample(), path)
    word = docx.Document(str(path))
    styles = {p.text.split("\t")[-1]: p.style.name for p in word.paragraphs if p.style.name}
    assert styles["Ouverture des auditions"] == "Heading 1"
    assert styles["Déclarations liminaires"] == "Heading 2"
    assert styles["Président de l'Assemblée générale"] == "Heading 3"
    assert any(p.style.name == "List Bullet" for p in word.paragraphs)
    numbers = [
        int(p.text.split(".")[0])
        for p in word.paragraphs
        if re.match(r"\d+\.\tParagraphe", p.text) and p.style.name == "Normal"
    ]
    assert numbers == list(range(1, 31))
    assert any("¶¶ 11–30" in p.text for p in word.paragraphs)
    assert word.core_properties.title == sample().title
    assert word.core_properties.language == "fr-FR"
    with zipfile.ZipFile(path) as archive:
        notes = archive.read("word/footnotes.xml").decode()
        body = archive.read("word/document.xml").decode()
    assert "Voir A/61/187, annexe." in notes
    assert '<w:footnoteReference w:id="1"/>' in body
    assert "PAGEREF" in body and "Мария Иванова" in body


def test_odt(tmp_path: Path) -> None:
    from odf import teletype, text
    from odf.opendocument import load

    from forumdesk.exports.document.odt import write_odt

    path = tmp_path / "doc.odt"
    write_odt(sample(), path)
    odt = load(str(path))
    levels = {
        teletype.extractText(h): h.getAttribute("outlinelevel")
        for h in odt.getElementsByType(text.H)
    }
    assert levels["I.\tOuverture des auditions"] == "1"
    assert levels["A.\tDéclarations liminaires"] == "2"
    assert levels["1.\tPrésident de l'Assemblée générale"] == "3"
    notes = odt.getElementsByType(text.Note)
    assert len(notes) == 1 and "Voir A/61/187" in teletype.extractText(notes[0])
    assert odt.getElementsByType(text.List)
    paragraphs = [teletype.extractText(p) for p in odt.getElementsByType(text.P)]
    numbers = [int(t.split(".")[0]) for t in paragraphs if re.match(r"\d+\.\tParagraphe", t)]
    assert numbers == list(range(1, 31))


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.lang = ""
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "html":
            self.lang = found.get("lang") or ""
        if found.get("id"):
            self.ids.add(found["id"] or "")
        if tag == "a" and (found.get("href") or "").startswith("#"):
            self.links.append((found["href"] or "")[1:])


def test_html(tmp_path: Path) -> None:
    from forumdesk.exports.document.html import write_html

    path = tmp_path / "doc.html"
    write_html(sample(), path)
    source = path.read_text(encoding="utf-8")
    parser = _Collect()
    parser.feed(source)
    assert parser.lang == "fr"
    assert {anchor for _, _, _, anchor, _, _ in PARTS} <= parser.ids
    assert parser.links and set(parser.links) <= parser.ids
    assert "ONG « Été »" in source and "王小明" in source and "¶¶ 11–30" in source
    assert "l&#x27;intégration" in source or "l'intégration" in source


def test_markdown(tmp_path: Path) -> None:
    from forumdesk.exports.document.markdown import write_markdown

    path = tmp_path / "doc.md"
    write_markdown(sample(), path)
    source = path.read_text(encoding="utf-8")
    assert "## I. Ouverture des auditions" in source
    assert "### A. Déclarations liminaires" in source
    assert "#### 1\\. Président" in source or "#### 1. Président" in source
    assert not re.search(r"^\d+\. ", source, re.MULTILINE)
    assert "**1.** Paragraphe numéro 1" in source and "**30.** Paragraphe" in source
    assert "[^1]" in source and "[^1]: Voir A/61/187, annexe." in source
    assert "| Nom | Organisation |" in source
    assert "- [I. Ouverture des auditions](#ouverture) — ¶¶ 1–10" in source


@pytest.mark.parametrize("form", FORMATS)
def test_write_document_dispatches(tmp_path: Path, form: str) -> None:
    path = tmp_path / f"doc.{form}"
    started = time.perf_counter()
    write_document(sample(), path, form)
    print(f"{form}: {time.perf_counter() - started:.3f} s")  # a sanity look, not a benchmark
    assert path.stat().st_size > 0


def test_unknown_format(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_document(sample(), tmp_path / "doc.rtf", "rtf")


@pytest.mark.parametrize("form", FORMATS)
def test_text_pasted_with_control_characters_is_written_in_every_format(
    tmp_path: Path, form: str
) -> None:
    """Word's line break (\\x0b), a PDF's page feed (\\x0c) or a stray control character
    in a cover field, a note or a paragraph: XML cannot hold them, the export must."""
    from forumdesk.exports.document.model import Cover

    document = OutputDocument(
        title="Compte rendu\x01",
        language="fr",
        forum="Forum\x07 2027",
        symbol="A/61/\x0b1",
        cover=Cover(
            title="Compte rendu",
            organ="Assemblée\x0bgénérale",
            stamp=("Distr.\x0cgénérale",),
            note=("Texte\x00.",),
        ),
        blocks=(Paragraph(runs=(Run("premier\x0bsecond\x0c troisième\x1b"),)),),
    )
    path = tmp_path / f"document.{form}"
    write_document(document, path, form)
    if form == "docx":
        import docx

        word_doc = docx.Document(str(path))
        cells = [c.text for t in word_doc.tables for row in t.rows for c in row.cells]
        text = "\n".join([*(p.text for p in word_doc.paragraphs), *cells])
    elif form == "odt":
        with zipfile.ZipFile(path) as archive:
            text = re.sub(r"<[^>]+>", "", archive.read("content.xml").decode("utf-8"))
    elif form == "pdf":
        text = pdf_text(path).replace("\x0c", "")  # pdftotext's own page feeds
    else:
        text = path.read_text(encoding="utf-8")
    flat = " ".join(text.split())
    assert "premier second troisième" in flat and "Assemblée générale" in flat
    assert "Distr. générale" in flat
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", text)


def test_an_arabic_docx_runs_right_to_left_and_a_french_one_does_not(tmp_path: Path) -> None:
    """Arabic paragraphs start at the right margin (w:bidi in the paragraph defaults) and
    its complex-script language is Arabic; a French document keeps left to right."""
    from forumdesk.exports.document.docx import write_docx

    arabic = OutputDocument(
        title="محضر الجلسة",
        language="ar",
        blocks=(Paragraph((Run("أعطيت الكلمة لفاطمة العلوي (Réseau des migrants) في 2006."),), 1),),
    )
    write_docx(arabic, tmp_path / "ar.docx")
    write_docx(sample(3), tmp_path / "fr.docx")
    styles = {
        name: zipfile.ZipFile(tmp_path / f"{name}.docx").read("word/styles.xml").decode()
        for name in ("ar", "fr")
    }
    defaults = re.search(r"<w:pPrDefault>.*?</w:pPrDefault>", styles["ar"], re.S)
    assert defaults is not None and "<w:bidi/>" in defaults.group(0)
    assert 'w:bidi="ar-SA"' in styles["ar"] and 'w:val="ar-SA"' in styles["ar"]
    french = re.search(r"<w:pPrDefault>.*?</w:pPrDefault>", styles["fr"], re.S)
    assert french is not None and "<w:bidi/>" not in french.group(0)
    assert 'w:val="fr-FR"' in styles["fr"]
