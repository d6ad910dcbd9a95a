"""Follow every declared connection through every policy layer of ``dist/``, in the order a packet meets them.

``contexter_deploy.ground.topology.CONNECTIONS`` declares every connection the cluster makes: Contexter's call
graph and egress, and the platform's own (KEDA, Prometheus, Argo Rollouts, External Secrets,
cert-manager, Velero, the backup jobs, Karpenter, kubelet probes, the edge). For each one this
module decides, from the synthesized documents alone, whether it gets through:

1. ``egress NetworkPolicy``: the policies of the client's namespace that select the client;
2. ``ingress NetworkPolicy``: those of the server's namespace that select the server (traffic
   from the node, the kubelet's probes, is always admitted: Kubernetes documents it so);
3. ``Sidecar egress``: for a client whose traffic its sidecar carries, its namespace's Sidecar
   must list the server's host, and a host outside the cluster needs a ServiceEntry exported to
   it when the outbound policy (the Sidecar's, else istiod's ``meshConfig``) is REGISTRY_ONLY;
   addresses in ``excludeOutboundIPRanges`` bypass the proxy;
4. ``PeerAuthentication``: a server port its proxy captures, in STRICT mode, refuses a client
   without a principal (out of the mesh); HTTP probes the injector rewrites to its agent pass;
5. ``Gateway``: an ingress gateway answers only on the ports a Gateway opens (port 80 as an
   HTTPS redirect);
6. ``AuthorizationPolicy``: DENY policies first, then, where any ALLOW policy applies, a rule
   that matches the client's principal (none outside the mesh), the port, and for HTTP the path,
   method, host and whether the request carries a JWT.

Mesh membership is read from ``dist/`` too: a Contexter pod from its namespace's
``istio-injection`` label and its pod template; an add-on's pods from the Helm values its Argo CD
Application passes (``Peer.helm``) and the namespace labels Argo CD sets. Where that disagrees with
the declared ``mesh``, the evaluator says so and evaluates what ``dist/`` renders.

Every declared connection must end as declared (``allow``: through every layer; ``deny``: dropped
by some layer), and every connection that is not declared, into or out of a Contexter pod, must
be dropped by some layer. The endpoints the Contexter pods are configured to call (URLs and
``host:port`` values in their environment, KEDA's trigger addresses) must be declared connections,
so the code that connects and the declaration cannot drift apart.

What the add-ons' Helm charts render themselves (their own NetworkPolicies) is not in ``dist/``
and not evaluated; none of the charts' values here enables one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from ipaddress import IPv4Network, ip_address
from typing import Any, Literal
from urllib.parse import urlsplit

from contexter_deploy.facts.manifests import Manifest, selector_matches
from contexter_deploy.ground.contracts import ARGOCD_NAMESPACE, SCRAPE_CLASS
from contexter_deploy.ground.labels import selector_labels
from contexter_deploy.ground.topology import (
    CLUSTER_DOMAIN,
    CONNECTIONS,
    CONTEXTER_NAMESPACES,
    EXTERNAL_HOSTS,
    KEDA_OPERATOR,
    MESH_ROOT_NAMESPACE,
    NON_PODS,
    PEERS,
    PLATFORM_EXTERNAL_HOSTS,
    PLATFORM_SERVICES,
    POD_IDENTITY_AGENT,
    WORKLOADS,
    Connection,
    ExternalHost,
    Mesh,
    Port,
    cluster_host,
)
from contexter_deploy.validation.authorization_policies import AuthorizationLayer, _value_matches
from contexter_deploy.validation.endpoints import Endpoint, Socket
from contexter_deploy.validation.findings import Finding
from contexter_deploy.validation.network_policies import NetworkPolicyLayer
from contexter_deploy.validation.workload_checks import pod_template

CHECK = "connections"

EGRESS_NETWORK_POLICY = "egress NetworkPolicy"
INGRESS_NETWORK_POLICY = "ingress NetworkPolicy"
SIDECAR = "Sidecar egress"
PEER_AUTHENTICATION = "PeerAuthentication"
GATEWAY = "Gateway"
AUTHORIZATION = "AuthorizationPolicy"
LAYERS: tuple[str, ...] = (
    EGRESS_NETWORK_POLICY,
    INGRESS_NETWORK_POLICY,
    SIDECAR,
    PEER_AUTHENTICATION,
    GATEWAY,
    AUTHORIZATION,
)
"""The layers in the order a connection meets them."""

INJECT_LABEL = "sidecar.istio.io/inject"
NAMESPACE_INJECTION_LABEL = "istio-injection"
INCLUDE_INBOUND = "traffic.sidecar.istio.io/includeInboundPorts"
EXCLUDE_INBOUND = "traffic.sidecar.istio.io/excludeInboundPorts"
PROXY_OWN_PORTS = frozenset({15020, 15021, 15090})
"""Ports the Envoy sidecar serves itself (merged metrics, health, its Prometheus stats): Istio's
iptables rules never redirect them to the inbound listener, so PeerAuthentication and
AuthorizationPolicies do not apply there; only the NetworkPolicies guard them."""
INCLUDE_OUTBOUND = "traffic.sidecar.istio.io/includeOutboundIPRanges"
EXCLUDE_OUTBOUND = "traffic.sidecar.istio.io/excludeOutboundIPRanges"
REWRITE_PROBES = "sidecar.istio.io/rewriteAppHTTPProbers"

PartyKind = Literal["pod", "node", "control-plane", "internet", "external", "link-local", "unknown-pod"]
_HTTP_ONLY = frozenset({"paths", "notPaths", "methods", "notMethods", "hosts", "notHosts"})
_SOURCE_FIELDS = frozenset(
    {
        "principals",
        "notPrincipals",
        "namespaces",
        "notNamespaces",
        "requestPrincipals",
        "notRequestPrincipals",
    }
)
_OPERATION_FIELDS = frozenset({"ports", "notPorts", *_HTTP_ONLY})


@dataclass(frozen=True)
class Party:
    """One end of a connection, as ``dist/`` shows it."""

    name: str
    kind: PartyKind
    endpoint: Endpoint
    declared_mesh: Mesh
    mesh: Mesh
    """Membership as ``dist/`` renders it."""
    ports: tuple[Port, ...] = ()
    hosts: tuple[str, ...] = ()
    """DNS names clients use: Service FQDNs, or an external host's names (``{region}``-style
    placeholders kept, matched as wildcards)."""
    annotations: Mapping[str, str] = field(default_factory=dict)
    """Pod annotations (traffic capture)."""
    http_probe_ports: frozenset[str | int] = frozenset()
    """Ports its containers' HTTP probes name (by name or number)."""

    @property
    def principal(self) -> str | None:
        """The SPIFFE principal it presents: only from inside the mesh."""
        return self.endpoint.principal if self.mesh != "none" else None

    @property
    def namespace(self) -> str | None:
        return self.endpoint.namespace

    def socket(self, port: str | int, protocol: str = "TCP") -> Socket:
        """The socket of port ``port`` (a name, or a number for hosts without named ports)."""
        for candidate in self.ports:
            if port in (candidate.name, candidate.number):
                return Socket(candidate.number, "TCP", candidate.name, candidate.app_protocol)
        if isinstance(port, int):
            return Socket(port, "UDP" if protocol == "UDP" else "TCP")
        raise KeyError(f"{self.name} has no port {port!r}; ports: {', '.join(p.name for p in self.ports)}")

    def captures_inbound(self, socket: Socket) -> bool:
        """Whether its proxy takes inbound connections on ``socket`` (PeerAuthentication and
        AuthorizationPolicies apply only then)."""
        if self.mesh not in ("sidecar", "gateway"):
            return False
        if socket.number in PROXY_OWN_PORTS:
            return False
        include = self.annotations.get(INCLUDE_INBOUND)
        if include is not None and include != "*" and str(socket.number) not in _csv(include):
            return False
        return str(socket.number) not in _csv(self.annotations.get(EXCLUDE_INBOUND, ""))


