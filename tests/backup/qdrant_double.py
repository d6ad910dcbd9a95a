"""A TEST DOUBLE of Qdrant's HTTP API: only the snapshot endpoints the backup tool uses.

There is no Qdrant server package on this machine, so the Qdrant side of the backup tool is
tested against this double. It implements, with real bytes, exactly the documented endpoints
(https://api.qdrant.tech/api-reference/snapshots) the tool calls: ``GET /collections``,
``GET /cluster``, ``POST/GET /collections/{c}/snapshots``, ``GET/DELETE
/collections/{c}/snapshots/{name}`` and ``POST /collections/{c}/snapshots/upload`` (multipart,
with the ``checksum`` and ``priority`` query parameters), and checks the ``api-key`` header.
A snapshot is a tar archive of the collection's points file; recovering one replaces the points.
"""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

POINTS_FILE = "points.bin"


@dataclass
class QdrantState:
    """What the double holds: collections (name -> points bytes) and snapshots on its 'disk'."""

    api_key: str
    collections: dict[str, bytes] = field(default_factory=dict)
    snapshots: dict[tuple[str, str], bytes] = field(default_factory=dict)
    cluster_peers: dict[str, str] = field(default_factory=dict)
    """``GET /cluster`` peers (peer id -> p2p URI); empty means cluster mode is disabled."""
    download_delay_seconds: float = 0.0
    """Pause between 64 KiB chunks of a download, to let a test kill a client mid-stream."""
    downloaded_bytes: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    counter: int = 0


def snapshot_of(points: bytes, collection: str) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        info = tarfile.TarInfo(f"{collection}/{POINTS_FILE}")
        info.size = len(points)
        info.mtime = 0
        archive.addfile(info, io.BytesIO(points))
    return buffer.getvalue()


def points_of(snapshot: bytes) -> bytes:
    with tarfile.open(fileobj=io.BytesIO(snapshot), mode="r") as archive:
        for member in archive.getmembers():
            if member.name.endswith(POINTS_FILE):
                extracted = archive.extractfile(member)
                assert extracted is not None
                return extracted.read()
    raise ValueError("not a collection snapshot")


class _Handler(BaseHTTPRequestHandler):
    state: QdrantState

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _reply(self, status: int, result: Any) -> None:
        body = json.dumps(
            {"result": result, "status": "ok" if status < 300 else {"error": result}, "time": 0.0}
        ).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _route(self) -> tuple[list[str], dict[str, list[str]]] | None:
        if self.headers.get("api-key") != self.state.api_key:
            self._reply(403, "Invalid api-key")
            return None
        url = urlsplit(self.path)
        return [unquote(part) for part in url.path.strip("/").split("/")], parse_qs(url.query)

    def do_GET(self) -> None:
        route = self._route()
        if route is None:
            return
        parts, _ = route
        state = self.state
        match parts:
            case ["collections"]:
                self._reply(200, {"collections": [{"name": name} for name in sorted(state.collections)]})
            case ["cluster"] if state.cluster_peers:
                peers = {peer: {"uri": uri} for peer, uri in state.cluster_peers.items()}
                self._reply(200, {"status": "enabled", "peer_id": int(next(iter(peers))), "peers": peers})
            case ["cluster"]:
                self._reply(200, {"status": "disabled"})
            case ["collections", name, "snapshots"] if name in state.collections:
                self._reply(
                    200, [_describe(n, data) for (c, n), data in state.snapshots.items() if c == name]
                )
            case ["collections", name, "snapshots", snapshot] if (name, snapshot) in state.snapshots:
                self._stream(state.snapshots[(name, snapshot)])
            case _:
                self._reply(404, f"Not found: {self.path}")

    def do_POST(self) -> None:
        route = self._route()
        if route is None:
            return
        parts, query = route
        state = self.state
        match parts:
            case ["collections", name, "snapshots"] if name in state.collections:
                with state.lock:
                    state.counter += 1
                    snapshot = f"{name}-{state.counter}-2026-01-05-10-20-00.snapshot"
                    state.snapshots[(name, snapshot)] = snapshot_of(state.collections[name], name)
                self._reply(200, _describe(snapshot, state.snapshots[(name, snapshot)]))
            case ["collections", name, "snapshots", "upload"]:
                data = _multipart_file(
                    self.headers["Content-Type"], self.rfile.read(int(self.headers["Content-Length"]))
                )
                checksum = query.get("checksum", [None])[0]
                if checksum is not None and hashlib.sha256(data).hexdigest() != checksum:
                    self._reply(400, "Bad request: Checksum mismatch")
                    return
                if query.get("priority", ["replica"])[0] not in ("snapshot", "replica", "no_sync"):
                    self._reply(400, "Bad request: unknown priority")
                    return
                state.collections[name] = points_of(data)
                self._reply(200, True)
            case _:
                self._reply(404, f"Not found: {self.path}")

    def do_DELETE(self) -> None:
        route = self._route()
        if route is None:
            return
        parts, _ = route
        match parts:
            case ["collections", name, "snapshots", snapshot] if (name, snapshot) in self.state.snapshots:
                del self.state.snapshots[(name, snapshot)]
                self._reply(200, True)
            case _:
                self._reply(404, f"Not found: {self.path}")

    def _stream(self, data: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        try:
            for start in range(0, len(data), 64 * 1024):
                self.wfile.write(data[start : start + 64 * 1024])
                self.state.downloaded_bytes += min(64 * 1024, len(data) - start)
                if self.state.download_delay_seconds:
                    time.sleep(self.state.download_delay_seconds)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client was killed mid-download, which is what some tests do


def _describe(name: str, data: bytes) -> dict[str, Any]:
    return {
        "name": name,
        "size": len(data),
        "creation_time": "2026-01-05T10:20:00",
        "checksum": hashlib.sha256(data).hexdigest(),
    }


def _multipart_file(content_type: str, body: bytes) -> bytes:
    boundary = content_type.split("boundary=", 1)[1].encode()
    for part in body.split(b"--" + boundary):
        head, separator, content = part.partition(b"\r\n\r\n")
        if separator and b'name="snapshot"' in head:
            return content[: -len(b"\r\n")] if content.endswith(b"\r\n") else content
    raise ValueError("no snapshot part in the upload")


@contextmanager
def qdrant_double(state: QdrantState) -> Iterator[str]:
    """Serve ``state`` on a free loopback port; yields the base URL."""
    handler = type("Handler", (_Handler,), {"state": state})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
