"""RTO per service for the failure of one pod and of one node: time until the service answers again.

The figure is the service's RTO. Where the replicas that survive keep serving, the service
answers again once the lost replica is out of its endpoints (or, for Redis, once Sentinel has
promoted a replica), long before that replica is replaced; with a single replica (dev) the
service is back only when the replica is. The replacement time is always shown as context.

Replicas lost: one for a pod failure; for a node failure, the most the placement rules allow on
one node (1 with a required hostname anti-affinity, else at most the bound on one zone from the
zone spread, a node being in one zone; see ``availability``). The survivors keep serving when:

- a stateless service: at least one replica is left behind its Service;
- Qdrant: the Raft majority of peers is left and fewer peers are lost than the collections'
  ``replication_factor`` (read from ``dist/``), so every shard keeps a replica;
- Redis with Sentinel: a replica is left to promote, and the Sentinels left reach their quorum
  (``sentinel monitor``) and a majority.

Service RTO when the survivors keep serving:

    stateless, Qdrant, pod:  readiness periodSeconds x failureThreshold   (the hung pod is not ready)
                             + endpoint propagation (5 s)                  (kube-proxy and Envoy drop it)
    stateless, Qdrant, node: node-monitor grace period (50 s)              (the node controller marks
                             + endpoint propagation (5 s)                   its pods not ready)
    Redis (pod or node):     down-after-milliseconds                       (Sentinel sees the primary down)
                             + failover-timeout                            (bound on the promotion and on
                                                                            re-pointing the replicas)

with the Sentinel settings read from the configuration in ``dist/`` (Redis's defaults, 30 s and
180 s, when absent). Clients find the new primary through the Sentinels.

Replica replacement (the service RTO when no replica survives):

    pod:  liveness periodSeconds x failureThreshold      (detection; a crash is seen at once)
          + first restart back-off (10 s)
          + startup budget (startupProbe, else livenessProbe: initialDelay + failureThreshold x period)
          + first readiness success (readiness periodSeconds x successThreshold)
    node: node-monitor grace period (50 s)                 (the node becomes NotReady/Unknown)
          + tolerationSeconds of node.kubernetes.io/unreachable  (300 s default; shorter if the pod sets it)
          + scheduling + node provisioning + image pull          (replacement capacity)
          + volume attach (pods with PersistentVolumeClaims)
          + startup budget + first readiness success

A container without a livenessProbe is never restarted when it hangs, and a toleration of
``unreachable`` without ``tolerationSeconds`` keeps the pod on the dead node forever: the
replica is never replaced, which fails the row even where the service fails over (it would
run without its redundancy for good). StatefulSet pods are replaced only once the dead node's
Node object is gone (EC2 instance terminated); a node that hangs with its volume attached needs
the ``node.kubernetes.io/out-of-service`` taint. Target: service RTO < 300 s.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from contexter_deploy.facts.inputs import Inputs
from contexter_deploy.facts.parameters import Parameters, Requirements
from contexter_deploy.facts.workloads import (
    HOSTNAME_KEY,
    SynthesizedWorkload,
    probe,
    sentinel_setting,
    start_time,
)
from contexter_deploy.report.availability import (
    Zones,
    max_in_one_zone,
    replication_factor,
    sentinel_quorum,
    zones,
)
from contexter_deploy.report.result import Row, Status, missing

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
            return float(seconds), f"pod toleration {UNREACHABLE}"
    return float(default), f"default toleration {default} s (the pod sets none)"


def _has_volumes(workload: SynthesizedWorkload) -> bool:
    claims = workload.manifest.spec.get("volumeClaimTemplates") or []
    volumes = workload.pod_spec.get("volumes") or []
    return bool(claims) or any("persistentVolumeClaim" in volume for volume in volumes)


def pod_failure(workload: SynthesizedWorkload, parameters: Parameters) -> tuple[float, list[str]]:
    """Replacement of a failed pod: (seconds, the arithmetic and any reason it is unbounded)."""
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
        f"liveness {detection} s + restart back-off {restart} s + {start.explanation} = {total} s"
    ]


def node_failure(workload: SynthesizedWorkload, parameters: Parameters) -> tuple[float, list[str]]:
    """Replacement of a pod lost with its node: (seconds, the arithmetic and any reason it is unbounded)."""
    settings = parameters.node_failure
    pods = parameters.pods
    eviction, why = eviction_seconds(workload.pod_spec, settings.default_toleration_seconds)
    if eviction == UNBOUNDED:
        return UNBOUNDED, [why]
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
    parts.append((f"start ({start.explanation})", start.seconds))
    total = sum(seconds for _, seconds in parts)
    lines = [" + ".join(f"{label} {seconds:g} s" for label, seconds in parts) + f" = {total:g} s"]
    if workload.kind == "StatefulSet":
        lines.append(
            "assumes the dead instance is terminated;"
            " a hung node holding the volume needs the out-of-service taint"
        )
    return float(total), lines


def lost_with_one_node(workload: SynthesizedWorkload, found: Zones | None) -> tuple[int, str]:
    """Most replicas one node can hold: a required hostname anti-affinity allows one; otherwise the
    zone bound (a node lies in one zone), else all of them."""
    replicas = workload.baseline_replicas
    anti = ((workload.pod_spec.get("affinity") or {}).get("podAntiAffinity") or {}).get(
        "requiredDuringSchedulingIgnoredDuringExecution"
    ) or []
    if any(term.get("topologyKey") == HOSTNAME_KEY for term in anti):
        return min(replicas, 1), "required hostname anti-affinity: one per node"
    if found is None:
        return replicas, "no zone list: all replicas may share one node"
    bound, why = max_in_one_zone(workload.pod_spec, workload.pod_labels, replicas, found.count)
    return bound, f"at most the bound on one zone ({why})"


@dataclass(frozen=True)
class Failover:
    """Whether the surviving replicas keep the service up, and how long until they answer."""

    serves: bool
    seconds: float
    lines: tuple[str, ...]


def _majority(members: int) -> int:
    return members // 2 + 1


def _readiness_detection(workload: SynthesizedWorkload, parameters: Parameters) -> tuple[int, str] | None:
    budgets = [
        (readiness.period_seconds * readiness.failure_threshold, str(container.get("name")))
        for container in workload.containers
        if (readiness := probe(container, "readinessProbe", parameters)) is not None
    ]
    if not budgets:
        return None
    seconds, name = max(budgets)
    return seconds, f"readiness of {name} fails ({seconds} s)"


def _endpoint_failover(
    workload: SynthesizedWorkload, mode: str, parameters: Parameters, survivors: str
) -> Failover:
    propagation = parameters.failover.endpoint_propagation_seconds
    if mode == "node":
        grace = parameters.node_failure.node_monitor_grace_period_seconds
        detection, how = grace, f"node-monitor grace {grace} s (its pods are marked not ready)"
    else:
        readiness = _readiness_detection(workload, parameters)
        if readiness is None:
            return Failover(False, UNBOUNDED, ("no readinessProbe: a hung pod stays in the endpoints",))
        detection, how = readiness
    total = detection + propagation
    return Failover(
        True,
        float(total),
        (f"service: {survivors}; {how} + endpoint propagation {propagation} s = {total} s",),
    )


def _qdrant(
    workload: SynthesizedWorkload, lost: int, mode: str, inputs: Inputs, parameters: Parameters
) -> Failover:
    peers = workload.baseline_replicas
    factor, note = replication_factor(inputs, parameters.quorum.qdrant_replication_factor)
    left = peers - lost
    if left < _majority(peers) or lost >= factor:
        return Failover(
            False,
            UNBOUNDED,
            (
                f"{left} of {peers} peers left (majority {_majority(peers)}); {note}:"
                " some shards have no replica until the peer is back",
            ),
        )
    survivors = f"{left} of {peers} peers keep the Raft majority and, with {note}, every shard"
    return _endpoint_failover(workload, mode, parameters, survivors)


def _redis(workload: SynthesizedWorkload, lost: int, inputs: Inputs, parameters: Parameters) -> Failover:
    replicas = workload.baseline_replicas
    if not any("sentinel" in str(container.get("name", "")) for container in workload.containers):
        return Failover(False, UNBOUNDED, ("no Sentinel: nothing promotes a replica",))
    quorum, quorum_note = sentinel_quorum(inputs, parameters.quorum.redis_sentinel_quorum)
    alive = replicas - lost
    if alive < 1 or alive < quorum or alive < _majority(replicas):
        return Failover(
            False,
            UNBOUNDED,
            (f"{alive} of {replicas} pods and Sentinels left: below {quorum_note} or a majority",),
        )
    defaults = parameters.failover
    down = sentinel_setting(inputs, "down-after-milliseconds")
    timeout = sentinel_setting(inputs, "failover-timeout")
    down_ms, down_where = down or (defaults.sentinel_down_after_milliseconds, "Redis default")
    timeout_ms, timeout_where = timeout or (defaults.sentinel_failover_timeout_milliseconds, "Redis default")
    total = (down_ms + timeout_ms) / 1000
    return Failover(
        True,
        total,
        (
            f"service: {alive} of {replicas} pods and Sentinels left ({quorum_note}): the Sentinels"
            f" promote a replica; down-after-milliseconds {down_ms / 1000:g} s ({down_where})"
            f" + failover-timeout {timeout_ms / 1000:g} s ({timeout_where}) = {total:g} s",
        ),
    )


def service_failover(
    workload: SynthesizedWorkload, mode: str, inputs: Inputs, parameters: Parameters, found: Zones | None
) -> Failover:
    """Whether, and how fast, the replicas left after losing one pod (``mode`` "pod") or one node
    ("node") serve again."""
    if mode == "pod":
        lost, placement = min(workload.baseline_replicas, 1), "one pod lost"
    else:
        lost, why = lost_with_one_node(workload, found)
        placement = f"{lost} lost with the node: {why}"
    if workload.kind == "StatefulSet" and workload.name == "qdrant":
        failover = _qdrant(workload, lost, mode, inputs, parameters)
    elif workload.kind == "StatefulSet" and workload.name == "redis":
        failover = _redis(workload, lost, inputs, parameters)
    elif workload.baseline_replicas - lost >= 1:
        survivors = (
            f"{workload.baseline_replicas - lost} of {workload.baseline_replicas} replicas keep serving"
        )
        failover = _endpoint_failover(workload, mode, parameters, survivors)
    else:
        failover = Failover(False, UNBOUNDED, (f"no replica left of {workload.baseline_replicas}",))
    return Failover(failover.serves, failover.seconds, (placement, *failover.lines))


def rto_rows(
    inputs: Inputs,
    workloads: Sequence[SynthesizedWorkload],
    parameters: Parameters,
    requirements: Requirements,
) -> list[Row]:
    target = f"< {requirements.rto_seconds} s"
    if not workloads:
        return [missing(FIGURE, "services", target, "Deployment, Rollout or StatefulSet", inputs.dist_label)]
    found = zones(inputs)
    rows = []
    for workload in workloads:
        for mode, replace in (("pod", pod_failure), ("node", node_failure)):
            replacement, arithmetic = replace(workload, parameters)
            failover = service_failover(workload, mode, inputs, parameters, found)
            seconds = failover.seconds if failover.serves else replacement
            reasons = []
            if replacement == UNBOUNDED:
                reasons.append("the lost replica is never replaced: " + "; ".join(arithmetic))
            if seconds == UNBOUNDED:
                reasons.append("unbounded")
            elif seconds >= requirements.rto_seconds:
                reasons.append(f"{seconds:g} s >= {requirements.rto_seconds} s")
            lines = (
                list(failover.lines)
                if failover.serves
                else ["service: back only when the replica is (" + "; ".join(failover.lines) + ")"]
            )
            context = "replica replacement" + (" (context)" if failover.serves else "")
            lines += [f"{context}: {line}" for line in arithmetic]
            rows.append(
                Row(
                    FIGURE,
                    f"{workload.name} ({mode})",
                    "unbounded" if seconds == UNBOUNDED else f"{seconds:g} s",
                    target,
                    Status.FAIL if reasons else Status.PASS,
                    (workload.ref,),
                    tuple(reasons + lines),
                    seconds=None if seconds == UNBOUNDED else seconds,
                )
            )
    return rows