@dataclass(frozen=True)
class Verdict:
    """What became of one connection: the first layer that dropped it, or ``None``."""

    client: str
    server: str
    socket: Socket
    purpose: str
    expect: Literal["allow", "deny"]
    dropped_by: str | None
    reason: str
    request: str = ""
    also: tuple[str, ...] = ()
    """The later layers that would drop it too."""

    @property
    def ok(self) -> bool:
        return (self.dropped_by is None) == (self.expect == "allow")

    def render(self) -> str:
        what = f"{self.client} -> {self.server}:{self.socket.render()}" + (
            f" {self.request}" if self.request else ""
        )
        if self.dropped_by is None:
            return f"{what} gets through"
        also = f" (also dropped by {', '.join(self.also)})" if self.also else ""
        return f"{what} dropped by {self.dropped_by}: {self.reason}{also}"


@dataclass(frozen=True)
class ConnectionReport:
    """Every verdict of one environment."""

    declared: tuple[Verdict, ...]
    undeclared_open: tuple[Verdict, ...]
    """Connections nobody declared that no layer drops."""
    undeclared_evaluated: int
    findings: tuple[Finding, ...]
    """Membership mismatches, configured endpoints without a connection, unmodelled constructs."""

    @property
    def failed(self) -> tuple[Verdict, ...]:
        return tuple(v for v in self.declared if not v.ok)

    def all_findings(self) -> list[Finding]:
        found = list(self.findings)
        for verdict in self.failed:
            message = (
                f"declared connection ({verdict.purpose}) {verdict.render()}"
                if verdict.expect == "allow"
                else f"declared refusal ({verdict.purpose}) {verdict.render()}; it must be dropped"
            )
            found.append(Finding(f"Connection {verdict.client} -> {verdict.server}", CHECK, message))
        for verdict in self.undeclared_open:
            found.append(
                Finding(
                    f"Connection {verdict.client} -> {verdict.server}",
                    CHECK,
                    f"undeclared connection {verdict.render()}: no layer drops it",
                )
            )
        return sorted(found)


