"""charts/access/access_chart.py"""

from __future__ import annotations

from contexter_deploy.facts.manifests import Manifest, find
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.config.quantity import parse_quantity


def test_every_contexter_namespace_has_a_quota_and_limits(manifests: dict[str, tuple[Manifest, ...]]) -> None:
    for documents in manifests.values():
        for namespace in ("contexter", "contexter-data"):
            assert find(documents, "ResourceQuota", "compute", namespace) is not None
            assert find(documents, "LimitRange", "defaults", namespace) is not None


def test_the_stateless_namespace_may_hold_no_volumes(manifests: dict[str, tuple[Manifest, ...]]) -> None:
    for documents in manifests.values():
        quota = find(documents, "ResourceQuota", "compute", "contexter")
        assert quota is not None
        assert quota.spec["hard"]["persistentvolumeclaims"] == "0"
        limits = find(documents, "LimitRange", "defaults", "contexter")
        assert limits is not None and [item["type"] for item in limits.spec["limits"]] == ["Container"]


def test_the_quota_follows_the_configured_scale(
    environments: dict[str, Environment], manifests: dict[str, tuple[Manifest, ...]]
) -> None:
    quotas = {}
    for name in environments:
        quota = find(manifests[name], "ResourceQuota", "compute", "contexter")
        assert quota is not None
        quotas[name] = parse_quantity(quota.spec["hard"]["requests.cpu"])
    assert quotas["dev"] < quotas["staging"] < quotas["prod"]
