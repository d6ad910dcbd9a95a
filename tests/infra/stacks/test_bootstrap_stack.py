"""infra/stacks/bootstrap_stack.py: Terraform state, ECR, and the GitHub OIDC deploy roles."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from contexter_deploy.ground.accounts import check_accounts
from contexter_deploy.ground.config import ENVIRONMENT_NAMES, ConfigError, Environment
from contexter_deploy.ground.config.shared import Shared, load_shared
from contexter_deploy.ground.naming import (
    COST_ALLOCATION_TAG_KEYS,
    GITHUB_APPLY_ROLE,
    GITHUB_PLAN_ROLE,
    GITHUB_PROMOTE_ROLE,
    IMAGES,
    cost_allocation_tags,
    names_for,
    shared_names,
)
from contexter_deploy.terraform_synth import synth_stacks
from tests.infra.terraform_json import (
    TERRAFORM,
    as_list,
    document,
    reference,
    resource,
    resources,
    role_named,
    statement,
)

# infra/ modules load the AWS provider bindings (about 600 MB): tests import them locally, so only the
# xdist worker of group "terraform" loads them, once; collection in other workers stays cheap.
pytestmark = TERRAFORM

Stacks = dict[str, dict[str, Any]]
REPOSITORY = "contexter/contexter-deploy"


@pytest.fixture(scope="module")
def shared() -> Shared:
    return load_shared()


@pytest.fixture(scope="module")
def bootstrap(terraform_stacks: Stacks) -> dict[str, Any]:
    return terraform_stacks["bootstrap"]


def test_the_bootstrap_state_lives_in_the_bucket_it_creates(
    bootstrap: dict[str, Any], shared: Shared
) -> None:
    assert bootstrap["terraform"]["backend"]["s3"] == {
        "bucket": shared.terraform_state.bucket,
        "key": "bootstrap/terraform.tfstate",
        "region": shared.region,
        "use_lockfile": True,
    }
    assert resource(bootstrap, "aws_s3_bucket", "state_bucket")["bucket"] == shared.terraform_state.bucket


def test_each_environment_account_is_reached_through_the_access_role(
    bootstrap: dict[str, Any], shared: Shared, environments: dict[str, Environment]
) -> None:
    providers = {p.get("alias"): p for p in bootstrap["provider"]["aws"]}
    assert providers[None]["allowed_account_ids"] == [shared.account_id]
    for name in ENVIRONMENT_NAMES:
        account = environments[name].aws.account_id
        assert providers[name]["allowed_account_ids"] == [account]
        [assume] = providers[name]["assume_role"]
        assert assume["role_arn"] == f"arn:aws:iam::{account}:role/{shared.account_access_role}"


def test_the_state_bucket_is_versioned_kms_encrypted_private_and_tls_only(bootstrap: dict[str, Any]) -> None:
    assert resource(bootstrap, "aws_s3_bucket_versioning", "state_versioning")[
        "versioning_configuration"
    ] == {"status": "Enabled"}
    [rule] = resource(bootstrap, "aws_s3_bucket_server_side_encryption_configuration", "state_encryption")[
        "rule"
    ]
    assert rule["apply_server_side_encryption_by_default"]["sse_algorithm"] == "aws:kms"
    assert rule["bucket_key_enabled"] is False, "the key policy scopes each environment by object ARN"
    block = resource(bootstrap, "aws_s3_bucket_public_access_block", "state_public_access_block")
    assert all(
        block[flag] is True
        for flag in (
            "block_public_acls",
            "block_public_policy",
            "ignore_public_acls",
            "restrict_public_buckets",
        )
    )
    policy = document(resource(bootstrap, "aws_s3_bucket_policy", "state_policy")["policy"])
    assert statement(policy, "DenyInsecureTransport")["Condition"] == {
        "Bool": {"aws:SecureTransport": "false"}
    }
    # The lock file and the state go up without encryption headers (backend ``encrypt`` unset):
    # only an upload that asks for another encryption is refused.
    assert statement(policy, "DenyOtherEncryption")["Condition"] == {
        "StringNotEquals": {"s3:x-amz-server-side-encryption": "aws:kms"},
        "Null": {"s3:x-amz-server-side-encryption": "false"},
    }
    assert all("IfExists" not in operator for s in policy["Statement"] for operator in s.get("Condition", {}))


def test_each_environment_reaches_only_its_own_state(
    bootstrap: dict[str, Any], shared: Shared, environments: dict[str, Environment]
) -> None:
    policy = document(resource(bootstrap, "aws_s3_bucket_policy", "state_policy")["policy"])
    key_policy = document(resource(bootstrap, "aws_kms_key", "state_kms_key")["policy"])
    bucket = f"arn:aws:s3:::{shared.terraform_state.bucket}"
    for name in ENVIRONMENT_NAMES:
        sid = name.capitalize()
        state = f"{bucket}/environments/{name}/terraform.tfstate"
        plan = reference("aws_iam_role", f"{name}_github_plan_role", "arn")
        apply = reference("aws_iam_role", f"{name}_github_apply_role", "arn")
        admins = list(environments[name].aws.admin_role_arns)
        assert statement(policy, f"Read{sid}State")["Resource"] == state
        assert as_list(statement(policy, f"Read{sid}State")["Principal"]["AWS"]) == [
            plan,
            *admins,
            apply,
            *admins,
        ]
        write = statement(policy, f"Write{sid}State")
        assert as_list(write["Principal"]["AWS"]) == [apply, *admins], "plan may lock but never write state"
        assert statement(policy, f"Lock{sid}State")["Resource"] == f"{state}.tflock"
        encrypt = statement(key_policy, f"Encrypt{sid}State")
        assert encrypt["Condition"]["StringLike"] == {
            "kms:EncryptionContext:aws:s3:arn": f"{bucket}/environments/{name}/*"
        }


def test_one_immutable_scanned_encrypted_repository_per_image(
    bootstrap: dict[str, Any], shared: Shared
) -> None:
    repositories = {body["name"]: body for body in resources(bootstrap, "aws_ecr_repository").values()}
    registry = shared_names(shared)
    assert set(repositories) == {registry.repository(image) for image in IMAGES}
    for repository in repositories.values():
        assert repository["image_scanning_configuration"] == {"scan_on_push": True}
        assert repository["encryption_configuration"] == [
            {"encryption_type": "KMS", "kms_key": reference("aws_kms_key", "ecr_kms_key", "arn")}
        ]
        assert repository["image_tag_mutability"] == "IMMUTABLE_WITH_EXCLUSION"
        assert repository["image_tag_mutability_exclusion_filter"] == [
            {"filter": tag, "filter_type": "WILDCARD"} for tag in shared.ecr.mutable_tags
        ]
    assert shared.ecr.mutable_tags == ("main",), "only dev's rolling tag may move"


def test_repositories_expire_untagged_images_and_let_environments_pull_only(
    bootstrap: dict[str, Any], environments: dict[str, Environment]
) -> None:
    from infra.bootstrap.ecr_repositories import PULL_ACTIONS

    for body in resources(bootstrap, "aws_ecr_lifecycle_policy").values():
        rules = json.loads(body["policy"])["rules"]
        assert rules[0]["selection"]["tagStatus"] == "untagged"
    policies = resources(bootstrap, "aws_ecr_repository_policy")
    assert len(policies) == len(IMAGES)
    for body in policies.values():
        [pull] = document(body["policy"])["Statement"]
        assert tuple(pull["Action"]) == PULL_ACTIONS
        assert as_list(pull["Principal"]["AWS"]) == [
            f"arn:aws:iam::{environments[name].aws.account_id}:root" for name in ENVIRONMENT_NAMES
        ]


def _trust(bootstrap: dict[str, Any], role_id: str) -> dict[str, Any]:
    statements: list[dict[str, Any]] = document(
        resource(bootstrap, "aws_iam_role", role_id)["assume_role_policy"]
    )["Statement"]
    [trust] = statements
    return trust


def test_plan_roles_are_read_only_and_assumable_from_pull_requests(
    bootstrap: dict[str, Any], environments: dict[str, Environment]
) -> None:
    from infra.bootstrap.deploy_policies import READ_ONLY_POLICY

    for name in ENVIRONMENT_NAMES:
        role_id, role = role_named(bootstrap, names_for(environments[name]).role_name(GITHUB_PLAN_ROLE))
        assert role["provider"] == f"aws.{name}"
        assert role["max_session_duration"] == 3600
        trust = _trust(bootstrap, role_id)
        assert trust["Principal"] == {
            "Federated": reference("aws_iam_openid_connect_provider", f"{name}_github_oidc_provider", "arn")
        }
        infra = f"{REPOSITORY}/.github/workflows/infra.yml"
        assert trust["Condition"] == {
            "StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"},
            "StringLike": {
                "token.actions.githubusercontent.com:sub": [
                    f"repo:{REPOSITORY}:environment:{name}-plan:ref:refs/pull/*/merge"
                    f":job_workflow_ref:{infra}@refs/pull/*/merge",
                    f"repo:{REPOSITORY}:environment:{name}-drift:ref:refs/heads/main"
                    f":job_workflow_ref:{infra}@refs/heads/main",
                ]
            },
        }
        policy = document(resource(bootstrap, "aws_iam_role_policy", f"{name}_github_plan_policy")["policy"])
        allowed = {a for s in policy["Statement"] if s["Effect"] == "Allow" for a in as_list(s["Action"])}
        assert allowed == {
            "s3:ListBucket",
            "s3:GetObject",
            "s3:PutObject",
            "s3:DeleteObject",
            "kms:Decrypt",
            "kms:GenerateDataKey",
        }
        assert as_list(statement(policy, "UseOwnState")["Action"]) == ["s3:GetObject"]
        attachment = resource(
            bootstrap, "aws_iam_role_policy_attachment", f"{name}_github_plan_role_readonlyaccess"
        )
        assert attachment["policy_arn"] == READ_ONLY_POLICY


def test_apply_roles_are_assumable_only_from_main_in_their_github_environment(
    bootstrap: dict[str, Any], environments: dict[str, Environment]
) -> None:
    for name in ENVIRONMENT_NAMES:
        role_id, _ = role_named(bootstrap, names_for(environments[name]).role_name(GITHUB_APPLY_ROLE))
        assert _trust(bootstrap, role_id)["Condition"] == {
            "StringEquals": {
                "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
                "token.actions.githubusercontent.com:sub": (
                    f"repo:{REPOSITORY}:environment:{name}:ref:refs/heads/main"
                    f":job_workflow_ref:{REPOSITORY}/.github/workflows/infra.yml@refs/heads/main"
                ),
            }
        }


def test_apply_roles_change_only_their_environment(
    bootstrap: dict[str, Any], environments: dict[str, Environment]
) -> None:
    from infra.bootstrap.deploy_policies import ENVIRONMENT_MANAGED_POLICIES

    for name in ENVIRONMENT_NAMES:
        names = names_for(environments[name])
        policy = document(resource(bootstrap, "aws_iam_role_policy", f"{name}_github_apply_policy")["policy"])
        protect = statement(policy, "NeverChangeTheDeployRoles")
        assert protect["Effect"] == "Deny"
        assert protect["Resource"] == [
            names.role_arn(GITHUB_PLAN_ROLE),
            names.role_arn(GITHUB_APPLY_ROLE),
            names.role_arn(GITHUB_PROMOTE_ROLE),
        ], "apply may not widen the deploy roles' trust, nor create a promote role where there is none"
        attach = statement(policy, "AttachOnlyTheStacksManagedPolicies")
        assert as_list(attach["Condition"]["ArnNotEquals"]["iam:PolicyARN"]) == list(
            ENVIRONMENT_MANAGED_POLICIES
        )
        assert (
            statement(policy, "ManageCluster")["Resource"][0]
            == f"arn:aws:eks:{names.region}:{names.account_id}:cluster/{names.cluster}"
        )
        assert statement(policy, "ManageBackupBuckets")["Resource"] == [
            names.backup_bucket_arn,
            names.dr_backup_bucket_arn,
        ]
        deny = statement(policy, "NeverReadBackupContents")
        assert deny["Effect"] == "Deny" and "s3:GetObject" in deny["Action"]


def test_the_promote_role_exists_only_where_performance_testing_is_enabled(
    bootstrap: dict[str, Any], environments: dict[str, Environment]
) -> None:
    roles = {body["name"] for body in resources(bootstrap, "aws_iam_role").values()}
    for name in ENVIRONMENT_NAMES:
        names = names_for(environments[name])
        exists = names.role_name(GITHUB_PROMOTE_ROLE) in roles
        assert exists is environments[name].performance_test.enabled, name
        assert (f"{name}_promote_role_arn" in bootstrap["output"]) is exists


def test_the_promote_role_trusts_main_in_the_gates_github_environment_only(
    bootstrap: dict[str, Any], environments: dict[str, Environment]
) -> None:
    """Not the environment's own GitHub environment: a job there may assume the apply role."""
    enabled = [name for name in ENVIRONMENT_NAMES if environments[name].performance_test.enabled]
    assert enabled == ["staging"]
    for name in enabled:
        names = names_for(environments[name])
        role_id, role = role_named(bootstrap, names.role_name(GITHUB_PROMOTE_ROLE))
        assert role["provider"] == f"aws.{name}", "in the environment's account, beside its cluster"
        assert role["max_session_duration"] == 3600
        trust = _trust(bootstrap, role_id)
        assert trust["Principal"] == {
            "Federated": reference("aws_iam_openid_connect_provider", f"{name}_github_oidc_provider", "arn")
        }
        assert trust["Condition"] == {
            "StringEquals": {
                "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
                "token.actions.githubusercontent.com:sub": (
                    f"repo:{REPOSITORY}:environment:{name}-performance-test:ref:refs/heads/main"
                    f":job_workflow_ref:{REPOSITORY}/.github/workflows/promote.yml@refs/heads/main"
                ),
            }
        }
        policy = document(
            resource(bootstrap, "aws_iam_role_policy", f"{name}_github_promote_policy")["policy"]
        )
        assert policy["Statement"] == [
            {
                "Sid": "FindTheCluster",
                "Effect": "Allow",
                "Action": "eks:DescribeCluster",
                "Resource": f"arn:aws:eks:{names.region}:{names.account_id}:cluster/{names.cluster}",
            }
        ]
        attached = [
            body
            for body in resources(bootstrap, "aws_iam_role_policy_attachment").values()
            if body["role"] == reference("aws_iam_role", role_id, "name")
        ]
        assert attached == [], "no managed policy: not even ReadOnlyAccess"


