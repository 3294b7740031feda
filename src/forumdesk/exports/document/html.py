"""An `OutputDocument` as one self-contained HTML file: inline CSS, no scripts.

`<html lang>` is the document's language; every text is escaped. Headings carry their
anchor as `id`, the Contents block links to them and gives each entry's paragraph
range (there are no pages on screen). Numbered paragraphs hang their number; each
footnote marker links to its note in the "Notes" section at the end, and back. The
marking, if any, opens the page; a cover is laid out as a UN document's first page
(organ and stamp side by side); a paragraph's own list ("a) …") follows it as a list
with the labels as written.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from forumdesk.exports.document.model import (
    BulletList,
    Contents,
    Cover,
    Heading,
    OutputDocument,
    PageBreak,
    Paragraph,
    Run,
    Table,
)
from forumdesk.exports.document.wording import entry_label, paragraph_range, word

_CSS = """
body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 11pt;
       max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 1.45; }
header.running { display: flex; justify-content: space-between; font-size: 9pt;
                 border-bottom: 1px solid #999; margin-bottom: 1.5em; }
h1.title { font-size: 1.5em; margin-bottom: .2em; }
.subtitle { font-size: 1.1em; margin: 0; }
.approval { font-style: italic; color: #555; }
h2, h3, h4, h5 { margin: 1.2em 0 .5em; }
.label { display: inline-block; min-width: 2.5em; }
p.numbered { padding-left: 2.5em; text-indent: -2.5em; }
p.numbered .number { display: inline-block; width: 2.5em; text-indent: 0; }
table { border-collapse: collapse; margin: 1em 0; width: 100%; }
th, td { border: 1px solid #999; padding: .25em .5em; text-align: left; vertical-align: top; }
th { background: #eee; }
table.contents td, table.contents th { border: none; }
table.contents td.num { text-align: right; white-space: nowrap; }
sup a { text-decoration: none; }
section.notes { border-top: 1px solid #999; margin-top: 2em; font-size: 9pt; }
hr.page { border: none; page-break-after: always; }
p.marking { font-weight: bold; color: #a00000; text-align: center; border: 1px solid #a00000;
            padding: .3em; }
header.cover { margin-bottom: 2em; }
header.cover .symbol { text-align: right; font-size: 1.3em; border-bottom: 2px solid #000;
                       margin: 0; padding-bottom: .2em; }
table.masthead { border-bottom: 2px solid #000; margin: 0; }
table.masthead td { border: none; padding: .5em 0; }
table.masthead td.organ { font-size: 1.6em; font-weight: bold; width: 62%; }
table.masthead td.stamp { font-size: 9pt; padding-top: 1em; }
header.cover .session { margin: .8em 0 0; font-size: 10pt; }
header.cover .session + .session { margin-top: 0; }
header.cover h1.title { font-size: 1.3em; margin-top: 1.2em; }
header.cover .note-heading { font-weight: bold; margin-top: 1em; }
header.cover .note { margin-left: 2.5em; }
ul.items { list-style: none; margin: -.5em 0 1em 5em; padding: 0; }
ul.items .item-label { display: inline-block; min-width: 2em; margin-left: -2.5em;
                       padding-right: .5em; }
"""


def write_html(document: OutputDocument, path: Path | str) -> None:
    """Write `document` as a single .html file at `path`."""
    Path(path).write_text(render_html(document), encoding="utf-8", newline="\n")


def render_html(document: OutputDocument) -> str:
    language = document.language
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(language)}">',
        '<head><meta charset="utf-8">',
        f"<title>{escape(document.title)}</title>",
        f"<style>{_CSS}</style></head>",
        "<body>",
    ]
    if document.marking:
        out.append(f'<p class="marking">{escape(document.marking)}</p>')
    if (document.forum or document.symbol) and document.cover is None:
        out.append(
            f'<header class="running"><span>{escape(document.forum)}</span>'
            f"<span>{escape(document.symbol or '')}</span></header>"
        )
    if document.cover is not None:
        out.append(_cover(document.cover))
    else:
        out.append(f'<h1 class="title">{escape(document.title)}</h1>')
        if document.subtitle:
            out.append(f'<p class="subtitle">{escape(document.subtitle)}</p>')
    if document.approval:
        out.append(f'<p class="approval">{escape(document.approval)}</p>')

    notes: list[str] = []
    for index, block in enumerate(document.blocks):
        if isinstance(block, Heading):
            tag = f"h{min(max(block.level, 1), 4) + 1}"
            anchor = escape(block.anchor or f"part-{index}")
            label = f'<span class="label">{escape(block.label)}.</span>' if block.label else ""
            out.append(f'<{tag} id="{anchor}">{label}{escape(block.title)}</{tag}>')
        elif isinstance(block, Paragraph):
            body = _runs(block.runs)
            for note in block.footnotes:
                notes.append(note_id := f"note-{len(notes) + 1}")
                body += f'<sup id="ref-{note_id}"><a href="#{note_id}">{note.number}</a></sup>'
                notes[-1] = (
                    f'<li id="{note_id}" value="{note.number}">{_runs(note.runs)} '
                    f'<a href="#ref-{note_id}" aria-label="↩">↩</a></li>'
                )
            if block.number is not None:
                out.append(
                    f'<p class="numbered" id="para-{block.number}">'
                    f'<span class="number">{block.number}.</span>{body}</p>'
                )
            else:
                out.append(f"<p>{body}</p>")
            if block.items:
                items = "".join(
                    f'<li><span class="item-label">{escape(item.label)}</span>'
                    f"{_runs(item.runs)}</li>"
                    for item in block.items
                )
                out.append(f'<ul class="items">{items}</ul>')
        elif isinstance(block, BulletList):
            tag = "ol" if block.ordered else "ul"
            items = "".join(f"<li>{_runs(item)}</li>" for item in block.items)
            out.append(f"<{tag}>{items}</{tag}>")
        elif isinstance(block, Table):
            out.append(_table(block))
        elif isinstance(block, Contents):
            out.append(_contents(block, language))
        elif isinstance(block, PageBreak):
            out.append('<hr class="page">')
    if notes:
        out.append(
            f'<section class="notes"><h2>{escape(word(language, "notes"))}</h2>'
            f"<ol>{''.join(notes)}</ol></section>"
        )
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _cover(cover: Cover) -> str:
    parts = ['<header class="cover">']
    if cover.symbol:
        parts.append(f'<p class="symbol">{escape(cover.symbol)}</p>')
    # A table, not CSS columns: simpler readers (mail, word processors) keep it too.
    stamp = "<br>".join(escape(line) for line in cover.stamp)
    parts.append(
        '<table class="masthead" role="presentation"><tr>'
        f'<td class="organ"><strong>{escape(cover.organ or "")}</strong></td>'
        f'<td class="stamp">{stamp}</td></tr></table>'
    )
    parts += [
        f'<p class="session">{escape(line)}</p>'
        for line in (cover.session, cover.agenda_item)
        if line
    ]
    parts.append(f'<h1 class="title">{escape(cover.title)}</h1>')
    if cover.subtitle:
        parts.append(f'<p class="subtitle">{escape(cover.subtitle)}</p>')
    if cover.note_heading:
        parts.append(f'<p class="note-heading"><strong>{escape(cover.note_heading)}</strong></p>')
    parts += [f'<p class="note">{escape(text)}</p>' for text in cover.note]
    parts.append("</header>")
    return "".join(parts)


def _runs(runs: tuple[Run, ...]) -> str:
    parts = []
    for run in runs:
        text = escape(run.text)
        if run.italic:
            text = f"<em>{text}</em>"
        if run.bold:
            text = f"<strong>{text}</strong>"
        parts.append(text)
    return "".join(parts)


def _table(block: Table) -> str:
    rows = []
    if block.header:
        rows.append("<tr>" + "".join(f"<th>{escape(c)}</th>" for c in block.header) + "</tr>")
    rows += ["<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in block.rows]
    columns = ""
    if block.widths:
        total = sum(block.widths)
        columns = "".join(f'<col style="width:{100 * w / total:.1f}%">' for w in block.widths)
    return f"<table>{columns}{''.join(rows)}</table>"


def _contents(block: Contents, language: str) -> str:
    rows = [f'<tr><th></th><th class="num">{escape(word(language, "paragraphs"))}</th></tr>']
    for entry in block.entries:
        title = escape(entry_label(entry))
        if entry.anchor:
            title = f'<a href="#{escape(entry.anchor)}">{title}</a>'
        indent = f' style="padding-left:{1.5 * (entry.level - 1):.1f}em"'
        rows.append(
            f"<tr><td{indent}>{title}</td>"
            f'<td class="num">{escape(paragraph_range(entry))}</td></tr>'
        )
    return (
        f'<nav><h2>{escape(block.title)}</h2><table class="contents">{"".join(rows)}</table></nav>'
    )