def _csv(value: str) -> set[str]:
    return {item.strip() for item in value.split(",") if item.strip()}


def _dig(values: Any, path: Sequence[str]) -> Mapping[str, str]:
    for key in path:
        if not isinstance(values, Mapping):
            return {}
        values = values.get(key)
    return {str(k): str(v) for k, v in values.items()} if isinstance(values, Mapping) else {}


class Cluster:
    """The parties of one environment and the documents that govern them."""

    def __init__(self, manifests: Sequence[Manifest]) -> None:
        self.manifests = manifests
        self.problems: set[Finding] = set()
        self.applications = {
            m.name: m for m in manifests if m.kind == "Application" and m.namespace == ARGOCD_NAMESPACE
        }
        self.namespace_labels = self._namespace_labels()
        self.mesh_outbound = self._mesh_outbound_mode()
        self.parties: dict[str, Party] = {}
        for party in self._build():
            self.parties[party.name] = party
        endpoints = [p.endpoint for p in self.parties.values()]
        self.network = NetworkPolicyLayer(manifests, endpoints, namespaces=None)
        self.istio = AuthorizationLayer(manifests, root_namespace=MESH_ROOT_NAMESPACE)

    def _namespace_labels(self) -> dict[str, dict[str, str]]:
        labels: dict[str, dict[str, str]] = {}
        for application in self.applications.values():
            destination = (application.spec.get("destination") or {}).get("namespace")
            managed = ((application.spec.get("syncPolicy") or {}).get("managedNamespaceMetadata") or {}).get(
                "labels"
            ) or {}
            if destination and managed:
                labels.setdefault(destination, {}).update({str(k): str(v) for k, v in managed.items()})
        for namespace in (m for m in self.manifests if m.kind == "Namespace"):
            labels.setdefault(namespace.name, {}).update(namespace.labels)
        return labels

    def _mesh_outbound_mode(self) -> str:
        istiod = next(
            (a for a in self.applications.values() if (a.spec.get("source") or {}).get("chart") == "istiod"),
            None,
        )
        values = ((istiod.spec.get("source") or {}).get("helm") or {}).get("valuesObject") if istiod else {}
        mode = ((values or {}).get("meshConfig") or {}).get("outboundTrafficPolicy", {}).get("mode")
        return str(mode or "ALLOW_ANY")

    def _observed(
        self, namespace: str, labels: Mapping[str, str], annotations: Mapping[str, str], declared: Mesh
    ) -> Mesh:
        if declared == "gateway":
            return "gateway"
        injected = labels.get(INJECT_LABEL) == "true" or (
            self.namespace_labels.get(namespace, {}).get(NAMESPACE_INJECTION_LABEL) == "enabled"
            and labels.get(INJECT_LABEL) != "false"
        )
        if not injected:
            return "none"
        return "certificate" if annotations.get(INCLUDE_OUTBOUND) == "" else "sidecar"

    def _templates(self, namespace: str, name: str) -> list[Mapping[str, Any]]:
        found = []
        for manifest in self.manifests:
            template = pod_template(manifest)
            if template is None or manifest.namespace != namespace:
                continue
            labels = (template.get("metadata") or {}).get("labels") or {}
            if labels.get("app.kubernetes.io/name") == name:
                found.append(template)
        return found

    def _build(self) -> Iterator[Party]:
        yield from self._workload_parties()
        yield from self._peer_parties()
        yield from _outside_parties()
        yield from _unknown_parties()

    def _workload_parties(self) -> Iterator[Party]:
        """Contexter's own workloads, as their pod templates in ``dist/`` render them."""
        for target in WORKLOADS:
            templates = self._templates(target.namespace, target.name)
            labels: dict[str, str] = {}
            annotations: dict[str, str] = {}
            probes: set[str | int] = set()
            for template in templates:
                metadata = template.get("metadata") or {}
                labels.update(metadata.get("labels") or {})
                annotations.update(metadata.get("annotations") or {})
                for container in (template.get("spec") or {}).get("containers") or []:
                    for key in ("startupProbe", "readinessProbe", "livenessProbe"):
                        http = (container.get(key) or {}).get("httpGet")
                        if http and annotations.get(REWRITE_PROBES) != "false":
                            probes.add(http["port"])
            if not templates:
                self.problems.add(
                    Finding(f"Workload {target.namespace}/{target.name}", CHECK, "no pod template in dist/")
                )
            mesh = self._observed(target.namespace, labels, annotations, "sidecar") if templates else "none"
            yield Party(
                target.name,
                "pod",
                Endpoint(
                    target.name,
                    "workload",
                    namespace=target.namespace,
                    labels=selector_labels(target.name),
                    principal=target.identity.principal,
                    sockets=tuple(
                        Socket(p.number, "TCP", p.name, p.app_protocol)
                        for p in (*target.ports, *target.sidecar_ports)
                    ),
                ),
                declared_mesh="sidecar",
                mesh=mesh,
                ports=(*target.ports, *target.sidecar_ports),
                hosts=tuple(cluster_host(s, target.namespace) for s in target.service_hosts),
                annotations=annotations,
                http_probe_ports=frozenset(probes),
            )

    def _peer_parties(self) -> Iterator[Party]:
        """The add-ons Contexter talks to, labelled by their pod templates or Helm values."""
        for peer in PEERS:
            namespace = peer.identity.namespace
            labels = dict(peer.pod_labels)
            annotations = {}
            if peer.helm is not None:
                application = self.applications.get(peer.helm.application)
                if application is None:
                    self.problems.add(
                        Finding(
                            f"Peer {peer.name}", CHECK, f"no Application {peer.helm.application} in dist/"
                        )
                    )
                else:
                    values = ((application.spec.get("source") or {}).get("helm") or {}).get("valuesObject")
                    labels.update(_dig(values, peer.helm.labels))
                    annotations = dict(_dig(values, peer.helm.annotations))
            else:
                for template in self._templates(namespace, peer.name):
                    metadata = template.get("metadata") or {}
                    labels.update(metadata.get("labels") or {})
                    annotations.update(metadata.get("annotations") or {})
            yield Party(
                peer.name,
                "pod",
                Endpoint(
                    peer.name,
                    "peer",
                    namespace=namespace,
                    labels=dict(peer.pod_labels),
                    principal=peer.identity.principal,
                    sockets=tuple(Socket(p.number, "TCP", p.name, p.app_protocol) for p in peer.ports),
                ),
                declared_mesh=peer.mesh,
                mesh=self._observed(namespace, labels, annotations, peer.mesh),
                ports=peer.ports,
                hosts=(peer.host,) if peer.service else (),
                annotations=annotations,
            )

    def membership_findings(self) -> Iterator[Finding]:
        """Parties whose declared mesh membership differs from what ``dist/`` renders."""
        for party in self.parties.values():
            if party.kind == "pod" and party.declared_mesh != party.mesh:
                yield Finding(
                    f"Party {party.namespace}/{party.name}",
                    CHECK,
                    f"declared mesh membership {party.declared_mesh!r}"
                    f" (contexter_deploy/ground/topology.py), but dist/ renders {party.mesh!r}",
                )

    # --- the layers -----------------------------------------------------------------------------

    def evaluate(self, connection: Connection) -> Verdict:
        """The verdict on one declared connection."""
        client, server = self.parties[connection.client], self.parties[connection.server]
        socket = server.socket(connection.port, connection.protocol)
        request = _request_text(connection, socket)
        drops = self.drops(client, server, socket, connection)
        dropped, reason = drops[0] if drops else (None, "")
        return Verdict(
            client.name,
            server.name,
            socket,
            connection.purpose,
            connection.expect,
            dropped,
            reason,
            request,
            also=tuple(layer for layer, _ in drops[1:]),
        )

    def _first_drop(
        self, client: Party, server: Party, socket: Socket, connection: Connection | None
    ) -> tuple[str | None, str]:
        drops = self.drops(client, server, socket, connection)
        return drops[0] if drops else (None, "")

    def drops(
        self,
        client: Party,
        server: Party,
        socket: Socket,
        connection: Connection | None,
        *,
        server_side: bool = True,
    ) -> list[tuple[str, str]]:
        """Every layer that drops the connection, in order, each with its reason; empty: it gets
        through. ``connection=None``: any request (undeclared paths), else its one request.
        ``server_side=False``: only the client's layers (egress NetworkPolicy, Sidecar)."""
        found: list[tuple[str, str]] = []
        if client.endpoint.pod and not self.network.egress_allows(client.endpoint, server.endpoint, socket):
            found.append((EGRESS_NETWORK_POLICY, f"no egress rule of {client.namespace} admits it"))
        if not server_side:
            sidecar = self._sidecar_drop(client, server, socket)
            return [*found, (SIDECAR, sidecar)] if sidecar else found
        if client.kind != "node" and not self.network.ingress_allows(
            client.endpoint, server.endpoint, socket
        ):
            found.append((INGRESS_NETWORK_POLICY, f"no ingress rule of {server.namespace} admits it"))
        sidecar = self._sidecar_drop(client, server, socket)
        if sidecar:
            found.append((SIDECAR, sidecar))
        probe = client.kind == "node" and (
            socket.name in server.http_probe_ports or socket.number in server.http_probe_ports
        )
        if probe and server.mesh == "sidecar":
            return found  # the injector rewrites HTTP probes to its agent: no mTLS, no authorization
        if server.captures_inbound(socket) and server.mesh == "sidecar":
            mode = self.istio.mtls_mode(server.endpoint, socket)
            if mode == "STRICT" and self.principal(client, server, socket) is None:
                why = (
                    "is outside the mesh"
                    if client.mesh == "none"
                    else "connects without its mesh certificate"
                )
                found.append(
                    (
                        PEER_AUTHENTICATION,
                        f"{server.name} port {socket.number} is STRICT and {client.name} {why}",
                    )
                )
        if server.mesh == "gateway":
            gateway = self._gateway_drop(server, socket)
            if gateway:
                found.append((GATEWAY, gateway))
        if server.captures_inbound(socket):
            if connection is None:
                if not self.istio.requests(_as_source(client), server.endpoint, socket):
                    found.append((AUTHORIZATION, "no ALLOW rule admits it"))
            else:
                denied = self._authorization_drop(client, server, socket, connection)
                if denied:
                    found.append((AUTHORIZATION, denied))
        return found

    def principal(self, client: Party, server: Party, socket: Socket) -> str | None:
        """The principal ``client`` presents to ``server`` on ``socket``. A sidecar or gateway always
        presents it; a ``certificate`` client (Prometheus) only where a PodMonitor or ServiceMonitor
        in ``dist/`` scrapes that port over HTTPS with the mesh scrape class; others never."""
        if client.mesh in ("sidecar", "gateway"):
            return client.principal
        if client.mesh != "certificate":
            return None
        for monitor in (m for m in self.manifests if m.kind in ("PodMonitor", "ServiceMonitor")):
            if monitor.spec.get("scrapeClass") != SCRAPE_CLASS:
                continue
            names = (monitor.spec.get("namespaceSelector") or {}).get("matchNames") or [monitor.namespace]
            if server.namespace not in names:
                continue
            if not selector_matches(monitor.spec.get("selector") or {}, server.endpoint.labels or {}):
                continue
            endpoints = monitor.spec.get("podMetricsEndpoints") or monitor.spec.get("endpoints") or []
            if any(e.get("port") == socket.name and e.get("scheme") == "https" for e in endpoints):
                return client.principal
        return None

    def _sidecar_drop(self, client: Party, server: Party, socket: Socket) -> str | None:
        if client.mesh != "sidecar" or client.kind != "pod":
            return None
        network = server.endpoint.network
        if network is not None and network.prefixlen == 32:
            excluded = _csv(client.annotations.get(EXCLUDE_OUTBOUND, ""))
            if any(
                ip_address(network.network_address) in IPv4Network(cidr, strict=False) for cidr in excluded
            ):
                return None
        sidecar = next(
            (
                m
                for m in self.manifests
                if m.kind == "Sidecar"
                and m.namespace == client.namespace
                and not m.spec.get("workloadSelector")
            ),
            None,
        )
        hosts = (
            [h for e in (sidecar.spec.get("egress") or []) for h in e.get("hosts") or []] if sidecar else None
        )
        mode = (
            (sidecar.spec.get("outboundTrafficPolicy") or {}).get("mode") if sidecar else None
        ) or self.mesh_outbound
        namespace = client.namespace or ""
        if server.kind in ("pod", "control-plane"):
            server_namespace = server.namespace or "default"
            for host in server.hosts:
                if hosts is not None and not any(
                    _visible(p, host, server_namespace, namespace) for p in hosts
                ):
                    where = f"Sidecar {namespace}/default"
                    return f"{where} does not list {server_namespace}/{host}"
            return None
        entries = [
            m
            for m in self.manifests
            if m.kind == "ServiceEntry"
            and _exported(m, namespace)
            and any(
                _host_matches(template, h) for template in server.hosts for h in m.spec.get("hosts") or []
            )
            and any(int(p.get("number", 0)) == socket.number for p in m.spec.get("ports") or [])
        ]
        visible = [
            e
            for e in entries
            if hosts is None
            or any(
                _visible(p, h, e.namespace or "", namespace) for p in hosts for h in e.spec.get("hosts") or []
            )
        ]
        if not visible and mode == "REGISTRY_ONLY":
            hosts_text = ", ".join(server.hosts)
            return f"no ServiceEntry for {hosts_text}:{socket.number} visible in {namespace} (REGISTRY_ONLY)"
        return None

    def _gateway_drop(self, server: Party, socket: Socket) -> str | None:
        if socket.number in PROXY_OWN_PORTS:
            return None  # Envoy serves its own stats and health whatever the Gateways open
        for gateway in (m for m in self.manifests if m.kind == "Gateway"):
            if not selector_matches(
                {"matchLabels": gateway.spec.get("selector") or {}}, server.endpoint.labels or {}
            ):
                continue
            for entry in gateway.spec.get("servers") or []:
                if int((entry.get("port") or {}).get("number", 0)) == socket.number:
                    return None
        return f"no Gateway opens port {socket.number} on {server.name}"

    def gateway_hosts(self, server: Party, socket: Socket) -> list[str]:
        return [
            host
            for gateway in self.manifests
            if gateway.kind == "Gateway"
            for entry in gateway.spec.get("servers") or []
            if int((entry.get("port") or {}).get("number", 0)) == socket.number
            for host in entry.get("hosts") or []
        ]

    def _authorization_drop(
        self, client: Party, server: Party, socket: Socket, connection: Connection
    ) -> str | None:
        hosts = self.gateway_hosts(server, socket) if server.mesh == "gateway" else list(server.hosts[:1])
        request = _Request(
            principal=self.principal(client, server, socket),
            jwt=connection.jwt,
            port=socket.number,
            http=socket.http or socket.app_protocol == "https",
            path=connection.path or "/",
            method=connection.method or "GET",
            host=hosts[0] if hosts else "",
        )
        policies = [
            p for p in self.istio.applicable(server.endpoint) if p.spec.get("action", "ALLOW") != "AUDIT"
        ]
        for policy in (p for p in policies if p.spec.get("action") == "DENY"):
            if any(
                self._rule_matches(policy, rule, request, deny=True)
                for rule in policy.spec.get("rules") or []
            ):
                return f"DENY policy {policy.namespace}/{policy.name} matches"
        allow = [p for p in policies if p.spec.get("action", "ALLOW") == "ALLOW"]
        for policy in (p for p in policies if p.spec.get("action") not in (None, "ALLOW", "DENY")):
            self._problem(policy, f"action {policy.spec.get('action')} is not modelled")
        if not allow:
            return None
        if any(
            self._rule_matches(p, rule, request, deny=False)
            for p in allow
            for rule in p.spec.get("rules") or []
        ):
            return None
        principal = request.principal or "no principal"
        return f"no ALLOW rule of {server.namespace} matches ({principal}, port {socket.number})"

    def _rule_matches(
        self, policy: Manifest, rule: Mapping[str, Any], request: _Request, *, deny: bool
    ) -> bool:
        if rule.get("when"):
            self._problem(policy, "`when` conditions are not modelled")
            return deny
        sources = [entry.get("source") or {} for entry in rule.get("from") or []]
        operations = [entry.get("operation") or {} for entry in rule.get("to") or []]
        for entry in sources:
            for key in sorted(set(entry) - _SOURCE_FIELDS):
                self._problem(policy, f"source field {key!r} is not modelled")
        for operation in operations:
            for key in sorted(set(operation) - _OPERATION_FIELDS):
                self._problem(policy, f"operation field {key!r} is not modelled")
        if not request.http and any(set(op) & _HTTP_ONLY for op in operations) and not deny:
            return False  # Istio ignores an ALLOW rule with HTTP-only fields on a TCP port
        if sources and not any(_source_matches(entry, request) for entry in sources):
            return False
        return not operations or any(_operation_matches(op, request) for op in operations)

    def _problem(self, policy: Manifest, message: str) -> None:
        self.problems.add(Finding(policy.ref, CHECK, f"not modelled: {message}"))

    # --- configured endpoints -------------------------------------------------------------------

    def configured_endpoints(self) -> Iterator[tuple[str, str, int, str]]:
        """(client, host, port, where) for every endpoint a Contexter pod or KEDA trigger names."""
        for manifest in self.manifests:
            template = pod_template(manifest)
            if template is None:
                continue
            labels = (template.get("metadata") or {}).get("labels") or {}
            client = labels.get("app.kubernetes.io/name")
            if client not in self.parties:
                continue
            for container in [
                *((template.get("spec") or {}).get("initContainers") or []),
                *((template.get("spec") or {}).get("containers") or []),
            ]:
                for variable in container.get("env") or []:
                    value = str(variable.get("value") or "")
                    for host, port in _endpoints_in(variable.get("name", ""), value):
                        yield client, host, port, f"{manifest.ref} env {variable['name']}"
        for scaled in (m for m in self.manifests if m.kind == "ScaledObject"):
            for trigger in scaled.spec.get("triggers") or []:
                metadata = trigger.get("metadata") or {}
                for key in ("addresses", "address", "hosts"):
                    for item in _csv(str(metadata.get(key, ""))):
                        address, _, number = item.rpartition(":")
                        if number.isdigit():
                            yield (
                                KEDA_OPERATOR.name,
                                address,
                                int(number),
                                f"{scaled.ref} trigger {trigger.get('name')}",
                            )

    def server_of(self, host: str) -> Party | None:
        """The party whose Service or external name ``host`` is (pod DNS names of a headless
        Service and the short ``<svc>.<ns>.svc`` forms count)."""
        for party in self.parties.values():
            for name in party.hosts:
                if party.kind in ("external", "link-local"):
                    if _host_matches(name, host):
                        return party
                    continue
                short = name.removesuffix(f".{CLUSTER_DOMAIN}")
                if host in (name, short) or host.endswith("." + name) or host.endswith("." + short):
                    return party
        return None


