"""RTO for pod and node failure, per service, against arithmetic done by hand.

``tests.report.builders.container``: readiness 5 s x 3 (default failureThreshold) = 15 s,
liveness 10 x 3 = 30 s, startup 2 x 15 = 30 s, first readiness 5 s. Endpoint propagation 5 s,
node-monitor grace 50 s (``parameters``).
"""

from __future__ import annotations

from typing import Any

from contexter_deploy.facts.parameters import DEFAULT_PARAMETERS, requirements_for
from contexter_deploy.report.result import Status
from contexter_deploy.report.rto import rto_rows
from tests.report.builders import container, inputs_of, workload, workloads_of, zone_spread

ZONES = {
    "resource": {
        "aws_subnet": {
            f"private_{index}": {"availability_zone": f"eu-west-1{zone}"} for index, zone in enumerate("abc")
        }
    }
}
"""Three zones, from the subnets of the Terraform JSON."""


def rows(*documents: dict[str, Any], terraform: dict[str, Any] | None = None) -> dict[str, Any]:
    inputs = inputs_of(*documents, terraform=terraform)
    return {
        row.subject: row
        for row in rto_rows(inputs, workloads_of(inputs), DEFAULT_PARAMETERS, requirements_for("prod"))
    }


SHORT_TOLERATIONS = {
    "tolerations": [
        {
            "key": "node.kubernetes.io/unreachable",
            "operator": "Exists",
            "effect": "NoExecute",
            "tolerationSeconds": 30,
        }
    ]
}
HOST_ANTI_AFFINITY = {
    "podAntiAffinity": {
        "requiredDuringSchedulingIgnoredDuringExecution": [
            {"topologyKey": "kubernetes.io/hostname", "labelSelector": {}}
        ]
    }
}
CLAIM = {"metadata": {"name": "data"}, "spec": {"resources": {"requests": {"storage": "1Gi"}}}}


def test_single_replica_pod_failure_is_the_replacement() -> None:
    # nothing else serves: liveness 10 x 3 = 30 + back-off 10 + startup 2 x 15 = 30 + readiness 5 = 75 s
    result = rows(workload("Rollout", "api", replicas=1))["api (pod)"]
    assert result.seconds == 75
    assert result.status is Status.PASS
    assert result.details[0] == "service: back only when the replica is (one pod lost; no replica left of 1)"


def test_single_replica_node_failure_with_the_default_toleration_fails_five_minutes() -> None:
    # grace 50 + default toleration 300 + scheduling 2 + node 60 + pull 10 + startup 30 + readiness 5 = 457 s
    node = rows(workload("Rollout", "api", replicas=1))["api (node)"]
    assert node.seconds == 457
    assert node.status is Status.FAIL
    assert "default toleration 300 s (the pod sets none)" in node.details[-1]


def test_replicated_service_fails_over_in_seconds_and_shows_the_replacement() -> None:
    # 3 replicas: one lost pod leaves 2 serving; readiness 5 x 3 = 15 + propagation 5 = 20 s.
    # The replacement (75 s) is context.
    pod = rows(workload("Rollout", "api"))["api (pod)"]
    assert (pod.seconds, pod.status) == (20, Status.PASS)
    assert pod.details == (
        "one pod lost",
        "service: 2 of 3 replicas keep serving; readiness of api fails (15 s)"
        " + endpoint propagation 5 s = 20 s",
        "replica replacement (context): liveness 30 s + restart back-off 10 s"
        " + api: startupProbe budget 30 s + readiness 5 s = 75 s",
    )


def test_node_failure_of_a_zone_spread_service_is_the_node_grace_period() -> None:
    # hard zone spread, 3 replicas over 3 zones: floor((3 + 1 x 2) / 3) = 1 per zone, so at most 1 per
    # node; 2 keep serving once the node is NotReady: grace 50 + propagation 5 = 55 s,
    # although the replica itself takes 457 s (default toleration) to come back
    spread = workload("Rollout", "api", pod={"topologySpreadConstraints": [zone_spread("api")]})
    node = rows(spread, terraform=ZONES)["api (node)"]
    assert (node.seconds, node.status) == (55, Status.PASS)
    assert "replica replacement (context): node-monitor grace 50 s" in node.details[-1]
    assert node.details[-1].endswith("= 457 s")


