"""IAM policy evaluation for the credential checks: identity policies, permissions boundaries,
resource policies (S3 bucket, KMS key) and trust policies, with conditions, wildcards and
explicit denies.

Statement matching (actions, resources, ``NotAction``/``NotResource``, every condition operator
with ``IfExists``, ``ForAllValues``/``ForAnyValue``, ``Null``) is principalmapper's local policy
simulation (``principalmapper.querying.local_policy_simulation``), a maintained evaluator that
runs offline. What is written here is the small part around it: which policies apply to a
request and how their answers combine (AWS's evaluation logic for one account: an explicit deny
wins; an identity allow must also be inside the boundary; a KMS key policy must allow the
principal itself or delegate to the account's IAM policies).
"""

from __future__ import annotations

import collections
import collections.abc
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

# principalmapper 1.1.5 imports Mapping from ``collections``, which Python 3.10 removed; restore the
# two aliases it needs before importing it (they are the same classes).
for _name in ("Mapping", "MutableMapping"):
    if not hasattr(collections, _name):
        setattr(collections, _name, getattr(collections.abc, _name))

from principalmapper.querying.local_policy_simulation import (  # noqa: E402
    policy_has_matching_statement,
)
from principalmapper.util.case_insensitive_dict import CaseInsensitiveDict  # noqa: E402

Policy = Mapping[str, Any]
Context = Mapping[str, str | list[str]]


@dataclass(frozen=True)
class Request:
    """One AWS API call as IAM sees it."""

    action: str
    """``s3:PutObject``."""
    resource: str
    """The ARN the action is authorized on."""
    context: Context = field(default_factory=dict)
    """Condition keys the request carries (``kms:EncryptionContext:aws:s3:arn``, request headers)."""

    def describe(self) -> str:
        return f"{self.action} on {self.resource}"


@dataclass(frozen=True)
class Principal:
    """A role making requests, and the policies IAM consults for it."""

    arn: str
    identity_policies: tuple[Policy, ...]
    boundary: Policy | None = None
    """Its permissions boundary, if it has one."""
    account_id: str = ""


@dataclass(frozen=True)
class Decision:
    """Whether a request is allowed, and which policy decided."""

    allowed: bool
    reason: str


def _statements(policy: Policy) -> list[dict[str, Any]]:
    statements = policy.get("Statement", [])
    return [statements] if isinstance(statements, dict) else list(statements)


def _matches(policy: Policy, effect: str, request: Request, context: Context) -> bool:
    document = {"Version": "2012-10-17", "Statement": _statements(policy)}
    return bool(
        policy_has_matching_statement(
            document, effect, request.action, request.resource, CaseInsensitiveDict(dict(context))
        )
    )


def _principal_matches(statement: Mapping[str, Any], principal_arn: str, account_id: str) -> bool:
    """Whether a resource policy statement's ``Principal`` names ``principal_arn`` (or everyone).
    A service name (``s3.amazonaws.com``) is matched as given."""
    names = statement.get("Principal")
    if names == "*":
        return True
    if not isinstance(names, Mapping):
        return False
    for values in names.values():
        for value in [values] if isinstance(values, str) else values:
            if value in ("*", principal_arn):
                return True
    return False


def _delegates_to_account(statement: Mapping[str, Any], account_id: str) -> bool:
    names = statement.get("Principal")
    values = names.get("AWS", ()) if isinstance(names, Mapping) else ()
    values = [values] if isinstance(values, str) else values
    return f"arn:aws:iam::{account_id}:root" in values or account_id in values


def resource_policy_effects(
    policy: Policy, request: Request, principal_arn: str, context: Context
) -> tuple[bool, bool]:
    """(allows, denies): whether a statement naming ``principal_arn`` (or ``*``) allows or denies."""
    allows = denies = False
    for statement in _statements(policy):
        if not _principal_matches(statement, principal_arn, ""):
            continue
        single = {"Statement": [statement]}
        if statement.get("Effect") == "Deny" and _matches(single, "Deny", request, context):
            denies = True
        if statement.get("Effect") == "Allow" and _matches(single, "Allow", request, context):
            allows = True
    return allows, denies


