"""contexter_deploy/validation/immutable_fields.py: one broken change per rule, then synth and diff."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import pytest

from contexter_deploy.cli import main
from contexter_deploy.facts.file_tree import read_tree
from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.ground.config.loader import REPO_ROOT
from contexter_deploy.ground.contracts import MANUAL_DELIVERY_ANNOTATION
from contexter_deploy.validation.immutable_fields import check
from tests.helpers import environments_with


def _object(kind: str, spec: dict[str, Any], name: str = "thing") -> dict[str, Any]:
    return {"apiVersion": "v1", "kind": kind, "metadata": {"name": name, "namespace": "ns"}, "spec": spec}


def _messages(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    return [finding.render() for finding in check([old], [Manifest(new)])]


def _changed(document: dict[str, Any], path: tuple[str | int, ...], value: Any) -> dict[str, Any]:
    result = copy.deepcopy(document)
    node = result["spec"]
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return result


STATEFUL_SET = _object(
    "StatefulSet",
    {
        "replicas": 3,
        "serviceName": "qdrant-headless",
        "selector": {"matchLabels": {"app": "qdrant"}},
        "template": {"spec": {"containers": [{"name": "qdrant", "image": "a"}]}},
        "volumeClaimTemplates": [
            {
                "metadata": {"name": "storage"},
                "spec": {"storageClassName": "gp3", "resources": {"requests": {"storage": "50Gi"}}},
            }
        ],
    },
)


def test_mutable_changes_pass() -> None:
    changed = _changed(STATEFUL_SET, ("replicas",), 5)
    changed = _changed(changed, ("template", "spec", "containers"), [{"name": "qdrant", "image": "b"}])
    assert _messages(STATEFUL_SET, changed) == []
    claim = _object(
        "PersistentVolumeClaim", {"storageClassName": "gp3", "resources": {"requests": {"storage": "50Gi"}}}
    )
    assert _messages(claim, _changed(claim, ("resources", "requests", "storage"), "80Gi")) == [], (
        "a claim may grow"
    )


def test_fails_when_a_volume_claim_template_grows() -> None:
    new = _changed(
        STATEFUL_SET, ("volumeClaimTemplates", 0, "spec", "resources", "requests", "storage"), "80Gi"
    )
    [message] = _messages(STATEFUL_SET, new)
    assert message.startswith("StatefulSet ns/thing: spec.volumeClaimTemplates cannot change (")
    assert "keep the volumeClaimTemplates at the creation size (initial_data_volume_size" in message


@pytest.mark.parametrize(
    "field,value", [("serviceName", "other"), ("selector", {"matchLabels": {"app": "x"}})]
)
def test_fails_when_a_stateful_set_identity_changes(field: str, value: Any) -> None:
    [message] = _messages(STATEFUL_SET, _changed(STATEFUL_SET, (field,), value))
    assert f"spec.{field} cannot change" in message
    assert "--cascade=orphan" in message


@pytest.mark.parametrize("kind", ["Deployment", "DaemonSet", "Rollout"])
def test_fails_when_a_selector_changes(kind: str) -> None:
    old = _object(kind, {"selector": {"matchLabels": {"app": "a"}}})
    [message] = _messages(old, _changed(old, ("selector",), {"matchLabels": {"app": "b"}}))
    assert f"{kind} ns/thing: spec.selector cannot change" in message
    assert "under a new name" in message


def test_fails_when_a_job_template_changes() -> None:
    old = _object("Job", {"template": {"spec": {"containers": [{"image": "a"}]}}})
    [message] = _messages(old, _changed(old, ("template",), {"spec": {"containers": [{"image": "b"}]}}))
    assert "spec.template cannot change" in message and "delete the Job" in message


def test_a_job_an_operator_applies_by_hand_may_change() -> None:
    """A restore Job under ``jobs/`` is never synced: a promotion of the backup image changes it freely."""
    old = _object("Job", {"template": {"spec": {"containers": [{"image": "a"}]}}})
    old["metadata"]["annotations"] = {MANUAL_DELIVERY_ANNOTATION: "manual"}
    assert _messages(old, _changed(old, ("template",), {"spec": {"containers": [{"image": "b"}]}})) == []


def test_fails_when_a_cluster_ip_changes() -> None:
    old = _object("Service", {"clusterIP": "None", "type": "ClusterIP"})
    [message] = _messages(old, _changed(old, ("clusterIP",), None))
    assert "spec.clusterIP cannot change (None -> (unset))" in message
    assert _messages(_object("Service", {}), _object("Service", {"type": "LoadBalancer"})) == []


@pytest.mark.parametrize(
    "path,value,expected",
    [
        (("storageClassName",), "io2", "spec.storageClassName cannot change"),
        (("resources", "requests", "storage"), "20Gi", "a volume cannot shrink"),
    ],
)
def test_fails_when_a_claim_changes_class_or_shrinks(
    path: tuple[str, ...], value: str, expected: str
) -> None:
    old = _object(
        "PersistentVolumeClaim", {"storageClassName": "gp3", "resources": {"requests": {"storage": "50Gi"}}}
    )
    [message] = _messages(old, _changed(old, path, value))
    assert expected in message


def _dist_copy(tmp_path: Path) -> Path:
    dist = tmp_path / "dist"
    shutil.copytree(REPO_ROOT / "dist" / "prod", dist / "prod")
    return dist


def test_synth_refuses_a_grown_claim_template_and_leaves_dist_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dist = _dist_copy(tmp_path)
    before = read_tree(dist / "prod")
    environments = environments_with(
        tmp_path, "prod", "initial_data_volume_size: 200Gi", "initial_data_volume_size: 300Gi"
    )
    environments_with_data = environments / "prod.yaml"
    text = environments_with_data.read_text(encoding="utf-8").replace(
        "data_volume_size: 200Gi", "data_volume_size: 300Gi", 1
    )
    environments_with_data.write_text(text, encoding="utf-8")
    arguments = ["--env", "prod", "--dist", str(dist), "--environments-dir", str(environments)]
    assert main(["synth", "--target", "kubernetes", *arguments]) == 1
    error = capsys.readouterr().err
    assert "StatefulSet contexter-data/qdrant: spec.volumeClaimTemplates cannot change" in error
    assert "dist/ was left untouched" in error
    assert read_tree(dist / "prod") == before
    assert main(["diff", "--stat", *arguments]) == 1
    assert (
        "error: prod: StatefulSet contexter-data/qdrant: spec.volumeClaimTemplates cannot change"
        in capsys.readouterr().err
    )


def test_synth_grows_the_claims_in_place_when_the_template_keeps_its_size(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dist = _dist_copy(tmp_path)
    environments = environments_with(
        tmp_path, "prod", "    data_volume_size: 200Gi", "    data_volume_size: 300Gi"
    )
    arguments = ["--env", "prod", "--dist", str(dist), "--environments-dir", str(environments)]
    assert main(["synth", "--target", "kubernetes", *arguments]) == 0
    capsys.readouterr()
    claim = (dist / "prod" / "contexter-data" / "storage-qdrant-0.persistentvolumeclaim.yaml").read_text()
    assert "storage: 300Gi" in claim
    stateful_set = (dist / "prod" / "contexter-data" / "qdrant.statefulset.yaml").read_text()
    assert "storage: 200Gi" in stateful_set and "300Gi" not in stateful_set
    assert (
        "max:\n      storage: 300Gi"
        in (dist / "prod" / "contexter-data" / "defaults.limitrange.yaml").read_text()
    )
