"""The synthesized Alertmanager configuration, on the real amtool and a real Alertmanager.

The configuration is taken from ``dist/<env>/argocd/kube-prometheus-stack.application.yaml``
(``alertmanager.config``, what the chart renders into the Alertmanager Secret), not from the Python
that builds it. Alert label sets are those the rules in ``dist/<env>`` give their alerts (the rule's
``labels`` plus the labels its expression keeps) and those of kube-prometheus-stack 80.9.1's default
rules (``templates/prometheus/rules-1.14/general.rules.yaml``: ``Watchdog`` and ``InfoInhibitor``
with ``severity: none``; ``kubernetes-apps.yaml``, ``kubernetes-resources.yaml``: ``warning``,
``critical`` and ``info`` alerts labelled ``namespace``).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from tests.charts.observability.toolchain import (
    ENVIRONMENTS,
    alertmanager_config,
    binary,
    dist_documents,
    free_port,
    run,
    server,
    write_yaml,
)

pytestmark = pytest.mark.xdist_group("alertmanager")


def route(config_file: Path, **labels: str) -> str:
    """The receiver(s) ``amtool config routes test`` picks for an alert with ``labels``."""
    result = run(
        [
            binary("amtool"),
            "config",
            "routes",
            "test",
            f"--config.file={config_file}",
            *(f"{name}={value}" for name, value in labels.items()),
        ]
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def expected_receivers(env: str) -> dict[str, str]:
    critical = "ticket" if env == "dev" else "page"
    return {"critical": critical, "warning": "ticket", "info": "null", "none": "null", "unknown": "ticket"}


def rule_alert_labels(env: str) -> dict[str, dict[str, str]]:
    """Each alert of ``dist/<env>`` with the labels it fires with (rule labels, series labels)."""
    series_labels = {
        # expression keeps namespace and service of the recorded error ratio
        "ApiGatewayErrorBudgetFastBurn": {},
        "ContexterHighErrorRate": {"namespace": "contexter", "service": "search"},
        "ContexterPodCrashLooping": {"namespace": "contexter-data", "pod": "qdrant-0", "container": "qdrant"},
        "ContexterVolumeFillingUp": {"namespace": "contexter-data", "persistentvolumeclaim": "data-qdrant-0"},
        "ContexterHpaAtMaxReplicas": {"namespace": "contexter", "horizontalpodautoscaler": "search"},
        "ContexterCertificateExpiringSoon": {"namespace": "istio-system", "name": "contexter-ingress"},
        "ContexterScrapeTargetDown": {"service": "redis"},
    }
    alerts = {}
    for document in dist_documents(env, "PrometheusRule"):
        for group in document["spec"]["groups"]:
            for rule in group["rules"]:
                if "alert" in rule:
                    alerts[rule["alert"]] = {
                        **series_labels.get(rule["alert"], {}),
                        **rule.get("labels", {}),
                        "alertname": rule["alert"],
                    }
    return alerts


@pytest.fixture(scope="module")
def config_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    directory = tmp_path_factory.mktemp("alertmanager")
    return {env: write_yaml(directory / f"{env}.yaml", alertmanager_config(env)) for env in ENVIRONMENTS}


@pytest.mark.parametrize("env", ENVIRONMENTS)
def test_amtool_accepts_the_synthesized_configuration(env: str, config_files: dict[str, Path]) -> None:
    result = run([binary("amtool"), "check-config", str(config_files[env])])
    assert result.returncode == 0, result.stdout + result.stderr


def test_fails_when_the_configuration_names_a_missing_receiver(tmp_path: Path) -> None:
    broken = copy.deepcopy(alertmanager_config("prod"))
    broken["route"]["routes"][0]["receiver"] = "pager-typo"
    result = run([binary("amtool"), "check-config", str(write_yaml(tmp_path / "broken.yaml", broken))])
    assert result.returncode != 0 and "pager-typo" in result.stdout + result.stderr


@pytest.mark.parametrize("env", ENVIRONMENTS)
def test_every_severity_reaches_its_receiver(env: str, config_files: dict[str, Path]) -> None:
    for severity, receiver in expected_receivers(env).items():
        labels = {
            "alertname": f"Example{severity.capitalize()}",
            "namespace": "contexter",
            "severity": severity,
        }
        assert route(config_files[env], **labels) == receiver, (env, severity)


@pytest.mark.parametrize("env", ENVIRONMENTS)
def test_every_project_alert_reaches_the_receiver_of_its_severity(
    env: str, config_files: dict[str, Path]
) -> None:
    receivers = expected_receivers(env)
    alerts = rule_alert_labels(env)
    assert len(alerts) >= 16
    for name, labels in alerts.items():
        assert route(config_files[env], **labels) == receivers[labels["severity"]], name


@pytest.mark.parametrize("env", ENVIRONMENTS)
def test_watchdog_feeds_the_dead_mans_switch_and_info_inhibitor_notifies_nobody(
    env: str, config_files: dict[str, Path]
) -> None:
    assert route(config_files[env], alertname="Watchdog", severity="none") == "heartbeat"
    assert (
        route(config_files[env], alertname="InfoInhibitor", severity="none", namespace="contexter") == "null"
    )
    # kube-prometheus-stack's info alerts (CPUThrottlingHigh, KubeQuotaAlmostFull) open no ticket
    assert (
        route(config_files[env], alertname="CPUThrottlingHigh", severity="info", namespace="contexter")
        == "null"
    )
    [heartbeat] = [r for r in alertmanager_config(env)["receivers"] if r["name"] == "heartbeat"]
    [webhook] = heartbeat["webhook_configs"]
    assert webhook["url"].startswith("https://") and env in webhook["url"]


def test_dev_has_no_pager_and_production_pages_the_on_call() -> None:
    def pagers(env: str) -> list[str]:
        return [r["name"] for r in alertmanager_config(env)["receivers"] if "pagerduty_configs" in r]

    assert pagers("dev") == []
    assert pagers("staging") == pagers("prod") == ["page"]


def test_fails_when_critical_in_dev_routes_to_the_pager(tmp_path: Path) -> None:
    broken = copy.deepcopy(alertmanager_config("prod"))  # prod's routing installed in dev
    path = write_yaml(tmp_path / "dev-with-pager.yaml", broken)
    assert (
        route(path, alertname="QdrantBackupOverdue", severity="critical")
        != expected_receivers("dev")["critical"]
    )


def _closed_port_receivers(config: dict[str, Any], port: int) -> dict[str, Any]:
    """``config`` with every receiver replaced by a webhook to a closed loopback port: routing and
    inhibition unchanged, and nothing ever leaves the machine."""
    local = copy.deepcopy(config)
    local["receivers"] = [
        {
            "name": receiver["name"],
            "webhook_configs": [{"url": f"http://127.0.0.1:{port}/", "send_resolved": False}],
        }
        for receiver in config["receivers"]
    ]
    local.pop("templates", None)
    return local


def inhibited(config: dict[str, Any], alerts: dict[str, dict[str, str]], tmp_path: Path) -> set[str]:
    """Names of ``alerts`` that a real Alertmanager running ``config`` reports as inhibited."""
    port = free_port()
    config_file = write_yaml(tmp_path / "alertmanager.yaml", _closed_port_receivers(config, free_port()))
    storage = tmp_path / "data"
    storage.mkdir()
    url = f"http://127.0.0.1:{port}"
    args = [
        binary("prometheus-alertmanager"),
        f"--config.file={config_file}",
        f"--storage.path={storage}",
        f"--web.listen-address=127.0.0.1:{port}",
        "--cluster.listen-address=",
    ]
    amtool = binary("amtool")
    with server(args, f"{url}/-/ready", tmp_path / "alertmanager.log"):
        for labels in alerts.values():
            added = run(
                [
                    amtool,
                    f"--alertmanager.url={url}",
                    "alert",
                    "add",
                    *(f"{k}={v}" for k, v in labels.items()),
                ]
            )
            assert added.returncode == 0, added.stderr
        queried = run(
            [amtool, f"--alertmanager.url={url}", "alert", "query", "--active", "--inhibited", "-o", "json"]
        )
        assert queried.returncode == 0, queried.stderr
    reported = json.loads(queried.stdout)
    assert {alert["labels"]["alertname"] for alert in reported} == set(alerts), "every alert arrived"
    return {
        alert["labels"]["alertname"]
        for alert in reported
        if alert["status"]["state"] == "suppressed" and alert["status"]["inhibitedBy"]
    }


@pytest.mark.integration
def test_a_page_for_a_service_suppresses_that_services_warnings_and_nothing_else(tmp_path: Path) -> None:
    firing = rule_alert_labels("prod")
    alerts = {
        name: firing[name]
        for name in (
            "ApiGatewayErrorBudgetFastBurn",
            "ApiGatewayHighLatency",
            "ApiGatewayErrorBudgetSteadyBurn",
            "IngestionQueueBacklog",
            "QdrantBackupOverdue",
            "ContexterVolumeFillingUp",
            "ContexterPodCrashLooping",
            "BackupPruneFailing",
            "BackupVerificationFailed",
            "ContexterHighErrorRate",
            "ContexterScrapeTargetDown",
        )
    }
    assert inhibited(alertmanager_config("prod"), alerts, tmp_path) == {
        "ApiGatewayHighLatency",
        "ApiGatewayErrorBudgetSteadyBurn",
    }
    # the same warning about api-gateway itself is suppressed too
    alerts["ContexterHighErrorRate"] = {**alerts["ContexterHighErrorRate"], "service": "api-gateway"}
    (tmp_path / "again").mkdir()
    assert "ContexterHighErrorRate" in inhibited(alertmanager_config("prod"), alerts, tmp_path / "again")


@pytest.mark.integration
def test_fails_when_inhibition_matches_labels_missing_on_both_alerts(tmp_path: Path) -> None:
    # The rule as it was: equal on namespace and service, with no service required on the page.
    broken = copy.deepcopy(alertmanager_config("prod"))
    broken["inhibit_rules"] = [
        {
            "source_matchers": ['severity = "critical"'],
            "target_matchers": ['severity = "warning"'],
            "equal": ["namespace", "service"],
        }
    ]
    firing = rule_alert_labels("prod")
    alerts = {
        name: firing[name]
        for name in (
            "QdrantBackupOverdue",
            "ContexterVolumeFillingUp",
            "ContexterPodCrashLooping",
            "BackupPruneFailing",
        )
    }
    assert inhibited(broken, alerts, tmp_path) == {
        "ContexterVolumeFillingUp",
        "ContexterPodCrashLooping",
        "BackupPruneFailing",
    }
