"""Domain errors of the core, each with a stable code the API and consumers render."""

from __future__ import annotations

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


class DomainError(Exception):
    """Base of every rule the domain refuses. `status` is the HTTP status it maps to."""

    code = "domain_error"
    status = 400
    default_message: str | Promise = _("This action is not allowed.")

    def __init__(self, message: str | Promise | None = None, *, field: str | None = None) -> None:
        self.message = message if message is not None else self.default_message
        self.field = field
        super().__init__(str(self.message))


class NotFound(DomainError):
    """Also raised for objects outside the user's scope: a 404 never confirms they exist."""

    code = "not_found"
    status = 404
    default_message = _("Not found.")


class Forbidden(DomainError):
    code = "forbidden"
    status = 403
    default_message = _("You are not allowed to do this.")


class Conflict(DomainError):
    code = "conflict"
    status = 409
    default_message = _("This conflicts with the current state.")


class CapacityExceeded(Conflict):
    code = "buddy_capacity_exceeded"
    default_message = _("This buddy has no free place left.")


class SurvivorAlreadyMatched(Conflict):
    code = "survivor_already_matched"
    default_message = _("This participant already has a buddy.")


class NotEligible(Conflict):
    code = "not_eligible"
    default_message = _("Not eligible for matching.")


class Excluded(Conflict):
    code = "excluded_pair"
    default_message = _("These two must never be matched or grouped together.")


class GroupFull(Conflict):
    code = "group_full"
    default_message = _("This group has no free place left.")


class InvalidTransition(Conflict):
    code = "invalid_transition"
    default_message = _("This status change is not possible.")


class OtherOrganisation(NotFound):
    """Cross-tenant references are reported as not found."""
