"""Writes of messaging. Every message is stored and moderated before anyone is told about it.

Broadcasts go out in `transaction.on_commit`: a rolled-back write never reaches a socket, and a
held message is never broadcast to its recipients. Channel layers are at-most-once, so the
database is the truth and clients resync by sequence number after a reconnect.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy

from aftercare.choices import Role
from aftercare.models import Match, MatchStatus, PeerGroup, User
from aftercare.models.audit import AuditAction
from aftercare.selectors import group_list_for_user, match_list_for_user, messaging_stopped
from aftercare.services import audit_record, match_transition
from messaging import selectors
from messaging.errors import (
    AlreadyAcknowledged,
    CannotReport,
    ClientIdReused,
    InvalidMessage,
    NotBlockable,
    NotHeld,
    RateLimited,
    ReadOnlyConversation,
)
from messaging.models import (
    AlertKind,
    Conversation,
    ConversationKind,
    Message,
    MessageStatus,
    ModerationAlert,
    ReadMarker,
)
from messaging.moderation.decision import FLAG, Decision
from messaging.policies import Access
from messaging.sendstate import Memo, SendState, moderator_for, send_state

logger = logging.getLogger(__name__)

RATE_LIMIT = 20
RATE_WINDOW = timedelta(seconds=60)
MAX_BODY = 4000


def conversation_group(conversation_id: int) -> str:
    return f"conv-{conversation_id}"


def user_group(user_id: int) -> str:
    return f"user-{user_id}"


def coordinators_group(organisation_id: int) -> str:
    return f"org-{organisation_id}-coordinators"


Broadcast = tuple[str, dict[str, Any]]

# Set by a caller on the event loop (the consumer): committed broadcasts are handed to it instead
# of being sent from the database thread, which would wait on the loop for every Redis round trip.
_outbox: ContextVar[list[Broadcast] | None] = ContextVar("messaging_outbox", default=None)


@contextmanager
def broadcasts_collected() -> Iterator[list[Broadcast]]:
    """Collect what would be broadcast after commit; the caller sends it with `broadcast`."""
    collected: list[Broadcast] = []
    token = _outbox.set(collected)
    try:
        yield collected
    finally:
        _outbox.reset(token)


async def broadcast(broadcasts: list[Broadcast]) -> None:
    layer = get_channel_layer()
    if layer is None:
        return
    for group, event in broadcasts:
        try:
            await layer.group_send(group, event)
        except Exception:
            # The message is stored: recipients get it by resync; the sender still gets her ack.
            logger.exception("broadcast to %s failed", group)


def _broadcast_on_commit(group: str, event: dict[str, Any]) -> None:
    collected = _outbox.get()

    def send() -> None:
        if collected is not None:
            collected.append((group, event))
            return
        layer = get_channel_layer()
        if layer is not None:
            async_to_sync(layer.group_send)(group, event)

    # Robust: a channel layer that is down must not turn a stored message into an error; the
    # database is the truth and clients resync.
    transaction.on_commit(send, robust=True)


def push_notification(*, user_id: int, notification_id: int, text: str, **kwargs: Any) -> None:
    """A reminder or a changed appointment arrives over her chat socket too. The text is the
    stored, neutral one; a layer that is down loses nothing: the agenda lists it."""
    layer = get_channel_layer()
    if layer is None:
        return
    event = {"type": "notification.event", "notification": {"id": notification_id, "text": text}}
    try:
        async_to_sync(layer.group_send)(user_group(user_id), event)
    except Exception:
        logger.exception("pushing notification %s failed", notification_id)


def close_sockets_of(*, user_id: int, **kwargs: Any) -> None:
    """Her sessions ended (log out everywhere, a reset, erasure): her open chat sockets close
    too, on every server process, instead of living on until they reconnect."""
    layer = get_channel_layer()
    if layer is None:
        return
    try:
        async_to_sync(layer.group_send)(user_group(user_id), {"type": "session.end"})
    except Exception:
        # A layer that is down has no sockets to close; reconnecting checks the session anew.
        logger.exception("closing the sockets of user %s failed", user_id)


def _alert_event(alert: ModerationAlert) -> dict[str, Any]:
    # Ids only: the coordinator's client fetches the details over the API, scoped to her.
    return {
        "type": "alert.event",
        "alert": {
            "id": alert.pk,
            "kind": alert.kind,
            "conversation": alert.conversation_id,
            "message": alert.message_id,
        },
    }


def _raise_alert(
    *,
    conversation: Conversation,
    kind: str,
    message: Message | None = None,
    raised_by: User | None = None,
    note: str = "",
) -> ModerationAlert:
    alert = ModerationAlert.objects.create(
        organisation_id=conversation.organisation_id,
        conversation=conversation,
        message=message,
        kind=kind,
        raised_by=raised_by,
        note=note,
    )
    _broadcast_on_commit(coordinators_group(conversation.organisation_id), _alert_event(alert))
    return alert


def _announce(message: Message) -> None:
    """Tell the readers who may see it: everyone once delivered, else only the sender."""
    event = {"type": "message.event", "message": selectors.message_data(message)}
    if message.status == MessageStatus.DELIVERED:
        _broadcast_on_commit(conversation_group(message.conversation_id), event)
    else:
        _broadcast_on_commit(user_group(message.sender_id), event)


@transaction.atomic
def conversation_for_match(match: Match) -> Conversation:
    conversation, _ = Conversation.objects.get_or_create(
        match=match,
        defaults={"organisation_id": match.organisation_id, "kind": ConversationKind.MATCH},
    )
    return conversation


@transaction.atomic
def conversation_for_group(group: PeerGroup) -> Conversation:
    conversation, _ = Conversation.objects.get_or_create(
        group=group,
        defaults={"organisation_id": group.organisation_id, "kind": ConversationKind.GROUP},
    )
    return conversation


def conversations_open_for_participant(*, user: User) -> None:
    """Open the conversations of her own matches and groups, so she can write the first word.

    Matching never calls messaging; a conversation comes into being when it is first used.
    Coordinators open none: they only read what the participants started.
    """
    if user.role not in {Role.SURVIVOR, Role.BUDDY, Role.FACILITATOR}:
        return
    matches = (
        match_list_for_user(user=user)
        .prefetch_related(None)
        .exclude(status=MatchStatus.CLOSED)
        .filter(conversations__isnull=True)
        .values_list("pk", "organisation_id")
    )
    for match_id, organisation_id in matches:
        Conversation.objects.get_or_create(
            match_id=match_id,
            defaults={"organisation_id": organisation_id, "kind": ConversationKind.MATCH},
        )
    groups = (
        group_list_for_user(user=user)
        .filter(conversations__isnull=True)
        .values_list("pk", "organisation_id")
    )
    for group_id, organisation_id in groups:
        Conversation.objects.get_or_create(
            group_id=group_id,
            defaults={"organisation_id": organisation_id, "kind": ConversationKind.GROUP},
        )


@dataclass(frozen=True)
class SendResult:
    message: Message
    created: bool


def _clean_body(body: Any) -> str:
    if not isinstance(body, str) or not body.strip():
        raise InvalidMessage(field="body")
    if len(body) > MAX_BODY:
        raise InvalidMessage(field="body")
    return body.strip()


def _clean_client_id(client_id: Any) -> uuid.UUID:
    try:
        return client_id if isinstance(client_id, uuid.UUID) else uuid.UUID(str(client_id))
    except ValueError:
        raise InvalidMessage(field="client_id") from None


def _next_seq(conversation_id: int) -> int | None:
    """Take the next sequence number of an open conversation in one round trip.

    The UPDATE takes the row lock that serialises the conversation's senders until commit, so
    seq has no gaps from races and a concurrent retry of one client id waits here. None when the
    conversation is paused (or gone).
    """
    table = Conversation._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET last_seq = last_seq + 1 "  # noqa: S608  (a model's table name)
            "WHERE id = %s AND NOT paused RETURNING last_seq",
            [conversation_id],
        )
        row = cursor.fetchone()
    return None if row is None else int(row[0])


def _first_attempt(
    sender: User, client_id: uuid.UUID, conversation: Conversation
) -> Message | None:
    existing = Message.objects.filter(sender=sender, client_id=client_id).first()
    if existing is not None and existing.conversation_id != conversation.pk:
        raise ClientIdReused(field="client_id")
    return existing


def _consent_withdrawn(sender: User, conversation: Conversation) -> bool:
    """Her withdrawn messaging (or processing) consent closes her buddy conversation for both
    of them; in a group only her own messages stop, the others' conversation goes on."""
    if conversation.kind == ConversationKind.MATCH and conversation.match_id is not None:
        match = conversation.match
        assert match is not None
        return messaging_stopped(survivor_id=match.survivor_id)
    if sender.role == Role.SURVIVOR:
        return messaging_stopped(user=sender)
    return False


