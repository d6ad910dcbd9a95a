"""A problem found in synthesized output, and the error that carries a list of them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Finding:
    """One problem with one resource (or with the relation between several)."""

    resource: str
    """Human reference such as ``Rollout contexter/api-gateway``."""
    check: str
    """Which check found it: ``schema``, ``invariant``, ``policy-graph`` ..."""
    message: str

    def render(self) -> str:
        return f"{self.resource}: {self.message} [{self.check}]"


class ValidationFailed(Exception):
    """Synthesized output failed validation; nothing was written."""

    def __init__(self, environment: str, findings: Sequence[Finding]) -> None:
        self.environment = environment
        self.findings = list(findings)
        lines = [f"{environment}: {len(self.findings)} validation error(s); dist/ was left untouched"]
        lines += [f"  {finding.render()}" for finding in sorted(self.findings)]
        super().__init__("\n".join(lines))
