"""Reading the minutes editor's HTML back: headings, paragraphs with bold and italic
runs, lists and tables, as plain data.

Robust to what QTextEdit.toHtml() writes: a <head> with a <style> sheet, a body
with `font-weight:400`, spans with `font-weight:600` / `font-style:italic`,
paragraphs inside table cells. The exports turn these blocks into the document
model; the version comparison uses their text, one line per paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

#: A stretch of text: (text, bold, italic).
HtmlRun = tuple[str, bool, bool]

_SKIPPED = {"head", "style", "script", "title"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 4, "h6": 4}
_WEIGHT = re.compile(r"font-weight\s*:\s*(\w+)", re.I)
_STYLE = re.compile(r"font-style\s*:\s*(\w+)", re.I)
_SPACES = re.compile(r"[ \t\r\n\f\v]+")  # HTML white space: a no-break space stays


@dataclass
class HtmlHeading:
    level: int
    text: str


@dataclass
class HtmlParagraph:
    runs: list[HtmlRun]


@dataclass
class HtmlList:
    ordered: bool
    items: list[list[HtmlRun]] = field(default_factory=list)


@dataclass
class HtmlTable:
    rows: list[list[str]] = field(default_factory=list)
    #: Whether the first row is a header (th cells, or all bold as Qt writes them).
    header: bool = False


HtmlBlock = HtmlHeading | HtmlParagraph | HtmlList | HtmlTable


def parse_minutes_html(html: str) -> list[HtmlBlock]:
    """The blocks of an editor document, in order; empty paragraphs left out."""
    parser = _Parser()
    parser.feed(html)
    parser.close()
    parser.finish_block()
    return parser.blocks


def block_lines(html: str) -> list[str]:
    """One line of text per heading, paragraph, list item and table row."""
    lines: list[str] = []
    for block in parse_minutes_html(html):
        if isinstance(block, HtmlHeading):
            lines.append(block.text)
        elif isinstance(block, HtmlParagraph):
            lines.append(runs_text(block.runs))
        elif isinstance(block, HtmlList):
            lines += [f"• {runs_text(item)}" for item in block.items]
        else:
            lines += [" | ".join(row) for row in block.rows]
    return lines


def runs_text(runs: list[HtmlRun]) -> str:
    return "".join(text for text, _bold, _italic in runs)


def _bold(tag: str, style: str, inherited: bool) -> bool:
    if tag in ("b", "strong", "th") or tag in _HEADINGS:
        inherited = True
    match = _WEIGHT.search(style)
    if match:
        value = match.group(1).lower()
        inherited = value == "bold" or value == "bolder" or (value.isdigit() and int(value) >= 600)
    return inherited


def _italic(tag: str, style: str, inherited: bool) -> bool:
    if tag in ("i", "em", "cite"):
        inherited = True
    match = _STYLE.search(style)
    if match:
        inherited = match.group(1).lower() in ("italic", "oblique")
    return inherited


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[HtmlBlock] = []
        self._format: list[tuple[str, bool, bool]] = [("", False, False)]
        self._skip = 0
        self._runs: list[HtmlRun] = []
        self._heading: int | None = None
        self._lists: list[HtmlList] = []
        self._in_item = False
        self._table: HtmlTable | None = None
        self._row: list[str] | None = None
        self._row_bold: list[bool] = []
        self._cell: list[HtmlRun] | None = None
        self._cell_is_th = False

    # --- tags -----------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip += 1
            return
        if tag in ("br", "img", "meta", "hr", "col"):
            self.handle_startendtag(tag, attrs)
            return
        style = next((value or "" for name, value in attrs if name == "style"), "")
        _tag, bold, italic = self._format[-1]
        self._format.append((tag, _bold(tag, style, bold), _italic(tag, style, italic)))
        if self._cell is not None or tag in ("span", "b", "strong", "i", "em", "a", "font"):
            return
        if tag in _HEADINGS:
            self.finish_block()
            self._heading = _HEADINGS[tag]
        elif tag in ("ul", "ol"):
            if self._in_item:
                self._end_item()
            if not self._lists:
                self.finish_block()
                new = HtmlList(ordered=tag == "ol")
                self.blocks.append(new)
                self._lists.append(new)
            else:
                self._lists.append(self._lists[0])
        elif tag == "li":
            if self._in_item:
                self._end_item()
            self._in_item = True
            self._runs = []
        elif tag == "table":
            self.finish_block()
            self._table = HtmlTable()
        elif tag == "tr" and self._table is not None:
            self._row, self._row_bold = [], []
        elif tag in ("td", "th") and self._row is not None:
            self._cell, self._cell_is_th = [], tag == "th"
        elif tag in ("p", "div", "pre", "blockquote") and not self._in_item:
            self.finish_block()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "br" or self._skip:
            return
        if self._cell is not None or self._in_item or self._heading is not None:
            self._add(" ")
        else:
            self.finish_block()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip = max(0, self._skip - 1)
            return
        if len(self._format) > 1 and any(t == tag for t, _b, _i in self._format):
            while self._format[-1][0] != tag:
                self._format.pop()
            self._format.pop()
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            text = _clean(runs_text(self._cell))
            self._row.append(text)
            self._row_bold.append(
                self._cell_is_th or all(bold for t, bold, _i in self._cell if t.strip())
            )
            self._cell = None
        elif tag == "tr" and self._row is not None and self._table is not None:
            if not self._table.rows:
                self._table.header = bool(self._row) and all(self._row_bold)
            if any(self._row):
                self._table.rows.append(self._row)
            self._row = None
        elif tag == "table" and self._table is not None:
            if self._table.rows:
                self.blocks.append(self._table)
            self._table = None
        elif self._cell is not None:
            return
        elif tag in _HEADINGS:
            self.finish_block()
        elif tag == "li":
            self._end_item()
        elif tag in ("ul", "ol") and self._lists:
            if self._in_item:
                self._end_item()
            self._lists.pop()
        elif tag in ("p", "div", "pre", "blockquote") and not self._in_item:
            self.finish_block()

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._table is not None and self._cell is None:
            return  # whitespace between rows and cells
        self._add(data)

    # --- blocks ---------------------------------------------------------------------------

    def _add(self, text: str) -> None:
        _tag, bold, italic = self._format[-1]
        target = self._cell if self._cell is not None else self._runs
        text = _SPACES.sub(" ", text)
        if target and target[-1][1:] == (bold, italic):
            target[-1] = (target[-1][0] + text, bold, italic)
        else:
            target.append((text, bold, italic))

    def _end_item(self) -> None:
        runs = _trim(self._runs)
        if runs and self._lists:
            self._lists[0].items.append(runs)
        self._runs = []
        self._in_item = False

    def finish_block(self) -> None:
        runs = _trim(self._runs)
        self._runs = []
        if self._heading is not None:
            if runs:
                self.blocks.append(HtmlHeading(self._heading, runs_text(runs)))
            self._heading = None
        elif runs and not self._lists:
            self.blocks.append(HtmlParagraph(runs))


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _trim(runs: list[HtmlRun]) -> list[HtmlRun]:
    """Runs with the block's leading and trailing spaces taken off, empty ones dropped."""
    out = [(_SPACES.sub(" ", t), b, i) for t, b, i in runs]
    while out and not out[0][0].strip():
        out.pop(0)
    while out and not out[-1][0].strip():
        out.pop()
    if not out:
        return []
    out[0] = (out[0][0].lstrip(), *out[0][1:])
    out[-1] = (out[-1][0].rstrip(), *out[-1][1:])
    merged: list[HtmlRun] = []
    for run in out:
        if merged and merged[-1][1:] == run[1:]:
            merged[-1] = (merged[-1][0] + run[0], *run[1:])
        elif run[0]:
            merged.append(run)
    return merged
