"""Cloud prerequisites of the in-cluster Vault (see docs/vault.md)."""
