"""``contexter-deploy describe``: cloud coordinates for the CI/CD workflows, from one source.

The workflows never spell out an account ID, a region or a role ARN: they read them here, from
``environments/<env>.yaml``, ``environments/shared.yaml`` and ``contexter_deploy.ground.naming``, the
same sources both apps use. ``--format github`` prints ``key=value`` lines to append to
``$GITHUB_OUTPUT``.

- ``describe --shared``: the shared registry every environment pulls from, its region, and the
  role the image workflow pushes with (``contexter-github-images``, shared account).
- ``describe --env E``: the environment's account, region, cluster and the roles that exist in
  its account (``github-plan``, ``github-apply``, and ``github-promote`` only where
  ``performance_test.enabled``), plus the shared values above. ``--require KEY`` fails with the
  reason when the environment has no such value (e.g. no promote role).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from contexter_deploy.ground.accounts import check_accounts
from contexter_deploy.ground.config import (
    ENVIRONMENTS_DIR,
    ConfigError,
    ConfigIssue,
    Environment,
    load_environment,
)
from contexter_deploy.ground.config.errors import MISSING
from contexter_deploy.ground.config.model import ImageReference
from contexter_deploy.ground.config.shared import SHARED_FILE, Shared, load_shared
from contexter_deploy.ground.naming import (
    GITHUB_APPLY_ROLE,
    GITHUB_PLAN_ROLE,
    GITHUB_PROMOTE_ROLE,
    names_for,
    shared_names,
)

PROMOTE_KEYS: tuple[str, ...] = (
    "promote_role_arn",
    "performance_test_environment",
    "performance_test_runner",
)
"""Keys present only where ``performance_test.enabled``: the role the promotion's performance gate
assumes, the GitHub environment it must run in (the role trusts ``main`` there only), and the
``runs-on`` labels of its job (a JSON list)."""


def describe_shared(shared: Shared) -> dict[str, str]:
    """Where the image workflow pushes: the shared registry, its region and the push role."""
    names = shared_names(shared)
    return {
        "image_registry": names.registry,
        "image_registry_region": shared.region,
        "images_role_arn": names.images_role_arn,
    }


def describe(environment: Environment, shared: Shared) -> dict[str, str]:
    """The values the workflows need for ``environment``, as strings (JSON for lists and maps).

    Raises ``ConfigError`` when the environment breaks a rule between it and ``shared.yaml``
    (``check_accounts``) or pulls a service image from anywhere but the shared registry.
    """
    check_accounts(shared, [environment])
    names = names_for(environment)
    values = {
        "environment": environment.name,
        "account_id": environment.aws.account_id,
        "region": environment.aws.region,
        "cluster": names.cluster,
        "plan_role_arn": names.role_arn(GITHUB_PLAN_ROLE),
        "apply_role_arn": names.role_arn(GITHUB_APPLY_ROLE),
    }
    test = environment.performance_test
    if test.enabled:
        values["promote_role_arn"] = names.role_arn(GITHUB_PROMOTE_ROLE)
        values["performance_test_environment"] = names.performance_test_github_environment
        values["performance_test_runner"] = json.dumps(list(test.runner_labels), separators=(",", ":"))
    return {
        **values,
        **describe_shared(shared),
        "image_repositories": json.dumps(
            _service_repositories(environment, shared), sort_keys=True, separators=(",", ":")
        ),
        "gitops_revision": environment.gitops.target_revision,
    }


def _service_repositories(environment: Environment, shared: Shared) -> dict[str, str]:
    """Workload -> repository of each service image; each must be the one the image workflow pushes."""
    registry = shared_names(shared)
    repositories = {}
    issues = []
    for workload, service in environment.workloads.stateless().items():
        repository = ImageReference.parse(service.image).repository
        expected = registry.repository_url(workload)
        if repository != expected:
            field = f"workloads.{workload.replace('-', '_')}.image"
            issues.append(
                ConfigIssue(
                    field, service.image, f"must come from {expected}, where the image workflow pushes"
                )
            )
        repositories[workload] = repository
    if issues:
        raise ConfigError(f"environments/{environment.name}.yaml", issues)
    return repositories


def require(values: dict[str, str], keys: list[str], environment: Environment) -> None:
    """Raise ``ConfigError`` naming the setting that would provide each missing key of ``keys``."""
    missing = [key for key in keys if key not in values]
    if not missing:
        return
    issues = []
    for key in missing:
        if key in PROMOTE_KEYS:
            issues.append(
                ConfigIssue(
                    "performance_test.enabled",
                    environment.performance_test.enabled,
                    f"{key} exists only where performance testing is enabled",
                )
            )
        else:
            issues.append(ConfigIssue(key, MISSING, f"describe provides: {', '.join(values)}"))
    raise ConfigError(f"environments/{environment.name}.yaml", issues)


def render(values: dict[str, str], output_format: str) -> str:
    if output_format == "json":
        return json.dumps(values, indent=2, sort_keys=True) + "\n"
    return "".join(f"{key}={value}\n" for key, value in values.items())


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``describe`` to the ``contexter-deploy`` command line."""
    parser = commands.add_parser(
        "describe", help="print an environment's (or the shared) account, region, registry and CI role ARNs"
    )
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--env", metavar="ENV", help="environment to describe")
    target.add_argument(
        "--shared", action="store_true", help=f"only the shared registry and image role ({SHARED_FILE})"
    )
    parser.add_argument(
        "--require",
        action="append",
        default=[],
        metavar="KEY",
        help="fail, naming the setting, unless the environment has KEY (e.g. promote_role_arn)",
    )
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
    shared = load_shared(directory=args.environments_dir)
    if args.shared:
        values = describe_shared(shared)
        missing = [key for key in args.require if key not in values]
        if missing:
            raise ConfigError(
                f"environments/{SHARED_FILE}",
                [
                    ConfigIssue(key, MISSING, f"describe --shared provides: {', '.join(values)}")
                    for key in missing
                ],
            )
    else:
        environment = load_environment(args.env, directory=args.environments_dir)
        values = describe(environment, shared)
        require(values, args.require, environment)
    print(render(values, args.output_format), end="")
    return 0
