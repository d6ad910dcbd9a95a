"""AZ-loss survival: the replicas left when the worst zone is lost, and whether each service stays up.

Zones: the Karpenter NodePool's ``topology.kubernetes.io/zone`` requirement if it has one, else
the distinct ``availability_zone`` of the subnets in the Terraform JSON.

For ``N`` baseline replicas over ``Z`` zones, the most replicas the scheduler may put in one zone:

- a required pod anti-affinity on the zone key: 1;
- a ``topologySpreadConstraint`` on the zone key with ``whenUnsatisfiable: DoNotSchedule`` and
  ``maxSkew s``: ``min(N, floor((N + s x (Z - 1)) / Z))`` (the fullest zone may exceed the
  emptiest by at most ``s``). The scheduler counts only zones that have a node; without
  ``minDomains >= Z`` the bound assumes every zone had one when the pods were placed (noted);
- otherwise (no constraint, ``ScheduleAnyway``, a preferred anti-affinity): all ``N``, because
  a preference is not a guarantee.

Left = ``N`` - that. A stateless service stays up with at least one replica left and must run
the environment's minimum replicas (prod 3). Quorum decides for the data services:

- Qdrant: the Raft majority of peers (``floor(N/2) + 1``) survives, and fewer peers are lost
  than the collections' replication factor (read from a ConfigMap or the environment of its
  pods, default 1), so every shard keeps a replica;
- Redis: a replica survives to be promoted, and the surviving Sentinels reach both the
  configured quorum (``sentinel monitor ... <quorum>``, default 2) and a majority of Sentinels;
- Vault (Argo CD Application, Helm values ``server.ha``): the Raft majority survives.

The PodDisruptionBudget is reported: when fewer replicas are left than its ``minAvailable``,
node drains block until the lost replicas are rescheduled.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from contexter_deploy.facts.inputs import Inputs, resolve_int_or_percent
from contexter_deploy.facts.manifests import selector_matches
from contexter_deploy.facts.parameters import Parameters, Requirements
from contexter_deploy.facts.workloads import (
    ZONE_KEY,
    SynthesizedWorkload,
    disruption_budget,
    helm_values,
    is_vault_application,
    sentinel_setting,
    untemplated,
)
from contexter_deploy.report.result import Row, Status, missing

FIGURE = "zone-loss"


@dataclass(frozen=True)
class Zones:
    count: int
    source: str


def zones(inputs: Inputs) -> Zones | None:
    """How many zones pods can run in, and where that was read."""
    for nodepool in inputs.of_kind("NodePool"):
        requirements = ((nodepool.spec.get("template") or {}).get("spec") or {}).get("requirements") or []
        for requirement in requirements:
            if requirement.get("key") == ZONE_KEY and requirement.get("operator") == "In":
                return Zones(len(set(requirement.get("values") or [])), nodepool.ref)
    # a literal zone, or an expression such as ${data.aws_availability_zones.this.names[1]}: one zone
    # per distinct value; a block with count and ${...[count.index]} spans `count` zones
    distinct: set[str] = set()
    counted = 0
    for subnet in inputs.resources("aws_subnet"):
        zone = subnet.body.get("availability_zone") or subnet.body.get("availability_zone_id")
        if zone is None:
            continue
        if "count.index" in str(zone) or "each." in str(zone):
            counted = max(counted, subnet.count)
        else:
            distinct.add(str(zone))
    if distinct or counted:
        shown = ", ".join(sorted(distinct)) if distinct and "${" not in "".join(distinct) else "expressions"
        return Zones(max(len(distinct), counted), f"aws_subnet ({shown})")
    return None


def max_in_one_zone(
    pod_spec: Mapping[str, Any], labels: Mapping[str, str] | None, replicas: int, zone_count: int
) -> tuple[int, str]:
    """Most of ``replicas`` pods the scheduler may place in one zone, and which rule bounds it.

    ``labels`` are the pods' own labels, which a constraint's selector must match to count;
    ``None`` when they are not known (a Helm chart's templated labels): every constraint counts.
    """

    def own(selector: Mapping[str, Any]) -> bool:
        return labels is None or selector_matches(selector, labels)

    anti = (pod_spec.get("affinity") or {}).get("podAntiAffinity") or {}
    for term in anti.get("requiredDuringSchedulingIgnoredDuringExecution") or []:
        if term.get("topologyKey") == ZONE_KEY and own(term.get("labelSelector") or {}):
            return min(replicas, 1), "required zone anti-affinity: one per zone"
    best: tuple[int, str] | None = None
    for constraint in pod_spec.get("topologySpreadConstraints") or []:
        if constraint.get("topologyKey") != ZONE_KEY or not own(constraint.get("labelSelector") or {}):
            continue
        if constraint.get("whenUnsatisfiable", "DoNotSchedule") != "DoNotSchedule":
            continue
        skew = int(constraint.get("maxSkew", 1))
        bound = min(replicas, (replicas + skew * (zone_count - 1)) // zone_count)
        domains = int(constraint.get("minDomains", 1))
        assumption = (
            f", minDomains {domains}"
            if domains >= zone_count
            else " (assumes each zone has a node when the pods are placed: no minDomains)"
        )
        if best is None or bound < best[0]:
            best = (
                bound,
                f"zone spread maxSkew {skew}:"
                f" floor(({replicas} + {skew} x {zone_count - 1}) / {zone_count}) = {bound}{assumption}",
            )
    if best is not None:
        return best
    soft = any(
        c.get("topologyKey") == ZONE_KEY for c in pod_spec.get("topologySpreadConstraints") or []
    ) or any(
        (term.get("podAffinityTerm") or {}).get("topologyKey") == ZONE_KEY
        for term in anti.get("preferredDuringSchedulingIgnoredDuringExecution") or []
    )
    why = (
        "zone spread is only preferred (ScheduleAnyway/preferred)"
        if soft
        else "no zone spread or anti-affinity"
    )
    return replicas, f"{why}: all {replicas} may share one zone"


def _pdb_note(workload: SynthesizedWorkload, inputs: Inputs, left: int) -> tuple[list[str], list[str]]:
    pdb = disruption_budget(workload, inputs)
    if pdb is None:
        return [], ["no PodDisruptionBudget covers these pods"]
    replicas = workload.baseline_replicas
    if "minAvailable" in pdb.spec:
        required = resolve_int_or_percent(pdb.spec["minAvailable"], replicas, round_up=True)
    else:
        required = replicas - resolve_int_or_percent(
            pdb.spec.get("maxUnavailable", 1), replicas, round_up=True
        )
    note = f"{pdb.ref}: {required} must stay available"
    if left < required:
        note += f"; with {left} left, drains block until the lost replicas are rescheduled"
    return [pdb.ref], [note]


def _majority(members: int) -> int:
    return members // 2 + 1


def replication_factor(inputs: Inputs, default: int) -> tuple[int, str]:
    """The Qdrant replication factor the services configure, from ConfigMaps or pod environment."""
    pattern = re.compile(r"replication[_-]?factor\W{0,3}(\d+)", re.IGNORECASE)
    found: list[tuple[int, str]] = []
    for configmap in inputs.of_kind("ConfigMap"):
        for key, value in (configmap.document.get("data") or {}).items():
            text = f"{key}: {value}" if "replication" in key.lower() else str(value)
            for match in pattern.finditer(text):
                found.append((int(match.group(1)), f"{configmap.ref} {key}"))
    for manifest in inputs.of_kind("StatefulSet", "Deployment", "Rollout"):
        pod = (manifest.spec.get("template") or {}).get("spec") or {}
        for container in pod.get("containers") or []:
            for variable in container.get("env") or []:
                if (
                    "replication" in str(variable.get("name", "")).lower()
                    and str(variable.get("value", "")).isdigit()
                ):
                    found.append((int(variable["value"]), f"{manifest.ref} env {variable['name']}"))
    if not found:
        return default, f"replication factor not configured: Qdrant default {default}"
    factor, where = min(found)
    return factor, f"replication factor {factor} ({where})"


def sentinel_quorum(inputs: Inputs, default: int) -> tuple[int, str]:
    """``sentinel monitor <name> <host> <port> <quorum>`` from a ConfigMap or a container's command."""
    found = sentinel_setting(inputs, "monitor")
    if found is None:
        return default, f"quorum {default} (default)"
    return found[0], f"quorum {found[0]} ({found[1]})"


def availability_rows(
    inputs: Inputs,
    workloads: Sequence[SynthesizedWorkload],
    parameters: Parameters,
    requirements: Requirements,
) -> list[Row]:
    target = "survives one zone"
    found = zones(inputs)
    if found is None:
        return [
            missing(
                FIGURE,
                "every service",
                target,
                "zone list (NodePool zone requirement or aws_subnet availability_zone)",
                f"{inputs.dist_label} or {inputs.terraform_label}",
            )
        ]
    rows = []
    by_name = {workload.name: workload for workload in workloads}
    for workload in workloads:
        if workload.name in ("qdrant", "redis") and workload.kind == "StatefulSet":
            continue
        rows.append(_stateless(workload, inputs, found, requirements, target))
    rows.append(_qdrant(by_name.get("qdrant"), inputs, found, parameters, target))
    rows.append(_redis(by_name.get("redis"), workloads, inputs, found, parameters, target))
    rows.append(_vault(inputs, found, parameters, target))
    if not workloads:
        rows.insert(
            0, missing(FIGURE, "services", target, "Deployment, Rollout or StatefulSet", inputs.dist_label)
        )
    return rows


def _stateless(
    workload: SynthesizedWorkload, inputs: Inputs, found: Zones, requirements: Requirements, target: str
) -> Row:
    replicas = workload.baseline_replicas
    worst, why = max_in_one_zone(workload.pod_spec, workload.pod_labels, replicas, found.count)
    left = replicas - worst
    sources, notes = _pdb_note(workload, inputs, left)
    reasons = []
    if left < 1:
        reasons.append("no replica left: the service is down until its pods are rescheduled")
    if replicas < requirements.min_replicas:
        reasons.append(f"{replicas} replica(s) < {requirements.min_replicas} required")
    return Row(
        FIGURE,
        workload.name,
        f"{left} of {replicas} left",
        target,
        Status.FAIL if reasons else Status.PASS,
        (*workload.sources, *sources, found.source),
        tuple([*reasons, f"{found.count} zones ({found.source}); {why}", *notes]),
    )


def _qdrant(
    workload: SynthesizedWorkload | None, inputs: Inputs, found: Zones, parameters: Parameters, target: str
) -> Row:
    if workload is None:
        return missing(FIGURE, "qdrant", target, "StatefulSet qdrant", inputs.dist_label)
    peers = workload.baseline_replicas
    worst, why = max_in_one_zone(workload.pod_spec, workload.pod_labels, peers, found.count)
    factor, factor_note = replication_factor(inputs, parameters.quorum.qdrant_replication_factor)
    left = peers - worst
    reasons = []
    if left < _majority(peers):
        reasons.append(f"{left} peers < Raft majority {_majority(peers)}")
    if worst >= factor:
        reasons.append(f"{worst} peers lost >= replication factor {factor}: some shards lose every replica")
    return Row(
        FIGURE,
        "qdrant",
        f"{left} of {peers} peers left",
        target,
        Status.FAIL if reasons else Status.PASS,
        (workload.ref, found.source),
        tuple([*reasons, f"{found.count} zones; {why}", factor_note]),
    )


def _redis(
    workload: SynthesizedWorkload | None,
    workloads: Sequence[SynthesizedWorkload],
    inputs: Inputs,
    found: Zones,
    parameters: Parameters,
    target: str,
) -> Row:
    if workload is None:
        return missing(FIGURE, "redis", target, "StatefulSet redis", inputs.dist_label)
    replicas = workload.baseline_replicas
    worst, why = max_in_one_zone(workload.pod_spec, workload.pod_labels, replicas, found.count)
    left = replicas - worst
    details = [f"{found.count} zones; data pods: {why}"]
    sources = [workload.ref, found.source]
    if any("sentinel" in str(container.get("name", "")) for container in workload.containers):
        sentinels, sentinels_lost = replicas, worst
        details.append(f"{sentinels} Sentinels run beside the Redis pods")
    else:
        separate = next(
            (w for w in workloads if "sentinel" in w.name and w.namespace == workload.namespace), None
        )
        if separate is None:
            sentinels = sentinels_lost = 0
        else:
            sentinels = separate.baseline_replicas
            sentinels_lost, sentinel_why = max_in_one_zone(
                separate.pod_spec, separate.pod_labels, sentinels, found.count
            )
            details.append(f"{sentinels} Sentinels ({separate.ref}): {sentinel_why}")
            sources.append(separate.ref)
    reasons = []
    if left < 1:
        reasons.append("no Redis pod left")
    if sentinels == 0:
        if replicas > 1 or left < 1:
            reasons.append("no Sentinel: nothing promotes a replica when the primary's zone is lost")
        value = f"{left} of {replicas} left, no Sentinel"
    else:
        quorum, quorum_note = sentinel_quorum(inputs, parameters.quorum.redis_sentinel_quorum)
        alive = sentinels - sentinels_lost
        details.append(quorum_note)
        if alive < quorum or alive < _majority(sentinels):
            reasons.append(
                f"{alive} Sentinels left < quorum {quorum} or majority {_majority(sentinels)}: no failover"
            )
        value = f"{left} of {replicas} left, {alive} of {sentinels} Sentinels"
    return Row(
        FIGURE,
        "redis",
        value,
        target,
        Status.FAIL if reasons else Status.PASS,
        tuple(sources),
        tuple(reasons + details),
    )


def _vault(inputs: Inputs, found: Zones, parameters: Parameters, target: str) -> Row:
    application = next((a for a in inputs.of_kind("Application") if is_vault_application(a)), None)
    if application is None:
        return missing(
            FIGURE, "vault", target, "Argo CD Application installing the vault chart", inputs.dist_label
        )
    server = helm_values(application).get("server") or {}
    ha = server.get("ha") or {}
    replicas = int(ha.get("replicas", parameters.quorum.vault_ha_replicas)) if ha.get("enabled") else 1
    spread = server.get("topologySpreadConstraints") or []
    affinity = server.get("affinity") or {}
    pod_spec = {"topologySpreadConstraints": untemplated(spread), "affinity": untemplated(affinity)}
    # the chart renders its selectors from templates: they select the Vault server pods
    worst, why = max_in_one_zone(pod_spec, None, replicas, found.count)
    left = replicas - worst
    reasons = []
    if not (ha.get("enabled") and (ha.get("raft") or {}).get("enabled")):
        reasons.append("server.ha.raft is not enabled: a single Vault server")
    if left < _majority(replicas):
        reasons.append(f"{left} Raft peers left < majority {_majority(replicas)}")
    return Row(
        FIGURE,
        "vault",
        f"{left} of {replicas} peers left",
        target,
        Status.FAIL if reasons else Status.PASS,
        (application.ref, found.source),
        tuple([*reasons, f"{found.count} zones; {why}"]),
    )
