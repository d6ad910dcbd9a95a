"""charts/gitops/addons/kube_prometheus_stack.py: Prometheus in the mesh, Grafana, Alertmanager."""

from __future__ import annotations

from charts import secret_catalog
from charts.gitops.addons import kube_prometheus_stack
from charts.observability import mesh_scrape
from charts.observability.dashboard_config_map import FOLDER_ANNOTATION, SIDECAR_LABEL, SIDECAR_LABEL_VALUE
from contexter_deploy.ground.config import Environment


def test_prometheus_mounts_the_sidecar_certificates_its_scrape_class_names(
    environments: dict[str, Environment],
) -> None:
    spec = kube_prometheus_stack.ADDON.values(environments["prod"])["prometheus"]["prometheusSpec"]
    [scrape_class] = spec["scrapeClasses"]
    assert scrape_class["name"] == mesh_scrape.SCRAPE_CLASS
    [mount] = spec["volumeMounts"]
    [volume] = spec["volumes"]
    assert mount["name"] == volume["name"] == mesh_scrape.CERTS_VOLUME
    assert volume["emptyDir"] == {"medium": "Memory"}
    for path in scrape_class["tlsConfig"].values():
        assert path.startswith(mount["mountPath"] + "/")
    annotations = spec["podMetadata"]["annotations"]
    assert mesh_scrape.SIDECAR_CERTS_DIR in annotations["proxy.istio.io/config"]
    assert (
        f'"mountPath": "{mesh_scrape.SIDECAR_CERTS_DIR}"' in annotations["sidecar.istio.io/userVolumeMount"]
    )
    # the sidecar only writes certificates: it must not capture Prometheus's own traffic
    assert annotations["traffic.sidecar.istio.io/includeInboundPorts"] == ""
    assert annotations["traffic.sidecar.istio.io/includeOutboundIPRanges"] == ""
    assert spec["podMetadata"]["labels"] == {"sidecar.istio.io/inject": "true"}


def test_prometheus_selects_every_monitor_and_rule_in_every_namespace(
    environments: dict[str, Environment],
) -> None:
    spec = kube_prometheus_stack.ADDON.values(environments["prod"])["prometheus"]["prometheusSpec"]
    for kind in ("rule", "serviceMonitor", "podMonitor", "probe", "scrapeConfig"):
        assert spec[f"{kind}SelectorNilUsesHelmValues"] is False


def test_prometheus_keeps_enough_history_for_the_slo_window(environments: dict[str, Environment]) -> None:
    for name in ("staging", "prod"):
        environment = environments[name]
        spec = kube_prometheus_stack.ADDON.values(environment)["prometheus"]["prometheusSpec"]
        assert int(spec["retention"].removesuffix("d")) >= environment.slo.window_days
        assert spec["replicas"] >= 2


def test_grafana_loads_the_dashboard_config_maps_we_label(environments: dict[str, Environment]) -> None:
    grafana = kube_prometheus_stack.ADDON.values(environments["prod"])["grafana"]
    sidecar = grafana["sidecar"]["dashboards"]
    assert (sidecar["label"], sidecar["labelValue"]) == (SIDECAR_LABEL, SIDECAR_LABEL_VALUE)
    assert sidecar["folderAnnotation"] == FOLDER_ANNOTATION
    # a chart-generated password would change on every render and never settle in Argo CD
    assert grafana["admin"]["existingSecret"] == secret_catalog.GRAFANA_ADMIN.name
    assert {grafana["admin"]["userKey"], grafana["admin"]["passwordKey"]} == set(
        secret_catalog.GRAFANA_ADMIN.keys
    )


def test_alertmanager_reads_receiver_credentials_from_the_mounted_secret(
    environments: dict[str, Environment],
) -> None:
    alertmanager = kube_prometheus_stack.ADDON.values(environments["prod"])["alertmanager"]
    secret = secret_catalog.ALERTMANAGER_RECEIVERS
    assert alertmanager["alertmanagerSpec"]["secrets"] == [secret.name]
    files = [
        config[key]
        for receiver in alertmanager["config"]["receivers"]
        for integration in ("pagerduty_configs", "slack_configs", "webhook_configs")
        for config in receiver.get(integration, [])
        for key in ("routing_key_file", "api_url_file")
        if key in config
    ] + [
        config["http_config"]["authorization"]["credentials_file"]
        for receiver in alertmanager["config"]["receivers"]
        for config in receiver.get("webhook_configs", [])
    ]
    assert sorted(files) == sorted(
        f"{kube_prometheus_stack.ALERTMANAGER_SECRETS_DIR}/{secret.name}/{key}" for key in secret.keys
    )
    routes = alertmanager["config"]["route"]["routes"]
    assert {"receiver": "page", "matchers": ['severity = "critical"'], "repeat_interval": "1h"} in routes


def test_monitoring_disruption_budgets_never_block_a_drain(environments: dict[str, Environment]) -> None:
    for environment in environments.values():
        stack = kube_prometheus_stack.ADDON.values(environment)
        observability = environment.observability
        assert stack["prometheus"]["podDisruptionBudget"]["enabled"] is (
            observability.prometheus_replicas >= 2
        )
        assert stack["alertmanager"]["podDisruptionBudget"]["enabled"] is (
            observability.alertmanager_replicas >= 2
        )
        assert bool(stack["grafana"]["podDisruptionBudget"]) is (observability.grafana_replicas >= 2)
