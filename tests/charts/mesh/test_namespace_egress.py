"""charts/mesh/namespace_egress.py"""

from __future__ import annotations

import re

import pytest
from syrupy.assertion import SnapshotAssertion

from charts.mesh.namespace_egress import NamespaceEgress, NamespaceEgressProps
from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.ground.topology import CONTEXTER_NAMESPACES
from tests.helpers import synth_construct

HOSTS = ("istio-system/*", "contexter-data/qdrant.contexter-data.svc.cluster.local", "./api.voyageai.com")


def test_namespace_egress_snapshot(snapshot: SnapshotAssertion) -> None:
    props = NamespaceEgressProps(namespace="contexter", hosts=HOSTS)
    [sidecar] = synth_construct(lambda chart: NamespaceEgress(chart, "egress", props=props))
    assert sidecar == snapshot
    assert sidecar["metadata"]["name"] == "default"
    assert "workloadSelector" not in sidecar["spec"]
    assert sidecar["spec"]["outboundTrafficPolicy"] == {"mode": "REGISTRY_ONLY"}
    assert sidecar["spec"]["egress"] == [{"hosts": list(HOSTS)}]


@pytest.mark.parametrize("host", ["*/*", "qdrant", "contexter/Qdrant", "*/api.voyageai.com"])
def test_fails_on_a_host_that_is_not_scoped_to_a_namespace(host: str) -> None:
    with pytest.raises(ValueError, match=re.escape(f"egress host {host!r}")):
        NamespaceEgressProps(namespace="contexter", hosts=(host,))


def test_fails_on_no_or_duplicate_hosts() -> None:
    with pytest.raises(ValueError, match="hosts is empty"):
        NamespaceEgressProps(namespace="contexter", hosts=())
    with pytest.raises(ValueError, match="duplicate egress hosts"):
        NamespaceEgressProps(namespace="contexter", hosts=("istio-system/*", "istio-system/*"))


def test_each_namespace_sees_its_destinations_dns_and_the_control_plane(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    for documents in manifests.values():
        sidecars = {m.namespace: m for m in documents if m.kind == "Sidecar"}
        assert set(sidecars) == set(CONTEXTER_NAMESPACES)
        apps = sidecars["contexter"].spec["egress"][0]["hosts"]
        assert "istio-system/*" in apps
        assert "kube-system/kube-dns.kube-system.svc.cluster.local" in apps
        assert "contexter/search-canary.contexter.svc.cluster.local" in apps  # the canary split needs it
        assert (
            "contexter-data/redis-headless.contexter-data.svc.cluster.local" in apps
        )  # Sentinel hands out pods
        assert "./api.voyageai.com" in apps
        data = sidecars["contexter-data"].spec["egress"][0]["hosts"]
        assert not any("contexter/" in host or "voyage" in host for host in data)
        assert "./eks-pod-identity-agent.internal" in data
