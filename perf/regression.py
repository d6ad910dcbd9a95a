"""Performance gate of a promotion: compare this release's k6 summary with the previous release's.

``python -m perf.regression``:
- ``target --env E``: the k6 Job's target (ingress URL) and absolute thresholds, from the
  environment file, as ``key=value`` lines for ``kubectl create configmap --from-env-file``;
- ``extract LOG``: cut the k6 summary JSON out of the Job's log (between the markers
  ``perf/k6/api-gateway.js`` prints);
- ``compare --env E --candidate C [--baseline B]``: exit 1 when the candidate breaks the SLO
  or regressed against the baseline; prints a Markdown report for the workflow summary.

A release regresses when its p95 latency grew by more than ``max_latency_regression`` (and by
more than ``latency_noise_ms``, so a 4 -> 5 ms change on a quiet system is not a regression) or
its error rate grew by more than ``max_error_rate_increase``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from contexter_deploy.config import ENVIRONMENTS_DIR, Environment, load_environment

SUMMARY_BEGIN = "K6_SUMMARY_BEGIN"
SUMMARY_END = "K6_SUMMARY_END"


@dataclass(frozen=True)
class RunFigures:
    """The figures of one k6 run that the gate judges."""

    requests: int
    p95_ms: float
    error_rate: float

    @classmethod
    def from_summary(cls, summary: dict[str, Any]) -> RunFigures:
        """Read a ``handleSummary`` JSON document (``metrics.<name>.values``)."""
        try:
            metrics = summary["metrics"]
            return cls(
                requests=int(metrics["http_reqs"]["values"]["count"]),
                p95_ms=float(metrics["http_req_duration"]["values"]["p(95)"]),
                error_rate=float(metrics["http_req_failed"]["values"]["rate"]),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(
                f"not a k6 summary with http_reqs, http_req_duration p(95) and http_req_failed: {error!r}"
            ) from None


@dataclass(frozen=True)
class Policy:
    """When a release fails the gate."""

    p95_ms: float
    """Absolute ceiling: the environment's ``slo.latency_p95_ms``."""
    max_error_rate: float
    """Absolute ceiling (exclusive): the environment's ``rollout.max_error_rate``."""
    max_latency_regression: float = 0.10
    """Largest allowed relative growth of p95 over the baseline (default: 10 %)."""
    latency_noise_ms: float = 10.0
    """p95 growth below this many milliseconds is noise, whatever its ratio (default: 10 ms)."""
    max_error_rate_increase: float = 0.002
    """Largest allowed growth of the error rate over the baseline (default: 0.2 points)."""
    min_requests: int = 1000
    """Fewer requests than this make the run inconclusive, which fails (default: 1000)."""

    @classmethod
    def for_environment(cls, environment: Environment) -> Policy:
        return cls(p95_ms=environment.slo.latency_p95_ms, max_error_rate=environment.rollout.max_error_rate)


def judge(candidate: RunFigures, baseline: RunFigures | None, policy: Policy) -> list[str]:
    """The reasons ``candidate`` fails the gate; empty when it passes."""
    failures = []
    if candidate.requests < policy.min_requests:
        failures.append(f"only {candidate.requests} requests; at least {policy.min_requests} are needed")
    if candidate.p95_ms > policy.p95_ms:
        failures.append(f"p95 {candidate.p95_ms:.1f} ms is above the SLO of {policy.p95_ms:.0f} ms")
    if candidate.error_rate >= policy.max_error_rate:
        failures.append(
            f"error rate {candidate.error_rate:.3%} is not below the limit of {policy.max_error_rate:.3%}"
        )
    if baseline is not None:
        ceiling = max(
            baseline.p95_ms * (1 + policy.max_latency_regression), baseline.p95_ms + policy.latency_noise_ms
        )
        if candidate.p95_ms > ceiling:
            failures.append(
                f"p95 regressed from {baseline.p95_ms:.1f} ms to {candidate.p95_ms:.1f} ms"
                f" (allowed up to {ceiling:.1f} ms)"
            )
        if candidate.error_rate > baseline.error_rate + policy.max_error_rate_increase:
            failures.append(
                f"error rate regressed from {baseline.error_rate:.3%} to {candidate.error_rate:.3%}"
                f" (allowed up to +{policy.max_error_rate_increase:.3%})"
            )
    return failures


def report(candidate: RunFigures, baseline: RunFigures | None, failures: Sequence[str]) -> str:
    """A Markdown report for ``$GITHUB_STEP_SUMMARY``."""
    previous = baseline or RunFigures(requests=0, p95_ms=float("nan"), error_rate=float("nan"))
    lines = [
        "| | previous release | this release |",
        "| --- | ---: | ---: |",
        f"| requests | {previous.requests if baseline else 'none'} | {candidate.requests} |",
        f"| p95 latency (ms) | {previous.p95_ms:.1f} | {candidate.p95_ms:.1f} |",
        f"| error rate | {previous.error_rate:.3%} | {candidate.error_rate:.3%} |",
        "",
    ]
    if baseline is None:
        lines.append("No baseline from a previous release: only the SLO thresholds were checked.")
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
    """The k6 Job's target and absolute thresholds (ConfigMap ``k6-target``)."""
    return {
        "base_url": f"https://{environment.ingress.host}",
        "p95_ms": str(environment.slo.latency_p95_ms),
        "max_error_rate": str(environment.rollout.max_error_rate),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m perf.regression", description=__doc__.splitlines()[0])
    parser.add_argument("--environments-dir", type=Path, default=ENVIRONMENTS_DIR, help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", required=True)
    target_parser = commands.add_parser("target", help="k6 target and thresholds as key=value lines")
    target_parser.add_argument("--env", required=True)
    extract_parser = commands.add_parser("extract", help="cut the k6 summary JSON out of a Job log")
    extract_parser.add_argument("log", type=Path)
    compare_parser = commands.add_parser("compare", help="exit 1 on an SLO breach or a regression")
    compare_parser.add_argument("--env", required=True)
    compare_parser.add_argument("--candidate", type=Path, required=True, help="this release's summary JSON")
    compare_parser.add_argument("--baseline", type=Path, help="the previous release's summary JSON, if any")
    args = parser.parse_args(argv)

    if args.command == "extract":
        print(json.dumps(extract_summary(args.log.read_text(encoding="utf-8"))))
        return 0
    environment = load_environment(args.env, directory=args.environments_dir)
    if args.command == "target":
        print("".join(f"{key}={value}\n" for key, value in target(environment).items()), end="")
        return 0
    candidate = RunFigures.from_summary(json.loads(args.candidate.read_text(encoding="utf-8")))
    baseline = None
    if args.baseline is not None:
        baseline = RunFigures.from_summary(json.loads(args.baseline.read_text(encoding="utf-8")))
    failures = judge(candidate, baseline, Policy.for_environment(environment))
    print(report(candidate, baseline, failures), end="")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
