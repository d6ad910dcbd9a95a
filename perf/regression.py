"""Performance gate of a promotion: this release's k6 runs against those of the version prod runs.

``python -m perf.regression``:
- ``target --env E``: the k6 Job's target (ingress URL), load (rate, duration) and absolute
  thresholds, from the environment file, as ``key=value`` lines for
  ``kubectl create configmap --from-env-file``; ``runs`` says how often ``run-k6.sh`` repeats it;
- ``extract LOG``: cut the k6 summary JSON out of the Job's log (between the markers
  ``perf/k6/api-gateway.js`` prints);
- ``baseline-key --env E``: the key of the service images ``environments/E.yaml`` pins; the
  baseline of a release is stored under the key of its images (``perf-baseline-<key>``);
- ``record --env E --candidate RUN...``: the baseline record of the release now in staging;
- ``compare --env E --candidate RUN... (--baseline RECORD | --record-baseline)``: exit 1 when
  the candidate breaks the SLO, cannot be judged, or regressed significantly against the
  baseline; prints a Markdown report for the workflow summary.

The baseline is the release prod runs (``baseline-key --env prod``), measured in staging when that
release was promoted there: comparing with the last staging run instead would let small
regressions add up. Without a baseline, or with one older than ``max_baseline_age_days``, the gate
fails (closed); ``--record-baseline`` is allowed only when staging runs prod's own images, so a
re-measurement of the prod release is the only way to (re)create one.

A run cannot be judged, which fails, when it made fewer than 95 % of the requests the load asks
for, when k6 dropped iterations (the load generator could not keep the arrival rate), or when
the runs of one side vary too much (coefficient of variation of p95 above ``max_p95_cv``).
A release regresses when its mean p95 exceeds the baseline's by more than
``max_latency_regression`` (and by more than ``latency_noise_ms``) and Welch's t-test finds the
difference significant (one-sided, ``alpha``), or when its error rate exceeds the baseline's by
more than ``max_error_rate_increase`` and a two-proportion z-test finds that significant.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import math
import statistics
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from contexter_deploy.ground.config import ENVIRONMENTS_DIR, Environment, load_environment

SUMMARY_BEGIN = "K6_SUMMARY_BEGIN"
SUMMARY_END = "K6_SUMMARY_END"
RATE = 20
"""Requests per second of the k6 scenario (constant arrival rate)."""
DURATION_SECONDS = 180
"""Length of one k6 run."""
RUNS = 3
"""How many k6 runs each side of the comparison needs (the variance needs at least 2; 3 for power)."""
RECORD_VERSION = 1


@dataclass(frozen=True)
class RunFigures:
    """The figures of one k6 run that the gate judges."""

    requests: int
    p95_ms: float
    error_rate: float
    dropped_iterations: int = 0

    @classmethod
    def from_summary(cls, summary: dict[str, Any]) -> RunFigures:
        """Read a ``handleSummary`` JSON document (``metrics.<name>.values``)."""
        try:
            metrics = summary["metrics"]
            dropped = metrics.get("dropped_iterations", {"values": {"count": 0}})
            return cls(
                requests=int(metrics["http_reqs"]["values"]["count"]),
                p95_ms=float(metrics["http_req_duration"]["values"]["p(95)"]),
                error_rate=float(metrics["http_req_failed"]["values"]["rate"]),
                dropped_iterations=int(dropped["values"]["count"]),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise ValueError(
                f"not a k6 summary with http_reqs, http_req_duration p(95) and http_req_failed: {error!r}"
            ) from None

    @property
    def failed_requests(self) -> int:
        return round(self.requests * self.error_rate)


@dataclass(frozen=True)
class Policy:
    """When a release fails the gate."""

    p95_ms: float
    """Absolute ceiling: the environment's ``slo.latency_p95_ms``."""
    max_error_rate: float
    """Absolute ceiling (exclusive): the environment's ``rollout.max_error_rate``."""
    max_latency_regression: float = 0.10
    """Largest allowed relative growth of mean p95 over the baseline (default: 10 %)."""
    latency_noise_ms: float = 10.0
    """p95 growth below this many milliseconds is noise, whatever its ratio (default: 10 ms)."""
    max_error_rate_increase: float = 0.002
    """Largest allowed growth of the error rate over the baseline (default: 0.2 points)."""
    min_requests: int = int(0.95 * RATE * DURATION_SECONDS)
    """Fewer requests than this in one run make it inconclusive, which fails (95 % of the load)."""
    min_runs: int = RUNS
    """Runs needed on each side."""
    max_p95_cv: float = 0.25
    """Runs whose p95 varies more than this (standard deviation / mean) cannot be judged."""
    alpha: float = 0.05
    """Significance level of the one-sided tests."""
    max_baseline_age_days: int = 30
    """An older baseline has expired: staging's capacity and data drift, so it fails closed."""

    @classmethod
    def for_environment(cls, environment: Environment) -> Policy:
        return cls(p95_ms=environment.slo.latency_p95_ms, max_error_rate=environment.rollout.max_error_rate)


