"""What a merge asks of the other side's audit log before it takes anything from it.

Each device's public key is registered here at the first merge that brings it (trust
on first use: the merge says so, with the key's fingerprint). From then on, every entry
that comes in must hold: its content, hash and link, and each signature must be that
device's registered key's. The other side's history must also contain what this side
saw of it: its last entries held here and the heads earlier merges recorded. Anything
else is refused before a row is written, with one line saying which device and entry.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from forumdesk.services.common.audit_messages import describe
from forumdesk.services.common.messages import _
from forumdesk.services.sync.changes import device_names
from forumdesk.services.sync.source import SyncError
from forumdesk.store.audit import last_sequences
from forumdesk.store.audit_keys import fingerprint
from forumdesk.store.audit_verify import ChainReader
from forumdesk.store.base import Base


@dataclass(frozen=True)
class RegisteredKey:
    """A device's key this merge registered, trusted as it came (its first merge)."""

    device: str
    fingerprint: str

    @property
    def said(self) -> str:
        return _(
            "The audit key of device {device} was registered at this first merge, trusted "
            "as it came: {fingerprint}. Later merges refuse entries it did not sign."
        ).format(device=self.device, fingerprint=self.fingerprint)

    def as_json(self) -> dict[str, str]:
        return {"device": self.device, "fingerprint": self.fingerprint}


def trusted_keys(
    ours: Connection, theirs: Connection, where: str
) -> tuple[dict[uuid.UUID, str], list[RegisteredKey]]:
    """The public key of each device, as registered here or (first merge) as theirs
    says, and the keys newly registered; refuses a device whose key changed."""
    devices = Base.metadata.tables["devices"]
    registered = {row.id: row.public_key for row in ours.execute(select(devices))}
    keys = {device: key for device, key in registered.items() if key}
    fresh: list[RegisteredKey] = []
    for row in theirs.execute(select(devices).order_by(devices.c.name)):
        mine = registered.get(row.id)
        if row.public_key is None:
            continue
        if mine and mine != row.public_key:
            raise SyncError(
                _(
                    "{where}: device {device} presents audit key {theirs}, not the key {ours} "
                    "registered here at its first merge; nothing was merged"
                ).format(
                    where=where,
                    device=row.name,
                    theirs=fingerprint(row.public_key),
                    ours=fingerprint(mine),
                )
            )
        if not mine:
            keys[row.id] = row.public_key
            fresh.append(RegisteredKey(row.name, fingerprint(row.public_key)))
    return keys, fresh


def check_their_entries(
    ours: Connection,
    theirs: Connection,
    incoming: Iterable[Any],
    keys: dict[uuid.UUID, str],
    where: str,
) -> None:
    """Refuse entries that do not hold, or a history that disagrees with ours."""
    names = device_names(ours, theirs)
    _agrees_with_what_we_saw(ours, theirs, names, where)
    rows = sorted(incoming, key=lambda row: (str(row.device_id), row.sequence))
    reader = ChainReader(keys=keys, names=names, starts=_starts(ours, rows))
    reader.feed(rows)
    reader.finish()
    if reader.problems:
        raise SyncError(
            _("{where} is refused: {problem}; nothing was merged").format(
                where=where, problem=describe(reader.problems[0])
            )
        )


def _starts(ours: Connection, rows: list[Any]) -> dict[uuid.UUID, tuple[int, str | None]]:
    """Where each device's incoming entries pick up: the entry before the first, as held
    here (a copy limited to one forum holds none: the first entry's own link then)."""
    entries = Base.metadata.tables["audit_entries"]
    starts: dict[uuid.UUID, tuple[int, str | None]] = {}
    for row in rows:
        if row.device_id in starts:
            continue
        held = ours.execute(
            select(entries.c.hash).where(
                entries.c.device_id == row.device_id, entries.c.sequence == row.sequence - 1
            )
        ).scalar()
        starts[row.device_id] = (row.sequence - 1, held if held is not None else row.prev_hash)
    return starts


def _agrees_with_what_we_saw(
    ours: Connection, theirs: Connection, names: dict[uuid.UUID, str], where: str
) -> None:
    """Their chain of each device must hold our last entry of it, and the heads our
    merges recorded (or, when theirs is shorter, end on an entry we hold too)."""
    seen = _points_seen_here(ours)
    their_last = last_sequences(theirs)
    for device, points in seen.items():
        last = their_last.get(device)
        if not last:
            continue
        for sequence, digest in points:
            at = min(sequence, last)
            mine = digest if at == sequence else _hash_at(ours, device, at)
            if mine is not None and _hash_at(theirs, device, at) != mine:
                raise SyncError(
                    _(
                        "{where}: its audit entry {sequence} of device {device} is not the one "
                        "seen here: its history was rewritten; nothing was merged"
                    ).format(where=where, sequence=at, device=names.get(device, str(device)))
                )


def _points_seen_here(ours: Connection) -> dict[uuid.UUID, set[tuple[int, str]]]:
    points = {device: {head} for device, head in last_entries(ours).items()}
    runs = Base.metadata.tables["merge_runs"]
    for (heads,) in ours.execute(select(runs.c.heads).where(runs.c.heads.is_not(None))):
        for device, (sequence, digest) in heads.items():
            points.setdefault(uuid.UUID(device), set()).add((int(sequence), str(digest)))
    return points


def last_entries(connection: Connection) -> dict[uuid.UUID, tuple[int, str]]:
    """{device: (sequence, hash)} of each chain's last entry held here."""
    heads: dict[uuid.UUID, tuple[int, str]] = {}
    for device, sequence in last_sequences(connection).items():
        digest = _hash_at(connection, device, sequence)
        if digest is not None:
            heads[device] = (sequence, digest)
    return heads


def _hash_at(connection: Connection, device: uuid.UUID, sequence: int) -> str | None:
    entries = Base.metadata.tables["audit_entries"]
    query = select(entries.c.hash).where(
        entries.c.device_id == device, entries.c.sequence == sequence
    )
    found: str | None = connection.execute(query).scalar()
    return found


def chain_heads(connection: Connection) -> dict[str, list[Any]]:
    """{device: [sequence, hash]} of each chain's last entry held: what a merge records."""
    return {str(device): list(head) for device, head in last_entries(connection).items()}
