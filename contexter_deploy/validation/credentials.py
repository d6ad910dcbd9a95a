"""Every credential chain of one environment, evaluated the way IAM would, from the committed
``dist/<env>`` and ``cdktf.out`` (no provider load, a fraction of a second).

For each pod that calls AWS: ServiceAccount (``dist``) -> Pod Identity association -> the role's
trust policy (``pods.eks.amazonaws.com``, ``sts:AssumeRole`` + ``sts:TagSession`` with the session
tags EKS sets) -> its identity policies and permissions boundary -> each call its software makes
(the backup tool's from ``contexter_backup.aws_calls`` per subcommand in the Job's args; the add-ons'
from ``ADDON_CALLS``) -> the bucket policy and the KMS key policy, with the encryption context S3
really sends (the bucket ARN where S3 Bucket Keys are on). Then S3 replication, the uploads of
every client of every bucket policy (Terraform's S3 backend with its lock file, the backup tool,
Velero), and the CI apply role against what each resource type of the stack needs, tag-on-create
included. Evaluation: ``contexter_deploy.validation.iam_eval``.

A ``Chain`` is one evaluated call; ``failures`` names the first link that refuses it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from contexter_backup import aws_calls

from contexter_deploy.facts.file_tree import read_tree, tree_documents
from contexter_deploy.validation.iam_eval import (
    Decision,
    Principal,
    Request,
    evaluate,
    trust_decision,
)

REFERENCE = re.compile(r"\$\{(aws_[a-z0-9_]+)\.([a-z0-9_]+)\.(arn|id|name|key_id|bucket|principal_arn|url)\}")
POD_IDENTITY_SERVICE = "pods.eks.amazonaws.com"
EBS_CSI_SERVICE_ACCOUNT = ("kube-system", "ebs-csi-controller-sa")
"""The EKS managed add-on ``aws-ebs-csi-driver`` runs its controller as this ServiceAccount."""
ADDON_SERVICE_ACCOUNTS: dict[str, tuple[str, ...]] = {
    "velero": ("serviceAccount", "server", "name"),
    "karpenter": ("serviceAccount", "name"),
    "cert-manager": ("serviceAccount", "name"),
    "vault": ("server", "serviceAccount", "name"),
}
"""Where each add-on's Helm values (the Argo CD Application in ``dist``) name its ServiceAccount."""


@dataclass(frozen=True)
class Chain:
    """One needed call by one workload, and the decision on it."""

    workload: str
    """``CronJob contexter-data/backup-prune`` or ``Application argocd/velero``."""
    call: str
    """``s3:ListBucketMultipartUploads on arn:aws:s3:::…`` or ``association``/``trust``."""
    decision: Decision

    def render(self) -> str:
        verdict = "allowed" if self.decision.allowed else f"DENIED: {self.decision.reason}"
        return f"{self.workload}: {self.call}: {verdict}"


