"""Pod Security Admission on every namespace, ``restricted`` and meshed for the Contexter ones."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.ground.topology import CONTEXTER_NAMESPACES
from contexter_deploy.validation.findings import Finding

CHECK = "pod-security"
LEVELS = frozenset({"privileged", "baseline", "restricted"})
MODES = ("enforce", "audit", "warn")


def check_namespaces_enforce_pod_security(manifests: Sequence[Manifest]) -> Iterator[Finding]:
    """Every Namespace states the Pod Security level it enforces (an omitted label means
    ``privileged``); every Contexter namespace exists, enforces, audits and warns at
    ``restricted`` and has Istio sidecar injection, so its pods get mTLS identities."""
    namespaces = {m.name: m for m in manifests if m.kind == "Namespace"}
    for namespace in namespaces.values():
        level = namespace.labels.get("pod-security.kubernetes.io/enforce")
        if level not in LEVELS:
            yield Finding(
                namespace.ref,
                CHECK,
                f"pod-security.kubernetes.io/enforce is {level!r}; allowed: {', '.join(sorted(LEVELS))}",
            )
    for name in CONTEXTER_NAMESPACES:
        contexter = namespaces.get(name)
        if contexter is None:
            yield Finding(f"Namespace {name}", CHECK, "is not declared")
            continue
        wanted = {f"pod-security.kubernetes.io/{mode}": "restricted" for mode in MODES}
        wanted["istio-injection"] = "enabled"
        for label, value in wanted.items():
            if contexter.labels.get(label) != value:
                yield Finding(
                    contexter.ref, CHECK, f"{label} is {contexter.labels.get(label)!r}; allowed: {value}"
                )
