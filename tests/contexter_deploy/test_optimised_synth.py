"""``make synth`` runs the synth with ``python -O``: without the bindings' runtime type checks.

``-O`` also drops every ``assert`` statement, so the product code may use ``assert`` only to
narrow a type for mypy (``assert x is not None``), never to reject a value. The tests run with
the checks on; the optimised synth must write exactly the same files.
"""

from __future__ import annotations

import ast
import subprocess
import sys

from contexter_deploy.ground.config.loader import REPO_ROOT

PRODUCT_CODE = ("contexter_deploy", "charts", "infra")


def validating_asserts(source: str, filename: str) -> list[str]:
    """Every ``assert`` in ``source`` other than ``assert <expression> is not None``."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Assert):
            continue
        test = node.test
        narrows = (
            isinstance(test, ast.Compare)
            and [type(op) for op in test.ops] == [ast.IsNot]
            and isinstance(test.comparators[0], ast.Constant)
            and test.comparators[0].value is None
        )
        if not narrows:
            found.append(f"{filename}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_product_code_asserts_only_to_narrow_types() -> None:
    found = [
        problem
        for package in PRODUCT_CODE
        for path in sorted((REPO_ROOT / package).rglob("*.py"))
        for problem in validating_asserts(path.read_text(encoding="utf-8"), str(path.relative_to(REPO_ROOT)))
    ]
    assert found == [], "python -O drops these checks; raise an error instead:\n" + "\n".join(found)


def test_fails_when_an_assert_rejects_a_value() -> None:
    source = (
        "def replicas(value):\n"
        "    assert value is not None\n"
        "    assert value > 0, 'replicas must be positive'\n"
        "    return value\n"
    )
    assert validating_asserts(source, "chart.py") == [
        "chart.py:3: assert value > 0, 'replicas must be positive'"
    ]


def test_the_optimised_synth_writes_the_committed_dist() -> None:
    result = subprocess.run(
        [sys.executable, "-O", "-m", "contexter_deploy", "diff", "--env", "prod", "--stat"],
        capture_output=True,
        text=True,
        check=False,
        cwd=REPO_ROOT,
    )

    assert (result.returncode, result.stdout) == (0, "prod: unchanged\n"), result.stderr[-2000:]


def test_make_synth_runs_the_optimised_synth() -> None:
    makefile = (REPO_ROOT / "Makefile").read_text(encoding="utf-8")
    synth = "KUBERNETES_SYNTH := PYTHONDONTWRITEBYTECODE= $(BIN)/python -O -m contexter_deploy synth"
    assert synth in makefile
    assert "compileall -q -j 0 -o 0 -o 1 imports" in makefile
