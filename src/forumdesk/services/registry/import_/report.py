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
import heapq
import json
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from functools import partial
from itertools import islice
from operator import itemgetter
from pathlib import Path
from typing import Any, TextIO

from forumdesk.services.common.messages import _
from forumdesk.services.registry.duplicates.finder import DuplicateFinder, DuplicateMatch
from forumdesk.services.registry.import_.digests import EarlierRows, digest
from forumdesk.services.registry.import_.listed import RowOutcome
from forumdesk.services.registry.import_.row_log import RowLog, json_text

FILED_PER_NAME = 1
_ENCODED = 20_000  # matches whose JSON a report keeps, to encode each once
EMAIL_MATCH_SCORE = 90.0


@dataclass(frozen=True, slots=True)
class RowProblem:
    row: int
    column: str
    reason: str

    def as_json(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "reason": self.reason}

    def json_line(self) -> str:
        return json_text(self.as_json())

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RowProblem:
        return cls(data["row"], data["column"], data["reason"])

    def message(self) -> str:
        """One line naming the row and the file's column, in the user's language."""
        return _("row {row}, {column}: {reason}").format(
            row=self.row, column=self.column, reason=self.reason
        )


@dataclass(frozen=True, slots=True)
class RowDuplicates:
    row: int
    label: str
    matches: tuple[DuplicateMatch, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "label": self.label,
            "matches": [_match_json(m) for m in self.matches],
        }

    def json_line(self) -> str:
        return json_text(self.as_json())

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RowDuplicates:
        matches = tuple(
            DuplicateMatch(
                uuid.UUID(m["representative_id"]) if m["representative_id"] else None,
                m["row"],
                m["score"],
                tuple(m["reasons"]),
                m["label"],
            )
            for m in data["matches"]
        )
        return cls(data["row"], data["label"], matches)


class _DuplicateLines:
    """RowDuplicates.json_line with each match encoded once: rows share their match
    objects, and encoding them was a tenth of an import."""

    def __init__(self) -> None:
        self._encoded: dict[DuplicateMatch, str] = {}  # a match -> its JSON (bounded)

    def __call__(self, found: RowDuplicates) -> str:
        matches = []
        for match in found.matches:
            text = self._encoded.get(match)
            if text is None:
                if len(self._encoded) >= _ENCODED:
                    self._encoded.clear()
                text = self._encoded[match] = json_text(_match_json(match))
            matches.append(text)
        return (
            f'{{"row": {found.row}, "label": {json_text(found.label)}, '
            f'"matches": [{", ".join(matches)}]}}'
        )


def _match_json(match: DuplicateMatch) -> dict[str, Any]:
    rid = match.representative_id
    return {
        "representative_id": str(rid) if rid else None,
        "row": match.row,
        "score": match.score,
        "reasons": list(match.reasons),
        "label": match.label,
    }


def _log(kind: Any) -> Callable[[], RowLog[Any]]:
    """A report's empty log of `kind` (RowProblem, RowOutcome)."""
    return partial(RowLog, line=kind.json_line, entry=kind.from_json)


def _duplicates_log() -> RowLog[RowDuplicates]:
    return RowLog(line=_DuplicateLines(), entry=RowDuplicates.from_json)


class RowDuplicateFinder:
    """Likely duplicates of each valid row: the registry's people and the file's rows."""

    def __init__(self, finder: DuplicateFinder, limit: int = 3) -> None:
        self.finder = finder
        self.limit = limit
        self._filed: dict[str, int] = {}
        # email -> (row, label, organisation), a few bytes a row; the match label is
        # made only when used.
        self._emails = EarlierRows()
        self._word_keys: dict[str, str] = {}

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
        mail = digest(email.casefold()) if email else None
        earlier = self._emails.get(mail) if mail else None
        if (
            earlier is not None
            and not any(m.row == earlier[0] for m in matches)
            and not any("same email" in m.reasons for m in matches)
        ):
            row_label = f"{earlier[1]} — {earlier[2]}" if earlier[2] else earlier[1]
            matches.append(
                DuplicateMatch(None, earlier[0], EMAIL_MATCH_SCORE, ("same email",), row_label)
            )
        key = self._word_keys.get(name_key)
        if key is None:  # "Smith John" files as "John Smith"
            if len(self._word_keys) >= 50_000:
                self._word_keys.clear()
            key = self._word_keys[name_key] = " ".join(sorted(name_key.split()))
        filed = self._filed.get(key, 0)
        if filed < FILED_PER_NAME:
            self._filed[key] = filed + 1
            self.finder.add(given, family, organisation=organisation, email=email, row=row)
        elif mail and earlier is None:  # the finder knows the emails of what it files
            self._emails.add(mail, row, label, organisation)
        if not matches:
            return None
        # The finder hands out one object per distinct match: thousands of rows share it.
        return RowDuplicates(row, label, tuple(matches[: self.limit]))


