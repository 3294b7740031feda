"""An `OutputDocument` as a Word document (python-docx).

Headings use Word's "Heading 1/2/3" styles (so the navigation pane and TOC see them),
lists "List Bullet"/"List Number", numbered paragraphs print "12." then a tab in a
hanging indent. Footnotes are real Word footnotes: python-docx has no API for them,
so the footnotes part (with its two separator notes) is written here and each marker
is a `w:footnoteReference` run. The Contents block lists every entry with its
paragraph range and a PAGEREF field to a bookmark on its heading: Word fills the page
when fields are updated (the document asks to on opening), LibreOffice on layout.
The cover and the headers and footers are laid out by `docx_cover`; a paragraph's own
list ("a) …") is one "List 2" paragraph per item, its label hanging. Tables have
fixed widths from `table_widths`, so no header word breaks in Word or LibreOffice.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Mm, Pt
from docx.text.paragraph import Paragraph as WordParagraph

from forumdesk.exports.document.docx_cover import (
    TEXT_WIDTH,
    add_cover,
    field,
    fix_widths,
    page_furniture,
)
from forumdesk.exports.document.docx_language import set_document_language
from forumdesk.exports.document.model import (
    BulletList,
    Contents,
    Footnote,
    Heading,
    OutputDocument,
    PageBreak,
    Paragraph,
    Run,
    Table,
)
from forumdesk.exports.document.table_widths import column_widths
from forumdesk.exports.document.wording import entry_label, paragraph_range, word

_FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
HANG = Cm(1)


def write_docx(document: OutputDocument, path: Path | str) -> None:
    """Write `document` as a .docx file at `path`."""
    word_doc = Document()
    section = word_doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(20))
    normal = word_doc.styles["Normal"]
    normal.font.name = "DejaVu Sans"
    normal.font.size = Pt(10)
    tag = set_document_language(word_doc, document.language)
    props = word_doc.core_properties
    props.title, props.language, props.author = document.title, tag, "ForumDesk"
    if document.symbol:
        props.identifier = document.symbol
    page_furniture(word_doc, document)

    if document.cover is not None:
        add_cover(word_doc, document.cover)
    else:
        word_doc.add_paragraph(document.title, style="Title")
        if document.subtitle:
            word_doc.add_paragraph(document.subtitle, style="Subtitle")
    if document.approval:
        word_doc.add_paragraph().add_run(document.approval).italic = True

    notes = _Footnotes(word_doc)
    bookmarks: dict[str, str] = {}
    for block in document.blocks:
        if isinstance(block, Heading) and block.anchor:
            bookmarks[block.anchor] = _bookmark_name(block.anchor, len(bookmarks))
    for index, block in enumerate(document.blocks):
        if isinstance(block, Heading):
            level = min(max(block.level, 1), 4)
            text = f"{block.label}.\t{block.title}" if block.label else block.title
            heading = _add_paragraph(word_doc, f"Heading {level}")
            heading.add_run(text)
            if block.label:
                heading.paragraph_format.left_indent = HANG
                heading.paragraph_format.first_line_indent = -HANG
                heading.paragraph_format.tab_stops.add_tab_stop(HANG)
            if block.anchor:
                _bookmark(heading, bookmarks[block.anchor], index)
        elif isinstance(block, Paragraph):
            para = _add_paragraph(word_doc)
            if block.number is not None:
                para.add_run(f"{block.number}.\t")
                fmt = para.paragraph_format
                fmt.left_indent, fmt.first_line_indent = HANG, -HANG
                fmt.tab_stops.add_tab_stop(HANG)
            _add_runs(para, block.runs)
            for note in block.footnotes:
                notes.reference(para, note)
            for own in block.items:
                _list_item(word_doc, own.label, own.runs)
        elif isinstance(block, BulletList):
            style = "List Number" if block.ordered else "List Bullet"
            for item in block.items:
                _add_runs(_add_paragraph(word_doc, style), item)
        elif isinstance(block, Table):
            _table(word_doc, block)
        elif isinstance(block, Contents):
            _contents(word_doc, block, document.language, bookmarks)
            _ask_to_update_fields(word_doc)
        elif isinstance(block, PageBreak):
            _add_paragraph(word_doc).add_run().add_break(WD_BREAK.PAGE)
    notes.save()
    word_doc.save(str(path))


def _add_paragraph(word_doc: Any, style: str | None = None) -> WordParagraph:
    """`word_doc.add_paragraph(style=style)` in constant time. python-docx finds where a
    paragraph goes (before the section properties, the body's last element) by scanning
    the body from its first paragraph, so a 5,000-practice compendium (60,000
    paragraphs) took many minutes; the section properties are found from the end here."""
    body = word_doc.element.body
    p = OxmlElement("w:p")
    try:
        last = body[-1]  # lxml reaches it from the end (len() would count every child)
    except IndexError:
        last = None
    if last is not None and last.tag == qn("w:sectPr"):
        last.addprevious(p)
    else:
        body.append(p)
    para = WordParagraph(p, word_doc)
    if style is not None:
        para.style = style
    return para


def _add_runs(para: WordParagraph, runs: tuple[Run, ...]) -> None:
    for run in runs:
        added = para.add_run(run.text)
        added.bold = run.bold or None
        added.italic = run.italic or None


def _list_item(word_doc: Any, label: str, runs: tuple[Run, ...]) -> None:
    """An item of a paragraph's own list: "a)" hanging in front of the text."""
    para = _add_paragraph(word_doc, "List 2")
    fmt = para.paragraph_format
    fmt.left_indent, fmt.first_line_indent = HANG * 2, -HANG
    fmt.tab_stops.add_tab_stop(HANG * 2)
    para.add_run(f"{label}\t")
    _add_runs(para, runs)


def _bookmark_name(anchor: str, index: int) -> str:
    # Word: starts with a letter, letters/digits/underscores only, at most 40 characters.
    return f"fd{index}_{re.sub(r'[^A-Za-z0-9_]', '_', anchor)}"[:40]


def _bookmark(para: WordParagraph, name: str, ident: int) -> None:
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(ident))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(ident))
    para._p.insert(1 if para._p.pPr is not None else 0, start)
    para._p.append(end)


