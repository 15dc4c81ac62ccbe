"""Chat pages of participants (buddy, survivor, facilitator) and the coordinator's moderation
pages. The pages render what the messaging selectors let the user see; chat.js then keeps a
conversation live over the one WebSocket, and every form also works without it."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any, Concatenate, ParamSpec

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from aftercare.errors import DomainError, NotFound
from aftercare.models import User
from frontend.views.base import current_user
from messaging import selectors, services
from messaging.models import AlertKind, Conversation, ConversationKind, Message, MessageStatus
from messaging.policies import Action, can

P = ParamSpec("P")
ViewFunction = Callable[Concatenate[HttpRequest, P], HttpResponse]

# The most recent messages a conversation page renders; older ones stay in the API's history.
PAGE_MESSAGES = 200
NOTE_MAX = 500

# Labels of the filter's categories, for coordinators: every category a reason can carry (the
# rule catalogue's, the learned model's, an organisation's own rules and a survivor's blocked
# identifiers); a test keeps it complete. An unknown category would show its rule id.
CATEGORY_LABELS = {
    "contact": gettext_lazy("Contact details"),
    "platform": gettext_lazy("Move to another app or channel"),
    "location": gettext_lazy("Address or location"),
    "money": gettext_lazy("Money, gifts or debts"),
    "gift": gettext_lazy("Money, gifts or debts"),
    "debt": gettext_lazy("Money, gifts or debts"),
    "secrecy": gettext_lazy("Secrecy"),
    "meeting": gettext_lazy("Meeting alone or being picked up"),
    "sexual": gettext_lazy("Sexual content"),
    "sextortion": gettext_lazy("Sextortion: threatening with images"),
    "link": gettext_lazy("Link"),
    "threat": gettext_lazy("Threat"),
    "coercion": gettext_lazy("Coercion"),
    "disclosure": gettext_lazy("Something she tells about"),
    "abuse": gettext_lazy("Bullying or insults"),
    "distress": gettext_lazy("Distress"),
    "suicide": gettext_lazy("Suicidal statement"),
    "selfharm": gettext_lazy("Self-harm"),
    "learned": gettext_lazy("Like messages that are held (learned from examples)"),
    "custom": gettext_lazy("A rule of your organisation"),
    "blocked": gettext_lazy("Someone she must not be contacted by"),
}


def requires_messaging(action: Action) -> Callable[[ViewFunction[P]], ViewFunction[P]]:
    """The same contract as `frontend.views.base.requires`, on messaging's role table."""

    def decorator(view: ViewFunction[P]) -> ViewFunction[P]:
        @wraps(view)
        def wrapped(request: HttpRequest, /, *args: P.args, **kwargs: P.kwargs) -> HttpResponse:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not can(request.user, action):
                raise PermissionDenied
            try:
                return view(request, *args, **kwargs)
            except NotFound:
                raise Http404 from None

        return wrapped

    return decorator


@dataclass(frozen=True)
class ConversationCard:
    id: int
    title: str
    kind: str
    unread: int
    paused: bool
    latest_seq: int


@dataclass(frozen=True)
class MessageRow:
    id: int
    seq: int
    client_id: str
    mine: bool
    sender_name: str
    body: str
    status: str
    created_at: Any


def conversation_title(user: User, conversation: Conversation) -> str:
    """The other person's first name or pseudonym, or the group's name: nothing more."""
    if conversation.kind == ConversationKind.GROUP:
        assert conversation.group is not None
        return str(conversation.group.name)
    match = conversation.match
    assert match is not None
    if match.survivor.user_id == user.pk:
        return str(match.buddy.first_name)
    return str(match.survivor.pseudonym)


def _row(user: User, message: Message) -> MessageRow:
    return MessageRow(
        id=message.pk,
        seq=message.seq,
        client_id=str(message.client_id),
        mine=message.sender_id == user.pk,
        sender_name=selectors.display_name(message.sender),
        body=message.body,
        status=message.status,
        created_at=message.created_at,
    )


