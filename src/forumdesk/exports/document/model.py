"""One document model for every paper ForumDesk writes (minutes, the summary report).

Composers (services) build an `OutputDocument` once; the writers (PDF, DOCX, ODT,
HTML, Markdown) each render the same blocks, so the formats agree. Plain data, no
Qt, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Run:
    """A stretch of text with its emphasis."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Footnote:
    """A note at the foot of the page; `number` as printed (¹, 1…)."""

    number: int
    runs: tuple[Run, ...]


@dataclass(frozen=True)
class Heading:
    """A title of a part: level 1 (I, II…), 2 (A, B…), 3 (1, 2…), 4 (un-numbered).

    `label` is the part's own number as printed ("I", "A", "1"), kept apart from the
    title so writers can lay it out; `anchor` lets the table of contents point here.
    """

    level: int
    title: str
    label: str | None = None
    anchor: str | None = None


@dataclass(frozen=True)
class ListItem:
    """An item of a list inside a paragraph ("a) promotion…"): its label as printed."""

    label: str
    runs: tuple[Run, ...]


@dataclass(frozen=True)
class Paragraph:
    """Body text; `number` for the numbered paragraphs of a UN document (1., 2., …).

    `items` is a list the paragraph carries after its text (¶5's "a) … b) … c) …"):
    still one numbered paragraph, its items laid out as a list under it.
    """

    runs: tuple[Run, ...]
    number: int | None = None
    footnotes: tuple[Footnote, ...] = ()
    items: tuple[ListItem, ...] = ()


@dataclass(frozen=True)
class BulletList:
    items: tuple[tuple[Run, ...], ...]
    ordered: bool = False


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    #: Relative column widths; empty: measured from the contents (`table_widths`).
    widths: tuple[float, ...] = ()

    @property
    def columns(self) -> int:
        return max([len(self.header), *(len(row) for row in self.rows)], default=1)


@dataclass(frozen=True)
class ContentsEntry:
    """A line of the table of contents: the part, its paragraph range; the page is
    worked out by the writer from its real layout (where pages exist)."""

    level: int
    title: str
    label: str | None = None
    first_paragraph: int | None = None
    last_paragraph: int | None = None
    anchor: str | None = None


@dataclass(frozen=True)
class Contents:
    """The table of contents, placed where this block stands."""

    title: str
    entries: tuple[ContentsEntry, ...]


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Cover:
    """The first page of a UN document, every line as printed (the composer words
    them in the document's language; writers only lay them out).

    Organ top left, symbol top right; `stamp` the block on the right (distribution,
    date, language, original language); then session and agenda item, the title in
    bold, the subtitle, and the author's note: its heading and its paragraphs.
    """

    title: str
    organ: str | None = None
    symbol: str | None = None
    stamp: tuple[str, ...] = ()
    session: str | None = None
    agenda_item: str | None = None
    subtitle: str | None = None
    note_heading: str | None = None
    note: tuple[str, ...] = ()

    def lines(self) -> list[str]:
        """Its lines in reading order (the plain text's order)."""
        found = [self.organ, self.symbol, *self.stamp, self.session, self.agenda_item]
        found += [self.title, self.subtitle, self.note_heading, *self.note]
        return [line for line in found if line]


Block = Heading | Paragraph | BulletList | Table | Contents | PageBreak


@dataclass(frozen=True)
class OutputDocument:
    """A whole document: what the header says, and the blocks in order.

    `symbol` is the document symbol printed in the header (e.g. "A/61/187");
    `approval` a line saying who approved it and when, printed under the title;
    `marking` a line every page carries (e.g. an internal version's warning);
    `cover`, when given, is printed in place of the plain title and subtitle, as the
    first page of a UN document.
    """

    title: str
    language: str = "en"
    forum: str = ""
    symbol: str | None = None
    subtitle: str | None = None
    approval: str | None = None
    marking: str | None = None
    blocks: tuple[Block, ...] = field(default_factory=tuple)
    cover: Cover | None = None

    def text(self) -> str:
        """The plain text, in order: for tests and search."""
        lines = self.cover.lines() if self.cover else [self.title]
        for block in self.blocks:
            if isinstance(block, Heading):
                lines.append(f"{block.label} {block.title}" if block.label else block.title)
            elif isinstance(block, Paragraph):
                body = "".join(run.text for run in block.runs)
                lines.append(f"{block.number}. {body}" if block.number else body)
                lines.extend(f"{item.label} {run_text(item.runs)}" for item in block.items)
            elif isinstance(block, BulletList):
                lines.extend("".join(run.text for run in item) for item in block.items)
            elif isinstance(block, Table):
                lines.append(" | ".join(block.header))
                lines.extend(" | ".join(row) for row in block.rows)
            elif isinstance(block, Contents):
                lines.append(block.title)
                lines.extend(entry.title for entry in block.entries)
        return "\n".join(lines)


def run_text(runs: tuple[Run, ...]) -> str:
    return "".join(run.text for run in runs)


def plain(text: str) -> tuple[Run, ...]:
    """Runs of one unformatted text."""
    return (Run(text),) if text else ()