def _prior_and_recent(sender: User, client_id: uuid.UUID, since: datetime) -> tuple[bool, int]:
    """Whether this client id was stored before, and her messages since `since`: one round trip.

    Plain SQL on the hot path: the ORM's query building cost more CPU than both lookups.
    """
    table = connection.ops.quote_name(Message._meta.db_table)
    client_value = Message._meta.get_field("client_id").get_db_prep_value(client_id, connection)
    since_value = Message._meta.get_field("created_at").get_db_prep_value(since, connection)
    with connection.cursor() as cursor:
        cursor.execute(
            # A model's table name; every value is a parameter.
            f"SELECT (SELECT COUNT(*) FROM {table} WHERE sender_id = %s AND client_id = %s), "  # noqa: S608
            f"(SELECT COUNT(*) FROM {table} WHERE sender_id = %s AND created_at >= %s)",
            [sender.pk, client_value, sender.pk, since_value],
        )
        row = cursor.fetchone()
    return bool(row[0]), int(row[1])


def moderate(text: str, *, state: SendState) -> Decision:
    """The pipeline with the organisation's rules and the bans read in `state`."""
    return moderator_for(state.rules, state.bans).moderate(text)


# (sender, her role, conversation, the rows the answer depends on) -> consent withdrawn
_consent_answers: Memo[Hashable, bool] = Memo(4096)


