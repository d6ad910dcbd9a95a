"""The platform add-ons Argo CD installs, with their pinned chart versions: the one place they live.

To bump an add-on, change its ``version`` here (read the chart's upgrade notes first), run
``make synth`` and review ``git diff dist/`` (docs/gitops.md, "Bumping a chart"). Versions are
exact releases, never ranges, ``*`` or ``latest``: ``validate_addons`` refuses anything else.

``wave`` orders the add-ons in the root Application (lower first, each waits for the previous wave
to be healthy); ``needs`` names what must be running first, and ``validate_addons`` checks that
every add-on's wave is above the waves of what it needs.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from charts.gitops.vault_tls import VAULT_NAMESPACE
from contexter_deploy.ground.topology import INGRESS_GATEWAY, PROMETHEUS

EXACT_VERSION = re.compile(r"^v?\d+\.\d+\.\d+$")
"""A released chart version: ``1.28.3`` or ``v1.19.2`` (cert-manager tags with a ``v``)."""

CAPACITY_WAVE = 3
"""Root-Application wave of the capacity Application (``dist/<env>/capacity``: the NodePools, their
EC2NodeClass, the StorageClass and the PriorityClasses): right after Karpenter, whose CRDs they
need, and before every add-on whose pods need a Karpenter node, a volume or a priority."""

CONTEXTER_WAVE = 10
"""Root-Application wave of the Contexter Application (``dist/<env>``), after every add-on it needs."""

PROJECTS_WAVE = -10
"""Root-Application wave of the AppProjects: they must exist before an Application names them."""

PodSecurityLevel = Literal["privileged", "baseline", "restricted"]


@dataclass(frozen=True)
class ClusterKind:
    """A cluster-scoped kind, as AppProject ``clusterResourceWhitelist`` names it."""

    group: str
    kind: str


CRD = ClusterKind("apiextensions.k8s.io", "CustomResourceDefinition")
CLUSTER_ROLE = ClusterKind("rbac.authorization.k8s.io", "ClusterRole")
CLUSTER_ROLE_BINDING = ClusterKind("rbac.authorization.k8s.io", "ClusterRoleBinding")
MUTATING_WEBHOOK = ClusterKind("admissionregistration.k8s.io", "MutatingWebhookConfiguration")
VALIDATING_WEBHOOK = ClusterKind("admissionregistration.k8s.io", "ValidatingWebhookConfiguration")
ADMISSION_POLICY = ClusterKind("admissionregistration.k8s.io", "ValidatingAdmissionPolicy")
ADMISSION_POLICY_BINDING = ClusterKind("admissionregistration.k8s.io", "ValidatingAdmissionPolicyBinding")
API_SERVICE = ClusterKind("apiregistration.k8s.io", "APIService")
NAMESPACE = ClusterKind("", "Namespace")

OPERATOR_KINDS: tuple[ClusterKind, ...] = (
    CRD,
    CLUSTER_ROLE,
    CLUSTER_ROLE_BINDING,
    VALIDATING_WEBHOOK,
    MUTATING_WEBHOOK,
)
"""What a typical operator chart renders outside its namespace."""
RBAC_KINDS: tuple[ClusterKind, ...] = (CLUSTER_ROLE, CLUSTER_ROLE_BINDING)


@dataclass(frozen=True)
class IgnoreDifference:
    """A field that a controller changes at run time, which Argo CD must not revert."""

    group: str
    kind: str
    name: str
    json_pointers: tuple[str, ...] = ()
    jq_path_expressions: tuple[str, ...] = ()
    namespace: str = ""
    """Namespace of the object; empty for cluster-scoped objects."""


@dataclass(frozen=True)
class NamespacePolicy:
    """Pod Security Admission of a namespace an add-on creates.

    Add-on namespaces enforce ``baseline`` and warn and audit at ``restricted``: upstream charts
    cannot all be proven ``restricted`` offline, and a rejected controller pod is an outage. The
    chart values below still ask for ``restricted`` settings wherever a chart allows it.
    ``privileged`` is reserved for node agents (istio-cni, node-exporter).
    """

    enforce: PodSecurityLevel = "baseline"
    reason: str = ""

    def labels(self) -> dict[str, str]:
        labels = {
            "pod-security.kubernetes.io/enforce": self.enforce,
            "pod-security.kubernetes.io/enforce-version": "latest",
        }
        for mode in ("audit", "warn"):
            labels[f"pod-security.kubernetes.io/{mode}"] = "restricted"
            labels[f"pod-security.kubernetes.io/{mode}-version"] = "latest"
        return labels


@dataclass(frozen=True)
class AddonChart:
    """One upstream Helm chart that Argo CD installs as an Application of the same name."""

    name: str
    """Application name and Helm release name (the chart derives resource names from it)."""
    repo_url: str
    """Helm repository, or for OCI charts the registry path without ``oci://`` (Argo CD's form)."""
    chart: str
    version: str
    """Exact chart version."""
    namespace: str
    wave: int
    needs: tuple[str, ...] = ()
    """Add-ons that must be healthy first."""
    namespace_policy: NamespacePolicy | None = None
    """Set on the one add-on that creates and owns ``namespace`` (the first installed into it);
    ``None`` when another add-on, or the cluster itself, provides it."""
    cluster_kinds: tuple[ClusterKind, ...] = OPERATOR_KINDS
    """Cluster-scoped kinds the chart renders: the platform AppProject allows exactly their union."""
    ignore_differences: tuple[IgnoreDifference, ...] = ()


