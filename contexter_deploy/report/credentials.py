"""Credentials: every AWS call the platform's software makes, evaluated as IAM would.

For each pod that calls AWS (the backup Jobs per subcommand, Velero, Karpenter, the EBS CSI
driver, cert-manager, Vault's auto-unseal): its ServiceAccount in ``dist`` -> the Pod Identity
association -> the role's trust policy (``sts:AssumeRole`` and ``sts:TagSession`` with the session
tags EKS sets) -> its policies and permissions boundary -> each call -> the bucket policy and the
KMS key policy, with the encryption context S3 sends (the bucket ARN under S3 Bucket Keys). Then
S3 replication to the DR region and its failure alarm, the services that launch nodes with the EBS
key, every client's uploads against the bucket policies (the Terraform backend and its lock file
included), and the CI apply role against each resource type of the stack, tag-on-create included,
with the escalations it must be refused. Last, parliament and cloudsplaining on every policy:
each finding must be accepted next to its policy, with the reason.

A row passes when every call is allowed (and every escalation refused); a failing row names the
first denied calls and the link that denied them (``contexter_deploy.validation.credentials``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from contexter_deploy.report.result import Row, Status
from contexter_deploy.validation.credentials import Chain, all_chains

FIGURE = "credentials"
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("pods calling AWS", (" as ",)),
    ("S3 replication", ("S3 replication",)),
    ("node launches with the EBS key", ("launching with the EBS key", "EBS key")),
    ("uploads vs bucket policies", ("-> bucket policy",)),
    ("CI apply role", ("CI apply role", "aws_iam_role.", "aws_eks_cluster.")),
)


def _group(chain: Chain) -> str:
    for name, markers in GROUPS:
        if any(marker in chain.workload for marker in markers):
            return name
    return "other"


def credential_rows(environment: str, *, dist: Path, cdktf_out: Path) -> list[Row]:
    """One row per group of chains, and one for the IAM lint."""
    stack = cdktf_out / "stacks" / environment / "cdk.tf.json"
    if not stack.is_file():
        return [
            Row(
                FIGURE,
                "credential chains",
                "not computable",
                "every call allowed",
                Status.FAIL,
                details=(f"no {stack} found",),
            )
        ]
    bootstrap = cdktf_out / "stacks" / "bootstrap" / "cdk.tf.json"
    if not bootstrap.is_file():
        # A partial tree (a hand-built fixture of other figures): say so, never pass silently.
        return [
            Row(
                FIGURE,
                "credential chains",
                "not evaluated",
                "every call allowed",
                Status.INFO,
                details=(f"no {bootstrap}: the CI roles and the boundary live in the bootstrap stack",),
            )
        ]
    chains = all_chains(environment, dist=dist, cdktf_out=cdktf_out)
    rows: list[Row] = []
    for name, _ in GROUPS:
        group: Sequence[Chain] = [chain for chain in chains if _group(chain) == name]
        denied = [chain for chain in group if not chain.decision.allowed]
        rows.append(
            Row(
                FIGURE,
                name,
                f"{len(group) - len(denied)} of {len(group)} allowed",
                "every call allowed",
                Status.FAIL if denied or not group else Status.PASS,
                derived_from=tuple(sorted({chain.workload.split(" (")[0] for chain in group}))[:8],
                details=tuple(chain.render() for chain in denied[:5])
                or (() if group else ("no chain found",)),
            )
        )
    from contexter_deploy.validation import iam_lint

    findings = iam_lint.lint(environment, cdktf_out, iam_lint.accepted_findings())
    unexplained = iam_lint.unexplained(findings)
    rows.append(
        Row(
            FIGURE,
            "IAM lint (parliament, cloudsplaining)",
            f"{len(findings)} findings, {len(unexplained)} unexplained",
            "0 unexplained",
            Status.FAIL if unexplained else Status.PASS,
            details=tuple(finding.render() for finding in unexplained[:5]),
        )
    )
    return rows
