"""contexter_deploy/validation/workloads.py

Each check passes on the real output of every environment and fails on a copy of the prod output
with exactly one thing broken.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import pytest

from contexter_deploy.config import Environment, load_environment
from contexter_deploy.manifests import Manifest
from contexter_deploy.synth import synthesize
from contexter_deploy.validation import CHECKS, ValidationFailed, run_checks
from contexter_deploy.validation import workloads as checks
from contexter_deploy.validation.findings import Finding
from tests.conftest import CRD_SCHEMAS
from tests.helpers import environments_with

Mutation = Callable[[list[dict[str, Any]]], None]


def _find(documents: list[dict[str, Any]], kind: str, name: str) -> dict[str, Any]:
    return next(d for d in documents if d["kind"] == kind and d["metadata"]["name"] == name)


def _broken(manifests: Sequence[Manifest], mutate: Mutation) -> list[Manifest]:
    documents = [copy.deepcopy(dict(manifest.document)) for manifest in manifests]
    mutate(documents)
    return [Manifest(document) for document in documents]


def _messages(
    check: Callable[[Sequence[Manifest]], Iterable[Finding]], manifests: Sequence[Manifest]
) -> list[str]:
    return [finding.render() for finding in check(manifests)]


def _container(documents: list[dict[str, Any]], kind: str, name: str) -> dict[str, Any]:
    container: dict[str, Any] = _find(documents, kind, name)["spec"]["template"]["spec"]["containers"][0]
    return container


@pytest.fixture
def prod(manifests: dict[str, tuple[Manifest, ...]]) -> tuple[Manifest, ...]:
    return manifests["prod"]


def test_every_workload_check_is_registered() -> None:
    assert set(checks.CHECKS) <= set(CHECKS)


@pytest.mark.parametrize("environment", ["dev", "staging", "prod"])
def test_the_synthesized_output_passes_every_workload_check(
    manifests: dict[str, tuple[Manifest, ...]], environment: str
) -> None:
    assert run_checks(manifests[environment], checks.CHECKS) == []


def test_selects_understands_match_labels_and_expressions() -> None:
    labels = {"app.kubernetes.io/name": "search", "tier": "web"}
    assert checks.selects({"matchLabels": {"app.kubernetes.io/name": "search"}}, labels)
    assert not checks.selects({"matchLabels": {"app.kubernetes.io/name": "redis"}}, labels)
    assert checks.selects(
        {"matchExpressions": [{"key": "tier", "operator": "In", "values": ["web"]}]}, labels
    )
    assert not checks.selects(
        {"matchExpressions": [{"key": "tier", "operator": "NotIn", "values": ["web"]}]}, labels
    )
    assert checks.selects({"matchExpressions": [{"key": "tier", "operator": "Exists"}]}, labels)
    assert not checks.selects({"matchExpressions": [{"key": "tier", "operator": "DoesNotExist"}]}, labels)
    assert not checks.selects({}, labels), "an empty selector is never what this project means"


def test_fails_when_pdb_blocks_all_evictions(prod: tuple[Manifest, ...]) -> None:
    def min_available_equals_replicas(documents: list[dict[str, Any]]) -> None:
        spec = _find(documents, "PodDisruptionBudget", "search")["spec"]
        del spec["maxUnavailable"]
        spec["minAvailable"] = 3

    assert _messages(checks.check_disruption_budgets, _broken(prod, min_available_equals_replicas)) == [
        "PodDisruptionBudget contexter/search: minAvailable 3 >= 3 replica(s) blocks every eviction;"
        " prefer maxUnavailable: 1 of Rollout contexter/search [workloads]"
    ]


def test_fails_when_a_pdb_allows_no_pod_to_go(prod: tuple[Manifest, ...]) -> None:
    def zero(documents: list[dict[str, Any]]) -> None:
        _find(documents, "PodDisruptionBudget", "qdrant")["spec"]["maxUnavailable"] = 0

    def all_of_them(documents: list[dict[str, Any]]) -> None:
        spec = _find(documents, "PodDisruptionBudget", "redis")["spec"]
        del spec["maxUnavailable"]
        spec["minAvailable"] = "100%"

    assert (
        "maxUnavailable 0 blocks every eviction"
        in _messages(checks.check_disruption_budgets, _broken(prod, zero))[0]
    )
    assert (
        "minAvailable 100% blocks every eviction"
        in _messages(checks.check_disruption_budgets, _broken(prod, all_of_them))[0]
    )


def test_fails_when_a_workload_has_no_disruption_budget(prod: tuple[Manifest, ...]) -> None:
    def remove(documents: list[dict[str, Any]]) -> None:
        documents.remove(_find(documents, "PodDisruptionBudget", "qdrant"))

    assert _messages(checks.check_disruption_budgets, _broken(prod, remove)) == [
        "StatefulSet contexter-data/qdrant: no PodDisruptionBudget covers its pods [workloads]"
    ]


def test_fails_when_two_disruption_budgets_cover_one_workload(prod: tuple[Manifest, ...]) -> None:
    def duplicate(documents: list[dict[str, Any]]) -> None:
        extra = copy.deepcopy(_find(documents, "PodDisruptionBudget", "redis"))
        extra["metadata"]["name"] = "redis-extra"
        documents.append(extra)

    assert _messages(checks.check_disruption_budgets, _broken(prod, duplicate)) == [
        "StatefulSet contexter-data/redis: covered by 2 PodDisruptionBudgets (redis, redis-extra) [workloads]"
    ]


def test_fails_when_hpa_min_exceeds_max(prod: tuple[Manifest, ...]) -> None:
    def invert(documents: list[dict[str, Any]]) -> None:
        _find(documents, "HorizontalPodAutoscaler", "api-gateway")["spec"]["minReplicas"] = 40

    assert (
        "HorizontalPodAutoscaler contexter/api-gateway: minimum replicas 40 exceed the maximum 30 [workloads]"
        in (_messages(checks.check_autoscalers, _broken(prod, invert)))
    )


def test_fails_when_a_workload_has_two_autoscalers(prod: tuple[Manifest, ...]) -> None:
    def duplicate(documents: list[dict[str, Any]]) -> None:
        extra = copy.deepcopy(_find(documents, "HorizontalPodAutoscaler", "search"))
        extra["metadata"]["name"] = "ingestion"
        extra["spec"]["scaleTargetRef"]["name"] = "ingestion"
        documents.append(extra)

    assert _messages(checks.check_autoscalers, _broken(prod, duplicate)) == [
        "Rollout contexter/ingestion: scaled by 2 autoscalers: HorizontalPodAutoscaler contexter/ingestion,"
        " ScaledObject contexter/ingestion [workloads]"
    ]


def test_fails_when_an_autoscaler_targets_a_deployment_that_does_not_exist(
    prod: tuple[Manifest, ...],
) -> None:
    def deployment(documents: list[dict[str, Any]]) -> None:
        _find(documents, "HorizontalPodAutoscaler", "search")["spec"]["scaleTargetRef"] = {
            "apiVersion": "apps/v1",
            "kind": "Deployment",
            "name": "search",
        }

    assert _messages(checks.check_autoscalers, _broken(prod, deployment)) == [
        "HorizontalPodAutoscaler contexter/search: scales Deployment contexter/search (apps), which does not"
        " exist [workloads]"
    ]


def test_fails_when_an_autoscaled_rollout_pins_its_replicas(prod: tuple[Manifest, ...]) -> None:
    def pin(documents: list[dict[str, Any]]) -> None:
        _find(documents, "Rollout", "search")["spec"]["replicas"] = 3

    assert _messages(checks.check_autoscalers, _broken(prod, pin)) == [
        "Rollout contexter/search: sets spec.replicas although"
        " HorizontalPodAutoscaler contexter/search scales"
        " it; every sync would reset the autoscaler [workloads]"
    ]


def test_fails_when_a_rollout_references_a_missing_analysis_template(prod: tuple[Manifest, ...]) -> None:
    def remove(documents: list[dict[str, Any]]) -> None:
        documents.remove(_find(documents, "AnalysisTemplate", "api-gateway-slo"))

    assert _messages(checks.check_rollout_references, _broken(prod, remove)) == [
        "Rollout contexter/api-gateway:"
        " blueGreen.prePromotionAnalysis names AnalysisTemplate 'api-gateway-slo',"
        " which does not exist [workloads]",
        "Rollout contexter/api-gateway:"
        " blueGreen.postPromotionAnalysis names AnalysisTemplate 'api-gateway-slo',"
        " which does not exist [workloads]",
    ]


def test_fails_when_a_rollout_does_not_pass_a_required_argument(prod: tuple[Manifest, ...]) -> None:
    def drop_args(documents: list[dict[str, Any]]) -> None:
        del _find(documents, "Rollout", "search")["spec"]["strategy"]["canary"]["analysis"]["args"]

    assert _messages(checks.check_rollout_references, _broken(prod, drop_args)) == [
        "Rollout contexter/search: canary.analysis does not pass argument 'pod-template-hash' that"
        " AnalysisTemplate contexter/search-slo requires [workloads]"
    ]


def test_fails_when_a_rollout_names_a_missing_service(prod: tuple[Manifest, ...]) -> None:
    def remove(documents: list[dict[str, Any]]) -> None:
        documents.remove(_find(documents, "Service", "search-canary"))

    assert _messages(checks.check_rollout_references, _broken(prod, remove)) == [
        "Rollout contexter/search: canary.canaryService names"
        " Service 'search-canary', which does not exist in"
        " contexter [workloads]"
    ]


def test_fails_when_a_rollout_service_selects_other_pods(prod: tuple[Manifest, ...]) -> None:
    def retarget(documents: list[dict[str, Any]]) -> None:
        _find(documents, "Service", "api-gateway-preview")["spec"]["selector"] = {
            "app.kubernetes.io/name": "search"
        }

    assert (
        "Rollout contexter/api-gateway: blueGreen.previewService:"
        " Service 'api-gateway-preview' does not select"
        " the Rollout's pods [workloads]"
    ) in _messages(checks.check_rollout_references, _broken(prod, retarget))


def test_fails_when_a_service_selects_no_workload(prod: tuple[Manifest, ...]) -> None:
    def typo(documents: list[dict[str, Any]]) -> None:
        _find(documents, "Service", "search")["spec"]["selector"] = {"app.kubernetes.io/name": "serach"}

    assert _messages(checks.check_service_selectors, _broken(prod, typo)) == [
        "Service contexter/search: selector {'app.kubernetes.io/name': 'serach'} matches 0 workloads (none);"
        " allowed: exactly 1 [workloads]"
    ]


def test_fails_when_a_service_selects_two_workloads(prod: tuple[Manifest, ...]) -> None:
    def broad(documents: list[dict[str, Any]]) -> None:
        _find(documents, "Service", "search")["spec"]["selector"] = {"app.kubernetes.io/part-of": "contexter"}

    [message] = _messages(checks.check_service_selectors, _broken(prod, broad))
    assert "matches 3 workloads (Rollout contexter/api-gateway, Rollout contexter/search," in message


def test_fails_when_a_service_targets_a_port_no_container_declares(prod: tuple[Manifest, ...]) -> None:
    def rename(documents: list[dict[str, Any]]) -> None:
        _find(documents, "Service", "qdrant")["spec"]["ports"][1]["targetPort"] = "grcp"

    assert _messages(checks.check_service_selectors, _broken(prod, rename)) == [
        "Service contexter-data/qdrant: port 'grpc' targets 'grcp',"
        " which StatefulSet contexter-data/qdrant does"
        " not declare [workloads]"
    ]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("allowPrivilegeEscalation", True, "does not set allowPrivilegeEscalation: false"),
        ("readOnlyRootFilesystem", False, "does not set readOnlyRootFilesystem: true"),
        ("runAsUser", 0, "runs as UID 0"),
        ("capabilities", {"drop": ["NET_RAW"]}, "does not drop ALL capabilities"),
    ],
)
def test_fails_when_a_rollout_container_is_not_hardened(
    prod: tuple[Manifest, ...], field: str, value: object, message: str
) -> None:
    def weaken(documents: list[dict[str, Any]]) -> None:
        _container(documents, "Rollout", "search")["securityContext"][field] = value

    assert _messages(checks.check_container_hardening, _broken(prod, weaken)) == [
        f"Rollout contexter/search: container 'search' {message} [workloads]"
    ]


def test_fails_when_no_seccomp_profile_applies(prod: tuple[Manifest, ...]) -> None:
    def unconfined(documents: list[dict[str, Any]]) -> None:
        del _container(documents, "StatefulSet", "qdrant")["securityContext"]["seccompProfile"]
        _find(documents, "StatefulSet", "qdrant")["spec"]["template"]["spec"]["securityContext"][
            "seccompProfile"
        ] = {"type": "Unconfined"}

    assert _messages(checks.check_container_hardening, _broken(prod, unconfined)) == [
        "StatefulSet contexter-data/qdrant: container 'qdrant' has no RuntimeDefault (or Localhost) seccomp"
        " profile [workloads]"
    ]


def test_fails_when_a_container_has_no_limits(prod: tuple[Manifest, ...]) -> None:
    def unbounded(documents: list[dict[str, Any]]) -> None:
        del _container(documents, "StatefulSet", "redis")["resources"]["limits"]

    assert _messages(checks.check_container_hardening, _broken(prod, unbounded)) == [
        "StatefulSet contexter-data/redis: container 'redis' sets no limits.cpu [workloads]",
        "StatefulSet contexter-data/redis: container 'redis' sets no limits.memory [workloads]",
    ]


def test_fails_when_a_container_has_no_probes(prod: tuple[Manifest, ...]) -> None:
    def blind(documents: list[dict[str, Any]]) -> None:
        container = _container(documents, "Rollout", "ingestion")
        del container["livenessProbe"], container["readinessProbe"]

    assert _messages(checks.check_container_hardening, _broken(prod, blind)) == [
        "Rollout contexter/ingestion: container 'ingestion' has no livenessProbe [workloads]",
        "Rollout contexter/ingestion: container 'ingestion' has no readinessProbe [workloads]",
    ]


def test_fails_when_the_startup_probe_allows_more_than_thirty_seconds(prod: tuple[Manifest, ...]) -> None:
    def slow(documents: list[dict[str, Any]]) -> None:
        _container(documents, "Rollout", "api-gateway")["startupProbe"]["failureThreshold"] = 30

    assert _messages(checks.check_startup_budget, _broken(prod, slow)) == [
        "Rollout contexter/api-gateway: container 'api-gateway':"
        " startupProbe allows 60s (initialDelaySeconds +"
        " failureThreshold x periodSeconds); allowed: at most 30s [workloads]"
    ]


def test_fails_when_an_http_service_has_no_startup_probe(prod: tuple[Manifest, ...]) -> None:
    def none(documents: list[dict[str, Any]]) -> None:
        del _container(documents, "Rollout", "api-gateway")["startupProbe"]

    assert _messages(checks.check_startup_budget, _broken(prod, none)) == [
        "Rollout contexter/api-gateway: container 'api-gateway' has no startupProbe [workloads]"
    ]


def test_fails_when_pods_run_as_the_default_service_account(prod: tuple[Manifest, ...]) -> None:
    def default(documents: list[dict[str, Any]]) -> None:
        del _find(documents, "Rollout", "search")["spec"]["template"]["spec"]["serviceAccountName"]

    assert _messages(checks.check_service_accounts, _broken(prod, default)) == [
        "Rollout contexter/search: pods run as the namespace's default ServiceAccount; give them their own"
        " [workloads]"
    ]


def test_fails_when_two_workloads_share_a_service_account(prod: tuple[Manifest, ...]) -> None:
    def share(documents: list[dict[str, Any]]) -> None:
        _find(documents, "Rollout", "search")["spec"]["template"]["spec"]["serviceAccountName"] = "ingestion"

    assert _messages(checks.check_service_accounts, _broken(prod, share)) == [
        "ServiceAccount contexter/ingestion: shared by Rollout contexter/ingestion, Rollout contexter/search;"
        " each needs its own [workloads]"
    ]


def test_fails_when_a_service_account_is_missing(prod: tuple[Manifest, ...]) -> None:
    def remove(documents: list[dict[str, Any]]) -> None:
        documents.remove(_find(documents, "ServiceAccount", "redis"))

    assert _messages(checks.check_service_accounts, _broken(prod, remove)) == [
        "StatefulSet contexter-data/redis: ServiceAccount 'redis'"
        " does not exist in contexter-data [workloads]"
    ]


def test_fails_when_canary_steps_exceed_the_deployment_budget(prod: tuple[Manifest, ...]) -> None:
    def long_pauses(documents: list[dict[str, Any]]) -> None:
        for step in _find(documents, "Rollout", "search")["spec"]["strategy"]["canary"]["steps"]:
            if "pause" in step:
                step["pause"]["duration"] = "3m"

    assert _messages(checks.check_rollout_durations, _broken(prod, long_pauses)) == [
        "Rollout contexter/search: a rollout takes up to 772s (steps,"
        " pauses, analysis, scale-down delay), more"
        " than its deployment budget of 600s [workloads]"
    ]


def test_fails_when_the_config_makes_canary_steps_exceed_the_budget(tmp_path: Path) -> None:
    directory = environments_with(
        tmp_path,
        "prod",
        "scale_down_delay_seconds: 120",
        "scale_down_delay_seconds: 120\n  canary_pause_seconds: 180",
    )
    with pytest.raises(ValidationFailed) as failure:
        synthesize(load_environment("prod", directory=directory), crd_schemas=CRD_SCHEMAS)
    assert [f.render() for f in failure.value.findings] == [
        "Rollout contexter/ingestion: a rollout takes up to 652s (steps, pauses, analysis, scale-down delay),"
        " more than its deployment budget of 600s [workloads]",
        "Rollout contexter/search: a rollout takes up to 772s (steps,"
        " pauses, analysis, scale-down delay), more"
        " than its deployment budget of 600s [workloads]",
    ]


def test_fails_when_a_rollout_declares_no_budget(prod: tuple[Manifest, ...]) -> None:
    def unbudgeted(documents: list[dict[str, Any]]) -> None:
        del _find(documents, "Rollout", "search")["metadata"]["annotations"][checks.BUDGET_ANNOTATION]

    assert _messages(checks.check_rollout_durations, _broken(prod, unbudgeted)) == [
        f"Rollout contexter/search: annotation {checks.BUDGET_ANNOTATION} must give the deployment budget in"
        " seconds [workloads]"
    ]


def test_rollout_durations_add_up_step_by_step(
    prod: tuple[Manifest, ...], environments: dict[str, Environment]
) -> None:
    rollout = environments["prod"].rollout
    startup = 28
    analysis = rollout.analysis_interval_seconds * rollout.analysis_count
    weights = len(rollout.canary_weights)
    durations = {m.name: checks.rollout_duration_seconds(m, prod) for m in prod if m.kind == "Rollout"}
    assert durations["api-gateway"] == (startup + 2 * analysis + rollout.scale_down_delay_seconds, [])
    assert durations["search"] == (
        startup * (weights + 1) + rollout.canary_pause_seconds * weights + rollout.scale_down_delay_seconds,
        [],
    )
    assert durations["ingestion"] == (startup * (weights + 1) + rollout.canary_pause_seconds * weights, [])


def test_a_manual_gate_is_named_not_counted(prod: tuple[Manifest, ...]) -> None:
    def manual(documents: list[dict[str, Any]]) -> None:
        _find(documents, "Rollout", "api-gateway")["spec"]["strategy"]["blueGreen"][
            "autoPromotionEnabled"
        ] = False

    broken = _broken(prod, manual)
    rollout = next(m for m in broken if m.kind == "Rollout" and m.name == "api-gateway")
    _, unbounded = checks.rollout_duration_seconds(rollout, broken)
    assert unbounded == ["blueGreen.autoPromotionEnabled is false: promotion waits for a human"]


@pytest.mark.parametrize(("value", "seconds"), [(60, 60), ("60", 60), ("30s", 30), ("5m", 300), ("1h", 3600)])
def test_durations_read_like_argo_rollouts(value: int | str, seconds: float) -> None:
    assert checks.duration_seconds(value) == seconds


def test_fails_when_a_duration_is_not_one() -> None:
    with pytest.raises(ValueError, match="is not a duration"):
        checks.duration_seconds("soon")
