"""charts/mesh/edge_authentication.py"""

from __future__ import annotations

from typing import Any

from syrupy.assertion import SnapshotAssertion

from charts.mesh.edge_authentication import EdgeAuthentication, EdgeAuthenticationProps
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.topology import INGRESS_GATEWAY
from tests.helpers import documents_of_kind, synth_construct


def _synth(environment: Environment) -> list[dict[str, Any]]:
    props = EdgeAuthenticationProps(
        name="contexter-edge",
        host=environment.ingress.host,
        gateway=INGRESS_GATEWAY,
        jwt=environment.ingress.jwt,
    )
    return synth_construct(lambda chart: EdgeAuthentication(chart, "auth", props=props))


def test_edge_authentication_snapshot(
    environments: dict[str, Environment], snapshot: SnapshotAssertion
) -> None:
    assert _synth(environments["prod"]) == snapshot


def test_tokens_are_validated_against_the_configured_issuer(environments: dict[str, Environment]) -> None:
    jwt = environments["prod"].ingress.jwt
    [authentication] = documents_of_kind(_synth(environments["prod"]), "RequestAuthentication")
    assert authentication["spec"]["selector"] == {"matchLabels": {"istio": "ingressgateway"}}
    [rule] = authentication["spec"]["jwtRules"]
    assert rule["issuer"] == jwt.issuer
    assert rule["jwks_uri"] == jwt.jwks_uri
    assert rule["audiences"] == list(jwt.audiences)


def test_requests_without_a_token_are_refused_except_on_anonymous_paths(
    environments: dict[str, Environment],
) -> None:
    environment = environments["prod"]
    [policy] = documents_of_kind(_synth(environment), "AuthorizationPolicy")
    assert policy["metadata"]["namespace"] == "istio-ingress"
    assert policy["spec"]["action"] == "DENY"
    [rule] = policy["spec"]["rules"]
    assert rule["from"] == [{"source": {"notRequestPrincipals": ["*"]}}]
    operation = rule["to"][0]["operation"]
    assert operation["notPaths"] == ["/health"]
    assert operation["hosts"] == [environment.ingress.host, f"{environment.ingress.host}:*"]


def test_the_jwt_requirement_leaves_the_http_redirect_alone(environments: dict[str, Environment]) -> None:
    [deny] = documents_of_kind(_synth(environments["prod"]), "AuthorizationPolicy")
    [rule] = deny["spec"]["rules"]
    [operation] = [entry["operation"] for entry in rule["to"]]
    assert operation["ports"] == [str(INGRESS_GATEWAY.port("https").number)]
