"""contexter_deploy/validation/policy_graph.py: both layers equal the call graph, or synth fails."""

from __future__ import annotations

from typing import Any

import pytest

from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.ground.topology import CALL_GRAPH, SIDECAR_METRICS, WORKLOADS
from contexter_deploy.validation import CHECKS
from contexter_deploy.validation.policy_graph import (
    build,
    check_isolation,
    check_layers_match_call_graph,
    check_mesh_egress,
    declared_flows,
    findings,
    render_mermaid,
    render_table,
)
from tests.contexter_deploy.validation.mutate import changed, messages, plus, without

PROMETHEUS = "cluster.local/ns/monitoring/sa/kube-prometheus-stack-prometheus"
API_GATEWAY = "cluster.local/ns/contexter/sa/api-gateway"


@pytest.fixture(scope="module")
def prod(manifests: dict[str, tuple[Manifest, ...]]) -> tuple[Manifest, ...]:
    return manifests["prod"]


def test_the_checks_run_on_every_synth_and_validate() -> None:
    assert check_layers_match_call_graph in CHECKS
    assert check_isolation in CHECKS
    assert check_mesh_egress in CHECKS


def test_both_layers_equal_the_call_graph_in_every_environment(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    for name, documents in manifests.items():
        graph = build(documents)
        assert findings(graph) == [], name
        assert set(graph.authorization) == set(graph.declared), name
        assert graph.network == graph.expected_network, name
        assert set(graph.declared) <= graph.network, name


def test_the_declared_matrix_has_one_edge_per_flow_and_port() -> None:
    declared = declared_flows()
    assert len(declared) == sum(len(flow.ports) for flow in CALL_GRAPH)
    assert {(edge.source, edge.destination) for edge in declared} == {
        (flow.source, flow.destination) for flow in CALL_GRAPH
    }


def test_prometheus_may_only_get_the_metrics_path(prod: tuple[Manifest, ...]) -> None:
    graph = build(prod)
    scrapes = {
        edge: requests for edge, requests in graph.authorization.items() if edge.source == "prometheus"
    }
    assert {edge.destination for edge in scrapes} == {w.name for w in WORKLOADS if w.metrics_port}
    for edge, requests in scrapes.items():
        [request] = requests
        path = "/stats/prometheus" if edge.socket.number == SIDECAR_METRICS.number else "/metrics"
        assert (request.methods, request.paths) == (("GET",), (path,)), edge.render()
    assert {e.destination for e in scrapes if e.socket.number == SIDECAR_METRICS.number} == {
        w.name for w in WORKLOADS if w.ports
    }, "every serving workload's sidecar is scraped for Istio's request metrics"


def test_the_edge_cannot_reach_the_metrics_of_api_gateway(prod: tuple[Manifest, ...]) -> None:
    graph = build(prod)
    [(edge, requests)] = [
        (e, r) for e, r in graph.authorization.items() if e.source == "istio-ingressgateway"
    ]
    assert edge.destination == "api-gateway"
    [request] = requests
    assert request.not_paths == ("/metrics", "/metrics/*")


def test_unknown_pods_reach_nothing_but_dns_and_istiod(prod: tuple[Manifest, ...]) -> None:
    graph = build(prod)
    for edge in graph.network | set(graph.authorization):
        if edge.source.startswith("(") or edge.destination.startswith("(any"):
            assert edge.destination in ("kube-dns", "istiod"), edge.render()


def test_the_renderings_show_every_declared_flow(prod: tuple[Manifest, ...]) -> None:
    graph = build(prod)
    mermaid, table = render_mermaid(graph), render_table(graph)
    assert mermaid.startswith("flowchart LR\n")
    assert 'istio_ingressgateway -->|"http 8000"| api_gateway' in mermaid
    assert 'search -.->|"443"| ext_voyage_ai' in mermaid
    for edge in declared_flows():
        assert f"| {edge.source} | {edge.destination} | {edge.socket.render()} | allow | allow |" in table
    assert "| backup | eks-pod-identity-agent | 80 | allow |" in table


def _add_port(rule_source: str, port: int) -> Any:
    def change(document: dict[str, Any]) -> None:
        for rule in document["spec"]["ingress"]:
            labels = rule["from"][0]["podSelector"]["matchLabels"]
            if labels.get("app.kubernetes.io/name") == rule_source:
                rule["ports"].append({"port": port, "protocol": "TCP"})

    return change


def test_fails_when_a_network_policy_allows_an_extra_flow(prod: tuple[Manifest, ...]) -> None:
    broken = changed(prod, "NetworkPolicy", "qdrant", "contexter-data", _add_port("prometheus", 6334))

    assert messages(check_layers_match_call_graph(broken)) == [
        "NetworkPolicies: extra flow prometheus -> qdrant:grpc 6334: the call graph does not declare it"
        " [policy-graph]"
    ]


def test_fails_when_an_authorization_policy_allows_an_extra_flow(prod: tuple[Manifest, ...]) -> None:
    def let_the_api_gateway_in(document: dict[str, Any]) -> None:
        document["spec"]["rules"][0]["from"][0]["source"]["principals"].append(API_GATEWAY)

    broken = changed(prod, "AuthorizationPolicy", "qdrant", "contexter-data", let_the_api_gateway_in)

    assert messages(check_layers_match_call_graph(broken)) == [
        f"AuthorizationPolicies: extra flow api-gateway -> qdrant:{port}: the call graph does not declare it"
        " [policy-graph]"
        for port in ("http 6333", "grpc 6334")
    ]


def test_fails_when_a_flow_is_missing_from_the_network_policies(prod: tuple[Manifest, ...]) -> None:
    def drop_keda(document: dict[str, Any]) -> None:
        document["spec"]["ingress"] = [
            rule
            for rule in document["spec"]["ingress"]
            if rule["from"][0]["namespaceSelector"]["matchLabels"]["kubernetes.io/metadata.name"] != "keda"
        ]

    broken = changed(prod, "NetworkPolicy", "redis", "contexter-data", drop_keda)

    assert messages(check_layers_match_call_graph(broken)) == [
        f"NetworkPolicies: missing flow keda-operator -> redis:{port}: declared, but the policies block it"
        " [policy-graph]"
        for port in ("redis 6379", "sentinel 26379")
    ]


def test_fails_when_a_flow_is_missing_from_the_authorization_policies(prod: tuple[Manifest, ...]) -> None:
    def drop_the_api_gateway(document: dict[str, Any]) -> None:
        document["spec"]["rules"] = [
            rule
            for rule in document["spec"]["rules"]
            if API_GATEWAY not in rule["from"][0]["source"]["principals"]
        ]

    broken = changed(prod, "AuthorizationPolicy", "search", "contexter", drop_the_api_gateway)

    assert messages(check_layers_match_call_graph(broken)) == [
        "AuthorizationPolicies: missing flow api-gateway -> search:http 8000: declared, but the policies"
        " deny it [policy-graph]"
    ]


def test_fails_when_a_rule_admits_more_paths_than_declared(prod: tuple[Manifest, ...]) -> None:
    def any_path(document: dict[str, Any]) -> None:
        for rule in document["spec"]["rules"]:
            operation = rule["to"][0]["operation"]
            if PROMETHEUS in rule["from"][0]["source"]["principals"] and operation["ports"] == ["8000"]:
                del operation["paths"]

    broken = changed(prod, "AuthorizationPolicy", "search", "contexter", any_path)

    assert messages(check_layers_match_call_graph(broken)) == [
        "AuthorizationPolicies: prometheus -> search:http 8000 admits methods GET; declared: methods GET;"
        " paths /metrics [policy-graph]"
    ]


def test_fails_when_a_namespace_wide_rule_lets_every_pod_in(prod: tuple[Manifest, ...]) -> None:
    allow_all = {
        "apiVersion": "networking.k8s.io/v1",
        "kind": "NetworkPolicy",
        "metadata": {"name": "allow-all", "namespace": "contexter-data"},
        "spec": {"podSelector": {}, "ingress": [{}]},
    }

    found = messages(check_layers_match_call_graph(plus(prod, allow_all)))

    assert (
        "NetworkPolicies: extra flow (any pod in another namespace) -> qdrant:p2p 6335: the call graph"
        " does not declare it [policy-graph]" in found
    )
    assert all(line.startswith("NetworkPolicies: extra flow") for line in found)


def test_fails_when_a_workload_may_reach_the_internet_undeclared(prod: tuple[Manifest, ...]) -> None:
    def open_the_internet(document: dict[str, Any]) -> None:
        document["spec"]["egress"].append(
            {
                "to": [
                    {
                        "ipBlock": {
                            "cidr": "0.0.0.0/0",
                            "except": [
                                "10.0.0.0/8",
                                "172.16.0.0/12",
                                "192.168.0.0/16",
                                "100.64.0.0/10",
                                "169.254.0.0/16",
                            ],
                        }
                    }
                ],
                "ports": [{"port": 443, "protocol": "TCP"}],
            }
        )

    broken = changed(prod, "NetworkPolicy", "api-gateway", "contexter", open_the_internet)

    assert messages(check_layers_match_call_graph(broken)) == [
        "NetworkPolicies: extra flow api-gateway -> (internet):443: the call graph does not declare it"
        " [policy-graph]"
    ]


@pytest.mark.parametrize(
    ("peer", "problem"),
    [
        (
            {"ipBlock": {"cidr": "10.0.0.0/8"}},
            "ipBlock 10.0.0.0/8 (except []) can contain pod addresses (10.0.0.0/8)",
        ),
        (
            {"ipBlock": {"cidr": "169.254.0.0/16"}},
            "ipBlock 169.254.0.0/16 reaches link-local addresses other than the declared endpoints",
        ),
        (
            {"podSelector": {"matchExpressions": [{"key": "app", "operator": "Exists"}]}},
            "matchExpressions are not modelled",
        ),
        (
            {"podSelector": {"matchLabels": {"team": "search"}}},
            "pod label 'team' is not modelled",
        ),
        (
            {"namespaceSelector": {"matchLabels": {"team": "search"}}},
            "namespace label 'team' is not modelled",
        ),
    ],
    ids=["pod-range", "link-local", "match-expressions", "pod-label", "namespace-label"],
)
def test_fails_when_a_network_policy_uses_what_the_model_does_not_cover(
    prod: tuple[Manifest, ...], peer: dict[str, Any], problem: str
) -> None:
    policy = {
        "apiVersion": "networking.k8s.io/v1",
        "kind": "NetworkPolicy",
        "metadata": {"name": "unusual", "namespace": "contexter"},
        "spec": {"podSelector": {}, "policyTypes": ["Egress"], "egress": [{"to": [peer]}]},
    }

    found = messages(check_layers_match_call_graph(plus(prod, policy)))

    assert any(
        line.startswith(f"NetworkPolicy contexter/unusual: not modelled: {problem}") for line in found
    ), found


@pytest.mark.parametrize(
    ("spec", "problem"),
    [
        ({"action": "DENY", "rules": [{}]}, "action DENY is not modelled for Contexter workloads"),
        ({"action": "CUSTOM", "provider": {"name": "opa"}, "rules": [{}]}, "action CUSTOM is not modelled"),
        ({"rules": [{"when": [{"key": "request.headers[x]", "values": ["1"]}]}]}, "`when` conditions"),
        ({"rules": [{"from": [{"source": {"ipBlocks": ["10.0.0.0/8"]}}]}]}, "source field 'ipBlocks'"),
        ({"rules": [{"to": [{"operation": {"hosts": ["a.example.com"]}}]}]}, "operation field 'hosts'"),
        ({"targetRefs": [{"kind": "Service", "name": "search"}]}, "targetRef(s) are not modelled"),
    ],
    ids=["deny", "custom", "when", "ip-blocks", "hosts", "target-ref"],
)
def test_fails_when_an_authorization_policy_uses_what_the_model_does_not_cover(
    prod: tuple[Manifest, ...], spec: dict[str, Any], problem: str
) -> None:
    policy = {
        "apiVersion": "security.istio.io/v1",
        "kind": "AuthorizationPolicy",
        "metadata": {"name": "unusual", "namespace": "contexter"},
        "spec": {"selector": {"matchLabels": {"app.kubernetes.io/name": "search"}}, **spec},
    }

    found = messages(check_layers_match_call_graph(plus(prod, policy)))

    assert any(
        line.startswith(f"AuthorizationPolicy contexter/unusual: not modelled: {problem}") for line in found
    ), found


def test_fails_when_a_workload_has_no_policy(prod: tuple[Manifest, ...]) -> None:
    broken = without(prod, "NetworkPolicy", "default-deny", "contexter-data")
    broken = without(broken, "NetworkPolicy", "backup", "contexter-data")
    broken = without(broken, "AuthorizationPolicy", "allow-nothing", "contexter-data")

    found = messages(check_isolation(broken))

    assert (
        "Workload contexter-data/backup: no NetworkPolicy selects it for Ingress: all ingress is allowed"
        " [policy-graph]" in found
    )
    # allow-kube-dns and allow-istiod still select every pod for Egress: it stays isolated that way
    assert not any("backup: no NetworkPolicy selects it for Egress" in line for line in found)
    assert (
        "Workload contexter-data/backup: no ALLOW AuthorizationPolicy applies: Istio admits every caller"
        " [policy-graph]" in found
    )


def test_fails_when_mutual_tls_is_not_strict(prod: tuple[Manifest, ...]) -> None:
    def permissive(document: dict[str, Any]) -> None:
        document["spec"]["mtls"]["mode"] = "PERMISSIVE"

    broken = changed(prod, "PeerAuthentication", "default", "contexter", permissive)

    found = messages(check_isolation(broken))
    assert (
        "Workload contexter/search: mTLS mode port 8000 is PERMISSIVE, not STRICT: callers without a"
        " principal get through [policy-graph]" in found
    )
    assert all("contexter-data" not in line for line in found)


def test_the_mesh_wide_strict_policy_holds_without_the_namespace_ones(prod: tuple[Manifest, ...]) -> None:
    relaxed = without(prod, "PeerAuthentication", "default", "contexter")
    assert list(check_isolation(relaxed)) == []
    no_floor = without(relaxed, "PeerAuthentication", "default", "istio-system")
    assert any("mTLS mode port 8000 is PERMISSIVE" in line for line in messages(check_isolation(no_floor)))


def test_fails_when_the_sidecar_allows_any_outbound_host(prod: tuple[Manifest, ...]) -> None:
    def allow_any(document: dict[str, Any]) -> None:
        document["spec"]["outboundTrafficPolicy"]["mode"] = "ALLOW_ANY"

    broken = changed(prod, "Sidecar", "default", "contexter", allow_any)

    assert messages(check_mesh_egress(broken)) == [
        "Sidecar contexter/default: outboundTrafficPolicy is not REGISTRY_ONLY: unknown hosts are reachable"
        " [policy-graph]"
    ]


def test_fails_when_a_sidecar_exposes_a_host_no_flow_needs(prod: tuple[Manifest, ...]) -> None:
    def expose_vault(document: dict[str, Any]) -> None:
        document["spec"]["egress"][0]["hosts"].append("vault/*")

    broken = changed(prod, "Sidecar", "default", "contexter", expose_vault)

    assert messages(check_mesh_egress(broken)) == [
        "Sidecar contexter/default: exposes vault/*, which no flow of contexter needs [policy-graph]"
    ]


def test_fails_when_a_namespace_sees_an_external_host_it_does_not_call(prod: tuple[Manifest, ...]) -> None:
    def export_everywhere(document: dict[str, Any]) -> None:
        document["spec"]["exportTo"] = ["*"]

    def see_voyage(document: dict[str, Any]) -> None:
        document["spec"]["egress"][0]["hosts"].append("contexter/api.voyageai.com")

    broken = changed(prod, "ServiceEntry", "voyage-ai", "contexter", export_everywhere)
    broken = changed(broken, "Sidecar", "default", "contexter-data", see_voyage)

    assert messages(check_mesh_egress(broken)) == [
        "Sidecar contexter-data/default: reaches ServiceEntry voyage-ai, which no workload of contexter-data"
        " calls [policy-graph]",
        "Sidecar contexter-data/default: exposes contexter/api.voyageai.com, which no flow of contexter-data"
        " needs [policy-graph]",
    ]


def test_fails_when_a_service_of_a_destination_is_outside_the_sidecar(prod: tuple[Manifest, ...]) -> None:
    peers = {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {"name": "qdrant-peers", "namespace": "contexter-data"},
        "spec": {
            "clusterIP": "None",
            "selector": {"app.kubernetes.io/name": "qdrant"},
            "ports": [{"port": 6335}],
        },
    }

    found = messages(check_mesh_egress(plus(prod, peers)))

    assert found == [
        f"Sidecar {namespace}/default: misses contexter-data/qdrant-peers.contexter-data.svc.cluster.local:"
        " Service qdrant-peers selects qdrant, called from here [policy-graph]"
        for namespace in ("contexter", "contexter-data")
    ]


def test_fails_when_the_sidecar_is_missing(prod: tuple[Manifest, ...]) -> None:
    broken = without(prod, "Sidecar", "default", "contexter-data")
    assert messages(check_mesh_egress(broken)) == [
        "Namespace contexter-data: needs exactly one default Sidecar, has 0 [policy-graph]"
    ]


def test_policies_in_other_namespaces_are_not_part_of_the_layer(prod: tuple[Manifest, ...]) -> None:
    """A peer's own NetworkPolicies belong to that component: they can only take flows away."""
    theirs = {
        "apiVersion": "networking.k8s.io/v1",
        "kind": "NetworkPolicy",
        "metadata": {"name": "grafana", "namespace": "monitoring"},
        "spec": {"podSelector": {"matchLabels": {"app.kubernetes.io/instance": "grafana"}}, "ingress": [{}]},
    }
    assert list(check_layers_match_call_graph(plus(prod, theirs))) == []
