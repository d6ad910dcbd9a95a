"""The backup alerts: one per backup CronJob, rendered by ``AlertRules`` with a runbook each.

An alert about a failure stays firing until a success, never only until the next schedule:

- "the latest run failed" compares the schedule time of the newest run whose deadline has passed
  (``kube_cronjob_status_last_schedule_time`` ``starting_deadline_seconds + active_deadline_seconds``
  ago) with the completion time of the last success. Once a run misses its deadline, every later
  schedule keeps the comparison true until a run succeeds; a new schedule cannot reset it.
- kube-state-metrics (``internal/store/cronjob.go``) emits ``kube_cronjob_status_last_successful_time``
  only after the first success, so "never succeeded" reads the last success as 0 (``or vector(0)``).
- A backup alert (``<Component>BackupOverdue``, the RPO) reads the age of the newest backup the
  tool pushed to the Pushgateway, counted from the CronJob's creation when nothing was ever pushed
  (``kube_cronjob_created``): a new cluster does not page before its first backup was due, one
  failed run that the next one repairs pages nobody (the age stays below two intervals), and a
  backup that stops reporting pages however it failed, until a run succeeds.

Each expression aggregates to one label-less series, so the rule's own labels (``namespace``,
``cronjob``) name the alert.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from charts.observability.alerts import Alert, Severity
from charts.observability.metrics import BACKUP_LAST_SUCCESS_TIMESTAMP

KSM_CRONJOB_LAST_SCHEDULE = "kube_cronjob_status_last_schedule_time"
KSM_CRONJOB_LAST_SUCCESS = "kube_cronjob_status_last_successful_time"
KSM_CRONJOB_CREATED = "kube_cronjob_created"


@dataclass(frozen=True)
class CronJobAlert:
    """An alert on one CronJob: its latest run failed, or (for backups) its data is too old."""

    alert: str
    cronjob: str
    namespace: str
    summary: str
    severity: Severity
    active_deadline_seconds: int
    starting_deadline_seconds: int
    """The CronJob's ``startingDeadlineSeconds``: a run may start this late and still count."""
    component: str | None = None
    """Backed-up component: also alert when its last success is older than ``max_age_seconds``."""
    max_age_seconds: int | None = None


def latest_run_failed(alert: CronJobAlert) -> str:
    """Non-empty from the deadline of a run that did not succeed until the next success."""
    selector = f'{{namespace="{alert.namespace}", cronjob="{alert.cronjob}"}}'
    settled = alert.starting_deadline_seconds + alert.active_deadline_seconds
    return (
        f"max({KSM_CRONJOB_LAST_SCHEDULE}{selector} offset {settled}s)"
        f" > (max({KSM_CRONJOB_LAST_SUCCESS}{selector}) or vector(0))"
    )


def expression(alert: CronJobAlert) -> str:
    """PromQL that is non-empty while the alert should fire."""
    if alert.component is None:
        return latest_run_failed(alert)
    selector = f'{{namespace="{alert.namespace}", cronjob="{alert.cronjob}"}}'
    pushed = f'max({BACKUP_LAST_SUCCESS_TIMESTAMP}{{component="{alert.component}"}})'
    return f"time() - ({pushed} or max({KSM_CRONJOB_CREATED}{selector})) > {alert.max_age_seconds}"


def cronjob_alerts(alerts: Sequence[CronJobAlert]) -> tuple[Alert, ...]:
    """``alerts`` as alerting rules for ``AlertRules``, labelled with their CronJob and namespace."""
    return tuple(
        Alert(
            name=alert.alert,
            expr=expression(alert),
            for_="5m",
            severity=alert.severity,
            summary=alert.summary,
            description=_description(alert),
            labels=(("cronjob", alert.cronjob), ("namespace", alert.namespace)),
        )
        for alert in alerts
    )


def _description(alert: CronJobAlert) -> str:
    if alert.component is None:
        return (
            f"A run of CronJob {alert.namespace}/{alert.cronjob} did not succeed within its"
            f" {alert.active_deadline_seconds} s deadline, and no run has succeeded since (or none ever has)."
        )
    return (
        f"The newest {alert.component} backup is older than {alert.max_age_seconds} s (two schedule"
        f" intervals and the run deadline), or none has reported success since CronJob"
        f" {alert.namespace}/{alert.cronjob} was created that long ago."
    )
