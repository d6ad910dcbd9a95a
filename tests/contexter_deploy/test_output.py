"""Rendering and the all-or-nothing replacement of output directories."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from contexter_deploy.facts.file_tree import (
    read_tree,
    render_tree,
    replace_directories,
    replace_files,
    to_yaml,
)
from contexter_deploy.facts.manifests import Manifest


def _configmap(name: str, namespace: str = "contexter") -> Manifest:
    return Manifest(
        {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": name, "namespace": namespace}}
    )


def test_one_file_per_document_at_a_predictable_path() -> None:
    tree = render_tree([_configmap("b"), _configmap("a", "contexter-data")], header="# header")

    assert list(tree) == ["contexter-data/a.configmap.yaml", "contexter/b.configmap.yaml"]
    assert tree["contexter/b.configmap.yaml"].startswith("# header\napiVersion: v1\nkind: ConfigMap\n")


def test_fails_when_two_documents_claim_one_path() -> None:
    with pytest.raises(
        ValueError, match="ConfigMap contexter/a and ConfigMap contexter/a would both be written"
    ):
        render_tree([_configmap("a"), _configmap("a")], header="#")


def test_multiline_strings_are_written_as_literal_blocks() -> None:
    text = to_yaml({"data": {"rule.promql": "sum(rate(x[5m]))\n/ sum(rate(y[5m]))\n"}})

    assert "rule.promql: |\n    sum(rate(x[5m]))\n    / sum(rate(y[5m]))\n" in text
    assert yaml.safe_load(text) == {"data": {"rule.promql": "sum(rate(x[5m]))\n/ sum(rate(y[5m]))\n"}}


def test_files_of_removed_resources_disappear(tmp_path: Path) -> None:
    target = tmp_path / "prod"
    replace_directories({target: {"contexter/a.yaml": "a\n", "contexter/b.yaml": "b\n"}})

    diffs = replace_directories({target: {"contexter/a.yaml": "a2\n"}})

    assert read_tree(target) == {"contexter/a.yaml": "a2\n"}
    assert diffs[target].removed == ("contexter/b.yaml",)
    assert diffs[target].changed == ("contexter/a.yaml",)


def test_unchanged_output_is_not_rewritten(tmp_path: Path) -> None:
    target = tmp_path / "prod"
    replace_directories({target: {"a.yaml": "a\n"}})
    before = (target / "a.yaml").stat().st_mtime_ns

    diffs = replace_directories({target: {"a.yaml": "a\n"}})

    assert diffs[target].empty
    assert (target / "a.yaml").stat().st_mtime_ns == before


def test_fails_midway_and_leaves_every_directory_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dev, prod = tmp_path / "dev", tmp_path / "prod"
    replace_directories({dev: {"a.yaml": "dev\n"}, prod: {"a.yaml": "prod\n"}})
    real_rename = Path.rename
    calls = []

    def rename_then_fail(self: Path, target: Path) -> Path:
        calls.append(self)
        if len(calls) == 3:  # dev swapped (two renames), then prod's first rename fails
            raise OSError("disk full")
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", rename_then_fail)
    with pytest.raises(OSError, match="disk full"):
        replace_directories({dev: {"a.yaml": "dev2\n"}, prod: {"a.yaml": "prod2\n"}})
    monkeypatch.undo()

    assert read_tree(dev) == {"a.yaml": "dev\n"}
    assert read_tree(prod) == {"a.yaml": "prod\n"}
    assert sorted(path.name for path in tmp_path.iterdir()) == ["dev", "prod"], (
        "no staging folder is left behind"
    )


def test_replace_files_keeps_files_it_does_not_own(tmp_path: Path) -> None:
    (tmp_path / "stacks/prod/.terraform").mkdir(parents=True)
    (tmp_path / "stacks/prod/.terraform/provider").write_text("binary")
    (tmp_path / "stacks/dev").mkdir(parents=True)
    (tmp_path / "stacks/dev/cdk.tf.json").write_text("{}")

    def owned(path: str) -> bool:
        return path.endswith("cdk.tf.json")

    diff = replace_files(tmp_path, {"stacks/prod/cdk.tf.json": '{"a": 1}'}, owned=owned)

    assert read_tree(tmp_path) == {
        "stacks/prod/.terraform/provider": "binary",
        "stacks/prod/cdk.tf.json": '{"a": 1}',
    }
    assert diff.removed == ("stacks/dev/cdk.tf.json",)


def test_a_rendered_document_is_reused_only_for_an_identical_document() -> None:
    header = "# header"
    first = Manifest({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a"}, "data": {"x": "1"}})
    same = Manifest({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a"}, "data": {"x": "1"}})
    number = Manifest({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a"}, "data": {"x": 1}})
    order = Manifest({"kind": "ConfigMap", "apiVersion": "v1", "metadata": {"name": "a"}, "data": {"x": "1"}})

    rendered = [render_tree([m], header=header) for m in (first, same, number, order)]

    assert rendered[0] == rendered[1]
    assert [tree == rendered[0] for tree in rendered[2:]] == [False, False]
    assert list(rendered[2].values()) == [f"{header}\n{to_yaml(dict(number.document))}"]
    assert list(rendered[3].values()) == [f"{header}\n{to_yaml(dict(order.document))}"]
