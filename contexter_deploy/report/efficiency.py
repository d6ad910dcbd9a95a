"""Resource efficiency: requests against limits, and how well the baseline pods pack onto nodes.

Requests vs limits (context, no target): per container, CPU and memory request / limit.

Allocated utilisation (target > 80%): the baseline replicas of every workload (autoscaler
minimum, else ``spec.replicas``), each pod requesting the sum of its containers (the largest
init container if larger) plus the Istio sidecar where the namespace injects it, are packed in
decreasing order (by CPU, then memory) onto nodes of one instance type, honouring the pods'
hard placement rules: a ``DoNotSchedule`` zone or hostname spread (``maxSkew``) and a required
anti-affinity on zone or hostname. Two placements are tried per instance type: first fit (the
first node with room, as Karpenter packs new nodes) and least allocated (the node with the most
room left, as kube-scheduler scores existing nodes); a pod that fits no node opens a new one in
the zone with the fewest nodes its spread allows. With spread rules first fit can strand small
pods that a balanced placement fits (staging's three m6i.xlarge hold what first fit spreads over
seven m6i.large), and Karpenter's consolidation (``WhenEmptyOrUnderutilized``) keeps replacing
nodes by a cheaper set that holds the same pods. A node offers its allocatable:

    allocatable = capacity - kube-reserved - system-reserved - eviction threshold - DaemonSets
    kube-reserved memory = 11 MiB x maxPods + 255 MiB; CPU 6% / 1% / 0.5% / 0.25% per core band

with DaemonSets = the add-ons installed outside ``dist/`` (``parameters.NodeOverhead``) plus
the DaemonSets in ``dist/``. Candidate types: those the Karpenter NodePool's requirements allow
(``instance-category``, ``instance-generation``, ``instance-family``, ``instance-type``,
``capacity-type``) from ``instance_types.yaml``, else the system node group's
``instance_types`` from the Terraform JSON. Like Karpenter, the cheapest packing wins.
Pods whose node selector or affinity requires ``karpenter.sh/capacity-type: on-demand`` are
packed apart from the pods spot may run.

Utilisation = requested / allocatable over the packed nodes, for CPU and memory; the figure
is the binding resource (the larger one: a node is full when either is), both are shown.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from contexter_deploy.facts.inputs import Inputs
from contexter_deploy.facts.manifests import selector_matches
from contexter_deploy.facts.nodes import Allocatable, InstanceType, allocatable, instance_catalog
from contexter_deploy.facts.parameters import Parameters, Requirements
from contexter_deploy.facts.workloads import (
    HOSTNAME_KEY,
    ZONE_KEY,
    SynthesizedWorkload,
    injects_sidecar,
    pod_requests,
)
from contexter_deploy.ground.config.quantity import parse_quantity
from contexter_deploy.report.availability import zones
from contexter_deploy.report.result import Row, Status, missing

FIGURE = "efficiency"
CAPACITY_TYPE_KEY = "karpenter.sh/capacity-type"
UNPLACED = " (a pod larger than every node's allocatable, or spread rules no zone allows)"


@dataclass(frozen=True)
class Pod:
    """One baseline pod to place."""

    owner: str
    cpu: Decimal
    memory: Decimal
    zone_skew: int | None = None
    """``maxSkew`` of a DoNotSchedule zone spread; 0 for a required zone anti-affinity (one per zone)."""
    host_skew: int | None = None
    """``maxSkew`` of a DoNotSchedule hostname spread; 0 for a required hostname anti-affinity."""
    on_demand: bool = False


@dataclass
class Node:
    zone: int
    cpu: Decimal = Decimal(0)
    memory: Decimal = Decimal(0)
    pods: int = 0
    owners: dict[str, int] = field(default_factory=lambda: defaultdict(int))


@dataclass(frozen=True)
class Packing:
    instance: InstanceType
    nodes: int
    cpu_utilisation: Decimal
    memory_utilisation: Decimal
    on_demand: bool
    karpenter: bool
    """True for NodePool capacity; False when the pods land on the Terraform node group itself."""
    placement: str = "first-fit"
    """Which of ``PLACEMENTS`` found it."""

    @property
    def utilisation(self) -> Decimal:
        return max(self.cpu_utilisation, self.memory_utilisation)


def _skew_allows(counts: Sequence[int], index: int, skew: int | None) -> bool:
    if skew is None:
        return True
    if skew == 0:
        return counts[index] == 0
    return counts[index] + 1 - min(counts) <= skew


PLACEMENTS = ("first-fit", "least-allocated")
"""How ``pack`` chooses among the nodes a pod fits on: the first one, or the one with the most room."""


def _room(node: Node, capacity: Allocatable) -> Decimal:
    """kube-scheduler's LeastAllocated score: the mean free share of CPU and memory."""
    return (1 - node.cpu / capacity.cpu + 1 - node.memory / capacity.memory) / 2


