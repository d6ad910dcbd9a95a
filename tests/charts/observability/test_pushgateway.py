"""A real Pushgateway (Debian's 1.5) keeps what the backup tool pushed across a restart, with the
flags of ``dist/<env>`` (the prometheus-pushgateway Application's ``extraArgs``), its volume path
(``persistentVolume.mountPath``) mapped to a temporary directory.

Debian builds Pushgateway with ``--persistence.file`` defaulting to ``/var/lib/prometheus/...``;
upstream's default, and so the chart's image's, is empty (memory only). The tests pass upstream's
default whenever the synthesized flags set none, so they see what the cluster would do and never
touch the system's data directory.
"""

from __future__ import annotations

import urllib.request
from pathlib import Path

import pytest

from tests.charts.observability.toolchain import application_values, binary, free_port, server

pytestmark = pytest.mark.integration

PUSHED = "contexter_backup_last_success_timestamp_seconds"


def pushgateway_args(extra_args: list[str], mount_path: str, volume: Path, port: int) -> list[str]:
    args = [a.replace(f"={mount_path.rstrip('/')}/", f"={volume}/") for a in extra_args]
    if not any(a.startswith("--persistence.file=") for a in args):
        args.append("--persistence.file=")
    return [binary("prometheus-pushgateway"), f"--web.listen-address=127.0.0.1:{port}", *args]


def survives_restart(extra_args: list[str], mount_path: str, tmp_path: Path) -> bool:
    """Push one backup success, restart the Pushgateway, and say whether it still serves it."""
    volume = tmp_path / "volume"
    volume.mkdir()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    args = pushgateway_args(extra_args, mount_path, volume, port)
    with server(args, f"{url}/-/ready", tmp_path / "first.log"):
        body = f"# TYPE {PUSHED} gauge\n{PUSHED} 1767607200\n".encode()
        request = urllib.request.Request(  # noqa: S310 - loopback only
            f"{url}/metrics/job/contexter-backup/component/qdrant", data=body, method="PUT"
        )
        with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310
            assert response.status == 200
    with (
        server(args, f"{url}/-/ready", tmp_path / "second.log"),
        urllib.request.urlopen(f"{url}/metrics", timeout=5) as response,  # noqa: S310
    ):
        exposed = response.read().decode()
    return f'{PUSHED}{{component="qdrant",instance="",job="contexter-backup"}} 1.7676072e+09' in exposed


@pytest.mark.parametrize("env", ["prod", "dev"])
def test_the_pushgateway_keeps_pushed_series_across_a_restart(env: str, tmp_path: Path) -> None:
    values = application_values(env, "prometheus-pushgateway")
    assert survives_restart(values["extraArgs"], values["persistentVolume"]["mountPath"], tmp_path)


def test_fails_when_the_pushgateway_only_mounts_a_volume(tmp_path: Path) -> None:
    values = application_values("prod", "prometheus-pushgateway")
    assert not survives_restart([], values["persistentVolume"]["mountPath"], tmp_path)
