"""charts/gitops/addon_application.py"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from charts.gitops.addon_application import AddonApplication, AddonApplicationProps
from charts.gitops.addons import addon
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.contracts import SYNC_WAVE_ANNOTATION
from tests.helpers import synth_construct


def _synth(environment: Environment, name: str, **changes: Any) -> dict[str, Any]:
    item = dataclasses.replace(addon(name), **changes)
    props = AddonApplicationProps(
        addon=item, values=item.values(environment), gitops=environment.gitops, project="platform"
    )
    [application] = synth_construct(lambda chart: AddonApplication(chart, name, props=props))
    return application


def test_cert_manager_application_snapshot(
    environments: dict[str, Environment], snapshot: SnapshotAssertion
) -> None:
    assert _synth(environments["prod"], "cert-manager") == snapshot


def test_the_chart_is_installed_at_its_pinned_version_as_a_release_named_like_the_application(
    environments: dict[str, Environment],
) -> None:
    application = _synth(environments["prod"], "istio-ingressgateway")
    source = application["spec"]["source"]
    assert source["chart"] == "gateway"
    assert source["targetRevision"] == addon("istio-ingressgateway").version
    assert source["helm"]["releaseName"] == application["metadata"]["name"] == "istio-ingressgateway"
    assert application["metadata"]["annotations"][SYNC_WAVE_ANNOTATION] == str(
        addon("istio-ingressgateway").wave
    )


def test_the_namespace_owner_creates_its_namespace_with_pod_security_labels(
    environments: dict[str, Environment],
) -> None:
    application = _synth(environments["prod"], "cert-manager")
    policy = application["spec"]["syncPolicy"]
    assert "CreateNamespace=true" in policy["syncOptions"]
    assert policy["managedNamespaceMetadata"]["labels"]["pod-security.kubernetes.io/enforce"] == "baseline"
    assert application["spec"]["destination"] == {
        "namespace": "cert-manager",
        "server": "https://kubernetes.default.svc",
    }


def test_an_addon_sharing_a_namespace_does_not_create_it(environments: dict[str, Environment]) -> None:
    policy = _synth(environments["prod"], "istiod")["spec"]["syncPolicy"]
    assert "CreateNamespace=false" in policy["syncOptions"]
    assert "managedNamespaceMetadata" not in policy


def test_runtime_changes_by_controllers_are_ignored_and_respected(
    environments: dict[str, Environment],
) -> None:
    spec = _synth(environments["prod"], "istiod")["spec"]
    assert spec["ignoreDifferences"] == [
        {
            "group": "admissionregistration.k8s.io",
            "jqPathExpressions": [".webhooks[]?.failurePolicy"],
            "kind": "ValidatingWebhookConfiguration",
            "name": "istio-validator-istio-system",
        }
    ]
    assert "RespectIgnoreDifferences=true" in spec["syncPolicy"]["syncOptions"]


def test_every_addon_applies_server_side_and_syncs_as_the_environment_says(
    environments: dict[str, Environment],
) -> None:
    environment = environments["dev"]
    policy = _synth(environment, "velero")["spec"]["syncPolicy"]
    assert policy["syncOptions"][0] == "ServerSideApply=true"
    assert policy["automated"] == {
        "enabled": environment.gitops.automated,
        "prune": environment.gitops.prune,
        "selfHeal": environment.gitops.self_heal,
    }
    assert policy["retry"]["limit"] >= 5


def test_fails_when_an_addon_chart_version_is_unpinned(environments: dict[str, Environment]) -> None:
    with pytest.raises(ValueError, match=r"add-on velero: chart version '11\.\*' is not one exact release"):
        _synth(environments["prod"], "velero", version="11.*")


def test_karpenter_comes_from_the_public_ecr_oci_registry_in_argo_cd_form(
    environments: dict[str, Environment],
) -> None:
    source = _synth(environments["prod"], "karpenter")["spec"]["source"]
    assert source["repoURL"] == "public.ecr.aws/karpenter"
    assert source["chart"] == "karpenter"
