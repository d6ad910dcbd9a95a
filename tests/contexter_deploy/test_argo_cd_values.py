"""contexter_deploy/argo_cd_values.py: the first helm install reads the argo-cd Application's values."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from charts.gitops.addons import addon
from contexter_deploy.cli import main
from contexter_deploy.facts.manifests import Manifest


def test_prints_the_values_the_argo_cd_application_keeps_applying(
    manifests: dict[str, tuple[Manifest, ...]], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["argo-cd-values", "--env", "prod"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(
        f"# argo-cd chart {addon('argo-cd').version}, from dist/prod/argocd/argo-cd.application.yaml"
    )
    [application] = [m for m in manifests["prod"] if m.kind == "Application" and m.name == "argo-cd"]
    assert yaml.safe_load(out) == application.spec["source"]["helm"]["valuesObject"]
    assert yaml.safe_load(out)["global"]["tolerations"][0]["key"] == "CriticalAddonsOnly"


def test_fails_when_dist_has_no_argo_cd_application(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["argo-cd-values", "--env", "prod", "--dist", str(tmp_path)]) == 2
    assert "argocd/argo-cd.application.yaml does not exist; run `make synth`" in capsys.readouterr().err


def test_the_documented_install_reads_these_values() -> None:
    for doc in ("README.md", "docs/gitops.md"):
        text = (Path(__file__).parents[2] / doc).read_text(encoding="utf-8")
        assert "--values <(.venv/bin/contexter-deploy argo-cd-values --env prod)" in text, doc
        assert f"--version {addon('argo-cd').version}" in text, doc
