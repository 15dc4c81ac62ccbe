"""One WebSocket per signed-in user, multiplexing her conversations and notifications.

Client frames: ``send``, ``sync``, ``read``, ``ping``. Server frames: ``ready``, ``ack``,
``messages`` (a resync answer), ``message`` (live), ``conversation``, ``alert`` and ``queue``
(coordinators), ``pong`` and ``error`` (the API's ``{"code", "message", "fields"}`` shape).

The channel layer is at-most-once, so the live frames are a fast path only: after every
(re)connect the client sends ``sync`` with the highest ``seq`` it holds per conversation and gets
all it may see beyond that. Gaps below ``latest_seq`` are messages it may not see (held for
review or rejected); a released message gets a new ``seq`` at the end, so it is never skipped.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any, ParamSpec, TypeGuard, TypeVar, cast

from channels.consumer import get_handler_name
from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from aftercare.api_errors import error_body
from aftercare.choices import Role
from aftercare.errors import DomainError, NotFound
from aftercare.models import User
from messaging import selectors, services
from messaging.errors import InvalidMessage

UNAUTHENTICATED = 4401
SYNC_LIMIT = 200
MAX_SYNC_CONVERSATIONS = 100

# Lock screens show this and nothing else: never a body, a sender or what the app is for.
NEW_MESSAGE = _("You have a new message")
NEW_ALERT = _("There is something new for you")

# Layer events that only forward a prepared payload; they skip channels' per-event database
# connection check, which otherwise queues every fan-out behind the ORM thread.
FANOUT_EVENTS = frozenset({"message.event", "alert.event", "queue.event", "conversation.event"})


P = ParamSpec("P")
R = TypeVar("R")


def _db(function: Callable[P, R]) -> Callable[P, Awaitable[R]]:
    """`database_sync_to_async` with its signature kept (channels ships no type hints)."""
    return cast(Callable[P, Awaitable[R]], database_sync_to_async(function))


def _is_int(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


class UnknownFrame(DomainError):
    code = "unknown_type"
    default_message = _("This kind of frame is not known.")


@_db
def _open_conversations(user: User) -> list[int]:
    services.conversations_open_for_participant(user=user)
    return selectors.conversation_ids_for_user(user=user)


@_db
def _send(user: User, conversation_id: int, client_id: Any, body: Any) -> dict[str, Any]:
    conversation, access = selectors.conversation_get_for_user(
        user=user, conversation_id=conversation_id
    )
    result = services.message_send(
        sender=user, conversation=conversation, access=access, client_id=client_id, body=body
    )
    message = result.message
    return {
        "type": "ack",
        "conversation": conversation.pk,
        "client_id": str(message.client_id),
        "id": message.pk,
        "seq": message.seq,
        "status": message.status,
    }


@_db
def _sync(user: User, wanted: dict[int, int]) -> list[dict[str, Any]]:
    frames: list[dict[str, Any]] = []
    for conversation_id, after in wanted.items():
        try:
            conversation, access = selectors.conversation_get_for_user(
                user=user, conversation_id=conversation_id
            )
        except NotFound as exc:
            frames.append(_error_frame(exc, {"conversation": [str(conversation_id)]}))
            continue
        rows = list(
            selectors.message_list_for_user(
                user=user, conversation=conversation, access=access, after=after
            )[: SYNC_LIMIT + 1]
        )
        frames.append(
            {
                "type": "messages",
                "conversation": conversation.pk,
                "messages": [selectors.message_data(row) for row in rows[:SYNC_LIMIT]],
                "latest_seq": conversation.last_seq,
                "has_more": len(rows) > SYNC_LIMIT,
            }
        )
    return frames


@_db
def _read(user: User, conversation_id: int, seq: int) -> dict[str, Any]:
    conversation, _access = selectors.conversation_get_for_user(
        user=user, conversation_id=conversation_id
    )
    marker = services.read_mark(user=user, conversation=conversation, seq=seq)
    return {"type": "read", "conversation": conversation.pk, "seq": marker.seq}


def _error_frame(exc: DomainError, fields: dict[str, Any] | None = None) -> dict[str, Any]:
    if fields is None and exc.field:
        fields = {exc.field: [str(exc.message)]}
    return {"type": "error", **error_body(exc.code, str(exc.message), fields)}


class ConversationConsumer(AsyncJsonWebsocketConsumer):  # type: ignore[misc]
    user: User
    language: str
    joined: set[str]

    async def connect(self) -> None:
        self.joined = set()
        user = self.scope.get("user")
        if user is None or not user.is_authenticated or not user.is_active:
            # Accepted first so the client sees 4401 ("sign in again"), not a bare HTTP 403.
            await self.accept()
            await self.close(code=UNAUTHENTICATED)
            return
        self.user = user
        self.language = user.language or "nl"
        ids = await _open_conversations(user)
        groups = [services.user_group(user.pk)]
        groups += [services.conversation_group(conversation_id) for conversation_id in ids]
        if user.role == Role.COORDINATOR and user.organisation_id is not None:
            groups.append(services.coordinators_group(user.organisation_id))
        for group in groups:
            await self._join(group)
        # Joined before accepting: whatever is committed after "ready" arrives live, whatever
        # came before is in the client's sync answer.
        await self.accept()
        await self.send_json({"type": "ready", "conversations": ids})

    async def disconnect(self, code: int) -> None:
        for group in self.joined:
            await self.channel_layer.group_discard(group, self.channel_name)
        self.joined = set()

    async def dispatch(self, message: dict[str, Any]) -> None:
        if message.get("type") in FANOUT_EVENTS:
            await getattr(self, get_handler_name(message))(message)
            return
        await super().dispatch(message)

    async def receive(
        self, text_data: str | None = None, bytes_data: bytes | None = None, **kwargs: Any
    ) -> None:
        try:
            content = json.loads(text_data or "")
        except ValueError:
            await self._send_error(InvalidMessage())
            return
        await self.receive_json(content)

    async def receive_json(self, content: Any, **kwargs: Any) -> None:
        if not hasattr(self, "user"):
            return
        if not isinstance(content, dict):
            await self._send_error(InvalidMessage())
            return
        kind = str(content.get("type"))
        handler = {"send": self._on_send, "sync": self._on_sync, "read": self._on_read}.get(kind)
        if kind == "ping":
            await self.send_json({"type": "pong"})
            return
        if handler is None:
            await self._send_error(UnknownFrame(field="type"))
            return
        try:
            await handler(content)
        except DomainError as exc:
            await self._send_error(exc, content)

    async def _on_send(self, content: dict[str, Any]) -> None:
        conversation_id = content.get("conversation")
        if not _is_int(conversation_id):
            raise InvalidMessage(field="conversation")
        ack = await _send(self.user, conversation_id, content.get("client_id"), content.get("body"))
        # A conversation opened after connecting: join it now that access is proven.
        await self._join(services.conversation_group(ack["conversation"]))
        await self.send_json(ack)

    async def _on_sync(self, content: dict[str, Any]) -> None:
        requested = content.get("conversations")
        if not isinstance(requested, dict) or len(requested) > MAX_SYNC_CONVERSATIONS:
            raise InvalidMessage(field="conversations")
        wanted: dict[int, int] = {}
        for key, after in requested.items():
            if not str(key).isdigit() or not _is_int(after) or after < 0:
                raise InvalidMessage(field="conversations")
            wanted[int(key)] = after
        for frame in await _sync(self.user, wanted):
            if frame["type"] == "messages":
                await self._join(services.conversation_group(frame["conversation"]))
            await self.send_json(frame)

    async def _on_read(self, content: dict[str, Any]) -> None:
        conversation_id, seq = content.get("conversation"), content.get("seq")
        if not _is_int(conversation_id) or not _is_int(seq):
            raise InvalidMessage(field="seq" if _is_int(conversation_id) else "conversation")
        await self.send_json(await _read(self.user, conversation_id, seq))

    async def _join(self, group: str) -> None:
        if group not in self.joined:
            await self.channel_layer.group_add(group, self.channel_name)
            self.joined.add(group)

    async def _send_error(self, exc: DomainError, content: Any = None) -> None:
        frame = _error_frame(exc)
        if isinstance(content, dict) and "client_id" in content:
            # Lets the client tell which pending message failed.
            frame["client_id"] = content["client_id"]
        await self.send_json(frame)

    def _neutral(self, text: Any) -> str:
        with translation.override(self.language):
            return str(text)

    # Fan-out handlers: forward a payload prepared by the service; no database here.

    async def message_event(self, event: dict[str, Any]) -> None:
        message = event["message"]
        frame = {"type": "message", **message}
        if message["sender"] != self.user.pk and message["status"] == "delivered":
            frame["notification"] = self._neutral(NEW_MESSAGE)
        await self.send_json(frame)

    async def conversation_event(self, event: dict[str, Any]) -> None:
        await self.send_json({"type": "conversation", **event["conversation"]})

    async def alert_event(self, event: dict[str, Any]) -> None:
        await self.send_json(
            {"type": "alert", **event["alert"], "notification": self._neutral(NEW_ALERT)}
        )

    async def queue_event(self, event: dict[str, Any]) -> None:
        await self.send_json({"type": "queue", "message": event["message"]})
