"""Vault integrated-storage (raft) snapshots over Vault's HTTP API.

Save: log in with the pod's ServiceAccount token through the Kubernetes auth method (a role
whose only policy allows ``read`` on ``sys/storage/raft/snapshot``), then stream
``GET /v1/sys/storage/raft/snapshot``. The snapshot is taken by the active node, which the
standby nodes forward to.

Restore: ``POST /v1/sys/storage/raft/snapshot-force`` with a token an operator supplies (the
backup role cannot restore). ``-force`` installs a snapshot taken by another cluster, which is
the disaster-recovery case; the snapshot's keyring is sealed with the same KMS key, so the
restored cluster auto-unseals.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

from contexter_backup.errors import SourceError
from contexter_backup.httpclient import HttpClient

log = logging.getLogger(__name__)

SNAPSHOT_PATH = "/v1/sys/storage/raft/snapshot"
FORCE_RESTORE_PATH = "/v1/sys/storage/raft/snapshot-force"


class Vault:
    """A Vault cluster at ``address`` (``https://vault.vault.svc.cluster.local:8200``)."""

    def __init__(self, address: str, *, ca_file: str | None, timeout_seconds: float = 600.0) -> None:
        self.address = address.rstrip("/")
        self._ca_file = ca_file
        self._timeout = timeout_seconds

    def login(self, *, mount: str, role: str, jwt_path: Path) -> str:
        """A client token from the Kubernetes auth method, for the ServiceAccount token at ``jwt_path``."""
        try:
            jwt = jwt_path.read_text(encoding="utf-8").strip()
        except OSError as error:
            raise SourceError(f"reading the ServiceAccount token {jwt_path}: {error}") from error
        response = self._client().json("POST", f"/v1/auth/{mount}/login", {"role": role, "jwt": jwt})
        try:
            token = str(response["auth"]["client_token"])
        except (TypeError, KeyError) as error:
            raise SourceError(f"Vault login with role {role!r} returned no token") from error
        log.info("vault login", extra={"mount": mount, "role": role})
        return token

    def snapshot(self, token: str) -> Iterator[bytes]:
        """The raft snapshot, streamed (a gzipped tar archive)."""
        return self._client(token).download(SNAPSHOT_PATH)

    def restore(self, token: str, chunks: Iterable[bytes], *, size: int) -> None:
        """Install a snapshot, replacing all of Vault's data."""
        self._client(token).upload("POST", FORCE_RESTORE_PATH, chunks, size=size)
        log.warning("vault snapshot restored", extra={"address": self.address})

    def _client(self, token: str | None = None) -> HttpClient:
        headers = {"X-Vault-Token": token} if token else {}
        return HttpClient(self.address, headers=headers, timeout_seconds=self._timeout, ca_file=self._ca_file)
