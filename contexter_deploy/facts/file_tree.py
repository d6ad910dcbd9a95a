"""Render documents to YAML files and replace output directories atomically.

A synth writes every target directory into a staging folder next to it and swaps it into
place only after everything was written; if anything fails, the previous output is left
byte-for-byte as it was. Files of removed resources disappear with the old directory.
"""

from __future__ import annotations

import difflib
import json
import shutil
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from contexter_deploy.facts.manifests import Manifest

FileTree = dict[str, str]
"""Relative POSIX path -> file content."""


class _Dumper(yaml.CSafeDumper):
    """Safe dumper that writes multi-line strings (PromQL, dashboards, scripts) as ``|`` blocks."""


def _represent_str(dumper: _Dumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def to_yaml(document: Any) -> str:
    """Serialize one document deterministically, keeping the key order cdk8s produced."""
    return yaml.dump(document, Dumper=_Dumper, sort_keys=False, default_flow_style=False, width=120)


def _is_json(value: Any) -> bool:
    if isinstance(value, dict):
        return all(isinstance(key, str) and _is_json(item) for key, item in value.items())
    if isinstance(value, list):
        return all(_is_json(item) for item in value)
    return value is None or isinstance(value, str | int | float)


_RENDERED: dict[str, str] = {}
"""YAML per document (as JSON, in key order): the environments share many documents byte for byte."""


def _to_yaml_once(document: Any) -> str:
    """``to_yaml``, once per distinct JSON document; anything else (a non-string key) every time."""
    if not _is_json(document):
        return to_yaml(document)
    key = json.dumps(document)
    if key not in _RENDERED:
        _RENDERED[key] = to_yaml(document)
    return _RENDERED[key]


def render_tree(manifests: Iterable[Manifest], *, header: str) -> FileTree:
    """One file per document, at ``Manifest.path``; raises if two documents claim one path."""
    tree: FileTree = {}
    owners: dict[str, str] = {}
    for manifest in manifests:
        path = manifest.path
        if path in tree:
            raise ValueError(f"{manifest.ref} and {owners[path]} would both be written to {path}")
        owners[path] = manifest.ref
        tree[path] = f"{header}\n{_to_yaml_once(dict(manifest.document))}"
    return dict(sorted(tree.items()))


def read_tree(root: Path) -> FileTree:
    """Every regular file under ``root``, keyed by relative POSIX path; empty if ``root`` is absent."""
    if not root.is_dir():
        return {}
    return {
        path.relative_to(root).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def tree_documents(files: Mapping[str, str]) -> list[dict[str, Any]]:
    """Every YAML document of a file tree (``read_tree``), in path order; comments and empty
    documents dropped. The C loader: the same types as ``yaml.safe_load``, ten times faster."""
    return [
        document
        for _, text in sorted(files.items())
        for document in yaml.load_all(text, Loader=yaml.CSafeLoader)
        if isinstance(document, dict)
    ]


@dataclass(frozen=True)
class TreeDiff:
    """Which files a new tree adds, removes and changes relative to an old one."""

    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    old: FileTree = field(default_factory=dict, repr=False)
    new: FileTree = field(default_factory=dict, repr=False)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)

    def summary(self) -> str:
        if self.empty:
            return "unchanged"
        return f"{len(self.added)} added, {len(self.changed)} changed, {len(self.removed)} removed"

    def unified(self, *, old_label: str, new_label: str) -> str:
        """A unified diff of every differing file, as ``git diff`` would show it."""
        chunks: list[str] = []
        for path in sorted((*self.added, *self.removed, *self.changed)):
            chunks.extend(
                difflib.unified_diff(
                    self.old.get(path, "").splitlines(keepends=True),
                    self.new.get(path, "").splitlines(keepends=True),
                    fromfile=f"{old_label}/{path}" if path in self.old else "/dev/null",
                    tofile=f"{new_label}/{path}" if path in self.new else "/dev/null",
                )
            )
        return "".join(chunks)


def diff_trees(old: Mapping[str, str], new: Mapping[str, str]) -> TreeDiff:
    """Compare two file trees."""
    return TreeDiff(
        added=tuple(sorted(new.keys() - old.keys())),
        removed=tuple(sorted(old.keys() - new.keys())),
        changed=tuple(sorted(path for path in old.keys() & new.keys() if old[path] != new[path])),
        old=dict(old),
        new=dict(new),
    )


def replace_directories(targets: Mapping[Path, FileTree]) -> dict[Path, TreeDiff]:
    """Make each target directory contain exactly its file tree, all or nothing.

    Every tree is first written to a staging folder beside its target (same filesystem,
    so the final ``rename`` is atomic). Only when all of them are written are the targets
    swapped in; a failure during the swap puts back the targets already swapped.
    Targets whose content is unchanged are not touched at all.
    """
    token = uuid.uuid4().hex[:12]
    diffs = {target: diff_trees(read_tree(target), tree) for target, tree in targets.items()}
    changed = [target for target, diff in diffs.items() if not diff.empty]
    staged: dict[Path, Path] = {}
    swapped: list[tuple[Path, Path | None]] = []
    try:
        for target in changed:
            staging = target.parent / f".staging-{token}-{target.name}"
            _write_tree(staging, targets[target])
            staged[target] = staging
        for target, staging in staged.items():
            previous = target.parent / f".previous-{token}-{target.name}" if target.exists() else None
            if previous is not None:
                target.rename(previous)
            swapped.append((target, previous))
            staging.rename(target)
    except BaseException:
        for target, previous in reversed(swapped):
            if target.exists():
                shutil.rmtree(target)
            if previous is not None:
                previous.rename(target)
        raise
    finally:
        for staging in staged.values():
            shutil.rmtree(staging, ignore_errors=True)
    for _, previous in swapped:
        if previous is not None:
            shutil.rmtree(previous, ignore_errors=True)
    return diffs


def replace_files(root: Path, tree: FileTree, *, owned: Callable[[str], bool]) -> TreeDiff:
    """Make the ``owned`` files under ``root`` exactly ``tree``, leaving every other file alone.

    For output folders that other tools write into too (``terraform init`` puts ``.terraform/``
    beside each stack's JSON). Every file is first written beside its target and then renamed
    over it, so no file is ever half-written; stale owned files are removed last.
    """
    old = {path: content for path, content in read_tree(root).items() if owned(path)}
    diff = diff_trees(old, tree)
    token = uuid.uuid4().hex[:12]
    pending: list[tuple[Path, Path]] = []
    try:
        for relative in (*diff.added, *diff.changed):
            target = root / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            temporary = target.with_name(f".{target.name}.{token}")
            temporary.write_text(tree[relative], encoding="utf-8", newline="\n")
            pending.append((temporary, target))
    except BaseException:
        for temporary, _ in pending:
            temporary.unlink(missing_ok=True)
        raise
    for temporary, target in pending:
        temporary.replace(target)
    for relative in diff.removed:
        (root / relative).unlink()
    return diff


def _write_tree(root: Path, tree: FileTree) -> None:
    root.mkdir(parents=True)
    for relative, content in tree.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8", newline="\n")
