"""The AWS calls the backup tool makes, recorded against moto, stay within ``aws_calls.CALLS``.

The deployment's IAM analysis grants and evaluates exactly the declared calls, so a call the tool
makes but does not declare would fail in the cluster with AccessDenied; this test sees it first.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
from contexter_backup import aws_calls, commands
from contexter_backup.layout import Layout
from contexter_backup.store import BackupStore

from tests.backup.conftest import ENVIRONMENT, PART_SIZE, REGION, Tool

Recorded = list[tuple[str, dict[str, Any]]]


class FakeVault:
    """Stands in for Vault's HTTP API: the test is about the S3 calls around it."""

    address = "https://vault.example:8200"

    def login(self, **_: object) -> str:
        return "token"

    def snapshot(self, token: str) -> Iterator[bytes]:
        yield b"raft" * (PART_SIZE // 2)

    def restore(self, token: str, chunks: Iterator[bytes], *, size: int) -> None:
        assert sum(len(chunk) for chunk in chunks) == size


def _vault() -> Any:
    return FakeVault()


def _recording_client(endpoint: str, recorded: Recorded) -> Any:
    client = boto3.session.Session().client("s3", endpoint_url=endpoint, region_name=REGION)

    def record(model: Any, params: dict[str, Any], **_: object) -> None:
        recorded.append((model.name, params))

    client.meta.events.register("before-call.s3", record)
    return client


@pytest.fixture
def recorder(tool: Tool, monkeypatch: pytest.MonkeyPatch) -> Recorded:
    """Every S3 call of every client the tool creates, as (operation, parameters)."""
    recorded: Recorded = []
    monkeypatch.setattr(boto3, "client", lambda *a, **k: _recording_client(tool.endpoint, recorded))
    return recorded


def _context(tool: Tool, recorded: Recorded) -> commands.Context:
    store = BackupStore(
        bucket=tool.bucket,
        layout=Layout(ENVIRONMENT, ""),
        client=_recording_client(tool.endpoint, recorded),
        part_size=PART_SIZE,
    )
    return commands.Context(store=store, clock=tool.clock)


def _operations(recorded: Recorded) -> set[str]:
    return {operation for operation, _ in recorded}


def _declared(argv: tuple[str, ...]) -> set[str]:
    return {operation for operations in aws_calls.calls_of(argv).values() for operation in operations}


def test_every_s3_call_of_each_subcommand_is_declared(tool: Tool, recorder: Recorded, tmp_path: Path) -> None:
    seen: set[str] = set()
    for _ in range(2):  # two backups, so prune has something to delete
        recorded: Recorded = []
        commands.vault_snapshot(
            _context(tool, recorded),
            _vault(),
            mount="kubernetes",
            role="backup",
            jwt_path=tmp_path,
        )
        assert _operations(recorded) <= _declared(("vault", "snapshot")), _operations(recorded)
        seen |= _operations(recorded)
        tool.clock.advance(hours=30)
    recorded = []
    vault = _vault()
    commands.vault_restore(_context(tool, recorded), vault, token="t", at=None, workdir=tmp_path)  # noqa: S106
    assert _operations(recorded) <= _declared(("vault", "restore")), _operations(recorded)
    seen |= _operations(recorded)
    for argv in (
        ("verify",),
        ("list",),
        ("prune", "--keep-hourly", "0", "--keep-daily", "0", "--keep-weekly", "0"),
    ):
        recorder.clear()
        tool.run(*argv)
        assert recorder, f"{argv}: no S3 call recorded"
        assert _operations(recorder) <= _declared(argv[:1]), (
            argv,
            _operations(recorder) - _declared(argv[:1]),
        )
        seen |= _operations(recorder)
    assert {"CreateMultipartUpload", "PutObject", "GetObject", "DeleteObject", "ListMultipartUploads"} <= seen
    assert seen <= set(aws_calls.S3_CALLS), seen - set(aws_calls.S3_CALLS)


def test_uploads_send_no_encryption_headers(tool: Tool, tmp_path: Path) -> None:
    """The bucket policy admits uploads without headers (default encryption) or with its own key only."""
    recorded: Recorded = []
    commands.vault_snapshot(
        _context(tool, recorded),
        _vault(),
        mount="kubernetes",
        role="backup",
        jwt_path=tmp_path,
    )
    uploads = [
        params for operation, params in recorded if operation in ("CreateMultipartUpload", "PutObject")
    ]
    assert len(uploads) == 2
    for params in uploads:
        assert not {"ServerSideEncryption", "SSEKMSKeyId"} & set(params), params
    assert aws_calls.SERVER_SIDE_ENCRYPTION == {}


def test_fails_when_a_subcommand_has_no_declaration() -> None:
    with pytest.raises(KeyError, match="known subcommands: qdrant snapshot"):
        aws_calls.calls_of(("qdrant", "compact"))


def test_fails_when_a_recorded_call_is_undeclared() -> None:
    """The check above, on a hand-made recording of a call nobody declared."""
    recorded: Recorded = [("ListObjectsV2", {}), ("DeleteObjects", {})]
    assert _operations(recorded) - _declared(("prune",)) == {"DeleteObjects"}
