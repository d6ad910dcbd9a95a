"""Checks of GitHub Actions workflows, each returning findings (empty when the workflow complies).

They run on the real workflows (tests/workflows/test_workflows.py) and on broken copies, so each
one is shown to fail when it should.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")
VERSION_COMMENT = re.compile(r"#\s*v\d+(\.\d+){1,2}\b")
UNTRUSTED_EXPRESSION = re.compile(
    r"\$\{\{[^}]*\b(github\.event\.|inputs\.|github\.head_ref|steps\.[\w-]+\.outputs|needs\.)[^}]*\}\}"
)
UNTRUSTED_TRIGGERS = {"pull_request_target", "workflow_run"}
UNTRUSTED_REFS = re.compile(r"github\.event\.(pull_request|workflow_run)\.head|github\.head_ref")

Workflow = dict[str, Any]


def load(path: Path) -> Workflow:
    """Parse a workflow; PyYAML reads the key ``on`` as ``True``, which is put back."""
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(document, dict) or "jobs" not in document:
        raise ValueError(f"{path}: not a workflow (no jobs)")
    if True in document:
        document["on"] = document.pop(True)
    return document


def triggers(workflow: Workflow) -> set[str]:
    on = workflow["on"]
    return {on} if isinstance(on, str) else set(on)


def steps(workflow: Workflow) -> Iterator[tuple[str, dict[str, Any]]]:
    for name, job in workflow["jobs"].items():
        for step in job.get("steps", []):
            yield name, step


def uses_lines(text: str) -> Iterator[tuple[int, str, str]]:
    """(line number, action reference, rest of the line) for every ``uses:`` in the file's text."""
    for number, line in enumerate(text.splitlines(), start=1):
        match = re.match(r"^\s*(?:-\s+)?uses:\s*(\S+)(.*)$", line)
        if match:
            yield number, match.group(1), match.group(2)


def unpinned_actions(text: str) -> list[str]:
    """Third-party actions not pinned to a full commit SHA with the version in a comment."""
    findings = []
    for number, reference, rest in uses_lines(text):
        if reference.startswith("./"):
            continue
        if not PINNED.match(reference):
            findings.append(f"line {number}: {reference} is not pinned to a 40-hex commit SHA")
        elif not VERSION_COMMENT.search(rest):
            findings.append(f"line {number}: {reference} has no '# vX.Y.Z' comment")
    return findings


def permission_findings(workflow: Workflow, allowed_writes: dict[str, set[str]]) -> list[str]:
    """Top-level permissions must be empty or read-only; every job sets its own, writes only if allowed."""
    findings = []
    top = workflow.get("permissions")
    if top is None:
        findings.append("no top-level permissions")
    elif top not in ({}, "read-all") and any(value != "read" for value in top.values()):
        findings.append(f"top-level permissions grant writes: {top}")
    for name, job in workflow["jobs"].items():
        if "permissions" not in job:
            findings.append(f"job {name} does not set permissions")
            continue
        permissions = job["permissions"] or {}
        if isinstance(permissions, str):
            findings.append(f"job {name} uses the blanket permissions {permissions!r}")
            continue
        writes = {scope for scope, level in permissions.items() if level == "write"}
        if not writes <= allowed_writes.get(name, set()):
            findings.append(f"job {name} may write {sorted(writes - allowed_writes.get(name, set()))}")
    return findings


def checkout_findings(workflow: Workflow) -> list[str]:
    """Checkouts keep no credentials; under untrusted triggers they never fetch the contributor's code."""
    findings = []
    untrusted = triggers(workflow) & UNTRUSTED_TRIGGERS
    for job, step in steps(workflow):
        if not str(step.get("uses", "")).startswith("actions/checkout@"):
            continue
        options = step.get("with", {})
        if options.get("persist-credentials") is not False:
            findings.append(f"job {job}: checkout without persist-credentials: false")
        if untrusted and UNTRUSTED_REFS.search(str(options.get("ref", ""))):
            findings.append(f"job {job}: checks out untrusted code under {sorted(untrusted)}")
    return findings


def run_findings(workflow: Workflow) -> list[str]:
    """``run:`` scripts take outside values from ``env:`` only, and never see a secret directly."""
    findings = []
    for job, step in steps(workflow):
        script = str(step.get("run", ""))
        label = f"job {job}, step {step.get('name') or step.get('id') or script[:40]!r}"
        for match in UNTRUSTED_EXPRESSION.finditer(script):
            findings.append(f"{label}: {match.group(0)} is expanded into the script; pass it via env")
        if "secrets." in script:
            findings.append(f"{label}: a secret is expanded into the script")
        if re.search(r"\becho\b[^\n]*\$\{?\w*(TOKEN|SECRET|PASSWORD|PRIVATE_KEY)\w*", script):
            findings.append(f"{label}: echoes a credential")
    return findings


def limits_findings(workflow: Workflow) -> list[str]:
    """Every workflow has a concurrency group; every job that runs steps has a timeout."""
    findings = [] if "concurrency" in workflow else ["no concurrency group"]
    for name, job in workflow["jobs"].items():
        if "uses" not in job and "timeout-minutes" not in job:
            findings.append(f"job {name} has no timeout-minutes")
    return findings


PER_RUN = re.compile(r"github\.(run_id|sha)\b")


def concurrency_findings(workflow: Workflow) -> list[str]:
    """GitHub keeps one pending run per concurrency group and cancels older pending ones (no queue):
    a group shared by runs of releases, applies or approvals drops some. Groups are per run or per
    commit, except a pull request's own group, whose older runs are superseded by design."""
    findings = []
    group = str((workflow.get("concurrency") or {}).get("group", ""))
    if group and not PER_RUN.search(group):
        findings.append(f"concurrency group {group!r} is shared by runs")
    for name, job in workflow["jobs"].items():
        if "concurrency" in job:
            findings.append(f"job {name} has a concurrency group; its pending runs would be dropped")
    return findings


def shell_findings(workflow: Workflow) -> list[str]:
    """Every ``run:`` step runs under ``shell: bash`` (``-eo pipefail``): GitHub's default for a step
    without ``shell`` is ``bash -e``, where a failing command piped into another one passes."""
    findings = []
    if (workflow.get("defaults") or {}).get("run", {}).get("shell") != "bash":
        findings.append("no defaults.run.shell: bash")
    for job, step in steps(workflow):
        if "run" in step and step.get("shell", "bash") != "bash":
            findings.append(f"job {job}: a step runs with shell {step['shell']!r}")
    return findings


def secret_findings(workflow: Workflow) -> list[str]:
    """A job that reads a secret runs in a GitHub environment (whose deployment branches and
    reviewers then guard the secret); no personal access token is used."""
    findings = []
    for name, job in workflow["jobs"].items():
        text = repr(job)
        if "secrets." in text and "environment" not in job and "uses" not in job:
            findings.append(f"job {name} reads a secret outside any GitHub environment")
        for token in sorted(set(re.findall(r"secrets\.(\w*TOKEN\w*)", text))):
            findings.append(f"job {name} uses the token secret {token}; use a short-lived GitHub App token")
    return findings
