"""A PodMonitor that scrapes one Contexter workload over Istio mutual TLS.

A PodMonitor rather than a ServiceMonitor: Argo Rollouts points several Services at the same
pods (``api-gateway`` and ``api-gateway-preview``; ``search``, ``search-stable`` and
``search-canary``) and moves their selectors during a rollout, so a Service-based monitor would
scrape a pod once per Service and double-count every request. A PodMonitor scrapes each pod exactly
once, whichever ReplicaSet or Service it belongs to, and copies the pod's
``rollouts-pod-template-hash`` onto its series so rollout analysis can judge a canary alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from constructs import Construct

from charts.observability import mesh_scrape
from charts.observability.metrics import POD_TEMPLATE_HASH_LABEL, POD_TEMPLATE_HASH_POD_LABEL, SERVICE_LABEL
from contexter_deploy.ground.labels import NAME_LABEL, selector_labels, workload_labels
from contexter_deploy.ground.topology import Workload
from imports import prometheus


def pod_label_meta(label: str) -> str:
    """The Kubernetes service-discovery meta label that carries pod label ``label``."""
    return "__meta_kubernetes_pod_label_" + re.sub(r"[^a-zA-Z0-9_]", "_", label)


@dataclass(frozen=True)
class SecretKey:
    """One key of a Kubernetes Secret in the monitor's namespace."""

    name: str
    key: str


@dataclass(frozen=True)
class WorkloadMonitorProps:
    """Properties of a ``WorkloadMonitor``."""

    workload: Workload
    """Name, namespace, metrics port and path, from ``contexter_deploy.ground.topology``."""
    scrape_interval_seconds: int = 15
    """How often each pod is scraped (default: 15)."""
    bearer_token: SecretKey | None = None
    """Secret key sent as ``Authorization: Bearer`` (Qdrant guards ``/metrics`` with its API key);
    default: no credentials."""


class WorkloadMonitor(Construct):
    """A ``PodMonitor`` named after the workload, in the workload's namespace."""

    def __init__(self, scope: Construct, id: str, *, props: WorkloadMonitorProps) -> None:
        super().__init__(scope, id)
        workload = props.workload
        if workload.metrics_port is None:
            raise ValueError(
                f"{workload.name} declares no metrics_port in contexter_deploy/ground/topology.py"
            )
        port_names = [port.name for port in workload.ports]
        if workload.metrics_port not in port_names:
            raise ValueError(
                f"{workload.name}: metrics_port {workload.metrics_port!r} is not one of its ports"
                f" ({', '.join(port_names)})"
            )
        if not 5 <= props.scrape_interval_seconds <= 300:
            raise ValueError(
                f"{workload.name}: scrape_interval_seconds {props.scrape_interval_seconds}: allowed 5..300"
            )
        authorization = None
        if props.bearer_token is not None:
            authorization = prometheus.PodMonitorSpecPodMetricsEndpointsAuthorization(
                type="Bearer",
                credentials=prometheus.PodMonitorSpecPodMetricsEndpointsAuthorizationCredentials(
                    name=props.bearer_token.name, key=props.bearer_token.key
                ),
            )
        self.resource = prometheus.PodMonitor(
            self,
            "Resource",
            metadata={
                "name": workload.name,
                "namespace": workload.namespace,
                "labels": workload_labels(workload.name, component="monitoring"),
            },
            spec=prometheus.PodMonitorSpec(
                selector=prometheus.PodMonitorSpecSelector(match_labels=selector_labels(workload.name)),
                namespace_selector=prometheus.PodMonitorSpecNamespaceSelector(
                    match_names=[workload.namespace]
                ),
                job_label=NAME_LABEL,
                scrape_class=mesh_scrape.SCRAPE_CLASS,
                pod_metrics_endpoints=[
                    prometheus.PodMonitorSpecPodMetricsEndpoints(
                        port=workload.metrics_port,
                        path=workload.metrics_path,
                        scheme=prometheus.PodMonitorSpecPodMetricsEndpointsScheme.HTTPS,
                        interval=f"{props.scrape_interval_seconds}s",
                        # The sidecar's certificate names a SPIFFE identity, not the pod IP.
                        tls_config=prometheus.PodMonitorSpecPodMetricsEndpointsTlsConfig(
                            insecure_skip_verify=True
                        ),
                        authorization=authorization,
                        relabelings=[
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
