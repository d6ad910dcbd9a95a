"""charts/access/resource_quota.py"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from charts.access.capacity import Compute, PodGroup
from charts.access.resource_quota import NamespaceQuota, NamespaceQuotaProps
from contexter_deploy.facts.manifests import Manifest, find
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.config.quantity import parse_quantity
from tests.helpers import synth_construct

WEB = PodGroup(
    "web",
    pods=4,
    containers=(Compute(Decimal("0.5"), Decimal(1), Decimal(2**29), Decimal(2**30)),),
    volumes=(Decimal(10 * 2**30),),
)


def _synth(props: NamespaceQuotaProps) -> dict[str, Any]:
    [quota] = synth_construct(lambda chart: NamespaceQuota(chart, "quota", props=props))
    return quota


def test_resource_quota_snapshot(snapshot: SnapshotAssertion) -> None:
    assert _synth(NamespaceQuotaProps(namespace="contexter", demand=(WEB,), headroom_percent=25)) == snapshot


def test_the_quota_is_the_demand_plus_headroom_and_allows_no_exposure() -> None:
    hard = _synth(NamespaceQuotaProps(namespace="contexter", demand=(WEB,), headroom_percent=25))["spec"][
        "hard"
    ]
    assert hard == {
        "pods": "5",
        "requests.cpu": "2500m",
        "limits.cpu": "5000m",
        "requests.memory": "2560Mi",
        "limits.memory": "5120Mi",
        "persistentvolumeclaims": "5",
        "requests.storage": "50Gi",
        "services.loadbalancers": "0",
        "services.nodeports": "0",
    }


def test_fails_on_negative_headroom_or_no_demand() -> None:
    with pytest.raises(ValueError, match="headroom_percent: -1: allowed: >= 0"):
        NamespaceQuotaProps(namespace="contexter", demand=(WEB,), headroom_percent=-1)
    with pytest.raises(ValueError, match="demand is empty"):
        NamespaceQuotaProps(namespace="contexter", demand=(), headroom_percent=0)


def _replicas(documents: tuple[Manifest, ...], workload: Manifest) -> int:
    """Most pods a workload document runs: its autoscaler's maximum, twice for a Rollout."""
    maximum = workload.spec.get("replicas", 1)
    for scaler in documents:
        target = scaler.spec.get("scaleTargetRef") or {}
        if scaler.namespace == workload.namespace and target.get("name") == workload.name:
            maximum = scaler.spec.get("maxReplicas") or scaler.spec.get("maxReplicaCount") or maximum
    if workload.kind == "CronJob":
        return int(workload.spec["jobTemplate"]["spec"].get("parallelism", 1))
    return int(maximum) * (2 if workload.kind == "Rollout" else 1)


def _pod_template(workload: Manifest) -> dict[str, Any]:
    spec = workload.spec["jobTemplate"]["spec"] if workload.kind == "CronJob" else workload.spec
    template: dict[str, Any] = spec["template"]["spec"]
    return template


def test_the_quota_covers_every_pod_in_dist_at_maximum_scale(
    environments: dict[str, Environment], manifests: dict[str, tuple[Manifest, ...]]
) -> None:
    """The safety net for the derivation: sum what the synthesized workloads really request."""
    kinds = ("Deployment", "StatefulSet", "Rollout", "CronJob")
    for name, documents in manifests.items():
        proxy = environments[name].mesh.proxy_resources
        for namespace in ("contexter", "contexter-data"):
            quota = find(documents, "ResourceQuota", "compute", namespace)
            limits = find(documents, "LimitRange", "defaults", namespace)
            assert quota is not None and limits is not None
            default = limits.spec["limits"][0]
            used = {"pods": Decimal(0), "requests.cpu": Decimal(0), "requests.memory": Decimal(0)}
            used |= {"limits.cpu": Decimal(0), "limits.memory": Decimal(0)}
            for workload in (m for m in documents if m.kind in kinds and m.namespace == namespace):
                pods = _replicas(documents, workload)
                used["pods"] += pods
                for section, fallback, key in (
                    ("requests", "defaultRequest", "requests"),
                    ("limits", "default", "limits"),
                ):
                    for resource in ("cpu", "memory"):
                        per_pod = sum(
                            parse_quantity(
                                (container.get("resources") or {}).get(section, {}).get(resource)
                                or default[fallback][resource]
                            )
                            for container in _pod_template(workload)["containers"]
                        )
                        per_pod += parse_quantity(getattr(getattr(proxy, key), resource))
                        used[f"{section}.{resource}"] += per_pod * pods
            for key, amount in used.items():
                assert amount <= parse_quantity(quota.spec["hard"][key]), f"{name} {namespace} {key}"