def _table(word_doc: Any, block: Table) -> None:
    columns = block.columns
    rows = ([block.header] if block.header else []) + list(block.rows)
    table = word_doc.add_table(rows=len(rows), cols=columns)
    table.style = "Table Grid"
    size = word_doc.styles["Normal"].font.size.pt
    widths = [Pt(w) for w in column_widths(block, TEXT_WIDTH.pt, size)]
    fix_widths(table, widths)
    if block.header:  # the header row repeats on every page
        tr_pr = table.rows[0]._tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:tblHeader"))
    # Row by row: table.cell(r, c) walks the whole grid each time (quadratic).
    for r, (row, word_row) in enumerate(zip(rows, table.rows, strict=True)):
        cells = word_row.cells
        for c, text in enumerate(row):
            cell = cells[c]
            cell.text = text
            if block.header and r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    word_doc.add_paragraph()


def _contents(word_doc: Any, block: Contents, language: str, bookmarks: dict[str, str]) -> None:
    word_doc.add_paragraph(
        block.title, style="TOC Heading" if _has_style(word_doc, "TOC Heading") else "Heading 1"
    )
    head = word_doc.add_paragraph()
    _contents_tabs(head)
    head.add_run(f"\t{word(language, 'paragraphs')}\t{word(language, 'page')}").italic = True
    for entry in block.entries:
        para = word_doc.add_paragraph()
        _contents_tabs(para)
        para.paragraph_format.left_indent = Mm(6 * (entry.level - 1))
        para.add_run(entry_label(entry)).bold = entry.level == 1 or None
        para.add_run(f"\t{paragraph_range(entry)}\t")
        if entry.anchor and entry.anchor in bookmarks:
            field(para, f"PAGEREF {bookmarks[entry.anchor]} \\h", "")


def _contents_tabs(para: WordParagraph) -> None:
    stops = para.paragraph_format.tab_stops
    stops.add_tab_stop(Mm(150), WD_TAB_ALIGNMENT.RIGHT)
    stops.add_tab_stop(Mm(170), WD_TAB_ALIGNMENT.RIGHT)


def _has_style(word_doc: Any, name: str) -> bool:
    return any(style.name == name for style in word_doc.styles)


class _Footnotes:
    """The footnotes part, built by hand (python-docx has no footnote API)."""

    def __init__(self, word_doc: Any) -> None:
        self.word_doc = word_doc
        self.root = parse_xml(
            f"<w:footnotes {nsdecls('w')}>"
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
            "</w:footnote>"
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
            "<w:continuationSeparator/></w:r></w:p></w:footnote></w:footnotes>"
        )
        self.count = 0

    def reference(self, para: WordParagraph, note: Footnote) -> None:
        self.count += 1
        ident = str(self.count)
        run = para.add_run()
        _superscript(run._r)
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), ident)
        run._r.append(ref)

        body = OxmlElement("w:footnote")
        body.set(qn("w:id"), ident)
        self.root.append(body)
        p = OxmlElement("w:p")
        body.append(p)
        p_pr = OxmlElement("w:pPr")
        spacing = OxmlElement("w:spacing")
        spacing.set(qn("w:after"), "0")
        p_pr.append(spacing)
        p.append(p_pr)
        mark = OxmlElement("w:r")
        _superscript(mark)
        mark.append(OxmlElement("w:footnoteRef"))
        p.append(mark)
        for piece in (Run(" "), *note.runs):
            r = OxmlElement("w:r")
            r_pr = OxmlElement("w:rPr")
            for flag, tag in ((piece.bold, "w:b"), (piece.italic, "w:i")):
                if flag:
                    r_pr.append(OxmlElement(tag))
            size = OxmlElement("w:sz")
            size.set(qn("w:val"), "16")
            r_pr.append(size)
            r.append(r_pr)
            t = OxmlElement("w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = piece.text
            r.append(t)
            p.append(r)

    def save(self) -> None:
        if not self.count:
            return
        main = self.word_doc.part
        part = XmlPart(PackURI("/word/footnotes.xml"), _FOOTNOTES_TYPE, self.root, main.package)
        main.relate_to(part, RT.FOOTNOTES)


def _superscript(r: Any) -> None:
    r_pr = OxmlElement("w:rPr")
    align = OxmlElement("w:vertAlign")
    align.set(qn("w:val"), "superscript")
    r_pr.append(align)
    r.insert(0, r_pr)


# Children of w:settings that the schema puts after w:updateFields.
_AFTER_UPDATE = (
    "hdrShapeDefaults",
    "footnotePr",
    "endnotePr",
    "compat",
    "docVars",
    "rsids",
    "mathPr",
    "attachedSchema",
    "themeFontLang",
    "clrSchemeMapping",
    "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures",
    "forceUpgrade",
    "captions",
    "readModeInkLockDown",
    "smartTagType",
    "schemaLibrary",
    "shapeDefaults",
    "doNotEmbedSmartTags",
    "decimalSymbol",
    "listSeparator",
)


def _ask_to_update_fields(word_doc: Any) -> None:
    """Word then fills the PAGEREF page numbers of the contents when it opens the file."""
    settings = word_doc.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    later = next(
        (child for child in settings if str(child.tag).rsplit("}")[-1] in _AFTER_UPDATE), None
    )
    if later is not None:
        later.addprevious(update)
    else:
        settings.append(update)
