"""charts/mesh/workload_authorization.py"""

from __future__ import annotations

from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from charts.mesh.workload_authorization import WorkloadAuthorization, WorkloadAuthorizationProps
from contexter_deploy.facts.manifests import Manifest, find
from contexter_deploy.ground.topology import API_GATEWAY, REDIS, WORKLOADS, Flow, caller, flows_to
from tests.helpers import synth_construct


def _synth(props: WorkloadAuthorizationProps) -> dict[str, Any]:
    [policy] = synth_construct(lambda chart: WorkloadAuthorization(chart, "authz", props=props))
    return policy


def test_workload_authorization_snapshot(snapshot: SnapshotAssertion) -> None:
    assert _synth(WorkloadAuthorizationProps(workload=API_GATEWAY, flows=flows_to("api-gateway"))) == snapshot


def test_each_rule_names_the_callers_principal_and_the_destination_ports() -> None:
    policy = _synth(WorkloadAuthorizationProps(workload=REDIS, flows=flows_to("redis")))
    spec = policy["spec"]
    assert spec["action"] == "ALLOW"
    assert spec["selector"] == {"matchLabels": {"app.kubernetes.io/name": "redis"}}
    for flow, rule in zip(flows_to("redis"), spec["rules"], strict=True):
        assert rule["from"] == [{"source": {"principals": [caller(flow.source).identity.principal]}}]
        assert rule["to"][0]["operation"]["ports"] == [str(REDIS.port(name).number) for name in flow.ports]


def test_prometheus_gets_metrics_only_and_the_edge_everything_but_metrics() -> None:
    rules = _synth(WorkloadAuthorizationProps(workload=API_GATEWAY, flows=flows_to("api-gateway")))["spec"][
        "rules"
    ]
    by_principal: dict[str, list[dict[str, object]]] = {}
    for rule in rules:
        by_principal.setdefault(rule["from"][0]["source"]["principals"][0], []).append(
            rule["to"][0]["operation"]
        )
    assert by_principal["cluster.local/ns/monitoring/sa/kube-prometheus-stack-prometheus"] == [
        {"ports": ["8000"], "paths": ["/metrics"], "methods": ["GET"]},
        # Envoy's own endpoint: inert in Istio (never authorized), but declared like every flow.
        {"ports": ["15090"], "paths": ["/stats/prometheus"], "methods": ["GET"]},
    ]
    assert by_principal["cluster.local/ns/contexter/sa/api-gateway-smoke"] == [
        {"ports": ["8000"], "paths": ["/v1/search"], "methods": ["GET"]}
    ], "the smoke test may call its one path, nothing else"
    by_principal = {key: value[0] for key, value in by_principal.items()}  # type: ignore[misc]
    assert by_principal["cluster.local/ns/istio-ingress/sa/istio-ingressgateway"] == {  # type: ignore[comparison-overlap]
        "ports": ["8000"],
        "notPaths": ["/metrics", "/metrics/*"],
    }


def test_fails_when_paths_are_asked_of_a_tcp_port() -> None:
    flow = Flow("search", "redis", ("redis",), paths=("/x",))
    with pytest.raises(ValueError, match="paths and methods need HTTP, but port\\(s\\) redis are plain TCP"):
        _synth(WorkloadAuthorizationProps(workload=REDIS, flows=(flow,)))


def test_fails_without_flows_or_with_a_foreign_flow() -> None:
    with pytest.raises(ValueError, match="needs at least one inbound flow"):
        _synth(WorkloadAuthorizationProps(workload=REDIS, flows=()))
    with pytest.raises(ValueError, match="does not end at redis"):
        _synth(WorkloadAuthorizationProps(workload=REDIS, flows=flows_to("search")))


def test_every_called_workload_has_an_allow_policy(manifests: dict[str, tuple[Manifest, ...]]) -> None:
    for documents in manifests.values():
        for target in WORKLOADS:
            policy = find(documents, "AuthorizationPolicy", target.name, target.namespace)
            assert (policy is not None) == bool(flows_to(target.name)), target.name
