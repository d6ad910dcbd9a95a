"""Zero-downtime readiness: each gate, and each way it fails."""

from __future__ import annotations

from typing import Any

from contexter_deploy.facts.parameters import DEFAULT_PARAMETERS, requirements_for
from contexter_deploy.report.result import Status
from contexter_deploy.report.zero_downtime import prestop_seconds, zero_downtime_rows
from tests.report.builders import container, inputs_of, pdb, pod_monitor, service, workload, workloads_of
from tests.report.test_rollout import ANALYSIS, TEMPLATE

BLUE_GREEN = {"blueGreen": {"activeService": "api", "prePromotionAnalysis": ANALYSIS}}


def row(*documents: dict[str, Any]) -> Any:
    inputs = inputs_of(*documents)
    [result] = zero_downtime_rows(inputs, workloads_of(inputs), DEFAULT_PARAMETERS, requirements_for("prod"))
    return result


def test_blue_green_with_analysis_pdb_readiness_and_prestop_is_ready() -> None:
    result = row(workload("Rollout", "api", strategy=BLUE_GREEN), TEMPLATE, pdb("api", maxUnavailable=1))
    assert (result.value, result.status) == ("ready", Status.PASS)


def test_prestop_duration_from_sleep_action_and_exec() -> None:
    assert prestop_seconds({"lifecycle": {"preStop": {"sleep": {"seconds": 15}}}}) == 15
    assert prestop_seconds({"lifecycle": {"preStop": {"exec": {"command": ["sh", "-c", "sleep 20"]}}}}) == 20
    assert prestop_seconds({"lifecycle": {"preStop": {"httpGet": {"path": "/drain"}}}}) is None


