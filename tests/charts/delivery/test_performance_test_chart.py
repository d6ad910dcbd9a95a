"""charts/delivery/performance_test_chart.py: the gate's namespace exists exactly where it runs, and the
checks that guard dist/ accept it for the reasons they exist."""

from __future__ import annotations

from charts.secret_catalog import PERF_API_TOKEN, secrets_for
from contexter_deploy.facts.manifests import Manifest, find
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.topology import CONTEXTER_NAMESPACES, PERFORMANCE_TEST
from contexter_deploy.validation.endpoints import universe
from contexter_deploy.validation.gitops import check_project_destinations
from contexter_deploy.validation.network_policies import NetworkPolicyLayer
from tests.contexter_deploy.validation.mutate import changed, messages

NAMESPACE = PERFORMANCE_TEST.namespace


def _in_namespace(documents: tuple[Manifest, ...]) -> set[tuple[str, str]]:
    return {(m.kind, m.name) for m in documents if m.namespace == NAMESPACE or m.name == NAMESPACE}


def test_the_namespace_exists_exactly_where_performance_testing_is_enabled(
    environments: dict[str, Environment], manifests: dict[str, tuple[Manifest, ...]]
) -> None:
    for name, environment in environments.items():
        found = _in_namespace(manifests[name])
        if environment.performance_test.enabled:
            assert found == {
                ("Namespace", NAMESPACE),
                ("ServiceAccount", PERFORMANCE_TEST.service_account),
                ("NetworkPolicy", "public-https-only"),
                ("ExternalSecret", PERF_API_TOKEN.name),
            }, name
        else:
            assert found == set(), name
    assert any(e.performance_test.enabled for e in environments.values())


def test_the_token_comes_from_vault_through_the_store_like_every_secret(
    environments: dict[str, Environment], manifests: dict[str, tuple[Manifest, ...]]
) -> None:
    for name, environment in environments.items():
        store = find(manifests[name], "ClusterSecretStore", "vault", None)
        assert store is not None
        [condition] = store.spec["conditions"]
        expected = sorted({secret.namespace for secret in secrets_for(environment)})
        assert condition["namespaces"] == expected
        assert (NAMESPACE in expected) is environment.performance_test.enabled
        if environment.performance_test.enabled:
            external = find(manifests[name], "ExternalSecret", PERF_API_TOKEN.name, NAMESPACE)
            assert external is not None
            assert external.spec["data"] == [
                {"secretKey": "token", "remoteRef": {"key": PERF_API_TOKEN.vault_path, "property": "token"}}
            ]


def test_the_contexter_project_may_sync_the_namespace_because_dist_declares_it(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    documents = manifests["staging"]
    project = find(documents, "AppProject", "contexter", "argocd")
    assert project is not None
    assert NAMESPACE in {d["namespace"] for d in project.spec["destinations"]}
    for name in ("dev", "prod"):
        other = find(manifests[name], "AppProject", "contexter", "argocd")
        assert other is not None
        assert NAMESPACE not in {d["namespace"] for d in other.spec["destinations"]}


def test_fails_when_the_project_does_not_list_the_namespace(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    def drop(document: dict[str, object]) -> None:
        spec = document["spec"]
        assert isinstance(spec, dict)
        spec["destinations"] = [d for d in spec["destinations"] if d["namespace"] != NAMESPACE]

    broken = changed(manifests["staging"], "AppProject", "contexter", "argocd", drop)
    found = messages(check_project_destinations(broken))
    assert len(found) == 3 and all(f"namespace {NAMESPACE!r} is not a destination" in m for m in found)


def test_the_policy_graph_leaves_the_namespace_to_its_own_policy(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    """The policy graph proves the Contexter namespaces' call graph; the gate's namespace is no part
    of it (not in CONTEXTER_NAMESPACES), and a pod there is just a pod of another namespace to it."""
    assert NAMESPACE not in CONTEXTER_NAMESPACES
    layer = NetworkPolicyLayer(manifests["staging"], universe())
    assert all(policy.namespace in CONTEXTER_NAMESPACES for policy in layer.policies)
    assert NAMESPACE in {m.namespace for m in manifests["staging"] if m.kind == "NetworkPolicy"}
