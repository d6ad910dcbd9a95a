"""contexter_deploy/validation/pod_security.py: Pod Security Admission labels on every namespace."""

from __future__ import annotations

from typing import Any

from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.validation import CHECKS
from contexter_deploy.validation.pod_security import check_namespaces_enforce_pod_security
from tests.contexter_deploy.validation.mutate import changed, messages, plus


def test_the_check_runs_on_every_synth_and_validate() -> None:
    assert check_namespaces_enforce_pod_security in CHECKS


def test_every_environment_passes(manifests: dict[str, tuple[Manifest, ...]]) -> None:
    for documents in manifests.values():
        assert list(check_namespaces_enforce_pod_security(documents)) == []


def test_fails_when_a_namespace_has_no_psa_labels(manifests: dict[str, tuple[Manifest, ...]]) -> None:
    def strip(document: dict[str, Any]) -> None:
        document["metadata"]["labels"] = {"istio-injection": "enabled"}

    broken = changed(manifests["prod"], "Namespace", "contexter-data", None, strip)

    prefix = "Namespace contexter-data: pod-security.kubernetes.io"
    assert messages(check_namespaces_enforce_pod_security(broken)) == [
        f"{prefix}/enforce is None; allowed: baseline, privileged, restricted [pod-security]",
        f"{prefix}/enforce is None; allowed: restricted [pod-security]",
        f"{prefix}/audit is None; allowed: restricted [pod-security]",
        f"{prefix}/warn is None; allowed: restricted [pod-security]",
    ]


def test_fails_when_any_namespace_leaves_its_level_implicit(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    other = {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "tools"}}
    assert messages(check_namespaces_enforce_pod_security(plus(manifests["dev"], other))) == [
        "Namespace tools: pod-security.kubernetes.io/enforce is None;"
        " allowed: baseline, privileged, restricted [pod-security]"
    ]


def test_fails_when_a_contexter_namespace_leaves_the_mesh(manifests: dict[str, tuple[Manifest, ...]]) -> None:
    def disable(document: dict[str, Any]) -> None:
        document["metadata"]["labels"]["istio-injection"] = "disabled"

    broken = changed(manifests["dev"], "Namespace", "contexter", None, disable)
    assert messages(check_namespaces_enforce_pod_security(broken)) == [
        "Namespace contexter: istio-injection is 'disabled'; allowed: enabled [pod-security]"
    ]
