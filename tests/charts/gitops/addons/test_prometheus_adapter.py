"""charts/gitops/addons/prometheus_adapter.py: the custom metrics API, exactly the request rate."""

from __future__ import annotations

from charts.gitops.addons import prometheus_adapter
from charts.observability.metrics import (
    HTTP_REQUESTS_PER_SECOND,
    HTTP_REQUESTS_TOTAL,
    NAMESPACE_LABEL,
    POD_LABEL,
    PROMETHEUS_URL,
    REQUEST_RATE_WINDOW_SCRAPES,
    SERVICE_LABEL,
)
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.topology import API_GATEWAY


def test_prometheus_adapter_serves_only_the_request_rate_of_the_contract(
    environments: dict[str, Environment],
) -> None:
    for environment in environments.values():
        values = prometheus_adapter.ADDON.values(environment)
        rules = values["rules"]
        # custom metrics only: metrics-server serves metrics.k8s.io and KEDA external.metrics.k8s.io
        assert rules["default"] is False
        assert rules["external"] == []
        assert "resource" not in rules
        [rule] = rules["custom"]
        assert rule["name"] == {"matches": f"^{HTTP_REQUESTS_TOTAL}$", "as": HTTP_REQUESTS_PER_SECOND}
        # the series labels the PodMonitors set: namespace and pod (prometheus-operator), service (relabel)
        assert rule["seriesQuery"] == (
            f'{HTTP_REQUESTS_TOTAL}{{{NAMESPACE_LABEL}="{API_GATEWAY.namespace}",'
            f'{POD_LABEL}!="",{SERVICE_LABEL}!=""}}'
        )
        assert rule["resources"]["overrides"] == {
            NAMESPACE_LABEL: {"resource": "namespace"},
            POD_LABEL: {"resource": "pod"},
        }
        window = REQUEST_RATE_WINDOW_SCRAPES * environment.observability.scrape_interval_seconds
        assert rule["metricsQuery"] == (
            f"sum(rate(<<.Series>>{{<<.LabelMatchers>>}}[{window}s])) by (<<.GroupBy>>)"
        )
        prometheus = values["prometheus"]
        assert f"{prometheus['url']}:{prometheus['port']}{prometheus['path']}" == PROMETHEUS_URL
        assert values["replicas"] >= 2 and values["podDisruptionBudget"] == {
            "enabled": True,
            "maxUnavailable": 1,
        }
