"""charts/network/workload_network_policy.py"""

from __future__ import annotations

from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from charts.network.workload_network_policy import (
    NON_PUBLIC_RANGES,
    WorkloadNetworkPolicy,
    WorkloadNetworkPolicyProps,
)
from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.ground.topology import (
    BACKUP,
    CALL_GRAPH,
    POD_IDENTITY_AGENT,
    REDIS,
    SEARCH,
    WORKLOADS,
    Flow,
    flows_from,
    flows_to,
)
from tests.helpers import synth_construct


def _synth(props: WorkloadNetworkPolicyProps) -> dict[str, Any]:
    [policy] = synth_construct(lambda chart: WorkloadNetworkPolicy(chart, "policy", props=props))
    return policy


def _search() -> dict[str, Any]:
    return _synth(
        WorkloadNetworkPolicyProps(
            workload=SEARCH, ingress=flows_to("search"), egress=flows_from("search"), internet_ports=(443,)
        )
    )


def test_workload_network_policy_snapshot(snapshot: SnapshotAssertion) -> None:
    assert _search() == snapshot


def test_the_policy_selects_the_workloads_pods_in_both_directions() -> None:
    spec = _search()["spec"]
    assert spec["podSelector"] == {"matchLabels": {"app.kubernetes.io/name": "search"}}
    assert spec["policyTypes"] == ["Ingress", "Egress"]


def test_each_inbound_flow_admits_its_caller_on_its_ports_only() -> None:
    ingress = _search()["spec"]["ingress"]
    assert len(ingress) == len(flows_to("search"))
    gateway = next(
        rule
        for rule in ingress
        if rule["from"][0]["podSelector"]["matchLabels"].get("app.kubernetes.io/name") == "api-gateway"
    )
    assert gateway["ports"] == [{"port": 8000, "protocol": "TCP"}]


def test_each_outbound_flow_reaches_its_destination_pods_on_its_ports_only() -> None:
    egress = _search()["spec"]["egress"]
    to_redis = next(
        rule
        for rule in egress
        if "podSelector" in rule["to"][0]
        and rule["to"][0]["podSelector"]["matchLabels"] == {"app.kubernetes.io/name": "redis"}
    )
    assert to_redis["to"][0]["namespaceSelector"] == {
        "matchLabels": {"kubernetes.io/metadata.name": "contexter-data"}
    }
    assert to_redis["ports"] == [{"port": 6379, "protocol": "TCP"}, {"port": 26379, "protocol": "TCP"}]


def test_internet_egress_excludes_every_private_and_link_local_range() -> None:
    internet = _search()["spec"]["egress"][-1]
    assert internet == {
        "to": [{"ipBlock": {"cidr": "0.0.0.0/0", "except": list(NON_PUBLIC_RANGES)}}],
        "ports": [{"port": 443, "protocol": "TCP"}],
    }
    assert "169.254.0.0/16" in NON_PUBLIC_RANGES  # instance metadata stays unreachable


def test_the_backup_jobs_reach_the_pod_identity_agent_and_nothing_else_link_local() -> None:
    policy = _synth(
        WorkloadNetworkPolicyProps(
            workload=BACKUP,
            ingress=(),
            egress=flows_from("backup"),
            internet_ports=(443,),
            link_local=(POD_IDENTITY_AGENT,),
        )
    )
    assert policy["spec"]["egress"][-1] == {
        "to": [{"ipBlock": {"cidr": "169.254.170.23/32"}}],
        "ports": [{"port": 80, "protocol": "TCP"}],
    }
    assert policy["spec"].get("ingress", []) == []


def test_fails_when_a_flow_does_not_belong_to_the_workload() -> None:
    stranger = Flow("api-gateway", "ingestion", ("http",))
    with pytest.raises(ValueError, match="ingress flow api-gateway -> ingestion does not end at redis"):
        _synth(WorkloadNetworkPolicyProps(workload=REDIS, ingress=(stranger,), egress=()))
    with pytest.raises(ValueError, match="egress flow api-gateway -> ingestion does not start at redis"):
        _synth(WorkloadNetworkPolicyProps(workload=REDIS, ingress=(), egress=(stranger,)))


def test_every_workload_has_its_own_network_policy(manifests: dict[str, tuple[Manifest, ...]]) -> None:
    for documents in manifests.values():
        for target in WORKLOADS:
            policy = next(m for m in documents if m.kind == "NetworkPolicy" and m.name == target.name)
            assert policy.namespace == target.namespace
            assert len(policy.spec.get("ingress") or []) == sum(
                f.destination == target.name for f in CALL_GRAPH
            )
