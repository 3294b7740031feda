"""Read a summary document from a file the user picked, refusing bad input early.

Plain text (.txt, .md, no extension), Word (.docx) and OpenDocument (.odt) files
become the same kind of text, one line per paragraph, so one parser serves them
all. Everything that would make an import pointless or dangerous (a missing,
huge, empty, binary or corrupt file, a document with no numbered paragraph or
with a paragraph number used twice) raises DocumentImportError with a one-line
message naming the file; softer problems stay warnings in the parsed document.
"""

from __future__ import annotations

import codecs
import re
import stat
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

from forumdesk.services.common.messages import N_, _
from forumdesk.services.documents.parser import ParsedDocument, normalise_text, parse_summary

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
# A .docx/.odt is a zip: cap what it unpacks to, so a zip bomb is refused unread.
MAX_UNPACKED_BYTES = 10 * MAX_DOCUMENT_BYTES
TEXT_SUFFIXES = frozenset({".txt", ".md", ""})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | {".docx", ".odt"}

_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_ODT_MIMETYPES = ("application/vnd.oasis.opendocument.text",)
_SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
# Control characters (bar tab and line ends) or undecodable bytes in more than 2%
# of the text mean binary data.
_NOT_TEXT = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")
_BINARY_RATIO = 0.02
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
# Leading bytes of files people rename by mistake, for a more helpful message.
_MAGIC_HINTS = (
    (b"PK\x03\x04", N_("it looks like a .docx or .odt archive; keep its real extension")),
    (b"%PDF", N_("it is a PDF; save it as .docx, .odt or plain text first")),
    (b"\xd0\xcf\x11\xe0", N_("it is an old binary Word file (.doc); save it as .docx first")),
    (b"{\\rtf", N_("it is an RTF file; save it as .docx, .odt or plain text first")),
)


class DocumentImportError(Exception):
    """A document that cannot be imported; str() is one line naming the file."""

    def __init__(self, source: str, reason: str, *, line: int | None = None) -> None:
        self.source = source
        self.reason = reason
        self.line = line
        # A file name may hold a newline; the message must stay on one line.
        name = " ".join(source.split()) or _("the document")
        reason = " ".join(reason.split())
        if line is None:
            text = _("Cannot import {name}: {reason}").format(name=name, reason=reason)
        else:
            text = _("Cannot import {name} (line {line}): {reason}").format(
                name=name, line=line, reason=reason
            )
        super().__init__(text)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _too_big(what: str, size: int, limit: int) -> str:
    """`what` is a sentence with {size} and {limit}, as "the file is {size}; …"."""
    shown, cap = _megabytes(size), _megabytes(limit)
    if shown == cap:  # "20.0 MB; the limit is 20.0 MB" would puzzle: give bytes
        shown = _("{count:,} bytes").format(count=size)
        cap = _("{count:,} bytes").format(count=limit)
    return what.format(size=shown, limit=cap)


