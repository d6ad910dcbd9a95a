"""Prove that the two policy layers agree with the call graph, and render what they allow.

The allow-matrix (source -> destination:port) is computed twice from the synthesized documents,
independently: once from the NetworkPolicies (``network_policies``), once from the Istio
PeerAuthentications and AuthorizationPolicies (``authorization_policies``). Each must equal the
matrix declared by ``contexter_deploy.ground.topology.CALL_GRAPH``: a flow in either layer that the graph
does not
declare fails, and so does a declared flow that a layer blocks. The Istio layer must also admit
exactly the declared paths and methods. The NetworkPolicy layer is also checked for egress to
the platform (DNS, istiod), the internet and the Pod Identity Agent; the mesh layer for its
egress scope (Sidecar, ServiceEntries). Constructs the models do not cover are reported, never
guessed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.ground.labels import selector_labels
from contexter_deploy.ground.topology import (
    CALL_GRAPH,
    CLUSTER_CALLS,
    CONTEXTER_NAMESPACES,
    EXTERNAL_CALLS,
    KUBE_DNS,
    MESH_ROOT_NAMESPACE,
    POD_IDENTITY_AGENT,
    WORKLOADS,
    cluster_host,
    external_host,
    flows_from,
    needs_pod_identity,
    peer,
    workload,
    workloads_in,
)
from contexter_deploy.validation.authorization_policies import AuthorizationLayer
from contexter_deploy.validation.endpoints import ANY_REQUEST, Edge, Endpoint, Request, Socket, universe
from contexter_deploy.validation.findings import Finding
from contexter_deploy.validation.network_policies import NetworkPolicyLayer

CHECK = "policy-graph"
NETWORK = "NetworkPolicies"
AUTHORIZATION = "AuthorizationPolicies"


@dataclass(frozen=True)
class MeshEgress:
    """What the sidecars of one namespace may reach outside the mesh: its ServiceEntries."""

    namespace: str
    registry_only: bool
    entries: Mapping[str, tuple[tuple[str, ...], tuple[int, ...]]]
    """ServiceEntry name -> (hosts, ports), for the entries the namespace's Sidecar lets it reach."""


@dataclass(frozen=True)
class PolicyGraph:
    """Both allow-matrices of one environment, what the topology declares, and the differences."""

    endpoints: tuple[Endpoint, ...]
    declared: Mapping[Edge, frozenset[Request]]
    """In-cluster flows of the call graph, with the requests each admits."""
    expected_network: frozenset[Edge]
    """``declared`` plus the egress every pod needs (DNS, istiod) and the declared external egress."""
    network: frozenset[Edge]
    """Edges the NetworkPolicies allow, where either end lives in a Contexter namespace."""
    authorization: Mapping[Edge, frozenset[Request]]
    """Edges into Contexter pods that Istio admits, with the requests it admits on each."""
    mesh_egress: tuple[MeshEgress, ...]
    problems: tuple[Finding, ...]
    """Constructs the layer models do not cover; each fails the check."""


def declared_flows() -> dict[Edge, frozenset[Request]]:
    """The in-cluster allow-matrix of ``CALL_GRAPH``: one edge per flow and port."""
    declared: dict[Edge, frozenset[Request]] = {}
    for flow in CALL_GRAPH:
        target = workload(flow.destination)
        for name in flow.ports:
            port = target.port(name)
            socket = Socket(port.number, "TCP", port.name, port.app_protocol)
            request = Request(paths=flow.paths, not_paths=flow.not_paths, methods=flow.methods)
            declared[Edge(flow.source, flow.destination, socket)] = frozenset(
                {request if socket.http else ANY_REQUEST}
            )
    return declared


