"""The backup bucket: streaming uploads with SHA-256 checksums, manifests, listing and deletion.

Uploads are S3 multipart uploads with ``ChecksumAlgorithm=SHA256``: S3 checks every part against
the SHA-256 the tool sends with it, and the tool checks the completed object's composite checksum
and size against what it streamed. The whole-object SHA-256 goes into the manifest, which
``verify`` recomputes from the stored bytes. Credentials come from the default provider chain
(EKS Pod Identity in the cluster); the tool never takes static keys.

Deletes are plain ``DeleteObject`` calls without a version id: on the versioned, object-locked
bucket they add delete markers and leave the locked versions in place until their retention
ends and the bucket's lifecycle rule expires them. The tool never bypasses object lock.
"""

from __future__ import annotations

import base64
import hashlib
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import boto3
from botocore.exceptions import BotoCoreError, ClientError

from contexter_backup.errors import StorageError
from contexter_backup.layout import MANIFEST_SUFFIX, Component, Layout, Manifest, Series, StoredObject

log = logging.getLogger(__name__)

DEFAULT_PART_SIZE = 64 * 1024 * 1024
"""Bytes per multipart part (default 64 MiB: up to 640 GiB per object with S3's 10,000 parts)."""
MIN_PART_SIZE = 5 * 1024 * 1024
"""S3's smallest part size, except for the last part."""
READ_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Backup:
    """A complete backup: its manifest was found and parsed."""

    series: Series
    manifest_key: str
    manifest: Manifest

    @property
    def timestamp(self) -> str:
        return self.manifest.timestamp


@dataclass(frozen=True)
class ObjectInfo:
    """An object in the bucket, as listed."""

    key: str
    size: int
    last_modified: datetime


@dataclass(frozen=True)
class PendingUpload:
    """A multipart upload that was started and never completed or aborted (a killed run)."""

    key: str
    upload_id: str
    initiated: datetime


