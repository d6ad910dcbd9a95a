"""The typed environment model: one ``Environment`` per file in ``environments/``.

Both programs read it: the cdk8s app (``charts/``) and the cdktf app (``infra/``), so
the cluster Terraform builds and the manifests Argo CD applies never disagree. Values that
exist only after ``terraform apply`` are derived by ``contexter_deploy.ground.naming`` instead.

Rules that involve one model live on that model; rules that depend on the environment
(``:latest`` forbidden in staging and prod, three zones in prod, ...) live on
``Environment``. Every rule raises ``RuleViolation`` naming the field, the value and what
is allowed; ``contexter_deploy.ground.config.loader`` turns that into a message with the file and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from ipaddress import IPv4Network
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

from contexter_deploy.ground.config.errors import RuleViolation
from contexter_deploy.ground.config.quantity import BYTES_PATTERN, CPU_PATTERN, parse_quantity
from contexter_deploy.ground.config.schedule import (
    aws_cron_to_five_fields,
    is_valid_cron,
    max_interval_seconds,
    worst_case_rpo_seconds,
)

EnvironmentName = Literal["dev", "staging", "prod"]
ENVIRONMENT_NAMES: tuple[EnvironmentName, ...] = ("dev", "staging", "prod")
PRODUCTION_LIKE: frozenset[str] = frozenset({"staging", "prod"})
"""Environments that must meet every target in DESIGN.md (digests, three zones, RPO)."""


class StrictModel(BaseModel):
    """Base for every config model: unknown keys are errors and values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def _cron(value: str) -> str:
    if not is_valid_cron(value):
        raise ValueError("must be a five-field cron schedule such as '*/20 * * * *'")
    return value


def _aws_cron(value: str) -> str:
    if not is_valid_cron(aws_cron_to_five_fields(value)):
        raise ValueError("must be an AWS cron expression such as 'cron(0 * * * ? *)'")
    return value


