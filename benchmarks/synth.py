"""Print wall time and peak memory of the synths and of the test suite. Not a test: figures only.

    .venv/bin/python benchmarks/synth.py            # everything (the test suite takes minutes)
    .venv/bin/python benchmarks/synth.py --quick    # skip the test suites

Targets (README "Performance"): cdk8s synth of all environments < 3 s; a no-change `make synth`
< 2 s; cdktf synth of all stacks <= 1.3 x the bare cost of loading the AWS provider; the default
test suite < 3 minutes on 2 cores. Each figure is measured in a fresh child process; peak RSS is
the largest resident set of that child and of anything it started.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
BIN = REPO_ROOT / ".venv" / "bin"
_MEASURE = """
import resource, subprocess, sys, time
started = time.perf_counter()
status = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
elapsed = time.perf_counter() - started
print(elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, status)
"""


@dataclass(frozen=True)
class Figure:
    name: str
    seconds: float
    peak_rss_mib: float
    target: str

    def row(self) -> str:
        return f"{self.name:<44} {self.seconds:>8.2f} s {self.peak_rss_mib:>8.0f} MiB   {self.target}"


def measure(name: str, command: list[str], *, target: str, cwd: Path = REPO_ROOT) -> Figure:
    """Run ``command`` in a fresh process and return its wall time and peak RSS."""
    env = {
        **os.environ,
        "JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION": "1",
        "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20",
    }
    result = subprocess.run(
        [sys.executable, "-c", _MEASURE, *command],
        capture_output=True,
        text=True,
        check=True,
        cwd=cwd,
        env=env,
    )
    seconds, max_rss_kib, status = result.stdout.split()
    if status != "0":
        raise SystemExit(f"{name}: {' '.join(command)} exited {status}")
    return Figure(name, float(seconds), int(max_rss_kib) / 1024, target)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the test suites")
    args = parser.parse_args()
    cli = str(BIN / "contexter-deploy")
    figures = []
    with tempfile.TemporaryDirectory(prefix="bench-") as scratch:
        dist, cdktf_out = Path(scratch) / "dist", Path(scratch) / "cdktf.out"
        shutil.copytree(REPO_ROOT / "dist", dist)
        figures.append(
            measure(
                "cdk8s synth, all environments",
                [cli, "synth", "--target", "kubernetes", "--dist", str(dist)],
                target="< 3 s",
            )
        )
        subprocess.run(["make", "--silent", "synth"], cwd=REPO_ROOT, check=True, stdout=subprocess.DEVNULL)
        figures.append(measure("make synth, nothing changed", ["make", "--silent", "synth"], target="< 2 s"))
        provider = measure(
            "load the AWS provider bindings (bare)",
            [str(BIN / "python"), "-c", "import cdktf_cdktf_provider_aws.vpc"],
            target="reference",
        )
        figures.append(provider)
        terraform = measure(
            "cdktf synth, all stacks",
            [cli, "synth", "--target", "terraform", "--cdktf-out", str(cdktf_out)],
            target=f"<= 1.3 x provider load ({1.3 * provider.seconds:.1f} s)",
        )
        figures.append(terraform)
    if not args.quick:
        figures.append(
            measure(
                "test suite, default (-m 'not integration')",
                [str(BIN / "pytest"), "-q", "-n", "2", "--dist", "loadgroup", "-m", "not integration"],
                target="< 180 s",
            )
        )
        figures.append(
            measure(
                "integration tests (-m integration)",
                [str(BIN / "pytest"), "-q", "-n", "2", "--dist", "loadgroup", "-m", "integration"],
                target="timed separately",
            )
        )
    print(f"{'measurement':<44} {'wall':>10} {'peak RSS':>12}   target")
    for figure in figures:
        print(figure.row())
    print(f"cdktf synth / provider load: {terraform.seconds / provider.seconds:.2f} x")
    started = time.strftime("%Y-%m-%d %H:%M:%S")
    print(f"measured {started} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
