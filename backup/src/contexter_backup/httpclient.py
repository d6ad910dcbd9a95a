"""A small streaming HTTP client on the standard library, for the Qdrant and Vault APIs.

Streaming matters: snapshots are as large as the data, so downloads are read in chunks and
uploads are sent from an iterator, never held in memory.
"""

from __future__ import annotations

import http.client
import json
import ssl
from collections.abc import Iterable, Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit

from contexter_backup.errors import SourceError

CHUNK = 1024 * 1024


class HttpClient:
    """Requests against one base URL, with fixed headers (an API key) on every request."""

    def __init__(
        self,
        base_url: str,
        *,
        headers: Mapping[str, str] | None = None,
        timeout_seconds: float = 300.0,
        ca_file: str | None = None,
    ) -> None:
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"{base_url!r} is not an http(s) URL")
        self.base_url = base_url.rstrip("/")
        self._scheme = parts.scheme
        self._host = parts.hostname
        self._port = parts.port or (443 if parts.scheme == "https" else 80)
        self._base_path = parts.path.rstrip("/")
        self._headers = dict(headers or {})
        self._timeout = timeout_seconds
        self._context = ssl.create_default_context(cafile=ca_file) if parts.scheme == "https" else None

    def json(self, method: str, path: str, body: Any = None) -> Any:
        """Send ``body`` as JSON (when given) and return the decoded JSON response."""
        data = None if body is None else json.dumps(body).encode()
        headers = {"Content-Type": "application/json"} if data is not None else {}
        response, connection = self._send(
            method, path, headers, [data] if data is not None else [], len(data or b"")
        )
        try:
            payload = response.read()
        finally:
            connection.close()
        return json.loads(payload) if payload else None

    def download(self, path: str) -> Iterator[bytes]:
        """The response body of ``GET path`` in chunks of up to 1 MiB."""
        response, connection = self._send("GET", path, {}, [], 0)
        try:
            while chunk := response.read(CHUNK):
                yield chunk
        finally:
            connection.close()

    def upload(
        self,
        method: str,
        path: str,
        chunks: Iterable[bytes],
        *,
        size: int,
        content_type: str = "application/octet-stream",
    ) -> Any:
        """Stream ``size`` bytes from ``chunks`` as the request body; returns the JSON response, if any."""
        response, connection = self._send(method, path, {"Content-Type": content_type}, chunks, size)
        try:
            payload = response.read()
        finally:
            connection.close()
        try:
            return json.loads(payload) if payload else None
        except ValueError:
            return None

    def _send(
        self, method: str, path: str, headers: Mapping[str, str], chunks: Iterable[bytes], size: int
    ) -> tuple[http.client.HTTPResponse, http.client.HTTPConnection]:
        connection: http.client.HTTPConnection
        if self._scheme == "https":
            connection = http.client.HTTPSConnection(
                self._host, self._port, timeout=self._timeout, context=self._context
            )
        else:
            connection = http.client.HTTPConnection(self._host, self._port, timeout=self._timeout)
        url = f"{self.base_url}{path}"
        try:
            connection.putrequest(method, f"{self._base_path}{path}")
            for name, value in {**self._headers, **headers, "Content-Length": str(size)}.items():
                connection.putheader(name, value)
            connection.endheaders()
            for chunk in chunks:
                connection.send(chunk)
            response = connection.getresponse()
        except (OSError, http.client.HTTPException) as error:
            connection.close()
            raise SourceError(f"{method} {url}: {error}") from error
        if response.status >= 300:
            detail = response.read(2048).decode(errors="replace")
            connection.close()
            raise SourceError(f"{method} {url}: HTTP {response.status}: {detail}")
        return response, connection
