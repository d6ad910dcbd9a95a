"""contexter_deploy/validation/bootstrap.py: small hand-built clusters, one broken per rule, then
every environment's committed output."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from contexter_deploy.facts.inputs import load_inputs
from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.facts.parameters import requirements_for
from contexter_deploy.ground.config import ENVIRONMENT_NAMES
from contexter_deploy.ground.config.loader import REPO_ROOT
from contexter_deploy.ground.contracts import SYNC_WAVE_ANNOTATION
from contexter_deploy.validation.bootstrap import (
    ADDON_PODS,
    lose_each_zone,
    simulate,
    validate_environments,
    zone_loss_findings,
)

HELM_CHARTS = REPO_ROOT.parent / "shared" / "helm-charts"
SYSTEM_TOLERATION = {"key": "CriticalAddonsOnly", "operator": "Exists", "effect": "NoSchedule"}
SYSTEM = {"kubernetes.io/os": "linux", "contexter.io/capacity": "system"}
CRITICAL = {"contexter.io/capacity": "critical"}
CRITICAL_TOLERATION = {
    "key": "contexter.io/capacity",
    "operator": "Equal",
    "value": "critical",
    "effect": "NoSchedule",
}


def _terraform(nodes: int = 3) -> dict[str, Any]:
    return {
        "resource": {
            "aws_eks_node_group": {
                "system": {
                    "node_group_name": "system",
                    "capacity_type": "ON_DEMAND",
                    "instance_types": ["m7i.large"],
                    "labels": {"contexter.io/capacity": "system"},
                    "taint": [{"key": "CriticalAddonsOnly", "value": "true", "effect": "NO_SCHEDULE"}],
                    "scaling_config": {"min_size": nodes, "desired_size": nodes, "max_size": 6},
                }
            }
        }
    }


def _application(
    name: str, wave: int, *, chart: str | None = None, values: Any = None, path: str = ""
) -> dict[str, Any]:
    source: dict[str, Any] = (
        {"chart": chart, "helm": {"valuesObject": values or {}}}
        if chart
        else {
            "path": f"dist/test/{path}".rstrip("/"),
            "directory": {"exclude": "{argocd/*,capacity/*,jobs/*}"} if not path else {},
        }
    )
    return {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Application",
        "metadata": {"name": name, "namespace": "argocd", "annotations": {SYNC_WAVE_ANNOTATION: str(wave)}},
        "spec": {"source": source},
    }


def _node_pool(
    name: str, *, capacity_types: tuple[str, ...], dedicated: bool, expire: str = "Never"
) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "nodeClassRef": {"group": "karpenter.k8s.aws", "kind": "EC2NodeClass", "name": "default"},
        "requirements": [
            {"key": "karpenter.sh/capacity-type", "operator": "In", "values": list(capacity_types)}
        ],
        "expireAfter": expire,
    }
    template: dict[str, Any] = {"spec": spec}
    if dedicated:
        template["metadata"] = {"labels": CRITICAL}
        spec["taints"] = [{"key": "contexter.io/capacity", "value": "critical", "effect": "NoSchedule"}]
    return {
        "apiVersion": "karpenter.sh/v1",
        "kind": "NodePool",
        "metadata": {"name": name},
        "spec": {"template": template},
    }


def _stateful_set(**pod: Any) -> dict[str, Any]:
    annotations = pod.pop("annotations", {"karpenter.sh/do-not-disrupt": "true"})
    return {
        "apiVersion": "apps/v1",
        "kind": "StatefulSet",
        "metadata": {"name": "qdrant", "namespace": "contexter-data"},
        "spec": {
            "replicas": 3,
            "template": {
                "metadata": {"annotations": annotations},
                "spec": {"nodeSelector": CRITICAL, "tolerations": [CRITICAL_TOLERATION], **pod},
            },
            "volumeClaimTemplates": [{"metadata": {"name": "storage"}, "spec": {"storageClassName": "gp3"}}],
        },
    }


def _cluster() -> list[dict[str, Any]]:
    """A cluster that bootstraps: Argo CD and Karpenter on the system nodes, capacity at wave 3."""
    argo = {"global": {"nodeSelector": SYSTEM, "tolerations": [SYSTEM_TOLERATION]}}
    return [
        _application("argo-cd", 2, chart="argo-cd", values=argo),
        _application("karpenter", 2, chart="karpenter", values={}),
        _application("capacity", 3, path="capacity"),
        _application(
            "istiod",
            4,
            chart="istiod",
            values={
                "pilot": {
                    "nodeSelector": CRITICAL,
                    "tolerations": [CRITICAL_TOLERATION],
                    "podAnnotations": {"karpenter.sh/do-not-disrupt": "true"},
                },
            },
        ),
        _application("contexter", 10),
        {"apiVersion": "karpenter.k8s.aws/v1", "kind": "EC2NodeClass", "metadata": {"name": "default"}},
        _node_pool("default", capacity_types=("spot", "on-demand"), dedicated=False, expire="720h"),
        _node_pool("critical", capacity_types=("on-demand",), dedicated=True),
        {"apiVersion": "storage.k8s.io/v1", "kind": "StorageClass", "metadata": {"name": "gp3"}},
        {
            "apiVersion": "scheduling.k8s.io/v1",
            "kind": "PriorityClass",
            "metadata": {"name": "contexter-critical"},
        },
        _stateful_set(priorityClassName="contexter-critical"),
        {
            "apiVersion": "argoproj.io/v1alpha1",
            "kind": "Rollout",
            "metadata": {"name": "search", "namespace": "contexter"},
            "spec": {"replicas": 2, "template": {"spec": {}}},
        },
    ]


def _run(documents: list[dict[str, Any]], *, nodes: int = 3, karpenter: bool = True) -> tuple[str, ...]:
    result = simulate([Manifest(d) for d in documents], _terraform(nodes), karpenter=karpenter)
    return result.findings


def _replace(
    documents: list[dict[str, Any]], kind: str, name: str, new: dict[str, Any]
) -> list[dict[str, Any]]:
    return [new if (d["kind"], d["metadata"]["name"]) == (kind, name) else d for d in documents]


def test_the_fixture_cluster_bootstraps_wave_by_wave() -> None:
    documents = _cluster()
    result = simulate([Manifest(d) for d in documents], _terraform())
    assert result.findings == ()
    timeline = [step.render() for step in result.steps]
    assert timeline[0].startswith(
        "install: argo-cd (helm install): argo-cd application-controller x1 on node group system"
    )
    assert any(
        line.startswith("wave 3: capacity (+ capacity NodePool default, NodePool critical)")
        for line in timeline
    )
    assert any("istiod x1 on NodePool critical" in line for line in timeline)
    assert any("StatefulSet contexter-data/qdrant x3 on NodePool critical" in line for line in timeline)
    assert _run(documents, karpenter=False) == ()


def test_fails_when_argo_cd_does_not_tolerate_the_system_taint() -> None:
    documents = _replace(
        _cluster(), "Application", "argo-cd", _application("argo-cd", 2, chart="argo-cd", values={})
    )
    findings = _run(documents)
    assert any(
        f.startswith("argo-cd server of argo-cd (helm install) cannot be scheduled")
        and "does not tolerate the taint CriticalAddonsOnly=true:NoSchedule" in f
        for f in findings
    ), findings
    assert any(
        f.startswith("argo-cd server of argo-cd (helm install)") for f in _run(documents, karpenter=False)
    )


def test_fails_when_the_node_pools_arrive_with_the_contexter_application() -> None:
    documents = _replace(_cluster(), "Application", "capacity", _application("capacity", 10, path="capacity"))
    findings = _run(documents)
    assert any(
        f.startswith("istiod of istiod (wave 4) cannot be scheduled")
        and "NodePool critical would take it but is applied only at wave 10" in f
        for f in findings
    ), findings


def test_fails_when_a_node_pool_is_applied_before_karpenters_crds() -> None:
    documents = _replace(_cluster(), "Application", "capacity", _application("capacity", 2, path="capacity"))
    assert any(
        "before the NodePool CRD exists (the karpenter Application, wave 2)" in f for f in _run(documents)
    )


def test_fails_when_redis_ha_needs_more_system_nodes_than_exist() -> None:
    argo = {
        "global": {"nodeSelector": SYSTEM, "tolerations": [SYSTEM_TOLERATION]},
        "redis-ha": {
            "enabled": True,
            "nodeSelector": SYSTEM,
            "tolerations": [SYSTEM_TOLERATION],
            "haproxy": {"nodeSelector": SYSTEM, "tolerations": [SYSTEM_TOLERATION]},
        },
    }
    documents = _replace(
        _cluster(), "Application", "argo-cd", _application("argo-cd", 2, chart="argo-cd", values=argo)
    )
    assert _run(documents, nodes=3) == ()
    findings = _run(documents, nodes=2)
    assert any(
        "argo-cd redis-ha of argo-cd (helm install): 3 replicas with a required hostname anti-affinity need 3"
        " nodes; node group system has 2" in f
        for f in findings
    ), findings


def test_fails_when_the_storage_class_comes_after_its_volume() -> None:
    documents = [d for d in _cluster() if d["kind"] != "StorageClass"]
    assert any(
        "StatefulSet contexter-data/qdrant of contexter (wave 10): its volume's StorageClass gp3 does not"
        in f
        for f in _run(documents)
    )


def test_fails_when_the_priority_class_does_not_exist() -> None:
    documents = [d for d in _cluster() if d["kind"] != "PriorityClass"]
    assert any("its PriorityClass contexter-critical does not exist" in f for f in _run(documents))


def test_fails_when_a_stateful_pod_may_land_on_spot() -> None:
    documents = _replace(_cluster(), "StatefulSet", "qdrant", _stateful_set(nodeSelector={}, tolerations=[]))
    findings = _run(documents)
    assert any(
        f.startswith(
            "StatefulSet contexter-data/qdrant (contexter) holds state or control but may land on spot"
            " capacity (NodePool default)"
        )
        for f in findings
    ), findings


def test_fails_when_a_stateful_pod_lacks_do_not_disrupt() -> None:
    documents = _replace(_cluster(), "StatefulSet", "qdrant", _stateful_set(annotations={}))
    assert any('without the pod annotation karpenter.sh/do-not-disrupt: "true"' in f for f in _run(documents))


def test_fails_when_the_critical_pool_expires_nodes() -> None:
    pool = _node_pool("critical", capacity_types=("on-demand",), dedicated=True, expire="720h")
    documents = _replace(_cluster(), "NodePool", "critical", pool)
    assert any("may run on NodePool critical, whose nodes expire" in f for f in _run(documents))


def test_fails_when_karpenter_cannot_run_without_karpenter_nodes() -> None:
    values = {"nodeSelector": CRITICAL, "tolerations": [CRITICAL_TOLERATION]}
    documents = _replace(
        _cluster(), "Application", "karpenter", _application("karpenter", 2, chart="karpenter", values=values)
    )
    findings = _run(documents, karpenter=False)
    assert any(f.startswith("karpenter of karpenter (wave 2) cannot be scheduled") for f in findings), (
        findings
    )


def test_fails_when_the_system_pods_request_more_than_the_system_nodes_allocate() -> None:
    argo = {
        "global": {"nodeSelector": SYSTEM, "tolerations": [SYSTEM_TOLERATION]},
        "controller": {"resources": {"requests": {"cpu": "1", "memory": "2Gi"}}},
        "repoServer": {"replicas": 2, "resources": {"requests": {"cpu": "1", "memory": "1Gi"}}},
    }
    documents = _replace(
        _cluster(), "Application", "argo-cd", _application("argo-cd", 2, chart="argo-cd", values=argo)
    )
    result = simulate([Manifest(d) for d in documents], _terraform(3))
    assert result.findings == ()
    [usage] = [line for line in result.node_group_use if line.startswith("node group")]
    assert usage.startswith("node group system: 3.32 of ")
    findings = _run(documents, nodes=1)
    assert any(
        f.startswith("node group system: the pods only it can run request 3.32 CPU")
        and "its 1 nodes allocate 1.74 CPU" in f
        for f in findings
    ), findings


def test_fails_when_the_system_pods_fit_by_their_sum_but_not_pod_by_pod() -> None:
    argo = {
        "global": {"nodeSelector": SYSTEM, "tolerations": [SYSTEM_TOLERATION]},
        "controller": {"resources": {"requests": {"cpu": "1.2", "memory": "1Gi"}}},
        "repoServer": {"replicas": 2, "resources": {"requests": {"cpu": "900m", "memory": "1Gi"}}},
    }
    documents = _replace(
        _cluster(), "Application", "argo-cd", _application("argo-cd", 2, chart="argo-cd", values=argo)
    )
    result = simulate([Manifest(d) for d in documents], _terraform(2))
    assert "the pods only it can run request" not in " ".join(result.findings), "the sum fits"
    assert any(
        f.startswith("node group system: argo-cd repo-server fit no node: 2 nodes of 1.74 CPU")
        for f in result.findings
    ), result.findings


def test_fails_when_the_pods_only_a_node_pool_runs_exceed_its_limits() -> None:
    pool = _node_pool("critical", capacity_types=("on-demand",), dedicated=True)
    pool["spec"]["limits"] = {"cpu": "4", "memory": "64Gi"}
    qdrant = _stateful_set(priorityClassName="contexter-critical")
    qdrant["spec"]["template"]["spec"]["containers"] = [
        {"name": "q", "resources": {"requests": {"cpu": "2"}}}
    ]
    documents = _replace(_replace(_cluster(), "NodePool", "critical", pool), "StatefulSet", "qdrant", qdrant)
    findings = _run(documents)
    assert any(
        f.startswith("NodePool critical: the pods only it can run request 6.00 CPU")
        and "above its limits (4 CPU" in f
        for f in findings
    ), findings
    pool["spec"]["limits"] = {"cpu": "6", "memory": "64Gi"}
    assert _run(documents) == ()


ZONES = ("az1", "az2", "az3")
ZONE_SPREAD = {
    "maxSkew": 1,
    "topologyKey": "topology.kubernetes.io/zone",
    "whenUnsatisfiable": "DoNotSchedule",
    "labelSelector": {"matchLabels": {"app": "qdrant"}},
}


def _zoned_terraform(system_zones: tuple[str, ...] = ZONES, nodes: int = 3) -> dict[str, Any]:
    """``_terraform`` with a private subnet per zone, the system group in ``system_zones``."""
    terraform = _terraform(nodes)
    terraform["resource"]["aws_subnet"] = {
        f"private_{zone}": {"availability_zone_id": zone, "tags": {"karpenter.sh/discovery": "test"}}
        for zone in ZONES
    }
    group = terraform["resource"]["aws_eks_node_group"]["system"]
    group["subnet_ids"] = [f"${{aws_subnet.private_{zone}.id}}" for zone in system_zones]
    return terraform


def _zone_loss(documents: list[dict[str, Any]], **terraform: Any) -> tuple[str, ...]:
    return zone_loss_findings(lose_each_zone([Manifest(d) for d in documents], _zoned_terraform(**terraform)))


def _spread_cluster() -> list[dict[str, Any]]:
    """``_cluster`` with Qdrant spread over the zones (required): it survives losing any one."""
    return _replace(
        _cluster(), "StatefulSet", "qdrant", _stateful_set(topologySpreadConstraints=[ZONE_SPREAD])
    )


def test_the_fixture_cluster_keeps_serving_without_any_one_zone() -> None:
    losses = lose_each_zone([Manifest(d) for d in _spread_cluster()], _zoned_terraform())
    assert [loss.zone for loss in losses] == list(ZONES)
    assert zone_loss_findings(losses) == ()
    serving = losses[0].serving
    assert "StatefulSet contexter-data/qdrant 2 of 3 (needs 1)" in serving
    assert "argo-cd server 1 of 1 (needs 1)" in serving
    assert losses[0].pods >= 8


def test_fails_when_a_stateful_set_without_a_zone_spread_may_lose_every_replica() -> None:
    findings = _zone_loss(_cluster())
    assert (
        "StatefulSet contexter-data/qdrant (contexter) without az1: 0 of 3 replicas can serve, below 1"
        " (one, to serve): 3 stay Pending on their volumes in the lost zone"
        " (no required zone spread: all may)"
    ) in findings


def test_fails_when_the_replicas_left_are_below_the_disruption_budget() -> None:
    budget = {
        "apiVersion": "policy/v1",
        "kind": "PodDisruptionBudget",
        "metadata": {"name": "qdrant", "namespace": "contexter-data"},
        "spec": {"minAvailable": 3, "selector": {"matchLabels": {"app": "qdrant"}}},
    }
    qdrant = _stateful_set(topologySpreadConstraints=[ZONE_SPREAD])
    qdrant["spec"]["template"]["metadata"]["labels"] = {"app": "qdrant"}
    documents = [*_replace(_cluster(), "StatefulSet", "qdrant", qdrant), budget]
    assert any(
        "qdrant (contexter) without az2: 2 of 3 replicas can serve,"
        " below 3 (its PodDisruptionBudget's minimum)" in finding
        for finding in _zone_loss(documents)
    )


def test_fails_when_a_hard_zone_spread_cannot_place_the_replicas_on_the_zones_left() -> None:
    spread = {**ZONE_SPREAD, "minDomains": 3, "labelSelector": {"matchLabels": {"app": "search"}}}
    search = {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Rollout",
        "metadata": {"name": "search", "namespace": "contexter"},
        "spec": {
            "replicas": 6,
            "template": {
                "metadata": {"labels": {"app": "search"}},
                "spec": {"topologySpreadConstraints": [spread]},
            },
        },
    }
    budget = {
        "apiVersion": "policy/v1",
        "kind": "PodDisruptionBudget",
        "metadata": {"name": "search", "namespace": "contexter"},
        "spec": {"maxUnavailable": 1, "selector": {"matchLabels": {"app": "search"}}},
    }
    documents = [*_replace(_spread_cluster(), "Rollout", "search", search), budget]
    assert any(
        "Rollout contexter/search (contexter) without az3: 4 of 6 replicas can serve, below 5" in finding
        and "a zone spread with minDomains 3 allows 1 per zone, 2 left" in finding
        for finding in _zone_loss(documents)
    )


def test_fails_when_the_system_node_group_is_in_one_zone() -> None:
    findings = _zone_loss(_spread_cluster(), system_zones=("az1",))
    assert any(
        finding.startswith("argo-cd application-controller (argo-cd) without az1 cannot be scheduled:")
        for finding in findings
    )
    assert not any("without az2" in finding for finding in findings)


def test_fails_when_the_system_nodes_left_cannot_hold_their_pods() -> None:
    findings = _zone_loss(_spread_cluster(), system_zones=("az1", "az2"), nodes=2)
    assert any(
        finding.startswith("without az1: node group system: ") and "fit no node: 1 nodes" in finding
        for finding in findings
    )


def test_fails_when_terraform_has_no_node_group() -> None:
    result = simulate([Manifest(d) for d in _cluster()], {})
    assert "no aws_eks_node_group in the Terraform JSON: nothing can run before Karpenter" in result.problems


@pytest.mark.parametrize("environment", ENVIRONMENT_NAMES)
def test_every_environment_bootstraps_and_keeps_state_on_demand(environment: str) -> None:
    inputs = load_inputs(environment, dist=REPO_ROOT / "dist", cdktf_out=REPO_ROOT / "cdktf.out")
    bootstrap = simulate(inputs.manifests, inputs.terraform)
    down = simulate(inputs.manifests, inputs.terraform, karpenter=False)
    assert bootstrap.findings == ()
    assert down.problems == ()
    assert bootstrap.critical_pods >= 6, "Qdrant, Redis, Vault, Prometheus, Alertmanager, istiod"
    zones = lose_each_zone(inputs.manifests, inputs.terraform)
    assert len(zones) >= 2 and all(loss.pods >= 12 for loss in zones)
    findings = zone_loss_findings(zones)
    if requirements_for(environment).enforced:
        # staging and prod survive the loss of any one zone (their system nodes are m7i.xlarge)
        assert findings == ()


def _chart_values(chart: str) -> dict[str, Any]:
    [folder] = sorted(HELM_CHARTS.glob(f"{chart}-*"))
    values: dict[str, Any] = yaml.safe_load((folder / "values.yaml").read_text(encoding="utf-8"))
    return values


def _templates(chart: str) -> str:
    [folder] = sorted(HELM_CHARTS.glob(f"{chart}-*"))
    return "".join(
        path.read_text(encoding="utf-8") for path in sorted((folder / "templates").rglob("*.yaml"))
    )


CHART_OF = {"istio-ingressgateway": "gateway", "istiod": "istiod"}
SUBCHARTS = {
    ("argo-cd", "redis-ha"),
    ("kube-prometheus-stack", "grafana"),
    ("kube-prometheus-stack", "kube-state-metrics"),
}


@pytest.mark.shared
def test_every_placement_key_and_default_is_the_charts_own() -> None:
    checked = 0
    for addon, components in ADDON_PODS.items():
        values = _chart_values(CHART_OF.get(addon, addon))
        for component in components:
            path = component.path
            if (addon, path[0] if path else "") in SUBCHARTS:
                continue  # keys of a subchart this copy of the chart does not carry
            node: Any = values.get("_internal_defaults_do_not_set", values)  # Istio's charts
            if addon == "istiod":
                path = path[1:]  # the chart copies `pilot` onto the top level
            for key in path:
                assert key in node, f"{addon}: {component.name}: no values key {'.'.join(component.path)}"
                node = node[key]
            assert "tolerations" in node or component.fallback, (
                f"{addon}: {component.name}: no tolerations key"
            )
            for key, default in component.defaults.items():
                assert node.get(key) == default, f"{addon}: {component.name}: chart default of {key}"
            for keys in (
                component.priority,
                component.annotations,
                component.storage_class,
                component.disruption_budget,
            ):
                if keys is not None and f".Values.{'.'.join(keys)}" in _templates(CHART_OF.get(addon, addon)):
                    continue  # read by a template, though values.yaml only documents it
                if keys is not None:
                    found: Any = values.get("_internal_defaults_do_not_set", values)
                    for key in keys[1:] if addon == "istiod" and keys[0] == "pilot" else keys:
                        if found == {}:
                            break  # a free-form map (podMetadata: {}): any key belongs to it
                        assert isinstance(found, dict) and key in found, (
                            f"{addon}: no values key {'.'.join(keys)}"
                        )
                        found = found[key]
            checked += 1
    assert checked >= 25


def test_the_fixture_helpers_do_not_share_state() -> None:
    first = _cluster()
    second = copy.deepcopy(first)
    _run(first)
    assert first == second
    assert Path(__file__).name == "test_bootstrap.py"


def test_validate_fails_where_targets_are_enforced_when_a_zone_loss_stops_a_pod_group(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Three m7i.large system nodes in prod: two left cannot hold what only they run."""
    cdktf_out = tmp_path / "cdktf.out"
    shutil.copytree(REPO_ROOT / "cdktf.out", cdktf_out)
    stack = cdktf_out / "stacks" / "prod" / "cdk.tf.json"
    stack.write_text(
        stack.read_text(encoding="utf-8").replace('"m7i.xlarge"', '"m7i.large"'), encoding="utf-8"
    )
    assert validate_environments(["prod"], dist=REPO_ROOT / "dist", cdktf_out=REPO_ROOT / "cdktf.out") == 0
    assert validate_environments(["prod"], dist=REPO_ROOT / "dist", cdktf_out=cdktf_out) == 1
    assert "error: prod: bootstrap: without euw1-az1: node group system" in capsys.readouterr().err