def _consent_withdrawn_now(sender: User, conversation: Conversation, state: SendState) -> bool:
    # In a buddy conversation the answer is the same for both of them (her consent decides);
    # in a group it is the sender's own.
    who = () if conversation.kind == ConversationKind.MATCH else (sender.pk, sender.role)
    key = (conversation.pk, *who, state.access_key, state.consent_key)
    return _consent_answers.get(key, lambda: _consent_withdrawn(sender, conversation))


def message_send(
    *,
    sender: User,
    conversation: Conversation,
    access: Access,
    client_id: Any,
    body: Any,
    state: SendState | None = None,
) -> SendResult:
    """Store, moderate and (if allowed) deliver one message; a retry returns the first one.

    A retry is answered before any other check: whatever changed since the first attempt, its
    client learns what became of it. `state` is what `sendstate.send_state` read for this sender
    and conversation just now (read here when not given).
    """
    client_uuid = _clean_client_id(client_id)
    try:
        text = _clean_body(body)
    except InvalidMessage:
        if (existing := _first_attempt(sender, client_uuid, conversation)) is not None:
            return SendResult(existing, created=False)
        raise
    if not access.write:
        if (existing := _first_attempt(sender, client_uuid, conversation)) is not None:
            return SendResult(existing, created=False)
        raise ReadOnlyConversation()
    if state is None:
        state = send_state(user_id=sender.pk, conversation_id=conversation.pk)
    if _consent_withdrawn_now(sender, conversation, state):
        if (existing := _first_attempt(sender, client_uuid, conversation)) is not None:
            return SendResult(existing, created=False)
        raise ReadOnlyConversation(gettext_lazy("This conversation takes no new messages."))
    # Moderation is pure CPU work: done before the row lock so senders do not queue behind it.
    # The rules and bans are the rows read just now; only their compiled form is reused.
    decision = moderate(text, state=state)
    with transaction.atomic():
        seq = _next_seq(conversation.pk)
        since = timezone.now() - RATE_WINDOW
        stored_before, recent = _prior_and_recent(sender, client_uuid, since)
        if stored_before and (existing := _first_attempt(sender, client_uuid, conversation)):
            # Undo the sequence number taken above: a retry stores nothing.
            transaction.set_rollback(True)
            return SendResult(existing, created=False)
        if seq is None:
            raise ReadOnlyConversation()
        limit = getattr(settings, "MESSAGING_RATE_LIMIT", RATE_LIMIT)
        if recent >= limit:
            raise RateLimited()
        conversation.last_seq = seq
        held = decision.held
        try:
            message = Message.objects.create(
                conversation=conversation,
                sender=sender,
                client_id=client_uuid,
                seq=seq,
                body=text,
                action=decision.action,
                urgent=decision.urgent,
                reasons=[reason.to_dict() for reason in decision.reasons],
                status=MessageStatus.HELD if held else MessageStatus.DELIVERED,
            )
        except IntegrityError:
            # The same client id was stored in another conversation in the meantime; leaving
            # the block with this error rolls the whole transaction back.
            raise ClientIdReused(field="client_id") from None
        if decision.urgent:
            _raise_alert(conversation=conversation, kind=AlertKind.URGENT, message=message)
        elif decision.action == FLAG:
            _raise_alert(conversation=conversation, kind=AlertKind.FLAG, message=message)
        elif held:
            _broadcast_on_commit(
                coordinators_group(conversation.organisation_id),
                {"type": "queue.event", "message": message.pk},
            )
        _announce(message)
    return SendResult(message, created=True)


