"""Settings people change themselves: an organisation's cadence rules (its coordinators) and a
person's own choice of reminders by e-mail. Both are audited by field name, never by value."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from aftercare.choices import Role
from aftercare.errors import Forbidden
from aftercare.models import CadencePolicy, Organisation, User
from aftercare.models.audit import AuditAction
from aftercare.services.audit import audit_record

CADENCE_FIELDS = (
    "intensive_weeks",
    "intensive_interval_days",
    "regular_interval_days",
    "first_month_check_ins",
    "check_in_interval_days",
)


@transaction.atomic
def cadence_policy_update(
    *,
    actor: User,
    organisation: Organisation,
    intensive_weeks: int,
    intensive_interval_days: int,
    regular_interval_days: int,
    first_month_check_ins: int,
    check_in_interval_days: int,
) -> CadencePolicy:
    """Set the organisation's rules; the dashboard reads them on its next request."""
    if actor.role != Role.COORDINATOR or actor.organisation_id != organisation.pk:
        raise Forbidden()
    CadencePolicy.objects.get_or_create(organisation=organisation)
    policy = CadencePolicy.objects.select_for_update().get(organisation=organisation)
    values = {
        "intensive_weeks": intensive_weeks,
        "intensive_interval_days": intensive_interval_days,
        "regular_interval_days": regular_interval_days,
        "first_month_check_ins": first_month_check_ins,
        "check_in_interval_days": check_in_interval_days,
    }
    changed = [name for name, value in values.items() if getattr(policy, name) != value]
    for name, value in values.items():
        setattr(policy, name, value)
    policy.full_clean(exclude=["organisation"])
    if regular_interval_days < intensive_interval_days:
        raise ValidationError(
            {
                "regular_interval_days": [
                    _("After the first weeks, contact cannot be expected more often than in them.")
                ]
            }
        )
    if not changed:
        return policy
    policy.save()
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        obj=policy,
        organisation_id=organisation.pk,
        changes=changed,
    )
    return policy


@transaction.atomic
def email_reminders_set(*, actor: User, enabled: bool) -> User:
    """Her own choice: reminders also by e-mail (the text stays as neutral as in the app)."""
    user = User.objects.select_for_update().get(pk=actor.pk)
    if user.email_reminders == enabled:
        return user
    user.email_reminders = enabled
    user.save(update_fields=["email_reminders"])
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        obj=user,
        organisation_id=user.organisation_id,
        changes=["email_reminders"],
    )
    actor.email_reminders = enabled
    return user
