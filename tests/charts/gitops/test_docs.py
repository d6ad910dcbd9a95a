"""The GitOps documentation states the versions the code pins."""

from __future__ import annotations

import re

from charts.gitops.addons import ADDONS, addon
from tests.conftest import REPO_ROOT


def test_the_bootstrap_installs_the_argo_cd_version_that_manages_itself_afterwards() -> None:
    version = addon("argo-cd").version
    for document in ("README.md", "docs/gitops.md"):
        text = (REPO_ROOT / document).read_text(encoding="utf-8")
        assert re.findall(r"--version (\S+)", text) == [version], document


def test_the_addon_table_in_docs_lists_every_pinned_version() -> None:
    text = (REPO_ROOT / "docs/gitops.md").read_text(encoding="utf-8")
    rows = {
        match["name"]: (int(match["wave"]), match["version"])
        for match in re.finditer(
            r"^\| (?P<wave>\d+) \| (?P<name>[a-z-]+) \| [^|]+ \| (?P<version>v?[\d.]+) \|", text, re.M
        )
    }
    assert rows == {item.name: (item.wave, item.version) for item in ADDONS}
