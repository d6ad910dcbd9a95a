"""charts/observability/observability_chart.py, as synthesized for each environment."""

from __future__ import annotations

from charts.observability.observability_chart import MONITORING_NAMESPACE, metrics_credentials
from contexter_deploy.facts.manifests import Manifest, find
from contexter_deploy.ground.topology import API_GATEWAY, QDRANT, WORKLOADS


def test_every_workload_that_serves_metrics_has_a_pod_monitor(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    monitored = [w for w in WORKLOADS if w.metrics_port is not None]
    assert {w.name for w in monitored} == {"api-gateway", "search", "ingestion", "qdrant", "redis"}
    for documents in manifests.values():
        for workload in monitored:
            monitor = find(documents, "PodMonitor", workload.name, workload.namespace)
            assert monitor is not None, workload.name
            [endpoint] = monitor.spec["podMetricsEndpoints"]
            assert endpoint["port"] == workload.metrics_port
            assert endpoint["path"] == workload.metrics_path


def test_the_redis_exporter_is_scraped_on_its_own_port(manifests: dict[str, tuple[Manifest, ...]]) -> None:
    monitor = find(manifests["prod"], "PodMonitor", "redis", "contexter-data")
    assert monitor is not None
    assert monitor.spec["podMetricsEndpoints"][0]["port"] == "metrics"


def test_only_qdrant_needs_credentials_to_be_scraped() -> None:
    assert metrics_credentials(QDRANT) is not None
    assert metrics_credentials(API_GATEWAY) is None


def test_rules_and_dashboards_live_with_prometheus_and_grafana(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    documents = manifests["prod"]
    assert find(documents, "PrometheusRule", "contexter", MONITORING_NAMESPACE) is not None
    for uid in ("contexter-overview", "contexter-rollouts", "contexter-edge"):
        assert find(documents, "ConfigMap", f"{uid}-dashboard", MONITORING_NAMESPACE) is not None
