"""Kubernetes NetworkPolicy semantics, for the policies this project emits, evaluated on endpoints.

Faithful to https://kubernetes.io/docs/concepts/services-networking/network-policies/ for:
pod isolation per direction (a pod is isolated for a direction once any policy of its namespace
selects it with that policy type; ``policyTypes`` defaults to Ingress, plus Egress when an egress
section exists); the union of all rules of all selecting policies; a connection needs both the
source's egress and the destination's ingress; ``from``/``to`` peers (a missing ``namespaceSelector``
means the policy's namespace, a missing ``podSelector`` every pod); ``ipBlock`` with ``except``;
ports by number, range (``endPort``) or name, with protocol defaulting to TCP; empty lists meaning
"everything". Traffic from the node (kubelet probes) is always allowed and not modelled.

Not modelled, reported as a problem instead of guessed: ``matchExpressions``, selector keys other
than those the endpoints carry, IPv6 blocks, and IP blocks that could contain pod addresses or
link-local addresses other than the declared ones (a CIDR says nothing about which pod it is).

Only the policies of the Contexter namespaces are this layer: they isolate every Contexter pod in
both directions. Policies in a peer's namespace (say Prometheus's egress) belong to that component;
they can only take flows away, and a missing flow shows up in the cluster, not as a hole.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from functools import cache
from ipaddress import IPv4Network, ip_network
from typing import Any

from contexter_deploy.facts.manifests import Manifest, selector_matches
from contexter_deploy.ground.topology import CONTEXTER_NAMESPACES
from contexter_deploy.validation.endpoints import Endpoint, Socket
from contexter_deploy.validation.findings import Finding

NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name"

POD_RANGES: tuple[IPv4Network, ...] = tuple(
    IPv4Network(cidr) for cidr in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10")
)
"""Where pod (and node) addresses can be: the private ranges and EKS custom networking's 100.64/10."""
LINK_LOCAL = IPv4Network("169.254.0.0/16")
NOT_PUBLIC: tuple[IPv4Network, ...] = (
    *POD_RANGES,
    LINK_LOCAL,
    *(IPv4Network(c) for c in ("0.0.0.0/8", "127.0.0.0/8", "224.0.0.0/4", "240.0.0.0/4")),
)

CHECK = "policy-graph"


class NetworkPolicyLayer:
    """The NetworkPolicies of one environment, able to answer "may A connect to B on port P?"."""

    def __init__(
        self,
        manifests: Sequence[Manifest],
        endpoints: Sequence[Endpoint],
        *,
        namespaces: Collection[str] | None = CONTEXTER_NAMESPACES,
    ) -> None:
        """``namespaces``: whose policies form the layer (default: the Contexter namespaces; ``None``:
        every namespace in ``manifests``)."""
        self.policies = [
            m
            for m in manifests
            if m.kind == "NetworkPolicy" and (namespaces is None or m.namespace in namespaces)
        ]
        self.problems: set[Finding] = set()
        self._pod_keys = {key for e in endpoints if e.labels for key in e.labels}
        self._link_local = [e.network for e in endpoints if e.kind == "link-local" and e.network]
        self._selected: dict[tuple[str, str], list[Manifest]] = {}
        for policy in self.policies:
            self._validate(policy)

    def allows(self, source: Endpoint, destination: Endpoint, socket: Socket) -> bool:
        """Whether a connection from ``source`` to ``destination`` on ``socket`` gets through."""
        return self._direction_allows("Egress", source, destination, socket) and self._direction_allows(
            "Ingress", destination, source, socket
        )

    def egress_allows(self, source: Endpoint, destination: Endpoint, socket: Socket) -> bool:
        """Whether the policies selecting ``source`` let it open the connection (its egress half)."""
        return self._direction_allows("Egress", source, destination, socket)

    def ingress_allows(self, source: Endpoint, destination: Endpoint, socket: Socket) -> bool:
        """Whether the policies selecting ``destination`` let the connection in (its ingress half)."""
        return self._direction_allows("Ingress", destination, source, socket)

    def isolated(self, endpoint: Endpoint, direction: str) -> bool:
        """Whether some policy selects ``endpoint`` for ``direction`` (``Ingress`` or ``Egress``)."""
        return bool(self._selecting(endpoint, direction))

    def _direction_allows(self, direction: str, pod: Endpoint, other: Endpoint, socket: Socket) -> bool:
        if not pod.pod:
            return True  # an address outside the cluster is not isolated by any policy
        selecting = self._selecting(pod, direction)
        if not selecting:
            return True
        section, peers_key = ("egress", "to") if direction == "Egress" else ("ingress", "from")
        for policy in selecting:
            for rule in policy.spec.get(section) or []:
                peers = rule.get(peers_key) or []
                if peers and not any(self._peer_matches(policy, peer, other) for peer in peers):
                    continue
                ports = rule.get("ports") or []
                if not ports or any(_port_matches(port, socket) for port in ports):
                    return True
        return False

    def _selecting(self, pod: Endpoint, direction: str) -> list[Manifest]:
        key = (pod.name, direction)
        if key not in self._selected:
            self._selected[key] = [
                policy
                for policy in self.policies
                if policy.namespace == pod.namespace
                and direction in _policy_types(policy)
                and _selects(policy.spec.get("podSelector") or {}, pod.labels or {})
            ]
        return self._selected[key]

    def _peer_matches(self, policy: Manifest, peer: Mapping[str, Any], other: Endpoint) -> bool:
        if "ipBlock" in peer:
            block = peer["ipBlock"]
            return other.network is not None and _block_covers(
                block["cidr"], tuple(block.get("except") or ()), other.network
            )
        if not other.pod:
            return False
        if "namespaceSelector" in peer:
            namespace_labels = {NAMESPACE_NAME_LABEL: other.namespace or ""}
            if not _selects(peer["namespaceSelector"], namespace_labels):
                return False
        elif other.namespace != policy.namespace:
            return False
        if "podSelector" in peer:
            return _selects(peer["podSelector"], other.labels or {})
        return True

    def _validate(self, policy: Manifest) -> None:
        spec = policy.spec
        selectors: list[tuple[Mapping[str, Any], bool]] = [(spec.get("podSelector") or {}, True)]
        for section, peers_key in (("ingress", "from"), ("egress", "to")):
            for rule in spec.get(section) or []:
                for peer in rule.get(peers_key) or []:
                    if "ipBlock" in peer:
                        self._validate_block(policy, peer["ipBlock"])
                    if "namespaceSelector" in peer:
                        selectors.append((peer["namespaceSelector"], False))
                    if "podSelector" in peer:
                        selectors.append((peer["podSelector"], True))
        for selector, pod in selectors:
            if selector.get("matchExpressions"):
                self._problem(policy, "matchExpressions are not modelled; use matchLabels")
            modelled = self._pod_keys if pod else {NAMESPACE_NAME_LABEL}
            for key in sorted(set(selector.get("matchLabels") or {}) - modelled):
                what = "pod" if pod else "namespace"
                self._problem(
                    policy,
                    f"{what} label {key!r} is not modelled (allowed: {', '.join(sorted(modelled))}):"
                    " the check cannot tell which endpoints carry it",
                )

    def _validate_block(self, policy: Manifest, block: Mapping[str, Any]) -> None:
        try:
            remainder = _remainder(block)
        except ValueError as error:
            self._problem(policy, f"ipBlock {dict(block)}: {error}")
            return
        for network in remainder:
            if any(network.overlaps(pods) for pods in POD_RANGES):
                self._problem(
                    policy,
                    f"ipBlock {block['cidr']} (except {block.get('except') or []}) can contain pod"
                    f" addresses ({network}): select pods by label instead",
                )
            if network.overlaps(LINK_LOCAL) and not all(
                _inside(part, self._link_local) for part in _intersection(network, LINK_LOCAL)
            ):
                self._problem(
                    policy,
                    f"ipBlock {block['cidr']} reaches link-local addresses other than the declared"
                    f" endpoints ({', '.join(map(str, self._link_local))}), e.g. instance metadata",
                )

    def _problem(self, policy: Manifest, message: str) -> None:
        self.problems.add(Finding(policy.ref, CHECK, f"not modelled: {message}"))


