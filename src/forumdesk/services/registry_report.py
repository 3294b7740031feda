"""What an import found: problems per row (row number, column, reason) and duplicates.

The report is plain data: the CLI prints it as JSON, the import dialog shows it,
and `save_report_csv` writes it for the office that sent the list.

`RowDuplicateFinder` proposes duplicates for an import's rows, against the registry
and the rows before. A big list can repeat a common name thousands of times; filing
every row would make each check compare against all of them (quadratic). So only
the first few rows of each name are filed (`FILED_PER_NAME`): a later namesake is
still proposed, as a duplicate of one of those rows, and a repeated email is always
caught by an exact look-up.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from forumdesk.services.duplicates import DuplicateFinder, DuplicateMatch

FILED_PER_NAME = 1
EMAIL_MATCH_SCORE = 90.0


@dataclass(frozen=True)
class RowProblem:
    row: int
    column: str
    reason: str

    def as_json(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "reason": self.reason}


@dataclass(frozen=True)
class RowDuplicates:
    row: int
    label: str
    matches: tuple[DuplicateMatch, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "label": self.label,
            "matches": [
                {
                    "representative_id": str(m.representative_id) if m.representative_id else None,
                    "row": m.row,
                    "score": m.score,
                    "reasons": list(m.reasons),
                    "label": m.label,
                }
                for m in self.matches
            ],
        }


class RowDuplicateFinder:
    """Likely duplicates of each valid row: the registry's people and the file's rows."""

    def __init__(self, finder: DuplicateFinder, limit: int = 3) -> None:
        self.finder = finder
        self.limit = limit
        self._filed: dict[str, int] = {}
        self._emails: dict[str, tuple[int, str]] = {}
        # Thousands of rows meet the same filed record with the same score: share one copy.
        self._shared: dict[DuplicateMatch, DuplicateMatch] = {}

    def check(
        self,
        row: int,
        typed: tuple[str, str, str | None],
        latin: tuple[str, str, str | None],
        name_key: str,
        email: str | None,
    ) -> RowDuplicates | None:
        """`typed` and `latin` are (given, family, organisation) as typed and in Latin letters;
        `name_key` is the person's sort key.

        Latin forms go to the look-up (the same words, without transliterating each
        row again); typed ones are filed, so that proposals show names as typed.
        """
        given, family, organisation = typed
        label = f"{family.upper()}, {given}" if given else family.upper()
        matches = self.finder.check(
            latin[0], latin[1], organisation=latin[2], email=email, limit=self.limit
        )
        mail = (email or "").casefold()
        earlier = self._emails.get(mail) if mail else None
        if (
            earlier is not None
            and not any(m.row == earlier[0] for m in matches)
            and not any("same email" in m.reasons for m in matches)
        ):
            matches.append(
                DuplicateMatch(None, earlier[0], EMAIL_MATCH_SCORE, ("same email",), earlier[1])
            )
        key = " ".join(sorted(name_key.split()))  # "Smith John" files as "John Smith"
        filed = self._filed.get(key, 0)
        if filed < FILED_PER_NAME:
            self._filed[key] = filed + 1
            self.finder.add(given, family, organisation=organisation, email=email, row=row)
        elif mail and earlier is None:  # the finder knows the emails of what it files
            self._emails[mail] = (row, f"{label} — {organisation}" if organisation else label)
        if not matches:
            return None
        shared = tuple(self._shared.setdefault(m, m) for m in matches[: self.limit])
        return RowDuplicates(row, label, shared)


@dataclass
class ImportReport:
    source: str
    headers: tuple[str, ...] = ()
    valid: int = 0
    invalid: int = 0
    errors: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)
    duplicates: list[RowDuplicates] = field(default_factory=list)
    organisations_created: int = 0
    representatives_created: int = 0
    registrations_created: int = 0
    dry_run: bool = False
    cancelled: bool = False

    def as_json(self, *, duplicates: bool = True) -> dict[str, Any]:
        """The report as JSON values; `duplicates=False` leaves them to `write_json`."""
        return {
            "valid": self.valid,
            "invalid": self.invalid,
            "errors": [p.as_json() for p in self.errors],
            **({"duplicates": [d.as_json() for d in self.duplicates]} if duplicates else {}),
            "warnings": [p.as_json() for p in self.warnings],
            "created": {
                "organisations": self.organisations_created,
                "representatives": self.representatives_created,
                "registrations": self.registrations_created,
            },
            "dry_run": self.dry_run,
        }

    def write_json(self, stream: TextIO) -> None:
        """The same JSON as `as_json`, streamed: a 100k-row list can propose 100k
        duplicates, one line each here, never all held as one string."""
        head = json.dumps(self.as_json(duplicates=False), indent=2, ensure_ascii=False)
        stream.write(head[: -len("\n}")] + ',\n  "duplicates": [')
        for index, found in enumerate(self.duplicates):
            stream.write(",\n    " if index else "\n    ")
            stream.write(json.dumps(found.as_json(), ensure_ascii=False))
        stream.write("\n  ]\n}\n" if self.duplicates else "]\n}\n")


class ImportCancelled(Exception):
    """The user cancelled: let the unit of work roll back. `report` holds the rows seen."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__("import cancelled; nothing was written")
        self.report = report


def save_report_csv(report: ImportReport, path: Path) -> None:
    """Row, column, kind and reason per problem, in row order; UTF-8 with BOM for Excel."""
    lines: list[tuple[int, str, str, str]] = [
        *((p.row, p.column, "error", p.reason) for p in report.errors),
        *((p.row, p.column, "warning", p.reason) for p in report.warnings),
        *(
            (d.row, "", "duplicate", "; ".join(f"{m.label} ({m.score:.0f})" for m in d.matches))
            for d in report.duplicates
        ),
    ]
    lines.sort(key=lambda line: line[0])
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(("row", "column", "kind", "reason"))
        writer.writerows(lines)
