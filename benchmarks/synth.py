"""Print each synth and test-suite target with its figure and its ratio. Not a test: figures only.

    .venv/bin/python benchmarks/synth.py                    # everything (the test suites take minutes)
    .venv/bin/python benchmarks/synth.py --quick            # skip the test suites
    .venv/bin/python benchmarks/synth.py --quick --skip-terraform --repeat 5

The cdk8s figures are ratios to the import floor, a bare ``python -c "import cdk8s, cdk8s_plus_27"``
measured in the same run, interleaved with them, so that a busy machine moves both alike. Each
figure is the median of ``--repeat`` runs in fresh processes; peak RSS is the largest resident set
of that process and of anything it started. Targets (README "Performance"):

- synth of all three environments <= 2.7 x the floor; one environment <= 2 x;
- a no-change ``make synth`` < 0.1 s;
- after an edit of one environment's file, ``make synth`` synthesizes that environment only and
  does not load the AWS provider when no infrastructure input changed;
- cdktf synth of all stacks <= 1.3 x the bare load of the AWS provider;
- the default test suite < 3 minutes on 2 cores.

The edit is made in ``environments/dev.yaml`` of this checkout and undone (followed by another
``make synth``) before the script ends, so ``git status`` is as before.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
BIN = REPO_ROOT / ".venv" / "bin"
_MEASURE = """
import resource, subprocess, sys, time
started = time.perf_counter()
run = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
elapsed = time.perf_counter() - started
print(elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, run.returncode)
sys.stdout.write(run.stdout)
"""
ENV = {
    **os.environ,
    "JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION": "1",
    "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20",
    "CHECKPOINT_DISABLE": "1",
}
OPTIMISED = ["env", "PYTHONDONTWRITEBYTECODE=", str(BIN / "python"), "-O", "-m", "contexter_deploy"]
"""The command ``make synth`` runs for dist/ (see KUBERNETES_SYNTH in the Makefile)."""


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_rss_mib: float
    output: str


def run(command: Sequence[str]) -> Run:
    """Run ``command`` in a fresh process; its wall time, peak RSS and output. Exits on failure."""
    result = subprocess.run(
        [sys.executable, "-c", _MEASURE, *command],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO_ROOT,
        env=ENV,
    )
    first, _, output = result.stdout.partition("\n")
    seconds, max_rss_kib, status = first.split()
    if status != "0":
        raise SystemExit(f"{' '.join(command)} exited {status}:\n{output[-3000:]}")
    return Run(float(seconds), int(max_rss_kib) / 1024, output)


@dataclass(frozen=True)
class Figure:
    name: str
    runs: tuple[Run, ...]
    target: str = ""
    reference: float | None = None
    """The floor's median: the figure is shown as a ratio to it."""
    limit: float | None = None
    """The largest passing ratio (or seconds, without a reference)."""
    verdict: str = ""
    """The result when it is not a limit (a behaviour the script checked)."""

    @property
    def seconds(self) -> float:
        return statistics.median(run.seconds for run in self.runs)

    @property
    def ratio(self) -> float | None:
        return None if self.reference is None else self.seconds / self.reference

    def row(self) -> str:
        ratio = "" if self.ratio is None else f"{self.ratio:5.2f} x"
        value = self.seconds if self.ratio is None else self.ratio
        verdict = self.verdict if self.limit is None else ("met" if value <= self.limit else "NOT MET")
        rss = max(run.peak_rss_mib for run in self.runs)
        spread = ", ".join(f"{run.seconds:.2f}" for run in self.runs)
        return (
            f"{self.name:<58} {self.seconds:>7.2f} s {ratio:>8} {rss:>6.0f} MiB  {self.target:<24} {verdict}"
            f"\n{'':<58} runs: {spread}"
        )


def interleaved(floor: list[Run], repeat: int, command: Sequence[str]) -> tuple[Run, ...]:
    """``repeat`` runs of ``command``, each after one run of the floor (appended to ``floor``)."""
    runs = []
    for _ in range(repeat):
        floor.append(run(FLOOR))
        runs.append(run(command))
    return tuple(runs)


FLOOR = [str(BIN / "python"), "-c", "import cdk8s, cdk8s_plus_27"]


