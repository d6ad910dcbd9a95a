"""contexter_deploy/validation/network_policies.py: Kubernetes NetworkPolicy semantics, one rule at a time."""

from __future__ import annotations

from ipaddress import IPv4Network
from typing import Any

from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.validation.endpoints import Endpoint, Socket
from contexter_deploy.validation.network_policies import NetworkPolicyLayer

HTTP = Socket(8000, "TCP", "http", "http")
WEB = Endpoint(
    "web", "workload", namespace="contexter", labels={"app.kubernetes.io/name": "web"}, sockets=(HTTP,)
)
API = Endpoint(
    "api", "workload", namespace="contexter", labels={"app.kubernetes.io/name": "api"}, sockets=(HTTP,)
)
SCRAPER = Endpoint(
    "scraper", "peer", namespace="monitoring", labels={"app.kubernetes.io/name": "scraper"}, sockets=()
)
INTERNET = Endpoint("(internet)", "internet", network=IPv4Network("0.0.0.0/0"), sockets=(Socket(443),))
ENDPOINTS = (WEB, API, SCRAPER, INTERNET)


def _policy(name: str, spec: dict[str, Any], namespace: str = "contexter") -> Manifest:
    return Manifest(
        {
            "apiVersion": "networking.k8s.io/v1",
            "kind": "NetworkPolicy",
            "metadata": {"name": name, "namespace": namespace},
            "spec": spec,
        }
    )


def _layer(*policies: Manifest) -> NetworkPolicyLayer:
    return NetworkPolicyLayer(policies, ENDPOINTS)


def _select(name: str) -> dict[str, Any]:
    return {"matchLabels": {"app.kubernetes.io/name": name}}


def test_without_policies_everything_is_allowed() -> None:
    assert _layer().allows(WEB, API, HTTP)


def test_policy_types_default_to_ingress_only() -> None:
    layer = _layer(_policy("deny", {"podSelector": {}}))
    assert not layer.allows(WEB, API, HTTP)
    assert layer.isolated(API, "Ingress") and not layer.isolated(API, "Egress")


def test_an_egress_section_makes_the_policy_an_egress_policy_too() -> None:
    layer = _layer(_policy("egress", {"podSelector": _select("web"), "egress": []}))
    assert layer.isolated(WEB, "Egress")
    assert not layer.allows(WEB, API, HTTP)


def test_a_connection_needs_the_sources_egress_and_the_destinations_ingress() -> None:
    deny = _policy("deny", {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]})
    ingress = _policy(
        "api", {"podSelector": _select("api"), "ingress": [{"from": [{"podSelector": _select("web")}]}]}
    )
    egress = _policy(
        "web",
        {
            "podSelector": _select("web"),
            "policyTypes": ["Egress"],
            "egress": [{"to": [{"podSelector": _select("api")}]}],
        },
    )
    assert not _layer(deny, ingress).allows(WEB, API, HTTP)
    assert not _layer(deny, egress).allows(WEB, API, HTTP)
    assert _layer(deny, ingress, egress).allows(WEB, API, HTTP)


def test_a_pod_selector_alone_means_the_policys_namespace() -> None:
    policy = _policy("api", {"podSelector": _select("api"), "ingress": [{"from": [{"podSelector": {}}]}]})
    assert _layer(policy).allows(WEB, API, HTTP)
    assert not _layer(policy).allows(SCRAPER, API, HTTP)


def test_a_namespace_selector_with_a_pod_selector_needs_both() -> None:
    peer = {
        "namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "monitoring"}},
        "podSelector": _select("scraper"),
    }
    policy = _policy("api", {"podSelector": _select("api"), "ingress": [{"from": [peer]}]})
    assert _layer(policy).allows(SCRAPER, API, HTTP)
    assert not _layer(policy).allows(WEB, API, HTTP)


def test_an_empty_rule_admits_every_source_on_every_port() -> None:
    policy = _policy("api", {"podSelector": _select("api"), "ingress": [{}]})
    assert _layer(policy).allows(SCRAPER, API, HTTP)
    assert _layer(policy).allows(INTERNET, API, HTTP)


def test_ports_match_by_number_range_name_and_protocol() -> None:
    def allowing(port: dict[str, Any]) -> NetworkPolicyLayer:
        return _layer(_policy("api", {"podSelector": _select("api"), "ingress": [{"ports": [port]}]}))

    assert allowing({"port": 8000}).allows(WEB, API, HTTP)
    assert allowing({"port": 7000, "endPort": 9000}).allows(WEB, API, HTTP)
    assert allowing({"port": "http"}).allows(WEB, API, HTTP)
    assert not allowing({"port": "grpc"}).allows(WEB, API, HTTP)
    assert not allowing({"port": 8000, "protocol": "UDP"}).allows(WEB, API, HTTP)
    assert allowing({"protocol": "TCP"}).allows(WEB, API, HTTP)


def test_an_ip_block_reaches_the_internet_only_outside_its_exceptions() -> None:
    def egress(block: dict[str, Any]) -> NetworkPolicyLayer:
        spec = {
            "podSelector": _select("web"),
            "policyTypes": ["Egress"],
            "egress": [{"to": [{"ipBlock": block}]}],
        }
        return _layer(_policy("web", spec))

    private = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "169.254.0.0/16"]
    assert egress({"cidr": "0.0.0.0/0", "except": private}).allows(WEB, INTERNET, Socket(443))
    assert not egress({"cidr": "0.0.0.0/0", "except": ["0.0.0.0/1", "128.0.0.0/1"]}).allows(
        WEB, INTERNET, Socket(443)
    )
    assert not egress({"cidr": "0.0.0.0/0", "except": private}).allows(WEB, API, HTTP)


def test_an_ip_block_that_may_hold_pods_is_reported() -> None:
    spec = {
        "podSelector": {},
        "policyTypes": ["Egress"],
        "egress": [{"to": [{"ipBlock": {"cidr": "0.0.0.0/0"}}]}],
    }
    layer = _layer(_policy("wide", spec))
    first = min(layer.problems)
    assert first.message.startswith("not modelled: ipBlock 0.0.0.0/0 (except []) can contain pod addresses")
