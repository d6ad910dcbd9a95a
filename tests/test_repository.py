"""The repository keeps its promises: two setup commands, pinned versions, CI runs the tests."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

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


_DOC_PATH = re.compile(
    r"`((?:charts|infra|contexter_deploy|tests|backup|benchmarks|scripts|docs|environments|Dockerfiles"
    r"|perf|imports|\.github)/[\w./-]*?)(?:::\w+|:\d+)?`"
)
"""A backticked repository path in the docs: ``charts/app.py``, ``tests/infra/`` or a module
attribute, ``charts/secret_catalog.ARGOCD_NOTIFICATIONS``; a ``:line`` or ``::test`` may follow."""


def stale_references(text: str, root: Path) -> list[str]:
    """The backticked paths of ``text`` that name no file, folder or module attribute under ``root``.
    State keys (``*.tfstate``) live in the state bucket, not here."""
    stale = []
    for match in _DOC_PATH.finditer(text):
        path = match.group(1).rstrip(".")
        if path.endswith(".tfstate") or (root / path).exists():
            continue
        module, _, attribute = path.rpartition(".")
        source = root / f"{module}.py"
        defines = re.compile(rf"^(?:def |class )?{re.escape(attribute)}\b", re.MULTILINE)
        if not (source.is_file() and defines.search(source.read_text(encoding="utf-8"))):
            stale.append(path)
    return stale


def test_the_docs_name_only_paths_that_exist() -> None:
    documents = [REPO_ROOT / "README.md", *sorted((REPO_ROOT / "docs").rglob("*.md"))]
    stale = {
        f"{document.relative_to(REPO_ROOT)}: {path}"
        for document in documents
        for path in stale_references(document.read_text(encoding="utf-8"), REPO_ROOT)
    }
    assert not stale, "paths in the docs that no longer exist:\n" + "\n".join(sorted(stale))


def test_a_renamed_module_in_the_docs_is_caught(tmp_path: Path) -> None:
    (tmp_path / "charts").mkdir()
    (tmp_path / "charts/app.py").write_text("APP = 1\ndef render() -> None: ...\n", encoding="utf-8")
    text = "See `charts/app.py`, `charts/app.render`, `charts/app.APP:1` and `environments/dev/x.tfstate`."
    assert stale_references(text, tmp_path) == []
    moved = "See `charts/application.py`, `charts/app.draw` and `charts/gone/`."
    assert stale_references(moved, tmp_path) == ["charts/application.py", "charts/app.draw", "charts/gone/"]
