"""The promotion's performance gate: k6 summaries in, a pass or a blocked promotion out."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from contexter_deploy.config import Environment
from perf.regression import (
    SUMMARY_BEGIN,
    SUMMARY_END,
    Policy,
    RunFigures,
    extract_summary,
    judge,
    main,
    target,
)
from tests.conftest import REPO_ROOT

POLICY = Policy(p95_ms=500, max_error_rate=0.01)
BASELINE = RunFigures(requests=3600, p95_ms=200.0, error_rate=0.001)


def summary(*, requests: int = 3600, p95_ms: float = 200.0, error_rate: float = 0.001) -> dict[str, Any]:
    """A k6 handleSummary document, trimmed to what k6 0.54 writes for these metrics."""
    return {
        "metrics": {
            "http_reqs": {
                "type": "counter",
                "contains": "default",
                "values": {"count": requests, "rate": 20.0},
            },
            "http_req_duration": {
                "type": "trend",
                "contains": "time",
                "values": {"avg": p95_ms / 2, "med": p95_ms / 2, "p(90)": p95_ms * 0.9, "p(95)": p95_ms},
            },
            "http_req_failed": {
                "type": "rate",
                "contains": "default",
                "values": {"rate": error_rate, "passes": 3, "fails": requests - 3},
            },
        },
        "root_group": {"name": "", "checks": []},
    }


def test_a_release_as_fast_as_the_previous_one_passes() -> None:
    candidate = RunFigures.from_summary(summary(p95_ms=205.0))
    assert judge(candidate, BASELINE, POLICY) == []


def test_fails_when_p95_regresses_by_more_than_10_percent() -> None:
    failures = judge(RunFigures(3600, 240.0, 0.001), BASELINE, POLICY)
    assert failures == ["p95 regressed from 200.0 ms to 240.0 ms (allowed up to 220.0 ms)"]


def test_a_few_milliseconds_on_a_fast_service_are_noise() -> None:
    fast = RunFigures(3600, 20.0, 0.0)
    assert judge(RunFigures(3600, 29.0, 0.0), fast, POLICY) == []
    assert judge(RunFigures(3600, 31.0, 0.0), fast, POLICY) != []


def test_fails_when_the_error_rate_regresses() -> None:
    failures = judge(RunFigures(3600, 200.0, 0.004), BASELINE, POLICY)
    assert failures == ["error rate regressed from 0.100% to 0.400% (allowed up to +0.200%)"]


def test_fails_when_p95_breaks_the_slo_even_without_a_baseline() -> None:
    assert judge(RunFigures(3600, 650.0, 0.0), None, POLICY) == ["p95 650.0 ms is above the SLO of 500 ms"]


def test_fails_when_the_error_rate_reaches_the_rollout_limit() -> None:
    failures = judge(RunFigures(3600, 200.0, 0.01), None, POLICY)
    assert failures == ["error rate 1.000% is not below the limit of 1.000%"]


def test_fails_when_the_run_is_too_small_to_judge() -> None:
    assert judge(RunFigures(50, 100.0, 0.0), BASELINE, POLICY) == [
        "only 50 requests; at least 1000 are needed"
    ]


def test_fails_when_the_summary_has_no_p95() -> None:
    document = summary()
    del document["metrics"]["http_req_duration"]["values"]["p(95)"]
    with pytest.raises(ValueError, match="not a k6 summary"):
        RunFigures.from_summary(document)


def test_the_summary_is_cut_out_of_a_job_log() -> None:
    log = f"time=... level=info msg=starting\n{SUMMARY_BEGIN}\n{json.dumps(summary())}\n{SUMMARY_END}\n"
    assert RunFigures.from_summary(extract_summary(log)) == BASELINE


def test_fails_when_the_log_has_no_summary() -> None:
    with pytest.raises(ValueError, match="no k6 summary"):
        extract_summary('level=error msg="setup failed"\n')


def test_the_policy_and_the_target_come_from_the_environment(environments: dict[str, Environment]) -> None:
    staging = environments["staging"]
    policy = Policy.for_environment(staging)
    assert (policy.p95_ms, policy.max_error_rate) == (
        staging.slo.latency_p95_ms,
        staging.rollout.max_error_rate,
    )
    assert target(staging) == {
        "base_url": "https://api.staging.contexter.example.com",
        "p95_ms": "500",
        "max_error_rate": "0.01",
    }


def test_compare_blocks_a_regression_and_reports_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "baseline.json").write_text(json.dumps(summary()), encoding="utf-8")
    (tmp_path / "candidate.json").write_text(json.dumps(summary(p95_ms=300.0)), encoding="utf-8")
    arguments = ["compare", "--env", "staging", "--candidate", str(tmp_path / "candidate.json")]
    assert main([*arguments, "--baseline", str(tmp_path / "baseline.json")]) == 1
    out = capsys.readouterr().out
    assert "| p95 latency (ms) | 200.0 | 300.0 |" in out
    assert "- FAIL: p95 regressed from 200.0 ms to 300.0 ms" in out
    assert main(arguments) == 0, "without a baseline only the SLO applies, and 300 ms meets it"
    assert "No baseline from a previous release" in capsys.readouterr().out


def test_target_prints_an_env_file_for_the_configmap(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["target", "--env", "prod"]) == 0
    assert capsys.readouterr().out == (
        "base_url=https://api.contexter.example.com\np95_ms=500\nmax_error_rate=0.01\n"
    )


def test_the_k6_script_prints_the_markers_and_reads_the_target_keys() -> None:
    script = (REPO_ROOT / "perf/k6/api-gateway.js").read_text(encoding="utf-8")
    assert f"\\n{SUMMARY_BEGIN}\\n${{JSON.stringify(data)}}\\n{SUMMARY_END}\\n" in script
    job = (REPO_ROOT / "perf/k6-job.yaml").read_text(encoding="utf-8")
    used = set(re.findall(r"__ENV\.([A-Z0-9_]+)", script))
    for key in ("base_url", "p95_ms", "max_error_rate"):
        assert f"key: {key}" in job
        assert key.upper() in used
