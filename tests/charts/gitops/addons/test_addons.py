"""charts/gitops/addons/__init__.py: the list of add-ons, one record per add-on module."""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import re

import pytest

from charts.gitops import addons
from charts.gitops.addon_chart import EXACT_VERSION, NamespacePolicy
from charts.gitops.addons import ADDONS, addon, addon_namespaces, validate_addons
from charts.gitops.sync_waves import CONTEXTER_WAVE
from charts.gitops.vault_tls import VAULT_NAMESPACE
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.topology import INGRESS_GATEWAY, PROMETHEUS
from contexter_deploy.validation.helm_values import DEFAULT_HELM_CHARTS
from tests.conftest import requires_crd_schemas

SEMVER = re.compile(r"^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")


def _replace(name: str, **changes: object) -> tuple[object, ...]:
    return tuple(dataclasses.replace(a, **changes) if a.name == name else a for a in ADDONS)  # type: ignore[arg-type]


def test_the_list_is_valid() -> None:
    validate_addons(ADDONS)


def test_every_addon_module_is_in_the_list_once_in_wave_order() -> None:
    # a module left out of ADDONS would never be installed, and nothing else would notice
    records = [
        importlib.import_module(f"{addons.__name__}.{module.name}").ADDON
        for module in pkgutil.iter_modules(addons.__path__)
    ]
    assert sorted(record.name for record in records) == sorted(item.name for item in ADDONS)
    assert all(record in ADDONS for record in records)
    assert [item.wave for item in ADDONS] == sorted(item.wave for item in ADDONS)


@requires_crd_schemas
def test_every_pinned_chart_has_its_upstream_source_in_shared() -> None:
    # the values check reads each chart at its pin; a bump needs that version's folder first
    missing = [
        item.source for item in ADDONS if not (DEFAULT_HELM_CHARTS / item.source / "values.yaml").is_file()
    ]
    assert missing == []


def test_every_addon_chart_version_is_pinned_to_one_exact_release() -> None:
    for item in ADDONS:
        assert SEMVER.match(item.version), f"{item.name}: {item.version!r}"
        assert EXACT_VERSION.match(item.version)


@pytest.mark.parametrize(
    "version", ["*", "latest", "1.28", "1.28.x", ">=1.28.0", "~1.28.3", "1.28.3-rc.1", ""]
)
def test_fails_when_a_chart_version_is_not_pinned(version: str) -> None:
    with pytest.raises(
        ValueError, match=rf"add-on istiod: chart version {re.escape(repr(version))} is not pinned"
    ):
        validate_addons(_replace("istiod", version=version))  # type: ignore[arg-type]


def test_fails_when_an_addon_is_installed_before_what_it_needs() -> None:
    with pytest.raises(ValueError, match=r"add-on istiod \(wave 1\) needs istio-base \(wave 1\)"):
        validate_addons(_replace("istiod", wave=1))  # type: ignore[arg-type]


def test_fails_when_an_addon_needs_something_that_is_not_an_addon() -> None:
    with pytest.raises(ValueError, match="needs 'linkerd', which is not an add-on"):
        validate_addons(_replace("istiod", needs=("linkerd",)))  # type: ignore[arg-type]


def test_fails_when_an_addon_comes_after_the_contexter_application() -> None:
    with pytest.raises(ValueError, match=f"allowed: -9..{CONTEXTER_WAVE}"):
        validate_addons(_replace("velero", wave=CONTEXTER_WAVE + 1))  # type: ignore[arg-type]


def test_fails_when_two_addons_create_the_same_namespace() -> None:
    with pytest.raises(ValueError, match="namespace monitoring is created by several add-ons"):
        validate_addons(_replace("kube-prometheus-stack", namespace_policy=NamespacePolicy()))  # type: ignore[arg-type]


