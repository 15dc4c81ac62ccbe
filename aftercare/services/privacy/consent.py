"""Withdrawal of consent, which stops the processing it covered (AVG art. 7(3))."""

from __future__ import annotations

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from aftercare.models import (
    Consent,
    ConsentScope,
    User,
)
from aftercare.models.audit import AuditAction
from aftercare.services.audit import audit_record
from aftercare.services.privacy.base import (
    WITHDRAWAL_EVENT_REASON,
    AlreadyWithdrawn,
    _check_coordinator,
)
from aftercare.services.privacy.erasure import _close_open_matches, _leave_groups


@transaction.atomic
def consent_withdraw(*, actor: User, consent: Consent, now: datetime | None = None) -> Consent:
    """Withdraw her consent for one scope; what it covered stops from now on.

    Every active consent of that scope is withdrawn (one "no" covers the scope). MATCHING takes
    her out of the matching pool, PEER_GROUP out of the peer-group pool, MESSAGING makes her
    conversations refuse new messages. PROCESSING stops all of that, closes her open match,
    ends her group memberships and hides her from every list but her own file.
    """
    survivor = consent.survivor
    _check_coordinator(actor, survivor)
    consent = Consent.objects.select_for_update().get(pk=consent.pk)
    if consent.withdrawn_at is not None:
        raise AlreadyWithdrawn()
    now = now or timezone.now()
    same_scope = Consent.objects.filter(
        survivor=survivor, scope=consent.scope, withdrawn_at__isnull=True
    )
    for withdrawn in same_scope:
        audit_record(
            actor=actor,
            action=AuditAction.UPDATE,
            obj=withdrawn,
            organisation_id=survivor.organisation_id,
            changes=["withdrawn_at"],
        )
    same_scope.update(withdrawn_at=now)
    if consent.scope == ConsentScope.PROCESSING:
        _close_open_matches(actor=actor, survivor=survivor, event_reason=WITHDRAWAL_EVENT_REASON)
        _leave_groups(actor=actor, survivor=survivor)
    consent.refresh_from_db()
    return consent
