"""The backup alerts: one per backup CronJob, rendered by ``AlertRules`` with a runbook each."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from charts.observability.alerts import Alert, Severity
from charts.observability.metrics import BACKUP_LAST_SUCCESS_TIMESTAMP


@dataclass(frozen=True)
class CronJobAlert:
    """An alert on one CronJob: its latest run failed, or (for backups) its data is too old."""

    alert: str
    cronjob: str
    namespace: str
    summary: str
    severity: Severity
    active_deadline_seconds: int
    component: str | None = None
    """Backed-up component: also alert when its last success is older than ``max_age_seconds``."""
    max_age_seconds: int | None = None


def expression(alert: CronJobAlert) -> str:
    """PromQL that is non-empty while the alert should fire."""
    selector = f'namespace="{alert.namespace}", cronjob="{alert.cronjob}"'
    # The latest scheduled run has not succeeded although its activeDeadlineSeconds has passed.
    failing = (
        f"(max(kube_cronjob_status_last_schedule_time{{{selector}}})"
        f" - max(kube_cronjob_status_last_successful_time{{{selector}}}) > 0)"
        f" and (time() - max(kube_cronjob_status_last_schedule_time{{{selector}}})"
        f" > {alert.active_deadline_seconds})"
    )
    if alert.component is None:
        return failing
    metric = f'{BACKUP_LAST_SUCCESS_TIMESTAMP}{{component="{alert.component}"}}'
    return f"(time() - max({metric}) > {alert.max_age_seconds})\nor absent({metric})\nor ({failing})"


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
    failed = (
        f"latest run of CronJob {alert.namespace}/{alert.cronjob} has not succeeded within its"
        f" {alert.active_deadline_seconds} s deadline"
    )
    if alert.component is None:
        return f"The {failed}."
    return (
        f"The newest {alert.component} backup is older than {alert.max_age_seconds} s (two schedule"
        f" intervals and the run deadline), no backup has reported success, or the {failed}."
    )
