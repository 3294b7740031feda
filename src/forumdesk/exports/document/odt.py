"""An `OutputDocument` as an OpenDocument text (odfpy).

Headings are `text:h` with their outline level (styles "Heading 1…4"); numbered
paragraphs print "12." and a tab in a hanging indent; lists are `text:list` with a
bullet or number list style; tables have a header row; footnotes are real
`text:note` elements, which LibreOffice prints at the foot of the page. The Contents
block gives each entry its paragraph range and a page-number reference
(`text:bookmark-ref`, format "page") to a bookmark on its heading, filled in by the
office suite from its own layout. The cover, the page furniture (marking, forum,
symbol, "Page X sur Y" with page-number and page-count fields; a first page of its
own under a cover) and a paragraph's own list are laid out by `odt_cover`. Table
columns have fixed widths from `table_widths`.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from odf.opendocument import OpenDocumentText
from odf.style import (
    ListLevelProperties,
    ParagraphProperties,
    Style,
    TableCellProperties,
    TableColumnProperties,
    TableProperties,
    TabStop,
    TabStops,
    TextProperties,
)
from odf.table import Table as OdfTable
from odf.table import TableCell, TableColumn, TableHeaderRows, TableRow
from odf.text import (
    BookmarkEnd,
    BookmarkRef,
    BookmarkStart,
    H,
    List,
    ListItem,
    ListLevelStyleBullet,
    ListLevelStyleNumber,
    ListStyle,
    Note,
    NoteBody,
    NoteCitation,
    P,
    Span,
    Tab,
)

from forumdesk.exports.document.model import (
    BulletList,
    Contents,
    Heading,
    OutputDocument,
    PageBreak,
    Paragraph,
    Run,
    Table,
)
from forumdesk.exports.document.odt_cover import add_cover, add_page_furniture, add_paragraph_list
from forumdesk.exports.document.table_widths import column_widths
from forumdesk.exports.document.wording import entry_label, paragraph_range, word


def write_odt(document: OutputDocument, path: Path | str) -> None:
    """Write `document` as an .odt file at `path`."""
    odt = OpenDocumentText()
    styles = _styles(odt, document.language)
    odt.meta.addElement(_meta_title(document.title))
    first_page = add_page_furniture(odt, document)
    text = odt.text

    if document.cover is not None and first_page is not None:
        add_cover(odt, document.cover, first_page)
    else:
        text.addElement(P(stylename=styles["title"], text=document.title))
        if document.subtitle:
            text.addElement(P(stylename=styles["subtitle"], text=document.subtitle))
    if document.approval:
        text.addElement(P(stylename=styles["approval"], text=document.approval))

    notes = itertools.count(1)  # footnote ids run through the whole document
    for index, block in enumerate(document.blocks):
        if isinstance(block, Heading):
            text.addElement(_heading(block, styles))
        elif isinstance(block, Paragraph):
            _add_paragraph(odt, block, styles, notes)
        elif isinstance(block, BulletList):
            text.addElement(_bullet_list(block, styles))
        elif isinstance(block, Table):
            text.addElement(_table(odt, block, styles, index))
        elif isinstance(block, Contents):
            _add_contents(text, block, styles, document.language)
        elif isinstance(block, PageBreak):
            text.addElement(P(stylename=styles["break"]))
    odt.save(str(path))


def _heading(block: Heading, styles: dict[str, Style]) -> Any:
    level = min(max(block.level, 1), 4)
    heading = H(outlinelevel=level, stylename=styles[f"h{level}"])
    if block.anchor:
        heading.addElement(BookmarkStart(name=block.anchor))
    if block.label:
        heading.addText(f"{block.label}.")
        heading.addElement(Tab())
    heading.addText(block.title)
    if block.anchor:
        heading.addElement(BookmarkEnd(name=block.anchor))
    return heading


def _add_paragraph(
    odt: Any, block: Paragraph, styles: dict[str, Style], notes: Iterator[int]
) -> None:
    para = P(stylename=styles["numbered" if block.number is not None else "body"])
    if block.number is not None:
        para.addText(f"{block.number}.")
        para.addElement(Tab())
    _add_runs(para, block.runs, styles)
    for footnote in block.footnotes:
        note = Note(id=f"ftn{next(notes)}", noteclass="footnote")
        note.addElement(NoteCitation(text=str(footnote.number)))
        body = NoteBody()
        note_para = P(stylename=styles["note"])
        _add_runs(note_para, footnote.runs, styles)
        body.addElement(note_para)
        note.addElement(body)
        para.addElement(note)
    odt.text.addElement(para)
    if block.items:
        add_paragraph_list(odt, block.items, lambda p, runs: _add_runs(p, runs, styles))


def _bullet_list(block: BulletList, styles: dict[str, Style]) -> Any:
    odf_list = List(stylename=styles["numbers" if block.ordered else "bullets"])
    for item in block.items:
        entry = ListItem()
        para = P(stylename=styles["item"])
        _add_runs(para, item, styles)
        entry.addElement(para)
        odf_list.addElement(entry)
    return odf_list


def _add_contents(text: Any, block: Contents, styles: dict[str, Style], language: str) -> None:
    text.addElement(P(stylename=styles["contents_title"], text=block.title))
    head = P(stylename=styles["contents"])
    head.addElement(Tab())
    head.addText(word(language, "paragraphs"))
    head.addElement(Tab())
    head.addText(word(language, "page"))
    text.addElement(head)
    for entry in block.entries:
        line = P(stylename=styles["contents"])
        line.addText("    " * (entry.level - 1) + entry_label(entry))
        line.addElement(Tab())
        line.addText(paragraph_range(entry))
        line.addElement(Tab())
        if entry.anchor:
            line.addElement(BookmarkRef(refname=entry.anchor, referenceformat="page", text=""))
        text.addElement(line)


def _meta_title(title: str) -> Any:
    from odf.dc import Title

    return Title(text=title)


def _add_runs(para: Any, runs: tuple[Run, ...], styles: dict[str, Style]) -> None:
    for run in runs:
        key = {(True, True): "bolditalic", (True, False): "bold", (False, True): "italic"}.get(
            (run.bold, run.italic)
        )
        if key is None:
            para.addText(run.text)
        else:
            para.addElement(Span(stylename=styles[key], text=run.text))


def _table(odt: Any, block: Table, styles: dict[str, Style], index: int) -> Any:
    widths = column_widths(block, 17 / 2.54 * 72, 9.0)  # points, in the cells' 9 pt
    table_style = Style(name=f"T{index}", family="table")
    table_style.addElement(TableProperties(width=f"{sum(widths):.2f}pt", align="left"))
    odt.automaticstyles.addElement(table_style)
    table = OdfTable(name=f"Table{index}", stylename=table_style)
    for c, width in enumerate(widths):
        column_style = Style(name=f"T{index}C{c}", family="table-column")
        column_style.addElement(TableColumnProperties(columnwidth=f"{width:.2f}pt"))
        odt.automaticstyles.addElement(column_style)
        table.addElement(TableColumn(stylename=column_style))
    if block.header:
        header = TableHeaderRows()
        header.addElement(_row(block.header, styles["cell_head"], styles["grid"]))
        table.addElement(header)
    for row in block.rows:
        table.addElement(_row(row, styles["cell"], styles["grid"]))
    return table


def _row(cells: tuple[str, ...], style: Style, grid: Style) -> Any:
    row = TableRow()
    for text in cells:
        cell = TableCell(valuetype="string", stylename=grid)
        cell.addElement(P(stylename=style, text=text))
        row.addElement(cell)
    return row


def _styles(odt: Any, language: str) -> dict[str, Style]:
    """The document's named styles, added to `odt`, by the key the writer uses."""
    # Evaluated in this order, which is the order of the styles in the file.
    return {
        **_text_styles(odt, language),
        **_table_styles(odt),
        **_contents_styles(odt),
        "break": _page_break_style(odt),
        **_run_styles(odt),
        **_list_styles(odt),
    }


