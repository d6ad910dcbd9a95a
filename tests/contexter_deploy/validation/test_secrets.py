"""contexter_deploy/validation/secrets.py: no secret material anywhere in dist/."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import pytest
import yaml

from contexter_deploy.facts.file_tree import read_tree
from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.kubernetes_synth import DIST_DIR
from contexter_deploy.validation import CHECKS
from contexter_deploy.validation.secrets import (
    check_no_secret_data,
    check_no_secret_literals,
    entropy,
    scan_files,
)
from tests.contexter_deploy.validation.mutate import messages

# Shaped like real credentials, assembled at run time so this file holds none.
AWS_KEY_ID = "AKIA" + "Q3EXAMPLE7KEY2ID"
AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCYEXAMPLEKEY"
JWT = "eyJhbGciOiJIUzI1NiJ9." + "eyJzdWIiOiJjb250ZXh0ZXIifQ." + "c2lnbmF0dXJlLW9mLWEtdGVzdA"


def _config_map(data: dict[str, str]) -> Manifest:
    return Manifest(
        {
            "apiVersion": "v1",
            "kind": "ConfigMap",
            "metadata": {"name": "c", "namespace": "contexter"},
            "data": data,
        }
    )


def test_the_scans_run_on_every_synth_and_validate() -> None:
    assert check_no_secret_data in CHECKS
    assert check_no_secret_literals in CHECKS


def test_the_committed_dist_holds_no_secret_material() -> None:
    for environment in ("dev", "staging", "prod"):
        files = read_tree(DIST_DIR / environment)
        assert files, environment
        assert messages(scan_files(files)) == []


def test_image_digests_are_not_mistaken_for_secrets() -> None:
    digest = "sha256:" + "8a0974ffbf65b38890ae86da772748a0361e0dfa194b730149278c8bd28a379e"
    document = _config_map({"image": f"registry.example.com/contexter/search:1.4.2@{digest}"})
    assert list(check_no_secret_literals([document])) == []


def test_references_to_secrets_are_not_secrets(manifests: dict[str, tuple[Manifest, ...]]) -> None:
    env = {"name": "REDIS_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "redis-auth", "key": "password"}}}
    document = _config_map({"redis.conf": "requirepass ${REDIS_PASSWORD}\nmasterauth $(REDIS_PASSWORD)"})
    assert list(check_no_secret_literals([document, Manifest({"kind": "X", "env": [env]})])) == []
    external_secrets = [m for m in manifests["prod"] if m.kind in ("ExternalSecret", "ClusterSecretStore")]
    assert external_secrets
    assert list(check_no_secret_literals(external_secrets)) == []


def test_fails_when_a_secret_with_data_is_in_dist(tmp_path: Path) -> None:
    secret = {
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": {"name": "voyage-ai", "namespace": "contexter"},
        "data": {"api-key": base64.b64encode(b"not-a-real-key").decode()},
    }
    files = {**read_tree(DIST_DIR / "prod"), "contexter/voyage-ai.secret.yaml": yaml.safe_dump(secret)}

    found = messages(scan_files(files))

    assert found == [
        "Secret contexter/voyage-ai: has data: secret values must come from Vault through an ExternalSecret"
        " [secrets]",
        "Secret contexter/voyage-ai: data.api-key: a literal value (bm90... (20 chars)) for a password-like"
        " field [secrets]",
    ]


def test_fails_when_a_secret_has_string_data() -> None:
    secret = Manifest(
        {
            "kind": "Secret",
            "metadata": {"name": "s", "namespace": "contexter"},
            "stringData": {"password": "x"},
        }
    )
    assert messages(check_no_secret_data([secret])) == [
        "Secret contexter/s: has stringData: secret values must come from Vault through an ExternalSecret"
        " [secrets]"
    ]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ({"AWS_ACCESS_KEY_ID": AWS_KEY_ID}, "looks like an AWS access key ID"),
        ({"token": JWT}, "looks like a JWT"),
        ({"key.pem": "-----BEGIN " + "PRIVATE KEY-----\nMIIE..."}, "looks like a private key"),
        ({"url": "redis://default:" + "hunter2" + "@redis:6379"}, "looks like a password in a URL"),
        ({"aws": AWS_SECRET}, "high-entropy string"),
        (
            {"salt": "9f86d081884c7d659a2feaa0c55ad015" + "a3bf4f1b2b0b822cd15d6c15b0f00a08"},
            "high-entropy hex string",
        ),
        ({"password": "hunter2"}, "a literal value (hunt... (7 chars)) for a password-like field"),
        ({"apiKey": "abcd"}, "a literal value (abcd... (4 chars)) for a password-like field"),
        ({"redis.conf": "port 6379\nrequirepass " + "hunter22"}, "assigns a literal (hunt... (8 chars))"),
    ],
    ids=[
        "aws-key-id",
        "jwt",
        "private-key",
        "url-password",
        "entropy",
        "hex-entropy",
        "password",
        "api-key",
        "conf",
    ],
)
def test_fails_when_a_document_holds_a_secret_looking_literal(data: dict[str, str], reason: str) -> None:
    found = messages(check_no_secret_literals([_config_map(data)]))
    assert any(reason in line for line in found), found
    assert all(value not in line for line in found for value in data.values() if len(value) > 12)


def test_fails_when_an_environment_variable_holds_a_password() -> None:
    env: dict[str, Any] = {"name": "VOYAGE_API_KEY", "value": "pa-" + "abc123"}
    deployment = Manifest(
        {"kind": "Deployment", "metadata": {"name": "d", "namespace": "contexter"}, "env": [env]}
    )
    assert messages(check_no_secret_literals([deployment])) == [
        "Deployment contexter/d: env[0]: variable VOYAGE_API_KEY has a literal value (pa-a... (9 chars));"
        " use valueFrom.secretKeyRef [secrets]"
    ]


def test_fails_when_a_comment_holds_a_key() -> None:
    files = {"contexter/c.configmap.yaml": f"# rotated: {AWS_KEY_ID}\napiVersion: v1\nkind: ConfigMap\n"}
    assert messages(scan_files(files)) == [
        "contexter/c.configmap.yaml:1: looks like an AWS access key ID [secrets]"
    ]


def test_entropy_separates_words_from_keys() -> None:
    assert entropy("aaaaaaaaaaaaaaaaaaaa") == 0
    assert entropy("contexter-prod-backups-eu-west-1") < 4.5
    assert entropy(AWS_SECRET) > 4.5


def test_prose_and_reference_names_are_not_secrets() -> None:
    document = _config_map(
        {
            "description": "the password rotation runs hourly; the token audience is vault",
            "existingSecret": "admin",
        }
    )
    env = [
        {"name": "REDIS_SECRET_NAME", "value": "redis-auth"},
        {"name": "REDIS_PASSWORD_FILE", "value": "x.txt"},
    ]
    deployment = Manifest(
        {"kind": "Deployment", "metadata": {"name": "d", "namespace": "contexter"}, "env": env}
    )
    assert list(check_no_secret_literals([document, deployment])) == []
