"""Static checks of the project's own code: ruff (lint and format) and mypy --strict."""

from __future__ import annotations

import subprocess

import pytest

from tests.conftest import REPO_ROOT

BIN = REPO_ROOT / ".venv" / "bin"


@pytest.mark.parametrize(
    "command",
    [
        ["ruff", "check", "."],
        ["ruff", "format", "--check", "."],
        ["mypy"],
        ["shellcheck", ".ci/run", "scripts/system-packages.sh"],
    ],
    ids=["ruff", "ruff-format", "mypy", "shellcheck"],
)
def test_static_checks_are_clean(command: list[str]) -> None:
    result = subprocess.run(
        [str(BIN / command[0]), *command[1:]], cwd=REPO_ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
