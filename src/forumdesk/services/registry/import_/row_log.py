"""A report's per-row entries, kept on disk past one chunk as the lines of its JSON.

A million-row list proposes hundreds of thousands of duplicates: holding each as an
object grew the import's memory with the file. Past the last `CHUNK` entries, each goes
to a temporary file as the JSON line the CLI prints, so that `--json` copies the lines
as they are; reading the log gives back the entries in the order they were added.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any, Generic, TypeVar, overload

T = TypeVar("T")

#: Entries held in memory before they go to the file.
CHUNK = 5000

_decode = json.JSONDecoder().decode
json_text = json.JSONEncoder(ensure_ascii=False).encode
"""A value's JSON on one line, as json.dumps(value, ensure_ascii=False) writes it."""


class RowLog(Generic[T]):
    """An append-only list of report entries: `append`, `len`, iteration, indexing.

    `line` gives an entry's JSON text (one line: JSON escapes line breaks in strings)
    and `entry` makes the entry back from its parsed JSON; by default the entries are
    JSON values themselves. The entries past the last `CHUNK` go to a temporary file
    (deleted when closed or collected).
    """

    def __init__(
        self,
        items: Iterable[T] = (),
        *,
        line: Callable[[T], str] = json_text,
        entry: Callable[[Any], T] | None = None,
    ) -> None:
        self._line = line
        self._entry = entry
        self._held: list[T] = []
        self._file: IO[bytes] | None = None
        self._end = 0  # bytes written to the file
        self._stored = 0  # entries in the file
        for item in items:
            self.append(item)

    def append(self, item: T) -> None:
        held = self._held
        held.append(item)
        if len(held) >= CHUNK:
            self._store()

    def line(self, item: T) -> str:
        """`item`'s JSON line, as the log stores it."""
        return self._line(item)

    def append_lines(self, lines: list[str]) -> None:
        """Entries given as their lines (`line`, made in another process), after the rest."""
        if lines:
            if self._held:
                self._store()
            self._write(lines)

    def _store(self) -> None:
        self._write(list(map(self._line, self._held)))
        self._held = []

    def _write(self, lines: list[str]) -> None:
        if self._file is None:
            # Open as long as the log lives; deleted when closed (or collected).
            self._file = tempfile.TemporaryFile(prefix="forumdesk-report-")  # noqa: SIM115
        data = "".join([f"{text}\n" for text in lines]).encode()
        self._file.seek(self._end)
        self._file.write(data)
        self._end += len(data)
        self._stored += len(lines)

    def lines(self) -> Iterator[str]:
        """Each entry's JSON text, in order."""
        held = list(self._held)
        yield from self._stored_lines()
        yield from map(self._line, held)

    def _stored_lines(self) -> Iterator[str]:
        if self._file is None:
            return
        self._file.seek(0)
        left = self._end
        while left > 0:
            raw = self._file.readline()
            left -= len(raw)
            yield raw[:-1].decode()

    def __len__(self) -> int:
        return self._stored + len(self._held)

    def __bool__(self) -> bool:
        return len(self) > 0

    def __iter__(self) -> Iterator[T]:
        held = list(self._held)
        parsed = map(_decode, self._stored_lines())
        yield from parsed if self._entry is None else map(self._entry, parsed)
        yield from held

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
