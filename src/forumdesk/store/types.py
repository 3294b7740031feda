"""Column types shared by the models."""

from __future__ import annotations

import random
import time
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Dialect
from sqlalchemy.types import TypeDecorator


def utcnow() -> datetime:
    return datetime.now(UTC)


# Seeded from the OS's entropy; os.urandom per id cost more than the insert itself.
_RANDOM = random.Random()


def time_ordered_uuid() -> uuid.UUID:
    """A version-7 UUID: milliseconds first, then 74 random bits.

    As unique as uuid4 for merging, but ids made in one import sort together, so
    100k inserts append to the primary-key index instead of scattering over it.
    """
    millis = time.time_ns() // 1_000_000
    rand = _RANDOM.getrandbits(74)
    value = (millis & (2**48 - 1)) << 80 | 0x7 << 76 | (rand >> 62) << 64 | 0b10 << 62
    return uuid.UUID(int=value | (rand & (2**62 - 1)))


_LINKS = uuid.UUID("2fd935f3-fabf-42f2-b18b-879e49c64bd2")


def link_uuid(kind: str, *ends: uuid.UUID) -> uuid.UUID:
    """The same id for the same link wherever it is made (a note's tag, a segment's
    section): two laptops that make one link make one record, which merges as one."""
    return uuid.uuid5(_LINKS, ":".join((kind, *map(str, ends))))


class UTCDateTime(TypeDecorator[datetime]):
    """An instant stored in UTC and always read back timezone-aware.

    SQLite keeps no zone, so naive values coming back are UTC by construction.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where a UTC instant is required")
        value = value.astimezone(UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)
