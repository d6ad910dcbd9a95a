"""Scale-out time for a 10x spike, by simulating the horizontal pod autoscaler step by step.

Model. At t = 0 the load steps from the baseline (``minReplicas`` pods at their target) to
10 times that. The HPA syncs every 15 s (``--horizontal-pod-autoscaler-sync-period``). Load is
counted in target units: one unit is what one pod carries at its target. At each sync, for each
metric, the HPA's replica calculator proposes:

- CPU utilisation (``Resource``/``ContainerResource``), averaged over pods; the step shows in
  metrics-server after its resolution (15 s). The load the ready pods can serve is
  ``min(10 x baseline, ready x cap)``, where ``cap = (CPU limit / request) / target`` because a
  throttled pod cannot show more than its limit. Pods not yet ready count as 0% during a
  scale-up: no change while ``|served / ready - 1| <= 0.1`` (the tolerance), else
  ``desired = ceil(served)``.
- A request rate (``Pods`` metric with ``AverageValue``, served by prometheus-adapter): demand-
  driven, ``desired = ceil(observed load)`` (load / target per pod), not capped by the CPU limit
  (``parameters.Autoscaling.request_rate_follows_demand``). Pending pods are ignored; running pods
  without a sample yet count as 0 during a scale-up; no change within the tolerance. The metric
  lags: the adapter's ``rate()`` over a window ``W`` of samples scraped every ``I`` (the
  PodMonitor's interval) holds ``W / I`` samples spanning ``W - I``, the newest up to ``I`` old,
  so it shows ``B + (L - B) x clamp((t - I) / (W - I), 0, 1)``: from ``I``, fully at ``W``
  (60 s for a 1m window at 15 s). ``Object`` metrics: ``AverageValue`` as a total (below);
  ``Value`` as the ratio to the target times the ready pods. A metric that nothing in ``dist/``
  serves (no prometheus-adapter rule, no PodMonitor) is named as a failure.
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

Each new replica is pending for ``node provisioning + scheduling`` and ready ``node provisioning +
scheduling + image pull + startup budget + first readiness`` after it is created (every new pod
is assumed to need a new node).

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

from contexter_deploy.facts.inputs import Inputs
from contexter_deploy.facts.parameters import Parameters, Requirements
from contexter_deploy.facts.workloads import Metric, ScalingRules, SynthesizedWorkload, pod_start_seconds
from contexter_deploy.report.result import Row, Status, missing

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


def observed_load(metric: Metric, baseline: Decimal, load: Decimal, now: int) -> Decimal:
    """The load ``metric`` shows ``now``: the baseline until its delay, then ramping to ``load``."""
    if now < metric.delay_seconds:
        return baseline
    if metric.ramp_seconds <= 0:
        return load
    fraction = min(Decimal(1), Decimal(now - metric.delay_seconds) / metric.ramp_seconds)
    return baseline + (load - baseline) * fraction


def _cpu(served: Decimal, replicas: int, ready: int, tolerance: Decimal) -> int:
    ready_ratio = served / ready
    if abs(ready_ratio - 1) <= tolerance:
        return replicas
    if ready < replicas:  # unready pods count as 0% while scaling up
        all_ratio = served / replicas
        if all_ratio <= 1 or abs(all_ratio - 1) <= tolerance:
            return replicas
    return max(math.ceil(served), replicas)


def pods_average_proposal(load: Decimal, replicas: int, running: int, ready: int, tolerance: Decimal) -> int:
    """``calcPlainMetricReplicas`` for a ``Pods`` metric carrying ``load`` target units in total.

    ``ready`` pods report the metric; the other ``running`` ones have no sample yet (missing:
    0 during a scale-up, the target during a scale-down); pending pods are ignored.
    """
    ratio = load / ready
    missing = running - ready
    if missing == 0:
        return replicas if abs(ratio - 1) <= tolerance else math.ceil(ratio * ready)
    filled = load if ratio >= 1 else load + missing
    new_ratio = filled / running
    if abs(new_ratio - 1) <= tolerance or (ratio < 1 < new_ratio) or (ratio > 1 > new_ratio):
        return replicas
    desired = math.ceil(new_ratio * running)
    if (new_ratio < 1 and desired > replicas) or (new_ratio > 1 and desired < replicas):
        return replicas
    return desired


def _proposal(
    metric: Metric,
    load: Decimal,
    baseline: int,
    replicas: int,
    running: int,
    ready: int,
    tolerance: Decimal,
) -> int:
    if metric.kind == "total":
        ratio = load / replicas
        return replicas if abs(ratio - 1) <= tolerance else math.ceil(load)
    if metric.kind == "object-value":
        ratio = load / baseline
        return replicas if abs(ratio - 1) <= tolerance else math.ceil(ratio * ready)
    served = load if metric.ratio_cap is None else min(load, ready * metric.ratio_cap)
    if metric.kind == "pods-average":
        return pods_average_proposal(served, replicas, running, ready, tolerance)
    return _cpu(served, replicas, ready, tolerance)


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
    pending_seconds: int = 0,
) -> Spike:
    """Simulate the HPA from ``baseline`` replicas under a ``spike_factor`` step in load.

    A new replica is pending (ignored by ``Pods`` metrics) for ``pending_seconds`` and ready
    ``ready_delay_seconds`` after it is created.
    """
    baseline = max(baseline, 1)
    needed = spike_factor * baseline
    # the HPA stops adding pods once the ratio is within the tolerance: that count serves the spike
    goal = min(math.ceil(Decimal(needed) / (1 + tolerance)), max_replicas)
    load = Decimal(needed)  # in target units: one unit is one pod exactly at its target
    replicas = baseline
    created_at = [-ready_delay_seconds] * baseline
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
        ready = sum(1 for at in created_at if at + ready_delay_seconds <= now)
        running = sum(1 for at in created_at if at + pending_seconds <= now)
        proposals = [
            _proposal(
                metric,
                observed_load(metric, Decimal(baseline), load, now),
                baseline,
                replicas,
                running,
                ready,
                tolerance,
            )
            for metric in metrics
            if metric.modelled and now >= metric.delay_seconds
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
            created_at += [now] * (target - replicas)
            replicas = target
            steps.append(Step(now, replicas))
    ready_at = sorted(at + ready_delay_seconds for at in created_at)
    return Spike(ready_at[goal - 1], goal, needed, needed > max_replicas, tuple(steps))


def scale_out_rows(
    inputs: Inputs,
    workloads: Sequence[SynthesizedWorkload],
    parameters: Parameters,
    requirements: Requirements,
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


def _row(
    workload: SynthesizedWorkload, parameters: Parameters, requirements: Requirements, target: str
) -> Row:
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
    pods = parameters.pods
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
        pending_seconds=pods.node_provisioning_seconds + pods.pod_scheduling_seconds,
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
    reasons = [f"{metric.name}: {metric.problem}" for metric in autoscaler.metrics if metric.problem]
    if not any(metric.modelled for metric in autoscaler.metrics):
        reasons.append(
            "no CPU, request-rate or queue metric: nothing in this autoscaler reacts to a traffic spike"
        )
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
    sources = (*workload.sources, *(source for metric in autoscaler.metrics for source in metric.sources))
    return Row(
        FIGURE,
        workload.name,
        value,
        target,
        Status.FAIL if reasons else Status.PASS,
        tuple(dict.fromkeys(sources)),
        tuple(reasons + details),
        seconds=None if spike.seconds is None else float(spike.seconds),
    )


def _describe(metric: Metric) -> str:
    if metric.kind == "per-pod" and metric.ratio_cap is not None:
        return f"{metric.name} (a pod shows at most {metric.ratio_cap:.2f}x target: CPU limit)"
    if metric.kind == "pods-average" and metric.lag:
        cap = (
            f"; a pod counts at most {metric.ratio_cap:.2f}x target: CPU limit"
            if metric.ratio_cap is not None
            else "; demand-driven: ceil(load / target per pod)"
        )
        return f"{metric.name}: {metric.lag}{cap}"
    if metric.lag:
        return f"{metric.name}: {metric.lag}"
    return metric.name
