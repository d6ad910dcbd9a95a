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


def _latest(env: str) -> tuple[str, str]:
    """The pinned ``workloads.search.image`` of ``env``, and the same repository at ``:latest``."""
    pinned = image_of(env, "workloads.search.image")
    return pinned, f"{pinned.split('@')[0].rsplit(':', 1)[0]}:latest"


def _unpinned(env: str, field: str) -> tuple[str, str]:
    """The pinned image at ``field`` of ``env``, and the same reference without its digest."""
    pinned = image_of(env, field)
    return pinned, pinned.split("@")[0]


BROKEN_FILES = [
    pytest.param(
        "prod",
        "replication_factor: 2",
        "replication_factor: 2\n    shards: 4",
        ["workloads.qdrant.shards: 4: unknown key; allowed keys here: collection, data_volume_size, image"],
        id="a_key_is_unknown",
    ),
    pytest.param(
        "staging",
        "vault:\n  replicas: 3",
        "vault:\n  replicas: three",
        ["vault.replicas: 'three': Input should be a valid integer"],
        id="a_value_has_the_wrong_type",
    ),
    pytest.param(
        "dev",
        "min_replicas: 1\n    max_replicas: 3",
        "min_replicas: 5\n    max_replicas: 3",
        ["environments/dev.yaml:58: workloads.api_gateway.min_replicas: 5: must be <= max_replicas (3)"],
        id="min_replicas_exceeds_max_replicas",
    ),
    *(
        pytest.param(
            env,
            *_latest(env),
            [
                "workloads.search.image:"
                " '111111111111.dkr.ecr.eu-west-1.amazonaws.com/contexter/search:latest'",
                f"the mutable tag ':latest' is not allowed in {env}",
            ],
            id=f"an_image_uses_the_latest_tag-{env}",
        )
        for env in ("staging", "prod")
    ),
    pytest.param(
        "prod",
        *_unpinned("prod", "workloads.redis.image"),
        ["workloads.redis.image", "must be pinned by digest in prod"],
        id="a_prod_image_has_no_digest",
    ),
    pytest.param(
        "staging",
        "name: staging",
        "name: prod",
        ["name: 'prod': must be 'staging', the name of the file"],
        id="the_name_in_the_file_differs_from_the_file_name",
    ),
    pytest.param(
        "prod",
        "az_count: 3",
        "az_count: 1",
        ["aws.az_count: 1: Input should be greater than or equal to 2"],
        id="prod_has_one_availability_zone",
    ),
    pytest.param(
        "prod",
        "az_count: 3",
        "az_count: 2",
        ["aws.az_count: 2: must be 3 in prod"],
        id="prod_has_two_availability_zones",
    ),
    pytest.param(
        "prod",
        'redis_schedule: "*/20 * * * *"',
        'redis_schedule: "0 */2 * * *"',
        [
            "backup.redis_schedule: '0 */2 * * *': with one missed run the worst case is 15000s",
            "allowed: an interval of at most 1500s",
        ],
        id="a_backup_runs_every_two_hours",
    ),
    pytest.param(
        "staging",
        "cron(0 * * * ? *)",
        "cron(0 */2 * * ? *)",
        [
            "backup.aws_backup.schedule: 'cron(0 */2 * * ? *)': runs every 7200s;"
            " allowed in staging: hourly or more often"
        ],
        id="the_volume_backup_is_slower_than_hourly",
    ),
    pytest.param(
        "prod",
        "  dr_region: eu-central-1\n",
        "",
        ["environments/prod.yaml:6: aws.dr_region: missing: required key"],
        id="the_dr_region_is_missing",
    ),
    pytest.param(
        "dev",
        "dr_region: eu-central-1",
        "dr_region: eu-west-1",
        ["aws.dr_region: 'eu-west-1': must differ from region (eu-west-1)"],
        id="the_dr_region_is_the_primary_region",
    ),
    pytest.param(
        "dev",
        "  public_access_cidrs: [203.0.113.0/24]\n",
        "",
        ["cluster.public_access_cidrs: []: must list the CIDRs allowed to reach the public endpoint"],
        id="a_public_endpoint_has_no_cidr_allow_list",
    ),
    pytest.param(
        "dev",
        "[203.0.113.0/24]",
        "[0.0.0.0/0]",
        ["cluster.public_access_cidrs: '0.0.0.0/0': must not contain 0.0.0.0/0"],
        id="a_public_endpoint_is_open_to_the_internet",
    ),
    pytest.param(
        "dev",
        "requests: {cpu: 100m, memory: 256Mi",
        "requests: {cpu: 2, memory: 256Mi",
        ["workloads.api_gateway.resources.requests.cpu: '2': must not exceed limits.cpu (500m)"],
        id="requests_exceed_limits",
    ),
    pytest.param(
        "prod",
        "min_replicas: 3\n    max_replicas: 30",
        "min_replicas: 3\n    max_replicas: 20",
        ["workloads.api_gateway.max_replicas: 20: must be >= 10 x min_replicas (30) in prod"],
        id="prod_cannot_absorb_a_tenfold_spike",
    ),
    pytest.param("dev", "name: dev", "name: [dev", ["file: 'invalid YAML'"], id="the_file_is_not_yaml"),
    pytest.param(
        "staging",
        "replicas: 3\n    sentinel: true",
        "replicas: 2\n    sentinel: true",
        [
            "workloads.redis.replicas: 2: must be an odd number >= 3"
            " when sentinel is true (one Sentinel per pod)"
        ],
        id="sentinel_runs_on_two_pods",
    ),
    pytest.param(
        "prod",
        "replication_factor: 2",
        "replication_factor: 1",
        [
            "workloads.qdrant.replication_factor: 1: must be >= 2 in"
            " prod, so every shard survives the loss of one"
            " node or zone"
        ],
        id="prod_collections_are_not_replicated",
    ),
    pytest.param(
        "dev",
        "scale_down_delay_seconds: 60",
        "scale_down_delay_seconds: 60\n  canary_weights: [50, 25]",
        ["rollout.canary_weights: [50, 25]: must be strictly increasing percentages between 1 and 99"],
        id="canary_weights_do_not_increase",
    ),
    pytest.param(
        "dev",
        "scale_down_delay_seconds: 60",
        "scale_down_delay_seconds: 60\n  analysis_failure_limit: 3",
        [
            "rollout.analysis_failure_limit: 3: must be < analysis_count - 1 (3): a run tolerates one"
            " inconclusive measurement besides the failures, and must still need a good one"
        ],
        id="analysis_could_never_fail",
    ),
    pytest.param(
        "dev",
        "voyage_ai_model: voyage-3.5",
        "voyage_ai_model: gpt-4",
        ["workloads.voyage_ai_model: 'gpt-4'"],
        id="the_voyage_model_is_not_a_voyage_model",
    ),
    pytest.param(
        "dev",
        "scale_down_delay_seconds: 60",
        "scale_down_delay_seconds: 60\n  replica_canary_weights: [50, 100]",
        [
            "rollout.replica_canary_weights: [50, 100]:"
            " must be strictly increasing percentages between 1 and 99"
        ],
        id="replica_canary_weights_reach_100",
    ),
    pytest.param(
        "staging",
        "      target_requests_per_second: 20\n",
        "",
        ["workloads.search.scaling.target_requests_per_second"],
        id="the_request_rate_target_is_missing",
    ),
    pytest.param(
        "prod",
        "    dr_copy_retention_days: 35\n",
        "    dr_copy_retention_days: 35\n    start_window_minutes: 30\n",
        ["backup.aws_backup.start_window_minutes: 30"],
        id="the_aws_backup_start_window_is_below_the_aws_minimum",
    ),
    pytest.param(
        "prod",
        "      autoscaler: hpa\n      target_requests_per_second: 20\n",
        "      autoscaler: keda\n",
        ["environments/prod.yaml:74: workloads.search.scaling.autoscaler: 'keda': Input should be 'hpa'"],
        id="a_request_scaled_service_names_keda",
    ),
    pytest.param(
        "dev",
        "      autoscaler: keda\n",
        "      autoscaler: hpa\n",
        ["environments/dev.yaml:82: workloads.ingestion.scaling.autoscaler: 'hpa': Input should be 'keda'"],
        id="the_queue_worker_names_an_hpa",
    ),
]
"""One broken environment file per rule: (environment, text replaced, replacement, message fragments)."""


@pytest.mark.parametrize(("env", "old", "new", "fragments"), BROKEN_FILES)
def test_fails_when_an_environment_file_breaks_a_rule(
    env: str,
    old: str,
    new: str,
    fragments: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    environments = environments_with(tmp_path, env, old, new)
    _synth_fails(tmp_path, capsys, environments, env, *fragments)


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


def test_loader_reports_every_field_path_relative_to_the_file(tmp_path: Path) -> None:
    environments = environments_with(tmp_path, "dev", "az_count: 2", "az_count: 7")
    with pytest.raises(
        Exception, match=r"environments/dev.yaml:10: aws.az_count: 7: Input should be less than"
    ):
        load_environment("dev", directory=environments)
