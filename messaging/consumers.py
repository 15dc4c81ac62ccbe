"""One WebSocket per signed-in user, multiplexing her conversations and notifications.

Client frames: ``send``, ``sync``, ``read``, ``ping``. Server frames: ``ready``, ``ack``,
``messages`` (a resync answer), ``message`` (live), ``conversation``, ``alert`` and ``queue``
(coordinators), ``heartbeat``, ``pong`` and ``error`` (the API's ``{"code", "message",
"fields"}`` shape).

The channel layer is at-most-once, so the live frames are a fast path only: after every
(re)connect the client sends ``sync`` with the highest ``seq`` it holds per conversation and gets
all it may see beyond that. Gaps below ``latest_seq`` are messages it may not see (held for
review or rejected); a released message gets a new ``seq`` at the end, so it is never skipped.

A gap shows only when a later message arrives, so the last message of a quiet conversation could
stay lost. Every ``MESSAGING_HEARTBEAT_SECONDS`` (15 by default) the server therefore sends each
socket ``{"type": "heartbeat", "latest": {"<conversation id>": <latest seq>, ...}}`` for the
conversations it follows; a client holding less than ``latest`` sends ``sync``. ``latest``
counts held messages too: a sync that brings nothing new is the answer to those.

The send path is the hot one. Its database work runs in one thread hop with at most one
connection check per second (`_hot_db`), and its broadcasts are handed back to the event loop
(`services.broadcasts_collected`) instead of being sent from the database thread. Every send
first reads the rows its checks depend on in one plain query (`sendstate.send_state`); a socket
reuses the access it checked for a conversation only while those rows are unchanged, so closing
a match, leaving a group or a pause stops the very next send (a pause is also checked under the
row lock). Building the permission query with the ORM was the costliest part of a send.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import time
from collections.abc import Awaitable, Callable
from typing import Any, ParamSpec, TypeGuard, TypeVar, cast

from asgiref.sync import SyncToAsync
from channels.consumer import get_handler_name
from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from django.conf import settings
from django.db import close_old_connections
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from aftercare.api_errors import error_body
from aftercare.choices import Role
from aftercare.errors import DomainError, Forbidden, NotFound
from aftercare.middleware import LAST_SEEN_KEY, idle_limit
from aftercare.models import User
from aftercare.twofactor import requires_two_factor, session_is_verified
from messaging import selectors, services
from messaging.errors import InvalidMessage
from messaging.models import Conversation
from messaging.policies import Access, Action, can
from messaging.sendstate import send_state

logger = logging.getLogger(__name__)

UNAUTHENTICATED = 4401
SYNC_LIMIT = 200
MAX_SYNC_CONVERSATIONS = 100

# Lock screens show this and nothing else: never a body, a sender or what the app is for.
NEW_MESSAGE = _("You have a new message")
NEW_ALERT = _("There is something new for you")

HEARTBEAT_SECONDS = 15.0
# How often the hot path lets Django drop a broken or expired connection (CONN_MAX_AGE).
CONNECTION_CHECK_SECONDS = 1.0


P = ParamSpec("P")
R = TypeVar("R")


def _db(function: Callable[P, R]) -> Callable[P, Awaitable[R]]:
    """`database_sync_to_async` with its signature kept (channels ships no type hints)."""
    return cast(Callable[P, Awaitable[R]], database_sync_to_async(function))


class _HotSyncToAsync(SyncToAsync[P, R]):
    """On the ORM thread, with Django's connection check at most once a second.

    `database_sync_to_async` checks before and after every call; with health checks on
    (PostgreSQL) that is an extra ``SELECT 1`` round trip per stored message.
    """

    next_check = 0.0

    def thread_handler(self, loop: Any, *args: Any, **kwargs: Any) -> Any:
        now = time.monotonic()
        if now >= _HotSyncToAsync.next_check:
            _HotSyncToAsync.next_check = now + CONNECTION_CHECK_SECONDS
            close_old_connections()
        return super().thread_handler(loop, *args, **kwargs)  # type: ignore[no-untyped-call]


def _hot_db(function: Callable[P, R]) -> Callable[P, Awaitable[R]]:
    return cast(Callable[P, Awaitable[R]], _HotSyncToAsync(function))


def _is_int(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


# The policy action each client frame needs, as its API counterpart does.
FRAME_ACTIONS = {
    "send": Action.MESSAGE_SEND,
    "sync": Action.MESSAGE_LIST,
    "read": Action.READ_MARK,
}


class UnknownFrame(DomainError):
    code = "unknown_type"
    default_message = _("This kind of frame is not known.")


def clock() -> float:
    """Monotonic seconds; the idle tests move it forward instead of waiting."""
    return time.monotonic()


@_db
def _stamp_session(session: Any) -> None:
    session[LAST_SEEN_KEY] = int(time.time())
    session.save()


@_db
def _second_factor_missing(user: User, session: Any) -> bool:
    return requires_two_factor(user) and not session_is_verified(user, session)


@_db
def _open_conversations(user: User) -> tuple[User, list[int]]:
    services.conversations_open_for_participant(user=user)
    # Her profile comes along once, so a live frame's sender name costs no query per message.
    user = User.objects.select_related("survivor_profile", "buddy_profile").get(pk=user.pk)
    return user, selectors.conversation_ids_for_user(user=user)


Scoped = tuple[Conversation, Access]
# The access a socket checked for a conversation, and the rows it was computed from.
Checked = tuple[tuple[Any, ...], Scoped]


@_hot_db
def _send(
    user: User, conversation_id: int, client_id: Any, body: Any, known: Checked | None
) -> tuple[dict[str, Any], list[services.Broadcast], Checked]:
    with services.broadcasts_collected() as broadcasts:
        state = send_state(user_id=user.pk, conversation_id=conversation_id)
        if known is None or known[0] != state.access_key:
            # First send here, or a row the access depends on changed (closed, left, paused).
            scoped = selectors.conversation_get_for_user(user=user, conversation_id=conversation_id)
            known = (state.access_key, scoped)
        conversation, access = known[1]
        result = services.message_send(
            sender=user,
            conversation=conversation,
            access=access,
            client_id=client_id,
            body=body,
            state=state,
        )
    message = result.message
    ack = {
        "type": "ack",
        "conversation": conversation.pk,
        "client_id": str(message.client_id),
        "id": message.pk,
        "seq": message.seq,
        "status": message.status,
    }
    return ack, broadcasts, known


@_hot_db
def _latest(conversation_ids: list[int]) -> dict[int, int]:
    rows = Conversation.objects.filter(pk__in=conversation_ids).values_list("pk", "last_seq")
    return dict(rows)


@_db
def _sync(user: User, wanted: dict[int, int]) -> tuple[list[dict[str, Any]], dict[int, Checked]]:
    """The sync answers, and the access checked on the way, for the socket's next sends."""
    frames: list[dict[str, Any]] = []
    checked: dict[int, Checked] = {}
    for conversation_id, after in wanted.items():
        # Read before the check: a change in between makes the key stale, never the access.
        state = send_state(user_id=user.pk, conversation_id=conversation_id)
        try:
            conversation, access = selectors.conversation_get_for_user(
                user=user, conversation_id=conversation_id
            )
        except NotFound as exc:
            frames.append(_error_frame(exc, {"conversation": [str(conversation_id)]}))
            continue
        checked[conversation.pk] = (state.access_key, (conversation, access))
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
    return frames, checked


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
    # When the client last did something (not a ping), and when that was last written to her
    # session: the idle timeout of her role closes a socket that stays quiet for too long.
    active_at: float
    stamped_at: float
    joined: set[str]
    # The conversations this socket follows live: what its heartbeat reports on.
    conversations: set[int]
    # conversation id -> (the rows its access was computed from, conversation and access)
    access: dict[int, Checked]

    async def connect(self) -> None:
        self.active_at = self.stamped_at = clock()
        self.joined = set()
        self.conversations = set()
        self.access = {}
        user = self.scope.get("user")
        if user is None or not user.is_authenticated or not user.is_active:
            # Accepted first so the client sees 4401 ("sign in again"), not a bare HTTP 403.
            await self.accept()
            await self.close(code=UNAUTHENTICATED)
            return
        if await _second_factor_missing(user, self.scope.get("session")):
            # Half signed in (password, no second factor yet): the same "sign in again".
            await self.accept()
            await self.close(code=UNAUTHENTICATED)
            return
        user, ids = await _open_conversations(user)
        self.user = user
        self.language = user.language or "nl"
        await self._join(services.user_group(user.pk))
        for conversation_id in ids:
            await self._follow(conversation_id)
        if user.role == Role.COORDINATOR and user.organisation_id is not None:
            await self._join(services.coordinators_group(user.organisation_id))
        # Joined before accepting: whatever is committed after "ready" arrives live, whatever
        # came before is in the client's sync answer.
        await self.accept()
        await self.send_json({"type": "ready", "conversations": ids})
        _heartbeats().add(self)

    async def _active(self) -> None:
        """Sending, syncing and reading are activity, as page requests are: they keep her
        session alive (its idle stamp is written at most once a minute, like the pages do)."""
        self.active_at = clock()
        if self.active_at - self.stamped_at >= 60:
            self.stamped_at = self.active_at
            session = self.scope.get("session")
            if session is not None:
                await _stamp_session(session)

    def idle_expired(self, now: float) -> bool:
        return hasattr(self, "user") and now - self.active_at > idle_limit(self.user.role)

    async def disconnect(self, code: int) -> None:
        _heartbeats().discard(self)
        for group in self.joined:
            await self.channel_layer.group_discard(group, self.channel_name)
        self.joined = set()

    async def dispatch(self, message: dict[str, Any]) -> None:
        # Channels checks the database connections (a hop to the ORM thread) before every
        # handler. Fan-out events touch no database, and every handler that does goes through
        # `_db`/`_hot_db`, which check on the ORM thread themselves: the hop only adds a wait
        # behind other sockets' queries.
        handler = getattr(self, get_handler_name(message), None)
        if handler is None:
            raise ValueError(f"No handler for message type {message['type']}")
        await handler(message)

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
        if kind != "ping":
            await self._active()
        handler = {"send": self._on_send, "sync": self._on_sync, "read": self._on_read}.get(kind)
        if kind == "ping":
            await self.send_json({"type": "pong"})
            return
        if handler is None:
            await self._send_error(UnknownFrame(field="type"))
            return
        if not can(self.user, FRAME_ACTIONS[kind]):
            # The same role table as the API: a coordinator reads along but never speaks.
            await self._send_error(Forbidden(), content)
            return
        try:
            await handler(content)
        except DomainError as exc:
            await self._send_error(exc, content)

    async def _on_send(self, content: dict[str, Any]) -> None:
        conversation_id = content.get("conversation")
        if not _is_int(conversation_id):
            raise InvalidMessage(field="conversation")
        ack, broadcasts, checked = await _send(
            self.user,
            conversation_id,
            content.get("client_id"),
            content.get("body"),
            self.access.get(conversation_id),
        )
        self.access[conversation_id] = checked
        # A conversation opened after connecting: join it now that access is proven.
        await self._follow(ack["conversation"])
        await services.broadcast(broadcasts)
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
        frames, checked = await _sync(self.user, wanted)
        # A client syncs right after connecting: its first send then needs no access query.
        self.access.update(checked)
        for frame in frames:
            if frame["type"] == "messages":
                await self._follow(frame["conversation"])
            await self.send_json(frame)

    async def _on_read(self, content: dict[str, Any]) -> None:
        conversation_id, seq = content.get("conversation"), content.get("seq")
        if not _is_int(conversation_id) or not _is_int(seq):
            raise InvalidMessage(field="seq" if _is_int(conversation_id) else "conversation")
        await self.send_json(await _read(self.user, conversation_id, seq))

    async def _follow(self, conversation_id: int) -> None:
        await self._join(services.conversation_group(conversation_id))
        self.conversations.add(conversation_id)

    async def _join(self, group: str) -> None:
        if group not in self.joined:
            await self.channel_layer.group_add(group, self.channel_name)
            self.joined.add(group)

    async def send_heartbeat(self, latest: dict[int, int]) -> None:
        mine = {str(pk): latest[pk] for pk in sorted(self.conversations) if pk in latest}
        try:
            await self.send_json({"type": "heartbeat", "latest": mine})
        except Exception:
            # The socket closed between the tick and this send; its disconnect follows.
            _heartbeats().discard(self)

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
        # The layer hands one event object to all of a process's sockets in the group: the
        # frame is encoded once per kind of reader (language, notified or not), not per socket.
        message = event["message"]
        notify = message["sender"] != self.user.pk and message["status"] == "delivered"
        encoded: dict[tuple[str, bool], str] = event.setdefault(_ENCODED, {})
        variant = (self.language, notify)
        text = encoded.get(variant)
        if text is None:
            frame = {"type": "message", **message}
            if notify:
                frame["notification"] = self._neutral(NEW_MESSAGE)
            text = encoded[variant] = json.dumps(frame)
        await self.send(text_data=text)

    async def conversation_event(self, event: dict[str, Any]) -> None:
        await self.send_json({"type": "conversation", **event["conversation"]})

    async def alert_event(self, event: dict[str, Any]) -> None:
        await self.send_json(
            {"type": "alert", **event["alert"], "notification": self._neutral(NEW_ALERT)}
        )

    async def notification_event(self, event: dict[str, Any]) -> None:
        await self.send_json({"type": "notification", **event["notification"]})

    async def session_end(self, event: dict[str, Any]) -> None:
        # Her sessions were ended elsewhere: "sign in again", as at connect.
        await self.close(code=UNAUTHENTICATED)

    async def queue_event(self, event: dict[str, Any]) -> None:
        await self.send_json({"type": "queue", "message": event["message"]})


