"""What each side of a merge changed since the two last met, read from their audit logs.

Every database holds, for each device, a prefix of that device's audit chain: the
entries it made itself or received in earlier merges. What one side knows and the
other does not is, per device, the entries past the other's last sequence. Those
entries name the records and fields changed, by whom, when and on which device.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

import orjson
from sqlalchemy import ColumnElement, Connection, and_, func, or_, select

from forumdesk.store.base import Base

_CHUNK = 5000  # ids per query: SQLite 3.40 takes up to 32,766 parameters


@dataclass(frozen=True)
class Who:
    """Who made a change: the user, on which device, when."""

    actor: str
    device: str
    at: datetime

    def as_json(self) -> dict[str, str]:
        return {"actor": self.actor, "device": self.device, "at": self.at.isoformat()}


#: (table, record id) -> {column: the last change to it}
FieldChanges = dict[tuple[str, uuid.UUID], dict[str, Who]]


def device_names(*connections: Connection) -> dict[uuid.UUID, str]:
    devices = Base.metadata.tables["devices"]
    names: dict[uuid.UUID, str] = {}
    for connection in connections:
        for row in connection.execute(select(devices.c.id, devices.c.name)):
            names.setdefault(row.id, row.name)
    return names


def entries_unknown_to(
    connection: Connection, own: Mapping[uuid.UUID, int], other: Mapping[uuid.UUID, int]
) -> list[Any]:
    """The audit entries `connection` holds past what the other side knows, in order."""
    entries = Base.metadata.tables["audit_entries"]
    wanted = [
        and_(entries.c.device_id == device, entries.c.sequence > other.get(device, 0))
        for device, last in own.items()
        if last > other.get(device, 0)
    ]
    rows: list[Any] = []
    for start in range(0, len(wanted), 50):
        query = select(entries).where(or_(*wanted[start : start + 50]))
        rows += connection.execute(query).all()
    rows.sort(key=lambda row: (row.at, str(row.device_id), row.sequence))
    return rows


def field_changes(entries: Iterable[Any], names: Mapping[uuid.UUID, str]) -> FieldChanges:
    changes: FieldChanges = {}
    for entry in entries:
        who = Who(entry.actor, names.get(entry.device_id, str(entry.device_id)), entry.at)
        fields = changes.setdefault((entry.table_name, entry.record_id), {})
        for name in {*(entry.before or {}), *(entry.after or {})}:
            fields[name] = who
    return changes


def rows_by_id(
    connection: Connection, table: Any, ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, Any]:
    """The rows of `table` with these ids, keyed by id (each a mapping of column keys).

    On SQLite they are read through the driver and converted here, a converter per
    column: SQLAlchemy's rows took 0.3 s for the 10k rows of a merge, twice SQLite's
    reading of them."""
    found: dict[uuid.UUID, Any] = {}
    if connection.dialect.name == "sqlite":
        listed = [i.hex for i in ids]
        if listed:
            statement, reader = _plain_reader(connection.dialect, table)
            for raw in connection.exec_driver_sql(statement, (orjson.dumps(listed).decode(),)):
                stored = StoredRow(reader, tuple(raw))
                found[stored["id"]] = stored
        return found
    for chosen in ids_among(connection, table.c.id, ids):
        for row in connection.execute(select(table).where(chosen)):
            found[row.id] = row._mapping
    return found


class _Reader(NamedTuple):
    """Where each column key sits in a stored row, and its converter (None where the
    driver's value is already the column's)."""

    places: dict[str, int]
    steps: tuple[Callable[[Any], Any] | None, ...]


class StoredRow(Mapping[str, Any]):
    """A row as the driver read it, each column converted when it is first asked for:
    a merge compares the few fields that changed, and converting all twenty of 10k
    rows (ids, instants, enums) took longer than reading them."""

    __slots__ = ("_done", "_raw", "_reader")

    def __init__(self, reader: _Reader, raw: tuple[Any, ...]) -> None:
        self._reader, self._raw, self._done = reader, raw, dict[str, Any]()

    def __getitem__(self, key: str) -> Any:
        try:
            return self._done[key]
        except KeyError:
            place = self._reader.places[key]  # KeyError for a key the table lacks
        step, value = self._reader.steps[place], self._raw[place]
        self._done[key] = value = value if step is None else step(value)
        return value

    def __iter__(self) -> Iterator[str]:
        return iter(self._reader.places)

    def __len__(self) -> int:
        return len(self._raw)


@functools.lru_cache(maxsize=128)  # (a merge's engines come and go)
def _plain_reader(dialect: Any, table: Any) -> tuple[str, _Reader]:
    """The SELECT of rows by a JSON list of ids, and how to read what it returns."""
    columns = list(table.c)
    listed = ", ".join(dialect.identifier_preparer.quote(c.name) for c in columns)
    statement = (
        f"SELECT {listed} FROM {dialect.identifier_preparer.format_table(table)} "
        "WHERE id IN (SELECT value FROM json_each(?))"
    )
    steps = tuple(c.type.dialect_impl(dialect).result_processor(dialect, None) for c in columns)
    return statement, _Reader({c.key: n for n, c in enumerate(columns)}, steps)


def ids_among(
    connection: Connection, column: ColumnElement[Any], ids: Iterable[uuid.UUID]
) -> Iterator[ColumnElement[bool]]:
    """`column IN ids`, in as many conditions as it takes. On SQLite, the ids travel as
    one JSON parameter: SQLAlchemy spends longer naming 5,000 parameters of an IN than
    SQLite takes to read the rows (a UUID column holds 32 hex digits there)."""
    ids = list(ids)
    if connection.dialect.name == "sqlite":
        if ids:
            listed = func.json_each(orjson.dumps([i.hex for i in ids]).decode())
            yield column.in_(select(listed.table_valued("value").c.value))
        return
    for start in range(0, len(ids), _CHUNK):
        yield column.in_(ids[start : start + _CHUNK])