def read_document_text(path: Path) -> str:
    """The text of a .txt/.md/.docx/.odt file, one paragraph per line ("\\n" line ends)."""
    source = path.name or str(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise DocumentImportError(
            source,
            _("unsupported file type '{suffix}'; use .txt, .md, .docx or .odt").format(
                suffix=suffix
            ),
        )
    _check_size(path, source)
    if suffix == ".docx":
        text = _read_docx(path, source)
    elif suffix == ".odt":
        text = _read_odt(path, source)
    else:
        text = _decode_text(_read_bytes(path, source), source)
        if suffix == ".md":
            text = _MD_HEADING.sub(r"\1", text)  # "## I. Introduction" is a heading line
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not normalise_text(text).strip():
        raise DocumentImportError(source, _("the file contains no text (only blank space)"))
    return text


def load_summary(path: Path) -> ParsedDocument:
    """Read and parse a summary document; refuse one that cannot be used."""
    return parse_summary_text(read_document_text(path), path.name or str(path))


def parse_summary_text(text: str, source: str) -> ParsedDocument:
    """Parse text already in memory with the same checks as load_summary.

    No numbered paragraph, or a paragraph number used twice, is an error:
    notes and translations hang on those numbers. Gaps in the numbering and
    table-of-contents disagreements stay warnings for the user to review.
    """
    if not normalise_text(text).strip():
        raise DocumentImportError(source, _("the document contains no text"))
    doc = parse_summary(text)
    if not doc.paragraphs:
        raise DocumentImportError(
            source, _('no numbered paragraph found (paragraphs must start with "1.", "2.", …)')
        )
    counts = Counter(p.number for p in doc.paragraphs)
    repeated = [
        f"paragraph {number} appears {'twice' if n == 2 else f'{n} times'}"
        for number, n in sorted(counts.items())
        if n > 1
    ]
    if repeated:
        raise DocumentImportError(source, "; ".join(repeated))
    return doc


# Files on disk ----------------------------------------------------------------------------


def _check_size(path: Path, source: str) -> None:
    """Refuse a missing, empty or oversized file before a single byte is read."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise DocumentImportError(source, _("file not found: {path}").format(path=path)) from None
    except OSError as error:
        raise DocumentImportError(
            source, _("the file cannot be read ({error})").format(error=error.strerror)
        ) from None
    if not stat.S_ISREG(info.st_mode):
        raise DocumentImportError(source, _("this is not a regular file"))
    if info.st_size > MAX_DOCUMENT_BYTES:
        raise DocumentImportError(
            source,
            _too_big(
                _("the file is {size}; the limit is {limit}"), info.st_size, MAX_DOCUMENT_BYTES
            ),
        )
    if info.st_size == 0:
        raise DocumentImportError(source, _("the file is empty"))


def _read_bytes(path: Path, source: str) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_DOCUMENT_BYTES + 1)  # the file may have grown since stat()
    except OSError as error:
        raise DocumentImportError(
            source, _("the file cannot be read ({error})").format(error=error.strerror)
        ) from None
    if len(data) > MAX_DOCUMENT_BYTES:
        raise DocumentImportError(
            source,
            _("the file is over the limit of {megabytes}").format(
                megabytes=_megabytes(MAX_DOCUMENT_BYTES)
            ),
        )
    return data


def _decode_text(data: bytes, source: str) -> str:
    """UTF-8 (BOM or not), UTF-16/32 with a BOM, else Windows-1252, never binary."""
    for bom, codec, label in (
        (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),  # first: FF FE 00 00 starts with FF FE
        (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
        (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
        (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
        (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
    ):
        if data.startswith(bom):
            try:
                return _refuse_binary(data.decode(codec), data, source)
            except UnicodeDecodeError as error:
                # Byte offsets give a line number only in UTF-8.
                line = data[: error.start].count(b"\n") + 1 if label == "UTF-8" else None
                raise DocumentImportError(
                    source,
                    _("the file is marked {label} but is not valid {label}").format(label=label),
                    line=line,
                ) from None
    if b"\x00" in data:
        raise DocumentImportError(source, _binary_reason(data))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        # Old Windows exports: Windows-1252; undefined bytes become U+FFFD and count as binary.
        text = data.decode("cp1252", errors="replace")
    return _refuse_binary(text, data, source)


def _refuse_binary(text: str, data: bytes, source: str) -> str:
    bad = sum(1 for _ in _NOT_TEXT.finditer(text))
    if "\x00" in text or bad > len(text) * _BINARY_RATIO:
        raise DocumentImportError(source, _binary_reason(data))
    return text


def _binary_reason(data: bytes) -> str:
    hint = next((hint for magic, hint in _MAGIC_HINTS if data.startswith(magic)), None)
    if hint is None:
        return _("the file is binary, not text")
    return _("the file is binary, not text ({hint})").format(hint=_(hint))


def _check_archive(path: Path, source: str, kind: str, required: str) -> None:
    """Refuse what is not a zip of the right kind, or unpacks to too much."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        head = _head(path)
        hint = next((hint for magic, hint in _MAGIC_HINTS[1:] if head.startswith(magic)), None)
        reason = _("the file is not a valid {kind} document (it is not a zip archive)").format(
            kind=kind
        )
        raise DocumentImportError(source, f"{reason}; {_(hint)}" if hint else reason) from None
    if required not in names:
        raise DocumentImportError(
            source,
            _("the file is not a {kind} document (no {required})").format(
                kind=kind, required=required
            ),
        )
    if unpacked > MAX_UNPACKED_BYTES:
        raise DocumentImportError(
            source,
            _too_big(
                _("the document unpacks to {size}; the limit is {limit}"),
                unpacked,
                MAX_UNPACKED_BYTES,
            ),
        )


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(8)
    except OSError:
        return b""


def _library_failure(source: str, kind: str, error: Exception) -> DocumentImportError:
    detail = " ".join(str(error).split())[:120] or type(error).__name__
    return DocumentImportError(
        source, _("the {kind} document is damaged ({detail})").format(kind=kind, detail=detail)
    )


# Word -------------------------------------------------------------------------------------


def _read_docx(path: Path, source: str) -> str:
    """Body paragraphs in order; a table row becomes one line of tab-separated cells.

    python-docx exposes neither footnotes nor automatic numbering, so a document
    numbered by Word's list feature reads without its "1.", "2."…
    """
    _check_archive(path, source, ".docx", "word/document.xml")
    from docx import Document
    from docx.table import Table

    try:
        document = Document(str(path))
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                for row in block.rows:
                    cells: list[Any] = []
                    for cell in row.cells:
                        if not cells or cell is not cells[-1]:  # a merged cell repeats
                            cells.append(cell)
                    lines.append("\t".join(str(cell.text) for cell in cells))
            else:
                lines.append(block.text)
    except Exception as error:  # any failure inside the library means a damaged file
        raise _library_failure(source, ".docx", error) from error
    return "\n".join(lines)


# OpenDocument -----------------------------------------------------------------------------


def _read_odt(path: Path, source: str) -> str:
    """text:p and text:h in document order (lists, sections and tables included).

    A footnote (text:note) leaves its citation as a superscript marker in the
    paragraph and its text on a line of its own right after that paragraph, where
    the parser lifts footnotes out anyway; comments and tracked deletions are not
    text.
    """
    _check_archive(path, source, ".odt", "content.xml")
    from odf.opendocument import load

    try:
        document = load(str(path))
        mimetype = str(getattr(document, "mimetype", ""))
        if not mimetype.startswith(_ODT_MIMETYPES):
            raise DocumentImportError(
                source,
                _("the file is not a text document ({mimetype})").format(
                    mimetype=mimetype or _("unknown type")
                ),
            )
        reader = _OdtReader()
        reader.blocks(document.text)
    except DocumentImportError:
        raise
    except Exception as error:  # any failure inside the library means a damaged file
        raise _library_failure(source, ".odt", error) from error
    return "\n".join(reader.lines + reader.after)


def _odf_name(node: Any) -> tuple[str, str] | None:
    qname = getattr(node, "qname", None)  # text nodes have none
    return (str(qname[0]), str(qname[1])) if isinstance(qname, tuple) else None


def _odf_count(element: Any, namespace: str, attribute: str, cap: int) -> int:
    # Capped: a hostile file could ask for a billion spaces or columns.
    return max(1, min(int(element.getAttrNS(namespace, attribute) or 1), cap))


class _OdtReader:
    """Walks an odfpy tree into lines; odfpy has no type hints, so nodes are Any."""

    _SKIPPED = frozenset(
        {
            (_TEXT_NS, "tracked-changes"),
            (_OFFICE_NS, "annotation"),
            (_OFFICE_NS, "annotation-end"),
            (_OFFICE_NS, "forms"),
        }
    )

    def __init__(self, *, in_cell: bool = False) -> None:
        self.lines: list[str] = []
        # Footnote and text-box lines wait here for the end of their paragraph (or,
        # inside a table cell, of the whole row) so they never split a line.
        self.after: list[str] = []
        self.in_cell = in_cell

    def blocks(self, element: Any) -> None:
        for child in element.childNodes:
            name = _odf_name(child)
            if name is None or name in self._SKIPPED:
                continue
            if name in ((_TEXT_NS, "p"), (_TEXT_NS, "h")):
                self.lines.append(self.inline(child))
            elif name == (_TABLE_NS, "table-row"):
                self.lines.append(self.row(child))
            else:
                self.blocks(child)  # lists, list items, sections, tables, indexes…
                continue
            if not self.in_cell:
                self.lines += self.after
                self.after = []

    def row(self, element: Any) -> str:
        cells: list[str] = []
        for cell in element.childNodes:
            if _odf_name(cell) != (_TABLE_NS, "table-cell"):
                continue  # covered (merged) cells repeat nothing
            nested = _OdtReader(in_cell=True)
            nested.blocks(cell)
            self.after += nested.after
            text = "\n".join(nested.lines)
            repeat = _odf_count(cell, _TABLE_NS, "number-columns-repeated", 8)
            cells += [text] * (1 if text else repeat)  # blank filler columns
        return "\t".join(cells)

    def inline(self, element: Any) -> str:
        parts: list[str] = []
        for child in element.childNodes:
            name = _odf_name(child)
            if name is None:  # a text node; the ODF rule: any run of whitespace is one space
                parts.append(re.sub(r"[ \t\r\n]+", " ", str(getattr(child, "data", ""))))
            elif name == (_TEXT_NS, "s"):
                parts.append(" " * _odf_count(child, _TEXT_NS, "c", 100))
            elif name == (_TEXT_NS, "tab"):
                parts.append("\t")
            elif name == (_TEXT_NS, "line-break"):
                parts.append("\n")
            elif name == (_TEXT_NS, "note"):
                parts.append(self.note(child))
            elif name[1] == "frame":  # a text box: its paragraphs follow this one
                box = _OdtReader()
                box.blocks(child)
                self.after += box.lines + box.after
            elif name not in self._SKIPPED:
                parts.append(self.inline(child))  # spans, links, fields
        return "".join(parts)

    def note(self, element: Any) -> str:
        citation = ""
        body = _OdtReader()
        for child in element.childNodes:
            name = _odf_name(child)
            if name == (_TEXT_NS, "note-citation"):
                citation = self.inline(child).strip()
            elif name == (_TEXT_NS, "note-body"):
                body.blocks(child)
        marker = citation.translate(_SUPERSCRIPT_DIGITS) if citation.isdigit() else citation
        self.after.append(f"{marker} {' '.join(' '.join(body.lines + body.after).split())}")
        return marker
