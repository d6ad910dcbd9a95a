"""contexter_deploy/report/bootstrap.py: the readiness report's bootstrap section."""

from __future__ import annotations

import shutil
from pathlib import Path

from contexter_deploy.ground.config.loader import REPO_ROOT
from contexter_deploy.report import build_report
from contexter_deploy.report.result import Row, Status


def _rows(dist: Path, cdktf_out: Path = REPO_ROOT / "cdktf.out") -> dict[str, Row]:
    report = build_report("prod", dist=dist, cdktf_out=cdktf_out)
    return {row.subject: row for row in report.rows if row.figure == "bootstrap"}


def test_prod_bootstraps_survives_karpenter_down_and_keeps_state_on_demand() -> None:
    rows = _rows(REPO_ROOT / "dist")
    assert set(rows) == {
        "empty account to Ready",
        "Karpenter down",
        "one zone lost",
        "stateful and control placement",
    }
    assert all(row.status is Status.PASS for row in rows.values())


def test_fails_when_the_system_nodes_left_after_losing_a_zone_cannot_hold_what_only_they_run(
    tmp_path: Path,
) -> None:
    """Three m7i.large system nodes (the sizing before): two left cannot hold Argo CD, Karpenter, CoreDNS."""
    cdktf_out = tmp_path / "cdktf.out"
    shutil.copytree(REPO_ROOT / "cdktf.out", cdktf_out)
    stack = cdktf_out / "stacks" / "prod" / "cdk.tf.json"
    text = stack.read_text(encoding="utf-8")
    assert '"m7i.xlarge"' in text
    stack.write_text(text.replace('"m7i.xlarge"', '"m7i.large"'), encoding="utf-8")
    lost = _rows(REPO_ROOT / "dist", cdktf_out)["one zone lost"]
    assert lost.status is Status.FAIL
    assert lost.details and all("node group system" in detail for detail in lost.details)


def test_fails_when_the_capacity_application_waits_for_the_contexter_wave(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    shutil.copytree(REPO_ROOT / "dist" / "prod", dist / "prod")
    application = dist / "prod" / "argocd" / "capacity.application.yaml"
    text = application.read_text(encoding="utf-8")
    assert "argocd.argoproj.io/sync-wave: '3'" in text
    application.write_text(
        text.replace("argocd.argoproj.io/sync-wave: '3'", "argocd.argoproj.io/sync-wave: '10'")
    )
    row = _rows(dist)["empty account to Ready"]
    assert row.status is Status.FAIL
    assert any("istiod of istiod (wave 4) cannot be scheduled" in detail for detail in row.details)
