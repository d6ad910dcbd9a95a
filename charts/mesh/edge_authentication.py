"""JWT at the edge: validate tokens at the ingress gateway and refuse API requests without one."""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s import ApiObjectMetadata
from constructs import Construct

from contexter_deploy.ground.config.model import EdgeJwt
from contexter_deploy.ground.topology import Peer
from imports import istio_security


@dataclass(frozen=True)
class EdgeAuthenticationProps:
    """Properties of an ``EdgeAuthentication``."""

    name: str
    host: str
    """Public host name; only its requests are subject to the JWT requirement."""
    gateway: Peer
    """The ingress gateway (``contexter_deploy.ground.topology.INGRESS_GATEWAY``)."""
    jwt: EdgeJwt
    """Issuer, JWKS URI, audiences and the paths served without a token (``ingress.jwt``)."""


class EdgeAuthentication(Construct):
    """RequestAuthentication ``<name>`` validates a bearer JWT (issuer, signature from the JWKS,
    audience, expiry) on the gateway; a request with an invalid token is refused with 401.

    A RequestAuthentication alone lets requests *without* a token through, so the DENY policy
    ``<name>-require-jwt`` refuses (403) every request for ``host`` that has no valid request
    principal, except on ``jwt.anonymous_paths``, on the HTTPS port (port 80 only redirects).
    DENY (rather than ALLOW) keeps the gateway's other hosts and its own health checks untouched.
    The original token is forwarded so the API can read the caller's claims.
    """

    def __init__(self, scope: Construct, id: str, *, props: EdgeAuthenticationProps) -> None:
        super().__init__(scope, id)
        namespace = props.gateway.identity.namespace
        # The binding writes the JWKS URI under its proto name ``jwks_uri``; Istio's CRD schema and
        # its protobuf JSON parser accept it as well as the JSON name ``jwksUri``.
        istio_security.RequestAuthentication(
            self,
            "RequestAuthentication",
            metadata=ApiObjectMetadata(name=props.name, namespace=namespace),
            spec=istio_security.RequestAuthenticationSpec(
                selector=istio_security.RequestAuthenticationSpecSelector(
                    match_labels=dict(props.gateway.pod_labels)
                ),
                jwt_rules=[
                    istio_security.RequestAuthenticationSpecJwtRules(
                        issuer=props.jwt.issuer,
                        jwks_uri=props.jwt.jwks_uri,
                        audiences=list(props.jwt.audiences),
                        forward_original_token=True,
                    )
                ],
            ),
        )
        istio_security.AuthorizationPolicy(
            self,
            "RequireJwt",
            metadata=ApiObjectMetadata(name=f"{props.name}-require-jwt", namespace=namespace),
            spec=istio_security.AuthorizationPolicySpec(
                action=istio_security.AuthorizationPolicySpecAction.DENY,
                selector=istio_security.AuthorizationPolicySpecSelector(
                    match_labels=dict(props.gateway.pod_labels)
                ),
                rules=[
                    istio_security.AuthorizationPolicySpecRules(
                        from_=[
                            istio_security.AuthorizationPolicySpecRulesFrom(
                                source=istio_security.AuthorizationPolicySpecRulesFromSource(
                                    not_request_principals=["*"]
                                )
                            )
                        ],
                        to=[
                            istio_security.AuthorizationPolicySpecRulesTo(
                                operation=istio_security.AuthorizationPolicySpecRulesToOperation(
                                    # with and without an explicit port in the Host header
                                    hosts=[props.host, f"{props.host}:*"],
                                    not_paths=list(props.jwt.anonymous_paths) or None,
                                    # HTTPS only: the authorization filter runs before the route,
                                    # so on port 80 it would refuse (403) the HTTPS redirect.
                                    ports=[str(props.gateway.port("https").number)],
                                )
                            )
                        ],
                    )
                ],
            ),
        )
