"""``contexter-deploy set-image``: pin one workload's image to a digest in ``environments/<env>.yaml``.

The promotion workflow (``.github/workflows/promote.yml``) calls it with the digests the image
workflow built. It rewrites exactly the characters of that one ``image:`` value: comments,
order and every other byte of the file stay as they were, so the pull request shows a one-line
diff per workload. The result is validated with the ``Environment`` model before the file is
replaced (atomically); a bad digest or an unknown workload changes nothing.
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from contexter_deploy.facts.file_tree import read_tree, tree_documents
from contexter_deploy.ground.config import ENVIRONMENTS_DIR, ConfigError, ConfigIssue, load_environment
from contexter_deploy.ground.config.errors import MISSING
from contexter_deploy.ground.config.images import image_fields
from contexter_deploy.ground.config.loader import environment_file, load_environment_file
from contexter_deploy.ground.config.model import ImageReference

DIGEST = re.compile(r"sha256:[0-9a-f]{64}")
TAG = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}")
BUILD_TAG = re.compile(r"(?P<source>[0-9a-f]{40})-(?P<run>[0-9]+)-(?P<attempt>[0-9]+)")
"""Tags the image workflow pushes: ``<source commit>-<workflow run id>-<attempt>``. Every build gets
a tag of its own (ECR tags are immutable), so a re-run or a base-image rebuild of the same source
never collides; run IDs only grow, so they order builds."""


def build_order(image: str) -> tuple[int, int] | None:
    """(run ID, attempt) of an image the image workflow built, from its tag; None for other tags."""
    tag = ImageReference.parse(image).tag
    match = BUILD_TAG.fullmatch(tag or "")
    return (int(match["run"]), int(match["attempt"])) if match else None


@dataclass(frozen=True)
class ImageChange:
    """What ``set_image`` did to one file."""

    file: Path
    field: str
    line: int
    old: str
    new: str

    def render(self) -> str:
        file = _display(self.file)
        if self.old == self.new:
            return f"{file}:{self.line}: {self.field}: unchanged ({self.new})"
        return f"{file}:{self.line}: {self.field}: {self.old} -> {self.new}"


def set_image(
    environment: str,
    workload: str,
    digest: str,
    *,
    tag: str | None = None,
    directory: Path = ENVIRONMENTS_DIR,
    keep_newer: bool = False,
) -> ImageChange:
    """Pin ``workload``'s image in ``environment`` to ``digest`` (and ``tag``, when given).

    The repository stays the one the file names. Without ``tag`` the reference becomes
    ``repository@digest``: an old tag next to a new digest would name a different build.
    With ``keep_newer`` (every promotion but a rollback) the file is left as it is when it already
    pins a later build of the image workflow (``build_order``): promotions are not serialized, so an
    older release that reaches main after a newer one must not replace it.
    Raises ``ConfigError`` (and leaves the file untouched) for a bad digest, tag or workload,
    or when the rewritten file would not validate.
    """
    path = environment_file(environment, directory=directory)
    display = _display(path)
    fields = image_fields()
    if workload not in fields:
        raise ConfigError(
            display, [ConfigIssue("workload", workload, f"allowed: {', '.join(sorted(fields))}")]
        )
    field = fields[workload]
    if not DIGEST.fullmatch(digest):
        raise ConfigError(
            display, [ConfigIssue("digest", digest, "must be 'sha256:' followed by 64 lowercase hex digits")]
        )
    if tag is not None and not TAG.fullmatch(tag):
        raise ConfigError(
            display, [ConfigIssue("tag", tag, "must be a valid OCI tag: [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}")]
        )

    text = path.read_text(encoding="utf-8")
    node = _scalar(text, field.split("."), display)
    line = node.start_mark.line + 1
    old = str(node.value)
    repository = ImageReference.parse(old).repository
    new = f"{repository}:{tag}@{digest}" if tag else f"{repository}@{digest}"
    pinned, candidate = build_order(old), build_order(new)
    if keep_newer and pinned is not None and (candidate is None or candidate < pinned):
        return ImageChange(file=path, field=field, line=line, old=old, new=old)
    rendered = f"{node.style}{new}{node.style}" if node.style in ("'", '"') else new
    updated = text[: node.start_mark.index] + rendered + text[node.end_mark.index :]

    staged = path.with_name(f".{path.name}.set-image")
    staged.write_text(updated, encoding="utf-8")
    try:
        load_environment_file(staged, expected_name=environment)
    except ConfigError as error:
        staged.unlink()
        raise ConfigError(display, error.issues) from None
    staged.replace(path)
    return ImageChange(file=path, field=field, line=line, old=old, new=new)


def _display(path: Path) -> str:
    """``path`` relative to the working directory when it is below it, as the loader shows files."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _scalar(text: str, keys: list[str], path: str) -> yaml.ScalarNode:
    node: yaml.Node | None = yaml.compose(text, Loader=yaml.SafeLoader)
    for depth, key in enumerate(keys):
        child = None
        if isinstance(node, yaml.MappingNode):
            child = next((value for name, value in node.value if name.value == key), None)
        if child is None:
            raise ConfigError(path, [ConfigIssue(".".join(keys[: depth + 1]), MISSING, "required key")])
        node = child
    if not isinstance(node, yaml.ScalarNode):
        raise ConfigError(path, [ConfigIssue(".".join(keys), "not a string", "must be an image reference")])
    return node


