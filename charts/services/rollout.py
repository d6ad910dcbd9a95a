"""The Argo Rollout of a stateless service, with the delivery strategy ``contexter_deploy.ground.topology``
names.

- ``blue-green`` (api-gateway): the new ReplicaSet comes up behind ``<name>-preview``;
  pre-promotion analysis (``<name>-smoke``) sends it smoke traffic and judges it; promotion
  switches ``<name>`` to it; post-promotion analysis (``<name>-slo`` and ``<name>-callers`` on
  the active Service) judges it under real traffic while the old ReplicaSet stays up for
  ``scale_down_delay_seconds``.
  A failed analysis aborts: the active Service stays on (or returns to) the old ReplicaSet.
- ``canary`` (search): the canary ReplicaSet first starts at full size (``setCanaryScale``
  weight 100) with no traffic; then Istio shifts ``rollout.canary_weights`` percent of the traffic
  to ``<name>-canary`` step by step, with pauses; background analysis (``<name>-slo``, and
  ``<name>-callers`` on ``<name>-canary``) from the first pause aborts the rollout on the first
  bad measurement, which sends all traffic back to ``<name>-stable``.
  Starting every canary pod at once costs one wave of pod starts (and new nodes) instead of one
  per weight, so the rollout keeps its pauses and its warm old ReplicaSet within the budget; the
  peak is the same as at 100% (stable and canary side by side), only held longer.
- ``basic-canary`` (ingestion): steps of ``rollout.replica_canary_weights`` without traffic
  routing: the canary share is the share of replicas (the workers pull jobs from one queue).
  ``maxSurge`` 50%: every surge batch is a wave of pods on new nodes, and at 50% each step is one.

``maxUnavailable: 0`` everywhere: a rollout only adds pods until the new ones are ready.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cdk8s import ApiObject, ApiObjectMetadata, JsonPatch
from cdk8s_plus_27 import k8s
from constructs import Construct

from charts.delivery.analysis import (
    DESTINATION_SERVICE_ARG,
    POD_TEMPLATE_HASH_ARG,
    CallersAnalysisTemplate,
    SloAnalysisTemplate,
)
from charts.delivery.smoke_test import SmokeTest
from contexter_deploy.ground.config.model import Rollout as RolloutConfig
from contexter_deploy.ground.contracts import BUDGET_ANNOTATION
from contexter_deploy.ground.labels import selector_labels, workload_labels
from contexter_deploy.ground.topology import CANARY_ROUTE, Workload
from imports import argo_rollouts as ar

PROGRESS_DEADLINE_SECONDS = 300
"""A new ReplicaSet that makes no progress this long (pods not becoming ready) aborts the rollout."""
REVISION_HISTORY_LIMIT = 3
MAX_SURGE = "25%"
"""``maxSurge`` of a traffic-routed canary (Argo Rollouts sizes its ReplicaSets from the weights)."""
BASIC_CANARY_MAX_SURGE = "50%"
"""``maxSurge`` of a canary without traffic routing: each surge batch is one wave of pod starts."""
FULL_CANARY_SCALE = 100
"""``setCanaryScale`` weight a traffic-routed canary starts at, before its first traffic weight."""


@dataclass(frozen=True)
class BlueGreenServices:
    """The Services a blue-green Rollout switches between."""

    active: k8s.KubeService
    """``<name>``: the Service clients call; promotion points it at the new ReplicaSet."""
    preview: k8s.KubeService
    """``<name>-preview``: the new ReplicaSet before promotion, where the smoke test sends traffic."""


@dataclass(frozen=True)
class CanaryServices:
    """The Services between which Istio splits a routed canary's traffic."""

    stable: k8s.KubeService
    """``<name>-stable``: the old ReplicaSet."""
    canary: k8s.KubeService
    """``<name>-canary``: the new ReplicaSet, with ``rollout.canary_weights`` percent of the traffic."""


RolloutServices = BlueGreenServices | CanaryServices | None
"""The Services a Rollout manages, by delivery strategy: ``BlueGreenServices`` for ``blue-green``,
``CanaryServices`` for ``canary``, none for ``basic-canary`` (one Service over old and new pods)."""


def rollout_services(workload: Workload, services: Sequence[k8s.KubeService]) -> RolloutServices:
    """The roles of ``services``, the Services of ``workload.services`` in that order."""
    names = tuple(service.name for service in services)
    if names == workload.services:
        match workload.delivery, tuple(services):
            case "blue-green", (active, preview):
                return BlueGreenServices(active=active, preview=preview)
            case "canary", (_, stable, canary):
                return CanaryServices(stable=stable, canary=canary)
            case "basic-canary", (_,):
                return None
    raise ValueError(
        f"{workload.name}: Services {list(names)} for delivery {workload.delivery!r};"
        f" allowed: the Services contexter_deploy/ground/topology.py names, {list(workload.services)}"
    )


_SERVICES_BY_DELIVERY: dict[str, type[BlueGreenServices] | type[CanaryServices] | None] = {
    "blue-green": BlueGreenServices,
    "canary": CanaryServices,
    "basic-canary": None,
}


