"""charts/data/volume_claims.py: claims at the configured size, templates at the creation size."""

from __future__ import annotations

from pathlib import Path

import pytest

from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.ground.config import ConfigError, Environment, load_environment
from contexter_deploy.ground.config.model import Qdrant
from tests.helpers import environments_with


def test_each_pod_has_a_claim_at_the_configured_size_kept_on_prune(
    manifests: dict[str, tuple[Manifest, ...]], environments: dict[str, Environment]
) -> None:
    for name, documents in manifests.items():
        workloads = environments[name].workloads
        claims = {m.name: m for m in documents if m.kind == "PersistentVolumeClaim"}
        expected = {
            **{
                f"storage-qdrant-{i}": workloads.qdrant.data_volume_size
                for i in range(workloads.qdrant.replicas)
            },
            **{
                f"snapshots-qdrant-{i}": workloads.qdrant.snapshots_volume_size
                for i in range(workloads.qdrant.replicas)
            },
            **{f"data-redis-{i}": workloads.redis.volume_size for i in range(workloads.redis.replicas)},
        }
        assert {n: c.spec["resources"]["requests"]["storage"] for n, c in claims.items()} == expected
        for claim in claims.values():
            assert claim.annotations["argocd.argoproj.io/sync-options"] == "Prune=false,Delete=false"
            assert claim.annotations["argocd.argoproj.io/sync-wave"] == "0", "the StatefulSet's wave"


def test_the_claim_templates_keep_the_creation_size(environments: dict[str, Environment]) -> None:
    qdrant = environments["prod"].workloads.qdrant
    grown = qdrant.model_copy(update={"data_volume_size": "300Gi"})
    assert grown.claim_template_sizes == (
        qdrant.initial_data_volume_size,
        qdrant.initial_snapshots_volume_size,
    )
    assert (
        Qdrant.model_validate({**qdrant.model_dump(), "initial_data_volume_size": None}).claim_template_sizes[
            0
        ]
        == qdrant.data_volume_size
    )


def test_fails_when_a_volume_would_shrink_below_its_creation_size(tmp_path: Path) -> None:
    directory = environments_with(
        tmp_path, "prod", "    data_volume_size: 200Gi", "    data_volume_size: 100Gi"
    )
    with pytest.raises(
        ConfigError, match=r"data_volume_size.*must be >= the volume's creation size \(200Gi\)"
    ):
        load_environment("prod", directory=directory)
