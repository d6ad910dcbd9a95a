"""Read ``environments/<name>.yaml`` into an ``Environment``, or fail with a message a human can act on."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from contexter_deploy.ground.config.errors import MISSING, ConfigError, ConfigIssue, RuleViolation
from contexter_deploy.ground.config.model import ENVIRONMENT_NAMES, Environment

M = TypeVar("M", bound=BaseModel)

REPO_ROOT = Path(__file__).resolve().parents[3]
ENVIRONMENTS_DIR = REPO_ROOT / "environments"


def environment_file(name: str, *, directory: Path = ENVIRONMENTS_DIR) -> Path:
    """Path of the file that describes environment ``name``; rejects names that are not environments."""
    if name not in ENVIRONMENT_NAMES:
        raise ConfigError(
            directory / f"{name}.yaml",
            [
                ConfigIssue(
                    "environment", name, f"unknown environment; allowed: {', '.join(ENVIRONMENT_NAMES)}"
                )
            ],
        )
    return directory / f"{name}.yaml"


def load_environment(name: str, *, directory: Path = ENVIRONMENTS_DIR) -> Environment:
    """Load and validate environment ``name`` from ``directory``.

    Raises ``ConfigError`` naming the file, the line, the field, the value and what is allowed.
    """
    return load_environment_file(environment_file(name, directory=directory), expected_name=name)


def load_environments(
    names: tuple[str, ...] = ENVIRONMENT_NAMES, *, directory: Path = ENVIRONMENTS_DIR
) -> list[Environment]:
    """Load several environments, in the order given."""
    return [load_environment(name, directory=directory) for name in names]


def load_environment_file(path: Path, *, expected_name: str | None = None) -> Environment:
    """Load and validate one environment file; its ``name`` must be ``expected_name`` when given."""
    return load_model_file(path, Environment, expected_name=expected_name)


def load_model_file(path: Path, model: type[M], *, expected_name: str | None = None) -> M:
    """Load ``path`` into ``model``, or raise ``ConfigError`` naming the file, line, field and value."""
    display = _display_path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(display, [ConfigIssue("file", str(path), "does not exist")]) from None
    try:
        data = yaml.safe_load(text)
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise ConfigError(
            display, [ConfigIssue("file", "invalid YAML", str(error).splitlines()[0], line)]
        ) from None
    if not isinstance(data, dict):
        raise ConfigError(display, [ConfigIssue("file", data, "must be a mapping of settings")])
    if expected_name is not None and data.get("name") != expected_name:
        issue = ConfigIssue(
            "name", data.get("name", MISSING), f"must be {expected_name!r}, the name of the file"
        )
        raise ConfigError(display, [replace(issue, line=_line(root, ["name"]))])
    try:
        return model.model_validate(data)
    except ValidationError as error:
        raise ConfigError(display, [_issue(detail, model, root) for detail in error.errors()]) from None


def _issue(detail: ErrorDetails, model: type[BaseModel], root: yaml.Node | None) -> ConfigIssue:
    location = [str(part) for part in detail["loc"]]
    value: Any = detail.get("input", MISSING)
    allowed = detail["msg"]
    error = (detail.get("ctx") or {}).get("error")
    if isinstance(error, RuleViolation):
        location += error.field.split(".")
        value, allowed = error.value, error.allowed
    elif detail["type"] == "extra_forbidden":
        allowed = f"unknown key; allowed keys here: {', '.join(_allowed_keys(model, location[:-1]))}"
    elif detail["type"] == "missing":
        value, allowed = MISSING, "required key"
    return ConfigIssue(".".join(location), value, allowed, _line(root, location))


def _allowed_keys(model: type[BaseModel], location: list[str]) -> list[str]:
    for part in location:
        annotation = model.model_fields[part].annotation
        if not (isinstance(annotation, type) and issubclass(annotation, BaseModel)):
            return []
        model = annotation
    return sorted(model.model_fields)


def _line(root: yaml.Node | None, location: list[str]) -> int | None:
    """Line (1-based) of the deepest node of ``location`` that exists in the file."""
    node, line = root, None
    for part in location:
        if not isinstance(node, yaml.MappingNode):
            break
        for key, child in node.value:
            if key.value == part:
                node, line = child, key.start_mark.line + 1
                break
        else:
            break
    return line


def _display_path(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)
