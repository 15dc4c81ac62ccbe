"""Who may do what in the core: one table of role × action, tested as a matrix.

Object scope (which survivor, which organisation) is applied by the selectors; this module
answers only whether a role may attempt an action at all.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from aftercare.choices import Role


class Action(StrEnum):
    SURVIVOR_LIST = "survivor.list"
    SURVIVOR_VIEW = "survivor.view"
    SURVIVOR_CREATE = "survivor.create"
    SURVIVOR_UPDATE = "survivor.update"
    SURVIVOR_SAFETY = "survivor.safety"
    BUDDY_LIST = "buddy.list"
    BUDDY_VIEW = "buddy.view"
    BUDDY_CREATE = "buddy.create"
    BUDDY_UPDATE = "buddy.update"
    MATCH_LIST = "match.list"
    MATCH_CREATE = "match.create"
    MATCH_CHANGE = "match.change"
    GROUP_LIST = "group.list"
    GROUP_CREATE = "group.create"
    GROUP_CHANGE = "group.change"
    INTEREST_MANAGE = "interest.manage"
    AUDIT_VIEW = "audit.view"
    ORGANISATION_MANAGE = "organisation.manage"
    ACCOUNT_MANAGE = "account.manage"
    PROFILE_VIEW = "profile.view"
    CONTACT_LIST = "contact.list"
    CONTACT_PLAN = "contact.plan"
    DASHBOARD_VIEW = "dashboard.view"
    CADENCE_CHANGE = "cadence.change"
    SURVIVOR_EXPORT = "survivor.export"
    SURVIVOR_ERASE = "survivor.erase"
    CONSENT_WITHDRAW = "consent.withdraw"
    RETENTION_MANAGE = "retention.manage"
    OWN_DATA_VIEW = "own_data.view"


C, B, S, F, A = Role.COORDINATOR, Role.BUDDY, Role.SURVIVOR, Role.FACILITATOR, Role.ADMIN

RULES: dict[Action, frozenset[str]] = {
    Action.SURVIVOR_LIST: frozenset({C}),
    Action.SURVIVOR_VIEW: frozenset({C}),
    Action.SURVIVOR_CREATE: frozenset({C}),
    Action.SURVIVOR_UPDATE: frozenset({C}),
    Action.SURVIVOR_SAFETY: frozenset({C}),
    Action.BUDDY_LIST: frozenset({C}),
    Action.BUDDY_VIEW: frozenset({C}),
    Action.BUDDY_CREATE: frozenset({C}),
    Action.BUDDY_UPDATE: frozenset({C}),
    # Buddies and survivors list their own matches; the selector narrows them.
    Action.MATCH_LIST: frozenset({C, B, S}),
    Action.MATCH_CREATE: frozenset({C}),
    Action.MATCH_CHANGE: frozenset({C}),
    Action.GROUP_LIST: frozenset({C, F, S, B}),
    Action.GROUP_CREATE: frozenset({C}),
    Action.GROUP_CHANGE: frozenset({C}),
    Action.INTEREST_MANAGE: frozenset({C}),
    Action.AUDIT_VIEW: frozenset({C}),
    # Platform admins manage tenants and accounts and see no case content.
    Action.ORGANISATION_MANAGE: frozenset({A}),
    Action.ACCOUNT_MANAGE: frozenset({A, C}),
    Action.PROFILE_VIEW: frozenset({C, B, S, F, A}),
    # Each sees the moments the selector scopes to her; the services check who may change one.
    Action.CONTACT_LIST: frozenset({C, B, S, F}),
    Action.CONTACT_PLAN: frozenset({C, B, F}),
    Action.DASHBOARD_VIEW: frozenset({C}),
    Action.CADENCE_CHANGE: frozenset({C}),
    # Data subject rights are exercised through her coordinator, who checks who is asking.
    Action.SURVIVOR_EXPORT: frozenset({C}),
    Action.SURVIVOR_ERASE: frozenset({C}),
    Action.CONSENT_WITHDRAW: frozenset({C}),
    Action.RETENTION_MANAGE: frozenset({C}),
    # A survivor reads who (by role) looked at her data.
    Action.OWN_DATA_VIEW: frozenset({S}),
}


def can(user: Any, action: Action) -> bool:
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    return user.role in RULES[action]


def account_roles_manageable_by(user: Any) -> frozenset[str]:
    """A coordinator adds the people of her own organisation; an admin adds anyone."""
    if user.role == Role.ADMIN:
        return frozenset({C, B, S, F, A})
    if user.role == Role.COORDINATOR:
        return frozenset({B, S, F, C})
    return frozenset()
