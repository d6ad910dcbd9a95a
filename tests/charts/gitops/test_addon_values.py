"""charts/gitops/addon_values.py: production values, and the contracts they share with the rest."""

from __future__ import annotations

import re

import pytest

from charts import secret_catalog
from charts.gitops.addon_values import ALERTMANAGER_SECRETS_DIR, VALUES, VAULT_USERCONFIG
from charts.gitops.addons import addon
from charts.gitops.vault_tls import VAULT_TLS_SECRET
from charts.observability import mesh_scrape
from charts.observability.dashboard_config_map import FOLDER_ANNOTATION, SIDECAR_LABEL, SIDECAR_LABEL_VALUE
from charts.observability.metrics import (
    HTTP_REQUESTS_PER_SECOND,
    HTTP_REQUESTS_TOTAL,
    NAMESPACE_LABEL,
    POD_LABEL,
    PROMETHEUS_URL,
    REQUEST_RATE_WINDOW_SCRAPES,
    SERVICE_LABEL,
)
from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.naming import names_for
from contexter_deploy.ground.topology import API_GATEWAY, INGRESS_GATEWAY, KEDA_OPERATOR
from contexter_deploy.validation.helm_values import DEFAULT_HELM_CHARTS
from contexter_deploy.validation.workload_checks import pod_template


def test_the_mesh_allows_only_registered_destinations_and_logs_every_request(
    environments: dict[str, Environment],
) -> None:
    mesh = VALUES["istiod"](environments["prod"])["meshConfig"]
    assert mesh["outboundTrafficPolicy"] == {"mode": "REGISTRY_ONLY"}
    assert mesh["accessLogFile"] == "/dev/stdout"
    # SPIFFE principals in AuthorizationPolicies are cluster.local/ns/<ns>/sa/<sa>
    assert API_GATEWAY.identity.principal.startswith(mesh["trustDomain"] + "/")


def test_sidecars_need_no_privileged_init_container(environments: dict[str, Environment]) -> None:
    # The Contexter namespaces enforce the restricted Pod Security level; istio-init needs NET_ADMIN.
    assert VALUES["istiod"](environments["prod"])["pilot"]["cni"] == {"enabled": True}


def test_istiod_runs_one_replica_per_zone(environments: dict[str, Environment]) -> None:
    for environment in environments.values():
        pilot = VALUES["istiod"](environment)["pilot"]
        assert pilot["autoscaleMin"] >= max(2, environment.aws.az_count)


def test_the_ingress_gateway_pods_carry_the_labels_and_account_the_topology_declares(
    environments: dict[str, Environment],
) -> None:
    values = VALUES["istio-ingressgateway"](environments["prod"])
    assert values["labels"] == dict(INGRESS_GATEWAY.pod_labels)
    assert values["serviceAccount"]["name"] == INGRESS_GATEWAY.identity.service_account
    assert values["autoscaling"]["minReplicas"] >= 3
    assert values["podDisruptionBudget"] == {"minAvailable": 1}
    assert values["containerSecurityContext"]["allowPrivilegeEscalation"] is False


def test_prometheus_mounts_the_sidecar_certificates_its_scrape_class_names(
    environments: dict[str, Environment],
) -> None:
    spec = VALUES["kube-prometheus-stack"](environments["prod"])["prometheus"]["prometheusSpec"]
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
    spec = VALUES["kube-prometheus-stack"](environments["prod"])["prometheus"]["prometheusSpec"]
    for kind in ("rule", "serviceMonitor", "podMonitor", "probe", "scrapeConfig"):
        assert spec[f"{kind}SelectorNilUsesHelmValues"] is False


def test_prometheus_keeps_enough_history_for_the_slo_window(environments: dict[str, Environment]) -> None:
    for name in ("staging", "prod"):
        environment = environments[name]
        spec = VALUES["kube-prometheus-stack"](environment)["prometheus"]["prometheusSpec"]
        assert int(spec["retention"].removesuffix("d")) >= environment.slo.window_days
        assert spec["replicas"] >= 2


def test_grafana_loads_the_dashboard_config_maps_we_label(environments: dict[str, Environment]) -> None:
    grafana = VALUES["kube-prometheus-stack"](environments["prod"])["grafana"]
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
    alertmanager = VALUES["kube-prometheus-stack"](environments["prod"])["alertmanager"]
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
    assert sorted(files) == sorted(f"{ALERTMANAGER_SECRETS_DIR}/{secret.name}/{key}" for key in secret.keys)
    routes = alertmanager["config"]["route"]["routes"]
    assert {"receiver": "page", "matchers": ['severity = "critical"'], "repeat_interval": "1h"} in routes