@dataclass(frozen=True)
class ServiceRolloutProps:
    """Properties of ``ServiceRollout``."""

    workload: Workload
    """Name, namespace and delivery strategy, from ``contexter_deploy.ground.topology``."""
    pod_template: Mapping[str, Any]
    """The rendered pod template (``charts.services.pod.render_pod_template``)."""
    services: RolloutServices
    """The Services the strategy switches or splits traffic between (``rollout_services``)."""
    analysis: SloAnalysisTemplate
    """AnalysisTemplate ``<name>-slo`` on the new ReplicaSet's own metrics (``charts.delivery.analysis``)."""
    rollout: RolloutConfig
    callers: CallersAnalysisTemplate | None = None
    """AnalysisTemplate ``<name>-callers`` on the callers' Istio metrics, run beside ``analysis``
    where a Service carries only the new pods' traffic: after a blue-green promotion, and on a routed
    canary's ``<name>-canary``. Default: none (a basic canary shares its Service with the old pods)."""
    smoke: SmokeTest | None = None
    """AnalysisTemplate ``<name>-smoke`` (``charts.delivery.smoke_test``) that sends traffic to a
    blue-green preview and judges it: the pre-promotion analysis. Required for blue-green."""
    annotations: Mapping[str, str] | None = None
    """Extra annotations on the Rollout, e.g. scanner suppressions with their reasons."""


class ServiceRollout(Construct):
    """A ``Rollout`` whose replicas an autoscaler owns (``spec.replicas`` is left unset)."""

    def __init__(self, scope: Construct, id: str, *, props: ServiceRolloutProps) -> None:
        super().__init__(scope, id)
        workload = props.workload
        if workload.delivery is None:
            raise ValueError(
                f"workload {workload.name!r} has no delivery strategy in contexter_deploy/ground/topology.py"
            )
        expected = _SERVICES_BY_DELIVERY[workload.delivery]
        given = type(props.services) if props.services is not None else None
        if given is not expected:
            allowed = expected.__name__ if expected else "None"
            raise ValueError(
                f"{workload.name}: services {given.__name__ if given else None} for delivery"
                f" {workload.delivery!r}; allowed: {allowed}"
            )
        template_labels = props.pod_template.get("metadata", {}).get("labels", {})
        if any(template_labels.get(key) != value for key, value in selector_labels(workload.name).items()):
            raise ValueError(
                f"pod template labels {template_labels} do not carry"
                f" the selector {selector_labels(workload.name)}"
            )
        self.name = workload.name
        self.workload = workload
        # The typed binding renders everything but the pod template. The template is added to the
        # rendered spec on a plain ApiObject: the binding's own rendering re-filters a template given
        # as JSON through its generated classes and silently drops int-or-string values such as
        # probe ports and emptyDir size limits. The synth validates the result against the CRD schema.
        spec = ar.Rollout.manifest(
            spec=ar.RolloutSpec(
                selector=ar.RolloutSpecSelector(match_labels=selector_labels(workload.name)),
                revision_history_limit=REVISION_HISTORY_LIMIT,
                progress_deadline_seconds=PROGRESS_DEADLINE_SECONDS,
                progress_deadline_abort=True,
                strategy=_strategy(workload, props),
            )
        )["spec"]
        self.resource = ApiObject(
            self,
            "Resource",
            api_version=ar.Rollout.GVK.api_version,
            kind=ar.Rollout.GVK.kind,
            metadata=ApiObjectMetadata(
                name=workload.name,
                namespace=workload.namespace,
                labels=workload_labels(workload.name, component="service"),
                annotations={
                    BUDGET_ANNOTATION: str(props.rollout.deployment_budget_seconds),
                    **(props.annotations or {}),
                },
            ),
        )
        self.resource.add_json_patch(JsonPatch.add("/spec", {**spec, "template": dict(props.pod_template)}))


def _strategy(workload: Workload, props: ServiceRolloutProps) -> ar.RolloutSpecStrategy:
    if isinstance(props.services, BlueGreenServices):
        return ar.RolloutSpecStrategy(blue_green=_blue_green(workload, props.services, props))
    return ar.RolloutSpecStrategy(canary=_canary(workload, props.services, props))


def _blue_green(
    workload: Workload, services: BlueGreenServices, props: ServiceRolloutProps
) -> ar.RolloutSpecStrategyBlueGreen:
    active, preview = services.active.name, services.preview.name
    rollout = props.rollout
    if props.smoke is None:
        raise ValueError(
            f"{workload.name}: a blue-green pre-promotion analysis needs a smoke test: nothing"
            f" else sends traffic to {preview}, and an idle preview proves nothing"
        )
    callers = props.callers.name if props.callers else None
    return ar.RolloutSpecStrategyBlueGreen(
        active_service=active,
        preview_service=preview,
        auto_promotion_enabled=rollout.auto_promote,
        scale_down_delay_seconds=rollout.scale_down_delay_seconds,
        pre_promotion_analysis=_pre_promotion(props.smoke.name),
        post_promotion_analysis=_post_promotion(props.analysis.name, callers, active if callers else None),
    )