def _selects(selector: Mapping[str, Any], labels: Mapping[str, str]) -> bool:
    if selector.get("matchExpressions"):
        return False  # reported as not modelled by NetworkPolicyLayer._validate
    return selector_matches(selector, labels)


def _policy_types(policy: Manifest) -> tuple[str, ...]:
    types = policy.spec.get("policyTypes")
    if types:
        return tuple(types)
    return ("Ingress", "Egress") if "egress" in policy.spec else ("Ingress",)


def _port_matches(port: Mapping[str, Any], socket: Socket) -> bool:
    if port.get("protocol", "TCP") != socket.protocol:
        return False
    value = port.get("port")
    if value is None:
        return True
    if isinstance(value, str):
        return value == socket.name
    end = port.get("endPort", value)
    return bool(value <= socket.number <= end)


def _remainder(block: Mapping[str, Any]) -> tuple[IPv4Network, ...]:
    """The networks of ``cidr`` minus every ``except``; raises ``ValueError`` for IPv6 or bad CIDRs."""
    return _cidr_remainder(block["cidr"], tuple(block.get("except") or ()))


@cache
def _cidr_remainder(block_cidr: str, excepts: tuple[str, ...]) -> tuple[IPv4Network, ...]:
    cidr = ip_network(block_cidr, strict=False)
    if not isinstance(cidr, IPv4Network):
        raise ValueError("IPv6 blocks are not modelled")
    remainder = [cidr]
    for excluded in excepts:
        carve = ip_network(excluded, strict=False)
        if not isinstance(carve, IPv4Network):
            raise ValueError("IPv6 blocks are not modelled")
        remainder = [part for network in remainder for part in _subtract(network, carve)]
    return tuple(remainder)


def _subtract(network: IPv4Network, carve: IPv4Network) -> list[IPv4Network]:
    if not network.overlaps(carve):
        return [network]
    if network.subnet_of(carve):
        return []
    return list(network.address_exclude(carve))


def _intersection(network: IPv4Network, other: IPv4Network) -> list[IPv4Network]:
    if network.subnet_of(other):
        return [network]
    if other.subnet_of(network):
        return [other]
    return []


def _inside(network: IPv4Network, allowed: Iterable[IPv4Network | None]) -> bool:
    return any(candidate is not None and network.subnet_of(candidate) for candidate in allowed)


@cache
def _block_covers(cidr: str, excepts: tuple[str, ...], target: IPv4Network) -> bool:
    """Whether the block admits some address of ``target``; for the internet stand-in (0.0.0.0/0),
    whether it admits some public address."""
    try:
        remainder = _cidr_remainder(cidr, excepts)
    except ValueError:
        return False  # reported by _validate_block
    if target.prefixlen == 0:
        return any(_has_public_address(network) for network in remainder)
    return any(target.subnet_of(network) for network in remainder)


def _has_public_address(network: IPv4Network) -> bool:
    parts = [network]
    for private in NOT_PUBLIC:
        parts = [piece for part in parts for piece in _subtract(part, private)]
    return bool(parts)
