"""The stateful Contexter services: Qdrant (vectors) and Redis (ingestion queue and cache)."""
