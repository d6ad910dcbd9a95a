"""charts/observability/alerts.py and alert_rules.py: the alerts, their thresholds and runbooks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from syrupy.assertion import SnapshotAssertion

from charts.observability import queries
from charts.observability.alert_rules import AlertRules, AlertRulesProps
from charts.observability.alerts import BURN_RATE_WINDOWS, Alert, contexter_alerts
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.runbooks import REPO_ROOT, runbook_file, runbook_path, runbook_url
from tests.helpers import synth_construct


def _rule_document(
    environment: Environment, alerts: tuple[Alert, ...] | None = None, **props: Any
) -> dict[str, Any]:
    rule_props = AlertRulesProps(
        name="contexter",
        namespace="monitoring",
        alerts=alerts if alerts is not None else contexter_alerts(environment.slo),
        gitops=environment.gitops,
        **props,
    )
    [document] = synth_construct(lambda chart: AlertRules(chart, "rules", props=rule_props))
    return document


def _alerts(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        rule["alert"]: rule
        for group in document["spec"]["groups"]
        for rule in group["rules"]
        if "alert" in rule
    }


def test_prometheus_rule_snapshot(environments: dict[str, Environment], snapshot: SnapshotAssertion) -> None:
    assert _rule_document(environments["prod"]) == snapshot


def test_every_alert_has_a_severity_summary_description_and_existing_runbook(
    environments: dict[str, Environment],
) -> None:
    for rule in _alerts(_rule_document(environments["prod"])).values():
        assert rule["labels"]["severity"] in ("critical", "warning")
        assert rule["annotations"]["summary"].strip()
        assert rule["annotations"]["description"].strip()
        path = runbook_file(rule["annotations"]["runbook_url"])
        assert path is not None and (REPO_ROOT / path).is_file(), rule["alert"]


def test_runbooks_say_what_it_means_what_it_costs_how_to_look_and_what_to_do(
    environments: dict[str, Environment],
) -> None:
    for alert in contexter_alerts(environments["prod"].slo):
        text = (REPO_ROOT / runbook_path(alert.name)).read_text(encoding="utf-8")
        assert text.startswith(f"# {alert.name}\n")
        for section in ("## Meaning", "## Impact", "## Diagnosis", "## Mitigation"):
            assert section in text, f"{alert.name}: {section}"
        assert "```" in text, f"{alert.name}: diagnosis needs commands to run"


def test_fails_when_an_alert_has_no_runbook(environments: dict[str, Environment], tmp_path: Path) -> None:
    # the same alerts, against a checkout whose docs/runbooks/ is empty
    with pytest.raises(ValueError, match="alert ApiGatewayErrorBudgetFastBurn has no runbook"):
        _rule_document(environments["prod"], repo_root=tmp_path)
    alert = Alert("ContexterSomethingNew", "vector(1)", "5m", "warning", "Something", "Something happened.")
    with pytest.raises(
        ValueError,
        match=r"alert ContexterSomethingNew has no runbook: write docs/runbooks/ContexterSomethingNew\.md",
    ):
        _rule_document(environments["prod"], (alert,))


def test_fails_when_two_alerts_share_a_name(environments: dict[str, Environment]) -> None:
    alert = contexter_alerts(environments["prod"].slo)[0]
    with pytest.raises(ValueError, match="alert names must be unique"):
        _rule_document(environments["prod"], (alert, alert))


def test_the_runbook_link_points_at_this_repository_at_the_deployed_revision(
    environments: dict[str, Environment],
) -> None:
    gitops = environments["prod"].gitops
    assert runbook_url("X", gitops) == (
        f"{gitops.repo_url.removesuffix('.git')}/blob/{gitops.target_revision}/docs/runbooks/X.md"
    )
    assert runbook_file(runbook_url("X", gitops)) == runbook_path("X")


def test_burn_rate_alerts_follow_the_sre_workbook(environments: dict[str, Environment]) -> None:
    windows = {name: (w.factor, w.long, w.short, w.severity) for name, w in BURN_RATE_WINDOWS}
    assert windows == {
        "ApiGatewayErrorBudgetFastBurn": (14.4, "1h", "5m", "critical"),
        "ApiGatewayErrorBudgetSlowBurn": (6, "6h", "30m", "critical"),
        "ApiGatewayErrorBudgetSteadyBurn": (1, "3d", "6h", "warning"),
    }
    rules = _alerts(_rule_document(environments["prod"]))
    fast = rules["ApiGatewayErrorBudgetFastBurn"]["expr"]
    assert 'service:http_requests_error_ratio:rate1h{service="api-gateway"} > (14.4 * 0.001)' in fast
    assert 'service:http_requests_error_ratio:rate5m{service="api-gateway"} > (14.4 * 0.001)' in fast


def test_every_window_the_alerts_read_is_recorded(environments: dict[str, Environment]) -> None:
    document = _rule_document(environments["prod"])
    recorded = {
        rule["record"] for group in document["spec"]["groups"] for rule in group["rules"] if "record" in rule
    }
    for rule in _alerts(document).values():
        for window in queries.BURN_RATE_WINDOWS:
            if queries.error_ratio_record(window) in rule["expr"]:
                assert queries.error_ratio_record(window) in recorded


def test_thresholds_come_from_the_environment(environments: dict[str, Environment]) -> None:
    slo = environments["prod"].slo.model_copy(
        update={"availability_target": 0.9995, "latency_p95_ms": 250, "ingestion_queue_alert_depth": 5000}
    )
    alerts = {a.name: a for a in contexter_alerts(slo)}
    assert "(14.4 * 0.0005)" in alerts["ApiGatewayErrorBudgetFastBurn"].expr
    assert alerts["ApiGatewayHighLatency"].expr.endswith("> 0.25")
    assert alerts["IngestionQueueBacklog"].expr.endswith("> 5000")
    assert alerts["IngestionQueueBacklog"].for_ == "10m"
    assert alerts["ContexterHpaAtMaxReplicas"].for_ == "15m"


def test_the_required_alerts_exist(environments: dict[str, Environment]) -> None:
    names = {a.name for a in contexter_alerts(environments["prod"].slo)}
    assert {
        "ApiGatewayErrorBudgetFastBurn",
        "ApiGatewayErrorBudgetSlowBurn",
        "ContexterHighErrorRate",
        "ApiGatewayHighLatency",
        "IngestionQueueBacklog",
        "ContexterPodCrashLooping",
        "ContexterVolumeFillingUp",
        "ContexterHpaAtMaxReplicas",
        "ContexterCertificateExpiringSoon",
    } <= names


def test_the_queue_depth_selects_the_scaler_label_keda_gives_the_scaledobjects_redis_trigger() -> None:
    # KEDA 2.18 labels keda_scaler_metrics_value with the trigger's name (pkg/metricscollector);
    # the chart's ServiceMonitor does not honour labels: the ScaledObject's namespace is exported_namespace.
    for env in ("dev", "staging", "prod"):
        [scaled_object] = [
            yaml.safe_load(path.read_text())
            for path in (REPO_ROOT / "dist" / env).glob("*/*.scaledobject.yaml")
        ]
        [trigger] = [t for t in scaled_object["spec"]["triggers"] if t["type"].startswith("redis")]
        name, namespace = scaled_object["metadata"]["name"], scaled_object["metadata"]["namespace"]
        assert queries.queue_depth(name, namespace) == (
            f'max(keda_scaler_metrics_value{{exported_namespace="{namespace}", scaledObject="{name}",'
            f' scaler="{trigger["name"]}"}})'
        )


def test_the_volume_alert_fires_above_eighty_percent(environments: dict[str, Environment]) -> None:
    alerts = {a.name: a for a in contexter_alerts(environments["prod"].slo)}
    expr = alerts["ContexterVolumeFillingUp"].expr
    assert "kubelet_volume_stats_used_bytes" in expr and "kubelet_volume_stats_capacity_bytes" in expr
    assert expr.endswith("> 0.8")


def test_a_rule_file_without_recording_windows_holds_only_its_alerts_with_their_labels(
    environments: dict[str, Environment],
) -> None:
    alert = Alert(
        name="BackupPruneFailing",
        expr="vector(1)",
        for_="5m",
        severity="warning",
        summary="s",
        description="d",
        labels=(("cronjob", "backup-prune"), ("namespace", "contexter-data")),
    )
    document = _rule_document(environments["prod"], alerts=(alert,), recording_windows=())
    [group] = document["spec"]["groups"]
    assert group["name"] == "contexter.alerts"
    assert group["rules"][0]["labels"] == {
        "severity": "warning",
        "cronjob": "backup-prune",
        "namespace": "contexter-data",
    }


def test_the_edge_alerts_read_the_gateways_series_and_the_thresholds_of_the_environment(
    environments: dict[str, Environment],
) -> None:
    slo = environments["prod"].slo.model_copy(update={"latency_p95_ms": 250, "error_ratio_threshold": 0.02})
    alerts = {a.name: a for a in contexter_alerts(slo)}
    errors, latency = alerts["ContexterEdgeHighErrorRate"], alerts["ContexterEdgeHighLatency"]
    for alert in (errors, latency):
        assert alert.expr.count('namespace="istio-ingress", reporter="source"') >= 1
        assert dict(alert.labels) == {"namespace": "istio-ingress", "service": "istio-ingressgateway"}
    assert 'response_code=~"5.."' in errors.expr and errors.expr.endswith("> 0.02")
    assert errors.severity == "critical", "a total outage of api-gateway pages only through the edge"
    assert "istio_request_duration_milliseconds_bucket" in latency.expr and latency.expr.endswith("> 250")
    assert latency.severity == "warning"


def test_the_edge_certificate_alert_watches_the_certificate_the_gateway_serves(
    environments: dict[str, Environment],
) -> None:
    alert = {a.name: a for a in contexter_alerts(environments["prod"].slo)}[
        "ContexterEdgeCertificateExpiringSoon"
    ]
    for env in ("dev", "staging", "prod"):
        [gateway] = [
            yaml.safe_load(path.read_text()) for path in (REPO_ROOT / "dist" / env).glob("*/*.gateway.yaml")
        ]
        served = {
            s["tls"]["credentialName"]
            for s in gateway["spec"]["servers"]
            if "credentialName" in s.get("tls", {})
        }
        certificates = [
            yaml.safe_load(path.read_text())
            for path in (REPO_ROOT / "dist" / env).glob("*/*.certificate.yaml")
        ]
        [edge] = [c for c in certificates if c["spec"]["secretName"] in served]
        namespace, name = edge["metadata"]["namespace"], edge["metadata"]["name"]
        assert namespace == gateway["metadata"]["namespace"]
        assert f'{{exported_namespace="{namespace}", name="{name}"}}' in alert.expr, env
    assert alert.severity == "critical" and alert.expr.endswith("< 7 * 86400")
