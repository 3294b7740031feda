"""The forum's practices as open data for its website: JSON or CSV, one schema.

The schema is `resources/data/practices-open-data.schema.json` (JSON Schema 2020-12),
described field by field in docs/open-data.md; `SCHEMA_VERSION` changes with it. The
CSV has the same fields, one column each, lists joined with "; " (submitters'
categories and countries in the same order as their names).

No personal data: the contact person's name and e-mail stay in the secretariat's
database; the website points readers to the submitting organisations instead. The
file is written through `output_files`: never over a database, never half-written.
"""

from __future__ import annotations

import csv
import json
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from forumdesk.services.common.messages import _
from forumdesk.services.common.output_files import neutral_cell, output_text
from forumdesk.services.practices.published import PracticeRecord, published_practices

SCHEMA_VERSION = "1.0"
SCHEMA_ID = "https://forumdesk.example.org/schemas/practices-open-data/1.0"
FORMATS = ("csv", "json")
#: The CSV's columns, in order: the JSON practice's fields, lists flattened.
CSV_COLUMNS = (
    "id",
    "title",
    "summary",
    "type",
    "region",
    "countries",
    "theme_codes",
    "theme_labels",
    "submitters",
    "submitter_categories",
    "submitter_countries",
    "partners",
    "period_from",
    "period_to",
    "results",
    "links",
    "paragraphs",
    "segments",
    "segment_dates",
    "state",
    "published_on",
    "fictional",
)
_JOIN = "; "


def write_open_data(
    session: Session,
    forum_id: uuid.UUID,
    path: Path,
    fmt: str,
    *,
    published_only: bool = True,
) -> int:
    """Write the forum's practices (published ones only, unless told otherwise) to
    `path` as `fmt` ("csv" or "json"); the number of practices written."""
    if fmt not in FORMATS:
        raise ValueError(_("unknown open-data format {fmt!r}: use csv or json").format(fmt=fmt))
    data = published_practices(session, forum_id, published_only=published_only)
    practices = [practice_object(record) for record in data.practices]
    if fmt == "json":
        document = {
            "$schema": SCHEMA_ID,
            "schema_version": SCHEMA_VERSION,
            "forum": data.forum_title,
            "published_only": published_only,
            "practices": practices,
        }
        text = json.dumps(document, ensure_ascii=False, indent=2)
        with output_text(path) as stream:
            stream.write(text + "\n")
    else:
        with output_text(path, newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(CSV_COLUMNS)
            writer.writerows(csv_row(practice) for practice in practices)
    return len(practices)


def practice_object(record: PracticeRecord) -> dict[str, Any]:
    """One practice as the JSON file holds it (the schema's `practice`)."""
    return {
        "id": str(record.id),
        "title": record.title,
        "summary": record.summary,
        "type": record.practice_type.value,
        "region": record.region.value if record.region else None,
        "countries": list(record.countries),
        "themes": [{"code": theme.code, "label": theme.label} for theme in record.themes],
        "submitters": [
            {
                "name": submitter.name,
                "category": submitter.category.value,
                "country": submitter.country,
            }
            for submitter in record.submitters
        ],
        "partners": record.partners,
        "period_from": record.period_from,
        "period_to": record.period_to,
        "results": record.results,
        "links": list(record.links),
        "paragraphs": [
            {"document": link.document, "paragraph": link.number} for link in record.paragraphs
        ],
        "segments": [
            {
                "id": str(segment.id),
                "title": segment.title,
                "date": segment.day.isoformat() if segment.day else None,
            }
            for segment in record.segments
        ],
        "state": record.state.value,
        "published_on": record.published_on.isoformat() if record.published_on else None,
        "fictional": record.fictional,
    }


def csv_row(practice: dict[str, Any]) -> list[str]:
    """The practice's JSON object flattened to the CSV's columns."""
    flat = {
        **practice,
        "countries": _JOIN.join(practice["countries"]),
        "theme_codes": _JOIN.join(theme["code"] for theme in practice["themes"]),
        "theme_labels": _JOIN.join(theme["label"] for theme in practice["themes"]),
        "submitters": _JOIN.join(s["name"] for s in practice["submitters"]),
        "submitter_categories": _JOIN.join(s["category"] for s in practice["submitters"]),
        "submitter_countries": _JOIN.join(s["country"] or "" for s in practice["submitters"]),
        "links": _JOIN.join(practice["links"]),
        "paragraphs": _JOIN.join(
            f"{link['document']} ¶{link['paragraph']}" for link in practice["paragraphs"]
        ),
        "segments": _JOIN.join(segment["title"] for segment in practice["segments"]),
        "segment_dates": _JOIN.join(segment["date"] or "" for segment in practice["segments"]),
        "fictional": "true" if practice["fictional"] else "false",
    }
    return [neutral_cell("" if flat[name] is None else str(flat[name])) for name in CSV_COLUMNS]
