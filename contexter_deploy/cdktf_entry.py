"""Entry point of ``cdktf synth`` (see cdktf.json): every environment's stack.

``make synth`` calls ``contexter-deploy synth --target terraform`` instead, which writes the same
JSON but replaces ``cdktf.out`` only once every stack synthesized.
"""

from __future__ import annotations

import os
import sys

from contexter_deploy.ground.accounts import check_accounts
from contexter_deploy.ground.config import ConfigError, load_environments
from contexter_deploy.ground.config.shared import load_shared
from infra.app import build_app


def main() -> int:
    try:
        environments = load_environments()
        shared = load_shared()
        check_accounts(shared, environments)
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    build_app(environments, shared, outdir=os.environ.get("CDKTF_OUTDIR", "cdktf.out")).synth()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
