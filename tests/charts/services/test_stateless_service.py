"""charts/services/stateless_service.py"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from charts.data.endpoints import sentinel_addresses
from charts.services.queue_autoscaler import RedisEndpoint
from charts.services.service_settings import secret_environment, settings
from charts.services.stateless_service import StatelessService, StatelessServiceProps
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.config.model import AutoscaledService, HpaScaling, QueueScaling
from contexter_deploy.ground.topology import API_GATEWAY, INGESTION, SEARCH, SMOKE_TEST, Workload
from tests.helpers import documents_of_kind, mask_promoted_images, synth_construct


def _synth(
    environment: Environment,
    workload: Workload,
    config: AutoscaledService,
    queue_redis: RedisEndpoint | None = None,
) -> list[dict[str, Any]]:
    props = StatelessServiceProps(
        workload=workload,
        config=config,
        settings=settings(workload, environment),
        secret_env=secret_environment(workload),
        rollout=environment.rollout,
        slo=environment.slo,
        queue_redis=queue_redis,
        smoke_client=SMOKE_TEST if workload.delivery == "blue-green" else None,
    )
    return synth_construct(lambda chart: StatelessService(chart, workload.name, props=props))


def _api_gateway(environment: Environment) -> list[dict[str, Any]]:
    return _synth(environment, API_GATEWAY, environment.workloads.api_gateway)


def _ingestion(environment: Environment) -> list[dict[str, Any]]:
    redis = RedisEndpoint(sentinels=sentinel_addresses(3))
    return _synth(environment, INGESTION, environment.workloads.ingestion, queue_redis=redis)


def test_stateless_service_snapshot(
    environments: dict[str, Environment], snapshot: SnapshotAssertion
) -> None:
    assert mask_promoted_images(_api_gateway(environments["prod"]), environments["prod"]) == snapshot


def test_a_service_is_a_rollout_and_never_a_deployment(environments: dict[str, Environment]) -> None:
    kinds = Counter(document["kind"] for document in _api_gateway(environments["prod"]))
    assert kinds == {
        "ServiceAccount": 2,
        "Service": 2,
        "ConfigMap": 2,
        "PodDisruptionBudget": 1,
        "AnalysisTemplate": 3,
        "Rollout": 1,
        "HorizontalPodAutoscaler": 1,
    }


def test_each_delivery_strategy_gets_its_services(environments: dict[str, Environment]) -> None:
    search = _synth(environments["prod"], SEARCH, environments["prod"].workloads.search)
    names = [service["metadata"]["name"] for service in documents_of_kind(search, "Service")]
    assert names == ["search", "search-stable", "search-canary"]
    for service in documents_of_kind(search, "Service"):
        assert service["spec"]["type"] == "ClusterIP"
        assert service["spec"]["ports"] == [
            {"name": "http", "port": 8000, "targetPort": "http", "appProtocol": "http"}
        ]
        assert service["spec"]["selector"] == {"app.kubernetes.io/name": "search"}


def test_the_rollout_reads_its_own_config_map(environments: dict[str, Environment]) -> None:
    documents = _api_gateway(environments["prod"])
    [config_map] = [
        c for c in documents_of_kind(documents, "ConfigMap") if c["metadata"]["name"] == "api-gateway"
    ]
    [rollout] = documents_of_kind(documents, "Rollout")
    [container] = rollout["spec"]["template"]["spec"]["containers"]
    assert container["envFrom"] == [{"configMapRef": {"name": config_map["metadata"]["name"]}}]
    assert config_map["data"] == settings(API_GATEWAY, environments["prod"])


def test_the_rollout_is_gated_by_its_own_analysis(environments: dict[str, Environment]) -> None:
    documents = _api_gateway(environments["prod"])
    templates = {t["metadata"]["name"]: t for t in documents_of_kind(documents, "AnalysisTemplate")}
    assert set(templates) == {"api-gateway-slo", "api-gateway-callers", "api-gateway-smoke"}
    [rollout] = documents_of_kind(documents, "Rollout")
    blue_green = rollout["spec"]["strategy"]["blueGreen"]
    referenced = {
        ref["templateName"]
        for key in ("prePromotionAnalysis", "postPromotionAnalysis")
        for ref in blue_green[key]["templates"]
    }
    assert referenced == set(templates)
    for template in templates.values():
        prometheus = [m for m in template["spec"]["metrics"] if "prometheus" in m["provider"]]
        assert all("count" in metric for metric in prometheus), "a blue-green gate must end"


def test_canary_analysis_runs_until_the_rollout_completes(environments: dict[str, Environment]) -> None:
    [template] = documents_of_kind(_ingestion(environments["prod"]), "AnalysisTemplate")
    assert all("count" not in metric for metric in template["spec"]["metrics"])


def test_api_gateway_and_search_scale_on_an_hpa(environments: dict[str, Environment]) -> None:
    documents = _api_gateway(environments["prod"])
    [hpa] = documents_of_kind(documents, "HorizontalPodAutoscaler")
    assert (hpa["spec"]["minReplicas"], hpa["spec"]["maxReplicas"]) == (3, 30)
    assert not documents_of_kind(documents, "ScaledObject")


def test_ingestion_scales_on_keda_only(environments: dict[str, Environment]) -> None:
    documents = _ingestion(environments["prod"])
    assert len(documents_of_kind(documents, "ScaledObject")) == 1
    assert not documents_of_kind(documents, "HorizontalPodAutoscaler")
    [rollout] = documents_of_kind(documents, "Rollout")
    affinity = rollout["spec"]["template"]["spec"]["affinity"]["nodeAffinity"]
    assert affinity["preferredDuringSchedulingIgnoredDuringExecution"][0]["weight"] == 100


def test_secret_env_is_declared_to_scanners_with_a_reason(environments: dict[str, Environment]) -> None:
    [search] = documents_of_kind(
        _synth(environments["prod"], SEARCH, environments["prod"].workloads.search), "Rollout"
    )
    assert search["metadata"]["annotations"]["checkov.io/skip1"].startswith("CKV_K8S_35=")
    [gateway] = documents_of_kind(_api_gateway(environments["prod"]), "Rollout")
    assert not any(key.startswith("checkov.io/") for key in gateway["metadata"]["annotations"])


def test_the_service_account_token_is_not_mounted(environments: dict[str, Environment]) -> None:
    documents = _api_gateway(environments["dev"])
    accounts = documents_of_kind(documents, "ServiceAccount")
    assert [a["metadata"]["name"] for a in accounts] == ["api-gateway", "api-gateway-smoke"]
    assert all(a["automountServiceAccountToken"] is False for a in accounts)
    account = accounts[0]
    [rollout] = documents_of_kind(documents, "Rollout")
    assert rollout["spec"]["template"]["spec"]["serviceAccountName"] == account["metadata"]["name"]


def test_the_scaling_config_alone_picks_the_autoscaler(environments: dict[str, Environment]) -> None:
    prod = environments["prod"]
    redis = RedisEndpoint(sentinels=sentinel_addresses(3))
    search = prod.workloads.search
    by_queue = search.model_copy(update={"scaling": QueueScaling(autoscaler="keda")})
    by_hpa = prod.workloads.ingestion.model_copy(
        update={"scaling": HpaScaling(autoscaler="hpa", target_requests_per_second=5)}
    )
    for workload, config, kind in (
        (SEARCH, search, "HorizontalPodAutoscaler"),
        (SEARCH, by_queue, "ScaledObject"),
        (INGESTION, by_hpa, "HorizontalPodAutoscaler"),
    ):
        kinds = Counter(d["kind"] for d in _synth(prod, workload, config, queue_redis=redis))
        assert (kinds["HorizontalPodAutoscaler"], kinds["ScaledObject"], kinds[kind]) == (
            int(kind == "HorizontalPodAutoscaler"),
            int(kind == "ScaledObject"),
            1,
        ), (workload.name, config.scaling)


def test_fails_when_queue_scaling_has_no_redis(environments: dict[str, Environment]) -> None:
    with pytest.raises(
        ValueError,
        match=r"ingestion: scaling\.autoscaler 'keda' reads the queue length from Redis;"
        r" allowed: a queue_redis endpoint",
    ):
        _synth(environments["prod"], INGESTION, environments["prod"].workloads.ingestion)
