"""A namespace that enforces Pod Security and joins the Istio mesh."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from cdk8s_plus_27 import k8s
from constructs import Construct

PodSecurityLevel = Literal["privileged", "baseline", "restricted"]


@dataclass(frozen=True)
class NamespaceProps:
    """Properties of a ``Namespace``."""

    name: str
    pod_security: PodSecurityLevel = "restricted"
    """Pod Security Admission level, enforced, audited and warned (default: restricted)."""
    istio_injection: bool = True
    """Inject the Istio sidecar into every pod (default: on, so mTLS covers every call)."""


class Namespace(Construct):
    """A ``Namespace`` with Pod Security Admission labels and Istio sidecar injection."""

    def __init__(self, scope: Construct, id: str, *, props: NamespaceProps) -> None:
        super().__init__(scope, id)
        labels: dict[str, str] = {"istio-injection": "enabled" if props.istio_injection else "disabled"}
        for mode in ("enforce", "audit", "warn"):
            labels[f"pod-security.kubernetes.io/{mode}"] = props.pod_security
            labels[f"pod-security.kubernetes.io/{mode}-version"] = "latest"
        self.name = props.name
        self.resource = k8s.KubeNamespace(
            self, "Resource", metadata=k8s.ObjectMeta(name=props.name, labels=labels)
        )
