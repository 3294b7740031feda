"""A report's per-row entries, kept on disk past one chunk: a million-row list proposes
hundreds of thousands of duplicates, and holding each as an object grew the import's
memory with the file. Reading gives them back in the order they were added."""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Iterable, Iterator
from typing import IO, Generic, TypeVar, overload

T = TypeVar("T")

#: Entries held in memory before they go to the file, as one pickle.
CHUNK = 5000


class RowLog(Generic[T]):
    """An append-only list of report entries: `append`, `len`, iteration, indexing.

    The entries past the last `CHUNK` go to a temporary file (deleted when closed or
    collected), pickled a chunk at a time: entries of one chunk that share an object
    (a duplicate match) share it on disk too.
    """

    def __init__(self, items: Iterable[T] = ()) -> None:
        self._held: list[T] = []
        self._file: IO[bytes] | None = None
        self._chunks: list[tuple[int, int]] = []  # (offset, length) in the file
        self._stored = 0  # entries in the file
        for item in items:
            self.append(item)

    def append(self, item: T) -> None:
        held = self._held
        held.append(item)
        if len(held) >= CHUNK:
            self._store()

    def _store(self) -> None:
        if self._file is None:
            # Open as long as the log lives; deleted when closed (or collected).
            self._file = tempfile.TemporaryFile(prefix="forumdesk-report-")  # noqa: SIM115
        data = pickle.dumps(self._held, pickle.HIGHEST_PROTOCOL)
        offset = self._file.seek(0, 2)
        self._file.write(data)
        self._chunks.append((offset, len(data)))
        self._stored += len(self._held)
        self._held = []

    def __len__(self) -> int:
        return self._stored + len(self._held)

    def __bool__(self) -> bool:
        return len(self) > 0

    def __iter__(self) -> Iterator[T]:
        for offset, length in list(self._chunks):
            assert self._file is not None
            self._file.seek(offset)
            chunk: list[T] = pickle.loads(self._file.read(length))  # our own file
            yield from chunk
        yield from list(self._held)

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, int) and 0 <= index < len(self._held) and not self._stored:
            return self._held[index]  # the usual small report: no file
        return list(self)[index]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, RowLog | list | tuple):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable, as a list

    def __repr__(self) -> str:
        return f"RowLog({len(self)} entries)"
