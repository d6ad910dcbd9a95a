"""The platform add-ons Argo CD installs: one module per add-on, each holding one ``AddonChart``
(its upstream chart, pinned version, namespace, wave and Helm values), and ``ADDONS``, the list the
add-on Applications and the platform AppProject are built from.

To bump an add-on, change ``version`` in its module (read the chart's upgrade notes first), run
``make synth`` and review ``git diff dist/`` (docs/gitops.md, "Bumping a chart"). Versions are
exact releases, never ranges, ``*`` or ``latest``: ``validate_addons`` refuses anything else.

``wave`` orders the add-ons in the root Application (lower first, each waits for the previous wave
to be healthy); ``needs`` names what must be running first, and ``validate_addons`` checks that
every add-on's wave is above the waves of what it needs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from charts.gitops.addon_chart import EXACT_VERSION, AddonChart
from charts.gitops.addons import (
    argo_cd,
    argo_rollouts,
    cert_manager,
    external_secrets,
    istio_base,
    istio_cni,
    istio_ingressgateway,
    istiod,
    karpenter,
    keda,
    kube_prometheus_stack,
    metrics_server,
    prometheus_adapter,
    prometheus_operator_crds,
    prometheus_pushgateway,
    vault,
    velero,
)
from charts.gitops.sync_waves import CONTEXTER_WAVE, PROJECTS_WAVE

ADDONS: tuple[AddonChart, ...] = (
    prometheus_operator_crds.ADDON,
    istio_base.ADDON,
    argo_cd.ADDON,
    karpenter.ADDON,
    istio_cni.ADDON,
    istiod.ADDON,
    cert_manager.ADDON,
    external_secrets.ADDON,
    metrics_server.ADDON,
    argo_rollouts.ADDON,
    keda.ADDON,
    kube_prometheus_stack.ADDON,
    istio_ingressgateway.ADDON,
    prometheus_pushgateway.ADDON,
    prometheus_adapter.ADDON,
    velero.ADDON,
    vault.ADDON,
)
"""Every add-on, in wave order."""


def addon(name: str, addons: Sequence[AddonChart] = ADDONS) -> AddonChart:
    """The add-on called ``name``; raises ``KeyError`` listing the ones that exist."""
    for candidate in addons:
        if candidate.name == name:
            return candidate
    raise KeyError(f"no add-on {name!r}; add-ons: {', '.join(a.name for a in addons)}")


def addon_namespaces(addons: Sequence[AddonChart] = ADDONS) -> tuple[str, ...]:
    """Every namespace an add-on is installed into, sorted."""
    return tuple(sorted({a.namespace for a in addons}))


def validate_addons(addons: Sequence[AddonChart] = ADDONS) -> None:
    """Raise ``ValueError`` naming the add-on, the value and what is allowed, for the first problem."""
    repeated = sorted(name for name, count in Counter(a.name for a in addons).items() if count > 1)
    if repeated:
        raise ValueError(f"add-on names must be unique; repeated: {', '.join(repeated)}")
    names = {a.name for a in addons}
    for item in addons:
        if not EXACT_VERSION.match(item.version):
            raise ValueError(
                f"add-on {item.name}: chart version {item.version!r} is not pinned;"
                " allowed: one exact release such as '1.28.3' or 'v1.19.2' (no ranges, '*' or 'latest')"
            )
        if item.repo_url.startswith("oci://"):
            raise ValueError(
                f"add-on {item.name}: repo_url {item.repo_url!r}: write OCI registries without 'oci://'"
                " (Argo CD's Helm OCI form, with 'chart' naming the chart)"
            )
        for need in item.needs:
            if need not in names:
                raise ValueError(f"add-on {item.name} needs {need!r}, which is not an add-on")
            if addon(need, addons).wave >= item.wave:
                raise ValueError(
                    f"add-on {item.name} (wave {item.wave}) needs {need} (wave {addon(need, addons).wave});"
                    f" allowed: a wave above {addon(need, addons).wave}"
                )
        if item.wave > CONTEXTER_WAVE or item.wave <= PROJECTS_WAVE:
            raise ValueError(
                f"add-on {item.name}: wave {item.wave}; allowed: {PROJECTS_WAVE + 1}..{CONTEXTER_WAVE}"
                " (after the AppProjects, not after the Contexter Application)"
            )
    for namespace in addon_namespaces(addons):
        owners = [a.name for a in addons if a.namespace == namespace and a.namespace_policy is not None]
        if len(owners) > 1:
            raise ValueError(
                f"namespace {namespace} is created by several add-ons ({', '.join(owners)}); allowed: one"
            )
        if owners:
            owner = addon(owners[0], addons)
            earlier = [a.name for a in addons if a.namespace == namespace and a.wave < owner.wave]
            if earlier:
                raise ValueError(
                    f"namespace {namespace} is created by {owner.name} (wave {owner.wave}) but"
                    f" {', '.join(earlier)} is installed into it earlier"
                )
