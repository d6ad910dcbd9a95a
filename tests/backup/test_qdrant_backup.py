"""``qdrant snapshot`` and ``restore`` against the Qdrant TEST DOUBLE and moto S3, including a killed run."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
from contexter_backup.errors import ExitCode
from contexter_backup.qdrant import Node, Qdrant

from tests.backup.conftest import ENVIRONMENT, PART_SIZE, Tool
from tests.backup.qdrant_double import QdrantState, qdrant_double

pytestmark = pytest.mark.integration  # starts moto and the double, and kills a real process: about 15 s

API_KEY = "qdrant-test-key"


@pytest.fixture
def qdrant(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[QdrantState, str]]:
    monkeypatch.setenv("QDRANT_API_KEY", API_KEY)
    state = QdrantState(
        api_key=API_KEY, collections={"docs": os.urandom(300_000), "chunks": b"points of chunks"}
    )
    with qdrant_double(state) as url:
        yield state, url


def test_snapshot_stores_every_collection_with_a_manifest_and_frees_qdrant(
    qdrant: tuple[QdrantState, str], tool: Tool
) -> None:
    state, url = qdrant

    assert tool.run("qdrant", "snapshot", "--qdrant-url", url) == ExitCode.OK

    assert tool.objects() == [
        f"{ENVIRONMENT}/qdrant/chunks/20260105T102000Z.manifest.json",
        f"{ENVIRONMENT}/qdrant/chunks/20260105T102000Z.snapshot",
        f"{ENVIRONMENT}/qdrant/docs/20260105T102000Z.manifest.json",
        f"{ENVIRONMENT}/qdrant/docs/20260105T102000Z.snapshot",
    ]
    body = tool.s3.get_object(Bucket=tool.bucket, Key=tool.objects()[2])["Body"].read()
    [stored] = json.loads(body)["objects"]
    snapshot = tool.s3.get_object(Bucket=tool.bucket, Key=stored["key"])["Body"].read()
    assert stored["sha256"] == hashlib.sha256(snapshot).hexdigest()
    assert state.snapshots == {}, "every snapshot is deleted from Qdrant once it is in S3"
    assert 'component="qdrant"' in tool.metrics.read_text(encoding="utf-8")
    assert tool.run("verify", "--component", "qdrant") == ExitCode.OK


def test_restore_recovers_the_collections_and_honours_at(qdrant: tuple[QdrantState, str], tool: Tool) -> None:
    state, url = qdrant
    original = dict(state.collections)
    assert tool.run("qdrant", "snapshot", "--qdrant-url", url) == ExitCode.OK
    state.collections["docs"] = b"changed after the first backup"
    tool.clock.advance(minutes=20)
    assert tool.run("qdrant", "snapshot", "--qdrant-url", url) == ExitCode.OK
    state.collections = {"docs": b"", "chunks": b""}

    assert tool.run("qdrant", "restore", "--qdrant-url", url) == ExitCode.OK
    assert state.collections == {"docs": b"changed after the first backup", "chunks": original["chunks"]}

    assert (
        tool.run("qdrant", "restore", "--qdrant-url", url, "--at", "20260105T103000Z", "--collection", "docs")
        == ExitCode.OK
    )
    assert state.collections["docs"] == original["docs"]


def test_restore_fails_clearly_when_there_is_nothing_to_restore(
    qdrant: tuple[QdrantState, str], tool: Tool
) -> None:
    _, url = qdrant
    assert tool.run("qdrant", "restore", "--qdrant-url", url) == ExitCode.NOTHING_TO_RESTORE
    assert tool.run("qdrant", "snapshot", "--qdrant-url", url) == ExitCode.OK
    assert (
        tool.run("qdrant", "restore", "--qdrant-url", url, "--at", "2026-01-05T10:00:00Z")
        == ExitCode.NOTHING_TO_RESTORE
    )


def test_a_wrong_api_key_is_a_source_error(
    qdrant: tuple[QdrantState, str], tool: Tool, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, url = qdrant
    monkeypatch.setenv("QDRANT_API_KEY", "wrong")
    assert tool.run("qdrant", "snapshot", "--qdrant-url", url) == ExitCode.SOURCE
    assert tool.objects() == []


def test_a_run_killed_halfway_never_becomes_the_newest_good_backup(
    qdrant: tuple[QdrantState, str], tool: Tool
) -> None:
    state, url = qdrant
    good = dict(state.collections)
    assert tool.run("qdrant", "snapshot", "--qdrant-url", url) == ExitCode.OK
    state.collections = {"docs": os.urandom(3 * PART_SIZE)}  # three parts, streamed slowly
    state.download_delay_seconds = 0.004
    state.downloaded_bytes = 0

    later = "2026-01-05T10:40:00Z"
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            _RUN_AT.format(later=later),
            "qdrant",
            "snapshot",
            "--qdrant-url",
            url,
            *tool.common(),
        ],
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while state.downloaded_bytes < int(1.5 * PART_SIZE) and time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read() if process.stderr else b""
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)  # no clean-up code runs: as if the node died
    process.wait()
    state.download_delay_seconds = 0

    uploads = tool.s3.list_multipart_uploads(Bucket=tool.bucket).get("Uploads", [])
    assert [upload["Key"] for upload in uploads] == [f"{ENVIRONMENT}/qdrant/docs/20260105T104000Z.snapshot"]
    assert not [key for key in tool.objects() if "20260105T104000Z" in key], "nothing of the run is visible"

    tool.clock.advance(minutes=30)
    assert tool.run("verify", "--component", "qdrant") == ExitCode.OK
    state.collections = {"docs": b""}
    assert tool.run("qdrant", "restore", "--qdrant-url", url, "--collection", "docs") == ExitCode.OK
    assert state.collections["docs"] == good["docs"], "the restore used the last complete backup"

    tool.clock.advance(hours=3)
    assert tool.run("prune", "--component", "qdrant") == ExitCode.OK
    assert tool.s3.list_multipart_uploads(Bucket=tool.bucket).get("Uploads", []) == []


_RUN_AT = """
import sys
from datetime import datetime
from contexter_backup.cli import main
sys.exit(main(sys.argv[1:], clock=lambda: datetime.fromisoformat("{later}")))
"""


def test_nodes_of_a_cluster_are_its_peers_on_the_http_port() -> None:
    state = QdrantState(api_key=API_KEY)
    with qdrant_double(state) as url:
        single = Qdrant(url, api_key=API_KEY).nodes()
        state.cluster_peers = {
            "7": "http://qdrant-1.qdrant-headless.contexter-data:6335/",
            "3": "http://qdrant-0.qdrant-headless.contexter-data:6335/",
        }
        clustered = Qdrant(url, api_key=API_KEY).nodes()
    port = url.rsplit(":", 1)[1]

    assert single == [Node(None, url)]
    assert clustered == [
        Node("qdrant-0", f"http://qdrant-0.qdrant-headless.contexter-data:{port}"),
        Node("qdrant-1", f"http://qdrant-1.qdrant-headless.contexter-data:{port}"),
    ]


def test_prune_applies_retention_and_always_keeps_the_newest_backup(
    qdrant: tuple[QdrantState, str], tool: Tool
) -> None:
    state, url = qdrant
    state.collections = {"docs": b"points"}
    for _ in range(6):  # 10:20, 10:50, 11:20, 11:50, 12:20, 12:50
        assert tool.run("qdrant", "snapshot", "--qdrant-url", url) == ExitCode.OK
        tool.clock.advance(minutes=30)

    def kept() -> list[str]:
        manifests = [key for key in tool.objects() if key.endswith(".manifest.json")]
        return [key.rsplit("/", 1)[1].split(".")[0] for key in manifests]

    assert (
        tool.run(
            "prune", "--component", "qdrant", "--keep-hourly", "2", "--keep-daily", "1", "--keep-weekly", "0"
        )
        == ExitCode.OK
    )
    assert kept() == ["20260105T115000Z", "20260105T125000Z"], "the newest of the last two hours"
    assert all(not key.endswith("T102000Z.snapshot") for key in tool.objects()), "data goes with its manifest"
    assert (
        tool.run(
            "prune", "--component", "qdrant", "--keep-hourly", "0", "--keep-daily", "0", "--keep-weekly", "0"
        )
        == ExitCode.OK
    )
    assert kept() == ["20260105T125000Z"], "the newest good backup survives any retention"
    assert (
        tool.run(
            "prune", "--component", "qdrant", "--keep-hourly", "0", "--keep-daily", "0", "--keep-weekly", "0"
        )
        == ExitCode.OK
    )
    assert kept() == ["20260105T125000Z"], "pruning again changes nothing"
    assert tool.run("verify", "--component", "qdrant") == ExitCode.OK