def _outside_parties() -> Iterator[Party]:
    """Platform services, what is not a pod, external hosts and the Pod Identity agent."""
    for service in PLATFORM_SERVICES:
        yield Party(
            service.name,
            "pod",
            Endpoint(
                service.name,
                "platform",
                namespace=service.namespace,
                labels=dict(service.pod_labels),
                sockets=tuple(Socket(number, protocol) for protocol, number in service.ports),
            ),
            declared_mesh="none",
            mesh="none",
            hosts=(service.host,),
        )
    for outside in NON_PODS:
        network = IPv4Network("0.0.0.0/0") if outside.where == "internet" else None
        kind: PartyKind = outside.where
        yield Party(
            outside.name,
            kind,
            Endpoint(outside.name, "internet", network=network),
            declared_mesh="none",
            mesh="none",
            ports=outside.ports,
            hosts=(cluster_host(outside.service, "default"),) if outside.service else (),
        )
    for host in (*EXTERNAL_HOSTS, *PLATFORM_EXTERNAL_HOSTS):
        yield _external(host)
    yield Party(
        POD_IDENTITY_AGENT.name,
        "link-local",
        Endpoint(
            POD_IDENTITY_AGENT.name,
            "link-local",
            network=IPv4Network(f"{POD_IDENTITY_AGENT.address}/32"),
            sockets=(Socket(POD_IDENTITY_AGENT.port),),
        ),
        declared_mesh="none",
        mesh="none",
        hosts=(POD_IDENTITY_AGENT.host,),
    )


