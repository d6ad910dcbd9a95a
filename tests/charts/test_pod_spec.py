"""charts/pod_spec.py"""

from __future__ import annotations

import json

from charts.pod_spec import (
    MUTABLE_TAG_REASON,
    RUN_AS_USER,
    checkov_skips,
    digest_skip,
    disruption_budget,
    image_pull_policy,
    istio_proxy_config,
    spread_constraints,
)
from contexter_deploy.ground.topology import SEARCH
from tests.helpers import synth_construct

DIGEST = "registry.example.com/contexter/search:1.0.0@sha256:" + "a" * 64


def test_the_fixed_user_is_above_the_nodes_users() -> None:
    assert RUN_AS_USER > 10000


def test_only_mutable_tags_are_pulled_every_time() -> None:
    assert image_pull_policy(DIGEST) == "IfNotPresent"
    assert image_pull_policy("registry.example.com/contexter/search:main") == "Always"


def test_the_digest_suppression_applies_only_to_unpinned_images() -> None:
    assert digest_skip((DIGEST,)) == {}
    assert digest_skip((DIGEST, "registry.example.com/contexter/search:main")) == {
        "CKV_K8S_43": MUTABLE_TAG_REASON
    }


def test_checkov_skips_are_numbered_with_their_reasons() -> None:
    assert checkov_skips({"CKV_K8S_43": "why", "CKV_K8S_35": "because"}) == {
        "checkov.io/skip1": "CKV_K8S_35=because",
        "checkov.io/skip2": "CKV_K8S_43=why",
    }


def test_the_sidecar_outlives_the_app_and_starts_first() -> None:
    assert json.loads(istio_proxy_config(drain_seconds=35)) == {
        "holdApplicationUntilProxyStarts": True,
        "terminationDrainDuration": "35s",
    }


def test_spread_is_hard_across_zones_and_soft_across_hosts() -> None:
    zones, hosts = spread_constraints("search")
    assert (zones.topology_key, zones.when_unsatisfiable, zones.max_skew) == (
        "topology.kubernetes.io/zone",
        "DoNotSchedule",
        1,
    )
    assert (hosts.topology_key, hosts.when_unsatisfiable) == ("kubernetes.io/hostname", "ScheduleAnyway")


def test_the_disruption_budget_lets_one_pod_go_at_a_time() -> None:
    [pdb] = synth_construct(lambda chart: disruption_budget(chart, SEARCH))
    assert pdb["spec"] == {
        "maxUnavailable": 1,
        "selector": {"matchLabels": {"app.kubernetes.io/name": "search"}},
        "unhealthyPodEvictionPolicy": "AlwaysAllow",
    }
    assert (pdb["metadata"]["name"], pdb["metadata"]["namespace"]) == ("search", "contexter")