CronSchedule = Annotated[str, AfterValidator(_cron)]
CpuQuantity = Annotated[
    str,
    BeforeValidator(lambda value: str(value) if isinstance(value, int | float) else value),
    StringConstraints(pattern=CPU_PATTERN),
]
"""CPU as YAML writes it: ``2``, ``0.5`` or ``"250m"``."""
ByteQuantity = Annotated[str, StringConstraints(pattern=BYTES_PATTERN)]
Seconds = Annotated[int, Field(ge=0)]
AwsRegion = Annotated[str, StringConstraints(pattern=r"^[a-z]{2}(-gov)?-[a-z]+-\d$")]
DnsName = Annotated[str, StringConstraints(pattern=r"^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$")]
HttpsUrl = Annotated[str, StringConstraints(pattern=r"^https://[^\s]+$")]
IamRoleArn = Annotated[
    str, StringConstraints(pattern=r"^arn:aws:iam::\d{12}:role/([\w+=,.@-]+/)*[\w+=,.@-]{1,64}$")
]
"""An IAM role ARN, with its path if it has one (``role/aws-reserved/sso.amazonaws.com/...``)."""
EmailAddress = Annotated[str, StringConstraints(pattern=r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")]


@dataclass(frozen=True)
class ImageReference:
    """An OCI image reference split into its parts: ``repository[:tag][@sha256:digest]``."""

    repository: str
    tag: str | None
    digest: str | None

    @classmethod
    def parse(cls, value: str) -> ImageReference:
        name, _, digest = value.partition("@")
        last_segment = name.rsplit("/", 1)[-1]
        tag = last_segment.partition(":")[2] or None if ":" in last_segment else None
        repository = name[: -(len(tag) + 1)] if tag else name
        if not re.fullmatch(r"[a-z0-9]+([._:/-][a-z0-9]+)*", repository):
            raise ValueError("repository must be lowercase, e.g. 'registry.example.com/contexter/search'")
        if tag is not None and not re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}", tag):
            raise ValueError(f"tag {tag!r} is not a valid OCI tag")
        if digest and not re.fullmatch(r"sha256:[0-9a-f]{64}", digest):
            raise ValueError("digest must be 'sha256:' followed by 64 lowercase hex digits")
        if tag is None and not digest:
            raise ValueError("needs a tag or a digest, e.g. 'repo:1.4.2' or 'repo@sha256:<64 hex>'")
        return cls(repository=repository, tag=tag, digest=digest or None)


def _image(value: str) -> str:
    ImageReference.parse(value)
    return value


Image = Annotated[str, AfterValidator(_image)]
"""``repository:tag``, ``repository@sha256:…`` or both; staging and prod require the digest."""


class ResourceAmounts(StrictModel):
    """CPU, memory and ephemeral storage for one container."""

    cpu: CpuQuantity
    memory: ByteQuantity
    ephemeral_storage: ByteQuantity


class Resources(StrictModel):
    """Requests (what the scheduler reserves) and limits (the ceiling) for one container."""

    requests: ResourceAmounts
    limits: ResourceAmounts

    @model_validator(mode="after")
    def _requests_within_limits(self) -> Resources:
        for resource in ("cpu", "memory", "ephemeral_storage"):
            request = getattr(self.requests, resource)
            limit = getattr(self.limits, resource)
            if parse_quantity(request) > parse_quantity(limit):
                raise RuleViolation(
                    f"requests.{resource}", request, f"must not exceed limits.{resource} ({limit})"
                )
        return self


class ComputeAmounts(StrictModel):
    """CPU and memory for one container."""

    cpu: CpuQuantity
    memory: ByteQuantity


class ComputeResources(StrictModel):
    """CPU and memory requests and limits of a container that sets no ephemeral storage."""

    requests: ComputeAmounts
    limits: ComputeAmounts

    @model_validator(mode="after")
    def _requests_within_limits(self) -> ComputeResources:
        for resource in ("cpu", "memory"):
            request, limit = getattr(self.requests, resource), getattr(self.limits, resource)
            if parse_quantity(request) > parse_quantity(limit):
                raise RuleViolation(
                    f"requests.{resource}", request, f"must not exceed limits.{resource} ({limit})"
                )
        return self


class HpaScaling(StrictModel):
    """Scaled by an HPA on the app container's CPU and memory and on the request rate per pod.

    CPU is a lagging signal: a saturated pod shows at most its CPU limit, so each generation of
    new pods can only multiply the count by ``limit / request / target``. The request rate shows
    the demand itself, so the HPA asks for the pods a spike needs in one step.
    """

    autoscaler: Literal["hpa"]
    target_cpu_utilization_percent: Annotated[int, Field(ge=10, le=100)] = 70
    """Average CPU use, as a percentage of the request, that the HPA keeps (default: 70)."""
    target_memory_utilization_percent: Annotated[int, Field(ge=10, le=100)] = 80
    """Average memory use, as a percentage of the request, that the HPA keeps (default: 80)."""
    target_requests_per_second: Annotated[int, Field(ge=1)]
    """The sustainable request rate of one pod at the CPU target (``target_cpu_utilization_percent``),
    in requests per second: the HPA's ``averageValue`` of ``http_requests_per_second``. Measure it
    with the staging load test (``perf/k6``): the rate at which one pod runs at the CPU target."""


class IngestionQueue(StrictModel):
    """The Redis list the ingestion workers consume, and how KEDA scales on its length."""

    name: str = "contexter:ingestion:jobs"
    list_length_per_replica: Annotated[int, Field(ge=1)] = 1000
    """KEDA ``listLength``: target jobs per replica (default: 1000, the DESIGN.md queue target)."""
    activation_list_length: Annotated[int, Field(ge=0)] = 10
    """KEDA ``activationListLength``: queue length below which KEDA scales to ``min_replicas``."""


class QueueScaling(StrictModel):
    """Scaled by a KEDA ScaledObject on the length of the work queue and on CPU."""

    autoscaler: Literal["keda"]
    target_cpu_utilization_percent: Annotated[int, Field(ge=10, le=100)] = 70
    """Average CPU use, as a percentage of the request, that the autoscaler keeps (default: 70)."""
    queue: IngestionQueue = IngestionQueue()


Scaling = Annotated[HpaScaling | QueueScaling, Field(discriminator="autoscaler")]
"""How a stateless service scales, chosen by ``autoscaler``: ``hpa`` (``HpaScaling``) or ``keda``
(``QueueScaling``). The charts build exactly the autoscaler this names."""


class AutoscaledService(StrictModel):
    """A stateless HTTP service scaled between ``min_replicas`` and ``max_replicas`` by ``scaling``."""

    image: Image
    min_replicas: Annotated[int, Field(ge=1)]
    max_replicas: Annotated[int, Field(ge=1)]
    resources: Resources
    scaling: Scaling
    shutdown_timeout_seconds: Annotated[int, Field(ge=1, le=300)] = 20
    """Longest request (or ingestion job) the process finishes after SIGTERM (default: 20).
    The pod's grace period is the preStop drain plus this plus a safety margin."""
    prefer_spot: bool = False
    """Prefer Karpenter spot capacity for the pods (default: on-demand only)."""

    @model_validator(mode="after")
    def _min_not_above_max(self) -> AutoscaledService:
        if self.min_replicas > self.max_replicas:
            raise RuleViolation(
                "min_replicas", self.min_replicas, f"must be <= max_replicas ({self.max_replicas})"
            )
        return self


class RequestScaledService(AutoscaledService):
    """An HTTP service that clients call (api-gateway, search): an HPA follows its request rate."""

    scaling: HpaScaling


class IngestionService(AutoscaledService):
    """The ingestion worker: KEDA scales it on the length of the queue it consumes."""

    scaling: QueueScaling

    @property
    def queue(self) -> IngestionQueue:
        """The Redis list the workers consume (``scaling.queue``)."""
        return self.scaling.queue


class Qdrant(StrictModel):
    """The Qdrant vector database, run as a StatefulSet in cluster mode."""

    image: Image
    replicas: Annotated[int, Field(ge=1)]
    replication_factor: Annotated[int, Field(ge=1)]
    """Replication factor for new collections; the services read it from their ConfigMap."""
    collection: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_-]{0,62}$")] = "contexter-docs"
    """Name of the collection that holds the documentation chunks (default: ``contexter-docs``)."""
    resources: Resources
    data_volume_size: ByteQuantity
    """Size of each pod's data volume. Raise it to expand the volumes in place (the PVCs are
    synthesized at this size; docs/runbooks/ContexterVolumeFillingUp.md); it never shrinks."""
    snapshots_volume_size: ByteQuantity
    initial_data_volume_size: ByteQuantity | None = None
    """The data volume size the StatefulSet was created with: its ``volumeClaimTemplates``, which
    are immutable (default: ``data_volume_size``). Keep it when raising ``data_volume_size``."""
    initial_snapshots_volume_size: ByteQuantity | None = None
    """Like ``initial_data_volume_size``, for the snapshots volume (default: ``snapshots_volume_size``)."""

    @model_validator(mode="after")
    def _replication_fits(self) -> Qdrant:
        if self.replication_factor > self.replicas:
            raise RuleViolation(
                "replication_factor", self.replication_factor, f"must be <= replicas ({self.replicas})"
            )
        _never_shrinks("data_volume_size", self.data_volume_size, self.initial_data_volume_size)
        _never_shrinks(
            "snapshots_volume_size", self.snapshots_volume_size, self.initial_snapshots_volume_size
        )
        return self

    @property
    def claim_template_sizes(self) -> tuple[str, str]:
        """Sizes of the ``storage`` and ``snapshots`` volumeClaimTemplates (the creation sizes)."""
        return (
            self.initial_data_volume_size or self.data_volume_size,
            self.initial_snapshots_volume_size or self.snapshots_volume_size,
        )


