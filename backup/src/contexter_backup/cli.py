"""``contexter-backup``: the command line. Every flag has an environment variable, which the CronJobs set.

Secrets are never flags (flags show up in process lists): ``QDRANT_API_KEY``, ``REDIS_PASSWORD`` and
``VAULT_TOKEN`` come from the environment or, as the Jobs mount them, from the file named by
``<NAME>_FILE``. S3 credentials come from the AWS default
provider chain (EKS Pod Identity in the cluster); ``AWS_ENDPOINT_URL_S3`` points it elsewhere.
Exit codes are listed in ``contexter_backup.errors``.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeAlias, cast

import boto3
from botocore.config import Config

from contexter_backup import __version__, commands, jsonlog
from contexter_backup.errors import BackupError, ExitCode, UsageError
from contexter_backup.layout import COMPONENTS, Component, Layout, parse_timestamp
from contexter_backup.qdrant import Qdrant
from contexter_backup.redisdump import Address, RedisSettings
from contexter_backup.retention import Retention
from contexter_backup.store import DEFAULT_PART_SIZE, BackupStore
from contexter_backup.vault import Vault

log = logging.getLogger("contexter_backup")

SERVICE_ACCOUNT_TOKEN = "/var/run/secrets/kubernetes.io/serviceaccount/token"  # noqa: S105 - a path


def _env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name)
    return value if value not in (None, "") else default


def _secret(name: str) -> str | None:
    """A secret from ``NAME`` or, preferred in Kubernetes, from the file named by ``NAME_FILE``."""
    path = _env(f"{name}_FILE")
    if path is None:
        return _env(name)
    try:
        return Path(path).read_text(encoding="utf-8").strip() or None
    except OSError as error:
        raise UsageError(f"{name}_FILE={path}: {error}") from error


def _env_int(name: str, default: int) -> int:
    value = _env(name)
    try:
        return default if value is None else int(value)
    except ValueError as error:
        raise UsageError(f"{name}={value!r} is not an integer") from error


def _env_flag(name: str) -> bool:
    return (_env(name) or "").strip().lower() in {"1", "true", "yes"}


def _timestamp(value: str) -> datetime:
    try:
        return parse_timestamp(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from error


_Groups: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
"""What ``add_subparsers()`` returns: the subcommands of one level."""


@dataclass(frozen=True)
class _Parents:
    """Option groups that several subcommands share (argparse ``parents``)."""

    common: argparse.ArgumentParser
    qdrant: argparse.ArgumentParser
    redis: argparse.ArgumentParser
    vault: argparse.ArgumentParser
    at: argparse.ArgumentParser
    components: argparse.ArgumentParser


def _common_options() -> argparse.ArgumentParser:
    """Storage, metrics and log options of every subcommand."""
    common = argparse.ArgumentParser(add_help=False)
    storage = common.add_argument_group("storage")
    storage.add_argument("--bucket", default=_env("BACKUP_BUCKET"), help="S3 bucket [BACKUP_BUCKET]")
    storage.add_argument(
        "--environment",
        default=_env("BACKUP_ENVIRONMENT"),
        help="environment: first key segment [BACKUP_ENVIRONMENT]",
    )
    storage.add_argument(
        "--prefix",
        default=_env("BACKUP_PREFIX", ""),
        help="key prefix before the environment [BACKUP_PREFIX]",
    )
    storage.add_argument(
        "--part-size-bytes",
        type=int,
        default=_env_int("BACKUP_PART_SIZE_BYTES", DEFAULT_PART_SIZE),
        help="multipart part size, >= 5 MiB (default 64 MiB) [BACKUP_PART_SIZE_BYTES]",
    )
    output = common.add_argument_group("metrics and logs")
    output.add_argument(
        "--pushgateway-url",
        default=_env("BACKUP_PUSHGATEWAY_URL"),
        help="push the success metric here [BACKUP_PUSHGATEWAY_URL]",
    )
    output.add_argument(
        "--metrics-textfile",
        type=Path,
        default=_env("BACKUP_METRICS_TEXTFILE"),
        help="also write the success metric to this file [BACKUP_METRICS_TEXTFILE]",
    )
    output.add_argument("--log-level", default=_env("BACKUP_LOG_LEVEL", "INFO"), help="[BACKUP_LOG_LEVEL]")
    return common


def _parents() -> _Parents:
    qdrant = argparse.ArgumentParser(add_help=False)
    qdrant.add_argument(
        "--qdrant-url",
        default=_env("QDRANT_URL"),
        help="Qdrant HTTP URL [QDRANT_URL]; API key: QDRANT_API_KEY",
    )

    redis = argparse.ArgumentParser(add_help=False)
    redis.add_argument(
        "--redis-address", default=_env("REDIS_ADDRESS"), help="host:port without Sentinel [REDIS_ADDRESS]"
    )
    redis.add_argument(
        "--redis-sentinels",
        default=_env("REDIS_SENTINELS"),
        help="host:port,... of the Sentinels [REDIS_SENTINELS]",
    )
    redis.add_argument(
        "--redis-master-name", default=_env("REDIS_MASTER_NAME", "contexter"), help="[REDIS_MASTER_NAME]"
    )
    redis.add_argument(
        "--redis-allow-primary",
        action="store_true",
        default=_env_flag("REDIS_ALLOW_PRIMARY"),
        help="dump from the primary when it has no replica (single-pod dev only) [REDIS_ALLOW_PRIMARY]",
    )

    vault = argparse.ArgumentParser(add_help=False)
    vault.add_argument("--vault-address", default=_env("VAULT_ADDR"), help="[VAULT_ADDR]")
    vault.add_argument(
        "--vault-ca-cert", default=_env("VAULT_CACERT"), help="CA bundle for Vault's TLS [VAULT_CACERT]"
    )

    at = argparse.ArgumentParser(add_help=False)
    at.add_argument(
        "--at",
        type=_timestamp,
        default=_env("BACKUP_RESTORE_AT"),
        help="restore the newest backup taken at or before this time (UTC) [BACKUP_RESTORE_AT]",
    )

    components = argparse.ArgumentParser(add_help=False)
    components.add_argument(
        "--component",
        action="append",
        choices=COMPONENTS,
        help="repeatable (default: qdrant, redis and vault)",
    )
    return _Parents(_common_options(), qdrant, redis, vault, at, components)


def _qdrant_commands(groups: _Groups, p: _Parents) -> None:
    qdrant_commands = groups.add_parser("qdrant", help="Qdrant snapshots").add_subparsers(
        dest="action", required=True
    )
    qdrant_commands.add_parser(
        "snapshot", parents=[p.common, p.qdrant], help="snapshot every collection to S3"
    )
    restore = qdrant_commands.add_parser(
        "restore", parents=[p.common, p.qdrant, p.at], help="recover collections from S3"
    )
    restore.add_argument(
        "--collection", action="append", default=[], help="repeatable (default: every backed-up collection)"
    )


def _redis_commands(groups: _Groups, p: _Parents) -> None:
    redis_commands = groups.add_parser("redis", help="Redis dumps").add_subparsers(
        dest="action", required=True
    )
    redis_commands.add_parser("dump", parents=[p.common, p.redis], help="stream an RDB from a replica to S3")
    fetch = redis_commands.add_parser(
        "fetch", parents=[p.common, p.at], help="download and check the RDB to restore"
    )
    fetch.add_argument(
        "--output", type=Path, required=True, help="where to write the RDB (e.g. /restore/dump.rdb)"
    )
    redis_restore = redis_commands.add_parser(
        "restore", parents=[p.common, p.redis], help="copy a loaded backup into the primary"
    )
    redis_restore.add_argument(
        "--source", required=True, help="host:port of the redis-server that loaded the fetched RDB"
    )
    redis_restore.add_argument("--no-flush", action="store_true", help="keep keys that are not in the backup")
    redis_restore.add_argument(
        "--shutdown-source", action="store_true", help="SHUTDOWN NOSAVE the source when done (restore Job)"
    )
    redis_restore.add_argument(
        "--wait-seconds", type=float, default=600.0, help="how long the source may take to load the RDB"
    )


def _vault_commands(groups: _Groups, p: _Parents) -> None:
    vault_commands = groups.add_parser("vault", help="Vault raft snapshots").add_subparsers(
        dest="action", required=True
    )
    snapshot = vault_commands.add_parser(
        "snapshot", parents=[p.common, p.vault], help="stream a raft snapshot to S3"
    )
    snapshot.add_argument(
        "--vault-auth-mount", default=_env("VAULT_AUTH_MOUNT", "kubernetes"), help="[VAULT_AUTH_MOUNT]"
    )
    snapshot.add_argument(
        "--vault-role", default=_env("VAULT_ROLE"), help="Kubernetes auth role [VAULT_ROLE]"
    )
    snapshot.add_argument(
        "--vault-jwt-path",
        type=Path,
        default=_env("VAULT_JWT_PATH", SERVICE_ACCOUNT_TOKEN),
        help="[VAULT_JWT_PATH]",
    )
    vault_restore = vault_commands.add_parser(
        "restore", parents=[p.common, p.vault, p.at], help="install a raft snapshot; token: VAULT_TOKEN"
    )
    vault_restore.add_argument("--workdir", type=Path, default=Path(_env("BACKUP_WORKDIR", "/tmp") or "/tmp"))  # noqa: S108


def _store_commands(groups: _Groups, p: _Parents) -> None:
    """verify, prune and list: what runs over every component's backups."""
    verify = groups.add_parser("verify", parents=[p.common, p.components], help="check checksums and the RPO")
    verify.add_argument(
        "--rpo-seconds", type=int, default=_env_int("BACKUP_RPO_SECONDS", 3600), help="[BACKUP_RPO_SECONDS]"
    )
    verify.add_argument(
        "--newest-only", action="store_true", help="hash only the newest backup of each series"
    )

    prune = groups.add_parser("prune", parents=[p.common, p.components], help="apply retention")
    prune.add_argument(
        "--keep-hourly", type=int, default=_env_int("BACKUP_KEEP_HOURLY", 24), help="[BACKUP_KEEP_HOURLY]"
    )
    prune.add_argument(
        "--keep-daily", type=int, default=_env_int("BACKUP_KEEP_DAILY", 7), help="[BACKUP_KEEP_DAILY]"
    )
    prune.add_argument(
        "--keep-weekly", type=int, default=_env_int("BACKUP_KEEP_WEEKLY", 4), help="[BACKUP_KEEP_WEEKLY]"
    )
    prune.add_argument(
        "--grace-seconds",
        type=int,
        default=_env_int("BACKUP_ORPHAN_GRACE_SECONDS", 7200),
        help="remove objects of unfinished runs older than this (default 2 h) [BACKUP_ORPHAN_GRACE_SECONDS]",
    )
    prune.add_argument("--dry-run", action="store_true", help="log what would be deleted, delete nothing")

    groups.add_parser(
        "list", parents=[p.common, p.components], help="print every complete backup as JSON lines"
    )