class BackupStore:
    """One environment's backups in one bucket."""

    def __init__(
        self,
        *,
        bucket: str,
        layout: Layout,
        client: Any | None = None,
        part_size: int = DEFAULT_PART_SIZE,
    ) -> None:
        if part_size < MIN_PART_SIZE:
            raise ValueError(f"part_size {part_size} is below S3's minimum of {MIN_PART_SIZE} bytes")
        self.bucket = bucket
        self.layout = layout
        self.part_size = part_size
        self._s3 = client if client is not None else boto3.client("s3")

    def upload_stream(self, key: str, chunks: Iterable[bytes], *, node: str | None = None) -> StoredObject:
        """Stream ``chunks`` to ``key``; returns its size and SHA-256 once S3 confirmed both.

        A failure while reading or uploading aborts the multipart upload, so nothing is left
        behind; a process killed mid-upload leaves an incomplete upload that is invisible to
        readers and aborted later by ``prune``.
        """
        upload_id = self._call(
            "create_multipart_upload",
            Bucket=self.bucket,
            Key=key,
            ChecksumAlgorithm="SHA256",
            ContentType="application/octet-stream",
        )["UploadId"]
        try:
            whole = hashlib.sha256()
            part_digests: list[bytes] = []
            parts: list[dict[str, Any]] = []
            size = 0
            for part in _parts(chunks, self.part_size):
                whole.update(part)
                digest = hashlib.sha256(part).digest()
                encoded = base64.b64encode(digest).decode()
                response = self._call(
                    "upload_part",
                    Bucket=self.bucket,
                    Key=key,
                    UploadId=upload_id,
                    PartNumber=len(parts) + 1,
                    Body=part,
                    ChecksumSHA256=encoded,
                )
                parts.append(
                    {"PartNumber": len(parts) + 1, "ETag": response["ETag"], "ChecksumSHA256": encoded}
                )
                part_digests.append(digest)
                size += len(part)
            if not parts:  # S3 needs at least one part; an empty source is still an (empty) object
                empty = base64.b64encode(hashlib.sha256(b"").digest()).decode()
                response = self._call(
                    "upload_part",
                    Bucket=self.bucket,
                    Key=key,
                    UploadId=upload_id,
                    PartNumber=1,
                    Body=b"",
                    ChecksumSHA256=empty,
                )
                parts.append({"PartNumber": 1, "ETag": response["ETag"], "ChecksumSHA256": empty})
                part_digests.append(hashlib.sha256(b"").digest())
            self._call(
                "complete_multipart_upload",
                Bucket=self.bucket,
                Key=key,
                UploadId=upload_id,
                MultipartUpload={"Parts": parts},
            )
        except BaseException:
            self._abort(key, upload_id)
            raise
        composite = base64.b64encode(hashlib.sha256(b"".join(part_digests)).digest()).decode()
        self._check_upload(key, size=size, composite=composite)
        stored = StoredObject(key=key, size=size, sha256=whole.hexdigest(), node=node)
        log.info("uploaded", extra={"key": key, "bytes": size, "sha256": stored.sha256, "parts": len(parts)})
        return stored

    def put_manifest(self, key: str, manifest: Manifest) -> None:
        """Write the manifest: the last step of a backup, after every object was uploaded and checked."""
        self._call(
            "put_object",
            Bucket=self.bucket,
            Key=key,
            Body=manifest.to_json(),
            ContentType="application/json",
            ChecksumAlgorithm="SHA256",
        )
        log.info("manifest written", extra={"key": key, "objects": len(manifest.objects)})

    def list_objects(self, prefix: str) -> list[ObjectInfo]:
        """Every current object under ``prefix`` (delete markers and old versions excluded)."""
        found: list[ObjectInfo] = []
        for page in self._paginate("list_objects_v2", Bucket=self.bucket, Prefix=prefix):
            found.extend(
                ObjectInfo(item["Key"], int(item["Size"]), item["LastModified"])
                for item in page.get("Contents", ())
            )
        return found

    def series(self, component: Component) -> list[Series]:
        """Every series of ``component`` that has objects: one per Qdrant collection."""
        if component != "qdrant":
            return [Series(component)]
        prefix = self.layout.component_prefix(component)
        names: list[str] = []
        for page in self._paginate("list_objects_v2", Bucket=self.bucket, Prefix=prefix, Delimiter="/"):
            names.extend(entry["Prefix"][len(prefix) : -1] for entry in page.get("CommonPrefixes", ()))
        return [Series(component, name) for name in sorted(names)]

    def backups(self, series: Series) -> list[Backup]:
        """The complete backups of ``series``, newest first. Unreadable manifests are logged and skipped."""
        found: list[Backup] = []
        for info in self.list_objects(self.layout.series_prefix(series)):
            if not info.key.endswith(MANIFEST_SUFFIX):
                continue
            try:
                manifest = Manifest.from_json(self.read(info.key))
            except (ValueError, TypeError, KeyError) as error:
                log.warning("unreadable manifest skipped", extra={"key": info.key, "error": str(error)})
                continue
            found.append(Backup(series, info.key, manifest))
        return sorted(found, key=lambda backup: backup.timestamp, reverse=True)

    def orphans(self, series: Series) -> list[ObjectInfo]:
        """Data objects of ``series`` that no manifest lists: left behind by interrupted runs."""
        listed = self.list_objects(self.layout.series_prefix(series))
        referenced = set()
        for backup in self.backups(series):
            referenced.add(backup.manifest_key)
            referenced.update(stored.key for stored in backup.manifest.objects)
        return [
            info for info in listed if info.key not in referenced and not info.key.endswith(MANIFEST_SUFFIX)
        ]

    def pending_uploads(self, prefix: str) -> list[PendingUpload]:
        """Multipart uploads under ``prefix`` that were never completed or aborted."""
        found: list[PendingUpload] = []
        for page in self._paginate("list_multipart_uploads", Bucket=self.bucket, Prefix=prefix):
            found.extend(
                PendingUpload(item["Key"], item["UploadId"], item["Initiated"])
                for item in page.get("Uploads", ())
            )
        return found

    def abort_upload(self, pending: PendingUpload) -> None:
        self._abort(pending.key, pending.upload_id)

    def read(self, key: str) -> bytes:
        """The whole object (for manifests, which are small)."""
        body = self._call("get_object", Bucket=self.bucket, Key=key)["Body"]
        try:
            data: bytes = body.read()
        finally:
            body.close()
        return data

    def stream(self, key: str) -> Iterator[bytes]:
        """The object's bytes in chunks of up to 1 MiB, without holding it in memory."""
        body = self._call("get_object", Bucket=self.bucket, Key=key)["Body"]
        try:
            while chunk := self._read_chunk(body):
                yield chunk
        finally:
            body.close()

    def hash_object(self, key: str) -> tuple[int, str]:
        """Size in bytes and hex SHA-256 of the stored object, recomputed from its bytes."""
        digest = hashlib.sha256()
        size = 0
        for chunk in self.stream(key):
            digest.update(chunk)
            size += len(chunk)
        return size, digest.hexdigest()

    def delete_backup(self, backup: Backup) -> None:
        """Delete the manifest first, so the backup stops counting before its data goes."""
        self.delete(backup.manifest_key)
        for stored in backup.manifest.objects:
            self.delete(stored.key)

    def delete(self, key: str) -> None:
        """Delete ``key`` (a delete marker on the versioned bucket); deleting a missing key is a no-op."""
        self._call("delete_object", Bucket=self.bucket, Key=key)
        log.info("deleted", extra={"key": key})

    def _check_upload(self, key: str, *, size: int, composite: str) -> None:
        head = self._call("head_object", Bucket=self.bucket, Key=key, ChecksumMode="ENABLED")
        if int(head["ContentLength"]) != size:
            raise StorageError(
                f"s3://{self.bucket}/{key}: S3 stored {head['ContentLength']} bytes, sent {size}"
            )
        # S3 reports a multipart object's checksum as the SHA-256 of its parts' SHA-256s, with a
        # "-<parts>" suffix (some S3 implementations omit the suffix): compare the digest itself.
        stored = head.get("ChecksumSHA256")
        if stored is not None and stored.partition("-")[0] != composite:
            raise StorageError(f"s3://{self.bucket}/{key}: S3 checksum {stored} differs from {composite}")

    def _abort(self, key: str, upload_id: str) -> None:
        try:
            self._s3.abort_multipart_upload(Bucket=self.bucket, Key=key, UploadId=upload_id)
            log.warning("upload aborted", extra={"key": key, "upload_id": upload_id})
        except (BotoCoreError, ClientError) as error:
            log.error("abort failed", extra={"key": key, "upload_id": upload_id, "error": str(error)})

    def _read_chunk(self, body: Any) -> bytes:
        try:
            chunk: bytes = body.read(READ_CHUNK)
        except (BotoCoreError, ClientError) as error:
            raise StorageError(f"s3://{self.bucket}: reading failed: {error}") from error
        return chunk

    def _call(self, operation: str, **arguments: Any) -> Any:
        try:
            return getattr(self._s3, operation)(**arguments)
        except (BotoCoreError, ClientError) as error:
            where = f"s3://{self.bucket}/{arguments.get('Key', arguments.get('Prefix', ''))}"
            raise StorageError(f"{operation} {where}: {error}") from error

    def _paginate(self, operation: str, **arguments: Any) -> Iterator[dict[str, Any]]:
        try:
            yield from self._s3.get_paginator(operation).paginate(**arguments)
        except (BotoCoreError, ClientError) as error:
            raise StorageError(
                f"{operation} s3://{self.bucket}/{arguments.get('Prefix', '')}: {error}"
            ) from error


def _parts(chunks: Iterable[bytes], part_size: int) -> Iterator[bytes]:
    """Regroup chunks of any size into parts of exactly ``part_size`` (the last may be smaller)."""
    buffer = bytearray()
    for chunk in chunks:
        buffer.extend(chunk)
        while len(buffer) >= part_size:
            yield bytes(buffer[:part_size])
            del buffer[:part_size]
    if buffer:
        yield bytes(buffer)