@dataclass(frozen=True)
class Stack:
    """One stack's Terraform JSON, with references resolved to ARNs (``${aws_kms_key.x.arn}``)."""

    resources: Mapping[str, Mapping[str, Mapping[str, Any]]]
    account_id: str
    region: str
    dr_region: str
    backend: Mapping[str, Any]
    default_tags: Mapping[str, str]

    @classmethod
    def load(cls, path: Path) -> Stack:
        data = json.loads(path.read_text(encoding="utf-8"))
        providers = data.get("provider", {}).get("aws", [])
        primary = next(p for p in providers if "alias" not in p)
        dr = next((p for p in providers if p.get("alias") == "dr"), primary)
        account = (primary.get("allowed_account_ids") or [""])[0]
        backend = data.get("terraform", {}).get("backend", {}).get("s3", {})
        tags = (primary.get("default_tags") or [{}])[0].get("tags", {})
        return cls(data.get("resource", {}), account, primary["region"], dr["region"], backend, tags)

    def of(self, resource_type: str) -> Mapping[str, Mapping[str, Any]]:
        return self.resources.get(resource_type, {})

    def arn(self, resource_type: str, logical_id: str) -> str:
        body = self.of(resource_type).get(logical_id, {})
        region = self.dr_region if body.get("provider") == "aws.dr" else self.region
        account = self.account_id
        named = {
            "aws_iam_role": lambda: f"arn:aws:iam::{account}:role/{body.get('name')}",
            "aws_iam_policy": lambda: f"arn:aws:iam::{account}:policy/{body.get('name')}",
            "aws_s3_bucket": lambda: f"arn:aws:s3:::{body.get('bucket')}",
            "aws_sqs_queue": lambda: f"arn:aws:sqs:{region}:{account}:{body.get('name')}",
            "aws_sns_topic": lambda: f"arn:aws:sns:{region}:{account}:{body.get('name')}",
        }
        if resource_type in named:
            return named[resource_type]()
        if resource_type in ("aws_kms_key", "aws_kms_replica_key"):
            return f"arn:aws:kms:{region}:{account}:key/{logical_id}"
        return f"arn:aws:{resource_type}:{region}:{account}:{logical_id}"

    def resolve(self, text: str) -> str:
        """``text`` with every Terraform reference replaced by the ARN (or name) it stands for."""

        def replace(match: re.Match[str]) -> str:
            resource_type, logical_id, attribute = match.groups()
            body = self.of(resource_type).get(logical_id, {})
            if attribute == "principal_arn":
                return self.resolve(str(body.get("principal_arn", "")))
            if attribute in ("name", "bucket", "id") and resource_type != "aws_kms_key":
                return str(body.get("name") or body.get("bucket") or logical_id)
            if attribute == "key_id":
                return logical_id
            return self.arn(resource_type, logical_id)

        return REFERENCE.sub(replace, text)

    def policy(self, text: str) -> dict[str, Any]:
        parsed: dict[str, Any] = json.loads(self.resolve(text))
        return parsed

    def role(self, logical_id: str, *, boundaries: Mapping[str, Mapping[str, Any]]) -> Principal:
        body = self.of("aws_iam_role")[logical_id]
        reference = f"${{aws_iam_role.{logical_id}.name}}"
        inline = tuple(
            self.policy(policy["policy"])
            for policy in self.of("aws_iam_role_policy").values()
            if policy.get("role") == reference
        )
        boundary_arn = body.get("permissions_boundary")
        boundary = boundaries.get(boundary_arn) if boundary_arn else None
        if boundary_arn and boundary is None:
            boundary = {"Statement": []}  # a boundary nobody defines allows nothing
        return Principal(self.arn("aws_iam_role", logical_id), inline, boundary, self.account_id)

    def role_id_of(self, reference: str) -> str | None:
        match = REFERENCE.fullmatch(reference)
        return match.group(2) if match and match.group(1) == "aws_iam_role" else None

    def bucket(self, name: str) -> tuple[str, Mapping[str, Any]] | None:
        for logical_id, body in self.of("aws_s3_bucket").items():
            if body.get("bucket") == name:
                return logical_id, body
        return None

    def bucket_policy(self, bucket_id: str) -> dict[str, Any] | None:
        for body in self.of("aws_s3_bucket_policy").values():
            if body.get("bucket") == f"${{aws_s3_bucket.{bucket_id}.id}}":
                return self.policy(body["policy"])
        return None

    def bucket_encryption(self, bucket_id: str) -> tuple[str, bool] | None:
        """(key logical ID, Bucket Keys on) of a bucket's default encryption."""
        for body in self.of("aws_s3_bucket_server_side_encryption_configuration").values():
            if body.get("bucket") == f"${{aws_s3_bucket.{bucket_id}.id}}":
                rule = body["rule"][0]
                key = REFERENCE.fullmatch(
                    rule["apply_server_side_encryption_by_default"]["kms_master_key_id"]
                )
                if key:
                    return key.group(2), bool(rule.get("bucket_key_enabled"))
        return None

    def key_by_alias(self, alias: str) -> str | None:
        for body in self.of("aws_kms_alias").values():
            if body.get("name") == alias and "provider" not in body:
                match = REFERENCE.fullmatch(body["target_key_id"])
                return match.group(2) if match else None
        return None

    def key_policy(self, key_id: str) -> dict[str, Any]:
        body = self.of("aws_kms_key").get(key_id) or self.of("aws_kms_replica_key").get(key_id) or {}
        return self.policy(body.get("policy", '{"Statement": []}'))


