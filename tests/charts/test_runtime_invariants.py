"""Invariants of the synthesized runtime, in every environment: each test names why a field exists.

checkov does not know the Rollout kind, so these tests read the pod templates of Rollouts exactly
like those of StatefulSets (``tests/scanners/test_checkov_kubernetes.py`` also scans them as
Deployments).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import pytest

from charts.pod_spec import RUN_AS_USER
from contexter_deploy.facts.manifests import Manifest, find
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.contracts import MAX_STARTUP_SECONDS
from contexter_deploy.ground.topology import WORKLOADS, Workload
from contexter_deploy.validation.workload_checks import (
    pod_template,
    probe_budget_seconds,
    rollout_duration_seconds,
)

ENVIRONMENTS = ("dev", "staging", "prod")
STATELESS = [w for w in WORKLOADS if w.delivery is not None]
STATEFUL = [w for w in WORKLOADS if w.delivery is None and w.ports]


def _pods(manifests: tuple[Manifest, ...]) -> Iterator[tuple[Manifest, Mapping[str, Any]]]:
    """The pods of the Contexter workloads (jobs and add-ons have their own tests)."""
    names = {(w.namespace, w.name) for w in [*STATELESS, *STATEFUL]}
    for manifest in manifests:
        template = pod_template(manifest)
        if template is not None and (manifest.namespace, manifest.name) in names:
            yield manifest, template["spec"]


def _containers(manifests: tuple[Manifest, ...]) -> Iterator[tuple[Manifest, Mapping[str, Any]]]:
    for manifest, pod in _pods(manifests):
        for container in [*pod.get("initContainers", ()), *pod["containers"]]:
            yield manifest, container


def _workload(manifests: tuple[Manifest, ...], workload: Workload) -> Manifest:
    kind = "Rollout" if workload.delivery else "StatefulSet"
    manifest = find(manifests, kind, workload.name, workload.namespace)
    assert manifest is not None, f"{kind} {workload.namespace}/{workload.name} is missing"
    return manifest


@pytest.mark.parametrize("environment", ENVIRONMENTS)
def test_every_contexter_workload_is_synthesized(
    manifests: dict[str, tuple[Manifest, ...]], environment: str
) -> None:
    for workload in [*STATELESS, *STATEFUL]:
        _workload(manifests[environment], workload)


@pytest.mark.parametrize("environment", ENVIRONMENTS)
def test_stateless_services_are_rollouts_and_never_deployments(
    manifests: dict[str, tuple[Manifest, ...]], environment: str
) -> None:
    assert not [m.ref for m in manifests[environment] if m.kind == "Deployment"]
    assert sorted(m.name for m in manifests[environment] if m.kind == "Rollout") == sorted(
        w.name for w in STATELESS
    )


@pytest.mark.parametrize("environment", ENVIRONMENTS)
def test_every_container_requests_and_limits_cpu_memory_and_ephemeral_storage(
    manifests: dict[str, tuple[Manifest, ...]], environment: str
) -> None:
    """Requests let the scheduler bin-pack; limits stop one pod from starving its node."""
    for manifest, container in _containers(manifests[environment]):
        resources = container["resources"]
        for bound in ("requests", "limits"):
            assert set(resources[bound]) == {"cpu", "memory", "ephemeral-storage"}, (
                manifest.ref,
                container["name"],
            )


@pytest.mark.parametrize("environment", ENVIRONMENTS)
def test_every_pod_runs_as_the_fixed_non_root_user(
    manifests: dict[str, tuple[Manifest, ...]], environment: str
) -> None:
    for manifest, pod in _pods(manifests[environment]):
        context = pod["securityContext"]
        assert context["runAsNonRoot"] is True, manifest.ref
        assert (context["runAsUser"], context["runAsGroup"], context["fsGroup"]) == (RUN_AS_USER,) * 3, (
            manifest.ref
        )
        assert context["seccompProfile"] == {"type": "RuntimeDefault"}, manifest.ref


@pytest.mark.parametrize("environment", ENVIRONMENTS)
def test_every_container_is_restricted_with_a_read_only_root(
    manifests: dict[str, tuple[Manifest, ...]], environment: str
) -> None:
    for manifest, container in _containers(manifests[environment]):
        context = container["securityContext"]
        assert context["readOnlyRootFilesystem"] is True, (manifest.ref, container["name"])
        assert context["allowPrivilegeEscalation"] is False, (manifest.ref, container["name"])
        assert context["capabilities"] == {"drop": ["ALL"]}, (manifest.ref, container["name"])
        assert "privileged" not in context


@pytest.mark.parametrize("environment", ENVIRONMENTS)
def test_writable_paths_are_size_limited_volumes(
    manifests: dict[str, tuple[Manifest, ...]], environment: str
) -> None:
    """With a read-only root, every writable path is a volume, and scratch space is capped."""
    for manifest, pod in _pods(manifests[environment]):
        for volume in pod.get("volumes", ()):
            if "emptyDir" in volume:
                assert "sizeLimit" in volume["emptyDir"], (manifest.ref, volume["name"])
        mounted = {m["mountPath"] for c in pod["containers"] for m in c.get("volumeMounts", ())}
        assert "/tmp" in mounted, manifest.ref  # noqa: S108


@pytest.mark.parametrize("environment", ENVIRONMENTS)
def test_no_pod_mounts_an_api_token_or_sees_service_links(
    manifests: dict[str, tuple[Manifest, ...]], environment: str
) -> None:
    """None of the workloads talks to the Kubernetes API; a mounted token would only be a risk."""
    for manifest, pod in _pods(manifests[environment]):
        assert pod["automountServiceAccountToken"] is False, manifest.ref
        assert pod["enableServiceLinks"] is False, manifest.ref
    for workload in [*STATELESS, *STATEFUL]:
        account = find(
            manifests[environment], "ServiceAccount", workload.identity.service_account, workload.namespace
        )
        assert account is not None
        assert account.document["automountServiceAccountToken"] is False, account.ref


@pytest.mark.parametrize("environment", ENVIRONMENTS)
def test_every_workload_runs_as_its_own_identity(
    manifests: dict[str, tuple[Manifest, ...]], environment: str
) -> None:
    for workload in [*STATELESS, *STATEFUL]:
        pod = _workload(manifests[environment], workload).spec["template"]["spec"]
        assert pod["serviceAccountName"] == workload.identity.service_account


@pytest.mark.parametrize("environment", ENVIRONMENTS)
def test_every_http_service_starts_within_thirty_seconds(
    manifests: dict[str, tuple[Manifest, ...]], environment: str
) -> None:
    for workload in STATELESS:
        [container] = _workload(manifests[environment], workload).spec["template"]["spec"]["containers"]
        assert probe_budget_seconds(container["startupProbe"]) <= MAX_STARTUP_SECONDS


@pytest.mark.parametrize("environment", ENVIRONMENTS)
def test_the_pre_stop_drain_ends_well_before_the_grace_period(
    manifests: dict[str, tuple[Manifest, ...]], environment: str
) -> None:
    """The drain must end with time left for the app to finish in-flight requests before SIGKILL."""
    for manifest, pod in _pods(manifests[environment]):
        for container in pod["containers"]:
            command = container.get("lifecycle", {}).get("preStop", {}).get("exec", {}).get("command", [])
            if command[:1] == ["sleep"]:
                assert int(command[1]) * 2 <= pod["terminationGracePeriodSeconds"], manifest.ref


@pytest.mark.parametrize("environment", ENVIRONMENTS)
def test_every_workload_spreads_across_zones(
    manifests: dict[str, tuple[Manifest, ...]], environment: str
) -> None:
    """Losing one availability zone must never take out a whole service."""
    for workload in [*STATELESS, *STATEFUL]:
        pod = _workload(manifests[environment], workload).spec["template"]["spec"]
        zone = [
            c for c in pod["topologySpreadConstraints"] if c["topologyKey"] == "topology.kubernetes.io/zone"
        ]
        assert zone and zone[0]["whenUnsatisfiable"] == "DoNotSchedule", workload.name


def test_prod_stateless_services_scale_tenfold_from_at_least_three(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    for autoscaler in (m for m in manifests["prod"] if m.kind in ("HorizontalPodAutoscaler", "ScaledObject")):
        spec = autoscaler.spec
        low = spec.get("minReplicas", spec.get("minReplicaCount"))
        high = spec.get("maxReplicas", spec.get("maxReplicaCount"))
        assert low >= 3, autoscaler.ref
        assert high >= 10 * low, autoscaler.ref


@pytest.mark.parametrize("environment", ENVIRONMENTS)
def test_each_stateless_service_has_exactly_one_autoscaler_on_its_rollout(
    manifests: dict[str, tuple[Manifest, ...]], environment: str
) -> None:
    targets = [
        (m.kind, m.spec["scaleTargetRef"]["kind"], m.spec["scaleTargetRef"]["name"])
        for m in manifests[environment]
        if m.kind in ("HorizontalPodAutoscaler", "ScaledObject")
    ]
    assert sorted(targets) == [
        ("HorizontalPodAutoscaler", "Rollout", "api-gateway"),
        ("HorizontalPodAutoscaler", "Rollout", "search"),
        ("ScaledObject", "Rollout", "ingestion"),
    ]


@pytest.mark.parametrize("environment", ENVIRONMENTS)
def test_every_rollout_fits_well_within_the_deployment_budget(
    manifests: dict[str, tuple[Manifest, ...]], environments: dict[str, Environment], environment: str
) -> None:
    """DESIGN.md: a deployment takes under 10 minutes; keep a fifth of the budget as margin."""
    budget = environments[environment].rollout.deployment_budget_seconds
    for rollout in (m for m in manifests[environment] if m.kind == "Rollout"):
        seconds, manual_gates = rollout_duration_seconds(rollout, manifests[environment])
        assert seconds <= 0.8 * budget, (rollout.ref, seconds)
        assert manual_gates == [], "every environment promotes automatically once analysis passes"


@pytest.mark.parametrize("environment", ENVIRONMENTS)
def test_no_secret_value_is_written_to_dist(
    manifests: dict[str, tuple[Manifest, ...]], environment: str
) -> None:
    assert not [m.ref for m in manifests[environment] if m.kind == "Secret"]
    for manifest, container in _containers(manifests[environment]):
        for env in container.get("env", ()):
            if {"KEY", "PASSWORD", "TOKEN", "SECRET"} & set(env["name"].split("_")):
                assert "value" not in env, (manifest.ref, env["name"])
                assert "secretKeyRef" in env["valueFrom"], (manifest.ref, env["name"])


def test_collections_are_replicated_in_staging_and_prod(manifests: dict[str, tuple[Manifest, ...]]) -> None:
    """A factor of 2 keeps every shard on two nodes in two zones: one node or zone may fail."""
    for environment in ("staging", "prod"):
        for service in ("search", "ingestion"):
            config_map = find(manifests[environment], "ConfigMap", service, "contexter")
            assert config_map is not None
            assert int(config_map.document["data"]["QDRANT_REPLICATION_FACTOR"]) >= 2
        qdrant = find(manifests[environment], "StatefulSet", "qdrant")
        assert qdrant is not None
        env = {e["name"]: e.get("value") for e in qdrant.spec["template"]["spec"]["containers"][0]["env"]}
        assert int(env["QDRANT__STORAGE__COLLECTION__REPLICATION_FACTOR"]) >= 2


def test_redis_fails_over_automatically_in_staging_and_prod(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    for environment in ("staging", "prod"):
        redis = find(manifests[environment], "StatefulSet", "redis")
        assert redis is not None
        containers = [c["name"] for c in redis.spec["template"]["spec"]["containers"]]
        assert redis.spec["replicas"] == 3
        assert containers.count("sentinel") == 1, "one Sentinel per pod: three Sentinels"
