"""What the report says: one ``Row`` per target and subject, collected in a ``Report``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum


class Status(StrEnum):
    """Outcome of one row."""

    PASS = "pass"  # noqa: S105 (a status, not a password)
    FAIL = "fail"
    INFO = "info"
    """A figure shown for context, with no target of its own."""


@dataclass(frozen=True)
class Row:
    """One computed figure for one subject (a service, a component, the environment)."""

    figure: str
    """Which figure: ``scale-out``, ``rollout``, ``rpo``, ``rto``, ``zone-loss``,
    ``zero-downtime``, ``efficiency``, ``cost``."""
    subject: str
    """What it is about, e.g. ``api-gateway`` or ``qdrant (Velero)``."""
    value: str
    """The computed figure, readable: ``115 s``, ``2 of 3 replicas left``."""
    target: str
    """The requirement it is held to: ``<= 180 s``."""
    status: Status
    derived_from: tuple[str, ...] = ()
    """The resources it was computed from: ``Rollout contexter/search``, ``aws_nat_gateway.az1``."""
    details: tuple[str, ...] = ()
    """The arithmetic, and the reason for a failure."""
    gating: bool = True
    """Whether a failure fails the report; secondary lines (Velero, AWS Backup) do not."""
    seconds: float | None = None
    """The figure as a number where it is a duration (JSON consumers, tests)."""


def missing(figure: str, subject: str, target: str, what: str, where: str) -> Row:
    """A failing row for a figure whose inputs are absent: never a silent pass."""
    return Row(
        figure, subject, "not computable", target, Status.FAIL, details=(f"no {what} found in {where}",)
    )


@dataclass(frozen=True)
class Report:
    """Every row of one environment, and whether its targets are enforced there."""

    environment: str
    enforced: bool
    rows: tuple[Row, ...]
    sources: tuple[str, ...] = ()
    """The files it read, relative to the repository."""
    cost_lines: tuple[tuple[str, float], ...] = field(default=())
    """Monthly cost per category (USD), for the chart."""

    @property
    def failures(self) -> Sequence[Row]:
        """Rows that fail and count (gating rows of an enforced environment)."""
        return [row for row in self.rows if row.status is Status.FAIL and row.gating and self.enforced]

    @property
    def passed(self) -> bool:
        return not self.failures