ISTIO_REPO = "https://istio-release.storage.googleapis.com/charts"
ISTIO_VERSION = "1.28.3"
ARGO_REPO = "https://argoproj.github.io/argo-helm"
PROMETHEUS_COMMUNITY_REPO = "https://prometheus-community.github.io/helm-charts"

ISTIO_VALIDATOR = IgnoreDifference(
    "admissionregistration.k8s.io",
    "ValidatingWebhookConfiguration",
    "istiod-default-validator",
    jq_path_expressions=(".webhooks[]?.failurePolicy",),
)
"""istiod flips its validating webhook to ``failurePolicy: Fail`` once it is ready (Istio's Argo CD note)."""

ADDONS: tuple[AddonChart, ...] = (
    AddonChart(
        "prometheus-operator-crds",
        PROMETHEUS_COMMUNITY_REPO,
        "prometheus-operator-crds",
        "25.0.1",
        PROMETHEUS.identity.namespace,
        wave=1,
        namespace_policy=NamespacePolicy("privileged", "node-exporter reads the host's /proc and /sys"),
        cluster_kinds=(CRD,),
    ),
    AddonChart(
        "istio-base",
        ISTIO_REPO,
        "base",
        ISTIO_VERSION,
        "istio-system",
        wave=1,
        namespace_policy=NamespacePolicy("privileged", "istio-cni runs a privileged node agent here"),
        cluster_kinds=(*OPERATOR_KINDS, ADMISSION_POLICY, ADMISSION_POLICY_BINDING),
        ignore_differences=(ISTIO_VALIDATOR,),
    ),
    AddonChart(
        "argo-cd",
        ARGO_REPO,
        "argo-cd",
        "9.2.3",
        "argocd",
        wave=2,
        needs=("prometheus-operator-crds",),
        cluster_kinds=(CRD, *RBAC_KINDS),
    ),
    AddonChart(
        "karpenter",
        "public.ecr.aws/karpenter",
        "karpenter",
        "1.8.5",
        "kube-system",
        wave=2,
        needs=("prometheus-operator-crds",),
    ),
    AddonChart(
        "istio-cni",
        ISTIO_REPO,
        "cni",
        ISTIO_VERSION,
        "istio-system",
        wave=2,
        needs=("istio-base",),
        cluster_kinds=RBAC_KINDS,
    ),
    AddonChart(
        "istiod",
        ISTIO_REPO,
        "istiod",
        ISTIO_VERSION,
        "istio-system",
        wave=4,
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
    ),
    AddonChart(
        "cert-manager",
        "https://charts.jetstack.io",
        "cert-manager",
        "v1.19.2",
        "cert-manager",
        wave=5,
        needs=("prometheus-operator-crds",),
        namespace_policy=NamespacePolicy(),
    ),
    AddonChart(
        "external-secrets",
        "https://charts.external-secrets.io",
        "external-secrets",
        "1.1.1",
        "external-secrets",
        wave=5,
        needs=("prometheus-operator-crds",),
        namespace_policy=NamespacePolicy(),
    ),
    AddonChart(
        "metrics-server",
        "https://kubernetes-sigs.github.io/metrics-server/",
        "metrics-server",
        "3.13.0",
        "kube-system",
        wave=5,
        needs=("prometheus-operator-crds",),
        cluster_kinds=(*RBAC_KINDS, API_SERVICE),
    ),
    AddonChart(
        "argo-rollouts",
        ARGO_REPO,
        "argo-rollouts",
        "2.40.5",
        "argo-rollouts",
        wave=5,
        needs=("prometheus-operator-crds",),
        namespace_policy=NamespacePolicy(),
        cluster_kinds=(CRD, *RBAC_KINDS),
    ),
    AddonChart(
        "keda",
        "https://kedacore.github.io/charts",
        "keda",
        "2.18.3",
        "keda",
        wave=5,
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
    ),
    AddonChart(
        "kube-prometheus-stack",
        PROMETHEUS_COMMUNITY_REPO,
        "kube-prometheus-stack",
        "80.9.1",
        PROMETHEUS.identity.namespace,
        wave=6,
        needs=("prometheus-operator-crds", "istiod"),
    ),
    AddonChart(
        "istio-ingressgateway",
        ISTIO_REPO,
        "gateway",
        ISTIO_VERSION,
        INGRESS_GATEWAY.identity.namespace,
        wave=6,
        needs=("istiod",),
        namespace_policy=NamespacePolicy(),
        cluster_kinds=(),
    ),
    AddonChart(
        "prometheus-pushgateway",
        PROMETHEUS_COMMUNITY_REPO,
        "prometheus-pushgateway",
        "3.2.0",
        PROMETHEUS.identity.namespace,
        wave=7,
        needs=("kube-prometheus-stack",),
        cluster_kinds=(),
    ),
    AddonChart(
        "prometheus-adapter",
        PROMETHEUS_COMMUNITY_REPO,
        "prometheus-adapter",
        "5.2.0",
        PROMETHEUS.identity.namespace,
        wave=7,
        needs=("kube-prometheus-stack",),
        # Only the custom metrics API (its APIService v1beta1.custom.metrics.k8s.io): metrics-server
        # serves the resource metrics and KEDA the external ones.
        cluster_kinds=(*RBAC_KINDS, API_SERVICE),
    ),
    AddonChart(
        "velero",
        "https://vmware-tanzu.github.io/helm-charts",
        "velero",
        "11.2.0",
        "velero",
        wave=7,
        needs=("prometheus-operator-crds",),
        namespace_policy=NamespacePolicy(),
        cluster_kinds=(CRD, *RBAC_KINDS),
    ),
    AddonChart(
        "vault",
        "https://helm.releases.hashicorp.com",
        "vault",
        "0.31.0",
        VAULT_NAMESPACE,
        # Vault's TLS certificate is issued from dist/<env> (charts/gitops/vault_tls.py): Vault
        # shares the Contexter Application's wave, or each would wait for the other to be healthy.
        wave=CONTEXTER_WAVE,
        needs=("cert-manager", "prometheus-operator-crds"),
        namespace_policy=NamespacePolicy(),
        cluster_kinds=RBAC_KINDS,
    ),
)