def _never_shrinks(field: str, size: str, initial: str | None) -> None:
    """A volume grows from its creation size, never below it (EBS and Kubernetes refuse to shrink)."""
    if initial is not None and parse_quantity(size) < parse_quantity(initial):
        raise RuleViolation(
            field, size, f"must be >= the volume's creation size ({initial}); a volume cannot shrink"
        )


class Redis(StrictModel):
    """Redis for the ingestion queue and the search cache; Sentinel gives automatic failover."""

    image: Image
    exporter_image: Image
    replicas: Annotated[int, Field(ge=1)]
    """Redis pods: one primary plus ``replicas - 1`` replicas."""
    sentinel: bool
    """Run a Sentinel beside every Redis pod; the Sentinels promote a replica when the primary fails.
    Needs an odd number of at least 3 replicas, so a majority of Sentinels can agree."""
    resources: Resources
    sidecar_resources: Resources = Resources(
        requests=ResourceAmounts(cpu="25m", memory="64Mi", ephemeral_storage="32Mi"),
        limits=ResourceAmounts(cpu="100m", memory="64Mi", ephemeral_storage="64Mi"),
    )
    """Resources of each sidecar: the Sentinel and the redis_exporter (default: 25m/64Mi, 100m/64Mi)."""
    volume_size: ByteQuantity
    """Size of each pod's AOF volume; raise it to expand the volumes in place (never shrinks)."""
    initial_volume_size: ByteQuantity | None = None
    """The volume size the StatefulSet was created with (its immutable ``volumeClaimTemplates``;
    default: ``volume_size``). Keep it when raising ``volume_size``."""

    @property
    def claim_template_size(self) -> str:
        """Size of the ``data`` volumeClaimTemplate (the creation size)."""
        return self.initial_volume_size or self.volume_size

    @model_validator(mode="after")
    def _sentinel_needs_a_quorum(self) -> Redis:
        _never_shrinks("volume_size", self.volume_size, self.initial_volume_size)
        if self.sentinel and (self.replicas < 3 or self.replicas % 2 == 0):
            raise RuleViolation(
                "replicas",
                self.replicas,
                "must be an odd number >= 3 when sentinel is true (one Sentinel per pod)",
            )
        return self


class Workloads(StrictModel):
    """Every Contexter workload, keyed by its name with dashes as underscores."""

    api_gateway: RequestScaledService
    search: RequestScaledService
    ingestion: IngestionService
    qdrant: Qdrant
    redis: Redis
    voyage_ai_model: Annotated[str, StringConstraints(pattern=r"^voyage-[a-z0-9.-]+$")]
    """Voyage AI embedding model that search and ingestion use, e.g. ``voyage-3.5``. Changing it
    needs a re-embedded collection: search and ingestion must always agree."""

    def stateless(self) -> dict[str, AutoscaledService]:
        """The autoscaled HTTP services, keyed by their Kubernetes name."""
        return {"api-gateway": self.api_gateway, "search": self.search, "ingestion": self.ingestion}


_DIRECTIONS = {
    "east": "e",
    "west": "w",
    "central": "c",
    "north": "n",
    "south": "s",
    "northeast": "ne",
    "northwest": "nw",
    "southeast": "se",
    "southwest": "sw",
}


def _zone_id_prefix(region: str) -> str:
    """The prefix of ``region``'s zone IDs: ``eu-west-1`` -> ``euw1``, ``ap-southeast-2`` -> ``apse2``."""
    geography, direction, number = region.rsplit("-", 2)
    return f"{geography.replace('-', '')}{_DIRECTIONS.get(direction, direction)}{number}"


class Aws(StrictModel):
    """The AWS account and regions of one environment."""

    account_id: Annotated[str, StringConstraints(pattern=r"^\d{12}$")]
    region: AwsRegion
    dr_region: AwsRegion
    """Region that receives replicated backups; must differ from ``region``."""
    az_count: Annotated[int, Field(ge=2, le=3)]
    """Availability zones for subnets, nodes and topology spread (3 in staging and prod)."""
    zone_ids: Annotated[
        tuple[Annotated[str, StringConstraints(pattern=r"^[a-z]+\d-az\d+$")], ...], Field(min_length=2)
    ]
    """The ``az_count`` zones, by zone ID (``euw1-az1``): IDs name the same physical zone in every
    account, and pinning them keeps subnets stable when AWS adds a zone to the region."""
    admin_role_arns: Annotated[tuple[IamRoleArn, ...], Field(min_length=1)]
    """Operators' roles in this account (e.g. IAM Identity Center permission sets, full ARN with the
    ``aws-reserved/...`` path): EKS cluster admins, allowed to read, lock and write this stack's
    state, and the only principals that may bypass GOVERNANCE retention of the backups."""

    @model_validator(mode="after")
    def _dr_region_differs(self) -> Aws:
        if self.dr_region == self.region:
            raise RuleViolation("dr_region", self.dr_region, f"must differ from region ({self.region})")
        zone_prefix = _zone_id_prefix(self.region)
        for zone_id in self.zone_ids:
            if not zone_id.startswith(f"{zone_prefix}-"):
                raise RuleViolation(
                    "zone_ids", zone_id, f"must be a zone of {self.region}: {zone_prefix}-az<n>"
                )
        for arn in self.admin_role_arns:
            if arn.split(":")[4] != self.account_id:
                raise RuleViolation(
                    "admin_role_arns", arn, f"must be a role of this account ({self.account_id})"
                )
        return self


class Network(StrictModel):
    """The VPC."""

    vpc_cidr: IPv4Network
    nat_gateways: Literal["single", "one_per_az"]
    """One NAT gateway per AZ survives an AZ loss; a single one is a cost trade-off for dev."""
    flow_log_retention_days: Annotated[int, Field(ge=1)] = 90


class EksAddons(StrictModel):
    """Versions of the EKS managed add-ons, pinned (``aws eks describe-addon-versions``)."""

    vpc_cni: str
    coredns: str
    kube_proxy: str
    aws_ebs_csi_driver: str
    eks_pod_identity_agent: str


