"""Read the rows of a registry list from CSV or XLSX (streaming, numbered), cell by field.

CSV files come from every kind of office: UTF-8 with or without a BOM, UTF-16
("Unicode text" from Excel), Windows-1252; comma, semicolon, tab or bar separated;
quoted fields holding separators and line breaks; CRLF ends. Row numbers are the
line numbers in the file (the header is row 1 when it is on the first line), so
blank lines are skipped but still counted, and a record spanning several lines is
numbered by its first line. XLSX rows are numbered as the spreadsheet shows them.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from operator import itemgetter
from pathlib import Path
from typing import Any, TypeVar

from forumdesk.services.common.messages import _
from forumdesk.services.registry.import_.columns import FIELDS, IGNORE, ColumnMapping
from forumdesk.services.registry.import_.encoding import (
    MAGIC,
    ImportFileError,
    control_character,
    detect_encoding,
)
from forumdesk.services.registry.people import (
    FieldProblem,
    RegistryError,
    country_code,
    latin,
    normalise_email,
    normalise_phone,
    parse_gender,
    sort_key,
)
from forumdesk.services.registry.scripts import romanise
from forumdesk.store.enums import Gender, OrganisationCategory

#: What a CSV export quotes (output_files.neutral_cell), so an import takes it off again.
_QUOTED_STARTS = frozenset("=+-@\t\r")

CSV_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
_SAMPLE = 64 * 1024
_CHUNK = 1024 * 1024
_DELIMITERS = (";", ",", "\t", "|")
__all__ = ["ImportFileError", "detect_encoding"]  # re-exported: callers import them from here
_SEP_LINE = re.compile(r"sep=(.)\r?(?:\n|$)")

Row = tuple[int, list[str]]
T = TypeVar("T")
# An unquoted ASCII local part (RFC 5322 dot-atom): the common case the fast path serves.
_PLAIN_LOCAL = re.compile(
    r"[A-Za-z0-9_!#$%&'*+\-/=?^`{|}~]+(?:\.[A-Za-z0-9_!#$%&'*+\-/=?^`{|}~]+)*\Z"
)


@dataclass(frozen=True)
class CsvFormat:
    encoding: str
    delimiter: str


def _delimiter(sample: str) -> str:
    """The separator the header line uses most (outside quotes); the Sniffer breaks ties."""
    header = next((line for line in sample.splitlines() if line.strip()), "")
    counts = {d: _unquoted_count(header, d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    if counts[best] == 0:
        return ","  # one column
    if sorted(counts.values())[-2] == counts[best]:
        try:
            return csv.Sniffer().sniff(sample, delimiters="".join(_DELIMITERS)).delimiter
        except csv.Error:
            return best
    return best


def _unquoted_count(line: str, delimiter: str) -> int:
    count, quoted = 0, False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            count += 1
    return count


def csv_format(path: Path) -> CsvFormat:
    encoding = detect_encoding(path)
    with path.open(encoding=encoding, newline="") as stream:
        sample = stream.read(_SAMPLE)
    hint = _SEP_LINE.match(sample)
    return CsvFormat(encoding, hint.group(1) if hint else _delimiter(sample))


def _check(path: Path) -> str:
    suffix = path.suffix.lower()
    if not path.is_file():
        raise ImportFileError(path, _("no such file"))
    if suffix == ".xls":
        raise ImportFileError(
            path, _("old Excel (.xls) files are not read; save it as .xlsx or CSV")
        )
    if suffix not in CSV_SUFFIXES | XLSX_SUFFIXES:
        raise ImportFileError(
            path, _("unsupported file type '{suffix}'; use .csv or .xlsx").format(suffix=suffix)
        )
    return suffix


def read_rows(path: Path) -> tuple[list[str], Iterator[Row]]:
    """The header cells, and an iterator of (row number, cells) for the non-blank rows after it.

    The header is read at once, so a bad file fails here, before any import starts.
    """
    rows = _xlsx_rows(path) if _check(path) in XLSX_SUFFIXES else _csv_rows(path)
    try:
        for number, cells in rows:
            if any(cell.strip() for cell in cells):
                # Trailing unnamed cells (a trailing separator) are not columns.
                while not cells[-1].strip():
                    cells = cells[:-1]
                headers = [cell.strip() or f"Column {i + 1}" for i, cell in enumerate(cells)]
                return headers, _non_blank(rows, number)
    except UnicodeDecodeError as error:  # pragma: no cover - detect_encoding guards this
        raise ImportFileError(
            path, _("cannot decode the text: {error}").format(error=error)
        ) from error
    except csv.Error as error:
        raise ImportFileError(path, str(error)) from error
    raise ImportFileError(path, _("the file has no header row (it is empty)"))


def _non_blank(rows: Iterator[Row], header_row: int) -> Iterator[Row]:
    for number, cells in rows:
        # Not blank: some cell has more than whitespace (one C pass, not a generator).
        if number > header_row and "".join(cells).strip():
            yield number, cells


def count_rows(path: Path) -> int:
    """How many rows follow the header (blank ones excluded): the progress bar's length."""
    _headers, rows = read_rows(path)
    return sum(1 for _ in rows)


