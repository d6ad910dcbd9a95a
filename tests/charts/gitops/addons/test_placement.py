"""charts/gitops/addons/: where the add-ons' pods run (charts/platform/capacity.py)."""

from __future__ import annotations

from typing import Any

from charts.gitops.addons import addon, argo_cd
from charts.platform import capacity
from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.ground.config import ENVIRONMENT_NAMES, Environment
from contexter_deploy.validation.bootstrap import Application, addon_pods

SYSTEM_TOLERATION = {"key": "CriticalAddonsOnly", "operator": "Exists", "effect": "NoSchedule"}


def _pods(environment: Environment, name: str) -> dict[str, Any]:
    values = addon(name).values(environment)
    return {pod.name: pod for pod in addon_pods(Application(name, 0, name, values, None))}


def test_every_argo_cd_pod_runs_on_the_system_nodes(environments: dict[str, Environment]) -> None:
    for name in ENVIRONMENT_NAMES:
        pods = _pods(environments[name], "argo-cd")
        assert len(pods) >= 6, sorted(pods)
        for pod in pods.values():
            assert SYSTEM_TOLERATION in pod.tolerations, pod.name
            assert pod.node_selector["contexter.io/capacity"] == "system", pod.name


def test_argo_cd_drops_redis_ha_when_the_system_nodes_cannot_hold_its_three_pods(
    environments: dict[str, Environment],
) -> None:
    for name in ENVIRONMENT_NAMES:
        environment = environments[name]
        assert environment.cluster.system_nodes.min_size >= 3, name
        assert argo_cd.placement(environment.cluster)["redis-ha"]["enabled"] is True, name
    prod = environments["prod"]
    two = prod.cluster.system_nodes.model_copy(update={"min_size": 2, "desired_size": 2})
    small = prod.model_copy(update={"cluster": prod.cluster.model_copy(update={"system_nodes": two})})
    assert argo_cd.placement(small.cluster)["redis-ha"] == {"enabled": False}
    assert "argo-cd redis" in _pods(small, "argo-cd")
    assert "argo-cd redis-ha" not in _pods(small, "argo-cd")


def test_karpenter_runs_on_the_system_nodes(environments: dict[str, Environment]) -> None:
    [pod] = _pods(environments["prod"], "karpenter").values()
    assert pod.node_selector == {"kubernetes.io/os": "linux", "contexter.io/capacity": "system"}
    assert SYSTEM_TOLERATION in pod.tolerations


def test_state_and_control_run_on_critical_capacity_undisrupted(environments: dict[str, Environment]) -> None:
    prod = environments["prod"]
    critical = [
        ("istiod", "istiod"),
        ("kube-prometheus-stack", "prometheus"),
        ("kube-prometheus-stack", "alertmanager"),
        ("vault", "vault server"),
    ]
    for name, component in critical:
        pod = _pods(prod, name)[component]
        assert pod.stateful, component
        assert pod.node_selector == capacity.critical_node_selector(), component
        assert tuple(capacity.critical_tolerations()) == pod.tolerations, component
        assert pod.do_not_disrupt, component
        assert pod.priority_class == capacity.CRITICAL_PRIORITY, component


def test_the_committed_argo_cd_application_carries_the_placement(
    manifests: dict[str, tuple[Manifest, ...]], environments: dict[str, Environment]
) -> None:
    for name, documents in manifests.items():
        [application] = [m for m in documents if m.kind == "Application" and m.name == "argo-cd"]
        values = application.spec["source"]["helm"]["valuesObject"]
        assert values["global"]["tolerations"] == [SYSTEM_TOLERATION], name
        assert values["redis-ha"] == argo_cd.placement(environments[name].cluster)["redis-ha"], name


def test_platform_controllers_rank_above_the_services(environments: dict[str, Environment]) -> None:
    prod = environments["prod"]
    for name in ("cert-manager", "argo-rollouts", "istio-ingressgateway", "prometheus-adapter", "velero"):
        for pod in _pods(prod, name).values():
            assert pod.priority_class == capacity.CRITICAL_PRIORITY, pod.name
