"""What an import remembers of each row, in a few bytes: a key's digest and a number.

A million-row list meets a million exact keys and emails. Held as dict entries (a tuple,
its strings, a list) they took hundreds of bytes a row; here a row takes 15 bytes,
packed in buckets by the digest's first two bytes: the digest's other 10 bytes and a
5-byte number (offsets up to a terabyte). A look-up scans one bucket, a few dozen
records even at a million rows, in C (`bytearray.find`). Digests of 96 bits, 94 of
them told apart: two different keys of one file never share one by chance.
"""

from __future__ import annotations

import hashlib
import struct
import tempfile
from typing import IO

_KEY = 12  # bytes of a digest
_SLOT = 2  # its first bytes, which choose its bucket (14 bits of them)
_NUMBER = 5  # bytes of a number
_RECORD = _KEY - _SLOT + _NUMBER  # the rest of a digest, and its number
_BUCKETS = 1 << 14
_HEAD = struct.Struct("<qII")  # a row's number, the sizes of its label and organisation


def digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode(), digest_size=_KEY).digest()


class DigestIndex:
    """Digest -> number (a row number, an offset)."""

    def __init__(self) -> None:
        self._buckets: list[bytearray | None] = [None] * _BUCKETS
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def get(self, key: bytes) -> int | None:
        bucket = self._buckets[int.from_bytes(key[:_SLOT], "little") & (_BUCKETS - 1)]
        if bucket is None:
            return None
        rest = key[_SLOT:]
        at = bucket.find(rest)
        while at >= 0:
            if at % _RECORD == 0:  # a digest, not bytes across two records
                start = at + _KEY - _SLOT
                return int.from_bytes(bucket[start : start + _NUMBER], "little")
            at = bucket.find(rest, at + 1)
        return None

    def add(self, key: bytes, number: int) -> None:
        """File a digest the caller knows is not filed yet (one look-up, not two)."""
        slot = int.from_bytes(key[:_SLOT], "little") & (_BUCKETS - 1)
        bucket = self._buckets[slot]
        if bucket is None:
            bucket = self._buckets[slot] = bytearray()
        bucket += key[_SLOT:]
        bucket += number.to_bytes(_NUMBER, "little")
        self._count += 1


class EarlierRows:
    """Per digest, the first row that had it, with that row's label and organisation;
    the texts wait in a temporary file, read back only for a row that meets them again."""

    def __init__(self) -> None:
        self._index = DigestIndex()
        self._file: IO[bytes] | None = None
        self._end = 0

    def get(self, key: bytes) -> tuple[int, str, str | None] | None:
        offset = self._index.get(key)
        if offset is None or self._file is None:
            return None
        self._file.seek(offset)
        row, label_size, organisation_size = _HEAD.unpack(self._file.read(_HEAD.size))
        label = self._file.read(label_size).decode()
        organisation = self._file.read(organisation_size).decode()
        self._file.seek(self._end)
        return row, label, organisation or None

    def add(self, key: bytes, row: int, label: str, organisation: str | None) -> None:
        """File a digest not filed yet (the caller looked it up first)."""
        if self._file is None:
            # Open as long as the import runs; deleted when closed (or collected).
            self._file = tempfile.TemporaryFile(prefix="forumdesk-import-")  # noqa: SIM115
        texts = label.encode(), (organisation or "").encode()
        data = _HEAD.pack(row, *map(len, texts)) + b"".join(texts)
        self._index.add(key, self._end)
        self._file.write(data)
        self._end += len(data)