def edit_one_environment() -> Callable[[], None]:
    """Raise the first ``min_replicas`` of dev by one; returns the function that undoes it."""
    path = REPO_ROOT / "environments" / "dev.yaml"
    original = path.read_text(encoding="utf-8")
    edited, count = re.subn(
        r"^(\s+min_replicas: )(\d+)$", lambda m: f"{m[1]}{int(m[2]) + 1}", original, count=1, flags=re.M
    )
    if count != 1:
        raise SystemExit(f"{path}: no min_replicas to edit")
    path.write_text(edited, encoding="utf-8")

    def undo() -> None:
        path.write_text(original, encoding="utf-8")

    return undo


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the test suites")
    parser.add_argument("--skip-terraform", action="store_true", help="skip the cdktf figures (~1 min each)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per cdk8s figure (default: 3)")
    args = parser.parse_args()
    floor: list[Run] = []
    figures: list[Callable[[float], Figure]] = []
    make = ["make", "--silent", "synth"]
    with tempfile.TemporaryDirectory(prefix="bench-") as scratch:
        dist, cdktf_out = Path(scratch) / "dist", Path(scratch) / "cdktf.out"
        shutil.copytree(REPO_ROOT / "dist", dist)
        synth = ["synth", "--target", "kubernetes", "--dist", str(dist)]
        run([*OPTIMISED, *synth])  # warm: optimised bytecode written, validation results cached
        all_three = interleaved(floor, args.repeat, [*OPTIMISED, *synth])
        one = interleaved(floor, args.repeat, [*OPTIMISED, *synth, "--env", "prod"])
        checked = interleaved(floor, args.repeat, [str(BIN / "contexter-deploy"), *synth])
        figures += [
            lambda f: Figure(
                "cdk8s synth, 3 environments (make's: -O, warm cache)", all_three, "<= 2.7 x", f, 2.7
            ),
            lambda f: Figure("cdk8s synth, 1 environment (prod)", one, "<= 2 x", f, 2.0),
            lambda f: Figure(
                "  the same 3, `contexter-deploy synth` (type checks on)", checked, "information", f
            ),
        ]
        subprocess.run(make, cwd=REPO_ROOT, check=True, stdout=subprocess.DEVNULL, env=ENV)
        unchanged = tuple(run(make) for _ in range(args.repeat))
        figures.append(lambda f: Figure("make synth, nothing changed", unchanged, "< 0.1 s", None, 0.1))
        report = tuple(
            run([str(BIN / "contexter-deploy"), "report", "--env", "prod", "--format", "json"])
            for _ in range(args.repeat)
        )
        figures.append(lambda f: Figure("readiness report, prod (whole process)", report, "information", f))
        undo = edit_one_environment()
        try:
            edited = run(make)
        finally:
            undo()
        restored = run(make)
        for result in (edited, restored):
            if "terraform: 4 stacks" in result.output or "kubernetes: 1 environment(s)" not in result.output:
                raise SystemExit(f"make synth did more than synthesize dev:\n{result.output}")
        figures.append(
            lambda f: Figure(
                "make synth after editing dev.yaml",
                (edited, restored),
                "dev only, no provider load",
                f,
                verdict="met (checked above)",
            )
        )
        if not args.skip_terraform:
            provider = run([str(BIN / "python"), "-c", "import cdktf_cdktf_provider_aws.vpc"])
            terraform = run(
                [
                    str(BIN / "contexter-deploy"),
                    "synth",
                    "--target",
                    "terraform",
                    "--cdktf-out",
                    str(cdktf_out),
                ]
            )
            figures += [
                lambda _: Figure("load the AWS provider bindings (bare)", (provider,), "reference"),
                lambda _: Figure("cdktf synth, 4 stacks", (terraform,), "<= 1.3 x", provider.seconds, 1.3),
            ]
    if not args.quick:
        default = run([str(BIN / "pytest"), "-q", "-n", "2", "--dist", "loadgroup", "-m", "not integration"])
        integration = run([str(BIN / "pytest"), "-q", "-n", "2", "--dist", "loadgroup", "-m", "integration"])
        figures += [
            lambda _: Figure("test suite, default (-m 'not integration')", (default,), "< 180 s", None, 180),
            lambda _: Figure("integration tests (-m integration)", (integration,), "timed separately"),
        ]
    reference = statistics.median(run.seconds for run in floor)
    print(f"{'measurement':<58} {'median':>9} {'ratio':>8} {'peak RSS':>10}  {'target':<24} result")
    print(Figure('import floor: python -c "import cdk8s, cdk8s_plus_27"', tuple(floor), "reference").row())
    for figure in figures:
        print(figure(reference).row())
    print(f"measured {time.strftime('%Y-%m-%d %H:%M')} on {os.cpu_count()} cores, median of {args.repeat}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