def _add_style(
    odt: Any, name: str, family: str, *props: Any, automatic: bool = False, **attrs: Any
) -> Style:
    style = Style(name=name, family=family, **attrs)
    for prop in props:
        style.addElement(prop)
    (odt.automaticstyles if automatic else odt.styles).addElement(style)
    return style


def _text_styles(odt: Any, language: str) -> dict[str, Style]:
    country = {"fr": "FR", "en": "GB", "es": "ES", "ru": "RU", "ar": "SA", "zh": "CN"}
    lang = {"language": language, "country": country.get(language, "none")}
    found: dict[str, Style] = {}
    found["body"] = _add_style(
        odt,
        "Text body",
        "paragraph",
        ParagraphProperties(marginbottom="0.2cm"),
        TextProperties(fontname="DejaVu Sans", fontfamily="DejaVu Sans", fontsize="10pt", **lang),
    )
    hanging = ParagraphProperties(marginleft="1cm", textindent="-1cm", marginbottom="0.2cm")
    tabs = TabStops()
    tabs.addElement(TabStop(position="0cm"))
    hanging.addElement(tabs)
    found["numbered"] = _add_style(
        odt, "Numbered paragraph", "paragraph", hanging, parentstylename="Text body"
    )
    found |= _heading_styles(odt)
    for key, name, props in (
        ("title", "Title", TextProperties(fontsize="15pt", fontweight="bold")),
        ("subtitle", "Subtitle", TextProperties(fontsize="11pt")),
        ("approval", "Approval", TextProperties(fontstyle="italic", fontsize="9pt")),
        ("note", "Footnote", TextProperties(fontsize="8pt")),
        ("item", "List paragraph", ParagraphProperties(marginbottom="0.1cm")),
    ):
        found[key] = _add_style(odt, name, "paragraph", props, parentstylename="Text body")
    return found


