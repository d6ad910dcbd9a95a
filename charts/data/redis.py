"""Redis for the ingestion queue and the search cache, as a StatefulSet.

With ``sentinel`` (staging, prod) every pod runs Redis plus a Sentinel, so N pods give one primary,
N-1 replicas and N Sentinels that promote a replica when the primary fails. Every address is a
stable pod name through the headless Service (``replica-announce-ip``, ``sentinel announce-hostnames``),
never a pod IP, so failover survives rescheduling and works through the Istio sidecars. Without
``sentinel`` (dev) it is one Redis pod.

Redis and Sentinel rewrite their own config files, and the primary is only known at run time, so
each container writes its config into a memory-backed ``emptyDir`` when it starts. That happens in
the containers, not in an init container: finding the primary means asking the other Sentinels
over the network, and init containers run before the Istio sidecar that carries that traffic.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from cdk8s_plus_27 import k8s
from constructs import Construct

from charts.data.endpoints import REDIS_MASTER_SET, headless_domain, pod_host, sentinel_addresses
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
from charts.secret_catalog import REDIS_SERVER
from contexter_deploy.ground.config.model import Redis as RedisConfig
from contexter_deploy.ground.config.model import Resources
from contexter_deploy.ground.config.quantity import parse_quantity
from contexter_deploy.ground.labels import selector_labels, workload_labels
from contexter_deploy.ground.topology import REDIS, Port

DATA_PATH = "/data"
CONFIG_PATH = "/etc/redis"
SECRETS_PATH = "/run/secrets/redis"
PASSWORD_FILE = f"{SECRETS_PATH}/{REDIS_SERVER.keys[0]}"

MAXMEMORY_SHARE = 0.7
"""Share of the memory limit Redis may fill; the rest covers the copy-on-write of AOF rewrites."""
FAILOVER_WAIT_SECONDS = 20
"""How long a stopping primary waits for the Sentinels to promote a replica."""
TERMINATION_GRACE_PERIOD_SECONDS = 60
"""The failover wait, then Redis's own shutdown (final AOF fsync), with room to spare."""
DOWN_AFTER_MILLISECONDS = 5000
"""Sentinel: a primary silent this long is subjectively down."""
FAILOVER_TIMEOUT_MILLISECONDS = 60000


@dataclass(frozen=True)
class RedisProps:
    """Properties of ``Redis``."""

    config: RedisConfig
    """Images, replicas, Sentinel on or off, resources and volume size, from the environment file."""
    storage_class: str
    """StorageClass of the AOF volume (the encrypted gp3 class)."""
    queue_name: str
    """The ingestion queue (a Redis list); the exporter publishes its length as ``redis_key_size``."""


class Redis(Construct):
    """Redis (with Sentinels when configured): StatefulSet, Services, ServiceAccount and PDB."""

    def __init__(self, scope: Construct, id: str, *, props: RedisProps) -> None:
        super().__init__(scope, id)
        config = props.config
        service_account(self, REDIS, component="queue-cache")
        _services(self, serving_ports(config))
        disruption_budget(self, REDIS)
        skips = {
            **digest_skip((config.image, config.exporter_image)),
            "CKV_K8S_35": "redis_exporter is a shell-less image that takes the password only from"
            " REDIS_PASSWORD; Redis and Sentinel read it from the mounted Secret file",
        }
        self.stateful_set = k8s.KubeStatefulSet(
            self,
            "StatefulSet",
            metadata=k8s.ObjectMeta(
                name=REDIS.name,
                namespace=REDIS.namespace,
                labels=workload_labels(REDIS.name, component="queue-cache"),
                annotations=checkov_skips(skips),
            ),
            spec=k8s.StatefulSetSpec(
                service_name=REDIS.require_headless_service(),
                replicas=config.replicas,
                pod_management_policy="Parallel",
                selector=k8s.LabelSelector(match_labels=selector_labels(REDIS.name)),
                persistent_volume_claim_retention_policy=k8s.StatefulSetPersistentVolumeClaimRetentionPolicy(
                    when_deleted="Retain", when_scaled="Retain"
                ),
                template=_pod_template(props),
                volume_claim_templates=[
                    k8s.KubePersistentVolumeClaimProps(
                        metadata=k8s.ObjectMeta(name="data", labels=selector_labels(REDIS.name)),
                        spec=k8s.PersistentVolumeClaimSpec(
                            access_modes=["ReadWriteOnce"],
                            storage_class_name=props.storage_class,
                            resources=k8s.ResourceRequirements(
                                requests={"storage": quantity(config.claim_template_size)}
                            ),
                        ),
                    )
                ],
            ),
        )
        volume_claims(
            self,
            template="data",
            stateful_set=REDIS.name,
            namespace=REDIS.namespace,
            replicas=config.replicas,
            size=config.volume_size,
            storage_class=props.storage_class,
            labels=selector_labels(REDIS.name),
        )


