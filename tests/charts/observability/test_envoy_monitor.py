"""charts/observability/envoy_monitor.py"""

from __future__ import annotations

from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from charts.observability.envoy_monitor import EnvoyMonitor, EnvoyMonitorProps
from contexter_deploy.ground.topology import INGRESS_GATEWAY, SIDECAR_METRICS, flows_to, workloads_in
from tests.helpers import synth_construct


def _synth(props: EnvoyMonitorProps) -> dict[str, Any]:
    [monitor] = synth_construct(lambda chart: EnvoyMonitor(chart, "envoy", props=props))
    return monitor


def _sidecars() -> EnvoyMonitorProps:
    serving = tuple(w.name for w in workloads_in("contexter") if w.sidecar_ports)
    return EnvoyMonitorProps(name="envoy-sidecars", namespace="contexter", workloads=serving)


def test_envoy_monitor_snapshot(snapshot: SnapshotAssertion) -> None:
    assert _synth(_sidecars()) == snapshot


def test_it_scrapes_envoy_in_plain_http_and_keeps_the_replica_set() -> None:
    monitor = _synth(_sidecars())
    [endpoint] = monitor["spec"]["podMetricsEndpoints"]
    assert (endpoint["port"], endpoint["path"], endpoint["scheme"]) == (
        "http-envoy-prom",
        "/stats/prometheus",
        "http",
    ), "Envoy serves 15090 itself, outside mutual TLS"
    assert "scrapeClass" not in monitor["spec"]
    targets = {r["targetLabel"] for r in endpoint["relabelings"]}
    assert {"rollouts_pod_template_hash", "service"} <= targets
    [expression] = monitor["spec"]["selector"]["matchExpressions"]
    assert expression["values"] == ["api-gateway", "search", "ingestion"], (
        "the smoke Job's sidecar is not scraped"
    )


def test_the_ingress_gateway_is_scraped_by_its_labels() -> None:
    monitor = _synth(
        EnvoyMonitorProps(
            name="istio-ingressgateway",
            namespace="istio-ingress",
            pod_labels=dict(INGRESS_GATEWAY.pod_labels),
        )
    )
    assert monitor["spec"]["selector"] == {"matchLabels": {"istio": "ingressgateway"}}
    assert monitor["spec"]["namespaceSelector"] == {"matchNames": ["istio-ingress"]}


def test_prometheus_may_reach_every_serving_sidecar() -> None:
    for workload in (w for ns in ("contexter", "contexter-data") for w in workloads_in(ns) if w.ports):
        assert any(
            flow.source == "prometheus" and SIDECAR_METRICS.name in flow.ports
            for flow in flows_to(workload.name)
        ), workload.name


def test_fails_without_a_selector_or_with_two() -> None:
    with pytest.raises(ValueError, match="give either workloads or pod_labels"):
        EnvoyMonitorProps(name="x", namespace="contexter")
    with pytest.raises(ValueError, match="give either workloads or pod_labels"):
        EnvoyMonitorProps(name="x", namespace="contexter", workloads=("a",), pod_labels={"a": "b"})
