"""Deployment time of each workload: the model behind the readiness report's rollout figure.

The rules it follows (waves, analysis runs, pauses, scale-down delays) are written with the figure,
in ``contexter_deploy/report/rollout.py``, because the report shows them beside its numbers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from contexter_deploy.facts.inputs import Inputs, parse_duration, resolve_int_or_percent
from contexter_deploy.facts.parameters import Parameters
from contexter_deploy.facts.workloads import SynthesizedWorkload, ceil_div, pod_start_seconds

UNBOUNDED = float("inf")


@dataclass
class Timeline:
    """The parts of one deployment and their durations (seconds; ``inf`` when unbounded)."""

    parts: list[tuple[str, float]] = field(default_factory=list)
    sources: set[str] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)

    def add(self, label: str, seconds: float) -> None:
        self.parts.append((label, seconds))

    @property
    def total(self) -> float:
        return sum(seconds for _, seconds in self.parts)

    @property
    def bounded_total(self) -> float:
        """The total without the parts that wait for a human or never end."""
        return sum(seconds for _, seconds in self.parts if seconds != UNBOUNDED)

    @property
    def waits(self) -> list[str]:
        """The parts without a bound: a manual gate, a pause without duration, an endless analysis."""
        return [label for label, seconds in self.parts if seconds == UNBOUNDED]

    def describe(self) -> str:
        return " + ".join(f"{label} {seconds_text(seconds)}" for label, seconds in self.parts) or "nothing"


def seconds_text(value: float) -> str:
    return "unbounded" if value == UNBOUNDED else f"{value:g} s"


def analysis_seconds(
    references: Sequence[Mapping[str, Any]], inputs: Inputs, namespace: str | None, timeline: Timeline
) -> float:
    """Duration of one analysis run over the referenced (Cluster)AnalysisTemplates."""
    longest = 0.0
    for reference in references:
        name = reference.get("templateName")
        kind = "ClusterAnalysisTemplate" if reference.get("clusterScope") else "AnalysisTemplate"
        template = inputs.find(kind, str(name), None if reference.get("clusterScope") else namespace)
        if template is None:
            timeline.problems.append(f"{kind} {name} is referenced but not found")
            continue
        timeline.sources.add(template.ref)
        for metric in template.spec.get("metrics") or []:
            longest = max(longest, metric_seconds(metric))
    return longest


def metric_seconds(metric: Mapping[str, Any]) -> float:
    """``initialDelay + interval x (count - 1)``; an interval without a count never ends. A ``job``
    metric's one measurement lasts up to its Job's ``activeDeadlineSeconds`` (unbounded without)."""
    delay = parse_duration(metric.get("initialDelay", 0))
    interval = metric.get("interval")
    count = metric.get("count")
    job = (metric.get("provider") or {}).get("job")
    if job is not None:
        deadline = (job.get("spec") or {}).get("activeDeadlineSeconds")
        runs = 1 if count is None and interval is None else None if count is None else int(count)
        if deadline is None or runs is None:
            return UNBOUNDED
        return delay + parse_duration(interval or 0) * max(runs - 1, 0) + int(deadline) * runs
    if count is None:
        return UNBOUNDED if interval is not None else delay
    return delay + parse_duration(interval or 0) * max(int(count) - 1, 0)


def _wave(workload: SynthesizedWorkload, parameters: Parameters) -> int:
    seconds, _ = pod_start_seconds(workload, parameters, new_node=True)
    return seconds + int(workload.manifest.spec.get("minReadySeconds", 0))


def blue_green(
    workload: SynthesizedWorkload, replicas: int, inputs: Inputs, parameters: Parameters
) -> Timeline:
    strategy = workload.manifest.spec["strategy"]["blueGreen"]
    timeline = Timeline()
    wave = _wave(workload, parameters)
    preview = strategy.get("previewReplicaCount")
    timeline.add("preview ReplicaSet ready", wave)
    pre = strategy.get("prePromotionAnalysis")
    if pre:
        timeline.add(
            "prePromotionAnalysis",
            analysis_seconds(pre.get("templates") or [], inputs, workload.namespace, timeline),
        )
    if strategy.get("autoPromotionSeconds") is not None:
        timeline.add("autoPromotionSeconds", int(strategy["autoPromotionSeconds"]))
    elif strategy.get("autoPromotionEnabled", True) is False:
        timeline.add("manual promotion", UNBOUNDED)
    if preview is not None and int(preview) < replicas:
        timeline.add("scale preview to full", wave)
    post = strategy.get("postPromotionAnalysis")
    if post:
        timeline.add(
            "postPromotionAnalysis",
            analysis_seconds(post.get("templates") or [], inputs, workload.namespace, timeline),
        )
    delay = strategy.get("scaleDownDelaySeconds", parameters.rollouts.scale_down_delay_seconds)
    timeline.add("scaleDownDelaySeconds", int(delay))
    return timeline


def canary(workload: SynthesizedWorkload, replicas: int, inputs: Inputs, parameters: Parameters) -> Timeline:
    strategy = workload.manifest.spec["strategy"]["canary"]
    routed = bool(strategy.get("trafficRouting"))
    surge = resolve_int_or_percent(
        strategy.get("maxSurge", parameters.rollouts.max_surge), replicas, round_up=True
    )
    unavailable = resolve_int_or_percent(
        strategy.get("maxUnavailable", parameters.rollouts.max_unavailable), replicas, round_up=False
    )
    batch = replicas if routed else max(surge + unavailable, 1)
    wave = _wave(workload, parameters)
    timeline = Timeline()
    canary_pods = 0

    def grow(to: int, label: str) -> None:
        nonlocal canary_pods
        if to > canary_pods:
            waves = ceil_div(to - canary_pods, batch)
            timeline.add(f"{label}: {canary_pods} -> {to} pods", waves * wave)
            canary_pods = to

    for step in strategy.get("steps") or []:
        if "setWeight" in step:
            grow(ceil_div(int(step["setWeight"]) * replicas, 100), f"setWeight {step['setWeight']}")
        elif "setCanaryScale" in step:
            scale = step["setCanaryScale"]
            if "replicas" in scale:
                grow(int(scale["replicas"]), "setCanaryScale")
            elif "weight" in scale:
                grow(ceil_div(int(scale["weight"]) * replicas, 100), "setCanaryScale")
        elif "pause" in step:
            duration = (step["pause"] or {}).get("duration")
            timeline.add("pause", UNBOUNDED if duration is None else parse_duration(duration))
        elif "analysis" in step:
            templates = step["analysis"].get("templates") or []
            timeline.add("analysis step", analysis_seconds(templates, inputs, workload.namespace, timeline))
        elif "experiment" in step:
            duration = step["experiment"].get("duration")
            timeline.add("experiment", UNBOUNDED if duration is None else parse_duration(duration))
    grow(replicas, "promote to 100%")
    background = strategy.get("analysis")
    if background:
        analysis_seconds(background.get("templates") or [], inputs, workload.namespace, timeline)
    if routed:
        delay = strategy.get("scaleDownDelaySeconds", parameters.rollouts.scale_down_delay_seconds)
        timeline.add("scaleDownDelaySeconds", int(delay))
    return timeline


def rolling_update(workload: SynthesizedWorkload, replicas: int, parameters: Parameters) -> Timeline:
    strategy = workload.manifest.spec.get("strategy") or {}
    timeline = Timeline()
    wave = _wave(workload, parameters)
    if strategy.get("type") == "Recreate":
        grace = int(
            workload.pod_spec.get(
                "terminationGracePeriodSeconds", parameters.pods.termination_grace_period_seconds
            )
        )
        timeline.add("Recreate: old pods terminate", grace)
        timeline.add("new pods ready", wave)
        return timeline
    rolling = strategy.get("rollingUpdate") or {}
    surge = resolve_int_or_percent(
        rolling.get("maxSurge", parameters.rollouts.max_surge), replicas, round_up=True
    )
    unavailable = resolve_int_or_percent(
        rolling.get("maxUnavailable", parameters.rollouts.max_unavailable), replicas, round_up=False
    )
    waves = ceil_div(replicas, max(surge + unavailable, 1))
    timeline.add(f"{waves} wave(s) of {surge + unavailable}", waves * wave)
    return timeline


def stateful_update(workload: SynthesizedWorkload, replicas: int, parameters: Parameters) -> Timeline:
    strategy = workload.manifest.spec.get("updateStrategy") or {}
    timeline = Timeline()
    if strategy.get("type") == "OnDelete":
        timeline.add("OnDelete: pods change only when deleted by hand", UNBOUNDED)
        return timeline
    rolling = strategy.get("rollingUpdate") or {}
    at_once = max(resolve_int_or_percent(rolling.get("maxUnavailable", 1), replicas, round_up=False), 1)
    start, _ = pod_start_seconds(workload, parameters, new_node=False)
    grace = int(
        workload.pod_spec.get(
            "terminationGracePeriodSeconds", parameters.pods.termination_grace_period_seconds
        )
    )
    batches = ceil_div(replicas, at_once)
    timeline.add(f"{batches} x (termination {grace} s + start {start} s)", batches * (grace + start))
    return timeline


def deployment_timeline(
    workload: SynthesizedWorkload, replicas: int, inputs: Inputs, parameters: Parameters
) -> Timeline:
    """The deployment of ``workload`` at ``replicas`` replicas."""
    if workload.kind == "StatefulSet":
        return stateful_update(workload, replicas, parameters)
    if workload.kind == "Deployment":
        return rolling_update(workload, replicas, parameters)
    strategy = workload.manifest.spec.get("strategy") or {}
    if "blueGreen" in strategy:
        return blue_green(workload, replicas, inputs, parameters)
    if "canary" in strategy:
        return canary(workload, replicas, inputs, parameters)
    timeline = Timeline()
    timeline.problems.append("the Rollout has neither a blueGreen nor a canary strategy")
    timeline.add("unknown strategy", UNBOUNDED)
    return timeline


@dataclass(frozen=True)
class WorstCase:
    """The slower of a deployment at baseline and at maximum replicas, and both timelines."""

    replicas: int
    timeline: Timeline
    timelines: tuple[tuple[int, Timeline], ...]

    @property
    def problems(self) -> list[str]:
        return list(dict.fromkeys(problem for _, timeline in self.timelines for problem in timeline.problems))

    @property
    def sources(self) -> list[str]:
        return sorted(set().union(*(timeline.sources for _, timeline in self.timelines)))

    def describe(self) -> list[str]:
        return [
            f"at {n} replicas: {timeline.describe()} = {seconds_text(timeline.total)}"
            for n, timeline in self.timelines
        ]


def worst_case(workload: SynthesizedWorkload, inputs: Inputs, parameters: Parameters) -> WorstCase:
    """The deployment of ``workload`` at its baseline and at its maximum replicas; the slower counts."""
    counts = sorted({max(workload.baseline_replicas, 1), max(workload.max_replicas, 1)})
    timelines = tuple((count, deployment_timeline(workload, count, inputs, parameters)) for count in counts)
    count, worst = max(timelines, key=lambda item: item[1].total)
    return WorstCase(count, worst, timelines)
