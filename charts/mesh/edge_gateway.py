"""The public entry: an Istio Gateway (TLS only) and the VirtualService that binds it to api-gateway."""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s import ApiObjectMetadata
from constructs import Construct

from charts.mesh.service_routes import SAFE_RETRY_ON
from contexter_deploy.ground.topology import Flow, Peer, Workload, cluster_host
from imports import istio_networking as istio

EDGE = "contexter-edge"
"""Name of the Gateway, its VirtualService, the Certificate and the JWT policies at the edge."""

HSTS = "max-age=31536000; includeSubDomains"
"""Strict-Transport-Security on every response: browsers never try plain HTTP again for a year."""


@dataclass(frozen=True)
class EdgeGatewayProps:
    """Properties of an ``EdgeGateway``."""

    host: str
    """Public host name (``ingress.host``)."""
    credential_name: str
    """Secret with the TLS certificate, in the gateway's namespace (where Envoy reads it)."""
    gateway: Peer
    """The ingress gateway (``contexter_deploy.ground.topology.INGRESS_GATEWAY``): pods, namespace, listener
    ports."""
    destination: Workload
    """The workload behind the edge; its first Service is the one routed to."""
    flow: Flow
    """The call-graph flow from ``gateway`` to ``destination``; its single port is the target."""
    attempts: int = 2
    """Retries after the first attempt, for ``SAFE_RETRY_ON`` failures only (default: 2)."""

    def __post_init__(self) -> None:
        if (self.flow.source, self.flow.destination) != (self.gateway.name, self.destination.name):
            raise ValueError(
                f"flow {self.flow.source} -> {self.flow.destination}: allowed: the flow"
                f" {self.gateway.name} -> {self.destination.name}"
            )
        if len(self.flow.ports) != 1:
            raise ValueError(f"flow ports {self.flow.ports}: allowed: exactly one port to route to")


class EdgeGateway(Construct):
    """Gateway ``contexter-edge``: HTTPS (TLS 1.2+, certificate from ``credential_name``) for
    ``host``, and an HTTP listener whose only answer is a redirect to HTTPS. VirtualService
    ``contexter-edge`` sends the host's traffic to the destination's active Service with its
    request timeout and safe retries, and adds HSTS to every response."""

    def __init__(self, scope: Construct, id: str, *, props: EdgeGatewayProps) -> None:
        super().__init__(scope, id)
        namespace = props.gateway.identity.namespace
        https, http = props.gateway.port("https"), props.gateway.port("http")
        istio.Gateway(
            self,
            "Gateway",
            metadata=ApiObjectMetadata(name=EDGE, namespace=namespace),
            spec=istio.GatewaySpec(
                selector=dict(props.gateway.pod_labels),
                servers=[
                    istio.GatewaySpecServers(
                        name=https.name,
                        port=istio.GatewaySpecServersPort(
                            name=https.name, number=https.number, protocol="HTTPS"
                        ),
                        hosts=[props.host],
                        tls=istio.GatewaySpecServersTls(
                            mode=istio.GatewaySpecServersTlsMode.SIMPLE,
                            credential_name=props.credential_name,
                            min_protocol_version=istio.GatewaySpecServersTlsMinProtocolVersion.TLSV1_UNDERSCORE_2,
                        ),
                    ),
                    istio.GatewaySpecServers(
                        name=http.name,
                        port=istio.GatewaySpecServersPort(
                            name=http.name, number=http.number, protocol="HTTP"
                        ),
                        hosts=[props.host],
                        tls=istio.GatewaySpecServersTls(https_redirect=True),
                    ),
                ],
            ),
        )
        target = props.destination
        port = target.port(props.flow.ports[0])
        istio.VirtualService(
            self,
            "Routes",
            metadata=ApiObjectMetadata(name=EDGE, namespace=namespace),
            spec=istio.VirtualServiceSpec(
                hosts=[props.host],
                gateways=[EDGE],
                http=[
                    istio.VirtualServiceSpecHttp(
                        name=target.name,
                        route=[
                            istio.VirtualServiceSpecHttpRoute(
                                destination=istio.VirtualServiceSpecHttpRouteDestination(
                                    host=cluster_host(target.services[0], target.namespace),
                                    port=istio.VirtualServiceSpecHttpRouteDestinationPort(number=port.number),
                                )
                            )
                        ],
                        timeout=f"{target.request_timeout_seconds}s",
                        retries=istio.VirtualServiceSpecHttpRetries(
                            attempts=props.attempts, retry_on=SAFE_RETRY_ON
                        ),
                        headers=istio.VirtualServiceSpecHttpHeaders(
                            response=istio.VirtualServiceSpecHttpHeadersResponse(
                                set={"Strict-Transport-Security": HSTS}
                            )
                        ),
                    )
                ],
            ),
        )
