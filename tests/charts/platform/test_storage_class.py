"""charts/platform/storage_class.py"""

from __future__ import annotations

from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from charts.platform.storage_class import EncryptedStorageClass, EncryptedStorageClassProps
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.naming import names_for
from tests.helpers import synth_construct


def _synth(environment: Environment) -> dict[str, Any]:
    props = EncryptedStorageClassProps(
        name=environment.storage.class_name,
        kms_key_id=names_for(environment).ebs_kms_alias_arn,
        iops=environment.storage.iops,
        throughput_mibps=environment.storage.throughput_mibps,
    )
    [storage_class] = synth_construct(lambda chart: EncryptedStorageClass(chart, "gp3", props=props))
    return storage_class


def test_storage_class_snapshot(environments: dict[str, Environment], snapshot: SnapshotAssertion) -> None:
    assert _synth(environments["prod"]) == snapshot


def test_volumes_are_encrypted_with_the_environments_ebs_key(environments: dict[str, Environment]) -> None:
    for environment in environments.values():
        parameters = _synth(environment)["parameters"]
        assert parameters["encrypted"] == "true"
        assert parameters["kmsKeyId"] == names_for(environment).ebs_kms_alias_arn
        assert parameters["kmsKeyId"].startswith(
            f"arn:aws:kms:{environment.aws.region}:{environment.aws.account_id}:alias/"
        )


def test_gp3_performance_comes_from_config(environments: dict[str, Environment]) -> None:
    storage_class = _synth(environments["prod"])
    assert storage_class["provisioner"] == "ebs.csi.aws.com"
    assert storage_class["parameters"]["type"] == "gp3"
    assert storage_class["parameters"]["iops"] == str(environments["prod"].storage.iops)
    assert storage_class["parameters"]["throughput"] == str(environments["prod"].storage.throughput_mibps)


def test_volumes_follow_their_pods_grow_and_outlive_their_claims(
    environments: dict[str, Environment],
) -> None:
    storage_class = _synth(environments["prod"])
    assert storage_class["volumeBindingMode"] == "WaitForFirstConsumer"
    assert storage_class["allowVolumeExpansion"] is True
    assert storage_class["reclaimPolicy"] == "Retain"
    assert storage_class["metadata"] == {"name": "gp3-encrypted"}


def test_fails_when_the_kms_key_is_not_an_arn() -> None:
    props = EncryptedStorageClassProps(name="gp3", kms_key_id="alias/contexter-prod-ebs")
    with pytest.raises(ValueError, match="must be a KMS key or alias ARN"):
        synth_construct(lambda chart: EncryptedStorageClass(chart, "gp3", props=props))
