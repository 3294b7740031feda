"""A row read by id for a merge (services/sync/changes.py `rows_by_id`): on SQLite its
columns are converted as they are asked for, to the values SQLAlchemy's own rows hold."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from forumdesk.services.sync.changes import StoredRow, rows_by_id
from forumdesk.store.database import Database
from forumdesk.store.models import Representative


def test_rows_by_id_hold_what_sqlalchemy_reads(demo_db: Database) -> None:
    table = Representative.__table__
    with demo_db.reading() as session:
        connection = session.connection()
        expected = {row.id: dict(row._mapping) for row in connection.execute(select(table))}
        wanted = [*list(expected)[:50], uuid.uuid4()]  # one the table does not hold
        found = rows_by_id(connection, table, wanted)
    assert set(found) == set(wanted[:50])
    for rid, row in found.items():
        assert isinstance(row, StoredRow)
        assert dict(row) == expected[rid]  # every column, converted as SQLAlchemy does
        assert isinstance(row["id"], uuid.UUID) and len(row) == len(table.c)


def test_a_stored_row_converts_a_column_once_and_refuses_an_unknown_one(
    demo_db: Database,
) -> None:
    table = Representative.__table__
    with demo_db.reading() as session:
        person = session.scalars(select(Representative.id).limit(1)).one()
        row = rows_by_id(session.connection(), table, [person])[person]
    assert row["created_at"] is row["created_at"]  # kept once converted
    assert row["created_at"].tzinfo is not None
    with pytest.raises(KeyError):
        row["no_such_column"]
    assert list(row) == [c.key for c in table.c]
