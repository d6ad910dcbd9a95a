"""charts/observability/istiod_monitor.py, and the scrape of the mesh against the pinned Istio charts.

The monitors name ports and labels that upstream charts create: istiod's Service and pods (istiod
chart) and the ingress gateway's pods (gateway chart). The ``shared`` tests read those charts at the
versions ``charts/gitops/addons/`` pins, so a chart bump that renames a port or a label fails here
instead of leaving Prometheus with no target.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from charts.gitops.addons import ADDONS, addon
from charts.observability.istiod_monitor import IstiodMonitor, IstiodMonitorProps
from contexter_deploy.facts.manifests import Manifest, find
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.topology import (
    INGRESS_GATEWAY,
    ISTIOD,
    ISTIOD_MONITORING,
    ISTIOD_MONITORING_PATH,
    SIDECAR_METRICS,
    SIDECAR_METRICS_PATH,
)
from tests.conftest import SHARED, requires_crd_schemas
from tests.helpers import synth_construct


def _props(**changes: Any) -> IstiodMonitorProps:
    values: dict[str, Any] = {
        "namespace": ISTIOD.namespace,
        "service_labels": dict(ISTIOD.pod_labels),
        "port": ISTIOD_MONITORING.name,
        "path": ISTIOD_MONITORING_PATH,
    }
    return IstiodMonitorProps(**{**values, **changes})


def _synth(props: IstiodMonitorProps) -> dict[str, Any]:
    [monitor] = synth_construct(lambda chart: IstiodMonitor(chart, "istiod", props=props))
    return monitor


def test_istiod_monitor_snapshot(snapshot: SnapshotAssertion) -> None:
    assert _synth(_props()) == snapshot


def test_it_scrapes_istiod_in_plain_http_in_its_own_namespace() -> None:
    monitor = _synth(_props())
    assert monitor["kind"] == "ServiceMonitor"
    assert monitor["metadata"]["namespace"] == "istio-system"
    assert monitor["spec"]["selector"] == {"matchLabels": {"app": "istiod"}}
    assert monitor["spec"]["namespaceSelector"] == {"matchNames": ["istio-system"]}
    [endpoint] = monitor["spec"]["endpoints"]
    assert (endpoint["port"], endpoint["path"], endpoint["scheme"]) == ("http-monitoring", "/metrics", "http")
    assert "scrapeClass" not in monitor["spec"], "istiod has no sidecar: no mutual TLS to present"


def test_every_environment_scrapes_istiod_and_both_kinds_of_envoy(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    for documents in manifests.values():
        istiod = find(documents, "ServiceMonitor", "istiod", "istio-system")
        assert istiod is not None
        assert istiod.spec["endpoints"][0]["port"] == ISTIOD_MONITORING.name
        gateway = find(documents, "PodMonitor", INGRESS_GATEWAY.name, "istio-ingress")
        assert gateway is not None
        assert gateway.spec["selector"] == {"matchLabels": dict(INGRESS_GATEWAY.pod_labels)}
        for namespace in ("contexter", "contexter-data"):
            sidecars = find(documents, "PodMonitor", "envoy-sidecars", namespace)
            assert sidecars is not None
            assert sidecars.spec["podMetricsEndpoints"][0]["port"] == SIDECAR_METRICS.name


def test_fails_when_the_selector_is_empty() -> None:
    with pytest.raises(ValueError, match="service_labels is empty; it would select every Service"):
        _props(service_labels={})


def test_fails_when_the_interval_is_out_of_range() -> None:
    with pytest.raises(ValueError, match=r"scrape_interval_seconds 1: allowed 5\.\.300"):
        _props(scrape_interval_seconds=1)


# --- the pinned charts create what the monitors select ------------------------------------------


def _chart(name: str) -> Path:
    [addon] = [a for a in ADDONS if a.chart == name]
    folder = SHARED / "helm-charts" / f"{name}-{addon.version}"
    assert folder.is_dir(), f"{folder} absent: the pinned {name} chart is needed to check the monitors"
    return folder / "templates"


def _ports(text: str, pattern: str) -> dict[str, int]:
    """``name: number`` of every port a template declares in the form ``pattern`` matches."""
    return {name: int(number) for number, name in re.findall(pattern, text)}


SERVICE_PORT = r"- port: (\d+)\s+name: ([\w-]+)"
CONTAINER_PORT = r"- containerPort: (\d+)\s+protocol: TCP\s+name: ([\w-]+)"


def _labels(block: str) -> dict[str, str]:
    return dict(re.findall(r"^\s+([\w./-]+): \"?([\w.-]+)\"?\s*$", block, re.MULTILINE))


@requires_crd_schemas
def test_the_istiod_chart_serves_metrics_where_the_monitor_looks() -> None:
    templates = _chart("istiod")
    service = (templates / "service.yaml").read_text(encoding="utf-8")
    assert _ports(service, SERVICE_PORT)[ISTIOD_MONITORING.name] == ISTIOD_MONITORING.number
    metadata_labels = _labels(service.split("labels:", 1)[1].split("spec:", 1)[0])
    selector = _labels(service.split("selector:", 1)[1].split("{{-", 1)[0])
    for key, value in ISTIOD.pod_labels:
        assert metadata_labels[key] == value, "the ServiceMonitor selects the Service by this label"
        assert selector[key] == value, "the Service selects istiod's pods by this label"
    deployment = (templates / "deployment.yaml").read_text(encoding="utf-8")
    assert _ports(deployment, CONTAINER_PORT)[ISTIOD_MONITORING.name] == ISTIOD_MONITORING.number
    assert f"--monitoringAddr=:{ISTIOD_MONITORING.number}" in deployment
    assert 'sidecar.istio.io/inject: "false"' in deployment, "no sidecar: the scrape is plain HTTP"


@requires_crd_schemas
def test_the_gateway_chart_serves_envoy_metrics_on_pods_the_monitor_selects(
    environments: dict[str, Environment],
) -> None:
    templates = _chart("gateway")
    deployment = (templates / "deployment.yaml").read_text(encoding="utf-8")
    assert _ports(deployment, CONTAINER_PORT)[SIDECAR_METRICS.name] == SIDECAR_METRICS.number
    # The pod template carries the selector labels, whose `istio` is `.Values.labels.istio`; the
    # project's values set `labels` to the gateway's declared pod labels, which the monitor selects.
    pod_metadata = deployment.split("template:", 1)[1].split("spec:", 1)[0]
    assert 'include "gateway.selectorLabels"' in pod_metadata
    helpers = (templates / "_helpers.tpl").read_text(encoding="utf-8")
    selector_labels = helpers.split('define "gateway.selectorLabels"', 1)[1].split("{{- end }}", 1)[0]
    assert set(dict(INGRESS_GATEWAY.pod_labels)) <= {"app", "istio"}, "only these come from the selector"
    for key in dict(INGRESS_GATEWAY.pod_labels):
        assert f"{key}: {{{{ (.Values.labels.{key} | quote)" in selector_labels
    for environment in environments.values():
        assert addon("istio-ingressgateway").values(environment)["labels"] == dict(INGRESS_GATEWAY.pod_labels)
    assert SIDECAR_METRICS_PATH == "/stats/prometheus"


@requires_crd_schemas
def test_no_network_policy_stands_in_front_of_the_istiod_and_gateway_scrapes(
    environments: dict[str, Environment], manifests: dict[str, tuple[Manifest, ...]]
) -> None:
    # Both charts render a NetworkPolicy only when global.networkPolicy.enabled, off by default and
    # in the project's values; dist/ declares none in either namespace. (Had they one, it would have
    # to admit Prometheus on 15014 and 15090: the gateway chart's does, istiod's does.)
    for name in ("istiod", "gateway"):
        policy = (_chart(name) / "networkpolicy.yaml").read_text(encoding="utf-8")
        assert "(.Values.global.networkPolicy).enabled" in policy
        values = (_chart(name).parent / "values.yaml").read_text(encoding="utf-8")
        assert re.search(r"networkPolicy:\s+enabled: false", values), name
    for environment in environments.values():
        for name in ("istiod", "istio-ingressgateway"):
            rendered = addon(name).values(environment)
            assert "networkPolicy" not in rendered.get("global", {})
    for documents in manifests.values():
        guarded = {m.namespace for m in documents if m.kind == "NetworkPolicy"}
        assert not guarded & {ISTIOD.namespace, INGRESS_GATEWAY.identity.namespace}
