"""Retention per organisation (AVG art. 5(1)(e)), applied by a scheduled task."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from dateutil.relativedelta import relativedelta  # type: ignore[import-untyped]
from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone

from aftercare.choices import Role
from aftercare.errors import Forbidden
from aftercare.models import (
    Match,
    MatchStatus,
    MembershipStatus,
    Organisation,
    Survivor,
    SurvivorStatus,
    User,
)
from aftercare.models.audit import AuditAction
from aftercare.services.audit import audit_record
from aftercare.services.privacy.base import ErasureReason, _providers
from aftercare.services.privacy.erasure import survivor_erase


@dataclass
class RetentionResult:
    erased_survivors: list[int] = field(default_factory=list)
    cleared: dict[str, int] = field(default_factory=dict)


def _last_activity(survivor: Survivor) -> datetime:
    """The latest moment anything happened in her file."""
    moments = [survivor.updated_at]
    found = Match.objects.filter(survivor=survivor).aggregate(
        ended=Max("ended_on"), moment=Max("contact_moments__starts_at")
    )
    if found["ended"] is not None:
        moments.append(timezone.make_aware(datetime.combine(found["ended"], datetime.min.time())))
    if found["moment"] is not None:
        moments.append(found["moment"])
    left = survivor.memberships.aggregate(left=Max("left_at"))["left"]
    if left is not None:
        moments.append(left)
    return max(moments)


def retention_candidates(*, organisation: Organisation, now: datetime) -> list[Survivor]:
    """Closed files without activity for the organisation's retention period: her status is
    closed or all her matches have ended, and she is in no group."""
    cutoff = now - relativedelta(months=organisation.closed_case_retention_months)
    survivors = (
        Survivor.objects.filter(organisation=organisation, erased_at__isnull=True)
        .filter(Q(status=SurvivorStatus.CLOSED) | Q(matches__status=MatchStatus.CLOSED))
        .exclude(matches__status__in=[s for s in MatchStatus.values if s != MatchStatus.CLOSED])
        .exclude(memberships__status=MembershipStatus.ACTIVE)
        .filter(updated_at__lt=cutoff)
        .distinct()
        .order_by("id")
    )
    return [survivor for survivor in survivors if _last_activity(survivor) < cutoff]


def retention_apply(*, now: datetime | None = None) -> RetentionResult:
    """Apply every organisation's retention periods. Idempotent: a second run at the same
    moment finds nothing left to do."""
    now = now or timezone.now()
    result = RetentionResult()
    providers = _providers("PRIVACY_RETENTION_PROVIDERS")
    for organisation in Organisation.objects.order_by("id"):
        with transaction.atomic():
            for provider in providers:
                for name, count in provider(organisation=organisation, now=now).items():
                    result.cleared[name] = result.cleared.get(name, 0) + count
        for survivor in retention_candidates(organisation=organisation, now=now):
            survivor_erase(actor=None, survivor=survivor, reason=ErasureReason.RETENTION, now=now)
            result.erased_survivors.append(survivor.pk)
    return result


@transaction.atomic
def retention_update(
    *,
    actor: User,
    message_retention_months: int,
    closed_case_retention_months: int,
) -> Organisation:
    if actor.role != Role.COORDINATOR or actor.organisation_id is None:
        raise Forbidden()
    organisation = Organisation.objects.select_for_update().get(pk=actor.organisation_id)
    organisation.message_retention_months = message_retention_months
    organisation.closed_case_retention_months = closed_case_retention_months
    organisation.full_clean()
    organisation.save(update_fields=["message_retention_months", "closed_case_retention_months"])
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        obj=organisation,
        organisation_id=organisation.pk,
        changes=["message_retention_months", "closed_case_retention_months"],
    )
    return organisation
