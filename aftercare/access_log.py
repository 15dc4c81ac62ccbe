"""The access log in plain language: which role did what with her data, and when.

Built from audit events (see `selectors.survivor_access_log`). A sentence names a role, never a
person: "Een coördinator heeft je dossier bekeken op 3 november om 14:05".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from aftercare.choices import Role
from aftercare.models import AuditEvent
from aftercare.models.audit import AuditAction

WHO: dict[str, Promise] = {
    Role.COORDINATOR: gettext_lazy("A coordinator"),
    Role.BUDDY: gettext_lazy("A buddy"),
    Role.FACILITATOR: gettext_lazy("A group leader"),
    Role.ADMIN: gettext_lazy("An administrator"),
    Role.SURVIVOR: gettext_lazy("A participant"),
    "": gettext_lazy("The system"),
}

WHAT: dict[str, Promise] = {
    "survivor": gettext_lazy("your file"),
    "consent": gettext_lazy("your consent"),
    "match": gettext_lazy("your buddy match"),
    "membership": gettext_lazy("your group membership"),
    "contactmoment": gettext_lazy("an appointment"),
    "safetyexclusion": gettext_lazy("your safety details"),
    "contactban": gettext_lazy("your safety details"),
}

# One whole sentence per action, so each language keeps its own word order.
SENTENCES: dict[str, Promise] = {
    AuditAction.VIEW: gettext_lazy("%(who)s opened %(what)s on %(date)s at %(time)s"),
    AuditAction.CREATE: gettext_lazy("%(who)s added %(what)s on %(date)s at %(time)s"),
    AuditAction.UPDATE: gettext_lazy("%(who)s changed %(what)s on %(date)s at %(time)s"),
    AuditAction.DELETE: gettext_lazy("%(who)s removed %(what)s on %(date)s at %(time)s"),
    AuditAction.EXPORT: gettext_lazy("%(who)s exported %(what)s on %(date)s at %(time)s"),
    AuditAction.DECIDE: gettext_lazy("%(who)s decided on %(what)s on %(date)s at %(time)s"),
}


@dataclass(frozen=True)
class AccessLogEntry:
    at: datetime
    role: str
    action: str
    record: str
    sentence: str


def _day(moment: datetime, now: datetime) -> str:
    return date_format(moment, "j F" if moment.year == now.year else "j F Y")


def describe(event: AuditEvent, *, now: datetime | None = None) -> AccessLogEntry:
    local = timezone.localtime(event.at)
    today = timezone.localtime(now or timezone.now())
    role = event.actor_role if event.actor_role in WHO else ""
    sentence = SENTENCES.get(event.action, SENTENCES[AuditAction.UPDATE]) % {
        "who": WHO[role],
        "what": WHAT.get(event.object_type, _("your data")),
        "date": _day(local, today),
        "time": date_format(local, "H:i"),
    }
    return AccessLogEntry(
        at=event.at,
        role=role or "system",
        action=event.action,
        record=event.object_type,
        sentence=sentence,
    )


def describe_all(events: list[AuditEvent]) -> list[AccessLogEntry]:
    now = timezone.now()
    return [describe(event, now=now) for event in events]
