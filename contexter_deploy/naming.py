"""Names and ARNs that both apps compute the same way, so cdk8s never needs Terraform state.

The cdktf app creates resources with exactly these names; the cdk8s app refers to them
(IAM role ARNs in Pod Identity associations, the KMS alias in the StorageClass, the
backup bucket in CronJobs). ``tests/contexter_deploy/test_naming.py`` checks that the
Terraform JSON really uses them.
"""

from __future__ import annotations

from dataclasses import dataclass

from contexter_deploy.config.model import Environment

PROJECT = "contexter"

VAULT_ADDRESS = "https://vault.vault.svc.cluster.local:8200"
"""Vault runs in the cluster (namespace ``vault``, HA raft, AWS KMS auto-unseal); see docs/vault.md."""

VAULT_CA_SECRET = ("vault", "vault-server-tls", "ca.crt")
"""(namespace, Secret, key) of the CA certificate that signed Vault's serving certificate.
cert-manager writes it beside the certificate (``charts/gitops/vault_tls.py``); External Secrets
and the Vault backup Jobs verify ``VAULT_ADDRESS`` against it, and read that key only."""

VAULT_AUTH_AUDIENCE = "vault"
"""Audience of the ServiceAccount tokens that log in to Vault's Kubernetes auth; the Vault role
must require it, so such a token is useless against the Kubernetes API server."""


@dataclass(frozen=True)
class Names:
    """Derived names of one environment's cloud resources."""

    environment: str
    account_id: str
    region: str
    dr_region: str

    @property
    def prefix(self) -> str:
        """Prefix of every resource name in this environment, e.g. ``contexter-prod``."""
        return f"{PROJECT}-{self.environment}"

    @property
    def cluster(self) -> str:
        """EKS cluster name."""
        return self.prefix

    @property
    def backup_bucket(self) -> str:
        """S3 bucket for Qdrant, Redis and Vault backups (account and region keep it globally unique)."""
        return f"{self.prefix}-backups-{self.account_id}-{self.region}"

    @property
    def dr_backup_bucket(self) -> str:
        """Replica of ``backup_bucket`` in the DR region."""
        return f"{self.prefix}-backups-{self.account_id}-{self.dr_region}"

    @property
    def ebs_kms_alias(self) -> str:
        """KMS alias of the key that encrypts EBS volumes."""
        return f"alias/{self.prefix}-ebs"

    @property
    def ebs_kms_alias_arn(self) -> str:
        """ARN of ``ebs_kms_alias``; the gp3 StorageClass passes it as ``kmsKeyId``."""
        return f"arn:aws:kms:{self.region}:{self.account_id}:{self.ebs_kms_alias}"

    @property
    def vault_kms_alias(self) -> str:
        """KMS alias of Vault's auto-unseal key (the Vault ``seal "awskms"`` stanza's ``kms_key_id``)."""
        return f"alias/{self.prefix}-vault-unseal"

    @property
    def karpenter_interruption_queue(self) -> str:
        """SQS queue of spot interruption and rebalance events (Karpenter ``settings.interruptionQueue``)."""
        return f"{self.prefix}-karpenter-interruptions"

    @property
    def registry(self) -> str:
        """ECR registry host of this environment's account and region."""
        return f"{self.account_id}.dkr.ecr.{self.region}.amazonaws.com"

    def role_name(self, role: str) -> str:
        """IAM role name for ``role`` (e.g. ``backup`` -> ``contexter-prod-backup``)."""
        return f"{self.prefix}-{role}"

    def role_arn(self, role: str) -> str:
        """IAM role ARN for ``role``."""
        return f"arn:aws:iam::{self.account_id}:role/{self.role_name(role)}"


def names_for(environment: Environment) -> Names:
    """The derived names of ``environment``."""
    return Names(
        environment=environment.name,
        account_id=environment.aws.account_id,
        region=environment.aws.region,
        dr_region=environment.aws.dr_region,
    )
