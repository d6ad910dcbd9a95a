"""Which stored k6 baseline the performance gate may trust: ``python -m perf.artifacts choose``.

A baseline is the artifact ``perf-baseline-<key>`` (``perf.regression baseline-key``). Anyone who
can push a branch can run a workflow that uploads an artifact of that name, so the name proves
nothing. The gate takes the newest unexpired one whose workflow run

- ran on ``main`` of this repository (not a fork, not a pull request's branch),
- was triggered by an event of the release path (``TRUSTED_EVENTS``), never ``pull_request``,
- is the promotion (``TRUSTED_WORKFLOWS``: promote.yml, or images.yml calling it), and
- concluded ``success``: the release it measured was promoted all the way to prod.

It prints the artifact's ID, or fails (exit 1) naming why each candidate was refused.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

TRUSTED_EVENTS: frozenset[str] = frozenset({"push", "workflow_dispatch", "repository_dispatch"})
TRUSTED_WORKFLOWS: frozenset[str] = frozenset(
    {".github/workflows/promote.yml", ".github/workflows/images.yml"}
)
TRUSTED_BRANCH = "main"


def refusal(artifact: dict[str, Any], run: dict[str, Any] | None, repository: str) -> str | None:
    """Why ``artifact`` (from the artifacts API) of workflow run ``run`` is not a trusted baseline."""
    if artifact.get("expired", True):
        return "expired"
    if run is None:
        return "its workflow run is unknown"
    head = (run.get("head_repository") or {}).get("full_name")
    checks = [
        (head == repository, f"built from {head!r}, not {repository!r}"),
        (run.get("head_branch") == TRUSTED_BRANCH, f"ran on branch {run.get('head_branch')!r}"),
        (run.get("event") in TRUSTED_EVENTS, f"triggered by {run.get('event')!r}"),
        (run.get("path") in TRUSTED_WORKFLOWS, f"uploaded by {run.get('path')!r}"),
        (run.get("conclusion") == "success", f"its run concluded {run.get('conclusion')!r}"),
    ]
    return next((reason for ok, reason in checks if not ok), None)


def choose(artifacts: Sequence[dict[str, Any]], runs: Sequence[dict[str, Any]], repository: str) -> int:
    """The ID of the newest trusted artifact; ``LookupError`` listing the refusals when there is none."""
    by_id = {run["id"]: run for run in runs}
    trusted, refused = [], []
    for artifact in artifacts:
        run = by_id.get((artifact.get("workflow_run") or {}).get("id"))
        reason = refusal(artifact, run, repository)
        if reason is None:
            trusted.append(artifact)
        else:
            refused.append(f"artifact {artifact.get('id')}: {reason}")
    if not trusted:
        raise LookupError("no trusted baseline artifact" + "".join(f"\n  {line}" for line in refused))
    return int(max(trusted, key=lambda artifact: str(artifact["created_at"]))["id"])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m perf.artifacts", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    choose_parser = commands.add_parser("choose", help="print the trusted baseline artifact's ID")
    choose_parser.add_argument("--artifacts", type=Path, required=True, help="GET .../actions/artifacts JSON")
    choose_parser.add_argument("--runs", type=Path, required=True, help="list of GET .../runs/ID JSON")
    choose_parser.add_argument("--repository", required=True, help="<owner>/<name>")
    args = parser.parse_args(argv)
    try:
        artifacts = json.loads(args.artifacts.read_text(encoding="utf-8")).get("artifacts", [])
        runs = json.loads(args.runs.read_text(encoding="utf-8"))
        print(choose(artifacts, runs, args.repository))
    except (OSError, ValueError, LookupError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
