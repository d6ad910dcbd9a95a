"""Fixtures of the infra/ tests: constructs that props refer to."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from infra.cluster.eks_cluster import Cluster


@pytest.fixture
def cluster(tmp_path: Path) -> Cluster:
    """A ``Cluster`` (``contexter-staging``) in a stack of its own, for props that take one."""
    from cdktf import App, TerraformStack

    from infra.cluster.eks_cluster import Cluster, EksClusterProps

    stack = TerraformStack(App(outdir=str(tmp_path)), "test")
    return Cluster(
        stack,
        "eks",
        props=EksClusterProps(
            name="contexter-staging",
            account_id="222222222222",
            kubernetes_version="1.33",
            role_name="contexter-staging-eks-cluster",
            subnet_ids=("subnet-a", "subnet-b", "subnet-c"),
            log_group_name="/aws/eks/contexter-staging/cluster",
            log_retention_days=30,
            logs_kms_key_arn="arn:aws:kms:eu-west-1:222222222222:key/x",
        ),
    )
