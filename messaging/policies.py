"""Who may do what in messaging: a role × action table plus the per-conversation access rule.

The role table answers whether a role may attempt an action at all (403 otherwise); which
conversations exist for a user is answered by `conversation_access` and the selectors (404).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from aftercare.choices import Role
from aftercare.models import MatchStatus, MembershipStatus, PeerGroupStatus, User
from messaging.models import Conversation, ConversationKind


class Action(StrEnum):
    CONVERSATION_LIST = "conversation.list"
    MESSAGE_LIST = "message.list"
    MESSAGE_SEND = "message.send"
    READ_MARK = "conversation.read"
    MESSAGE_REPORT = "message.report"
    CONVERSATION_BLOCK = "conversation.block"
    CONVERSATION_PAUSE = "conversation.pause"
    MODERATION_QUEUE = "moderation.queue"
    MESSAGE_REVIEW = "message.review"
    ALERT_LIST = "alert.list"
    ALERT_ACKNOWLEDGE = "alert.acknowledge"


C, B, S, F = Role.COORDINATOR, Role.BUDDY, Role.SURVIVOR, Role.FACILITATOR

RULES: dict[Action, frozenset[str]] = {
    Action.CONVERSATION_LIST: frozenset({C, B, S, F}),
    Action.MESSAGE_LIST: frozenset({C, B, S, F}),
    # Coordinators read for moderation; they never speak inside a conversation.
    Action.MESSAGE_SEND: frozenset({B, S, F}),
    Action.READ_MARK: frozenset({B, S, F}),
    Action.MESSAGE_REPORT: frozenset({B, S, F}),
    # Blocking protects the survivor from her buddy; nobody else needs it.
    Action.CONVERSATION_BLOCK: frozenset({S}),
    Action.CONVERSATION_PAUSE: frozenset({C}),
    Action.MODERATION_QUEUE: frozenset({C}),
    Action.MESSAGE_REVIEW: frozenset({C}),
    # Platform admins see no case content, so no conversations and no alerts either.
    Action.ALERT_LIST: frozenset({C}),
    Action.ALERT_ACKNOWLEDGE: frozenset({C}),
}


def can(user: Any, action: Action) -> bool:
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    return user.role in RULES[action]


@dataclass(frozen=True)
class Access:
    read: bool = False
    write: bool = False
    moderate: bool = False

    @property
    def participant(self) -> bool:
        return self.read and not self.moderate


NO_ACCESS = Access()

# Paused and closed matches keep their history readable for both; only an active one is writable.
READABLE_MATCH_STATUSES = frozenset(
    {MatchStatus.ACTIVE, MatchStatus.PAUSED, MatchStatus.CLOSING, MatchStatus.CLOSED}
)


def conversation_access(user: User, conversation: Conversation) -> Access:
    """What `user` may do in `conversation`; expects match (with people) or group loaded."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return NO_ACCESS
    if user.role == Role.COORDINATOR:
        if user.organisation_id == conversation.organisation_id:
            return Access(read=True, moderate=True)
        return NO_ACCESS
    if conversation.kind == ConversationKind.MATCH:
        match = conversation.match
        assert match is not None
        if match.status not in READABLE_MATCH_STATUSES:
            return NO_ACCESS
        if user.pk not in {match.survivor.user_id, match.buddy.user_id}:
            return NO_ACCESS
        writable = match.status == MatchStatus.ACTIVE and not conversation.paused
        return Access(read=True, write=writable)
    group = conversation.group
    assert group is not None
    is_facilitator = group.facilitator_id == user.pk
    is_member = (
        user.role == Role.SURVIVOR
        and group.memberships.filter(survivor__user=user, status=MembershipStatus.ACTIVE).exists()
    )
    if not (is_facilitator or is_member):
        return NO_ACCESS
    writable = group.status != PeerGroupStatus.CLOSED and not conversation.paused
    return Access(read=True, write=writable)