def pack(
    pods: Sequence[Pod], capacity: Allocatable, zone_count: int, placement: str = "first-fit"
) -> list[Node] | None:
    """Decreasing-size packing with the pods' spread rules, placing each pod by ``placement``
    (``PLACEMENTS``); ``None`` if a pod fits no node at all."""
    nodes: list[Node] = []
    zone_counts: dict[str, list[int]] = defaultdict(lambda: [0] * zone_count)
    for pod in sorted(pods, key=lambda p: (p.cpu, p.memory, p.owner), reverse=True):
        if pod.cpu > capacity.cpu or pod.memory > capacity.memory or capacity.pods < 1:
            return None
        counts = zone_counts[pod.owner]
        host_counts = [other.owners[pod.owner] for other in nodes]
        candidates = [
            node
            for index, node in enumerate(nodes)
            if node.cpu + pod.cpu <= capacity.cpu
            and node.memory + pod.memory <= capacity.memory
            and node.pods < capacity.pods
            and _skew_allows(counts, node.zone, pod.zone_skew)
            and _skew_allows(host_counts, index, pod.host_skew)
        ]
        chosen = None
        if candidates and placement == "least-allocated":
            chosen = max(candidates, key=lambda node: _room(node, capacity))  # the first of equals
        elif candidates:
            chosen = candidates[0]
        if chosen is None:
            allowed = [zone for zone in range(zone_count) if _skew_allows(counts, zone, pod.zone_skew)]
            if not allowed:
                return None
            per_zone = [sum(1 for node in nodes if node.zone == zone) for zone in range(zone_count)]
            chosen = Node(zone=min(allowed, key=lambda zone: (per_zone[zone], zone)))
            nodes.append(chosen)
        chosen.cpu += pod.cpu
        chosen.memory += pod.memory
        chosen.pods += 1
        chosen.owners[pod.owner] += 1
        counts[chosen.zone] += 1
    return nodes


def _hard_skew(pod_spec: Mapping[str, Any], labels: Mapping[str, str], key: str) -> int | None:
    skews = [
        int(constraint.get("maxSkew", 1))
        for constraint in pod_spec.get("topologySpreadConstraints") or []
        if constraint.get("topologyKey") == key
        and constraint.get("whenUnsatisfiable", "DoNotSchedule") == "DoNotSchedule"
        and selector_matches(constraint.get("labelSelector") or {}, labels)
    ]
    anti = ((pod_spec.get("affinity") or {}).get("podAntiAffinity") or {}).get(
        "requiredDuringSchedulingIgnoredDuringExecution"
    ) or []
    if any(
        term.get("topologyKey") == key and selector_matches(term.get("labelSelector") or {}, labels)
        for term in anti
    ):
        skews.append(0)
    return min(skews) if skews else None


def requires_on_demand(pod_spec: Mapping[str, Any]) -> bool:
    """Whether the pod may only run on on-demand capacity."""
    if (pod_spec.get("nodeSelector") or {}).get(CAPACITY_TYPE_KEY) == "on-demand":
        return True
    terms = (
        ((pod_spec.get("affinity") or {}).get("nodeAffinity") or {}).get(
            "requiredDuringSchedulingIgnoredDuringExecution"
        )
        or {}
    ).get("nodeSelectorTerms") or []
    for term in terms:
        for expression in term.get("matchExpressions") or []:
            if (
                expression.get("key") == CAPACITY_TYPE_KEY
                and expression.get("operator") == "In"
                and "spot" not in (expression.get("values") or [])
            ):
                return True
    return False


def baseline_pods(
    workloads: Sequence[SynthesizedWorkload], inputs: Inputs, parameters: Parameters
) -> list[Pod]:
    namespace_labels = inputs.namespace_labels
    pods = []
    for workload in workloads:
        requests = pod_requests(workload, parameters, sidecar=injects_sidecar(workload, namespace_labels))
        pod = Pod(
            owner=workload.ref,
            cpu=requests.cpu,
            memory=requests.memory,
            zone_skew=_hard_skew(workload.pod_spec, workload.pod_labels, ZONE_KEY),
            host_skew=_hard_skew(workload.pod_spec, workload.pod_labels, HOSTNAME_KEY),
            on_demand=requires_on_demand(workload.pod_spec),
        )
        pods += [pod] * workload.baseline_replicas
    return pods


