"""contexter_deploy/validation/helm_values.py: every add-on value exists in its pinned chart."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.ground.config import ENVIRONMENT_NAMES
from contexter_deploy.validation.helm_values import DEFAULT_HELM_CHARTS, check_helm_values, load_chart
from tests.contexter_deploy.validation.committed import committed_manifests
from tests.contexter_deploy.validation.mutate import changed, messages
from tests.figures import FIGURE

RecordProperty = Callable[[str, object], None]

pytestmark = pytest.mark.shared  # every test reads the pinned charts in ../shared


def with_values(application: str, change: Callable[[dict[str, Any]], None]) -> tuple[Manifest, ...]:
    """prod's documents with ``change`` applied to one add-on Application's ``valuesObject``."""
    return changed(
        committed_manifests("prod"),
        "Application",
        application,
        "argocd",
        lambda document: change(document["spec"]["source"]["helm"]["valuesObject"]),
    )


def helm_messages(manifests: tuple[Manifest, ...], helm_charts: Path = DEFAULT_HELM_CHARTS) -> list[str]:
    return messages(check_helm_values(manifests, helm_charts).findings)


@pytest.mark.parametrize("environment", ENVIRONMENT_NAMES)
def test_every_add_on_value_exists_in_its_pinned_chart(
    environment: str, record_property: RecordProperty
) -> None:
    report = check_helm_values(committed_manifests(environment))
    assert messages(report.findings) == []
    assert report.applications >= 17, "every add-on Application is checked"
    assert report.keys > 500
    assert report.schemas >= 5, "cert-manager, external-secrets, gateway, vault and velero ship a schema"
    record_property(FIGURE, f"helm values, {environment}: {report.summary()}")


def test_fails_when_a_key_is_not_a_value_of_the_chart() -> None:
    findings = helm_messages(with_values("vault", lambda values: values["server"].update(replica=3)))
    assert findings == [
        "Application argocd/vault: server.replica: not a value of the chart: values.yaml does not define"
        " it and no template reads it; keys here: affinity, annotations, auditStorage, authDelegator,"
        " dataStorage, dev, enabled, enterpriseLicense, extraArgs, extraContainers, extraEnvironmentVars,"
        " extraInitContainers ... (48 in all) [vault-0.31.0] [helm-values]"
    ]


def test_fails_when_the_external_secrets_components_get_their_own_service_monitor() -> None:
    # external-secrets 1.1.1 has one serviceMonitor block, at the top level (templates/servicemonitor.yaml)
    def per_component(values: dict[str, Any]) -> None:
        values["webhook"]["serviceMonitor"] = {"enabled": True}
        values["certController"]["serviceMonitor"] = {"enabled": True}

    findings = helm_messages(with_values("external-secrets", per_component))
    assert [finding.split(": not a value")[0] for finding in findings] == [
        "Application argocd/external-secrets: certController.serviceMonitor",
        "Application argocd/external-secrets: webhook.serviceMonitor",
    ]


def test_fails_when_a_map_is_passed_under_a_scalar() -> None:
    findings = helm_messages(
        with_values("vault", lambda values: values["server"]["ha"].update(replicas={"count": 3}))
    )
    assert (
        "Application argocd/vault: server.ha.replicas: a map is passed where the chart's default is a"
        " number (3); keys under it (count) are never read [vault-0.31.0] [helm-values]"
    ) in findings


def test_fails_when_the_merged_values_break_the_chart_schema() -> None:
    findings = helm_messages(with_values("cert-manager", lambda values: values.update(replicaCount="two")))
    assert findings == [
        "Application argocd/cert-manager: replicaCount: 'two' is not of type 'number'"
        " [cert-manager-v1.19.2/values.schema.json] [helm-values]"
    ]


def test_fails_when_the_pinned_chart_is_not_in_the_chart_folder() -> None:
    manifests = changed(
        committed_manifests("prod"),
        "Application",
        "velero",
        "argocd",
        lambda document: document["spec"]["source"].update(targetRevision="11.3.0"),
    )
    [finding] = helm_messages(manifests)
    assert finding.startswith("Application argocd/velero: chart velero 11.3.0 is pinned but ")
    assert "velero-11.3.0 does not exist" in finding


def test_fails_for_every_application_when_the_chart_folder_is_absent(tmp_path: Path) -> None:
    findings = helm_messages(committed_manifests("prod"), helm_charts=tmp_path / "absent")
    assert len(findings) == check_helm_values(committed_manifests("prod")).applications
    assert all("is pinned but" in finding for finding in findings)


def test_fails_when_a_subchart_key_cannot_be_proven() -> None:
    # argo-cd pins redis-ha 4.34.11, which is not among the charts: only argo-cd's own defaults prove keys
    findings = helm_messages(with_values("argo-cd", lambda values: values["redis-ha"].update(replicaz=3)))
    assert findings == [
        "Application argocd/argo-cd: redis-ha.replicaz: subchart redis-ha 4.34.11 is not in"
        f" {DEFAULT_HELM_CHARTS} and the parent's values.yaml does not declare this key: it cannot be"
        " proven [argo-cd-9.2.3] [helm-values]"
    ]


def test_subchart_keys_are_checked_against_the_subchart() -> None:
    findings = helm_messages(
        with_values("kube-prometheus-stack", lambda values: values["grafana"].update(replicaz=2))
    )
    assert [finding.split(": not a value")[0] for finding in findings] == [
        "Application argocd/kube-prometheus-stack: grafana.replicaz"
    ]


def test_istio_legacy_prefix_is_read_as_the_root() -> None:
    # istiod's zzy_descope_legacy.yaml merges .Values.pilot into .Values
    findings = helm_messages(
        with_values("istiod", lambda values: values["pilot"].update(autoscaleEnabld=True))
    )
    assert [finding.split(": not a value")[0] for finding in findings] == [
        "Application argocd/istiod: pilot.autoscaleEnabld"
    ]
    assert helm_messages(with_values("istiod", lambda values: values["pilot"].update(autoscaleMax=9))) == []


def test_keys_under_a_map_the_templates_render_whole_are_accepted() -> None:
    # meshConfig is merged whole into the mesh ConfigMap: templates/configmap.yaml `$mesh | toYaml`
    findings = helm_messages(
        with_values("istiod", lambda values: values["meshConfig"].update(discoverySelectors=[]))
    )
    assert findings == []
    evidence = load_chart(DEFAULT_HELM_CHARTS / "istiod-1.28.3").templates.open_prefix(("meshConfig", "x"))
    assert evidence is not None and evidence.file == "templates/configmap.yaml"
    assert "$mesh | toYaml" in evidence.text


def test_fails_when_a_config_text_sets_what_the_chart_appends_to_it() -> None:
    # vault.config (templates/_helpers.tpl) appends "disable_mlock = true" to an HCL config
    def mlock(values: dict[str, Any]) -> None:
        raft = values["server"]["ha"]["raft"]
        raft["config"] = "disable_mlock = true\n" + raft["config"]

    [finding] = helm_messages(with_values("vault", mlock))
    assert finding.startswith(
        "Application argocd/vault: server.ha.raft.config: sets 'disable_mlock', which the chart appends to"
        " it itself (templates/_helpers.tpl:1119:"
        ' {{- $config = printf "%s\\n%s" $config "disable_mlock = true" -}}'
    )
