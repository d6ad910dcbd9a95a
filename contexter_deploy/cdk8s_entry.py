"""Entry point of ``npx cdk8s synth`` (see cdk8s.yaml): synthesize every environment.

The cdk8s CLI empties its output folder before it runs the app, so cdk8s.yaml points it at the
scratch folder ``.cdk8s.out``. This entry writes ``dist/<env>`` exactly as ``make synth`` does
(validated, all or nothing) and mirrors the result into the CLI's folder, so the CLI lists the
manifests and runs its validation plugins on them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from contexter_deploy.cli import main as cli_main
from contexter_deploy.facts.file_tree import read_tree, replace_directories
from contexter_deploy.kubernetes_synth import DIST_DIR


def main() -> int:
    status = cli_main(["synth", "--target", "kubernetes"])
    outdir = os.environ.get("CDK8S_OUTDIR")
    if status == 0 and outdir and Path(outdir).resolve() != DIST_DIR.resolve():
        replace_directories({Path(outdir): read_tree(DIST_DIR)})
    return status


if __name__ == "__main__":
    sys.exit(main())