def test_the_pushgateway_persists_pushed_series_on_its_mounted_volume(
    environments: dict[str, Environment],
) -> None:
    # pushgateway chart 3.2.0: persistentVolume only mounts the volume (templates/_helpers.tpl);
    # Pushgateway keeps series across restarts only with --persistence.file on that volume
    for environment in environments.values():
        values = VALUES["prometheus-pushgateway"](environment)
        mount = values["persistentVolume"]["mountPath"]
        [persistence] = [a for a in values["extraArgs"] if a.startswith("--persistence.file=")]
        assert values["persistentVolume"]["enabled"] is True
        assert persistence.removeprefix("--persistence.file=").startswith(mount.rstrip("/") + "/")


def test_velero_backs_up_to_the_backup_bucket_under_its_environment_prefix(
    environments: dict[str, Environment],
) -> None:
    environment = environments["prod"]
    values = VALUES["velero"](environment)
    [location] = values["configuration"]["backupStorageLocation"]
    assert location["bucket"] == names_for(environment).backup_bucket
    assert location["prefix"] == "prod/velero"
    assert location["config"] == {"region": environment.aws.region}
    assert location["name"] == "default"  # the Schedules name storageLocation "default"
    [snapshots] = values["configuration"]["volumeSnapshotLocation"]
    assert snapshots["config"] == {"region": environment.aws.region}
    # Pod Identity: no static credentials, ServiceAccount velero
    assert values["credentials"] == {"useSecret": False}
    assert values["serviceAccount"]["server"]["name"] == "velero"


def test_karpenter_knows_its_cluster_and_interruption_queue(environments: dict[str, Environment]) -> None:
    environment = environments["staging"]
    settings = VALUES["karpenter"](environment)["settings"]
    assert settings == {
        "clusterName": names_for(environment).cluster,
        "interruptionQueue": names_for(environment).karpenter_interruption_queue,
    }


def test_vault_runs_ha_raft_with_kms_auto_unseal_and_its_own_tls(
    environments: dict[str, Environment],
) -> None:
    environment = environments["prod"]
    server = VALUES["vault"](environment)["server"]
    assert server["ha"]["replicas"] == environment.vault.replicas
    config = server["ha"]["raft"]["config"]
    assert config.count("retry_join {") == environment.vault.replicas
    assert f'kms_key_id = "{names_for(environment).vault_kms_alias}"' in config
    assert f'region     = "{environment.aws.region}"' in config
    assert f"{VAULT_USERCONFIG}/{VAULT_TLS_SECRET}/tls.crt" in config
    assert server["extraVolumes"] == [{"type": "secret", "name": VAULT_TLS_SECRET}]
    assert server["auditStorage"]["enabled"] is True
    assert VALUES["vault"](environment)["global"]["tlsDisable"] is False


def test_vault_in_dev_has_no_disruption_budget_that_would_block_every_drain(
    environments: dict[str, Environment],
) -> None:
    assert environments["dev"].vault.replicas == 1
    assert VALUES["vault"](environments["dev"])["server"]["ha"]["disruptionBudget"] == {"enabled": False}


def test_pod_identity_service_accounts_are_named_as_their_roles_expect(
    environments: dict[str, Environment],
) -> None:
    environment = environments["prod"]
    assert VALUES["cert-manager"](environment)["serviceAccount"]["name"] == "cert-manager"
    assert VALUES["karpenter"](environment)["serviceAccount"]["name"] == "karpenter"
    assert VALUES["vault"](environment)["server"]["serviceAccount"]["name"] == "vault"


def test_monitoring_disruption_budgets_never_block_a_drain(environments: dict[str, Environment]) -> None:
    for environment in environments.values():
        stack = VALUES["kube-prometheus-stack"](environment)
        observability = environment.observability
        assert stack["prometheus"]["podDisruptionBudget"]["enabled"] is (
            observability.prometheus_replicas >= 2
        )
        assert stack["alertmanager"]["podDisruptionBudget"]["enabled"] is (
            observability.alertmanager_replicas >= 2
        )
        assert bool(stack["grafana"]["podDisruptionBudget"]) is (observability.grafana_replicas >= 2)


def test_the_keda_operator_exports_the_queue_depth_the_backlog_alert_reads(
    environments: dict[str, Environment],
) -> None:
    prometheus = VALUES["keda"](environments["prod"])["prometheus"]
    assert prometheus["operator"] == {"enabled": True, "serviceMonitor": {"enabled": True}, "port": 8080}


def test_only_the_keda_operator_joins_the_mesh_and_its_own_ports_stay_outside_the_proxy(
    environments: dict[str, Environment],
) -> None:
    values = VALUES["keda"](environments["prod"])
    assert values["podLabels"] == {"keda": {"sidecar.istio.io/inject": "true"}}
    excluded = values["podAnnotations"]["keda"]["traffic.sidecar.istio.io/excludeInboundPorts"]
    assert sorted(excluded.split(",")) == sorted(str(p.number) for p in KEDA_OPERATOR.ports)
    assert "metricsAdapter" not in values["podLabels"] and "webhooks" not in values["podLabels"]