def _allows(requirement: Mapping[str, Any], value: str | int) -> bool:
    operator = requirement.get("operator")
    values = [str(v) for v in requirement.get("values") or []]
    if operator == "In":
        return str(value) in values
    if operator == "NotIn":
        return str(value) not in values
    if operator == "Gt":
        return int(value) > int(values[0])
    if operator == "Lt":
        return int(value) < int(values[0])
    return True


@dataclass(frozen=True)
class NodeOptions:
    """Which instance types and capacity types pods may get, and from which resources."""

    types: tuple[InstanceType, ...]
    spot: bool
    source: str
    karpenter: bool


def node_options(inputs: Inputs) -> NodeOptions | None:
    """Candidate instance types: the NodePool's requirements, else the Terraform node group's types."""
    catalog = instance_catalog()
    nodepools = inputs.of_kind("NodePool")
    if nodepools:
        allowed: dict[str, InstanceType] = {}
        spot = False
        for nodepool in nodepools:
            requirements = ((nodepool.spec.get("template") or {}).get("spec") or {}).get("requirements") or []
            for instance in catalog.values():
                labels: dict[str, str | int] = {
                    "karpenter.k8s.aws/instance-category": instance.category,
                    "karpenter.k8s.aws/instance-generation": instance.generation,
                    "karpenter.k8s.aws/instance-family": instance.family,
                    "node.kubernetes.io/instance-type": instance.name,
                    "kubernetes.io/arch": "amd64",
                }
                if all(_allows(r, labels[r["key"]]) for r in requirements if r.get("key") in labels):
                    allowed[instance.name] = instance
            capacity = next((r for r in requirements if r.get("key") == CAPACITY_TYPE_KEY), None)
            spot = spot or capacity is None or _allows(capacity, "spot")
        return NodeOptions(
            tuple(allowed[name] for name in sorted(allowed)), spot, ", ".join(n.ref for n in nodepools), True
        )
    for group in inputs.resources("aws_eks_node_group"):
        names = [str(name) for name in group.body.get("instance_types") or []]
        types = tuple(catalog[name] for name in names if name in catalog)
        if names:
            return NodeOptions(types, group.body.get("capacity_type") == "SPOT", group.address, False)
    return None


Price = Callable[[str, bool], Decimal | None]
"""Hourly price of an instance type, on spot (True) or on-demand (False); ``None`` if unknown."""


def cheapest_packing(
    pods: Sequence[Pod],
    options: NodeOptions,
    zone_count: int,
    parameters: Parameters,
    extra: Sequence[tuple[Decimal, Decimal]],
    price: Price,
    *,
    on_demand: bool,
) -> Packing | None:
    best: tuple[tuple[Decimal, int, str], Packing] | None = None
    for instance, placement in ((i, p) for i in options.types for p in PLACEMENTS):
        capacity = allocatable(instance, parameters, extra)
        nodes = pack(pods, capacity, zone_count, placement)
        if not nodes:
            continue
        hourly = price(instance.name, not on_demand and options.spot)
        rank = ((hourly if hourly is not None else Decimal(10**6)) * len(nodes), len(nodes), instance.name)
        used_cpu = sum((node.cpu for node in nodes), Decimal(0))
        used_memory = sum((node.memory for node in nodes), Decimal(0))
        packing = Packing(
            instance,
            len(nodes),
            used_cpu / (capacity.cpu * len(nodes)),
            used_memory / (capacity.memory * len(nodes)),
            on_demand or not options.spot,
            options.karpenter,
            placement,
        )
        if best is None or rank < best[0]:
            best = (rank, packing)
    return best[1] if best else None


def daemonset_requests(inputs: Inputs) -> list[tuple[Decimal, Decimal]]:
    """(cores, bytes) per node of each DaemonSet in ``dist/``."""
    result = []
    for daemonset in inputs.of_kind("DaemonSet"):
        pod = (daemonset.spec.get("template") or {}).get("spec") or {}
        cpu = memory = Decimal(0)
        for container in pod.get("containers") or []:
            requests = (container.get("resources") or {}).get("requests") or {}
            cpu += parse_quantity(requests.get("cpu", 0))
            memory += parse_quantity(requests.get("memory", 0))
        result.append((cpu, memory))
    return result


