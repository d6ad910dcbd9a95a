"""charts/network/namespace_baseline.py"""

from __future__ import annotations

from typing import Any

from syrupy.assertion import SnapshotAssertion

from charts.network.namespace_baseline import NamespaceBaseline, NamespaceBaselineProps
from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.ground.topology import PLATFORM_SERVICES
from tests.helpers import synth_construct


def _synth() -> dict[str, dict[str, Any]]:
    props = NamespaceBaselineProps(namespace="contexter", platform_services=PLATFORM_SERVICES)
    documents = synth_construct(lambda chart: NamespaceBaseline(chart, "baseline", props=props))
    return {document["metadata"]["name"]: document for document in documents}


def test_namespace_baseline_snapshot(snapshot: SnapshotAssertion) -> None:
    assert _synth() == snapshot


def test_every_pod_is_isolated_in_both_directions() -> None:
    deny = _synth()["default-deny"]
    assert deny["spec"] == {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]}


def test_every_pod_may_resolve_names_over_udp_and_tcp() -> None:
    dns = _synth()["allow-kube-dns"]["spec"]
    assert dns["podSelector"] == {} and dns["policyTypes"] == ["Egress"]
    [rule] = dns["egress"]
    assert rule["to"] == [
        {
            "namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "kube-system"}},
            "podSelector": {"matchLabels": {"k8s-app": "kube-dns"}},
        }
    ]
    assert rule["ports"] == [{"port": 53, "protocol": "UDP"}, {"port": 53, "protocol": "TCP"}]


def test_sidecars_reach_istiod_on_the_xds_port_only() -> None:
    [rule] = _synth()["allow-istiod"]["spec"]["egress"]
    assert rule["ports"] == [{"port": 15012, "protocol": "TCP"}]
    assert rule["to"][0]["podSelector"] == {"matchLabels": {"app": "istiod"}}


def test_every_contexter_namespace_has_the_baseline(manifests: dict[str, tuple[Manifest, ...]]) -> None:
    for documents in manifests.values():
        for namespace in ("contexter", "contexter-data"):
            names = {m.name for m in documents if m.kind == "NetworkPolicy" and m.namespace == namespace}
            assert {"default-deny", "allow-kube-dns", "allow-istiod"} <= names