def test_images_are_pushed_only_from_main(bootstrap: dict[str, Any], shared: Shared) -> None:
    role_id, role = role_named(bootstrap, shared_names(shared).images_role)
    assert "provider" not in role, "the image role lives in the shared account"
    assert _trust(bootstrap, role_id)["Condition"]["StringEquals"][
        "token.actions.githubusercontent.com:sub"
    ] == (
        f"repo:{REPOSITORY}:environment:images:ref:refs/heads/main"
        f":job_workflow_ref:{REPOSITORY}/.github/workflows/images.yml@refs/heads/main"
    )
    policy = document(resource(bootstrap, "aws_iam_role_policy", "github_images_policy")["policy"])
    push = statement(policy, "PushImages")
    assert set(push["Resource"]) == {
        reference("aws_ecr_repository", f"ecr_{image.replace('-', '_')}", "arn") for image in IMAGES
    }


def test_each_environment_account_has_its_service_linked_roles(bootstrap: dict[str, Any]) -> None:
    for name in ENVIRONMENT_NAMES:
        services = {
            body["aws_service_name"]
            for body in resources(bootstrap, "aws_iam_service_linked_role").values()
            if body["provider"] == f"aws.{name}"
        }
        assert services == {"autoscaling.amazonaws.com", "spot.amazonaws.com"}