@dataclass(frozen=True)
class Baseline:
    """The recorded runs of one release, keyed by its images."""

    key: str
    recorded_at: dt.datetime
    runs: tuple[RunFigures, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "version": RECORD_VERSION,
            "key": self.key,
            "recorded_at": self.recorded_at.isoformat(),
            "runs": [asdict(run) for run in self.runs],
        }

    @classmethod
    def from_json(cls, document: dict[str, Any]) -> Baseline:
        try:
            if document["version"] != RECORD_VERSION:
                raise ValueError(f"version {document['version']!r}, expected {RECORD_VERSION}")
            recorded_at = dt.datetime.fromisoformat(document["recorded_at"])
            if recorded_at.tzinfo is None:
                raise ValueError("recorded_at has no time zone")
            return cls(
                key=str(document["key"]),
                recorded_at=recorded_at,
                runs=tuple(RunFigures(**run) for run in document["runs"]),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(f"not a baseline record: {error}") from None


def _student_t_sf(t: float, df: float) -> float:
    """P(T > t) for Student's t with ``df`` degrees of freedom (regularized incomplete beta)."""
    x = df / (df + t * t)
    tail = 0.5 * _betainc(df / 2, 0.5, x)
    return tail if t >= 0 else 1 - tail


def _betainc(a: float, b: float, x: float) -> float:
    """Regularized incomplete beta I_x(a, b), by Lentz's continued fraction (Numerical Recipes 6.4)."""
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    front = math.exp(
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    )
    if x > (a + 1) / (a + b + 2):
        return 1 - _betainc(b, a, 1 - x)
    tiny = 1e-300
    c, d = 1.0, 1 - (a + b) * x / (a + 1)
    d = 1 / (d if abs(d) > tiny else tiny)
    result = d
    for m in range(1, 300):
        for numerator in (
            m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
            -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1)),
        ):
            d = 1 + numerator * d
            d = 1 / (d if abs(d) > tiny else tiny)
            c = 1 + numerator / c
            c = c if abs(c) > tiny else tiny
            result *= c * d
        if abs(c * d - 1) < 1e-12:
            break
    return front * result / a


def welch_p_value(candidate: Sequence[float], baseline: Sequence[float]) -> float:
    """One-sided p-value of Welch's t-test that the candidate's mean exceeds the baseline's."""
    mean_c, mean_b = statistics.fmean(candidate), statistics.fmean(baseline)
    var_c, var_b = (
        statistics.variance(candidate) / len(candidate),
        statistics.variance(baseline) / len(baseline),
    )
    if var_c + var_b == 0:
        return 0.0 if mean_c > mean_b else 1.0
    t = (mean_c - mean_b) / math.sqrt(var_c + var_b)
    df = (var_c + var_b) ** 2 / (
        (var_c**2 / (len(candidate) - 1) if var_c else 0) + (var_b**2 / (len(baseline) - 1) if var_b else 0)
    )
    return _student_t_sf(t, df)


def proportion_p_value(failed_c: int, total_c: int, failed_b: int, total_b: int) -> float:
    """One-sided p-value of the two-proportion z-test that the candidate fails more often."""
    pooled = (failed_c + failed_b) / (total_c + total_b)
    spread = math.sqrt(pooled * (1 - pooled) * (1 / total_c + 1 / total_b))
    difference = failed_c / total_c - failed_b / total_b
    if spread == 0:
        return 0.0 if difference > 0 else 1.0
    return 0.5 * math.erfc(difference / spread / math.sqrt(2))


def _coefficient_of_variation(values: Sequence[float]) -> float:
    mean = statistics.fmean(values)
    return statistics.stdev(values) / mean if mean > 0 else 0.0


def _usable(runs: Sequence[RunFigures], side: str, policy: Policy) -> list[str]:
    failures = []
    if len(runs) < policy.min_runs:
        failures.append(f"{side}: {len(runs)} k6 runs; at least {policy.min_runs} are needed for a variance")
    for number, run in enumerate(runs, start=1):
        if run.requests < policy.min_requests:
            failures.append(
                f"{side} run {number}: only {run.requests} requests;"
                f" at least {policy.min_requests} are needed"
            )
        if run.dropped_iterations:
            failures.append(
                f"{side} run {number}: k6 dropped {run.dropped_iterations} iterations"
                " (the load was not applied)"
            )
    variation = _coefficient_of_variation([run.p95_ms for run in runs]) if len(runs) >= 2 else 0.0
    if variation > policy.max_p95_cv:
        failures.append(
            f"{side}: p95 varies by {variation:.0%} between runs"
            f" (more than {policy.max_p95_cv:.0%}); too noisy to judge"
        )
    return failures


