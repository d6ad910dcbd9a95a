"""Surviving the loss of one AZ, against arithmetic done by hand."""

from __future__ import annotations

from typing import Any

from contexter_deploy.facts.parameters import DEFAULT_PARAMETERS, requirements_for
from contexter_deploy.report.availability import availability_rows, max_in_one_zone
from contexter_deploy.report.result import Status
from tests.report.builders import container, inputs_of, workload, workloads_of, zone_spread

THREE_ZONES = {
    "resource": {"aws_subnet": {f"s{i}": {"availability_zone": f"eu-west-1{z}"} for i, z in enumerate("abc")}}
}
TWO_ZONES = {
    "resource": {"aws_subnet": {f"s{i}": {"availability_zone": f"eu-west-1{z}"} for i, z in enumerate("ab")}}
}
LABELS = {"app.kubernetes.io/name": "api"}


def rows(
    *documents: dict[str, Any], terraform: dict[str, Any] = THREE_ZONES, environment: str = "prod"
) -> dict[str, Any]:
    inputs = inputs_of(*documents, terraform=terraform, environment=environment)
    result = availability_rows(
        inputs, workloads_of(inputs), DEFAULT_PARAMETERS, requirements_for(environment)
    )
    return {row.subject: row for row in result}


def test_zone_spread_bounds_the_fullest_zone() -> None:
    spec = {"topologySpreadConstraints": [zone_spread("api")]}
    assert max_in_one_zone(spec, LABELS, 3, 3)[0] == 1  # floor((3 + 1 x 2) / 3) = 1
    assert max_in_one_zone(spec, LABELS, 4, 3)[0] == 2  # floor((4 + 2) / 3) = 2: 2, 1, 1
    assert max_in_one_zone(spec, LABELS, 3, 2)[0] == 2  # floor((3 + 1) / 2) = 2
    wide = {"topologySpreadConstraints": [zone_spread("api", skew=2)]}
    assert max_in_one_zone(wide, LABELS, 3, 3)[0] == 2  # floor((3 + 2 x 2) / 3) = 2
    soft = {"topologySpreadConstraints": [zone_spread("api", when="ScheduleAnyway")]}
    assert max_in_one_zone(soft, LABELS, 3, 3)[0] == 3  # a preference guarantees nothing
    other = {"topologySpreadConstraints": [zone_spread("other")]}
    assert max_in_one_zone(other, LABELS, 3, 3)[0] == 3  # selects other pods


def test_three_spread_replicas_keep_two_when_a_zone_is_lost() -> None:
    api = workload("Rollout", "api", pod={"topologySpreadConstraints": [zone_spread("api")]})
    row = rows(api)["api"]
    assert (row.value, row.status) == ("2 of 3 left", Status.PASS)


def test_fails_when_the_topology_spread_is_dropped() -> None:
    row = rows(workload("Rollout", "api"))["api"]
    assert (row.value, row.status) == ("0 of 3 left", Status.FAIL)


def test_dev_with_one_replica_does_not_survive_and_says_so() -> None:
    api = workload("Rollout", "api", replicas=1, pod={"topologySpreadConstraints": [zone_spread("api")]})
    row = rows(api, terraform=TWO_ZONES, environment="dev")["api"]
    assert row.value == "0 of 1 left"
    assert row.status is Status.FAIL
    assert row.details[0] == "no replica left: the service is down until its pods are rescheduled"


def test_qdrant_needs_raft_majority_and_replication_factor_two() -> None:
    # 3 peers, one per zone: 2 left >= majority 2; 1 peer lost < replication factor 2
    qdrant = workload(
        "StatefulSet",
        "qdrant",
        namespace="contexter-data",
        pod={"topologySpreadConstraints": [zone_spread("qdrant")]},
    )
    config = {
        "apiVersion": "v1",
        "kind": "ConfigMap",
        "metadata": {"name": "search", "namespace": "contexter"},
        "data": {"QDRANT_REPLICATION_FACTOR": "2"},
    }
    assert rows(qdrant, config)["qdrant"].status is Status.PASS
    # without the ConfigMap the default factor is 1: the lost peer held the only replica of some shards
    alone = rows(qdrant)["qdrant"]
    assert alone.status is Status.FAIL
    assert "1 peers lost >= replication factor 1: some shards lose every replica" in alone.details


