"""The demo holds two notes (one for the record, one internal). Tests that count the
notes they write start from a demo without them: deleted (tombstoned) as a user would."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select


def delete_demo_notes(path: Path) -> Path:
    from forumdesk.services.notes.notes import delete_note
    from forumdesk.store.migrate import open_database
    from forumdesk.store.models import Note

    database, _ = open_database(str(path), backup=False)
    try:
        with database.unit_of_work() as session:
            notes = session.scalars(select(Note.id).where(Note.deleted_at.is_(None))).all()
            assert len(notes) == 2, "the demo's two notes"
            for note_id in notes:
                delete_note(session, note_id)
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.dispose()
    return path
