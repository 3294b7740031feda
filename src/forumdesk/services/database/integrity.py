"""`forumdesk check`: integrity, foreign keys and schema revision, without changing anything."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import SQLAlchemyError

from forumdesk.services.common.audit_messages import describe
from forumdesk.services.common.messages import _, ngettext
from forumdesk.store.audit_check import verify_audit
from forumdesk.store.engine import database_url, make_read_only_engine, sqlite_path
from forumdesk.store.migrate import (
    DatabaseError,
    DatabaseMissing,
    corrupt_message,
    current_revision,
    first_line,
    head_revision,
    is_known_revision,
    is_sqlite_file,
)

# Reported name -> table. Rows with a tombstone are not counted.
COUNTED_TABLES = {
    "forums": "forums",
    "days": "days",
    "sessions": "forum_sessions",
    "segments": "segments",
    "rooms": "rooms",
    "organisations": "organisations",
    "representatives": "representatives",
    "registrations": "registrations",
    "segment_roles": "segment_roles",
    "interventions": "interventions",
    "documents": "documents",
    "language_versions": "language_versions",
    "sections": "sections",
    "paragraphs": "paragraphs",
    "footnotes": "footnotes",
    "notes": "notes",
    "tags": "tags",
    "minutes": "minutes",
    "minutes_versions": "minutes_versions",
    "agenda_templates": "agenda_templates",
    "devices": "devices",
    "audit_entries": "audit_entries",
}


@dataclass
class CheckReport:
    database: str
    schema: str | None
    head: str
    integrity: str
    foreign_key_problems: list[str] = field(default_factory=list)
    audit_problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_json(self) -> dict[str, Any]:
        return {
            "database": self.database,
            "schema": self.schema,
            "schema_head": self.head,
            "integrity": self.integrity,
            "foreign_keys": self.foreign_key_problems,
            "audit": self.audit_problems,
            "counts": self.counts,
            "problems": self.problems,
            "ok": self.ok,
        }


def run_check(target: str | None = None, passphrase: str | None = None) -> CheckReport:
    """Look at the database without changing it. A damaged file is a report with its
    problems (exit 1), not an error: `check` is how the user learns of the damage.
    `passphrase` opens an encrypted file."""
    url = database_url(target)
    path = sqlite_path(url)
    if path is not None and not path.is_file():
        raise DatabaseMissing(
            _("there is no database at {path}; create one with `forumdesk init`.").format(path=path)
        )
    head = head_revision()
    if path is not None and passphrase is None and not is_sqlite_file(path):
        report = CheckReport(database=str(path), schema=None, head=head, integrity="not SQLite")
        report.problems.append(
            _("{path} is not a SQLite database (it does not start as one)").format(path=path)
        )
        return report
    engine = make_read_only_engine(url, passphrase=passphrase)
    try:
        where = str(path) if path else engine.url.render_as_string(hide_password=True)
        report = CheckReport(database=where, schema=None, head=head, integrity="ok")
        try:
            report.schema = current_revision(engine)
        except Exception as exc:  # the driver's own error type varies by back end
            if path is None:
                raise DatabaseError(
                    _("{where} cannot be read: {exc}").format(where=where, exc=first_line(exc))
                ) from exc
            report.integrity = first_line(exc)
            report.problems.append(corrupt_message(where, first_line(exc)))
            return report
        _schema_problems(report)
        try:
            _scan(engine, report)
        except SQLAlchemyError as exc:
            if path is None:
                raise
            report.integrity = report.integrity if report.integrity != "ok" else first_line(exc)
            report.problems.append(corrupt_message(where, first_line(exc)))
        return report
    finally:
        engine.dispose()


def _schema_problems(report: CheckReport) -> None:
    schema = report.schema
    if schema is not None and not is_known_revision(schema):
        report.problems.append(
            _(
                "schema revision {schema} comes from a newer ForumDesk (this one knows up to "
                "{head}); update ForumDesk to work with this database"
            ).format(schema=schema, head=report.head)
        )
    elif schema != report.head:
        report.problems.append(
            _(
                "schema revision is {schema}, this ForumDesk expects {head}; "
                "opening the database in ForumDesk (or `forumdesk init`) migrates it"
            ).format(schema=schema or _("none"), head=report.head)
        )


def _scan(engine: Engine, report: CheckReport) -> None:
    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            rows = connection.execute(text("PRAGMA integrity_check(20)")).scalars().all()
            lines = [line for row in rows for line in str(row).splitlines()]
            lines = [line for line in lines if not line.startswith("***")]
            report.integrity = "ok" if rows == ["ok"] else "; ".join(lines)
            if report.integrity != "ok":
                report.problems.append(
                    corrupt_message(report.database, f"integrity check: {report.integrity}")
                )
                return  # counting rows of a damaged file only adds errors
            for table, rowid, parent, _index in connection.execute(
                text("PRAGMA foreign_key_check")
            ).all():
                report.foreign_key_problems.append(
                    _("{table} row {rowid} points to a missing {parent} row").format(
                        table=table, rowid=rowid, parent=parent
                    )
                )
            if report.foreign_key_problems:
                count = len(report.foreign_key_problems)
                report.problems.append(
                    ngettext(
                        "{count} broken foreign key reference",
                        "{count} broken foreign key references",
                        count,
                    ).format(count=count)
                )
        # PostgreSQL enforces foreign keys and checksums itself; nothing to scan here.
        inspector = inspect(connection)
        present = set(inspector.get_table_names())
        if report.schema == report.head:
            report.audit_problems = [describe(p) for p in verify_audit(connection)]
            if report.audit_problems:
                more = len(report.audit_problems) - 1
                said = _("the audit log was tampered with or cut short: {problem}").format(
                    problem=report.audit_problems[0]
                )
                if more:
                    said += " " + _("(and {count} more)").format(count=more)
                report.problems.append(said)
        for name, table in COUNTED_TABLES.items():
            if table in present:
                columns = {column["name"] for column in inspector.get_columns(table)}
                live = " WHERE deleted_at IS NULL" if "deleted_at" in columns else ""
                query = text(f"SELECT count(*) FROM {table}{live}")
                report.counts[name] = int(connection.execute(query).scalar_one())
