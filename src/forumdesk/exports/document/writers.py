"""One entry point for writing an `OutputDocument` in any of its formats.

`write_document(document, path, form)` picks the writer from a table by `form`
(one of `FORMATS`, the one list of document formats the CLI and the UI offer) and
imports it only then, so a caller that writes Markdown never loads reportlab. What
the writers print alike lives in `wording`, which the format modules import instead
of this module.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from forumdesk.exports.document.model import OutputDocument

Writer = Callable[[OutputDocument, Path], object]


# One loader per format, importing its writer only when asked (start-up time).
def _pdf() -> Writer:
    from forumdesk.exports.document.pdf.writer import write_pdf

    return write_pdf


def _docx() -> Writer:
    from forumdesk.exports.document.docx import write_docx

    return write_docx


def _odt() -> Writer:
    from forumdesk.exports.document.odt import write_odt

    return write_odt


def _html() -> Writer:
    from forumdesk.exports.document.html import write_html

    return write_html


def _markdown() -> Writer:
    from forumdesk.exports.document.markdown import write_markdown

    return write_markdown


# Format (as the CLI and the UI name it; the file's extension) → its writer's loader.
_WRITERS: dict[str, Callable[[], Writer]] = {
    "pdf": _pdf,
    "docx": _docx,
    "odt": _odt,
    "html": _html,
    "md": _markdown,
}
FORMATS = tuple(_WRITERS)
#: Other endings people give these formats.
_ENDINGS = {"markdown": "md", "htm": "html"}


def format_of(path: Path | str, given: str | None = None) -> str | None:
    """The format asked for: `given`, else the one the file's name ends in; None when
    that is none of `FORMATS`."""
    form = (given or Path(path).suffix.lstrip(".")).lower()
    form = _ENDINGS.get(form, form)
    return form if form in FORMATS else None


def write_document(document: OutputDocument, path: Path | str, form: str) -> None:
    """Write `document` to `path` as `form` ("pdf", "docx", "odt", "html" or "md").

    Through a temporary file renamed into place: never over a database, and a failed
    write leaves the previous file whole (see `services.common.output_files`).
    """
    if form not in FORMATS:
        raise ValueError(f"unknown document format {form!r}; expected one of {FORMATS}")
    from forumdesk.services.common.output_files import output_path

    with output_path(path) as temporary:
        _WRITERS[form]()(printable(document), temporary)


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
