"""Bootstrap feasibility: from an empty account to every Contexter workload Ready, wave by wave.

What it simulates, from what will be applied (``cdktf.out/stacks/<env>/cdk.tf.json`` and
``dist/<env>``, nothing else):

1. ``terraform apply`` creates the managed node groups (``aws_eks_node_group``): their labels,
   taints (``CriticalAddonsOnly=true:NoSchedule`` on the system group) and ``min_size`` nodes.
   They are the only capacity until Karpenter runs.
2. ``helm install`` of Argo CD (README, "Bootstrap a cluster") with the ``argo-cd``
   Application's own values: its pods must schedule on those nodes.
3. The root Application syncs its children by sync wave, lowest first, and waits for each wave to
   be healthy, which needs every pod of the wave to be able to run. A Karpenter NodePool adds
   capacity from the wave its Application applies it, once Karpenter's own pods run and its CRDs
   exist (the ``karpenter`` Application in an earlier wave). A pod runs only on capacity whose
   taints it tolerates (NoSchedule, NoExecute) and whose labels satisfy its ``nodeSelector`` and
   required node affinity; with a required hostname anti-affinity, a fixed node group must have a
   node per replica; each PersistentVolumeClaim's StorageClass and each pod's PriorityClass must
   already exist. The pods only a node group can take (with the EKS add-ons Terraform installs
   there) must pack, by requests, onto its ``min_size`` nodes' allocatable (the report's EKS AMI
   formula, less the DaemonSets); the pods only one NodePool can take must stay within its
   ``limits``.
4. It ends when the Contexter Application's workloads (Deployments, StatefulSets, Rollouts) can
   run; CronJob pods must be able to run by then too.

Then two more rules and one more scenario:

- Stateful and control pods (the StatefulSets in ``dist/``, and the add-on components marked so
  in ``ADDON_PODS``) must never be able to land on spot capacity, must carry
  ``karpenter.sh/do-not-disrupt: "true"``, and their NodePool must not expire nodes (Karpenter's
  expiry is forceful).
- Karpenter down (only the managed node groups): Argo CD and Karpenter, which repair everything
  else, must still schedule.
- One zone lost, each zone in turn (``lose_each_zone``): its system nodes and its Karpenter
  capacity are gone (no replacement assumed), and every pod group that must keep serving
  (``SERVING_APPLICATIONS``: Contexter's workloads and data tier, Argo CD, istiod, the ingress
  gateway, Vault) must still run on the other zones, within its own constraints: a capacity it
  may use must remain; replicas whose volumes are in the lost zone stay Pending (EBS volumes are
  zonal; with a required zone spread of ``maxSkew`` m over z zones at most
  ``(replicas + m(z-1)) // z`` share one zone, without one all may); a required zone
  anti-affinity, a zone spread whose ``minDomains`` exceeds the zones left, and a hostname
  anti-affinity on a node group cap how many replicas run; the replicas left must reach the
  PodDisruptionBudget's minimum (and at least one). The replicas are the autoscaler's
  ``minReplicas`` where one scales the workload. The pods only a node group can take must still
  pack onto its nodes in the zones left.

Pods of add-ons come from their Helm values as the Application passes them, read with the chart
templates' keys and defaults (``ADDON_PODS``, one entry per pod-rendering component of each
chart at its pinned version; ``tests/contexter_deploy/validation/test_bootstrap.py`` checks every
key and default against ``../shared/helm-charts``). DaemonSets are left out: with no node to run
on they want zero pods, and Argo CD counts them healthy.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.ground.config.quantity import parse_quantity
from contexter_deploy.ground.contracts import SYNC_WAVE_ANNOTATION

CAPACITY_TYPE_KEY = "karpenter.sh/capacity-type"
ZONE_KEY = "topology.kubernetes.io/zone"
NODEPOOL_KEY = "karpenter.sh/nodepool"
HOSTNAME_KEY = "kubernetes.io/hostname"
DO_NOT_DISRUPT = "karpenter.sh/do-not-disrupt"
BUILT_IN_PRIORITIES = frozenset({"system-cluster-critical", "system-node-critical"})
INSTALL_WAVE = -1000
"""Argo CD's own ``helm install``, before the root Application exists."""
WORKLOAD_KINDS = ("Deployment", "StatefulSet", "Rollout")
EFFECTS = {"NO_SCHEDULE": "NoSchedule", "NO_EXECUTE": "NoExecute", "PREFER_NO_SCHEDULE": "PreferNoSchedule"}
LINUX = {"kubernetes.io/os": "linux"}


@dataclass(frozen=True)
class Component:
    """One pod-rendering component of an add-on chart, and the values keys its template reads.

    ``path`` is the values map holding the component's ``tolerations``/``nodeSelector``/``affinity``
    (``()`` for the top level); ``fallback`` a map the template falls back to when the component's
    own key is empty (argo-cd's ``global``); ``defaults`` the chart's own values for those keys.
    """

    name: str
    path: tuple[str, ...] = ()
    fallback: tuple[str, ...] | None = None
    defaults: Mapping[str, Any] = field(default_factory=dict)
    replicas: tuple[tuple[str, ...], int] | None = None
    """Values key of the replica count, and the chart's default (``None``: one pod)."""
    enabled: tuple[tuple[str, ...], bool] | None = None
    """Values key that turns the component on, and its default (``None``: always rendered)."""
    disabled_by: tuple[str, ...] | None = None
    """A values key that, when true, replaces this component (argo-cd's redis by redis-ha)."""
    stateful: bool = False
    """State or control: on-demand capacity only, never disrupted."""
    storage_class: tuple[str, ...] | None = None
    priority: tuple[str, ...] | None = None
    """Values key of the pod's ``priorityClassName``."""
    annotations: tuple[str, ...] | None = None
    """Values key of the pod's annotations."""
    hostname_anti_affinity: bool = False
    """The template always adds a required anti-affinity on ``kubernetes.io/hostname``."""
    resources: tuple[str, ...] | None = None
    """Values key of the container resources (default: ``<path>.resources``)."""
    disruption_budget: tuple[str, ...] | None = None
    """Values key of the chart's PodDisruptionBudget (``minAvailable`` / ``maxUnavailable``)."""
    raft: bool = False
    """The chart's budget defaults to ``maxUnavailable: (n*10/2 - 1)/10`` (Vault's, a Raft quorum)."""


ARGO_GLOBAL = ("global",)
ARGO_DEFAULTS: Mapping[str, Any] = {"nodeSelector": LINUX}


def _argo(name: str, key: str, replicas: int = 1, **extra: Any) -> Component:
    return Component(
        f"argo-cd {name}",
        (key,),
        fallback=ARGO_GLOBAL,
        replicas=((key, "replicas"), replicas),
        **extra,
    )


