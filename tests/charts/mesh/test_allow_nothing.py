"""charts/mesh/allow_nothing.py"""

from __future__ import annotations

from syrupy.assertion import SnapshotAssertion

from charts.mesh.allow_nothing import ALLOW_NOTHING, AllowNothing, AllowNothingProps
from contexter_deploy.facts.manifests import Manifest, find
from contexter_deploy.ground.topology import CONTEXTER_NAMESPACES
from tests.helpers import synth_construct


def test_allow_nothing_snapshot(snapshot: SnapshotAssertion) -> None:
    [policy] = synth_construct(
        lambda chart: AllowNothing(chart, "a", props=AllowNothingProps(namespace="contexter"))
    )
    assert policy == snapshot


def test_the_policy_applies_to_every_workload_and_matches_nothing() -> None:
    [policy] = synth_construct(
        lambda chart: AllowNothing(chart, "a", props=AllowNothingProps(namespace="contexter"))
    )
    # an ALLOW policy (the default action) without selector and without rules: deny by default
    assert policy["spec"] == {}


def test_every_contexter_namespace_denies_by_default(manifests: dict[str, tuple[Manifest, ...]]) -> None:
    for documents in manifests.values():
        for namespace in CONTEXTER_NAMESPACES:
            policy = find(documents, "AuthorizationPolicy", ALLOW_NOTHING, namespace)
            assert policy is not None and policy.spec == {}
