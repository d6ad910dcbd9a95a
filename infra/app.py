"""Build the cdktf app: the shared bootstrap stack and one stack per environment."""

from __future__ import annotations

from collections.abc import Sequence

from cdktf import App

from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.config.shared import Shared
from infra.stacks.bootstrap_stack import BootstrapStack
from infra.stacks.environment_stack import EnvironmentStack

BOOTSTRAP_STACK = "bootstrap"


def build_app(environments: Sequence[Environment], shared: Shared, *, outdir: str) -> App:
    """A cdktf ``App`` with one stack per environment, named after it (``cdktf.out/stacks/prod``),
    and the shared ``bootstrap`` stack (state bucket, ECR, GitHub OIDC deploy roles)."""
    app = App(outdir=outdir)
    BootstrapStack(app, BOOTSTRAP_STACK, shared=shared, environments=environments)
    for environment in environments:
        EnvironmentStack(app, environment.name, environment=environment, shared=shared)
    return app
