"""Scale-out time for a 10x spike, by simulating the horizontal pod autoscaler step by step.

Model. At t = 0 the load steps from the baseline (``minReplicas`` pods at their target) to
10 times that. The HPA syncs every 15 s (``--horizontal-pod-autoscaler-sync-period``); a CPU
step shows in metrics-server after its resolution (15 s). At each sync, for each metric:

- CPU utilisation, averaged over pods: the load the ready pods can serve is
  ``min(10 x baseline, ready x cap)`` target-units, where ``cap = (CPU limit / request) / target``
  because a throttled pod cannot show more than its limit. As in the HPA's replica calculator,
  pods not yet ready count as 0% during a scale-up: no change while ``|served / ready - 1| <= 0.1``
  (the tolerance), else ``desired = ceil(served)``.
- A KEDA list-length trigger (external metric, ``AverageValue``): ``desired = ceil(queue / listLength)``,
  independent of readiness; the queue holds 10 x baseline x ``listLength`` jobs. KEDA's metrics
  server asks the scaler on every HPA sync; with ``useCachedMetrics`` the value can be one
  ``pollingInterval`` old, so the spike shows that much later. A ``minReplicaCount`` of 0 is
  measured from one replica.
- Memory and other metrics are not driven by the spike; they could only add replicas.

The HPA takes the largest proposal, applies ``behavior.scaleUp``: the stabilisation window
(the lowest recommendation within it), then the rate limit of each policy relative to the
replicas at the start of its ``periodSeconds`` (``Pods``: + value; ``Percent``:
``ceil(start x (1 + value/100))``), combined by ``selectPolicy`` (``Max``, ``Min``, ``Disabled``),
then ``maxReplicas``. Without ``behavior`` the Kubernetes defaults apply: +4 pods or +100% per
15 s, whichever is more, no stabilisation. A KEDA ScaledObject's HPA uses
``advanced.horizontalPodAutoscalerConfig.behavior``.

Each new replica is ready ``node provisioning + scheduling + image pull + startup budget +
first readiness`` after it is created (every new pod is assumed to need a new node).

Figure: the time at which the replica is ready that brings the count to ``10 x baseline``
within the tolerance (``ceil(10 x baseline / 1.1)``: there the HPA itself stops). When ``maxReplicas`` is
lower, the figure is the time to ``maxReplicas`` ready, reported as capped, and fails in prod
(max >= 10 x min). Target: <= 180 s.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from contexter_deploy.report.inputs import Inputs
from contexter_deploy.report.parameters import Parameters, Requirements
from contexter_deploy.report.result import Row, Status, missing
from contexter_deploy.report.workloads import Metric, ScalingRules, Workload, pod_start_seconds

FIGURE = "scale-out"


@dataclass(frozen=True)
class Step:
    """One sync at which the replica count changed."""

    seconds: int
    replicas: int


@dataclass(frozen=True)
class Spike:
    """The outcome of one simulated spike."""

    seconds: int | None
    """When the goal-th replica is ready; ``None`` if never within the horizon."""
    goal: int
    needed: int
    capped: bool
    steps: tuple[Step, ...]


def scale_up_limit(replicas: int, events: Sequence[tuple[int, int]], rules: ScalingRules, now: int) -> int:
    """Most replicas ``behavior.scaleUp`` allows now (``calculateScaleUpLimitWithScalingRules``).

    ``events`` are past scale-ups as (time, replicas added); those strictly after
    ``now - periodSeconds`` count against a policy's period.
    """
    if rules.select_policy == "Disabled":
        return replicas
    proposals = []
    for policy in rules.policies:
        added = sum(change for at, change in events if at > now - policy.period_seconds)
        start = replicas - added
        if policy.type == "Pods":
            proposals.append(start + policy.value)
        else:
            proposals.append(math.ceil(start * (1 + Decimal(policy.value) / 100)))
    return min(proposals) if rules.select_policy == "Min" else max(proposals)


def _proposal(metric: Metric, load: Decimal, replicas: int, ready: int, tolerance: Decimal) -> int:
    if metric.kind == "total":
        ratio = load / replicas
        return replicas if abs(ratio - 1) <= tolerance else math.ceil(load)
    served = load if metric.ratio_cap is None else min(load, ready * metric.ratio_cap)
    ready_ratio = served / ready
    if abs(ready_ratio - 1) <= tolerance:
        return replicas
    if ready < replicas:  # unready pods count as 0% while scaling up
        all_ratio = served / replicas
        if all_ratio <= 1 or abs(all_ratio - 1) <= tolerance:
            return replicas
    return max(math.ceil(served), replicas)


def simulate_spike(
    *,
    baseline: int,
    max_replicas: int,
    metrics: Sequence[Metric],
    rules: ScalingRules,
    ready_delay_seconds: int,
    spike_factor: int,
    sync_period_seconds: int,
    tolerance: Decimal,
    horizon_seconds: int,
) -> Spike:
    """Simulate the HPA from ``baseline`` replicas under a ``spike_factor`` step in load."""
    baseline = max(baseline, 1)
    needed = spike_factor * baseline
    # the HPA stops adding pods once the ratio is within the tolerance: that count serves the spike
    goal = min(math.ceil(Decimal(needed) / (1 + tolerance)), max_replicas)
    load = Decimal(needed)  # in target-units: one unit is one pod exactly at its target
    replicas = baseline
    ready_at = [0] * baseline
    events: list[tuple[int, int]] = []
    # before the spike every sync recommended the baseline: a scale-up window still remembers them
    window = rules.stabilization_window_seconds
    recommendations = [(-age, baseline) for age in range(0, window + 1, sync_period_seconds)]
    steps: list[Step] = []
    now = 0
    while replicas < goal:
        now += sync_period_seconds
        if now > horizon_seconds:
            return Spike(None, goal, needed, needed > max_replicas, tuple(steps))
        ready = sum(1 for at in ready_at if at <= now)
        proposals = [
            _proposal(metric, load, replicas, ready, tolerance)
            for metric in metrics
            if metric.kind != "not-modelled" and now >= metric.delay_seconds
        ]
        desired = max(proposals, default=replicas)
        window_start = now - window
        stabilised = min([desired] + [value for at, value in recommendations if at > window_start])
        recommendations.append((now, desired))
        target = max(replicas, stabilised)
        if target > replicas:
            limit = max(scale_up_limit(replicas, events, rules, now), replicas)
            target = min(target, limit, max_replicas)
        if target > replicas:
            events.append((now, target - replicas))
            ready_at += [now + ready_delay_seconds] * (target - replicas)
            replicas = target
            steps.append(Step(now, replicas))
    return Spike(sorted(ready_at)[goal - 1], goal, needed, needed > max_replicas, tuple(steps))


def scale_out_rows(
    inputs: Inputs, workloads: Sequence[Workload], parameters: Parameters, requirements: Requirements
) -> list[Row]:
    """One row per autoscaled workload (and per Rollout, which must be autoscaled)."""
    budget = requirements.scale_out_budget_seconds
    target = f"<= {budget} s to {requirements.spike_factor}x baseline"
    subjects = [w for w in workloads if w.autoscaler is not None or w.kind == "Rollout"]
    if not subjects:
        return [
            missing(
                FIGURE,
                "autoscaled services",
                target,
                "HorizontalPodAutoscaler or ScaledObject",
                inputs.dist_label,
            )
        ]
    return [_row(workload, parameters, requirements, target) for workload in subjects]


def _row(workload: Workload, parameters: Parameters, requirements: Requirements, target: str) -> Row:
    autoscaler = workload.autoscaler
    if autoscaler is None:
        return Row(
            FIGURE,
            workload.name,
            "not autoscaled",
            target,
            Status.FAIL,
            workload.sources,
            (f"no HorizontalPodAutoscaler or ScaledObject targets {workload.ref}",),
        )
    delay, start = pod_start_seconds(workload, parameters, new_node=True)
    settings = parameters.autoscaling
    spike = simulate_spike(
        baseline=autoscaler.min_replicas,
        max_replicas=autoscaler.max_replicas,
        metrics=autoscaler.metrics,
        rules=autoscaler.scale_up,
        ready_delay_seconds=delay,
        spike_factor=requirements.spike_factor,
        sync_period_seconds=settings.sync_period_seconds,
        tolerance=settings.tolerance,
        horizon_seconds=settings.horizon_seconds,
    )
    details = [
        f"baseline {autoscaler.min_replicas}, max {autoscaler.max_replicas}; the spike needs {spike.needed}"
        f" replicas, {spike.goal} within the tolerance",
        "metrics: " + ", ".join(_describe(metric) for metric in autoscaler.metrics),
        f"scale-up: {autoscaler.scale_up.describe()}; sync {settings.sync_period_seconds} s,"
        f" tolerance {settings.tolerance}",
        "replicas: " + ", ".join(f"t={step.seconds} s -> {step.replicas}" for step in spike.steps),
        f"a new replica is ready after {start}",
    ]
    reasons = []
    if not any(metric.kind != "not-modelled" for metric in autoscaler.metrics):
        reasons.append("no CPU or queue metric: nothing in this autoscaler reacts to a traffic spike")
    if spike.seconds is None:
        reasons.append(f"{spike.goal} replicas are never reached within {settings.horizon_seconds} s")
    elif spike.seconds > requirements.scale_out_budget_seconds:
        reasons.append(f"{spike.seconds} s > {requirements.scale_out_budget_seconds} s")
    if spike.capped:
        note = (
            f"maxReplicas {autoscaler.max_replicas} < {requirements.spike_factor} x {autoscaler.min_replicas}"
        )
        if requirements.spike_must_fit_max:
            reasons.append(f"{note}: the spike cannot be absorbed")
        else:
            details.append(f"capped: {note}; measured to maxReplicas")
    value = "never" if spike.seconds is None else f"{spike.seconds} s"
    value += f" to {spike.goal} replicas" + (" (capped)" if spike.capped else "")
    return Row(
        FIGURE,
        workload.name,
        value,
        target,
        Status.FAIL if reasons else Status.PASS,
        workload.sources,
        tuple(reasons + details),
        seconds=None if spike.seconds is None else float(spike.seconds),
    )


def _describe(metric: Metric) -> str:
    if metric.kind == "per-pod" and metric.ratio_cap is not None:
        return f"{metric.name} (a pod shows at most {metric.ratio_cap:.2f}x target: CPU limit)"
    return metric.name