def _csv_rows(path: Path) -> Iterator[Row]:
    form = csv_format(path)
    stream = path.open(encoding=form.encoding, newline="")
    try:
        reader = csv.reader(stream, delimiter=form.delimiter, quotechar='"', strict=False)
        first_line = 1
        width = 0  # the header's cells, once read
        try:
            for cells in reader:
                if first_line == 1 and _SEP_LINE.match(form.delimiter.join(cells)):
                    cells = []  # Excel's "sep=;" line names the separator; it is no header
                if not width and "".join(cells).strip():
                    width = len(cells)  # the header (which an open quote may eat into too)
                if reader.line_num > first_line:
                    _refuse_swallowed(path, first_line, cells, form.delimiter, width)
                yield first_line, cells
                first_line = reader.line_num + 1
        except csv.Error as error:
            reason = str(error)
            if "field larger than field limit" in reason:
                reason = _("a cell is longer than {size} KB (is a quote left open?)").format(
                    size=csv.field_size_limit() // 1024
                )
            raise ImportFileError(
                path, _("row {row}: {reason}").format(row=first_line, reason=reason)
            ) from error
    finally:
        stream.close()


def _refuse_swallowed(path: Path, row: int, cells: list[str], delimiter: str, width: int) -> None:
    """A quoted cell that holds whole lines of cells: an unclosed quote ate those rows.

    The csv module reads an opening quote with no closing one to the next quote, or
    to the end of the file, as one cell: the rows in between vanish without a word.
    A cell may hold line breaks (an address, notes); one whose later lines hold
    separators as a row would is the swallowed rows.
    """
    wanted = max(1, (width - 1) // 2)
    for cell in cells:
        if "\n" not in cell and "\r" not in cell:
            continue
        lines = cell.splitlines()[1:]
        swallowed = sum(1 for line in lines if line.count(delimiter) >= wanted)
        if swallowed:
            raise ImportFileError(
                path,
                _(
                    "row {row}: a quote opened in this row is not closed; the cell runs over "
                    "{count} more line(s) that look like rows (close the quote, or double a quote "
                    "inside a cell)"
                ).format(row=row, count=len(lines)),
            )


def _xlsx_rows(path: Path) -> Iterator[Row]:
    """The workbook's first sheet; any fault of the file is one ImportFileError."""
    import zipfile

    with path.open("rb") as stream:
        head = stream.read(4)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(path, _(dict(MAGIC)[b"\xd0\xcf\x11\xe0"]))
    if not head.startswith(b"PK"):
        raise ImportFileError(path, _("not a readable .xlsx workbook: it is not a zip file"))
    if not zipfile.is_zipfile(path):
        raise ImportFileError(path, _("not a readable .xlsx workbook: it is damaged or cut short"))
    try:
        yield from _xlsx_sheet(path)
    except ImportFileError:
        raise
    except Exception as error:  # a third-party parser of a foreign file: any fault is the file's
        what = type(error).__name__
        raise ImportFileError(
            path,
            _("not a readable .xlsx workbook ({what}: {error})").format(what=what, error=error),
        ) from error


def _xlsx_sheet(path: Path) -> Iterator[Row]:
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    # read_only streams the sheet; data_only gives formulas' last computed values.
    book = load_workbook(path, read_only=True, data_only=True)
    try:
        if not book.worksheets:
            raise ImportFileError(path, _("the workbook has no sheet"))
        sheet = book.worksheets[0]
        for number, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):
            cells = [_cell_text(value) for value in values]
            while cells and not cells[-1]:
                cells.pop()
            yield number, cells
    finally:
        book.close()


