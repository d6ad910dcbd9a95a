"""Istio's CRDs and cluster roles: the first of the four Istio charts."""

from __future__ import annotations

from charts.gitops.addon_chart import (
    ADMISSION_POLICY,
    ADMISSION_POLICY_BINDING,
    OPERATOR_KINDS,
    AddonChart,
    NamespacePolicy,
    Values,
)
from charts.gitops.application import IgnoreDifference
from charts.gitops.helm_repositories import ISTIO_REPO, ISTIO_VERSION

ISTIO_VALIDATOR = IgnoreDifference(
    "admissionregistration.k8s.io",
    "ValidatingWebhookConfiguration",
    "istiod-default-validator",
    jq_path_expressions=(".webhooks[]?.failurePolicy",),
)
"""istiod flips its validating webhook to ``failurePolicy: Fail`` once it is ready (Istio's Argo CD note)."""


def values() -> Values:
    """The chart's defaults (one revision, ``default``) are right."""
    return {}


ADDON = AddonChart(
    name="istio-base",
    repo_url=ISTIO_REPO,
    chart="base",
    version=ISTIO_VERSION,
    namespace="istio-system",
    wave=1,
    values=lambda environment: values(),
    namespace_policy=NamespacePolicy("privileged", "istio-cni runs a privileged node agent here"),
    cluster_kinds=(*OPERATOR_KINDS, ADMISSION_POLICY, ADMISSION_POLICY_BINDING),
    ignore_differences=(ISTIO_VALIDATOR,),
)
