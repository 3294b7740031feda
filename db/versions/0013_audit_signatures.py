"""audit signatures: entries hashed over a digest of their values, signed per device

Revision ID: 0013_audit_signatures
Revises: 0012_attendance_indexes
Create Date: 2026-12-06 10:30:00

An entry's hash now covers `content_digest` (SHA-256 of a per-entry salt and the values)
instead of the values, so a person's values can be erased and the chain still holds;
the last entry of each write carries its device's Ed25519 signature, the device's public
key is `devices.public_key`, and a merge records the chain heads it saw (`heads`).

Every chain that verifies in the old format is re-sealed in the new one, without salt
(`hash_version` 2): the office and a laptop that migrate apart get the same hashes.
A chain already broken keeps its old hashes (`hash_version` 1), and `check` still says so.
The formats are written out here, as they were at this revision.
"""

import hashlib
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import orjson
import sqlalchemy as sa
from alembic import op

revision: str = "0013_audit_signatures"
down_revision: str | None = "0012_attendance_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CONTENT_HASHED, RESEALED = 1, 2

entries = sa.table(
    "audit_entries",
    sa.column("device_id", sa.Uuid()),
    sa.column("sequence", sa.Integer()),
    sa.column("actor", sa.String()),
    sa.column("at", sa.DateTime(timezone=True)),
    sa.column("table_name", sa.String()),
    sa.column("record_id", sa.Uuid()),
    sa.column("action", sa.String()),
    sa.column("before", sa.JSON()),
    sa.column("after", sa.JSON()),
    sa.column("prev_hash", sa.String()),
    sa.column("hash", sa.String()),
    sa.column("hash_version", sa.Integer()),
    sa.column("content_digest", sa.String()),
)
devices = sa.table(
    "devices",
    sa.column("id", sa.Uuid()),
    sa.column("audit_sequence", sa.Integer()),
    sa.column("audit_hash", sa.String()),
)


def upgrade() -> None:
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("hash_version", sa.Integer(), server_default="3", nullable=False)
        )
        batch_op.add_column(sa.Column("content_digest", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("salt", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("signature", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("erased_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.add_column(sa.Column("public_key", sa.String(length=64), nullable=True))
    with op.batch_alter_table("merge_runs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("heads", sa.JSON(), nullable=True))
    _reseal(op.get_bind())


def downgrade() -> None:
    _back_to_content_hashes(op.get_bind())
    with op.batch_alter_table("merge_runs", schema=None) as batch_op:
        batch_op.drop_column("heads")
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.drop_column("public_key")
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.drop_column("erased_at")
        batch_op.drop_column("signature")
        batch_op.drop_column("salt")
        batch_op.drop_column("content_digest")
        batch_op.drop_column("hash_version")


def _text(values: Any) -> str:
    if values is None:
        return "\x00"
    return orjson.dumps(values, option=orjson.OPT_SORT_KEYS).decode("utf-8")


def _instant(at: datetime) -> str:
    return (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone(UTC).isoformat()


def _sha(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def _who(row: Any) -> tuple[str, ...]:
    return (
        str(row.device_id),
        str(row.sequence),
        row.actor,
        _instant(row.at),
        row.table_name,
        str(row.record_id),
        row.action,
    )


def _content_hash(row: Any, previous: str | None) -> str:
    """The format before this revision: the values themselves under the hash."""
    return _sha(*_who(row), _text(row.before), _text(row.after), previous or "")


def _digest_hash(row: Any, digest: str, previous: str | None) -> str:
    """This revision's format: the digest of (no salt and) the values under the hash."""
    return _sha(*_who(row), digest, previous or "")


def _chains(bind: Any) -> dict[Any, list[Any]]:
    chains: dict[Any, list[Any]] = {}
    query = sa.select(entries).order_by(entries.c.device_id, entries.c.sequence)
    for row in bind.execute(query):
        chains.setdefault(row.device_id, []).append(row)
    return chains


def _holds(chain: list[Any], head: tuple[int, str | None] | None) -> bool:
    """Whether a chain verifies in the old format, up to its device's recorded head."""
    previous = None
    for expected, row in enumerate(chain, start=1):
        if row.sequence != expected or row.prev_hash != previous:
            return False
        if _content_hash(row, previous) != row.hash:
            return False
        previous = row.hash
    if head is None or not head[0]:
        return True
    return head[0] <= len(chain) and chain[head[0] - 1].hash == head[1]


def _rewrite(bind: Any, device: Any, rows: list[dict[str, Any]], head: str | None) -> None:
    statement = (
        entries.update()
        .where(entries.c.device_id == sa.bindparam("key_device"))
        .where(entries.c.sequence == sa.bindparam("key_sequence"))
        .values(
            hash=sa.bindparam("new_hash"),
            prev_hash=sa.bindparam("new_prev"),
            content_digest=sa.bindparam("new_digest"),
            hash_version=sa.bindparam("new_version"),
        )
    )
    for start in range(0, len(rows), 5000):
        bind.execute(statement, rows[start : start + 5000])
    if head is not None:
        bind.execute(devices.update().where(devices.c.id == device).values(audit_hash=head))


def _reseal(bind: Any) -> None:
    heads = {
        row.id: (row.audit_sequence, row.audit_hash) for row in bind.execute(sa.select(devices))
    }
    for device, chain in _chains(bind).items():
        head = heads.get(device)
        if not _holds(chain, head):
            rows = [_keys(row) | {"new_hash": row.hash, "new_prev": row.prev_hash,
                                  "new_digest": None, "new_version": CONTENT_HASHED}
                    for row in chain]  # fmt: skip
            _rewrite(bind, device, rows, None)
            continue
        previous, rows, renamed = None, [], {}
        for row in chain:
            digest = _sha("", _text(row.before), _text(row.after))
            value = _digest_hash(row, digest, previous)
            rows.append(_keys(row) | {"new_hash": value, "new_prev": previous,
                                      "new_digest": digest, "new_version": RESEALED})  # fmt: skip
            renamed[row.hash] = previous = value
        recorded = head[1] if head else None
        _rewrite(bind, device, rows, renamed.get(recorded) if recorded else None)


def _back_to_content_hashes(bind: Any) -> None:
    """Downgrade: every chain not left in the old format is hashed in it again (erased
    values are hashed as they now are, None)."""
    heads = {
        row.id: (row.audit_sequence, row.audit_hash) for row in bind.execute(sa.select(devices))
    }
    for device, chain in _chains(bind).items():
        if all(row.hash_version == CONTENT_HASHED for row in chain):
            continue
        previous, rows, renamed = None, [], {}
        for row in chain:
            value = _content_hash(row, previous)
            rows.append(_keys(row) | {"new_hash": value, "new_prev": previous,
                                      "new_digest": None, "new_version": CONTENT_HASHED})  # fmt: skip
            renamed[row.hash] = previous = value
        recorded = heads.get(device, (0, None))[1]
        _rewrite(bind, device, rows, renamed.get(recorded) if recorded else None)


def _keys(row: Any) -> dict[str, Any]:
    return {"key_device": row.device_id, "key_sequence": row.sequence}
