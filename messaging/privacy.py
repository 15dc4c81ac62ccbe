"""Messaging's part of a survivor's data rights and of retention, contributed to aftercare's
privacy services through the settings (aftercare imports nothing of messaging).

What counts as hers: every message of the conversations of her matches (she wrote it or it was
written to her) and the messages she wrote in peer groups. What other girls wrote in a group is
their data and stays out of her export and is left alone by her erasure.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from dateutil.relativedelta import relativedelta  # type: ignore[import-untyped]
from django.db.models import Q, QuerySet

from aftercare.models import MatchStatus, Organisation, Survivor
from messaging.models import Message, MessageStatus, ModerationAlert

# What a message body becomes when it is erased or its retention period passes.
ERASED_BODY = ""


def _hers(survivor: Survivor) -> Q:
    own = Q(sender_id=survivor.user_id) if survivor.user_id is not None else Q(pk__in=[])
    return Q(conversation__match__survivor=survivor) | own


def survivor_export(*, survivor: Survivor) -> dict[str, Any]:
    received = Q(conversation__match__survivor=survivor, status=MessageStatus.DELIVERED)
    own = Q(sender_id=survivor.user_id) if survivor.user_id is not None else Q(pk__in=[])
    messages = (
        Message.objects.filter(own | received)
        .select_related("conversation")
        .order_by("conversation_id", "seq")
    )
    return {
        "messages": [
            {
                "conversation": message.conversation_id,
                "kind": message.conversation.kind,
                "direction": "sent" if message.sender_id == survivor.user_id else "received",
                "body": message.body,
                "status": message.status,
                "created_at": message.created_at.isoformat(),
            }
            for message in messages
        ]
    }


def _blank(messages: QuerySet[Message]) -> int:
    """Replace the bodies and drop the matched text from the moderation reasons (it quotes the
    body); which rules fired stays countable."""
    count = 0
    for message in messages.exclude(body=ERASED_BODY).only("pk", "reasons"):
        reasons = [
            {key: value for key, value in reason.items() if key != "match"}
            for reason in message.reasons or []
            if isinstance(reason, dict)
        ]
        Message.objects.filter(pk=message.pk).update(
            body=ERASED_BODY, reasons=reasons, review_note=""
        )
        count += 1
    return count


def survivor_erase(*, survivor: Survivor) -> list[str]:
    messages = Message.objects.filter(_hers(survivor))
    _blank(messages)
    raised = Q(raised_by_id=survivor.user_id) if survivor.user_id is not None else Q(pk__in=[])
    ModerationAlert.objects.filter(
        Q(conversation__match__survivor=survivor) | Q(message__in=messages) | raised
    ).exclude(note="").update(note="")
    return ["message.body", "message.reasons", "message.review_note", "moderation_alert.note"]


def messages_expire(*, organisation: Organisation, now: datetime) -> dict[str, int]:
    """Message bodies of matches that ended more than the organisation's period ago."""
    cutoff = (now - relativedelta(months=organisation.message_retention_months)).date()
    messages = Message.objects.filter(
        conversation__organisation=organisation,
        conversation__match__status=MatchStatus.CLOSED,
        conversation__match__ended_on__lt=cutoff,
    )
    return {"messages": _blank(messages)}
