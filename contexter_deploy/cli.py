"""``contexter-deploy``: synthesize, validate and diff the deployment configuration.

Exit codes: 0 success; 1 validation failed or (for ``diff``) the output would change;
2 a configuration or usage error. Errors are one readable message, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from contexter_deploy import argo_cd_values, describe, promote
from contexter_deploy.facts.file_tree import diff_trees, tree_documents
from contexter_deploy.facts.manifests import Manifest, count_kinds
from contexter_deploy.ground.config import ENVIRONMENT_NAMES, ConfigError, load_environment
from contexter_deploy.ground.config.loader import REPO_ROOT
from contexter_deploy.ground.naming import cost_allocation_tags
from contexter_deploy.kubernetes_synth import (
    DIST_DIR,
    Paths,
    Synthesized,
    build_manifests,
    committed_files,
    synthesize_all,
    validate_manifests,
    write,
)
from contexter_deploy.validation import ValidationFailed, connections, cost_tags, immutable_fields
from contexter_deploy.validation.helm_values import DEFAULT_HELM_CHARTS

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
CDKTF_OUT = REPO_ROOT / "cdktf.out"
READINESS_DOCS = REPO_ROOT / "docs" / "readiness"


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``contexter-deploy`` console script."""
    os.environ.setdefault("JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION", "1")
    os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
    parser = _parser()
    args = parser.parse_args(argv)
    command: Callable[[argparse.Namespace], int] = args.command
    try:
        return command(args)
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except ValidationFailed as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_FAILED


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="contexter-deploy", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    synth = commands.add_parser("synth", help="synthesize dist/<env>/ (and the Terraform JSON)")
    _common(synth)
    synth.add_argument(
        "--target",
        choices=("kubernetes", "terraform", "all"),
        default="all",
        help="kubernetes: dist/<env>/; terraform: cdktf.out/ (loads the AWS provider, ~15 s); default: all",
    )
    synth.add_argument(
        "--cdktf-out", type=Path, default=None, help="Terraform JSON output (default: cdktf.out)"
    )
    synth.add_argument(
        "--accept-immutable-changes",
        action="store_true",
        help="write changes to immutable fields (after doing the migration the error names)",
    )
    synth.set_defaults(command=_synth)

    validate = commands.add_parser(
        "validate", help="validate the committed dist/<env>/ and check it is up to date"
    )
    _common(validate)
    validate.add_argument(
        "--cdktf-out", type=Path, default=CDKTF_OUT, help="Terraform JSON for the readiness report"
    )
    validate.add_argument(
        "--skip-report", action="store_true", help="validate only; do not run the readiness report"
    )
    validate.add_argument(
        "--helm-charts",
        type=Path,
        default=DEFAULT_HELM_CHARTS,
        help="pinned add-on charts (default: ../shared)",
    )
    validate.set_defaults(command=_validate)

    diff = commands.add_parser(
        "diff", help="show what a fresh synth would change in dist/<env>/; exit 1 if anything"
    )
    _common(diff)
    diff.add_argument("--stat", action="store_true", help="list changed files only")
    diff.set_defaults(command=_diff)

    report = commands.add_parser(
        "report", help="compute every readiness target from dist/<env> and the Terraform JSON"
    )
    _report_arguments(report)
    report.add_argument("--format", choices=("table", "json", "markdown"), default="table")
    report.add_argument(
        "--write-docs",
        action="store_true",
        help="write docs/readiness/<env>.md for every environment and the cost chart",
    )
    report.add_argument("--docs-dir", type=Path, default=READINESS_DOCS, help=argparse.SUPPRESS)
    report.set_defaults(command=_report)

    graph = commands.add_parser(
        "graph", help="render who may call whom in one environment, as both policy layers allow it"
    )
    graph.add_argument("--env", required=True, choices=ENVIRONMENT_NAMES, help="environment to render")
    graph.add_argument(
        "--format",
        choices=("markdown", "mermaid", "table"),
        default="markdown",
        help="markdown: the docs/security/graph-<env>.md page (diagram and tables); default: markdown",
    )
    graph.add_argument("--environments-dir", type=Path, default=Paths().environments, help=argparse.SUPPRESS)
    graph.set_defaults(command=_graph)

    dashboards = commands.add_parser(
        "dashboards", help="draw the Grafana dashboards' layout as SVG pictures (docs/dashboards/)"
    )
    dashboards.add_argument(
        "--render", type=Path, required=True, metavar="DIR", help="folder for <dashboard uid>.svg"
    )
    dashboards.add_argument(
        "--env",
        dest="environment",
        default="prod",
        choices=ENVIRONMENT_NAMES,
        help="environment whose thresholds are drawn (default: prod)",
    )
    dashboards.add_argument(
        "--environments-dir", type=Path, default=Paths().environments, help=argparse.SUPPRESS
    )
    dashboards.set_defaults(command=_dashboards)

    promote.register(commands)
    describe.register(commands)
    argo_cd_values.register(commands)
    return parser


