"""charts/observability/workload_monitor.py"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from charts.observability import mesh_scrape
from charts.observability.metrics import POD_TEMPLATE_HASH_LABEL, SERVICE_LABEL
from charts.observability.workload_monitor import (
    SecretKey,
    WorkloadMonitor,
    WorkloadMonitorProps,
    pod_label_meta,
)
from contexter_deploy.ground.topology import BACKUP, QDRANT, SEARCH
from tests.helpers import synth_construct


def _synth(props: WorkloadMonitorProps) -> dict[str, Any]:
    [monitor] = synth_construct(lambda chart: WorkloadMonitor(chart, "m", props=props))
    return monitor


def test_workload_monitor_snapshot(snapshot: SnapshotAssertion) -> None:
    assert _synth(WorkloadMonitorProps(workload=SEARCH)) == snapshot


def test_it_selects_the_workload_pods_on_its_metrics_port() -> None:
    monitor = _synth(WorkloadMonitorProps(workload=SEARCH))
    assert monitor["kind"] == "PodMonitor"
    assert monitor["metadata"]["namespace"] == SEARCH.namespace
    assert monitor["spec"]["selector"] == {"matchLabels": {"app.kubernetes.io/name": "search"}}
    [endpoint] = monitor["spec"]["podMetricsEndpoints"]
    assert (endpoint["port"], endpoint["path"]) == (SEARCH.metrics_port, SEARCH.metrics_path)


def test_series_carry_the_pod_template_hash_and_the_service_for_rollout_analysis() -> None:
    [endpoint] = _synth(WorkloadMonitorProps(workload=SEARCH))["spec"]["podMetricsEndpoints"]
    assert endpoint["relabelings"] == [
        {
            "sourceLabels": ["__meta_kubernetes_pod_label_rollouts_pod_template_hash"],
            "targetLabel": POD_TEMPLATE_HASH_LABEL,
        },
        {
            "sourceLabels": ["__meta_kubernetes_pod_label_app_kubernetes_io_name"],
            "targetLabel": SERVICE_LABEL,
        },
    ]


def test_scrapes_use_istio_mutual_tls_through_the_prometheus_scrape_class() -> None:
    monitor = _synth(WorkloadMonitorProps(workload=SEARCH))
    [endpoint] = monitor["spec"]["podMetricsEndpoints"]
    assert monitor["spec"]["scrapeClass"] == mesh_scrape.SCRAPE_CLASS
    assert endpoint["scheme"] == "https"
    assert endpoint["tlsConfig"] == {"insecureSkipVerify": True}


def test_a_bearer_token_is_read_from_the_named_secret_key() -> None:
    props = WorkloadMonitorProps(
        workload=QDRANT, bearer_token=SecretKey("qdrant-api-key", "read-only-api-key")
    )
    [endpoint] = _synth(props)["spec"]["podMetricsEndpoints"]
    assert endpoint["authorization"] == {
        "type": "Bearer",
        "credentials": {"name": "qdrant-api-key", "key": "read-only-api-key"},
    }


def test_meta_label_names_follow_prometheus_sanitizing() -> None:
    assert pod_label_meta("app.kubernetes.io/name") == "__meta_kubernetes_pod_label_app_kubernetes_io_name"


def test_fails_when_the_workload_serves_no_metrics() -> None:
    with pytest.raises(ValueError, match="backup declares no metrics_port"):
        _synth(WorkloadMonitorProps(workload=BACKUP))


def test_fails_when_the_metrics_port_is_not_a_port_of_the_workload() -> None:
    broken = dataclasses.replace(SEARCH, metrics_port="metrics")
    with pytest.raises(ValueError, match="metrics_port 'metrics' is not one of its ports"):
        _synth(WorkloadMonitorProps(workload=broken))


def test_fails_when_the_scrape_interval_is_out_of_range() -> None:
    with pytest.raises(ValueError, match=r"scrape_interval_seconds 1: allowed 5\.\.300"):
        _synth(WorkloadMonitorProps(workload=SEARCH, scrape_interval_seconds=1))