def _pod_spec(document: Mapping[str, Any]) -> Mapping[str, Any] | None:
    kind = document.get("kind")
    spec = document.get("spec", {})
    template: Mapping[str, Any] | None = None
    if kind == "CronJob":
        template = spec.get("jobTemplate", {}).get("spec", {}).get("template", {}).get("spec")
    elif kind in ("Job", "Deployment", "StatefulSet", "DaemonSet", "Rollout"):
        template = spec.get("template", {}).get("spec")
    return template


def _dig(values: Mapping[str, Any], path: Sequence[str]) -> Any:
    for key in path:
        if not isinstance(values, Mapping):
            return None
        values = values.get(key)  # type: ignore[assignment]
    return values


@dataclass(frozen=True)
class AwsCaller:
    """A ServiceAccount whose pods call AWS, and the requests they make."""

    label: str
    namespace: str
    service_account: str
    requests: tuple[tuple[Request, str | None, str | None], ...]
    """(request, bucket logical ID whose policy applies, KMS key logical ID whose policy applies)."""


class CommittedOutput:
    """The committed output of one environment: its documents and its stacks."""

    def __init__(self, name: str, *, dist: Path, cdktf_out: Path) -> None:
        self.name = name
        self.documents = tree_documents(read_tree(dist / name))
        self.stack = Stack.load(cdktf_out / "stacks" / name / "cdk.tf.json")
        bootstrap_path = cdktf_out / "stacks" / "bootstrap" / "cdk.tf.json"
        self.bootstrap = Stack.load(bootstrap_path) if bootstrap_path.is_file() else None
        self.boundaries: dict[str, dict[str, Any]] = {}
        if self.bootstrap is not None:
            for body in self.bootstrap.of("aws_iam_policy").values():
                arn = f"arn:aws:iam::{self.stack.account_id}:policy/{body['name']}"
                self.boundaries[arn] = json.loads(body["policy"])

    def s3_requests(
        self, bucket: str, key: str, operations: Sequence[str], *, headers: Mapping[str, str] | None = None
    ) -> Iterator[tuple[Request, str | None, str | None]]:
        """The S3 and KMS requests of ``operations`` on ``s3://bucket/key``, as S3 authorizes them."""
        found = self.stack.bucket(bucket)
        bucket_id = found[0] if found else None
        encryption = self.stack.bucket_encryption(bucket_id) if bucket_id else None
        bucket_arn, object_arn = f"arn:aws:s3:::{bucket}", f"arn:aws:s3:::{bucket}/{key}"
        prefix = key.rsplit("/", 1)[0] + "/"
        for operation in operations:
            call = aws_calls.S3_CALLS[operation]
            context: dict[str, str] = {f"s3:{name}": value for name, value in (headers or {}).items()}
            if call.on_bucket:
                yield Request(call.action, bucket_arn, {"s3:prefix": prefix, **context}), bucket_id, None
                continue
            yield Request(call.action, object_arn, context), bucket_id, None
            if encryption is not None:
                key_id, bucket_keys = encryption
                encryption_context = bucket_arn if bucket_keys else object_arn
                key_arn = self.stack.arn("aws_kms_key", key_id)
                for action in call.kms_actions:
                    kms_context = {
                        "kms:ViaService": f"s3.{self.stack.region}.amazonaws.com",
                        "kms:EncryptionContext:aws:s3:arn": encryption_context,
                    }
                    yield Request(action, key_arn, kms_context), None, key_id

    def backup_tool_workloads(self) -> Iterator[AwsCaller]:
        for document in self.documents:
            spec = _pod_spec(document)
            if not spec:
                continue
            containers = [*spec.get("initContainers", []), *spec.get("containers", [])]
            for container in containers:
                env = {item["name"]: item.get("value") for item in container.get("env", [])}
                if "BACKUP_BUCKET" not in env:
                    continue
                argv = tuple(container.get("args", []))
                calls = aws_calls.calls_of(argv)
                namespace = document["metadata"].get("namespace", "")
                bucket, environment = env["BACKUP_BUCKET"], env.get("BACKUP_ENVIRONMENT", self.name)
                if argv[0] in ("qdrant", "redis", "vault"):
                    components: tuple[str, ...] = (argv[0],)
                elif "--component" in argv:
                    components = (argv[argv.index("--component") + 1],)
                else:
                    components = ("qdrant", "redis", "vault")
                requests: list[tuple[Request, str | None, str | None]] = []
                for scope, operations in calls.items():
                    for component in (argv[0],) if scope == "component" else components:
                        key = f"{environment}/{component}/2026-01-01T00-00-00Z.bin"
                        requests += self.s3_requests(bucket, key, operations)
                yield AwsCaller(
                    f"{document['kind']} {namespace}/{document['metadata']['name']} ({' '.join(argv[:2])})",
                    namespace,
                    spec.get("serviceAccountName", "default"),
                    tuple({repr(item): item for item in requests}.values()),
                )

    def addon_workloads(self) -> Iterator[AwsCaller]:
        for document in self.documents:
            if document.get("kind") != "Application":
                continue
            name = document["metadata"]["name"]
            if name not in ADDON_SERVICE_ACCOUNTS:
                continue
            values = document["spec"]["source"].get("helm", {}).get("valuesObject", {})
            namespace = document["spec"]["destination"]["namespace"]
            service_account = _dig(values, ADDON_SERVICE_ACCOUNTS[name]) or name
            yield AwsCaller(
                f"Application argocd/{name}",
                namespace,
                service_account,
                tuple(self._addon_requests(name, values)),
            )
        addons = {body.get("addon_name") for body in self.stack.of("aws_eks_addon").values()}
        if "aws-ebs-csi-driver" in addons:
            yield AwsCaller(
                "EKS add-on aws-ebs-csi-driver", *EBS_CSI_SERVICE_ACCOUNT, tuple(self._ebs_csi_requests())
            )

    def _ebs_key(self) -> str | None:
        for document in self.documents:
            if document.get("kind") == "StorageClass":
                alias_arn = document.get("parameters", {}).get("kmsKeyId", "")
                return self.stack.key_by_alias("alias/" + alias_arn.rsplit(":alias/", 1)[-1])
        return None

    def _ebs_csi_requests(self) -> Iterator[tuple[Request, str | None, str | None]]:
        key_id = self._ebs_key()
        if key_id is None:
            return
        key_arn = self.stack.arn("aws_kms_key", key_id)
        via = {"kms:ViaService": f"ec2.{self.stack.region}.amazonaws.com"}
        yield Request("kms:CreateGrant", key_arn, {**via, "kms:GrantIsForAWSResource": "true"}), None, key_id
        for action in ("kms:GenerateDataKeyWithoutPlaintext", "kms:Decrypt", "kms:DescribeKey"):
            yield Request(action, key_arn, via), None, key_id

    def _addon_requests(
        self, name: str, values: Mapping[str, Any]
    ) -> Iterator[tuple[Request, str | None, str | None]]:
        region, account = self.stack.region, self.stack.account_id
        if name == "velero":
            for location in values.get("configuration", {}).get("backupStorageLocation", []):
                config = location.get("config", {})
                headers = {}
                if config.get("kmsKeyId"):
                    headers = {
                        "x-amz-server-side-encryption": "aws:kms",
                        "x-amz-server-side-encryption-aws-kms-key-id": config["kmsKeyId"],
                    }
                elif config.get("serverSideEncryption"):
                    headers = {"x-amz-server-side-encryption": config["serverSideEncryption"]}
                key = f"{location['prefix']}/backups/daily/velero-backup.json"
                yield from self.s3_requests(
                    location["bucket"],
                    key,
                    ("ListObjectsV2", "PutObject", "GetObject", "DeleteObject"),
                    headers=headers,
                )
            volume = f"arn:aws:ec2:{region}:{account}:volume/vol-0123456789abcdef0"
            yield Request("ec2:CreateSnapshot", volume), None, None
            yield Request("ec2:DescribeVolumes", "*", {"aws:RequestedRegion": region}), None, None
        elif name == "vault":
            config = json.dumps(values)
            match = re.search(r'kms_key_id\s*=\s*\\"(alias/[^\\"]+)', config)
            key_id = self.stack.key_by_alias(match.group(1)) if match else None
            if key_id is None:
                yield Request("kms:Decrypt", "arn:aws:kms:::key/missing-unseal-key"), None, None
                return
            for action in ("kms:Encrypt", "kms:Decrypt", "kms:DescribeKey"):
                yield Request(action, self.stack.arn("aws_kms_key", key_id)), None, key_id
        elif name == "cert-manager":
            for document in self.documents:
                if document.get("kind") != "ClusterIssuer":
                    continue
                for solver in document["spec"].get("acme", {}).get("solvers", []):
                    zone = solver.get("dns01", {}).get("route53", {}).get("hostedZoneID")
                    if not zone:
                        continue
                    context = {
                        "route53:ChangeResourceRecordSetsRecordTypes": ["TXT"],
                        "route53:ChangeResourceRecordSetsNormalizedRecordNames": [
                            "_acme-challenge.api.example.com"
                        ],
                        "route53:ChangeResourceRecordSetsActions": ["UPSERT"],
                    }
                    zone_arn = f"arn:aws:route53:::hostedzone/{zone}"
                    yield Request("route53:ChangeResourceRecordSets", zone_arn, context), None, None
                    yield Request("route53:ListResourceRecordSets", zone_arn), None, None
                    yield Request("route53:GetChange", "arn:aws:route53:::change/C0123456789"), None, None
        elif name == "karpenter":
            queue = values.get("settings", {}).get("interruptionQueue")
            yield Request("sqs:ReceiveMessage", f"arn:aws:sqs:{region}:{account}:{queue}"), None, None
            yield Request("ec2:DescribeInstanceTypes", "*", {"aws:RequestedRegion": region}), None, None
            yield Request("pricing:GetProducts", "*", {"aws:RequestedRegion": region}), None, None
            key_id = self._ebs_key()
            if key_id:
                via = {"kms:ViaService": f"ec2.{region}.amazonaws.com"}
                yield Request("kms:CreateGrant", self.stack.arn("aws_kms_key", key_id), via), None, key_id


