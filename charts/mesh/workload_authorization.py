"""The ALLOW AuthorizationPolicy of one workload: one rule per inbound flow of the call graph."""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s import ApiObjectMetadata
from constructs import Construct

from contexter_deploy.ground.labels import selector_labels
from contexter_deploy.ground.topology import Flow, Workload, caller
from imports import istio_security


@dataclass(frozen=True)
class WorkloadAuthorizationProps:
    """Properties of a ``WorkloadAuthorization``."""

    workload: Workload
    flows: tuple[Flow, ...]
    """Flows whose destination is ``workload`` (from ``contexter_deploy.ground.topology.flows_to``); at least
    one."""


class WorkloadAuthorization(Construct):
    """An ALLOW policy named after the workload, selecting its pods. Each rule names the caller's
    SPIFFE principal, the destination ports and, where the flow declares them, paths, excluded
    paths and methods. Everything else is refused by the namespace's ``allow-nothing``."""

    def __init__(self, scope: Construct, id: str, *, props: WorkloadAuthorizationProps) -> None:
        super().__init__(scope, id)
        target = props.workload
        if not props.flows:
            raise ValueError(
                f"{target.name}: an authorization policy needs at least one inbound flow;"
                " a workload nobody calls is covered by allow-nothing alone"
            )
        for flow in props.flows:
            _check(target, flow)
        istio_security.AuthorizationPolicy(
            self,
            "Resource",
            metadata=ApiObjectMetadata(name=target.name, namespace=target.namespace),
            spec=istio_security.AuthorizationPolicySpec(
                action=istio_security.AuthorizationPolicySpecAction.ALLOW,
                selector=istio_security.AuthorizationPolicySpecSelector(
                    match_labels=selector_labels(target.name)
                ),
                rules=[_rule(target, flow) for flow in props.flows],
            ),
        )


def _check(target: Workload, flow: Flow) -> None:
    if flow.destination != target.name:
        raise ValueError(
            f"flow {flow.source} -> {flow.destination} does not end at {target.name};"
            f" allowed: flows whose destination is {target.name}"
        )
    if flow.paths or flow.not_paths or flow.methods:
        tcp = [name for name in flow.ports if target.port(name).app_protocol not in ("http", "grpc")]
        if tcp:
            raise ValueError(
                f"flow {flow.source} -> {flow.destination}: paths and methods need HTTP, but port(s)"
                f" {', '.join(tcp)} are plain TCP (Istio would ignore the whole rule for them);"
                " allowed: split the flow, or drop paths/methods"
            )


def _rule(target: Workload, flow: Flow) -> istio_security.AuthorizationPolicySpecRules:
    operation = istio_security.AuthorizationPolicySpecRulesToOperation(
        ports=[str(target.port(name).number) for name in flow.ports],
        paths=list(flow.paths) or None,
        not_paths=list(flow.not_paths) or None,
        methods=list(flow.methods) or None,
    )
    return istio_security.AuthorizationPolicySpecRules(
        from_=[
            istio_security.AuthorizationPolicySpecRulesFrom(
                source=istio_security.AuthorizationPolicySpecRulesFromSource(
                    principals=[caller(flow.source).identity.principal]
                )
            )
        ],
        to=[istio_security.AuthorizationPolicySpecRulesTo(operation=operation)],
    )
