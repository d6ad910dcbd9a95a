"""The import layers of docs/architecture.md, as `lint-imports` enforces them in `make lint` and CI.

The contract lives in pyproject.toml. Each broken fixture copies the three packages into a temporary
folder, adds one import that crosses a layer, and shows that `lint-imports` fails and names it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from contexter_deploy.ground.config.loader import REPO_ROOT

PACKAGES = ("charts", "infra", "contexter_deploy")
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(root / "pyproject.toml"), "--no-cache"],
        cwd=root,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )


def _copy(tmp_path: Path) -> Path:
    for package in PACKAGES:
        shutil.copytree(
            REPO_ROOT / package,
            tmp_path / package,
            ignore=shutil.ignore_patterns("__pycache__", "*.yaml", "*.tgz", "*.json"),
        )
    shutil.copy(REPO_ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_the_project_keeps_its_layers() -> None:
    result = _lint_imports(REPO_ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "message"),
    [
        (
            "contexter_deploy/ground/naming.py",
            "import charts.app",
            "contexter_deploy.ground is not allowed to import charts",
        ),
        (
            "charts/services/rollout.py",
            "import contexter_deploy.validation.workload_checks",
            "charts is not allowed to import contexter_deploy.validation",
        ),
        (
            "infra/stacks/environment_stack.py",
            "import charts.app",
            "infra is not allowed to import charts",
        ),
        (
            "contexter_deploy/validation/bootstrap.py",
            "import contexter_deploy.report.efficiency",
            "contexter_deploy.validation is not allowed to import contexter_deploy.report",
        ),
        (
            "contexter_deploy/facts/inputs.py",
            "import contexter_deploy.validation.findings",
            "contexter_deploy.facts is not allowed to import contexter_deploy.validation",
        ),
        (
            "contexter_deploy/report/cost.py",
            "import contexter_deploy.cli",
            "contexter_deploy.report is not allowed to import contexter_deploy.cli",
        ),
        (
            "charts/gitops/addons/argo_cd.py",
            "import contexter_deploy.promote",
            "charts is not allowed to import contexter_deploy.promote",
        ),
    ],
    ids=[
        "ground->app",
        "app->analysis",
        "app->app",
        "analysis->report",
        "read-model->analysis",
        "report->driver",
        "add-on->driver",
    ],
)
def test_lint_imports_rejects_an_import_across_a_layer(
    tmp_path: Path, module: str, line: str, message: str
) -> None:
    root = _copy(tmp_path)
    path = root / module
    path.write_text(path.read_text(encoding="utf-8") + f"\n{line}  # crosses a layer\n", encoding="utf-8")
    result = _lint_imports(root)
    assert result.returncode != 0, result.stdout
    assert message in " ".join(result.stdout.split()), result.stdout


def unpackaged_folders(root: Path) -> list[str]:
    """Folders of Python modules without an ``__init__.py``: ``lint-imports`` never reads them, so
    their imports escape the contract."""
    return sorted(
        folder.relative_to(root).as_posix()
        for package in PACKAGES
        for folder in [root / package, *(root / package).rglob("*")]
        if folder.is_dir()
        and "__pycache__" not in folder.parts
        and any(folder.glob("*.py"))
        and not (folder / "__init__.py").is_file()
    )


def test_every_folder_of_modules_is_a_package() -> None:
    assert unpackaged_folders(REPO_ROOT) == []


def test_a_folder_without_init_is_found(tmp_path: Path) -> None:
    for folder in ("charts/gitops", "infra", "contexter_deploy"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "__init__.py").touch()
    (tmp_path / "charts/gitops/addons").mkdir()
    (tmp_path / "charts/gitops/addons/argo_cd.py").write_text("import contexter_deploy.promote\n")
    assert unpackaged_folders(tmp_path) == ["charts/gitops/addons"]