POD_OWNERS = ("Rollout", "Deployment", "StatefulSet", "DaemonSet")
"""Kinds whose pods must all run the digest and be ready for an image to be live."""
RUN_LABEL = "contexter.io/backup-component"
"""CronJobs with this label (the backups themselves, every few minutes) must also have run the
digest successfully; the others (prune, verify) only carry it in their template."""


def live_targets(
    environment: str,
    workload: str,
    *,
    directory: Path = ENVIRONMENTS_DIR,
    dist: Path | None = None,
) -> list[dict[str, object]]:
    """Where ``workload``'s image runs in ``dist/<environment>``: what "the digest is live" checks.

    - ``{"kind": "pods", "namespace", "selector", "container"}``: every pod of a Rollout,
      Deployment, StatefulSet or DaemonSet with a container of that image;
    - ``{"kind": "cronjob", "namespace", "name", "container", "needs_run"}``: a CronJob with such a
      container; ``needs_run`` when a successful Job of the new template is required too.

    Read from the synthesized manifests (what Argo CD applies), so the backup image's CronJobs in
    ``contexter-data`` and ``vault`` are found wherever the charts put them.
    """
    fields = image_fields()
    if workload not in fields:
        raise ConfigError(
            environment, [ConfigIssue("workload", workload, f"allowed: {', '.join(sorted(fields))}")]
        )
    loaded = load_environment(environment, directory=directory)
    value: object = loaded
    for key in fields[workload].split("."):
        value = getattr(value, key)
    repository = ImageReference.parse(str(value)).repository
    root = (dist if dist is not None else directory.parent / "dist") / environment
    targets: list[dict[str, object]] = []
    synced = {path: text for path, text in read_tree(root).items() if not path.startswith("jobs/")}
    for document in tree_documents(synced):  # jobs/ holds the restores, applied by hand, never synced
        kind, metadata, spec = (
            document.get("kind"),
            document.get("metadata", {}),
            document.get("spec", {}),
        )
        if kind in POD_OWNERS:
            template = spec.get("template", {})
        elif kind == "CronJob":
            template = spec.get("jobTemplate", {}).get("spec", {}).get("template", {})
        else:
            continue
        for container in template.get("spec", {}).get("containers", []):
            if ImageReference.parse(container["image"]).repository != repository:
                continue
            target: dict[str, object] = {
                "namespace": metadata["namespace"],
                "container": container["name"],
            }
            if kind == "CronJob":
                target |= {
                    "kind": "cronjob",
                    "name": metadata["name"],
                    "needs_run": RUN_LABEL in metadata.get("labels", {}),
                }
            else:
                labels = spec["selector"]["matchLabels"]
                target |= {
                    "kind": "pods",
                    "selector": ",".join(f"{k}={v}" for k, v in sorted(labels.items())),
                }
            targets.append(target)
    if not targets:
        raise ConfigError(
            f"dist/{environment}",
            [ConfigIssue("workload", workload, f"no workload in dist/{environment} runs {repository}")],
        )
    return targets


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``set-image`` to the ``contexter-deploy`` command line."""
    parser = commands.add_parser(
        "set-image", help="pin a workload's image to a digest in environments/<env>.yaml (one-line change)"
    )
    parser.add_argument("--env", required=True, metavar="ENV", help="environment file to change")
    parser.add_argument(
        "--workload", required=True, choices=sorted(image_fields()), help="workload whose image to pin"
    )
    parser.add_argument("--digest", required=True, help="image digest, sha256:<64 hex>")
    parser.add_argument(
        "--tag", help="tag to keep next to the digest, e.g. the source commit (default: none)"
    )
    parser.add_argument(
        "--keep-newer",
        action="store_true",
        help="leave the file as it is when it pins a later build already (every promotion but a rollback)",
    )
    parser.add_argument("--environments-dir", type=Path, default=ENVIRONMENTS_DIR, help=argparse.SUPPRESS)
    parser.set_defaults(command=_run)

    targets = commands.add_parser(
        "live-targets",
        help="where a workload's image runs in dist/<env>, as JSON (the promotion's digest check)",
    )
    targets.add_argument("--env", required=True, metavar="ENV")
    targets.add_argument("--workload", required=True, choices=sorted(image_fields()))
    targets.add_argument("--environments-dir", type=Path, default=ENVIRONMENTS_DIR, help=argparse.SUPPRESS)
    targets.add_argument("--dist", type=Path, default=None, help=argparse.SUPPRESS)
    targets.set_defaults(
        command=lambda args: (
            print(
                json.dumps(
                    live_targets(args.env, args.workload, directory=args.environments_dir, dist=args.dist)
                )
            )
            or 0
        )
    )


def _run(args: argparse.Namespace) -> int:
    change = set_image(
        args.env,
        args.workload,
        args.digest,
        tag=args.tag,
        directory=args.environments_dir,
        keep_newer=args.keep_newer,
    )
    print(change.render())
    return 0
