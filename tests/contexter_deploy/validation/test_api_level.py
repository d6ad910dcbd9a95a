"""contexter_deploy/validation/api_level.py and feature_gates.py: what the cluster's version keeps."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import kubernetes_validate.utils as kv
import pytest

from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.ground.config import ENVIRONMENT_NAMES, Environment
from contexter_deploy.validation.api_level import DEPRECATED_APIS, check_api_level, values_at
from contexter_deploy.validation.crd_versions import chart_crds
from contexter_deploy.validation.feature_gates import GATED_FIELDS, GatedField
from contexter_deploy.validation.helm_values import DEFAULT_HELM_CHARTS
from tests.contexter_deploy.validation.committed import committed_manifests
from tests.contexter_deploy.validation.mutate import changed, messages, plus
from tests.figures import FIGURE

RecordProperty = Callable[[str, object], None]
VERSION = "1.33"


def api_messages(manifests: tuple[Manifest, ...], version: str = VERSION) -> list[str]:
    return messages(check_api_level(manifests, version).findings)


@pytest.mark.shared  # reads the pinned charts or CRDs in ../shared
@pytest.mark.parametrize("name", ENVIRONMENT_NAMES)
def test_every_document_uses_only_what_the_cluster_version_serves_and_keeps(
    name: str, environments: dict[str, Environment], record_property: RecordProperty
) -> None:
    version = environments[name].cluster.kubernetes_version
    report = check_api_level(committed_manifests(name), version, DEFAULT_HELM_CHARTS)
    assert messages(report.findings) == []
    assert report.resources > 140 and report.gated_fields_checked > 100
    assert report.custom_resources_checked > 30, "Argo, KEDA and cert-manager CRDs are in the pinned charts"
    record_property(FIGURE, f"API level, {name}: {report.summary()}")


def test_fails_when_a_statefulset_sets_max_unavailable_before_its_gate_is_on() -> None:
    def max_unavailable(document: dict[str, Any]) -> None:
        document["spec"]["updateStrategy"]["rollingUpdate"] = {"maxUnavailable": 1}

    manifests = changed(
        committed_manifests("prod"), "StatefulSet", "qdrant", "contexter-data", max_unavailable
    )
    [finding] = api_messages(manifests)
    assert finding.startswith(
        "StatefulSet contexter-data/qdrant: spec.updateStrategy.rollingUpdate.maxUnavailable: StatefulSet"
        " rolling updates with more than one pod down at once needs feature gate MaxUnavailableStatefulSet,"
        " alpha and off by default at Kubernetes 1.33: the API server drops the field on create."
    )
    assert "feature-gates/MaxUnavailableStatefulSet.md" in finding
    assert api_messages(manifests, version="1.35") == [], "on by default from 1.35"


def test_fails_when_an_hpa_sets_a_tolerance_or_scales_to_zero() -> None:
    def tolerance(document: dict[str, Any]) -> None:
        document["spec"]["behavior"]["scaleUp"]["tolerance"] = "0.05"
        document["spec"]["minReplicas"] = 0

    findings = api_messages(
        changed(committed_manifests("prod"), "HorizontalPodAutoscaler", "api-gateway", "contexter", tolerance)
    )
    assert [finding.split(" needs feature gate ")[1].split(",")[0] for finding in findings] == [
        "HPAConfigurableTolerance",
        "HPAScaleToZero",
    ]
    assert "spec.behavior.scaleUp.tolerance" in findings[0] and "refuses" in findings[1]


def test_fails_when_a_pod_template_sets_an_alpha_field() -> None:
    def stop_signal(document: dict[str, Any]) -> None:
        document["spec"]["template"]["spec"]["containers"][0]["lifecycle"]["stopSignal"] = "SIGINT"

    [finding] = api_messages(
        changed(committed_manifests("prod"), "Rollout", "search", "contexter", stop_signal)
    )
    assert finding.startswith(
        "Rollout contexter/search: spec.template.spec.containers[0].lifecycle.stopSignal: a container's own"
        " stop signal needs feature gate ContainerStopSignals, alpha and off by default at Kubernetes 1.33"
    )
    assert "not on by default in any release yet" in finding


def test_a_value_gated_field_fails_only_for_the_gated_value() -> None:
    def distribution(value: str) -> tuple[Manifest, ...]:
        return changed(
            committed_manifests("prod"),
            "Service",
            "search",
            "contexter",
            lambda document: document["spec"].update(trafficDistribution=value),
        )

    assert api_messages(distribution("PreferClose")) == []
    [finding] = api_messages(distribution("PreferSameZone"))
    assert "PreferSameTrafficDistribution, alpha and off by default at Kubernetes 1.33" in finding


def test_fails_when_an_api_version_is_removed_deprecated_or_not_served() -> None:
    documents = [
        {"apiVersion": "policy/v1beta1", "kind": "PodDisruptionBudget", "metadata": {"name": "old"}},
        {"apiVersion": "v1", "kind": "Endpoints", "metadata": {"name": "legacy"}},
        {
            "apiVersion": "admissionregistration.k8s.io/v1alpha1",
            "kind": "MutatingAdmissionPolicy",
            "metadata": {"name": "a"},
        },
        {"apiVersion": "storage.k8s.io/v1beta1", "kind": "VolumeAttributesClass", "metadata": {"name": "b"}},
    ]
    assert api_messages(plus((), *documents)) == [
        "Endpoints legacy: apiVersion v1 Endpoints is deprecated; use discovery.k8s.io/v1 EndpointSlice"
        " (deprecated in 1.33) [https://kubernetes.io/docs/reference/using-api/deprecation-guide/]"
        " [api-level]",
        "MutatingAdmissionPolicy a: apiVersion admissionregistration.k8s.io/v1alpha1: alpha APIs are never"
        " served by default, and EKS enables none at 1.33; use a GA version [api-level]",
        "PodDisruptionBudget old: apiVersion policy/v1beta1 PodDisruptionBudget was removed in"
        " Kubernetes 1.25; the cluster (1.33) refuses it; use policy/v1"
        " [https://kubernetes.io/docs/reference/using-api/deprecation-guide/] [api-level]",
        "VolumeAttributesClass b: apiVersion storage.k8s.io/v1beta1: beta APIs added since Kubernetes"
        " 1.24 are not served by default (KEP-3136), and EKS enables none at 1.33; use a GA version"
        " [api-level]",
    ]


def test_custom_resource_versions_are_left_to_their_crd() -> None:
    keda = {"apiVersion": "keda.sh/v1alpha1", "kind": "ScaledObject", "metadata": {"name": "q"}}
    assert api_messages(plus((), keda)) == []


def _field_schema(kind: str, path: str, version: str) -> dict[str, Any] | None:
    """The strict OpenAPI schema kubernetes-validate ships for ``path`` of ``kind`` at ``version``."""
    schema_dir = f"v{[v for v in kv.all_versions() if kv.major_minor(v) == version][-1]}-local-strict"
    definitions = kv.schema_contents(f"kubernetes-json-schema/{schema_dir}/_definitions.json", "")["$defs"]
    files = {
        "StatefulSet": "statefulset-apps-v1",
        "HorizontalPodAutoscaler": "horizontalpodautoscaler-autoscaling-v2",
        "Service": "service-v1",
        "Pod": "pod-v1",
    }
    node: dict[str, Any] = kv.schema_contents(f"kubernetes-json-schema/{schema_dir}/{files[kind]}.json", "")
    steps = ("spec." + path if kind == "Pod" else path).replace("[]", ".[]").split(".")
    for step in steps:
        while "$ref" in node:
            node = definitions[node["$ref"].rsplit("/", 1)[1]]
        if step == "[]":
            node = node.get("items") or {}
        elif step not in (node.get("properties") or {}):
            return None
        else:
            node = node["properties"][step]
    return node


@pytest.mark.parametrize(
    "gated", [g for g in GATED_FIELDS if g.kinds[0] != "ScaledObject"], ids=lambda g: f"{g.gate}:{g.path}"
)
def test_each_gated_field_exists_in_the_schema_once_its_gate_exists(gated: GatedField) -> None:
    # the table's paths are real fields: kubernetes-validate's strict schema has them at the newest version
    newest = kv.major_minor(kv.latest_version())
    assert _field_schema(gated.kinds[0], gated.path, newest) is not None, (gated.gate, gated.path)


def test_a_gated_field_at_the_cluster_version_passes_the_strict_schema_the_synth_already_runs() -> None:
    # why this check exists: the schema of 1.33 accepts the alpha field the API server then drops
    assert (
        _field_schema("StatefulSet", "spec.updateStrategy.rollingUpdate.maxUnavailable", VERSION) is not None
    )
    assert _field_schema("Pod", "containers[].lifecycle.stopSignal", VERSION) is not None


def test_the_deprecation_table_names_each_api_once() -> None:
    pairs = [(api.api_version, kind) for api in DEPRECATED_APIS for kind in api.kinds]
    assert len(pairs) == len(set(pairs))


def test_values_at_walks_lists_and_reports_concrete_paths() -> None:
    pod = {"containers": [{"lifecycle": {"stopSignal": "SIGINT"}}, {}], "initContainers": None}
    assert list(values_at(pod, "containers[].lifecycle.stopSignal")) == [
        ("containers[0].lifecycle.stopSignal", "SIGINT")
    ]
    assert list(values_at(pod, "initContainers[].lifecycle.stopSignal")) == []
    assert list(values_at({"resources": {}}, "resources")) == [("resources", {})]


def test_a_gate_is_on_from_the_first_stage_whose_default_is_true() -> None:
    [gate] = [g for g in GATED_FIELDS if g.gate == "UserNamespacesSupport"]
    assert [gate.enabled_at(version) for version in ("1.24", "1.29", "1.32", "1.33", "1.40")] == [
        False,
        False,
        False,
        True,
        True,
    ]
    assert gate.stage_at("1.24") is None


@pytest.mark.shared  # reads the pinned charts or CRDs in ../shared
def test_fails_when_a_custom_resource_version_is_not_one_the_pinned_crd_serves() -> None:
    manifests = changed(
        committed_manifests("prod"),
        "Rollout",
        "search",
        "contexter",
        lambda document: document.update(apiVersion="argoproj.io/v1beta1"),
    )
    [finding] = messages(check_api_level(manifests, VERSION, DEFAULT_HELM_CHARTS).findings)
    assert finding == (
        "Rollout contexter/search: apiVersion argoproj.io/v1beta1: the Rollout CRD of"
        " argo-rollouts-2.40.5/templates/crds/rollout-crd.yaml serves v1alpha1, not v1beta1 [api-level]"
    )


CRD = """{{- if .Values.crds.install }}
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
spec:
  group: example.com
  names:
    kind: Widget
    plural: widgets
  versions:
{versions}
{{- end }}
"""


def test_fails_when_a_custom_resource_uses_a_version_its_crd_deprecates(tmp_path: Path) -> None:
    versions = """    - name: v1beta1
      served: true
      deprecated: true
      deprecationWarning: "example.com/v1beta1 Widget is deprecated; use example.com/v1"
      schema:
        openAPIV3Schema:
          properties:
            name: {type: string}
    - additionalPrinterColumns:
        - name: Ready
          jsonPath: .status.ready
      name: v1
      served: true"""
    chart = tmp_path / "widgets-1.0.0"
    (chart / "crds").mkdir(parents=True)
    (chart / "crds" / "widget.yaml").write_text(CRD.replace("{versions}", versions), encoding="utf-8")
    [crd] = chart_crds(chart)
    assert [(v.name, v.served, v.deprecated) for v in crd.versions] == [
        ("v1beta1", True, True),
        ("v1", True, False),
    ]
    application = {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Application",
        "metadata": {"name": "widgets", "namespace": "argocd"},
        "spec": {"source": {"chart": "widgets", "targetRevision": "1.0.0"}},
    }
    widget = {"apiVersion": "example.com/v1beta1", "kind": "Widget", "metadata": {"name": "w"}}
    report = check_api_level(plus((), application, widget), VERSION, tmp_path)
    assert messages(report.findings) == [
        "Widget w: apiVersion example.com/v1beta1 is deprecated by the Widget CRD of"
        " widgets-1.0.0/crds/widget.yaml (example.com/v1beta1 Widget is deprecated; use example.com/v1);"
        " use v1 [api-level]"
    ]
    assert report.custom_resources_checked == 1 and report.custom_resources_unprovable == 1
