"""charts/platform/priority_classes.py"""

from __future__ import annotations

import pytest

from charts.platform.capacity import BATCH_PRIORITY, CRITICAL_PRIORITY, SERVICE_PRIORITY
from charts.platform.priority_classes import PRIORITIES, Priority, PriorityClasses
from contexter_deploy.facts.manifests import Manifest
from tests.helpers import documents_of_kind, synth_construct


def test_data_and_control_above_services_above_batch() -> None:
    documents = documents_of_kind(synth_construct(lambda chart: PriorityClasses(chart, "p")), "PriorityClass")
    values = {d["metadata"]["name"]: d["value"] for d in documents}
    assert values[CRITICAL_PRIORITY] > values[SERVICE_PRIORITY] > values[BATCH_PRIORITY] > 0
    assert all(d["globalDefault"] is False for d in documents)
    batch = next(d for d in documents if d["metadata"]["name"] == BATCH_PRIORITY)
    assert batch["preemptionPolicy"] == "Never", "a backup waits rather than evict a running pod"


def test_every_pod_names_a_synthesized_priority_class(manifests: dict[str, tuple[Manifest, ...]]) -> None:
    for name, documents in manifests.items():
        classes = {m.name for m in documents if m.kind == "PriorityClass"}
        for manifest in documents:
            if manifest.kind in ("StatefulSet", "Rollout", "Deployment", "CronJob", "Job"):
                template = manifest.spec.get("template") or manifest.spec["jobTemplate"]["spec"]["template"]
                priority = template["spec"].get("priorityClassName")
                assert priority in classes, f"{name}: {manifest.ref} names {priority!r}"


def test_fails_when_priorities_are_out_of_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        "charts.platform.priority_classes.PRIORITIES", (*PRIORITIES[1:], Priority("x", 10**6, "x"))
    )
    with pytest.raises(ValueError, match="must be distinct and listed highest first"):
        synth_construct(lambda chart: PriorityClasses(chart, "p"))
