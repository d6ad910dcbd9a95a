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
VAULT_NAMESPACE = "vault"
"""Vault runs in the cluster, in its own namespace (HA raft, AWS KMS auto-unseal); see docs/vault.md."""

CLUSTER_DOMAIN = "cluster.local"
"""DNS domain of the cluster's Services (the kubelet's ``clusterDomain``; EKS keeps the default)."""


def cluster_host(service: str, namespace: str) -> str:
    """Cluster DNS name of Service ``service`` in ``namespace``, fully qualified so it resolves
    from any namespace: ``<service>.<namespace>.svc.<CLUSTER_DOMAIN>``."""
    return f"{service}.{namespace}.svc.{CLUSTER_DOMAIN}"


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


Mesh = Literal["sidecar", "gateway", "certificate", "none"]
"""How a party takes part in the Istio mesh:

- ``sidecar``: an injected ``istio-proxy`` carries its traffic both ways: it presents its SPIFFE
  principal, its namespace's Sidecar (egress hosts, REGISTRY_ONLY) limits what it reaches, and
  PeerAuthentication and AuthorizationPolicies guard what it serves;
- ``gateway``: an Istio gateway (Envoy itself): it presents its principal upstream, and
  AuthorizationPolicies (not PeerAuthentication, not Sidecars) apply to its listeners;
- ``certificate``: a sidecar that intercepts nothing and only hands its workload certificate to
  the application (Prometheus, ``charts/observability/mesh_scrape.py``): the application presents
  the principal itself; nothing guards what it serves;
- ``none``: no proxy: plain connections, no principal.
"""


@dataclass(frozen=True)
class HelmPods:
    """Where ``dist/`` shows the pod labels and annotations of an add-on's pods: keys of the Helm
    values of the Argo CD Application that installs it (``charts/gitops/addons/<add-on>.py``)."""

    application: str
    labels: tuple[str, ...] = ()
    """Path of the pod-labels map in the values, e.g. ``("podLabels", "keda")``; empty: none set."""
    annotations: tuple[str, ...] = ()
    """Path of the pod-annotations map in the values; empty: none set."""


