"""charts/platform/karpenter.py"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from charts.platform.karpenter import KarpenterNodes, KarpenterNodesProps
from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.ground.config import ENVIRONMENT_NAMES, Environment
from contexter_deploy.ground.naming import names_for
from tests.helpers import documents_of_kind, synth_construct


def _synth(props: KarpenterNodesProps) -> list[dict[str, Any]]:
    return synth_construct(lambda chart: KarpenterNodes(chart, "karpenter", props=props))


def test_prod_node_pool_and_node_class(
    environments: dict[str, Environment], snapshot: SnapshotAssertion
) -> None:
    documents = _synth(KarpenterNodesProps.of(environments["prod"]))

    assert documents == snapshot
    pools = documents_of_kind(documents, "NodePool")
    [node_class] = documents_of_kind(documents, "EC2NodeClass")
    assert [pool["metadata"]["name"] for pool in pools] == ["default", "critical"]
    for pool in pools:
        assert pool["spec"]["template"]["spec"]["nodeClassRef"] == {
            "group": "karpenter.k8s.aws",
            "kind": "EC2NodeClass",
            "name": node_class["metadata"]["name"],
        }


def _pools(environment: Environment) -> dict[str, dict[str, Any]]:
    documents = _synth(KarpenterNodesProps.of(environment))
    return {pool["metadata"]["name"]: pool for pool in documents_of_kind(documents, "NodePool")}


def test_critical_capacity_is_on_demand_tainted_and_never_expires(
    environments: dict[str, Environment],
) -> None:
    for name in ENVIRONMENT_NAMES:
        settings = environments[name].cluster.karpenter
        pool = _pools(environments[name])["critical"]
        template = pool["spec"]["template"]
        requirements = {r["key"]: r["values"] for r in template["spec"]["requirements"]}
        assert requirements["karpenter.sh/capacity-type"] == ["on-demand"], "state and control never on spot"
        assert template["metadata"]["labels"] == {"contexter.io/capacity": "critical"}
        assert template["spec"]["taints"] == [
            {"effect": "NoSchedule", "key": "contexter.io/capacity", "value": "critical"}
        ]
        # Expiry is forceful in Karpenter v1: it would evict a database whatever its annotation says.
        assert template["spec"]["expireAfter"] == "Never"
        assert pool["spec"]["disruption"]["consolidationPolicy"] == "WhenEmpty"
        assert pool["spec"]["disruption"]["budgets"] == [{"nodes": "1"}]
        assert pool["spec"]["limits"] == {
            "cpu": str(settings.critical_cpu_limit),
            "memory": settings.critical_memory_limit,
        }


def test_capacity_mixes_spot_and_on_demand_and_consolidates(environments: dict[str, Environment]) -> None:
    for name in ENVIRONMENT_NAMES:
        settings = environments[name].cluster.karpenter
        pool = _pools(environments[name])["default"]
        assert "taints" not in pool["spec"]["template"]["spec"]
        requirements = {r["key"]: r for r in pool["spec"]["template"]["spec"]["requirements"]}
        assert requirements["karpenter.sh/capacity-type"] == {
            "key": "karpenter.sh/capacity-type",
            "operator": "In",
            "values": list(settings.capacity_types),
        }
        assert requirements["karpenter.k8s.aws/instance-generation"]["operator"] == "Gt"
        disruption = pool["spec"]["disruption"]
        assert disruption["consolidationPolicy"] == "WhenEmptyOrUnderutilized"
        assert disruption["consolidateAfter"] == settings.consolidate_after
        assert pool["spec"]["limits"] == {"cpu": str(settings.cpu_limit), "memory": settings.memory_limit}
    assert set(environments["prod"].cluster.karpenter.capacity_types) == {"spot", "on-demand"}


def test_nodes_are_hardened_and_found_by_the_discovery_tag(environments: dict[str, Environment]) -> None:
    for name in ENVIRONMENT_NAMES:
        names = names_for(environments[name])
        [node_class] = documents_of_kind(_synth(KarpenterNodesProps.of(environments[name])), "EC2NodeClass")
        spec = node_class["spec"]
        assert spec["amiSelectorTerms"] == [{"alias": environments[name].cluster.karpenter.ami_alias}]
        assert spec["amiSelectorTerms"][0]["alias"].startswith("al2023@v"), "AL2023, pinned"
        assert spec["instanceProfile"] == names.karpenter_instance_profile
        assert "role" not in spec
        discovery = [{"tags": {"karpenter.sh/discovery": names.cluster}}]
        assert spec["subnetSelectorTerms"] == discovery
        assert spec["securityGroupSelectorTerms"] == discovery
        assert spec["metadataOptions"] == {
            "httpEndpoint": "enabled",
            "httpProtocolIPv6": "disabled",
            "httpPutResponseHopLimit": 1,
            "httpTokens": "required",
        }
        [root] = spec["blockDeviceMappings"]
        assert root["rootVolume"] is True
        assert root["ebs"] == {
            "deleteOnTermination": True,
            "encrypted": True,
            "kmsKeyID": names.ebs_kms_alias_arn,
            "volumeSize": environments[name].cluster.karpenter.root_volume_size,
            "volumeType": "gp3",
        }
        assert spec["associatePublicIPAddress"] is False
        assert spec["tags"]["environment"] == name
        assert spec["tags"]["managed-by"] == "karpenter"


def test_the_platform_chart_carries_two_pools_and_one_class(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    for documents in manifests.values():
        assert [m.kind for m in documents if m.kind in {"NodePool", "EC2NodeClass"}] == [
            "EC2NodeClass",
            "NodePool",
            "NodePool",
        ]


def test_fails_when_the_kms_key_is_not_an_arn(environments: dict[str, Environment]) -> None:
    props = KarpenterNodesProps.of(environments["dev"])
    with pytest.raises(
        ValueError, match=r"ebs_kms_key 'alias/contexter-dev-ebs' must be a KMS key or alias ARN"
    ):
        replace(props, ebs_kms_key="alias/contexter-dev-ebs")


def test_fails_when_tags_use_keys_karpenter_reserves(environments: dict[str, Environment]) -> None:
    props = KarpenterNodesProps.of(environments["dev"])
    with pytest.raises(ValueError, match=r"tags \['karpenter.sh/nodepool'\] are reserved for Karpenter"):
        replace(props, tags={"karpenter.sh/nodepool": "x"})
