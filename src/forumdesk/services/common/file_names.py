"""The file name an export dialog proposes: forum, segment or document, date.

"Forum-2027_Segment-1_minutes_2027-07-12.pdf": each part's words joined by dashes,
the parts by underscores, the date last (ISO, so names sort by date). Safe on every
common file system: no character Windows, macOS or Linux refuse (/ \\ : * ? " < > |,
control characters), no name Windows reserves (CON, NUL, COM1…), no trailing dot
or space, bounded length; accents are kept (every current file system stores
Unicode), in NFC so macOS and the others agree.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date

_PART_LIMIT = 60  # characters per part: a long forum title is cut at a word
_STEM_LIMIT = 150  # characters, with room to add "-2"
# File systems count bytes (ext4, Btrfs: 255 of UTF-8), and a Chinese or Arabic
# character takes 2 to 3 of them: the stem is cut to this many bytes too.
_STEM_BYTES = 200
_PART_BYTES = 80  # so two long parts in Chinese leave room for the rest and the date
# Everything but letters, digits and the dash is a separator; the dash and
# underscore are ours (the underscore parts the name), so neither survives in a part.
_SEPARATORS = re.compile(r"[^\w-]+|_+")
_DASHES = re.compile(r"-{2,}")
_RESERVED = {"con", "prn", "aux", "nul"} | {
    f"{kind}{n}" for kind in ("com", "lpt") for n in range(10)
}


def file_part(text: str | None, limit: int = _PART_LIMIT) -> str:
    """One part of a name: "Forum consultatif 2027" → "Forum-consultatif-2027"."""
    if not text:
        return ""
    words = _SEPARATORS.sub("-", unicodedata.normalize("NFC", text))
    words = _DASHES.sub("-", words).strip("-")
    cut = _bytes_at_most(words[:limit], _PART_BYTES)
    if cut != words:
        words = cut.rsplit("-", 1)[0] if "-" in cut[len(cut) // 2 :] else cut
    return words.strip("-")


def export_file_name(parts: Iterable[str | None], extension: str, *, on: date | None = None) -> str:
    """The proposed name: the non-empty `parts`, then `on`, then `.extension`."""
    pieces = [piece for piece in (file_part(part) for part in parts) if piece]
    dated = f"_{on.isoformat()}" if on is not None else ""  # kept whole, however long the rest
    head = _bytes_at_most("_".join(pieces)[: _STEM_LIMIT - len(dated)], _STEM_BYTES - len(dated))
    stem = (head.rstrip("-_. ") + dated).lstrip("_") or "export"
    if stem.split(".")[0].casefold() in _RESERVED:
        stem = f"{stem}_"
    return f"{stem}.{extension.lstrip('.').lower()}"


def _bytes_at_most(text: str, limit: int) -> str:
    """`text` cut to at most `limit` bytes of UTF-8, at a character's boundary."""
    return text.encode("utf-8")[:limit].decode("utf-8", errors="ignore")
