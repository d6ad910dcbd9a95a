"""Run the workflows' step scripts here as GitHub runs them, against fixtures.

``GITHUB_SHELL`` is the command GitHub runs a ``run:`` step with when the step (or the
workflow's ``defaults.run``) says ``shell: bash``; every workflow of this repository does. A
sandbox is a scratch checkout: copies of what the scripts read (``.github/scripts``,
``contexter_deploy``, ``perf``, ``environments``), the virtualenv linked, and ``bin/`` first on
``PATH`` for fake ``kubectl`` and ``gh`` commands that answer from fixture files.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import REPO_ROOT

GITHUB_SHELL = ("bash", "--noprofile", "--norc", "-eo", "pipefail")
"""``shell: bash`` on a Linux runner: ``bash --noprofile --norc -eo pipefail {0}``."""
GITHUB_DEFAULT_SHELL = ("bash", "-e")
"""A ``run:`` step without ``shell:``: ``bash -e {0}``, no pipefail (what the workflows must avoid)."""
COPIED = (".github/scripts", "contexter_deploy", "perf", "environments")


@dataclass
class Sandbox:
    root: Path

    @classmethod
    def create(cls, directory: Path) -> Sandbox:
        root = directory / "checkout"
        for relative in COPIED:
            shutil.copytree(
                REPO_ROOT / relative, root / relative, ignore=shutil.ignore_patterns("__pycache__")
            )
        (root / ".venv").symlink_to(REPO_ROOT / ".venv")
        (root / "bin").mkdir()
        (root / "github").mkdir()
        for name in ("output", "summary"):
            (root / "github" / name).touch()
        return cls(root)

    def fake(self, name: str, script: str) -> None:
        """A command ``name`` on the sandbox's PATH (a bash script)."""
        path = self.root / "bin" / name
        path.write_text("#!/usr/bin/env bash\nset -euo pipefail\n" + script, encoding="utf-8")
        path.chmod(0o755)

    def run(
        self, script: str, *, env: dict[str, str] | None = None, shell: tuple[str, ...] = GITHUB_SHELL
    ) -> subprocess.CompletedProcess[str]:
        """Run ``script`` (a step's ``run:`` text) with ``shell``, as the runner would."""
        step = self.root / "github" / "step.sh"
        step.write_text(script, encoding="utf-8")
        environment = {
            "PATH": f"{self.root / 'bin'}:{os.environ['PATH']}",
            "HOME": str(self.root),
            "GITHUB_OUTPUT": str(self.root / "github" / "output"),
            "GITHUB_STEP_SUMMARY": str(self.root / "github" / "summary"),
            "PYTHONDONTWRITEBYTECODE": "1",
            # the sandbox's copies, not the checkout's: console scripts put no cwd on sys.path
            "PYTHONPATH": str(self.root),
            "POLL_SECONDS": "0",
            **(env or {}),
        }
        return subprocess.run(
            [*shell, str(step)],
            cwd=self.root,
            env=environment,
            capture_output=True,
            text=True,
            check=False,
            timeout=300,
        )

    def outputs(self) -> dict[str, str]:
        lines = (self.root / "github" / "output").read_text(encoding="utf-8").splitlines()
        return dict(line.split("=", 1) for line in lines if "=" in line)
