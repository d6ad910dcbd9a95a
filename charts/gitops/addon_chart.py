"""The record of one platform add-on: its upstream chart, the exact version pinned, where it is
installed, in which wave, and its Helm values. Each add-on is one module of ``charts/gitops/addons/``
holding one ``AddonChart``; ``charts.gitops.addons.ADDONS`` lists them all.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from charts.gitops.application import IgnoreDifference
from contexter_deploy.ground.config import Environment

EXACT_VERSION = re.compile(r"^v?\d+\.\d+\.\d+$")
"""A released chart version: ``1.28.3`` or ``v1.19.2`` (cert-manager tags with a ``v``)."""

Values = dict[str, Any]
"""Helm values: chart keys, camelCase as the chart spells them."""

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
class NamespacePolicy:
    """Pod Security Admission of a namespace an add-on creates.

    Add-on namespaces enforce ``baseline`` and warn and audit at ``restricted``: upstream charts
    cannot all be proven ``restricted`` offline, and a rejected controller pod is an outage. The
    add-ons' values still ask for ``restricted`` settings wherever a chart allows it.
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


@dataclass(frozen=True, kw_only=True)
class AddonChart:
    """One upstream Helm chart that Argo CD installs as an Application of the same name."""

    name: str
    """Application name and Helm release name (the chart derives resource names from it)."""
    repo_url: str
    """Helm repository, or for OCI charts the registry path without ``oci://`` (Argo CD's form)."""
    chart: str
    """The chart's name in ``repo_url``."""
    version: str
    """Exact chart version."""
    namespace: str
    wave: int
    """Root-Application wave: lower first, and each waits for the previous wave to be healthy."""
    values: Callable[[Environment], Values]
    """The Helm values for one environment. The add-on's values function takes only the parts of
    the environment it reads; this passes them on."""
    needs: tuple[str, ...] = ()
    """Add-ons that must be healthy first (default: none)."""
    namespace_policy: NamespacePolicy | None = None
    """Set on the one add-on that creates and owns ``namespace`` (the first installed into it);
    ``None`` (the default) when another add-on, or the cluster itself, provides it."""
    cluster_kinds: tuple[ClusterKind, ...] = OPERATOR_KINDS
    """Cluster-scoped kinds the chart renders: the platform AppProject allows exactly their union
    (default: ``OPERATOR_KINDS``)."""
    ignore_differences: tuple[IgnoreDifference, ...] = ()
    """Fields the chart's controllers change at run time (default: none)."""

    @property
    def source(self) -> str:
        """``<chart>-<version>``: the folder of the upstream chart at this pin, as the values check
        (``contexter_deploy/validation/helm_values.py``) finds it under ``../shared/helm-charts``."""
        return f"{self.chart}-{self.version}"