def declared_egress(endpoints: Sequence[Endpoint]) -> set[Edge]:
    """Egress to non-workload destinations that the topology implies for Contexter pods: every pod
    reaches DNS and istiod; a caller of an external host reaches the internet on its port; a
    caller of an AWS API reaches the Pod Identity Agent; a caller of a platform Service
    (``CLUSTER_CALLS``) reaches its pods."""
    by_name = {endpoint.name: endpoint for endpoint in endpoints}
    edges: set[Edge] = set()
    for source in endpoints:
        if not (source.contexter and source.pod):
            continue
        for platform in (e for e in endpoints if e.kind == "platform"):
            edges |= {Edge(source.name, platform.name, socket) for socket in platform.sockets}
        if source.kind != "workload":
            continue
        for caller, host in EXTERNAL_CALLS:
            if caller == source.name:
                edges.add(Edge(source.name, "(internet)", Socket(external_host(host).port)))
        if needs_pod_identity(source.name):
            agent = by_name[POD_IDENTITY_AGENT.name]
            edges |= {Edge(source.name, agent.name, socket) for socket in agent.sockets}
        for caller, name, ports in CLUSTER_CALLS:
            if caller == source.name:
                target = peer(name)
                for port in map(target.port, ports):
                    socket = Socket(port.number, "TCP", port.name, port.app_protocol)
                    edges.add(Edge(source.name, target.name, socket))
    return edges


def build(manifests: Sequence[Manifest]) -> PolicyGraph:
    """Evaluate both layers of ``manifests`` over every endpoint pair."""
    endpoints = universe()
    network_layer = NetworkPolicyLayer(manifests, endpoints)
    istio = AuthorizationLayer(manifests, root_namespace=MESH_ROOT_NAMESPACE)
    network: set[Edge] = set()
    authorization: dict[Edge, frozenset[Request]] = {}
    for destination in endpoints:
        for source in endpoints:
            if not (source.contexter or destination.contexter):
                continue
            for socket in destination.sockets:
                if network_layer.allows(source, destination, socket):
                    network.add(Edge(source.name, destination.name, socket))
                if destination.contexter and destination.pod and source.principal:
                    admitted = istio.requests(source, destination, socket)
                    if admitted:
                        authorization[Edge(source.name, destination.name, socket)] = admitted
    declared = declared_flows()
    return PolicyGraph(
        endpoints=endpoints,
        declared=declared,
        expected_network=frozenset(declared) | frozenset(declared_egress(endpoints)),
        network=frozenset(network),
        authorization=authorization,
        mesh_egress=tuple(_mesh_egress(manifests, namespace) for namespace in CONTEXTER_NAMESPACES),
        problems=tuple(sorted(network_layer.problems | istio.problems)),
    )


def check_layers_match_call_graph(manifests: Sequence[Manifest]) -> Iterator[Finding]:
    """Both allow-matrices equal the declared call graph: no extra flow, no missing flow, and the
    Istio layer admits exactly the declared paths and methods."""
    yield from findings(build(manifests))


def check_isolation(manifests: Sequence[Manifest]) -> Iterator[Finding]:
    """Every pod of a Contexter namespace is denied by default in both layers and takes only
    mutual TLS: a workload without policies fails here even before its flows are compared."""
    endpoints = universe()
    network_layer = NetworkPolicyLayer(manifests, endpoints)
    istio = AuthorizationLayer(manifests, root_namespace=MESH_ROOT_NAMESPACE)
    for endpoint in (e for e in endpoints if e.contexter and e.pod):
        where = f"{endpoint.namespace}/{endpoint.name}"
        for direction in ("Ingress", "Egress"):
            if not network_layer.isolated(endpoint, direction):
                yield Finding(
                    f"Workload {where}",
                    CHECK,
                    f"no NetworkPolicy selects it for {direction}: all {direction.lower()} is allowed",
                )
        allow = [p for p in istio.applicable(endpoint) if p.spec.get("action", "ALLOW") == "ALLOW"]
        if not allow:
            yield Finding(
                f"Workload {where}", CHECK, "no ALLOW AuthorizationPolicy applies: Istio admits every caller"
            )
        for socket in endpoint.sockets or (Socket(0),):
            mode = istio.mtls_mode(endpoint, socket)
            if mode != "STRICT":
                port = f" port {socket.number}" if socket.number else ""
                yield Finding(
                    f"Workload {where}",
                    CHECK,
                    f"mTLS mode{port} is {mode}, not STRICT: callers without a principal get through",
                )