@dataclass(frozen=True)
class Peer:
    """A party that is not a Contexter workload, such as the ingress gateway or Prometheus."""

    name: str
    identity: Identity
    pod_labels: tuple[tuple[str, str], ...]
    """Labels that select its pods, for NetworkPolicy ``podSelector``."""
    ports: tuple[Port, ...] = ()
    """Ports it listens on itself (the ingress gateway's listeners); empty for pure callers."""
    mesh: Mesh = "none"
    """Whether its pods carry an Istio proxy (default: none); ``validation/connections.py`` checks
    this against the pods ``dist/`` renders."""
    helm: HelmPods | None = None
    """Where its pods' labels and annotations live in ``dist/`` (``None``: not an add-on's pods)."""
    service: str | None = None
    """Name of the Service clients call, in its namespace (``None``: clients do not call it)."""

    @property
    def host(self) -> str:
        """Cluster-local DNS name of ``service``; raises ``ValueError`` when it has none."""
        if self.service is None:
            raise ValueError(f"{self.name} has no Service; clients do not call it")
        return cluster_host(self.service, self.identity.namespace)

    def url(self, port: str) -> str:
        """``<scheme>://<host>:<port>`` of port ``port`` of its Service."""
        selected = self.port(port)
        scheme = "https" if selected.app_protocol == "https" else "http"
        return f"{scheme}://{self.host}:{selected.number}"

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
        return cluster_host(self.service, self.namespace)


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
    ports=(Port("http", 80, "http"), Port("https", 443, "https"), SIDECAR_METRICS),
    mesh="gateway",
    helm=HelmPods("istio-ingressgateway", labels=("labels",)),
    service="istio-ingressgateway",
)
PROMETHEUS = Peer(
    "prometheus",
    Identity("monitoring", "kube-prometheus-stack-prometheus"),
    (("app.kubernetes.io/name", "prometheus"),),
    ports=(Port("http", 9090, "http"),),
    mesh="certificate",
    helm=HelmPods(
        "kube-prometheus-stack",
        labels=("prometheus", "prometheusSpec", "podMetadata", "labels"),
        annotations=("prometheus", "prometheusSpec", "podMetadata", "annotations"),
    ),
    service="kube-prometheus-stack-prometheus",
)
KEDA_OPERATOR = Peer(
    "keda-operator",
    Identity("keda", "keda-operator"),
    (("app.kubernetes.io/name", "keda-operator"),),
    ports=(Port("metrics", 8080, "http"), Port("metricsservice", 9666, "grpc")),
    mesh="sidecar",
    helm=HelmPods("keda", labels=("podLabels", "keda"), annotations=("podAnnotations", "keda")),
    service="keda-operator",
)
"""KEDA reads the ingestion queue's length from Redis; its operator pod runs in the mesh (a
sidecar of its own, its namespace stays out), so Redis sees its principal. Its own ports stay
outside the proxy: the metrics API server (out of the mesh) calls 9666, Prometheus scrapes 8080."""
KEDA_METRICS_APISERVER = Peer(
    "keda-metrics-apiserver",
    Identity("keda", "keda-operator-metrics-apiserver"),
    (("app.kubernetes.io/name", "keda-operator-metrics-apiserver"),),
    ports=(Port("https", 6443, "https"),),
    helm=HelmPods(
        "keda", labels=("podLabels", "metricsAdapter"), annotations=("podAnnotations", "metricsAdapter")
    ),
)
"""Serves ``external.metrics.k8s.io`` to the API server (outside the mesh, so it stays out too)
and asks the operator for each value over gRPC."""
PUSHGATEWAY = Peer(
    "prometheus-pushgateway",
    Identity("monitoring", "prometheus-pushgateway"),
    (("app.kubernetes.io/name", "prometheus-pushgateway"),),
    ports=(Port("http", 9091, "http"),),
    helm=HelmPods("prometheus-pushgateway", labels=("podLabels",), annotations=("podAnnotations",)),
    service="prometheus-pushgateway",
)
"""Where batch jobs push their outcome (Helm release ``prometheus-pushgateway``)."""
ARGO_ROLLOUTS = Peer(
    "argo-rollouts",
    Identity("argo-rollouts", "argo-rollouts"),
    (("app.kubernetes.io/name", "argo-rollouts"),),
    helm=HelmPods(
        "argo-rollouts", labels=("controller", "podLabels"), annotations=("controller", "podAnnotations")
    ),
)
"""The Rollouts controller: its AnalysisRuns query Prometheus."""
EXTERNAL_SECRETS_CONTROLLER = Peer(
    "external-secrets",
    Identity("external-secrets", "external-secrets"),
    (("app.kubernetes.io/name", "external-secrets"),),
    helm=HelmPods("external-secrets", labels=("podLabels",), annotations=("podAnnotations",)),
)
CERT_MANAGER_CONTROLLER = Peer(
    "cert-manager",
    Identity("cert-manager", "cert-manager"),
    (("app.kubernetes.io/name", "cert-manager"),),
    helm=HelmPods("cert-manager", labels=("podLabels",), annotations=("podAnnotations",)),
)
VELERO = Peer(
    "velero",
    Identity("velero", "velero"),
    (("app.kubernetes.io/name", "velero"),),
    helm=HelmPods("velero", labels=("podLabels",), annotations=("podAnnotations",)),
)
KARPENTER = Peer(
    "karpenter",
    Identity("kube-system", "karpenter"),
    (("app.kubernetes.io/name", "karpenter"),),
    helm=HelmPods("karpenter", labels=("podLabels",), annotations=("podAnnotations",)),
)
VAULT_SERVER = Peer(
    "vault",
    Identity(VAULT_NAMESPACE, "vault"),
    (("app.kubernetes.io/name", "vault"),),
    ports=(Port("https", 8200, "https"), Port("cluster", 8201, "tcp")),
    helm=HelmPods("vault", labels=("server", "extraLabels"), annotations=("server", "annotations")),
    service="vault",
)
VAULT_BACKUP_JOB = Peer(
    "vault-backup",
    Identity(VAULT_NAMESPACE, "vault-backup"),
    (("app.kubernetes.io/name", "vault-backup"),),
)
"""The Vault backup CronJob and restore Job (``charts/backup``), beside Vault in its namespace."""
ARGOCD_NOTIFICATIONS = Peer(
    "argocd-notifications",
    Identity("argocd", "argocd-notifications-controller"),
    (("app.kubernetes.io/name", "argocd-notifications-controller"),),
    helm=HelmPods(
        "argo-cd", labels=("notifications", "podLabels"), annotations=("notifications", "podAnnotations")
    ),
)
"""Argo CD's notifications controller: reports each environment's deployed digests to GitHub as
commit statuses (``charts/gitops/addons/argo_cd.notifications``)."""
PEERS: tuple[Peer, ...] = (
    INGRESS_GATEWAY,
    PROMETHEUS,
    KEDA_OPERATOR,
    KEDA_METRICS_APISERVER,
    PUSHGATEWAY,
    ARGO_ROLLOUTS,
    EXTERNAL_SECRETS_CONTROLLER,
    CERT_MANAGER_CONTROLLER,
    VELERO,
    KARPENTER,
    VAULT_SERVER,
    VAULT_BACKUP_JOB,
    ARGOCD_NOTIFICATIONS,
)

