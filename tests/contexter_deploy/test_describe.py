"""``contexter-deploy describe``: the workflows' single source for accounts, regions and role ARNs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from contexter_deploy.cli import main
from contexter_deploy.config import ConfigError, Environment, load_environment
from contexter_deploy.describe import describe, render
from contexter_deploy.naming import names_for
from tests.helpers import environments_with


def test_prod_is_described_from_its_file_and_the_naming_convention(
    environments: dict[str, Environment],
) -> None:
    values = describe(environments["prod"])
    assert values["account_id"] == "333333333333"
    assert values["region"] == "eu-west-1"
    assert values["cluster"] == "contexter-prod"
    assert values["plan_role_arn"] == "arn:aws:iam::333333333333:role/contexter-prod-github-plan"
    assert values["apply_role_arn"] == "arn:aws:iam::333333333333:role/contexter-prod-github-apply"
    assert values["apply_role_arn"] == names_for(environments["prod"]).role_arn("github-apply")
    assert json.loads(values["image_repositories"]) == {
        name: f"111111111111.dkr.ecr.eu-west-1.amazonaws.com/contexter/{name}"
        for name in ("api-gateway", "search", "ingestion")
    }


@pytest.mark.parametrize("name", ["dev", "staging", "prod"])
def test_github_format_is_one_key_value_line_per_output(
    name: str, environments: dict[str, Environment]
) -> None:
    text = render(describe(environments[name]), "github")
    lines = text.splitlines()
    assert len(lines) == len(describe(environments[name]))
    for line in lines:
        key, _, value = line.partition("=")
        assert key.isidentifier() and value, line


def test_the_image_workflow_pushes_where_every_environment_pulls_from(
    environments: dict[str, Environment],
) -> None:
    """images.yml pushes with the dev role to dev's registry; staging and prod pull the same digests."""
    dev_registry = describe(environments["dev"])["registry"]
    for environment in environments.values():
        assert describe(environment)["image_registry"] == dev_registry, environment.name


def test_fails_when_service_images_come_from_two_registries(tmp_path: Path) -> None:
    directory = environments_with(
        tmp_path,
        "dev",
        "111111111111.dkr.ecr.eu-west-1.amazonaws.com/contexter/search:main",
        "ghcr.io/contexter/search:main",
    )
    with pytest.raises(ConfigError, match="the service images must share one registry"):
        describe(load_environment("dev", directory=directory))


def test_the_command_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["describe", "--env", "staging"]) == 0
    assert json.loads(capsys.readouterr().out)["account_id"] == "222222222222"