ADDON_PODS: Mapping[str, tuple[Component, ...]] = {
    "argo-cd": (
        _argo("application-controller", "controller"),
        _argo("server", "server"),
        _argo("repo-server", "repoServer"),
        _argo("applicationset-controller", "applicationSet"),
        _argo("notifications-controller", "notifications", enabled=(("notifications", "enabled"), True)),
        _argo("dex", "dex", enabled=(("dex", "enabled"), True)),
        _argo("redis", "redis", enabled=(("redis", "enabled"), True), disabled_by=("redis-ha", "enabled")),
        _argo(
            "redis-secret-init (hook Job)", "redisSecretInit", enabled=(("redisSecretInit", "enabled"), True)
        ),
        Component(
            "argo-cd redis-ha",
            ("redis-ha",),
            replicas=(("redis-ha", "replicas"), 3),
            enabled=(("redis-ha", "enabled"), False),
            hostname_anti_affinity=True,
        ),
        Component(
            "argo-cd redis-ha-haproxy",
            ("redis-ha", "haproxy"),
            replicas=(("redis-ha", "haproxy", "replicas"), 3),
            enabled=(("redis-ha", "enabled"), False),
            hostname_anti_affinity=True,
        ),
    ),
    "karpenter": (
        Component(
            "karpenter",
            defaults={
                "nodeSelector": LINUX,
                "tolerations": [{"key": "CriticalAddonsOnly", "operator": "Exists"}],
                "affinity": {
                    "nodeAffinity": {
                        "requiredDuringSchedulingIgnoredDuringExecution": {
                            "nodeSelectorTerms": [
                                {"matchExpressions": [{"key": NODEPOOL_KEY, "operator": "DoesNotExist"}]}
                            ]
                        }
                    },
                    "podAntiAffinity": {
                        "requiredDuringSchedulingIgnoredDuringExecution": [{"topologyKey": HOSTNAME_KEY}]
                    },
                },
            },
            replicas=(("replicas",), 2),
            resources=("controller", "resources"),
        ),
    ),
    "istiod": (
        Component(
            "istiod",
            ("pilot",),
            replicas=(("pilot", "autoscaleMin"), 1),
            stateful=True,
            priority=("global", "priorityClassName"),
            annotations=("pilot", "podAnnotations"),
        ),
    ),
    "cert-manager": (
        Component(
            "cert-manager controller",
            defaults={"nodeSelector": LINUX},
            replicas=(("replicaCount",), 1),
            priority=("global", "priorityClassName"),
        ),
        Component(
            "cert-manager webhook",
            ("webhook",),
            defaults={"nodeSelector": LINUX},
            replicas=(("webhook", "replicaCount"), 1),
            priority=("global", "priorityClassName"),
        ),
        Component(
            "cert-manager cainjector",
            ("cainjector",),
            defaults={"nodeSelector": LINUX},
            replicas=(("cainjector", "replicaCount"), 1),
            priority=("global", "priorityClassName"),
        ),
        Component(
            "cert-manager startupapicheck (hook Job)",
            ("startupapicheck",),
            defaults={"nodeSelector": LINUX},
            priority=("global", "priorityClassName"),
        ),
    ),
    "external-secrets": (
        Component("external-secrets controller", fallback=("global",), replicas=(("replicaCount",), 1)),
        Component(
            "external-secrets webhook",
            ("webhook",),
            fallback=("global",),
            replicas=(("webhook", "replicaCount"), 1),
        ),
        Component(
            "external-secrets cert-controller",
            ("certController",),
            fallback=("global",),
            replicas=(("certController", "replicaCount"), 1),
        ),
    ),
    "metrics-server": (Component("metrics-server", replicas=(("replicas",), 1)),),
    "argo-rollouts": (
        Component(
            "argo-rollouts controller",
            ("controller",),
            replicas=(("controller", "replicas"), 2),
            priority=("controller", "priorityClassName"),
        ),
    ),
    "keda": (
        Component("keda operator", replicas=(("operator", "replicaCount"), 1)),
        Component("keda metrics-apiserver", replicas=(("metricsServer", "replicaCount"), 1)),
        Component("keda admission-webhooks", replicas=(("webhooks", "replicaCount"), 1)),
    ),
    "kube-prometheus-stack": (
        Component("prometheus-operator", ("prometheusOperator",)),
        Component(
            "prometheus",
            ("prometheus", "prometheusSpec"),
            replicas=(("prometheus", "prometheusSpec", "replicas"), 1),
            stateful=True,
            storage_class=(
                "prometheus",
                "prometheusSpec",
                "storageSpec",
                "volumeClaimTemplate",
                "spec",
                "storageClassName",
            ),
            priority=("prometheus", "prometheusSpec", "priorityClassName"),
            annotations=("prometheus", "prometheusSpec", "podMetadata", "annotations"),
        ),
        Component(
            "alertmanager",
            ("alertmanager", "alertmanagerSpec"),
            replicas=(("alertmanager", "alertmanagerSpec", "replicas"), 1),
            stateful=True,
            storage_class=(
                "alertmanager",
                "alertmanagerSpec",
                "storage",
                "volumeClaimTemplate",
                "spec",
                "storageClassName",
            ),
            priority=("alertmanager", "alertmanagerSpec", "priorityClassName"),
            annotations=("alertmanager", "alertmanagerSpec", "podMetadata", "annotations"),
        ),
        Component("grafana", ("grafana",), replicas=(("grafana", "replicas"), 1)),
        Component("kube-state-metrics", ("kube-state-metrics",)),
    ),
    "istio-ingressgateway": (
        Component(
            "istio-ingressgateway",
            replicas=(("autoscaling", "minReplicas"), 1),
            priority=("priorityClassName",),
            disruption_budget=("podDisruptionBudget",),
        ),
    ),
    # The Pushgateway's volume holds the backups' last-success times, re-pushed by the next run:
    # a restart on another node keeps them on the volume, so spot is acceptable here.
    "prometheus-pushgateway": (
        Component(
            "prometheus-pushgateway",
            replicas=(("replicaCount",), 1),
            storage_class=("persistentVolume", "storageClass"),
        ),
    ),
    "prometheus-adapter": (
        Component("prometheus-adapter", replicas=(("replicas",), 1), priority=("priorityClassName",)),
    ),
    "velero": (Component("velero", priority=("priorityClassName",)),),
    "vault": (
        Component(
            "vault server",
            ("server",),
            replicas=(("server", "ha", "replicas"), 3),
            stateful=True,
            storage_class=("server", "dataStorage", "storageClass"),
            priority=("server", "priorityClassName"),
            annotations=("server", "annotations"),
            hostname_anti_affinity=True,
            disruption_budget=("server", "ha", "disruptionBudget"),
            raft=True,
        ),
    ),
}
"""The pods each add-on chart renders (charts without pods, and DaemonSets, are absent): the
values keys of each component's placement, and the chart's defaults for them."""

EKS_ADDON_PODS: tuple[tuple[str, int, Decimal, Decimal], ...] = (
    ("coredns", 2, Decimal("0.1"), Decimal(70 * 2**20)),
    ("ebs-csi-controller", 2, Decimal("0.06"), Decimal(240 * 2**20)),
)
"""(name, replicas, CPU cores, memory bytes per pod) of the EKS add-ons that Terraform installs
onto the system nodes (``cluster.addons``) at their default requests: CoreDNS 100m/70Mi, the EBS
CSI controller's six containers 10m/40Mi each. DaemonSets are the report's ``NodeOverhead``."""

REPAIR_APPLICATIONS = ("argo-cd", "karpenter")
"""What must still run with Karpenter down: it repairs (or is) everything else."""

