"""What the cluster's Kubernetes version serves and keeps: API versions and feature-gated fields.

``schemas.py`` validates every core document against the strict OpenAPI schemas of the cluster's
version (``cluster.kubernetes_version``), so a kind or field that does not exist there already
fails. Three things still pass it and break on the cluster:

1. **Deprecated and removed API versions** (``DEPRECATED_APIS``, from the deprecated API migration
   guide, https://kubernetes.io/docs/reference/using-api/deprecation-guide/): a removed version is
   refused, a deprecated one warns on every apply and breaks at the next upgrade.
2. **API versions the API server does not serve by default**: every ``v1alphaN`` of a built-in group,
   and, since Kubernetes 1.24 (KEP-3136), every new ``v1betaN`` too; only the betas listed in
   ``DEPRECATED_APIS`` were ever on by default.
3. **Fields behind a feature gate that is off at the cluster's version** (``feature_gates``): the
   schema has them, the API server drops or refuses them.
4. **Custom resource versions the pinned charts' CRDs do not serve, or deprecate** (``crd_versions``),
   for the kinds whose CRD a pinned chart folder holds.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.validation.crd_versions import ChartCrd, chart_crds
from contexter_deploy.validation.feature_gates import GATED_FIELDS, GatedField
from contexter_deploy.validation.findings import Finding
from contexter_deploy.validation.helm_values import helm_sources
from contexter_deploy.validation.workload_checks import pod_template

CHECK = "api-level"
DEPRECATION_GUIDE = "https://kubernetes.io/docs/reference/using-api/deprecation-guide/"

BUILT_IN_GROUPS = frozenset(
    {
        "", "apps", "batch", "autoscaling", "policy", "extensions",
        "admissionregistration.k8s.io", "apiextensions.k8s.io", "apiregistration.k8s.io",
        "authentication.k8s.io", "authorization.k8s.io", "certificates.k8s.io", "coordination.k8s.io",
        "discovery.k8s.io", "events.k8s.io", "flowcontrol.apiserver.k8s.io", "internal.apiserver.k8s.io",
        "networking.k8s.io", "node.k8s.io", "rbac.authorization.k8s.io", "resource.k8s.io",
        "scheduling.k8s.io", "storage.k8s.io", "storagemigration.k8s.io",
    }
)  # fmt: skip
"""API groups the API server itself serves (every other group is a CRD's)."""


@dataclass(frozen=True)
class DeprecatedApi:
    """``api_version`` ``kind``: deprecated, and refused from ``removed`` on (empty: not scheduled)."""

    api_version: str
    kinds: tuple[str, ...]
    removed: str
    replacement: str


DEPRECATED_APIS: tuple[DeprecatedApi, ...] = (
    DeprecatedApi("extensions/v1beta1", ("DaemonSet", "Deployment", "ReplicaSet"), "1.16", "apps/v1"),
    DeprecatedApi("extensions/v1beta1", ("NetworkPolicy",), "1.16", "networking.k8s.io/v1"),
    DeprecatedApi("extensions/v1beta1", ("Ingress",), "1.22", "networking.k8s.io/v1"),
    DeprecatedApi("apps/v1beta1", ("Deployment", "StatefulSet"), "1.16", "apps/v1"),
    DeprecatedApi(
        "apps/v1beta2", ("DaemonSet", "Deployment", "ReplicaSet", "StatefulSet"), "1.16", "apps/v1"
    ),
    DeprecatedApi(
        "admissionregistration.k8s.io/v1beta1",
        ("MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"),
        "1.22",
        "admissionregistration.k8s.io/v1",
    ),
    DeprecatedApi(
        "apiextensions.k8s.io/v1beta1", ("CustomResourceDefinition",), "1.22", "apiextensions.k8s.io/v1"
    ),
    DeprecatedApi("apiregistration.k8s.io/v1beta1", ("APIService",), "1.22", "apiregistration.k8s.io/v1"),
    DeprecatedApi(
        "certificates.k8s.io/v1beta1", ("CertificateSigningRequest",), "1.22", "certificates.k8s.io/v1"
    ),
    DeprecatedApi("coordination.k8s.io/v1beta1", ("Lease",), "1.22", "coordination.k8s.io/v1"),
    DeprecatedApi("networking.k8s.io/v1beta1", ("Ingress", "IngressClass"), "1.22", "networking.k8s.io/v1"),
    DeprecatedApi(
        "rbac.authorization.k8s.io/v1beta1",
        ("ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding"),
        "1.22",
        "rbac.authorization.k8s.io/v1",
    ),
    DeprecatedApi("scheduling.k8s.io/v1beta1", ("PriorityClass",), "1.22", "scheduling.k8s.io/v1"),
    DeprecatedApi(
        "storage.k8s.io/v1beta1",
        ("CSIDriver", "CSINode", "StorageClass", "VolumeAttachment"),
        "1.22",
        "storage.k8s.io/v1",
    ),
    DeprecatedApi("batch/v1beta1", ("CronJob",), "1.25", "batch/v1"),
    DeprecatedApi("discovery.k8s.io/v1beta1", ("EndpointSlice",), "1.25", "discovery.k8s.io/v1"),
    DeprecatedApi("events.k8s.io/v1beta1", ("Event",), "1.25", "events.k8s.io/v1"),
    DeprecatedApi("autoscaling/v2beta1", ("HorizontalPodAutoscaler",), "1.25", "autoscaling/v2"),
    DeprecatedApi("policy/v1beta1", ("PodDisruptionBudget",), "1.25", "policy/v1"),
    DeprecatedApi(
        "policy/v1beta1", ("PodSecurityPolicy",), "1.25", "Pod Security Admission (namespace labels)"
    ),
    DeprecatedApi("node.k8s.io/v1beta1", ("RuntimeClass",), "1.25", "node.k8s.io/v1"),
    DeprecatedApi("autoscaling/v2beta2", ("HorizontalPodAutoscaler",), "1.26", "autoscaling/v2"),
    DeprecatedApi(
        "flowcontrol.apiserver.k8s.io/v1beta1",
        ("FlowSchema", "PriorityLevelConfiguration"),
        "1.26",
        "flowcontrol.apiserver.k8s.io/v1",
    ),
    DeprecatedApi("storage.k8s.io/v1beta1", ("CSIStorageCapacity",), "1.27", "storage.k8s.io/v1"),
    DeprecatedApi(
        "flowcontrol.apiserver.k8s.io/v1beta2",
        ("FlowSchema", "PriorityLevelConfiguration"),
        "1.29",
        "flowcontrol.apiserver.k8s.io/v1",
    ),
    DeprecatedApi(
        "flowcontrol.apiserver.k8s.io/v1beta3",
        ("FlowSchema", "PriorityLevelConfiguration"),
        "1.32",
        "flowcontrol.apiserver.k8s.io/v1",
    ),
    DeprecatedApi("v1", ("Endpoints",), "", "discovery.k8s.io/v1 EndpointSlice (deprecated in 1.33)"),
    DeprecatedApi("v1", ("ComponentStatus",), "", "none: query the components' health endpoints"),
)
"""From the deprecated API migration guide (``DEPRECATION_GUIDE``)."""

_PRE_RELEASE = re.compile(r"^v\d+(alpha|beta)\d+$")


@dataclass
class ApiLevelReport:
    """What the check looked at and what it found."""

    kubernetes_version: str
    findings: list[Finding] = field(default_factory=list)
    resources: int = 0
    api_versions: set[str] = field(default_factory=set)
    gated_fields_checked: int = 0
    """(resource, gated field) pairs looked up."""
    gated_fields_present: int = 0
    """Gated fields the documents set (each one on at this version, or a finding)."""
    custom_resources_checked: int = 0
    """Custom resources whose version was checked against the CRD a pinned chart installs."""
    custom_resources_unprovable: int = 0
    """Custom resources whose CRD no pinned chart folder holds (their JSON schema check still runs)."""
    seconds: float = 0.0

    def summary(self) -> str:
        return (
            f"{self.resources} resources, {len(self.api_versions)} API versions and"
            f" {self.gated_fields_checked} feature-gated field look-ups ({self.gated_fields_present} set)"
            f" at Kubernetes {self.kubernetes_version}; {self.custom_resources_checked} custom resource"
            f" versions checked against the pinned charts' CRDs ({self.custom_resources_unprovable} whose"
            f" CRD no chart folder holds); {self.seconds:.2f} s"
        )


def check_api_level(
    manifests: Sequence[Manifest], kubernetes_version: str, helm_charts: Path | None = None
) -> ApiLevelReport:
    """Findings for API versions and gated fields the cluster at ``kubernetes_version`` would not keep.

    With ``helm_charts``, custom resource versions are checked against the CRDs of the charts the
    documents' add-on Applications pin."""
    started = time.perf_counter()
    report = ApiLevelReport(kubernetes_version)
    crds = _pinned_crds(manifests, helm_charts) if helm_charts is not None else None
    for manifest in manifests:
        report.resources += 1
        report.api_versions.add(manifest.api_version)
        report.findings.extend(_api_version_findings(manifest, kubernetes_version))
        if crds is not None and manifest.group not in BUILT_IN_GROUPS:
            crd = crds.get((manifest.group, manifest.kind))
            if crd is None:
                report.custom_resources_unprovable += 1
            else:
                report.custom_resources_checked += 1
                report.findings.extend(_crd_version_findings(manifest, crd))
        for gated in GATED_FIELDS:
            base, prefix = _base(manifest, gated)
            if base is None:
                continue
            report.gated_fields_checked += 1
            for path, value in values_at(base, gated.path):
                report.gated_fields_present += 1
                if gated.applies(value) and not gated.enabled_at(kubernetes_version):
                    report.findings.append(_gate_finding(manifest, gated, prefix + path, kubernetes_version))
    report.findings.sort()
    report.seconds = time.perf_counter() - started
    return report


def _api_version_findings(manifest: Manifest, version: str) -> Iterator[Finding]:
    group, _, api = manifest.api_version.rpartition("/")
    if group not in BUILT_IN_GROUPS:
        return
    for deprecated in DEPRECATED_APIS:
        if deprecated.api_version == manifest.api_version and manifest.kind in deprecated.kinds:
            if deprecated.removed and _minor(version) >= _minor(deprecated.removed):
                state = f"was removed in Kubernetes {deprecated.removed}; the cluster ({version}) refuses it"
            elif deprecated.removed:
                state = f"is deprecated and removed in Kubernetes {deprecated.removed}"
            else:
                state = "is deprecated"
            yield Finding(
                manifest.ref,
                CHECK,
                f"apiVersion {manifest.api_version} {manifest.kind} {state}; use {deprecated.replacement}"
                f" [{DEPRECATION_GUIDE}]",
            )
            return
    stage = _PRE_RELEASE.match(api)
    if stage:
        why = (
            "alpha APIs are never served by default"
            if stage.group(1) == "alpha"
            else "beta APIs added since Kubernetes 1.24 are not served by default (KEP-3136)"
        )
        yield Finding(
            manifest.ref,
            CHECK,
            f"apiVersion {manifest.api_version}: {why}, and EKS enables none at {version}; use a GA version",
        )


def _pinned_crds(manifests: Sequence[Manifest], helm_charts: Path) -> dict[tuple[str, str], ChartCrd]:
    crds: dict[tuple[str, str], ChartCrd] = {}
    for manifest in manifests:
        for source in helm_sources(manifest):
            folder = helm_charts / f"{source['chart']}-{source.get('targetRevision', '')}"
            for crd in chart_crds(folder):
                crds[(crd.group, crd.kind)] = crd
    return crds


def _crd_version_findings(manifest: Manifest, crd: ChartCrd) -> Iterator[Finding]:
    version = manifest.api_version.rpartition("/")[2]
    served = [v.name for v in crd.versions if v.served]
    current = [v.name for v in crd.versions if v.served and not v.deprecated]
    entry = next((v for v in crd.versions if v.name == version), None)
    if entry is None or not entry.served:
        yield Finding(
            manifest.ref,
            CHECK,
            f"apiVersion {manifest.api_version}: the {crd.kind} CRD of {crd.source} serves"
            f" {', '.join(served) or 'no version'}, not {version}",
        )
    elif entry.deprecated:
        yield Finding(
            manifest.ref,
            CHECK,
            f"apiVersion {manifest.api_version} is deprecated by the {crd.kind} CRD of {crd.source}"
            f" ({entry.warning or 'no warning given'}); use {', '.join(current) or 'a served version'}",
        )


def _base(manifest: Manifest, gated: GatedField) -> tuple[Mapping[str, Any] | None, str]:
    if "Pod" in gated.kinds:
        if manifest.kind == "Pod":
            return manifest.spec, "spec."
        template = pod_template(manifest)
        if template is None:
            return None, ""
        prefix = (
            "spec.jobTemplate.spec.template.spec." if manifest.kind == "CronJob" else "spec.template.spec."
        )
        return template.get("spec") or {}, prefix
    if manifest.kind in gated.kinds:
        return manifest.document, ""
    return None, ""


def values_at(base: Any, path: str) -> Iterator[tuple[str, Any]]:
    """Every (concrete path, value) that ``path`` (dotted, ``[]`` for every list item) reaches in ``base``."""
    head, _, rest = path.partition(".")
    name, many = (head[:-2], True) if head.endswith("[]") else (head, False)
    if not isinstance(base, Mapping) or name not in base or base[name] is None:
        return
    value = base[name]
    items = (
        list(enumerate(value)) if many and isinstance(value, list) else [(None, value)] if not many else []
    )
    for index, item in items:
        here = f"{name}[{index}]" if index is not None else name
        if not rest:
            yield here, item
        else:
            for below, found in values_at(item, rest):
                yield f"{here}.{below}", found


def _gate_finding(manifest: Manifest, gated: GatedField, path: str, version: str) -> Finding:
    stage = gated.stage_at(version)
    state = (
        f"{stage.stage} and off by default at Kubernetes {version}"
        if stage is not None
        else f"not in Kubernetes {version} yet"
    )
    enabled = next((s.version for s in gated.stages if s.default), None)
    action = (
        "the API server drops the field on create"
        if gated.effect == "dropped"
        else "the API server refuses it"
    )
    remedy = f"on by default from Kubernetes {enabled}" if enabled else "not on by default in any release yet"
    return Finding(
        manifest.ref,
        CHECK,
        f"{path}: {gated.what} needs feature gate {gated.gate}, {state}: {action}."
        f" Remove it (the gate is {remedy}) [{gated.source}]",
    )


def _minor(version: str) -> tuple[int, int]:
    major, minor = version.split(".")[:2]
    return int(major), int(minor)
