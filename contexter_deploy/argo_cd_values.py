"""``contexter-deploy argo-cd-values``: the Helm values of the first ``helm install`` of Argo CD.

They are read from the committed ``dist/<env>/argocd/argo-cd.application.yaml``, the values the
``argo-cd`` Application keeps applying once Argo CD manages itself: one source, so the bootstrap
installs the same placement (the system nodes' toleration) that the Application later keeps.

    helm install argo-cd argo-cd --repo https://argoproj.github.io/argo-helm --version 9.2.3 \\
      --namespace argocd --create-namespace \\
      --values <(.venv/bin/contexter-deploy argo-cd-values --env prod)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from contexter_deploy.ground.config import ENVIRONMENT_NAMES
from contexter_deploy.ground.config.loader import REPO_ROOT

APPLICATION_FILE = "argocd/argo-cd.application.yaml"


class ValuesNotFound(Exception):
    """The committed Application is missing or has no Helm values."""


def argo_cd_values(environment: str, *, dist: Path) -> tuple[str, dict[str, object]]:
    """The chart version and the Helm values of ``dist/<environment>``'s ``argo-cd`` Application."""
    path = dist / environment / APPLICATION_FILE
    if not path.is_file():
        raise ValuesNotFound(f"{path} does not exist; run `make synth`")
    document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    source = (document.get("spec") or {}).get("source") or {}
    values = (source.get("helm") or {}).get("valuesObject")
    if not isinstance(values, dict):
        raise ValuesNotFound(f"{path}: spec.source.helm.valuesObject is missing")
    return str(source.get("targetRevision")), values


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``argo-cd-values`` to the ``contexter-deploy`` command line."""
    parser = commands.add_parser(
        "argo-cd-values", help="print the Helm values of Argo CD's first install (from dist/<env>)"
    )
    parser.add_argument("--env", required=True, choices=ENVIRONMENT_NAMES, help="environment")
    parser.add_argument("--dist", type=Path, default=REPO_ROOT / "dist", help="synthesized manifests")
    parser.set_defaults(command=_run)


def _run(args: argparse.Namespace) -> int:
    try:
        version, values = argo_cd_values(args.env, dist=args.dist)
    except ValuesNotFound as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    sys.stdout.write(f"# argo-cd chart {version}, from dist/{args.env}/{APPLICATION_FILE}\n")
    sys.stdout.write(yaml.safe_dump(values, sort_keys=True))
    return 0