def _report_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--env",
        dest="environments",
        action="append",
        metavar="ENV",
        help=f"environment, repeatable (default: all of {', '.join(ENVIRONMENT_NAMES)})",
    )
    parser.add_argument("--dist", type=Path, default=DIST_DIR, help="synthesized manifests (default: dist)")
    parser.add_argument(
        "--cdktf-out", type=Path, default=CDKTF_OUT, help="Terraform JSON (default: cdktf.out)"
    )


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--env",
        dest="environments",
        action="append",
        metavar="ENV",
        help=f"environment to process, repeatable (default: all of {', '.join(ENVIRONMENT_NAMES)})",
    )
    defaults = Paths()
    parser.add_argument(
        "--environments-dir", type=Path, default=defaults.environments, help=argparse.SUPPRESS
    )
    parser.add_argument("--dist", type=Path, default=defaults.dist, help="output folder (default: dist)")
    parser.add_argument(
        "--crd-schemas",
        type=Path,
        default=defaults.crd_schemas,
        help="CRD JSON schemas (default: ../shared/crd-schemas)",
    )


def _names(args: argparse.Namespace) -> tuple[str, ...]:
    return tuple(args.environments or ENVIRONMENT_NAMES)


def _paths(args: argparse.Namespace) -> Paths:
    return Paths(environments=args.environments_dir, dist=args.dist, crd_schemas=args.crd_schemas)


def _synthesize(names: tuple[str, ...], paths: Paths) -> list[Synthesized]:
    """``synthesize_all``, then a notice when custom resources could not be schema-checked.

    The notice comes after the synth, so that a configuration error stays one line on stderr."""
    results = synthesize_all(names, paths)
    if paths.crd_schemas_if_present() is None:
        print(
            f"notice: {paths.crd_schemas} not found: custom resources were NOT schema-checked",
            file=sys.stderr,
        )
    return results


def _synth(args: argparse.Namespace) -> int:
    names, paths = _names(args), _paths(args)
    if args.target in ("kubernetes", "all"):
        started = time.perf_counter()
        results = _synthesize(names, paths)
        if not args.accept_immutable_changes:
            immutable_fields.refuse([(r.environment.name, r.manifests, r.files) for r in results], paths.dist)
        diffs = write(results, paths.dist)
        for result in results:
            diff = diffs[result.environment.name]
            _print_summary(
                result.environment.name,
                result.manifests,
                f"{len(result.files)} files, {diff.summary()} ({result.seconds:.2f} s)",
            )
        print(f"kubernetes: {len(results)} environment(s) in {time.perf_counter() - started:.2f} s")
    if args.target in ("terraform", "all"):
        from contexter_deploy.ground.config.shared import load_shared
        from contexter_deploy.terraform_synth import (
            synth_stacks,  # loads the AWS provider: only when asked for
        )

        started = time.perf_counter()
        # every stack, whatever --env says: cdktf.out/manifest.json lists them all
        environments = [load_environment(name, directory=paths.environments) for name in ENVIRONMENT_NAMES]
        shared = load_shared(directory=paths.environments)
        diff = synth_stacks(environments, shared=shared, outdir=args.cdktf_out)
        print(
            f"terraform: {len(environments) + 1} stacks; cdktf.out: {diff.summary()}"
            f" ({time.perf_counter() - started:.2f} s)"
        )
    return EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    from contexter_deploy.validation import upstream  # cel-python loads only for this command

    names, paths = _names(args), _paths(args)
    status = EXIT_OK
    fresh: dict[str, Synthesized] = {result.environment.name: result for result in _synthesize(names, paths)}
    for name in names:
        committed = committed_files(name, paths.dist)
        drift = diff_trees(committed, fresh[name].files)
        if drift.empty:  # the committed tree is the fresh one, which the synth has just validated
            manifests, findings = fresh[name].manifests, []
        else:
            manifests = tuple(Manifest(document) for document in tree_documents(committed))
            findings = validate_manifests(
                fresh[name].environment, manifests, crd_schemas=paths.crd_schemas_if_present()
            )
        for analysis in upstream.analyse(
            manifests,
            kubernetes_version=fresh[name].environment.cluster.kubernetes_version,
            crd_schemas=paths.crd_schemas_if_present(),
            helm_charts=args.helm_charts,
        ):
            print(f"{name}: {analysis.name}: {analysis.summary}")
            findings += analysis.findings
        for finding in findings:
            print(f"error: {name}: {finding.render()}", file=sys.stderr)
        untagged = cost_tags.untagged(manifests, cost_allocation_tags(fresh[name].environment))
        for problem in untagged:
            print(f"error: {name}: cost-tags: {problem}", file=sys.stderr)
            status = EXIT_FAILED
        if not drift.empty:
            print(
                f"error: {name}: dist/{name} is out of date ({drift.summary()}); run `make synth`",
                file=sys.stderr,
            )
        if findings or not drift.empty:
            status = EXIT_FAILED
        print(f"{name}: {connections.summary(connections.evaluate(manifests))}")
        _print_summary(name, manifests, "valid and up to date" if status == EXIT_OK else "FAILED")
    from contexter_deploy.validation import bootstrap

    status = max(status, bootstrap.validate_environments(names, dist=paths.dist, cdktf_out=args.cdktf_out))
    if not args.skip_report:
        status = max(status, _readiness(names, paths.dist, args.cdktf_out))
    return status