def test_fails_when_max_unavailable_is_one_with_one_replica() -> None:
    strategy = {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": 1, "maxUnavailable": 1}}
    result = row(workload("Deployment", "api", replicas=1, strategy=strategy), pdb("api", maxUnavailable=1))
    assert result.status is Status.FAIL
    assert "1 replica: every drain or restart drops the service" in result.details
    assert "maxUnavailable 1 = 1 pod(s) at 1 replicas (must be 0)" in result.details
    assert "PodDisruptionBudget contexter/api allows evicting all 1 replica(s)" in result.details


def test_fails_when_the_default_25_percent_becomes_a_pod_at_max_replicas() -> None:
    # canary maxUnavailable defaults to 25%: floor(0.25 x 3) = 0 at baseline, but floor(0.25 x 30) = 7 at max
    hpa = {
        "apiVersion": "autoscaling/v2",
        "kind": "HorizontalPodAutoscaler",
        "metadata": {"name": "search", "namespace": "contexter"},
        "spec": {
            "scaleTargetRef": {"kind": "Rollout", "name": "search"},
            "minReplicas": 3,
            "maxReplicas": 30,
        },
    }
    strategy = {"canary": {"analysis": ANALYSIS, "steps": [{"setWeight": 50}]}}
    result = row(
        workload("Rollout", "search", strategy=strategy), hpa, TEMPLATE, pdb("search", maxUnavailable=1)
    )
    assert result.details == ("maxUnavailable 25% = 7 pod(s) at 30 replicas (must be 0)",)


def test_fails_when_prestop_outlasts_the_grace_period_and_readiness_is_missing() -> None:
    slow = container("api", lifecycle={"preStop": {"sleep": {"seconds": 45}}})
    del slow["readinessProbe"]
    result = row(
        workload("Rollout", "api", strategy=BLUE_GREEN, containers=[slow]),
        service("api", ("http", 8000)),
        TEMPLATE,
        pdb("api", maxUnavailable=1),
    )
    assert "container api serves clients without a readinessProbe" in result.details
    assert "container api preStop 45 s >= terminationGracePeriodSeconds 30 s" in result.details


def test_fails_when_the_pdb_blocks_drains_or_promotion_is_not_gated() -> None:
    ungated = {"blueGreen": {"activeService": "api"}}
    result = row(workload("Rollout", "api", strategy=ungated), pdb("api", minAvailable=3))
    assert (
        "PodDisruptionBudget contexter/api allows no eviction at 3 replicas: drains block" in result.details
    )
    assert "no blueGreen.prePromotionAnalysis: promotion is not gated by analysis" in result.details


def test_fails_when_every_analysis_metric_is_dry_run() -> None:
    dry = {
        "blueGreen": {
            "activeService": "api",
            "prePromotionAnalysis": {**ANALYSIS, "dryRun": [{"metricName": "success-rate"}]},
        }
    }
    result = row(workload("Rollout", "api", strategy=dry), TEMPLATE, pdb("api", maxUnavailable=1))
    assert result.details == (
        "blueGreen.prePromotionAnalysis has no metric with a success or failure condition"
        " outside dryRun: it never aborts",
    )


EXPORTER = {
    "name": "exporter",
    "image": "registry.example.com/exporter:1",
    "ports": [{"name": "metrics", "containerPort": 9121}],
    "resources": {"requests": {"cpu": "25m", "memory": "64Mi"}, "limits": {"cpu": "100m", "memory": "64Mi"}},
    "livenessProbe": {"httpGet": {"path": "/health", "port": "metrics"}},
}
"""A metrics exporter sidecar: a port, no preStop, no readiness probe."""


def _authorization(*operations: dict[str, Any]) -> dict[str, Any]:
    return {
        "apiVersion": "security.istio.io/v1",
        "kind": "AuthorizationPolicy",
        "metadata": {"name": "redis", "namespace": "contexter-data"},
        "spec": {
            "action": "ALLOW",
            "selector": {"matchLabels": {"app.kubernetes.io/name": "redis"}},
            "rules": [{"to": [{"operation": operation}]} for operation in operations],
        },
    }


def _redis(*extra: dict[str, Any]) -> Any:
    # the Service lists the metrics port too (as the topology's Services do), so only the policies
    # tell whether clients can use it
    return row(
        workload(
            "StatefulSet",
            "redis",
            namespace="contexter-data",
            containers=[container("redis", ports=[{"name": "redis", "containerPort": 6379}]), EXPORTER],
        ),
        service("redis", ("redis", 6379), ("metrics", 9121), namespace="contexter-data"),
        pod_monitor("redis", "metrics", namespace="contexter-data"),
        pdb("redis", namespace="contexter-data", maxUnavailable=1),
        *extra,
    )


def test_a_port_only_prometheus_can_scrape_needs_no_drain() -> None:
    # clients reach 6379 (any operation); on 9121 the policy admits only GET /metrics, the path the
    # PodMonitor scrapes: the exporter serves scrapes only, and a missed scrape is not downtime
    result = _redis(
        _authorization({"ports": ["6379"]}, {"ports": ["9121"], "methods": ["GET"], "paths": ["/metrics"]})
    )
    assert (result.value, result.status) == ("ready", Status.PASS)
    assert (
        "container exporter: port metrics only serves scrapes: AuthorizationPolicy contexter-data/redis"
        " admits only GET /metrics there, no drain needed"
    ) in result.details


def test_fails_when_clients_can_reach_the_exporter_port() -> None:
    # a rule admitting every path on 9121 lets clients use it: it needs readiness and a preStop drain
    result = _redis(_authorization({"ports": ["6379"]}, {"ports": ["9121"]}))
    assert result.status is Status.FAIL
    assert result.details == (
        "container exporter serves clients without a readinessProbe",
        "container exporter has no preStop hook: it stops while still in the endpoints",
    )


def test_fails_when_no_policy_restricts_a_port_a_service_targets() -> None:
    # without AuthorizationPolicies nothing shows the port is scrape-only: it counts as serving clients
    result = _redis()
    assert result.status is Status.FAIL
    assert "container exporter has no preStop hook: it stops while still in the endpoints" in result.details


def test_a_port_no_service_targets_is_not_a_client_port() -> None:
    # the same exporter with no Service at all: no client reaches any of its ports through a Service
    result = row(
        workload("StatefulSet", "redis", namespace="contexter-data", containers=[EXPORTER]),
        pdb("redis", namespace="contexter-data", maxUnavailable=1),
    )
    assert result.status is Status.PASS
