"""``contexter-deploy set-image``: a one-line, validated change to an environment file.

Every test works on a copy of environments/; the committed files never change.
"""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

import pytest

from contexter_deploy.cli import main
from contexter_deploy.ground.config import ENVIRONMENT_NAMES, ConfigError, Environment, load_environment
from contexter_deploy.ground.config.images import image_fields
from contexter_deploy.ground.config.loader import ENVIRONMENTS_DIR
from contexter_deploy.ground.config.model import ImageReference
from contexter_deploy.promote import live_targets, set_image
from tests.conftest import REPO_ROOT
from tests.helpers import environments_with, image_of, promoted_images

DIGEST = "sha256:" + "0123456789abcdef" * 4
REPOSITORY = "111111111111.dkr.ecr.eu-west-1.amazonaws.com/contexter/api-gateway"


@pytest.fixture
def environments(tmp_path: Path) -> Path:
    directory = tmp_path / "environments"
    shutil.copytree(ENVIRONMENTS_DIR, directory)
    return directory


def _line_of(path: Path, text: str) -> int:
    """The 1-based number of the only line of ``path`` that contains ``text``."""
    lines = path.read_text(encoding="utf-8").splitlines()
    [number] = [number for number, line in enumerate(lines, start=1) if text in line]
    return number


