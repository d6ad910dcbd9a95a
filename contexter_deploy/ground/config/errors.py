"""Errors for bad environment files: each names the file, the field, the value and what is allowed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any


class RuleViolation(ValueError):
    """Raised by a model validator for a rule on one field.

    ``field`` is relative to the model that raised it; the loader prefixes the
    model's own location, so the message points at the exact key in the file.
    """

    def __init__(self, field: str, value: Any, allowed: str) -> None:
        super().__init__(f"{field}={value!r}: {allowed}")
        self.field = field
        self.value = value
        self.allowed = allowed


@dataclass(frozen=True)
class ConfigIssue:
    """One problem in one field of an environment file."""

    field: str
    value: Any
    allowed: str
    line: int | None = None

    def render(self, file: Path | str) -> str:
        location = f"{file}:{self.line}" if self.line else str(file)
        return f"{location}: {self.field}: {_show(self.value)}: {self.allowed}"


class ConfigError(Exception):
    """An environment file, or the name of one, is not acceptable. The message is for humans."""

    def __init__(self, file: Path | str, issues: list[ConfigIssue]) -> None:
        self.file = file
        self.issues = issues
        super().__init__("\n".join(issue.render(file) for issue in issues))


def _show(value: Any) -> str:
    if value is _MISSING:
        return "missing"
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


class _Missing:
    def __repr__(self) -> str:
        return "missing"


_MISSING: Any = _Missing()
MISSING: Any = _MISSING
"""Marks a required key that is absent from the file."""
