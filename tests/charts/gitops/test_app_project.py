"""charts/gitops/app_project.py"""

from __future__ import annotations

import dataclasses

import pytest
from syrupy.assertion import SnapshotAssertion

from charts.gitops.addon_chart import CRD, NAMESPACE, ClusterKind
from charts.gitops.app_project import Project, ProjectProps
from tests.helpers import synth_construct

PROPS = ProjectProps(
    name="example",
    description="An example project.",
    source_repos=("https://github.com/contexter/contexter-deploy.git",),
    destinations=("contexter-data", "contexter"),
    cluster_kinds=(NAMESPACE, CRD),
    warn_orphans=True,
)


def test_project_snapshot(snapshot: SnapshotAssertion) -> None:
    [project] = synth_construct(lambda chart: Project(chart, "p", props=PROPS))
    assert project == snapshot


def test_lists_are_explicit_and_sorted() -> None:
    [project] = synth_construct(lambda chart: Project(chart, "p", props=PROPS))
    spec = project["spec"]
    assert [d["namespace"] for d in spec["destinations"]] == ["contexter", "contexter-data"]
    assert spec["clusterResourceWhitelist"] == [
        {"group": "", "kind": "Namespace"},
        {"group": "apiextensions.k8s.io", "kind": "CustomResourceDefinition"},
    ]
    assert spec["orphanedResources"] == {"warn": True}


@pytest.mark.parametrize(
    "change",
    [
        {"source_repos": ("*",)},
        {"destinations": ("contexter-*",)},
        {"cluster_kinds": (ClusterKind("*", "*"),)},
        {"orphans_ignored": (("", "ConfigMap", "*"),)},
    ],
)
def test_fails_when_a_project_uses_a_wildcard(change: dict[str, object]) -> None:
    props = dataclasses.replace(PROPS, **change)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="wildcards are not allowed"):
        synth_construct(lambda chart: Project(chart, "p", props=props))


def test_objects_applied_by_another_tool_are_not_reported_as_orphans() -> None:
    props = dataclasses.replace(PROPS, orphans_ignored=(("batch", "Job", "k6"), ("", "ConfigMap", "k6")))
    [project] = synth_construct(lambda chart: Project(chart, "p", props=props))
    assert project["spec"]["orphanedResources"] == {
        "warn": True,
        "ignore": [
            {"group": "batch", "kind": "Job", "name": "k6"},
            {"group": "", "kind": "ConfigMap", "name": "k6"},
        ],
    }


def test_fails_when_a_project_has_no_source_or_destination() -> None:
    props = dataclasses.replace(PROPS, destinations=())
    with pytest.raises(ValueError, match="needs at least one source repository and one destination"):
        synth_construct(lambda chart: Project(chart, "p", props=props))
