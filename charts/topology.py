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

AppProtocol = Literal["http", "grpc", "tcp"]
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
    def headless_service(self) -> str:
        """Name of the headless Service that gives each StatefulSet pod a stable DNS name
        (``<pod>.<name>-headless.<namespace>.svc.cluster.local``) for peer discovery."""
        return f"{self.name}-headless"

    def port(self, name: str) -> Port:
        """The port called ``name``; raises ``KeyError`` listing the ports that exist."""
        for port in self.ports:
            if port.name == name:
                return port
        raise KeyError(f"{self.name} has no port {name!r}; ports: {', '.join(p.name for p in self.ports)}")


@dataclass(frozen=True)
class Peer:
    """A caller that is not a Contexter workload, such as the ingress gateway or Prometheus."""

    name: str
    identity: Identity
    pod_labels: tuple[tuple[str, str], ...]
    """Labels that select its pods, for NetworkPolicy ``podSelector``."""


@dataclass(frozen=True)
class ExternalHost:
    """A host outside the cluster that workloads call over TLS."""

    name: str
    host: str
    port: int = 443


@dataclass(frozen=True)
class Flow:
    """``source`` may call ``destination`` on ``ports``, limited to ``paths`` when given."""

    source: str
    destination: str
    ports: tuple[str, ...]
    paths: tuple[str, ...] = ()
    methods: tuple[str, ...] = ()


HTTP = Port("http", 8000, "http")

API_GATEWAY = Workload("api-gateway", APPS_NAMESPACE, (HTTP,), metrics_port="http", delivery="blue-green")
SEARCH = Workload("search", APPS_NAMESPACE, (HTTP,), metrics_port="http", delivery="canary")
INGESTION = Workload("ingestion", APPS_NAMESPACE, (HTTP,), metrics_port="http", delivery="basic-canary")
QDRANT = Workload(
    "qdrant",
    DATA_NAMESPACE,
    (Port("http", 6333, "http"), Port("grpc", 6334, "grpc"), Port("p2p", 6335, "tcp")),
    metrics_port="http",
)
REDIS = Workload(
    "redis",
    DATA_NAMESPACE,
    (Port("redis", 6379, "tcp"), Port("sentinel", 26379, "tcp"), Port("metrics", 9121, "http")),
    metrics_port="metrics",
)

BACKUP = Workload("backup", DATA_NAMESPACE, ())
"""The backup CronJobs: no ports, but a caller of Qdrant, Redis and S3."""

WORKLOADS: tuple[Workload, ...] = (API_GATEWAY, SEARCH, INGESTION, QDRANT, REDIS, BACKUP)

INGRESS_GATEWAY = Peer(
    "istio-ingressgateway",
    Identity("istio-ingress", "istio-ingressgateway"),
    (("istio", "ingressgateway"),),
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
"""Reads the ingestion queue length from Redis to scale the ingestion workers."""
PEERS: tuple[Peer, ...] = (INGRESS_GATEWAY, PROMETHEUS, KEDA_OPERATOR)

VOYAGE_AI = ExternalHost("voyage-ai", "api.voyageai.com")
AWS_S3 = ExternalHost("aws-s3", "s3.{region}.amazonaws.com")
"""Regional S3 endpoint (``{region}`` is the environment's region); the backups go there."""
EXTERNAL_HOSTS: tuple[ExternalHost, ...] = (VOYAGE_AI, AWS_S3)

CALL_GRAPH: tuple[Flow, ...] = (
    Flow(INGRESS_GATEWAY.name, API_GATEWAY.name, ("http",)),
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
