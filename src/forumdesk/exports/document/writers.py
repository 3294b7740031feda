"""One entry point for writing an `OutputDocument` in any of its formats.

`write_document(document, path, form)` picks the writer by `form` (one of `FORMATS`)
and imports it only then, so a caller that writes Markdown never loads reportlab.
The few words every writer prints (the contents' column heads, "Notes") and the
paragraph range of a contents line ("¶¶ 1–7") live here so the formats agree.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

from forumdesk.exports.document.model import ContentsEntry, OutputDocument, Run

FORMATS = ("pdf", "docx", "odt", "html", "md")

_WORDS = {
    "fr": {"paragraphs": "Paragraphes", "page": "Page", "notes": "Notes", "of": "sur"},
    "en": {"paragraphs": "Paragraphs", "page": "Page", "notes": "Notes", "of": "of"},
    "es": {"paragraphs": "Párrafos", "page": "Página", "notes": "Notas", "of": "de"},
}


def word(language: str, key: str) -> str:
    """A word the writers print, in the document's language (English otherwise)."""
    return _WORDS.get(language.split("-")[0], _WORDS["en"])[key]


def page_of(language: str, page: int | str, total: int | str) -> str:
    """The footer: "Page 3 sur 21", "Page 3 of 21"."""
    return f"{word(language, 'page')} {page} {word(language, 'of')} {total}"


def paragraph_range(entry: ContentsEntry) -> str:
    """ "¶¶ 1–7", "¶ 5", or "" when the part has no numbered paragraphs."""
    first, last = entry.first_paragraph, entry.last_paragraph
    if first is None:
        return ""
    if last is None or last == first:
        return f"¶ {first}"
    return f"¶¶ {first}–{last}"


def entry_label(entry: ContentsEntry) -> str:
    return f"{entry.label}. {entry.title}" if entry.label else entry.title


def runs_text(runs: tuple[Run, ...]) -> str:
    return "".join(run.text for run in runs)


def write_document(document: OutputDocument, path: Path | str, form: str) -> None:
    """Write `document` to `path` as `form` ("pdf", "docx", "odt", "html" or "md").

    Through a temporary file renamed into place: never over a database, and a failed
    write leaves the previous file whole (see `services.output_files`).
    """
    if form not in FORMATS:
        raise ValueError(f"unknown document format {form!r}; expected one of {FORMATS}")
    from forumdesk.services.common.output_files import output_path

    with output_path(path) as temporary:
        _write(printable(document), temporary, form)


# What XML 1.0 cannot hold (DOCX and ODT are XML): C0 controls other than tab, line
# feed and carriage return, lone surrogates, U+FFFE/U+FFFF. Text pasted from Word
# brings \x0b (its line break), from a PDF \x0c (a page feed).
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def printable(document: OutputDocument) -> OutputDocument:
    """`document` without characters no format can hold (line breaks become spaces)."""
    cleaned = _printable(document)
    assert isinstance(cleaned, OutputDocument)
    return cleaned


def _printable(value: Any) -> Any:
    if isinstance(value, str):
        return _UNPRINTABLE.sub(lambda m: " " if m.group() in "\x0b\x0c" else "", value)
    if isinstance(value, tuple):
        return tuple(_printable(item) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            field.name: _printable(getattr(value, field.name))
            for field in dataclasses.fields(value)
            if field.init
        }
        return dataclasses.replace(value, **changes)
    return value


def _write(document: OutputDocument, path: Path, form: str) -> None:
    if form == "pdf":
        from forumdesk.exports.document.pdf import write_pdf

        write_pdf(document, path)
    elif form == "docx":
        from forumdesk.exports.document.docx import write_docx

        write_docx(document, path)
    elif form == "odt":
        from forumdesk.exports.document.odt import write_odt

        write_odt(document, path)
    elif form == "html":
        from forumdesk.exports.document.html import write_html

        write_html(document, path)
    else:
        from forumdesk.exports.document.markdown import write_markdown

        write_markdown(document, path)
