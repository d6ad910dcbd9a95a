"""charts/data/redis.py"""

from __future__ import annotations

import os
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from charts.data.endpoints import REDIS_MASTER_SET
from charts.data.redis import (
    PASSWORD_FILE,
    Redis,
    RedisProps,
    maxmemory_bytes,
    probe_script,
    quorum,
    redis_auth_conf,
    redis_conf,
    redis_pre_stop_script,
    redis_start_script,
    sentinel_conf,
    sentinel_start_script,
)
from charts.secret_catalog import REDIS_SERVER
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.config.model import Redis as RedisConfig
from tests.conftest import REPO_ROOT
from tests.helpers import documents_of_kind, synth_construct
from tests.system import require_program


def _synth(environment: Environment) -> list[dict[str, Any]]:
    props = RedisProps(
        config=environment.workloads.redis,
        storage_class=environment.storage.class_name,
        queue_name=environment.workloads.ingestion.queue.name,
    )
    return synth_construct(lambda chart: Redis(chart, "redis", props=props))


def _containers(documents: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    [stateful_set] = documents_of_kind(documents, "StatefulSet")
    return {c["name"]: c for c in stateful_set["spec"]["template"]["spec"]["containers"]}


def test_redis_snapshot(environments: dict[str, Environment], snapshot: SnapshotAssertion) -> None:
    assert _synth(environments["prod"]) == snapshot


def test_staging_and_prod_run_a_sentinel_beside_every_redis(environments: dict[str, Environment]) -> None:
    for name in ("staging", "prod"):
        documents = _synth(environments[name])
        [stateful_set] = documents_of_kind(documents, "StatefulSet")
        assert stateful_set["spec"]["replicas"] == 3
        assert list(_containers(documents)) == ["redis", "sentinel", "exporter"]
        assert f"sentinel monitor {REDIS_MASTER_SET} $primary 6379 2" in sentinel_conf(
            environments[name].workloads.redis
        )


def test_dev_runs_a_single_redis_without_sentinel(environments: dict[str, Environment]) -> None:
    documents = _synth(environments["dev"])
    [stateful_set] = documents_of_kind(documents, "StatefulSet")
    assert stateful_set["spec"]["replicas"] == 1
    assert list(_containers(documents)) == ["redis", "exporter"]
    assert "replicaof" not in redis_start_script(environments["dev"].workloads.redis)
    services = {s["metadata"]["name"]: s for s in documents_of_kind(documents, "Service")}
    assert [p["name"] for p in services["redis"]["spec"]["ports"]] == ["redis", "metrics"]


def test_quorum_is_a_majority_of_the_sentinels(environments: dict[str, Environment]) -> None:
    config = environments["prod"].workloads.redis
    assert quorum(config) == 2
    assert quorum(config.model_copy(update={"replicas": 5})) == 3


def test_persistence_is_aof_every_second_on_the_volume(environments: dict[str, Environment]) -> None:
    conf = redis_conf(environments["prod"].workloads.redis).splitlines()
    assert {"appendonly yes", "appendfsync everysec", "dir /data"} <= set(conf)
    [stateful_set] = documents_of_kind(_synth(environments["prod"]), "StatefulSet")
    [claim] = stateful_set["spec"]["volumeClaimTemplates"]
    assert claim["spec"]["storageClassName"] == "gp3-encrypted"
    assert (
        claim["spec"]["resources"]["requests"]["storage"] == environments["prod"].workloads.redis.volume_size
    )
    mounts = {
        m["mountPath"]: m["name"] for m in _containers(_synth(environments["prod"]))["redis"]["volumeMounts"]
    }
    assert mounts["/data"] == "data"


def test_redis_never_evicts_queued_jobs_and_leaves_room_for_aof_rewrites(
    environments: dict[str, Environment],
) -> None:
    config = environments["prod"].workloads.redis
    assert "maxmemory-policy noeviction" in redis_conf(config)
    assert maxmemory_bytes(config) == int(2 * 1024**3 * 0.7)


def test_the_password_protects_clients_replication_and_sentinels(
    environments: dict[str, Environment],
) -> None:
    config = environments["prod"].workloads.redis
    assert {'requirepass "$REDISCLI_AUTH"', 'masterauth "$REDISCLI_AUTH"'} <= set(
        redis_auth_conf().splitlines()
    )
    assert {
        'requirepass "$REDISCLI_AUTH"',
        'sentinel sentinel-pass "$REDISCLI_AUTH"',
        f'sentinel auth-pass {REDIS_MASTER_SET} "$REDISCLI_AUTH"',
    } <= set(sentinel_conf(config).splitlines())
    assert f"/run/secrets/redis/{REDIS_SERVER.keys[0]}" == PASSWORD_FILE
    [stateful_set] = documents_of_kind(_synth(environments["prod"]), "StatefulSet")
    volumes = {v["name"]: v for v in stateful_set["spec"]["template"]["spec"]["volumes"]}
    assert volumes["auth"]["secret"]["secretName"] == REDIS_SERVER.name


def test_generated_configs_live_in_memory_only(environments: dict[str, Environment]) -> None:
    [stateful_set] = documents_of_kind(_synth(environments["prod"]), "StatefulSet")
    volumes = {v["name"]: v for v in stateful_set["spec"]["template"]["spec"]["volumes"]}
    assert volumes["config"]["emptyDir"]["medium"] == "Memory"


def test_every_address_is_a_stable_pod_name(environments: dict[str, Environment]) -> None:
    config = environments["prod"].workloads.redis
    assert "sentinel announce-hostnames yes" in sentinel_conf(config)
    assert "replica-announce-ip $self_host" in redis_auth_conf()
    script = redis_start_script(config)
    assert 'self_host="${HOSTNAME}.redis-headless.contexter-data.svc.cluster.local"' in script
    documents = _synth(environments["prod"])
    headless = next(
        s for s in documents_of_kind(documents, "Service") if s["metadata"]["name"] == "redis-headless"
    )
    assert headless["spec"]["clusterIP"] == "None"
    assert headless["spec"]["publishNotReadyAddresses"] is True


def test_a_stopping_primary_hands_over_before_it_exits(environments: dict[str, Environment]) -> None:
    config = environments["prod"].workloads.redis
    redis = _containers(_synth(environments["prod"]))["redis"]
    assert redis["lifecycle"]["preStop"]["exec"]["command"][-1] == redis_pre_stop_script(config)
    assert f"SENTINEL FAILOVER {REDIS_MASTER_SET}" in redis_pre_stop_script(config)
    assert "lifecycle" not in _containers(_synth(environments["dev"]))["redis"]


def test_the_exporter_publishes_the_queue_length(environments: dict[str, Environment]) -> None:
    exporter = _containers(_synth(environments["prod"]))["exporter"]
    env = {e["name"]: e for e in exporter["env"]}
    assert env["REDIS_EXPORTER_CHECK_SINGLE_KEYS"]["value"] == "db0=contexter:ingestion:jobs"
    assert env["REDIS_PASSWORD"]["valueFrom"]["secretKeyRef"] == {"name": "redis-auth", "key": "password"}
    assert exporter["ports"] == [{"containerPort": 9121, "name": "metrics", "protocol": "TCP"}]


@pytest.mark.parametrize("environment", ["dev", "prod"])
def test_the_generated_scripts_pass_shellcheck(
    environments: dict[str, Environment], environment: str
) -> None:
    config = environments[environment].workloads.redis
    scripts = [redis_start_script(config), probe_script(6379, "PONG")]
    if config.sentinel:
        scripts += [sentinel_start_script(config), redis_pre_stop_script(config)]
    for script in scripts:
        result = subprocess.run(
            [str(REPO_ROOT / ".venv/bin/shellcheck"), "--shell=bash", "-"],
            input=script,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stdout


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _localize(text: str, *, port: int, default_port: int, password: str, directory: Path) -> str:
    """The generated config, bound to 127.0.0.1 and a free port, with the shell variables filled in."""
    text = text.replace("$REDISCLI_AUTH", password).replace("$self_host", "localhost")
    text = text.replace("bind * -::*", "bind 127.0.0.1").replace(f"port {default_port}", f"port {port}")
    lines = [f"dir {directory}" if line in ("dir /data", "dir /tmp") else line for line in text.splitlines()]
    return "\n".join(lines)


class _Cluster:
    def __init__(self, tmp_path: Path, config: RedisConfig, password: str) -> None:
        self.tmp_path, self.config, self.password = tmp_path, config, password
        self.processes: list[subprocess.Popen[bytes]] = []
        self.redis_ports = [_free_port(), _free_port()]
        self.sentinel_ports = [_free_port() for _ in range(config.replicas)]

    def cli(self, port: int, *command: str) -> list[str]:
        env = dict(os.environ, REDISCLI_AUTH=self.password)
        result = subprocess.run(
            [require_program("redis-cli"), "-p", str(port), *command],
            env=env,
            capture_output=True,
            text=True,
            check=False,
            timeout=10,
        )
        return result.stdout.split()

    def knows_the_cluster(self, sentinel: int, replica_port: int) -> bool:
        """The Sentinel on ``sentinel`` has met every other Sentinel and the replica."""
        sentinels = self.cli(sentinel, "SENTINEL", "sentinels", REDIS_MASTER_SET).count("name")
        replicas = self.cli(sentinel, "SENTINEL", "replicas", REDIS_MASTER_SET)
        return sentinels == len(self.sentinel_ports) - 1 and str(replica_port) in replicas

    def logs(self) -> str:
        """Every server's log, for the failure message."""
        logs = sorted(self.tmp_path.glob("*/log"))
        return "\n".join(f"== {log.parent.name}\n{log.read_text()}" for log in logs)

    def start(self, name: str, conf: str, *args: str) -> subprocess.Popen[bytes]:
        directory = self.tmp_path / name
        (directory / "redis.conf").write_text(conf, encoding="utf-8")
        log = (directory / "log").open("wb")
        process = subprocess.Popen(
            [require_program("redis-server"), str(directory / "redis.conf"), *args], stdout=log, stderr=log
        )
        self.processes.append(process)
        return process

    def conf(self, name: str, text: str, *, port: int, default_port: int) -> str:
        directory = self.tmp_path / name
        directory.mkdir()
        return _localize(
            text, port=port, default_port=default_port, password=self.password, directory=directory
        )


@pytest.fixture
def redis_cluster(tmp_path: Path, environments: dict[str, Environment]) -> Iterator[_Cluster]:
    config = environments["prod"].workloads.redis
    cluster = _Cluster(tmp_path, config, password="correct-horse-battery")  # noqa: S106 - a throwaway test server
    try:
        yield cluster
    finally:
        for process in cluster.processes:
            process.kill()
            process.wait()


def _wait_for(condition: Any, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.5)
    return False


@pytest.mark.integration
def test_sentinels_promote_the_replica_when_the_primary_dies(redis_cluster: _Cluster) -> None:
    """The generated redis.conf and sentinel.conf, run by a real Redis: passwords on every hop,
    hostnames as addresses, AOF on, and a failover within seconds of losing the primary."""
    cluster, config = redis_cluster, redis_cluster.config
    primary_port, replica_port = cluster.redis_ports
    processes = []
    for index, port in enumerate(cluster.redis_ports):
        name = f"redis-{index}"
        conf = cluster.conf(name, f"{redis_conf(config)}\n{redis_auth_conf()}", port=port, default_port=6379)
        # One host here, so the ports differ and each Redis must announce its own.
        conf = conf.replace(f"maxmemory {maxmemory_bytes(config)}", "maxmemory 64mb")
        conf += f"\nreplica-announce-port {port}\n"
        if index:
            conf += f"replicaof localhost {primary_port}\n"
        processes.append(cluster.start(name, conf))
    assert _wait_for(lambda: cluster.cli(primary_port, "PING") == ["PONG"], 10)
    for index, port in enumerate(cluster.sentinel_ports):
        name = f"sentinel-{index}"
        conf = cluster.conf(name, sentinel_conf(config), port=port, default_port=26379)
        conf = conf.replace("$primary 6379", f"localhost {primary_port}")
        conf = conf.replace("announce-port 26379", f"announce-port {port}")
        cluster.start(name, conf, "--sentinel")

    assert cluster.cli(primary_port, "CONFIG", "GET", "appendfsync") == ["appendfsync", "everysec"]
    assert _wait_for(lambda: cluster.cli(replica_port, "ROLE")[:1] == ["slave"], 10)
    assert _wait_for(
        lambda: cluster.cli(primary_port, "LPUSH", "contexter:ingestion:jobs", "job") == ["1"], 15
    )
    assert _wait_for(lambda: cluster.cli(replica_port, "LLEN", "contexter:ingestion:jobs") == ["1"], 10)
    sentinel = cluster.sentinel_ports[0]
    assert _wait_for(
        lambda: (
            cluster.cli(sentinel, "SENTINEL", "get-master-addr-by-name", REDIS_MASTER_SET)
            == ["localhost", str(primary_port)]
        ),
        10,
    )
    # A Sentinel learns the replicas from the primary's INFO, polled every 10 s: a primary lost
    # before every Sentinel has seen a replica ends in -failover-abort-no-good-slave.
    for port in cluster.sentinel_ports:
        assert _wait_for(lambda port=port: cluster.knows_the_cluster(port, replica_port), 25), cluster.logs()

    processes[0].kill()

    promoted = ["localhost", str(replica_port)]
    assert _wait_for(
        lambda: cluster.cli(sentinel, "SENTINEL", "get-master-addr-by-name", REDIS_MASTER_SET) == promoted, 30
    ), cluster.logs()
    assert cluster.cli(replica_port, "ROLE")[:1] == ["master"]
    assert cluster.cli(replica_port, "LLEN", "contexter:ingestion:jobs") == ["1"]
