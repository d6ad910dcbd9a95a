"""``redis dump``, ``fetch`` and ``restore`` against real redis-server processes and a moto S3."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from contexter_backup.errors import ExitCode

from tests.backup.conftest import (
    ENVIRONMENT,
    REDIS_PASSWORD,
    SENTINEL_MASTER,
    RedisCluster,
    RedisServer,
    Tool,
    start_redis,
    stop,
)

KEYS = 500

pytestmark = pytest.mark.integration  # starts redis-server, Sentinel and moto: about 25 s


@pytest.fixture(autouse=True)
def redis_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REDIS_PASSWORD", REDIS_PASSWORD)


def _sentinel_flags(cluster: RedisCluster) -> list[str]:
    return ["--redis-sentinels", cluster.sentinel, "--redis-master-name", SENTINEL_MASTER]


def _fill(cluster: RedisCluster) -> dict[tuple[int, str], object]:
    """Strings, hashes, lists, sets and keys with a TTL in two databases; returns what was written."""
    primary = cluster.primary.client()
    other_db = cluster.primary.client(db=3)
    primary.flushall()
    expected: dict[tuple[int, str], object] = {}
    with primary.pipeline(transaction=False) as pipeline:
        for index in range(KEYS):
            pipeline.set(f"cache:{index}", f"value-{index}")
            expected[(0, f"cache:{index}")] = f"value-{index}".encode()
        pipeline.hset("doc:1", mapping={"title": "Install", "chunks": "12"})
        pipeline.rpush("contexter:ingestion:jobs", "job-1", "job-2", "job-3")
        pipeline.sadd("tags", "a", "b")
        pipeline.set("session:ttl", "expires", ex=3600)
        pipeline.execute()
    expected[(0, "doc:1")] = {b"title": b"Install", b"chunks": b"12"}
    expected[(0, "contexter:ingestion:jobs")] = [b"job-1", b"job-2", b"job-3"]
    expected[(0, "tags")] = {b"a", b"b"}
    expected[(0, "session:ttl")] = b"expires"
    other_db.set("db3:key", "in another database")
    expected[(3, "db3:key")] = b"in another database"
    primary.wait(1, 5000)  # the replica has every write before the dump
    primary.close()
    other_db.close()
    return expected


def _read(cluster: RedisCluster, db: int, key: str) -> object:
    client = cluster.primary.client(db=db)
    try:
        kind = client.type(key)
        reads = {
            b"string": client.get,
            b"hash": client.hgetall,
            b"list": lambda k: client.lrange(k, 0, -1),
            b"set": client.smembers,
        }
        return reads[kind](key) if kind in reads else None
    finally:
        client.close()


def _forks(server: RedisServer) -> int:
    return int(str(server.info("stats")["total_forks"]))


def _restore(tool: Tool, cluster: RedisCluster, tmp_path: Path, *fetch_flags: str) -> None:
    """What the restore Job does: fetch and check the RDB, load it in a staging server, copy the keys."""
    rdb = tmp_path / "restore" / "dump.rdb"
    rdb.parent.mkdir()
    assert tool.run("redis", "fetch", "--output", str(rdb), *fetch_flags) == ExitCode.OK
    staging = start_redis(rdb.parent, "--dbfilename", rdb.name)
    try:
        code = tool.run(
            "redis", "restore", "--source", staging.address, "--shutdown-source", *_sentinel_flags(cluster)
        )
        assert staging.process.wait(timeout=10) == 0, "the staging server exits, so the restore Job completes"
    finally:
        stop(staging.process)
    assert code == ExitCode.OK


def test_dump_flush_restore_brings_every_key_back(
    redis_cluster: RedisCluster, tool: Tool, tmp_path: Path
) -> None:
    expected = _fill(redis_cluster)
    primary_forks, replica_forks = _forks(redis_cluster.primary), _forks(redis_cluster.replica)

    assert tool.run("redis", "dump", *_sentinel_flags(redis_cluster)) == ExitCode.OK

    assert _forks(redis_cluster.primary) == primary_forks, "the dump must never fork the primary"
    assert _forks(redis_cluster.replica) == replica_forks + 1, "the replica saves the RDB"
    assert tool.objects() == [
        f"{ENVIRONMENT}/redis/20260105T102000Z.manifest.json",
        f"{ENVIRONMENT}/redis/20260105T102000Z.rdb",
    ]
    manifest = json.loads(tool.s3.get_object(Bucket=tool.bucket, Key=tool.objects()[0])["Body"].read())
    assert manifest["source"]["address"] == redis_cluster.replica.address
    assert manifest["source"]["role"] == "slave"

    flushed = redis_cluster.primary.client()
    flushed.flushall()
    assert flushed.dbsize() == 0
    flushed.close()

    _restore(tool, redis_cluster, tmp_path)

    for (db, key), value in expected.items():
        assert _read(redis_cluster, db, key) == value, key
    ttl_client = redis_cluster.primary.client()
    assert 0 < ttl_client.ttl("session:ttl") <= 3600, "TTLs survive the restore"
    ttl_client.close()
    assert tool.metrics.read_text(encoding="utf-8").endswith(
        'contexter_backup_last_success_timestamp_seconds{component="redis"} 1767608400.000\n'
    )


def test_restore_at_a_time_picks_the_backup_taken_then(
    redis_cluster: RedisCluster, tool: Tool, tmp_path: Path
) -> None:
    _fill(redis_cluster)
    assert tool.run("redis", "dump", *_sentinel_flags(redis_cluster)) == ExitCode.OK
    client = redis_cluster.primary.client()
    client.set("written-later", "only in the second backup")
    client.wait(1, 5000)
    tool.clock.advance(minutes=20)
    assert tool.run("redis", "dump", *_sentinel_flags(redis_cluster)) == ExitCode.OK
    client.flushall()

    _restore(tool, redis_cluster, tmp_path, "--at", "2026-01-05T10:30:00Z")

    assert client.get("cache:1") == b"value-1"
    assert client.get("written-later") is None, "--at restored the 10:20 backup, not the 10:40 one"
    client.close()


def test_dump_refuses_to_fork_a_primary_without_replicas(tool: Tool, tmp_path: Path) -> None:
    alone = start_redis(tmp_path / "alone")
    try:
        refused = tool.run("redis", "dump", "--redis-address", alone.address)
        allowed = tool.run("redis", "dump", "--redis-address", alone.address, "--redis-allow-primary")
    finally:
        stop(alone.process)

    assert refused == ExitCode.SOURCE
    assert allowed == ExitCode.OK
    assert len(tool.objects()) == 2


def test_dump_through_the_primary_address_uses_its_replica(redis_cluster: RedisCluster, tool: Tool) -> None:
    _fill(redis_cluster)
    primary_forks = _forks(redis_cluster.primary)

    assert tool.run("redis", "dump", "--redis-address", redis_cluster.primary.address) == ExitCode.OK

    assert _forks(redis_cluster.primary) == primary_forks


def test_verify_catches_a_corrupted_object(redis_cluster: RedisCluster, tool: Tool) -> None:
    _fill(redis_cluster)
    assert tool.run("redis", "dump", *_sentinel_flags(redis_cluster)) == ExitCode.OK
    assert tool.run("verify", "--component", "redis") == ExitCode.OK
    key = f"{ENVIRONMENT}/redis/20260105T102000Z.rdb"
    stored = bytearray(tool.s3.get_object(Bucket=tool.bucket, Key=key)["Body"].read())
    stored[len(stored) // 2] ^= 0xFF
    tool.s3.put_object(Bucket=tool.bucket, Key=key, Body=bytes(stored), ChecksumAlgorithm="SHA256")

    assert tool.run("verify", "--component", "redis") == ExitCode.CORRUPT
    assert tool.run("redis", "fetch", "--output", "/dev/null") == ExitCode.CORRUPT


def test_verify_reports_the_rpo_breach_when_the_clock_moves_on(
    redis_cluster: RedisCluster, tool: Tool
) -> None:
    _fill(redis_cluster)
    assert tool.run("redis", "dump", *_sentinel_flags(redis_cluster)) == ExitCode.OK

    tool.clock.advance(minutes=59)
    assert tool.run("verify", "--component", "redis", "--rpo-seconds", "3600") == ExitCode.OK
    tool.clock.advance(minutes=1, seconds=1)
    assert tool.run("verify", "--component", "redis", "--rpo-seconds", "3600") == ExitCode.RPO_BREACHED


def test_verify_reports_a_breach_when_there_is_no_backup(tool: Tool) -> None:
    assert tool.run("verify", "--component", "redis") == ExitCode.RPO_BREACHED


def test_a_data_object_without_manifest_is_never_the_newest_good_backup(
    redis_cluster: RedisCluster, tool: Tool, tmp_path: Path
) -> None:
    expected = _fill(redis_cluster)
    assert tool.run("redis", "dump", *_sentinel_flags(redis_cluster)) == ExitCode.OK
    # A later run that uploaded its RDB and died before writing the manifest.
    orphan = f"{ENVIRONMENT}/redis/20260105T104000Z.rdb"
    tool.s3.put_object(Bucket=tool.bucket, Key=orphan, Body=b"REDIS half written", ChecksumAlgorithm="SHA256")
    tool.clock.advance(minutes=30)

    assert tool.run("verify", "--component", "redis") == ExitCode.OK
    client = redis_cluster.primary.client()
    client.flushall()
    _restore(tool, redis_cluster, tmp_path)
    assert _read(redis_cluster, 0, "cache:7") == expected[(0, "cache:7")]
    client.close()

    assert tool.run("prune", "--component", "redis", "--grace-seconds", "7200") == ExitCode.OK
    assert orphan in tool.objects(), "debris younger than the grace period may belong to a running backup"
    tool.clock.advance(hours=3)
    assert tool.run("prune", "--component", "redis", "--grace-seconds", "7200") == ExitCode.OK
    assert orphan not in tool.objects()


def test_a_retried_dump_converges_on_one_good_backup(redis_cluster: RedisCluster, tool: Tool) -> None:
    _fill(redis_cluster)
    assert tool.run("redis", "dump", *_sentinel_flags(redis_cluster)) == ExitCode.OK
    first = tool.objects()
    assert tool.run("redis", "dump", *_sentinel_flags(redis_cluster)) == ExitCode.OK

    assert tool.objects() == first
    assert tool.run("verify", "--component", "redis") == ExitCode.OK