@requires_messaging(Action.MESSAGE_SEND)
def chat_list(request: HttpRequest) -> HttpResponse:
    user = current_user(request)
    services.conversations_open_for_participant(user=user)
    cards = [
        ConversationCard(
            id=conversation.pk,
            title=conversation_title(user, conversation),
            kind=conversation.kind,
            unread=getattr(conversation, "unread", 0),
            paused=conversation.paused,
            latest_seq=conversation.last_seq,
        )
        for conversation in selectors.conversation_list_for_user(user=user)
    ]
    return render(request, "frontend/chat/list.html", {"cards": cards})


@requires_messaging(Action.MESSAGE_SEND)
def chat_conversation(request: HttpRequest, conversation_id: int) -> HttpResponse:
    user = current_user(request)
    conversation, access = selectors.conversation_get_for_user(
        user=user, conversation_id=conversation_id
    )
    newest = list(
        selectors.message_list_for_user(
            user=user, conversation=conversation, access=access
        ).order_by("-seq")[:PAGE_MESSAGES]
    )
    rows = [_row(user, message) for message in reversed(newest)]
    if conversation.last_seq:
        services.read_mark(user=user, conversation=conversation, seq=conversation.last_seq)
    match = conversation.match
    can_block = (
        can(user, Action.CONVERSATION_BLOCK)
        and conversation.kind == ConversationKind.MATCH
        and match is not None
        and match.survivor.user_id == user.pk
        and not conversation.paused
    )
    context = {
        "conversation": conversation,
        "title": conversation_title(user, conversation),
        "rows": rows,
        "latest_seq": max((row.seq for row in rows), default=0),
        "writable": access.write,
        "can_block": can_block,
        "can_report": can(user, Action.MESSAGE_REPORT),
        "client_id": uuid.uuid4(),
        "api_url": reverse("messaging:conversation-messages", args=[conversation.pk]),
    }
    return render(request, "frontend/chat/conversation.html", context)


@require_POST
@requires_messaging(Action.MESSAGE_SEND)
def chat_send(request: HttpRequest, conversation_id: int) -> HttpResponse:
    """The composer without JavaScript: the page's client id makes a double submit harmless."""
    user = current_user(request)
    conversation, access = selectors.conversation_get_for_user(
        user=user, conversation_id=conversation_id
    )
    try:
        result = services.message_send(
            sender=user,
            conversation=conversation,
            access=access,
            client_id=request.POST.get("client_id", ""),
            body=request.POST.get("body", ""),
        )
    except DomainError as error:
        messages.error(request, str(error.message))
    else:
        if result.message.status == MessageStatus.HELD:
            messages.info(request, _("Your message is waiting for review."))
    return redirect("frontend:chat-conversation", conversation_id=conversation.pk)


@require_POST
@requires_messaging(Action.MESSAGE_REPORT)
def chat_report(request: HttpRequest, message_id: int) -> HttpResponse:
    user = current_user(request)
    message, _access = selectors.message_get_for_user(user=user, message_id=message_id)
    try:
        services.message_report(
            actor=user, message=message, note=request.POST.get("note", "")[:NOTE_MAX]
        )
    except DomainError as error:
        messages.error(request, str(error.message))
    else:
        messages.success(request, _("Thank you. A coordinator will look at this message."))
    return redirect("frontend:chat-conversation", conversation_id=message.conversation_id)


@requires_messaging(Action.CONVERSATION_BLOCK)
def chat_block(request: HttpRequest, conversation_id: int) -> HttpResponse:
    """A confirmation page first: blocking pauses the match and cannot be undone by her."""
    user = current_user(request)
    conversation, _access = selectors.conversation_get_for_user(
        user=user, conversation_id=conversation_id
    )
    match = conversation.match
    if conversation.kind != ConversationKind.MATCH or match is None:
        raise Http404
    if request.method == "POST":
        try:
            services.conversation_block(actor=user, conversation=conversation)
        except DomainError as error:
            messages.error(request, str(error.message))
        else:
            messages.success(
                request, _("You will not get messages from this person. Your coordinator knows.")
            )
        return redirect("frontend:chat-conversation", conversation_id=conversation.pk)
    return render(
        request,
        "frontend/chat/block.html",
        {"conversation": conversation, "title": conversation_title(user, conversation)},
    )