def pod_chains(environment: CommittedOutput) -> list[Chain]:
    """Every needed call of every workload that calls AWS, through association, trust and policies."""
    stack = environment.stack
    associations = {
        (body["namespace"], body["service_account"]): body
        for body in stack.of("aws_eks_pod_identity_association").values()
    }
    chains: list[Chain] = []
    for workload in (*environment.backup_tool_workloads(), *environment.addon_workloads()):
        subject = f"{workload.label} as {workload.namespace}/{workload.service_account}"
        association = associations.get((workload.namespace, workload.service_account))
        if association is None:
            chains.append(
                Chain(
                    subject,
                    "Pod Identity association",
                    Decision(
                        False,
                        f"no aws_eks_pod_identity_association for {workload.namespace}/"
                        f"{workload.service_account}: the pods get no AWS credentials",
                    ),
                )
            )
            continue
        role_id = stack.role_id_of(association["role_arn"])
        if role_id is None:
            chains.append(
                Chain(subject, "role", Decision(False, f"role {association['role_arn']} is not in the stack"))
            )
            continue
        trust = json.loads(stack.of("aws_iam_role")[role_id]["assume_role_policy"])
        tags = {
            "aws:SourceAccount": stack.account_id,
            "aws:RequestTag/eks-cluster-name": association["cluster_name"],
            "aws:RequestTag/kubernetes-namespace": workload.namespace,
            "aws:RequestTag/kubernetes-service-account": workload.service_account,
        }
        trusted = trust_decision(trust, POD_IDENTITY_SERVICE, ("sts:AssumeRole", "sts:TagSession"), tags)
        chains.append(Chain(subject, f"trust of {stack.arn('aws_iam_role', role_id)}", trusted))
        if not trusted.allowed:
            continue
        principal = stack.role(role_id, boundaries=environment.boundaries)
        for request, bucket_id, key_id in workload.requests:
            decision = evaluate(
                principal,
                request,
                resource_policy=stack.bucket_policy(bucket_id) if bucket_id else None,
                key_policy=stack.key_policy(key_id) if key_id else None,
            )
            chains.append(Chain(subject, request.describe(), decision))
    return chains


