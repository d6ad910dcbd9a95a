"""Redis: stream an RDB from a replica, and load a backup back into the primary.

Dump. The job cannot read a file on a Redis pod's volume, so it asks a replica for its RDB over
the replication protocol, as ``redis-cli --rdb`` does: ``REPLCONF rdb-only 1`` then ``SYNC``. The
replica forks and writes a point-in-time RDB exactly as ``BGSAVE`` does, streams it, and the tool
uploads it while it arrives; the dump is complete when the stream is. Only a replica is asked:
the fork and the copy-on-write memory it costs never touch the primary. With Sentinel the replica
is discovered through the Sentinels (healthy link, most recent offset); without it, the replicas
the primary reports are used, and the primary itself only with ``allow_primary`` (dev, one pod).

Restore. A Redis StatefulSet loads an RDB only at start-up, from its own volume, and with AOF
enabled it loads the AOF instead; placing files on the primary's volume and restarting pods
during an incident races Sentinel's failover. The restore therefore copies keys instead: the
restore Job fetches and checks the RDB, a throw-away ``redis-server`` of the cluster's own image
loads it on localhost, and ``copy_keys`` moves every key of every database into the live
primary with ``DUMP``/``RESTORE ... REPLACE`` (TTLs kept), after an optional ``FLUSHALL``. The
writes replicate to the replicas as usual, nothing restarts, and Sentinel keeps working.
"""

from __future__ import annotations

import logging
import socket
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import redis

from contexter_backup.errors import SourceError, UsageError

log = logging.getLogger(__name__)

RDB_MAGIC = b"REDIS"
_EOF_OPCODE = 0xFF
_CHUNK = 1024 * 1024
_EOF_MARK_LENGTH = 40


@dataclass(frozen=True)
class Address:
    host: str
    port: int

    @classmethod
    def parse(cls, value: str) -> Address:
        host, separator, port = value.strip().rpartition(":")
        if not separator or not host or not port.isdigit():
            raise UsageError(f"{value!r} is not a host:port address")
        return cls(host, int(port))

    def __str__(self) -> str:
        return f"{self.host}:{self.port}"


@dataclass(frozen=True)
class RedisSettings:
    """How to reach Redis: through Sentinels, or one address directly."""

    address: Address | None = None
    """A Redis server to start from when there is no Sentinel (its replicas are used)."""
    sentinels: tuple[Address, ...] = ()
    master_name: str = "contexter"
    """The name Sentinel monitors the primary under (``SENTINEL MONITOR <name> ...``)."""
    password: str | None = None
    username: str | None = None
    allow_primary: bool = False
    """Dump from the primary when it has no replica (a single-pod dev Redis); never in production."""
    timeout_seconds: float = 60.0

    def __post_init__(self) -> None:
        if (self.address is None) == (not self.sentinels):
            raise UsageError("set exactly one of the Redis address or the Sentinel addresses")

    def connect(self, address: Address, *, db: int = 0) -> redis.Redis:
        return redis.Redis(
            host=address.host,
            port=address.port,
            db=db,
            username=self.username,
            password=self.password,
            socket_timeout=self.timeout_seconds,
            socket_connect_timeout=self.timeout_seconds,
        )


def _sentinel_call(settings: RedisSettings, call: str) -> Any:
    errors = []
    for sentinel in settings.sentinels:
        client = settings.connect(sentinel)
        try:
            return getattr(client, call)(settings.master_name)
        except redis.RedisError as error:
            errors.append(f"{sentinel}: {error}")
        finally:
            client.close()
    raise SourceError(f"no Sentinel answered {call}({settings.master_name!r}): {'; '.join(errors)}")


def find_primary(settings: RedisSettings) -> Address:
    """The current primary: Sentinel's answer, or the configured address if it is a primary."""
    if settings.sentinels:
        host, port = _sentinel_call(settings, "sentinel_get_master_addr_by_name")
        return Address(_text(host), int(port))
    assert settings.address is not None
    role = _role(settings, settings.address)
    if role[0] != "master":
        raise SourceError(f"{settings.address} is a {role[0]}, not the primary; restore needs the primary")
    return settings.address


