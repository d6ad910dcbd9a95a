"""Secrets from Vault: the ClusterSecretStore and one ExternalSecret per entry of the secret catalog."""