def _with(environment: Environment, **aws: Any) -> Environment:
    return environment.model_copy(update={"aws": environment.aws.model_copy(update=aws)})


def test_fails_when_an_environment_uses_the_shared_account(
    shared: Shared, environments: dict[str, Environment]
) -> None:
    dev = _with(environments["dev"], account_id=shared.account_id)
    with pytest.raises(
        ConfigError,
        match=r"environments/dev.yaml: aws.account_id: '111111111111': must differ from the shared account",
    ):
        check_accounts(shared, [dev, environments["staging"], environments["prod"]])


def test_fails_when_two_environments_share_an_account(
    shared: Shared, environments: dict[str, Environment]
) -> None:
    staging = _with(environments["staging"], account_id=environments["prod"].aws.account_id)
    with pytest.raises(
        ConfigError,
        match=r"environments/prod.yaml: aws.account_id: '333333333333':"
        r" must differ from the account of staging",
    ):
        check_accounts(shared, [environments["dev"], staging, environments["prod"]])


def test_fails_when_an_image_names_a_repository_the_registry_lacks(
    shared: Shared, environments: dict[str, Environment]
) -> None:
    dev = environments["dev"]
    workloads = dev.workloads.model_copy(
        update={
            "search": dev.workloads.search.model_copy(
                update={"image": "111111111111.dkr.ecr.eu-west-1.amazonaws.com/contexter/serach:main"}
            )
        }
    )
    with pytest.raises(
        ConfigError,
        match=r"workloads.search.image: .*contexter/serach:main.*the shared registry has no such repository",
    ):
        check_accounts(shared, [dev.model_copy(update={"workloads": workloads})])


