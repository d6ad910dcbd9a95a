"""What each subcommand does, on top of the store and the service clients.

Every backup is: take it from the source, stream it into S3 while hashing, check what S3 stored,
then write the manifest. Any failure before the manifest leaves no complete backup behind, so
every command can simply be run again: a retry makes a new backup, and ``prune`` removes the
debris of the failed attempt (objects without a manifest, aborted multipart uploads).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from contexter_backup import __version__, redisdump
from contexter_backup.errors import CorruptBackup, ExitCode, NothingToRestore, SourceError
from contexter_backup.layout import (
    Component,
    Manifest,
    Series,
    StoredObject,
    format_timestamp,
    parse_timestamp,
)
from contexter_backup.metrics import record_success
from contexter_backup.qdrant import Qdrant
from contexter_backup.retention import Retention, keep
from contexter_backup.store import Backup, BackupStore
from contexter_backup.vault import Vault

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


@dataclass(frozen=True)
class Context:
    """What every command needs: the bucket, the clock and where the success metric goes."""

    store: BackupStore
    clock: Clock
    pushgateway_url: str | None = None
    metrics_textfile: Path | None = None

    def succeeded(self, component: Component, started: datetime) -> None:
        log.info("backup succeeded", extra={"component": component, "seconds": self._elapsed(started)})
        record_success(
            component,
            self.clock().timestamp(),
            pushgateway_url=self.pushgateway_url,
            textfile=self.metrics_textfile,
        )

    def _elapsed(self, started: datetime) -> float:
        return round((self.clock() - started).total_seconds(), 3)


def _manifest(
    series: Series,
    timestamp: str,
    started: datetime,
    ctx: Context,
    objects: Sequence[StoredObject],
    source: dict[str, Any],
) -> Manifest:
    return Manifest(
        component=series.component,
        series=series.path,
        timestamp=timestamp,
        started_at=started.isoformat(),
        completed_at=ctx.clock().isoformat(),
        objects=tuple(objects),
        source=source,
        tool_version=__version__,
    )


def qdrant_snapshot(ctx: Context, qdrant: Qdrant) -> None:
    """Snapshot every collection on every node, stream each snapshot to S3, then delete it from Qdrant."""
    started = ctx.clock()
    timestamp = format_timestamp(started)
    layout = ctx.store.layout
    collections = qdrant.collections()
    nodes = qdrant.nodes()
    clustered = nodes[0].name is not None
    if not collections:
        log.warning("qdrant has no collections: nothing to back up")
    for collection in collections:
        series = Series("qdrant", collection)
        objects = []
        for node in nodes:
            snapshot = qdrant.create_snapshot(node, collection)
            try:
                stored = ctx.store.upload_stream(
                    layout.data_key(series, timestamp, node.name if clustered else None),
                    qdrant.download(node, collection, snapshot.name),
                    node=node.name,
                )
            finally:
                _delete_snapshot(qdrant, node, collection, snapshot.name)
            if snapshot.checksum and snapshot.checksum != stored.sha256:
                raise SourceError(
                    f"{collection} on {node.url}: Qdrant reported SHA-256 {snapshot.checksum},"
                    f" the stored snapshot has {stored.sha256}"
                )
            objects.append(stored)
        source = {"qdrant_url": qdrant.url, "nodes": [node.name for node in nodes if node.name]}
        ctx.store.put_manifest(
            layout.manifest_key(series, timestamp),
            _manifest(series, timestamp, started, ctx, objects, source),
        )
    ctx.succeeded("qdrant", started)


def _delete_snapshot(qdrant: Qdrant, node: Any, collection: str, snapshot: str) -> None:
    try:
        qdrant.delete_snapshot(node, collection, snapshot)
    except SourceError as error:  # never hide the upload's own outcome; the next run retries the space
        log.error("qdrant snapshot not deleted", extra={"collection": collection, "error": str(error)})


def redis_dump(ctx: Context, settings: redisdump.RedisSettings) -> None:
    """Stream an RDB from a replica to S3."""
    started = ctx.clock()
    timestamp = format_timestamp(started)
    series = Series("redis")
    address = redisdump.find_dump_source(settings)
    source: dict[str, Any] = {"address": str(address), **redisdump.replication_info(settings, address)}
    log.info("dumping redis", extra=source)
    stored = ctx.store.upload_stream(
        ctx.store.layout.data_key(series, timestamp), redisdump.stream_rdb(settings, address)
    )
    ctx.store.put_manifest(
        ctx.store.layout.manifest_key(series, timestamp),
        _manifest(series, timestamp, started, ctx, [stored], source),
    )
    ctx.succeeded("redis", started)


def vault_snapshot(ctx: Context, vault: Vault, *, mount: str, role: str, jwt_path: Path) -> None:
    """Stream a raft snapshot of Vault to S3."""
    started = ctx.clock()
    timestamp = format_timestamp(started)
    series = Series("vault")
    token = vault.login(mount=mount, role=role, jwt_path=jwt_path)
    stored = ctx.store.upload_stream(ctx.store.layout.data_key(series, timestamp), vault.snapshot(token))
    ctx.store.put_manifest(
        ctx.store.layout.manifest_key(series, timestamp),
        _manifest(series, timestamp, started, ctx, [stored], {"address": vault.address}),
    )
    ctx.succeeded("vault", started)


def select(store: BackupStore, series: Series, at: datetime | None) -> Backup:
    """The newest complete backup of ``series`` taken at or before ``at`` whose objects are all present.

    Contents are checked where they are consumed: Qdrant checks the SHA-256 sent with the upload,
    and ``fetch_verified`` hashes what it writes.
    """
    present = {info.key: info.size for info in store.list_objects(store.layout.series_prefix(series))}
    for backup in store.backups(series):
        if at is not None and backup.manifest.moment > at:
            continue
        missing = [o.key for o in backup.manifest.objects if present.get(o.key) != o.size]
        if missing:
            log.error("backup incomplete, skipped", extra={"backup": backup.manifest_key, "missing": missing})
            continue
        log.info("backup selected", extra={"series": series.path, "timestamp": backup.timestamp})
        return backup
    when = f" at or before {format_timestamp(at)}" if at else ""
    raise NothingToRestore(
        f"no complete {series} backup{when} in s3://{store.bucket}/{store.layout.series_prefix(series)}"
    )


def fetch_verified(store: BackupStore, stored: StoredObject, output: Path) -> None:
    """Download ``stored`` to ``output``, replacing it only if size and SHA-256 match the manifest."""
    temporary = output.with_name(f".{output.name}.partial")
    digest = hashlib.sha256()
    size = 0
    with temporary.open("wb") as file:
        for chunk in store.stream(stored.key):
            digest.update(chunk)
            size += len(chunk)
            file.write(chunk)
    if size != stored.size or digest.hexdigest() != stored.sha256:
        temporary.unlink()
        raise CorruptBackup(
            f"s3://{store.bucket}/{stored.key}: {size} bytes with SHA-256 {digest.hexdigest()},"
            f" the manifest says {stored.size} bytes with {stored.sha256}"
        )
    temporary.replace(output)
    log.info("backup fetched", extra={"key": stored.key, "path": str(output), "bytes": size})


def qdrant_restore(ctx: Context, qdrant: Qdrant, *, at: datetime | None, collections: Sequence[str]) -> None:
    """Recover each collection (all backed-up ones, or ``collections``) from its selected backup."""
    series_list = ctx.store.series("qdrant")
    if collections:
        known = {series.name for series in series_list if series.name is not None}
        unknown = sorted(set(collections) - known)
        if unknown:
            raise NothingToRestore(f"no qdrant backups of {', '.join(unknown)}; backed up: {sorted(known)}")
        series_list = [series for series in series_list if series.name in collections]
    if not series_list:
        raise NothingToRestore(
            f"no qdrant backups in s3://{ctx.store.bucket}/{ctx.store.layout.component_prefix('qdrant')}"
        )
    nodes = {node.name: node for node in qdrant.nodes()}
    for series in series_list:
        assert series.name is not None
        backup = select(ctx.store, series, at)
        for stored in backup.manifest.objects:
            node = nodes.get(stored.node)
            if node is None:
                raise SourceError(
                    f"{series}: the backup has a snapshot of node {stored.node!r},"
                    f" the cluster has nodes {sorted(str(name) for name in nodes)}"
                )
            qdrant.recover(
                node, series.name, ctx.store.stream(stored.key), size=stored.size, sha256=stored.sha256
            )


def redis_fetch(ctx: Context, *, at: datetime | None, output: Path) -> Backup:
    """Download the selected RDB to ``output`` for the staging ``redis-server`` of a restore."""
    backup = select(ctx.store, Series("redis"), at)
    [stored] = backup.manifest.objects
    fetch_verified(ctx.store, stored, output)
    return backup


def redis_restore(
    settings: redisdump.RedisSettings,
    *,
    source: redisdump.Address,
    flush: bool,
    shutdown_source: bool,
    wait_seconds: float,
) -> int:
    """Copy every key from the staging server that loaded the backup into the current primary.

    ``shutdown_source`` stops the staging server afterwards, whatever the outcome: in the restore
    Job it is the container beside this one, and the Job completes only once both have exited.
    """
    try:
        redisdump.wait_until_loaded(settings, source, timeout_seconds=wait_seconds)
        primary = redisdump.find_primary(settings)
        log.warning("restoring redis", extra={"source": str(source), "primary": str(primary), "flush": flush})
        return redisdump.copy_keys(settings, source, primary, flush=flush)
    finally:
        if shutdown_source:
            redisdump.shutdown(settings, source)


def vault_restore(ctx: Context, vault: Vault, *, token: str, at: datetime | None, workdir: Path) -> None:
    """Install the selected raft snapshot, after checking it in ``workdir``."""
    backup = select(ctx.store, Series("vault"), at)
    [stored] = backup.manifest.objects
    path = workdir / "vault.snap"
    fetch_verified(ctx.store, stored, path)
    try:
        vault.restore(token, _file_chunks(path), size=stored.size)
    finally:
        path.unlink(missing_ok=True)


def _file_chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as file:
        while chunk := file.read(1024 * 1024):
            yield chunk


@dataclass(frozen=True)
class SeriesReport:
    """What ``verify`` found for one series."""

    series: str
    backups: int
    corrupt: tuple[str, ...]
    newest: str | None
    age_seconds: float | None


def verify(ctx: Context, *, components: Sequence[Component], rpo_seconds: int, newest_only: bool) -> ExitCode:
    """Recompute every object's size and SHA-256, and check the newest backup's age against the RPO.

    Exit code: ``CORRUPT`` if any object differs from its manifest, else ``RPO_BREACHED`` if any
    series' newest good backup is older than ``rpo_seconds`` (or a component has none), else ``OK``.
    """
    now = ctx.clock()
    corrupt_found = False
    breached = False
    for component in components:
        series_list = ctx.store.series(component)
        if not series_list or all(not ctx.store.backups(series) for series in series_list):
            log.error("rpo breached: no backups", extra={"component": component})
            breached = True
        for series in series_list:
            report = _verify_series(ctx, series, now, newest_only=newest_only)
            corrupt_found |= bool(report.corrupt)
            too_old = report.age_seconds is None or report.age_seconds > rpo_seconds
            breached |= too_old
            fields = {**report.__dict__, "rpo_seconds": rpo_seconds}
            if too_old:
                log.error("rpo breached", extra=fields)
            elif report.corrupt:
                log.error("corrupt backups", extra=fields)
            else:
                log.info("series verified", extra=fields)
    if corrupt_found:
        return ExitCode.CORRUPT
    return ExitCode.RPO_BREACHED if breached else ExitCode.OK


def _verify_series(ctx: Context, series: Series, now: datetime, *, newest_only: bool) -> SeriesReport:
    backups = ctx.store.backups(series)
    checked = backups[:1] if newest_only else backups
    corrupt: list[str] = []
    newest_good: Backup | None = None
    for backup in checked:
        bad = [stored.key for stored in backup.manifest.objects if not _matches(ctx.store, stored)]
        if bad:
            corrupt.extend(bad)
            log.error("backup corrupt", extra={"backup": backup.manifest_key, "objects": bad})
        elif newest_good is None:
            newest_good = backup
    if newest_only and newest_good is None and len(backups) > 1:
        newest_good = backups[1]  # unverified in this mode, but complete: the age check still applies
    age = None if newest_good is None else (now - newest_good.manifest.moment).total_seconds()
    return SeriesReport(
        series.path, len(backups), tuple(corrupt), newest_good.timestamp if newest_good else None, age
    )


def _matches(store: BackupStore, stored: StoredObject) -> bool:
    try:
        size, sha256 = store.hash_object(stored.key)
    except Exception as error:  # a missing or unreadable object is as bad as a wrong one
        log.error("object unreadable", extra={"key": stored.key, "error": str(error)})
        return False
    if (size, sha256) != (stored.size, stored.sha256):
        log.error(
            "checksum mismatch",
            extra={
                "key": stored.key,
                "size": size,
                "sha256": sha256,
                "expected_size": stored.size,
                "expected_sha256": stored.sha256,
            },
        )
        return False
    return True


def prune(
    ctx: Context,
    *,
    components: Sequence[Component],
    retention: Retention,
    grace_seconds: int,
    dry_run: bool,
) -> None:
    """Apply ``retention`` to every series; remove debris of interrupted runs older than ``grace_seconds``.

    The newest complete backup of each series is always kept. Objects without a manifest and
    multipart uploads that were never completed are removed only once older than the grace period,
    so a backup still running is never touched.
    """
    now = ctx.clock()
    cutoff = now - timedelta(seconds=grace_seconds)
    for component in components:
        for series in ctx.store.series(component):
            backups = ctx.store.backups(series)
            kept = keep([backup.manifest.moment for backup in backups], retention)
            for index, backup in enumerate(backups):
                if index in kept:
                    continue
                log.info("pruning backup", extra={"backup": backup.manifest_key, "dry_run": dry_run})
                if not dry_run:
                    ctx.store.delete_backup(backup)
            for orphan in ctx.store.orphans(series):
                if _started(ctx.store, series, orphan.key) < cutoff:
                    log.info(
                        "removing unfinished backup object", extra={"key": orphan.key, "dry_run": dry_run}
                    )
                    if not dry_run:
                        ctx.store.delete(orphan.key)
            log.info("series pruned", extra={"series": series.path, "kept": len(kept), "of": len(backups)})
        for pending in ctx.store.pending_uploads(ctx.store.layout.component_prefix(component)):
            if min(pending.initiated, _started_from_key(pending.key)) < cutoff:
                log.info("aborting unfinished upload", extra={"key": pending.key, "dry_run": dry_run})
                if not dry_run:
                    ctx.store.abort_upload(pending)


def _started(store: BackupStore, series: Series, key: str) -> datetime:
    """When the run that wrote ``key`` started: the timestamp in its name (runs are bounded by
    activeDeadlineSeconds, so the grace period is measured from there)."""
    timestamp = store.layout.timestamp_of(series, key)
    return parse_timestamp(timestamp) if timestamp else datetime.max.replace(tzinfo=UTC)


def _started_from_key(key: str) -> datetime:
    name = key.rsplit("/", 1)[-1].split(".", 1)[0]
    try:
        return parse_timestamp(name)
    except ValueError:
        return datetime.max.replace(tzinfo=UTC)


def list_backups(ctx: Context, *, components: Sequence[Component]) -> list[dict[str, Any]]:
    """Every complete backup, newest first per series, as printable records."""
    records = []
    for component in components:
        for series in ctx.store.series(component):
            for backup in ctx.store.backups(series):
                records.append(
                    {
                        "series": series.path,
                        "timestamp": backup.timestamp,
                        "bytes": sum(stored.size for stored in backup.manifest.objects),
                        "objects": [stored.key for stored in backup.manifest.objects],
                    }
                )
    return records