def test_node_failure_without_spread_may_take_every_replica() -> None:
    # no zone list and no anti-affinity: all 3 may share the node, so the service waits for 457 s
    node = rows(workload("Rollout", "api"))["api (node)"]
    assert node.seconds == 457
    assert node.status is Status.FAIL


def test_qdrant_with_two_replicas_of_every_shard_fails_over() -> None:
    # 3 peers, one per node (anti-affinity), replication factor 2: losing one keeps the majority (2 of 3)
    # and a replica of every shard. Node: 50 + 5 = 55 s; the replica needs
    # 50 + 30 (toleration) + 2 + 60 + 10 + volume attach 30 + 35 = 217 s
    qdrant = workload(
        "StatefulSet",
        "qdrant",
        namespace="contexter-data",
        pod={**SHORT_TOLERATIONS, "affinity": HOST_ANTI_AFFINITY},
        volumeClaimTemplates=[CLAIM],
        containers=[container("qdrant", env=[{"name": "QDRANT__REPLICATION_FACTOR", "value": "2"}])],
    )
    result = rows(qdrant)
    assert (result["qdrant (node)"].seconds, result["qdrant (node)"].status) == (55, Status.PASS)
    assert result["qdrant (node)"].details[-2].endswith("= 217 s")
    assert result["qdrant (pod)"].seconds == 20  # readiness 15 + propagation 5


def test_qdrant_with_one_replica_per_shard_waits_for_the_peer() -> None:
    # replication factor 1 (Qdrant's default): the shards of the lost peer have no other replica, so
    # the service is whole only when the peer is back: 217 s as above
    qdrant = workload(
        "StatefulSet",
        "qdrant",
        namespace="contexter-data",
        pod={**SHORT_TOLERATIONS, "affinity": HOST_ANTI_AFFINITY},
        volumeClaimTemplates=[CLAIM],
    )
    node = rows(qdrant)["qdrant (node)"]
    assert node.seconds == 217
    assert "replication factor not configured: Qdrant default 1" in node.details[0]


def test_redis_fails_over_through_sentinel_with_its_configured_timings() -> None:
    # Sentinel beside each of 3 pods, quorum 2, down-after 5000 ms, failover-timeout 60000 ms:
    # losing one pod leaves 2 Sentinels (>= quorum 2, majority 2): 5 + 60 = 65 s
    config = (
        "sentinel monitor contexter redis-0 6379 2\n"
        "sentinel down-after-milliseconds contexter 5000\n"
        "sentinel failover-timeout contexter 60000\n"
    )
    sentinel = container("sentinel", command=["sh", "-c", config])
    redis = workload(
        "StatefulSet",
        "redis",
        namespace="contexter-data",
        pod={"affinity": HOST_ANTI_AFFINITY},
        containers=[container("redis"), sentinel],
    )
    result = rows(redis)
    for mode in ("pod", "node"):
        assert (result[f"redis ({mode})"].seconds, result[f"redis ({mode})"].status) == (65, Status.PASS)
    assert (
        "down-after-milliseconds 5 s (StatefulSet contexter-data/redis container sentinel)"
        in (result["redis (pod)"].details[1])
    )


def test_redis_without_its_settings_uses_sentinel_defaults() -> None:
    # defaults: down-after 30 s + failover-timeout 180 s = 210 s
    redis = workload(
        "StatefulSet",
        "redis",
        namespace="contexter-data",
        containers=[container("redis"), container("sentinel")],
    )
    assert rows(redis)["redis (pod)"].seconds == 210


def test_fails_when_a_container_has_no_liveness_probe_or_tolerates_unreachable_forever() -> None:
    # even with replicas that fail over, a replica that is never replaced fails the row
    bare = container("api")
    del bare["livenessProbe"]
    forever = {
        "tolerations": [
            {"key": "node.kubernetes.io/unreachable", "operator": "Exists", "effect": "NoExecute"}
        ]
    }
    result = rows(workload("Deployment", "api", containers=[bare], pod=forever))
    assert result["api (pod)"].value == "20 s"
    assert result["api (pod)"].details[0].startswith("the lost replica is never replaced:")
    assert result["api (node)"].value == "unbounded"
    assert result["api (pod)"].status is result["api (node)"].status is Status.FAIL