def _pooled_error_rate(runs: Sequence[RunFigures]) -> float:
    return sum(run.failed_requests for run in runs) / max(1, sum(run.requests for run in runs))


def judge(
    candidate: Sequence[RunFigures],
    baseline: Baseline | None,
    policy: Policy,
    *,
    now: dt.datetime | None = None,
    record_baseline: bool = False,
) -> list[str]:
    """The reasons ``candidate`` fails the gate; empty when it passes.

    Without ``baseline`` the gate fails, unless ``record_baseline`` (staging runs prod's release,
    which is measured to become the baseline; only the SLO and the usability rules apply)."""
    failures = _usable(candidate, "this release", policy)
    if candidate:
        p95 = statistics.fmean(run.p95_ms for run in candidate)
        if p95 > policy.p95_ms:
            failures.append(f"p95 {p95:.1f} ms is above the SLO of {policy.p95_ms:.0f} ms")
        error_rate = _pooled_error_rate(candidate)
        if error_rate >= policy.max_error_rate:
            failures.append(
                f"error rate {error_rate:.3%} is not below the limit of {policy.max_error_rate:.3%}"
            )
    if baseline is None:
        if not record_baseline:
            failures.append(
                "no baseline for the release prod runs: the gate fails closed"
                " (re-measure prod's release in staging to record one; docs/ci-cd.md)"
            )
        return failures
    age = (now or dt.datetime.now(dt.UTC)) - baseline.recorded_at
    if age > dt.timedelta(days=policy.max_baseline_age_days):
        failures.append(
            f"the baseline was recorded {age.days} days ago, more than {policy.max_baseline_age_days}:"
            " it has expired; re-measure prod's release in staging"
        )
    baseline_failures = _usable(baseline.runs, "baseline", policy)
    failures += baseline_failures
    if baseline_failures or not candidate or len(candidate) < 2:
        return failures
    candidate_p95 = [run.p95_ms for run in candidate]
    baseline_p95 = [run.p95_ms for run in baseline.runs]
    mean_c, mean_b = statistics.fmean(candidate_p95), statistics.fmean(baseline_p95)
    ceiling = max(mean_b * (1 + policy.max_latency_regression), mean_b + policy.latency_noise_ms)
    if mean_c > ceiling:
        p = welch_p_value(candidate_p95, baseline_p95)
        if p < policy.alpha:
            failures.append(
                f"p95 regressed from {mean_b:.1f} ms to {mean_c:.1f} ms (allowed up to {ceiling:.1f} ms;"
                f" Welch's t-test p = {p:.4f} < {policy.alpha})"
            )
    rate_c, rate_b = _pooled_error_rate(candidate), _pooled_error_rate(baseline.runs)
    if rate_c > rate_b + policy.max_error_rate_increase:
        p = proportion_p_value(
            sum(run.failed_requests for run in candidate),
            sum(run.requests for run in candidate),
            sum(run.failed_requests for run in baseline.runs),
            sum(run.requests for run in baseline.runs),
        )
        if p < policy.alpha:
            failures.append(
                f"error rate regressed from {rate_b:.3%} to {rate_c:.3%}"
                f" (allowed up to +{policy.max_error_rate_increase:.3%}; z-test p = {p:.4f} < {policy.alpha})"
            )
    return failures


def _describe(runs: Sequence[RunFigures]) -> tuple[str, str, str]:
    if not runs:
        return "none", "none", "none"
    p95 = [run.p95_ms for run in runs]
    spread = f" ± {statistics.stdev(p95):.1f}" if len(p95) > 1 else ""
    return (
        f"{len(runs)} runs, {sum(run.requests for run in runs)} requests",
        f"{statistics.fmean(p95):.1f}{spread}",
        f"{_pooled_error_rate(runs):.3%}",
    )


def report(candidate: Sequence[RunFigures], baseline: Baseline | None, failures: Sequence[str]) -> str:
    """A Markdown report for ``$GITHUB_STEP_SUMMARY``."""
    previous, current = _describe(baseline.runs if baseline else ()), _describe(candidate)
    lines = [
        "| | release prod runs (baseline) | this release |",
        "| --- | ---: | ---: |",
        f"| runs | {previous[0]} | {current[0]} |",
        f"| mean p95 latency (ms) ± sd | {previous[1]} | {current[1]} |",
        f"| error rate | {previous[2]} | {current[2]} |",
        "",
    ]
    if baseline is not None:
        lines.append(f"Baseline `{baseline.key}`, recorded {baseline.recorded_at.isoformat()}.")
        lines.append("")
    lines += [f"- FAIL: {failure}" for failure in failures] or ["PASS: no regression."]
    return "\n".join(lines) + "\n"


