"""The report's own parameters: targets from DESIGN.md and the platform defaults it assumes.

Everything here is data, not a reading of ``environments/*.yaml``: the report judges the
synthesized output against the requirements, so the requirements live with the report.
Each value names its unit, and each platform default names where it comes from, so a reader
can check (or change) an assumption without reading the computations.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from types import MappingProxyType

KUBERNETES_DOCS = "https://kubernetes.io/docs"


@dataclass(frozen=True)
class Requirements:
    """The targets of DESIGN.md ("Targets, from the requirements") for one environment."""

    enforced: bool
    """Whether a failing target fails the report (exit code 1). DESIGN.md sets the targets for
    production; in dev every figure is still computed and shown, marked advisory."""
    spike_must_fit_max: bool
    """Whether ``maxReplicas < 10 x baseline`` fails the spike figure ("max >= 10 x min for
    stateless services in prod"); elsewhere the spike is measured up to ``maxReplicas``."""
    spike_factor: int = 10
    """The traffic spike the autoscalers must absorb: 10x the baseline load."""
    scale_out_budget_seconds: int = 180
    """Time to absorb the spike: capacity for 10x the baseline load, ready (3 min)."""
    deployment_budget_seconds: int = 600
    """Whole deployment of one service, from the first new pod to the old ReplicaSet gone (10 min)."""
    rpo_seconds: int = 3600
    """Recovery point objective for Qdrant, Redis and Vault (< 1 h)."""
    rto_seconds: int = 300
    """Recovery time objective for critical services (< 5 min)."""
    min_allocated_utilisation: Decimal = Decimal("0.80")
    """Resource efficiency: requested / allocatable on the packed nodes (> 80%)."""
    min_replicas: int = 2
    """Replicas a service needs to survive the loss of one pod or zone (prod: 3)."""
    data_components: tuple[str, ...] = ("qdrant", "redis", "vault")
    """The stateful components the RPO applies to."""


REQUIREMENTS: Mapping[str, Requirements] = MappingProxyType(
    {
        "dev": Requirements(enforced=False, spike_must_fit_max=False, min_replicas=1),
        "staging": Requirements(enforced=True, spike_must_fit_max=False, min_replicas=2),
        "prod": Requirements(enforced=True, spike_must_fit_max=True, min_replicas=3),
    }
)
"""Per environment; an environment not listed here gets ``REQUIREMENTS["prod"]``."""


def requirements_for(environment: str) -> Requirements:
    """The requirements of ``environment``; unknown names are held to the production targets."""
    return REQUIREMENTS.get(environment, REQUIREMENTS["prod"])


@dataclass(frozen=True)
class Autoscaling:
    """How the horizontal pod autoscaler and KEDA behave when a manifest does not say.

    Source: https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/
    and https://keda.sh/docs/2.18/reference/scaledobject-spec/.
    """

    sync_period_seconds: int = 15
    """kube-controller-manager ``--horizontal-pod-autoscaler-sync-period`` (default 15 s)."""
    tolerance: Decimal = Decimal("0.1")
    """``--horizontal-pod-autoscaler-tolerance``: no change while |ratio - 1| <= 0.1."""
    metrics_resolution_seconds: int = 15
    """metrics-server ``--metric-resolution`` (default 15 s): how late a CPU step shows."""
    keda_polling_interval_seconds: int = 30
    """ScaledObject ``pollingInterval`` default: KEDA's own poll (activation, cached metrics)."""
    keda_min_replicas: int = 0
    """ScaledObject ``minReplicaCount`` default."""
    keda_max_replicas: int = 100
    """ScaledObject ``maxReplicaCount`` default."""
    cap_cpu_at_limit: bool = True
    """A pod cannot use more CPU than its limit, so the utilisation the HPA sees is at most
    ``limit / request``: each generation of new pods multiplies replicas by at most
    ``(limit / request) / target``. Set False to model an unthrottled spike."""
    horizon_seconds: int = 3600
    """How long the spike simulation runs before it declares the target unreachable."""
    default_scrape_interval_seconds: int = 30
    """Prometheus's global scrape interval (kube-prometheus-stack's default 30 s), for a custom
    metric whose PodMonitor endpoint sets no ``interval``."""
    request_rate_follows_demand: bool = True
    """Whether a pod's request-rate metric (``http_requests_total`` through prometheus-adapter)
    shows the demand sent to it even while the pod is saturated. True assumes what the metric
    contract says: every request is counted when it ends, whatever its status, and callers give up
    on requests a saturated pod cannot take within their timeouts, so the counted rate follows the
    arrivals, not the pod's capacity. False caps it like CPU, at what a pod serves at its CPU limit."""


@dataclass(frozen=True)
class PodLifecycle:
    """Times outside the probes that every new pod pays, and the kubelet's probe defaults."""

    node_provisioning_seconds: int = 60
    """Karpenter: pending pod -> new EC2 node Ready (launch, boot, join); about 45-60 s on
    current AMIs. Every pod the spike or a rollout adds is assumed to need a new node."""
    pod_scheduling_seconds: int = 2
    """Scheduler binding plus sandbox and network setup on an existing node."""
    image_pull_seconds: int = 10
    """Pulling the image on a fresh node from ECR in the same region (no cache)."""
    probe_period_seconds: int = 10
    """Probe ``periodSeconds`` default."""
    probe_failure_threshold: int = 3
    """Probe ``failureThreshold`` default."""
    probe_success_threshold: int = 1
    """Probe ``successThreshold`` default."""
    termination_grace_period_seconds: int = 30
    """Pod ``terminationGracePeriodSeconds`` default."""
    container_restart_seconds: int = 10
    """First CrashLoopBackOff delay before the kubelet restarts a failed container."""


@dataclass(frozen=True)
class NodeFailure:
    """How Kubernetes notices a dead node and moves its pods.

    Source: https://kubernetes.io/docs/concepts/architecture/nodes/#node-controller and
    https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/#taint-based-evictions
    """

    node_monitor_grace_period_seconds: int = 50
    """kube-controller-manager ``--node-monitor-grace-period`` (50 s since Kubernetes 1.32, was 40 s)."""
    default_toleration_seconds: int = 300
    """The DefaultTolerationSeconds admission plugin adds ``not-ready``/``unreachable``
    tolerations of 300 s to every pod that does not set its own."""
    volume_attach_seconds: int = 30
    """Attaching an EBS volume to the replacement node once the old node is gone."""


@dataclass(frozen=True)
class Failover:
    """How fast a service answers again from its surviving replicas after one is lost.

    Source: https://kubernetes.io/docs/concepts/services-networking/endpoint-slices/ and
    https://redis.io/docs/latest/operate/oss_and_stack/management/sentinel/ (configuration defaults).
    """

    endpoint_propagation_seconds: int = 5
    """A pod marked not ready leaves its EndpointSlices, and the change reaches every kube-proxy
    and, through istiod, every Envoy: a few seconds."""
    sentinel_down_after_milliseconds: int = 30000
    """Redis Sentinel ``down-after-milliseconds`` when the configuration in ``dist/`` does not say."""
    sentinel_failover_timeout_milliseconds: int = 180000
    """Redis Sentinel ``failover-timeout`` when the configuration in ``dist/`` does not say."""


@dataclass(frozen=True)
class Rollouts:
    """Argo Rollouts defaults. Source: https://argo-rollouts.readthedocs.io/en/stable/features/specification/"""

    scale_down_delay_seconds: int = 30
    """``scaleDownDelaySeconds`` default (blue-green, and canary with traffic routing)."""
    max_surge: str = "25%"
    """``maxSurge`` default of canary and Deployment rolling updates."""
    max_unavailable: str = "25%"
    """``maxUnavailable`` default of canary and Deployment rolling updates."""
    min_scale_down_delay_seconds: int = 30
    """Shortest ``scaleDownDelaySeconds`` that lets every kube-proxy and Envoy drop the old
    pods before they go; Argo Rollouts warns below 30 s."""


@dataclass(frozen=True)
class Quorum:
    """Defaults of the replicated data services when their manifests do not say."""

    redis_sentinel_quorum: int = 2
    """``sentinel monitor <name> <host> <port> <quorum>`` when no ConfigMap in ``dist/`` says."""
    qdrant_replication_factor: int = 1
    """Qdrant's default collection ``replication_factor``."""
    vault_ha_replicas: int = 3
    """Vault Helm chart ``server.ha.replicas`` default; with ``server.ha.enabled`` false
    (the chart default) Vault runs one standalone pod."""


@dataclass(frozen=True)
class NodeOverhead:
    """What a node keeps for itself before pods get anything: the EKS AMI formulas.

    Source: https://github.com/awslabs/amazon-eks-ami (``kubeReserved`` computed by nodeadm):
    memory ``11 MiB x maxPods + 255 MiB``; CPU 6% of the first core, 1% of the second,
    0.5% of the third and fourth, 0.25% of every further core; eviction at
    ``memory.available < 100Mi``; no system-reserved.
    """

    eviction_memory_mib: int = 100
    system_reserved_cpu_millicores: int = 0
    system_reserved_memory_mib: int = 0
    daemonsets: tuple[tuple[str, int, int], ...] = (
        ("aws-node (VPC CNI)", 25, 0),
        ("kube-proxy", 100, 0),
        ("ebs-csi-node (3 containers)", 30, 120),
        ("eks-pod-identity-agent", 25, 32),
        ("prometheus-node-exporter", 10, 32),
    )
    """(name, CPU millicores, memory MiB) requested on every node by DaemonSets installed
    outside ``dist/`` (EKS add-ons, Helm charts): their chart defaults. DaemonSets found in
    ``dist/`` are added on top."""


@dataclass(frozen=True)
class Istio:
    """The sidecar Istio injects into every pod of a namespace labelled for injection.

    Source: Istio Helm values ``global.proxy.resources`` (requests 100m CPU, 128Mi memory).
    """

    sidecar_cpu_millicores: int = 100
    sidecar_memory_mib: int = 128


@dataclass(frozen=True)
class CostAssumptions:
    """Usage the manifests cannot show, priced by ``prices.yaml``."""

    hours_per_month: Decimal = Decimal(730)
    """AWS's own convention for a month of on-demand hours."""
    s3_stored_gib: Mapping[str, int] = field(
        default_factory=lambda: MappingProxyType({"dev": 50, "staging": 300, "prod": 2000})
    )
    """Backups kept in the primary bucket (GiB): Qdrant snapshots and Redis dumps times the
    retention counts, an assumption to revisit with the real numbers after a month."""
    nat_processed_gib: Mapping[str, int] = field(
        default_factory=lambda: MappingProxyType({"dev": 50, "staging": 200, "prod": 1000})
    )
    """Traffic through the NAT gateways per month (GiB): Voyage AI calls and image pulls not
    served by VPC endpoints."""
    load_balancer_capacity_units: Decimal = Decimal("1")
    """Average NLCUs the ingress NLB bills per hour."""
    node_root_volume_gib: int = 20
    """EBS root volume of each node when neither the node group nor the EC2NodeClass says."""
    spot_price_ratio: Decimal = Decimal("0.40")
    """Spot price / on-demand price for the c, m and r families of generation 6 and 7 in
    eu-west-1: the AWS Spot Instance Advisor shows 50-70% savings; 60% is assumed."""


@dataclass(frozen=True)
class Parameters:
    """Every parameter of the report, with the defaults documented above."""

    autoscaling: Autoscaling = Autoscaling()
    pods: PodLifecycle = PodLifecycle()
    node_failure: NodeFailure = NodeFailure()
    failover: Failover = Failover()
    rollouts: Rollouts = Rollouts()
    quorum: Quorum = Quorum()
    node_overhead: NodeOverhead = NodeOverhead()
    istio: Istio = Istio()
    cost: CostAssumptions = CostAssumptions()


DEFAULT_PARAMETERS = Parameters()