def identity_decision(principal: Principal, request: Request) -> Decision:
    """The identity side: an allow in the role's policies, no deny there, inside its boundary."""
    context = {"aws:PrincipalArn": principal.arn, **request.context}
    for policy in principal.identity_policies:
        if _matches(policy, "Deny", request, context):
            return Decision(False, f"explicitly denied by the policies of {principal.arn}")
    if not any(_matches(policy, "Allow", request, context) for policy in principal.identity_policies):
        return Decision(False, f"no statement of {principal.arn}'s policies allows it")
    boundary = principal.boundary
    if boundary is not None and (
        _matches(boundary, "Deny", request, context) or not _matches(boundary, "Allow", request, context)
    ):
        return Decision(False, f"outside the permissions boundary of {principal.arn}")
    return Decision(True, "allowed by its policies")


def evaluate(
    principal: Principal,
    request: Request,
    *,
    resource_policy: Policy | None = None,
    key_policy: Policy | None = None,
) -> Decision:
    """Evaluate ``request`` by ``principal`` in its own account.

    ``resource_policy``: an S3 bucket policy (its denies apply; in one account an identity allow
    suffices). ``key_policy``: a KMS key policy, which must allow the principal itself or allow
    the account root (then the identity policies decide).
    """
    context = {"aws:PrincipalArn": principal.arn, "aws:SecureTransport": "true", **request.context}
    region = request.resource.split(":")[3] if request.resource.count(":") >= 5 else ""
    if region and "aws:RequestedRegion" not in context:
        context["aws:RequestedRegion"] = region
    identity = identity_decision(principal, Request(request.action, request.resource, context))
    if resource_policy is not None:
        allows, denies = resource_policy_effects(resource_policy, request, principal.arn, context)
        if denies:
            return Decision(False, "explicitly denied by the bucket policy")
        if allows and not identity.allowed and principal.boundary is None:
            return Decision(True, "allowed by the bucket policy")
    if key_policy is not None:
        allows, denies = resource_policy_effects(key_policy, request, principal.arn, context)
        if denies:
            return Decision(False, "explicitly denied by the key policy")
        delegated = any(
            statement.get("Effect") == "Allow"
            and _delegates_to_account(statement, principal.account_id)
            and _matches({"Statement": [statement]}, "Allow", request, context)
            for statement in _statements(key_policy)
        )
        direct = any(
            statement.get("Effect") == "Allow"
            and principal.arn in json.dumps(statement.get("Principal", {}))
            and _matches({"Statement": [statement]}, "Allow", request, context)
            for statement in _statements(key_policy)
        )
        if direct:
            return Decision(True, "allowed by the key policy")
        if not delegated:
            return Decision(False, "the key policy neither allows the role nor delegates to IAM")
    return identity


def service_decision(
    service: str, request: Request, policy: Policy, *, resource_policy: Policy | None = None
) -> Decision:
    """A request an AWS service makes with a key or bucket policy naming it as ``Service``."""
    allows, denies = resource_policy_effects(policy, request, service, request.context)
    if denies:
        return Decision(False, f"explicitly denied to {service}")
    if resource_policy is not None:
        _, denied = resource_policy_effects(resource_policy, request, service, request.context)
        if denied:
            return Decision(False, f"explicitly denied to {service} by the resource policy")
    return Decision(allows, "allowed" if allows else f"no statement allows {service}")


def trust_decision(trust_policy: Policy, service: str, actions: Sequence[str], context: Context) -> Decision:
    """Whether ``service`` may assume the role with ``actions`` (e.g. ``sts:AssumeRole`` and
    ``sts:TagSession``), carrying ``context`` (the session tags Pod Identity sets)."""
    # A trust policy's statements name no resource: the role itself is the resource.
    policy = {"Statement": [{**statement, "Resource": "*"} for statement in _statements(trust_policy)]}
    for action in actions:
        request = Request(action, "*", context)
        allows, denies = resource_policy_effects(policy, request, service, context)
        if denies or not allows:
            return Decision(
                False, f"the trust policy does not let {service} call {action} with {dict(context)}"
            )
    return Decision(True, "trusted")