def extract_summary(log: str) -> dict[str, Any]:
    """The k6 summary JSON printed between the markers in a Job's log."""
    start = log.rfind(SUMMARY_BEGIN)
    end = log.find(SUMMARY_END, start)
    if start < 0 or end < 0:
        raise ValueError(f"no k6 summary between {SUMMARY_BEGIN} and {SUMMARY_END} in the log")
    document: dict[str, Any] = json.loads(log[start + len(SUMMARY_BEGIN) : end])
    return document


def target(environment: Environment) -> dict[str, str]:
    """The k6 Job's target, load and absolute thresholds (ConfigMap ``k6-target``)."""
    return {
        "base_url": f"https://{environment.ingress.host}",
        "p95_ms": str(environment.slo.latency_p95_ms),
        "max_error_rate": str(environment.rollout.max_error_rate),
        "rate": str(RATE),
        "duration": f"{DURATION_SECONDS}s",
        "runs": str(RUNS),
    }


def baseline_key(environment: Environment) -> str:
    """The key of the service images ``environment`` pins: what a baseline measures."""
    images = {name: service.image for name, service in sorted(environment.workloads.stateless().items())}
    return hashlib.sha256(json.dumps(images, sort_keys=True).encode()).hexdigest()[:32]


def _runs(paths: Sequence[Path]) -> list[RunFigures]:
    return [RunFigures.from_summary(json.loads(path.read_text(encoding="utf-8"))) for path in paths]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m perf.regression", description=__doc__.splitlines()[0])
    parser.add_argument("--environments-dir", type=Path, default=ENVIRONMENTS_DIR, help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", required=True)
    target_parser = commands.add_parser("target", help="k6 target, load and thresholds as key=value lines")
    target_parser.add_argument("--env", required=True)
    extract_parser = commands.add_parser("extract", help="cut the k6 summary JSON out of a Job log")
    extract_parser.add_argument("log", type=Path)
    key_parser = commands.add_parser("baseline-key", help="the key of the service images an environment pins")
    key_parser.add_argument("--env", required=True)
    record_parser = commands.add_parser("record", help="the baseline record of the release in --env")
    record_parser.add_argument("--env", required=True)
    record_parser.add_argument("--candidate", type=Path, nargs="+", required=True)
    compare_parser = commands.add_parser(
        "compare", help="exit 1 on an SLO breach, an inconclusive run or a regression"
    )
    compare_parser.add_argument("--env", required=True)
    compare_parser.add_argument(
        "--baseline-env", default="prod", help="whose release the baseline must measure (default: prod)"
    )
    compare_parser.add_argument(
        "--candidate", type=Path, nargs="+", required=True, help="this release's k6 summaries"
    )
    source = compare_parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--baseline", type=Path, help="baseline record of the release prod runs")
    source.add_argument(
        "--record-baseline",
        action="store_true",
        help="staging runs prod's release: judge the SLO only (the runs become the baseline)",
    )
    args = parser.parse_args(argv)

    try:
        if args.command == "extract":
            print(json.dumps(extract_summary(args.log.read_text(encoding="utf-8"))))
            return 0
        environment = load_environment(args.env, directory=args.environments_dir)
        if args.command == "target":
            print("".join(f"{key}={value}\n" for key, value in target(environment).items()), end="")
            return 0
        if args.command == "baseline-key":
            print(baseline_key(environment))
            return 0
        candidate = _runs(args.candidate)
        if args.command == "record":
            record = Baseline(baseline_key(environment), dt.datetime.now(dt.UTC), tuple(candidate))
            print(json.dumps(record.to_json(), indent=2))
            return 0
        expected = baseline_key(load_environment(args.baseline_env, directory=args.environments_dir))
        baseline = None
        if args.baseline is not None:
            if not args.baseline.is_file():
                raise ValueError(f"{args.baseline}: no baseline record (the gate fails closed)")
            baseline = Baseline.from_json(json.loads(args.baseline.read_text(encoding="utf-8")))
    except (OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    failures = judge(
        candidate, baseline, Policy.for_environment(environment), record_baseline=args.record_baseline
    )
    if baseline is not None and baseline.key != expected:
        failures.append(f"the baseline measures release {baseline.key}, not {args.baseline_env}'s {expected}")
    if args.record_baseline and baseline_key(environment) != expected:
        failures.append(
            f"--record-baseline needs {args.env} to run {args.baseline_env}'s release {expected},"
            f" not {baseline_key(environment)}"
        )
    print(report(candidate, baseline, failures), end="")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
