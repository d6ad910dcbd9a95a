"""Istio PeerAuthentication and AuthorizationPolicy semantics, for what this project emits.

Faithful to https://istio.io/latest/docs/reference/config/security/ for: the mTLS mode of a
workload port (workload policy over namespace policy over the mesh-wide one in the root
namespace; ``UNSET`` inherits; ``portLevelMtls``; PERMISSIVE when nothing applies); which
AuthorizationPolicies apply to a workload (its namespace, or the root namespace for every
namespace; no selector means every workload); ALLOW as the default action; "no ALLOW policy
applies" means allow, otherwise a request needs a matching ALLOW rule; within a rule, any
``from`` and any ``to`` entry (all of an entry's fields) must match, a missing list matches
everything; principals and namespaces with exact, ``prefix*``, ``*suffix`` and ``*`` values; and
ALLOW rules with HTTP-only fields never matching plain-TCP ports.

Not modelled, reported as a problem instead of guessed, when the policy applies to a Contexter
workload: DENY and CUSTOM actions, ``targetRef(s)``, ``when`` conditions, ``hosts``, IP blocks,
request principals and ``serviceAccounts``. AUDIT policies do not change decisions and are skipped.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from contexter_deploy.facts.manifests import Manifest, selector_matches
from contexter_deploy.validation.endpoints import ANY_REQUEST, Endpoint, Request, Socket
from contexter_deploy.validation.findings import Finding

CHECK = "policy-graph"

_SOURCE_MODELLED = frozenset({"principals", "notPrincipals", "namespaces", "notNamespaces"})
_OPERATION_MODELLED = frozenset({"ports", "notPorts", "paths", "notPaths", "methods", "notMethods"})
_HTTP_ONLY = frozenset({"paths", "notPaths", "methods", "notMethods"})


class AuthorizationLayer:
    """The Istio security policies of one environment, able to answer "which requests from A
    does B accept on port P?" and "does B require mutual TLS on P?"."""

    def __init__(self, manifests: Sequence[Manifest], *, root_namespace: str) -> None:
        self.root = root_namespace
        self.authorization = [m for m in manifests if m.kind == "AuthorizationPolicy"]
        self.peer_authentication = [m for m in manifests if m.kind == "PeerAuthentication"]
        self.problems: set[Finding] = set()

    def mtls_mode(self, destination: Endpoint, socket: Socket) -> str:
        """Effective PeerAuthentication mode for connections to ``destination`` on ``socket``."""
        labels = destination.labels or {}
        workload = [
            p
            for p in self.peer_authentication
            if p.namespace == destination.namespace
            and p.spec.get("selector")
            and selector_matches(p.spec["selector"], labels)
        ]
        if len(workload) > 1:
            for policy in workload:
                self._problem(policy, f"one of several PeerAuthentications selecting {destination.name}")
        namespace = [
            p
            for p in self.peer_authentication
            if p.namespace == destination.namespace and not p.spec.get("selector")
        ]
        mesh = [
            p for p in self.peer_authentication if p.namespace == self.root and not p.spec.get("selector")
        ]
        for policy in (*workload[:1], *namespace[:1], *mesh[:1]):
            if policy in workload:
                port_level = (policy.spec.get("portLevelMtls") or {}).get(str(socket.number))
                if port_level and port_level.get("mode", "UNSET") != "UNSET":
                    return str(port_level["mode"])
            mode = (policy.spec.get("mtls") or {}).get("mode", "UNSET")
            if mode != "UNSET":
                return str(mode)
        return "PERMISSIVE"

    def applicable(self, destination: Endpoint) -> list[Manifest]:
        """The AuthorizationPolicies that apply to the pods of ``destination``."""
        labels = destination.labels or {}
        return [
            p
            for p in self.authorization
            if p.namespace in (destination.namespace, self.root)
            and (not p.spec.get("selector") or selector_matches(p.spec["selector"], labels))
        ]

    def requests(self, source: Endpoint, destination: Endpoint, socket: Socket) -> frozenset[Request]:
        """The requests ``destination`` accepts from ``source`` on ``socket``; empty means denied.
        Without mutual TLS nothing here is decidable: callers are then reported, not modelled."""
        allow: list[Manifest] = []
        for policy in self.applicable(destination):
            action = policy.spec.get("action", "ALLOW")
            if policy.spec.get("targetRef") or policy.spec.get("targetRefs"):
                self._problem(policy, "targetRef(s) are not modelled; use a selector")
            elif action == "ALLOW":
                allow.append(policy)
            elif action != "AUDIT":
                self._problem(policy, f"action {action} is not modelled for Contexter workloads")
        if not allow:
            return frozenset({ANY_REQUEST})
        admitted: set[Request] = set()
        for policy in allow:
            for rule in policy.spec.get("rules") or []:
                admitted |= self._rule(policy, rule, source, socket)
        return frozenset(admitted)

    def _rule(
        self, policy: Manifest, rule: Mapping[str, Any], source: Endpoint, socket: Socket
    ) -> set[Request]:
        if rule.get("when"):
            self._problem(policy, "`when` conditions are not modelled")
            return set()
        sources = [entry.get("source") or {} for entry in rule.get("from") or []]
        operations = [entry.get("operation") or {} for entry in rule.get("to") or []]
        for entry in sources:
            for key in sorted(set(entry) - _SOURCE_MODELLED):
                self._problem(policy, f"source field {key!r} is not modelled")
        for operation in operations:
            for key in sorted(set(operation) - _OPERATION_MODELLED):
                self._problem(policy, f"operation field {key!r} is not modelled")
        if not socket.http and any(set(op) & _HTTP_ONLY for op in operations):
            return set()  # Istio ignores an ALLOW rule with HTTP-only fields on a TCP port
        if sources and not any(_source_matches(entry, source) for entry in sources):
            return set()
        if not operations:
            return {ANY_REQUEST}
        return {
            Request(
                paths=tuple(op.get("paths") or ()),
                not_paths=tuple(op.get("notPaths") or ()),
                methods=tuple(op.get("methods") or ()),
                not_methods=tuple(op.get("notMethods") or ()),
            )
            for op in operations
            if _port_matches(op, socket)
        }

    def _problem(self, policy: Manifest, message: str) -> None:
        self.problems.add(Finding(policy.ref, CHECK, f"not modelled: {message}"))


