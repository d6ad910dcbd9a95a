"""charts/gitops/addons/istiod.py: the mesh's control plane, its configuration and the sidecar's size."""

from __future__ import annotations

from charts.gitops.addons import istiod
from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.topology import API_GATEWAY
from contexter_deploy.validation.workload_checks import pod_template


def test_the_mesh_allows_only_registered_destinations_and_logs_every_request(
    environments: dict[str, Environment],
) -> None:
    mesh = istiod.ADDON.values(environments["prod"])["meshConfig"]
    assert mesh["outboundTrafficPolicy"] == {"mode": "REGISTRY_ONLY"}
    assert mesh["accessLogFile"] == "/dev/stdout"
    # SPIFFE principals in AuthorizationPolicies are cluster.local/ns/<ns>/sa/<sa>
    assert API_GATEWAY.identity.principal.startswith(mesh["trustDomain"] + "/")


def test_sidecars_need_no_privileged_init_container(environments: dict[str, Environment]) -> None:
    # The Contexter namespaces enforce the restricted Pod Security level; istio-init needs NET_ADMIN.
    assert istiod.ADDON.values(environments["prod"])["pilot"]["cni"] == {"enabled": True}


def test_istiod_runs_one_replica_per_zone(environments: dict[str, Environment]) -> None:
    for environment in environments.values():
        pilot = istiod.ADDON.values(environment)["pilot"]
        assert pilot["autoscaleMin"] >= max(2, environment.aws.az_count)


def test_sidecars_get_the_resources_the_quotas_count(environments: dict[str, Environment]) -> None:
    for environment in environments.values():
        proxy = istiod.ADDON.values(environment)["global"]["proxy"]["resources"]
        assert proxy == environment.mesh.proxy_resources.model_dump(), environment.name


PROXY_RESOURCE_ANNOTATIONS = (
    "sidecar.istio.io/proxyCPU",
    "sidecar.istio.io/proxyCPULimit",
    "sidecar.istio.io/proxyMemory",
    "sidecar.istio.io/proxyMemoryLimit",
)


def test_no_pod_overrides_the_sidecar_resources_the_quotas_count(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    for name, documents in manifests.items():
        for manifest in documents:
            template = pod_template(manifest) or {}
            annotations = (template.get("metadata") or {}).get("annotations") or {}
            overridden = sorted(set(annotations) & set(PROXY_RESOURCE_ANNOTATIONS))
            assert not overridden, f"{name}: {manifest.ref} sets {overridden}"