def _changed_lines(before: str, after: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def test_set_image_changes_exactly_the_image_line(environments: Path) -> None:
    path = environments / "staging.yaml"
    before = path.read_text(encoding="utf-8")
    image_line = _line_of(path, f"image: {REPOSITORY}:")
    committed = image_of("staging", "workloads.api_gateway.image", directory=environments)

    change = set_image("staging", "api-gateway", DIGEST, tag="3f2a9c1", directory=environments)

    after = path.read_text(encoding="utf-8")
    assert _changed_lines(before, after) == [
        f"-    image: {committed}",
        f"+    image: {REPOSITORY}:3f2a9c1@{DIGEST}",
    ]
    assert after.startswith("# Contexter staging: production-like"), "comments are kept"
    assert change.field == "workloads.api_gateway.image"
    assert change.line == image_line, "the line of the value it changed"
    environment = load_environment("staging", directory=environments)
    assert environment.workloads.api_gateway.image == f"{REPOSITORY}:3f2a9c1@{DIGEST}"


def test_without_a_tag_the_image_is_pinned_by_digest_alone(environments: Path) -> None:
    set_image("prod", "search", DIGEST, directory=environments)
    image = load_environment("prod", directory=environments).workloads.search.image
    assert image == f"111111111111.dkr.ecr.eu-west-1.amazonaws.com/contexter/search@{DIGEST}"


def test_setting_the_same_digest_twice_leaves_the_file_byte_identical(environments: Path) -> None:
    set_image("dev", "ingestion", DIGEST, tag="main", directory=environments)
    once = (environments / "dev.yaml").read_bytes()
    change = set_image("dev", "ingestion", DIGEST, tag="main", directory=environments)
    assert (environments / "dev.yaml").read_bytes() == once
    assert "unchanged" in change.render()


def test_a_quoted_value_stays_quoted(tmp_path: Path) -> None:
    old = "image: 111111111111.dkr.ecr.eu-west-1.amazonaws.com/contexter/search:main"
    directory = environments_with(tmp_path, "dev", old, old.replace("image: ", 'image: "') + '"')
    set_image("dev", "search", DIGEST, directory=directory)
    assert f'image: "111111111111.dkr.ecr.eu-west-1.amazonaws.com/contexter/search@{DIGEST}"' in (
        directory / "dev.yaml"
    ).read_text(encoding="utf-8")


def test_every_workload_with_an_image_can_be_pinned(environments: Path) -> None:
    fields = image_fields()
    assert {
        "api-gateway": "workloads.api_gateway.image",
        "search": "workloads.search.image",
        "ingestion": "workloads.ingestion.image",
        "qdrant": "workloads.qdrant.image",
        "redis": "workloads.redis.image",
    }.items() <= fields.items()
    for workload in fields:
        assert set_image("dev", workload, DIGEST, directory=environments).new.endswith(f"@{DIGEST}")


@pytest.mark.parametrize(
    "digest",
    [
        "sha256:" + "A" * 64,
        "sha256:" + "0" * 63,
        "sha512:" + "0" * 64,
        "0" * 64,
        DIGEST + "\nextra: true",
    ],
    ids=["uppercase", "short", "sha512", "no-algorithm", "injection"],
)
def test_fails_when_the_digest_is_not_a_sha256_digest(environments: Path, digest: str) -> None:
    before = (environments / "prod.yaml").read_bytes()
    with pytest.raises(ConfigError, match="must be 'sha256:' followed by 64 lowercase hex digits"):
        set_image("prod", "api-gateway", digest, directory=environments)
    assert (environments / "prod.yaml").read_bytes() == before


def test_fails_when_the_tag_is_not_an_oci_tag(environments: Path) -> None:
    with pytest.raises(ConfigError, match="tag: '-bad tag': must be a valid OCI tag"):
        set_image("prod", "api-gateway", DIGEST, tag="-bad tag", directory=environments)


def test_fails_when_the_workload_has_no_image(environments: Path) -> None:
    with pytest.raises(ConfigError, match=r"workload: 'vault': allowed: api-gateway, .*ingestion, qdrant"):
        set_image("prod", "vault", DIGEST, directory=environments)


def test_fails_when_the_environment_does_not_exist(environments: Path) -> None:
    with pytest.raises(ConfigError, match="unknown environment"):
        set_image("qa", "search", DIGEST, directory=environments)


def test_fails_when_the_rewritten_file_would_not_validate(tmp_path: Path) -> None:
    directory = environments_with(tmp_path, "prod", "az_count: 3", "az_count: 2")
    before = (directory / "prod.yaml").read_bytes()
    files = sorted(path.name for path in directory.iterdir())
    with pytest.raises(ConfigError, match=r"aws\.az_count: 2: must be 3 in prod"):
        set_image("prod", "search", DIGEST, directory=directory)
    assert (directory / "prod.yaml").read_bytes() == before
    assert sorted(path.name for path in directory.iterdir()) == files, "the staged copy is removed"


def test_fails_when_the_image_key_is_missing(tmp_path: Path) -> None:
    old = "    image: 111111111111.dkr.ecr.eu-west-1.amazonaws.com/contexter/search:main\n"
    directory = environments_with(tmp_path, "dev", old, "")
    with pytest.raises(ConfigError, match=r"workloads\.search\.image: missing: required key"):
        set_image("dev", "search", DIGEST, directory=directory)


def test_the_command_prints_the_change(environments: Path, capsys: pytest.CaptureFixture[str]) -> None:
    arguments = ["--env", "staging", "--workload", "search", "--digest", DIGEST, "--tag", "abc1234"]
    line = _line_of(environments / "staging.yaml", "/contexter/search:")
    assert main(["set-image", *arguments, "--environments-dir", str(environments)]) == 0
    out = capsys.readouterr().out
    assert f"staging.yaml:{line}: workloads.search.image: " in out
    assert out.rstrip().endswith(f"/contexter/search:abc1234@{DIGEST}")


def test_the_command_exits_2_with_one_line_for_a_bad_digest(
    environments: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    arguments = ["--env", "staging", "--workload", "search", "--digest", "latest"]
    assert main(["set-image", *arguments, "--environments-dir", str(environments)]) == 2
    assert capsys.readouterr().err.count("\n") == 1


SELF_CONTAINED = {
    "tests/contexter_deploy/validation/test_secrets.py": "its own ConfigMap fixture, never read from a file",
}
"""Test files that may contain a committed digest: the value is a fixture of their own."""


def digests_spelled_out(files: list[Path], environments: dict[str, Environment]) -> list[str]:
    """``file: field of env`` for every digest a promotion may change that ``files`` spell out."""
    digests = {
        ImageReference.parse(image).digest: f"{field} of {name}"
        for name, environment in environments.items()
        for field, image in promoted_images(environment).items()
        if ImageReference.parse(image).digest
    }
    findings = []
    for file in files:
        text = file.read_text(encoding="utf-8")
        findings += [
            f"{file.relative_to(REPO_ROOT)}: {where}"
            for digest, where in digests.items()
            if digest and digest in text
        ]
    return sorted(findings)


def _test_files() -> list[Path]:
    files = [*(REPO_ROOT / "tests").rglob("*.py"), *(REPO_ROOT / "tests").rglob("*.ambr")]
    return [file for file in files if str(file.relative_to(REPO_ROOT)) not in SELF_CONTAINED]


def _committed() -> dict[str, Environment]:
    return {name: load_environment(name) for name in ENVIRONMENT_NAMES}


def test_no_test_spells_out_a_digest_that_a_promotion_changes() -> None:
    """A promotion rewrites these digests with set-image; a test that spelled one out would fail on
    every promotion pull request, and auto-merge would never fire."""
    assert digests_spelled_out(_test_files(), _committed()) == []


def test_fails_when_a_test_or_a_snapshot_spells_out_a_committed_digest(tmp_path: Path) -> None:
    environments = _committed()
    image = promoted_images(environments["prod"])["backup.image"]
    broken = REPO_ROOT / "tests" / "contexter_deploy" / f"_broken_{tmp_path.name}.ambr"
    broken.write_text(f"  'image': '{image}',\n", encoding="utf-8")
    try:
        findings = digests_spelled_out([broken], environments)
    finally:
        broken.unlink()
    assert findings == [f"tests/contexter_deploy/{broken.name}: backup.image of prod"]


def test_keep_newer_leaves_a_later_build_in_place(environments: Path) -> None:
    newer, older = "a" * 40 + "-900-1", "b" * 40 + "-800-3"
    set_image("staging", "search", DIGEST, tag=newer, directory=environments)
    before = (environments / "staging.yaml").read_bytes()
    change = set_image(
        "staging", "search", "sha256:" + "1" * 64, tag=older, directory=environments, keep_newer=True
    )
    assert "unchanged" in change.render()
    assert (environments / "staging.yaml").read_bytes() == before
    later = set_image(
        "staging",
        "search",
        "sha256:" + "2" * 64,
        tag="c" * 40 + "-901-1",
        directory=environments,
        keep_newer=True,
    )
    assert later.new.endswith("-901-1@sha256:" + "2" * 64)


def test_live_targets_are_read_from_the_synthesized_manifests() -> None:
    targets = live_targets("prod", "api-gateway")
    assert targets == [
        {
            "namespace": "contexter",
            "container": "api-gateway",
            "kind": "pods",
            "selector": "app.kubernetes.io/name=api-gateway",
        }
    ]


def test_fails_when_no_synthesized_workload_runs_the_image(tmp_path: Path) -> None:
    (tmp_path / "dist" / "prod").mkdir(parents=True)
    with pytest.raises(ConfigError, match=r"no workload in dist/prod runs .*/contexter/search"):
        live_targets("prod", "search", dist=tmp_path / "dist")
