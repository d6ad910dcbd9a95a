"""charts/delivery/performance_test.py"""

from __future__ import annotations

from ipaddress import IPv4Address, IPv4Network
from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from charts.delivery.performance_test import NETWORK_POLICY, PerformanceTest, PerformanceTestProps
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.topology import (
    INGRESS_GATEWAY,
    KUBE_DNS,
    PERFORMANCE_TEST,
    POD_IDENTITY_AGENT,
    Identity,
)
from tests.helpers import synth_construct

INSTANCE_METADATA = IPv4Address("169.254.169.254")


def _props(**overrides: Any) -> PerformanceTestProps:
    values: dict[str, Any] = {"identity": PERFORMANCE_TEST, "dns": KUBE_DNS, "https_port": 443}
    return PerformanceTestProps(**{**values, **overrides})


def _synth() -> dict[str, dict[str, Any]]:
    documents = synth_construct(lambda chart: PerformanceTest(chart, "perf", props=_props()))
    return {document["kind"]: document for document in documents}


def test_performance_test_snapshot(snapshot: SnapshotAssertion) -> None:
    assert _synth() == snapshot


def test_the_namespace_enforces_restricted_pod_security_outside_the_mesh() -> None:
    """k6 calls the public endpoint from outside, like a user: no sidecar, and the strictest Pod
    Security level, since nothing here gets an mTLS identity."""
    namespace = _synth()["Namespace"]
    assert namespace["metadata"]["name"] == "contexter-perf"
    labels = namespace["metadata"]["labels"]
    assert labels["istio-injection"] == "disabled"
    for mode in ("enforce", "audit", "warn"):
        assert labels[f"pod-security.kubernetes.io/{mode}"] == "restricted"


def test_the_k6_service_account_mounts_no_api_token() -> None:
    account = _synth()["ServiceAccount"]
    assert (account["metadata"]["namespace"], account["metadata"]["name"]) == ("contexter-perf", "k6")
    assert account["automountServiceAccountToken"] is False


def test_every_pod_of_the_namespace_takes_no_ingress_and_reaches_only_dns_and_public_https() -> None:
    """The policy selects every pod, not only k6's: whatever the promote role starts here is confined."""
    policy = _synth()["NetworkPolicy"]
    assert policy["metadata"] == {
        "labels": {
            "app.kubernetes.io/component": "performance-test",
            "app.kubernetes.io/part-of": "contexter",
        },
        "name": NETWORK_POLICY,
        "namespace": "contexter-perf",
    }
    spec = policy["spec"]
    assert spec["podSelector"] == {}
    assert spec["policyTypes"] == ["Ingress", "Egress"]
    assert spec["ingress"] == []
    dns, https = spec["egress"]
    assert dns == {
        "to": [
            {
                "namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "kube-system"}},
                "podSelector": {"matchLabels": {"k8s-app": "kube-dns"}},
            }
        ],
        "ports": [{"port": 53, "protocol": "UDP"}, {"port": 53, "protocol": "TCP"}],
    }
    assert https["ports"] == [{"port": INGRESS_GATEWAY.port("https").number, "protocol": "TCP"}]
    [block] = https["to"]
    assert block["ipBlock"]["cidr"] == "0.0.0.0/0"


def test_no_address_inside_the_cluster_or_its_vpc_is_reachable(environments: dict[str, Environment]) -> None:
    """Public HTTPS is public: no pod, node, VPC address, metadata service or Pod Identity Agent."""
    [_, https] = _synth()["NetworkPolicy"]["spec"]["egress"]
    excluded = [IPv4Network(cidr) for cidr in https["to"][0]["ipBlock"]["except"]]
    for address in (INSTANCE_METADATA, IPv4Address(POD_IDENTITY_AGENT.address)):
        assert any(address in network for network in excluded), address
    for environment in environments.values():
        vpc = environment.network.vpc_cidr
        assert any(vpc.subnet_of(network) for network in excluded), environment.name


def test_fails_when_the_namespace_is_a_contexter_namespace() -> None:
    with pytest.raises(
        ValueError, match=r"namespace 'contexter' is a Contexter namespace; allowed: a namespace"
    ):
        _props(identity=Identity("contexter", "k6"))


def test_fails_when_the_port_is_not_a_tcp_port() -> None:
    with pytest.raises(ValueError, match=r"https_port 0: allowed: a TCP port, 1-65535"):
        _props(https_port=0)
