"""charts/services/service_settings.py"""

from __future__ import annotations

import pytest

from charts.secret_catalog import QDRANT_CLIENT, REDIS_CLIENT, VOYAGE_AI
from charts.services.service_settings import SecretEnv, callees, secret_environment, settings
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.topology import API_GATEWAY, INGESTION, SEARCH


def test_api_gateway_learns_only_where_search_and_ingestion_are(environments: dict[str, Environment]) -> None:
    assert settings(API_GATEWAY, environments["prod"]) == {
        "SERVICE_NAME": "api-gateway",
        "HTTP_PORT": "8000",
        "SEARCH_URL": "http://search.contexter.svc.cluster.local:8000",
        "INGESTION_URL": "http://ingestion.contexter.svc.cluster.local:8000",
    }
    assert secret_environment(API_GATEWAY) == ()


def test_search_gets_qdrant_redis_and_voyage_settings(environments: dict[str, Environment]) -> None:
    data = settings(SEARCH, environments["prod"])
    assert data["QDRANT_URL"] == "http://qdrant.contexter-data.svc.cluster.local:6333"
    assert data["QDRANT_GRPC_URL"] == "http://qdrant.contexter-data.svc.cluster.local:6334"
    assert data["QDRANT_COLLECTION"] == "contexter-docs"
    assert data["QDRANT_REPLICATION_FACTOR"] == "2"
    assert data["VOYAGE_AI_MODEL"] == "voyage-3.5"
    assert data["VOYAGE_AI_URL"] == "https://api.voyageai.com"
    assert data["INGESTION_QUEUE"] == "contexter:ingestion:jobs"


def test_staging_and_prod_reach_redis_through_the_sentinels(environments: dict[str, Environment]) -> None:
    data = settings(INGESTION, environments["prod"])
    assert data["REDIS_MODE"] == "sentinel"
    assert data["REDIS_SENTINEL_MASTER"] == "contexter"
    assert data["REDIS_SENTINEL_ADDRESSES"].split(",") == [
        f"redis-{n}.redis-headless.contexter-data.svc.cluster.local:26379" for n in range(3)
    ]
    assert "REDIS_URL" not in data


def test_dev_reaches_its_single_redis_directly(environments: dict[str, Environment]) -> None:
    data = settings(INGESTION, environments["dev"])
    assert data["REDIS_MODE"] == "standalone"
    assert data["REDIS_URL"] == "redis://redis.contexter-data.svc.cluster.local:6379/0"
    assert "REDIS_SENTINEL_ADDRESSES" not in data


def test_dev_collections_are_not_replicated_but_prod_ones_are(environments: dict[str, Environment]) -> None:
    assert settings(SEARCH, environments["dev"])["QDRANT_REPLICATION_FACTOR"] == "1"
    assert int(settings(SEARCH, environments["staging"])["QDRANT_REPLICATION_FACTOR"]) >= 2


def test_only_ingestion_may_write_to_qdrant() -> None:
    assert SecretEnv("QDRANT_API_KEY", QDRANT_CLIENT, "api-key") in secret_environment(INGESTION)
    assert SecretEnv("QDRANT_API_KEY", QDRANT_CLIENT, "read-only-api-key") in secret_environment(SEARCH)


def test_secrets_follow_the_call_graph() -> None:
    assert {env.secret for env in secret_environment(SEARCH)} == {QDRANT_CLIENT, REDIS_CLIENT, VOYAGE_AI}
    assert [callee.name for callee in callees(API_GATEWAY)] == ["search", "ingestion"]


def test_fails_when_a_secret_key_is_not_in_the_catalog() -> None:
    with pytest.raises(ValueError, match="Secret 'voyage-ai' has no key 'token'; keys: api-key"):
        SecretEnv("VOYAGE_API_KEY", VOYAGE_AI, "token")
