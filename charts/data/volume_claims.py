"""The data volumes of a StatefulSet, as PersistentVolumeClaims this repository owns.

A StatefulSet's ``volumeClaimTemplates`` are immutable: changing a size there makes every sync
fail. So each template keeps the size the StatefulSet was created with (``initial_*_size``),
and each pod's claim (``<template>-<statefulset>-<ordinal>``, the name the StatefulSet
controller looks for) is synthesized here at the configured size. Argo CD applies it in the
StatefulSet's wave; the controller adopts a claim that exists, and raising the size later
patches ``spec.resources.requests.storage``, which the API server allows for a StorageClass with
``allowVolumeExpansion`` (the EBS CSI driver then grows the volume and the file system online).

The claims are never pruned nor deleted with the Application: losing one loses a replica's data.
"""

from __future__ import annotations

from collections.abc import Mapping

from cdk8s_plus_27 import k8s
from constructs import Construct

from charts.quantities import quantity

SYNC_OPTIONS_ANNOTATION = "argocd.argoproj.io/sync-options"
KEEP = "Prune=false,Delete=false"
"""Argo CD never prunes a claim that left ``dist/`` (a scale-in) and never deletes it with the
Application; the StatefulSet's retention policy (``Retain``) keeps it on the Kubernetes side."""


def claim_name(template: str, stateful_set: str, ordinal: int) -> str:
    """The claim the StatefulSet controller uses for pod ``ordinal``: ``<template>-<set>-<n>``."""
    return f"{template}-{stateful_set}-{ordinal}"


def volume_claims(
    scope: Construct,
    *,
    template: str,
    stateful_set: str,
    namespace: str,
    replicas: int,
    size: str,
    storage_class: str,
    labels: Mapping[str, str],
) -> list[k8s.KubePersistentVolumeClaim]:
    """One claim of ``size`` per pod, matching the ``template`` volumeClaimTemplate's spec."""
    return [
        k8s.KubePersistentVolumeClaim(
            scope,
            f"{template}-{ordinal}",
            metadata=k8s.ObjectMeta(
                name=claim_name(template, stateful_set, ordinal),
                namespace=namespace,
                labels=dict(labels),
                annotations={SYNC_OPTIONS_ANNOTATION: KEEP},
            ),
            spec=k8s.PersistentVolumeClaimSpec(
                access_modes=["ReadWriteOnce"],
                storage_class_name=storage_class,
                resources=k8s.ResourceRequirements(requests={"storage": quantity(size)}),
            ),
        )
        for ordinal in range(replicas)
    ]
