"""Validation of synthesized output: schemas first, then checks that span several documents.

``CHECKS`` is the registry of cross-document checks that ``synth`` and ``validate`` run.
A check is a function from the documents of one environment to the findings it makes;
each lives in the module of its concern.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.validation import (
    analysis,
    backups,
    connections,
    gitops,
    observability,
    pod_security,
    policy_graph,
    rbac,
    secrets,
    structure,
    workload_checks,
)
from contexter_deploy.validation.findings import Finding, ValidationFailed
from contexter_deploy.validation.schemas import SchemaValidator, kubernetes_versions

Check = Callable[[Sequence[Manifest]], Iterable[Finding]]

CHECKS: tuple[Check, ...] = (
    structure.check_scope,
    structure.check_names,
    structure.check_namespaces_declared,
    *workload_checks.CHECKS,
    *analysis.CHECKS,
    backups.check_backup_rpo,
    backups.check_backup_alerts,
    backups.check_backup_concurrency,
    pod_security.check_namespaces_enforce_pod_security,
    policy_graph.check_isolation,
    policy_graph.check_layers_match_call_graph,
    policy_graph.check_mesh_egress,
    connections.check_connections,
    rbac.check_no_cluster_role_bindings_to_workloads,
    rbac.check_role_bindings_are_least_privilege,
    rbac.check_tokens_only_where_needed,
    secrets.check_no_secret_data,
    secrets.check_no_secret_literals,
    gitops.check_sync_waves,
    gitops.check_wave_order,
    gitops.check_project_allows_cluster_kinds,
    gitops.check_project_destinations,
    observability.check_alerts_are_actionable,
    observability.check_inhibition_needs_the_labels_it_compares,
    observability.check_pod_monitors_match_pods,
    observability.check_workloads_are_monitored,
)


def run_checks(manifests: Sequence[Manifest], checks: Sequence[Check] = CHECKS) -> list[Finding]:
    """Every finding of every check, in a stable order."""
    return sorted(finding for check in checks for finding in check(manifests))


__all__ = [
    "CHECKS",
    "Check",
    "Finding",
    "SchemaValidator",
    "ValidationFailed",
    "kubernetes_versions",
    "run_checks",
]