def _parser() -> argparse.ArgumentParser:
    p = _parents()
    parser = argparse.ArgumentParser(prog="contexter-backup", description=__doc__.split("\n", 1)[0])
    parser.add_argument("--version", action="version", version=__version__)
    groups = parser.add_subparsers(dest="command", required=True)
    _qdrant_commands(groups, p)
    _redis_commands(groups, p)
    _vault_commands(groups, p)
    _store_commands(groups, p)
    return parser


def _required(args: argparse.Namespace, *names: str) -> None:
    missing = [f"--{name.replace('_', '-')}" for name in names if not getattr(args, name, None)]
    if missing:
        raise UsageError(f"missing {', '.join(missing)} (or its environment variable)")


def _store(args: argparse.Namespace) -> BackupStore:
    _required(args, "bucket", "environment")
    client = boto3.client("s3", config=Config(retries={"mode": "standard", "max_attempts": 5}))
    try:
        return BackupStore(
            bucket=args.bucket,
            layout=Layout(args.environment, args.prefix or ""),
            client=client,
            part_size=args.part_size_bytes,
        )
    except ValueError as error:
        raise UsageError(str(error)) from error


def _redis_settings(args: argparse.Namespace) -> RedisSettings:
    sentinels = tuple(Address.parse(item) for item in (args.redis_sentinels or "").split(",") if item.strip())
    return RedisSettings(
        address=Address.parse(args.redis_address) if args.redis_address else None,
        sentinels=sentinels,
        master_name=args.redis_master_name,
        password=_secret("REDIS_PASSWORD"),
        username=_env("REDIS_USERNAME"),
        allow_primary=args.redis_allow_primary,
    )