def replication_chains(environment: CommittedOutput) -> list[Chain]:
    """S3 replication of every bucket with a replication configuration, as the S3 service role."""
    stack = environment.stack
    chains: list[Chain] = []
    for body in stack.of("aws_s3_bucket_replication_configuration").values():
        role_id = stack.role_id_of(body["role"])
        source_id = REFERENCE.fullmatch(body["bucket"])
        if role_id is None or source_id is None:
            continue
        source = stack.of("aws_s3_bucket")[source_id.group(2)]["bucket"]
        principal = stack.role(role_id, boundaries=environment.boundaries)
        subject = f"S3 replication of {source}"
        trust = json.loads(stack.of("aws_iam_role")[role_id]["assume_role_policy"])
        chains.append(
            Chain(
                subject,
                "trust",
                trust_decision(
                    trust, "s3.amazonaws.com", ("sts:AssumeRole",), {"aws:SourceAccount": stack.account_id}
                ),
            )
        )
        for rule in body["rule"]:
            destination = REFERENCE.fullmatch(rule["destination"]["bucket"])
            if destination is None:
                continue
            target_id = destination.group(2)
            target = stack.of("aws_s3_bucket")[target_id]["bucket"]
            source_arn, target_arn = f"arn:aws:s3:::{source}", f"arn:aws:s3:::{target}"
            requests: list[tuple[Request, str | None]] = [
                (Request("s3:GetReplicationConfiguration", source_arn), None),
                (Request("s3:GetObjectVersionForReplication", f"{source_arn}/prod/x"), None),
                (Request("s3:ReplicateObject", f"{target_arn}/prod/x"), None),
            ]
            for bucket_id, bucket_arn, region, actions in (
                (source_id.group(2), source_arn, stack.region, ("kms:Decrypt",)),
                (target_id, target_arn, stack.dr_region, ("kms:GenerateDataKey", "kms:Encrypt")),
            ):
                encryption = stack.bucket_encryption(bucket_id)
                if encryption is None:
                    continue
                key_id, bucket_keys = encryption
                context = {
                    "kms:ViaService": f"s3.{region}.amazonaws.com",
                    "kms:EncryptionContext:aws:s3:arn": bucket_arn if bucket_keys else f"{bucket_arn}/prod/x",
                }
                for action in actions:
                    requests.append((Request(action, stack.arn("aws_kms_key", key_id), context), key_id))
            for request, used_key in requests:
                decision = evaluate(
                    principal, request, key_policy=stack.key_policy(used_key) if used_key else None
                )
                chains.append(Chain(subject, request.describe(), decision))
        chains.append(
            Chain(
                subject,
                "replication failures reach someone",
                Decision(
                    all(
                        rule["destination"].get("metrics", {}).get("status") == "Enabled"
                        for rule in body["rule"]
                    )
                    and any(
                        alarm.get("metric_name") == "OperationsFailedReplication"
                        and alarm.get("alarm_actions")
                        for alarm in stack.of("aws_cloudwatch_metric_alarm").values()
                    ),
                    "replication metrics on every rule, and an OperationsFailedReplication alarm that"
                    " notifies someone",
                ),
            )
        )
    return chains


