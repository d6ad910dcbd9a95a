"""``make test`` provides every system program its tests need, and no test skips silently."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT, unmet_markers
from tests.progress import STEPS, Step
from tests.system import PACKAGE_OF, listed_packages

SCRIPT = REPO_ROOT / "scripts" / "system-packages.sh"


@pytest.fixture
def checkout() -> Iterator[Path]:
    """A throw-away folder any user may read (pytest's own tmp_path is private to root)."""
    with tempfile.TemporaryDirectory(prefix="system-packages-") as folder:
        Path(folder).chmod(0o755)
        yield Path(folder)


def _copy_with_list(tmp_path: Path, listing: str) -> Path:
    """The script in a throw-away checkout whose ``system-packages.txt`` is ``listing``."""
    (tmp_path / "scripts").mkdir()
    script = tmp_path / "scripts" / SCRIPT.name
    shutil.copy2(SCRIPT, script)
    (tmp_path / "system-packages.txt").write_text(listing, encoding="utf-8")
    (tmp_path / "scripts").chmod(0o755)
    (tmp_path / "system-packages.txt").chmod(0o644)
    return script


def _as_unprivileged(command: list[str]) -> list[str]:
    """``command`` as a user who is neither root nor a sudoer (``nobody`` when the tests run as root)."""
    if os.geteuid() != 0:
        return command
    return ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", *command]


def test_the_list_names_a_package_for_every_program_the_tests_start() -> None:
    assert set(PACKAGE_OF.values()) <= set(listed_packages())
    assert listed_packages() == sorted(set(listed_packages()), key=listed_packages().index), "duplicates"


def test_the_script_lists_what_the_file_lists() -> None:
    listed = subprocess.run([SCRIPT, "--list"], capture_output=True, text=True, check=True, timeout=10)
    assert listed.stdout.split() == listed_packages()


def test_every_listed_package_is_installed_after_the_script_ran() -> None:
    """``make test`` ran the script before this session, so nothing it lists may be missing now."""
    status = subprocess.run(
        ["dpkg-query", "-W", "-f=${Package} ${Status}\n", *listed_packages()],
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )
    installed = {
        line.split()[0] for line in status.stdout.splitlines() if line.endswith("install ok installed")
    }
    assert set(listed_packages()) - installed == set()


def test_an_unprivileged_user_gets_one_line_with_the_command_to_run(checkout: Path) -> None:
    script = _copy_with_list(checkout, "# comment\nredis-server  # present\nno-such-package-xyz  # missing\n")
    result = subprocess.run(  # "stops within seconds": a hang past 10 s raises TimeoutExpired
        _as_unprivileged([str(script)]),
        capture_output=True,
        text=True,
        check=False,
        timeout=10,
        env={"PATH": "/usr/sbin:/usr/bin:/sbin:/bin"},
    )
    assert result.returncode == 1
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith("error: the tests need the Debian packages no-such-package-xyz")
    assert "apt-get install -y --no-install-recommends no-such-package-xyz" in line


def test_nothing_is_done_when_every_package_is_present(checkout: Path) -> None:
    script = _copy_with_list(checkout, "redis-server  # present\n")
    result = subprocess.run(
        _as_unprivileged([str(script)]), capture_output=True, text=True, timeout=30, check=False
    )
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def _skip_calls(path: Path) -> list[str]:
    """``pytest.skip(…)``, ``skipif`` and ``importorskip`` uses in one test module, as ``path:line``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {"skip", "skipif", "importorskip"}
    return [
        f"{path}:{node.lineno}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and node.attr in names
    ]


def test_no_test_skips_it_fails_or_is_deselected_by_a_named_marker() -> None:
    this_module = Path(__file__).resolve()
    modules = [path for path in sorted((REPO_ROOT / "tests").rglob("*.py")) if path.resolve() != this_module]
    skips = [call for path in modules for call in _skip_calls(path)]
    assert skips == [], "a test that cannot run fails, or carries a marker README's 'Tests' names"


def test_the_readme_names_every_marker_and_the_package_list() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    markers = re.findall(
        r'^\s*"(\w+):', (REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"), re.MULTILINE
    )
    assert {"integration", "shared", "root"} <= set(markers)
    for marker in markers:
        assert f"`{marker}`" in readme, marker
    assert "system-packages.txt" in readme


def test_the_skip_checker_finds_a_skip(tmp_path: Path) -> None:
    broken = tmp_path / "test_broken.py"
    broken.write_text(
        "import pytest\n\n@pytest.mark.skipif(True, reason='x')\ndef test_x():\n    pytest.skip()\n"
    )
    assert _skip_calls(broken) == [f"{broken}:3", f"{broken}:5"]


@pytest.mark.parametrize("step", STEPS, ids=lambda step: step.prefixes[0])
def test_every_progress_step_names_tests_that_exist(step: Step) -> None:
    for prefix in step.prefixes:
        path, _, name = prefix.partition("::")
        assert (REPO_ROOT / path).exists(), prefix
        if name:
            assert f"def {name}" in (REPO_ROOT / path).read_text(encoding="utf-8"), prefix


def test_ci_deselects_nothing() -> None:
    """``.ci/run`` sets CONTEXTER_RUN_EVERY_TEST=1, under which an unmet marker fails the session at start."""
    assert "export CONTEXTER_RUN_EVERY_TEST=1" in (REPO_ROOT / ".ci/run").read_text(encoding="utf-8")
    if os.environ.get("CONTEXTER_RUN_EVERY_TEST") == "1":
        assert unmet_markers() == {}
