"""Who runs where, on which ports, and who may call whom: declared once, here.

Services, NetworkPolicies, AuthorizationPolicies, ServiceMonitors, dashboards and the
policy-graph check are all derived from this module; nothing else spells out a port number
or a caller. This is the table "Runtime architecture" of DESIGN.md in code.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

APPS_NAMESPACE = "contexter"
DATA_NAMESPACE = "contexter-data"
CONTEXTER_NAMESPACES = (APPS_NAMESPACE, DATA_NAMESPACE)

AppProtocol = Literal["http", "grpc", "tcp", "https"]
L4Protocol = Literal["TCP", "UDP"]
Delivery = Literal["blue-green", "canary", "basic-canary"]
"""How Argo Rollouts replaces a workload's pods.

- ``blue-green``: Services ``<name>`` (active) and ``<name>-preview``; promotion switches them.
- ``canary``: clients call ``<name>``; the VirtualService ``<name>`` (HTTP route ``primary``)
  splits traffic by weight between the Services ``<name>-stable`` and ``<name>-canary``.
- ``basic-canary``: no traffic routing; the canary share is the share of replicas.
"""

CANARY_ROUTE = "primary"
"""Name of the HTTP route in a canary workload's VirtualService whose weights Argo Rollouts sets."""


@dataclass(frozen=True)
class Port:
    """A named container and Service port; ``app_protocol`` tells Istio how to treat it."""

    name: str
    number: int
    app_protocol: AppProtocol


@dataclass(frozen=True)
class Identity:
    """A workload identity: a ServiceAccount in a namespace, which is also a SPIFFE principal."""

    namespace: str
    service_account: str

    @property
    def principal(self) -> str:
        """The SPIFFE principal Istio puts in AuthorizationPolicy ``source.principals``."""
        return f"cluster.local/ns/{self.namespace}/sa/{self.service_account}"


@dataclass(frozen=True)
class Workload:
    """A Contexter workload: pods selected by ``app.kubernetes.io/name: <name>``."""

    name: str
    namespace: str
    ports: tuple[Port, ...]
    metrics_port: str | None = None
    """Name of the port that serves Prometheus metrics on ``metrics_path``."""
    metrics_path: str = "/metrics"
    delivery: Delivery | None = None
    """Rollout strategy; ``None`` for StatefulSets and Jobs."""
    request_timeout_seconds: int = 15
    """Longest one request to this workload may take, in seconds (default: 15); its VirtualService
    routes time out after it."""

    @property
    def identity(self) -> Identity:
        """Each workload runs as its own ServiceAccount, named after it."""
        return Identity(self.namespace, self.name)

    @property
    def services(self) -> tuple[str, ...]:
        """Names of the Services that select this workload's pods; the first is the one clients call."""
        if self.delivery == "blue-green":
            return (self.name, f"{self.name}-preview")
        if self.delivery == "canary":
            return (self.name, f"{self.name}-stable", f"{self.name}-canary")
        return (self.name,) if self.ports else ()

    @property
    def headless_service(self) -> str | None:
        """Headless Service that gives each pod of a StatefulSet (no ``delivery``, with ports) a stable
        DNS name for peer discovery and Sentinel, ``<name>-headless``; ``None`` for Rollouts and jobs."""
        return f"{self.name}-headless" if self.delivery is None and self.ports else None

    def require_headless_service(self) -> str:
        """``headless_service`` of a StatefulSet workload; raises ``ValueError`` for the others."""
        if self.headless_service is None:
            raise ValueError(f"{self.name} is not a StatefulSet with ports: it has no headless Service")
        return self.headless_service

    @property
    def service_hosts(self) -> tuple[str, ...]:
        """Every Service name that selects this workload's pods: ``services`` plus the headless one."""
        return self.services + ((self.headless_service,) if self.headless_service else ())

    @property
    def sidecar_ports(self) -> tuple[Port, ...]:
        """Ports the Istio sidecar of a serving workload's pods listens on itself: ``SIDECAR_METRICS``."""
        return (SIDECAR_METRICS,) if self.ports else ()

    def port(self, name: str) -> Port:
        """The port called ``name`` (its own or its sidecar's); raises ``KeyError`` listing the ports."""
        return _port_named(self.name, (*self.ports, *self.sidecar_ports), name)


@dataclass(frozen=True)
class Peer:
    """A caller that is not a Contexter workload, such as the ingress gateway or Prometheus."""

    name: str
    identity: Identity
    pod_labels: tuple[tuple[str, str], ...]
    """Labels that select its pods, for NetworkPolicy ``podSelector``."""
    ports: tuple[Port, ...] = ()
    """Ports it listens on itself (the ingress gateway's listeners); empty for pure callers."""

    def port(self, name: str) -> Port:
        """The port called ``name``; raises ``KeyError`` listing the ports that exist."""
        return _port_named(self.name, self.ports, name)


