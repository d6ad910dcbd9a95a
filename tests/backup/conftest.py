"""Real servers for the backup tool's tests, all on 127.0.0.1 and started and stopped here.

- S3: a moto server; each test gets its own bucket, versioned and with object lock, as Terraform
  creates it.
- Redis: Debian's ``redis-server``: a primary, a replica of it and a Sentinel watching both.
  Without ``redis-server`` these tests fail, naming the package (``make test`` installs it).
- Qdrant: the test double in ``qdrant_double.py`` (there is no Qdrant server package here).
"""

from __future__ import annotations

import logging
import socket
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import boto3
import pytest
import redis
from contexter_backup.cli import main
from moto.server import ThreadedMotoServer

from tests.system import require_program

REDIS_PASSWORD = "redis-test-password"  # noqa: S105 - a throw-away password for loopback test servers
SENTINEL_MASTER = "contexter"
REGION = "eu-west-1"
ENVIRONMENT = "staging"
PART_SIZE = 5 * 1024 * 1024
START = datetime(2026, 1, 5, 10, 20, tzinfo=UTC)

logging.getLogger("werkzeug").setLevel(logging.WARNING)  # moto's request log


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="session")
def s3_endpoint() -> Iterator[str]:
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=free_port(), verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@dataclass
class Clock:
    """A clock the tests move by hand: ``verify`` sees time pass without anyone sleeping."""

    now: datetime = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@dataclass
class Tool:
    """Runs the real ``contexter-backup`` entry point in-process against this test's bucket."""

    bucket: str
    endpoint: str
    clock: Clock
    metrics: Path

    @property
    def s3(self) -> Any:
        return boto3.client("s3", endpoint_url=self.endpoint, region_name=REGION)

    def run(self, *argv: str) -> int:
        return main([*argv, *self.common()], clock=self.clock)

    def common(self) -> list[str]:
        return [
            "--bucket",
            self.bucket,
            "--environment",
            ENVIRONMENT,
            "--part-size-bytes",
            str(PART_SIZE),
            "--metrics-textfile",
            str(self.metrics),
        ]

    def objects(self) -> list[str]:
        response = self.s3.list_objects_v2(Bucket=self.bucket)
        return sorted(item["Key"] for item in response.get("Contents", ()))


@pytest.fixture
def aws_environment(monkeypatch: pytest.MonkeyPatch, s3_endpoint: str) -> str:
    """The AWS SDK's own configuration variables, pointed at moto (the tool has no S3 flags)."""
    for name in ("AWS_PROFILE", "AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_ENDPOINT_URL_S3", s3_endpoint)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", REGION)
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    return s3_endpoint


@pytest.fixture
def tool(aws_environment: str, tmp_path: Path) -> Tool:
    """A fresh bucket (versioned, object lock in GOVERNANCE mode for one day) and the tool bound to it."""
    bucket = f"contexter-test-backups-{uuid.uuid4().hex[:12]}"
    s3 = boto3.client("s3", endpoint_url=aws_environment, region_name=REGION)
    s3.create_bucket(
        Bucket=bucket,
        CreateBucketConfiguration={"LocationConstraint": REGION},
        ObjectLockEnabledForBucket=True,
    )
    s3.put_bucket_versioning(Bucket=bucket, VersioningConfiguration={"Status": "Enabled"})
    s3.put_object_lock_configuration(
        Bucket=bucket,
        ObjectLockConfiguration={
            "ObjectLockEnabled": "Enabled",
            "Rule": {"DefaultRetention": {"Mode": "GOVERNANCE", "Days": 1}},
        },
    )
    return Tool(bucket, aws_environment, Clock(), tmp_path / "backup.prom")


@dataclass
class RedisServer:
    port: int
    process: subprocess.Popen[bytes]

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def client(self, db: int = 0) -> redis.Redis:
        return redis.Redis(host="127.0.0.1", port=self.port, password=REDIS_PASSWORD, db=db)

    def info(self, section: str) -> dict[str, object]:
        client = self.client()
        try:
            info: dict[str, object] = client.info(section)
        finally:
            client.close()
        return info


def _start(
    binary: str, arguments: list[str], port: int, ready: Callable[[], bool]
) -> subprocess.Popen[bytes]:
    process = subprocess.Popen([binary, *arguments], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(
                f"{binary} on port {port} exited: {process.stderr.read() if process.stderr else ''!r}"
            )
        try:
            if ready():
                return process
        except (redis.RedisError, OSError):
            pass
        time.sleep(0.05)
    process.kill()
    raise RuntimeError(f"{binary} on port {port} did not become ready in 15 s")


def start_redis(directory: Path, *extra: str) -> RedisServer:
    """A ``redis-server`` on a free loopback port, password-protected, persisting nothing by itself."""
    binary = require_program("redis-server")
    port = free_port()
    directory.mkdir(parents=True, exist_ok=True)
    arguments = [
        "--port", str(port), "--bind", "127.0.0.1", "--dir", str(directory), "--save", "",
        "--appendonly", "no", "--requirepass", REDIS_PASSWORD, "--masterauth", REDIS_PASSWORD, *extra,
    ]  # fmt: skip
    probe = redis.Redis(host="127.0.0.1", port=port, password=REDIS_PASSWORD, socket_timeout=1)
    process = _start(binary, arguments, port, lambda: bool(probe.ping()))
    probe.close()
    return RedisServer(port, process)


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@dataclass
class RedisCluster:
    primary: RedisServer
    replica: RedisServer
    sentinel_port: int

    @property
    def sentinel(self) -> str:
        return f"127.0.0.1:{self.sentinel_port}"


@pytest.fixture(scope="module")
def redis_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisCluster]:
    """A primary, a replica of it, and a Sentinel that monitors them as ``contexter``."""
    root = tmp_path_factory.mktemp("redis")
    primary = start_redis(root / "primary")
    replica = start_redis(root / "replica", "--replicaof", "127.0.0.1", str(primary.port))
    sentinel_port = free_port()
    config = root / "sentinel.conf"
    config.write_text(
        f"port {sentinel_port}\nbind 127.0.0.1\ndir {root}\nrequirepass {REDIS_PASSWORD}\n"
        f"sentinel monitor {SENTINEL_MASTER} 127.0.0.1 {primary.port} 1\n"
        f"sentinel auth-pass {SENTINEL_MASTER} {REDIS_PASSWORD}\n",
        encoding="utf-8",
    )
    sentinel_client = redis.Redis(
        host="127.0.0.1", port=sentinel_port, password=REDIS_PASSWORD, socket_timeout=1
    )

    def sentinel_sees_the_replica() -> bool:
        replicas = sentinel_client.sentinel_slaves(SENTINEL_MASTER)
        return any(r.get("master-link-status") == "ok" and int(r["port"]) == replica.port for r in replicas)

    def replica_synced() -> bool:
        return replica.info("replication").get("master_link_status") == "up"

    sentinel = None
    try:
        _wait(replica_synced, "the replica to sync")
        sentinel = _start(
            require_program("redis-server"),
            [str(config), "--sentinel"],
            sentinel_port,
            sentinel_sees_the_replica,
        )
        yield RedisCluster(primary, replica, sentinel_port)
    finally:
        sentinel_client.close()
        for process in (sentinel, replica.process, primary.process):
            if process is not None:
                stop(process)


def _wait(condition: Callable[[], bool], what: str, seconds: float = 15) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise RuntimeError(f"timed out waiting for {what}")
