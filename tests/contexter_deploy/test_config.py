"""The typed environment model and its error messages.

Every bad file is tried through the real command line, which must exit 2 with one message
naming the file, the line, the field, the value and what is allowed, and leave dist/ untouched.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from contexter_deploy.cli import main
from contexter_deploy.facts.file_tree import read_tree
from contexter_deploy.ground.config import ENVIRONMENT_NAMES, Environment, load_environment
from contexter_deploy.ground.config.model import ImageReference
from contexter_deploy.kubernetes_synth import DIST_DIR
from tests.helpers import environments_with, image_of


def _synth_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], environments: Path, env: str, *fragments: str
) -> None:
    dist = tmp_path / "dist"
    shutil.copytree(DIST_DIR, dist)
    before = read_tree(dist)

    status = main(
        [
            "synth",
            "--target",
            "kubernetes",
            "--env",
            env,
            "--environments-dir",
            str(environments),
            "--dist",
            str(dist),
        ]
    )

    error = capsys.readouterr().err
    assert status == 2
    assert f"environments/{env}.yaml" in error
    for fragment in fragments:
        assert fragment in error
    assert "Traceback" not in error
    assert read_tree(dist) == before, "a failed synth must leave dist/ byte-for-byte untouched"


def test_every_environment_loads(environments: dict[str, Environment]) -> None:
    assert tuple(environments) == ENVIRONMENT_NAMES
    assert all(environment.name == name for name, environment in environments.items())


def test_staging_and_prod_pin_every_image_by_digest(environments: dict[str, Environment]) -> None:
    for name in ("staging", "prod"):
        images = [image for _, image in environments[name]._images()]
        assert images and all(ImageReference.parse(image).digest for image in images)


def test_fails_when_a_key_is_unknown(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    environments = environments_with(
        tmp_path, "prod", "replication_factor: 2", "replication_factor: 2\n    shards: 4"
    )
    _synth_fails(
        tmp_path,
        capsys,
        environments,
        "prod",
        "workloads.qdrant.shards: 4: unknown key; allowed keys here: collection, data_volume_size, image",
    )


def test_fails_when_a_value_has_the_wrong_type(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    environments = environments_with(
        tmp_path, "staging", "vault:\n  replicas: 3", "vault:\n  replicas: three"
    )
    _synth_fails(
        tmp_path, capsys, environments, "staging", "vault.replicas: 'three': Input should be a valid integer"
    )


def test_fails_when_min_replicas_exceeds_max_replicas(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    environments = environments_with(
        tmp_path, "dev", "min_replicas: 1\n    max_replicas: 3", "min_replicas: 5\n    max_replicas: 3"
    )
    _synth_fails(
        tmp_path,
        capsys,
        environments,
        "dev",
        "environments/dev.yaml:58: workloads.api_gateway.min_replicas: 5: must be <= max_replicas (3)",
    )


@pytest.mark.parametrize("env", ["staging", "prod"])
def test_fails_when_an_image_uses_the_latest_tag(
    env: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pinned = image_of(env, "workloads.search.image")
    repository = pinned.split("@")[0].rsplit(":", 1)[0]
    environments = environments_with(tmp_path, env, pinned, f"{repository}:latest")
    _synth_fails(
        tmp_path,
        capsys,
        environments,
        env,
        "workloads.search.image: '111111111111.dkr.ecr.eu-west-1.amazonaws.com/contexter/search:latest'",
        f"the mutable tag ':latest' is not allowed in {env}",
    )


def test_fails_when_a_prod_image_has_no_digest(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pinned = image_of("prod", "workloads.redis.image")
    environments = environments_with(tmp_path, "prod", pinned, pinned.split("@")[0])
    _synth_fails(
        tmp_path, capsys, environments, "prod", "workloads.redis.image", "must be pinned by digest in prod"
    )


def test_dev_allows_mutable_tags(environments: dict[str, Environment]) -> None:
    assert ImageReference.parse(environments["dev"].workloads.api_gateway.image).tag == "main"


def test_fails_when_the_environment_name_is_unknown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dist = tmp_path / "dist"
    shutil.copytree(DIST_DIR, dist)
    before = read_tree(dist)

    status = main(["synth", "--target", "kubernetes", "--env", "qa", "--dist", str(dist)])

    error = capsys.readouterr().err
    assert status == 2
    assert (
        "environments/qa.yaml: environment: 'qa': unknown environment; allowed: dev, staging, prod" in error
    )
    assert read_tree(dist) == before


def test_fails_when_the_name_in_the_file_differs_from_the_file_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    environments = environments_with(tmp_path, "staging", "name: staging", "name: prod")
    _synth_fails(
        tmp_path, capsys, environments, "staging", "name: 'prod': must be 'staging', the name of the file"
    )


def test_fails_when_prod_has_one_availability_zone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    environments = environments_with(tmp_path, "prod", "az_count: 3", "az_count: 1")
    _synth_fails(
        tmp_path, capsys, environments, "prod", "aws.az_count: 1: Input should be greater than or equal to 2"
    )


def test_fails_when_prod_has_two_availability_zones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    environments = environments_with(tmp_path, "prod", "az_count: 3", "az_count: 2")
    _synth_fails(tmp_path, capsys, environments, "prod", "aws.az_count: 2: must be 3 in prod")


def test_fails_when_a_backup_runs_every_two_hours(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    environments = environments_with(
        tmp_path, "prod", 'redis_schedule: "*/20 * * * *"', 'redis_schedule: "0 */2 * * *"'
    )
    _synth_fails(
        tmp_path,
        capsys,
        environments,
        "prod",
        "backup.redis_schedule: '0 */2 * * *': with one missed run the worst case is 15000s",
        "allowed: an interval of at most 1500s",
    )


def test_fails_when_the_volume_backup_is_slower_than_hourly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    environments = environments_with(tmp_path, "staging", "cron(0 * * * ? *)", "cron(0 */2 * * ? *)")
    _synth_fails(
        tmp_path,
        capsys,
        environments,
        "staging",
        "backup.aws_backup.schedule: 'cron(0 */2 * * ? *)': runs every 7200s;"
        " allowed in staging: hourly or more often",
    )


def test_fails_when_the_dr_region_is_missing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    environments = environments_with(tmp_path, "prod", "  dr_region: eu-central-1\n", "")
    _synth_fails(
        tmp_path,
        capsys,
        environments,
        "prod",
        "environments/prod.yaml:6: aws.dr_region: missing: required key",
    )


def test_fails_when_the_dr_region_is_the_primary_region(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    environments = environments_with(tmp_path, "dev", "dr_region: eu-central-1", "dr_region: eu-west-1")
    _synth_fails(
        tmp_path,
        capsys,
        environments,
        "dev",
        "aws.dr_region: 'eu-west-1': must differ from region (eu-west-1)",
    )


def test_fails_when_a_public_endpoint_has_no_cidr_allow_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    environments = environments_with(tmp_path, "dev", "  public_access_cidrs: [203.0.113.0/24]\n", "")
    _synth_fails(
        tmp_path,
        capsys,
        environments,
        "dev",
        "cluster.public_access_cidrs: []: must list the CIDRs allowed to reach the public endpoint",
    )


def test_fails_when_a_public_endpoint_is_open_to_the_internet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    environments = environments_with(tmp_path, "dev", "[203.0.113.0/24]", "[0.0.0.0/0]")
    _synth_fails(
        tmp_path,
        capsys,
        environments,
        "dev",
        "cluster.public_access_cidrs: '0.0.0.0/0': must not contain 0.0.0.0/0",
    )


def test_fails_when_requests_exceed_limits(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    environments = environments_with(
        tmp_path, "dev", "requests: {cpu: 100m, memory: 256Mi", "requests: {cpu: 2, memory: 256Mi"
    )
    _synth_fails(
        tmp_path,
        capsys,
        environments,
        "dev",
        "workloads.api_gateway.resources.requests.cpu: '2': must not exceed limits.cpu (500m)",
    )


def test_fails_when_prod_cannot_absorb_a_tenfold_spike(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    environments = environments_with(
        tmp_path, "prod", "min_replicas: 3\n    max_replicas: 30", "min_replicas: 3\n    max_replicas: 20"
    )
    _synth_fails(
        tmp_path,
        capsys,
        environments,
        "prod",
        "workloads.api_gateway.max_replicas: 20: must be >= 10 x min_replicas (30) in prod",
    )


def test_fails_when_the_file_is_not_yaml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    environments = environments_with(tmp_path, "dev", "name: dev", "name: [dev")
    _synth_fails(tmp_path, capsys, environments, "dev", "file: 'invalid YAML'")


def test_loader_reports_every_field_path_relative_to_the_file(tmp_path: Path) -> None:
    environments = environments_with(tmp_path, "dev", "az_count: 2", "az_count: 7")
    with pytest.raises(
        Exception, match=r"environments/dev.yaml:10: aws.az_count: 7: Input should be less than"
    ):
        load_environment("dev", directory=environments)
