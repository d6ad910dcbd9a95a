"""charts/services/queue_autoscaler.py"""

from __future__ import annotations

from typing import Any

import pytest
from cdk8s import Chart
from syrupy.assertion import SnapshotAssertion

from charts.data.endpoints import redis_address, sentinel_addresses
from charts.services.queue_autoscaler import QueueAutoscaler, QueueAutoscalerProps, RedisEndpoint
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.topology import INGESTION
from tests.charts.services.rollout_fixture import build_rollout
from tests.helpers import documents_of_kind, synth_construct


def _synth(
    environment: Environment, redis: RedisEndpoint, min_replicas: int | None = None
) -> list[dict[str, Any]]:
    ingestion = environment.workloads.ingestion

    def build(chart: Chart) -> None:
        props = QueueAutoscalerProps(
            target=build_rollout(chart, environment, INGESTION),
            min_replicas=ingestion.min_replicas if min_replicas is None else min_replicas,
            max_replicas=ingestion.max_replicas,
            cpu_utilization_percent=ingestion.scaling.target_cpu_utilization_percent,
            queue=ingestion.scaling.queue,
            redis=redis,
        )
        QueueAutoscaler(chart, "keda", props=props)

    documents = synth_construct(build)
    return [d for d in documents if d["kind"] in ("TriggerAuthentication", "ScaledObject")]


def _sentinels() -> RedisEndpoint:
    return RedisEndpoint(sentinels=sentinel_addresses(3))


def test_queue_autoscaler_snapshot(environments: dict[str, Environment], snapshot: SnapshotAssertion) -> None:
    assert _synth(environments["prod"], _sentinels()) == snapshot


def test_the_scaled_object_scales_the_rollout_within_the_configured_bounds(
    environments: dict[str, Environment],
) -> None:
    [scaled] = documents_of_kind(_synth(environments["prod"], _sentinels()), "ScaledObject")
    assert scaled["spec"]["scaleTargetRef"] == {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Rollout",
        "name": "ingestion",
    }
    assert (scaled["spec"]["minReplicaCount"], scaled["spec"]["maxReplicaCount"]) == (3, 30)


def test_workers_scale_on_queue_length_through_the_sentinels(environments: dict[str, Environment]) -> None:
    [scaled] = documents_of_kind(_synth(environments["prod"], _sentinels()), "ScaledObject")
    queue, cpu = scaled["spec"]["triggers"]
    assert queue["type"] == "redis-sentinel"
    assert queue["metadata"] == {
        "addresses": ",".join(sentinel_addresses(3)),
        "sentinelMaster": "contexter",
        "listName": "contexter:ingestion:jobs",
        "listLength": "1000",
        "activationListLength": "10",
        "databaseIndex": "0",
    }
    assert queue["authenticationRef"] == {"name": "ingestion-redis"}
    assert cpu == {
        "type": "cpu",
        "name": "cpu",
        "metricType": "Utilization",
        "metadata": {"value": "70", "containerName": "ingestion"},
    }


def test_the_password_comes_from_the_redis_auth_secret(environments: dict[str, Environment]) -> None:
    [auth] = documents_of_kind(_synth(environments["prod"], _sentinels()), "TriggerAuthentication")
    assert auth["metadata"]["name"] == "ingestion-redis"
    assert auth["spec"]["secretTargetRef"] == [
        {"parameter": "password", "name": "redis-auth", "key": "password"},
        {"parameter": "sentinelPassword", "name": "redis-auth", "key": "password"},
    ]


def test_dev_reads_its_single_redis(environments: dict[str, Environment]) -> None:
    documents = _synth(environments["dev"], RedisEndpoint(address=redis_address()))
    [scaled] = documents_of_kind(documents, "ScaledObject")
    queue = scaled["spec"]["triggers"][0]
    assert queue["type"] == "redis"
    assert queue["metadata"]["address"] == "redis.contexter-data.svc.cluster.local:6379"
    [auth] = documents_of_kind(documents, "TriggerAuthentication")
    assert [ref["parameter"] for ref in auth["spec"]["secretTargetRef"]] == ["password"]


def test_keda_scales_up_fast_and_down_slowly(environments: dict[str, Environment]) -> None:
    [scaled] = documents_of_kind(_synth(environments["prod"], _sentinels()), "ScaledObject")
    behavior = scaled["spec"]["advanced"]["horizontalPodAutoscalerConfig"]["behavior"]
    assert behavior["scaleUp"]["stabilizationWindowSeconds"] == 0
    assert behavior["scaleDown"]["stabilizationWindowSeconds"] == 300


def test_fails_when_min_replicas_exceed_max_replicas(environments: dict[str, Environment]) -> None:
    with pytest.raises(ValueError, match="min_replicas 40 must be <= max_replicas 30"):
        _synth(environments["prod"], _sentinels(), min_replicas=40)


def test_fails_when_redis_is_both_or_neither() -> None:
    with pytest.raises(ValueError, match="either sentinels or an address"):
        RedisEndpoint()
    with pytest.raises(ValueError, match="either sentinels or an address"):
        RedisEndpoint(sentinels=("a:1",), address="b:2")


FALLBACK_METRIC_TYPES = {"AverageValue", "Value"}
"""The trigger metric types KEDA 2.18 falls back for; CPU and memory triggers never fall back."""


def test_a_lost_queue_metric_falls_back_instead_of_freezing_the_hpa(
    environments: dict[str, Environment],
) -> None:
    for redis in (_sentinels(), RedisEndpoint(address=redis_address())):
        [scaled] = documents_of_kind(_synth(environments["prod"], redis), "ScaledObject")
        fallback = scaled["spec"]["fallback"]
        assert fallback["failureThreshold"] >= 1
        assert scaled["spec"]["minReplicaCount"] <= fallback["replicas"] <= scaled["spec"]["maxReplicaCount"]
        assert fallback["behavior"] == "currentReplicasIfHigher"
        falling_back = [t for t in scaled["spec"]["triggers"] if t["type"] not in ("cpu", "memory")]
        assert falling_back, "no trigger the fallback applies to"
        for trigger in falling_back:
            assert trigger.get("metricType", "AverageValue") in FALLBACK_METRIC_TYPES, trigger["name"]