def test_fails_when_an_oci_chart_is_written_with_its_scheme() -> None:
    with pytest.raises(ValueError, match="write OCI registries without 'oci://'"):
        validate_addons(_replace("karpenter", repo_url="oci://public.ecr.aws/karpenter"))  # type: ignore[arg-type]


def test_each_namespace_is_created_by_the_first_addon_installed_into_it() -> None:
    for namespace in addon_namespaces():
        installed = [a for a in ADDONS if a.namespace == namespace]
        owners = [a for a in installed if a.namespace_policy is not None]
        if namespace in ("kube-system", "argocd"):
            assert owners == [], f"{namespace} exists before Argo CD syncs anything"
        else:
            assert len(owners) == 1, namespace
            assert owners[0].wave == min(a.wave for a in installed), namespace


def test_every_addon_has_production_values(environments: dict[str, Environment]) -> None:
    for environment in environments.values():
        for item in ADDONS:
            assert isinstance(item.values(environment), dict), f"{environment.name}: {item.name}"


def test_pod_identity_service_accounts_are_named_as_their_roles_expect(
    environments: dict[str, Environment],
) -> None:
    environment = environments["prod"]
    assert addon("cert-manager").values(environment)["serviceAccount"]["name"] == "cert-manager"
    assert addon("karpenter").values(environment)["serviceAccount"]["name"] == "karpenter"
    assert addon("vault").values(environment)["server"]["serviceAccount"]["name"] == "vault"


def test_release_names_give_the_identities_the_topology_declares() -> None:
    # The gateway chart names its ServiceAccount after the release; kube-prometheus-stack names
    # Prometheus's "<release>-prometheus": the AuthorizationPolicies trust exactly these principals.
    gateway = addon("istio-ingressgateway")
    assert gateway.name == INGRESS_GATEWAY.identity.service_account
    assert gateway.namespace == INGRESS_GATEWAY.identity.namespace
    stack = addon("kube-prometheus-stack")
    assert f"{stack.name}-prometheus" == PROMETHEUS.identity.service_account
    assert stack.namespace == PROMETHEUS.identity.namespace


def test_the_istio_charts_share_one_version() -> None:
    versions = {a.version for a in ADDONS if "istio-release" in a.repo_url}
    assert len(versions) == 1


def test_vault_shares_the_contexter_application_wave_because_its_certificate_comes_from_dist() -> None:
    vault = addon("vault")
    assert vault.namespace == VAULT_NAMESPACE
    assert vault.wave == CONTEXTER_WAVE
    assert "cert-manager" in vault.needs


def test_addon_namespaces_enforce_baseline_at_least_and_warn_at_restricted() -> None:
    for item in ADDONS:
        if item.namespace_policy is None:
            continue
        labels = item.namespace_policy.labels()
        assert labels["pod-security.kubernetes.io/warn"] == "restricted"
        assert labels["pod-security.kubernetes.io/audit"] == "restricted"
        if labels["pod-security.kubernetes.io/enforce"] == "privileged":
            assert item.namespace_policy.reason, f"{item.namespace} is privileged without a reason"


def test_the_metrics_adapter_follows_prometheus_and_owns_only_the_custom_metrics_api() -> None:
    adapter = addon("prometheus-adapter")
    # it queries Prometheus, so it comes after kube-prometheus-stack, and before the Contexter HPAs
    assert "kube-prometheus-stack" in adapter.needs
    assert addon("kube-prometheus-stack").wave < adapter.wave < CONTEXTER_WAVE
    assert adapter.namespace == PROMETHEUS.identity.namespace
    # its cluster-scoped objects: the custom metrics APIService and its ClusterRoles (and bindings);
    # the platform AppProject allows their union, and kube-system (its auth-reader RoleBinding) is a
    # destination because other add-ons install into it
    assert {kind.kind for kind in adapter.cluster_kinds} == {
        "APIService",
        "ClusterRole",
        "ClusterRoleBinding",
    }
    assert "kube-system" in addon_namespaces()