def _unknown_parties() -> Iterator[Party]:
    """Any other pod: in a Contexter namespace (meshed) or in another namespace (not)."""
    for namespace in CONTEXTER_NAMESPACES:
        yield Party(
            f"(any other pod in {namespace})",
            "unknown-pod",
            Endpoint(
                f"(any other pod in {namespace})",
                "unknown-pod",
                namespace=namespace,
                labels={},
                principal=f"cluster.local/ns/{namespace}/sa/(unknown)",
            ),
            declared_mesh="sidecar",
            mesh="sidecar",
        )
    yield Party(
        "(any pod in another namespace)",
        "unknown-pod",
        Endpoint("(any pod in another namespace)", "unknown-pod", namespace="(other namespace)", labels={}),
        declared_mesh="none",
        mesh="none",
    )


@dataclass(frozen=True)
class _Request:
    principal: str | None
    jwt: bool
    port: int
    http: bool
    path: str
    method: str
    host: str


def _field(entry: Mapping[str, Any], key: str, value: str | None) -> bool:
    positive, negative = entry.get(key), entry.get(f"not{key[0].upper()}{key[1:]}")
    if positive is not None and (value is None or not any(_value_matches(p, value) for p in positive)):
        return False
    return not (
        negative is not None and value is not None and any(_value_matches(p, value) for p in negative)
    )


