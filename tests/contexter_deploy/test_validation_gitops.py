"""contexter_deploy/validation/gitops.py: waves, their order, and what the AppProjects allow."""

from __future__ import annotations

import copy
from typing import Any

from contexter_deploy.facts.manifests import Manifest, find
from contexter_deploy.ground.contracts import MANUAL_DELIVERY_ANNOTATION, SYNC_WAVE_ANNOTATION
from contexter_deploy.validation import run_checks
from contexter_deploy.validation.gitops import (
    check_project_allows_cluster_kinds,
    check_project_destinations,
    check_sync_waves,
    check_wave_order,
)


def _document(kind: str, name: str, namespace: str | None, wave: int | str | None, **extra: Any) -> Manifest:
    metadata: dict[str, Any] = {"name": name}
    if namespace is not None:
        metadata["namespace"] = namespace
    if wave is not None:
        metadata["annotations"] = {SYNC_WAVE_ANNOTATION: str(wave)}
    api_version = {"Rollout": "argoproj.io/v1alpha1", "ExternalSecret": "external-secrets.io/v1"}.get(
        kind, "v1"
    )
    if kind == "ClusterRole":
        api_version = "rbac.authorization.k8s.io/v1"
    if kind == "ClusterSecretStore":
        api_version = "external-secrets.io/v1"
    return Manifest({"apiVersion": api_version, "kind": kind, "metadata": metadata, **extra})


def _messages(findings: object) -> list[str]:
    return [f"{f.resource}: {f.message}" for f in findings]  # type: ignore[attr-defined]


def test_the_synthesized_environments_pass(manifests: dict[str, tuple[Manifest, ...]]) -> None:
    for documents in manifests.values():
        assert run_checks(documents) == []


def test_fails_when_a_synced_document_has_no_sync_wave(manifests: dict[str, tuple[Manifest, ...]]) -> None:
    documents = [*manifests["prod"], _document("ConfigMap", "stray", "contexter", None)]
    assert _messages(check_sync_waves(documents)) == [
        "ConfigMap contexter/stray: annotation argocd.argoproj.io/sync-wave missing; objects built by"
        " charts/app.py get theirs from charts/gitops/sync_waves.py"
    ]


def test_fails_when_a_sync_wave_is_not_an_integer() -> None:
    [finding] = check_sync_waves([_document("ConfigMap", "x", "contexter", "early")])
    assert "'early' is not an integer" in finding.message


def test_manual_documents_need_no_wave() -> None:
    job = _document("Job", "restore", "contexter-data", None)
    job = Manifest(
        {**job.document, "metadata": {**job.metadata, "annotations": {MANUAL_DELIVERY_ANNOTATION: "manual"}}}
    )
    assert list(check_sync_waves([job])) == []


def test_fails_when_a_document_is_in_the_wrong_wave() -> None:
    documents = [
        _document("Namespace", "contexter", None, -30),
        _document("ExternalSecret", "voyage-ai", "contexter", 20),
        _document("Rollout", "search", "contexter", 10),
    ]
    assert _messages(check_wave_order(documents)) == [
        "Rollout contexter/search: is in wave 10 but ExternalSecret contexter/voyage-ai (external secrets)"
        " is in wave 20; external secrets must be applied in a wave below workloads"
    ]


def test_fails_when_apps_start_before_the_data_services() -> None:
    documents = [
        _document("Rollout", "search", "contexter", 0),
        _document("StatefulSet", "qdrant", "contexter-data", 0),
    ]
    [message] = _messages(check_wave_order(documents))
    assert message.startswith(
        "Rollout contexter/search: is in wave 0 but StatefulSet contexter-data/qdrant (data services)"
    )


def test_fails_when_a_namespace_is_created_after_what_lives_in_it() -> None:
    documents = [_document("Namespace", "contexter", None, 5), _document("ConfigMap", "c", "contexter", 0)]
    [message] = _messages(check_wave_order(documents))
    assert "namespaces must be applied in a wave below every other document" in message


def test_fails_when_an_addon_is_installed_after_the_environment_application(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    documents = list(manifests["prod"])
    velero = find(documents, "Application", "velero", "argocd")
    assert velero is not None
    late = copy.deepcopy(dict(velero.document))
    late["metadata"]["annotations"][SYNC_WAVE_ANNOTATION] = "11"
    documents[documents.index(velero)] = Manifest(late)
    [message] = _messages(check_wave_order(documents))
    assert message == (
        "Application argocd/contexter: is in wave 10 but Application argocd/velero"
        " (add-on Applications (Helm)) is in wave 11; add-on Applications (Helm) must be applied"
        " in a wave at or below the environment Application"
    )


def test_fails_when_a_cluster_scoped_kind_is_not_allowed_by_the_appproject(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    documents = [*manifests["prod"], _document("ClusterRole", "contexter-reader", None, -20)]
    [message] = _messages(check_project_allows_cluster_kinds(documents))
    assert message.startswith(
        "ClusterRole contexter-reader: cluster-scoped kind rbac.authorization.k8s.io/ClusterRole"
        " is not allowed by AppProject contexter (allowed: "
    )
    assert "core/Namespace" in message
    assert "ALLOWED_CLUSTER_KINDS in charts/gitops/gitops_chart.py" in message


def test_the_argocd_folder_is_judged_by_the_root_application_not_the_contexter_project(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    # Applications in argocd/ are not synced by the contexter Application: no destination finding
    assert list(check_project_destinations(manifests["prod"])) == []


def test_fails_when_a_namespace_is_not_a_destination_of_the_appproject(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    documents = [*manifests["prod"], _document("ConfigMap", "stray", "default", 10)]
    project = find(documents, "AppProject", "contexter", "argocd")
    assert project is not None
    allowed = ", ".join(d["namespace"] for d in project.spec["destinations"])
    assert _messages(check_project_destinations(documents)) == [
        f"ConfigMap default/stray: namespace 'default' is not a destination of AppProject contexter"
        f" (allowed: {allowed})"
    ]


def test_without_an_environment_application_there_is_no_project_to_check() -> None:
    documents = [_document("ClusterRole", "x", None, 0)]
    assert list(check_project_allows_cluster_kinds(documents)) == []
