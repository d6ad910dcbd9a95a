"""charts/gitops/addons/karpenter.py: the cluster and interruption queue it manages."""

from __future__ import annotations

from charts.gitops.addons import karpenter
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.naming import names_for


def test_karpenter_knows_its_cluster_and_interruption_queue(environments: dict[str, Environment]) -> None:
    environment = environments["staging"]
    settings = karpenter.ADDON.values(environment)["settings"]
    assert settings == {
        "clusterName": names_for(environment).cluster,
        "interruptionQueue": names_for(environment).karpenter_interruption_queue,
    }
