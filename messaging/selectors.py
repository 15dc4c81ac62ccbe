"""Permission-scoped reads of messaging. A conversation outside a user's scope does not exist."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, IntegerField, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce

from aftercare.choices import Role
from aftercare.errors import NotFound
from aftercare.models import MembershipStatus, User
from messaging.models import (
    Conversation,
    ConversationKind,
    Message,
    MessageStatus,
    ModerationAlert,
    ReadMarker,
)
from messaging.policies import READABLE_MATCH_STATUSES, Access, conversation_access

# How many earlier messages a coordinator sees around a held one, to judge it in context.
QUEUE_CONTEXT = 3


def _scope(user: User) -> Q:
    """The conversations a user may read, as a filter without joins on the outer query."""
    if user.role == Role.COORDINATOR and user.organisation_id is not None:
        return Q(organisation_id=user.organisation_id)
    if user.role in {Role.SURVIVOR, Role.BUDDY}:
        matches = Q(kind=ConversationKind.MATCH, match__status__in=READABLE_MATCH_STATUSES) & (
            Q(match__survivor__user=user) | Q(match__buddy__user=user)
        )
        groups = Q(group__facilitator=user) | Q(
            group__memberships__survivor__user=user,
            group__memberships__status=MembershipStatus.ACTIVE,
        )
        return Q(pk__in=Conversation.objects.filter(matches | groups).values("pk"))
    if user.role == Role.FACILITATOR:
        return Q(group__facilitator=user)
    return Q(pk__in=[])


def conversation_ids_for_user(*, user: User) -> list[int]:
    return list(Conversation.objects.filter(_scope(user)).values_list("pk", flat=True))


def conversation_list_for_user(*, user: User) -> QuerySet[Conversation]:
    marker = ReadMarker.objects.filter(conversation=OuterRef("pk"), user=user).values("seq")[:1]
    read_up_to = Coalesce(Subquery(marker, output_field=IntegerField()), Value(0))
    unread = Count(
        "messages",
        filter=Q(messages__status=MessageStatus.DELIVERED, messages__seq__gt=read_up_to)
        & ~Q(messages__sender=user),
    )
    return (
        Conversation.objects.filter(_scope(user))
        .select_related("match__survivor", "match__buddy", "group")
        .annotate(unread=unread)
        .order_by("id")
    )


def conversation_get_for_user(*, user: User, conversation_id: Any) -> tuple[Conversation, Access]:
    try:
        conversation = (
            Conversation.objects.select_related("match__survivor", "match__buddy", "group")
            .filter(_scope(user))
            .get(pk=conversation_id)
        )
    except (Conversation.DoesNotExist, ValueError, TypeError):
        raise NotFound() from None
    access = conversation_access(user, conversation)
    if not access.read:
        raise NotFound()
    return conversation, access


def visible_messages(*, user: User, access: Access) -> Q:
    """Held and rejected messages exist only for their sender and the coordinators."""
    if access.moderate:
        return Q()
    return Q(status=MessageStatus.DELIVERED) | Q(sender=user)


def message_list_for_user(
    *, user: User, conversation: Conversation, access: Access, after: int = 0
) -> QuerySet[Message]:
    return (
        Message.objects.filter(conversation=conversation, seq__gt=after)
        .filter(visible_messages(user=user, access=access))
        .select_related("sender__survivor_profile", "sender__buddy_profile")
        .order_by("seq")
    )


def message_get_for_user(*, user: User, message_id: Any) -> tuple[Message, Access]:
    try:
        message = Message.objects.select_related(
            "conversation__match__survivor", "conversation__match__buddy", "conversation__group"
        ).get(pk=message_id)
    except (Message.DoesNotExist, ValueError, TypeError):
        raise NotFound() from None
    access = conversation_access(user, message.conversation)
    visible = access.moderate or message.status == MessageStatus.DELIVERED
    if not access.read or not (visible or message.sender_id == user.pk):
        raise NotFound()
    return message, access


def moderation_queue_for_user(*, user: User) -> QuerySet[Message]:
    if user.role != Role.COORDINATOR or user.organisation_id is None:
        return Message.objects.none()
    return (
        Message.objects.filter(
            status=MessageStatus.HELD, conversation__organisation_id=user.organisation_id
        )
        .select_related("sender__survivor_profile", "sender__buddy_profile")
        # Urgent ones first: a cry for help must not wait behind a phone number.
        .order_by("-urgent", "created_at", "id")
    )


def context_for(messages: list[Message]) -> dict[int, list[Message]]:
    """The few messages before each held one, fetched in one query."""
    if not messages:
        return {}
    around = Q(pk__in=[])
    for message in messages:
        around |= Q(
            conversation_id=message.conversation_id,
            seq__gte=message.seq - QUEUE_CONTEXT,
            seq__lt=message.seq,
        )
    rows = (
        Message.objects.filter(around)
        .select_related("sender__survivor_profile", "sender__buddy_profile")
        .order_by("seq")
    )
    result: dict[int, list[Message]] = {message.pk: [] for message in messages}
    for row in rows:
        for message in messages:
            if (
                row.conversation_id == message.conversation_id
                and message.seq - QUEUE_CONTEXT <= row.seq < message.seq
            ):
                result[message.pk].append(row)
    return result


def alert_list_for_user(*, user: User) -> QuerySet[ModerationAlert]:
    if user.role != Role.COORDINATOR or user.organisation_id is None:
        return ModerationAlert.objects.none()
    return ModerationAlert.objects.filter(organisation_id=user.organisation_id).order_by(
        "acknowledged_at", "-created_at", "-id"
    )


def alert_get_for_user(*, user: User, alert_id: Any) -> ModerationAlert:
    try:
        return alert_list_for_user(user=user).get(pk=alert_id)
    except (ModerationAlert.DoesNotExist, ValueError, TypeError):
        raise NotFound() from None


def display_name(user: User) -> str:
    """The name others see: a pseudonym or first name, never the e-mail address."""
    survivor = getattr(user, "survivor_profile", None)
    if survivor is not None:
        return str(survivor.pseudonym)
    buddy = getattr(user, "buddy_profile", None)
    if buddy is not None:
        return str(buddy.first_name)
    return user.display_name or str(user.get_role_display())


def message_data(message: Message) -> dict[str, Any]:
    """What every reader of a message gets; moderation reasons are for coordinators only."""
    return {
        "id": message.pk,
        "conversation": message.conversation_id,
        "seq": message.seq,
        "client_id": str(message.client_id),
        "sender": message.sender_id,
        "sender_name": display_name(message.sender),
        "body": message.body,
        "status": message.status,
        "created_at": message.created_at.isoformat(),
    }
