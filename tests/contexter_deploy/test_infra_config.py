"""The infrastructure parts of the environment model and of environments/shared.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest

from contexter_deploy.ground.config import ConfigError, Environment, load_environment
from contexter_deploy.ground.config.model import _zone_id_prefix
from tests.helpers import environments_with


def _fails(tmp_path: Path, env: str, old: str, new: str, message: str) -> None:
    directory = environments_with(tmp_path, env, old, new)
    with pytest.raises(ConfigError, match=message):
        load_environment(env, directory=directory)


def test_every_environment_names_its_zones_admins_and_repository(
    environments: dict[str, Environment],
) -> None:
    for environment in environments.values():
        assert len(environment.aws.zone_ids) == environment.aws.az_count
        assert environment.aws.admin_role_arns
        assert environment.gitops.github_repository == "contexter/contexter-deploy"


def test_zone_id_prefixes_follow_the_region_name() -> None:
    assert _zone_id_prefix("eu-west-1") == "euw1"
    assert _zone_id_prefix("us-east-1") == "use1"
    assert _zone_id_prefix("ap-southeast-2") == "apse2"
    assert _zone_id_prefix("eu-central-1") == "euc1"


def test_fails_when_the_zones_do_not_match_the_zone_count(tmp_path: Path) -> None:
    _fails(
        tmp_path,
        "prod",
        "zone_ids: [euw1-az1, euw1-az2, euw1-az3]",
        "zone_ids: [euw1-az1, euw1-az2]",
        r"prod.yaml:\d+: aws.zone_ids: \['euw1-az1', 'euw1-az2'\]: must list az_count \(3\) distinct zones",
    )


def test_fails_when_a_zone_belongs_to_another_region(tmp_path: Path) -> None:
    _fails(
        tmp_path,
        "dev",
        "zone_ids: [euw1-az1, euw1-az2]",
        "zone_ids: [euw1-az1, use1-az2]",
        r"aws.zone_ids: 'use1-az2': must be a zone of eu-west-1: euw1-az<n>",
    )


def test_fails_when_an_admin_role_is_in_another_account(tmp_path: Path) -> None:
    _fails(
        tmp_path,
        "staging",
        "arn:aws:iam::222222222222:role/",
        "arn:aws:iam::333333333333:role/",
        r"aws.admin_role_arns: 'arn:aws:iam::333333333333:role/aws-reserved/.*"
        r" must be a role of this account \(222222222222\)",
    )


def test_fails_when_the_gitops_repository_is_not_on_github(tmp_path: Path) -> None:
    _fails(
        tmp_path,
        "dev",
        "https://github.com/contexter/contexter-deploy.git",
        "https://gitlab.com/contexter/contexter-deploy.git",
        r"gitops.repo_url: 'https://gitlab.com/contexter/contexter-deploy.git': must be a GitHub repository",
    )


def test_fails_when_pruned_backups_would_expire_before_their_lock(tmp_path: Path) -> None:
    _fails(
        tmp_path,
        "prod",
        "object_lock_days: 30",
        "object_lock_days: 40",
        r"backup.bucket_lifecycle.noncurrent_version_expiration_days: 35: must be >= object_lock_days \(40\)",
    )


def test_fails_when_dev_snapshots_volumes_less_than_hourly(tmp_path: Path) -> None:
    _fails(
        tmp_path,
        "dev",
        "schedule: cron(0 * * * ? *)",
        "schedule: cron(0 3 * * ? *)",
        r"backup.aws_backup.schedule: 'cron\(0 3 \* \* \? \*\)': runs every 86400s; allowed in dev: hourly",
    )


def test_fails_when_the_ami_is_not_a_pinned_al2023_release(tmp_path: Path) -> None:
    _fails(
        tmp_path,
        "prod",
        "ami_alias: al2023@v20250519",
        "ami_alias: al2023@latest",
        r"cluster.karpenter.ami_alias: 'al2023@latest': String should match pattern",
    )
