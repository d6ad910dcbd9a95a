"""prometheus-adapter: the custom metrics API the request-scaled services' HPAs read."""

from __future__ import annotations

from urllib.parse import urlsplit

from charts.gitops.addon_chart import API_SERVICE, RBAC_KINDS, AddonChart, Values
from charts.gitops.helm_repositories import PROMETHEUS_COMMUNITY_REPO
from charts.gitops.helm_values import (
    CONTROLLER_REPLICAS,
    RESTRICTED_CONTAINER,
    RESTRICTED_POD,
    resources,
    zone_spread,
)
from charts.observability.metrics import (
    HTTP_REQUESTS_PER_SECOND,
    HTTP_REQUESTS_TOTAL,
    NAMESPACE_LABEL,
    POD_LABEL,
    PROMETHEUS_URL,
    REQUEST_RATE_WINDOW_SCRAPES,
    SERVICE_LABEL,
)
from charts.platform import capacity
from contexter_deploy.ground.config.model import Observability
from contexter_deploy.ground.topology import API_GATEWAY, PROMETHEUS, SEARCH


def rules(observability: Observability) -> list[Values]:
    """The custom-metrics rule behind ``HTTP_REQUESTS_PER_SECOND``: per pod, the rate of
    ``HTTP_REQUESTS_TOTAL`` over ``REQUEST_RATE_WINDOW_SCRAPES`` scrape intervals.

    It reads only the series of the request-scaled services' namespaces that carry the labels the
    PodMonitors set (``namespace`` and ``pod`` from prometheus-operator, ``service`` from the pod's
    name label), and maps them to their namespace and pod, the objects a ``Pods`` metric names.
    """
    namespaces = sorted({API_GATEWAY.namespace, SEARCH.namespace})
    namespace = f'="{namespaces[0]}"' if len(namespaces) == 1 else f'=~"{"|".join(namespaces)}"'
    window = REQUEST_RATE_WINDOW_SCRAPES * observability.scrape_interval_seconds
    return [
        {
            "seriesQuery": (
                f'{HTTP_REQUESTS_TOTAL}{{{NAMESPACE_LABEL}{namespace},{POD_LABEL}!="",{SERVICE_LABEL}!=""}}'
            ),
            "resources": {
                "overrides": {
                    NAMESPACE_LABEL: {"resource": "namespace"},
                    POD_LABEL: {"resource": "pod"},
                }
            },
            "name": {
                "matches": f"^{HTTP_REQUESTS_TOTAL}$",
                "as": HTTP_REQUESTS_PER_SECOND,
            },
            "metricsQuery": f"sum(rate(<<.Series>>{{<<.LabelMatchers>>}}[{window}s])) by (<<.GroupBy>>)",
        }
    ]


def values(*, observability: Observability) -> Values:
    """prometheus-adapter: the custom metrics API (``http_requests_per_second`` per pod) for the HPAs.

    It serves that API only: no default rules (they would publish every series of the cluster),
    no resource rules (metrics-server serves ``metrics.k8s.io``) and no external rules (KEDA owns
    ``external.metrics.k8s.io``; a second APIService for it would replace KEDA's). It calls only
    Prometheus; the API server calls it, so no Contexter namespace policy is involved.
    """
    prometheus = urlsplit(PROMETHEUS_URL)
    labels = {
        "app.kubernetes.io/name": "prometheus-adapter",
        "app.kubernetes.io/instance": "prometheus-adapter",
    }
    return {
        "replicas": CONTROLLER_REPLICAS,
        "podDisruptionBudget": {"enabled": True, "maxUnavailable": 1},
        "resources": resources("100m", "256Mi"),
        "topologySpreadConstraints": zone_spread(labels),
        "prometheus": {
            "url": f"{prometheus.scheme}://{prometheus.hostname}",
            "port": prometheus.port,
            "path": prometheus.path,
        },
        "rules": {"default": False, "custom": rules(observability), "external": []},
        "priorityClassName": capacity.CRITICAL_PRIORITY,
        "podSecurityContext": {**RESTRICTED_POD, "fsGroup": 10001},
        "securityContext": {**RESTRICTED_CONTAINER, "runAsUser": 10001},
    }


ADDON = AddonChart(
    name="prometheus-adapter",
    repo_url=PROMETHEUS_COMMUNITY_REPO,
    chart="prometheus-adapter",
    version="5.2.0",
    namespace=PROMETHEUS.identity.namespace,
    wave=7,
    values=lambda environment: values(observability=environment.observability),
    needs=("kube-prometheus-stack",),
    # Only the custom metrics API (its APIService v1beta1.custom.metrics.k8s.io): metrics-server
    # serves the resource metrics and KEDA the external ones.
    cluster_kinds=(*RBAC_KINDS, API_SERVICE),
)
