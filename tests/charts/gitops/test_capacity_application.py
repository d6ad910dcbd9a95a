"""charts/gitops/capacity_application.py"""

from __future__ import annotations

from charts.gitops.addons import ADDONS, addon
from charts.gitops.sync_waves import CAPACITY_WAVE
from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.contracts import CAPACITY_KINDS, SYNC_WAVE_ANNOTATION
from contexter_deploy.kubernetes_synth import Synthesized


def test_capacity_comes_right_after_karpenter_and_before_every_addon_that_runs_on_it(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    assert addon("karpenter").wave + 1 == CAPACITY_WAVE
    for name, documents in manifests.items():
        [application] = [m for m in documents if m.kind == "Application" and m.name == "capacity"]
        assert application.annotations[SYNC_WAVE_ANNOTATION] == str(CAPACITY_WAVE)
        assert application.spec["source"]["path"] == f"dist/{name}/capacity"
        assert application.spec["project"] == "contexter"
    system_only = {"prometheus-operator-crds", "istio-base", "argo-cd", "karpenter", "istio-cni"}
    for item in ADDONS:
        assert (item.wave < CAPACITY_WAVE) == (item.name in system_only), item.name


def test_capacity_holds_every_node_storage_and_priority_class(
    synthesized: dict[str, Synthesized], environments: dict[str, Environment]
) -> None:
    for result in synthesized.values():
        paths = {m.path for m in result.manifests if m.kind in CAPACITY_KINDS}
        assert paths == {path for path in result.files if path.startswith("capacity/")}
        assert {"capacity/default.nodepool.yaml", "capacity/critical.nodepool.yaml"} <= paths
        assert "capacity/gp3-encrypted.storageclass.yaml" in paths
