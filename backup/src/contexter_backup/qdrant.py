"""Qdrant's snapshot API, over HTTP (https://api.qdrant.tech/api-reference/snapshots).

A collection snapshot holds the shards of that collection on the node it was taken on. In a
cluster (``GET /cluster`` reports peers), the tool therefore snapshots the collection through
every peer and stores one object per node; a restore uploads each node's snapshot to the node
of the same name (``qdrant-0`` ... from the StatefulSet), with ``priority=snapshot`` so the
snapshot's data wins over what the other replicas hold. Full-storage snapshots (``POST
/snapshots``) are not used: they are also per node, and restoring them needs the server to be
started with ``--snapshot``, i.e. a change to the StatefulSet during an incident.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

from contexter_backup.errors import SourceError
from contexter_backup.httpclient import HttpClient

log = logging.getLogger(__name__)

API_KEY_HEADER = "api-key"


@dataclass(frozen=True)
class Node:
    """One Qdrant node reachable over HTTP; ``name`` is ``None`` when Qdrant runs without cluster mode."""

    name: str | None
    url: str


@dataclass(frozen=True)
class Snapshot:
    name: str
    size: int
    checksum: str | None
    """Hex SHA-256 Qdrant computed, when it reports one."""


class Qdrant:
    """Snapshot operations against a Qdrant deployment reached at ``url``."""

    def __init__(self, url: str, *, api_key: str | None, timeout_seconds: float = 1800.0) -> None:
        self.url = url.rstrip("/")
        self._headers = {API_KEY_HEADER: api_key} if api_key else {}
        self._timeout = timeout_seconds

    def client(self, node: Node) -> HttpClient:
        return HttpClient(node.url, headers=self._headers, timeout_seconds=self._timeout)

    def collections(self) -> list[str]:
        """Names of every collection (``GET /collections``)."""
        result = _result(self.client(Node(None, self.url)).json("GET", "/collections"))
        return sorted(str(collection["name"]) for collection in result["collections"])

    def nodes(self) -> list[Node]:
        """Every node to snapshot: the peers of the cluster (``GET /cluster``), or ``url`` alone."""
        result = _result(self.client(Node(None, self.url)).json("GET", "/cluster"))
        if result.get("status") != "enabled":
            return [Node(None, self.url)]
        http_port = urlsplit(self.url).port
        nodes = []
        for peer in result["peers"].values():
            uri = urlsplit(peer["uri"])
            host = uri.hostname or ""
            netloc = f"{host}:{http_port}" if http_port else host
            nodes.append(
                Node(host.split(".", 1)[0], urlunsplit((urlsplit(self.url).scheme, netloc, "", "", "")))
            )
        return sorted(nodes, key=lambda node: node.name or "")

    def create_snapshot(self, node: Node, collection: str) -> Snapshot:
        """``POST /collections/{collection}/snapshots?wait=true``: the snapshot, once written."""
        result = _result(
            self.client(node).json("POST", f"/collections/{_name(collection)}/snapshots?wait=true")
        )
        snapshot = Snapshot(str(result["name"]), int(result.get("size") or 0), result.get("checksum"))
        log.info(
            "qdrant snapshot created",
            extra={"node": node.name, "collection": collection, "snapshot": snapshot.name},
        )
        return snapshot

    def download(self, node: Node, collection: str, snapshot: str) -> Iterator[bytes]:
        """``GET /collections/{collection}/snapshots/{snapshot}``, streamed."""
        return self.client(node).download(f"/collections/{_name(collection)}/snapshots/{_name(snapshot)}")

    def delete_snapshot(self, node: Node, collection: str, snapshot: str) -> None:
        """``DELETE /collections/{collection}/snapshots/{snapshot}``: frees the node's snapshot volume."""
        self.client(node).json(
            "DELETE", f"/collections/{_name(collection)}/snapshots/{_name(snapshot)}?wait=true"
        )
        log.info(
            "qdrant snapshot deleted",
            extra={"node": node.name, "collection": collection, "snapshot": snapshot},
        )

    def recover(
        self, node: Node, collection: str, chunks: Iterable[bytes], *, size: int, sha256: str
    ) -> None:
        """``POST /collections/{collection}/snapshots/upload?priority=snapshot&checksum=...``.

        The upload endpoint is used rather than ``PUT .../snapshots/recover`` with a URL: Qdrant
        has no route to S3 (only the backup jobs may leave the cluster), so the tool streams the
        object from S3 into the request. Qdrant checks ``checksum`` before it replaces anything.
        """
        boundary = uuid.uuid4().hex
        head = (
            f"--{boundary}\r\n"
            f'Content-Disposition: form-data; name="snapshot"; filename="{collection}.snapshot"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n"
        ).encode()
        tail = f"\r\n--{boundary}--\r\n".encode()
        response = self.client(node).upload(
            "POST",
            f"/collections/{_name(collection)}/snapshots/upload?wait=true&priority=snapshot&checksum={sha256}",
            _framed(head, chunks, tail),
            size=len(head) + size + len(tail),
            content_type=f"multipart/form-data; boundary={boundary}",
        )
        if response is not None and response.get("status") not in (None, "ok"):
            raise SourceError(f"qdrant recover {collection} on {node.url}: {response}")
        log.info("qdrant collection recovered", extra={"node": node.name, "collection": collection})


def _framed(head: bytes, chunks: Iterable[bytes], tail: bytes) -> Iterator[bytes]:
    yield head
    yield from chunks
    yield tail


def _name(value: str) -> str:
    return quote(value, safe="")


def _result(response: Any) -> Any:
    if not isinstance(response, dict) or "result" not in response:
        raise SourceError(f"unexpected Qdrant response: {response!r}")
    return response["result"]
