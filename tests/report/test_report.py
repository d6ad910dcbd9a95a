"""The whole report: the fixture environments, the command line, the committed docs, the speed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from contexter_deploy.cli import CDKTF_OUT, READINESS_DOCS, main
from contexter_deploy.ground.config import ENVIRONMENT_NAMES
from contexter_deploy.kubernetes_synth import DIST_DIR
from contexter_deploy.report import build_report
from contexter_deploy.report.chart import cost_svg
from contexter_deploy.report.docs import render_docs
from contexter_deploy.report.result import Status
from tests.report.builders import FIXTURE_CDKTF_OUT, FIXTURE_DIST, workload


def fixture_report(environment: str) -> dict[tuple[str, str], str]:
    report = build_report(environment, dist=FIXTURE_DIST, cdktf_out=FIXTURE_CDKTF_OUT)
    return {(row.figure, row.subject): row.value for row in report.rows}


@pytest.mark.shared  # reads the pinned charts or CRDs in ../shared
def test_the_prod_fixture_meets_every_target() -> None:
    report = build_report("prod", dist=FIXTURE_DIST, cdktf_out=FIXTURE_CDKTF_OUT)
    assert report.passed, [row for row in report.failures]
    values = fixture_report("prod")
    assert values["scale-out", "api-gateway"] == "122 s to 28 replicas"
    assert values["rollout", "api-gateway"] == "587 s at 3 replicas"
    assert values["rpo", "qdrant"] == "3300 s"  # 2 x 1200 + startingDeadlineSeconds 300 + 600
    assert values["zone-loss", "vault"] == "3 of 5 peers left"
    assert values["zero-downtime", "redis"] == "ready"


def test_dev_is_reported_honestly_but_not_enforced(capsys: pytest.CaptureFixture[str]) -> None:
    report = build_report("dev", dist=FIXTURE_DIST, cdktf_out=FIXTURE_CDKTF_OUT)
    zone = next(row for row in report.rows if row.figure == "zone-loss" and row.subject == "api-gateway")
    assert (zone.value, zone.status) == ("0 of 1 left", Status.FAIL)
    assert not report.enforced and report.passed
    assert (
        main(["report", "--env", "dev", "--dist", str(FIXTURE_DIST), "--cdktf-out", str(FIXTURE_CDKTF_OUT)])
        == 0
    )
    assert "FAIL (advisory)" in capsys.readouterr().out


def test_manual_jobs_are_not_part_of_what_is_deployed() -> None:
    report = build_report("prod", dist=FIXTURE_DIST, cdktf_out=FIXTURE_CDKTF_OUT)
    assert all("qdrant-restore" not in ref for row in report.rows for ref in row.derived_from)
    assert all("environments" not in Path(source).parts for source in report.sources)


@pytest.mark.shared  # reads the pinned charts or CRDs in ../shared
def test_json_format_lists_every_row(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "report",
            "--env",
            "prod",
            "--format",
            "json",
            "--dist",
            str(FIXTURE_DIST),
            "--cdktf-out",
            str(FIXTURE_CDKTF_OUT),
        ]
    )
    [payload] = json.loads(capsys.readouterr().out)
    assert code == 0 and payload["passed"] is True
    assert {row["figure"] for row in payload["rows"]} == {
        "scale-out",
        "rollout",
        "rpo",
        "rto",
        "zone-loss",
        "zero-downtime",
        "connections",
        "efficiency",
        "cost",
        "credentials",
        "bootstrap",
        "api-server",
    }


def test_a_missing_dist_folder_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--env", "prod", "--dist", str(tmp_path)]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_fails_with_reasons_when_inputs_are_absent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a dist/prod with one Rollout and nothing else: no autoscaler, no backup, no zone list, no node
    # types, no Terraform JSON. Every figure that needs what is absent fails and names it.
    (tmp_path / "dist" / "prod" / "contexter").mkdir(parents=True)
    rollout = workload("Rollout", "api", strategy={"blueGreen": {"activeService": "api"}})
    (tmp_path / "dist" / "prod" / "contexter" / "api.rollout.yaml").write_text(
        yaml.safe_dump(rollout), encoding="utf-8"
    )
    code = main(
        ["report", "--env", "prod", "--dist", str(tmp_path / "dist"), "--cdktf-out", str(tmp_path / "none")]
    )
    out = capsys.readouterr().out
    assert code == 1
    assert "no HorizontalPodAutoscaler or ScaledObject targets Rollout contexter/api" in out
    report = build_report("prod", dist=tmp_path / "dist", cdktf_out=tmp_path / "none")
    missing = {row.subject: row.details for row in report.rows if row.value == "not computable"}
    assert missing["qdrant"] == ("no CronJob backing up qdrant found in dist/prod",)
    assert missing["every service"] == (
        "no zone list (NodePool zone requirement or aws_subnet availability_zone) found in dist/prod"
        " or none/stacks/prod/cdk.tf.json",
    )
    assert all(row.status is not Status.PASS for row in report.rows if row.value == "not computable")


@pytest.mark.shared  # reads the pinned charts or CRDs in ../shared
def test_validate_runs_the_report(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["validate", "--env", "dev"])
    out = capsys.readouterr().out
    assert "readiness: dev: " in out
    assert code == 0  # dev's targets are advisory
    expected = 0 if build_report("prod", dist=DIST_DIR, cdktf_out=CDKTF_OUT).passed else 1
    assert main(["validate", "--env", "prod"]) == expected


@pytest.mark.shared  # reads the pinned charts or CRDs in ../shared
def test_the_committed_readiness_docs_are_up_to_date() -> None:
    fresh = render_docs(ENVIRONMENT_NAMES, dist=DIST_DIR, cdktf_out=CDKTF_OUT)
    committed = {path.name: path.read_text(encoding="utf-8") for path in sorted(READINESS_DOCS.iterdir())}
    assert committed.keys() == fresh.keys(), "run `make readiness-docs`"
    for name, content in fresh.items():
        assert committed[name] == content, f"docs/readiness/{name} is out of date: run `make readiness-docs`"


def test_the_cost_chart_is_byte_identical_from_one_render_to_the_next() -> None:
    costs = {"dev": [("EKS", 73.0)], "prod": [("EKS", 73.0), ("nodes", 500.0)]}
    first = cost_svg(costs)
    assert first == cost_svg(costs)
    assert "<dc:date>" not in first
