"""Names and ARNs that both apps compute the same way, so cdk8s never needs Terraform state.

The cdktf app creates resources with exactly these names; the cdk8s app refers to them
(IAM role ARNs in Pod Identity associations, the KMS alias in the StorageClass, the
backup bucket in CronJobs). ``tests/contexter_deploy/test_naming.py`` checks that the
Terraform JSON really uses them.
"""

from __future__ import annotations

from dataclasses import dataclass

from contexter_deploy.ground.config.model import Environment
from contexter_deploy.ground.config.shared import Shared
from contexter_deploy.ground.topology import BACKUP, VAULT_BACKUP_JOB, VAULT_SERVER
from contexter_deploy.ground.topology import VAULT_NAMESPACE as VAULT_NAMESPACE

PROJECT = "contexter"

VAULT_SERVICE_ACCOUNT = VAULT_SERVER.identity.service_account
VAULT_BACKUP_SERVICE_ACCOUNT = VAULT_BACKUP_JOB.identity.service_account
"""ServiceAccount of the Vault snapshot CronJob and the Vault restore Job (``charts/backup``)."""
VAULT_ADDRESS = VAULT_SERVER.url("https")
"""Vault runs in the cluster (namespace ``vault``, HA raft, AWS KMS auto-unseal); see docs/vault.md."""

VAULT_CA_SECRET = (VAULT_NAMESPACE, "vault-server-tls", "ca.crt")
"""(namespace, Secret, key) of the CA certificate that signed Vault's serving certificate.
cert-manager writes it beside the certificate (``charts/gitops/vault_tls.py``); External Secrets
and the Vault backup Jobs verify ``VAULT_ADDRESS`` against it, and read that key only."""

VAULT_AUTH_AUDIENCE = "vault"
"""Audience of the ServiceAccount tokens that log in to Vault's Kubernetes auth; the Vault role
must require it, so such a token is useless against the Kubernetes API server."""

KARPENTER_DISCOVERY_TAG = "karpenter.sh/discovery"
"""Tag on the private subnets and the cluster security group; its value is the cluster name.

Karpenter's ``EC2NodeClass`` selects subnets and security groups by it."""

IMAGES: tuple[str, ...] = ("api-gateway", "search", "ingestion", "backup")
"""Images built from this repository; each has the ECR repository ``contexter/<image>``."""

GITHUB_PLAN_ROLE = "github-plan"
"""Role key (``Names.role_name``) of the read-only role pull requests assume to run ``terraform plan``."""
GITHUB_APPLY_ROLE = "github-apply"
"""Role key of the role the ``main`` branch assumes, in GitHub environment ``<env>``, to apply."""
GITHUB_PROMOTE_ROLE = "github-promote"
"""Role key of the role the promotion workflow's performance gate assumes, from ``main`` in GitHub
environment ``Names.performance_test_github_environment``; it exists only where
``performance_test.enabled`` (namespaced EKS access: view ``contexter``, ``contexter-data`` and ``vault``,
edit ``contexter-perf``)."""
GITHUB_OIDC_HOST = "token.actions.githubusercontent.com"
GITHUB_OIDC_CLAIM_KEYS: tuple[str, ...] = ("repo", "context", "ref", "job_workflow_ref")
"""The repository's OIDC subject template (``include_claim_keys``), so the subject names the branch
and the workflow file (AWS matches no other claim than ``sub`` and ``aud``).

With it, a job of infra.yml in environment ``prod`` on ``main`` presents
``repo:<owner>/<name>:environment:prod:ref:refs/heads/main:job_workflow_ref:<owner>/<name>/.github/workflows/infra.yml@refs/heads/main``;
see docs/infrastructure.md and infra/bootstrap/github_oidc.py."""

BACKUP_SELECTION_NAMESPACES: tuple[str, ...] = (BACKUP.namespace, VAULT_NAMESPACE)
"""Namespaces whose EBS volumes AWS Backup snapshots (Qdrant and Redis; Vault's raft storage).

The EBS CSI driver tags each volume it creates with ``kubernetes.io/created-for/pvc/namespace``."""


