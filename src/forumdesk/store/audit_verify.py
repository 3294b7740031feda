"""Following audit chains: each entry's content, hash, link and signature, and what a
chain must reach (the head a device recorded, kept on its own machine, or seen by a
merge). `forumdesk check` reads every chain here; a merge reads the entries it takes.

Problems come back as data (`AuditProblem`); the services put them into words.
"""

from __future__ import annotations

import enum
import hashlib
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import Connection, select

from forumdesk.store.audit import (
    CONTENT_HASHED,
    SIGNED,
    canonical,
    content_digest,
    entry_hash,
    plain,
)
from forumdesk.store.audit_keys import signature_holds, signer_of
from forumdesk.store.base import Base


class AuditProblem(NamedTuple):
    """One thing wrong with the log. `kind` says what; `device` is the device's name."""

    kind: str
    device: str
    sequence: int | None = None
    detail: Mapping[str, Any] = {}


def legacy_entry_hash(row: Any) -> str:
    """The hash of an entry written before revision 0013: over its values themselves."""
    body = "\x1f".join(
        (
            str(row.device_id),
            str(row.sequence),
            row.actor,
            plain(row.at),
            row.table_name,
            str(row.record_id),
            _action(row),
            canonical(row.before) or "\x00",
            canonical(row.after) or "\x00",
            row.prev_hash or "",
        )
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _action(row: Any) -> str:
    return str(row.action.value if isinstance(row.action, enum.Enum) else row.action)


def stored_hash(row: Any) -> str:
    """What the entry's hash should be, from what it holds."""
    if row.hash_version == CONTENT_HASHED:
        return legacy_entry_hash(row)
    return entry_hash(
        device_id=row.device_id,
        sequence=row.sequence,
        actor=row.actor,
        at=row.at,
        table_name=row.table_name,
        record_id=row.record_id,
        action=_action(row),
        digest=row.content_digest or "",
        prev_hash=row.prev_hash,
    )


@dataclass
class _Chain:
    last: int = 0
    previous: str | None = None
    #: The first entry written signed since the last signature (None: all covered).
    uncovered: int | None = None
    signed: bool = False


@dataclass
class ChainReader:
    """Reads entries in (device, sequence) order and notes what is wrong with them.

    `keys`: each device's registered public key; `names`: how to call a device;
    `starts`: where a device's entries pick up (a merge reads only the new ones).
    `points`: (device, sequence) whose hash the caller wants to compare (`seen`).
    """

    keys: Mapping[uuid.UUID, str | None]
    names: Mapping[uuid.UUID, str]
    starts: Mapping[uuid.UUID, tuple[int, str | None]] = field(default_factory=dict)
    points: set[tuple[uuid.UUID, int]] = field(default_factory=set)
    problems: list[AuditProblem] = field(default_factory=list)
    chains: dict[uuid.UUID, _Chain] = field(default_factory=dict)
    seen: dict[tuple[uuid.UUID, int], str] = field(default_factory=dict)

    def name(self, device_id: uuid.UUID) -> str:
        return self.names.get(device_id) or str(device_id)

    def feed(self, rows: Iterable[Any]) -> None:
        for row in rows:
            self._entry(row)

    def _problem(self, kind: str, row: Any, **detail: Any) -> None:
        self.problems.append(AuditProblem(kind, self.name(row.device_id), row.sequence, detail))

    def _entry(self, row: Any) -> None:
        chain = self.chains.get(row.device_id)
        if chain is None:
            last, previous = self.starts.get(row.device_id, (0, None))
            chain = self.chains[row.device_id] = _Chain(last, previous)
        if row.sequence != chain.last + 1:
            self._problem("missing", row, first=chain.last + 1, last=row.sequence - 1)
        elif row.prev_hash != chain.previous:
            self._problem("unlinked", row)
        self._content(row)
        unknowable = row.hash_version == CONTENT_HASHED and row.erased_at is not None
        if not unknowable and stored_hash(row) != row.hash:
            self._problem("hash", row)
        if row.signature:
            self._signature(row)
            chain.uncovered, chain.signed = None, True
        elif row.hash_version == SIGNED and chain.uncovered is None:
            chain.uncovered = row.sequence
        if (row.device_id, row.sequence) in self.points:
            self.seen[(row.device_id, row.sequence)] = row.hash
        chain.last, chain.previous = row.sequence, row.hash

    def _content(self, row: Any) -> None:
        if row.hash_version == CONTENT_HASHED:
            return  # the hash covers the values themselves
        if row.erased_at is not None:
            values = [*(row.before or {}).values(), *(row.after or {}).values()]
            if row.salt is not None or any(value is not None for value in values):
                self._problem("erased_holds_values", row)
            return
        digest = content_digest(row.salt, canonical(row.before), canonical(row.after))
        if digest != row.content_digest:
            self._problem("content", row)

    def _signature(self, row: Any) -> None:
        registered = self.keys.get(row.device_id)
        signer = signer_of(row.signature)
        if registered is None:
            self._problem("no_key", row)
        elif signer != registered:
            self._problem("foreign_key", row, signer=signer, registered=registered)
        elif not signature_holds(row.signature, registered, row.device_id, row.sequence, row.hash):
            self._problem("signature", row)

    def finish(self) -> None:
        """Entries at the end of a chain that no signature covers, on a device that signs
        (one whose key could never be stored writes unsigned from the start)."""
        for device_id, chain in self.chains.items():
            if chain.uncovered is not None and (chain.signed or self.keys.get(device_id)):
                self.problems.append(
                    AuditProblem(
                        "unsigned", self.name(device_id), chain.uncovered, {"last": chain.last}
                    )
                )


def entries_in_order(connection: Connection) -> Any:
    entries = Base.metadata.tables["audit_entries"]
    query = select(entries).order_by(entries.c.device_id, entries.c.sequence)
    return connection.execution_options(yield_per=5000).execute(query)