# Moderation (coordinators of the conversation's organisation).


@dataclass(frozen=True)
class ReasonRow:
    label: str
    rule: str
    match: str


@dataclass(frozen=True)
class QueueItem:
    message: MessageRow
    urgent: bool
    reasons: list[ReasonRow]
    before: list[MessageRow]


def _reasons(raw: Any) -> list[ReasonRow]:
    rows: list[ReasonRow] = []
    for reason in raw if isinstance(raw, list) else []:
        if not isinstance(reason, dict):
            continue
        category = str(reason.get("category", ""))
        label = CATEGORY_LABELS.get(category)
        rows.append(
            ReasonRow(
                label=str(label) if label is not None else str(reason.get("rule", "")),
                rule=str(reason.get("rule", "")),
                match=str(reason.get("match", "")),
            )
        )
    return rows


@requires_messaging(Action.MODERATION_QUEUE)
def moderation_queue(request: HttpRequest) -> HttpResponse:
    user = current_user(request)
    held = list(selectors.moderation_queue_for_user(user=user)[:50])
    around = selectors.context_for(held)
    items = [
        QueueItem(
            message=_row(user, message),
            urgent=message.urgent,
            reasons=_reasons(message.reasons),
            before=[_row(user, row) for row in around.get(message.pk, [])],
        )
        for message in held
    ]
    return render(request, "frontend/moderation/queue.html", {"items": items})


def _held_message_for(user: User, message_id: int) -> Message:
    message, access = selectors.message_get_for_user(user=user, message_id=message_id)
    if not access.moderate:
        raise NotFound()
    return message


@require_POST
@requires_messaging(Action.MESSAGE_REVIEW)
def moderation_decide(request: HttpRequest, message_id: int, decision: str) -> HttpResponse:
    user = current_user(request)
    message = _held_message_for(user, message_id)
    note = request.POST.get("note", "").strip()[:NOTE_MAX]
    review = services.message_release if decision == "release" else services.message_reject
    try:
        review(actor=user, message=message, note=note)
    except DomainError as error:
        messages.error(request, str(error.message))
    else:
        if decision == "release":
            messages.success(request, _("The message was delivered."))
        else:
            messages.success(request, _("The message was not delivered."))
    return redirect("frontend:moderation-queue")


@dataclass(frozen=True)
class AlertRow:
    id: int
    kind: str
    kind_label: str
    urgent: bool
    created_at: Any
    note: str
    message: MessageRow | None
    acknowledged: bool


@requires_messaging(Action.ALERT_LIST)
def alert_list(request: HttpRequest) -> HttpResponse:
    user = current_user(request)
    alerts = selectors.alert_list_for_user(user=user).select_related(
        "message__sender__survivor_profile", "message__sender__buddy_profile"
    )[:100]
    rows = [
        AlertRow(
            id=alert.pk,
            kind=alert.kind,
            kind_label=alert.get_kind_display(),
            urgent=alert.kind == AlertKind.URGENT,
            created_at=alert.created_at,
            note=alert.note,
            message=_row(user, alert.message) if alert.message is not None else None,
            acknowledged=alert.acknowledged_at is not None,
        )
        for alert in alerts
    ]
    return render(request, "frontend/moderation/alerts.html", {"alerts": rows})


@require_POST
@requires_messaging(Action.ALERT_ACKNOWLEDGE)
def alert_acknowledge(request: HttpRequest, alert_id: int) -> HttpResponse:
    user = current_user(request)
    alert = selectors.alert_get_for_user(user=user, alert_id=alert_id)
    try:
        services.alert_acknowledge(actor=user, alert=alert)
    except DomainError as error:
        messages.error(request, str(error.message))
    else:
        messages.success(request, _("The alert is marked as handled."))
    return redirect("frontend:alert-list")
