"""Writing a person's data to a file: JSON (stable keys, ISO dates, UTF-8) or PDF, the
format from `--format` or the file's extension. Both go through
`services.common.output_files`: atomically, and never over the open database."""

from __future__ import annotations

import json
from pathlib import Path

from forumdesk.services.common.messages import _
from forumdesk.services.common.output_files import output_path, output_text
from forumdesk.services.common.refusals import Refused
from forumdesk.services.privacy.subject_access import SubjectAccess

FORMATS = ("json", "pdf")


def export_format(path: Path | str, form: str | None = None) -> str:
    """`form` if given, else the file's extension; Refused when it is neither format."""
    chosen = (form or Path(path).suffix.lstrip(".")).lower()
    if chosen not in FORMATS:
        raise Refused(
            _("cannot tell the format of {path}: name it .json or .pdf").format(path=path)
        )
    return chosen


def write_subject_access(
    access: SubjectAccess,
    path: Path | str,
    form: str | None = None,
    *,
    database_path: Path | str | None = None,
) -> Path:
    """Write `access` to `path` as JSON or PDF; the path written."""
    if export_format(path, form) == "json":
        with output_text(path, database_path=database_path) as stream:
            json.dump(access.as_json(), stream, ensure_ascii=False, indent=2, sort_keys=True)
            stream.write("\n")
    else:
        from forumdesk.exports.document.pdf.writer import write_pdf
        from forumdesk.exports.document.writers import printable
        from forumdesk.exports.privacy.document import subject_access_document

        with output_path(path, database_path=database_path) as temporary:
            write_pdf(printable(subject_access_document(access)), temporary)
    return Path(path)
