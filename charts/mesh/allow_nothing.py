"""Deny by default in Istio: an ALLOW policy without rules matches nothing."""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s import ApiObjectMetadata
from constructs import Construct

from imports import istio_security

ALLOW_NOTHING = "allow-nothing"


@dataclass(frozen=True)
class AllowNothingProps:
    """Properties of an ``AllowNothing``."""

    namespace: str


class AllowNothing(Construct):
    """The AuthorizationPolicy ``allow-nothing`` (``spec: {}``) of a namespace.

    Istio allows a request when no ALLOW policy applies to the workload; this one applies to every
    workload of the namespace and matches nothing, so a request passes only if another ALLOW policy
    matches it. See https://istio.io/latest/docs/ops/best-practices/security/#use-default-deny-patterns
    """

    def __init__(self, scope: Construct, id: str, *, props: AllowNothingProps) -> None:
        super().__init__(scope, id)
        istio_security.AuthorizationPolicy(
            self,
            "Resource",
            metadata=ApiObjectMetadata(name=ALLOW_NOTHING, namespace=props.namespace),
            spec=istio_security.AuthorizationPolicySpec(),
        )
