"""What the privacy services share: errors, the providers of other apps, the checks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any, Protocol

from django.conf import settings
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

from aftercare.choices import Role
from aftercare.errors import Conflict, DomainError, Forbidden, NotFound
from aftercare.models import (
    Organisation,
    Survivor,
    User,
)

ERASED_PSEUDONYM = "Verwijderd"
# The reason of the match event written when erasure or withdrawal closes a match.
ERASURE_EVENT_REASON = "erasure"
WITHDRAWAL_EVENT_REASON = "consent_withdrawn"


class ErasureReason:
    REQUEST = "request"  # she (or her guardian) asked for it
    RETENTION = "retention"  # the organisation's retention period passed
    CHOICES = (REQUEST, RETENTION)


class AlreadyErased(Conflict):
    code = "already_erased"
    default_message = _("The data of this participant has already been erased.")


class AlreadyWithdrawn(Conflict):
    code = "already_withdrawn"
    default_message = _("This consent has already been withdrawn.")


class InvalidErasureReason(Conflict):
    code = "invalid_reason"
    status = 400
    default_message = _("Choose why the data is erased.")


class ConfirmationMismatch(DomainError):
    code = "confirmation_mismatch"
    status = 400
    default_message = _("Type the pseudonym exactly as shown to confirm.")


def erasure_confirm(*, survivor: Survivor, typed: str) -> None:
    """Erasure cannot be undone: the coordinator types the pseudonym of the file she means."""
    if typed.strip() != survivor.pseudonym:
        raise ConfirmationMismatch(field="confirm_pseudonym")


class ExportProvider(Protocol):
    def __call__(self, *, survivor: Survivor) -> dict[str, Any]: ...


class ErasureProvider(Protocol):
    def __call__(self, *, survivor: Survivor) -> list[str]: ...


class RetentionProvider(Protocol):
    def __call__(self, *, organisation: Organisation, now: datetime) -> dict[str, int]: ...


def _providers(setting: str) -> list[Callable[..., Any]]:
    return [import_string(path) for path in getattr(settings, setting, [])]


def _check_coordinator(actor: User, survivor: Survivor) -> None:
    """Only a coordinator of her own organisation; anyone else's survivor does not exist."""
    if actor.role != Role.COORDINATOR or not actor.is_active:
        raise Forbidden()
    if actor.organisation_id != survivor.organisation_id:
        raise NotFound()


def _iso(value: date | datetime | None) -> str | None:
    return None if value is None else value.isoformat()
