"""Checks on what Argo CD will sync: sync waves, their order, and what the AppProjects allow.

``dist/<env>/argocd`` is synced by the root Application; every other folder except ``jobs/`` by the
Application whose source is ``dist/<env>`` itself (the "environment Application"). These checks
fail the synth when a document would be applied out of order or rejected by its AppProject,
problems Argo CD would otherwise only report on the cluster.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from typing import Any

from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.ground.contracts import ARGOCD_NAMESPACE, SYNC_WAVE_ANNOTATION
from contexter_deploy.ground.topology import APPS_NAMESPACE, DATA_NAMESPACE
from contexter_deploy.validation.findings import Finding

POD_TEMPLATE_KINDS: frozenset[str] = frozenset(
    {"CronJob", "DaemonSet", "Deployment", "Job", "ReplicaSet", "Rollout", "StatefulSet"}
)
"""Kinds that run pods: their wave decides when containers start."""


def synced(manifests: Sequence[Manifest]) -> list[Manifest]:
    """Documents Argo CD syncs: everything except the ones an operator applies by hand."""
    return [m for m in manifests if not m.manual]


def environment_manifests(manifests: Sequence[Manifest]) -> list[Manifest]:
    """Documents the environment Application syncs (not ``argocd/``, not ``jobs/``)."""
    return [m for m in synced(manifests) if m.namespace != ARGOCD_NAMESPACE]


def wave(manifest: Manifest) -> int | None:
    """The document's sync wave, ``None`` when absent or not an integer."""
    value = manifest.annotations.get(SYNC_WAVE_ANNOTATION)
    try:
        return int(str(value)) if value is not None else None
    except ValueError:
        return None


def check_sync_waves(manifests: Sequence[Manifest]) -> Iterator[Finding]:
    """Every synced document carries an integer ``argocd.argoproj.io/sync-wave``.

    A document without one lands in wave 0 wherever it belongs; charts/gitops/sync_waves.py assigns
    waves to every object built by ``charts/app.py``, so a missing one means it bypassed the app.
    """
    for manifest in synced(manifests):
        if wave(manifest) is None:
            value = manifest.annotations.get(SYNC_WAVE_ANNOTATION)
            shown = "missing" if value is None else f"{value!r} is not an integer"
            yield Finding(
                manifest.ref,
                "sync-wave",
                f"annotation {SYNC_WAVE_ANNOTATION} {shown}; objects built by charts/app.py get theirs"
                " from charts/gitops/sync_waves.py",
            )


@dataclass(frozen=True)
class Stage:
    """A set of documents that must be applied before (or with) another set."""

    name: str
    selects: Callable[[Manifest], bool]


def _is_pod_template(manifest: Manifest) -> bool:
    return manifest.kind in POD_TEMPLATE_KINDS


NAMESPACES = Stage("namespaces", lambda m: m.kind == "Namespace")
CLUSTER_CONFIG = Stage(
    "cluster-scoped configuration",
    lambda m: m.cluster_scoped and m.kind not in {"Namespace", "ClusterSecretStore"},
)
SECRET_STORES = Stage("secret stores", lambda m: m.kind in {"ClusterSecretStore", "SecretStore"})
SECRETS = Stage("external secrets", lambda m: m.kind == "ExternalSecret")
WORKLOADS = Stage("workloads", _is_pod_template)
DATA_SERVICES = Stage("data services", lambda m: _is_pod_template(m) and m.namespace == DATA_NAMESPACE)
APPS = Stage("apps", lambda m: _is_pod_template(m) and m.namespace == APPS_NAMESPACE)
EVERYTHING_ELSE = Stage("every other document", lambda m: m.kind != "Namespace")

ENVIRONMENT_ORDER: tuple[tuple[Stage, Stage], ...] = (
    (NAMESPACES, EVERYTHING_ELSE),
    (CLUSTER_CONFIG, SECRET_STORES),
    (SECRET_STORES, SECRETS),
    (SECRETS, WORKLOADS),
    (DATA_SERVICES, APPS),
)
"""(earlier, later): every document of ``earlier`` is in a strictly lower wave than every one of
``later``. Argo CD waits for a wave to be healthy before the next, so this is the start-up order."""


def _is_helm_application(manifest: Manifest) -> bool:
    return manifest.kind == "Application" and bool((manifest.spec.get("source") or {}).get("chart"))


def _is_environment_application(manifest: Manifest) -> bool:
    source = manifest.spec.get("source") or {}
    return (
        manifest.kind == "Application"
        and "directory" in source
        and not str(source.get("path", "")).endswith(f"/{ARGOCD_NAMESPACE}")
    )