def packings(
    inputs: Inputs, workloads: Sequence[SynthesizedWorkload], parameters: Parameters, price: Price
) -> tuple[list[Packing], list[str]] | None:
    """The cheapest packing of the baseline pods, per capacity group; ``None`` without node types."""
    options = node_options(inputs)
    if options is None or not options.types:
        return None
    found = zones(inputs)
    zone_count = found.count if found else 1
    extra = daemonset_requests(inputs)
    pods = baseline_pods(workloads, inputs, parameters)
    result = []
    notes = [f"candidates: {len(options.types)} types from {options.source}; {zone_count} zone(s)"]
    for on_demand in (True, False):
        group = [pod for pod in pods if pod.on_demand == on_demand]
        if not group:
            continue
        packing = cheapest_packing(group, options, zone_count, parameters, extra, price, on_demand=on_demand)
        if packing is None:
            notes.append(f"{len(group)} pod(s) fit no candidate node type{UNPLACED}")
            continue
        result.append(packing)
    return result, notes


def efficiency_rows(
    inputs: Inputs,
    workloads: Sequence[SynthesizedWorkload],
    requirements: Requirements,
    result: tuple[list[Packing], list[str]] | None,
) -> list[Row]:
    """Requests/limits context rows, then the packing row; ``result`` is ``packings(...)``."""
    target = f"> {requirements.min_allocated_utilisation:.0%}"
    rows = _request_limit_rows(workloads)
    if not workloads:
        return [
            missing(FIGURE, "baseline pods", target, "Deployment, Rollout or StatefulSet", inputs.dist_label)
        ]
    if result is None:
        return [
            *rows,
            missing(
                FIGURE,
                "node packing",
                target,
                "node instance types (NodePool requirements or aws_eks_node_group.instance_types)",
                f"{inputs.dist_label} or {inputs.terraform_label}",
            ),
        ]
    found, notes = result
    if not found:
        return [
            *rows,
            Row(FIGURE, "node packing", "not computable", target, Status.FAIL, details=tuple(notes)),
        ]
    cpu = sum((p.cpu_utilisation * p.nodes for p in found), Decimal(0)) / sum(p.nodes for p in found)
    memory = sum((p.memory_utilisation * p.nodes for p in found), Decimal(0)) / sum(p.nodes for p in found)
    binding = max(cpu, memory)
    details = (
        [
            f"{p.nodes} x {p.instance.name} ({'on-demand' if p.on_demand else 'spot'}, {p.placement}):"
            f" CPU {p.cpu_utilisation:.0%}, memory {p.memory_utilisation:.0%}"
            for p in found
        ]
        + notes
        + [f"CPU {cpu:.0%}, memory {memory:.0%} of allocatable; binding resource {binding:.0%}"]
    )
    reasons = [note for note in notes if note.endswith(UNPLACED)]
    if binding <= requirements.min_allocated_utilisation:
        reasons.append(f"{binding:.0%} <= {target[2:]}")
    return [
        *rows,
        Row(
            FIGURE,
            "node packing",
            f"{binding:.0%} ({sum(p.nodes for p in found)} nodes)",
            target,
            Status.PASS if not reasons else Status.FAIL,
            tuple(w.ref for w in workloads),
            tuple(reasons + details),
        ),
    ]


def _request_limit_rows(workloads: Sequence[SynthesizedWorkload]) -> list[Row]:
    rows = []
    for workload in workloads:
        parts = []
        for container in workload.containers:
            resources = container.get("resources") or {}
            requests, limits = resources.get("requests") or {}, resources.get("limits") or {}
            ratios = []
            for resource in ("cpu", "memory"):
                if resource in requests and resource in limits:
                    ratio = parse_quantity(requests[resource]) / parse_quantity(limits[resource])
                    ratios.append(f"{resource} {requests[resource]}/{limits[resource]} = {ratio:.0%}")
                else:
                    ratios.append(f"{resource} {requests.get(resource, '-')}/{limits.get(resource, '-')}")
            parts.append(f"{container.get('name')}: {', '.join(ratios)}")
        rows.append(
            Row(
                FIGURE,
                f"{workload.name} requests/limits",
                "; ".join(parts),
                "context",
                Status.INFO,
                (workload.ref,),
            )
        )
    return rows
