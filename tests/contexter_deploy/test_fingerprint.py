"""The fingerprint of the Terraform inputs: which fields count, and that nothing else does."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from contexter_deploy import fingerprint as fp
from contexter_deploy.ground.config import ConfigError, load_environment
from contexter_deploy.ground.config.loader import ENVIRONMENTS_DIR

AWS = "contexter_deploy.ground.config.model.Aws"
COST = "contexter_deploy.ground.config.model.Cost"
ENVIRONMENT = "contexter_deploy.ground.config.model.Environment"
GITOPS = "contexter_deploy.ground.config.model.GitOps"
REGION_ONLY = {ENVIRONMENT: frozenset({"aws"}), AWS: frozenset({"region"})}


@pytest.fixture
def environments(tmp_path: Path) -> Path:
    directory = tmp_path / "environments"
    shutil.copytree(ENVIRONMENTS_DIR, directory)
    return directory


def _edit(directory: Path, old: str, new: str) -> None:
    path = directory / "dev.yaml"
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def test_records_the_fields_read_directly_and_through_properties() -> None:
    environment = load_environment("dev")
    with fp.recording() as read:
        _ = environment.aws.region
        _ = environment.gitops.github_repository  # a property over repo_url

    assert read == {ENVIRONMENT: {"aws", "gitops"}, AWS: {"region"}, GITOPS: {"repo_url"}}


def test_reads_while_a_model_validates_itself_are_not_recorded() -> None:
    with fp.recording() as read:
        load_environment("dev")

    assert read == {}


def test_a_model_read_as_a_whole_counts_as_every_field() -> None:
    environment = load_environment("dev")
    with fp.recording() as read:
        environment.cost.model_dump()
        list(environment.network)

    assert read[COST] == {fp.EVERY_FIELD}
    assert read["contexter_deploy.ground.config.model.Network"] == {fp.EVERY_FIELD}


def test_a_field_the_terraform_app_does_not_read_leaves_the_fingerprint_alone(environments: Path) -> None:
    before = fp.fingerprint(REGION_ONLY, directory=environments)
    _edit(environments, "    min_replicas: 1\n", "    min_replicas: 2\n")

    assert fp.fingerprint(REGION_ONLY, directory=environments) == before


def test_fails_when_a_recorded_field_changes_and_the_fingerprint_does_not(environments: Path) -> None:
    budget_only = {ENVIRONMENT: frozenset({"cost"}), COST: frozenset({"monthly_budget_usd"})}
    before = fp.fingerprint(budget_only, directory=environments)
    _edit(environments, "  owner: platform\n", "  owner: search\n")
    assert fp.fingerprint(budget_only, directory=environments) == before  # owner is not recorded

    _edit(environments, "  monthly_budget_usd: 900\n", "  monthly_budget_usd: 950\n")
    assert fp.fingerprint(budget_only, directory=environments) != before


def test_without_a_record_every_field_counts(environments: Path) -> None:
    before = fp.fingerprint(None, directory=environments)
    _edit(environments, "    min_replicas: 1\n", "    min_replicas: 2\n")

    assert fp.fingerprint(None, directory=environments) != before


def test_fails_when_an_image_the_cdktf_synth_rejects_goes_unreported(environments: Path) -> None:
    _edit(environments, "/contexter/search:main", "/contexter/unknown:main")

    with pytest.raises(ConfigError, match="the shared registry has no such repository"):
        fp.fingerprint(REGION_ONLY, directory=environments)


def test_the_output_is_rewritten_only_when_the_fingerprint_changes(
    environments: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output, fields = tmp_path / "model.sha", tmp_path / "fields.json"
    fields.write_text(json.dumps({ENVIRONMENT: ["aws"], AWS: ["region"]}))
    arguments = ["--fields", str(fields), "--output", str(output), "--environments-dir", str(environments)]

    assert fp.main(arguments) == 0
    written = output.stat().st_mtime_ns
    _edit(environments, "    min_replicas: 1\n", "    min_replicas: 2\n")
    assert fp.main(arguments) == 0

    assert output.stat().st_mtime_ns == written
    assert capsys.readouterr().out.splitlines()[-1] == (
        "terraform: no infrastructure input changed; the Terraform JSON stays as it is"
    )


def test_fails_when_the_order_fields_were_recorded_in_changes_the_fingerprint() -> None:
    recorded = {AWS: frozenset({"region"}), ENVIRONMENT: frozenset({"aws"})}  # as a synth records them
    from_file = {ENVIRONMENT: frozenset({"aws"}), AWS: frozenset({"region"})}  # sorted, as written

    assert fp.fingerprint(recorded) == fp.fingerprint(from_file)
