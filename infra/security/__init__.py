"""Encryption keys shared by several components."""
