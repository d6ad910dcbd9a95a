"""The fingerprint of what the Terraform JSON reads from the environment files.

Synthesizing ``cdktf.out`` loads the AWS provider bindings (about 30 s and 600 MB), yet most edits
of ``environments/<env>.yaml`` change only what the cluster runs (replicas, images, schedules).
``make synth`` therefore reruns the cdktf synth only when this fingerprint changes:

- ``--record -- <contexter-deploy arguments>`` runs the command (the cdktf synth) while recording
  every field of a config model that the code reads, as ``(model class, field)``, and writes that
  set to ``--fields``;
- without ``--record``, it loads every environment and hashes the value of each recorded field
  (of every instance of that model class, so a field is never missed because it moved), and
  rewrites ``--output`` only when the hash differs, so that make sees a change only then.

The program is deterministic, so while every recorded field keeps its value, the cdktf app takes
the same path, reads the same fields and writes the same JSON. A model read as a whole
(``model_dump``, iteration, comparison, ``repr``) counts as every field of its class read. With no
record yet (a fresh checkout), every field counts. ``environments/shared.yaml`` counts as a whole.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from pydantic_core import to_jsonable_python

from contexter_deploy.ground import accounts
from contexter_deploy.ground.config import ENVIRONMENT_NAMES, ConfigError, load_environment
from contexter_deploy.ground.config.loader import ENVIRONMENTS_DIR
from contexter_deploy.ground.config.shared import SHARED_FILE, load_shared

EVERY_FIELD = "*"
"""Recorded in place of a field name when a model was read as a whole."""

_WHOLE_MODEL_READS = frozenset(
    {
        "__dict__",
        "__getstate__",
        "__copy__",
        "__deepcopy__",
        "model_copy",
        "model_dump",
        "model_dump_json",
        "model_fields_set",
        "__pydantic_fields_set__",
    }
)

Fields = dict[str, frozenset[str]]
"""Model class (``module.QualName``) -> the names of the fields read (or ``EVERY_FIELD``)."""


def model_key(model: type[BaseModel]) -> str:
    return f"{model.__module__}.{model.__qualname__}"


@contextmanager
def recording() -> Iterator[dict[str, set[str]]]:
    """Record every field of a pydantic model read inside the block (see the module docstring).

    Reads while a model validates itself, and by ``accounts.check_accounts``, are not recorded:
    they decide whether the input is accepted, not what the JSON holds, and ``main`` runs both
    on every fingerprint, so a rejected edit is still reported.
    """
    read: dict[str, set[str]] = {}
    paused = 0

    def getattribute(self: BaseModel, name: str) -> Any:
        cls = type(self)
        if paused:
            pass
        elif name in cls.__pydantic_fields__:
            read.setdefault(model_key(cls), set()).add(name)
        elif name in _WHOLE_MODEL_READS:
            read.setdefault(model_key(cls), set()).add(EVERY_FIELD)
        return object.__getattribute__(self, name)

    def unrecorded(function: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            nonlocal paused
            paused += 1
            try:
                return function(*args, **kwargs)
            finally:
                paused -= 1

        return call

    validate = BaseModel.__dict__["model_validate"]
    check_accounts = accounts.check_accounts
    BaseModel.__getattribute__ = getattribute  # type: ignore[method-assign,assignment]
    BaseModel.model_validate = classmethod(unrecorded(validate.__func__))  # type: ignore[method-assign,assignment]
    accounts.check_accounts = unrecorded(check_accounts)
    try:
        yield read
    finally:
        del BaseModel.__getattribute__
        BaseModel.model_validate = validate  # type: ignore[method-assign]
        accounts.check_accounts = check_accounts


def project(value: Any, fields: Mapping[str, frozenset[str]] | None) -> Any:
    """The JSON-able part of ``value`` made of recorded fields; every field when ``fields`` is ``None``."""
    if isinstance(value, BaseModel):
        cls = type(value)
        wanted = None if fields is None else fields.get(model_key(cls), frozenset())
        return {
            name: project(getattr(value, name), fields)
            for name in cls.__pydantic_fields__
            if wanted is None or EVERY_FIELD in wanted or name in wanted
        }
    if isinstance(value, Mapping):
        return {str(key): project(item, fields) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [project(item, fields) for item in value]
    if isinstance(value, set | frozenset):
        return sorted((project(item, fields) for item in value), key=json.dumps)
    return to_jsonable_python(value)


def fingerprint(
    fields: Mapping[str, frozenset[str]] | None,
    *,
    directory: Path = ENVIRONMENTS_DIR,
    names: Sequence[str] = ENVIRONMENT_NAMES,
) -> str:
    """SHA-256 over the recorded fields of every environment, and ``shared.yaml`` byte for byte.

    Raises ``ConfigError`` for what the cdktf synth would reject (``accounts.check_accounts``).
    """
    digest = hashlib.sha256()
    environments = [load_environment(name, directory=directory) for name in names]
    accounts.check_accounts(load_shared(directory=directory), environments)
    projection = {environment.name: project(environment, fields) for environment in environments}
    digest.update(json.dumps(projection, sort_keys=True, default=str).encode())
    shared = directory / Path(SHARED_FILE).name
    digest.update(shared.read_bytes() if shared.is_file() else b"")
    recorded = None if fields is None else {key: sorted(names) for key, names in fields.items()}
    digest.update(json.dumps(recorded, sort_keys=True).encode())
    return digest.hexdigest()


def read_fields(path: Path) -> Fields | None:
    """The recorded fields, or ``None`` (every field counts) when there is no record."""
    if not path.is_file():
        return None
    return {key: frozenset(names) for key, names in json.loads(path.read_text(encoding="utf-8")).items()}


def write_if_changed(path: Path, content: str) -> bool:
    """Write ``content`` to ``path`` unless it already holds exactly that; whether it was written."""
    if path.is_file() and path.read_text(encoding="utf-8") == content:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    return True


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m contexter_deploy.fingerprint", description=__doc__)
    parser.add_argument("--fields", type=Path, required=True, help="the recorded fields (JSON)")
    parser.add_argument("--output", type=Path, required=True, help="the fingerprint, rewritten on change")
    parser.add_argument("--environments-dir", type=Path, default=ENVIRONMENTS_DIR)
    parser.add_argument("--record", action="store_true", help="run the contexter-deploy command after --")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- contexter-deploy arguments")
    args = parser.parse_args(argv)
    try:
        if args.record:
            from contexter_deploy.cli import main as cli_main

            command = args.command[1:] if args.command[:1] == ["--"] else args.command
            with recording() as read:
                status = cli_main(command)
            if status != 0:
                return status
            fields: Fields | None = {key: frozenset(names) for key, names in read.items()}
            write_if_changed(
                args.fields, json.dumps({k: sorted(v) for k, v in sorted(read.items())}, indent=1) + "\n"
            )
        else:
            fields = read_fields(args.fields)
        value = fingerprint(fields, directory=args.environments_dir)
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if write_if_changed(args.output, value + "\n"):
        print(f"terraform: the infrastructure inputs changed ({args.output})")
    elif not args.record:
        print("terraform: no infrastructure input changed; the Terraform JSON stays as it is")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