def find_dump_source(settings: RedisSettings) -> Address:
    """A healthy replica to dump from (the most up to date one), or the primary if allowed."""
    if settings.sentinels:
        replicas = [
            replica
            for replica in _sentinel_call(settings, "sentinel_slaves")
            if not {"s_down", "o_down", "disconnected"} & set(str(replica.get("flags", "")).split(","))
            and replica.get("master-link-status") == "ok"
        ]
        replicas.sort(key=lambda replica: int(replica.get("slave-repl-offset", 0)), reverse=True)
        candidates = [Address(_text(replica["ip"]), int(replica["port"])) for replica in replicas]
        primary = find_primary(settings)
    else:
        assert settings.address is not None
        role = _role(settings, settings.address)
        if role[0] == "slave":
            return settings.address
        primary = settings.address
        candidates = [
            Address(_text(entry[0]), int(entry[1])) for entry in sorted(role[2], key=lambda e: -int(e[2]))
        ]
    for candidate in candidates:
        if _is_synced_replica(settings, candidate):
            return candidate
    if settings.allow_primary:
        log.warning("no replica available: dumping from the primary", extra={"primary": str(primary)})
        return primary
    raise SourceError(
        f"no healthy replica of {primary} to dump from, and dumping from the primary is not allowed"
        " (it would fork the primary); set --redis-allow-primary only for a single-pod Redis"
    )


def replication_info(settings: RedisSettings, address: Address) -> dict[str, Any]:
    """``INFO replication`` of ``address`` (role, offsets), recorded in the manifest."""
    client = settings.connect(address)
    try:
        info: dict[str, Any] = client.info("replication")
    except redis.RedisError as error:
        raise SourceError(f"INFO replication on {address}: {error}") from error
    finally:
        client.close()
    return {key: info[key] for key in ("role", "master_repl_offset", "master_link_status") if key in info}


def stream_rdb(settings: RedisSettings, address: Address) -> Iterator[bytes]:
    """The RDB of ``address``, streamed as it is produced; raises ``SourceError`` if it is cut short.

    Speaks the replication handshake of ``redis-cli --rdb``: ``AUTH``, ``REPLCONF rdb-only 1``
    (the server sends the RDB and no replication stream after it), ``SYNC``. While the server
    forks and saves it sends single newlines as keep-alives; then either ``$<length>`` and the
    bytes, or (diskless) ``$EOF:<40-byte mark>`` and the bytes followed by the mark.
    """
    try:
        sock = socket.create_connection((address.host, address.port), timeout=settings.timeout_seconds)
    except OSError as error:
        raise SourceError(f"connect to Redis {address}: {error}") from error
    reader = sock.makefile("rb")
    try:
        if settings.password:
            credentials = [settings.username] if settings.username else []
            _command(sock, reader, address, "AUTH", *credentials, settings.password)
        _command(sock, reader, address, "REPLCONF", "rdb-only", "1")
        sock.sendall(_encode("SYNC"))
        yield from _checked(_payload(reader, address), address)
    except OSError as error:
        raise SourceError(f"reading the RDB from {address}: {error}") from error
    finally:
        reader.close()
        sock.close()


def copy_keys(settings: RedisSettings, source: Address, target: Address, *, flush: bool) -> int:
    """Copy every key of every database from ``source`` to ``target``; returns the number copied.

    ``flush`` empties ``target`` first, so it ends up holding exactly the backup.
    """
    source_client = settings.connect(source)
    target_client = settings.connect(target)
    try:
        databases = sorted(int(name[2:]) for name in source_client.info("keyspace") if name.startswith("db"))
        if flush:
            target_client.flushall()
            log.warning("target flushed before restore", extra={"target": str(target)})
    except redis.RedisError as error:
        raise SourceError(f"preparing the copy from {source} to {target}: {error}") from error
    finally:
        source_client.close()
        target_client.close()
    copied = sum(_copy_database(settings, source, target, db) for db in databases)
    log.info("keys restored", extra={"keys": copied, "databases": databases, "target": str(target)})
    return copied


def wait_until_loaded(settings: RedisSettings, address: Address, *, timeout_seconds: float) -> None:
    """Wait until ``address`` answers ``PING`` (a server loading a large RDB answers ``LOADING``)."""
    deadline = time.monotonic() + timeout_seconds
    while True:
        client = settings.connect(address)
        try:
            if client.ping():
                return
        except redis.RedisError as error:
            if time.monotonic() > deadline:
                raise SourceError(
                    f"{address} did not finish loading in {timeout_seconds:.0f}s: {error}"
                ) from error
        finally:
            client.close()
        time.sleep(1)


def shutdown(settings: RedisSettings, address: Address) -> None:
    """``SHUTDOWN NOSAVE`` the staging server, so the restore pod can complete."""
    client = settings.connect(address)
    try:
        client.shutdown(nosave=True)
    except redis.ConnectionError:
        pass  # the server closes the connection as it exits
    except redis.RedisError as error:
        log.error("staging server not shut down", extra={"address": str(address), "error": str(error)})
    finally:
        client.close()
    log.info("staging server shut down", extra={"address": str(address)})


