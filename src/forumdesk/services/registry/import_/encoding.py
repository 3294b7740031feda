"""The text of an import file: which encoding, and what must never pass through.

A CSV comes as UTF-8 (with or without a BOM), UTF-16 with its mark, or Windows-1252;
a file mixing UTF-8 and Windows-1252 lines is refused, naming the lines, never
garbled. Files that are no text (an image, a PDF, a workbook with the wrong
extension) are named for what they are. Control characters are escaped in every
message (`shown`), so a terminal never receives an escape sequence from a file.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from forumdesk.services.common.messages import N_, _, ngettext

_CHUNK = 1024 * 1024


#: What a terminal must never be sent raw, nor a name hold: C0 controls but the tab,
#: DEL, C1 controls, and the bidirectional overrides, embeddings and isolates (U+202E
#: turns "exe.txt" into "txt.exe"), plus the line and paragraph separators.
_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
#: In a long text (notes), line breaks are fine.
_CONTROL_IN_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def shown(text: str) -> str:
    """`text` safe for a terminal or a one-line message: control characters escaped."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def control_character(text: str, *, long_text: bool = False) -> str | None:
    """The first control character in `text`, escaped ("\\x1b"), or None."""
    found = (_CONTROL_IN_TEXT if long_text else _CONTROL).search(text)
    return shown(found.group()) if found else None


class ImportFileError(Exception):
    """A file that cannot be read as a list; str() is one line naming the file."""

    def __init__(self, path: Path, reason: str) -> None:
        self.reason = reason
        name = shown(" ".join((path.name or str(path)).split()))
        super().__init__(
            _("Cannot import {name}: {reason}").format(
                name=name, reason=shown(" ".join(reason.split()))
            )
        )


#: Files that are no list, recognised by their first bytes, for a message that helps.
MAGIC = (
    (b"\x89PNG", N_("it is a PNG image, not a list")),
    (b"%PDF", N_("it is a PDF document, not a list; export the list as CSV or .xlsx")),
    (b"PK\x03\x04", N_("it is a zip file (an .xlsx workbook?); give it the .xlsx extension")),
    (
        b"\xd0\xcf\x11\xe0",
        N_(
            "it is an old Excel (.xls) or a password-protected workbook; save it as .xlsx "
            "without a password, or as CSV"
        ),
    ),
    (b"\xff\xd8\xff", N_("it is a JPEG image, not a list")),
)
#: Lines named in a message before "and N more".
_NAMED_LINES = 5


def detect_encoding(path: Path) -> str:
    """BOM first; else UTF-8 if every byte decodes as UTF-8; else Windows-1252 (or Latin-1).

    A file of mixed encodings (some lines UTF-8 with accents, some not UTF-8) is refused,
    naming the lines: read whole as Windows-1252 its UTF-8 lines would be garbled
    ("MÃ¼ller"), read as UTF-8 the others would, and guessing line by line could garble
    either without a word.
    """
    with path.open("rb") as stream:
        head = stream.read(4)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        for magic, reason in MAGIC:
            if head.startswith(magic):
                raise ImportFileError(path, _(reason))
        if b"\x00" in head:
            raise ImportFileError(path, _nul_reason(head))
        stream.seek(0)
        # Incremental decoders: a multi-byte character split across chunks is fine.
        utf8, cp1252 = (
            codecs.getincrementaldecoder("utf-8")(),
            codecs.getincrementaldecoder("cp1252")(),
        )
        utf8_ok = cp1252_ok = True
        while chunk := stream.read(_CHUNK):
            if b"\x00" in chunk:
                raise ImportFileError(path, _("it is not a text file (it holds NUL bytes)"))
            utf8_ok = utf8_ok and _decodes(utf8, chunk)
            cp1252_ok = cp1252_ok and _decodes(cp1252, chunk)
            if not (utf8_ok or cp1252_ok):
                break
        if utf8_ok and _decodes(utf8, b"", final=True):
            return "utf-8"
    _refuse_mixed(path)
    # Windows-1252 leaves five bytes undefined; Latin-1 reads anything.
    return "cp1252" if cp1252_ok else "latin-1"


def _nul_reason(head: bytes) -> str:
    """UTF-16 without its byte-order mark has a NUL in every other byte of Latin text."""
    if len(head) == 4 and (
        (head[1] == head[3] == 0 and head[0] and head[2])
        or (head[0] == head[2] == 0 and head[1] and head[3])
    ):
        return _(
            "it looks like UTF-16 text without a byte-order mark; save it as "
            "CSV UTF-8 (or UTF-16 with its mark)"
        )
    return _("it is not a text file (it holds NUL bytes)")


def _refuse_mixed(path: Path) -> None:
    """ImportFileError naming the lines that are not UTF-8 when others are UTF-8 text."""
    bad: list[int] = []
    utf8_lines = 0
    with path.open("rb") as stream:
        for number, line in enumerate(stream, start=1):
            if line.isascii():
                continue
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                bad.append(number)
            else:
                utf8_lines += 1
    if not (bad and utf8_lines):
        return
    looks = "Windows-1252" if _decodes_as(_line_bytes(path, bad[0]), "cp1252") else "Latin-1"
    more = len(bad) - 1
    others = ""
    if more:
        listed = ", ".join(map(str, bad[1:_NAMED_LINES]))
        if len(bad) > _NAMED_LINES:
            listed = _("{lines} and {count} more").format(
                lines=listed, count=len(bad) - _NAMED_LINES
            )
        others = " ({})".format(
            ngettext("nor is line {lines}", "nor are lines {lines}", more).format(lines=listed)
        )
    raise ImportFileError(
        path,
        ngettext(
            "line {bad} is not UTF-8 (it looks like {looks}){others}, while {utf8_lines} other "
            "line is UTF-8: the file mixes encodings; save it again as CSV UTF-8",
            "line {bad} is not UTF-8 (it looks like {looks}){others}, while {utf8_lines} other "
            "lines are UTF-8: the file mixes encodings; save it again as CSV UTF-8",
            utf8_lines,
        ).format(bad=bad[0], looks=looks, others=others, utf8_lines=utf8_lines),
    )


def _decodes_as(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _line_bytes(path: Path, wanted: int) -> bytes:
    with path.open("rb") as stream:
        for number, line in enumerate(stream, start=1):
            if number == wanted:
                return line
    return b""


def _decodes(decoder: codecs.IncrementalDecoder, chunk: bytes, final: bool = False) -> bool:
    try:
        decoder.decode(chunk, final)
    except UnicodeDecodeError:
        return False
    return True
