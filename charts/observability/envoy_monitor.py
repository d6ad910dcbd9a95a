"""A PodMonitor that scrapes the Istio proxies of some pods: Istio's request metrics.

Every Envoy (the workloads' sidecars, the ingress gateway) serves ``istio_requests_total`` and
``istio_request_duration_milliseconds`` on ``topology.SIDECAR_METRICS`` (15090,
``/stats/prometheus``), under the container port name that Istio's injector and the gateway
chart give it. Envoy serves that port itself, outside its inbound capture, so the scrape is plain
HTTP, without the ``istio-mtls`` scrape class; the NetworkPolicies of the Contexter namespaces
admit Prometheus on it (its flows in ``contexter_deploy.ground.topology.CALL_GRAPH``). These are the callers'
view
the rollout analyses ask (``charts.delivery.analysis.CallersAnalysisTemplate``): a request that
timed out at the caller's proxy or the gateway never reaches the app's own metrics.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from constructs import Construct

from charts.observability.metrics import POD_TEMPLATE_HASH_LABEL, POD_TEMPLATE_HASH_POD_LABEL, SERVICE_LABEL
from charts.observability.workload_monitor import pod_label_meta
from contexter_deploy.ground.labels import NAME_LABEL, PART_OF
from contexter_deploy.ground.topology import SIDECAR_METRICS, SIDECAR_METRICS_PATH
from imports import prometheus

JOB_LABEL = "envoy-stats"


@dataclass(frozen=True)
class EnvoyMonitorProps:
    """Properties of an ``EnvoyMonitor``."""

    name: str
    namespace: str
    """Namespace of the monitor and of the pods it scrapes."""
    workloads: tuple[str, ...] = ()
    """Contexter workloads (``app.kubernetes.io/name``) whose sidecars are scraped."""
    pod_labels: Mapping[str, str] = field(default_factory=dict)
    """Or: labels of the pods to scrape, such as the ingress gateway's."""
    scrape_interval_seconds: int = 15
    """How often each proxy is scraped (default: 15)."""

    def __post_init__(self) -> None:
        if bool(self.workloads) == bool(self.pod_labels):
            raise ValueError(f"{self.name}: give either workloads or pod_labels, not both or neither")
        if not 5 <= self.scrape_interval_seconds <= 300:
            raise ValueError(
                f"{self.name}: scrape_interval_seconds {self.scrape_interval_seconds}: allowed 5..300"
            )


class EnvoyMonitor(Construct):
    """``PodMonitor <name>`` on port ``http-envoy-prom``, path ``/stats/prometheus``, keeping the
    pod's ``rollouts-pod-template-hash`` and ``app.kubernetes.io/name`` as series labels."""

    def __init__(self, scope: Construct, id: str, *, props: EnvoyMonitorProps) -> None:
        super().__init__(scope, id)
        if props.workloads:
            selector = prometheus.PodMonitorSpecSelector(
                match_expressions=[
                    prometheus.PodMonitorSpecSelectorMatchExpressions(
                        key=NAME_LABEL, operator="In", values=list(props.workloads)
                    )
                ]
            )
        else:
            selector = prometheus.PodMonitorSpecSelector(match_labels=dict(props.pod_labels))
        self.resource = prometheus.PodMonitor(
            self,
            "Resource",
            metadata={
                "name": props.name,
                "namespace": props.namespace,
                "labels": {"app.kubernetes.io/component": "monitoring", "app.kubernetes.io/part-of": PART_OF},
            },
            spec=prometheus.PodMonitorSpec(
                selector=selector,
                namespace_selector=prometheus.PodMonitorSpecNamespaceSelector(match_names=[props.namespace]),
                pod_metrics_endpoints=[
                    prometheus.PodMonitorSpecPodMetricsEndpoints(
                        port=SIDECAR_METRICS.name,
                        path=SIDECAR_METRICS_PATH,
                        scheme=prometheus.PodMonitorSpecPodMetricsEndpointsScheme.HTTP,
                        interval=f"{props.scrape_interval_seconds}s",
                        relabelings=[
                            prometheus.PodMonitorSpecPodMetricsEndpointsRelabelings(
                                target_label="job", replacement=JOB_LABEL
                            ),
                            prometheus.PodMonitorSpecPodMetricsEndpointsRelabelings(
                                source_labels=[pod_label_meta(POD_TEMPLATE_HASH_POD_LABEL)],
                                target_label=POD_TEMPLATE_HASH_LABEL,
                            ),
                            prometheus.PodMonitorSpecPodMetricsEndpointsRelabelings(
                                source_labels=[pod_label_meta(NAME_LABEL)],
                                target_label=SERVICE_LABEL,
                            ),
                        ],
                    )
                ],
            ),
        )
