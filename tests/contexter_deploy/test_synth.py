"""The synth pipeline: determinism, the committed dist/, and failures that write nothing."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from contexter_deploy import kubernetes_synth as synth_module
from contexter_deploy.cli import main
from contexter_deploy.facts.file_tree import diff_trees, read_tree
from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.contracts import MANUAL_DELIVERY_ANNOTATION
from contexter_deploy.kubernetes_synth import DIST_DIR, Synthesized, synthesize
from tests.conftest import CRD_SCHEMAS


def test_committed_dist_matches_a_fresh_synth(synthesized: dict[str, Synthesized]) -> None:
    for name, result in synthesized.items():
        drift = diff_trees(read_tree(DIST_DIR / name), result.files)
        assert drift.empty, (
            f"dist/{name} is out of date ({drift.summary()}): run `make synth` and commit dist/\n"
            + drift.unified(old_label=f"committed/dist/{name}", new_label=f"fresh/dist/{name}")[:4000]
        )


def test_two_synths_are_byte_identical(
    environments: dict[str, Environment], synthesized: dict[str, Synthesized]
) -> None:
    again = synthesize(environments["prod"], crd_schemas=CRD_SCHEMAS)
    assert again.files == synthesized["prod"].files


def test_every_file_holds_the_document_its_path_names(synthesized: dict[str, Synthesized]) -> None:
    for result in synthesized.values():
        for path, text in result.files.items():
            documents = list(yaml.safe_load_all(text))
            assert len(documents) == 1, path
            assert Manifest(documents[0]).path == path


def test_resource_names_are_readable_without_hash_suffixes(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    hashed = re.compile(r"-[0-9a-f]{8}$|-c8[0-9a-f]{6,}")
    for documents in manifests.values():
        for manifest in documents:
            assert not hashed.search(manifest.name), f"{manifest.ref} has a generated hash suffix"


def test_manual_documents_are_kept_out_of_the_synced_folders() -> None:
    job = Manifest(
        {
            "apiVersion": "batch/v1",
            "kind": "Job",
            "metadata": {
                "name": "restore",
                "namespace": "contexter-data",
                "annotations": {MANUAL_DELIVERY_ANNOTATION: "manual"},
            },
        }
    )
    assert job.path == "jobs/contexter-data/restore.job.yaml"


def test_fails_when_a_document_is_invalid_and_dist_is_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    dist = tmp_path / "dist"
    shutil.copytree(DIST_DIR, dist)
    before = read_tree(dist)
    real_build = synth_module.build_manifests

    def with_a_typo(environment: Environment) -> tuple[Manifest, ...]:
        bad = {
            "apiVersion": "v1",
            "kind": "ConfigMap",
            "metadata": {"name": "typo", "namespace": "contexter"},
            "dta": {"a": "b"},
        }
        return (*real_build(environment), Manifest(bad))

    monkeypatch.setattr(synth_module, "build_manifests", with_a_typo)
    status = main(["synth", "--target", "kubernetes", "--dist", str(dist)])

    error = capsys.readouterr().err
    assert status == 1
    assert (
        "ConfigMap contexter/typo: <root>: Additional properties are not allowed ('dta' was unexpected)"
        in error
    )
    assert "dist/ was left untouched" in error
    assert read_tree(dist) == before


def test_synth_writes_only_when_every_environment_is_valid(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dist = tmp_path / "dist"
    real_build = synth_module.build_manifests

    def prod_is_broken(environment: Environment) -> tuple[Manifest, ...]:
        manifests = real_build(environment)
        if environment.name != "prod":
            return manifests
        return (
            *manifests,
            Manifest({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "Bad_Name"}}),
        )

    monkeypatch.setattr(synth_module, "build_manifests", prod_is_broken)
    assert main(["synth", "--target", "kubernetes", "--dist", str(dist)]) == 1
    assert not dist.exists(), "dev and staging must not be written when prod fails"


def test_synth_prints_what_it_did(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dist = tmp_path / "dist"

    assert main(["synth", "--target", "kubernetes", "--env", "dev", "--dist", str(dist)]) == 0

    out = capsys.readouterr().out
    assert re.search(
        r"^dev: \d+ resources \(.*Namespace 2.*\); dist/dev: \d+ files, \d+ added, 0 changed, "
        r"0 removed \(\d+\.\d\d s\)$",
        out,
        re.MULTILINE,
    ), out
    assert read_tree(dist / "dev") == read_tree(DIST_DIR / "dev")