@dataclass(frozen=True)
class PodIdentity:
    """A Kubernetes ServiceAccount that receives AWS credentials through EKS Pod Identity."""

    role: str
    """Role key: the IAM role is ``Names.role_name(role)``."""
    namespace: str
    service_account: str
    purpose: str


POD_IDENTITIES: tuple[PodIdentity, ...] = (
    PodIdentity(
        "backup",
        BACKUP.identity.namespace,
        BACKUP.identity.service_account,
        "Qdrant and Redis snapshots under <env>/qdrant/ and <env>/redis/; verify and prune <env>/vault/ too",
    ),
    PodIdentity(
        "vault",
        VAULT_NAMESPACE,
        VAULT_SERVICE_ACCOUNT,
        "KMS auto-unseal with the unseal key, nothing else",
    ),
    PodIdentity(
        "vault-backup",
        VAULT_NAMESPACE,
        VAULT_BACKUP_SERVICE_ACCOUNT,
        "Vault raft snapshots: write, read back and restore <env>/vault/ in the backup bucket",
    ),
    PodIdentity(
        "karpenter",
        "kube-system",
        "karpenter",
        "launch and terminate nodes of this cluster; read the interruption queue",
    ),
    PodIdentity(
        "ebs-csi",
        "kube-system",
        "ebs-csi-controller-sa",
        "create, attach and snapshot EBS volumes encrypted with the EBS key",
    ),
    PodIdentity(
        "velero",
        "velero",
        "velero",
        "cluster backups to <env>/velero/ in the backup bucket, and EBS snapshots",
    ),
    PodIdentity(
        "cert-manager",
        "cert-manager",
        "cert-manager",
        "DNS-01 challenges: TXT records in the ingress hosted zone",
    ),
)
"""Every pod that touches AWS, declared once: infra/ creates the role and the association."""


def pod_identity(role: str) -> PodIdentity:
    """The entry of ``POD_IDENTITIES`` with role key ``role``; raises ``KeyError`` naming the keys."""
    for identity in POD_IDENTITIES:
        if identity.role == role:
            return identity
    raise KeyError(f"no pod identity {role!r}; known: {', '.join(i.role for i in POD_IDENTITIES)}")


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
    def cluster_log_group(self) -> str:
        """CloudWatch log group EKS writes control-plane logs to (the name is fixed by EKS)."""
        return f"/aws/eks/{self.cluster}/cluster"

    @property
    def flow_log_group(self) -> str:
        """CloudWatch log group of the VPC flow logs."""
        return f"/aws/vpc/{self.prefix}/flow-logs"

    @property
    def backup_bucket(self) -> str:
        """S3 bucket for Qdrant, Redis and Vault backups (account and region keep it globally unique)."""
        return f"{self.prefix}-backups-{self.account_id}-{self.region}"

    @property
    def backup_bucket_arn(self) -> str:
        return f"arn:aws:s3:::{self.backup_bucket}"

    @property
    def dr_backup_bucket(self) -> str:
        """Replica of ``backup_bucket`` in the DR region."""
        return f"{self.prefix}-backups-{self.account_id}-{self.dr_region}"

    @property
    def dr_backup_bucket_arn(self) -> str:
        return f"arn:aws:s3:::{self.dr_backup_bucket}"

    def backup_prefix(self, component: str) -> str:
        """Key prefix of ``component``'s backups in the backup bucket, e.g. ``prod/qdrant/``."""
        return f"{self.environment}/{component}/"

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
    def vault_kms_alias_arn(self) -> str:
        return f"arn:aws:kms:{self.region}:{self.account_id}:{self.vault_kms_alias}"

    @property
    def karpenter_node_role(self) -> str:
        """IAM role of the nodes Karpenter launches."""
        return self.role_name("karpenter-node")

    @property
    def karpenter_instance_profile(self) -> str:
        """Instance profile of ``karpenter_node_role``; the ``EC2NodeClass`` names it."""
        return f"{self.prefix}-karpenter-node"

    @property
    def karpenter_interruption_queue(self) -> str:
        """SQS queue of spot interruption and rebalance events (Karpenter ``settings.interruptionQueue``)."""
        return f"{self.prefix}-karpenter-interruptions"

    @property
    def guardduty_findings_rule(self) -> str:
        """EventBridge rule that sends GuardDuty findings to the ``<prefix>-aws-alerts`` topic."""
        return f"{self.prefix}-guardduty-findings"

    @property
    def backup_vault(self) -> str:
        """AWS Backup vault of the EBS snapshots in ``region``; the one in ``dr_region`` has the same name."""
        return f"{self.prefix}-ebs"

    @property
    def state_key(self) -> str:
        """Key of this environment's Terraform state in the shared state bucket."""
        return f"environments/{self.environment}/terraform.tfstate"

    @property
    def performance_test_github_environment(self) -> str:
        """GitHub environment of the promotion workflow's performance gate, e.g.
        ``staging-performance-test``; the promote role trusts ``main`` in it and nothing else. It is
        not ``<env>``: a job there could assume ``github-apply`` and change the whole environment."""
        return f"{self.environment}-performance-test"

    def role_name(self, role: str) -> str:
        """IAM role name for ``role`` (e.g. ``backup`` -> ``contexter-prod-backup``)."""
        return f"{self.prefix}-{role}"

    def role_arn(self, role: str) -> str:
        """IAM role ARN for ``role``."""
        return f"arn:aws:iam::{self.account_id}:role/{self.role_name(role)}"


