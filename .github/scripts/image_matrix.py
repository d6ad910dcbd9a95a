"""The images job's build matrix, from the triggering event (images.yml, job ``plan``).

Reads EVENT, INPUT_IMAGE, INPUT_REF, SOURCE and DEPLOY_SHA from the environment and prints
``matrix=<JSON>`` for ``$GITHUB_OUTPUT``. A ``service-released`` dispatch must name one image and
a full 40-hex commit: a branch name would build whatever that branch holds, signed with main's
identity (the build job also checks the commit is on the service repository's main).
``SOURCE=deployed`` rebuilds the commits prod runs (read from the tags in environments/prod.yaml)
so a base-image fix ships without a commit in a service repository.
"""

from __future__ import annotations

import json
import os
import re
import sys

from contexter_deploy.ground.config import load_environment
from contexter_deploy.ground.config.model import ImageReference
from contexter_deploy.promote import BUILD_TAG

CATALOG = {
    "api-gateway": {"dockerfile": "Dockerfiles/service.Dockerfile", "repository": "contexter/api-gateway"},
    "search": {"dockerfile": "Dockerfiles/service.Dockerfile", "repository": "contexter/search"},
    "ingestion": {"dockerfile": "Dockerfiles/service.Dockerfile", "repository": "contexter/ingestion"},
    "backup": {"dockerfile": "Dockerfiles/backup.Dockerfile", "repository": ""},
}
COMMIT = re.compile(r"[0-9a-f]{40}")


def deployed_commits() -> dict[str, str]:
    """Service -> the source commit of the image prod runs (from its ``<commit>-<run>-<attempt>`` tag)."""
    prod = load_environment("prod")
    commits = {}
    for name, service in prod.workloads.stateless().items():
        tag = ImageReference.parse(service.image).tag or ""
        match = BUILD_TAG.fullmatch(tag)
        if match is None:
            field = f"workloads.{name.replace('-', '_')}.image"
            raise SystemExit(
                f"environments/prod.yaml: {field}: tag {tag!r} names no source"
                " commit (expected <commit>-<run id>-<attempt>); rebuild it from main instead"
            )
        commits[name] = match["source"]
    return commits


def matrix(event: str, image: str, ref: str, source: str, deploy_sha: str) -> dict[str, list[dict[str, str]]]:
    if image != "all" and image not in CATALOG:
        raise SystemExit(f"unknown image {image!r}; allowed: all, {', '.join(CATALOG)}")
    if event == "repository_dispatch" and source != "deployed":
        if image == "all" or not COMMIT.fullmatch(ref):
            raise SystemExit(
                f"service-released must name one image and a 40-hex commit, got image={image!r} ref={ref!r}"
            )
        refs = {image: ref}
    elif event == "push":
        refs = {"backup": deploy_sha}  # Dockerfiles/ or backup/ changed; services rebuild on their release
    elif source == "deployed":
        refs = {**deployed_commits(), "backup": deploy_sha}
    elif source == "main":
        refs = {name: "main" for name in CATALOG}
    else:
        raise SystemExit(f"unknown source {source!r}; allowed: main, deployed")
    include = [
        {"image": name, **CATALOG[name], "ref": ref if CATALOG[name]["repository"] else deploy_sha}
        for name, ref in refs.items()
    ]
    return {"include": include}


def main() -> int:
    env = os.environ
    result = matrix(env["EVENT"], env["INPUT_IMAGE"], env["INPUT_REF"], env["SOURCE"], env["DEPLOY_SHA"])
    print("matrix=" + json.dumps(result, separators=(",", ":")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
