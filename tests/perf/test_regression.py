"""The promotion's performance gate: k6 summaries in, a pass or a blocked promotion out."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from contexter_deploy.ground.config import Environment
from perf.regression import (
    SUMMARY_BEGIN,
    SUMMARY_END,
    Baseline,
    Policy,
    RunFigures,
    baseline_key,
    extract_summary,
    judge,
    main,
    proportion_p_value,
    target,
    welch_p_value,
)
from tests.conftest import REPO_ROOT

POLICY = Policy(p95_ms=500, max_error_rate=0.01)
NOW = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)


def runs(*p95: float, requests: int = 4000, error_rate: float = 0.001, dropped: int = 0) -> list[RunFigures]:
    return [RunFigures(requests, value, error_rate, dropped) for value in p95]


def baseline(*p95: float, error_rate: float = 0.001, age_days: int = 1) -> Baseline:
    return Baseline("prodkey", NOW - dt.timedelta(days=age_days), tuple(runs(*p95, error_rate=error_rate)))


BASELINE = baseline(200.0, 204.0, 198.0)


def summary(
    *, requests: int = 3600, p95_ms: float = 200.0, error_rate: float = 0.001, dropped: int | None = None
) -> dict[str, Any]:
    """A k6 handleSummary document, trimmed to what k6 0.54 writes for these metrics."""
    metrics: dict[str, Any] = {
        "http_reqs": {"type": "counter", "contains": "default", "values": {"count": requests, "rate": 20.0}},
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
    }
    if dropped is not None:
        metrics["dropped_iterations"] = {
            "type": "counter",
            "contains": "default",
            "values": {"count": dropped},
        }
    return {"metrics": metrics, "root_group": {"name": "", "checks": []}}


def test_a_release_as_fast_as_prods_passes() -> None:
    assert judge(runs(205.0, 201.0, 207.0), BASELINE, POLICY, now=NOW) == []


def test_fails_when_p95_regresses_significantly() -> None:
    [failure] = judge(runs(240.0, 244.0, 238.0), BASELINE, POLICY, now=NOW)
    assert failure.startswith(
        "p95 regressed from 200.7 ms to 240.7 ms (allowed up to 220.7 ms; Welch's t-test p = "
    )


def test_a_large_difference_within_the_noise_is_not_significant_but_a_noisy_run_fails() -> None:
    """Runs that vary widely cannot show a regression, so they fail as too noisy, never pass."""
    failures = judge(runs(150.0, 330.0, 240.0), BASELINE, POLICY, now=NOW)
    assert failures == ["this release: p95 varies by 38% between runs (more than 25%); too noisy to judge"]


def test_a_few_milliseconds_on_a_fast_service_are_noise() -> None:
    fast = baseline(20.0, 21.0, 19.0)
    assert judge(runs(29.0, 29.5, 28.5, error_rate=0.001), fast, POLICY, now=NOW) == []
    assert judge(runs(35.0, 35.5, 34.5), fast, POLICY, now=NOW) != []


def test_fails_when_the_error_rate_regresses_significantly() -> None:
    [failure] = judge(runs(200.0, 201.0, 199.0, error_rate=0.004), BASELINE, POLICY, now=NOW)
    assert failure.startswith(
        "error rate regressed from 0.100% to 0.400% (allowed up to +0.200%; z-test p = "
    )


def test_fails_when_p95_breaks_the_slo() -> None:
    failures = judge(runs(650.0, 640.0, 655.0), BASELINE, POLICY, now=NOW)
    assert failures[0] == "p95 648.3 ms is above the SLO of 500 ms"


def test_fails_when_the_error_rate_reaches_the_rollout_limit() -> None:
    failures = judge(runs(200.0, 201.0, 199.0, error_rate=0.5), BASELINE, POLICY, now=NOW)
    assert failures[0] == "error rate 50.000% is not below the limit of 1.000%"


def test_fails_closed_without_a_baseline() -> None:
    assert judge(runs(200.0, 201.0, 199.0), None, POLICY, now=NOW) == [
        "no baseline for the release prod runs: the gate fails closed"
        " (re-measure prod's release in staging to record one; docs/ci-cd.md)"
    ]
    assert judge(runs(200.0, 201.0, 199.0), None, POLICY, now=NOW, record_baseline=True) == []


def test_fails_closed_when_the_baseline_has_expired() -> None:
    old = baseline(200.0, 204.0, 198.0, age_days=31)
    assert judge(runs(200.0, 201.0, 199.0), old, POLICY, now=NOW) == [
        "the baseline was recorded 31 days ago, more than 30: it has expired;"
        " re-measure prod's release in staging"
    ]


def test_fails_when_k6_dropped_iterations() -> None:
    assert judge(
        runs(200.0, 201.0, 199.0, dropped=0) + runs(200.0, dropped=12), BASELINE, POLICY, now=NOW
    ) == ["this release run 4: k6 dropped 12 iterations (the load was not applied)"]


def test_fails_when_a_run_is_too_small_or_there_are_too_few_runs() -> None:
    assert judge(runs(200.0, 201.0, requests=50), BASELINE, POLICY, now=NOW)[:3] == [
        "this release: 2 k6 runs; at least 3 are needed for a variance",
        "this release run 1: only 50 requests; at least 3420 are needed",
        "this release run 2: only 50 requests; at least 3420 are needed",
    ]


def test_welch_and_proportion_tests_match_textbook_values() -> None:
    # t = 3.674 with 4 degrees of freedom: two-sided p = 0.0213 (tables), one-sided half of it
    assert welch_p_value([4.0, 5.0, 6.0], [1.0, 2.0, 3.0]) == pytest.approx(0.01066, abs=2e-4)
    assert welch_p_value([1.0, 2.0, 3.0], [4.0, 5.0, 6.0]) == pytest.approx(1 - 0.01066, abs=2e-4)
    # 60/1000 against 40/1000: z = 2.05, one-sided p = 0.0202
    assert proportion_p_value(60, 1000, 40, 1000) == pytest.approx(0.0202, abs=5e-4)


def test_the_baseline_record_round_trips_and_rejects_other_documents() -> None:
    assert Baseline.from_json(BASELINE.to_json()) == BASELINE
    with pytest.raises(ValueError, match="not a baseline record"):
        Baseline.from_json(summary())


def test_the_summary_is_read_with_its_dropped_iterations() -> None:
    assert RunFigures.from_summary(summary(dropped=7)).dropped_iterations == 7
    assert RunFigures.from_summary(summary()) == RunFigures(3600, 200.0, 0.001, 0)


def test_fails_when_the_summary_has_no_p95() -> None:
    document = summary()
    del document["metrics"]["http_req_duration"]["values"]["p(95)"]
    with pytest.raises(ValueError, match="not a k6 summary"):
        RunFigures.from_summary(document)


def test_the_summary_is_cut_out_of_a_job_log() -> None:
    log = f"time=... level=info msg=starting\n{SUMMARY_BEGIN}\n{json.dumps(summary())}\n{SUMMARY_END}\n"
    assert RunFigures.from_summary(extract_summary(log)) == RunFigures(3600, 200.0, 0.001)


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
        "rate": "20",
        "duration": "180s",
        "runs": "3",
    }


def _write_runs(directory: Path, *p95: float, error_rate: float = 0.001) -> list[str]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, value in enumerate(p95, start=1):
        path = directory / f"run-{number}.json"
        path.write_text(json.dumps(summary(p95_ms=value, error_rate=error_rate)), encoding="utf-8")
        paths.append(str(path))
    return paths


def test_compare_blocks_a_regression_against_prods_release_and_reports_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], environments: dict[str, Environment]
) -> None:
    record = Baseline(
        baseline_key(environments["prod"]), dt.datetime.now(dt.UTC), tuple(runs(200.0, 204.0, 198.0))
    )
    (tmp_path / "baseline.json").write_text(json.dumps(record.to_json()), encoding="utf-8")
    arguments = ["compare", "--env", "staging", "--baseline", str(tmp_path / "baseline.json")]
    assert main([*arguments, "--candidate", *_write_runs(tmp_path / "bad", 300.0, 302.0, 298.0)]) == 1
    out = capsys.readouterr().out
    assert "| mean p95 latency (ms) ± sd | 200.7 ± 3.1 | 300.0 ± 2.0 |" in out
    assert "- FAIL: p95 regressed from 200.7 ms to 300.0 ms" in out
    assert main([*arguments, "--candidate", *_write_runs(tmp_path / "good", 201.0, 203.0, 199.0)]) == 0
    assert "PASS: no regression." in capsys.readouterr().out


def test_compare_fails_when_the_baseline_measures_another_release(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "baseline.json").write_text(json.dumps(BASELINE.to_json()), encoding="utf-8")
    candidate = _write_runs(tmp_path, 201.0, 203.0, 199.0)
    arguments = ["compare", "--env", "staging", "--baseline", str(tmp_path / "baseline.json")]
    assert main([*arguments, "--candidate", *candidate]) == 1
    assert "- FAIL: the baseline measures release prodkey, not prod's " in capsys.readouterr().out


def test_compare_exits_2_on_a_missing_or_broken_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    candidate = _write_runs(tmp_path, 201.0, 203.0, 199.0)
    assert main(["compare", "--env", "staging", "--candidate", *candidate, "--baseline", "missing.json"]) == 2
    assert "missing.json: no baseline record (the gate fails closed)" in capsys.readouterr().err
    (tmp_path / "run-1.json").write_text("{}", encoding="utf-8")
    assert main(["compare", "--env", "staging", "--candidate", *candidate, "--record-baseline"]) == 2


def test_record_baseline_is_refused_unless_staging_runs_prods_release(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    candidate = _write_runs(tmp_path, 201.0, 203.0, 199.0)
    # the committed staging and prod pin the same service images: a re-measurement is allowed
    assert main(["compare", "--env", "staging", "--candidate", *candidate, "--record-baseline"]) == 0
    assert main(["compare", "--env", "dev", "--candidate", *candidate, "--record-baseline"]) == 1
    assert "--record-baseline needs dev to run prod's release" in capsys.readouterr().out


def test_target_prints_an_env_file_for_the_configmap(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["target", "--env", "prod"]) == 0
    assert capsys.readouterr().out == (
        "base_url=https://api.contexter.example.com\np95_ms=500\nmax_error_rate=0.01\n"
        "rate=20\nduration=180s\nruns=3\n"
    )


def test_the_k6_script_prints_the_markers_and_reads_the_target_keys() -> None:
    script = (REPO_ROOT / "perf/k6/api-gateway.js").read_text(encoding="utf-8")
    assert f"\\n{SUMMARY_BEGIN}\\n${{JSON.stringify(data)}}\\n{SUMMARY_END}\\n" in script
    job = (REPO_ROOT / "perf/k6-job.yaml").read_text(encoding="utf-8")
    used = set(re.findall(r"__ENV\.([A-Z0-9_]+)", script))
    for key in ("base_url", "p95_ms", "max_error_rate", "rate", "duration"):
        assert f"key: {key}" in job
        assert key.upper() in used
