"""What an import remembers of each row, in a few bytes: a key's digest and a number.

A million-row list meets a million exact keys and emails. Held as dict entries (a tuple,
its strings, a list) they took hundreds of bytes a row; here a row takes a 12-byte
digest and an 8-byte number, packed in buckets by the digest's first bytes. A look-up
scans one bucket, a few dozen records even at a million rows, in C (`bytearray.find`).
Digests of 96 bits: two different keys of one file never share one by chance.
"""

from __future__ import annotations

import hashlib
import struct
import tempfile
from typing import IO

_KEY = 12  # bytes of a digest
_RECORD = _KEY + 8  # a digest and its number
_BUCKETS = 1 << 14
_HEAD = struct.Struct("<qII")  # a row's number, the sizes of its label and organisation


def digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode(), digest_size=_KEY).digest()


class DigestIndex:
    """Digest -> number (a row number, an offset), the first number given to a digest kept."""

    def __init__(self) -> None:
        self._buckets: list[bytearray | None] = [None] * _BUCKETS
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def get(self, key: bytes) -> int | None:
        bucket = self._buckets[int.from_bytes(key[:2], "little") & (_BUCKETS - 1)]
        if bucket is None:
            return None
        at = bucket.find(key)
        while at >= 0:
            if at % _RECORD == 0:  # a digest, not bytes across two records
                return int.from_bytes(bucket[at + _KEY : at + _RECORD], "little")
            at = bucket.find(key, at + 1)
        return None

    def setdefault(self, key: bytes, number: int) -> int:
        found = self.get(key)
        if found is not None:
            return found
        slot = int.from_bytes(key[:2], "little") & (_BUCKETS - 1)
        bucket = self._buckets[slot]
        if bucket is None:
            bucket = self._buckets[slot] = bytearray()
        bucket += key
        bucket += number.to_bytes(8, "little")
        self._count += 1
        return number


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
        self._index.setdefault(key, self._end)
        self._file.write(data)
        self._end += len(data)