def test_redis_sentinels_must_keep_quorum_and_majority() -> None:
    sentinel = container("sentinel")
    spread = {"topologySpreadConstraints": [zone_spread("redis")]}
    redis = workload(
        "StatefulSet",
        "redis",
        namespace="contexter-data",
        pod=spread,
        containers=[container("redis"), sentinel],
    )
    row = rows(redis)["redis"]
    assert (row.value, row.status) == (
        "2 of 3 left, 2 of 3 Sentinels",
        Status.PASS,
    )  # 2 >= quorum 2 and majority 2
    single = workload("StatefulSet", "redis", namespace="contexter-data", replicas=2, pod=spread)
    assert (
        "no Sentinel: nothing promotes a replica when the primary's zone is lost"
        in rows(single)["redis"].details
    )


def test_vault_raft_from_the_application_helm_values() -> None:
    # 5 peers over 3 zones, skew 1: floor((5 + 2) / 3) = 2 lost, 3 left >= majority 3
    values = {
        "server": {
            "ha": {"enabled": True, "replicas": 5, "raft": {"enabled": True}},
            "topologySpreadConstraints": (
                "- maxSkew: 1\n  topologyKey: topology.kubernetes.io/zone\n  labelSelector:\n"
                '    matchLabels:\n      app.kubernetes.io/name: {{ template "vault.name" . }}\n'
            ),
        }
    }
    application = {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Application",
        "metadata": {"name": "vault", "namespace": "argocd"},
        "spec": {
            "source": {"chart": "vault", "helm": {"valuesObject": values}},
            "destination": {"namespace": "vault"},
        },
    }
    row = rows(application)["vault"]
    assert (row.value, row.status) == ("3 of 5 peers left", Status.PASS)
    assert rows()["vault"].details == (
        "no Argo CD Application installing the vault chart found in dist/prod",
    )


def test_fails_without_a_zone_list() -> None:
    [row] = availability_rows(inputs_of(), (), DEFAULT_PARAMETERS, requirements_for("prod"))
    assert row.status is Status.FAIL
    assert "no zone list" in row.details[0]


def test_zones_from_terraform_expressions() -> None:
    # cdktf often writes ${data.aws_availability_zones.this.names[i]}: one zone per distinct expression
    names = {
        f"s{i}": {"availability_zone": f"${{data.aws_availability_zones.this.names[{i % 3}]}}"}
        for i in range(6)
    }
    counted = {
        "private": {"count": 3, "availability_zone": "${data.aws_availability_zones.this.names[count.index]}"}
    }
    for subnets in (names, counted):
        spread = workload("Rollout", "api", pod={"topologySpreadConstraints": [zone_spread("api")]})
        row = rows(spread, terraform={"resource": {"aws_subnet": subnets}})["api"]
        assert row.value == "2 of 3 left"


def test_sentinel_quorum_is_read_from_the_command_that_writes_its_config() -> None:
    # Sentinel writes sentinel.conf at start (it rewrites the file), so the quorum lives in the
    # container's command: quorum 3 with 3 Sentinels, one per zone: 2 left < 3, no failover
    writes = (
        "sentinel monitor contexter redis-0 6379 3\nexec redis-server /etc/redis/sentinel.conf --sentinel"
    )
    redis = workload(
        "StatefulSet",
        "redis",
        namespace="contexter-data",
        pod={"topologySpreadConstraints": [zone_spread("redis")]},
        containers=[container("redis"), container("sentinel", command=["sh", "-c", writes])],
    )
    row = rows(redis)["redis"]
    assert row.status is Status.FAIL
    assert "quorum 3 (StatefulSet contexter-data/redis container sentinel)" in row.details


def test_a_spread_without_min_domains_says_what_it_assumes() -> None:
    spec = {"topologySpreadConstraints": [zone_spread("api")]}
    assert max_in_one_zone(spec, LABELS, 3, 3)[1].endswith(
        "(assumes each zone has a node when the pods are placed: no minDomains)"
    )
    counted = {"topologySpreadConstraints": [{**zone_spread("api"), "minDomains": 3}]}
    assert max_in_one_zone(counted, LABELS, 3, 3)[1].endswith(", minDomains 3")
