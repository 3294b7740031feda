"""Export the representatives of the current filter to CSV or XLSX, with the columns chosen.

Names and every other text are written as stored, with one exception in CSV: a cell
a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
return, and not a plain or phone number) gets a leading single quote, as OWASP
advises against CSV injection. CSV is UTF-8 with a BOM (so Excel reads the accents
and scripts) and commas. In XLSX every text cell is typed as text, so "=…" stays
text: openpyxl would otherwise store it as a formula. Characters XLSX cannot hold at
all (control characters) are the only thing dropped. Either file goes through a
temporary file renamed into place, and is never written over a database.

The headers are the English words the import recognises, so an export imports back
with its mapping guessed.
"""

from __future__ import annotations

import csv
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from forumdesk.services.common.messages import N_, _, gettext_in
from forumdesk.services.common.messages import language as current_language
from forumdesk.services.common.output_files import neutral_cell, output_path, output_text
from forumdesk.services.registry.listing.query import RepresentativeQuery, representative_page
from forumdesk.services.registry.listing.rows import RepresentativeRow
from forumdesk.services.registry.people import category_label
from forumdesk.store.models import Organisation, Representative

FORMATS = ("csv", "xlsx")
# Column key → header, in the file's order, which the export dialog shows too (under
# its translated labels), in the file's language. Keys are the import's field names
# where there is one.
EXPORT_COLUMNS: dict[str, str] = {
    "family_name": N_("Family name"),
    "given_name": N_("Given name"),
    "title": N_("Title"),
    "gender": N_("Gender"),
    "function": N_("Function"),
    "languages": N_("Languages"),
    "email": N_("Email"),
    "phone": N_("Phone"),
    "organisation": N_("Organisation"),
    "acronym": N_("Acronym"),
    "category": N_("Category"),
    "country": N_("Country"),
    "status": N_("Status"),
    "badge_number": N_("Badge number"),
    "notes": N_("Notes"),
}
DEFAULT_COLUMNS = (
    "family_name",
    "given_name",
    "title",
    "gender",
    "function",
    "organisation",
    "category",
    "country",
    "email",
    "phone",
)
_PAGE = 5000


class ExportError(ValueError):
    """An export that cannot be written as asked (unknown column or format)."""


def _details(session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, dict[str, Any]]:
    """The columns the list rows lack, for one page of people."""
    query = (
        select(
            Representative.id,
            Representative.function,
            Representative.languages,
            Representative.phone,
            Representative.notes,
            Organisation.acronym,
        )
        .outerjoin(Organisation, Organisation.id == Representative.organisation_id)
        .where(Representative.id.in_(ids))
    )
    return {
        row[0]: {
            "function": row[1],
            "languages": row[2],
            "phone": row[3],
            "notes": row[4],
            "acronym": row[5],
        }
        for row in session.execute(query)
    }


def _value(key: str, row: RepresentativeRow, extra: dict[str, Any], language: str) -> str:
    plain = {
        "family_name": row.family_name,
        "given_name": row.given_name,
        "title": row.title,
        "gender": row.gender.value if row.gender else None,
        "email": row.email,
        "organisation": row.organisation,
        "category": category_label(row.category, language) if row.category else None,
        "country": row.country_code,
        "status": row.status.value if row.status else None,
        "badge_number": row.badge_number,
    }
    value = plain[key] if key in plain else extra.get(key)
    return "" if value is None else str(value)


def export_rows(
    session: Session,
    columns: Sequence[str],
    query: RepresentativeQuery | None = None,
    *,
    registered_only: bool = False,
    language: str = "en",
) -> Iterator[list[str]]:
    """The cells of each exported person, in the list's order, a page at a time."""
    query = query or RepresentativeQuery()
    offset = 0
    while True:
        page = representative_page(session, query, offset, _PAGE)
        if not page:
            return
        offset += len(page)
        if registered_only:
            page = [row for row in page if row.registration_id is not None]
        extra = _details(session, [row.id for row in page])
        for row in page:
            yield [_value(key, row, extra.get(row.id, {}), language) for key in columns]


def export_representatives(
    session: Session,
    path: Path,
    format: str = "csv",
    columns: Sequence[str] = DEFAULT_COLUMNS,
    query: RepresentativeQuery | None = None,
    *,
    registered_only: bool = False,
    language: str | None = None,
) -> int:
    """Write the filtered people to `path`; returns how many rows were written. Headers
    and categories are in `language`, by default the user's."""
    language = language or current_language()
    unknown = [key for key in columns if key not in EXPORT_COLUMNS]
    if unknown:
        raise ExportError(
            _("unknown column {unknown!r}; one of {known}").format(
                unknown=unknown[0], known=", ".join(EXPORT_COLUMNS)
            )
        )
    if format not in FORMATS:
        raise ExportError(_("unknown format {format!r}; use csv or xlsx").format(format=format))
    headers = [gettext_in(language, EXPORT_COLUMNS[key]) for key in columns]
    rows = export_rows(session, columns, query, registered_only=registered_only, language=language)
    if format == "csv":
        return _write_csv(path, headers, rows)
    return _write_xlsx(path, headers, rows)


def _write_csv(path: Path, headers: list[str], rows: Iterator[list[str]]) -> int:
    count = 0
    with output_text(path, encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(headers)
        for row in rows:
            writer.writerow([neutral_cell(value) for value in row])
            count += 1
    return count


def _write_xlsx(path: Path, headers: list[str], rows: Iterator[list[str]]) -> int:
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # type: ignore[import-untyped]

    book = Workbook(write_only=True)  # streams rows: flat memory at 100k people
    sheet = book.create_sheet("Representatives")

    def text_cell(value: str) -> Any:
        cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", value))
        cell.data_type = "s"  # "=HYPERLINK(…)" typed in a name stays text, not a formula
        return cell

    sheet.append([text_cell(header) for header in headers])
    count = 0
    for row in rows:
        sheet.append([text_cell(value) if value else None for value in row])
        count += 1
    with output_path(path) as temporary:
        book.save(temporary)
    return count