def check_mesh_egress(manifests: Sequence[Manifest]) -> Iterator[Finding]:
    """Each Contexter namespace has one Sidecar ``default`` with REGISTRY_ONLY whose hosts are the
    Services of its call-graph destinations, the control plane, DNS and the namespace's declared
    ServiceEntries, and nothing else; every Service of a destination is among them."""
    services = [m for m in manifests if m.kind == "Service"]
    for namespace in CONTEXTER_NAMESPACES:
        sidecars = [m for m in manifests if m.kind == "Sidecar" and m.namespace == namespace]
        scoped = [s for s in sidecars if s.spec.get("workloadSelector")]
        for sidecar in scoped:
            yield Finding(sidecar.ref, CHECK, "not modelled: a Sidecar with a workloadSelector")
        defaults = [s for s in sidecars if not s.spec.get("workloadSelector")]
        if len(defaults) != 1:
            yield Finding(
                f"Namespace {namespace}", CHECK, f"needs exactly one default Sidecar, has {len(defaults)}"
            )
            continue
        sidecar = defaults[0]
        egress = _mesh_egress(manifests, namespace)
        if not egress.registry_only:
            yield Finding(
                sidecar.ref, CHECK, "outboundTrafficPolicy is not REGISTRY_ONLY: unknown hosts are reachable"
            )
        expected = {
            external_host(host).name
            for caller, host in EXTERNAL_CALLS
            if workload(caller).namespace == namespace
        }
        if any(needs_pod_identity(w.name) for w in workloads_in(namespace)):
            expected.add(POD_IDENTITY_AGENT.name)
        for name in sorted(set(egress.entries) - expected):
            yield Finding(
                sidecar.ref, CHECK, f"reaches ServiceEntry {name}, which no workload of {namespace} calls"
            )
        for name in sorted(expected - set(egress.entries)):
            yield Finding(
                sidecar.ref, CHECK, f"cannot reach ServiceEntry {name}, which a workload of {namespace} calls"
            )
        hosts = _egress_hosts(sidecar)
        destinations = {flow.destination for w in workloads_in(namespace) for flow in flows_from(w.name)}
        needed = {f"{MESH_ROOT_NAMESPACE}/*", f"{KUBE_DNS.namespace}/{KUBE_DNS.host}"}
        for name in sorted(destinations):
            target = workload(name)
            needed |= {
                f"{target.namespace}/{cluster_host(s, target.namespace)}" for s in target.service_hosts
            }
            for service in services:
                selector = service.spec.get("selector") or {}
                host = f"{target.namespace}/{cluster_host(service.name, target.namespace)}"
                selects = (
                    service.namespace == target.namespace and selector and _selector_matches(selector, name)
                )
                if selects and host not in hosts:
                    yield Finding(
                        sidecar.ref,
                        CHECK,
                        f"misses {host}: Service {service.name} selects {name}, called from here",
                    )
        for caller, name, _ in CLUSTER_CALLS:
            if workload(caller).namespace == namespace:
                platform = peer(name)
                host = f"{platform.identity.namespace}/{platform.host}"
                needed.add(host)
                if host not in hosts:
                    yield Finding(sidecar.ref, CHECK, f"misses {host}: {caller} calls {name}")
        for entry in egress.entries.values():
            needed |= {f"./{host}" for host in entry[0]} | {f"{namespace}/{host}" for host in entry[0]}
        for host in sorted(hosts - needed):
            yield Finding(sidecar.ref, CHECK, f"exposes {host}, which no flow of {namespace} needs")


def _selector_matches(selector: Mapping[str, str], name: str) -> bool:
    labels = selector_labels(name)
    return all(labels.get(key) == value for key, value in selector.items())


def _egress_hosts(sidecar: Manifest) -> set[str]:
    return {host for entry in sidecar.spec.get("egress") or [] for host in entry.get("hosts") or []}


def _host_visible(pattern: str, host: str, entry_namespace: str, namespace: str) -> bool:
    scope, _, name = pattern.partition("/")
    if scope == ".":
        scope = namespace
    if scope not in ("*", entry_namespace):
        return False
    regex = re.escape(name).replace(r"\*", ".*")
    return re.fullmatch(regex, host) is not None