KUBE_DNS = PlatformService(
    "kube-dns", "kube-system", "kube-dns", (("k8s-app", "kube-dns"),), (("UDP", 53), ("TCP", 53))
)
ISTIOD = PlatformService("istiod", "istio-system", "istiod", (("app", "istiod"),), (("TCP", 15012),))
"""Sidecars fetch configuration (xDS) and their certificates from istiod on 15012. Its other
ports are called by the API server (15017, webhooks) or by Prometheus (``ISTIOD_MONITORING``),
never by pods."""
ISTIOD_MONITORING = Port("http-monitoring", 15014, "http")
"""istiod's own Prometheus endpoint (path ``ISTIOD_MONITORING_PATH``: xDS pushes, connected proxies,
rejected configuration), under the name the istiod chart gives its container and Service port.
istiod runs without a sidecar, so the scrape is plain HTTP; only Prometheus calls it."""
ISTIOD_MONITORING_PATH = "/metrics"
PLATFORM_SERVICES: tuple[PlatformService, ...] = (KUBE_DNS, ISTIOD)
MESH_ROOT_NAMESPACE = ISTIOD.namespace
"""Istio's root namespace: a policy there without a selector applies to the whole mesh."""

EXTERNAL_SECRETS = EXTERNAL_SECRETS_CONTROLLER.identity
"""The External Secrets controller; Vault's Kubernetes auth role binds this ServiceAccount."""
CERT_MANAGER = CERT_MANAGER_CONTROLLER.identity
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


@dataclass(frozen=True)
class NonPod:
    """A party that is no pod: the kubelet on each node, the API server, clients on the internet."""

    name: str
    where: Literal["node", "control-plane", "internet"]
    ports: tuple[Port, ...] = ()
    service: str | None = None
    """Name of the Service in ``default`` that fronts it (the API server's ``kubernetes``)."""

    def port(self, name: str) -> Port:
        """The port called ``name``; raises ``KeyError`` listing the ports that exist."""
        return _port_named(self.name, self.ports, name)


KUBELET = NonPod("kubelet", "node")
"""Probes every container from the node: NetworkPolicies always admit node traffic, and Istio
rewrites HTTP probes to its agent, outside mutual TLS."""
KUBE_APISERVER = NonPod(
    "kube-apiserver", "control-plane", ports=(Port("https", 443, "https"),), service="kubernetes"
)
"""The EKS control plane: outside the cluster's pod network and outside the mesh."""
INTERNET_CLIENT = NonPod("internet-client", "internet")
"""A user of the public API, through the load balancer to the ingress gateway."""
NON_PODS: tuple[NonPod, ...] = (KUBELET, KUBE_APISERVER, INTERNET_CLIENT)

ACME = ExternalHost("letsencrypt-acme", "acme-v02.api.letsencrypt.org")
AWS_ROUTE53 = ExternalHost("aws-route53", "route53.amazonaws.com", aws_credentials=True)
AWS_EC2 = ExternalHost("aws-ec2", "ec2.{region}.amazonaws.com", aws_credentials=True)
AWS_SQS = ExternalHost("aws-sqs", "sqs.{region}.amazonaws.com", aws_credentials=True)
AWS_SSM = ExternalHost("aws-ssm", "ssm.{region}.amazonaws.com", aws_credentials=True)
AWS_IAM = ExternalHost("aws-iam", "iam.amazonaws.com", aws_credentials=True)
AWS_EKS = ExternalHost("aws-eks", "eks.{region}.amazonaws.com", aws_credentials=True)
AWS_PRICING = ExternalHost("aws-pricing", "api.pricing.us-east-1.amazonaws.com", aws_credentials=True)
AWS_KMS = ExternalHost("aws-kms", "kms.{region}.amazonaws.com", aws_credentials=True)
GITHUB_API = ExternalHost("github-api", "api.github.com")
"""Where Argo CD's notifications controller posts commit statuses (as a GitHub App)."""
PLATFORM_EXTERNAL_HOSTS: tuple[ExternalHost, ...] = (
    ACME,
    AWS_ROUTE53,
    AWS_EC2,
    AWS_SQS,
    AWS_SSM,
    AWS_IAM,
    AWS_EKS,
    AWS_PRICING,
    AWS_KMS,
    GITHUB_API,
)
"""External hosts the platform's add-ons call (none of them through a sidecar)."""

