"""Which pods a workload runs, what scales it, and how long one of its pods takes to start."""

from __future__ import annotations

from decimal import Decimal

from contexter_deploy.facts.parameters import DEFAULT_PARAMETERS
from contexter_deploy.facts.workloads import cpu_ratio_cap, injects_sidecar, pod_requests, start_time
from tests.report.builders import container, inputs_of, workload, workloads_of


def test_startup_budget_falls_back_to_liveness_then_to_readiness_delay() -> None:
    probed = workloads_of(inputs_of(workload("Rollout", "api")))[0]
    assert start_time(probed, DEFAULT_PARAMETERS).seconds == 35  # startup 2 x 15 + readiness 5 x 1
    no_startup = container("api")
    del no_startup["startupProbe"]
    liveness_only = workloads_of(inputs_of(workload("Rollout", "api", containers=[no_startup])))[0]
    assert start_time(liveness_only, DEFAULT_PARAMETERS).seconds == 35  # liveness 10 x 3 + readiness 5
    bare = {"name": "api", "image": "a:1", "readinessProbe": {"initialDelaySeconds": 8, "periodSeconds": 4}}
    unbounded = workloads_of(inputs_of(workload("Rollout", "api", containers=[bare])))[0]
    assert start_time(unbounded, DEFAULT_PARAMETERS).seconds == 12  # initial delay 8 + readiness 4
    assert "startup is unbounded" in start_time(unbounded, DEFAULT_PARAMETERS).explanation


def test_a_rollout_with_workload_ref_uses_the_deployment_template_and_replaces_it() -> None:
    deployment = workload("Deployment", "api", replicas=0)
    rollout = workload("Rollout", "api")
    del rollout["spec"]["template"]
    rollout["spec"]["workloadRef"] = {"apiVersion": "apps/v1", "kind": "Deployment", "name": "api"}
    [found] = workloads_of(inputs_of(deployment, rollout))
    assert found.kind == "Rollout"
    assert found.containers[0]["name"] == "api"


def test_cpu_cap_and_requests_with_the_istio_sidecar() -> None:
    namespace = {
        "apiVersion": "v1",
        "kind": "Namespace",
        "metadata": {"name": "contexter", "labels": {"istio-injection": "enabled"}},
    }
    inputs = inputs_of(namespace, workload("Rollout", "api"))
    [api] = workloads_of(inputs)
    assert cpu_ratio_cap(api, Decimal("0.7"), DEFAULT_PARAMETERS) == Decimal(2) / Decimal(
        "0.7"
    )  # (1 / 0.5) / 0.7
    assert injects_sidecar(api, inputs.namespace_labels)
    requests = pod_requests(api, DEFAULT_PARAMETERS, sidecar=True)
    assert requests.cpu == Decimal("0.6")  # 500m + the sidecar's 100m
    assert requests.memory == (512 + 128) * 2**20
