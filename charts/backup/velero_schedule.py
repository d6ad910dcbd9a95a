"""The Velero Schedule: the Contexter namespaces' resources and volume snapshots, on a schedule."""

from __future__ import annotations

from dataclasses import dataclass

from constructs import Construct

from imports import velero

VELERO_NAMESPACE = "velero"


@dataclass(frozen=True)
class VeleroScheduleProps:
    """Properties of a ``VeleroSchedule``."""

    name: str
    schedule: str
    ttl_hours: int
    """How long each Velero Backup is kept."""
    namespaces: tuple[str, ...]


class VeleroSchedule(Construct):
    """A ``Schedule`` in ``velero`` backing up ``namespaces`` with their persistent volumes."""

    def __init__(self, scope: Construct, id: str, *, props: VeleroScheduleProps) -> None:
        super().__init__(scope, id)
        if props.ttl_hours < 1 or not props.namespaces:
            raise ValueError(f"Velero schedule {props.name}: needs ttl_hours >= 1 and at least one namespace")
        self.resource = velero.Schedule(
            self,
            "Resource",
            metadata={"name": props.name, "namespace": VELERO_NAMESPACE},
            spec=velero.ScheduleSpec(
                schedule=props.schedule,
                use_owner_references_in_backup=False,
                template=velero.ScheduleSpecTemplate(
                    included_namespaces=list(props.namespaces),
                    snapshot_volumes=True,
                    ttl=f"{props.ttl_hours}h0m0s",
                    storage_location="default",
                ),
            ),
        )
