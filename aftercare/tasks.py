from __future__ import annotations

from django_tasks import task

from aftercare.services import contact


@task()
def send_reminder(reminder_id: int) -> bool:
    return contact.reminder_send(reminder_id=reminder_id)


@task()
def deliver_due_reminders() -> int:
    return contact.reminders_deliver_due()
