"""charts/gitops/root_application.py"""

from __future__ import annotations

from typing import Any

from syrupy.assertion import SnapshotAssertion

from charts.gitops.root_application import BOOTSTRAP_PROJECT, RootApplication, RootApplicationProps
from contexter_deploy.facts.manifests import Manifest, find
from contexter_deploy.ground.config import Environment
from tests.helpers import synth_construct


def _synth(environment: Environment) -> dict[str, Any]:
    props = RootApplicationProps(environment=environment.name, gitops=environment.gitops)
    [application] = synth_construct(lambda chart: RootApplication(chart, "root", props=props))
    return application


def test_root_application_snapshot(environments: dict[str, Environment], snapshot: SnapshotAssertion) -> None:
    assert _synth(environments["prod"]) == snapshot


def test_bootstrapping_is_one_kubectl_apply_of_a_known_file(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    for name, documents in manifests.items():
        root = find(documents, "Application", "root", "argocd")
        assert root is not None
        assert root.path == "argocd/root.application.yaml"
        assert root.spec["source"]["path"] == f"dist/{name}/argocd"


def test_the_root_application_uses_the_only_project_a_fresh_argo_cd_has(
    environments: dict[str, Environment],
) -> None:
    # An Application naming a project that does not exist yet is refused, so the root cannot use
    # the projects it is about to create.
    assert _synth(environments["dev"])["spec"]["project"] == BOOTSTRAP_PROJECT == "default"


def test_the_default_project_is_narrowed_to_this_repository_and_argocd(
    manifests: dict[str, tuple[Manifest, ...]], environments: dict[str, Environment]
) -> None:
    default = find(manifests["prod"], "AppProject", "default", "argocd")
    assert default is not None
    assert default.spec["sourceRepos"] == [environments["prod"].gitops.repo_url]
    assert default.spec["destinations"] == [
        {"namespace": "argocd", "server": "https://kubernetes.default.svc"}
    ]
    assert default.spec.get("clusterResourceWhitelist", []) == []
