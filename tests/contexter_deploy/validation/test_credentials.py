"""The credential analysis: the evaluator on small hand-built policies (one broken fixture per rule),
then every chain of every environment from the committed dist/ and cdktf.out/."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from contexter_deploy.ground.config import ENVIRONMENT_NAMES
from contexter_deploy.validation import iam_lint
from contexter_deploy.validation.credentials import all_chains, failures
from contexter_deploy.validation.iam_eval import Principal, Request, evaluate, trust_decision

ROOT = Path(__file__).resolve().parents[3]
ACCOUNT = "333333333333"
ROLE = f"arn:aws:iam::{ACCOUNT}:role/contexter-prod-backup"
BUCKET = "arn:aws:s3:::backups"
KEY = f"arn:aws:kms:eu-west-1:{ACCOUNT}:key/k"
KEY_HEADER = "s3:x-amz-server-side-encryption-aws-kms-key-id"
SSE_HEADER = "s3:x-amz-server-side-encryption"


def _policy(*statements: dict[str, Any]) -> dict[str, Any]:
    return {"Version": "2012-10-17", "Statement": list(statements)}


def _allow(action: str, resource: str, **condition: Any) -> dict[str, Any]:
    statement: dict[str, Any] = {"Effect": "Allow", "Action": action, "Resource": resource}
    if condition:
        statement["Condition"] = condition
    return statement


ROOT_KEY_POLICY = _policy(
    {
        "Effect": "Allow",
        "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:root"},
        "Action": "kms:*",
        "Resource": "*",
    }
)


def _replicator(context_values: list[str] | str) -> Principal:
    return Principal(
        "arn:aws:iam::333333333333:role/replication",
        (
            _policy(
                _allow(
                    "kms:Decrypt",
                    KEY,
                    StringLike={"kms:EncryptionContext:aws:s3:arn": context_values},
                    StringEquals={"kms:ViaService": "s3.eu-west-1.amazonaws.com"},
                )
            ),
        ),
        account_id=ACCOUNT,
    )


BUCKET_KEY_DECRYPT = Request(
    "kms:Decrypt",
    KEY,
    {"kms:EncryptionContext:aws:s3:arn": BUCKET, "kms:ViaService": "s3.eu-west-1.amazonaws.com"},
)
"""What S3 asks KMS when the bucket uses S3 Bucket Keys: the bucket's ARN is the context."""


def test_the_bucket_key_context_is_allowed_by_the_bucket_arn() -> None:
    decision = evaluate(_replicator([BUCKET, f"{BUCKET}/*"]), BUCKET_KEY_DECRYPT, key_policy=ROOT_KEY_POLICY)
    assert decision.allowed, decision.reason


def test_fails_when_the_kms_condition_names_object_arns_only_under_bucket_keys() -> None:
    decision = evaluate(_replicator(f"{BUCKET}/*"), BUCKET_KEY_DECRYPT, key_policy=ROOT_KEY_POLICY)
    assert not decision.allowed
    assert "no statement" in decision.reason


def test_fails_when_the_key_policy_does_not_delegate_to_iam() -> None:
    other = _policy(
        {
            "Effect": "Allow",
            "Principal": {"AWS": "arn:aws:iam::999999999999:root"},
            "Action": "kms:*",
            "Resource": "*",
        }
    )
    decision = evaluate(_replicator([BUCKET]), BUCKET_KEY_DECRYPT, key_policy=other)
    assert not decision.allowed and "key policy" in decision.reason


def _uploader() -> Principal:
    return Principal(ROLE, (_policy(_allow("s3:PutObject", f"{BUCKET}/*")),), account_id=ACCOUNT)


OLD_BUCKET_POLICY = _policy(
    {
        "Effect": "Deny",
        "Principal": {"AWS": "*"},
        "Action": "s3:PutObject",
        "Resource": f"{BUCKET}/*",
        "Condition": {"StringNotEqualsIfExists": {KEY_HEADER: KEY}},
    }
)
"""The pattern that refused every upload without encryption headers (the Terraform lock file)."""
NEW_BUCKET_POLICY = _policy(
    {
        "Effect": "Deny",
        "Principal": {"AWS": "*"},
        "Action": "s3:PutObject",
        "Resource": f"{BUCKET}/*",
        "Condition": {"StringNotEquals": {KEY_HEADER: KEY}, "Null": {KEY_HEADER: "false"}},
    },
    {
        "Effect": "Deny",
        "Principal": {"AWS": "*"},
        "Action": "s3:PutObject",
        "Resource": f"{BUCKET}/*",
        "Condition": {"StringNotEquals": {SSE_HEADER: "aws:kms"}, "Null": {SSE_HEADER: "false"}},
    },
)