def test_the_shared_file_loads(tmp_path: Path) -> None:
    assert load_shared().account_id == "111111111111"
    (tmp_path / "shared.yaml").write_text("account_id: '1'\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"shared.yaml:1: account_id: '1': String should match pattern"):
        load_shared(directory=tmp_path)


def test_the_payer_account_activates_every_cost_allocation_tag_key(
    shared: Shared, environments: dict[str, Environment], tmp_path: Path
) -> None:
    assert tuple(cost_allocation_tags(environments["prod"])) == COST_ALLOCATION_TAG_KEYS
    synth_stacks(
        list(environments.values()), shared=shared.model_copy(update={"payer_account": True}), outdir=tmp_path
    )
    stack = json.loads((tmp_path / "stacks" / "bootstrap" / "cdk.tf.json").read_text(encoding="utf-8"))
    activated = resources(stack, "aws_ce_cost_allocation_tag")
    assert {tag["tag_key"]: tag["status"] for tag in activated.values()} == dict.fromkeys(
        COST_ALLOCATION_TAG_KEYS, "Active"
    )


def test_a_member_account_activates_none(bootstrap: dict[str, Any], shared: Shared) -> None:
    """The committed shared account is not the payer: docs/infrastructure.md gives the manual step."""
    assert not shared.payer_account
    assert resources(bootstrap, "aws_ce_cost_allocation_tag") == {}
