"""Failures the tool reports, each with its own exit code.

| code | meaning |
| --- | --- |
| 0 | success |
| 1 | unexpected error (a bug): the traceback is logged |
| 2 | usage or configuration error (bad flag, missing setting) |
| 3 | the source service failed (Qdrant, Redis or Vault unreachable, refused, or returned an error) |
| 4 | S3 failed (access denied, bucket missing, upload rejected) |
| 5 | verification failed: a backup object does not match its recorded size or SHA-256 |
| 6 | the recovery point objective is breached: the newest good backup is too old, or there is none |
| 7 | nothing to restore: no complete backup matches the request |
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes; documented in the module docstring and in backup/README.md."""

    OK = 0
    UNEXPECTED = 1
    USAGE = 2
    SOURCE = 3
    STORAGE = 4
    CORRUPT = 5
    RPO_BREACHED = 6
    NOTHING_TO_RESTORE = 7


class BackupError(Exception):
    """A failure with a known cause; ``exit_code`` says which."""

    exit_code: ExitCode = ExitCode.UNEXPECTED


class UsageError(BackupError):
    exit_code = ExitCode.USAGE


class SourceError(BackupError):
    """Qdrant, Redis or Vault failed or refused the operation."""

    exit_code = ExitCode.SOURCE


class StorageError(BackupError):
    """S3 failed or refused the operation."""

    exit_code = ExitCode.STORAGE


class CorruptBackup(BackupError):
    """A stored object does not match the size or SHA-256 its manifest records."""

    exit_code = ExitCode.CORRUPT


class NothingToRestore(BackupError):
    exit_code = ExitCode.NOTHING_TO_RESTORE