def test_an_upload_without_encryption_headers_gets_the_default_key() -> None:
    lock = Request("s3:PutObject", f"{BUCKET}/environments/prod/terraform.tfstate.tflock")
    assert evaluate(_uploader(), lock, resource_policy=NEW_BUCKET_POLICY).allowed


def test_fails_when_the_bucket_policy_denies_a_missing_header() -> None:
    lock = Request("s3:PutObject", f"{BUCKET}/environments/prod/terraform.tfstate.tflock")
    decision = evaluate(_uploader(), lock, resource_policy=OLD_BUCKET_POLICY)
    assert not decision.allowed and "bucket policy" in decision.reason


@pytest.mark.parametrize(
    "headers",
    [{SSE_HEADER: "AES256"}, {SSE_HEADER: "aws:kms", KEY_HEADER: "arn:aws:kms:eu-west-1:1:key/other"}],
)
def test_fails_when_an_upload_asks_for_another_encryption(headers: dict[str, str]) -> None:
    upload = Request("s3:PutObject", f"{BUCKET}/prod/qdrant/x", headers)
    assert not evaluate(_uploader(), upload, resource_policy=NEW_BUCKET_POLICY).allowed


def test_fails_when_the_action_is_outside_the_boundary() -> None:
    principal = Principal(
        ROLE,
        (_policy(_allow("iam:*", "*")),),
        boundary=_policy(_allow("s3:*", f"{BUCKET}/*")),
        account_id=ACCOUNT,
    )
    decision = evaluate(principal, Request("iam:CreateUser", f"arn:aws:iam::{ACCOUNT}:user/x"))
    assert not decision.allowed and "boundary" in decision.reason


def test_an_explicit_deny_wins_over_a_wildcard_allow() -> None:
    principal = Principal(
        ROLE,
        (
            _policy(
                _allow("s3:*", "*"),
                {"Effect": "Deny", "Action": "s3:DeleteObjectVersion", "Resource": f"{BUCKET}/*"},
            ),
        ),
        account_id=ACCOUNT,
    )
    assert not evaluate(principal, Request("s3:DeleteObjectVersion", f"{BUCKET}/a")).allowed
    assert evaluate(principal, Request("s3:DeleteObject", f"{BUCKET}/a")).allowed


POD_TRUST = _policy(
    {
        "Effect": "Allow",
        "Principal": {"Service": "pods.eks.amazonaws.com"},
        "Action": ["sts:AssumeRole", "sts:TagSession"],
        "Condition": {"StringEquals": {"aws:RequestTag/kubernetes-service-account": "vault"}},
    }
)


def test_fails_when_the_trust_policy_pins_another_service_account() -> None:
    tags = {"aws:RequestTag/kubernetes-service-account": "vault-backup"}
    decision = trust_decision(POD_TRUST, "pods.eks.amazonaws.com", ("sts:AssumeRole", "sts:TagSession"), tags)
    assert not decision.allowed
    ok = {"aws:RequestTag/kubernetes-service-account": "vault"}
    assert trust_decision(
        POD_TRUST, "pods.eks.amazonaws.com", ("sts:AssumeRole", "sts:TagSession"), ok
    ).allowed


@pytest.mark.parametrize("environment", ENVIRONMENT_NAMES)
def test_every_credential_chain_of_the_committed_output_is_allowed(environment: str) -> None:
    chains = all_chains(environment, dist=ROOT / "dist", cdktf_out=ROOT / "cdktf.out")
    assert len(chains) > 300
    assert not failures(chains), "\n".join(chain.render() for chain in failures(chains))
    workloads = {chain.workload.split(" as ")[0] for chain in chains}
    for expected in (
        "CronJob vault/vault-backup (vault snapshot)",
        "CronJob contexter-data/backup-prune (prune)",
    ):
        assert expected in workloads


def _copy(tmp_path: Path, environment: str) -> tuple[Path, Path]:
    dist, cdktf_out = tmp_path / "dist", tmp_path / "cdktf.out"
    shutil.copytree(ROOT / "dist" / environment, dist / environment)
    for stack in (environment, "bootstrap"):
        shutil.copytree(ROOT / "cdktf.out" / "stacks" / stack, cdktf_out / "stacks" / stack)
    return dist, cdktf_out


