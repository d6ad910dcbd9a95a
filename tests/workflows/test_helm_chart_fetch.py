"""ci.yml fetches the pinned Helm charts that the values checks read, and verifies every file.

On a GitHub runner ``../shared`` does not exist. The test job fetches the CRD schemas
(``fetch-crd-schemas.sh``) and the chart files (``fetch-helm-charts.sh``) from the upstream commits
that ``.github/helm-charts.sha256`` records, and checks each file's checksum, so that the tests
marked ``shared`` run there too (``.ci/run`` deselects nothing).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT, SHARED
from tests.workflows.sandbox import Sandbox

LOCK = REPO_ROOT / ".github" / "helm-charts.sha256"
CHARTS = SHARED / "helm-charts"
FAKE_CURL = """
# curl --fail ... --output FILE URL: serve URL from $UPSTREAM (folders as in ../shared/helm-charts),
# mapping <base>/<owner>/<repo>/<commit>/<path>/<file> to <folder>/<file> by the lock's source lines
while (($#)); do case "$1" in --output) out="$2"; shift 2 ;; http*) url="$1"; shift ;; *) shift ;; esac; done
rest="${url#"$HELM_CHARTS_BASE_URL"/}"
while read -r _ _ folder repo commit path; do
  prefix="$repo/$commit"; [[ "$path" == "." ]] || prefix="$prefix/$path"
  if [[ "$rest" == "$prefix/"* ]]; then
    file="$UPSTREAM/$folder/${rest#"$prefix/"}"
    [[ -f "$file" ]] || { echo "curl: (22) 404 $url" >&2; exit 22; }
    cp "$file" "$out"; exit 0
  fi
done < <(grep '^# source: ' "$LOCK")
echo "curl: (22) 404 $url" >&2; exit 22
"""


def _fetch(tmp_path: Path, upstream: Path) -> subprocess.CompletedProcess[str]:
    box = Sandbox.create(tmp_path)
    shutil.copy2(LOCK, box.root / ".github" / "helm-charts.sha256")
    box.fake("curl", FAKE_CURL)
    return box.run(
        "bash .github/scripts/fetch-helm-charts.sh charts\n",
        env={"UPSTREAM": str(upstream), "HELM_CHARTS_BASE_URL": "https://raw.example", "LOCK": str(LOCK)},
    )


@pytest.mark.shared
def test_the_record_is_what_the_recorder_writes_from_the_chart_folders() -> None:
    sys.path.insert(0, str(REPO_ROOT / "scripts"))
    try:
        from record_helm_charts import record  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    assert LOCK.read_text(encoding="utf-8") == record(CHARTS), "run scripts/record_helm_charts.py"


def test_the_test_job_fetches_the_charts_before_the_tests() -> None:
    workflow = (REPO_ROOT / ".github" / "workflows" / "ci.yml").read_text(encoding="utf-8")
    test_job = workflow.split("\n  test:\n", 1)[1].split("\n  drift:\n", 1)[0]
    assert test_job.index("fetch-helm-charts.sh") < test_job.index("bash .ci/run")


@pytest.mark.shared
@pytest.mark.integration
def test_ci_fetches_every_chart_file_and_checks_its_checksum(tmp_path: Path) -> None:
    result = _fetch(tmp_path, CHARTS)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "760 files of 20 Helm charts, checksums verified" in result.stdout
    assert (tmp_path / "checkout" / "charts" / "vault-0.31.0" / "templates" / "_helpers.tpl").is_file()


@pytest.mark.shared
@pytest.mark.integration
def test_fails_when_an_upstream_chart_file_differs(tmp_path: Path) -> None:
    upstream = tmp_path / "upstream"
    shutil.copytree(CHARTS, upstream)
    (upstream / "keda-2.18.3" / "values.yaml").write_text("{}\n", encoding="utf-8")
    result = _fetch(tmp_path, upstream)
    assert result.returncode == 1 and "keda-2.18.3/values.yaml: FAILED" in result.stdout


@pytest.mark.shared
def test_fails_when_an_upstream_chart_file_is_missing(tmp_path: Path) -> None:
    upstream = tmp_path / "upstream"
    shutil.copytree(CHARTS, upstream)
    (upstream / "argo-cd-9.2.3" / "Chart.yaml").unlink()
    result = _fetch(tmp_path, upstream)
    assert result.returncode == 22 and "404" in result.stderr