CLUSTER_CALLS: tuple[tuple[str, str, tuple[str, ...]], ...] = ((BACKUP.name, PUSHGATEWAY.name, ("http",)),)
"""(Contexter workload, peer, ports): calls of Contexter workloads to platform Services outside
the Contexter namespaces. Its NetworkPolicy and its namespace's Sidecar let exactly these out."""

KUBELET_PROBES: tuple[tuple[Workload, str], ...] = (
    (API_GATEWAY, "http"),
    (SEARCH, "http"),
    (INGESTION, "http"),
    (QDRANT, "http"),
    (REDIS, "metrics"),
)
"""(workload, port) that its HTTP probes use; Redis and Sentinel are probed with ``exec``."""

EDGE_HEALTH_PATH = "/health"
"""The one path the edge serves without a JWT (``charts/mesh/edge_authentication.py``)."""
EDGE_API_PATH = "/v1/echo"
"""A path of the public API, which needs a JWT."""


@dataclass(frozen=True)
class Connection:
    """``client`` opens a connection to ``server`` on ``port`` (a port name of the server, or a
    number for hosts outside the cluster); for HTTP, one request of ``method`` on ``path``.

    ``expect="deny"`` declares a path that must be refused, such as the public API without a JWT.
    """

    client: str
    server: str
    port: str | int
    purpose: str
    protocol: L4Protocol = "TCP"
    path: str | None = None
    method: str | None = None
    jwt: bool = False
    """Whether the request carries a valid JWT (edge requests only)."""
    expect: Literal["allow", "deny"] = "allow"


def _flow_connections() -> list[Connection]:
    found: list[Connection] = []
    for flow in CALL_GRAPH:
        for port in flow.ports:
            found.append(
                Connection(
                    flow.source,
                    flow.destination,
                    port,
                    "call graph",
                    path=flow.paths[0] if flow.paths else None,
                    method=flow.methods[0] if flow.methods else None,
                )
            )
    return found


def _contexter_egress() -> list[Connection]:
    found: list[Connection] = []
    for source in WORKLOADS:
        for service in PLATFORM_SERVICES:
            for protocol, number in service.ports:
                found.append(Connection(source.name, service.name, number, "platform", protocol=protocol))
        for host in external_hosts_of(source.name):
            found.append(Connection(source.name, host.name, host.port, "external host"))
        if needs_pod_identity(source.name):
            found.append(
                Connection(source.name, POD_IDENTITY_AGENT.name, POD_IDENTITY_AGENT.port, "credentials")
            )
        for caller_name, peer_name, ports in CLUSTER_CALLS:
            if caller_name == source.name:
                found += [Connection(source.name, peer_name, port, "platform service") for port in ports]
    return found


