"""The first look at a list before importing it: what the mapping step shows.

One pass over the file gives the headers, a few sample rows, the row count (the
progress bar's length) and each column's distinct values, capped, so the dialog
can list the office's category words whichever column the user maps to
"category". Nothing is written.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from forumdesk.services.registry.import_.columns import (
    REPRESENTATIVES,
    ColumnMapping,
    Vocabulary,
    guess_mapping,
)
from forumdesk.services.registry.import_.files import CSV_SUFFIXES, csv_format, read_rows
from forumdesk.services.registry.import_.report import ImportCancelled, ImportReport

SAMPLE_ROWS = 5
#: Distinct values kept per column: enough for any category vocabulary.
DISTINCT_CAP = 60


@dataclass(frozen=True)
class ImportPreview:
    path: Path
    headers: tuple[str, ...]
    samples: tuple[tuple[str, ...], ...]
    rows: int
    #: Per column: its most frequent distinct values with their counts (capped).
    values: tuple[tuple[tuple[str, int], ...], ...]
    #: Per column: more distinct values than were kept.
    more_values: tuple[bool, ...]
    mapping: ColumnMapping
    #: "UTF-8, ';'" for a CSV; None for a workbook.
    text_format: str | None

    def column_values(self, index: int) -> tuple[tuple[str, int], ...]:
        return self.values[index] if 0 <= index < len(self.values) else ()


_ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (BOM)",
    "utf-16": "UTF-16",
    "cp1252": "Windows-1252",
    "latin-1": "Latin-1",
}


def preview_import(
    session: Session,
    path: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    vocabulary: Vocabulary = REPRESENTATIVES,
) -> ImportPreview:
    """Read `path` once; ImportFileError (one line naming the file) if it cannot be read.
    `vocabulary`: what the columns are guessed as (the registry's fields by default)."""
    headers, rows = read_rows(path)
    width = len(headers)
    counters: list[Counter[str]] = [Counter() for _ in range(width)]
    overflow = [False] * width
    samples: list[tuple[str, ...]] = []
    count = 0
    for _number, cells in rows:
        count += 1
        if count % 1000 == 0:
            if cancelled is not None and cancelled():
                raise ImportCancelled(ImportReport(source=path.name, headers=tuple(headers)))
            if progress is not None:
                progress(count, 0)
        if len(samples) < SAMPLE_ROWS:
            samples.append(tuple(cells[:width]) + ("",) * max(0, width - len(cells)))
        for index, cell in enumerate(cells[:width]):
            value = cell.strip()
            if not value:
                continue
            counter = counters[index]
            if value in counter or len(counter) < DISTINCT_CAP:
                counter[value] += 1
            else:
                overflow[index] = True
    text_format = None
    if path.suffix.lower() in CSV_SUFFIXES:
        form = csv_format(path)
        name = _ENCODING_NAMES.get(form.encoding, form.encoding)
        shown = "Tab" if form.delimiter == "\t" else form.delimiter
        text_format = f"{name}, '{shown}'"
    return ImportPreview(
        path=path,
        headers=tuple(headers),
        samples=tuple(samples),
        rows=count,
        values=tuple(tuple(counter.most_common()) for counter in counters),
        more_values=tuple(overflow),
        mapping=guess_mapping(headers, session, vocabulary),
        text_format=text_format,
    )