def _value_matches(pattern: str, value: str) -> bool:
    if pattern == "*":
        return True
    if pattern.endswith("*"):
        return value.startswith(pattern[:-1])
    if pattern.startswith("*"):
        return value.endswith(pattern[1:])
    return pattern == value


def _field_matches(entry: Mapping[str, Any], key: str, value: str | None) -> bool:
    """Whether ``value`` satisfies ``key`` and ``not<Key>`` of ``entry`` (absent means any)."""
    positive, negative = entry.get(key), entry.get(f"not{key[0].upper()}{key[1:]}")
    if positive is not None and (value is None or not any(_value_matches(p, value) for p in positive)):
        return False
    return not (
        negative is not None and value is not None and any(_value_matches(p, value) for p in negative)
    )


def _source_matches(entry: Mapping[str, Any], source: Endpoint) -> bool:
    if set(entry) - _SOURCE_MODELLED:
        return False  # reported as not modelled
    namespace = source.principal.split("/ns/", 1)[1].split("/", 1)[0] if source.principal else None
    return _field_matches(entry, "principals", source.principal) and _field_matches(
        entry, "namespaces", namespace
    )


def _port_matches(operation: Mapping[str, Any], socket: Socket) -> bool:
    if set(operation) - _OPERATION_MODELLED:
        return False  # reported as not modelled
    return _field_matches(operation, "ports", str(socket.number))