def _edit_stack(cdktf_out: Path, stack: str, edit: Any) -> None:
    path = cdktf_out / "stacks" / stack / "cdk.tf.json"
    data = json.loads(path.read_text())
    edit(data["resource"])
    path.write_text(json.dumps(data))


def test_fails_when_a_service_account_has_no_pod_identity_association(tmp_path: Path) -> None:
    dist, cdktf_out = _copy(tmp_path, "prod")
    _edit_stack(
        cdktf_out,
        "prod",
        lambda r: r["aws_eks_pod_identity_association"].pop("pod_identities_vault_backup_association"),
    )
    denied = [c.render() for c in failures(all_chains("prod", dist=dist, cdktf_out=cdktf_out))]
    assert any(
        "vault/vault-backup" in line and "no aws_eks_pod_identity_association" in line for line in denied
    )


def test_fails_when_a_role_has_no_permissions_boundary(tmp_path: Path) -> None:
    dist, cdktf_out = _copy(tmp_path, "prod")
    _edit_stack(cdktf_out, "prod", lambda r: r["aws_iam_role"]["flow_logs_role"].pop("permissions_boundary"))
    denied = [c.render() for c in failures(all_chains("prod", dist=dist, cdktf_out=cdktf_out))]
    assert any("aws_iam_role.flow_logs_role" in line and "permissions_boundary" in line for line in denied)


def test_fails_when_prune_cannot_list_incomplete_uploads(tmp_path: Path) -> None:
    def drop(resources: dict[str, Any]) -> None:
        body = resources["aws_iam_role_policy"]["pod_identities_backup_policy"]
        policy = json.loads(body["policy"])
        policy["Statement"] = [
            s for s in policy["Statement"] if s["Sid"] != "ListIncompleteUploadsOwnBackups"
        ]
        body["policy"] = json.dumps(policy)

    dist, cdktf_out = _copy(tmp_path, "prod")
    _edit_stack(cdktf_out, "prod", drop)
    denied = [c.render() for c in failures(all_chains("prod", dist=dist, cdktf_out=cdktf_out))]
    assert any("backup-prune" in line and "s3:ListBucketMultipartUploads" in line for line in denied)


def test_fails_when_the_apply_role_may_create_keys_but_not_tag_them(tmp_path: Path) -> None:
    def drop(resources: dict[str, Any]) -> None:
        body = resources["aws_iam_role_policy"]["prod_github_apply_policy"]
        policy = json.loads(body["policy"])
        policy["Statement"] = [s for s in policy["Statement"] if s["Sid"] != "TagKeysAtCreation"]
        body["policy"] = json.dumps(policy)

    dist, cdktf_out = _copy(tmp_path, "prod")
    _edit_stack(cdktf_out, "bootstrap", drop)
    denied = [c.render() for c in failures(all_chains("prod", dist=dist, cdktf_out=cdktf_out))]
    assert any("aws_kms_key" in line and "kms:TagResource on *" in line for line in denied)


def test_fails_when_the_apply_role_may_not_manage_guardduty(tmp_path: Path) -> None:
    guardduty = {"ManageGuardDutyDetector", "CreateGuardDutyDetector", "ManageGuardDutyFindingsRule"}

    def drop(resources: dict[str, Any]) -> None:
        body = resources["aws_iam_role_policy"]["prod_github_apply_policy"]
        policy = json.loads(body["policy"])
        policy["Statement"] = [s for s in policy["Statement"] if s["Sid"] not in guardduty]
        for statement in policy["Statement"]:
            if statement["Sid"] == "CreateServiceLinkedRoles":
                services = statement["Condition"]["StringEquals"]["iam:AWSServiceName"]
                services.remove("guardduty.amazonaws.com")
        body["policy"] = json.dumps(policy)

    dist, cdktf_out = _copy(tmp_path, "prod")
    _edit_stack(cdktf_out, "bootstrap", drop)
    denied = [c.render() for c in failures(all_chains("prod", dist=dist, cdktf_out=cdktf_out))]
    for action in (
        "guardduty:CreateDetector on *",
        "iam:CreateServiceLinkedRole",
        "guardduty:UpdateDetector",
        "events:PutRule on arn:aws:events:eu-west-1:333333333333:rule/contexter-prod-guardduty-findings",
    ):
        assert any(action in line for line in denied), action


