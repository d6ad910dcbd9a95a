"""The Istio CNI node agent that sets up traffic redirection."""

from __future__ import annotations

from charts.gitops.addon_chart import RBAC_KINDS, AddonChart, Values
from charts.gitops.helm_repositories import ISTIO_REPO, ISTIO_VERSION
from charts.gitops.helm_values import resources


def values() -> Values:
    """The CNI node agent that sets up traffic redirection, so sidecar-injected pods need no
    privileged ``istio-init`` container and pass the ``restricted`` Pod Security level."""
    return {
        "cni": {
            "resources": resources("100m", "128Mi"),
            "seccompProfile": {"type": "RuntimeDefault"},
            "repair": {"enabled": True},
        },
        "global": {"logAsJson": True},
    }


ADDON = AddonChart(
    name="istio-cni",
    repo_url=ISTIO_REPO,
    chart="cni",
    version=ISTIO_VERSION,
    namespace="istio-system",
    wave=2,
    values=lambda environment: values(),
    needs=("istio-base",),
    cluster_kinds=RBAC_KINDS,
)
