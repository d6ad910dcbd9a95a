"""charts/mesh/strict_mtls.py"""

from __future__ import annotations

from syrupy.assertion import SnapshotAssertion

from charts.mesh.strict_mtls import StrictMtls, StrictMtlsProps
from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.ground.topology import CONTEXTER_NAMESPACES, MESH_ROOT_NAMESPACE
from tests.helpers import synth_construct


def test_strict_mtls_snapshot(snapshot: SnapshotAssertion) -> None:
    [policy] = synth_construct(
        lambda chart: StrictMtls(chart, "m", props=StrictMtlsProps(namespace="contexter"))
    )
    assert policy == snapshot
    assert policy["spec"] == {"mtls": {"mode": "STRICT"}}


def test_mtls_is_strict_mesh_wide_and_in_every_contexter_namespace(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    for documents in manifests.values():
        policies = {m.namespace: m for m in documents if m.kind == "PeerAuthentication"}
        assert set(policies) == {MESH_ROOT_NAMESPACE, *CONTEXTER_NAMESPACES}
        for policy in policies.values():
            assert policy.spec == {"mtls": {"mode": "STRICT"}}, policy.ref
            assert "selector" not in policy.spec
