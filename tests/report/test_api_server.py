"""contexter_deploy/report/api_server.py: the readiness report's API-server section."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from contexter_deploy.facts.inputs import Inputs, load_inputs
from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.ground.config.loader import REPO_ROOT
from contexter_deploy.report.api_server import DEFAULT_CRD_SCHEMAS, DEFAULT_HELM_CHARTS, api_server_rows
from contexter_deploy.report.result import Row, Status

SUBJECTS = ["Helm values", "CEL rules", "API level and feature gates"]


def _prod() -> Inputs:
    return load_inputs("prod", dist=REPO_ROOT / "dist", cdktf_out=REPO_ROOT / "cdktf.out")


def _by_subject(rows: list[Row]) -> dict[str, Row]:
    return {row.subject: row for row in rows}


@pytest.mark.shared
def test_prod_counts_what_each_analysis_evaluated() -> None:
    rows = _by_subject(api_server_rows(_prod()))
    assert list(rows) == SUBJECTS
    assert rows["CEL rules"].status is Status.PASS
    assert " evaluations of " in rows["CEL rules"].value
    assert "at Kubernetes 1.33" in rows["API level and feature gates"].value
    assert rows["API level and feature gates"].status is Status.PASS
    assert all(not row.gating for row in rows.values()), "findings gate in contexter-deploy validate"
    assert not any(str(REPO_ROOT.parent) in detail for r in rows.values() for detail in r.details)


def test_fails_and_says_so_when_shared_is_absent(tmp_path: Path) -> None:
    rows = api_server_rows(
        _prod(), helm_charts=tmp_path / "helm-charts", crd_schemas=tmp_path / "crd-schemas"
    )
    assert [row.subject for row in rows] == SUBJECTS
    for row in rows:
        assert row.status is Status.FAIL and row.gating and row.value == "not evaluated"
        assert "not found" in row.details[0] and "nothing was proven" in row.details[0]


@pytest.mark.shared
def test_fails_when_an_application_passes_a_key_the_chart_does_not_have() -> None:
    inputs = _prod()
    [application] = [m for m in inputs.manifests if m.kind == "Application" and m.name == "metrics-server"]
    document = yaml.safe_load(yaml.safe_dump(dict(application.document)))
    document["spec"]["source"]["helm"]["valuesObject"]["replicaCountt"] = 2
    manifests = tuple(Manifest(document) if m is application else m for m in inputs.manifests)
    rows = _by_subject(
        api_server_rows(
            Inputs(**{**vars(inputs), "manifests": manifests}),
            helm_charts=DEFAULT_HELM_CHARTS,
            crd_schemas=DEFAULT_CRD_SCHEMAS,
        )
    )
    helm = rows["Helm values"]
    assert helm.status is Status.FAIL
    assert any("Application argocd/metrics-server: replicaCountt" in detail for detail in helm.details)
