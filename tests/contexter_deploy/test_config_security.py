"""The configuration the security charts read: mesh proxy resources, quota headroom, edge JWT."""

from __future__ import annotations

from pathlib import Path

import pytest

from contexter_deploy.ground.config import ConfigError, load_environment
from tests.helpers import environments_with


def test_every_environment_sizes_the_proxy_and_the_quota_headroom() -> None:
    for name in ("dev", "staging", "prod"):
        environment = load_environment(name)
        assert environment.mesh.proxy_resources.limits.memory == "512Mi"
        assert environment.quota.headroom_percent == 25
        assert environment.ingress.jwt.anonymous_paths == ("/health",)


def test_fails_when_the_proxy_requests_exceed_its_limits(tmp_path: Path) -> None:
    directory = environments_with(
        tmp_path, "prod", "requests: {cpu: 100m, memory: 128Mi}", "requests: {cpu: 2, memory: 128Mi}"
    )
    with pytest.raises(
        ConfigError, match=r"mesh.proxy_resources.requests.cpu: '2': must not exceed limits.cpu \(1\)"
    ):
        load_environment("prod", directory=directory)


@pytest.mark.parametrize("path", ["/", "/api/*", "health"])
def test_fails_when_an_anonymous_path_is_not_one_exact_path(tmp_path: Path, path: str) -> None:
    directory = environments_with(
        tmp_path,
        "prod",
        "audiences: [contexter-api]",
        f"audiences: [contexter-api]\n    anonymous_paths: ['{path}']",
    )
    with pytest.raises(ConfigError, match="must be one exact path"):
        load_environment("prod", directory=directory)


def test_fails_when_the_headroom_is_negative(tmp_path: Path) -> None:
    directory = environments_with(tmp_path, "dev", "headroom_percent: 25", "headroom_percent: -5")
    with pytest.raises(ConfigError, match=r"quota\.headroom_percent"):
        load_environment("dev", directory=directory)
