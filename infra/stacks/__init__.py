"""Terraform stacks: one per environment."""
