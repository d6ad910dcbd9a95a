"""contexter_deploy/validation/authorization_policies.py: Istio mTLS and authorization semantics."""

from __future__ import annotations

from typing import Any

from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.validation.authorization_policies import AuthorizationLayer
from contexter_deploy.validation.endpoints import ANY_REQUEST, Endpoint, Request, Socket

HTTP = Socket(8000, "TCP", "http", "http")
REDIS = Socket(6379, "TCP", "redis", "tcp")
API = Endpoint(
    "api",
    "workload",
    namespace="contexter",
    labels={"app.kubernetes.io/name": "api"},
    principal="cluster.local/ns/contexter/sa/api",
    sockets=(HTTP, REDIS),
)
WEB = Endpoint(
    "web",
    "workload",
    namespace="contexter",
    labels={"app.kubernetes.io/name": "web"},
    principal="cluster.local/ns/contexter/sa/web",
)
SCRAPER = Endpoint(
    "scraper", "peer", namespace="monitoring", labels={}, principal="cluster.local/ns/monitoring/sa/scraper"
)


def _document(kind: str, name: str, namespace: str, spec: dict[str, Any]) -> Manifest:
    return Manifest(
        {
            "apiVersion": "security.istio.io/v1",
            "kind": kind,
            "metadata": {"name": name, "namespace": namespace},
            "spec": spec,
        }
    )


def _allow(spec: dict[str, Any], namespace: str = "contexter") -> Manifest:
    return _document("AuthorizationPolicy", "p", namespace, spec)


def _layer(*documents: Manifest) -> AuthorizationLayer:
    return AuthorizationLayer(documents, root_namespace="istio-system")


def test_without_an_allow_policy_everything_is_admitted() -> None:
    assert _layer().requests(WEB, API, HTTP) == {ANY_REQUEST}


def test_an_allow_policy_without_rules_admits_nothing() -> None:
    assert _layer(_allow({})).requests(WEB, API, HTTP) == frozenset()


def test_a_root_namespace_policy_applies_everywhere() -> None:
    assert _layer(_allow({}, namespace="istio-system")).requests(WEB, API, HTTP) == frozenset()
    assert _layer(_allow({}, namespace="elsewhere")).requests(WEB, API, HTTP) == {ANY_REQUEST}


def test_principals_match_exactly_or_by_prefix_and_suffix() -> None:
    def admitted(principals: list[str]) -> bool:
        rule = {"from": [{"source": {"principals": principals}}]}
        return bool(_layer(_allow({"rules": [rule]})).requests(WEB, API, HTTP))

    assert admitted(["cluster.local/ns/contexter/sa/web"])
    assert admitted(["cluster.local/ns/contexter/*"])
    assert admitted(["*/sa/web"])
    assert admitted(["*"])
    assert not admitted(["cluster.local/ns/contexter/sa/api"])


def test_not_principals_and_namespaces_exclude() -> None:
    rule = {"from": [{"source": {"namespaces": ["contexter"], "notPrincipals": ["*/sa/web"]}}]}
    layer = _layer(_allow({"rules": [rule]}))
    assert not layer.requests(WEB, API, HTTP)
    assert not layer.requests(SCRAPER, API, HTTP)


def test_operations_limit_ports_paths_and_methods() -> None:
    rule = {"to": [{"operation": {"ports": ["8000"], "paths": ["/metrics"], "methods": ["GET"]}}]}
    layer = _layer(_allow({"rules": [rule]}))
    assert layer.requests(WEB, API, HTTP) == {Request(paths=("/metrics",), methods=("GET",))}
    assert layer.requests(WEB, API, REDIS) == frozenset()


def test_an_allow_rule_with_http_fields_never_matches_a_tcp_port() -> None:
    rule = {"to": [{"operation": {"ports": ["6379"], "methods": ["GET"]}}]}
    assert _layer(_allow({"rules": [rule]})).requests(WEB, API, REDIS) == frozenset()


def test_a_selector_limits_the_policy_to_its_workload() -> None:
    policy = _allow({"selector": {"matchLabels": {"app.kubernetes.io/name": "other"}}})
    assert _layer(policy).requests(WEB, API, HTTP) == {ANY_REQUEST}


def test_the_most_specific_peer_authentication_wins() -> None:
    def peer(name: str, namespace: str, spec: dict[str, Any]) -> Manifest:
        return _document("PeerAuthentication", name, namespace, spec)

    mesh = peer("default", "istio-system", {"mtls": {"mode": "STRICT"}})
    namespace = peer("default", "contexter", {"mtls": {"mode": "PERMISSIVE"}})
    workload = peer(
        "api",
        "contexter",
        {
            "selector": {"matchLabels": {"app.kubernetes.io/name": "api"}},
            "mtls": {"mode": "UNSET"},
            "portLevelMtls": {"6379": {"mode": "DISABLE"}},
        },
    )
    assert _layer().mtls_mode(API, HTTP) == "PERMISSIVE"
    assert _layer(mesh).mtls_mode(API, HTTP) == "STRICT"
    assert _layer(mesh, namespace).mtls_mode(API, HTTP) == "PERMISSIVE"
    assert _layer(mesh, namespace, workload).mtls_mode(API, HTTP) == "PERMISSIVE"
    assert _layer(mesh, namespace, workload).mtls_mode(API, REDIS) == "DISABLE"
