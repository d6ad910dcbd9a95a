"""``contexter-deploy describe``: one environment's cloud coordinates, for the CI/CD workflows.

The workflows never spell out an account ID, a region or a role ARN: they read them here, from
``environments/<env>.yaml`` and ``contexter_deploy.naming``, the same source both apps use.
``--format github`` prints ``key=value`` lines to append to ``$GITHUB_OUTPUT``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from contexter_deploy.config import ENVIRONMENTS_DIR, ConfigError, ConfigIssue, Environment, load_environment
from contexter_deploy.config.model import ImageReference
from contexter_deploy.naming import names_for

GITHUB_ROLES = {
    "plan_role_arn": "github-plan",
    "apply_role_arn": "github-apply",
    "images_role_arn": "github-images",
    "promote_role_arn": "github-promote",
}
"""Output key -> IAM role (``contexter-<env>-<role>``) that GitHub Actions assumes through OIDC.

- ``github-plan``: read-only, for ``terraform plan`` on pull requests;
- ``github-apply``: ``terraform apply`` on main, only from the GitHub environment ``<env>``;
- ``github-images``: push to the environment's ECR repositories (the image workflow);
- ``github-promote``: read the EKS cluster to run the performance check (the promotion workflow).
"""


def describe(environment: Environment) -> dict[str, str]:
    """The values the workflows need, as strings (``image_repositories`` is a JSON object)."""
    names = names_for(environment)
    repositories = {
        workload: ImageReference.parse(service.image).repository
        for workload, service in environment.workloads.stateless().items()
    }
    return {
        "environment": environment.name,
        "account_id": environment.aws.account_id,
        "region": environment.aws.region,
        "cluster": names.cluster,
        "registry": names.registry,
        **{key: names.role_arn(role) for key, role in GITHUB_ROLES.items()},
        "image_registry": _one_registry(environment, repositories),
        "image_repositories": json.dumps(repositories, sort_keys=True, separators=(",", ":")),
        "gitops_revision": environment.gitops.target_revision,
    }


def _one_registry(environment: Environment, repositories: dict[str, str]) -> str:
    hosts = {repository.split("/", 1)[0] for repository in repositories.values()}
    if len(hosts) != 1:
        raise ConfigError(
            f"environments/{environment.name}.yaml",
            [ConfigIssue("workloads.*.image", sorted(hosts), "the service images must share one registry")],
        )
    return hosts.pop()


def render(values: dict[str, str], output_format: str) -> str:
    if output_format == "json":
        return json.dumps(values, indent=2, sort_keys=True) + "\n"
    return "".join(f"{key}={value}\n" for key, value in values.items())


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``describe`` to the ``contexter-deploy`` command line."""
    parser = commands.add_parser(
        "describe", help="print an environment's account, region, cluster, registry and CI role ARNs"
    )
    parser.add_argument("--env", required=True, metavar="ENV", help="environment to describe")
    parser.add_argument(
        "--format",
        dest="output_format",
        choices=("json", "github"),
        default="json",
        help="json (default) or github: key=value lines for $GITHUB_OUTPUT",
    )
    parser.add_argument("--environments-dir", type=Path, default=ENVIRONMENTS_DIR, help=argparse.SUPPRESS)
    parser.set_defaults(command=_run)


def _run(args: argparse.Namespace) -> int:
    environment = load_environment(args.env, directory=args.environments_dir)
    print(render(describe(environment), args.output_format), end="")
    return 0
