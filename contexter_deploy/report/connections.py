"""Connections: does every connection the platform declares get through, and nothing else?

The rows come from ``contexter_deploy.validation.connections`` on the documents of ``dist/<env>``:
each connection of ``contexter_deploy.ground.topology.CONNECTIONS`` (Contexter's call graph and
egress, and the platform's own: KEDA, Prometheus, Argo Rollouts, External Secrets, cert-manager, Velero, the
backup jobs, Karpenter, kubelet probes, the edge) is followed through the client's egress
NetworkPolicy, the server's ingress NetworkPolicy, the client's Sidecar and REGISTRY_ONLY
ServiceEntries, PeerAuthentication against the client's mesh membership, the Gateway's listeners
and the AuthorizationPolicies (principal, port, path, method, host, JWT). One summary row counts
them; each connection that ends otherwise than declared fails with the first layer that dropped
it (and the later layers that would drop it too). A second row counts the undeclared connections
into or out of a Contexter pod that no layer drops (target: none), and the findings about mesh
membership and configured endpoints. docs/security.md explains how to read a failure.

The rows are secondary here (a failure shows but does not fail the report): the same evaluation
runs as the synth-time check ``connections.check_connections``, which refuses to write ``dist/``.
"""

from __future__ import annotations

from contexter_deploy.facts.inputs import Inputs
from contexter_deploy.report.result import Row, Status

FIGURE = "connections"


def connection_rows(inputs: Inputs) -> list[Row]:
    """The summary row, one failing row per connection that ends otherwise than declared, and the
    row of undeclared connections and other findings."""
    # imported here: contexter_deploy.validation reads the report's inputs module itself
    from contexter_deploy.validation.connections import LAYERS, evaluate

    report = evaluate(inputs.manifests)
    failed = report.failed
    rows = [
        Row(
            FIGURE,
            "declared connections",
            f"{len(report.declared) - len(failed)} of {len(report.declared)} as declared",
            "every one, through all layers",
            Status.FAIL if failed else Status.PASS,
            gating=False,
            derived_from=("contexter_deploy/ground/topology.py CONNECTIONS", f"{inputs.dist_label}"),
            details=(f"layers in order: {', '.join(LAYERS)}",),
        )
    ]
    rows += [
        Row(
            FIGURE,
            f"{verdict.client} -> {verdict.server}:{verdict.socket.number}",
            "through" if verdict.dropped_by is None else f"dropped by {verdict.dropped_by}",
            "through" if verdict.expect == "allow" else "dropped",
            Status.FAIL,
            gating=False,
            details=(verdict.render(),),
        )
        for verdict in failed
    ]
    other = [finding.render() for finding in report.findings]
    open_paths = [verdict.render() for verdict in report.undeclared_open]
    rows.append(
        Row(
            FIGURE,
            "undeclared connections",
            f"{len(open_paths)} of {report.undeclared_evaluated} get through; {len(other)} other finding(s)",
            "none get through",
            Status.FAIL if open_paths or other else Status.PASS,
            gating=False,
            details=tuple(open_paths + other),
        )
    )
    return rows