def _heading_styles(odt: Any) -> dict[str, Style]:
    found: dict[str, Style] = {}
    for level, size in ((1, "13pt"), (2, "11.5pt"), (3, "10.5pt"), (4, "10pt")):
        props = ParagraphProperties(
            marginleft="1cm",
            textindent="-1cm",
            margintop="0.35cm",
            marginbottom="0.2cm",
            keepwithnext="always",
        )
        stops = TabStops()
        stops.addElement(TabStop(position="0cm"))
        props.addElement(stops)
        found[f"h{level}"] = _add_style(
            odt,
            f"Heading {level}",
            "paragraph",
            props,
            TextProperties(
                fontsize=size,
                fontweight="bold" if level < 3 else "normal",
                fontstyle="italic" if level >= 3 else "normal",
            ),
            parentstylename="Text body",
            defaultoutlinelevel=str(level),
        )
    return found


def _table_styles(odt: Any) -> dict[str, Style]:
    cell = _add_style(
        odt,
        "Table contents",
        "paragraph",
        TextProperties(fontsize="9pt"),
        parentstylename="Text body",
    )
    grid = Style(name="Grid cell", family="table-cell")
    grid.addElement(TableCellProperties(border="0.5pt solid #808080", padding="0.08cm"))
    odt.automaticstyles.addElement(grid)
    head = _add_style(
        odt,
        "Table heading",
        "paragraph",
        TextProperties(fontsize="9pt", fontweight="bold"),
        parentstylename="Text body",
    )
    return {"cell": cell, "grid": grid, "cell_head": head}


def _contents_styles(odt: Any) -> dict[str, Style]:
    title = _add_style(
        odt,
        "Contents heading",
        "paragraph",
        TextProperties(fontsize="13pt", fontweight="bold"),
        parentstylename="Text body",
    )
    props = ParagraphProperties()
    tabs = TabStops()
    tabs.addElement(TabStop(position="15cm", type="right"))
    tabs.addElement(TabStop(position="17cm", type="right"))
    props.addElement(tabs)
    line = _add_style(odt, "Contents 1", "paragraph", props, parentstylename="Text body")
    return {"contents_title": title, "contents": line}


def _page_break_style(odt: Any) -> Style:
    return _add_style(
        odt,
        "Break",
        "paragraph",
        ParagraphProperties(breakafter="page"),
        automatic=True,
        parentstylename="Text body",
    )


def _run_styles(odt: Any) -> dict[str, Style]:
    return {
        "bold": _add_style(odt, "Strong", "text", TextProperties(fontweight="bold")),
        "italic": _add_style(odt, "Emphasis", "text", TextProperties(fontstyle="italic")),
        "bolditalic": _add_style(
            odt, "Strong emphasis", "text", TextProperties(fontweight="bold", fontstyle="italic")
        ),
    }


def _list_styles(odt: Any) -> dict[str, Style]:
    bullets = ListStyle(name="Bullets")
    bullet = ListLevelStyleBullet(level=1, bulletchar="•")
    bullet.addElement(ListLevelProperties(spacebefore="0.5cm", minlabelwidth="0.5cm"))
    bullets.addElement(bullet)
    odt.styles.addElement(bullets)
    numbers = ListStyle(name="Numbers")
    number = ListLevelStyleNumber(level=1, numformat="1", numsuffix=".")
    number.addElement(ListLevelProperties(spacebefore="0.5cm", minlabelwidth="0.7cm"))
    numbers.addElement(number)
    odt.styles.addElement(numbers)
    return {"bullets": bullets, "numbers": numbers}