class NodeGroup(StrictModel):
    """The managed on-demand node group for cluster-critical add-ons."""

    instance_types: Annotated[tuple[str, ...], Field(min_length=1)]
    min_size: Annotated[int, Field(ge=1)]
    desired_size: Annotated[int, Field(ge=1)]
    max_size: Annotated[int, Field(ge=1)]

    @model_validator(mode="after")
    def _sizes_ordered(self) -> NodeGroup:
        if not self.min_size <= self.desired_size <= self.max_size:
            raise RuleViolation(
                "desired_size",
                self.desired_size,
                f"must lie between min_size ({self.min_size}) and max_size ({self.max_size})",
            )
        return self


class Karpenter(StrictModel):
    """The Karpenter NodePool for workload capacity."""

    capacity_types: Annotated[tuple[Literal["spot", "on-demand"], ...], Field(min_length=1)]
    instance_categories: Annotated[tuple[str, ...], Field(min_length=1)] = ("c", "m", "r")
    instance_generation_above: Annotated[int, Field(ge=1)] = 5
    cpu_limit: Annotated[int, Field(ge=1)]
    """Total vCPUs Karpenter may provision: the hard cost ceiling of the NodePool."""
    memory_limit: ByteQuantity
    """Total memory Karpenter may provision (NodePool ``limits.memory``), e.g. ``1600Gi``."""
    consolidate_after: Annotated[str, StringConstraints(pattern=r"^\d+(s|m|h)$")] = "1m"
    ami_alias: Annotated[str, StringConstraints(pattern=r"^al2023@v\d{8}$")]
    """EKS-optimized AL2023 AMI release, pinned (``EC2NodeClass`` ``amiSelectorTerms[].alias``),
    e.g. ``al2023@v20250519``; see https://github.com/awslabs/amazon-eks-ami/releases."""
    root_volume_size: ByteQuantity = "50Gi"
    """Encrypted gp3 root volume of each Karpenter node (default: 50Gi)."""
    critical_cpu_limit: Annotated[int, Field(ge=1)] = 64
    """Total vCPUs of the on-demand ``critical`` NodePool (state and control, charts/platform/capacity.py;
    default: 64)."""
    critical_memory_limit: ByteQuantity = "256Gi"
    """Total memory of the ``critical`` NodePool (default: 256Gi)."""


class Cluster(StrictModel):
    """The EKS cluster."""

    kubernetes_version: Annotated[str, StringConstraints(pattern=r"^1\.\d{2}$")]
    endpoint_public_access: bool = False
    public_access_cidrs: tuple[IPv4Network, ...] = ()
    """CIDRs allowed to reach a public endpoint; required when ``endpoint_public_access`` is true."""
    control_plane_log_retention_days: Annotated[int, Field(ge=1)]
    addons: EksAddons
    system_nodes: NodeGroup
    karpenter: Karpenter

    @model_validator(mode="after")
    def _public_endpoint_restricted(self) -> Cluster:
        if self.endpoint_public_access and not self.public_access_cidrs:
            raise RuleViolation(
                "public_access_cidrs",
                [],
                "must list the CIDRs allowed to reach the public endpoint"
                " when endpoint_public_access is true",
            )
        for cidr in self.public_access_cidrs:
            if cidr.prefixlen == 0:
                raise RuleViolation("public_access_cidrs", str(cidr), "must not contain 0.0.0.0/0")
        return self


class Storage(StrictModel):
    """The encrypted gp3 StorageClass that Qdrant, Redis and Vault volumes use."""

    class_name: str = "gp3-encrypted"
    iops: Annotated[int, Field(ge=3000, le=16000)] = 3000
    throughput_mibps: Annotated[int, Field(ge=125, le=1000)] = 125


def _exact_path(value: str) -> str:
    if not re.fullmatch(r"/[A-Za-z0-9._~/-]*", value) or value == "/":
        raise ValueError("must be one exact path such as '/health': no wildcards, not '/'")
    return value


class EdgeJwt(StrictModel):
    """JWT validation at the ingress gateway (Istio RequestAuthentication)."""

    issuer: HttpsUrl
    jwks_uri: HttpsUrl
    audiences: Annotated[tuple[str, ...], Field(min_length=1)]
    anonymous_paths: tuple[Annotated[str, AfterValidator(_exact_path)], ...] = ("/health",)
    """Exact paths the edge serves without a JWT (default: ``/health``, for external uptime checks,
    which carry no user credential). Every other path of the host needs a valid token."""


CertificateIssuer = Literal["acme-dns01", "self-signed"]