def _source_matches(entry: Mapping[str, Any], request: _Request) -> bool:
    namespace = request.principal.split("/ns/", 1)[1].split("/", 1)[0] if request.principal else None
    request_principal = "(jwt)" if request.jwt else None
    return (
        _field(entry, "principals", request.principal)
        and _field(entry, "namespaces", namespace)
        and _field(entry, "requestPrincipals", request_principal)
    )


def _operation_matches(operation: Mapping[str, Any], request: _Request) -> bool:
    if not _field(operation, "ports", str(request.port)):
        return False
    if not request.http:
        return True
    host_ok = _field(operation, "hosts", request.host) or _field(
        operation, "hosts", f"{request.host}:{request.port}"
    )
    return (
        host_ok and _field(operation, "paths", request.path) and _field(operation, "methods", request.method)
    )


def _as_source(party: Party) -> Endpoint:
    endpoint = party.endpoint
    return Endpoint(
        endpoint.name,
        endpoint.kind,
        namespace=endpoint.namespace,
        labels=endpoint.labels,
        principal=party.principal,
        network=endpoint.network,
        sockets=endpoint.sockets,
    )


def _external(host: ExternalHost) -> Party:
    return Party(
        host.name,
        "external",
        Endpoint(host.name, "internet", network=IPv4Network("0.0.0.0/0"), sockets=(Socket(host.port),)),
        declared_mesh="none",
        mesh="none",
        hosts=(host.host, *host.aliases),
    )


