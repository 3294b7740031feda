"""The cover block, the page furniture and a paragraph's own list in an ODT (odfpy).

Pages: A4; every header carries the marking (bold, centred) and then the forum and
the symbol; every footer "Page X sur Y" with page-number and page-count fields. A
document with a cover starts on a page of its own master ("First Page": the marking
only, as the cover shows the symbol), the next pages on "Standard".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from odf.style import (
    Footer,
    FooterStyle,
    Header,
    HeaderFooterProperties,
    HeaderStyle,
    MasterPage,
    PageLayout,
    PageLayoutProperties,
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
from odf.table import TableCell, TableColumn, TableRow
from odf.text import List, ListItem, ListLevelStyleNumber, ListStyle, P, PageCount, PageNumber, Tab

from forumdesk.exports.document.model import Cover, OutputDocument, Run
from forumdesk.exports.document.model import ListItem as OwnItem
from forumdesk.exports.document.wording import word

_RULE = "0.8pt solid #000000"


def add_page_furniture(odt: Any, document: OutputDocument) -> Style | None:
    """Page layout, masters, headers and footers. Returns, under a cover, the paragraph
    style that starts the first page on its own master."""
    layout = PageLayout(name="A4")
    layout.addElement(
        PageLayoutProperties(
            pagewidth="21cm",
            pageheight="29.7cm",
            printorientation="portrait",
            margintop="1.5cm",
            marginbottom="1.5cm",
            marginleft="2cm",
            marginright="2cm",
        )
    )
    # Room between the header (marking, forum, symbol) and the text, and above the footer.
    header_room, footer_room = HeaderStyle(), FooterStyle()
    header_room.addElement(HeaderFooterProperties(minheight="0cm", marginbottom="0.4cm"))
    footer_room.addElement(HeaderFooterProperties(minheight="0cm", margintop="0.3cm"))
    layout.addElement(header_room)
    layout.addElement(footer_room)
    odt.automaticstyles.addElement(layout)
    stops = TabStops()
    stops.addElement(TabStop(position="17cm", type="right"))
    header_props = ParagraphProperties()
    header_props.addElement(stops)
    header_style = _style(odt, "Header", header_props, TextProperties(fontsize="8pt"))
    footer_style = _style(
        odt, "Footer", ParagraphProperties(textalign="center"), TextProperties(fontsize="8pt")
    )
    marking_style = _style(
        odt,
        "Marking",
        ParagraphProperties(textalign="center"),
        TextProperties(fontsize="9pt", fontweight="bold", color="#a00000"),
    )

    def master(name: str, running: bool, **attrs: Any) -> None:
        page = MasterPage(name=name, pagelayoutname=layout, **attrs)
        header = Header()
        if document.marking:
            header.addElement(P(stylename=marking_style, text=document.marking))
        if running:
            line = P(stylename=header_style, text=document.forum)
            line.addElement(Tab())
            line.addText(document.symbol or "")
            header.addElement(line)
        if header.childNodes:
            page.addElement(header)
        footer = Footer()
        line = P(stylename=footer_style, text=f"{word(document.language, 'page')} ")
        line.addElement(PageNumber(selectpage="current", text="1"))
        line.addText(f" {word(document.language, 'of')} ")
        line.addElement(PageCount(text="1"))
        footer.addElement(line)
        page.addElement(footer)
        odt.masterstyles.addElement(page)

    master("Standard", True)
    if document.cover is None:
        return None
    master("First Page", False, nextstylename="Standard")
    start = Style(name="Cover start", family="paragraph", masterpagename="First Page")
    odt.automaticstyles.addElement(start)
    return start


def add_cover(odt: Any, cover: Cover, first_page: Style) -> None:
    """The cover's lines, the first of them on the first page's master."""
    text = odt.text
    symbol = _style(
        odt,
        "Cover symbol",
        ParagraphProperties(textalign="end", borderbottom=_RULE, paddingbottom="0.1cm"),
        TextProperties(fontsize="14pt"),
    )
    # The opening paragraph carries the first page's master, and the symbol if any.
    if cover.symbol:
        opening = P(stylename=_child(odt, "Cover symbol start", symbol), text=cover.symbol)
    else:
        opening = P(stylename=first_page)
    text.addElement(opening)
    organ = _style(odt, "Cover organ", TextProperties(fontsize="17pt", fontweight="bold"))
    tight = ParagraphProperties(marginbottom="0cm")  # the stamp's lines close together
    stamp = _style(odt, "Cover stamp", tight, TextProperties(fontsize="9.5pt"))
    table_style = Style(name="Cover table", family="table")
    table_style.addElement(TableProperties(width="17cm", align="left"))
    odt.automaticstyles.addElement(table_style)
    table = OdfTable(name="Cover", stylename=table_style)
    for name, width in (("Cover organ column", "10.5cm"), ("Cover stamp column", "6.5cm")):
        column = Style(name=name, family="table-column")
        column.addElement(TableColumnProperties(columnwidth=width))
        odt.automaticstyles.addElement(column)
        table.addElement(TableColumn(stylename=column))
    row = TableRow()
    # The stamp starts level with the organ's letters, so readers take the organ first.
    lower = Style(name="Cover stamp cell", family="table-cell")
    lower.addElement(TableCellProperties(paddingtop="0.3cm"))
    odt.automaticstyles.addElement(lower)
    left, right = TableCell(valuetype="string"), TableCell(valuetype="string", stylename=lower)
    left.addElement(P(stylename=organ, text=cover.organ or ""))
    for stamp_line in cover.stamp or ("",):
        right.addElement(P(stylename=stamp, text=stamp_line))
    row.addElement(left)
    row.addElement(right)
    table.addElement(row)
    text.addElement(table)
    rule = _style(odt, "Cover rule", ParagraphProperties(borderbottom=_RULE, marginbottom="0.3cm"))
    text.addElement(P(stylename=rule))
    close = ParagraphProperties(marginbottom="0cm")
    session = _style(odt, "Cover session", close, TextProperties(fontsize="10pt"))
    for line in (cover.session, cover.agenda_item):
        if line:
            text.addElement(P(stylename=session, text=line))
    title = _style(
        odt,
        "Cover title",
        ParagraphProperties(margintop="0.6cm", marginbottom="0.2cm", keepwithnext="always"),
        TextProperties(fontsize="13pt", fontweight="bold"),
    )
    text.addElement(P(stylename=title, text=cover.title))
    if cover.subtitle:
        subtitle = _style(
            odt,
            "Cover subtitle",
            ParagraphProperties(marginbottom="0.3cm"),
            TextProperties(fontsize="11pt"),
        )
        text.addElement(P(stylename=subtitle, text=cover.subtitle))
    if cover.note_heading:
        heading = _style(
            odt,
            "Cover note heading",
            ParagraphProperties(margintop="0.2cm", marginbottom="0.2cm", keepwithnext="always"),
            TextProperties(fontsize="11pt", fontweight="bold"),
        )
        text.addElement(P(stylename=heading, text=cover.note_heading))
    note = _style(odt, "Cover note", ParagraphProperties(marginleft="1cm", marginbottom="0.2cm"))
    for paragraph in cover.note:
        text.addElement(P(stylename=note, text=paragraph))


def add_paragraph_list(
    odt: Any, items: tuple[OwnItem, ...], add_runs: Callable[[Any, tuple[Run, ...]], None]
) -> None:
    """A paragraph's own list: a `text:list` whose items print their label as written
    ("a)"), hanging, one step in from the paragraph's text."""
    styles = _list_styles(odt)
    odf_list = List(stylename=styles[0])
    for item in items:
        entry = ListItem()
        para = P(stylename=styles[1], text=item.label)
        para.addElement(Tab())
        add_runs(para, item.runs)
        entry.addElement(para)
        odf_list.addElement(entry)
    odt.text.addElement(odf_list)


def _list_styles(odt: Any) -> tuple[Any, Style]:
    found = getattr(odt, "_fd_paragraph_list", None)
    if found is not None:
        return found  # type: ignore[no-any-return]
    labels = ListStyle(name="Paragraph list")
    level = ListLevelStyleNumber(level=1, numformat="")  # the label is the item's text
    labels.addElement(level)
    odt.styles.addElement(labels)
    props = ParagraphProperties(marginleft="2cm", textindent="-1cm", marginbottom="0.1cm")
    tabs = TabStops()
    tabs.addElement(TabStop(position="0cm"))
    props.addElement(tabs)
    item = _style(odt, "Paragraph list item", props)
    odt._fd_paragraph_list = (labels, item)
    return labels, item


def _style(odt: Any, name: str, *props: Any, parent: str = "Text body") -> Style:
    style = Style(name=name, family="paragraph", parentstylename=parent)
    for prop in props:
        style.addElement(prop)
    odt.styles.addElement(style)
    return style


def _child(odt: Any, name: str, parent: Style) -> Style:
    """An automatic style on `parent` that starts the first page's master."""
    style = Style(
        name=name, family="paragraph", parentstylename=parent, masterpagename="First Page"
    )
    odt.automaticstyles.addElement(style)
    return style
