"""The VirtualService of one HTTP/gRPC workload: timeouts, safe retries and, for canaries, the split."""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s import ApiObjectMetadata
from constructs import Construct

from contexter_deploy.ground.topology import CANARY_ROUTE, Port, Workload
from imports import istio_networking as istio

SAFE_RETRY_ON = "connect-failure,refused-stream,unavailable,cancelled"
"""Retry only failures where the request never reached the application (connect failure, HTTP/2
REFUSED_STREAM) or that gRPC defines as safe to retry: a POST is never replayed after a timeout."""


@dataclass(frozen=True)
class ServiceRoutesProps:
    """Properties of a ``ServiceRoutes``."""

    workload: Workload
    ports: tuple[Port, ...]
    """HTTP or gRPC ports to route (from ``contexter_deploy.ground.topology.routed_ports``); at least one."""
    attempts: int = 2
    """Retries after the first attempt, for ``SAFE_RETRY_ON`` failures only (default: 2)."""

    def __post_init__(self) -> None:
        if not self.ports:
            raise ValueError(f"{self.workload.name}: no ports to route; allowed: one or more HTTP/gRPC ports")
        for port in self.ports:
            if port.app_protocol not in ("http", "grpc"):
                raise ValueError(
                    f"{self.workload.name}: port {port.name} is {port.app_protocol}; allowed: http or grpc"
                )
        if self.workload.delivery == "canary" and len(self.ports) != 1:
            raise ValueError(
                f"{self.workload.name}: a canary needs exactly one routed port, got"
                f" {', '.join(p.name for p in self.ports)}: Argo Rollouts sets the weights of one route"
            )
        if self.attempts < 0:
            raise ValueError(f"attempts: {self.attempts}: allowed: >= 0")


class ServiceRoutes(Construct):
    """A VirtualService named after the workload for its client Service ``<name>``, one HTTP route
    per port, each with the workload's request timeout and safe retries.

    For a ``canary`` workload the single route is called ``CANARY_ROUTE`` and splits traffic
    between ``<name>-stable`` (weight 100) and ``<name>-canary`` (weight 0); Argo Rollouts rewrites
    those weights during a rollout.
    """

    def __init__(self, scope: Construct, id: str, *, props: ServiceRoutesProps) -> None:
        super().__init__(scope, id)
        target = props.workload
        istio.VirtualService(
            self,
            "Resource",
            metadata=ApiObjectMetadata(name=target.name, namespace=target.namespace),
            spec=istio.VirtualServiceSpec(
                hosts=[target.name],
                http=[_route(props, port) for port in props.ports],
            ),
        )


def _route(props: ServiceRoutesProps, port: Port) -> istio.VirtualServiceSpecHttp:
    target = props.workload
    if target.delivery == "canary":
        stable, canary = f"{target.name}-stable", f"{target.name}-canary"
        name = CANARY_ROUTE
        destinations = [_destination(stable, port, 100), _destination(canary, port, 0)]
    else:
        name = port.name
        destinations = [_destination(target.name, port, None)]
    return istio.VirtualServiceSpecHttp(
        name=name,
        match=[istio.VirtualServiceSpecHttpMatch(port=port.number)] if len(props.ports) > 1 else None,
        route=destinations,
        timeout=f"{target.request_timeout_seconds}s",
        retries=istio.VirtualServiceSpecHttpRetries(attempts=props.attempts, retry_on=SAFE_RETRY_ON),
    )


def _destination(host: str, port: Port, weight: int | None) -> istio.VirtualServiceSpecHttpRoute:
    return istio.VirtualServiceSpecHttpRoute(
        destination=istio.VirtualServiceSpecHttpRouteDestination(
            host=host, port=istio.VirtualServiceSpecHttpRouteDestinationPort(number=port.number)
        ),
        weight=weight,
    )
