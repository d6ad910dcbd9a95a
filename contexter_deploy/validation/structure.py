"""Checks on the set of documents as a whole: scope, names, uniqueness and namespaces."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence

from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.validation.findings import Finding

EXTERNALLY_MANAGED_NAMESPACES: frozenset[str] = frozenset({"argocd", "kube-system"})
"""Namespaces that exist before this output is applied: ``kube-system`` is in every cluster, and
``argocd`` is created by the Argo CD installation that syncs everything else. The add-on
namespaces (``istio-system``, ``monitoring``, ``vault`` ...) are created by their Applications."""

_DNS_SUBDOMAIN = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")


def check_scope(manifests: Sequence[Manifest]) -> Iterator[Finding]:
    """Namespaced kinds carry a namespace; cluster-scoped kinds do not."""
    for manifest in manifests:
        if manifest.cluster_scoped and manifest.namespace is not None:
            yield Finding(
                manifest.ref, "structure", f"{manifest.kind} is cluster-scoped but sets a namespace"
            )
        if not manifest.cluster_scoped and manifest.namespace is None:
            yield Finding(manifest.ref, "structure", f"{manifest.kind} is namespaced but sets no namespace")


def check_names(manifests: Sequence[Manifest]) -> Iterator[Finding]:
    """Names are readable DNS subdomains, at most 253 characters, and unique per kind and namespace."""
    for manifest in manifests:
        if len(manifest.name) > 253 or not _DNS_SUBDOMAIN.match(manifest.name):
            yield Finding(
                manifest.ref, "structure", f"name {manifest.name!r} is not a lowercase DNS subdomain"
            )
    keys = Counter((m.group, m.kind, m.namespace, m.name) for m in manifests)
    for (group, kind, namespace, name), count in sorted(keys.items(), key=str):
        if count > 1:
            where = f"{namespace}/" if namespace else ""
            yield Finding(f"{kind} {where}{name}", "structure", f"declared {count} times in group {group!r}")


def namespaces_created_by_applications(manifests: Sequence[Manifest]) -> set[str]:
    """Destination namespaces that an Argo CD Application creates (sync option ``CreateNamespace=true``),
    such as ``monitoring`` or ``vault`` for the platform add-ons."""
    created = set()
    for manifest in manifests:
        if manifest.kind != "Application":
            continue
        options = (manifest.spec.get("syncPolicy") or {}).get("syncOptions") or []
        namespace = (manifest.spec.get("destination") or {}).get("namespace")
        if "CreateNamespace=true" in options and namespace:
            created.add(str(namespace))
    return created


def check_namespaces_declared(manifests: Sequence[Manifest]) -> Iterator[Finding]:
    """Every namespace that a document lives in is declared by a Namespace document, exists before
    Argo CD syncs anything, or is created by an Argo CD Application."""
    declared = (
        {m.name for m in manifests if m.kind == "Namespace"}
        | EXTERNALLY_MANAGED_NAMESPACES
        | namespaces_created_by_applications(manifests)
    )
    for manifest in manifests:
        if manifest.namespace is not None and manifest.namespace not in declared:
            yield Finding(
                manifest.ref, "structure", f"namespace {manifest.namespace!r} is not declared by a Namespace"
            )