def _exported(entry: Manifest, namespace: str) -> bool:
    export_to: list[str] = entry.spec.get("exportTo") or ["*"]
    return "*" in export_to or namespace in export_to or ("." in export_to and entry.namespace == namespace)


def _mesh_egress(manifests: Sequence[Manifest], namespace: str) -> MeshEgress:
    sidecar = next(
        (
            m
            for m in manifests
            if m.kind == "Sidecar" and m.namespace == namespace and not m.spec.get("workloadSelector")
        ),
        None,
    )
    if sidecar is None:
        return MeshEgress(namespace, False, {})
    hosts = _egress_hosts(sidecar)
    entries: dict[str, tuple[tuple[str, ...], tuple[int, ...]]] = {}
    for entry in (m for m in manifests if m.kind == "ServiceEntry" and _exported(m, namespace)):
        names = tuple(entry.spec.get("hosts") or ())
        if any(
            _host_visible(pattern, host, entry.namespace or "", namespace)
            for pattern in hosts
            for host in names
        ):
            ports = tuple(int(port["number"]) for port in entry.spec.get("ports") or [])
            entries[entry.name] = (names, ports)
    mode = (sidecar.spec.get("outboundTrafficPolicy") or {}).get("mode")
    return MeshEgress(namespace, mode == "REGISTRY_ONLY", entries)


def _requests(requests: frozenset[Request]) -> str:
    return " | ".join(sorted(request.render() for request in requests))


def render_table(graph: PolicyGraph) -> str:
    """Markdown tables: in-cluster flows with both layers' verdicts, egress, external hosts."""
    return "\n".join(
        [
            "### In-cluster flows",
            "",
            *_flows_table(graph),
            "",
            "### Egress to the platform and outside the cluster (NetworkPolicy)",
            "",
            *_egress_table(graph),
            "",
            "### External hosts (Istio Sidecar and ServiceEntry)",
            "",
            *_external_table(graph),
            "",
        ]
    )


