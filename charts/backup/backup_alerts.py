"""The backup alerts: one per backup CronJob, each with a runbook under ``docs/runbooks/``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from constructs import Construct

from charts.observability.metrics import BACKUP_LAST_SUCCESS_TIMESTAMP
from imports import prometheus

RUNBOOK_BASE_URL = "https://github.com/contexter/contexter-deploy/blob/main/docs/runbooks"


@dataclass(frozen=True)
class CronJobAlert:
    """An alert on one CronJob: its latest run failed, or (for backups) its data is too old."""

    alert: str
    cronjob: str
    namespace: str
    summary: str
    severity: Literal["critical", "warning"]
    active_deadline_seconds: int
    component: str | None = None
    """Backed-up component: also alert when its last success is older than ``max_age_seconds``."""
    max_age_seconds: int | None = None


@dataclass(frozen=True)
class BackupAlertsProps:
    """Properties of ``BackupAlerts``."""

    name: str
    namespace: str
    alerts: Sequence[CronJobAlert]


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


class BackupAlerts(Construct):
    """A ``PrometheusRule`` with one alert per CronJob."""

    def __init__(self, scope: Construct, id: str, *, props: BackupAlertsProps) -> None:
        super().__init__(scope, id)
        names = [alert.alert for alert in props.alerts]
        if len(set(names)) != len(names):
            raise ValueError(f"alert names must be unique: {names}")
        self.resource = prometheus.PrometheusRule(
            self,
            "Resource",
            # kube-prometheus-stack selects rules by its release label, in every namespace.
            metadata={
                "name": props.name,
                "namespace": props.namespace,
                "labels": {"release": "kube-prometheus-stack", "app.kubernetes.io/part-of": "contexter"},
            },
            spec=prometheus.PrometheusRuleSpec(
                groups=[
                    prometheus.PrometheusRuleSpecGroups(
                        name="contexter-backup",
                        rules=[
                            prometheus.PrometheusRuleSpecGroupsRules(
                                alert=alert.alert,
                                expr=prometheus.PrometheusRuleSpecGroupsRulesExpr.from_string(
                                    expression(alert)
                                ),
                                for_="5m",
                                labels={
                                    "severity": alert.severity,
                                    "cronjob": alert.cronjob,
                                    "namespace": alert.namespace,
                                },
                                annotations={
                                    "summary": alert.summary,
                                    "runbook_url": f"{RUNBOOK_BASE_URL}/{alert.alert}.md",
                                },
                            )
                            for alert in props.alerts
                        ],
                    )
                ]
            ),
        )
