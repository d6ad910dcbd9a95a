"""contexter_deploy/validation/workload_checks.py

Each check passes on the real output of every environment and fails on a copy of the prod output
with exactly one thing broken.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import pytest

from contexter_deploy.facts.inputs import inputs_from
from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.facts.parameters import DEFAULT_PARAMETERS
from contexter_deploy.facts.rollout_timing import worst_case
from contexter_deploy.facts.workloads import find_workloads
from contexter_deploy.ground.config import Environment, load_environment
from contexter_deploy.kubernetes_synth import synthesize
from contexter_deploy.validation import CHECKS, ValidationFailed, run_checks
from contexter_deploy.validation import workload_checks as checks
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
        " blueGreen.postPromotionAnalysis names AnalysisTemplate 'api-gateway-slo',"
        " which does not exist [workloads]",
    ]


def test_fails_when_a_rollout_does_not_pass_a_required_argument(prod: tuple[Manifest, ...]) -> None:
    def drop_args(documents: list[dict[str, Any]]) -> None:
        del _find(documents, "Rollout", "search")["spec"]["strategy"]["canary"]["analysis"]["args"]

    assert _messages(checks.check_rollout_references, _broken(prod, drop_args)) == [
        "Rollout contexter/search: canary.analysis does not pass argument 'pod-template-hash' that"
        " AnalysisTemplate contexter/search-slo requires [workloads]",
        "Rollout contexter/search: canary.analysis does not pass argument 'destination-service' that"
        " AnalysisTemplate contexter/search-callers requires [workloads]",
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
    # the smoke test's Job pod (an AnalysisTemplate's job metric) carries part-of: contexter too
    assert (
        "matches 4 workloads (AnalysisTemplate contexter/api-gateway-smoke, Rollout contexter/api-gateway,"
        in message
    )


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


WAVE = 60 + 2 + 10 + 28 + 5
"""A wave of new pods: node 60 + scheduling 2 + image pull 10 + startup 14 x 2 + readiness 5 = 105 s."""


def _over_budget(name: str, seconds: int) -> str:
    return (
        f"Rollout contexter/{name}: a rollout takes up to {seconds}s (pod waves on new nodes, steps, pauses,"
        " analysis, scale-down delay, at its maximum replicas), not less than its deployment budget of 600s;"
        " `contexter-deploy report` shows the arithmetic [workloads]"
    )


def test_fails_when_canary_steps_exceed_the_deployment_budget(prod: tuple[Manifest, ...]) -> None:
    def long_pauses(documents: list[dict[str, Any]]) -> None:
        for step in _find(documents, "Rollout", "search")["spec"]["strategy"]["canary"]["steps"]:
            if "pause" in step:
                step["pause"]["duration"] = "3m"

    # one wave (the canary starts at full scale) 105 + 3 pauses x 180 + scale-down 120 = 765 s
    assert _messages(checks.check_rollout_durations, _broken(prod, long_pauses)) == [
        _over_budget("search", WAVE + 3 * 180 + 120)
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
    # ingestion at 30 replicas, surge 50% = 15 pods per wave: 0 -> 8 -> 15 -> 30 is 3 waves,
    # + 2 pauses x 180 = 675 s; search 765 s (above)
    assert [f.render() for f in failure.value.findings] == [
        _over_budget("ingestion", 3 * WAVE + 2 * 180),
        _over_budget("search", WAVE + 3 * 180 + 120),
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
    # the readiness report's model at the worst replica count (30 in prod), every wave on new nodes
    rollout = environments["prod"].rollout
    analysis = rollout.analysis_interval_seconds * (rollout.analysis_count - 1)  # 30 x 3 = 90
    durations = {m.name: checks.rollout_duration_seconds(m, prod) for m in prod if m.kind == "Rollout"}
    # preview 105 + pre-promotion: the smoke Job's deadline 135 (start budget 80 + 50 s of requests + 5),
    # its server-side metrics end at it + post-promotion: initial delay 30 + 90 + scale-down 120 = 480 s
    smoke = 80 + 50 + 5
    assert durations["api-gateway"] == (WAVE + smoke + 30 + analysis + rollout.scale_down_delay_seconds, [])
    # every canary pod starts at once (setCanaryScale 100): 1 wave + 3 pauses of 60 + scale-down 120 = 405 s
    assert durations["search"] == (
        WAVE + 3 * rollout.canary_pause_seconds + rollout.scale_down_delay_seconds,
        [],
    )
    # 25%, 50%, 100% (8, 15, 30 pods) in waves of 15 (surge 50%): 3 waves + 2 pauses of 60 = 435 s
    assert durations["ingestion"] == (3 * WAVE + 2 * rollout.canary_pause_seconds, [])
    assert max(seconds for seconds, _ in durations.values()) < rollout.deployment_budget_seconds


def test_the_synth_check_and_the_report_agree(prod: tuple[Manifest, ...]) -> None:
    inputs = inputs_from(prod)
    for workload in find_workloads(inputs, DEFAULT_PARAMETERS):
        if workload.kind == "Rollout":
            report = worst_case(workload, inputs, DEFAULT_PARAMETERS).timeline.total
            assert checks.rollout_duration_seconds(workload.manifest, prod)[0] == report


def test_a_manual_gate_is_named_not_counted(prod: tuple[Manifest, ...]) -> None:
    def manual(documents: list[dict[str, Any]]) -> None:
        _find(documents, "Rollout", "api-gateway")["spec"]["strategy"]["blueGreen"][
            "autoPromotionEnabled"
        ] = False

    broken = _broken(prod, manual)
    rollout = next(m for m in broken if m.kind == "Rollout" and m.name == "api-gateway")
    seconds, unbounded = checks.rollout_duration_seconds(rollout, broken)
    assert unbounded == ["manual promotion"]
    assert seconds == 480  # the rest, as without the gate
    assert not list(checks.check_rollout_durations(broken))


def _adapter_rule(documents: list[dict[str, Any]]) -> dict[str, Any]:
    application = _find(documents, "Application", "prometheus-adapter")
    [rule] = application["spec"]["source"]["helm"]["valuesObject"]["rules"]["custom"]
    return rule  # type: ignore[no-any-return]


def test_the_request_rate_path_is_consistent_end_to_end(prod: tuple[Manifest, ...]) -> None:
    # the HPAs name the metric the adapter's rule serves, mapped to pods, from series labels the
    # PodMonitors set; and the adapter serves the custom metrics API alone
    assert _messages(checks.check_custom_metrics_are_served, prod) == []
    hpas = [m for m in prod if m.kind == "HorizontalPodAutoscaler"]
    assert {m.name for m in hpas} == {"api-gateway", "search"}
    assert all(any(metric["type"] == "Pods" for metric in m.spec["metrics"]) for m in hpas)


def test_fails_when_no_adapter_rule_serves_the_hpa_metric(prod: tuple[Manifest, ...]) -> None:
    def renamed(documents: list[dict[str, Any]]) -> None:
        _adapter_rule(documents)["name"]["as"] = "http_rps"

    assert _messages(checks.check_custom_metrics_are_served, _broken(prod, renamed)) == [
        f"HorizontalPodAutoscaler contexter/{name}: scales on Pods metric 'http_requests_per_second',"
        " which no prometheus-adapter rule serves [workloads]"
        for name in ("api-gateway", "search")
    ]


def test_fails_when_the_adapter_rule_maps_no_pods(prod: tuple[Manifest, ...]) -> None:
    def namespaces_only(documents: list[dict[str, Any]]) -> None:
        del _adapter_rule(documents)["resources"]["overrides"]["pod"]

    assert _messages(checks.check_custom_metrics_are_served, _broken(prod, namespaces_only)) == [
        f"HorizontalPodAutoscaler contexter/{name}: scales on Pods metric 'http_requests_per_second',"
        " but Application argocd/prometheus-adapter maps it to no pod [workloads]"
        for name in ("api-gateway", "search")
    ]


def test_fails_when_the_rule_selects_series_by_a_label_no_monitor_sets(prod: tuple[Manifest, ...]) -> None:
    def by_app_label(documents: list[dict[str, Any]]) -> None:
        rule = _adapter_rule(documents)
        rule["seriesQuery"] = rule["seriesQuery"].replace("service!=", "app!=")

    assert _messages(checks.check_custom_metrics_are_served, _broken(prod, by_app_label)) == [
        "Application argocd/prometheus-adapter: the rule for http_requests_per_second selects series by app,"
        " which no PodMonitor sets [workloads]"
    ]


def test_fails_when_the_adapter_would_take_over_external_or_resource_metrics(
    prod: tuple[Manifest, ...],
) -> None:
    def everything(documents: list[dict[str, Any]]) -> None:
        application = _find(documents, "Application", "prometheus-adapter")
        rules = application["spec"]["source"]["helm"]["valuesObject"]["rules"]
        rules["external"] = [{"seriesQuery": "queue_length", "metricsQuery": "sum(<<.Series>>)"}]
        rules["resource"] = {"cpu": {"containerQuery": "sum(rate(x[1m]))"}}

    assert _messages(checks.check_custom_metrics_are_served, _broken(prod, everything)) == [
        "Application argocd/prometheus-adapter: rules.external would make the adapter serve"
        " external.metrics.k8s.io (KEDA's) [workloads]",
        "Application argocd/prometheus-adapter: rules.resource would make the adapter serve"
        " metrics.k8s.io (metrics-server's) [workloads]",
    ]