def _host_matches(template: str, host: str) -> bool:
    """Whether ``host`` is ``template`` with its ``{placeholders}`` filled in."""
    pattern = re.escape(template)
    pattern = re.sub(r"\\\{[a-z]+\\\}", "[a-z0-9.-]+", pattern)
    return re.fullmatch(pattern, host) is not None


def _visible(pattern: str, host: str, host_namespace: str, namespace: str) -> bool:
    scope, _, name = pattern.partition("/")
    if scope == ".":
        scope = namespace
    if scope not in ("*", host_namespace):
        return False
    return re.fullmatch(re.escape(name).replace(r"\*", ".*"), host) is not None


def _exported(entry: Manifest, namespace: str) -> bool:
    export_to: list[str] = entry.spec.get("exportTo") or ["*"]
    return "*" in export_to or namespace in export_to or ("." in export_to and entry.namespace == namespace)


LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
"""Hosts inside the pod itself (a container beside it): no connection leaves the pod."""
_ENDPOINT_VARIABLE = re.compile(r"(_URL|_ADDR|_ADDRESS|_SENTINELS|^AWS_ENDPOINT_URL.*)$")


def _endpoints_in(name: str, value: str) -> Iterator[tuple[str, int]]:
    """The (host, port) pairs an environment variable names: URLs, or ``host:port`` lists."""
    if not _ENDPOINT_VARIABLE.search(name) or not value:
        return
    for item in _csv(value):
        if "://" in item:
            parts = urlsplit(item)
            host, port = parts.hostname or "", parts.port or (443 if parts.scheme == "https" else 80)
        else:
            host, _, number = item.rpartition(":")
            port = int(number) if number.isdigit() else 0
        if host and port and host not in LOOPBACK:
            yield host, port


