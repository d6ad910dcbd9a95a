"""charts/gitops/gitops_chart.py: the projects and Applications as synthesized for each environment."""

from __future__ import annotations

from charts.gitops.addons import ADDONS, addon_namespaces
from charts.gitops.gitops_chart import (
    ALLOWED_CLUSTER_KINDS,
    SyncedObject,
    contexter_cluster_kinds,
    contexter_destinations,
    platform_cluster_kinds,
)
from contexter_deploy.facts.manifests import Manifest, find
from contexter_deploy.ground.topology import CONTEXTER_NAMESPACES


def _project(documents: tuple[Manifest, ...], name: str) -> Manifest:
    project = find(documents, "AppProject", name, "argocd")
    assert project is not None, name
    return project


def test_every_addon_is_an_application_in_the_platform_project(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    for documents in manifests.values():
        for item in ADDONS:
            application = find(documents, "Application", item.name, "argocd")
            assert application is not None, item.name
            assert application.spec["project"] == "platform"


def test_the_platform_project_allows_exactly_the_addon_sources_namespaces_and_kinds(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    spec = _project(manifests["prod"], "platform").spec
    assert set(spec["sourceRepos"]) == {a.repo_url for a in ADDONS}
    assert {d["namespace"] for d in spec["destinations"]} == set(addon_namespaces())
    assert {(k["group"], k["kind"]) for k in spec["clusterResourceWhitelist"]} == {
        (k.group, k.kind) for k in platform_cluster_kinds()
    }


def test_the_contexter_project_is_restricted_to_this_repository(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    for documents in manifests.values():
        spec = _project(documents, "contexter").spec
        application = find(documents, "Application", "contexter", "argocd")
        assert application is not None
        assert spec["sourceRepos"] == [application.spec["source"]["repoURL"]]
        assert "*" not in str(spec)


def test_the_contexter_project_allows_the_contexter_namespaces_and_the_addon_ones_in_use(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    documents = manifests["prod"]
    allowed = {d["namespace"] for d in _project(documents, "contexter").spec["destinations"]}
    used = {m.namespace for m in documents if m.namespace and m.namespace != "argocd"}
    assert set(CONTEXTER_NAMESPACES) <= allowed
    assert used <= allowed
    assert allowed - set(CONTEXTER_NAMESPACES) == used - set(CONTEXTER_NAMESPACES)


def test_the_cluster_kind_whitelist_is_derived_from_what_is_synthesized(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    documents = manifests["prod"]
    whitelist = {
        (k["group"], k["kind"]) for k in _project(documents, "contexter").spec["clusterResourceWhitelist"]
    }
    synthesized = {(m.group, m.kind) for m in documents if m.cluster_scoped}
    assert whitelist == synthesized
    assert whitelist <= {(k.group, k.kind) for k in ALLOWED_CLUSTER_KINDS}


def test_a_kind_outside_the_allowed_list_is_left_out_of_the_whitelist() -> None:
    objects = (
        SyncedObject("", "Namespace", None),
        SyncedObject("rbac.authorization.k8s.io", "ClusterRole", None),
        SyncedObject("storage.k8s.io", "StorageClass", None),
    )
    assert [(k.group, k.kind) for k in contexter_cluster_kinds(objects)] == [
        ("", "Namespace"),
        ("storage.k8s.io", "StorageClass"),
    ]


def test_a_namespace_that_is_neither_contexter_nor_an_addon_is_not_a_destination() -> None:
    objects = (SyncedObject("", "ConfigMap", "default"), SyncedObject("", "ConfigMap", "monitoring"))
    assert contexter_destinations(objects) == ("contexter", "contexter-data", "monitoring")


def test_a_namespace_that_dist_declares_and_uses_is_a_destination() -> None:
    used = SyncedObject("", "ServiceAccount", "contexter-perf")
    declared = SyncedObject("", "Namespace", None, declares="contexter-perf")
    assert contexter_destinations((used, declared)) == ("contexter", "contexter-data", "contexter-perf")
    assert contexter_destinations((used,)) == ("contexter", "contexter-data"), "used but not declared"
    assert contexter_destinations((declared,)) == ("contexter", "contexter-data"), "declared but empty"


def test_every_allowed_cluster_kind_says_why() -> None:
    assert all(reason.strip() for reason in ALLOWED_CLUSTER_KINDS.values())
