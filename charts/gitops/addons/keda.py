"""KEDA: the ingestion workers scaled on their queue's depth, and the external metrics API."""

from __future__ import annotations

from charts.gitops.addon_chart import API_SERVICE, OPERATOR_KINDS, AddonChart, NamespacePolicy, Values
from charts.gitops.application import IgnoreDifference
from charts.gitops.helm_values import CONTROLLER_REPLICAS, resources, zone_spread
from contexter_deploy.ground.topology import KEDA_OPERATOR


def operator_pod_metadata() -> tuple[dict[str, str], dict[str, str]]:
    """Pod labels and annotations that put the KEDA operator, and only it, in the mesh.

    Redis (``contexter-data``, STRICT mTLS) admits the operator by its principal, which only a
    sidecar gives it. Its namespace stays out of the mesh: the API server, outside it, calls the
    metrics API server and the webhooks. The operator's own ports (``KEDA_OPERATOR.ports``: the
    metrics Prometheus scrapes in plain HTTP, the gRPC port the metrics API server calls) stay
    out of the proxy's inbound capture, so the mesh-wide STRICT mode does not refuse them.
    """
    ports = ",".join(str(port.number) for port in KEDA_OPERATOR.ports)
    return (
        {"sidecar.istio.io/inject": "true"},
        {"traffic.sidecar.istio.io/excludeInboundPorts": ports},
    )


def values() -> Values:
    """KEDA; its operator exports ``keda_scaler_metrics_value``, the queue depth the
    ``IngestionQueueBacklog`` alert reads, and runs with a sidecar (``operator_pod_metadata``)."""
    replicas = CONTROLLER_REPLICAS
    monitored = {"enabled": True, "serviceMonitor": {"enabled": True}}
    labels, annotations = operator_pod_metadata()
    return {
        "podLabels": {"keda": labels},
        "podAnnotations": {"keda": annotations},
        "operator": {"replicaCount": replicas},
        "metricsServer": {"replicaCount": replicas},
        "webhooks": {"replicaCount": replicas},
        "podDisruptionBudget": {
            "operator": {"minAvailable": 1},
            "metricServer": {"minAvailable": 1},
            "webhooks": {"minAvailable": 1},
        },
        "resources": {
            "operator": resources("100m", "256Mi"),
            "metricServer": resources("100m", "256Mi"),
            "webhooks": resources("50m", "128Mi"),
        },
        "topologySpreadConstraints": {
            "operator": zone_spread({"app": "keda-operator"}),
            "metricsServer": zone_spread({"app": "keda-operator-metrics-apiserver"}),
            "webhooks": zone_spread({"app": "keda-admission-webhooks"}),
        },
        "prometheus": {
            "operator": {**monitored, "port": KEDA_OPERATOR.port("metrics").number},
            "metricServer": monitored,
            "webhooks": monitored,
        },
    }


ADDON = AddonChart(
    name="keda",
    repo_url="https://kedacore.github.io/charts",
    chart="keda",
    version="2.18.3",
    namespace="keda",
    wave=5,
    values=lambda environment: values(),
    needs=("prometheus-operator-crds",),
    namespace_policy=NamespacePolicy(),
    cluster_kinds=(*OPERATOR_KINDS, API_SERVICE),
    ignore_differences=(
        IgnoreDifference(
            "apiregistration.k8s.io",
            "APIService",
            "v1beta1.external.metrics.k8s.io",
            json_pointers=("/spec/caBundle",),
        ),
        IgnoreDifference(
            "admissionregistration.k8s.io",
            "ValidatingWebhookConfiguration",
            "keda-admission",
            jq_path_expressions=(".webhooks[]?.clientConfig.caBundle",),
        ),
    ),
)
