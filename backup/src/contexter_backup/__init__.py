"""Backups of Contexter's stateful services (Qdrant, Redis, Vault) to S3, and their restore.

See ``contexter-backup --help`` and ``backup/README.md``.
"""

from __future__ import annotations

__version__ = "0.1.0"
