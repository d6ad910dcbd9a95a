"""Qdrant, the vector database, as a StatefulSet in cluster mode.

Modelled on the official qdrant-helm chart (peer bootstrap through the headless Service, the
unprivileged image, ``/readyz`` and ``/livez``) and hardened beyond it: a read-only root filesystem
with writable volumes only where Qdrant writes, API keys read from mounted files instead of
environment variables, the cluster-wide default replication factor, zone spread plus host
anti-affinity, a startup probe sized for loading large collections, and a PDB.
"""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s_plus_27 import k8s
from constructs import Construct

from charts.data.endpoints import headless_domain, qdrant_peer_url
from charts.data.volume_claims import volume_claims
from charts.pod_spec import (
    checkov_skips,
    container_security_context,
    digest_skip,
    disruption_budget,
    drain_lifecycle,
    image_pull_policy,
    resource_requirements,
    scratch_volume,
    secret_volume,
    service_account,
    stateful_pod_template,
)
from charts.quantities import int_or_string, quantity
from charts.secret_catalog import QDRANT_SERVER
from contexter_deploy.ground.config.model import Qdrant as QdrantConfig
from contexter_deploy.ground.config.model import Resources
from contexter_deploy.ground.labels import selector_labels, workload_labels
from contexter_deploy.ground.topology import CALL_GRAPH, QDRANT, Port

STORAGE_PATH = "/qdrant/storage"
SNAPSHOTS_PATH = "/qdrant/snapshots"
INIT_PATH = "/qdrant/init"
SECRETS_PATH = "/run/secrets/qdrant"

TERMINATION_GRACE_PERIOD_SECONDS = 60
"""Time for Qdrant to flush its WAL and segments after SIGTERM, plus the drain."""
STARTUP_BUDGET_SECONDS = 600
"""How long a node may take to load its collections from disk before liveness applies."""


@dataclass(frozen=True)
class QdrantProps:
    """Properties of ``Qdrant``."""

    config: QdrantConfig
    """Image, replicas, replication factor, resources and volume sizes, from the environment file."""
    storage_class: str
    """StorageClass of the data and snapshot volumes (the encrypted gp3 class)."""


class Qdrant(Construct):
    """Qdrant in cluster mode: StatefulSet, headless and client Services, ServiceAccount and PDB."""

    def __init__(self, scope: Construct, id: str, *, props: QdrantProps) -> None:
        super().__init__(scope, id)
        service_account(self, QDRANT, component="vector-database")
        _services(self)
        disruption_budget(self, QDRANT)
        data_template_size, snapshots_template_size = props.config.claim_template_sizes
        self.stateful_set = k8s.KubeStatefulSet(
            self,
            "StatefulSet",
            metadata=k8s.ObjectMeta(
                name=QDRANT.name,
                namespace=QDRANT.namespace,
                labels=workload_labels(QDRANT.name, component="vector-database"),
                annotations=checkov_skips(digest_skip((props.config.image,))) or None,
            ),
            spec=k8s.StatefulSetSpec(
                service_name=QDRANT.require_headless_service(),
                replicas=props.config.replicas,
                pod_management_policy="Parallel",
                selector=k8s.LabelSelector(match_labels=selector_labels(QDRANT.name)),
                # One pod at a time. Not rollingUpdate.maxUnavailable: at Kubernetes 1.33 its gate
                # (MaxUnavailableStatefulSet) is alpha and off, and the API server drops the field.
                update_strategy=k8s.StatefulSetUpdateStrategy(type="RollingUpdate"),
                persistent_volume_claim_retention_policy=k8s.StatefulSetPersistentVolumeClaimRetentionPolicy(
                    when_deleted="Retain", when_scaled="Retain"
                ),
                template=_pod_template(props),
                volume_claim_templates=[
                    _claim("storage", data_template_size, props.storage_class),
                    _claim("snapshots", snapshots_template_size, props.storage_class),
                ],
            ),
        )
        for template, size in (
            ("storage", props.config.data_volume_size),
            ("snapshots", props.config.snapshots_volume_size),
        ):
            volume_claims(
                self,
                template=template,
                stateful_set=QDRANT.name,
                namespace=QDRANT.namespace,
                replicas=props.config.replicas,
                size=size,
                storage_class=props.storage_class,
                labels=selector_labels(QDRANT.name),
            )


def client_ports() -> tuple[Port, ...]:
    """The ports other workloads call (REST and gRPC); peer-to-peer stays on the headless Service."""
    called = {
        port
        for flow in CALL_GRAPH
        if flow.destination == QDRANT.name and flow.source != QDRANT.name
        for port in flow.ports
    }
    return tuple(port for port in QDRANT.ports if port.name in called)


def _service_ports(ports: tuple[Port, ...]) -> list[k8s.ServicePort]:
    return [
        k8s.ServicePort(
            name=port.name,
            port=port.number,
            target_port=int_or_string(port.name),
            app_protocol=port.app_protocol,
        )
        for port in ports
    ]


def _services(scope: Construct) -> None:
    labels = workload_labels(QDRANT.name, component="vector-database")
    k8s.KubeService(
        scope,
        "Service",
        metadata=k8s.ObjectMeta(name=QDRANT.name, namespace=QDRANT.namespace, labels=labels),
        spec=k8s.ServiceSpec(
            type="ClusterIP", selector=selector_labels(QDRANT.name), ports=_service_ports(client_ports())
        ),
    )
    # Peers find each other before they are ready: consensus needs the others to become ready.
    k8s.KubeService(
        scope,
        "HeadlessService",
        metadata=k8s.ObjectMeta(
            name=QDRANT.require_headless_service(), namespace=QDRANT.namespace, labels=labels
        ),
        spec=k8s.ServiceSpec(
            cluster_ip="None",
            publish_not_ready_addresses=True,
            selector=selector_labels(QDRANT.name),
            ports=_service_ports(QDRANT.ports),
        ),
    )


