"""Mutation tests: each realistic regression must flip ``contexter-deploy report`` to a non-zero exit.

They run against a temporary copy of the repository's own ``dist/prod`` and
``cdktf.out/stacks/prod`` (``MUTATION_TARGET``): what Argo CD and Terraform actually apply. The
repository is never touched. The hand-built fixtures under ``tests/report/fixtures/`` serve the
unit tests of each figure.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from contexter_deploy.cli import CDKTF_OUT, main
from contexter_deploy.kubernetes_synth import DIST_DIR


@dataclass(frozen=True)
class Target:
    dist: Path
    cdktf_out: Path
    environment: str


MUTATION_TARGET = Target(DIST_DIR, CDKTF_OUT, "prod")


def copy_of(tmp_path: Path) -> Target:
    """The target environment's ``dist`` folder and Terraform JSON, copied under ``tmp_path``."""
    environment = MUTATION_TARGET.environment
    dist, cdktf_out = tmp_path / "dist", tmp_path / "cdktf.out"
    shutil.copytree(MUTATION_TARGET.dist / environment, dist / environment)
    for name in (environment, "bootstrap"):  # bootstrap: the CI roles and the boundary (credentials)
        stack = Path("stacks") / name / "cdk.tf.json"
        (cdktf_out / stack).parent.mkdir(parents=True)
        shutil.copyfile(MUTATION_TARGET.cdktf_out / stack, cdktf_out / stack)
    return Target(dist, cdktf_out, environment)


def mutate(target: Target, relative: str, old: str, new: str) -> None:
    """Replace ``old`` by ``new`` in ``dist/<env>/<relative>``; fails if ``old`` is absent."""
    path = target.dist / target.environment / relative
    assert target.dist != MUTATION_TARGET.dist, "mutate a copy, never the repository"
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


@pytest.mark.shared  # reads the pinned charts or CRDs in ../shared
def test_the_unmutated_target_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert report(copy_of(tmp_path)) == 0, capsys.readouterr().out


SCALE_UP = """\
      - periodSeconds: 15
        type: Percent
        value: 300
      - periodSeconds: 15
        type: Pods
        value: 4
"""

MUTATIONS: dict[str, tuple[tuple[str, str, str], ...]] = {
    # the four regressions
    "backup-every-2-hours": (
        ("contexter-data/qdrant-backup.cronjob.yaml", "schedule: '*/20 * * * *'", "schedule: 0 */2 * * *"),
    ),
    "max-unavailable-1-with-one-replica": (
        ("contexter/ingestion.rollout.yaml", "maxUnavailable: 0", "maxUnavailable: 1"),
        ("contexter/ingestion.scaledobject.yaml", "minReplicaCount: 3", "minReplicaCount: 1"),
    ),
    "topology-spread-dropped": (
        (
            "contexter/api-gateway.rollout.yaml",
            "topologyKey: topology.kubernetes.io/zone",
            "topologyKey: example.com/not-a-zone",
        ),
    ),
    "hpa-scale-up-shrunk": (
        (
            "contexter/api-gateway.horizontalpodautoscaler.yaml",
            SCALE_UP,
            "      - periodSeconds: 60\n        type: Pods\n        value: 1\n",
        ),
    ),
    # what this design relies on for its targets
    "request-rate-not-served": (
        ("argocd/prometheus-adapter.application.yaml", "as: http_requests_per_second", "as: http_rps"),
    ),
    "vault-spread-soft": (
        (
            "argocd/vault.application.yaml",
            "whenUnsatisfiable: DoNotSchedule",
            "whenUnsatisfiable: ScheduleAnyway",
        ),
    ),
    "exporter-open-to-clients": (
        ("contexter-data/redis.authorizationpolicy.yaml", "        paths:\n        - /metrics\n", ""),
    ),
    "canary-pauses-of-four-minutes": (("contexter/search.rollout.yaml", "duration: 60", "duration: 240"),),
}

FAILING_ROW = {
    "backup-every-2-hours": "rpo            qdrant",
    "max-unavailable-1-with-one-replica": "zero-downtime  ingestion",
    "topology-spread-dropped": "zone-loss      api-gateway",
    "hpa-scale-up-shrunk": "scale-out      api-gateway",
    "request-rate-not-served": "scale-out      search",
    "vault-spread-soft": "zone-loss      vault",
    "exporter-open-to-clients": "zero-downtime  redis",
    "canary-pauses-of-four-minutes": "rollout        search",
}


@pytest.mark.parametrize("name", MUTATIONS)
def test_fails_when_mutated(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = copy_of(tmp_path)
    for relative, old, new in MUTATIONS[name]:
        mutate(target, relative, old, new)

    assert report(target) == 1
    out = capsys.readouterr().out
    failing = [line for line in out.splitlines() if line.startswith(FAILING_ROW[name])]
    assert failing and failing[0].rstrip().endswith("FAIL"), out