def _port_named(owner: str, ports: tuple[Port, ...], name: str) -> Port:
    for port in ports:
        if port.name == name:
            return port
    raise KeyError(f"{owner} has no port {name!r}; ports: {', '.join(p.name for p in ports)}")


@dataclass(frozen=True)
class PlatformService:
    """A cluster service that every meshed pod calls: DNS and the Istio control plane."""

    name: str
    namespace: str
    service: str
    """Name of its Service, e.g. ``kube-dns``."""
    pod_labels: tuple[tuple[str, str], ...]
    """Labels that select its pods, for NetworkPolicy ``podSelector``."""
    ports: tuple[tuple[L4Protocol, int], ...]
    """The (protocol, port) pairs the pods of every Contexter namespace need."""

    @property
    def host(self) -> str:
        """Cluster-local DNS name of its Service."""
        return f"{self.service}.{self.namespace}.svc.cluster.local"


@dataclass(frozen=True)
class ExternalHost:
    """A host outside the cluster that workloads call over TLS.

    ``host`` and ``aliases`` may contain ``{region}`` (the environment's AWS region) and
    ``{bucket}`` (the environment's backup bucket); ``hosts()`` fills them in.
    """

    name: str
    host: str
    port: int = 443
    aliases: tuple[str, ...] = ()
    """Further names of the same endpoint, e.g. S3's virtual-hosted-style bucket name."""
    aws_credentials: bool = False
    """Callers sign requests with AWS credentials from the EKS Pod Identity Agent."""

    def hosts(self, *, region: str, bucket: str) -> tuple[str, ...]:
        """``host`` and ``aliases`` with ``{region}`` and ``{bucket}`` filled in."""
        return tuple(template.format(region=region, bucket=bucket) for template in (self.host, *self.aliases))


@dataclass(frozen=True)
class LinkLocalEndpoint:
    """A node-local endpoint that pods reach at a link-local address (outside every pod range)."""

    name: str
    address: str
    """IPv4 address, e.g. ``169.254.170.23``."""
    port: int

    @property
    def host(self) -> str:
        """Its name in Istio's service registry only; clients call the address."""
        return f"{self.name}.internal"


@dataclass(frozen=True)
class Flow:
    """``source`` may call ``destination`` on ``ports``, limited to ``paths`` when given."""

    source: str
    destination: str
    ports: tuple[str, ...]
    paths: tuple[str, ...] = ()
    not_paths: tuple[str, ...] = ()
    """Paths the caller must not reach although the port is open to it (Istio ``notPaths``)."""
    methods: tuple[str, ...] = ()


HTTP = Port("http", 8000, "http")
SIDECAR_METRICS = Port("http-envoy-prom", 15090, "http")
"""Envoy's Prometheus endpoint in every meshed pod, under the name Istio's injector (and the gateway
chart) gives it; path ``SIDECAR_METRICS_PATH``. It carries Istio's request metrics
(``istio_requests_total``), the callers' view that sees timeouts and resets the app never records.
Envoy serves it outside its inbound capture: mutual TLS and AuthorizationPolicies never apply to it
(the rule its flow yields is inert), so the NetworkPolicy is what limits it to Prometheus."""
SIDECAR_METRICS_PATH = "/stats/prometheus"

API_GATEWAY = Workload(
    "api-gateway",
    APPS_NAMESPACE,
    (HTTP,),
    metrics_port="http",
    delivery="blue-green",
    request_timeout_seconds=60,
)
SEARCH = Workload("search", APPS_NAMESPACE, (HTTP,), metrics_port="http", delivery="canary")
INGESTION = Workload(
    "ingestion",
    APPS_NAMESPACE,
    (HTTP,),
    metrics_port="http",
    delivery="basic-canary",
    request_timeout_seconds=30,
)
QDRANT = Workload(
    "qdrant",
    DATA_NAMESPACE,
    (Port("http", 6333, "http"), Port("grpc", 6334, "grpc"), Port("p2p", 6335, "tcp")),
    metrics_port="http",
    request_timeout_seconds=30,
)
REDIS = Workload(
    "redis",
    DATA_NAMESPACE,
    (Port("redis", 6379, "tcp"), Port("sentinel", 26379, "tcp"), Port("metrics", 9121, "http")),
    metrics_port="metrics",
)

