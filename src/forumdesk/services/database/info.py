"""What the user should know about the open database: where, which schema, last backup."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from forumdesk.store.backup import list_backups
from forumdesk.store.database import Database
from forumdesk.store.migrate import current_revision


@dataclass(frozen=True)
class DatabaseFacts:
    location: str
    backend: str
    schema: str | None
    backups: int
    latest_backup: Path | None


def database_facts(database: Database) -> DatabaseFacts:
    path = database.path
    backups = list_backups(path) if path is not None else []
    return DatabaseFacts(
        location=database.display_name,
        backend=database.engine.dialect.name,
        schema=current_revision(database.engine),
        backups=len(backups),
        latest_backup=backups[-1] if backups else None,
    )
