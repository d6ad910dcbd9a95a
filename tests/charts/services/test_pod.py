"""charts/services/pod.py"""

from __future__ import annotations

from typing import Any

from syrupy.assertion import SnapshotAssertion

from charts.pod_spec import DRAIN_SECONDS, NODE_FAILURE_TOLERATION_SECONDS, RUN_AS_USER
from charts.secret_catalog import VOYAGE_AI
from charts.services.pod import (
    LIVENESS,
    READINESS,
    STARTUP,
    HttpPodProps,
    http_pod_template,
    render_pod_template,
    termination_grace_period_seconds,
)
from charts.services.service_settings import SecretEnv
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.contracts import MAX_STARTUP_SECONDS
from contexter_deploy.ground.topology import INGESTION, SEARCH
from contexter_deploy.validation.workload_checks import probe_budget_seconds
from tests.helpers import mask_promoted_images


def _render(environment: Environment, *, prefer_spot: bool = False) -> dict[str, Any]:
    service = environment.workloads.search
    return render_pod_template(
        http_pod_template(
            HttpPodProps(
                workload=SEARCH,
                image=service.image,
                resources=service.resources,
                config_map="search",
                secret_env=(SecretEnv("VOYAGE_API_KEY", VOYAGE_AI, "api-key"),),
                shutdown_timeout_seconds=service.shutdown_timeout_seconds,
                prefer_spot=prefer_spot,
            )
        )
    )


def test_pod_template_snapshot(environments: dict[str, Environment], snapshot: SnapshotAssertion) -> None:
    assert mask_promoted_images(_render(environments["prod"]), environments["prod"]) == snapshot


def test_rendering_keeps_int_or_string_values(environments: dict[str, Environment]) -> None:
    """Probe ports and emptyDir size limits are int-or-string fields; they must survive rendering."""
    pod = _render(environments["prod"])
    [container] = pod["spec"]["containers"]
    assert container["startupProbe"]["httpGet"] == {"path": "/health", "port": "http"}
    assert pod["spec"]["volumes"] == [{"name": "tmp", "emptyDir": {"sizeLimit": "256Mi"}}]


def test_containers_start_within_thirty_seconds(environments: dict[str, Environment]) -> None:
    [container] = _render(environments["prod"])["spec"]["containers"]
    assert probe_budget_seconds(container["startupProbe"]) == STARTUP.budget_seconds == 28
    assert STARTUP.budget_seconds <= MAX_STARTUP_SECONDS


def test_liveness_and_readiness_use_their_own_endpoints(environments: dict[str, Environment]) -> None:
    [container] = _render(environments["prod"])["spec"]["containers"]
    assert container["livenessProbe"]["httpGet"]["path"] == "/health"
    assert container["readinessProbe"]["httpGet"]["path"] == "/ready"
    assert READINESS.budget_seconds < LIVENESS.budget_seconds, (
        "a sick pod leaves the Service before it restarts"
    )


def test_in_flight_requests_finish_before_the_grace_period_ends(environments: dict[str, Environment]) -> None:
    pod = _render(environments["prod"])
    [container] = pod["spec"]["containers"]
    shutdown = environments["prod"].workloads.search.shutdown_timeout_seconds
    assert container["lifecycle"]["preStop"]["exec"]["command"] == ["sleep", str(DRAIN_SECONDS)]
    assert pod["spec"]["terminationGracePeriodSeconds"] == termination_grace_period_seconds(shutdown)
    assert pod["spec"]["terminationGracePeriodSeconds"] > DRAIN_SECONDS + shutdown
    assert '"terminationDrainDuration":"35s"' in pod["metadata"]["annotations"]["proxy.istio.io/config"]


def test_pods_run_as_a_fixed_non_root_user_with_a_read_only_root(
    environments: dict[str, Environment],
) -> None:
    pod = _render(environments["prod"])
    [container] = pod["spec"]["containers"]
    assert pod["spec"]["securityContext"] == {
        "fsGroup": RUN_AS_USER,
        "fsGroupChangePolicy": "OnRootMismatch",
        "runAsGroup": RUN_AS_USER,
        "runAsNonRoot": True,
        "runAsUser": RUN_AS_USER,
        "seccompProfile": {"type": "RuntimeDefault"},
    }
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    assert container["securityContext"]["allowPrivilegeEscalation"] is False
    assert container["securityContext"]["capabilities"] == {"drop": ["ALL"]}
    assert container["volumeMounts"] == [{"mountPath": "/tmp", "name": "tmp"}]  # noqa: S108
    assert pod["spec"]["automountServiceAccountToken"] is False


def test_settings_come_from_the_config_map_and_secrets_by_reference(
    environments: dict[str, Environment],
) -> None:
    [container] = _render(environments["prod"])["spec"]["containers"]
    assert container["envFrom"] == [{"configMapRef": {"name": "search"}}]
    assert container["env"] == [
        {"name": "VOYAGE_API_KEY", "valueFrom": {"secretKeyRef": {"name": "voyage-ai", "key": "api-key"}}}
    ]


def test_pods_spread_across_zones_per_replica_set(environments: dict[str, Environment]) -> None:
    constraints = _render(environments["prod"])["spec"]["topologySpreadConstraints"]
    assert [(c["topologyKey"], c["whenUnsatisfiable"]) for c in constraints] == [
        ("topology.kubernetes.io/zone", "DoNotSchedule"),
        ("kubernetes.io/hostname", "ScheduleAnyway"),
    ]
    assert all(c["matchLabelKeys"] == ["rollouts-pod-template-hash"] for c in constraints)


def test_spot_capacity_is_preferred_only_when_asked(environments: dict[str, Environment]) -> None:
    assert "affinity" not in _render(environments["prod"])["spec"]
    affinity = _render(environments["prod"], prefer_spot=True)["spec"]["affinity"]
    [term] = affinity["nodeAffinity"]["preferredDuringSchedulingIgnoredDuringExecution"]
    assert term["preference"]["matchExpressions"] == [
        {"key": "karpenter.sh/capacity-type", "operator": "In", "values": ["spot"]}
    ]


def test_a_digest_pinned_image_is_never_pulled_again(environments: dict[str, Environment]) -> None:
    [prod] = _render(environments["prod"])["spec"]["containers"]
    [dev] = _render(environments["dev"])["spec"]["containers"]
    assert prod["imagePullPolicy"] == "IfNotPresent"
    assert dev["imagePullPolicy"] == "Always", "dev follows a mutable tag"


def test_ingestion_gets_a_longer_grace_period_for_its_jobs(environments: dict[str, Environment]) -> None:
    ingestion = environments["prod"].workloads.ingestion
    assert ingestion.shutdown_timeout_seconds == 60
    assert termination_grace_period_seconds(ingestion.shutdown_timeout_seconds) == 75
    assert INGESTION.delivery == "basic-canary"


def test_pods_leave_a_failed_node_in_time_for_the_five_minute_rto(
    environments: dict[str, Environment],
) -> None:
    pod = _render(environments["prod"])
    tolerations = {t["key"]: t for t in pod["spec"]["tolerations"]}
    for condition in ("node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable"):
        assert tolerations[condition] == {
            "effect": "NoExecute",
            "key": condition,
            "operator": "Exists",
            "tolerationSeconds": NODE_FAILURE_TOLERATION_SECONDS,
        }
    assert NODE_FAILURE_TOLERATION_SECONDS <= 60