SERVING_APPLICATIONS = ("contexter", "argo-cd", "istiod", "istio-ingressgateway", "vault")
"""What must keep serving when a zone is lost: Contexter's workloads and data tier (the
``contexter`` Application holds both), Argo CD, istiod, the ingress gateway and Vault."""


@dataclass(frozen=True)
class Taint:
    key: str
    value: str
    effect: str

    def render(self) -> str:
        return f"{self.key}={self.value}:{self.effect}"


@dataclass(frozen=True)
class Capacity:
    """Nodes pods can get: a managed node group (fixed ``nodes``) or a Karpenter NodePool."""

    name: str
    labels: Mapping[str, frozenset[str]]
    """Each node label key and the values a node of this capacity may carry."""
    taints: tuple[Taint, ...]
    spot: bool
    nodes: int | None
    """Nodes of a managed node group (``min_size``); ``None`` for a NodePool (as many as needed)."""
    wave: int = INSTALL_WAVE
    """The root-Application wave from which it exists."""
    expires: bool = False
    """Whether Karpenter replaces its nodes after ``expireAfter`` (forcefully)."""
    instance_types: tuple[str, ...] = ()
    """A node group's instance types (the smallest one bounds what fits)."""
    limits: tuple[Decimal, Decimal] | None = None
    """A NodePool's ``limits`` (CPU cores, memory bytes; 0 where unset)."""
    zones: Mapping[str, int] = field(default_factory=dict)
    """A node group's nodes per zone (its subnets' zones, ``min_size`` spread evenly, as the Auto
    Scaling group balances them); a NodePool's zones as keys (empty: every zone)."""

    @property
    def karpenter(self) -> bool:
        return self.nodes is None


@dataclass(frozen=True)
class Pod:
    """The pods of one workload or add-on component, as the scheduler sees them."""

    name: str
    application: str
    wave: int
    replicas: int
    tolerations: tuple[Mapping[str, Any], ...]
    node_selector: Mapping[str, str]
    node_terms: tuple[tuple[Mapping[str, Any], ...], ...]
    """Required node affinity: OR of terms, each an AND of match expressions."""
    hostname_anti_affinity: bool = False
    stateful: bool = False
    do_not_disrupt: bool = False
    storage_classes: tuple[str, ...] = ()
    priority_class: str | None = None
    gating: bool = True
    """Whether the wave waits for it (CronJob pods do not)."""
    requests: tuple[Decimal, Decimal] = (Decimal(0), Decimal(0))
    """CPU cores and memory bytes one pod requests (its containers' sum)."""
    zone_spread: tuple[tuple[int, int], ...] = ()
    """Required (``DoNotSchedule``) zone spreads: (``maxSkew``, ``minDomains``, 1 where unset)."""
    zone_anti_affinity: bool = False
    """A required pod anti-affinity on ``topology.kubernetes.io/zone``."""
    disruption_budget: Mapping[str, Any] | None = None
    """The spec of the PodDisruptionBudget that selects the pods, if any."""
    hook: bool = False
    """A Helm hook Job: it runs once at install, nothing serves from it."""


@dataclass(frozen=True)
class Step:
    """One wave of the timeline: what becomes Ready on which capacity."""

    wave: int
    application: str
    placed: tuple[tuple[str, tuple[str, ...]], ...]
    """(pod, the capacities it can run on)."""
    adds: tuple[str, ...] = ()
    """Capacity this Application brings."""

    def render(self) -> str:
        wave = "install" if self.wave == INSTALL_WAVE else f"wave {self.wave}"
        pods = "; ".join(f"{pod} on {' | '.join(where)}" for pod, where in self.placed) or "no pods"
        adds = f" (+ capacity {', '.join(self.adds)})" if self.adds else ""
        return f"{wave}: {self.application}{adds}: {pods}"


@dataclass(frozen=True)
class Simulation:
    """The timeline and every problem, for one scenario."""

    steps: tuple[Step, ...]
    problems: tuple[str, ...]
    """Pods that cannot run at their wave (or, Karpenter down, Argo CD and Karpenter)."""
    pods: int
    waiting: tuple[str, ...] = ()
    """Karpenter down: pods that wait for Karpenter (information)."""
    placement_problems: tuple[str, ...] = ()
    """Stateful and control pods that may land on spot, or be disrupted."""
    critical_pods: int = 0
    node_group_use: tuple[str, ...] = ()
    """Requests of the pods only a node group can take, against its allocatable."""

    @property
    def findings(self) -> tuple[str, ...]:
        return (*self.problems, *self.placement_problems)


# --------------------------------------------------------------------------- reading dist/ and Terraform


def _get(values: Mapping[str, Any], path: Sequence[str]) -> Any:
    node: Any = values
    for key in path:
        if not isinstance(node, Mapping) or key not in node:
            return None
        node = node[key]
    return node


def wave_of(manifest: Manifest) -> int:
    return int(manifest.annotations.get(SYNC_WAVE_ANNOTATION, "0"))