def upload_chains(environment: CommittedOutput) -> list[Chain]:
    """Every client's uploads against the bucket policy they meet: only explicit denies matter here
    (the client's own role is checked by ``pod_chains``)."""
    chains: list[Chain] = []
    stack = environment.stack
    anyone = Principal(
        "arn:aws:iam::000000000000:role/client",
        ({"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]},),
    )
    clients: list[tuple[str, Stack, str, Request]] = []
    for workload in (*environment.backup_tool_workloads(), *environment.addon_workloads()):
        for request, bucket_id, _ in workload.requests:
            if bucket_id and request.action == "s3:PutObject":
                clients.append((workload.label, stack, bucket_id, request))
    if environment.bootstrap is not None and stack.backend:
        backend = stack.backend
        headers: dict[str, str] = {}
        if backend.get("encrypt"):
            headers["s3:x-amz-server-side-encryption"] = "aws:kms"
            if backend.get("kms_key_id"):
                headers["s3:x-amz-server-side-encryption-aws-kms-key-id"] = backend["kms_key_id"]
        found = environment.bootstrap.bucket(backend["bucket"])
        if found:
            for key in (backend["key"], f"{backend['key']}.tflock"):
                request = Request("s3:PutObject", f"arn:aws:s3:::{backend['bucket']}/{key}", headers)
                clients.append(("Terraform S3 backend", environment.bootstrap, found[0], request))
    for label, owner, bucket_id, request in clients:
        policy = owner.bucket_policy(bucket_id)
        if policy is None:
            continue
        decision = evaluate(anyone, request, resource_policy=policy)
        chains.append(Chain(f"{label} -> bucket policy", request.describe(), decision))
    return chains


LAUNCHING_SERVICE_ROLES: dict[str, str] = {
    "Auto Scaling (system node group)": (
        "aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling"
    ),
    "EC2 Spot (Karpenter's spot nodes)": "aws-service-role/spot.amazonaws.com/AWSServiceRoleForEC2Spot",
}
"""Service-linked roles that launch instances whose volumes use the EBS key: they have no IAM
permission on customer keys, so the key policy itself must allow them."""


def launch_chains(environment: CommittedOutput) -> list[Chain]:
    """The EBS key as the services that launch nodes with it use it (spot only where a NodePool
    admits spot capacity)."""
    key_id = environment._ebs_key()
    if key_id is None:
        return [
            Chain(
                "EBS key",
                "found by the StorageClass's kmsKeyId",
                Decision(False, "no StorageClass names a key alias of the stack"),
            )
        ]
    spot = any(
        document.get("kind") == "NodePool"
        and "spot"
        in json.dumps(document.get("spec", {}).get("template", {}).get("spec", {}).get("requirements", []))
        for document in environment.documents
    )
    stack = environment.stack
    key_arn = stack.arn("aws_kms_key", key_id)
    chains: list[Chain] = []
    for label, path in LAUNCHING_SERVICE_ROLES.items():
        if "Spot" in label and not spot:
            continue
        role = f"arn:aws:iam::{stack.account_id}:role/{path}"
        principal = Principal(role, (), None, stack.account_id)
        for request in (
            Request("kms:CreateGrant", key_arn, {"kms:GrantIsForAWSResource": "true"}),
            Request("kms:GenerateDataKeyWithoutPlaintext", key_arn),
            Request("kms:Decrypt", key_arn),
        ):
            decision = evaluate(principal, request, key_policy=stack.key_policy(key_id))
            chains.append(Chain(f"{label} launching with the EBS key", request.describe(), decision))
    return chains


def failures(chains: Sequence[Chain]) -> list[Chain]:
    return [chain for chain in chains if not chain.decision.allowed]


def all_chains(name: str, *, dist: Path, cdktf_out: Path) -> list[Chain]:
    """Every chain of environment ``name``: pods, replication, uploads, and CI's apply role."""
    from contexter_deploy.validation.ci_permissions import apply_chains

    environment = CommittedOutput(name, dist=dist, cdktf_out=cdktf_out)
    chains: list[Chain] = []
    for group in (pod_chains, replication_chains, launch_chains, upload_chains, apply_chains):
        try:
            chains += group(environment)
        except (KeyError, IndexError, TypeError, ValueError) as error:
            reason = f"{type(error).__name__} {error}: a resource lacks a field the analysis reads"
            chains.append(
                Chain(f"{group.__name__} of {name}", "read the synthesized output", Decision(False, reason))
            )
    return chains