def _pre_promotion(template: str) -> ar.RolloutSpecStrategyBlueGreenPrePromotionAnalysis:
    return ar.RolloutSpecStrategyBlueGreenPrePromotionAnalysis(
        templates=[ar.RolloutSpecStrategyBlueGreenPrePromotionAnalysisTemplates(template_name=template)],
        args=[
            ar.RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgs(
                name=POD_TEMPLATE_HASH_ARG,
                value_from=ar.RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgsValueFrom(
                    pod_template_hash_value="Preview"
                ),
            )
        ],
    )


def _post_promotion(
    template: str, callers_template: str | None, destination_service: str | None
) -> ar.RolloutSpecStrategyBlueGreenPostPromotionAnalysis:
    templates = [template, *([callers_template] if callers_template else [])]
    args = [
        ar.RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgs(
            name=POD_TEMPLATE_HASH_ARG,
            value_from=ar.RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFrom(
                pod_template_hash_value="Latest"
            ),
        )
    ]
    if destination_service is not None:
        args.append(
            ar.RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgs(
                name=DESTINATION_SERVICE_ARG, value=destination_service
            )
        )
    return ar.RolloutSpecStrategyBlueGreenPostPromotionAnalysis(
        templates=[
            ar.RolloutSpecStrategyBlueGreenPostPromotionAnalysisTemplates(template_name=name)
            for name in templates
        ],
        args=args,
    )


def canary_weights(workload: Workload, rollout: RolloutConfig) -> tuple[int, ...]:
    """Traffic weights of a routed canary, replica shares of a basic one."""
    return rollout.canary_weights if workload.delivery == "canary" else rollout.replica_canary_weights


def canary_steps(workload: Workload, rollout: RolloutConfig) -> list[ar.RolloutSpecStrategyCanarySteps]:
    """``setWeight`` for each of ``canary_weights``, each followed by a pause; 100% follows the last.

    A traffic-routed canary first scales to ``FULL_CANARY_SCALE`` percent of the replicas with
    ``setCanaryScale``: its pods start once, before any traffic reaches them.
    """
    steps: list[ar.RolloutSpecStrategyCanarySteps] = []
    if workload.delivery == "canary":
        steps.append(
            ar.RolloutSpecStrategyCanarySteps(
                set_canary_scale=ar.RolloutSpecStrategyCanaryStepsSetCanaryScale(weight=FULL_CANARY_SCALE)
            )
        )
    for weight in canary_weights(workload, rollout):
        steps.append(ar.RolloutSpecStrategyCanarySteps(set_weight=weight))
        if rollout.canary_pause_seconds:
            duration = ar.RolloutSpecStrategyCanaryStepsPauseDuration.from_number(
                rollout.canary_pause_seconds
            )
            steps.append(
                ar.RolloutSpecStrategyCanarySteps(
                    pause=ar.RolloutSpecStrategyCanaryStepsPause(duration=duration)
                )
            )
    return steps


def _canary(
    workload: Workload, services: CanaryServices | None, props: ServiceRolloutProps
) -> ar.RolloutSpecStrategyCanary:
    rollout = props.rollout
    steps = canary_steps(workload, rollout)
    first_weight = next(index for index, step in enumerate(steps) if step.set_weight is not None)
    routed = services is not None
    # The callers' view isolates the canary only where it has a Service of its own.
    callers = props.callers.name if services is not None and props.callers else None
    args = [
        ar.RolloutSpecStrategyCanaryAnalysisArgs(
            name=POD_TEMPLATE_HASH_ARG,
            value_from=ar.RolloutSpecStrategyCanaryAnalysisArgsValueFrom(pod_template_hash_value="Latest"),
        )
    ]
    if services is not None and callers is not None:
        args.append(
            ar.RolloutSpecStrategyCanaryAnalysisArgs(name=DESTINATION_SERVICE_ARG, value=services.canary.name)
        )
    analysis = ar.RolloutSpecStrategyCanaryAnalysis(
        templates=[
            ar.RolloutSpecStrategyCanaryAnalysisTemplates(template_name=name)
            for name in (props.analysis.name, *([callers] if callers else []))
        ],
        args=args,
        # From the step after the first weight (its pause) on, while the canary takes its first
        # share of the traffic.
        starting_step=min(first_weight + 1, len(steps) - 1),
    )
    return ar.RolloutSpecStrategyCanary(
        steps=steps,
        analysis=analysis,
        max_surge=ar.RolloutSpecStrategyCanaryMaxSurge.from_string(
            MAX_SURGE if routed else BASIC_CANARY_MAX_SURGE
        ),
        max_unavailable=ar.RolloutSpecStrategyCanaryMaxUnavailable.from_number(0),
        canary_service=services.canary.name if services is not None else None,
        stable_service=services.stable.name if services is not None else None,
        scale_down_delay_seconds=rollout.scale_down_delay_seconds if routed else None,
        traffic_routing=ar.RolloutSpecStrategyCanaryTrafficRouting(
            istio=ar.RolloutSpecStrategyCanaryTrafficRoutingIstio(
                virtual_service=ar.RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualService(
                    name=workload.name, routes=[CANARY_ROUTE]
                )
            )
        )
        if routed
        else None,
    )
