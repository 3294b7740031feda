"""Which backups to keep: every pre-operation copy (and every one made on request) for
30 days; beyond that, the newest copy of each of the last 7 days, 4 ISO weeks and 12
months that have one; and always the newest good copy. An empty file or one without
the SQLite header (a failed backup of an older ForumDesk) is no copy at all: deleted.

Periods count the days (weeks, months) that have a copy, not calendar days, so a
database opened once a month still keeps a year of monthly copies. Times are UTC,
as in the file names.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from forumdesk.store.backup_copies import (
    BackupCopy,
    folder_copies,
    remove_with_companions,
    utc_now,
)


@dataclass(frozen=True)
class Retention:
    pre_operation_days: int = 30
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


RETENTION = Retention()
# A hidden `.partial` file this old is left by a backup that was killed mid-copy.
_STALE_PARTIAL_SECONDS = 24 * 3600


def _day(moment: datetime) -> Hashable:
    return moment.date()


def _week(moment: datetime) -> Hashable:
    year, week, _ = moment.isocalendar()
    return (year, week)


def _month(moment: datetime) -> Hashable:
    return (moment.year, moment.month)


def _newest_per_period(
    copies: list[BackupCopy], period: Callable[[datetime], Hashable], count: int
) -> Iterable[BackupCopy]:
    """The newest copy of each of the `count` most recent periods; `copies` newest first."""
    seen: set[Hashable] = set()
    for copy in copies:
        if len(seen) >= count:
            return
        key = period(copy.taken_at)
        if key not in seen:
            seen.add(key)
            yield copy


def copies_to_keep(
    copies: list[BackupCopy],
    now: datetime,
    rule: Retention = RETENTION,
    must_keep: Iterable[Path] = (),
) -> set[Path]:
    """The paths to keep; `must_keep` are kept whatever their age (the copy a restore
    just read, say)."""
    ordered = sorted((c for c in copies if c.usable), key=lambda c: c.taken_at, reverse=True)
    good = [copy for copy in ordered if not copy.damaged]
    keep = {good[0].path} if good else set()
    wanted = {path.resolve() for path in must_keep}
    keep |= {c.path for c in ordered if c.path.resolve() in wanted}
    young = now - timedelta(days=rule.pre_operation_days)
    # A copy asked for by name is as deliberate as one taken before an operation.
    keep |= {c.path for c in ordered if (c.pre_operation or c.manual) and c.taken_at > young}
    for period, count in ((_day, rule.daily), (_week, rule.weekly), (_month, rule.monthly)):
        keep |= {c.path for c in _newest_per_period(good, period, count)}
    return keep


def prune_backups(
    folder: Path,
    *,
    now: datetime | None = None,
    rule: Retention = RETENTION,
    must_keep: Iterable[Path] = (),
) -> list[Path]:
    """Delete the copies in `folder` that the retention rule does not keep; the deleted."""
    copies = folder_copies(folder)
    keep = copies_to_keep(copies, now or utc_now(), rule, must_keep)
    removed = []
    for copy in copies:
        if copy.path not in keep:
            remove_with_companions(copy.path)  # and a damaged copy's -wal and -shm
            removed.append(copy.path)
    _remove_stale_partials(folder)
    return removed


def _remove_stale_partials(folder: Path) -> None:
    # Real time, not the injected clock: the files carry real modification times.
    limit = time.time() - _STALE_PARTIAL_SECONDS
    for partial in folder.glob(".*.partial*"):
        try:
            if partial.stat().st_mtime < limit:
                partial.unlink()
        except OSError:
            pass