def addon(name: str, addons: Sequence[AddonChart] = ADDONS) -> AddonChart:
    """The add-on called ``name``; raises ``KeyError`` listing the ones that exist."""
    for candidate in addons:
        if candidate.name == name:
            return candidate
    raise KeyError(f"no add-on {name!r}; add-ons: {', '.join(a.name for a in addons)}")


def addon_namespaces(addons: Sequence[AddonChart] = ADDONS) -> tuple[str, ...]:
    """Every namespace an add-on is installed into, sorted."""
    return tuple(sorted({a.namespace for a in addons}))


def validate_addons(addons: Sequence[AddonChart] = ADDONS) -> None:
    """Raise ``ValueError`` naming the add-on, the value and what is allowed, for the first problem."""
    repeated = sorted(name for name, count in Counter(a.name for a in addons).items() if count > 1)
    if repeated:
        raise ValueError(f"add-on names must be unique; repeated: {', '.join(repeated)}")
    names = {a.name for a in addons}
    for item in addons:
        if not EXACT_VERSION.match(item.version):
            raise ValueError(
                f"add-on {item.name}: chart version {item.version!r} is not pinned;"
                " allowed: one exact release such as '1.28.3' or 'v1.19.2' (no ranges, '*' or 'latest')"
            )
        if item.repo_url.startswith("oci://"):
            raise ValueError(
                f"add-on {item.name}: repo_url {item.repo_url!r}: write OCI registries without 'oci://'"
                " (Argo CD's Helm OCI form, with 'chart' naming the chart)"
            )
        for need in item.needs:
            if need not in names:
                raise ValueError(f"add-on {item.name} needs {need!r}, which is not an add-on")
            if addon(need, addons).wave >= item.wave:
                raise ValueError(
                    f"add-on {item.name} (wave {item.wave}) needs {need} (wave {addon(need, addons).wave});"
                    f" allowed: a wave above {addon(need, addons).wave}"
                )
        if item.wave > CONTEXTER_WAVE or item.wave <= PROJECTS_WAVE:
            raise ValueError(
                f"add-on {item.name}: wave {item.wave}; allowed: {PROJECTS_WAVE + 1}..{CONTEXTER_WAVE}"
                " (after the AppProjects, not after the Contexter Application)"
            )
    for namespace in addon_namespaces(addons):
        owners = [a.name for a in addons if a.namespace == namespace and a.namespace_policy is not None]
        if len(owners) > 1:
            raise ValueError(
                f"namespace {namespace} is created by several add-ons ({', '.join(owners)}); allowed: one"
            )
        if owners:
            owner = addon(owners[0], addons)
            earlier = [a.name for a in addons if a.namespace == namespace and a.wave < owner.wave]
            if earlier:
                raise ValueError(
                    f"namespace {namespace} is created by {owner.name} (wave {owner.wave}) but"
                    f" {', '.join(earlier)} is installed into it earlier"
                )
