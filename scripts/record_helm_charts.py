"""Write .github/helm-charts.sha256 from ../shared/helm-charts: each folder's source and each file's sha256.

Run after a chart bump has put the new version's folder in ../shared/helm-charts:
    .venv/bin/python scripts/record_helm_charts.py
CI (.github/scripts/fetch-helm-charts.sh) fetches exactly these files from the named commits and checks them.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
CHARTS = REPO_ROOT.parent / "shared" / "helm-charts"
LOCK = REPO_ROOT / ".github" / "helm-charts.sha256"
HEADER = """\
# The upstream Helm chart files that the values checks read (../shared/helm-charts), one line per file:
# `<sha256>  <folder>/<path>`. `# source: <folder> <owner/repo> <commit> <path in repo>` names where each
# folder comes from (its SOURCE.txt). .github/scripts/fetch-helm-charts.sh fetches every file from
# that commit and checks it here. Regenerate with `.venv/bin/python scripts/record_helm_charts.py`.
"""
SOURCE = re.compile(
    r"^(?P<folder>\S+) <- (?P<owner>[^+\s]+)\+(?P<repo>\S+?)@(?P<ref>\S+)(?: \([^)]*\))?:(?P<path>\S+)"
    r"(?: \((?P<commit>[0-9a-f]{40})\))?$"
)


def source_line(folder: Path) -> str:
    """``# source: <folder> <owner/repo> <commit> <path>`` from the folder's SOURCE.txt."""
    text = (folder / "SOURCE.txt").read_text(encoding="utf-8").strip()
    match = SOURCE.match(text)
    commit = match and (
        match["commit"] or (match["ref"] if re.fullmatch(r"[0-9a-f]{40}", match["ref"]) else None)
    )
    if match is None or commit is None:
        expected = "'<folder> <- <owner>+<repo>@<ref>:<path> (<commit>)'"
        raise SystemExit(f"error: {folder / 'SOURCE.txt'}: {text!r}: expected {expected}")
    return f"# source: {match['folder']} {match['owner']}/{match['repo']} {commit} {match['path']}"


def record(charts: Path = CHARTS) -> str:
    folders = sorted(path for path in charts.iterdir() if path.is_dir())
    files = [
        f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {path.relative_to(charts)}"
        for folder in folders
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != "SOURCE.txt"
    ]
    return HEADER + "\n".join([*(source_line(folder) for folder in folders), *files]) + "\n"


if __name__ == "__main__":
    if not CHARTS.is_dir():
        sys.exit(f"error: {CHARTS} is absent: the chart folders are recorded from there")
    LOCK.write_text(record(), encoding="utf-8")
    print(f"{LOCK.relative_to(REPO_ROOT)}: written")
