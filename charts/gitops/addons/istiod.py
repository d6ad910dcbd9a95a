"""istiod: the Istio control plane and the mesh-wide configuration."""

from __future__ import annotations

from charts.gitops.addon_chart import (
    ADMISSION_POLICY,
    ADMISSION_POLICY_BINDING,
    OPERATOR_KINDS,
    AddonChart,
    Values,
)
from charts.gitops.application import IgnoreDifference
from charts.gitops.helm_repositories import ISTIO_REPO, ISTIO_VERSION
from charts.gitops.helm_values import resources, zone_spread
from charts.platform import capacity
from contexter_deploy.ground.config.model import Aws, Mesh
from contexter_deploy.ground.topology import API_GATEWAY


def values(*, aws: Aws, mesh: Mesh) -> Values:
    """The control plane, one replica per zone (``aws.az_count``), and the mesh-wide configuration,
    with the sidecar's resources of ``mesh.proxy_resources``."""
    replicas = max(2, aws.az_count)
    trust_domain = API_GATEWAY.identity.principal.split("/", 1)[0]
    return {
        "pilot": {
            "autoscaleEnabled": True,
            "autoscaleMin": replicas,
            "autoscaleMax": 2 * replicas,
            "replicaCount": replicas,
            "resources": resources("500m", "2Gi"),
            "cni": {"enabled": True},
            "env": {
                # Sidecars as Kubernetes native sidecars (1.29+): they start before and stop after the
                # app container, and let Jobs (the backups) finish.
                "ENABLE_NATIVE_SIDECARS": "true",
            },
            "topologySpreadConstraints": zone_spread({"app": "istiod"}),
            **capacity.critical_placement(),
            "podAnnotations": capacity.do_not_disrupt(),
        },
        "meshConfig": {
            "trustDomain": trust_domain,
            "outboundTrafficPolicy": {"mode": "REGISTRY_ONLY"},
            "accessLogFile": "/dev/stdout",
            "accessLogEncoding": "JSON",
            # Prometheus scrapes the apps over mTLS (charts/observability/mesh_scrape.py); merging would
            # also serve their metrics in plain text on port 15020.
            "enablePrometheusMerge": False,
            "defaultConfig": {"holdApplicationUntilProxyStarts": True},
        },
        "global": {
            "logAsJson": True,
            "priorityClassName": capacity.CRITICAL_PRIORITY,
            # The one source of the sidecar's size: the namespace quotas count the same numbers.
            "proxy": {"resources": mesh.proxy_resources.model_dump()},
        },
    }


ADDON = AddonChart(
    name="istiod",
    repo_url=ISTIO_REPO,
    chart="istiod",
    version=ISTIO_VERSION,
    namespace="istio-system",
    wave=4,
    values=lambda environment: values(aws=environment.aws, mesh=environment.mesh),
    needs=("istio-base", "istio-cni"),
    cluster_kinds=(*OPERATOR_KINDS, ADMISSION_POLICY, ADMISSION_POLICY_BINDING),
    ignore_differences=(
        IgnoreDifference(
            "admissionregistration.k8s.io",
            "ValidatingWebhookConfiguration",
            "istio-validator-istio-system",
            jq_path_expressions=(".webhooks[]?.failurePolicy",),
        ),
    ),
)
