"""Mutation tests: each realistic regression must flip ``contexter-deploy report`` to a non-zero exit.

They run against a copy of ``MUTATION_TARGET``: the hand-built fixture set under
``tests/report/fixtures/``, laid out like ``dist/`` and ``cdktf.out/``. Once the real workloads,
stacks and backups are merged, point ``MUTATION_TARGET`` at the repository's ``dist/`` and
``cdktf.out/`` (and adjust the file names below if they differ): the tests then prove the same
on what Argo CD and Terraform actually apply.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from contexter_deploy.cli import main
from tests.report.builders import FIXTURE_CDKTF_OUT, FIXTURE_DIST


@dataclass(frozen=True)
class Target:
    dist: Path
    cdktf_out: Path
    environment: str


MUTATION_TARGET = Target(FIXTURE_DIST, FIXTURE_CDKTF_OUT, "prod")


def copy_of(tmp_path: Path) -> Target:
    dist, cdktf_out = tmp_path / "dist", tmp_path / "cdktf.out"
    shutil.copytree(MUTATION_TARGET.dist, dist)
    shutil.copytree(MUTATION_TARGET.cdktf_out, cdktf_out)
    return Target(dist, cdktf_out, MUTATION_TARGET.environment)


def mutate(target: Target, relative: str, old: str, new: str) -> None:
    """Replace ``old`` by ``new`` in ``dist/<env>/<relative>``; fails if ``old`` is absent."""
    path = target.dist / target.environment / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not found in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def report(target: Target) -> int:
    return main(
        [
            "report",
            "--env",
            target.environment,
            "--dist",
            str(target.dist),
            "--cdktf-out",
            str(target.cdktf_out),
        ]
    )


def test_the_unmutated_target_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert report(copy_of(tmp_path)) == 0, capsys.readouterr().out


MUTATIONS = {
    "backup-every-2-hours": (
        "contexter-data/qdrant-backup.cronjob.yaml",
        'schedule: "*/20 * * * *"',
        'schedule: "0 */2 * * *"',
        "rpo            qdrant",
    ),
    "max-unavailable-1-with-one-replica": (
        "contexter/ingestion.rollout.yaml",
        "  replicas: 3\n",
        "  replicas: 1\n",
        "zero-downtime  ingestion",
    ),
    "topology-spread-dropped": (
        "contexter/api-gateway.rollout.yaml",
        "        topologyKey: topology.kubernetes.io/zone\n",
        "        topologyKey: example.com/not-a-zone\n",
        "zone-loss      api-gateway",
    ),
    "hpa-scale-up-shrunk": (
        "contexter/api-gateway.horizontalpodautoscaler.yaml",
        "      - {type: Percent, value: 900, periodSeconds: 15}\n"
        "      - {type: Pods, value: 10, periodSeconds: 15}",
        "      - {type: Percent, value: 100, periodSeconds: 60}",
        "scale-out      api-gateway",
    ),
}


@pytest.mark.parametrize("name", MUTATIONS)
def test_fails_when_mutated(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    relative, old, new, failing_row = MUTATIONS[name]
    target = copy_of(tmp_path)
    mutate(target, relative, old, new)
    if name == "max-unavailable-1-with-one-replica":
        mutate(target, "contexter/ingestion.rollout.yaml", "maxUnavailable: 0", "maxUnavailable: 1")
        mutate(target, "contexter/ingestion.scaledobject.yaml", "minReplicaCount: 3", "minReplicaCount: 1")

    assert report(target) == 1
    out = capsys.readouterr().out
    failing = [line for line in out.splitlines() if line.startswith(failing_row)]
    assert failing and failing[0].rstrip().endswith("FAIL"), out
