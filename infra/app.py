"""Build the cdktf app: one stack per environment."""

from __future__ import annotations

from collections.abc import Sequence

from cdktf import App

from contexter_deploy.config import Environment
from infra.stacks.environment_stack import EnvironmentStack


def build_app(environments: Sequence[Environment], *, outdir: str) -> App:
    """A cdktf ``App`` with one stack per environment, named after it (``cdktf.out/stacks/prod``)."""
    app = App(outdir=outdir)
    for environment in environments:
        EnvironmentStack(app, environment.name, environment=environment)
    return app
