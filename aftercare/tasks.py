from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import task

from aftercare.services import contact, privacy


@task()
def send_reminder(reminder_id: int) -> bool:
    return contact.reminder_send(reminder_id=reminder_id)


@task()
def deliver_due_reminders() -> int:
    return contact.reminders_deliver_due()


@task()
def apply_retention(repeat: bool = True) -> dict[str, int]:
    """Apply every organisation's retention periods, then queue the next run. Started once with
    `manage.py apply_retention --schedule`; the work is idempotent, so a second chain only
    costs time. The immediate backend of the tests cannot defer, so it never repeats there."""
    result = privacy.retention_apply()
    if repeat and apply_retention.get_backend().supports_defer:
        next_run = timezone.now() + timedelta(hours=settings.RETENTION_INTERVAL_HOURS)
        apply_retention.using(run_after=next_run).enqueue(repeat=True)
    return {"erased_survivors": len(result.erased_survivors), **result.cleared}
