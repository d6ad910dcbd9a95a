"""charts/gitops/environment_application.py"""

from __future__ import annotations

import re
from fnmatch import fnmatchcase
from typing import Any

from syrupy.assertion import SnapshotAssertion

from charts.gitops.environment_application import (
    ContexterApplication,
    ContexterApplicationProps,
    directory_exclude,
    rollout_managed_fields,
)
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.topology import CANARY_ROUTE, WORKLOADS
from contexter_deploy.kubernetes_synth import Synthesized
from tests.helpers import synth_construct


def _synth(environment: Environment) -> dict[str, Any]:
    props = ContexterApplicationProps(
        environment=environment.name,
        gitops=environment.gitops,
        project="contexter",
        ignore=rollout_managed_fields(tuple(environment.workloads.stateless())),
    )
    [application] = synth_construct(lambda chart: ContexterApplication(chart, "contexter", props=props))
    return application


def argo_glob(pattern: str, path: str) -> bool:
    """Argo CD's directory include/exclude match: ``{a,b}`` alternatives, ``*`` crossing ``/``."""
    match = re.fullmatch(r"\{(.*)\}", pattern)
    alternatives = match.group(1).split(",") if match else [pattern]
    return any(fnmatchcase(path, alternative) for alternative in alternatives)


def test_contexter_application_snapshot(
    environments: dict[str, Environment], snapshot: SnapshotAssertion
) -> None:
    assert _synth(environments["prod"]) == snapshot


def test_it_syncs_its_environment_folder_recursively(environments: dict[str, Environment]) -> None:
    for environment in environments.values():
        source = _synth(environment)["spec"]["source"]
        assert source["path"] == f"dist/{environment.name}"
        assert source["repoURL"] == environment.gitops.repo_url
        assert source["targetRevision"] == environment.gitops.target_revision
        assert source["directory"]["recurse"] is True


def test_the_root_applications_folder_and_the_manual_jobs_stay_out_of_the_sync() -> None:
    exclude = directory_exclude()
    assert exclude == "{argocd/*,capacity/*,jobs/*}"
    for excluded in (
        "argocd/root.application.yaml",
        "capacity/default.nodepool.yaml",
        "jobs/contexter-data/restore-qdrant.job.yaml",
    ):
        assert argo_glob(exclude, excluded), excluded
    for synced in (
        "cluster/contexter.namespace.yaml",
        "contexter/search.rollout.yaml",
        "monitoring/contexter.prometheusrule.yaml",
        "vault/vault-server-tls.certificate.yaml",
    ):
        assert not argo_glob(exclude, synced), synced


def test_the_exclude_covers_every_argocd_capacity_and_jobs_file_that_synth_writes(
    synthesized: dict[str, Synthesized],
) -> None:
    for result in synthesized.values():
        for path in result.files:
            assert argo_glob(directory_exclude(), path) == path.startswith(
                ("argocd/", "capacity/", "jobs/")
            ), path


def test_argo_rollouts_owns_the_canary_route_weights(environments: dict[str, Environment]) -> None:
    ignored = _synth(environments["prod"])["spec"]["ignoreDifferences"]
    canaries = [w for w in WORKLOADS if w.delivery == "canary"]
    assert canaries, "topology declares a canary workload"
    for workload in canaries:
        assert {
            "group": "networking.istio.io",
            "jqPathExpressions": [f'.spec.http[] | select(.name == "{CANARY_ROUTE}") | .route[].weight'],
            "kind": "VirtualService",
            "name": workload.name,
            "namespace": workload.namespace,
        } in ignored


def test_autoscaled_rollouts_keep_the_replica_count_their_autoscaler_set(
    environments: dict[str, Environment],
) -> None:
    ignored = _synth(environments["prod"])["spec"]["ignoreDifferences"]
    replicas = {entry["name"] for entry in ignored if entry["kind"] == "Rollout"}
    assert replicas == set(environments["prod"].workloads.stateless())


def test_sync_options_respect_the_ignored_fields_and_keep_namespaces_declared(
    environments: dict[str, Environment],
) -> None:
    options = _synth(environments["prod"])["spec"]["syncPolicy"]["syncOptions"]
    assert {"ServerSideApply=true", "CreateNamespace=false", "RespectIgnoreDifferences=true"} <= set(options)


def test_automated_sync_follows_the_environment(environments: dict[str, Environment]) -> None:
    manual = environments["prod"].model_copy(
        update={"gitops": environments["prod"].gitops.model_copy(update={"automated": False, "prune": False})}
    )
    automated = _synth(manual)["spec"]["syncPolicy"]["automated"]
    assert automated == {"enabled": False, "prune": False, "selfHeal": True}