PROJECTS = Stage("AppProjects", lambda m: m.kind == "AppProject")
CHILD_APPLICATIONS = Stage(
    "Applications", lambda m: m.kind == "Application" and m.spec.get("project") != "default"
)
ADDONS = Stage("add-on Applications (Helm)", _is_helm_application)
ENVIRONMENT_APPLICATION = Stage("the environment Application", _is_environment_application)

ROOT_ORDER: tuple[tuple[Stage, Stage, bool], ...] = (
    (PROJECTS, CHILD_APPLICATIONS, True),
    (ADDONS, ENVIRONMENT_APPLICATION, False),
)
"""(earlier, later, strict) for ``dist/<env>/argocd``: projects exist before any Application names
them; no add-on is installed after the environment Application (some share its wave)."""


def _order_findings(
    documents: Sequence[Manifest], earlier: Stage, later: Stage, *, strict: bool
) -> Iterator[Finding]:
    first = [m for m in documents if earlier.selects(m) and wave(m) is not None]
    for after in documents:
        high = wave(after)
        if not later.selects(after) or high is None:
            continue
        offenders = [m for m in first if m is not after and (wave(m) or 0) >= high + (0 if strict else 1)]
        if offenders:
            before = max(offenders, key=lambda m: (wave(m) or 0, m.ref))
            relation = "below" if strict else "at or below"
            yield Finding(
                after.ref,
                "sync-wave",
                f"is in wave {high} but {before.ref} ({earlier.name}) is in wave {wave(before)};"
                f" {earlier.name} must be applied in a wave {relation} {later.name}",
            )


def check_wave_order(manifests: Sequence[Manifest]) -> Iterator[Finding]:
    """Namespaces, then cluster configuration, secret stores, secrets, data services, apps; in
    ``argocd/``: projects, then add-ons, then the environment Application."""
    environment = environment_manifests(manifests)
    for earlier, later in ENVIRONMENT_ORDER:
        yield from _order_findings(environment, earlier, later, strict=True)
    root = [m for m in synced(manifests) if m.namespace == ARGOCD_NAMESPACE]
    for earlier, later, strict in ROOT_ORDER:
        yield from _order_findings(root, earlier, later, strict=strict)


def _project_of_environment(manifests: Sequence[Manifest]) -> Manifest | None:
    for application in manifests:
        if _is_environment_application(application):
            project = str(application.spec.get("project", ""))
            for candidate in manifests:
                if candidate.kind == "AppProject" and candidate.name == project:
                    return candidate
    return None


def _allows(entries: Sequence[Mapping[str, Any]], group: str, kind: str) -> bool:
    return any(
        fnmatchcase(group, str(entry.get("group", ""))) and fnmatchcase(kind, str(entry.get("kind", "")))
        for entry in entries
    )


def check_project_allows_cluster_kinds(manifests: Sequence[Manifest]) -> Iterator[Finding]:
    """Argo CD refuses to sync a cluster-scoped object whose kind the project does not whitelist.

    The ``contexter`` AppProject lists exactly the allowed kinds that are synthesized
    (``charts/gitops/gitops_chart.py`` ``ALLOWED_CLUSTER_KINDS``): a new cluster-scoped kind needs
    a reviewed entry there, or the sync would fail on the cluster.
    """
    project = _project_of_environment(manifests)
    if project is None:
        return
    whitelist = project.spec.get("clusterResourceWhitelist") or []
    for manifest in environment_manifests(manifests):
        if manifest.cluster_scoped and not _allows(whitelist, manifest.group, manifest.kind):
            allowed = ", ".join(f"{e.get('group') or 'core'}/{e.get('kind')}" for e in whitelist) or "none"
            yield Finding(
                manifest.ref,
                "appproject",
                f"cluster-scoped kind {manifest.group or 'core'}/{manifest.kind} is not allowed by AppProject"
                f" {project.name} (allowed: {allowed}); add it to ALLOWED_CLUSTER_KINDS in"
                " charts/gitops/gitops_chart.py with the reason it is needed",
            )


def check_project_destinations(manifests: Sequence[Manifest]) -> Iterator[Finding]:
    """Every namespaced object the environment Application syncs lands in a namespace its project allows."""
    project = _project_of_environment(manifests)
    if project is None:
        return
    allowed = [str(d.get("namespace", "")) for d in project.spec.get("destinations") or []]
    for manifest in environment_manifests(manifests):
        namespace = manifest.namespace
        if namespace is not None and not any(fnmatchcase(namespace, pattern) for pattern in allowed):
            yield Finding(
                manifest.ref,
                "appproject",
                f"namespace {namespace!r} is not a destination of AppProject {project.name}"
                f" (allowed: {', '.join(allowed)})",
            )