def test_fails_when_the_apply_role_may_create_unbounded_roles(tmp_path: Path) -> None:
    def drop(resources: dict[str, Any]) -> None:
        body = resources["aws_iam_role_policy"]["prod_github_apply_policy"]
        policy = json.loads(body["policy"])
        for statement in policy["Statement"]:
            if statement["Sid"] == "ChangeOnlyBoundedRoles":
                statement.pop("Condition")
        policy["Statement"] = [s for s in policy["Statement"] if s["Sid"] != "DenyRolesWithoutTheBoundary"]
        body["policy"] = json.dumps(policy)

    dist, cdktf_out = _copy(tmp_path, "prod")
    _edit_stack(cdktf_out, "bootstrap", drop)
    denied = [c.render() for c in failures(all_chains("prod", dist=dist, cdktf_out=cdktf_out))]
    assert any("must be refused" in line and "iam:CreateRole" in line for line in denied)


def test_fails_when_the_spot_role_may_not_use_the_ebs_key(tmp_path: Path) -> None:
    def drop(resources: dict[str, Any]) -> None:
        body = resources["aws_kms_key"]["ebs_key"]
        body["policy"] = body["policy"].replace("spot.amazonaws.com/AWSServiceRoleForEC2Spot", "nobody")

    dist, cdktf_out = _copy(tmp_path, "prod")
    _edit_stack(cdktf_out, "prod", drop)
    denied = [c.render() for c in failures(all_chains("prod", dist=dist, cdktf_out=cdktf_out))]
    assert any("EC2 Spot" in line for line in denied)


def test_fails_when_nothing_reaches_a_private_api(tmp_path: Path) -> None:
    dist, cdktf_out = _copy(tmp_path, "prod")
    _edit_stack(
        cdktf_out,
        "prod",
        lambda r: r["aws_vpc_security_group_ingress_rule"].pop("cluster_access_api_from_clients"),
    )
    denied = [c.render() for c in failures(all_chains("prod", dist=dist, cdktf_out=cdktf_out))]
    assert any("private endpoint" in line for line in denied)


@pytest.mark.parametrize("environment", ENVIRONMENT_NAMES)
def test_every_iam_lint_finding_is_accepted_with_a_reason(environment: str) -> None:
    accepted = iam_lint.accepted_findings()
    findings = iam_lint.lint(environment, ROOT / "cdktf.out", accepted)
    assert findings, "the linters found nothing at all: are they running?"
    unexplained = iam_lint.unexplained(findings)
    assert not unexplained, "\n".join(finding.render() for finding in unexplained)


def test_no_accepted_finding_outlives_its_finding() -> None:
    accepted = iam_lint.accepted_findings()
    findings = [f for name in ENVIRONMENT_NAMES for f in iam_lint.lint(name, ROOT / "cdktf.out", accepted)]
    assert not iam_lint.stale(findings, accepted)


def test_fails_when_a_finding_has_no_reason(tmp_path: Path) -> None:
    _, cdktf_out = _copy(tmp_path, "prod")

    def widen(resources: dict[str, Any]) -> None:
        body = resources["aws_iam_role_policy"]["pod_identities_vault_policy"]
        policy = json.loads(body["policy"])
        policy["Statement"].append(
            {"Sid": "Oops", "Effect": "Allow", "Action": "iam:PassRole", "Resource": "*"}
        )
        body["policy"] = json.dumps(policy)

    _edit_stack(cdktf_out, "prod", widen)
    unexplained = iam_lint.unexplained(iam_lint.lint("prod", cdktf_out, iam_lint.accepted_findings()))
    assert any("pod_identities_vault_policy" in f.policy for f in unexplained)


def test_the_boundary_refuses_what_cloudsplaining_cannot_see_it_deny() -> None:
    """Accepted cloudsplaining findings on the boundary that say "refused by its own Deny" are."""
    from infra.bootstrap.deploy_policy_findings import DENIED_SHARING

    stack = json.loads((ROOT / "cdktf.out/stacks/bootstrap/cdk.tf.json").read_text())["resource"]
    boundary = json.loads(stack["aws_iam_policy"]["prod_workload_boundary"]["policy"])
    principal = Principal(ROLE, (_policy(_allow("*", "*")),), boundary=boundary, account_id=ACCOUNT)
    for action in DENIED_SHARING:
        assert not evaluate(principal, Request(action, "arn:aws:ec2:eu-west-1::snapshot/snap-1")).allowed, (
            action
        )
