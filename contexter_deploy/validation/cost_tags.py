"""Cost-allocation tags on the AWS resources controllers create from ``dist/<env>`` at run time.

Terraform's resources get them from the provider's ``default_tags`` (and the launch templates'
``tag_specifications``, ``tests/infra/test_cost_tags.py``); what a controller creates carries only
what the manifests tell it:

- Karpenter's nodes and their root volumes: every ``EC2NodeClass``'s ``spec.tags``;
- the load balancer the AWS cloud provider creates for a ``type: LoadBalancer`` Service: its
  ``service.beta.kubernetes.io/aws-load-balancer-additional-resource-tags`` annotation, on a
  Service in ``dist/`` or in the ``service`` values of an add-on Application that renders one.

EBS CSI volumes get them from the driver's ``extraVolumeTags`` (Terraform), and Velero's EBS
snapshots from those volumes (the aws plugin copies a volume's tags onto its snapshot).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from contexter_deploy.facts.manifests import Manifest

LOAD_BALANCER_TAGS = "service.beta.kubernetes.io/aws-load-balancer-additional-resource-tags"


def parse_annotation(text: str) -> dict[str, str]:
    """``k1=v1,k2=v2`` as the cloud provider reads it (a key without ``=`` gets an empty value)."""
    pairs = (item.strip().partition("=") for item in text.split(",") if item.strip())
    return {key.strip(): value.strip() for key, _, value in pairs}


def _missing(carried: Mapping[str, Any], tags: Mapping[str, str]) -> list[str]:
    return [f"{key}={value}" for key, value in tags.items() if str(carried.get(key, "")) != value]


def _load_balancers(manifests: Sequence[Manifest]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """(what, annotations) of every Service of type LoadBalancer, in dist/ or in Helm values."""
    for manifest in manifests:
        if manifest.kind == "Service" and manifest.spec.get("type") == "LoadBalancer":
            yield manifest.ref, manifest.annotations
        if manifest.kind == "Application":
            values = ((manifest.spec.get("source") or {}).get("helm") or {}).get("valuesObject") or {}
            service = values.get("service") if isinstance(values, Mapping) else None
            if isinstance(service, Mapping) and service.get("type") == "LoadBalancer":
                yield f"{manifest.ref} (values service)", service.get("annotations") or {}


def untagged(manifests: Sequence[Manifest], tags: Mapping[str, str]) -> list[str]:
    """One line per controller-created resource kind that would lack some of ``tags``."""
    problems = []
    for node_class in (m for m in manifests if m.kind == "EC2NodeClass"):
        missing = _missing(node_class.spec.get("tags") or {}, tags)
        if missing:
            problems.append(
                f"{node_class.ref}: spec.tags lacks {', '.join(missing)}: Karpenter's nodes and volumes"
                " would not carry the cost-allocation tags"
            )
    for what, carried in _load_balancers(manifests):
        missing = _missing(parse_annotation(str(carried.get(LOAD_BALANCER_TAGS, ""))), tags)
        if missing:
            problems.append(
                f"{what}: annotation {LOAD_BALANCER_TAGS} lacks {', '.join(missing)}: its load balancer"
                " would not carry the cost-allocation tags"
            )
    return problems
