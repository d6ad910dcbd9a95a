"""``contexter-deploy describe``: the workflows' single source for accounts, regions and role ARNs."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from contexter_deploy.cli import main
from contexter_deploy.describe import PROMOTE_KEYS, describe, describe_shared, render, require
from contexter_deploy.ground.config import ConfigError, Environment, load_environment
from contexter_deploy.ground.config.shared import Shared, load_shared
from contexter_deploy.ground.naming import GITHUB_PROMOTE_ROLE, names_for, shared_names
from tests.helpers import environments_with


@pytest.fixture(scope="module")
def shared() -> Shared:
    return load_shared()


def test_prod_is_described_from_its_file_and_the_naming_convention(
    environments: dict[str, Environment], shared: Shared
) -> None:
    values = describe(environments["prod"], shared)
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


def test_the_image_workflow_pushes_where_every_environment_pulls_from(
    environments: dict[str, Environment], shared: Shared
) -> None:
    """images.yml pushes with the shared account's role to the shared registry (environments/shared.yaml);
    every environment pulls its service images from exactly that registry."""
    registry = shared_names(shared)
    assert describe_shared(shared) == {
        "image_registry": "111111111111.dkr.ecr.eu-west-1.amazonaws.com",
        "image_registry_region": "eu-west-1",
        "images_role_arn": "arn:aws:iam::111111111111:role/contexter-github-images",
    }
    assert describe_shared(shared)["images_role_arn"].endswith(f":role/{registry.images_role}")
    for environment in environments.values():
        values = describe(environment, shared)
        assert values["image_registry"] == registry.registry, environment.name
        assert values["images_role_arn"] == registry.images_role_arn, environment.name
        for workload, repository in json.loads(values["image_repositories"]).items():
            assert repository == registry.repository_url(workload)


def test_no_key_names_a_role_or_registry_that_does_not_exist(
    environments: dict[str, Environment], shared: Shared
) -> None:
    """Environment accounts have no ECR and no image role: every role ARN of the environment's account
    that describe prints is one the bootstrap stack creates there."""
    for environment in environments.values():
        account = environment.aws.account_id
        text = json.dumps(describe(environment, shared))
        roles = set(re.findall(rf"arn:aws:iam::{account}:role/([\w-]+)", text))
        created = {f"contexter-{environment.name}-github-plan", f"contexter-{environment.name}-github-apply"}
        if environment.performance_test.enabled:
            created.add(f"contexter-{environment.name}-github-promote")
        assert roles == created, environment.name
        assert f"{account}.dkr.ecr" not in text


def test_the_promote_role_is_described_only_where_performance_testing_is_enabled(
    environments: dict[str, Environment], shared: Shared
) -> None:
    for environment in environments.values():
        values = describe(environment, shared)
        if environment.performance_test.enabled:
            names = names_for(environment)
            assert values["promote_role_arn"] == names.role_arn(GITHUB_PROMOTE_ROLE)
            assert values["performance_test_environment"] == f"{environment.name}-performance-test"
            assert json.loads(values["performance_test_runner"]) == list(
                environment.performance_test.runner_labels
            )
        else:
            assert not set(PROMOTE_KEYS) & set(values), environment.name
    assert [name for name, e in environments.items() if e.performance_test.enabled] == ["staging"]


def test_fails_when_the_promote_role_is_required_where_performance_testing_is_off(
    environments: dict[str, Environment], shared: Shared
) -> None:
    prod = environments["prod"]
    with pytest.raises(
        ConfigError,
        match=r"environments/prod.yaml: performance_test.enabled: False:"
        r" promote_role_arn exists only where performance testing is enabled",
    ):
        require(describe(prod, shared), ["promote_role_arn"], prod)
    staging = environments["staging"]
    require(describe(staging, shared), ["promote_role_arn"], staging)


@pytest.mark.parametrize("name", ["dev", "staging", "prod"])
def test_github_format_is_one_key_value_line_per_output(
    name: str, environments: dict[str, Environment], shared: Shared
) -> None:
    text = render(describe(environments[name], shared), "github")
    lines = text.splitlines()
    assert len(lines) == len(describe(environments[name], shared))
    for line in lines:
        key, _, value = line.partition("=")
        assert key.isidentifier() and value, line


def test_fails_when_a_service_image_is_not_in_the_shared_registry(tmp_path: Path, shared: Shared) -> None:
    directory = environments_with(
        tmp_path,
        "dev",
        "111111111111.dkr.ecr.eu-west-1.amazonaws.com/contexter/search:main",
        "ghcr.io/contexter/search:main",
    )
    with pytest.raises(
        ConfigError,
        match=r"workloads.search.image: 'ghcr.io/contexter/search:main': must come from"
        r" 111111111111.dkr.ecr.eu-west-1.amazonaws.com/contexter/search, where the image workflow pushes",
    ):
        describe(load_environment("dev", directory=directory), shared)


def test_fails_when_the_environment_runs_in_the_shared_account(
    environments: dict[str, Environment], shared: Shared
) -> None:
    dev = environments["dev"]
    moved = dev.model_copy(update={"aws": dev.aws.model_copy(update={"account_id": shared.account_id})})
    with pytest.raises(ConfigError, match="must differ from the shared account"):
        describe(moved, shared)


def test_the_command_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["describe", "--env", "staging"]) == 0
    assert json.loads(capsys.readouterr().out)["account_id"] == "222222222222"


def test_the_command_prints_the_shared_values(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["describe", "--shared", "--format", "github"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "image_registry=111111111111.dkr.ecr.eu-west-1.amazonaws.com",
        "image_registry_region=eu-west-1",
        "images_role_arn=arn:aws:iam::111111111111:role/contexter-github-images",
    ]


def test_the_command_exits_2_naming_the_setting_when_a_required_key_is_missing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["describe", "--env", "dev", "--require", "promote_role_arn", "--format", "github"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "", "nothing reaches $GITHUB_OUTPUT"
    assert captured.err == (
        "error: environments/dev.yaml: performance_test.enabled: False:"
        " promote_role_arn exists only where performance testing is enabled\n"
    )
    assert main(["describe", "--env", "staging", "--require", "promote_role_arn"]) == 0