class Ingress(StrictModel):
    """Public entry: host name, TLS certificate issuer and edge authentication."""

    host: DnsName
    hosted_zone_id: Annotated[str, StringConstraints(pattern=r"^Z[A-Z0-9]{1,31}$")]
    certificate_issuer: CertificateIssuer
    """``acme-dns01``: Let's Encrypt with a Route53 DNS-01 solver; ``self-signed`` is for dev only."""
    acme_email: Annotated[str, StringConstraints(pattern=r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")]
    acme_server: HttpsUrl = "https://acme-v02.api.letsencrypt.org/directory"
    jwt: EdgeJwt


class Slo(StrictModel):
    """Service level objectives that alerts and rollout analysis enforce."""

    availability_target: Annotated[float, Field(gt=0.9, lt=1)] = 0.999
    latency_p95_ms: Annotated[int, Field(ge=1)]
    """p95 latency objective of api-gateway, used by alerts and by rollout analysis."""
    window_days: Annotated[int, Field(ge=1, le=90)] = 30
    """Rolling window of the availability objective, in days; the error budget is
    ``(1 - availability_target)`` of the requests in it (default: 30, the SRE workbook's)."""
    error_ratio_threshold: Annotated[float, Field(gt=0, le=0.05)] = 0.01
    """Share of 5xx responses (over 5 minutes) above which ``ContexterHighErrorRate`` fires
    (default: 0.01, DESIGN.md's "error rate < 1%")."""
    ingestion_queue_alert_depth: Annotated[int, Field(ge=1)] = 1000
    """Jobs waiting in the ingestion queue above which ``IngestionQueueBacklog`` fires after
    10 minutes (default: 1000, DESIGN.md's queue-depth target)."""


class Rollout(StrictModel):
    """Progressive delivery policy for the Argo Rollouts."""

    auto_promote: bool
    """Promote a blue-green preview automatically once pre-promotion analysis passes."""
    scale_down_delay_seconds: Annotated[int, Field(ge=30)] = 300
    """How long the previous ReplicaSet stays warm after promotion, for instant rollback."""
    max_error_rate: Annotated[float, Field(gt=0, le=0.01)] = 0.01
    """Error ratio at or above which analysis fails and the rollout aborts (< 1% in DESIGN.md)."""
    analysis_interval_seconds: Annotated[int, Field(ge=10)] = 30
    """Seconds between two analysis measurements (default: 30)."""
    analysis_count: Annotated[int, Field(ge=1)] = 4
    """Measurements of a bounded analysis (blue-green post-promotion, default: 4); the pre-promotion
    smoke test's metrics take three, timed to its Job (``charts.delivery.smoke_test``). Canary
    background analysis keeps measuring until the rollout completes."""
    analysis_failure_limit: Annotated[int, Field(ge=0)] = 0
    """Failed measurements tolerated before the analysis fails and the rollout aborts (default: 0)."""
    analysis_min_requests: Annotated[int, Field(ge=1)] = 100
    """Requests an analysis query needs in its 2-minute window to judge at all (default: 100); at
    fewer the measurement is inconclusive, and a second inconclusive one pauses the rollout. At least
    ``1 / max_error_rate``: below, a single error would already exceed the limit."""
    canary_weights: Annotated[tuple[int, ...], Field(min_length=1)] = (10, 25, 50)
    """Traffic percentages of a canary with traffic routing (search), each followed by a pause;
    100% follows the last (default: 10, 25, 50). Its pods all start before the first weight
    (``charts.services.rollout``), so the weights move traffic, not pods."""
    replica_canary_weights: Annotated[tuple[int, ...], Field(min_length=1)] = (25, 50)
    """Replica percentages of a canary without traffic routing (ingestion: its workers pull from one
    queue, so the canary's share is its share of the pods), each followed by a pause; 100% follows
    the last (default: 25, 50). Finer steps buy nothing here: at 3 replicas 10% and 25% are both one
    pod, and every step that adds pods costs a wave of new pods on new nodes."""
    canary_pause_seconds: Annotated[int, Field(ge=0)] = 60
    """Pause after each canary weight, while background analysis watches the canary (default: 60)."""
    deployment_budget_seconds: Annotated[int, Field(ge=60)] = 600
    """Upper bound on one rollout: steps, pauses, analysis and scale-down delays (default: 600)."""

    @model_validator(mode="after")
    def _analysis_and_steps_coherent(self) -> Rollout:
        if self.analysis_failure_limit + 1 >= self.analysis_count:
            raise RuleViolation(
                "analysis_failure_limit",
                self.analysis_failure_limit,
                f"must be < analysis_count - 1 ({self.analysis_count - 1}): a run tolerates one"
                " inconclusive measurement besides the failures, and must still need a good one",
            )
        if self.analysis_min_requests * self.max_error_rate < 1:
            raise RuleViolation(
                "analysis_min_requests",
                self.analysis_min_requests,
                f"must be at least 1 / max_error_rate ({round(1 / self.max_error_rate)}):"
                " at fewer requests a single error already exceeds the limit",
            )
        for field in ("canary_weights", "replica_canary_weights"):
            weights: tuple[int, ...] = getattr(self, field)
            if any(not 0 < weight < 100 for weight in weights) or list(weights) != sorted(set(weights)):
                raise RuleViolation(
                    field, list(weights), "must be strictly increasing percentages between 1 and 99"
                )
        return self


class BackupRetention(StrictModel):
    """How many backups ``prune`` keeps in each bucket of age."""

    hourly: Annotated[int, Field(ge=1)]
    daily: Annotated[int, Field(ge=1)]
    weekly: Annotated[int, Field(ge=0)]


class BackupBucketLifecycle(StrictModel):
    """Storage classes and expiry of the backup bucket's objects (and of its DR replica)."""

    infrequent_access_after_days: Annotated[int, Field(ge=30)] = 30
    """Days until an object moves to STANDARD_IA (S3 requires at least 30; default: 30)."""
    glacier_after_days: Annotated[int, Field(ge=60)] = 90
    """Days until an object moves to GLACIER (default: 90)."""
    noncurrent_version_expiration_days: Annotated[int, Field(ge=1)] = 35
    """Days a pruned (noncurrent) version is kept before S3 deletes it; at least ``object_lock_days``
    (default: 35)."""

    @model_validator(mode="after")
    def _transitions_ordered(self) -> BackupBucketLifecycle:
        if self.glacier_after_days < self.infrequent_access_after_days + 30:
            raise RuleViolation(
                "glacier_after_days",
                self.glacier_after_days,
                "must be at least 30 days after infrequent_access_after_days"
                f" ({self.infrequent_access_after_days}): S3 bills STANDARD_IA for 30 days at least",
            )
        return self


class AwsBackupPlan(StrictModel):
    """The AWS Backup plan for the EBS volumes of the stateful services."""

    schedule: Annotated[str, AfterValidator(_aws_cron)]
    """AWS cron expression in UTC, e.g. ``cron(0 * * * ? *)`` for hourly."""
    retention_days: Annotated[int, Field(ge=1)]
    dr_copy_retention_days: Annotated[int, Field(ge=1)]
    start_window_minutes: Annotated[int, Field(ge=60)] = 60
    """Rule ``start_window``: minutes after its scheduled time in which a job must start, or it is
    cancelled (default: 60, the AWS minimum; unset, AWS waits 8 hours). Bounds the worst case."""
    completion_window_minutes: Annotated[int, Field(ge=60)] = 180
    """Rule ``completion_window``: minutes a started job may run before AWS cancels it (default:
    180; an incremental EBS snapshot takes minutes; unset, AWS allows 7 days)."""


class Backup(StrictModel):
    """Backup schedules and retention for Qdrant, Redis and Vault, and cluster backups."""

    qdrant_schedule: CronSchedule
    redis_schedule: CronSchedule
    vault_schedule: CronSchedule
    active_deadline_seconds: Annotated[int, Field(ge=60, le=3600)] = 900
    """Upper bound on one backup run (CronJob ``activeDeadlineSeconds``)."""
    rpo_seconds: Annotated[int, Field(ge=60)] = 3600
    """Recovery point objective; staging and prod schedules must meet it with one run missed."""
    retention: BackupRetention
    image: Image
    """The ``backup`` image (``Dockerfiles/backup.Dockerfile``, ECR ``.../contexter/backup``) that
    every backup CronJob and restore Job runs; pinned by digest in staging and prod."""
    resources: Resources
    """Requests and limits of each backup and restore container."""
    starting_deadline_seconds: Annotated[int, Field(ge=10)] = 300
    """CronJob ``startingDeadlineSeconds``: a run that cannot start this long after its time is
    skipped (default: 5 minutes). It adds to the worst-case RPO checked on the manifests."""
    backoff_limit: Annotated[int, Field(ge=0, le=6)] = 2
    """Job ``backoffLimit``: retries of a failed backup pod within one run (default: 2)."""
    prune_schedule: CronSchedule = "45 * * * *"
    """When ``prune`` applies ``retention`` to every component (default: hourly at :45)."""
    verify_schedule: CronSchedule = "30 4 * * *"
    """When ``verify`` re-hashes the newest backup of every series and checks the RPO (default: daily)."""
    vault_role: str = "backup"
    """Vault Kubernetes-auth role of the vault-backup CronJob; its only policy reads
    ``sys/storage/raft/snapshot`` (docs/runbooks/disaster-recovery.md)."""
    velero_schedule: CronSchedule
    velero_ttl_hours: Annotated[int, Field(ge=1)]
    object_lock_mode: Literal["GOVERNANCE", "COMPLIANCE"]
    """Default retention mode of the backup bucket (``COMPLIANCE``: nobody, root included, can
    delete a version before ``object_lock_days``; ``GOVERNANCE``: a role with
    ``s3:BypassGovernanceRetention`` can)."""
    object_lock_days: Annotated[int, Field(ge=1)]
    """Default retention of every object version in the backup bucket, in days."""
    bucket_lifecycle: BackupBucketLifecycle = BackupBucketLifecycle()
    aws_backup: AwsBackupPlan

    @model_validator(mode="after")
    def _pruned_versions_outlive_the_lock(self) -> Backup:
        expiration = self.bucket_lifecycle.noncurrent_version_expiration_days
        if expiration < self.object_lock_days:
            raise RuleViolation(
                "bucket_lifecycle.noncurrent_version_expiration_days",
                expiration,
                f"must be >= object_lock_days ({self.object_lock_days}): S3 cannot expire a locked version",
            )
        return self

    def schedules(self) -> dict[str, str]:
        """The cron schedule of each stateful component's backup, keyed by component."""
        return {"qdrant": self.qdrant_schedule, "redis": self.redis_schedule, "vault": self.vault_schedule}


class Vault(StrictModel):
    """Vault, where every secret lives; External Secrets reads it with Kubernetes auth."""

    replicas: Annotated[int, Field(ge=1)]
    """Raft peers; 3 or 5 tolerate the loss of one zone."""
    kv_mount: str = "secret"
    kubernetes_auth_mount: str = "kubernetes"
    kubernetes_auth_role: str = "external-secrets"
    refresh_interval: Annotated[str, StringConstraints(pattern=r"^\d+(s|m|h)$")] = "1h"
    """How often External Secrets re-reads each secret from Vault."""


class Mesh(StrictModel):
    """The Istio data plane as the Contexter namespaces see it."""

    proxy_resources: ComputeResources = ComputeResources(
        requests=ComputeAmounts(cpu="100m", memory="128Mi"),
        limits=ComputeAmounts(cpu="1", memory="512Mi"),
    )
    """Requests and limits of the injected ``istio-proxy`` container (istiod's Helm values
    ``global.proxy.resources`` must use these). Every meshed pod carries one, so the namespace
    quotas and LimitRanges count it (default: 100m/128Mi requested, 1 CPU/512Mi limit)."""


class Quota(StrictModel):
    """How the ResourceQuota of each Contexter namespace is sized from the workloads in it."""

    headroom_percent: Annotated[int, Field(ge=0, le=200)] = 25
    """Extra room above the derived worst case (every workload at its maximum scale, both
    ReplicaSets of a rollout running, one backup job per component), for containers and
    jobs the derivation does not know about (default: 25)."""


_GITHUB_REPO_URL = re.compile(r"^https://github\.com/(?P<repository>[\w.-]+/[\w.-]+?)(\.git)?$")


class GitOps(StrictModel):
    """Where Argo CD reads ``dist/<env>`` from, and how it syncs."""

    repo_url: HttpsUrl
    """The GitHub repository (``https://github.com/<owner>/<name>.git``); its GitHub Actions
    workflows also run Terraform, with the OIDC roles that trust exactly this repository."""
    target_revision: str
    automated: bool = True
    prune: bool = True
    self_heal: bool = True

    @model_validator(mode="after")
    def _repo_on_github(self) -> GitOps:
        if _GITHUB_REPO_URL.match(self.repo_url) is None:
            raise RuleViolation(
                "repo_url",
                self.repo_url,
                "must be a GitHub repository: https://github.com/<owner>/<name>.git",
            )
        return self

    @property
    def github_repository(self) -> str:
        """``<owner>/<name>`` of ``repo_url``: the repository the GitHub OIDC roles trust."""
        match = _GITHUB_REPO_URL.match(self.repo_url)
        assert match is not None  # checked by _repo_on_github
        return match["repository"]


class Observability(StrictModel):
    """Sizing of the monitoring stack (kube-prometheus-stack): Prometheus, Alertmanager, Grafana."""

    prometheus_replicas: Annotated[int, Field(ge=1)] = 2
    """Identical Prometheus replicas scraping the same targets; 2 or more survive a node loss."""
    prometheus_retention_days: Annotated[int, Field(ge=1)]
    """Days of samples Prometheus keeps; at least ``slo.window_days`` where the error budget matters."""
    prometheus_volume_size: ByteQuantity
    """Persistent volume of each Prometheus replica (encrypted gp3)."""
    scrape_interval_seconds: Annotated[int, Field(ge=5, le=60)] = 15
    """How often Prometheus scrapes every target (default: 15; rollout analysis reads 1-minute rates)."""
    alertmanager_replicas: Annotated[int, Field(ge=1)] = 3
    """Alertmanager replicas, clustered by gossip so a notification goes out once (default: 3)."""
    grafana_replicas: Annotated[int, Field(ge=1)] = 2
    """Grafana replicas; dashboards are provisioned from ConfigMaps, so replicas hold no state."""
    page_on_call: bool = True
    """Whether ``critical`` alerts page the production on-call rotation (PagerDuty). Off, they go to
    this environment's ticket channel instead and no pager receiver exists, so a test environment
    never wakes anyone (default: on)."""
    heartbeat_url: HttpsUrl
    """Dead man's switch: Alertmanager posts the always-firing ``Watchdog`` alert here every few
    minutes with the bearer token ``heartbeat-token`` of the ``alertmanager-receivers`` Secret; the
    service alerts a human when the posts stop (Prometheus or Alertmanager down, or the path between
    them broken). One check per environment."""


RunnerLabel = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")]
SELF_HOSTED_RUNNER = "self-hosted"
"""The label every self-hosted GitHub Actions runner carries."""


class PerformanceTest(StrictModel):
    """The promotion's performance gate: the k6 load test that ``.github/workflows/promote.yml`` runs
    in this environment's cluster after each promotion has synced (``perf/``)."""

    enabled: bool = False
    """Whether the gate runs here (default: off). On: ``dist/<env>`` gets the namespace
    ``contexter-perf`` (Pod Security restricted, outside the mesh, egress DNS and public HTTPS only)
    with the ServiceAccount ``k6`` and the Secret ``perf-api-token`` from Vault, and Terraform the role
    ``contexter-<env>-github-promote`` with namespaced EKS access (view ``contexter``, edit
    ``contexter-perf``). ``contexter-deploy describe`` then prints ``promote_role_arn``."""
    runner_labels: Annotated[tuple[RunnerLabel, ...], Field(min_length=1)] = ("ubuntu-24.04",)
    """``runs-on`` labels of the gate's job, which calls the cluster's API (default: a GitHub-hosted
    Ubuntu runner, which reaches a public endpoint only; a private endpoint needs a self-hosted
    runner inside the VPC)."""


GUARDDUTY_SEVERITY_FLOORS: dict[str, float] = {"low": 1.0, "medium": 4.0, "high": 7.0, "critical": 9.0}
"""The lowest ``detail.severity`` of each GuardDuty severity level (GuardDuty user guide, "Severity
levels of findings"): low 1.0-3.9, medium 4.0-6.9, high 7.0-8.9, critical 9.0-10.0."""


class GuardDutySettings(StrictModel):
    """GuardDuty threat detection in the environment's account and region (``infra/security/guardduty.py``):
    EKS audit-log monitoring always, and which findings reach ``cost.alert_emails``."""

    runtime_monitoring: bool = True
    """EKS Runtime Monitoring, with GuardDuty managing its agent as the EKS add-on
    ``aws-guardduty-agent`` (a DaemonSet in the namespace ``amazon-guardduty``) (default: on). Off,
    the feature is kept disabled; required on in staging and prod."""
    alert_severity: Literal["low", "medium", "high", "critical"] = "high"
    """The lowest severity level of a finding that is sent to the SNS topic ``contexter-<env>-aws-alerts``
    (``GUARDDUTY_SEVERITY_FLOORS``; default: high, 7.0 and above). Lower findings stay in the GuardDuty
    console."""
    finding_publishing_frequency: Literal["FIFTEEN_MINUTES", "ONE_HOUR", "SIX_HOURS"] = "FIFTEEN_MINUTES"
    """How often GuardDuty publishes updates of a finding it already reported (a new finding is
    published within minutes whatever this says) (default: every 15 minutes)."""

    @property
    def min_severity(self) -> float:
        """The numeric floor of ``alert_severity``: findings at or above it are sent."""
        return GUARDDUTY_SEVERITY_FLOORS[self.alert_severity]


class Cost(StrictModel):
    """Budget and cost-allocation tags."""

    monthly_budget_usd: Annotated[float, Field(gt=0)]
    alert_thresholds_percent: Annotated[tuple[Annotated[int, Field(ge=1, le=1000)], ...], Field(min_length=1)]
    """Actual spend, in percent of ``monthly_budget_usd``, at which the budget e-mails ``alert_emails``."""
    alert_emails: Annotated[tuple[EmailAddress, ...], Field(min_length=1)]
    owner: str
    cost_center: str


class Environment(StrictModel):
    """One deployment environment, as read from ``environments/<name>.yaml``."""

    name: EnvironmentName
    aws: Aws
    network: Network
    cluster: Cluster
    storage: Storage = Storage()
    ingress: Ingress
    slo: Slo
    workloads: Workloads
    rollout: Rollout
    backup: Backup
    vault: Vault
    mesh: Mesh = Mesh()
    quota: Quota = Quota()
    gitops: GitOps
    observability: Observability
    cost: Cost
    performance_test: PerformanceTest = PerformanceTest()
    guardduty: GuardDutySettings = GuardDutySettings()

    @property
    def production_like(self) -> bool:
        """Whether every target in DESIGN.md must hold here (staging and prod)."""
        return self.name in PRODUCTION_LIKE

    @model_validator(mode="after")
    def _environment_rules(self) -> Environment:
        self._check_volume_backup_schedule()
        if self.production_like:
            self._check_production_rules()
        if self.name == "prod":
            self._check_prod_capacity()
        self._check_zones()
        self._check_performance_test()
        return self

    def _check_zones(self) -> None:
        aws = self.aws
        if len(aws.zone_ids) != aws.az_count or len(set(aws.zone_ids)) != len(aws.zone_ids):
            raise RuleViolation(
                "aws.zone_ids", list(aws.zone_ids), f"must list az_count ({aws.az_count}) distinct zones"
            )

    def _check_performance_test(self) -> None:
        """The gate's job calls the cluster's API; a GitHub-hosted runner reaches only a public endpoint."""
        test = self.performance_test
        if (
            test.enabled
            and not self.cluster.endpoint_public_access
            and SELF_HOSTED_RUNNER not in test.runner_labels
        ):
            raise RuleViolation(
                "performance_test.runner_labels",
                list(test.runner_labels),
                "the cluster's API endpoint is private (cluster.endpoint_public_access: false), so the"
                f" gate's job must run on a runner inside the VPC: labels including {SELF_HOSTED_RUNNER!r}",
            )

    def _check_production_rules(self) -> None:
        if self.aws.az_count < 3:
            raise RuleViolation("aws.az_count", self.aws.az_count, f"must be 3 in {self.name}")
        for field, image in self._images():
            reference = ImageReference.parse(image)
            if reference.tag == "latest" and not reference.digest:
                raise RuleViolation(
                    field, image, f"the mutable tag ':latest' is not allowed in {self.name}; pin a digest"
                )
            if not reference.digest:
                raise RuleViolation(
                    field,
                    image,
                    f"must be pinned by digest in {self.name}: 'repository[:tag]@sha256:<64 hex>'",
                )
        self._check_backup_schedules()
        qdrant = self.workloads.qdrant
        if qdrant.replication_factor < 2:
            raise RuleViolation(
                "workloads.qdrant.replication_factor",
                qdrant.replication_factor,
                f"must be >= 2 in {self.name}, so every shard survives the loss of one node or zone",
            )
        self._check_monitoring_redundancy()
        if not self.guardduty.runtime_monitoring:
            raise RuleViolation(
                "guardduty.runtime_monitoring",
                self.guardduty.runtime_monitoring,
                f"must be true in {self.name}: without it nothing sees what runs inside the pods and nodes",
            )

    def _check_backup_schedules(self) -> None:
        backup = self.backup
        longest_interval = (backup.rpo_seconds - backup.active_deadline_seconds) // 2
        for component, schedule in backup.schedules().items():
            rpo = worst_case_rpo_seconds(schedule, active_deadline_seconds=backup.active_deadline_seconds)
            if rpo >= backup.rpo_seconds:
                raise RuleViolation(
                    f"backup.{component}_schedule",
                    schedule,
                    f"with one missed run the worst case is {rpo}s (2 x interval + active_deadline_seconds),"
                    f" which must stay below rpo_seconds ({backup.rpo_seconds}s) in {self.name};"
                    f" allowed: an interval of at most {longest_interval}s",
                )

    def _check_volume_backup_schedule(self) -> None:
        """RPO < 1 h for data (DESIGN.md) must survive the loss of the cluster, in every environment."""
        schedule = self.backup.aws_backup.schedule
        volume_interval = max_interval_seconds(aws_cron_to_five_fields(schedule))
        if volume_interval > 3600:
            raise RuleViolation(
                "backup.aws_backup.schedule",
                schedule,
                f"runs every {volume_interval}s; allowed in {self.name}: hourly or more often",
            )

    def _check_monitoring_redundancy(self) -> None:
        observability = self.observability
        for field in ("prometheus_replicas", "alertmanager_replicas"):
            if getattr(observability, field) < 2:
                raise RuleViolation(
                    f"observability.{field}",
                    getattr(observability, field),
                    f"must be >= 2 in {self.name}: alerts must survive the loss of one node",
                )
        if observability.prometheus_retention_days < self.slo.window_days:
            raise RuleViolation(
                "observability.prometheus_retention_days",
                observability.prometheus_retention_days,
                f"must be >= slo.window_days ({self.slo.window_days}) in {self.name},"
                " or the error budget of the SLO window cannot be computed",
            )

    def _check_prod_capacity(self) -> None:
        for name, service in self.workloads.stateless().items():
            field = f"workloads.{name.replace('-', '_')}"
            if service.min_replicas < 3:
                raise RuleViolation(f"{field}.min_replicas", service.min_replicas, "must be >= 3 in prod")
            if service.max_replicas < 10 * service.min_replicas:
                raise RuleViolation(
                    f"{field}.max_replicas",
                    service.max_replicas,
                    f"must be >= 10 x min_replicas ({10 * service.min_replicas}) in prod"
                    " to absorb a 10x spike",
                )

    def _images(self) -> list[tuple[str, str]]:
        workloads = self.workloads
        return [
            ("workloads.api_gateway.image", workloads.api_gateway.image),
            ("workloads.search.image", workloads.search.image),
            ("workloads.ingestion.image", workloads.ingestion.image),
            ("workloads.qdrant.image", workloads.qdrant.image),
            ("workloads.redis.image", workloads.redis.image),
            ("workloads.redis.exporter_image", workloads.redis.exporter_image),
            ("backup.image", self.backup.image),
        ]