BACKUP = Workload("backup", DATA_NAMESPACE, ())
"""The backup CronJobs: no ports, but a caller of Qdrant, Redis and S3."""

SMOKE_TEST = Workload("api-gateway-smoke", APPS_NAMESPACE, ())
"""The Job that api-gateway's pre-promotion analysis starts (Argo Rollouts' job provider,
``charts/delivery/smoke_test.py``): in the mesh, as its own identity, it sends requests to
``api-gateway-preview`` so the analysis judges the new pods on real traffic before promotion."""
SMOKE_TEST_PATH = "/v1/search"
"""The API path the smoke test calls (with ``GET``), and the only one its identity may call."""

WORKLOADS: tuple[Workload, ...] = (API_GATEWAY, SEARCH, INGESTION, QDRANT, REDIS, BACKUP, SMOKE_TEST)

INGRESS_GATEWAY = Peer(
    "istio-ingressgateway",
    Identity("istio-ingress", "istio-ingressgateway"),
    (("istio", "ingressgateway"),),
    ports=(Port("http", 80, "http"), Port("https", 443, "https")),
)
PROMETHEUS = Peer(
    "prometheus",
    Identity("monitoring", "kube-prometheus-stack-prometheus"),
    (("app.kubernetes.io/name", "prometheus"),),
)
KEDA_OPERATOR = Peer(
    "keda-operator",
    Identity("keda", "keda-operator"),
    (("app.kubernetes.io/name", "keda-operator"),),
)
"""KEDA reads the ingestion queue's length from Redis; its operator pod must run in the mesh."""
PEERS: tuple[Peer, ...] = (INGRESS_GATEWAY, PROMETHEUS, KEDA_OPERATOR)

KUBE_DNS = PlatformService(
    "kube-dns", "kube-system", "kube-dns", (("k8s-app", "kube-dns"),), (("UDP", 53), ("TCP", 53))
)
ISTIOD = PlatformService("istiod", "istio-system", "istiod", (("app", "istiod"),), (("TCP", 15012),))
"""Sidecars fetch configuration (xDS) and their certificates from istiod on 15012. Its other
ports are called by the API server (15017, webhooks) or by Prometheus (15014), never by pods."""
PLATFORM_SERVICES: tuple[PlatformService, ...] = (KUBE_DNS, ISTIOD)
MESH_ROOT_NAMESPACE = ISTIOD.namespace
"""Istio's root namespace: a policy there without a selector applies to the whole mesh."""

EXTERNAL_SECRETS = Identity("external-secrets", "external-secrets")
"""The External Secrets controller; Vault's Kubernetes auth role binds this ServiceAccount."""
CERT_MANAGER = Identity("cert-manager", "cert-manager")
"""The cert-manager controller; its Pod Identity role may change the Route53 zone for DNS-01."""
PERFORMANCE_TEST = Identity("contexter-perf", "k6")
"""The promotion's load test (k6, ``perf/k6-job.yaml``), where ``performance_test.enabled``: in a
namespace of its own, outside the mesh and outside ``CONTEXTER_NAMESPACES``. It calls the public
ingress over HTTPS like a user, so no flow of ``CALL_GRAPH`` names it."""

VOYAGE_AI = ExternalHost("voyage-ai", "api.voyageai.com")
AWS_S3 = ExternalHost(
    "aws-s3",
    "s3.{region}.amazonaws.com",
    aliases=("{bucket}.s3.{region}.amazonaws.com",),
    aws_credentials=True,
)
"""Regional S3 endpoint (``{region}`` is the environment's region); the backups go there. SDKs
address a bucket virtual-hosted style (``<bucket>.s3.<region>.amazonaws.com``), hence the alias."""
EXTERNAL_HOSTS: tuple[ExternalHost, ...] = (VOYAGE_AI, AWS_S3)

POD_IDENTITY_AGENT = LinkLocalEndpoint("eks-pod-identity-agent", "169.254.170.23", 80)
"""The EKS Pod Identity Agent on every node: callers of hosts with ``aws_credentials`` get
their credentials here (``AWS_CONTAINER_CREDENTIALS_FULL_URI``)."""

