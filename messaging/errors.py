"""Errors of messaging, each with a stable code; the API and the consumer render the same shape."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from aftercare.errors import Conflict, DomainError


class MessagingError(DomainError):
    code = "messaging_error"


class InvalidMessage(MessagingError):
    code = "invalid"
    default_message = _("The input is not valid.")


class ReadOnlyConversation(Conflict):
    code = "read_only"
    default_message = _("This conversation is closed for new messages.")


class RateLimited(MessagingError):
    code = "rate_limited"
    status = 429
    default_message = _("You are sending messages too quickly. Wait a moment and try again.")


class ClientIdReused(Conflict):
    code = "client_id_reused"
    default_message = _("This message id was already used in another conversation.")


class NotHeld(Conflict):
    code = "not_held"
    default_message = _("This message is not waiting for review.")


class CannotReport(Conflict):
    code = "cannot_report"
    default_message = _("You can only report messages you received.")


class NotBlockable(Conflict):
    code = "not_blockable"
    default_message = _("Only a buddy conversation can be blocked.")


class AlreadyAcknowledged(Conflict):
    code = "already_acknowledged"
    default_message = _("This alert was already handled.")