def _review(*, actor: User, message: Message, status: str, note: str) -> Message:
    with transaction.atomic():
        locked_conversation = Conversation.objects.select_for_update().get(
            pk=message.conversation_id
        )
        message = Message.objects.select_for_update().get(pk=message.pk)
        if message.status != MessageStatus.HELD:
            raise NotHeld()
        message.status = status
        message.reviewed_by = actor
        message.reviewed_at = timezone.now()
        message.review_note = note
        fields = ["status", "reviewed_by", "reviewed_at", "review_note"]
        if status == MessageStatus.DELIVERED:
            # Recipients resync by "seq greater than what I have": a released message must
            # come after everything they may already hold, or an offline reader would miss it.
            locked_conversation.last_seq += 1
            locked_conversation.save(update_fields=["last_seq"])
            message.seq = locked_conversation.last_seq
            fields.append("seq")
        message.save(update_fields=fields)
        audit_record(
            actor=actor,
            action=AuditAction.DECIDE,
            obj=message,
            organisation_id=locked_conversation.organisation_id,
            changes=fields,
        )
        _announce(message)
    return message


def message_release(*, actor: User, message: Message, note: str = "") -> Message:
    return _review(actor=actor, message=message, status=MessageStatus.DELIVERED, note=note)


def message_reject(*, actor: User, message: Message, note: str = "") -> Message:
    return _review(actor=actor, message=message, status=MessageStatus.REJECTED, note=note)


@transaction.atomic
def message_report(*, actor: User, message: Message, note: str = "") -> ModerationAlert:
    if message.sender_id == actor.pk or message.status != MessageStatus.DELIVERED:
        raise CannotReport()
    return _raise_alert(
        conversation=message.conversation,
        kind=AlertKind.REPORT,
        message=message,
        raised_by=actor,
        note=note,
    )


@transaction.atomic
def read_mark(*, user: User, conversation: Conversation, seq: int) -> ReadMarker:
    latest = Conversation.objects.values_list("last_seq", flat=True).get(pk=conversation.pk)
    seq = max(0, min(seq, latest))
    marker, created = ReadMarker.objects.select_for_update().get_or_create(
        conversation=conversation, user=user, defaults={"seq": seq}
    )
    # Markers only move forward: a stale tab must not mark read messages unread again.
    if not created and seq > marker.seq:
        marker.seq = seq
        marker.save(update_fields=["seq", "updated_at"])
    return marker


def _set_paused(conversation: Conversation, paused: bool) -> Conversation:
    locked = Conversation.objects.select_for_update().get(pk=conversation.pk)
    locked.paused = paused
    locked.save(update_fields=["paused"])
    _broadcast_on_commit(
        conversation_group(locked.pk),
        {"type": "conversation.event", "conversation": {"id": locked.pk, "paused": paused}},
    )
    return locked


@transaction.atomic
def conversation_block(*, actor: User, conversation: Conversation) -> Conversation:
    """The survivor stops her buddy: the match pauses and a coordinator is told why.

    The buddy's clients only learn that the conversation is paused, not who paused it.
    """
    match = conversation.match
    if conversation.kind != ConversationKind.MATCH or match is None:
        raise NotBlockable()
    if match.survivor.user_id != actor.pk:
        raise NotBlockable()
    if match.status == MatchStatus.ACTIVE:
        match_transition(
            actor=actor, match=match, to_status=MatchStatus.PAUSED, reason="blocked by participant"
        )
    locked = _set_paused(conversation, True)
    _raise_alert(conversation=locked, kind=AlertKind.BLOCK, raised_by=actor)
    return locked


@transaction.atomic
def conversation_pause(*, actor: User, conversation: Conversation, paused: bool) -> Conversation:
    locked = _set_paused(conversation, paused)
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        obj=locked,
        organisation_id=locked.organisation_id,
        changes=["paused"],
    )
    return locked


@transaction.atomic
def alert_acknowledge(*, actor: User, alert: ModerationAlert) -> ModerationAlert:
    alert = ModerationAlert.objects.select_for_update().get(pk=alert.pk)
    if alert.acknowledged_at is not None:
        raise AlreadyAcknowledged()
    alert.acknowledged_by = actor
    alert.acknowledged_at = timezone.now()
    alert.save(update_fields=["acknowledged_by", "acknowledged_at"])
    audit_record(
        actor=actor,
        action=AuditAction.DECIDE,
        obj=alert,
        organisation_id=alert.organisation_id,
        changes=["acknowledged_at"],
    )
    return alert
