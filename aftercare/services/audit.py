from __future__ import annotations

from collections.abc import Iterable

from django.db import models

from aftercare.models import AuditEvent, Survivor, User
from aftercare.models.audit import AuditAction


def audit_record(
    *,
    actor: User | None,
    action: str,
    obj: models.Model,
    organisation_id: int | None,
    changes: Iterable[str] = (),
) -> AuditEvent:
    return AuditEvent.objects.create(
        organisation_id=organisation_id,
        actor=actor,
        actor_role=getattr(actor, "role", "") or "",
        action=action,
        object_type=obj._meta.model_name or type(obj).__name__.lower(),
        object_id=str(obj.pk),
        changes=sorted(set(changes)),
    )


def survivor_file_open(*, actor: User, survivor: Survivor) -> AuditEvent:
    """Every time staff open a survivor's file, it is written down."""
    return audit_record(
        actor=actor, action=AuditAction.VIEW, obj=survivor, organisation_id=survivor.organisation_id
    )
