"""Which backups ``prune`` keeps: the newest one in each of the last N hours, days and ISO weeks.

The rule is the one restic and borg call ``--keep-hourly/--keep-daily/--keep-weekly``: walk the
backups from newest to oldest and keep the first one seen in each new hour until ``hourly`` hours
have one; the same, independently, for days and weeks. The newest backup is always kept, whatever
the counts say.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Retention:
    """How many hourly, daily and weekly backups to keep (config ``backup.retention``)."""

    hourly: int
    daily: int
    weekly: int

    def __post_init__(self) -> None:
        for name in ("hourly", "daily", "weekly"):
            if getattr(self, name) < 0:
                raise ValueError(f"retention {name} must be >= 0, got {getattr(self, name)}")


_BUCKETS: dict[str, Callable[[datetime], tuple[int, ...]]] = {
    "hourly": lambda moment: (moment.year, moment.month, moment.day, moment.hour),
    "daily": lambda moment: (moment.year, moment.month, moment.day),
    "weekly": lambda moment: tuple(moment.isocalendar())[:2],
}


def keep(moments: Sequence[datetime], retention: Retention) -> set[int]:
    """Indexes into ``moments`` (UTC times of the complete backups) of the backups to keep."""
    order = sorted(range(len(moments)), key=lambda index: moments[index], reverse=True)
    kept: set[int] = set(order[:1])
    for name, bucket_of in _BUCKETS.items():
        limit = getattr(retention, name)
        seen: set[tuple[int, ...]] = set()
        for index in order:
            if len(seen) >= limit:
                break
            bucket = bucket_of(moments[index])
            if bucket not in seen:
                seen.add(bucket)
                kept.add(index)
    return kept
