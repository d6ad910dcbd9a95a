"""charts/backup/: the environment the backup pods get is the one the backup tool reads.

The tool reads its settings from environment variables (``backup/src/contexter_backup/cli.py``);
a variable the chart passes under another name is silently ignored, and the tool falls back to a
default (or to no Pushgateway at all). The endpoints it is given come from
``contexter_deploy.ground.topology``,
the declaration the NetworkPolicies, Sidecars and ServiceEntries follow.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Iterator

from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.ground.topology import AWS_S3, PUSHGATEWAY
from contexter_deploy.validation.workload_checks import pod_template
from tests.conftest import REPO_ROOT

CLI = REPO_ROOT / "backup" / "src" / "contexter_backup" / "cli.py"
SDK_VARIABLES = frozenset({"AWS_REGION", "AWS_ENDPOINT_URL_S3"})
"""Read by the AWS SDK (boto3), not by the tool's own code."""
BACKUP_NAMES = frozenset({"backup", "vault-backup"})


def tool_variables() -> frozenset[str]:
    """Every environment variable the tool's command line reads (``NAME_FILE`` for secrets)."""
    source = CLI.read_text(encoding="utf-8")
    plain = set(re.findall(r'_env(?:_int|_flag)?\("([A-Z0-9_]+)"', source))
    secrets = set(re.findall(r'_secret\("([A-Z0-9_]+)"\)', source))
    return frozenset(plain | secrets | {f"{name}_FILE" for name in secrets})


def passed_variables(manifests: Iterable[Manifest]) -> Iterator[tuple[str, str, str]]:
    """(document, container, variable) for every variable a backup pod's containers get."""
    for manifest in manifests:
        template = pod_template(manifest)
        if (
            template is None
            or (template.get("metadata") or {}).get("labels", {}).get("app.kubernetes.io/name")
            not in BACKUP_NAMES
        ):
            continue
        spec = template.get("spec") or {}
        for container in [*(spec.get("initContainers") or []), *(spec.get("containers") or [])]:
            if "contexter-backup" not in " ".join(container.get("command") or []) and "backup" not in str(
                container.get("image", "")
            ):
                continue
            for variable in container.get("env") or []:
                yield manifest.ref, container["name"], variable["name"]


def unread(manifests: Iterable[Manifest]) -> list[str]:
    known = tool_variables() | SDK_VARIABLES
    return [
        f"{ref} {container}: {name}"
        for ref, container, name in passed_variables(manifests)
        if name not in known
    ]


def test_the_tool_reads_what_its_parser_declares() -> None:
    names = tool_variables()
    assert {"BACKUP_PUSHGATEWAY_URL", "BACKUP_BUCKET", "QDRANT_URL", "REDIS_PASSWORD_FILE"} <= names


def test_every_variable_the_backup_pods_get_is_read_by_the_tool(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    for name, documents in manifests.items():
        assert list(passed_variables(documents)), name
        assert unread(documents) == [], name


def test_fails_when_a_pod_passes_a_variable_the_tool_does_not_read(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    broken = []
    for manifest in manifests["prod"]:
        document = manifest.document
        if manifest.kind == "CronJob" and manifest.name == "redis-backup":
            document = copy.deepcopy(dict(document))
            container = document["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"][0]
            container["env"].append({"name": "BACKUP_PUSH_GATEWAY_URL", "value": "http://x:9091"})
        broken.append(Manifest(document))
    assert unread(broken) == ["CronJob contexter-data/redis-backup backup: BACKUP_PUSH_GATEWAY_URL"]


def test_the_endpoints_come_from_the_topology(manifests: dict[str, tuple[Manifest, ...]]) -> None:
    for documents in manifests.values():
        for manifest in documents:
            template = pod_template(manifest)
            labels = (template or {}).get("metadata", {}).get("labels", {})
            if labels.get("app.kubernetes.io/name") not in BACKUP_NAMES:
                continue
            env = {
                v["name"]: v.get("value")
                for c in (template or {})["spec"]["containers"]
                for v in c.get("env") or []
                if "backup" in c["name"]
            }
            if not env:
                continue
            assert env["BACKUP_PUSHGATEWAY_URL"] == PUSHGATEWAY.url("http"), manifest.ref
            region = env["AWS_REGION"]
            assert env["AWS_ENDPOINT_URL_S3"] == f"https://{AWS_S3.host.format(region=region)}", manifest.ref
