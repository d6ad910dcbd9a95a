"""charts/services/rollout.py"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from cdk8s import Chart
from syrupy.assertion import SnapshotAssertion

from charts.services.rollout import CanaryServices, ServiceRollout, rollout_services
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.contracts import BUDGET_ANNOTATION
from contexter_deploy.ground.topology import API_GATEWAY, CANARY_ROUTE, INGESTION, QDRANT, SEARCH, Workload
from tests.charts.services.rollout_fixture import pod_template, rollout_props, service
from tests.helpers import documents_of_kind, synth_construct


def _synth(
    environment: Environment, workload: Workload, template: dict[str, Any] | None = None
) -> dict[str, Any]:
    def build(chart: Chart) -> None:
        props = rollout_props(chart, environment, workload, template=template)
        ServiceRollout(chart, workload.name, props=props)

    [rollout] = documents_of_kind(synth_construct(build), "Rollout")
    return rollout


def test_rollout_snapshots(environments: dict[str, Environment], snapshot: SnapshotAssertion) -> None:
    assert [_synth(environments["prod"], w) for w in (API_GATEWAY, SEARCH, INGESTION)] == snapshot


def test_the_pod_template_is_inserted_unchanged(environments: dict[str, Environment]) -> None:
    rollout = _synth(environments["prod"], SEARCH)
    assert rollout["spec"]["template"] == pod_template("search")
    assert rollout["apiVersion"] == "argoproj.io/v1alpha1"
    assert rollout["kind"] == "Rollout"


def test_the_autoscaler_owns_the_replica_count(environments: dict[str, Environment]) -> None:
    assert "replicas" not in _synth(environments["prod"], SEARCH)["spec"]


def test_api_gateway_is_blue_green_gated_by_analysis(environments: dict[str, Environment]) -> None:
    blue_green = _synth(environments["prod"], API_GATEWAY)["spec"]["strategy"]["blueGreen"]
    assert blue_green["activeService"] == "api-gateway"
    assert blue_green["previewService"] == "api-gateway-preview"
    assert blue_green["autoPromotionEnabled"] is environments["prod"].rollout.auto_promote
    assert blue_green["scaleDownDelaySeconds"] == environments["prod"].rollout.scale_down_delay_seconds
    pre, post = blue_green["prePromotionAnalysis"], blue_green["postPromotionAnalysis"]
    assert pre["templates"] == [{"templateName": "api-gateway-smoke"}], "the smoke test sends the traffic"
    assert post["templates"] == [{"templateName": "api-gateway-slo"}, {"templateName": "api-gateway-callers"}]
    assert pre["args"] == [{"name": "pod-template-hash", "valueFrom": {"podTemplateHashValue": "Preview"}}]
    assert post["args"] == [
        {"name": "pod-template-hash", "valueFrom": {"podTemplateHashValue": "Latest"}},
        {"name": "destination-service", "value": "api-gateway"},
    ]


def test_fails_when_a_blue_green_preview_has_no_smoke_test(environments: dict[str, Environment]) -> None:
    def build(chart: Chart) -> None:
        props = rollout_props(chart, environments["prod"], API_GATEWAY, smoke=False)
        ServiceRollout(chart, "api-gateway", props=props)

    with pytest.raises(
        ValueError, match="needs a smoke test: nothing else sends traffic to api-gateway-preview"
    ):
        synth_construct(build)


def test_fails_when_the_services_do_not_fit_the_strategy(environments: dict[str, Environment]) -> None:
    def build(chart: Chart) -> None:
        props = rollout_props(chart, environments["prod"], INGESTION)
        canary = CanaryServices(stable=service(chart, "ingestion-stable"), canary=service(chart, "x"))
        ServiceRollout(chart, "ingestion", props=replace(props, services=canary))

    with pytest.raises(
        ValueError, match="ingestion: services CanaryServices for delivery 'basic-canary'; allowed: None"
    ):
        synth_construct(build)


def test_fails_when_the_services_are_not_the_topology_s(environments: dict[str, Environment]) -> None:
    with pytest.raises(
        ValueError,
        match=r"search: Services \['search', 'search-canary'\] for delivery 'canary'; allowed: the Services"
        r" contexter_deploy/ground/topology.py names, \['search', 'search-stable', 'search-canary'\]",
    ):
        synth_construct(
            lambda chart: rollout_services(
                SEARCH, [service(chart, "search"), service(chart, "search-canary")]
            )
        )


def test_the_canary_callers_are_asked_about_the_canary_service(environments: dict[str, Environment]) -> None:
    analysis = _synth(environments["prod"], SEARCH)["spec"]["strategy"]["canary"]["analysis"]
    assert analysis["templates"] == [{"templateName": "search-slo"}, {"templateName": "search-callers"}]
    assert {"name": "destination-service", "value": "search-canary"} in analysis["args"]
    basic = _synth(environments["prod"], INGESTION)["spec"]["strategy"]["canary"]["analysis"]
    assert basic["templates"] == [{"templateName": "ingestion-slo"}], "its Service mixes old and new pods"


def test_auto_promotion_follows_the_config(environments: dict[str, Environment]) -> None:
    manual = environments["prod"].model_copy(
        update={"rollout": environments["prod"].rollout.model_copy(update={"auto_promote": False})}
    )
    assert _synth(manual, API_GATEWAY)["spec"]["strategy"]["blueGreen"]["autoPromotionEnabled"] is False


def test_search_shifts_traffic_through_the_istio_route(environments: dict[str, Environment]) -> None:
    canary = _synth(environments["prod"], SEARCH)["spec"]["strategy"]["canary"]
    assert canary["canaryService"] == "search-canary"
    assert canary["stableService"] == "search-stable"
    assert canary["trafficRouting"] == {
        "istio": {"virtualService": {"name": "search", "routes": [CANARY_ROUTE]}}
    }
    # every canary pod starts first, with no traffic: one wave of pod starts instead of one per weight
    assert canary["steps"] == [
        {"setCanaryScale": {"weight": 100}},
        {"setWeight": 10},
        {"pause": {"duration": 60}},
        {"setWeight": 25},
        {"pause": {"duration": 60}},
        {"setWeight": 50},
        {"pause": {"duration": 60}},
    ]


def test_canaries_never_take_pods_away_before_new_ones_are_ready(
    environments: dict[str, Environment],
) -> None:
    for workload, surge in ((SEARCH, "25%"), (INGESTION, "50%")):
        canary = _synth(environments["prod"], workload)["spec"]["strategy"]["canary"]
        assert canary["maxUnavailable"] == 0
        assert canary["maxSurge"] == surge


def test_background_analysis_starts_with_the_first_traffic(environments: dict[str, Environment]) -> None:
    canary = _synth(environments["prod"], SEARCH)["spec"]["strategy"]["canary"]
    analysis = canary["analysis"]
    # the pause after the first weight: the canary serves its first share of the traffic from there
    assert canary["steps"][analysis["startingStep"] - 1] == {"setWeight": 10}
    assert analysis["startingStep"] == 2
    assert analysis["templates"] == [{"templateName": "search-slo"}, {"templateName": "search-callers"}]
    assert analysis["args"] == [
        {"name": "pod-template-hash", "valueFrom": {"podTemplateHashValue": "Latest"}},
        {"name": "destination-service", "value": "search-canary"},
    ]


def test_ingestion_is_a_replica_share_canary(environments: dict[str, Environment]) -> None:
    canary = _synth(environments["prod"], INGESTION)["spec"]["strategy"]["canary"]
    assert not {"trafficRouting", "canaryService", "stableService", "scaleDownDelaySeconds"} & set(canary)
    assert canary["analysis"]["templates"] == [{"templateName": "ingestion-slo"}]
    # its own steps (rollout.replica_canary_weights): at 3 replicas 25% and 50% are 1 and 2 pods
    assert canary["steps"] == [
        {"setWeight": 25},
        {"pause": {"duration": 60}},
        {"setWeight": 50},
        {"pause": {"duration": 60}},
    ]
    assert canary["analysis"]["startingStep"] == 1


def test_a_stuck_rollout_aborts(environments: dict[str, Environment]) -> None:
    spec = _synth(environments["prod"], SEARCH)["spec"]
    assert spec["progressDeadlineAbort"] is True
    assert spec["progressDeadlineSeconds"] == 300


def test_the_deployment_budget_travels_with_the_rollout(environments: dict[str, Environment]) -> None:
    annotations = _synth(environments["prod"], SEARCH)["metadata"]["annotations"]
    assert annotations == {BUDGET_ANNOTATION: "600", "checkov.io/skip1": "CKV_K8S_43=reason"}


def test_fails_when_the_workload_has_no_delivery_strategy(environments: dict[str, Environment]) -> None:
    with pytest.raises(ValueError, match="workload 'qdrant' has no delivery strategy"):
        _synth(environments["prod"], QDRANT)


def test_fails_when_the_pod_template_lacks_the_selector_labels(environments: dict[str, Environment]) -> None:
    with pytest.raises(ValueError, match="do not carry the selector"):
        _synth(environments["prod"], SEARCH, template=pod_template("other"))