def serving_ports(config: RedisConfig) -> tuple[Port, ...]:
    """The ports the pods serve: Redis, the Sentinel when it runs, and the exporter's metrics."""
    return tuple(port for port in REDIS.ports if port.name != "sentinel" or config.sentinel)


def container_resources(config: RedisConfig) -> dict[str, Resources]:
    """Resources of each container of a Redis pod, by container name: Redis at ``resources``, the
    Sentinel (with ``sentinel``) and the exporter at ``sidecar_resources``. The containers are
    built with these, and the namespace's ResourceQuota counts them (``charts.access.capacity``)."""
    sized = {"redis": config.resources}
    if config.sentinel:
        sized["sentinel"] = config.sidecar_resources
    sized["exporter"] = config.sidecar_resources
    return sized


def quorum(config: RedisConfig) -> int:
    """Sentinels that must agree the primary is down before a failover: a majority."""
    return config.replicas // 2 + 1


def maxmemory_bytes(config: RedisConfig) -> int:
    """``maxmemory``: ``MAXMEMORY_SHARE`` of the container's memory limit, in bytes."""
    return int(parse_quantity(config.resources.limits.memory) * Decimal(str(MAXMEMORY_SHARE)))


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


def _services(scope: Construct, ports: tuple[Port, ...]) -> None:
    labels = workload_labels(REDIS.name, component="queue-cache")
    k8s.KubeService(
        scope,
        "Service",
        metadata=k8s.ObjectMeta(name=REDIS.name, namespace=REDIS.namespace, labels=labels),
        spec=k8s.ServiceSpec(
            type="ClusterIP", selector=selector_labels(REDIS.name), ports=_service_ports(ports)
        ),
    )
    # Replicas and Sentinels must reach a pod by name before it is ready (a replica syncing).
    k8s.KubeService(
        scope,
        "HeadlessService",
        metadata=k8s.ObjectMeta(
            name=REDIS.require_headless_service(), namespace=REDIS.namespace, labels=labels
        ),
        spec=k8s.ServiceSpec(
            cluster_ip="None",
            publish_not_ready_addresses=True,
            selector=selector_labels(REDIS.name),
            ports=_service_ports(ports),
        ),
    )


def redis_conf(config: RedisConfig) -> str:
    """The static part of ``redis.conf``: AOF persistence, memory ceiling and replication safety."""
    lines = [
        "bind * -::*",
        f"port {REDIS.port('redis').number}",
        f"dir {DATA_PATH}",
        "appendonly yes",
        "appendfsync everysec",
        "aof-use-rdb-preamble yes",
        "save 3600 1 300 100 60 10000",
        f"maxmemory {maxmemory_bytes(config)}",
        # The queue must never lose jobs to eviction: writes fail loudly instead.
        "maxmemory-policy noeviction",
        "tcp-keepalive 60",
    ]
    if config.sentinel:
        # An isolated primary stops accepting writes instead of diverging from the promoted replica.
        lines += ["min-replicas-to-write 1", "min-replicas-max-lag 10"]
    return "\n".join(lines)


def _find_primary(config: RedisConfig) -> str:
    sentinels = " ".join(pod_host(REDIS, ordinal) for ordinal in range(config.replicas))
    return f"""primary=""
for sentinel in {sentinels}; do
  primary="$(timeout 3 redis-cli -h "$sentinel" -p {REDIS.port("sentinel").number} \\
    SENTINEL get-master-addr-by-name {REDIS_MASTER_SET} 2>/dev/null | head -n 1 || true)"
  if [ -n "$primary" ]; then break; fi
done
# No Sentinel knows a primary: the set is starting from scratch and pod 0 founds it.
primary="${{primary:-{pod_host(REDIS, 0)}}}"
"""


def _preamble() -> str:
    return f"""set -euo pipefail
REDISCLI_AUTH="$(cat {PASSWORD_FILE})"
export REDISCLI_AUTH
self_host="${{HOSTNAME}}.{headless_domain(REDIS)}"
"""


