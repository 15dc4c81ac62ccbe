"""Writes of the core, as typed keyword-only functions. Split by subject:

- audit: the append-only trail (`audit_record`, `survivor_file_open`)
- people: intake of survivors and buddies, consent and safety records
- relations: matches and peer-group memberships, safe under concurrent requests
- accounts: organisations and user accounts
"""

from aftercare.services.accounts import account_create, organisation_create
from aftercare.services.audit import audit_record, survivor_file_open
from aftercare.services.people import (
    buddy_create,
    buddy_update,
    consent_record,
    contact_ban_add,
    interest_create,
    safety_exclusion_add,
    survivor_create,
    survivor_update,
)
from aftercare.services.relations import (
    group_create,
    match_create,
    match_transition,
    membership_add,
    membership_leave,
)

__all__ = [
    "account_create",
    "audit_record",
    "buddy_create",
    "buddy_update",
    "consent_record",
    "contact_ban_add",
    "group_create",
    "interest_create",
    "match_create",
    "match_transition",
    "membership_add",
    "membership_leave",
    "organisation_create",
    "safety_exclusion_add",
    "survivor_create",
    "survivor_file_open",
    "survivor_update",
]
