"""charts/gitops/sync_waves.py"""

from __future__ import annotations

import cdk8s
from cdk8s import ApiObject, Chart

from charts.gitops.sync_waves import SyncWave, documents, sync_wave, with_sync_wave
from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.ground.contracts import SYNC_WAVE_ANNOTATION
from contexter_deploy.validation.gitops import wave


def test_the_waves_follow_the_bootstrap_order() -> None:
    assert list(SyncWave) == sorted(SyncWave)
    assert [w.name for w in SyncWave] == ["NAMESPACES", "CONFIG", "SECRET_STORES", "SECRETS", "DATA", "APPS"]


def test_each_kind_lands_in_its_stage() -> None:
    assert sync_wave("Namespace", None) is SyncWave.NAMESPACES
    assert sync_wave("StorageClass", None) is SyncWave.CONFIG
    assert sync_wave("NodePool", None) is SyncWave.CONFIG
    assert sync_wave("AuthorizationPolicy", "contexter") is SyncWave.CONFIG
    assert sync_wave("Certificate", "istio-ingress") is SyncWave.CONFIG
    assert sync_wave("ClusterSecretStore", None) is SyncWave.SECRET_STORES
    assert sync_wave("ExternalSecret", "contexter") is SyncWave.SECRETS
    assert sync_wave("StatefulSet", "contexter-data") is SyncWave.DATA
    assert sync_wave("Service", "contexter-data") is SyncWave.DATA
    assert sync_wave("Rollout", "contexter") is SyncWave.APPS
    assert sync_wave("PrometheusRule", "monitoring") is SyncWave.APPS
    assert sync_wave("Application", "argocd") is None


def test_every_document_of_every_chart_gets_its_wave() -> None:
    app = cdk8s.Testing.app()
    chart = Chart(app, "c", disable_resource_name_hashes=True)
    ApiObject(chart, "ns", api_version="v1", kind="Namespace", metadata={"name": "contexter"})
    ApiObject(
        chart,
        "es",
        api_version="external-secrets.io/v1",
        kind="ExternalSecret",
        metadata={"name": "x", "namespace": "contexter", "annotations": {"a": "b"}},
    )
    ApiObject(
        chart,
        "app",
        api_version="argoproj.io/v1alpha1",
        kind="Application",
        metadata={"name": "a", "namespace": "argocd"},
    )

    waves = {d["kind"]: (d["metadata"].get("annotations") or {}) for d in documents(app)}
    assert waves == {
        "Namespace": {SYNC_WAVE_ANNOTATION: "-30"},
        "ExternalSecret": {"a": "b", SYNC_WAVE_ANNOTATION: "-5"},
        "Application": {},
    }


def test_metadata_keys_stay_sorted_as_cdk8s_writes_them() -> None:
    stamped = with_sync_wave({"kind": "ConfigMap", "metadata": {"name": "x", "namespace": "contexter"}})
    assert list(stamped["metadata"]) == ["annotations", "name", "namespace"]


def test_every_synthesized_document_has_a_wave(manifests: dict[str, tuple[Manifest, ...]]) -> None:
    for environment in manifests.values():
        for manifest in environment:
            assert wave(manifest) is not None, manifest.ref


def test_an_external_secret_of_the_root_application_waits_for_external_secrets_and_vault() -> None:
    """The root Application syncs ``dist/<env>/argocd``: an ExternalSecret there at the Contexter
    Application's inner wave (-5) would be applied before the External Secrets add-on installs its
    CRD, and a fresh cluster's root sync would fail at once."""
    from charts.gitops.addons import ADDONS
    from charts.gitops.sync_waves import ROOT_SECRETS_WAVE

    wave = sync_wave("ExternalSecret", "argocd")
    assert wave == ROOT_SECRETS_WAVE
    needed = {addon.name: addon.wave for addon in ADDONS if addon.name in ("external-secrets", "vault")}
    assert len(needed) == 2 and all(wave > needs for needs in needed.values()), needed
    assert sync_wave("ExternalSecret", "contexter") is SyncWave.SECRETS