@dataclass
class ImportReport:
    source: str
    headers: tuple[str, ...] = ()
    valid: int = 0
    invalid: int = 0
    errors: RowLog[RowProblem] = field(default_factory=_log(RowProblem))
    warnings: RowLog[RowProblem] = field(default_factory=_log(RowProblem))
    duplicates: RowLog[RowDuplicates] = field(default_factory=_duplicates_log)
    #: Rows already listed or looking like a listed person, not imported.
    skipped: RowLog[RowOutcome] = field(default_factory=_log(RowOutcome))
    #: Rows whose listed person took their values.
    updated: RowLog[RowOutcome] = field(default_factory=_log(RowOutcome))
    organisations_created: int = 0
    representatives_created: int = 0
    registrations_created: int = 0
    dry_run: bool = False
    cancelled: bool = False
    #: The import's record (None for a dry run, or an import that changed nothing).
    import_id: uuid.UUID | None = None

    @property
    def changed(self) -> bool:
        return bool(
            self.representatives_created
            or self.organisations_created
            or self.registrations_created
            or any(u.fields for u in self.updated)
        )

    def counts(self) -> dict[str, int]:
        return {
            "organisations": self.organisations_created,
            "representatives": self.representatives_created,
            "registrations": self.registrations_created,
            "updated": sum(1 for u in self.updated if u.fields),
            "skipped": len(self.skipped),
            "invalid": self.invalid,
        }

    def as_json(self) -> dict[str, Any]:
        """The report as JSON values (`write_json` writes the same, streamed)."""
        return {
            "valid": self.valid,
            "invalid": self.invalid,
            **{name: [e.as_json() for e in getattr(self, name)] for name in _LISTS},
            **self._totals(),
        }

    def _totals(self) -> dict[str, Any]:
        return {
            "created": {
                "organisations": self.organisations_created,
                "representatives": self.representatives_created,
                "registrations": self.registrations_created,
            },
            "dry_run": self.dry_run,
            "import_id": str(self.import_id) if self.import_id else None,
        }

    def write_json(self, stream: TextIO) -> None:
        """The same JSON as `as_json`, streamed: a 100k-row list can propose 100k
        duplicates, one line each here, copied from the report's file as written."""
        stream.write(f'{{\n  "valid": {self.valid},\n  "invalid": {self.invalid}')
        for name in _LISTS:
            entries = getattr(self, name)
            lines = entries.lines() if isinstance(entries, RowLog) else _lines(entries)
            stream.write(f',\n  "{name}": [')
            first = next(lines, None)
            if first is None:
                stream.write("]")
                continue
            stream.write(f"\n    {first}")
            while chunk := list(islice(lines, 2000)):
                stream.write("".join([f",\n    {line}" for line in chunk]))
            stream.write("\n  ]")
        totals = json.dumps(self._totals(), indent=2, ensure_ascii=False)
        stream.write(f",\n{totals[2:]}\n")


_LISTS = ("errors", "warnings", "duplicates", "skipped", "updated")


def _lines(entries: Iterable[Any]) -> Iterator[str]:
    return (entry.json_line() for entry in entries)


class ImportStage(StrEnum):
    """What a written import does once its last row is in, none of which can be
    cancelled: about 20 s at a million rows, after the rows' own progress is done."""

    INDEXES = "indexes"  # the indexes set aside for the rows, built again
    STATISTICS = "statistics"  # the query planner's statistics, read again
    SAVING = "saving"  # the transaction's commit, once `run_import` has returned


class ImportCancelled(Exception):
    """The user cancelled: let the unit of work roll back. `report` holds the rows seen."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__(_("import cancelled; nothing was written"))
        self.report = report


def save_report_csv(report: ImportReport, path: Path) -> None:
    """Row, column, kind and reason per problem, in row order; UTF-8 with BOM for Excel.
    The headings and kinds are in the user's language (the reasons already are)."""
    skipped = {"already listed": _("already listed"), "likely match": _("likely match")}
    # Each kind is in row order already: merged, not sorted, so no list of every line.
    lines = heapq.merge(
        ((p.row, p.column, _("error"), p.reason) for p in report.errors),
        ((p.row, p.column, _("warning"), p.reason) for p in report.warnings),
        (
            (d.row, "", _("duplicate"), "; ".join(f"{m.label} ({m.score:.0f})" for m in d.matches))
            for d in report.duplicates
        ),
        ((o.row, "", skipped.get(o.reason, o.reason), o.match) for o in report.skipped),
        ((o.row, "", _("updated"), ", ".join(o.fields)) for o in report.updated),
        key=itemgetter(0),
    )
    from forumdesk.services.common.output_files import neutral_cell, output_text

    # The reasons quote the file's cells: a "=HYPERLINK(…)" there must not run.
    with output_text(path, encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow((_("row"), _("column"), _("kind"), _("reason")))
        writer.writerows(
            (row, neutral_cell(column), kind, neutral_cell(reason))
            for row, column, kind, reason in lines
        )
