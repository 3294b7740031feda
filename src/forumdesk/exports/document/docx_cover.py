"""The cover block and the page furniture of a Word document (python-docx).

The cover: the symbol right-aligned over a rule, a borderless two-column table with
the organ (large, bold) at the left and the stamp (distribution, date, language,
original) at the right, a rule, session and agenda item, the title in bold, the
subtitle, and the author's note (heading in bold, paragraphs indented). Headers and
footers: the first page of a document with a cover carries only the marking (the
cover shows the symbol); the other pages the forum and the symbol; every footer
"Page X sur Y" with PAGE and NUMPAGES fields.
"""

from __future__ import annotations

from typing import Any

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph as WordParagraph

from forumdesk.exports.document.docx_schema import insert_in_order
from forumdesk.exports.document.model import Cover, OutputDocument
from forumdesk.exports.document.wording import word

TEXT_WIDTH = Mm(170)


def add_cover(word_doc: Any, cover: Cover) -> None:
    if cover.symbol:
        top = word_doc.add_paragraph()
        top.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _size(top.add_run(cover.symbol), 14)
        rule_below(top)
    table = word_doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    fix_widths(table, [Emu(TEXT_WIDTH * 62 // 100), Emu(TEXT_WIDTH * 38 // 100)])
    organ_cell, stamp_cell = table.rows[0].cells
    if cover.organ:
        run = organ_cell.paragraphs[0].add_run(cover.organ)
        run.bold = True
        _size(run, 17)
    for index, stamp in enumerate(cover.stamp):
        para = stamp_cell.paragraphs[0] if index == 0 else stamp_cell.add_paragraph()
        para.paragraph_format.space_after = Pt(0)
        _size(para.add_run(stamp), 9.5)
    rule_below(word_doc.add_paragraph())
    for line in (cover.session, cover.agenda_item):
        if line:
            para = word_doc.add_paragraph(line)
            para.paragraph_format.space_after = Pt(0)
    title = word_doc.add_paragraph()
    title.paragraph_format.space_before = Pt(18)
    title.paragraph_format.keep_with_next = True
    run = title.add_run(cover.title)
    run.bold = True
    _size(run, 13)
    if cover.subtitle:
        _size(word_doc.add_paragraph().add_run(cover.subtitle), 11)
    if cover.note_heading:
        heading = word_doc.add_paragraph()
        heading.paragraph_format.keep_with_next = True
        run = heading.add_run(cover.note_heading)
        run.bold = True
        _size(run, 11)
    for text in cover.note:
        word_doc.add_paragraph(text).paragraph_format.left_indent = Cm(1)


def page_furniture(word_doc: Any, document: OutputDocument) -> None:
    """Headers (marking, forum, symbol) and footers ("Page X sur Y")."""
    section = word_doc.sections[0]
    first_page_apart = document.cover is not None
    section.different_first_page_header_footer = first_page_apart
    headers = [(section.header, True)]
    footers = [section.footer]
    if first_page_apart:
        headers.append((section.first_page_header, False))
        footers.append(section.first_page_footer)
    for header, running in headers:
        para = header.paragraphs[0]
        if document.marking:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = para.add_run(document.marking)
            run.bold = True
            run.font.color.rgb = RGBColor(0xA0, 0x00, 0x00)
            if running:
                para = header.add_paragraph()
        if running:
            _size(para.add_run(document.forum), 8)
            if document.symbol:
                para.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
                _size(para.add_run(f"\t{document.symbol}"), 8)
    for footer in footers:
        para = footer.paragraphs[0]
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        para.add_run(f"{word(document.language, 'page')} ")
        field(para, "PAGE", "1")
        para.add_run(f" {word(document.language, 'of')} ")
        field(para, "NUMPAGES", "1")


def field(para: WordParagraph, instruction: str, shown: str) -> None:
    """A complex field (PAGE, NUMPAGES, PAGEREF …) with a cached result."""
    for kind, text in (("begin", None), ("instr", instruction), ("separate", None)):
        run = para.add_run()
        if kind == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {text} "
            run._r.append(instr)
        else:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
    para.add_run(shown)
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), "end")
    para.add_run()._r.append(char)


def fix_widths(table: Any, widths: list[Any]) -> None:
    """Fixed layout, the table's width, the grid and every cell's width: Word reads
    the cells', LibreOffice the grid and the table's; with all of them set, neither
    recomputes the columns from the text (which broke header words)."""
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    width = tbl_pr.find(qn("w:tblW"))
    if width is None:
        width = OxmlElement("w:tblW")
        tbl_pr.append(width)
    width.set(qn("w:type"), "dxa")
    width.set(qn("w:w"), str(sum(int(w.twips) for w in widths)))
    for column, value in zip(table.columns, widths, strict=True):
        column.width = value
    for row in table.rows:
        for cell, value in zip(row.cells, widths, strict=True):
            cell.width = value


def rule_below(para: WordParagraph) -> None:
    """A full-width line under the paragraph (its bottom border)."""
    p_pr = para._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "000000")):
        bottom.set(qn(f"w:{key}"), value)
    borders.append(bottom)
    insert_in_order(p_pr, borders)  # the schema's order: Word refuses a file that breaks it


def _size(run: Any, points: float) -> None:
    run.font.size = Pt(points)
