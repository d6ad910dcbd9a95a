"""What the policy-graph check reasons about: endpoints (pods, peers, addresses), their ports, edges.

Endpoints come from ``contexter_deploy.ground.topology``. Besides the declared workloads and peers, the
universe
holds stand-ins for everything else a policy might accidentally admit: an unknown pod in each
Contexter namespace, an unknown pod in some other namespace, the internet, and the link-local
endpoints. Each stand-in carries probe ports (every port the topology uses, plus a high one), so
a rule that opens "any port" or "any pod" shows up as an edge the call graph does not declare.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from ipaddress import IPv4Network
from typing import Literal

from contexter_deploy.ground.labels import selector_labels
from contexter_deploy.ground.topology import (
    CONTEXTER_NAMESPACES,
    PEERS,
    PLATFORM_SERVICES,
    POD_IDENTITY_AGENT,
    WORKLOADS,
    L4Protocol,
    LinkLocalEndpoint,
)

EndpointKind = Literal["workload", "peer", "platform", "unknown-pod", "internet", "link-local"]

UNKNOWN_SERVICE_ACCOUNT = "(unknown)"
OTHER_NAMESPACE = "(other namespace)"
HIGH_PROBE_PORT = 65535


@dataclass(frozen=True, order=True)
class Socket:
    """A port an endpoint listens on: name (``any`` for probes), L4 protocol, number, app protocol."""

    number: int
    protocol: L4Protocol = "TCP"
    name: str = "any"
    app_protocol: str = "tcp"

    @property
    def http(self) -> bool:
        """Whether Istio treats the port as HTTP (paths and methods apply)."""
        return self.app_protocol in ("http", "grpc")

    def render(self) -> str:
        suffix = "" if self.protocol == "TCP" else f"/{self.protocol.lower()}"
        return f"{self.name} {self.number}{suffix}" if self.name != "any" else f"{self.number}{suffix}"


@dataclass(frozen=True)
class Endpoint:
    """Something that sends or receives traffic.

    Pods have a namespace and labels; Istio-meshed pods a SPIFFE principal; address endpoints
    (``internet``, ``link-local``) have a network instead of namespace and labels.
    """

    name: str
    kind: EndpointKind
    namespace: str | None = None
    labels: Mapping[str, str] | None = None
    principal: str | None = None
    network: IPv4Network | None = None
    sockets: tuple[Socket, ...] = field(default=())

    @property
    def pod(self) -> bool:
        return self.labels is not None

    @property
    def contexter(self) -> bool:
        """Whether this endpoint lives in a Contexter namespace (our policies govern it)."""
        return self.namespace in CONTEXTER_NAMESPACES


@dataclass(frozen=True, order=True)
class Edge:
    """``source`` may open a connection to ``destination`` on ``socket``."""

    source: str
    destination: str
    socket: Socket

    def render(self) -> str:
        return f"{self.source} -> {self.destination}:{self.socket.render()}"


@dataclass(frozen=True, order=True)
class Request:
    """The HTTP requests an Istio rule admits on an edge; all empty means any request."""

    paths: tuple[str, ...] = ()
    not_paths: tuple[str, ...] = ()
    methods: tuple[str, ...] = ()
    not_methods: tuple[str, ...] = ()

    def render(self) -> str:
        parts = [
            f"{label} {', '.join(values)}"
            for label, values in (
                ("methods", self.methods),
                ("not methods", self.not_methods),
                ("paths", self.paths),
                ("not paths", self.not_paths),
            )
            if values
        ]
        return "; ".join(parts) or "any request"


ANY_REQUEST = Request()


def _principal(namespace: str, service_account: str) -> str:
    return f"cluster.local/ns/{namespace}/sa/{service_account}"


def _link_local(endpoint: LinkLocalEndpoint) -> Endpoint:
    return Endpoint(
        endpoint.name,
        "link-local",
        network=IPv4Network(f"{endpoint.address}/32"),
        sockets=(Socket(endpoint.port),),
    )


def universe() -> tuple[Endpoint, ...]:
    """Every endpoint the check considers, declared ones first, then the stand-ins."""
    declared: list[Endpoint] = [
        Endpoint(
            w.name,
            "workload",
            namespace=w.namespace,
            labels=selector_labels(w.name),
            principal=w.identity.principal,
            sockets=tuple(
                Socket(p.number, "TCP", p.name, p.app_protocol) for p in (*w.ports, *w.sidecar_ports)
            ),
        )
        for w in WORKLOADS
    ]
    declared += [
        Endpoint(
            p.name,
            "peer",
            namespace=p.identity.namespace,
            labels=dict(p.pod_labels),
            principal=p.identity.principal,
            sockets=tuple(Socket(port.number, "TCP", port.name, port.app_protocol) for port in p.ports),
        )
        for p in PEERS
    ]
    declared += [
        Endpoint(
            s.name,
            "platform",
            namespace=s.namespace,
            labels=dict(s.pod_labels),
            sockets=tuple(Socket(number, protocol) for protocol, number in s.ports),
        )
        for s in PLATFORM_SERVICES
    ]
    declared.append(_link_local(POD_IDENTITY_AGENT))
    probes = tuple(
        sorted(
            {s for e in declared for s in (Socket(x.number, x.protocol) for x in e.sockets)}
            | {Socket(443), Socket(HIGH_PROBE_PORT)}
        )
    )
    stand_ins = [
        Endpoint(
            f"(any other pod in {namespace})",
            "unknown-pod",
            namespace=namespace,
            labels={},
            principal=_principal(namespace, UNKNOWN_SERVICE_ACCOUNT),
            sockets=probes,
        )
        for namespace in CONTEXTER_NAMESPACES
    ]
    stand_ins.append(
        Endpoint(
            "(any pod in another namespace)",
            "unknown-pod",
            namespace=OTHER_NAMESPACE,
            labels={},
            principal=_principal(OTHER_NAMESPACE, UNKNOWN_SERVICE_ACCOUNT),
            sockets=probes,
        )
    )
    stand_ins.append(Endpoint("(internet)", "internet", network=IPv4Network("0.0.0.0/0"), sockets=probes))
    return (*declared, *stand_ins)