def _copy_database(
    settings: RedisSettings, source: Address, target: Address, db: int, batch: int = 500
) -> int:
    reader = settings.connect(source, db=db)
    writer = settings.connect(target, db=db)
    copied = 0
    try:
        keys: list[bytes] = []
        for key in reader.scan_iter(count=batch):
            keys.append(key)
            if len(keys) >= batch:
                copied += _copy_batch(reader, writer, keys)
                keys = []
        if keys:
            copied += _copy_batch(reader, writer, keys)
        expected = reader.dbsize()
        actual = writer.dbsize()
    except redis.RedisError as error:
        raise SourceError(f"copying db {db} from {source} to {target}: {error}") from error
    finally:
        reader.close()
        writer.close()
    if actual < expected:
        raise SourceError(f"db {db}: {actual} keys on {target} after the copy, {expected} in the backup")
    return copied


def _copy_batch(reader: redis.Redis, writer: redis.Redis, keys: Sequence[bytes]) -> int:
    pipeline = reader.pipeline(transaction=False)
    for key in keys:
        pipeline.dump(key)
        pipeline.pttl(key)
    results = pipeline.execute()
    restore = writer.pipeline(transaction=False)
    copied = 0
    for index, key in enumerate(keys):
        payload, ttl = results[2 * index], int(results[2 * index + 1])
        if payload is None or ttl == -2:  # expired between SCAN and DUMP
            continue
        restore.restore(key, max(ttl, 0), payload, replace=True)
        copied += 1
    restore.execute()
    return copied


def _role(settings: RedisSettings, address: Address) -> list[Any]:
    client = settings.connect(address)
    try:
        role: list[Any] = client.role()
    except redis.RedisError as error:
        raise SourceError(f"ROLE on {address}: {error}") from error
    finally:
        client.close()
    role[0] = _text(role[0])
    return role


def _is_synced_replica(settings: RedisSettings, address: Address) -> bool:
    try:
        info = replication_info(settings, address)
    except SourceError as error:
        log.warning("replica unreachable", extra={"replica": str(address), "error": str(error)})
        return False
    return info.get("role") == "slave" and info.get("master_link_status") == "up"


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def _encode(*arguments: str) -> bytes:
    parts = [f"*{len(arguments)}\r\n".encode()]
    for argument in arguments:
        data = argument.encode()
        parts.append(b"$%d\r\n%s\r\n" % (len(data), data))
    return b"".join(parts)


def _command(sock: socket.socket, reader: Any, address: Address, *arguments: str) -> None:
    sock.sendall(_encode(*arguments))
    line: bytes = reader.readline()
    if not line.startswith(b"+"):
        raise SourceError(
            f"{arguments[0]} on {address}: {line.decode(errors='replace').strip() or 'no reply'}"
        )


def _payload(reader: Any, address: Address) -> Iterator[bytes]:
    while True:
        line: bytes = reader.readline()
        if not line:
            raise SourceError(f"{address} closed the connection before sending the RDB")
        if line.strip() == b"":
            continue  # keep-alive while the server forks and saves
        break
    if line.startswith(b"-"):
        raise SourceError(f"SYNC on {address}: {line.decode(errors='replace').strip()}")
    if line.startswith(b"$EOF:"):
        yield from _until_mark(reader, line[5 : 5 + _EOF_MARK_LENGTH], address)
        return
    if not line.startswith(b"$"):
        raise SourceError(f"SYNC on {address}: unexpected reply {line[:80]!r}")
    remaining = int(line[1:])
    while remaining:
        chunk: bytes = reader.read(min(_CHUNK, remaining))
        if not chunk:
            raise SourceError(f"{address} closed the connection with {remaining} RDB bytes missing")
        remaining -= len(chunk)
        yield chunk


def _until_mark(reader: Any, mark: bytes, address: Address) -> Iterator[bytes]:
    held = b""
    while True:
        chunk: bytes = reader.read1(_CHUNK)
        if not chunk:
            raise SourceError(f"{address} closed the connection before the end of the diskless RDB")
        held += chunk
        if held.endswith(mark):
            yield held[: -len(mark)]
            return
        if len(held) > len(mark):
            yield held[: -len(mark)]
            held = held[-len(mark) :]


def _checked(chunks: Iterator[bytes], address: Address) -> Iterator[bytes]:
    """Pass the RDB through, checking its magic header and its EOF opcode before the CRC64."""
    head = b""
    tail = b""
    for chunk in chunks:
        if len(head) < len(RDB_MAGIC):
            head += chunk[: len(RDB_MAGIC) - len(head)]
        tail = (tail + chunk)[-9:]
        if chunk:
            yield chunk
    if head != RDB_MAGIC or len(tail) < 9 or tail[0] != _EOF_OPCODE:
        raise SourceError(f"the RDB from {address} is malformed (header {head!r}); the upload is discarded")
