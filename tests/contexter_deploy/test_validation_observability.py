"""contexter_deploy/validation/observability.py: actionable alerts, monitored workloads."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from contexter_deploy.facts.manifests import Manifest, find
from contexter_deploy.ground.runbooks import runbook_file
from contexter_deploy.validation.observability import (
    check_alerts_are_actionable,
    check_inhibition_needs_the_labels_it_compares,
    check_pod_monitors_match_pods,
    check_workloads_are_monitored,
)
from contexter_deploy.validation.structure import check_namespaces_declared


def _rule(**rule: Any) -> Manifest:
    return Manifest(
        {
            "apiVersion": "monitoring.coreos.com/v1",
            "kind": "PrometheusRule",
            "metadata": {"name": "r", "namespace": "monitoring"},
            "spec": {"groups": [{"name": "g", "rules": [rule]}]},
        }
    )


def _workload(kind: str, name: str, namespace: str, ports: list[str]) -> Manifest:
    return Manifest(
        {
            "apiVersion": "argoproj.io/v1alpha1" if kind == "Rollout" else "apps/v1",
            "kind": kind,
            "metadata": {"name": name, "namespace": namespace},
            "spec": {
                "template": {
                    "metadata": {"labels": {"app.kubernetes.io/name": name}},
                    "spec": {
                        "containers": [
                            {"name": name, "ports": [{"name": p, "containerPort": 1} for p in ports]}
                        ]
                    },
                }
            },
        }
    )


RUNBOOK_URL = (
    "https://github.com/contexter/contexter-deploy/blob/main/docs/runbooks/ContexterHighErrorRate.md"
)
GOOD: dict[str, Any] = {
    "alert": "ContexterHighErrorRate",
    "expr": "vector(1)",
    "labels": {"severity": "warning"},
    "annotations": {"summary": "s", "runbook_url": RUNBOOK_URL},
}


def test_an_alert_with_severity_summary_and_runbook_passes() -> None:
    assert list(check_alerts_are_actionable([_rule(**GOOD)])) == []


def test_fails_when_an_alert_has_no_runbook() -> None:
    url = RUNBOOK_URL.replace("ContexterHighErrorRate", "Unexplained")
    missing = {**GOOD, "alert": "Unexplained", "annotations": {"summary": "s", "runbook_url": url}}
    [finding] = check_alerts_are_actionable([_rule(**missing)])
    assert finding.resource == "PrometheusRule monitoring/r alert Unexplained"
    assert finding.message == "has no runbook: docs/runbooks/Unexplained.md does not exist"


def test_fails_when_an_alert_links_outside_the_runbooks() -> None:
    elsewhere = {**GOOD, "annotations": {"summary": "s", "runbook_url": "https://wiki.example.com/alerts"}}
    [finding] = check_alerts_are_actionable([_rule(**elsewhere)])
    assert "does not point into docs/runbooks/<name>.md" in finding.message


def test_fails_when_an_alert_has_no_severity_or_summary() -> None:
    bare = {**GOOD, "labels": {}, "annotations": {"runbook_url": RUNBOOK_URL}}
    messages = [f.message for f in check_alerts_are_actionable([_rule(**bare)])]
    assert messages == ["severity None; allowed: critical, info, warning", "has no summary annotation"]


def test_runbooks_are_checked_against_the_given_checkout(tmp_path: Path) -> None:
    [finding] = check_alerts_are_actionable([_rule(**GOOD)], repo_root=tmp_path)
    assert "docs/runbooks/ContexterHighErrorRate.md does not exist" in finding.message


def test_recording_rules_need_no_runbook() -> None:
    assert list(check_alerts_are_actionable([_rule(record="a:b:c", expr="vector(1)")])) == []


def test_runbook_urls_are_parsed_to_a_repository_path() -> None:
    assert str(runbook_file(RUNBOOK_URL)) == "docs/runbooks/ContexterHighErrorRate.md"
    assert runbook_file("https://example.com/docs/runbooks/a/b.md") is None


def test_a_workload_with_its_pod_monitor_passes(manifests: dict[str, tuple[Manifest, ...]]) -> None:
    monitor = find(manifests["prod"], "PodMonitor", "search", "contexter")
    assert monitor is not None
    documents = [monitor, _workload("Rollout", "search", "contexter", ["http"])]
    assert list(check_workloads_are_monitored(documents)) == []
    assert list(check_pod_monitors_match_pods(documents)) == []


def test_fails_when_a_workload_serving_metrics_has_no_monitor() -> None:
    [finding] = check_workloads_are_monitored([_workload("Rollout", "search", "contexter", ["http"])])
    assert finding.resource == "Rollout contexter/search"
    assert finding.message == (
        "serves metrics on port 'http' (contexter_deploy/ground/topology.py) but no PodMonitor in contexter"
        " selects its pods on that port"
    )


def test_workloads_without_metrics_need_no_monitor() -> None:
    assert list(check_workloads_are_monitored([_workload("CronJob", "backup", "contexter-data", [])])) == []


def test_fails_when_a_pod_monitor_scrapes_a_port_the_pods_do_not_have(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    monitor = find(manifests["prod"], "PodMonitor", "redis", "contexter-data")
    assert monitor is not None
    [finding] = check_pod_monitors_match_pods(
        [monitor, _workload("StatefulSet", "redis", "contexter-data", ["redis"])]
    )
    assert finding.message == (
        "scrapes port 'metrics' but the pods of StatefulSet contexter-data/redis have no container port"
        " of that name (ports: redis)"
    )


def test_the_sidecar_port_counts_only_where_istio_injects_it(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    monitor = find(manifests["prod"], "PodMonitor", "envoy-sidecars", "contexter")
    namespace = find(manifests["prod"], "Namespace", "contexter", None)
    assert monitor is not None and namespace is not None
    search = _workload("Rollout", "search", "contexter", ["http"])
    assert list(check_pod_monitors_match_pods([monitor, namespace, search])) == []
    [finding] = check_pod_monitors_match_pods([monitor, search])  # no injection without the Namespace label
    assert finding.message.startswith(
        "scrapes port 'http-envoy-prom' but the pods of Rollout contexter/search"
    )


def test_namespaces_created_by_addon_applications_count_as_declared(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    documents = list(manifests["prod"])
    assert list(check_namespaces_declared(documents)) == []
    vault = find(documents, "Application", "vault", "argocd")
    assert vault is not None
    no_create = copy.deepcopy(dict(vault.document))
    no_create["spec"]["syncPolicy"]["syncOptions"] = ["ServerSideApply=true", "CreateNamespace=false"]
    documents[documents.index(vault)] = Manifest(no_create)
    in_vault = {m.ref for m in documents if m.namespace == "vault"}
    assert "Certificate vault/vault-server-tls" in in_vault
    assert {f.resource for f in check_namespaces_declared(documents)} == in_vault


def _alertmanager_application(inhibit_rules: list[dict[str, Any]]) -> Manifest:
    return Manifest(
        {
            "apiVersion": "argoproj.io/v1alpha1",
            "kind": "Application",
            "metadata": {"name": "kube-prometheus-stack", "namespace": "argocd"},
            "spec": {
                "source": {
                    "helm": {"valuesObject": {"alertmanager": {"config": {"inhibit_rules": inhibit_rules}}}}
                }
            },
        }
    )


def test_the_synthesized_inhibition_compares_only_labels_its_pages_carry(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    for env, documents in manifests.items():
        assert list(check_inhibition_needs_the_labels_it_compares(documents)) == [], env


def test_fails_when_inhibition_compares_a_label_the_page_may_lack() -> None:
    rule = {
        "source_matchers": ['severity = "critical"'],
        "target_matchers": ['severity = "warning"'],
        "equal": ["namespace", "service"],
    }
    [finding] = check_inhibition_needs_the_labels_it_compares([_alertmanager_application([rule])])
    assert "['namespace', 'service']" in finding.message
    fixed = {**rule, "source_matchers": ['severity = "critical"', 'namespace =~ ".+"', 'service != ""']}
    assert list(check_inhibition_needs_the_labels_it_compares([_alertmanager_application([fixed])])) == []
    same_alert = {**rule, "equal": ["alertname", "namespace"]}
    assert (
        list(check_inhibition_needs_the_labels_it_compares([_alertmanager_application([same_alert])])) == []
    )
