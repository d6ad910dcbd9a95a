"""Fields the API server keeps only when a feature gate is on, and the gate's default per version.

The strict OpenAPI schemas ``kubernetes-validate`` ships for a version contain every field of that
version, alpha ones included: a field behind a gate that is off still validates there. The API
server then drops it on create (``dropDisabledFields`` in ``pkg/api/pod/util.go``,
``pkg/registry/apps/statefulset/strategy.go``, ``pkg/registry/autoscaling/horizontalpodautoscaler/
strategy.go``) or refuses the value (``pkg/apis/*/validation``), and EKS turns on no gate that is
off by default. A dropped field has no effect, and Argo CD shows the object out of sync forever.

Each gate's stages are those of the Kubernetes feature-gate reference, one page per gate:
https://github.com/kubernetes/website/tree/main/content/en/docs/reference/command-line-tools-reference/feature-gates
(``<Gate>.md``, the ``stages`` front matter: stage, ``defaultValue``, ``fromVersion``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

FEATURE_GATES_SOURCE = (
    "https://github.com/kubernetes/website/blob/main/content/en/docs/reference/"
    "command-line-tools-reference/feature-gates/{gate}.md"
)

Effect = Literal["dropped", "refused"]


@dataclass(frozen=True)
class Stage:
    """From ``version`` on, the gate is at ``stage`` and on by default when ``default`` is true."""

    version: str
    stage: Literal["alpha", "beta", "stable"]
    default: bool


@dataclass(frozen=True)
class GatedField:
    """A field (or a value of a field) that needs ``gate``."""

    gate: str
    kinds: tuple[str, ...]
    """``Pod`` means every pod spec, pod templates of workloads and jobs included."""
    path: str
    """Dotted path from the object (or, for ``Pod``, from the pod spec); ``[]`` walks a list."""
    stages: tuple[Stage, ...]
    effect: Effect
    """``dropped``: cleared on create; ``refused``: the object is rejected."""
    what: str
    applies: Callable[[Any], bool] = lambda value: True
    """For a value-gated field: whether this value needs the gate."""

    @property
    def source(self) -> str:
        return FEATURE_GATES_SOURCE.format(gate=self.gate)

    def stage_at(self, version: str) -> Stage | None:
        """The gate's stage at Kubernetes ``version`` (``major.minor``), ``None`` before it existed."""
        current = None
        for stage in self.stages:
            if _minor(stage.version) <= _minor(version):
                current = stage
        return current

    def enabled_at(self, version: str) -> bool:
        stage = self.stage_at(version)
        return stage is not None and stage.default


def _minor(version: str) -> tuple[int, int]:
    major, minor = version.split(".")[:2]
    return int(major), int(minor)


POD = ("Pod",)
CONTAINERS = ("containers[]", "initContainers[]")

GATED_FIELDS: tuple[GatedField, ...] = (
    GatedField(
        "MaxUnavailableStatefulSet",
        ("StatefulSet",),
        "spec.updateStrategy.rollingUpdate.maxUnavailable",
        (Stage("1.24", "alpha", False), Stage("1.35", "beta", True)),
        "dropped",
        "StatefulSet rolling updates with more than one pod down at once",
    ),
    GatedField(
        "HPAConfigurableTolerance",
        ("HorizontalPodAutoscaler",),
        "spec.behavior.scaleUp.tolerance",
        (Stage("1.33", "alpha", False), Stage("1.35", "beta", False), Stage("1.37", "stable", True)),
        "dropped",
        "a per-HPA tolerance instead of the cluster's 10%",
    ),
    GatedField(
        "HPAConfigurableTolerance",
        ("HorizontalPodAutoscaler",),
        "spec.behavior.scaleDown.tolerance",
        (Stage("1.33", "alpha", False), Stage("1.35", "beta", False), Stage("1.37", "stable", True)),
        "dropped",
        "a per-HPA tolerance instead of the cluster's 10%",
    ),
    GatedField(
        "HPAConfigurableTolerance",
        ("ScaledObject",),
        "spec.advanced.horizontalPodAutoscalerConfig.behavior.scaleUp.tolerance",
        (Stage("1.33", "alpha", False), Stage("1.35", "beta", False), Stage("1.37", "stable", True)),
        "dropped",
        "a tolerance KEDA copies into the HPA it creates",
    ),
    GatedField(
        "HPAConfigurableTolerance",
        ("ScaledObject",),
        "spec.advanced.horizontalPodAutoscalerConfig.behavior.scaleDown.tolerance",
        (Stage("1.33", "alpha", False), Stage("1.35", "beta", False), Stage("1.37", "stable", True)),
        "dropped",
        "a tolerance KEDA copies into the HPA it creates",
    ),
    GatedField(
        "HPAScaleToZero",
        ("HorizontalPodAutoscaler",),
        "spec.minReplicas",
        (Stage("1.16", "alpha", False),),
        "refused",
        "minReplicas 0",
        applies=lambda value: value == 0,
    ),
    GatedField(
        "PreferSameTrafficDistribution",
        ("Service",),
        "spec.trafficDistribution",
        (Stage("1.33", "alpha", False), Stage("1.34", "beta", True), Stage("1.35", "stable", True)),
        "refused",
        "trafficDistribution PreferSameZone or PreferSameNode",
        applies=lambda value: value in ("PreferSameZone", "PreferSameNode"),
    ),
    GatedField(
        "PodLevelResources",
        POD,
        "resources",
        (Stage("1.32", "alpha", False), Stage("1.34", "beta", True)),
        "dropped",
        "pod-level requests and limits",
    ),
    *(
        GatedField(
            "ContainerStopSignals",
            POD,
            f"{containers}.lifecycle.stopSignal",
            (Stage("1.33", "alpha", False),),
            "dropped",
            "a container's own stop signal",
        )
        for containers in CONTAINERS
    ),
    *(
        GatedField(
            "PodLifecycleSleepActionAllowZero",
            POD,
            f"{containers}.lifecycle.preStop.sleep.seconds",
            (Stage("1.32", "alpha", False), Stage("1.33", "beta", True), Stage("1.34", "stable", True)),
            "refused",
            "a preStop sleep of 0 seconds",
            applies=lambda value: value == 0,
        )
        for containers in CONTAINERS
    ),
    GatedField(
        "SidecarContainers",
        POD,
        "initContainers[].restartPolicy",
        (Stage("1.28", "alpha", False), Stage("1.29", "beta", True), Stage("1.33", "stable", True)),
        "refused",
        "native sidecars (init containers with restartPolicy Always)",
    ),
    GatedField(
        "MatchLabelKeysInPodTopologySpread",
        POD,
        "topologySpreadConstraints[].matchLabelKeys",
        (Stage("1.25", "alpha", False), Stage("1.27", "beta", True)),
        "dropped",
        "topology spread per pod-template-hash (matchLabelKeys)",
    ),
    GatedField(
        "UserNamespacesSupport",
        POD,
        "hostUsers",
        (Stage("1.25", "alpha", False), Stage("1.30", "beta", False), Stage("1.33", "beta", True)),
        "dropped",
        "user namespaces (hostUsers: false)",
        applies=lambda value: value is False,
    ),
    GatedField(
        "DynamicResourceAllocation",
        POD,
        "resourceClaims",
        (Stage("1.26", "alpha", False), Stage("1.32", "beta", False), Stage("1.34", "stable", True)),
        "dropped",
        "dynamic resource claims",
    ),
)
"""The gated fields this platform could plausibly set, with each gate's stages (see the module doc)."""