def _platform_connections() -> list[Connection]:
    agent: tuple[str, str | int, str] = (POD_IDENTITY_AGENT.name, POD_IDENTITY_AGENT.port, "credentials")
    apiserver: tuple[str, str | int, str] = (KUBE_APISERVER.name, "https", "Kubernetes API")
    declared: list[tuple[str, str, str | int, str]] = [
        (KEDA_OPERATOR.name, *apiserver),
        (KUBE_APISERVER.name, KEDA_METRICS_APISERVER.name, "https", "external metrics API"),
        (KEDA_METRICS_APISERVER.name, KEDA_OPERATOR.name, "metricsservice", "scaler values"),
        (EXTERNAL_SECRETS_CONTROLLER.name, VAULT_SERVER.name, "https", "secrets"),
        (EXTERNAL_SECRETS_CONTROLLER.name, *apiserver),
        (CERT_MANAGER_CONTROLLER.name, ACME.name, ACME.port, "ACME orders"),
        (CERT_MANAGER_CONTROLLER.name, AWS_ROUTE53.name, AWS_ROUTE53.port, "DNS-01 records"),
        (CERT_MANAGER_CONTROLLER.name, *agent),
        (VELERO.name, AWS_S3.name, AWS_S3.port, "cluster backups"),
        (VELERO.name, AWS_EC2.name, AWS_EC2.port, "EBS snapshots"),
        (VELERO.name, *agent),
        (VELERO.name, *apiserver),
        (VAULT_BACKUP_JOB.name, VAULT_SERVER.name, "https", "raft snapshot"),
        (VAULT_BACKUP_JOB.name, AWS_S3.name, AWS_S3.port, "backup upload"),
        (VAULT_BACKUP_JOB.name, *agent),
        (VAULT_BACKUP_JOB.name, PUSHGATEWAY.name, "http", "backup outcome"),
        (VAULT_SERVER.name, VAULT_SERVER.name, "cluster", "raft"),
        (VAULT_SERVER.name, AWS_KMS.name, AWS_KMS.port, "auto-unseal"),
        (VAULT_SERVER.name, *agent),
        *(
            (KARPENTER.name, host.name, host.port, "node provisioning")
            for host in (AWS_EC2, AWS_SQS, AWS_SSM, AWS_IAM, AWS_EKS, AWS_PRICING)
        ),
        (KARPENTER.name, *agent),
        (KARPENTER.name, *apiserver),
        (ARGO_ROLLOUTS.name, *apiserver),
        (ARGOCD_NOTIFICATIONS.name, GITHUB_API.name, GITHUB_API.port, "deployed digests as commit statuses"),
        (ARGOCD_NOTIFICATIONS.name, *apiserver),
        (INTERNET_CLIENT.name, INGRESS_GATEWAY.name, "http", "redirect to HTTPS"),
    ]
    found = [Connection(client, server, port, purpose) for client, server, port, purpose in declared]
    found += [
        Connection(PROMETHEUS.name, PUSHGATEWAY.name, "http", "scrape", path="/metrics", method="GET"),
        Connection(PROMETHEUS.name, KEDA_OPERATOR.name, "metrics", "scrape", path="/metrics", method="GET"),
        Connection(
            PROMETHEUS.name,
            INGRESS_GATEWAY.name,
            SIDECAR_METRICS.name,
            "scrape",
            path=SIDECAR_METRICS_PATH,
            method="GET",
        ),
        Connection(
            PROMETHEUS.name,
            ISTIOD.name,
            ISTIOD_MONITORING.number,
            "scrape",
            path=ISTIOD_MONITORING_PATH,
            method="GET",
        ),
        Connection(
            ARGO_ROLLOUTS.name, PROMETHEUS.name, "http", "analysis", path="/api/v1/query", method="GET"
        ),
        Connection(
            INTERNET_CLIENT.name, INGRESS_GATEWAY.name, "https", "public API", path=EDGE_API_PATH, jwt=True
        ),
        Connection(INTERNET_CLIENT.name, INGRESS_GATEWAY.name, "https", "health", path=EDGE_HEALTH_PATH),
        Connection(
            INTERNET_CLIENT.name,
            INGRESS_GATEWAY.name,
            "https",
            "public API without a JWT",
            path=EDGE_API_PATH,
            expect="deny",
        ),
        *(
            Connection(KUBELET.name, target.name, port, "probes", path="/health", method="GET")
            for target, port in KUBELET_PROBES
        ),
    ]
    return found


CONNECTIONS: tuple[Connection, ...] = (*_flow_connections(), *_contexter_egress(), *_platform_connections())
"""Every connection any process in the cluster makes, or takes from outside: Contexter's call
graph and egress, and the platform's own (KEDA, Prometheus, Argo Rollouts, External Secrets,
cert-manager, Velero, the backup jobs, Karpenter, kubelet probes, the edge). Whether each client
is in the mesh is its ``mesh``; ``contexter_deploy/validation/connections.py`` follows each one
through every policy layer of ``dist/``."""


def peer_or_none(name: str) -> Peer | None:
    """The peer called ``name``, or ``None``."""
    return next((candidate for candidate in PEERS if candidate.name == name), None)
