"""Shortcuts that put rows in place without going through moderation, for setting up a state."""

from __future__ import annotations

import uuid

from django.db.models import F

from aftercare.models import User
from messaging.models import (
    AlertKind,
    Conversation,
    Message,
    MessageStatus,
    ModerationAction,
    ModerationAlert,
)
from messaging.services import conversation_for_match
from tests.conftest import World


def match_conversation(w: World) -> Conversation:
    return conversation_for_match(w.match)


def stored_message(
    conversation: Conversation,
    sender: User,
    body: str = "Hoi, tot zaterdag!",
    status: str = MessageStatus.DELIVERED,
) -> Message:
    Conversation.objects.filter(pk=conversation.pk).update(last_seq=F("last_seq") + 1)
    conversation.refresh_from_db()
    held = status != MessageStatus.DELIVERED
    return Message.objects.create(
        conversation=conversation,
        sender=sender,
        client_id=uuid.uuid4(),
        seq=conversation.last_seq,
        body=body,
        action=ModerationAction.HOLD if held else ModerationAction.ALLOW,
        status=status,
    )


def buddy_message(w: World) -> Message:
    return stored_message(match_conversation(w), w.buddy)


def held_message(w: World) -> Message:
    return stored_message(match_conversation(w), w.buddy, "stuur je snap", MessageStatus.HELD)


def open_alert(w: World) -> ModerationAlert:
    conversation = match_conversation(w)
    return ModerationAlert.objects.create(
        organisation=w.org, conversation=conversation, kind=AlertKind.FLAG
    )
