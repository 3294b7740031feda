"""An `OutputDocument` as Markdown (CommonMark plus pipe tables and [^n] footnotes).

Headings are `#` lines one level below the title; numbered paragraphs print
"**12.** text", which no Markdown renders as a list that it would renumber; text is
escaped so a name or a sentence cannot turn into markup. The Contents block is a list
of links to the headings' anchors with each entry's paragraph range. The marking,
if any, is the first line; a cover gives its lines (organ, symbol, stamp, session,
agenda item), the title, subtitle and the author's note; a paragraph's own list
("a) …") follows it as a list with the labels as written.
"""

from __future__ import annotations

import re
from pathlib import Path

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
from forumdesk.exports.document.wording import entry_label, paragraph_range, word

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|#~])")
_LINE_START = re.compile(r"^(\s*)([-+=>]|\d+[.)])(?=\s|$)")


def escape(text: str) -> str:
    """Text that renders as itself: markup characters backslashed, and a line that
    would start a list, a quote or a heading defused."""
    text = _SPECIAL.sub(r"\\\1", text.replace("\n", " "))
    return _LINE_START.sub(lambda m: m.group(1) + re.sub(r"([-+=>.)])", r"\\\1", m.group(2)), text)


def write_markdown(document: OutputDocument, path: Path | str) -> None:
    """Write `document` as a .md file at `path`."""
    Path(path).write_text(render_markdown(document), encoding="utf-8", newline="\n")


def render_markdown(document: OutputDocument) -> str:
    out = [f"**{escape(document.marking)}**", ""] if document.marking else []
    cover = document.cover
    if cover is not None:
        masthead = [cover.organ, cover.symbol, *cover.stamp, cover.session, cover.agenda_item]
        out += [escape(line) + "  " for line in masthead if line]
        out += ["", f"# {escape(cover.title)}"]
        if cover.subtitle:
            out += ["", escape(cover.subtitle)]
        if cover.note_heading:
            out += ["", f"**{escape(cover.note_heading)}**"]
        for text in cover.note:
            out += ["", escape(text)]
        out.append("")
    else:
        out.append(f"# {escape(document.title)}")
        meta = [document.subtitle, document.symbol, document.forum]
        out += [escape(line) + "  " for line in meta if line]
    if document.approval:
        out.append(f"*{escape(document.approval)}*")
    notes: list[str] = []
    for block in document.blocks:
        out.append("")
        if isinstance(block, Heading):
            hashes = "#" * (min(max(block.level, 1), 4) + 1)
            label = f"{escape(block.label)}. " if block.label else ""
            if block.anchor:  # raw HTML: CommonMark and GitHub keep it, as a link target
                out += [f'<a id="{block.anchor}"></a>', ""]
            out.append(f"{hashes} {label}{escape(block.title)}")
        elif isinstance(block, Paragraph):
            body = _runs(block.runs)
            for note in block.footnotes:
                key = f"{len(notes) + 1}"
                body += f"[^{key}]"
                notes.append(f"[^{key}]: {_runs(note.runs)}")
            if block.number is not None:
                body = f"**{block.number}.** {body}"
            out.append(body)
            if block.items:
                out.append("")
                out += [f"- {escape(item.label)} {_runs(item.runs)}" for item in block.items]
        elif isinstance(block, BulletList):
            out += [
                f"{f'{n}.' if block.ordered else '-'} {_runs(item)}"
                for n, item in enumerate(block.items, start=1)
            ]
        elif isinstance(block, Table):
            out += _table(block)
        elif isinstance(block, Contents):
            out.append(f"**{escape(block.title)}**")
            out.append("")
            for entry in block.entries:
                title = escape(entry_label(entry))
                if entry.anchor:
                    title = f"[{title}](#{entry.anchor})"
                extent = paragraph_range(entry)
                indent = "  " * (entry.level - 1)
                out.append(f"{indent}- {title}" + (f" — {extent}" if extent else ""))
        elif isinstance(block, PageBreak):
            out.append("---")
    if notes:
        out += ["", f"<!-- {word(document.language, 'notes')} -->", "", *notes]
    return "\n".join(out) + "\n"


def _runs(runs: tuple[Run, ...]) -> str:
    parts = []
    for index, run in enumerate(runs):
        text = escape(run.text) if index == 0 else _SPECIAL.sub(r"\\\1", run.text)
        if run.text.strip() and (run.bold or run.italic):
            mark = "***" if run.bold and run.italic else "**" if run.bold else "*"
            lead, core, trail = re.match(r"(\s*)(.*?)(\s*)$", text).groups()  # type: ignore[union-attr]
            text = f"{lead}{mark}{core}{mark}{trail}"
        parts.append(text)
    return "".join(parts)


def _table(block: Table) -> list[str]:
    columns = max([len(block.header), *(len(row) for row in block.rows)], default=1)
    header = list(block.header) + [""] * (columns - len(block.header))

    def row(cells: list[str] | tuple[str, ...]) -> str:
        padded = list(cells) + [""] * (columns - len(cells))
        return "| " + " | ".join(_SPECIAL.sub(r"\\\1", c.replace("\n", " ")) for c in padded) + " |"

    return [row(header), "|" + "|".join(["---"] * columns) + "|", *(row(r) for r in block.rows)]
