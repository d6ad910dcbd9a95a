"""Lint every IAM identity policy and permissions boundary of one environment with parliament, and
run cloudsplaining's privilege-escalation, data-exfiltration and permissions-management analysis
on each; every finding must be accepted, with its reason, next to the policy that causes it.

The accepted findings are declared where the policies are written: ``ACCEPTED_FINDINGS`` of
``infra.iam.workload_policies`` (the environment stack's roles) and of
``infra.bootstrap.deploy_policy_findings`` (beside ``deploy_policies``: the GitHub roles and the
boundary). A finding is keyed
``<tool>:<issue>`` or ``<tool>:<issue>:<action>``; a finding no key covers fails, and so does a key
that no longer matches anything (an explanation of nothing).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from contexter_deploy.validation.credentials import Stack


@dataclass(frozen=True)
class LintFinding:
    policy: str
    """``aws_iam_role_policy.pod_identities_backup_policy`` (stack and address)."""
    key: str
    """``parliament:RESOURCE_STAR`` or ``cloudsplaining:data-exfiltration:s3:GetObject``."""
    detail: str
    accepted: str | None
    """The reason it is accepted, or ``None``."""

    def render(self) -> str:
        return f"{self.policy}: {self.key}: {self.detail}"


def policies_of(name: str, cdktf_out: Path) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(label, kind, document) of every identity policy and boundary of environment ``name``:
    kind is ``workload`` (the environment stack's roles) or ``deploy`` (bootstrap)."""
    stack = Stack.load(cdktf_out / "stacks" / name / "cdk.tf.json")
    for logical_id, body in sorted(stack.of("aws_iam_role_policy").items()):
        yield f"{name}/aws_iam_role_policy.{logical_id}", "workload", stack.policy(body["policy"])
    bootstrap_path = cdktf_out / "stacks" / "bootstrap" / "cdk.tf.json"
    if bootstrap_path.is_file():
        bootstrap = Stack.load(bootstrap_path)
        for resource_type in ("aws_iam_role_policy", "aws_iam_policy"):
            for logical_id, body in sorted(bootstrap.of(resource_type).items()):
                if logical_id.startswith(f"{name}_"):
                    yield (
                        f"bootstrap/{resource_type}.{logical_id}",
                        "deploy",
                        bootstrap.policy(body["policy"]),
                    )


def _parliament(document: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    from parliament import analyze_policy_string

    for finding in analyze_policy_string(json.dumps(document)).findings:
        detail = finding.detail
        actions = (
            [item.get("action") for item in detail if isinstance(item, dict)]
            if isinstance(detail, list)
            else []
        )
        if actions:
            for action in sorted({a for a in actions if a}):
                yield f"parliament:{finding.issue}:{action}", str(finding.location or "")[:120]
        else:
            yield f"parliament:{finding.issue}", str(detail)[:160]


def _cloudsplaining(document: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    from cloudsplaining.scan.policy_document import PolicyDocument
    from cloudsplaining.shared.exclusions import DEFAULT_EXCLUSIONS

    analysed = PolicyDocument(dict(document), exclusions=DEFAULT_EXCLUSIONS)
    for escalation in analysed.allows_privilege_escalation:
        yield f"cloudsplaining:privilege-escalation:{escalation['type']}", ", ".join(escalation["actions"])
    for action in analysed.allows_data_exfiltration_actions:
        yield f"cloudsplaining:data-exfiltration:{action}", "allowed on every resource"
    for action in analysed.permissions_management_without_constraints:
        yield f"cloudsplaining:permissions-management:{action}", "allowed on every resource"


def lint(name: str, cdktf_out: Path, accepted: Mapping[str, Mapping[str, str]]) -> list[LintFinding]:
    """Every finding of both tools on every policy of ``name``; ``accepted`` maps a policy kind
    (``workload``, ``deploy``) to its accepted findings (key -> reason)."""
    findings: list[LintFinding] = []
    for label, kind, document in policies_of(name, cdktf_out):
        reasons = accepted.get(kind, {})
        for key, detail in (*_parliament(document), *_cloudsplaining(document)):
            reason = reasons.get(key) or reasons.get(key.rsplit(":", 1)[0] if key.count(":") > 1 else key)
            findings.append(LintFinding(label, key, detail, reason))
    return findings


def accepted_findings() -> dict[str, dict[str, str]]:
    """The accepted findings, read from the modules that write the policies."""
    from infra.bootstrap.deploy_policy_findings import ACCEPTED_FINDINGS as DEPLOY
    from infra.iam.workload_policies import ACCEPTED_FINDINGS as WORKLOAD

    return {"workload": dict(WORKLOAD), "deploy": dict(DEPLOY)}


def unexplained(findings: list[LintFinding]) -> list[LintFinding]:
    return [finding for finding in findings if finding.accepted is None]


def stale(findings: list[LintFinding], accepted: Mapping[str, Mapping[str, str]]) -> list[str]:
    """Accepted keys that match no finding of any policy: the explanation outlived its finding."""
    used = {finding.key for finding in findings} | {finding.key.rsplit(":", 1)[0] for finding in findings}
    return sorted(key for reasons in accepted.values() for key in reasons if key not in used)
