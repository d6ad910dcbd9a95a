"""RBAC for the Contexter workloads: least privilege, never cluster-wide.

No Contexter workload calls the Kubernetes API today, so none is bound to any role. These checks
keep it that way unless a binding is deliberate and narrow:

- no ClusterRoleBinding names a workload's ServiceAccount, or a group that contains it
  (``system:serviceaccounts``, ``system:serviceaccounts:<namespace>``, ``system:authenticated``);
- a RoleBinding that does must reference a role in this output (so it can be reviewed) with no
  wildcard, no access to Secrets (pods read Secrets by reference, through the kubelet), and no
  ``escalate``, ``bind`` or ``impersonate``; the built-in ``cluster-admin``, ``admin``, ``edit``
  and ``view`` roles are refused outright;
- a workload ServiceAccount without any binding mounts no API token.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.ground.topology import WORKLOADS
from contexter_deploy.validation.findings import Finding

CHECK = "rbac"

BROAD_BUILT_IN_ROLES = frozenset({"cluster-admin", "admin", "edit", "view"})
DANGEROUS_VERBS = frozenset({"escalate", "bind", "impersonate"})
WORKLOAD_ACCOUNTS = frozenset((w.identity.namespace, w.identity.service_account) for w in WORKLOADS)


def _bound_workloads(binding: Manifest) -> list[str]:
    """The workload ServiceAccounts (``namespace/name``) a binding grants its role to."""
    bound: list[str] = []
    for subject in binding.document.get("subjects") or []:
        kind, name = subject.get("kind"), subject.get("name", "")
        if kind == "ServiceAccount":
            namespace = subject.get("namespace") or binding.namespace
            if (namespace, name) in WORKLOAD_ACCOUNTS:
                bound.append(f"{namespace}/{name}")
        elif kind == "Group":
            namespaces = {ns for ns, _ in WORKLOAD_ACCOUNTS}
            if name in ("system:serviceaccounts", "system:authenticated") or name in {
                f"system:serviceaccounts:{ns}" for ns in namespaces
            }:
                bound.append(f"group {name}")
    return bound


def check_no_cluster_role_bindings_to_workloads(manifests: Sequence[Manifest]) -> Iterator[Finding]:
    """No ClusterRoleBinding grants anything to a Contexter workload, directly or through a group."""
    for binding in (m for m in manifests if m.kind == "ClusterRoleBinding"):
        for subject in _bound_workloads(binding):
            yield Finding(
                binding.ref,
                CHECK,
                f"binds {subject} cluster-wide; allowed: a RoleBinding in the workload's namespace",
            )


def check_role_bindings_are_least_privilege(manifests: Sequence[Manifest]) -> Iterator[Finding]:
    """RoleBindings of workloads reference reviewable, narrow roles."""
    roles = {(m.kind, m.namespace, m.name): m for m in manifests if m.kind in ("Role", "ClusterRole")}
    for binding in (m for m in manifests if m.kind == "RoleBinding"):
        subjects = _bound_workloads(binding)
        if not subjects:
            continue
        ref: Mapping[str, Any] = binding.document.get("roleRef") or {}
        kind, name = ref.get("kind", ""), ref.get("name", "")
        who = ", ".join(subjects)
        if kind == "ClusterRole" and name in BROAD_BUILT_IN_ROLES:
            yield Finding(binding.ref, CHECK, f"grants the built-in {name} role to {who}")
            continue
        role = roles.get((kind, binding.namespace if kind == "Role" else None, name))
        if role is None:
            yield Finding(
                binding.ref,
                CHECK,
                f"grants {kind} {name}, which is not in this output and cannot be reviewed",
            )
            continue
        for problem in _broad_rules(role):
            yield Finding(binding.ref, CHECK, f"grants {who} {kind} {name}, which {problem}")


def _broad_rules(role: Manifest) -> Iterator[str]:
    if role.document.get("aggregationRule"):
        yield "aggregates other roles"
    for rule in role.document.get("rules") or []:
        verbs, resources = set(rule.get("verbs") or []), set(rule.get("resources") or [])
        groups = set(rule.get("apiGroups") or [])
        if "*" in verbs | resources | groups or rule.get("nonResourceURLs"):
            yield f"has a wildcard rule {dict(rule)}"
        if resources & {"secrets", "secrets/*"}:
            yield "reads or writes Secrets (pods get them by reference, not through the API)"
        if verbs & DANGEROUS_VERBS:
            yield f"allows {', '.join(sorted(verbs & DANGEROUS_VERBS))}"


def check_tokens_only_where_needed(manifests: Sequence[Manifest]) -> Iterator[Finding]:
    """A workload ServiceAccount that no binding grants anything mounts no API token."""
    bound = {
        subject
        for binding in manifests
        if binding.kind in ("RoleBinding", "ClusterRoleBinding")
        for subject in _bound_workloads(binding)
    }
    for account in (m for m in manifests if m.kind == "ServiceAccount"):
        key = (account.namespace, account.name)
        unbound = key in WORKLOAD_ACCOUNTS and f"{key[0]}/{key[1]}" not in bound
        if unbound and account.document.get("automountServiceAccountToken") is not False:
            yield Finding(
                account.ref,
                CHECK,
                "mounts an API token but has no role: set automountServiceAccountToken: false",
            )
