"""Cron arithmetic shared by the config rules and the readiness report."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import cache

from croniter import croniter

_REFERENCE_START = datetime(2026, 1, 5, tzinfo=UTC)  # a Monday, so weekly patterns are covered from day one
_HORIZON = timedelta(days=8)


def is_valid_cron(expression: str) -> bool:
    """Return whether ``expression`` is a five-field Kubernetes CronJob schedule."""
    return len(expression.split()) == 5 and croniter.is_valid(expression)


@cache  # walking eight days of a '*/20' schedule takes croniter a few hundred milliseconds
def max_interval_seconds(expression: str) -> int:
    """Longest gap, in seconds, between two consecutive runs of a five-field cron schedule.

    The schedule is walked over eight days from a fixed Monday, which covers every
    minute/hour/day-of-week pattern; day-of-month patterns (``0 0 1 * *``) are
    reported as at least the eight-day horizon, which is all the callers need.
    """
    runs = croniter(expression, _REFERENCE_START - timedelta(seconds=1))
    previous = runs.get_next(datetime)
    longest = previous - _REFERENCE_START
    end = _REFERENCE_START + _HORIZON
    while previous < end:
        current = runs.get_next(datetime)
        longest = max(longest, current - previous)
        previous = current
    return int(longest.total_seconds())


def aws_cron_to_five_fields(expression: str) -> str:
    """Convert an AWS ``cron(min hour dom month dow year)`` expression to a five-field schedule.

    AWS writes ``?`` for "no specific value" and numbers days of the week 1-7 from Sunday;
    only the interval matters to the callers, so ``?`` becomes ``*`` and the year is dropped.
    """
    inner = expression.strip()
    if not (inner.startswith("cron(") and inner.endswith(")")):
        raise ValueError(f"{expression!r} is not an AWS cron expression such as 'cron(0 * * * ? *)'")
    fields = inner[len("cron(") : -1].split()
    if len(fields) != 6:
        raise ValueError(
            f"{expression!r} must have six fields: minutes hours day-of-month month day-of-week year"
        )
    return " ".join(field.replace("?", "*") for field in fields[:5])


def worst_case_rpo_seconds(
    expression: str, *, active_deadline_seconds: int, starting_deadline_seconds: int = 0
) -> int:
    """Worst-case data-loss window of a backup on ``expression`` when one run is missed.

    A failure just after a successful backup started loses everything written since it
    started; if the next run is missed too, the window is two intervals, plus how late the
    following run may start (``startingDeadlineSeconds``) and how long it may take to finish
    (bounded by ``activeDeadlineSeconds``). The synth check and the readiness report pass the
    CronJob's starting deadline; the configuration rule checks the schedule alone and leaves the
    late start to the synth check.
    """
    return 2 * max_interval_seconds(expression) + starting_deadline_seconds + active_deadline_seconds
