"""The repository keeps its promises: two setup commands, pinned versions, CI runs the tests."""

from __future__ import annotations

import re
import tomllib

from tests.conftest import REPO_ROOT


def test_readme_shows_exactly_two_setup_commands() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"^make \S+", quick_start, re.MULTILINE)
    assert commands == ["make synth", "make test"]


def test_ci_runs_the_readme_test_command() -> None:
    script = (REPO_ROOT / ".ci/run").read_text(encoding="utf-8")
    assert re.search(r"^make test$", script, re.MULTILINE)


def test_every_python_dependency_is_pinned_exactly() -> None:
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = project["dependencies"] + [
        r for group in project["optional-dependencies"].values() for r in group
    ]
    assert requirements
    for requirement in requirements:
        assert re.fullmatch(r"[A-Za-z0-9_.\-\[\]]+==[0-9][A-Za-z0-9.]*", requirement), requirement


def test_the_lock_file_pins_every_direct_dependency_with_hashes() -> None:
    lock = (REPO_ROOT / "requirements.lock").read_text(encoding="utf-8")
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for requirement in project["dependencies"]:
        name, version = re.sub(r"\[.*\]", "", requirement).split("==")
        assert re.search(
            rf"^{re.escape(name.lower())}=={re.escape(version)} \\$", lock, re.MULTILINE | re.IGNORECASE
        ), name
    assert "--hash=sha256:" in lock


def test_node_tools_are_pinned_exactly() -> None:
    import json

    package = json.loads((REPO_ROOT / "package.json").read_text(encoding="utf-8"))
    assert set(package["devDependencies"]) == {"cdk8s-cli", "cdktf-cli"}
    assert all(re.fullmatch(r"\d+\.\d+\.\d+", version) for version in package["devDependencies"].values())
    lock = json.loads((REPO_ROOT / "package-lock.json").read_text(encoding="utf-8"))
    for name, version in package["devDependencies"].items():
        assert lock["packages"][f"node_modules/{name}"]["version"] == version