CALL_GRAPH: tuple[Flow, ...] = (
    Flow(
        INGRESS_GATEWAY.name,
        API_GATEWAY.name,
        ("http",),
        not_paths=(API_GATEWAY.metrics_path, f"{API_GATEWAY.metrics_path}/*"),
    ),
    Flow(SMOKE_TEST.name, API_GATEWAY.name, ("http",), paths=(SMOKE_TEST_PATH,), methods=("GET",)),
    Flow(API_GATEWAY.name, SEARCH.name, ("http",)),
    Flow(API_GATEWAY.name, INGESTION.name, ("http",)),
    Flow(SEARCH.name, QDRANT.name, ("http", "grpc")),
    Flow(SEARCH.name, REDIS.name, ("redis", "sentinel")),
    Flow(INGESTION.name, QDRANT.name, ("http", "grpc")),
    Flow(INGESTION.name, REDIS.name, ("redis", "sentinel")),
    Flow(QDRANT.name, QDRANT.name, ("p2p", "http")),
    Flow(REDIS.name, REDIS.name, ("redis", "sentinel")),
    Flow(BACKUP.name, QDRANT.name, ("http",)),
    Flow(BACKUP.name, REDIS.name, ("redis", "sentinel")),
    Flow(KEDA_OPERATOR.name, REDIS.name, ("redis", "sentinel")),
    *(
        Flow(
            PROMETHEUS.name,
            workload.name,
            (workload.metrics_port,),
            paths=(workload.metrics_path,),
            methods=("GET",),
        )
        for workload in WORKLOADS
        if workload.metrics_port is not None
    ),
    *(
        Flow(
            PROMETHEUS.name,
            workload.name,
            (SIDECAR_METRICS.name,),
            paths=(SIDECAR_METRICS_PATH,),
            methods=("GET",),
        )
        for workload in WORKLOADS
        if workload.sidecar_ports
    ),
)
"""Every allowed in-cluster call. Anything not listed is denied by both policy layers."""

EXTERNAL_CALLS: tuple[tuple[str, str], ...] = (
    (SEARCH.name, VOYAGE_AI.name),
    (INGESTION.name, VOYAGE_AI.name),
    (BACKUP.name, AWS_S3.name),
)
"""(workload, external host) pairs allowed to leave the cluster."""


def workload(name: str) -> Workload:
    """The workload called ``name``; raises ``KeyError`` listing the ones that exist."""
    for candidate in WORKLOADS:
        if candidate.name == name:
            return candidate
    raise KeyError(f"no workload {name!r}; workloads: {', '.join(w.name for w in WORKLOADS)}")


def peer(name: str) -> Peer:
    """The peer called ``name``; raises ``KeyError`` listing the ones that exist."""
    for candidate in PEERS:
        if candidate.name == name:
            return candidate
    raise KeyError(f"no peer {name!r}; peers: {', '.join(p.name for p in PEERS)}")


def caller(name: str) -> Workload | Peer:
    """The workload or peer called ``name``: anything that may appear as a flow's source."""
    return workload(name) if name in {w.name for w in WORKLOADS} else peer(name)


def external_host(name: str) -> ExternalHost:
    """The external host called ``name``; raises ``KeyError`` listing the ones that exist."""
    for candidate in EXTERNAL_HOSTS:
        if candidate.name == name:
            return candidate
    raise KeyError(f"no external host {name!r}; hosts: {', '.join(h.name for h in EXTERNAL_HOSTS)}")


def flows_to(name: str) -> tuple[Flow, ...]:
    """Every flow whose destination is workload ``name``, in ``CALL_GRAPH`` order."""
    return tuple(flow for flow in CALL_GRAPH if flow.destination == name)


def flows_from(name: str) -> tuple[Flow, ...]:
    """Every flow whose source is ``name``, in ``CALL_GRAPH`` order."""
    return tuple(flow for flow in CALL_GRAPH if flow.source == name)


def external_hosts_of(name: str) -> tuple[ExternalHost, ...]:
    """The external hosts workload ``name`` may call, in ``EXTERNAL_CALLS`` order."""
    return tuple(external_host(host) for source, host in EXTERNAL_CALLS if source == name)


def needs_pod_identity(name: str) -> bool:
    """Whether workload ``name`` calls an AWS API and so fetches credentials from the Pod Identity Agent."""
    return any(host.aws_credentials for host in external_hosts_of(name))


def routed_ports(target: Workload) -> tuple[Port, ...]:
    """The HTTP and gRPC ports of ``target`` that callers other than Prometheus use: the ports its
    VirtualService routes (Prometheus scrapes pod IPs directly, never through a Service)."""
    called = {port for flow in flows_to(target.name) if flow.source != PROMETHEUS.name for port in flow.ports}
    return tuple(p for p in target.ports if p.name in called and p.app_protocol in ("http", "grpc"))


def workloads_in(namespace: str) -> tuple[Workload, ...]:
    """The workloads that run in ``namespace``, in ``WORKLOADS`` order."""
    return tuple(w for w in WORKLOADS if w.namespace == namespace)
