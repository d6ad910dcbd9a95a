"""The stateless Contexter services: api-gateway, search and ingestion."""