def node_groups(terraform: Mapping[str, Any]) -> list[Capacity]:
    """The managed node groups of the Terraform JSON."""
    groups = ((terraform.get("resource") or {}).get("aws_eks_node_group")) or {}
    result = []
    for name, body in sorted(groups.items()):
        labels = {key: frozenset({str(value)}) for key, value in (body.get("labels") or {}).items()}
        labels.update({key: frozenset({value}) for key, value in LINUX.items()})
        spot = str(body.get("capacity_type", "ON_DEMAND")).upper() == "SPOT"
        labels["eks.amazonaws.com/capacityType"] = frozenset({"SPOT" if spot else "ON_DEMAND"})
        taints = tuple(
            Taint(str(t["key"]), str(t.get("value", "")), EFFECTS.get(str(t["effect"]), str(t["effect"])))
            for t in body.get("taint") or []
        )
        scaling = body.get("scaling_config") or {}
        scaling = scaling[0] if isinstance(scaling, list) and scaling else scaling  # a block, as JSON allows
        nodes = int(scaling.get("min_size", 0)) if isinstance(scaling, Mapping) else 0
        types = tuple(str(t) for t in body.get("instance_types") or ())
        group = f"node group {body.get('node_group_name', name)}"
        zones = _subnet_zones(terraform, body.get("subnet_ids") or [])
        spread = {zone: nodes // len(zones) + (i < nodes % len(zones)) for i, zone in enumerate(zones)}
        result.append(Capacity(group, labels, taints, spot, nodes, instance_types=types, zones=spread))
    return result


def _subnet_zones(terraform: Mapping[str, Any], references: Iterable[Any]) -> list[str]:
    """The zones of the ``aws_subnet`` resources ``references`` name (``${aws_subnet.<name>.id}``)."""
    subnets = (terraform.get("resource") or {}).get("aws_subnet") or {}
    zones = []
    for reference in references:
        name = str(reference).removeprefix("${aws_subnet.").removesuffix(".id}")
        body = subnets.get(name) or {}
        zone = body.get("availability_zone_id") or body.get("availability_zone")
        if zone and zone not in zones:
            zones.append(str(zone))
    return zones


def cluster_zones(terraform: Mapping[str, Any]) -> list[str]:
    """Every zone with a subnet Karpenter may use (tagged ``karpenter.sh/discovery``) or a node group."""
    subnets = (terraform.get("resource") or {}).get("aws_subnet") or {}
    tagged = [
        f"${{aws_subnet.{name}.id}}"
        for name, body in subnets.items()
        if "karpenter.sh/discovery" in (body.get("tags") or {})
    ]
    zones = _subnet_zones(terraform, tagged)
    for group in node_groups(terraform):
        zones += [zone for zone in group.zones if zone not in zones]
    return sorted(zones)


def node_pools(manifests: Sequence[Manifest], waves: Mapping[str, int]) -> list[Capacity]:
    """Every NodePool, from the wave of the Application that applies it (``waves`` by file path)."""
    classes = {m.name for m in manifests if m.kind == "EC2NodeClass"}
    result = []
    for pool in (m for m in manifests if m.kind == "NodePool"):
        template = pool.spec.get("template") or {}
        spec = template.get("spec") or {}
        labels: dict[str, frozenset[str]] = {NODEPOOL_KEY: frozenset({pool.name})}
        for key, value in ((template.get("metadata") or {}).get("labels") or {}).items():
            labels[key] = frozenset({str(value)})
        for requirement in spec.get("requirements") or []:
            if requirement.get("operator") == "In":
                labels[str(requirement["key"])] = frozenset(str(v) for v in requirement.get("values") or [])
            elif requirement.get("operator") in ("Gt", "Lt", "Exists"):
                labels[str(requirement["key"])] = frozenset({"*"})
        labels.setdefault(CAPACITY_TYPE_KEY, frozenset({"on-demand"}))
        taints = tuple(
            Taint(str(t["key"]), str(t.get("value", "")), str(t["effect"])) for t in spec.get("taints") or []
        )
        reference = (spec.get("nodeClassRef") or {}).get("name")
        wave = waves.get(pool.path, INSTALL_WAVE) if reference in classes else 10**6
        zones = dict.fromkeys(sorted(labels.get(ZONE_KEY, frozenset()) - {"*"}), 0)
        result.append(
            Capacity(
                f"NodePool {pool.name}",
                labels,
                taints,
                "spot" in labels[CAPACITY_TYPE_KEY],
                None,
                wave,
                expires=str(spec.get("expireAfter", "720h")) != "Never",
                limits=(
                    parse_quantity(str((pool.spec.get("limits") or {}).get("cpu", "0"))),
                    parse_quantity(str((pool.spec.get("limits") or {}).get("memory", "0"))),
                ),
                zones=zones,
            )
        )
    return result


@dataclass(frozen=True)
class Application:
    name: str
    wave: int
    chart: str | None
    values: Mapping[str, Any]
    directory: str | None
    """For a directory Application: its path under ``dist/<env>``; ``exclude`` its glob."""
    exclude: str = ""

    def holds(self, path: str) -> bool:
        if self.directory is None:
            return False
        inside = self.directory == "" or path.startswith(self.directory + "/")
        relative = path[len(self.directory) + 1 :] if self.directory else path
        patterns = self.exclude.strip("{}").split(",") if self.exclude else []
        return inside and not any(fnmatch.fnmatchcase(relative, pattern) for pattern in patterns if pattern)


def applications(manifests: Sequence[Manifest]) -> list[Application]:
    """The child Applications of the root one, by wave (the root itself is left out)."""
    result = []
    for manifest in manifests:
        if manifest.kind != "Application" or manifest.name == "root":
            continue
        source = manifest.spec.get("source") or {}
        helm = source.get("helm") or {}
        path = source.get("path")
        directory = None
        if path is not None:
            parts = str(path).split("/", 2)  # dist/<env>/<rest>
            directory = parts[2] if len(parts) > 2 else ""
        result.append(
            Application(
                manifest.name,
                wave_of(manifest),
                source.get("chart"),
                helm.get("valuesObject") or {},
                directory,
                str((source.get("directory") or {}).get("exclude") or ""),
            )
        )
    return sorted(result, key=lambda a: (a.wave, a.name))


def _terms(affinity: Any) -> tuple[tuple[Mapping[str, Any], ...], ...]:
    required = _get(affinity or {}, ("nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution"))
    terms = (required or {}).get("nodeSelectorTerms") or []
    return tuple(tuple(term.get("matchExpressions") or []) for term in terms)


def _hostname_anti_affinity(affinity: Any, key: str = HOSTNAME_KEY) -> bool:
    terms = _get(affinity or {}, ("podAntiAffinity", "requiredDuringSchedulingIgnoredDuringExecution")) or []
    return any(term.get("topologyKey") == key for term in terms if isinstance(term, Mapping))


def _zone_spread(constraints: Any) -> tuple[tuple[int, int], ...]:
    """The required zone spreads of ``topologySpreadConstraints``: (``maxSkew``, ``minDomains``)."""
    return tuple(
        (int(c.get("maxSkew", 1)), int(c.get("minDomains") or 1))
        for c in constraints or ()
        if isinstance(c, Mapping)
        and c.get("topologyKey") == ZONE_KEY
        and c.get("whenUnsatisfiable", "DoNotSchedule") == "DoNotSchedule"
    )


def addon_pods(application: Application) -> list[Pod]:
    """The pods of an add-on Application, from its values and ``ADDON_PODS``."""
    values = application.values
    pods = []
    for component in ADDON_PODS.get(application.name, ()):
        if component.enabled is not None:
            key, default = component.enabled
            enabled = _get(values, key)
            if not (default if enabled is None else enabled):
                continue
        if component.disabled_by is not None and _get(values, component.disabled_by):
            continue

        def placement(key: str, component: Component = component) -> Any:
            own = _get(values, (*component.path, key))
            if not own and component.fallback is not None:
                own = _get(values, (*component.fallback, key))
            default = component.defaults.get(key) or (
                ARGO_DEFAULTS.get(key) if component.fallback == ARGO_GLOBAL else None
            )
            if isinstance(own, Mapping) and isinstance(default, Mapping):
                return {**default, **own}  # Helm merges a map of values over the chart's default map
            return own or default

        replicas = 1
        if component.replicas is not None:
            replicas_key, replicas_default = component.replicas
            replicas = int(_get(values, replicas_key) or replicas_default)
        affinity = placement("affinity")
        affinity = affinity if isinstance(affinity, Mapping) else {}
        annotations = _get(values, component.annotations) if component.annotations else None
        storage = _get(values, component.storage_class) if component.storage_class else None
        resources = _get(values, component.resources or (*component.path, "resources")) or {}
        budget = _get(values, component.disruption_budget) if component.disruption_budget else None
        if component.raft and not (budget or {}).get("maxUnavailable"):
            budget = {"maxUnavailable": 0 if replicas == 1 else (replicas * 10 // 2 - 1) // 10}
        pods.append(
            Pod(
                component.name,
                application.name,
                application.wave,
                replicas,
                tuple(placement("tolerations") or ()),
                dict(placement("nodeSelector") or {}),
                _terms(affinity),
                component.hostname_anti_affinity or _hostname_anti_affinity(affinity),
                component.stateful,
                (annotations or {}).get(DO_NOT_DISRUPT) == "true",
                (str(storage),) if storage else (),
                _get(values, component.priority) if component.priority else None,
                requests=_requests([resources]),
                zone_spread=_zone_spread(placement("topologySpreadConstraints")),
                zone_anti_affinity=_hostname_anti_affinity(affinity, ZONE_KEY),
                disruption_budget=budget if isinstance(budget, Mapping) else None,
                hook="(hook Job)" in component.name,
            )
        )
    return pods


def _requests(resources: Iterable[Mapping[str, Any]]) -> tuple[Decimal, Decimal]:
    cpu, memory = Decimal(0), Decimal(0)
    for item in resources:
        requests = (item.get("requests") or {}) if isinstance(item, Mapping) else {}
        cpu += parse_quantity(str(requests.get("cpu", "0")))
        memory += parse_quantity(str(requests.get("memory", "0")))
    return cpu, memory


def _pod_template(manifest: Manifest) -> Mapping[str, Any]:
    if manifest.kind == "CronJob":
        return _get(manifest.spec, ("jobTemplate", "spec", "template")) or {}
    return manifest.spec.get("template") or {}


def workload_pods(manifests: Iterable[Manifest], application: Application) -> list[Pod]:
    """The pods of the workloads and CronJobs of a directory Application."""
    manifests = list(manifests)
    budgets = [m for m in manifests if m.kind == "PodDisruptionBudget"]
    pods = []
    for manifest in manifests:
        if manifest.kind not in (*WORKLOAD_KINDS, "CronJob"):
            continue
        template = _pod_template(manifest)
        spec = template.get("spec") or {}
        annotations = (template.get("metadata") or {}).get("annotations") or {}
        claims = [
            str(_get(claim, ("spec", "storageClassName")))
            for claim in manifest.spec.get("volumeClaimTemplates") or []
            if _get(claim, ("spec", "storageClassName"))
        ]
        pods.append(
            Pod(
                manifest.ref,
                application.name,
                application.wave,
                int(manifest.spec.get("replicas", 1) or 1),
                tuple(spec.get("tolerations") or ()),
                dict(spec.get("nodeSelector") or {}),
                _terms(spec.get("affinity")),
                _hostname_anti_affinity(spec.get("affinity")),
                manifest.kind == "StatefulSet",
                annotations.get(DO_NOT_DISRUPT) == "true",
                tuple(claims),
                spec.get("priorityClassName"),
                gating=manifest.kind != "CronJob",
                requests=_requests([c.get("resources") or {} for c in spec.get("containers") or []]),
                zone_spread=_zone_spread(spec.get("topologySpreadConstraints")),
                zone_anti_affinity=_hostname_anti_affinity(spec.get("affinity"), ZONE_KEY),
                disruption_budget=_budget_of(manifest, template, budgets),
            )
        )
    return pods


def _budget_of(
    manifest: Manifest, template: Mapping[str, Any], budgets: Sequence[Manifest]
) -> Mapping[str, Any] | None:
    """The spec of the PodDisruptionBudget whose selector matches the pod template's labels."""
    labels = (template.get("metadata") or {}).get("labels") or {}
    for budget in budgets:
        wanted = _get(budget.spec, ("selector", "matchLabels")) or {}
        if budget.namespace == manifest.namespace and wanted and wanted.items() <= labels.items():
            return budget.spec
    return None


# --------------------------------------------------------------------------- scheduling rules


def tolerates(tolerations: Sequence[Mapping[str, Any]], taint: Taint) -> bool:
    """Whether one of ``tolerations`` tolerates ``taint`` (Kubernetes' matching rules)."""
    if taint.effect == "PreferNoSchedule":
        return True
    for toleration in tolerations:
        effect = toleration.get("effect") or ""
        if effect and effect != taint.effect:
            continue
        key = toleration.get("key") or ""
        operator = toleration.get("operator") or "Equal"
        if operator == "Exists" and (not key or key == taint.key):
            return True
        if operator == "Equal" and key == taint.key and str(toleration.get("value") or "") == taint.value:
            return True
    return False


def _expression_holds(expression: Mapping[str, Any], labels: Mapping[str, frozenset[str]]) -> bool:
    key, operator = str(expression.get("key")), str(expression.get("operator"))
    values = {str(v) for v in expression.get("values") or []}
    offered = labels.get(key)
    if operator == "In":
        return offered is not None and ("*" in offered or bool(offered & values))
    if operator == "NotIn":
        return offered is None or "*" in offered or bool(offered - values)
    if operator == "Exists":
        return offered is not None
    if operator == "DoesNotExist":
        return offered is None
    return offered is not None  # Gt, Lt: a numeric label the pool sets


def why_not(pod: Pod, capacity: Capacity) -> str | None:
    """Why ``pod`` cannot run on ``capacity``, or ``None`` when it can."""
    for taint in capacity.taints:
        if taint.effect in ("NoSchedule", "NoExecute") and not tolerates(pod.tolerations, taint):
            return f"does not tolerate the taint {taint.render()}"
    for key, value in pod.node_selector.items():
        offered = capacity.labels.get(key, frozenset())
        if value not in offered and "*" not in offered:
            carried = sorted(offered) or "nothing"
            return f"nodeSelector {key}={value} matches no node (nodes carry {key}={carried})"
    if pod.node_terms and not any(
        all(_expression_holds(e, capacity.labels) for e in t) for t in pod.node_terms
    ):
        return "its required node affinity matches no node"
    return None


def _describe_failure(pod: Pod, capacities: Sequence[Capacity]) -> str:
    if not capacities:
        return "no capacity exists yet"
    return "; ".join(f"{c.name}: {why_not(pod, c)}" for c in capacities)


@dataclass
class _State:
    capacity: list[Capacity]
    storage_classes: dict[str, int]
    priority_classes: dict[str, int]
    karpenter_ready: int | None = None


def _place(pod: Pod, state: _State, wave: int) -> tuple[tuple[str, ...], list[str]]:
    """Where ``pod`` can run at ``wave``, and the problems that stop it."""
    problems = []
    available = [
        c for c in state.capacity if c.wave <= wave and (not c.karpenter or _karpenter_up(state, wave))
    ]
    fits = [c for c in available if why_not(pod, c) is None]
    where = (
        f"{pod.application} (wave {wave})" if wave != INSTALL_WAVE else f"{pod.application} (helm install)"
    )
    if not fits:
        later = [
            f"{c.name} would take it but is applied only at wave {c.wave}"
            if c.wave > wave
            else f"{c.name} would take it but Karpenter is not running"
            for c in state.capacity
            if c not in available and c.wave < 10**6 and why_not(pod, c) is None
        ]
        reasons = "; ".join([_describe_failure(pod, available), *later])
        problems.append(f"{pod.name} of {where} cannot be scheduled: {reasons}")
    elif pod.hostname_anti_affinity and all(not c.karpenter for c in fits):
        nodes = sum(c.nodes or 0 for c in fits)
        if pod.replicas > nodes:
            problems.append(
                f"{pod.name} of {where}: {pod.replicas} replicas with a required hostname anti-affinity"
                f" need {pod.replicas} nodes; {', '.join(c.name for c in fits)} has {nodes}"
            )
    for storage_class in pod.storage_classes:
        exists = state.storage_classes.get(storage_class)
        if exists is None or exists > wave:
            problems.append(
                f"{pod.name} of {where}: its volume's StorageClass {storage_class} "
                + ("does not exist" if exists is None else f"is applied only at wave {exists}")
            )
    priority = pod.priority_class
    if priority and priority not in BUILT_IN_PRIORITIES:
        exists = state.priority_classes.get(priority)
        if exists is None or exists > wave:
            problems.append(
                f"{pod.name} of {where}: its PriorityClass {priority} "
                + ("does not exist" if exists is None else f"is applied only at wave {exists}")
                + " (the API server rejects the pod)"
            )
    return tuple(c.name for c in fits), problems


def _karpenter_up(state: _State, wave: int) -> bool:
    return state.karpenter_ready is not None and state.karpenter_ready <= wave


def _critical_problems(pod: Pod, capacities: Sequence[Capacity], fits: Sequence[str]) -> list[str]:
    if not pod.stateful:
        return []
    problems = []
    usable = [c for c in capacities if c.name in fits]
    spot = [c.name for c in usable if c.spot]
    if spot:
        problems.append(
            f"{pod.name} ({pod.application}) holds state or control but may land on spot capacity"
            f" ({', '.join(spot)}); select on-demand capacity (contexter.io/capacity: critical)"
        )
    expiring = [c.name for c in usable if c.expires]
    if expiring:
        problems.append(
            f"{pod.name} ({pod.application}) may run on {', '.join(expiring)}, whose nodes expire"
            " (forcefully, whatever the pod says); use a NodePool with expireAfter: Never"
        )
    if not pod.do_not_disrupt and any(c.karpenter for c in usable):
        problems.append(
            f"{pod.name} ({pod.application}) holds state or control without the pod annotation"
            f' {DO_NOT_DISRUPT}: "true"; Karpenter may move it to consolidate'
        )
    return problems


def simulate(
    manifests: Sequence[Manifest], terraform: Mapping[str, Any], *, karpenter: bool = True
) -> Simulation:
    """Bootstrap the cluster ``manifests`` and ``terraform`` describe; ``karpenter=False``: Karpenter down."""
    apps = applications(manifests)
    members, waves = _members(manifests, apps)
    groups = node_groups(terraform)
    pools = node_pools(manifests, waves) if karpenter else []
    state = _State(
        [*groups, *pools],
        {m.name: waves.get(m.path, 10**6) for m in manifests if m.kind == "StorageClass"},
        {m.name: waves.get(m.path, 10**6) for m in manifests if m.kind == "PriorityClass"},
    )
    problems: list[str] = []
    placement: list[str] = []
    pinned: dict[str, list[Pod]] = {}
    """Pods that only a node group can take, by group: they must fit its nodes' allocatable."""
    critical = 0
    if not groups:
        problems.append("no aws_eks_node_group in the Terraform JSON: nothing can run before Karpenter")
    steps: list[Step] = []
    waiting: list[str] = []
    count = 0
    karpenter_app = next((a for a in apps if a.name == "karpenter"), None)
    for pool in pools:
        if karpenter_app is None:
            problems.append(f"{pool.name}: no karpenter Application provisions its nodes")
        elif pool.wave <= karpenter_app.wave:
            problems.append(
                f"{pool.name} is applied at wave {pool.wave}, before the NodePool CRD exists"
                f" (the karpenter Application, wave {karpenter_app.wave}); allowed: a wave above it"
            )
    argo = next((a for a in apps if a.name == "argo-cd"), None)
    order = [(INSTALL_WAVE, argo)] if argo is not None else []
    order += [(app.wave, app) for app in apps]
    for wave, app in order:
        pods = addon_pods(app) if app.chart else workload_pods(members[app.name], app)
        placed = []
        blocked = False
        for pod in pods:
            count += 1
            fits, found = _place(pod, state, wave)
            blocked = blocked or bool(found)
            if karpenter or app.name in REPAIR_APPLICATIONS:
                problems += found
            elif found:
                waiting.append(pod.name)
            if karpenter:
                placement += _critical_problems(pod, state.capacity, fits)
                critical += pod.stateful
            placed.append((f"{pod.name} x{pod.replicas}", fits or ("nothing",)))
            if len(fits) == 1 and wave != INSTALL_WAVE:
                pinned.setdefault(fits[0], []).append(pod)
        if app.name == "karpenter" and karpenter and not blocked:
            state.karpenter_ready = wave
        label = f"{app.name} (helm install)" if wave == INSTALL_WAVE else app.name
        held = {m.path for m in members.get(app.name, [])} if wave != INSTALL_WAVE else set()
        adds = tuple(f"NodePool {m.name}" for m in manifests if m.kind == "NodePool" and m.path in held)
        steps.append(Step(wave, label, tuple(placed), adds))
    usage: list[str] = []
    daemonsets = [
        _requests([_get(app.values, key) or {}])
        for app in apps
        for name, key in DAEMONSET_RESOURCES.items()
        if app.name == name
    ]
    problems += _fit_node_groups(groups, pinned, usage, daemonsets)
    problems += _fit_pool_limits(pools, pinned, usage)
    if not any(m.kind in WORKLOAD_KINDS for m in manifests):
        problems.append("no Contexter workload (Deployment, StatefulSet, Rollout) found")
    return Simulation(
        tuple(steps),
        tuple(dict.fromkeys(problems)),
        count,
        tuple(waiting),
        tuple(dict.fromkeys(placement)),
        critical,
        tuple(usage),
    )


def _members(
    manifests: Sequence[Manifest], apps: Sequence[Application]
) -> tuple[dict[str, list[Manifest]], dict[str, int]]:
    """Each Application's manifests (by name), and each manifest's wave (by file path)."""
    by_path = {m.path: m for m in manifests}
    waves: dict[str, int] = {}
    members: dict[str, list[Manifest]] = {}
    for app in apps:
        members[app.name] = [m for path, m in by_path.items() if app.holds(path) and not m.manual]
        for manifest in members[app.name]:
            waves.setdefault(manifest.path, app.wave)
    return members, waves


DAEMONSET_RESOURCES: Mapping[str, tuple[str, ...]] = {"istio-cni": ("cni", "resources")}
"""Add-on DaemonSets that run on every node, taints included (istio-cni tolerates them all), and
the values key of their requests; the EKS ones are the report's ``NodeOverhead``."""


def _fit_node_groups(
    groups: Sequence[Capacity],
    pinned: Mapping[str, Sequence[Pod]],
    usage: list[str],
    daemonsets: Sequence[tuple[Decimal, Decimal]] = (),
) -> list[str]:
    """Whether the pods only a node group can take fit its ``min_size`` nodes, by requests.

    Each node offers the report's allocatable (EKS AMI formula, less the DaemonSets); the pods are
    packed largest first onto the node with the most room left (kube-scheduler's default scoring),
    replicas of one pod on different nodes (they spread or repel by hostname). A pod that finds
    no node fails the group.
    """
    from contexter_deploy.facts.nodes import allocatable, instance_catalog
    from contexter_deploy.facts.parameters import DEFAULT_PARAMETERS

    catalog = instance_catalog()
    problems = []
    for group in groups:
        pods = pinned.get(group.name, [])
        if not pods or group.nodes is None:
            continue
        known = [catalog[name] for name in group.instance_types if name in catalog]
        if not known:
            problems.append(
                f"{group.name}: instance types {list(group.instance_types)} are not in"
                " contexter_deploy/facts/instance_types.yaml: the pods that need it cannot be sized"
            )
            continue
        node = min(
            (allocatable(t, DEFAULT_PARAMETERS, daemonsets) for t in known), key=lambda a: (a.cpu, a.memory)
        )
        demands = [(p.name, p.replicas, *p.requests) for p in pods if p.gating]
        demands += [(name, replicas, cpu, memory) for name, replicas, cpu, memory in EKS_ADDON_PODS]
        cpu = sum((replicas * c for _, replicas, c, _ in demands), Decimal(0))
        memory = sum((replicas * m for _, replicas, _, m in demands), Decimal(0))
        for name, _, c, m in demands:
            if c > node.cpu or m > node.memory:
                problems.append(f"{name} requests more than one node of {group.name} can allocate")
        total_cpu, total_memory = node.cpu * group.nodes, node.memory * group.nodes
        unplaced = _pack(demands, group.nodes, node.cpu, node.memory)
        if unplaced:
            problems.append(
                f"{group.name}: {', '.join(unplaced)} fit no node: {group.nodes} nodes of"
                f" {node.cpu:.2f} CPU and {node.memory / 2**30:.1f} GiB allocatable each cannot hold"
                f" {cpu:.2f} CPU and {memory / 2**30:.1f} GiB of requests with one replica per node"
            )
        usage.append(
            f"{group.name}: {cpu:.2f} of {total_cpu:.2f} CPU, {memory / 2**30:.1f} of"
            f" {total_memory / 2**30:.1f} GiB requested on {group.nodes} nodes"
        )
        if cpu > total_cpu or memory > total_memory:
            problems.append(
                f"{group.name}: the pods only it can run request {cpu:.2f} CPU and {memory / 2**30:.1f} GiB;"
                f" its {group.nodes} nodes allocate {total_cpu:.2f} CPU and {total_memory / 2**30:.1f} GiB"
                f" ({', '.join(sorted({p.name for p in pods}))})"
            )
    return problems


def _fit_pool_limits(
    pools: Sequence[Capacity], pinned: Mapping[str, Sequence[Pod]], usage: list[str]
) -> list[str]:
    """Whether the pods only a NodePool can take stay within its ``limits`` (Karpenter stops there).

    By the containers' requests as synthesized: sidecars injected at admission come on top.
    """
    problems = []
    for pool in pools:
        pods = [p for p in pinned.get(pool.name, []) if p.gating]
        if not pods or pool.limits is None:
            continue
        cpu = sum((p.replicas * p.requests[0] for p in pods), Decimal(0))
        memory = sum((p.replicas * p.requests[1] for p in pods), Decimal(0))
        limit_cpu, limit_memory = pool.limits
        usage.append(
            f"{pool.name}: {cpu:.2f} of {limit_cpu:.0f} CPU, {memory / 2**30:.1f} of"
            f" {limit_memory / 2**30:.0f} GiB (its limits) requested by the pods only it runs"
        )
        if (limit_cpu and cpu > limit_cpu) or (limit_memory and memory > limit_memory):
            problems.append(
                f"{pool.name}: the pods only it can run request {cpu:.2f} CPU and {memory / 2**30:.1f} GiB,"
                f" above its limits ({limit_cpu:.0f} CPU, {limit_memory / 2**30:.0f} GiB): Karpenter stops"
                f" adding nodes there ({', '.join(sorted({p.name for p in pods}))})"
            )
    return problems


@dataclass
class _Node:
    """Room left on one node while packing."""

    cpu: Decimal
    memory: Decimal
    pods: set[str] = field(default_factory=set)


def _pack(
    demands: Sequence[tuple[str, int, Decimal, Decimal]], nodes: int, cpu: Decimal, memory: Decimal
) -> list[str]:
    """The pods that do not fit, packed largest first, least allocated node first, one replica per node."""
    room = [_Node(cpu, memory) for _ in range(nodes)]
    unplaced = []
    pods = [(name, c, m) for name, replicas, c, m in demands for _ in range(replicas)]
    for name, c, m in sorted(pods, key=lambda pod: (pod[1], pod[2]), reverse=True):
        candidates = [n for n in room if n.cpu >= c and n.memory >= m and name not in n.pods]
        if not candidates:
            unplaced.append(name)
            continue
        best = max(candidates, key=lambda n: n.cpu / cpu + n.memory / memory)
        best.cpu -= c
        best.memory -= m
        best.pods.add(name)
    return sorted(set(unplaced))


@dataclass(frozen=True)
class ZoneLoss:
    """One zone lost: what still serves, and what does not."""

    zone: str
    problems: tuple[str, ...]
    serving: tuple[str, ...]
    """Per pod group: how many replicas serve, of how many, against the minimum."""
    pods: int
    node_group_use: tuple[str, ...] = ()


def _minimum(budget: Mapping[str, Any] | None, replicas: int) -> int:
    """The replicas a PodDisruptionBudget keeps available (at least one: the group must serve)."""
    if not budget:
        return 1

    def count(value: Any, up: bool) -> int:
        text = str(value)
        if text.endswith("%"):
            share = Decimal(text[:-1]) * replicas / 100
            return int(share.to_integral_value("ROUND_CEILING" if up else "ROUND_FLOOR"))
        return int(text)

    if budget.get("minAvailable") is not None:
        return max(1, count(budget["minAvailable"], up=True))
    if budget.get("maxUnavailable") is not None:
        return max(1, replicas - count(budget["maxUnavailable"], up=True))
    return 1


def _autoscaled_minimum(manifests: Sequence[Manifest]) -> dict[str, int]:
    """``minReplicas`` of each HorizontalPodAutoscaler and KEDA ScaledObject, by its target."""
    result = {}
    for manifest in manifests:
        if manifest.kind == "HorizontalPodAutoscaler":
            minimum = manifest.spec.get("minReplicas", 1)
        elif manifest.kind == "ScaledObject":
            minimum = manifest.spec.get("minReplicaCount", 0)
        else:
            continue
        target = manifest.spec.get("scaleTargetRef") or {}
        ref = f"{target.get('kind', 'Deployment')} {manifest.namespace}/{target.get('name')}"
        result[ref] = int(minimum)
    return result


def _serving(pod: Pod, fits: Sequence[Capacity], zone_count: int) -> tuple[int, list[str]]:
    """How many of ``pod``'s replicas serve with one of ``zone_count`` zones lost, and why not all.

    The lost zone held at most one replica under a required zone anti-affinity, at most
    ``(replicas + m(z-1)) // z`` under a required zone spread of ``maxSkew`` m, and all of them
    otherwise (worst case). Replicas with a volume stay Pending on it; the others reschedule on
    the zones left, as far as the constraints that count per zone or node allow.
    """
    left = zone_count - 1
    if pod.zone_anti_affinity:
        lost = 1
    elif pod.zone_spread:
        skew = min(skew for skew, _ in pod.zone_spread)
        lost = (pod.replicas + skew * (zone_count - 1)) // zone_count
    else:
        lost = pod.replicas
    lost = min(lost, pod.replicas)
    survivors = pod.replicas - lost
    if pod.storage_classes:
        spread = "" if pod.zone_spread or pod.zone_anti_affinity else " (no required zone spread: all may)"
        return survivors, [f"{lost} stay Pending on their volumes in the lost zone{spread}"] if lost else []
    room, why = pod.replicas, []
    if pod.zone_anti_affinity and room > left:
        room = left
        why.append(f"a required zone anti-affinity allows one per zone, {left} left")
    for skew, domains in pod.zone_spread:
        if domains > left and room > skew * left:
            room = skew * left
            why.append(f"a zone spread with minDomains {domains} allows {skew} per zone, {left} left")
    if pod.hostname_anti_affinity and fits and all(not c.karpenter for c in fits):
        nodes = sum(c.nodes or 0 for c in fits)
        if room > nodes:
            room = nodes
            why.append(f"a required hostname anti-affinity allows one per node, {nodes} left")
    return min(pod.replicas, max(survivors, room)), why


def lose_each_zone(manifests: Sequence[Manifest], terraform: Mapping[str, Any]) -> tuple[ZoneLoss, ...]:
    """The cluster after bootstrap with each zone lost in turn (its nodes and Karpenter capacity)."""
    zones = cluster_zones(terraform)
    if len(zones) < 2:
        return (
            ZoneLoss("", (f"the cluster spans {len(zones)} zone(s): losing one stops everything",), (), 0),
        )
    apps = applications(manifests)
    members, waves = _members(manifests, apps)
    groups = node_groups(terraform)
    pools = [p for p in node_pools(manifests, waves) if p.wave < 10**6]
    autoscaled = _autoscaled_minimum(manifests)
    pods: list[Pod] = []
    for app in apps:
        found = addon_pods(app) if app.chart else workload_pods(members[app.name], app)
        for pod in found:
            minimum = autoscaled.get(pod.name)
            pods.append(dataclasses.replace(pod, replicas=minimum) if minimum else pod)
    daemonsets = [
        _requests([_get(app.values, key) or {}])
        for app in apps
        for name, key in DAEMONSET_RESOURCES.items()
        if app.name == name
    ]
    result = []
    for zone in zones:
        unzoned = [g.name for g in groups if not g.zones]
        left = [
            dataclasses.replace(g, nodes=(g.nodes or 0) - g.zones.get(zone, 0)) for g in groups if g.zones
        ]
        capacity = [
            *(g for g in left if g.nodes),
            *(p for p in pools if not p.zones or set(p.zones) - {zone}),
        ]
        problems = [f"{name}: its subnets' zones are not in the Terraform JSON" for name in unzoned]
        serving: list[str] = []
        pinned: dict[str, list[Pod]] = {}
        count = 0
        for pod in pods:
            if not pod.gating or pod.hook:
                continue
            fits = [c for c in capacity if why_not(pod, c) is None]
            if len(fits) == 1 and not fits[0].karpenter:
                pinned.setdefault(fits[0].name, []).append(pod)
            if pod.application not in SERVING_APPLICATIONS:
                continue
            count += 1
            where = f"{pod.name} ({pod.application}) without {zone}"
            if not fits:
                problems.append(f"{where} cannot be scheduled: {_describe_failure(pod, capacity)}")
                continue
            running, why = _serving(pod, fits, len(zones))
            minimum = _minimum(pod.disruption_budget, pod.replicas)
            serving.append(f"{pod.name} {running} of {pod.replicas} (needs {minimum})")
            if running < minimum:
                budget = "its PodDisruptionBudget's minimum" if pod.disruption_budget else "one, to serve"
                problems.append(
                    f"{where}: {running} of {pod.replicas} replicas can serve, below {minimum} ({budget}):"
                    f" {'; '.join(why)}"
                )
        usage: list[str] = []
        shrunk = {
            name: [
                dataclasses.replace(
                    p, replicas=min(p.replicas, next(g.nodes or 0 for g in left if g.name == name))
                )
                if p.hostname_anti_affinity
                else p
                for p in group_pods
            ]
            for name, group_pods in pinned.items()
        }
        problems += [
            f"without {zone}: {problem}"
            for problem in _fit_node_groups([g for g in left if g.nodes], shrunk, usage, daemonsets)
        ]
        result.append(ZoneLoss(zone, tuple(dict.fromkeys(problems)), tuple(serving), count, tuple(usage)))
    return tuple(result)


def scenarios(manifests: Sequence[Manifest], terraform: Mapping[str, Any]) -> tuple[Simulation, Simulation]:
    """The bootstrap from an empty account, and the same cluster with Karpenter down."""
    return simulate(manifests, terraform), simulate(manifests, terraform, karpenter=False)


def render(
    environment: str, bootstrap: Simulation, down: Simulation, zones: Sequence[ZoneLoss] = ()
) -> list[str]:
    """The timeline and a one-line verdict per scenario, as ``contexter-deploy validate`` prints them."""
    lines = [f"{environment}: bootstrap: {step.render()}" for step in bootstrap.steps]
    blocked = (
        f"{len(bootstrap.problems)} blocked" if bootstrap.problems else "every one schedulable at its wave"
    )
    placed = (
        f"{len(bootstrap.placement_problems)} problems"
        if bootstrap.placement_problems
        else "none may land on spot or be disrupted"
    )
    lines.append(
        f"{environment}: bootstrap: {bootstrap.pods} pod groups, {blocked};"
        f" {bootstrap.critical_pods} stateful or control, {placed}"
    )
    lines += [f"{environment}: bootstrap: {line}" for line in bootstrap.node_group_use]
    lines.append(
        f"{environment}: bootstrap with Karpenter down:"
        f" {', '.join(REPAIR_APPLICATIONS)} {'schedule' if not down.problems else 'CANNOT schedule'}"
        f" on the node groups; {len(down.waiting)} pod groups wait for Karpenter"
    )
    for loss in zones:
        verdict = f"{len(loss.problems)} problems" if loss.problems else "every one keeps serving"
        lines.append(
            f"{environment}: bootstrap without {loss.zone}: {loss.pods} serving pod groups, {verdict}"
        )
    return lines


def zone_loss_findings(zones: Sequence[ZoneLoss]) -> tuple[str, ...]:
    """Every problem of every zone lost, once each."""
    return tuple(dict.fromkeys(problem for loss in zones for problem in loss.problems))


def validate_environments(names: Sequence[str], *, dist: Path, cdktf_out: Path) -> int:
    """Print each environment's bootstrap timeline and findings; 1 if any environment fails."""
    from contexter_deploy.facts.inputs import load_inputs  # the report's reader of dist/ and cdktf.out/
    from contexter_deploy.facts.parameters import requirements_for

    status = 0
    for name in names:
        inputs = load_inputs(name, dist=dist, cdktf_out=cdktf_out)
        bootstrap, down = scenarios(inputs.manifests, inputs.terraform)
        zones = lose_each_zone(inputs.manifests, inputs.terraform)
        for line in render(name, bootstrap, down, zones):
            print(line)
        for finding in dict.fromkeys((*bootstrap.findings, *down.problems)):
            print(f"error: {name}: bootstrap: {finding}", file=sys.stderr)
            status = 1
        # Gating where the readiness targets are enforced ("survives the loss of one AZ");
        # dev, with its single replicas, shows them as warnings.
        enforced = requirements_for(name).enforced
        for finding in zone_loss_findings(zones):
            print(f"{'error' if enforced else 'warning'}: {name}: bootstrap: {finding}", file=sys.stderr)
            status = status or int(enforced)
    return status