def _flows_table(graph: PolicyGraph) -> list[str]:
    workloads = {w.name for w in WORKLOADS}
    edges = (
        set(graph.declared)
        | set(graph.authorization)
        | {e for e in graph.network if e.destination in workloads}
    )
    lines = [
        "| from | to | port | NetworkPolicy | AuthorizationPolicy | requests admitted |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for edge in sorted(edges):
        admitted = graph.authorization.get(edge, frozenset())
        lines.append(
            f"| {edge.source} | {edge.destination} | {edge.socket.render()} |"
            f" {_mark(edge in graph.network)} | {_mark(bool(admitted))} |"
            f" {_requests(admitted) if admitted else '-'} |"
        )
    return lines


def _egress_table(graph: PolicyGraph) -> list[str]:
    workloads = {w.name for w in WORKLOADS}
    lines = ["| from | to | port | NetworkPolicy |", "| --- | --- | --- | --- |"]
    for edge in sorted(e for e in graph.network | graph.expected_network if e.destination not in workloads):
        verdict = _mark(edge in graph.network)
        lines.append(f"| {edge.source} | {edge.destination} | {edge.socket.render()} | {verdict} |")
    return lines


def _external_table(graph: PolicyGraph) -> list[str]:
    lines = [
        "| namespace | ServiceEntry | hosts | ports | REGISTRY_ONLY |",
        "| --- | --- | --- | --- | --- |",
    ]
    for egress in graph.mesh_egress:
        for name, (hosts, ports) in sorted(egress.entries.items()):
            lines.append(
                f"| {egress.namespace} | {name} | {', '.join(hosts)} | {', '.join(map(str, ports))} |"
                f" {'yes' if egress.registry_only else 'NO'} |"
            )
    return lines


def _mark(allowed: bool) -> str:
    return "allow" if allowed else "deny"


def _node(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9]", "_", name)


def render_mermaid(graph: PolicyGraph) -> str:
    """A Mermaid flowchart of the flows both layers allow, grouped by namespace, and the external
    hosts each namespace's callers reach (dotted)."""
    by_name = {endpoint.name: endpoint for endpoint in graph.endpoints}
    ports: dict[tuple[str, str], list[str]] = defaultdict(list)
    for edge in sorted(set(graph.declared) & set(graph.authorization) & graph.network):
        ports[(edge.source, edge.destination)].append(edge.socket.render())
    namespaces: dict[str, list[str]] = defaultdict(list)
    for name in sorted({name for pair in ports for name in pair}):
        namespaces[by_name[name].namespace or ""].append(name)
    lines = ["flowchart LR"]
    for namespace, names in sorted(namespaces.items()):
        lines.append(f'  subgraph {_node("ns_" + namespace)}["namespace {namespace}"]')
        lines += [f'    {_node(name)}["{name}"]' for name in names]
        lines.append("  end")
    external = [
        (egress.namespace, name, entry)
        for egress in graph.mesh_egress
        for name, entry in sorted(egress.entries.items())
    ]
    if external:
        lines.append('  subgraph outside["outside the cluster"]')
        lines += [f'    {_node("ext_" + name)}["{"<br/>".join(entry[0])}"]' for _, name, entry in external]
        lines.append("  end")
    for (source, destination), labels in sorted(ports.items()):
        lines.append(f'  {_node(source)} -->|"{", ".join(labels)}"| {_node(destination)}')
    for namespace, name, (_, entry_ports) in external:
        label = ", ".join(str(port) for port in entry_ports)
        for caller in (w.name for w in workloads_in(namespace) if _calls(w.name, name)):
            lines.append(f'  {_node(caller)} -.->|"{label}"| {_node("ext_" + name)}')
    return "\n".join(lines) + "\n"


def _calls(caller: str, entry: str) -> bool:
    if entry == POD_IDENTITY_AGENT.name:
        return needs_pod_identity(caller)
    return any(source == caller and external_host(host).name == entry for source, host in EXTERNAL_CALLS)


def findings(graph: PolicyGraph) -> list[Finding]:
    """Every disagreement between the layers and the call graph, and every unmodelled construct."""
    found = list(graph.problems)
    for edge in sorted(graph.network - graph.expected_network):
        found.append(
            Finding(NETWORK, CHECK, f"extra flow {edge.render()}: the call graph does not declare it")
        )
    for edge in sorted(graph.expected_network - graph.network):
        found.append(
            Finding(NETWORK, CHECK, f"missing flow {edge.render()}: declared, but the policies block it")
        )
    for edge in sorted(set(graph.authorization) - set(graph.declared)):
        found.append(
            Finding(AUTHORIZATION, CHECK, f"extra flow {edge.render()}: the call graph does not declare it")
        )
    for edge in sorted(set(graph.declared) - set(graph.authorization)):
        found.append(
            Finding(AUTHORIZATION, CHECK, f"missing flow {edge.render()}: declared, but the policies deny it")
        )
    for edge in sorted(set(graph.declared) & set(graph.authorization)):
        admitted, declared = graph.authorization[edge], graph.declared[edge]
        if admitted != declared:
            message = f"{edge.render()} admits {_requests(admitted)}; declared: {_requests(declared)}"
            found.append(Finding(AUTHORIZATION, CHECK, message))
    return found


def render_markdown(environment: str, graph: PolicyGraph) -> str:
    """The document committed as ``docs/security/graph-<environment>.md``."""
    disagreements = findings(graph)
    verdict = (
        "Both layers equal the call graph declared in `contexter_deploy/ground/topology.py`."
        if not disagreements
        else f"**{len(disagreements)} disagreement(s)**:\n\n"
        + "\n".join(f"- {f.render()}" for f in disagreements)
    )
    return "\n".join(
        [
            f"# Allowed traffic: {environment}",
            "",
            f"Generated by `contexter-deploy graph --env {environment}` from the synthesized manifests;"
            " do not edit. The allow-matrix was computed twice, independently: from the NetworkPolicies"
            " and from the Istio AuthorizationPolicies (with STRICT mTLS). " + verdict,
            "",
            "```mermaid",
            render_mermaid(graph).rstrip("\n"),
            "```",
            "",
            render_table(graph),
        ]
    )
