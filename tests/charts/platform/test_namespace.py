"""charts/platform/namespace.py"""

from __future__ import annotations

from syrupy.assertion import SnapshotAssertion

from charts.platform.namespace import Namespace, NamespaceProps
from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.ground.topology import CONTEXTER_NAMESPACES
from tests.helpers import synth_construct


def test_namespace_enforces_restricted_pod_security_and_joins_the_mesh(snapshot: SnapshotAssertion) -> None:
    [namespace] = synth_construct(
        lambda chart: Namespace(chart, "ns", props=NamespaceProps(name="contexter"))
    )

    assert namespace == snapshot
    labels = namespace["metadata"]["labels"]
    for mode in ("enforce", "audit", "warn"):
        assert labels[f"pod-security.kubernetes.io/{mode}"] == "restricted"
    assert labels["istio-injection"] == "enabled"


def test_namespace_outside_the_mesh_says_so() -> None:
    props = NamespaceProps(name="jobs", pod_security="baseline", istio_injection=False)
    [namespace] = synth_construct(lambda chart: Namespace(chart, "ns", props=props))

    assert namespace["metadata"]["labels"]["istio-injection"] == "disabled"
    assert namespace["metadata"]["labels"]["pod-security.kubernetes.io/enforce"] == "baseline"


def test_every_contexter_namespace_is_restricted_and_meshed(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    for documents in manifests.values():
        namespaces = [m for m in documents if m.kind == "Namespace" and m.name in CONTEXTER_NAMESPACES]
        assert {m.name for m in namespaces} == {"contexter", "contexter-data"}
        for namespace in namespaces:
            assert namespace.labels["pod-security.kubernetes.io/enforce"] == "restricted"
            assert namespace.labels["istio-injection"] == "enabled"
