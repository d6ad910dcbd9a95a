"""infra/app.py and the committed cdktf.out: what `terraform` runs is what the code synthesizes."""

from __future__ import annotations

import json
from typing import Any

from tests.conftest import REPO_ROOT

CDKTF_OUT = REPO_ROOT / "cdktf.out"


def test_committed_cdktf_out_matches_a_fresh_synth(terraform_stacks: dict[str, dict[str, Any]]) -> None:
    committed = {
        path.parent.name: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(CDKTF_OUT.glob("stacks/*/cdk.tf.json"))
    }
    assert sorted(committed) == sorted(terraform_stacks), "run `make synth` and commit cdktf.out/"
    for name, stack in terraform_stacks.items():
        assert committed[name] == stack, (
            f"cdktf.out/stacks/{name} is out of date: run `make synth` and commit it"
        )


def test_the_manifest_lists_every_stack() -> None:
    manifest = json.loads((CDKTF_OUT / "manifest.json").read_text(encoding="utf-8"))
    stacks = {path.parent.name for path in CDKTF_OUT.glob("stacks/*/cdk.tf.json")}
    assert set(manifest["stacks"]) == stacks == {"bootstrap", "dev", "staging", "prod"}
