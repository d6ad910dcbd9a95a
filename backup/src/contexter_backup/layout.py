"""Where backups live in the bucket, and the manifest that marks a backup complete.

Layout (``<root>`` is ``<prefix><env>``)::

    <root>/qdrant/<collection>/<timestamp>.snapshot          one Qdrant node
    <root>/qdrant/<collection>/<timestamp>.<node>.snapshot   one object per node of a Qdrant cluster
    <root>/redis/<timestamp>.rdb
    <root>/vault/<timestamp>.snap
    <root>/<series>/<timestamp>.manifest.json                 written LAST

A backup is the set of data objects its manifest lists. The manifest is written only after
every object was uploaded and checked, so a run killed halfway leaves data objects without a
manifest: they are never restored, never counted as the newest good backup, and ``prune``
removes them once they are older than the grace period.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

Component = Literal["qdrant", "redis", "vault"]
COMPONENTS: tuple[Component, ...] = ("qdrant", "redis", "vault")

TIMESTAMP_FORMAT = "%Y%m%dT%H%M%SZ"
MANIFEST_SUFFIX = ".manifest.json"
MANIFEST_FORMAT = 1
EXTENSIONS: dict[Component, str] = {"qdrant": ".snapshot", "redis": ".rdb", "vault": ".snap"}


def format_timestamp(moment: datetime) -> str:
    """``2026-01-05 10:20:00+00:00`` -> ``20260105T102000Z`` (UTC, sorts lexicographically)."""
    return moment.astimezone(UTC).strftime(TIMESTAMP_FORMAT)


def parse_timestamp(value: str) -> datetime:
    """Parse ``20260105T102000Z`` or any ISO 8601 time (``2026-01-05T10:20:00Z``) as UTC."""
    try:
        return datetime.strptime(value, TIMESTAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        pass
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as error:
        raise ValueError(
            f"{value!r} is not a timestamp: use 20260105T102000Z or 2026-01-05T10:20:00Z"
        ) from error
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


@dataclass(frozen=True)
class Series:
    """One line of backups: ``redis``, ``vault`` or ``qdrant/<collection>``."""

    component: Component
    name: str | None = None
    """The Qdrant collection; ``None`` for Redis and Vault."""

    @property
    def path(self) -> str:
        return self.component if self.name is None else f"{self.component}/{self.name}"

    def __str__(self) -> str:
        return self.path


@dataclass(frozen=True)
class Layout:
    """Object keys of one environment's backups in the bucket."""

    environment: str
    prefix: str = ""
    """Optional key prefix before the environment, e.g. ``restore-drill/`` (default: none)."""

    @property
    def root(self) -> str:
        return f"{self.prefix}{self.environment}"

    def series_prefix(self, series: Series) -> str:
        return f"{self.root}/{series.path}/"

    def component_prefix(self, component: Component) -> str:
        return f"{self.root}/{component}/"

    def data_key(self, series: Series, timestamp: str, node: str | None = None) -> str:
        suffix = f".{node}" if node else ""
        return f"{self.series_prefix(series)}{timestamp}{suffix}{EXTENSIONS[series.component]}"

    def manifest_key(self, series: Series, timestamp: str) -> str:
        return f"{self.series_prefix(series)}{timestamp}{MANIFEST_SUFFIX}"

    def timestamp_of(self, series: Series, key: str) -> str | None:
        """The timestamp a key of ``series`` belongs to, or ``None`` for a foreign key."""
        prefix = self.series_prefix(series)
        if not key.startswith(prefix):
            return None
        rest = key[len(prefix) :]
        if "/" in rest:
            return None
        candidate = rest.split(".", 1)[0]
        try:
            datetime.strptime(candidate, TIMESTAMP_FORMAT)
        except ValueError:
            return None
        return candidate


@dataclass(frozen=True)
class StoredObject:
    """One data object of a backup, as recorded in its manifest."""

    key: str
    size: int
    """Bytes."""
    sha256: str
    """Lowercase hex SHA-256 of the whole object, computed while streaming it to S3."""
    node: str | None = None
    """Qdrant node the snapshot was taken on (``qdrant-1``); ``None`` for single-node sources."""


@dataclass(frozen=True)
class Manifest:
    """The completion marker of one backup: which objects it has and their checksums."""

    component: Component
    series: str
    timestamp: str
    started_at: str
    completed_at: str
    objects: tuple[StoredObject, ...]
    source: dict[str, Any] = field(default_factory=dict)
    """What was backed up from where (Redis replica and offset, Qdrant peers, Vault address)."""
    tool_version: str = ""
    format: int = MANIFEST_FORMAT

    def to_json(self) -> bytes:
        document = asdict(self)
        document["objects"] = [asdict(stored) for stored in self.objects]
        return json.dumps(document, indent=2, sort_keys=True).encode()

    @classmethod
    def from_json(cls, data: bytes) -> Manifest:
        document = json.loads(data)
        if document.get("format") != MANIFEST_FORMAT:
            raise ValueError(f"unsupported manifest format {document.get('format')!r}")
        objects = tuple(StoredObject(**stored) for stored in document.pop("objects"))
        return cls(objects=objects, **document)

    @property
    def moment(self) -> datetime:
        return parse_timestamp(self.timestamp)