def _readiness(names: Sequence[str], dist: Path, cdktf_out: Path) -> int:
    """Print each environment's readiness summary and its failing targets; 1 if any fails."""
    from contexter_deploy.report import build_report
    from contexter_deploy.report.render import summary

    status = EXIT_OK
    for name in names:
        report = build_report(name, dist=dist, cdktf_out=cdktf_out)
        for row in report.failures:
            print(
                f"error: {name}: readiness: {row.figure} {row.subject}: {'; '.join(row.details[:2])}",
                file=sys.stderr,
            )
        print(f"readiness: {summary(report)}")
        if not report.passed:
            status = EXIT_FAILED
    return status


def _report(args: argparse.Namespace) -> int:
    from contexter_deploy.report import InputsNotFound, build_report
    from contexter_deploy.report.render import table

    names = _names(args)
    if args.write_docs:
        from contexter_deploy.report.docs import render_docs, write_docs

        files = render_docs(ENVIRONMENT_NAMES, dist=args.dist, cdktf_out=args.cdktf_out)
        changed = write_docs(files, args.docs_dir)
        print(f"{args.docs_dir}: {len(changed)} of {len(files)} files changed")
        return EXIT_OK
    try:
        reports = [build_report(name, dist=args.dist, cdktf_out=args.cdktf_out) for name in names]
    except InputsNotFound as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    if args.format == "json":
        from contexter_deploy.report.render import as_json

        sys.stdout.write(as_json(reports))
    elif args.format == "markdown":
        from contexter_deploy.report import FIGURE_MODULES
        from contexter_deploy.report.render import markdown

        docs = [(module.FIGURE, module.__doc__ or "") for module in FIGURE_MODULES]
        sys.stdout.write("\n".join(markdown(report, docs=docs, chart=None) for report in reports))
    else:
        sys.stdout.write("\n".join(table(report) for report in reports))
    return EXIT_OK if all(report.passed for report in reports) else EXIT_FAILED


def _diff(args: argparse.Namespace) -> int:
    names, paths = _names(args), _paths(args)
    status = EXIT_OK
    for result in _synthesize(names, paths):
        name = result.environment.name
        drift = diff_trees(committed_files(name, paths.dist), result.files)
        print(f"{name}: {drift.summary()}")
        for finding in immutable_fields.against_committed(
            name, result.manifests, paths.dist, fresh_files=result.files
        ):
            print(f"error: {name}: {finding.render()}", file=sys.stderr)
        if args.stat:
            for marker, files in (("+", drift.added), ("-", drift.removed), ("M", drift.changed)):
                for path in files:
                    print(f"  {marker} dist/{name}/{path}")
        else:
            sys.stdout.write(drift.unified(old_label=f"a/dist/{name}", new_label=f"b/dist/{name}"))
        if not drift.empty:
            status = EXIT_FAILED
    return status


def _graph(args: argparse.Namespace) -> int:
    from contexter_deploy.validation import policy_graph

    environment = load_environment(args.env, directory=args.environments_dir)
    graph = policy_graph.build(build_manifests(environment))
    if args.format == "mermaid":
        sys.stdout.write(policy_graph.render_mermaid(graph))
    elif args.format == "table":
        sys.stdout.write(policy_graph.render_table(graph))
    else:
        sys.stdout.write(policy_graph.render_markdown(args.env, graph))
    disagreements = policy_graph.findings(graph)
    for finding in disagreements:
        print(f"error: {args.env}: {finding.render()}", file=sys.stderr)
    return EXIT_FAILED if disagreements else EXIT_OK


def _dashboards(args: argparse.Namespace) -> int:
    # matplotlib and the dashboard model load only for this command
    from charts.observability.dashboards import contexter_dashboards
    from charts.observability.render import write_svgs

    environment = load_environment(args.environment, directory=args.environments_dir)
    for path in write_svgs(contexter_dashboards(environment.slo, environment.rollout), args.render):
        print(f"wrote {path}")
    return EXIT_OK


def _print_summary(name: str, manifests: Sequence[Manifest], outcome: str) -> None:
    kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(count_kinds(manifests).items()))
    print(f"{name}: {len(manifests)} resources ({kinds}); dist/{name}: {outcome}")


__all__ = ["Synthesized", "main"]
