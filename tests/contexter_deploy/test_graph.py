"""``contexter-deploy graph`` and the committed docs/security/graph-<env>.md."""

from __future__ import annotations

import pytest

from contexter_deploy.cli import main
from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.validation.policy_graph import build, render_markdown
from tests.conftest import REPO_ROOT

DOCS = REPO_ROOT / "docs" / "security"


@pytest.mark.parametrize("environment", ["dev", "staging", "prod"])
def test_the_committed_graph_equals_a_fresh_render(
    environment: str, manifests: dict[str, tuple[Manifest, ...]]
) -> None:
    committed = (DOCS / f"graph-{environment}.md").read_text(encoding="utf-8")
    fresh = render_markdown(environment, build(manifests[environment]))
    assert committed == fresh, (
        f"docs/security/graph-{environment}.md is out of date: run"
        f" `.venv/bin/contexter-deploy graph --env {environment} > docs/security/graph-{environment}.md`"
    )


def test_the_graph_command_prints_the_committed_page(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["graph", "--env", "prod"]) == 0
    assert capsys.readouterr().out == (DOCS / "graph-prod.md").read_text(encoding="utf-8")


def test_the_graph_command_renders_mermaid_or_tables(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["graph", "--env", "dev", "--format", "mermaid"]) == 0
    mermaid = capsys.readouterr().out
    assert mermaid.startswith("flowchart LR\n") and "|" in mermaid
    assert main(["graph", "--env", "dev", "--format", "table"]) == 0
    table = capsys.readouterr().out
    assert table.startswith("### In-cluster flows\n")
    assert "| prometheus | redis | metrics 9121 | allow | allow | methods GET; paths /metrics |" in table


def test_the_graph_command_needs_an_environment(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["graph"])
    assert exit_.value.code == 2
    assert "--env" in capsys.readouterr().err