def test_sidecars_get_the_resources_the_quotas_count(environments: dict[str, Environment]) -> None:
    for environment in environments.values():
        proxy = VALUES["istiod"](environment)["global"]["proxy"]["resources"]
        assert proxy == environment.mesh.proxy_resources.model_dump(), environment.name


def test_argo_cd_reports_the_health_of_applications_so_root_waves_wait(
    environments: dict[str, Environment],
) -> None:
    cm = VALUES["argo-cd"](environments["prod"])["configs"]["cm"]
    assert "obj.status.health.status" in cm["resource.customizations.health.argoproj.io_Application"]


def test_vault_peers_spread_strictly_so_a_lost_zone_keeps_the_raft_majority(
    environments: dict[str, Environment],
) -> None:
    # DoNotSchedule with maxSkew 1 over the configured zones: 5 peers over 3 zones are 2/2/1, so losing
    # a zone leaves 3, the majority; minDomains counts every zone even before it has a node
    for environment in environments.values():
        [spread] = VALUES["vault"](environment)["server"]["topologySpreadConstraints"]
        assert spread["whenUnsatisfiable"] == "DoNotSchedule"
        assert (spread["maxSkew"], spread["minDomains"]) == (1, environment.aws.az_count)
        assert spread["topologyKey"] == "topology.kubernetes.io/zone"
    # dev: one server in two zones stays schedulable (skew 1 - 0 = 1)
    assert (environments["dev"].vault.replicas, environments["dev"].aws.az_count) == (1, 2)


def test_prometheus_adapter_serves_only_the_request_rate_of_the_contract(
    environments: dict[str, Environment],
) -> None:
    for environment in environments.values():
        values = VALUES["prometheus-adapter"](environment)
        rules = values["rules"]
        # custom metrics only: metrics-server serves metrics.k8s.io and KEDA external.metrics.k8s.io
        assert rules["default"] is False
        assert rules["external"] == []
        assert "resource" not in rules
        [rule] = rules["custom"]
        assert rule["name"] == {"matches": f"^{HTTP_REQUESTS_TOTAL}$", "as": HTTP_REQUESTS_PER_SECOND}
        # the series labels the PodMonitors set: namespace and pod (prometheus-operator), service (relabel)
        assert rule["seriesQuery"] == (
            f'{HTTP_REQUESTS_TOTAL}{{{NAMESPACE_LABEL}="{API_GATEWAY.namespace}",'
            f'{POD_LABEL}!="",{SERVICE_LABEL}!=""}}'
        )
        assert rule["resources"]["overrides"] == {
            NAMESPACE_LABEL: {"resource": "namespace"},
            POD_LABEL: {"resource": "pod"},
        }
        window = REQUEST_RATE_WINDOW_SCRAPES * environment.observability.scrape_interval_seconds
        assert rule["metricsQuery"] == (
            f"sum(rate(<<.Series>>{{<<.LabelMatchers>>}}[{window}s])) by (<<.GroupBy>>)"
        )
        prometheus = values["prometheus"]
        assert f"{prometheus['url']}:{prometheus['port']}{prometheus['path']}" == PROMETHEUS_URL
        assert values["replicas"] >= 2 and values["podDisruptionBudget"] == {
            "enabled": True,
            "maxUnavailable": 1,
        }


PROXY_RESOURCE_ANNOTATIONS = (
    "sidecar.istio.io/proxyCPU",
    "sidecar.istio.io/proxyCPULimit",
    "sidecar.istio.io/proxyMemory",
    "sidecar.istio.io/proxyMemoryLimit",
)


def test_no_pod_overrides_the_sidecar_resources_the_quotas_count(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    for name, documents in manifests.items():
        for manifest in documents:
            template = pod_template(manifest) or {}
            annotations = (template.get("metadata") or {}).get("annotations") or {}
            overridden = sorted(set(annotations) & set(PROXY_RESOURCE_ANNOTATIONS))
            assert not overridden, f"{name}: {manifest.ref} sets {overridden}"


@pytest.mark.shared  # reads the pinned charts or CRDs in ../shared
def test_vault_config_sets_no_key_the_pinned_chart_appends(environments: dict[str, Environment]) -> None:
    # vault.config (templates/_helpers.tpl) appends settings to an HCL config; Vault refuses a repeated key
    helpers = DEFAULT_HELM_CHARTS / f"vault-{addon('vault').version}" / "templates" / "_helpers.tpl"
    appended = re.findall(r'printf "%s\\n%s" \$config "([^"]+)"', helpers.read_text(encoding="utf-8"))
    assert appended == ["disable_mlock = true"], "the chart's appended settings changed: review this check"
    for environment in environments.values():
        config = VALUES["vault"](environment)["server"]["ha"]["raft"]["config"]
        keys = re.findall(r"^(\w+)\s*=", "\n".join([config, *appended]), flags=re.MULTILINE)
        assert sorted(keys) == sorted(set(keys)), f"{environment.name}: top-level keys set twice: {keys}"
