"""contexter_deploy/validation/rbac.py: no cluster-wide or broad grants to Contexter workloads."""

from __future__ import annotations

from typing import Any

import pytest

from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.validation import CHECKS
from contexter_deploy.validation.rbac import (
    check_no_cluster_role_bindings_to_workloads,
    check_role_bindings_are_least_privilege,
    check_tokens_only_where_needed,
)
from tests.contexter_deploy.validation.mutate import messages

SEARCH = {"kind": "ServiceAccount", "name": "search", "namespace": "contexter"}


def _binding(kind: str, role_kind: str, role: str, subjects: list[dict[str, Any]]) -> Manifest:
    metadata: dict[str, Any] = {"name": "b"}
    if kind == "RoleBinding":
        metadata["namespace"] = "contexter"
    return Manifest(
        {
            "apiVersion": "rbac.authorization.k8s.io/v1",
            "kind": kind,
            "metadata": metadata,
            "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": role_kind, "name": role},
            "subjects": subjects,
        }
    )


def _role(rules: list[dict[str, Any]]) -> Manifest:
    return Manifest(
        {
            "apiVersion": "rbac.authorization.k8s.io/v1",
            "kind": "Role",
            "metadata": {"name": "r", "namespace": "contexter"},
            "rules": rules,
        }
    )


def test_the_checks_run_on_every_synth_and_validate() -> None:
    assert check_no_cluster_role_bindings_to_workloads in CHECKS
    assert check_role_bindings_are_least_privilege in CHECKS
    assert check_tokens_only_where_needed in CHECKS


def test_no_workload_is_bound_to_any_role(manifests: dict[str, tuple[Manifest, ...]]) -> None:
    for documents in manifests.values():
        assert not [m for m in documents if m.kind in ("RoleBinding", "ClusterRoleBinding")]


@pytest.mark.parametrize(
    "subject",
    [
        SEARCH,
        {"kind": "Group", "name": "system:serviceaccounts:contexter-data"},
        {"kind": "Group", "name": "system:serviceaccounts"},
        {"kind": "Group", "name": "system:authenticated"},
    ],
    ids=["service-account", "namespace-group", "all-service-accounts", "authenticated"],
)
def test_fails_when_a_cluster_role_binding_names_a_workload(subject: dict[str, Any]) -> None:
    binding = _binding("ClusterRoleBinding", "ClusterRole", "view", [subject])
    [finding] = messages(check_no_cluster_role_bindings_to_workloads([binding]))
    assert finding.startswith("ClusterRoleBinding b: binds ")
    assert "allowed: a RoleBinding in the workload's namespace" in finding


def test_a_cluster_role_binding_of_a_platform_account_is_not_ours_to_judge() -> None:
    subject = {"kind": "ServiceAccount", "name": "external-secrets", "namespace": "external-secrets"}
    assert (
        list(
            check_no_cluster_role_bindings_to_workloads(
                [_binding("ClusterRoleBinding", "ClusterRole", "x", [subject])]
            )
        )
        == []
    )


@pytest.mark.parametrize("role", ["cluster-admin", "admin", "edit", "view"])
def test_fails_when_a_workload_gets_a_built_in_role(role: str) -> None:
    binding = _binding("RoleBinding", "ClusterRole", role, [SEARCH])
    assert messages(check_role_bindings_are_least_privilege([binding])) == [
        f"RoleBinding contexter/b: grants the built-in {role} role to contexter/search [rbac]"
    ]


@pytest.mark.parametrize(
    ("rule", "problem"),
    [
        ({"apiGroups": [""], "resources": ["*"], "verbs": ["get"]}, "has a wildcard rule"),
        ({"apiGroups": ["*"], "resources": ["pods"], "verbs": ["get"]}, "has a wildcard rule"),
        ({"apiGroups": [""], "resources": ["pods"], "verbs": ["*"]}, "has a wildcard rule"),
        ({"apiGroups": [""], "resources": ["secrets"], "verbs": ["get"]}, "reads or writes Secrets"),
        (
            {"apiGroups": ["rbac.authorization.k8s.io"], "resources": ["roles"], "verbs": ["bind"]},
            "allows bind",
        ),
    ],
    ids=["resources", "groups", "verbs", "secrets", "bind"],
)
def test_fails_when_a_workload_gets_a_broad_role(rule: dict[str, Any], problem: str) -> None:
    found = messages(
        check_role_bindings_are_least_privilege(
            [_role([rule]), _binding("RoleBinding", "Role", "r", [SEARCH])]
        )
    )
    assert len(found) == 1 and problem in found[0], found


def test_a_narrow_role_passes() -> None:
    rule = {
        "apiGroups": [""],
        "resources": ["configmaps"],
        "resourceNames": ["leader"],
        "verbs": ["get", "update"],
    }
    binding = _binding("RoleBinding", "Role", "r", [SEARCH])
    assert list(check_role_bindings_are_least_privilege([_role([rule]), binding])) == []


def test_fails_when_the_bound_role_is_not_in_the_output() -> None:
    binding = _binding("RoleBinding", "ClusterRole", "somewhere-else", [SEARCH])
    assert messages(check_role_bindings_are_least_privilege([binding])) == [
        "RoleBinding contexter/b: grants ClusterRole somewhere-else, which is not in this output"
        " and cannot be reviewed [rbac]"
    ]


def test_fails_when_an_unbound_workload_mounts_a_token() -> None:
    account = Manifest(
        {
            "apiVersion": "v1",
            "kind": "ServiceAccount",
            "metadata": {"name": "search", "namespace": "contexter"},
        }
    )
    assert messages(check_tokens_only_where_needed([account])) == [
        "ServiceAccount contexter/search: mounts an API token but has no role:"
        " set automountServiceAccountToken: false [rbac]"
    ]
    bound = _binding("RoleBinding", "Role", "r", [SEARCH])
    assert list(check_tokens_only_where_needed([account, bound])) == []
