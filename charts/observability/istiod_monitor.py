"""A ServiceMonitor that scrapes istiod, the Istio control plane: Istio's ``pilot_*`` metrics.

istiod serves its own metrics on ``topology.ISTIOD_MONITORING`` (15014, ``/metrics``): how many
proxies are connected, how often and how fast configuration is pushed to them, and how much of it
they reject. istiod runs without a sidecar, so the scrape is plain HTTP and no PeerAuthentication
or AuthorizationPolicy applies; istio-system has no NetworkPolicy, so nothing in ``dist/`` stands
between Prometheus and the port (the connection is declared in ``topology.CONNECTIONS`` and
followed through every layer at synth time).

A ServiceMonitor, unlike the Contexter workloads' PodMonitors: one Service (``istiod``) selects
istiod's pods and no rollout moves it, so no pod is scraped twice. This is Istio's own
``istio-component-monitor`` (``samples/addons/extras/prometheus-operator.yaml``) for istiod alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from constructs import Construct

from contexter_deploy.ground.labels import PART_OF
from imports import prometheus


@dataclass(frozen=True)
class IstiodMonitorProps:
    """Properties of an ``IstiodMonitor``."""

    namespace: str
    """istiod's namespace; the monitor lives there and selects Services only there."""
    service_labels: Mapping[str, str]
    """Labels of istiod's Service (the istiod chart sets ``app: istiod`` on it)."""
    port: str
    """Name of the Service port that serves the metrics (the chart's ``http-monitoring``)."""
    path: str = "/metrics"
    """Path of the metrics (default: ``/metrics``, istiod's ``--monitoringAddr`` endpoint)."""
    name: str = "istiod"
    """Name of the ServiceMonitor (default: ``istiod``); also the series' ``job`` label."""
    scrape_interval_seconds: int = 15
    """How often each istiod pod is scraped (default: 15)."""

    def __post_init__(self) -> None:
        if not self.service_labels:
            raise ValueError(f"{self.name}: service_labels is empty; it would select every Service")
        if not 5 <= self.scrape_interval_seconds <= 300:
            raise ValueError(
                f"{self.name}: scrape_interval_seconds {self.scrape_interval_seconds}: allowed 5..300"
            )


class IstiodMonitor(Construct):
    """``ServiceMonitor <name>`` on the Service port ``port`` in plain HTTP, ``job`` = ``name``."""

    def __init__(self, scope: Construct, id: str, *, props: IstiodMonitorProps) -> None:
        super().__init__(scope, id)
        self.resource = prometheus.ServiceMonitor(
            self,
            "Resource",
            metadata={
                "name": props.name,
                "namespace": props.namespace,
                "labels": {"app.kubernetes.io/component": "monitoring", "app.kubernetes.io/part-of": PART_OF},
            },
            spec=prometheus.ServiceMonitorSpec(
                selector=prometheus.ServiceMonitorSpecSelector(match_labels=dict(props.service_labels)),
                namespace_selector=prometheus.ServiceMonitorSpecNamespaceSelector(
                    match_names=[props.namespace]
                ),
                endpoints=[
                    prometheus.ServiceMonitorSpecEndpoints(
                        port=props.port,
                        path=props.path,
                        scheme=prometheus.ServiceMonitorSpecEndpointsScheme.HTTP,
                        interval=f"{props.scrape_interval_seconds}s",
                        relabelings=[
                            prometheus.ServiceMonitorSpecEndpointsRelabelings(
                                target_label="job", replacement=props.name
                            ),
                        ],
                    )
                ],
            ),
        )
