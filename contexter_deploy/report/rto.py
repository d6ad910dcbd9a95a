"""RTO per service for the failure of one pod and of one node: time until the lost replica serves again.

Pod failure (the container hangs or crashes; the kubelet restarts it in place):

    RTO = liveness periodSeconds x failureThreshold      (detection; a crash is seen at once)
        + first restart back-off (10 s)
        + startup budget (startupProbe, else livenessProbe: initialDelay + failureThreshold x period)
        + first readiness success (readiness periodSeconds x successThreshold)

A container without a livenessProbe is never restarted when it hangs: unbounded.

Node failure (the node stops answering):

    RTO = node-monitor grace period (50 s)                 (the node becomes NotReady/Unknown)
        + tolerationSeconds of node.kubernetes.io/unreachable  (300 s default; shorter if the pod sets it)
        + scheduling + node provisioning + image pull          (replacement capacity)
        + volume attach (pods with PersistentVolumeClaims)
        + startup budget + first readiness success

A toleration of ``unreachable`` without ``tolerationSeconds`` keeps the pod on the dead node
forever: unbounded. StatefulSet pods are replaced only once the dead node's Node object is
gone (EC2 instance terminated); a node that hangs with its volume attached needs the
``node.kubernetes.io/out-of-service`` taint. Where other replicas remain, traffic already
moves to them after the readiness probe fails (shown in the details). Target: < 300 s.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from contexter_deploy.report.inputs import Inputs
from contexter_deploy.report.parameters import Parameters, Requirements
from contexter_deploy.report.result import Row, Status, missing
from contexter_deploy.report.workloads import Workload, probe, start_time

FIGURE = "rto"
UNREACHABLE = "node.kubernetes.io/unreachable"
UNBOUNDED = float("inf")


def eviction_seconds(pod_spec: Mapping[str, Any], default: int) -> tuple[float, str]:
    """When pods leave an unreachable node, and why: their toleration, or the 300 s default."""
    for toleration in pod_spec.get("tolerations") or []:
        key = toleration.get("key")
        effect = toleration.get("effect")
        if (key == UNREACHABLE or (key is None and toleration.get("operator") == "Exists")) and effect in (
            None,
            "NoExecute",
        ):
            seconds = toleration.get("tolerationSeconds")
            if seconds is None:
                return (
                    UNBOUNDED,
                    f"toleration of {key or 'every taint'} without tolerationSeconds: never evicted",
                )
            return float(seconds), f"pod toleration {UNREACHABLE} {seconds} s"
    return float(default), f"default toleration {default} s (the pod sets none)"


def _has_volumes(workload: Workload) -> bool:
    claims = workload.manifest.spec.get("volumeClaimTemplates") or []
    volumes = workload.pod_spec.get("volumes") or []
    return bool(claims) or any("persistentVolumeClaim" in volume for volume in volumes)


def pod_failure(workload: Workload, parameters: Parameters) -> tuple[float, list[str]]:
    """(seconds, the arithmetic and any reason it is unbounded)."""
    start = start_time(workload, parameters)
    detections = []
    for container in workload.containers:
        liveness = probe(container, "livenessProbe", parameters)
        if liveness is None:
            return UNBOUNDED, [
                f"container {container.get('name')} has no livenessProbe: a hang is never detected"
            ]
        detections.append(liveness.period_seconds * liveness.failure_threshold)
    detection = max(detections, default=0)
    restart = parameters.pods.container_restart_seconds
    total = detection + restart + start.seconds
    return float(total), [
        f"pod: liveness {detection} s + restart back-off {restart} s + {start.explanation} = {total} s"
    ]


def node_failure(workload: Workload, parameters: Parameters) -> tuple[float, list[str]]:
    settings = parameters.node_failure
    pods = parameters.pods
    eviction, why = eviction_seconds(workload.pod_spec, settings.default_toleration_seconds)
    if eviction == UNBOUNDED:
        return UNBOUNDED, [f"node: {why}"]
    start = start_time(workload, parameters)
    attach = settings.volume_attach_seconds if _has_volumes(workload) else 0
    parts = [
        ("node-monitor grace", settings.node_monitor_grace_period_seconds),
        (why, eviction),
        ("scheduling", pods.pod_scheduling_seconds),
        ("node provisioning", pods.node_provisioning_seconds),
        ("image pull", pods.image_pull_seconds),
    ]
    if attach:
        parts.append(("volume attach", attach))
    parts.append((start.explanation, start.seconds))
    total = sum(seconds for _, seconds in parts)
    lines = ["node: " + " + ".join(f"{label} {seconds:g} s" for label, seconds in parts) + f" = {total:g} s"]
    if workload.kind == "StatefulSet":
        lines.append(
            "assumes the dead instance is terminated;"
            " a hung node holding the volume needs the out-of-service taint"
        )
    return float(total), lines


def _failover(workload: Workload, parameters: Parameters) -> str | None:
    if workload.baseline_replicas < 2:
        return None
    periods = [
        readiness.period_seconds * readiness.failure_threshold
        for container in workload.containers
        if (readiness := probe(container, "readinessProbe", parameters)) is not None
    ]
    if not periods:
        return None
    return (
        f"meanwhile {workload.baseline_replicas - 1} other replica(s) serve: traffic leaves the failed pod"
        f" after readiness fails ({max(periods)} s)"
    )


def rto_rows(
    inputs: Inputs, workloads: Sequence[Workload], parameters: Parameters, requirements: Requirements
) -> list[Row]:
    target = f"< {requirements.rto_seconds} s"
    if not workloads:
        return [missing(FIGURE, "services", target, "Deployment, Rollout or StatefulSet", inputs.dist_label)]
    rows = []
    for workload in workloads:
        failover = _failover(workload, parameters)
        for mode, compute in (("pod", pod_failure), ("node", node_failure)):
            seconds, lines = compute(workload, parameters)
            reasons = []
            if seconds == UNBOUNDED:
                reasons.append("unbounded")
            elif seconds >= requirements.rto_seconds:
                reasons.append(f"{seconds:g} s >= {requirements.rto_seconds} s")
            rows.append(
                Row(
                    FIGURE,
                    f"{workload.name} ({mode})",
                    "unbounded" if seconds == UNBOUNDED else f"{seconds:g} s",
                    target,
                    Status.FAIL if reasons else Status.PASS,
                    (workload.ref,),
                    tuple(reasons + lines + ([failover] if failover else [])),
                    seconds=None if seconds == UNBOUNDED else seconds,
                )
            )
    return rows