# Where a fan-out event keeps its encoded frames (a key no sender ever sets).
_ENCODED = "__encoded_frames__"


def heartbeat_seconds() -> float:
    return float(getattr(settings, "MESSAGING_HEARTBEAT_SECONDS", HEARTBEAT_SECONDS))


class Heartbeats:
    """One ticker per event loop for all its sockets: one query per tick, not one per socket."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.sockets: dict[ConversationConsumer, None] = {}
        self.task: asyncio.Task[None] | None = None

    def add(self, consumer: ConversationConsumer) -> None:
        self.sockets[consumer] = None
        if self.task is None or self.task.done():
            self.task = self.loop.create_task(self.run())

    def discard(self, consumer: ConversationConsumer) -> None:
        self.sockets.pop(consumer, None)
        if not self.sockets and self.task is not None:
            self.task.cancel()
            self.task = None

    async def run(self) -> None:
        # Spread over the interval: processes started together do not tick together.
        await asyncio.sleep(heartbeat_seconds() * random.uniform(0.5, 1.0))
        while self.sockets:
            try:
                await self.tick()
            except Exception:
                # A database that is away now is back later; the next tick tries again.
                logger.exception("heartbeat failed")
            await asyncio.sleep(heartbeat_seconds())

    async def tick(self) -> None:
        now = clock()
        for socket in [socket for socket in self.sockets if socket.idle_expired(now)]:
            # A phone left on a table: the chat closes as the pages sign her out.
            self.sockets.pop(socket, None)
            await socket.close(code=UNAUTHENTICATED)
        sockets = list(self.sockets)
        wanted = sorted({pk for socket in sockets for pk in socket.conversations})
        latest = await _latest(wanted) if wanted else {}
        for socket in sockets:
            if socket in self.sockets:
                await socket.send_heartbeat(latest)


_tickers: dict[asyncio.AbstractEventLoop, Heartbeats] = {}


def _heartbeats() -> Heartbeats:
    loop = asyncio.get_running_loop()
    ticker = _tickers.get(loop)
    if ticker is None:
        for stale in [known for known in _tickers if known.is_closed()]:
            del _tickers[stale]
        ticker = _tickers[loop] = Heartbeats(loop)
    return ticker
