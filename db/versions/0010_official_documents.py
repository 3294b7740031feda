"""official documents: notes for the record, one-person approval, the minutes' cover
block, and the operating-system logins that history recorded as signers

Revision ID: 0010_official_documents
Revises: 0009_registry_imports
Create Date: 2026-12-05 23:55:00

Every new column is nullable or has a server default, so SQLite adds it in place.

Until this revision ForumDesk signed with the operating-system login when no name
was set. The audit log is hash-chained and is never rewritten, so the logins it holds
are listed in `recorded_logins` instead: a signer that looks like a login (the POSIX
user-name pattern: lower case, no space) or is the login of the account running the
migration. History shows them as logins, and documents do not print them.

Devices were named "login@host (file)" too: the login is taken out of the name
("host (file)") where the rest starts with the device's host name, and listed.
"""

import getpass
import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_official_documents"
down_revision: str | None = "0009_registry_imports"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LOGIN = re.compile(r"[a-z_][a-z0-9_.-]{0,31}\$?")
_SIGNERS = (
    ("audit_entries", "actor"),
    ("merge_runs", "actor"),
    ("minutes", "approved_by"),
    ("minutes_versions", "author"),
    ("notes", "author"),
    ("registry_imports", "imported_by"),
    ("registry_imports", "undone_by"),
    ("duplicate_dismissals", "decided_by"),
)
_COVER = (
    ("organ", sa.String(length=200)),
    ("distribution", sa.String(length=80)),
    ("issued_on", sa.Date()),
    ("original_language", sa.String(length=40)),
    ("session_label", sa.String(length=200)),
    ("agenda_item", sa.Text()),
    ("symbol", sa.String(length=80)),
    ("preamble", sa.Text()),
)


def _this_login() -> str | None:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return None


def upgrade() -> None:
    op.add_column(
        "notes", sa.Column("for_record", sa.Boolean(), nullable=False, server_default="0")
    )
    op.add_column(
        "forums", sa.Column("self_approval", sa.Boolean(), nullable=False, server_default="0")
    )
    op.add_column(
        "minutes", sa.Column("approved_alone", sa.Boolean(), nullable=False, server_default="0")
    )
    for name, kind in _COVER:
        op.add_column("minutes", sa.Column(name, kind, nullable=True))
    logins = op.create_table(
        "recorded_logins",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_recorded_logins")),
    )
    connection = op.get_bind()
    inspector = sa.inspect(connection)
    tables = set(inspector.get_table_names())
    this_login = _this_login()
    found: set[str] = set()
    for table, column in _SIGNERS:
        if table not in tables:
            continue
        if column not in {c["name"] for c in inspector.get_columns(table)}:
            continue
        rows = connection.execute(
            sa.text(f"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL")
        )
        for (value,) in rows:
            name = str(value).strip()
            if name and (name == this_login or name == "unknown" or _LOGIN.fullmatch(name)):
                found.add(name)
    found |= _unname_devices(connection)
    if found:
        op.bulk_insert(logins, [{"name": name} for name in sorted(found)])


def _unname_devices(connection: sa.Connection) -> set[str]:
    """Drop "login@" from the device names an older ForumDesk gave; the logins found."""
    logins: set[str] = set()
    rows = connection.execute(sa.text("SELECT id, name, hostname FROM devices")).all()
    for device_id, name, hostname in rows:
        login, at, rest = str(name or "").partition("@")
        if not at or not hostname or not _LOGIN.fullmatch(login):
            continue
        if not rest.startswith(str(hostname)):
            continue
        connection.execute(
            sa.text("UPDATE devices SET name = :name, version = version + 1 WHERE id = :id"),
            {"name": rest, "id": device_id},
        )
        logins.add(login)
    return logins


def downgrade() -> None:
    op.drop_table("recorded_logins")
    with op.batch_alter_table("minutes", schema=None) as batch_op:
        for name, _kind in reversed(_COVER):
            batch_op.drop_column(name)
        batch_op.drop_column("approved_alone")
    with op.batch_alter_table("forums", schema=None) as batch_op:
        batch_op.drop_column("self_approval")
    with op.batch_alter_table("notes", schema=None) as batch_op:
        batch_op.drop_column("for_record")