def start_script() -> str:
    """The container command: read the API keys from their files, then start Qdrant.

    Pod 0 founds the cluster; every other pod joins it through pod 0's stable peer URI. A pod that
    already belongs to the cluster ignores ``--bootstrap`` and rejoins from its stored Raft state.
    """
    api_key, read_only_key = QDRANT_SERVER.keys
    return f"""set -euo pipefail
QDRANT__SERVICE__API_KEY="$(cat {SECRETS_PATH}/{api_key})"
QDRANT__SERVICE__READ_ONLY_API_KEY="$(cat {SECRETS_PATH}/{read_only_key})"
export QDRANT__SERVICE__API_KEY QDRANT__SERVICE__READ_ONLY_API_KEY
self_uri="http://${{HOSTNAME}}.{headless_domain(QDRANT)}:{QDRANT.port("p2p").number}"
if [ "${{HOSTNAME##*-}}" = "0" ]; then
  exec ./qdrant --uri "$self_uri"
fi
exec ./qdrant --bootstrap "{qdrant_peer_url(0)}" --uri "$self_uri"
"""


def _environment(config: QdrantConfig) -> list[k8s.EnvVar]:
    values = {
        "QDRANT__CLUSTER__ENABLED": "true",
        "QDRANT__CLUSTER__P2P__PORT": str(QDRANT.port("p2p").number),
        "QDRANT__SERVICE__HTTP_PORT": str(QDRANT.port("http").number),
        "QDRANT__SERVICE__GRPC_PORT": str(QDRANT.port("grpc").number),
        "QDRANT__SERVICE__ENABLE_CORS": "false",
        "QDRANT__STORAGE__STORAGE_PATH": STORAGE_PATH,
        "QDRANT__STORAGE__SNAPSHOTS_PATH": SNAPSHOTS_PATH,
        # The cluster-wide default, so a collection created without an explicit factor is replicated too.
        "QDRANT__STORAGE__COLLECTION__REPLICATION_FACTOR": str(config.replication_factor),
        "QDRANT__TELEMETRY_DISABLED": "true",
        "QDRANT_INIT_FILE_PATH": f"{INIT_PATH}/.qdrant-initialized",
    }
    return [k8s.EnvVar(name=name, value=value) for name, value in values.items()]


def _http_probe(path: str, *, period: int, failures: int, timeout: int) -> k8s.Probe:
    # Qdrant answers /livez and /readyz without an API key.
    return k8s.Probe(
        http_get=k8s.HttpGetAction(path=path, port=int_or_string("http")),
        period_seconds=period,
        timeout_seconds=timeout,
        failure_threshold=failures,
        success_threshold=1,
    )


def container_resources(config: QdrantConfig) -> dict[str, Resources]:
    """Resources of each container of a Qdrant pod, by container name (one: Qdrant at
    ``resources``); the namespace's ResourceQuota counts them (``charts.access.capacity``)."""
    return {QDRANT.name: config.resources}


def _pod_template(props: QdrantProps) -> k8s.PodTemplateSpec:
    config = props.config
    container = k8s.Container(
        name=QDRANT.name,
        image=config.image,
        image_pull_policy=image_pull_policy(config.image),
        working_dir="/qdrant",
        command=["/bin/bash", "-c", start_script()],
        env=_environment(config),
        ports=[
            k8s.ContainerPort(name=port.name, container_port=port.number, protocol="TCP")
            for port in QDRANT.ports
        ],
        resources=resource_requirements(container_resources(config)[QDRANT.name]),
        security_context=container_security_context(),
        startup_probe=_http_probe("/livez", period=10, failures=STARTUP_BUDGET_SECONDS // 10, timeout=5),
        liveness_probe=_http_probe("/livez", period=10, failures=6, timeout=5),
        readiness_probe=_http_probe("/readyz", period=5, failures=3, timeout=3),
        lifecycle=drain_lifecycle(),
        volume_mounts=[
            k8s.VolumeMount(name="storage", mount_path=STORAGE_PATH),
            k8s.VolumeMount(name="snapshots", mount_path=SNAPSHOTS_PATH),
            k8s.VolumeMount(name="init", mount_path=INIT_PATH),
            k8s.VolumeMount(name="tmp", mount_path="/tmp"),  # noqa: S108
            k8s.VolumeMount(name="api-keys", mount_path=SECRETS_PATH, read_only=True),
        ],
    )
    return stateful_pod_template(
        QDRANT,
        component="vector-database",
        default_container=QDRANT.name,
        grace_seconds=TERMINATION_GRACE_PERIOD_SECONDS,
        containers=[container],
        volumes=[
            scratch_volume("init", "1Mi"),
            scratch_volume("tmp", "256Mi"),
            secret_volume("api-keys", QDRANT_SERVER.name),
        ],
    )


def _claim(name: str, size: str, storage_class: str) -> k8s.KubePersistentVolumeClaimProps:
    return k8s.KubePersistentVolumeClaimProps(
        metadata=k8s.ObjectMeta(name=name, labels=selector_labels(QDRANT.name)),
        spec=k8s.PersistentVolumeClaimSpec(
            access_modes=["ReadWriteOnce"],
            storage_class_name=storage_class,
            resources=k8s.ResourceRequirements(requests={"storage": quantity(size)}),
        ),
    )