def redis_auth_conf() -> str:
    """The run-time part of ``redis.conf``: the password for clients and for replication, and the name
    this pod announces. ``$REDISCLI_AUTH`` and ``$self_host`` are filled in by the shell."""
    return """requirepass "$REDISCLI_AUTH"
masterauth "$REDISCLI_AUTH"
replica-announce-ip $self_host"""


def redis_start_script(config: RedisConfig) -> str:
    """Command of the ``redis`` container: write ``redis.conf`` (follow the current primary), start."""
    script = _preamble()
    script += f"""conf={CONFIG_PATH}/redis.conf
cat > "$conf" <<EOF
{redis_conf(config)}
{redis_auth_conf()}
EOF
"""
    if config.sentinel:
        script += _find_primary(config)
        script += f"""if [ "$primary" != "$self_host" ]; then
  echo "replicaof $primary {REDIS.port("redis").number}" >> "$conf"
fi
"""
    return script + 'exec redis-server "$conf"\n'


def sentinel_conf(config: RedisConfig) -> str:
    """``sentinel.conf``. ``$self_host``, ``$primary`` and ``$REDISCLI_AUTH`` are filled in by the shell."""
    port = REDIS.port("sentinel").number
    return f"""port {port}
dir /tmp
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel announce-ip $self_host
sentinel announce-port {port}
requirepass "$REDISCLI_AUTH"
sentinel sentinel-pass "$REDISCLI_AUTH"
sentinel monitor {REDIS_MASTER_SET} $primary {REDIS.port("redis").number} {quorum(config)}
sentinel auth-pass {REDIS_MASTER_SET} "$REDISCLI_AUTH"
sentinel down-after-milliseconds {REDIS_MASTER_SET} {DOWN_AFTER_MILLISECONDS}
sentinel failover-timeout {REDIS_MASTER_SET} {FAILOVER_TIMEOUT_MILLISECONDS}
sentinel parallel-syncs {REDIS_MASTER_SET} 1"""


def sentinel_start_script(config: RedisConfig) -> str:
    """Command of the ``sentinel`` container: write ``sentinel.conf`` watching the current primary."""
    script = _preamble() + _find_primary(config)
    script += f"""conf={CONFIG_PATH}/sentinel.conf
cat > "$conf" <<EOF
{sentinel_conf(config)}
EOF
"""
    return script + 'exec redis-server "$conf" --sentinel\n'


def redis_pre_stop_script(config: RedisConfig) -> str:
    """preStop of the ``redis`` container: a stopping primary hands over to a replica first, so a
    node drain or rolling update costs a planned failover instead of ``down-after-milliseconds``."""
    sentinels = " ".join(address.replace(":", " ") for address in sentinel_addresses(config.replicas))
    return f"""set -uo pipefail
REDISCLI_AUTH="$(cat {PASSWORD_FILE})"
export REDISCLI_AUTH
role() {{ redis-cli -h 127.0.0.1 -p {REDIS.port("redis").number} ROLE 2>/dev/null | head -n 1; }}
if [ "$(role)" != "master" ]; then exit 0; fi
set -- {sentinels}
while [ "$#" -ge 2 ]; do
  if timeout 3 redis-cli -h "$1" -p "$2" SENTINEL FAILOVER {REDIS_MASTER_SET} >/dev/null 2>&1; then break; fi
  shift 2
done
for _ in $(seq 1 {FAILOVER_WAIT_SECONDS}); do
  if [ "$(role)" != "master" ]; then exit 0; fi
  sleep 1
done
"""


def probe_script(port: int, accepted: str) -> str:
    """Exec probe: ``PING`` on ``port`` must answer one of ``accepted`` (an extended regex)."""
    return (
        f'REDISCLI_AUTH="$(cat {PASSWORD_FILE})" timeout 3 redis-cli -h 127.0.0.1 -p {port} PING'
        f' | grep -Eq "^({accepted})"'
    )


def _exec_probe(script: str, *, period: int, failures: int) -> k8s.Probe:
    return k8s.Probe(
        exec=k8s.ExecAction(command=["/bin/bash", "-c", script]),
        period_seconds=period,
        timeout_seconds=5,
        failure_threshold=failures,
        success_threshold=1,
    )


