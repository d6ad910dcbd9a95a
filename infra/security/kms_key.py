"""A customer-managed KMS key with rotation, a readable alias and an explicit key policy."""

from __future__ import annotations

from dataclasses import dataclass

from cdktf import TerraformProvider
from cdktf_cdktf_provider_aws.kms_alias import KmsAlias
from cdktf_cdktf_provider_aws.kms_key import KmsKey as KmsKeyResource
from constructs import Construct

from infra.iam.policy import Statement, policy_document

DELETION_WINDOW_DAYS = 30
"""The longest window KMS allows: a key scheduled for deletion by mistake can be recovered for 30 days."""


@dataclass(frozen=True)
class KmsKeyProps:
    """Properties of ``KmsKey``."""

    alias: str
    """``alias/<name>``; names in ``contexter_deploy.ground.naming`` where the cdk8s app refers to the key."""
    description: str
    account_id: str
    """The account that owns the key; its IAM policies may grant use of the key (key policy root)."""
    statements: tuple[Statement, ...] = ()
    """Extra key policy statements, for AWS services that need the key policy itself to allow them
    (CloudWatch Logs, service-linked roles). Default: none; IAM policies of the account grant use."""
    provider: TerraformProvider | None = None
    """Provider of the key's region (default: the stack's default provider)."""
    multi_region: bool = False
    """A multi-Region primary key, whose replicas share its key material (default: single-Region)."""

    def __post_init__(self) -> None:
        if not self.alias.startswith("alias/") or self.alias.startswith("alias/aws/"):
            raise ValueError(f"KMS alias {self.alias!r} must start with 'alias/' and not 'alias/aws/'")


class KmsKey(Construct):
    """A symmetric KMS key with yearly automatic rotation and a 30-day deletion window."""

    def __init__(self, scope: Construct, id: str, *, props: KmsKeyProps) -> None:
        super().__init__(scope, id)
        self._statements = (account_root_statement(props.account_id), *props.statements)
        self.key = KmsKeyResource(
            self,
            "key",
            description=props.description,
            enable_key_rotation=True,
            deletion_window_in_days=DELETION_WINDOW_DAYS,
            policy=policy_document(*self._statements),
            multi_region=props.multi_region or None,
            provider=props.provider,
        )
        self.alias = KmsAlias(
            self, "alias", name=props.alias, target_key_id=self.key.key_id, provider=props.provider
        )
        self.arn: str = self.key.arn

    def add_statements(self, *statements: Statement) -> None:
        """Adds key policy statements, for a service that starts using the key after it was made
        (an EventBridge rule that publishes to the topic the key encrypts)."""
        self._statements = (*self._statements, *statements)
        self.key.policy = policy_document(*self._statements)


def account_root_statement(account_id: str) -> Statement:
    """The key policy statement that lets the account's IAM policies grant use of the key."""
    return Statement(
        sid="AccountAdministersAndDelegatesToIam",
        principals={"AWS": (f"arn:aws:iam::{account_id}:root",)},
        actions=("kms:*",),
        resources=("*",),
        wildcard_reason="in a key policy, Resource '*' means this key",
    )