def _cell_value(cell: str) -> str:
    """A cell's trimmed text, without the quote a CSV export puts before a value a
    spreadsheet would run as a formula ("'=SUM(A1)" reads back as "=SUM(A1)")."""
    text = cell.strip()
    if text[:1] == "'" and text[1:2] in _QUOTED_STARTS:
        return text[1:]
    return text


def _cell_text(value: Any) -> str:
    """A spreadsheet value as the text the user sees (a phone typed as a number keeps no ".0")."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def split_full_name(text: str) -> tuple[str, str]:
    """(given, family) from one "Name" cell: "DUPONT Jean", "Dupont, Jean" or "Jean Dupont".

    Leading words in capitals are the family name (the UN way of writing names);
    otherwise the last word is. Only used when the file has no separate columns.
    """
    text = " ".join(text.split())
    if "," in text:
        family, given = text.split(",", 1)
        return given.strip(), family.strip()
    words = text.split(" ")
    if len(words) < 2:
        return "", text
    capitals = 0
    for word in words:
        if not (word.isupper() and sum(c.isalpha() for c in word) > 1):
            break
        capitals += 1
    if 0 < capitals < len(words):
        return " ".join(words[capitals:]), " ".join(words[:capitals])
    return " ".join(words[:-1]), words[-1]


class RowReader:
    """A mapping applied to rows: cells by field, with per-word caches for the slow look-ups."""

    def __init__(
        self, headers: Sequence[str], mapping: ColumnMapping, fields: Sequence[str] = FIELDS
    ) -> None:
        """`fields`: what `cells` gives a value for (the registry's by default)."""
        self.headers = list(headers)
        self.mapping = mapping
        self.index: dict[str, int] = {}
        for column, name in sorted(mapping.fields.items()):
            if name != IGNORE:
                self.index.setdefault(name, column)
        # Failures are kept as problems, not exceptions: an exception holds its
        # traceback's frames, and a cache of them is garbage the collector must find.
        self._countries: dict[str, str | FieldProblem | None] = {}
        self._categories: dict[str, OrganisationCategory | FieldProblem] = {}
        self._org_keys: dict[str, str] = {}
        self._domains: dict[str, str | None] = {}
        self._genders: dict[str, Gender] = {}
        self._latin: dict[str, str] = {}
        self._blank = dict.fromkeys(fields, "")
        self._phones: dict[tuple[str, str | None], str | FieldProblem | None] = {}
        self._name_keys: dict[tuple[str | None, str | None], str] = {}
        # The mapped cells of a full row in one call (a tuple even for one column).
        columns = list(self.index.values())
        self._full_width = max(columns, default=-1) + 1
        self._pick: Callable[[Sequence[str]], Sequence[str]] = (
            itemgetter(*columns) if len(columns) > 1 else lambda cells: [cells[c] for c in columns]
        )

    def cells(self, cells: Sequence[str]) -> dict[str, str]:
        """Every field's trimmed text in this row ("" when unmapped or missing)."""
        width = len(cells)
        values = dict(self._blank)
        if width >= self._full_width:
            values.update(zip(self.index, map(_cell_value, self._pick(cells)), strict=True))
            return values
        for name, column in self.index.items():
            if column < width:
                values[name] = _cell_value(cells[column])
        return values

    def control_character(self, get: dict[str, str]) -> tuple[str, str] | None:
        """(field, the character escaped) of the first control character in these cells.

        Such characters are no typing slip but a broken or doctored file (escape
        sequences, a name that reads backwards), so the importer refuses the file.
        Notes may hold line breaks.
        """
        notes = get["notes"]
        joined = "\t".join(v for k, v in get.items() if k != "notes")  # tab is allowed
        if control_character(joined) is None and control_character(notes, long_text=True) is None:
            return None
        for name, value in get.items():
            found = control_character(value, long_text=name == "notes")
            if found is not None:
                return name, found
        return None  # pragma: no cover - one of the searches above found it

    def extra_cells(self, cells: Sequence[str]) -> list[tuple[str, str]]:
        """A warning for filled cells beyond the header's columns (they are ignored)."""
        if len(cells) <= len(self.headers):
            return []
        extra = [c for c in cells[len(self.headers) :] if c.strip()]
        if not extra:
            return []
        return [
            (
                f"Column {len(self.headers) + 1}",
                _("{count} cells where the header has {header}; ignored: {extra}").format(
                    count=len(cells), header=len(self.headers), extra=" | ".join(extra)[:80]
                ),
            )
        ]

    def names(self, get: dict[str, str]) -> tuple[str, str]:
        if "full_name" in self.index and not {"given_name", "family_name"} & self.index.keys():
            return split_full_name(get["full_name"])
        return get["given_name"], get["family_name"]

    def gender(self, problems: list[FieldProblem], raw: str) -> Gender:
        found = self._genders.get(raw)
        if found is None:
            try:
                found = self._genders[raw] = parse_gender(raw)
            except RegistryError as error:
                problems.append(FieldProblem(error.field, error.reason))
                return Gender.UNDISCLOSED
        return found

    def latin(self, name: str) -> str | None:
        """Latin form of a name to compare and sort by (the stored one, else a
        transliteration), cached: given names repeat a lot in a long list."""
        found = self._latin.get(name)
        if found is None:
            if len(self._latin) > 100_000:
                self._latin.clear()
            found = self._latin[name] = romanise(name) or latin(name)
        return found or None

    def attempt(self, problems: list[FieldProblem], action: Callable[[], T]) -> T | None:
        try:
            return action()
        except RegistryError as error:
            problems.append(FieldProblem(error.field, error.reason))
            return None

    def email(self, problems: list[FieldProblem], raw: str) -> str | None:
        """normalise_email, with each domain checked once: the full check costs ~0.1 ms."""
        local, at, domain = raw.rpartition("@")
        if at and len(raw) <= 254 and len(local) <= 64 and _PLAIN_LOCAL.match(local):
            if domain not in self._domains:
                try:
                    checked = normalise_email(f"a@{domain}")
                    self._domains[domain] = checked.rpartition("@")[2] if checked else None
                except RegistryError:
                    self._domains[domain] = None
            normal = self._domains[domain]
            if normal is not None:
                return f"{local}@{normal}"
        # Anything unusual (or a bad domain) takes the full check, for its exact message.
        return self.attempt(problems, lambda: normalise_email(raw))

    def phone(self, problems: list[FieldProblem], raw: str, region: str | None) -> str | None:
        """normalise_phone, once per (number, region): lists repeat switchboard numbers."""
        if not raw:
            return None
        key = (raw, region)
        if key not in self._phones:
            if len(self._phones) > 50_000:
                self._phones.clear()  # bounded: most numbers in a big list are distinct
            try:
                self._phones[key] = normalise_phone(raw, region)
            except RegistryError as error:
                self._phones[key] = FieldProblem(error.field, error.reason)
        found = self._phones[key]
        if isinstance(found, FieldProblem):
            problems.append(found)
            return None
        return found

    def country(self, problems: list[FieldProblem], raw: str) -> str | None:
        if not raw:
            return None
        if raw not in self._countries:
            try:
                self._countries[raw] = country_code(raw)
            except RegistryError as error:
                self._countries[raw] = FieldProblem("country", error.reason)
        found = self._countries[raw]
        if isinstance(found, FieldProblem):
            problems.append(found)
            return None
        return found

    def category(self, problems: list[FieldProblem], raw: str) -> OrganisationCategory | None:
        if raw not in self._categories:
            try:
                self._categories[raw] = self.mapping.category(raw)
            except RegistryError as error:
                self._categories[raw] = FieldProblem("category", error.reason)
        found = self._categories[raw]
        if isinstance(found, FieldProblem):
            problems.append(found)
            return None
        return found

    def name_key(self, family_latin: str | None, given_latin: str | None) -> str:
        """sort_key of a person's Latin names, cached: names repeat in a long list."""
        key = self._name_keys.get((family_latin, given_latin))
        if key is None:
            if len(self._name_keys) > 100_000:
                self._name_keys.clear()
            key = self._name_keys[family_latin, given_latin] = sort_key(family_latin, given_latin)
        return key

    def org_key(self, name: str) -> str:
        key = self._org_keys.get(name)
        if key is None:
            key = self._org_keys[name] = sort_key(name)
        return key

    def column(self, name: str) -> str:
        """The header a problem with this field is reported under."""
        field_name = _PROBLEM_FIELDS.get(name, name)
        column = self.index.get(field_name)
        if column is None and field_name in ("given_name", "family_name"):
            column = self.index.get("full_name")
        if column is not None and column < len(self.headers):
            return self.headers[column]
        return field_name


# Problem fields of services.people that are called otherwise in an import's mapping.
_PROBLEM_FIELDS = {"name": "organisation", "given_name_latin": "given_name"}