def _qdrant(args: argparse.Namespace) -> Qdrant:
    _required(args, "qdrant_url")
    return Qdrant(args.qdrant_url, api_key=_secret("QDRANT_API_KEY"))


def _vault(args: argparse.Namespace) -> Vault:
    _required(args, "vault_address")
    return Vault(args.vault_address, ca_file=args.vault_ca_cert)


def _run(args: argparse.Namespace, clock: commands.Clock) -> ExitCode:
    if args.pushgateway_url and not args.pushgateway_url.startswith(("http://", "https://")):
        raise UsageError(f"--pushgateway-url {args.pushgateway_url!r} must be an http(s) URL")
    if (args.command, getattr(args, "action", None)) == ("redis", "restore"):  # Redis to Redis: no S3
        commands.redis_restore(
            _redis_settings(args),
            source=Address.parse(args.source),
            flush=not args.no_flush,
            shutdown_source=args.shutdown_source,
            wait_seconds=args.wait_seconds,
        )
        return ExitCode.OK
    ctx = commands.Context(_store(args), clock, args.pushgateway_url, args.metrics_textfile)
    selected = cast(list[Component], getattr(args, "component", None) or list(COMPONENTS))
    match (args.command, getattr(args, "action", None)):
        case ("qdrant", "snapshot"):
            commands.qdrant_snapshot(ctx, _qdrant(args))
        case ("qdrant", "restore"):
            commands.qdrant_restore(ctx, _qdrant(args), at=args.at, collections=args.collection)
        case ("redis", "dump"):
            commands.redis_dump(ctx, _redis_settings(args))
        case ("redis", "fetch"):
            commands.redis_fetch(ctx, at=args.at, output=args.output)
        case ("vault", "snapshot"):
            _required(args, "vault_role")
            commands.vault_snapshot(
                ctx,
                _vault(args),
                mount=args.vault_auth_mount,
                role=args.vault_role,
                jwt_path=args.vault_jwt_path,
            )
        case ("vault", "restore"):
            token = _secret("VAULT_TOKEN")
            if not token:
                raise UsageError("vault restore needs VAULT_TOKEN: a token allowed to restore raft snapshots")
            commands.vault_restore(ctx, _vault(args), token=token, at=args.at, workdir=args.workdir)
        case ("verify", _):
            return commands.verify(
                ctx, components=selected, rpo_seconds=args.rpo_seconds, newest_only=args.newest_only
            )
        case ("prune", _):
            retention = Retention(args.keep_hourly, args.keep_daily, args.keep_weekly)
            commands.prune(
                ctx,
                components=selected,
                retention=retention,
                grace_seconds=args.grace_seconds,
                dry_run=args.dry_run,
            )
        case ("list", _):
            for record in commands.list_backups(ctx, components=selected):
                sys.stdout.write(json.dumps(record) + "\n")
    return ExitCode.OK


def _utc_now() -> datetime:
    return datetime.now(UTC)


def main(argv: Sequence[str] | None = None, *, clock: Callable[[], datetime] = _utc_now) -> int:
    """Run one subcommand; returns the exit code. ``clock`` lets tests move time without sleeping."""
    parser = _parser()
    args = parser.parse_args(argv)
    jsonlog.configure(args.log_level.upper())
    fields: dict[str, Any] = {
        "command": args.command,
        "action": getattr(args, "action", None),
        "version": __version__,
    }
    log.info("start", extra=fields)
    try:
        code = _run(args, clock)
    except BackupError as error:
        log.error("failed", extra={**fields, "error": str(error), "exit_code": int(error.exit_code)})
        return int(error.exit_code)
    except Exception:
        log.exception("failed unexpectedly", extra={**fields, "exit_code": int(ExitCode.UNEXPECTED)})
        return int(ExitCode.UNEXPECTED)
    log.info("done", extra={**fields, "exit_code": int(code)})
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
