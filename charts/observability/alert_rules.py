"""A PrometheusRule with the error-ratio recording rules and the Contexter alerts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from constructs import Construct

from charts.observability import queries
from charts.observability.alerts import Alert
from contexter_deploy.ground.config.model import GitOps
from contexter_deploy.ground.labels import PART_OF
from contexter_deploy.ground.runbooks import REPO_ROOT, runbook_path, runbook_url
from imports import prometheus


@dataclass(frozen=True)
class AlertRulesProps:
    """Properties of ``AlertRules``."""

    name: str
    namespace: str
    alerts: Sequence[Alert]
    gitops: GitOps
    """Repository and revision the runbook links point at."""
    recording_windows: Sequence[str] = queries.BURN_RATE_WINDOWS
    """Windows of the recorded error ratio (default: every window a burn-rate alert reads);
    empty for a rule file of alerts only."""
    repo_root: Path = REPO_ROOT
    """Where ``docs/runbooks/`` is looked up (default: this repository)."""


class AlertRules(Construct):
    """A ``PrometheusRule`` holding two groups: recording rules (when there are any), then alerts.

    Raises ``ValueError`` when two alerts share a name or an alert has no runbook file, so an
    alert can never page someone without telling them what to do.
    """

    def __init__(self, scope: Construct, id: str, *, props: AlertRulesProps) -> None:
        super().__init__(scope, id)
        duplicates = sorted(
            name for name, count in Counter(a.name for a in props.alerts).items() if count > 1
        )
        if duplicates:
            raise ValueError(
                f"PrometheusRule {props.name}: alert names must be unique; repeated: {duplicates}"
            )
        for alert in props.alerts:
            path = runbook_path(alert.name)
            if not (props.repo_root / path).is_file():
                raise ValueError(
                    f"alert {alert.name} has no runbook: write {path}"
                    " (meaning, impact, diagnosis, mitigation)"
                )
        groups = []
        if props.recording_windows:
            groups.append(
                prometheus.PrometheusRuleSpecGroups(
                    name=f"{props.name}.recording",
                    rules=[
                        prometheus.PrometheusRuleSpecGroupsRules(
                            record=queries.error_ratio_record(window),
                            expr=prometheus.PrometheusRuleSpecGroupsRulesExpr.from_string(
                                queries.error_ratio_recording(window)
                            ),
                        )
                        for window in props.recording_windows
                    ],
                )
            )
        groups.append(
            prometheus.PrometheusRuleSpecGroups(
                name=f"{props.name}.alerts",
                rules=[_rule(alert, props.gitops) for alert in props.alerts],
            )
        )
        self.resource = prometheus.PrometheusRule(
            self,
            "Resource",
            metadata={
                "name": props.name,
                "namespace": props.namespace,
                "labels": {"app.kubernetes.io/name": props.name, "app.kubernetes.io/part-of": PART_OF},
            },
            spec=prometheus.PrometheusRuleSpec(groups=groups),
        )


def _rule(alert: Alert, gitops: GitOps) -> prometheus.PrometheusRuleSpecGroupsRules:
    return prometheus.PrometheusRuleSpecGroupsRules(
        alert=alert.name,
        expr=prometheus.PrometheusRuleSpecGroupsRulesExpr.from_string(alert.expr),
        for_=alert.for_,
        labels={"severity": alert.severity, **dict(alert.labels)},
        annotations={
            "summary": alert.summary,
            "description": alert.description,
            "runbook_url": runbook_url(alert.name, gitops),
        },
    )
