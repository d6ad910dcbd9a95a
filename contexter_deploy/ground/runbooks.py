"""Where each alert's runbook lives: ``docs/runbooks/<AlertName>.md`` in this repository."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from contexter_deploy.ground.config.model import GitOps

RUNBOOK_DIR = PurePosixPath("docs/runbooks")
"""Runbooks, relative to the repository root."""

REPO_ROOT = Path(__file__).resolve().parents[2]


def runbook_path(alert: str) -> PurePosixPath:
    """Repository path of ``alert``'s runbook."""
    return RUNBOOK_DIR / f"{alert}.md"


def runbook_url(alert: str, gitops: GitOps) -> str:
    """Browser URL of ``alert``'s runbook at the revision Argo CD deploys.

    ``https://github.com/<owner>/<repo>.git`` becomes
    ``https://github.com/<owner>/<repo>/blob/<target_revision>/docs/runbooks/<alert>.md``.
    """
    repository = gitops.repo_url.removesuffix(".git")
    return f"{repository}/blob/{gitops.target_revision}/{runbook_path(alert)}"


def runbook_file(url: str) -> PurePosixPath | None:
    """The repository path a runbook URL points at, or ``None`` if it is not under ``docs/runbooks``."""
    marker = f"/{RUNBOOK_DIR}/"
    if marker not in url:
        return None
    name = url.rsplit(marker, 1)[1]
    if not name.endswith(".md") or "/" in name:
        return None
    return RUNBOOK_DIR / name