COST_ALLOCATION_TAG_KEYS = ("project", "environment", "owner", "cost-center")
"""The keys of ``cost_allocation_tags``: activated as cost-allocation tags in the payer account."""


def cost_allocation_tags(environment: Environment) -> dict[str, str]:
    """Tags every AWS resource of ``environment`` carries, for cost allocation: Terraform's through
    the provider's ``default_tags``, the nodes Karpenter launches through the ``EC2NodeClass``."""
    return {
        "project": PROJECT,
        "environment": environment.name,
        "owner": environment.cost.owner,
        "cost-center": environment.cost.cost_center,
    }


def names_for(environment: Environment) -> Names:
    """The derived names of ``environment``."""
    return Names(
        environment=environment.name,
        account_id=environment.aws.account_id,
        region=environment.aws.region,
        dr_region=environment.aws.dr_region,
    )


@dataclass(frozen=True)
class SharedNames:
    """Derived names of the shared bootstrap account: container images and Terraform state."""

    account_id: str
    region: str

    @property
    def registry(self) -> str:
        """ECR registry host that every environment pulls the Contexter images from."""
        return f"{self.account_id}.dkr.ecr.{self.region}.amazonaws.com"

    def repository(self, image: str) -> str:
        """ECR repository name of ``image``, e.g. ``contexter/search``."""
        return f"{PROJECT}/{image}"

    def repository_url(self, image: str) -> str:
        """Image reference without tag or digest, e.g. ``<registry>/contexter/search``."""
        return f"{self.registry}/{self.repository(image)}"

    @property
    def state_key(self) -> str:
        """Key of the bootstrap stack's own Terraform state in the state bucket."""
        return "bootstrap/terraform.tfstate"

    @property
    def state_kms_alias(self) -> str:
        """KMS alias of the key that encrypts every Terraform state."""
        return f"alias/{PROJECT}-terraform-state"

    @property
    def images_role(self) -> str:
        """Role the image workflow assumes (from ``main``) to push to ECR."""
        return f"{PROJECT}-github-images"

    @property
    def images_role_arn(self) -> str:
        """ARN of ``images_role``, in this (the shared) account."""
        return f"arn:aws:iam::{self.account_id}:role/{self.images_role}"


def shared_names(shared: Shared) -> SharedNames:
    """The derived names of the shared bootstrap account."""
    return SharedNames(account_id=shared.account_id, region=shared.region)