def _redis_container(config: RedisConfig) -> k8s.Container:
    port = REDIS.port("redis").number
    return k8s.Container(
        name="redis",
        image=config.image,
        image_pull_policy=image_pull_policy(config.image),
        command=["/bin/bash", "-c", redis_start_script(config)],
        ports=[k8s.ContainerPort(name="redis", container_port=port, protocol="TCP")],
        resources=resource_requirements(container_resources(config)["redis"]),
        security_context=container_security_context(),
        # Loading a large AOF answers LOADING: alive, but not ready to serve.
        liveness_probe=_exec_probe(probe_script(port, "PONG|LOADING|MASTERDOWN"), period=10, failures=6),
        readiness_probe=_exec_probe(probe_script(port, "PONG"), period=5, failures=3),
        lifecycle=k8s.Lifecycle(
            pre_stop=k8s.LifecycleHandler(
                exec=k8s.ExecAction(command=["/bin/bash", "-c", redis_pre_stop_script(config)])
            )
        )
        if config.sentinel
        else None,
        volume_mounts=[
            k8s.VolumeMount(name="data", mount_path=DATA_PATH),
            k8s.VolumeMount(name="config", mount_path=CONFIG_PATH),
            k8s.VolumeMount(name="tmp", mount_path="/tmp"),  # noqa: S108
            k8s.VolumeMount(name="auth", mount_path=SECRETS_PATH, read_only=True),
        ],
    )


def _sentinel_container(config: RedisConfig) -> k8s.Container:
    port = REDIS.port("sentinel").number
    return k8s.Container(
        name="sentinel",
        image=config.image,
        image_pull_policy=image_pull_policy(config.image),
        command=["/bin/bash", "-c", sentinel_start_script(config)],
        ports=[k8s.ContainerPort(name="sentinel", container_port=port, protocol="TCP")],
        resources=resource_requirements(container_resources(config)["sentinel"]),
        security_context=container_security_context(),
        liveness_probe=_exec_probe(probe_script(port, "PONG"), period=10, failures=6),
        readiness_probe=_exec_probe(probe_script(port, "PONG"), period=5, failures=3),
        # keeps answering clients that ask it for the primary while the pod leaves the endpoints
        lifecycle=drain_lifecycle(),
        volume_mounts=[
            k8s.VolumeMount(name="config", mount_path=CONFIG_PATH),
            k8s.VolumeMount(name="tmp", mount_path="/tmp"),  # noqa: S108
            k8s.VolumeMount(name="auth", mount_path=SECRETS_PATH, read_only=True),
        ],
    )


def _exporter_container(config: RedisConfig, queue_name: str) -> k8s.Container:
    metrics = REDIS.port("metrics")
    probe = k8s.HttpGetAction(path="/health", port=int_or_string(metrics.name))
    return k8s.Container(
        name="exporter",
        image=config.exporter_image,
        image_pull_policy=image_pull_policy(config.exporter_image),
        env=[
            k8s.EnvVar(name="REDIS_ADDR", value=f"redis://127.0.0.1:{REDIS.port('redis').number}"),
            k8s.EnvVar(
                name="REDIS_PASSWORD",
                value_from=k8s.EnvVarSource(
                    secret_key_ref=k8s.SecretKeySelector(name=REDIS_SERVER.name, key=REDIS_SERVER.keys[0])
                ),
            ),
            k8s.EnvVar(name="REDIS_EXPORTER_WEB_LISTEN_ADDRESS", value=f":{metrics.number}"),
            # Publishes the queue length as redis_key_size{key="<queue>"} for alerts and dashboards.
            k8s.EnvVar(name="REDIS_EXPORTER_CHECK_SINGLE_KEYS", value=f"db0={queue_name}"),
        ],
        ports=[k8s.ContainerPort(name=metrics.name, container_port=metrics.number, protocol="TCP")],
        resources=resource_requirements(container_resources(config)["exporter"]),
        security_context=container_security_context(),
        liveness_probe=k8s.Probe(http_get=probe, period_seconds=10, timeout_seconds=3, failure_threshold=3),
        readiness_probe=k8s.Probe(http_get=probe, period_seconds=10, timeout_seconds=3, failure_threshold=3),
    )


def _pod_template(props: RedisProps) -> k8s.PodTemplateSpec:
    config = props.config
    containers = [_redis_container(config)]
    if config.sentinel:
        containers.append(_sentinel_container(config))
    containers.append(_exporter_container(config, props.queue_name))
    return stateful_pod_template(
        REDIS,
        component="queue-cache",
        default_container="redis",
        grace_seconds=TERMINATION_GRACE_PERIOD_SECONDS,
        containers=containers,
        volumes=[
            # Holds the generated configs, which contain the password: memory only.
            scratch_volume("config", "1Mi", memory=True),
            scratch_volume("tmp", "64Mi"),
            secret_volume("auth", REDIS_SERVER.name),
        ],
    )
