"""NetworkPolicy peers and ports built from topology: one way to say "these pods", used everywhere."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from cdk8s_plus_27 import k8s

from charts.quantities import int_or_string
from contexter_deploy.ground.topology import L4Protocol

NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name"
"""Label the API server sets on every Namespace to its name (Kubernetes >= 1.22): selecting a
namespace by it needs no label of ours on namespaces we do not own."""


def pods_in(namespace: str, labels: Mapping[str, str]) -> k8s.NetworkPolicyPeer:
    """The pods labelled ``labels`` in ``namespace``, whichever namespace the policy lives in."""
    return k8s.NetworkPolicyPeer(
        namespace_selector=k8s.LabelSelector(match_labels={NAMESPACE_NAME_LABEL: namespace}),
        pod_selector=k8s.LabelSelector(match_labels=dict(labels)),
    )


def addresses(cidr: str, *, excluding: Iterable[str] = ()) -> k8s.NetworkPolicyPeer:
    """Every address in ``cidr`` except those in ``excluding``."""
    return k8s.NetworkPolicyPeer(ip_block=k8s.IpBlock(cidr=cidr, except_=list(excluding) or None))


def ports(numbers: Iterable[tuple[L4Protocol, int]]) -> list[k8s.NetworkPolicyPort]:
    """NetworkPolicy ports for (protocol, number) pairs, in the order given, without duplicates."""
    return [
        k8s.NetworkPolicyPort(protocol=protocol, port=int_or_string(number))
        for protocol, number in dict.fromkeys(numbers)
    ]