def _request_text(connection: Connection, socket: Socket) -> str:
    if not (socket.http or socket.app_protocol == "https") or connection.path is None:
        return ""
    jwt = " with a JWT" if connection.jwt else ""
    return f"({connection.method or 'GET'} {connection.path}{jwt})"


def evaluate(
    manifests: Sequence[Manifest], connections: Sequence[Connection] = CONNECTIONS
) -> ConnectionReport:
    """Every declared connection's verdict, the undeclared connections that get through, and the
    findings about membership and configured endpoints."""
    cluster = Cluster(manifests)
    declared = tuple(cluster.evaluate(c) for c in connections)
    declared_keys = {(v.client, v.server, v.socket.number) for v in declared}
    findings: set[Finding] = set(cluster.membership_findings())
    parties = list(cluster.parties.values())
    contexter = {p.name for p in parties if p.kind == "pod" and p.namespace in CONTEXTER_NAMESPACES}
    open_paths: list[Verdict] = []
    evaluated = 0
    for client in parties:
        if client.kind in ("external", "link-local", "control-plane"):
            continue
        for server in parties:
            if client.name not in contexter and server.name not in contexter:
                continue
            if server.kind in ("node", "internet", "unknown-pod") or client is server:
                continue
            for socket in _probe_sockets(server):
                if (client.name, server.name, socket.number) in declared_keys:
                    continue
                if client.kind == "node" and socket.number in PROXY_OWN_PORTS:
                    # the node reaches every pod port and Envoy's own ports are never captured, so
                    # no layer of ours can drop it; they serve only the proxy's stats and health
                    continue
                evaluated += 1
                # a server outside the Contexter namespaces is guarded by its own component:
                # what this repository must prove is that our clients cannot reach it
                if not cluster.drops(client, server, socket, None, server_side=server.name in contexter):
                    open_paths.append(
                        Verdict(client.name, server.name, socket, "undeclared", "deny", None, "")
                    )
    allowed = {
        (c.client, c.server, cluster.parties[c.server].socket(c.port, c.protocol).number)
        for c in connections
        if c.expect == "allow"
    }
    for caller_name, host, port, where in cluster.configured_endpoints():
        target = cluster.server_of(host)
        if target is None:
            findings.add(Finding(where, CHECK, f"names {host}:{port}, which is no declared party's host"))
        elif (caller_name, target.name, port) not in allowed:
            findings.add(
                Finding(
                    where,
                    CHECK,
                    f"names {host}:{port} ({target.name}), but contexter_deploy/ground/topology.py"
                    f" declares no connection {caller_name} -> {target.name}:{port}",
                )
            )
    findings |= cluster.problems | cluster.network.problems | cluster.istio.problems
    return ConnectionReport(
        declared,
        tuple(sorted(open_paths, key=lambda v: (v.client, v.server, v.socket))),
        evaluated,
        tuple(sorted(findings)),
    )


def _probe_sockets(server: Party) -> tuple[Socket, ...]:
    if server.kind in ("external",):
        return (Socket(443), Socket(80))
    return tuple(server.endpoint.sockets) or tuple(
        Socket(p.number, "TCP", p.name, p.app_protocol) for p in server.ports
    )


def check_connections(manifests: Sequence[Manifest]) -> Iterator[Finding]:
    """Every declared connection ends as declared through every layer; nothing undeclared gets
    through; every configured endpoint is a declared connection; membership matches dist/."""
    yield from evaluate(manifests).all_findings()


def summary(report: ConnectionReport) -> str:
    """One line of counts: what ``contexter-deploy validate`` prints per environment."""
    return (
        f"connections: {len(report.declared) - len(report.failed)} of {len(report.declared)} declared"
        f" connections as declared through {len(LAYERS)} layers; {len(report.undeclared_open)} of"
        f" {report.undeclared_evaluated} undeclared get through"
    )


def render_markdown(report: ConnectionReport) -> str:
    """A table of every declared connection with the layer that dropped it."""
    lines = [
        f"{len(report.declared)} declared connections evaluated through {len(LAYERS)} layers"
        f" ({', '.join(LAYERS)}); {len(report.failed)} end otherwise than declared;"
        f" {report.undeclared_evaluated} undeclared connections evaluated,"
        f" {len(report.undeclared_open)} get through.",
        "",
        "| client | server | port | purpose | expected | result |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for verdict in report.declared:
        result = (
            "through" if verdict.dropped_by is None else f"dropped by {verdict.dropped_by}: {verdict.reason}"
        )
        mark = "" if verdict.ok else " **FAIL**"
        lines.append(
            f"| {verdict.client} | {verdict.server} | {verdict.socket.render()} {verdict.request} |"
            f" {verdict.purpose} | {verdict.expect} | {result}{mark} |"
        )
    return "\n".join(lines) + "\n"
