"""Every WebSocket route × every persona × every client action, and a route not listed here fails.

The socket's client frames are ``sync`` (subscribe to a conversation and get what was missed),
``send``, ``read`` (the read marker) and ``ping``; there are no typing frames. Connecting also
subscribes: the ``ready`` frame names the conversations the socket follows live. One socket per
persona runs all actions in turn, on the buddy conversation ("match") and the peer-group
conversation ("group") of the `world` fixture, and then checks which live messages reach it.

The expected refusals mirror the API's permission matrix (tests/messaging/matrix.py): a role that
may not attempt an action gets ``forbidden``, a conversation outside her scope ``not_found``.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import pytest
import pytest_asyncio
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.db import connections
from django.test import Client

from aftercare.asgi import application
from aftercare.models import User
from messaging import routing, services
from messaging.models import Message
from messaging.selectors import conversation_get_for_user
from tests.auth import sign_in
from tests.conftest import PERSONAS, World

ORIGIN = (b"origin", b"http://localhost")
CLOSED_UNAUTHENTICATED = "close:4401"
# Password given, second factor not (yet): as good as anonymous until she gives it.
HALF_SIGNED_IN = "coordinator_without_second_factor"


@dataclass(frozen=True)
class Expect:
    """What one persona gets on the socket; the keys of the dicts are "match" and "group"."""

    connect: str
    follows: frozenset[str] = frozenset()
    sync: dict[str, str] = field(default_factory=dict)
    read: str = ""
    send: str = ""
    live: frozenset[str] = frozenset()


REFUSED = Expect(connect=CLOSED_UNAUTHENTICATED)
BOTH = frozenset({"match", "group"})
MATCH, GROUP = frozenset({"match"}), frozenset({"group"})
NOT_FOUND = "error:not_found"
FORBIDDEN = "error:forbidden"

CONVERSATION_SOCKET: dict[str, Expect] = {
    "anonymous": REFUSED,
    HALF_SIGNED_IN: REFUSED,
    "survivor": Expect(
        "ready",
        follows=MATCH,
        sync={"match": "messages", "group": NOT_FOUND},
        read="read",
        send="ack",
        live=MATCH,
    ),
    "buddy": Expect(
        "ready",
        follows=MATCH,
        sync={"match": "messages", "group": NOT_FOUND},
        read="read",
        send="ack",
        live=MATCH,
    ),
    "other_survivor": Expect(
        "ready",
        follows=GROUP,
        sync={"match": NOT_FOUND, "group": "messages"},
        read=NOT_FOUND,
        send=NOT_FOUND,
        live=GROUP,
    ),
    "facilitator": Expect(
        "ready",
        follows=GROUP,
        sync={"match": NOT_FOUND, "group": "messages"},
        read=NOT_FOUND,
        send=NOT_FOUND,
        live=GROUP,
    ),
    # Coordinators read along for moderation; they never speak or leave read markers.
    "coordinator": Expect(
        "ready",
        follows=BOTH,
        sync={"match": "messages", "group": "messages"},
        read=FORBIDDEN,
        send=FORBIDDEN,
        live=BOTH,
    ),
    "other_org_coordinator": Expect(
        "ready",
        sync={"match": NOT_FOUND, "group": NOT_FOUND},
        read=FORBIDDEN,
        send=FORBIDDEN,
    ),
    # Platform admins see no case content: no conversations at all.
    "admin": Expect(
        "ready",
        sync={"match": FORBIDDEN, "group": FORBIDDEN},
        read=FORBIDDEN,
        send=FORBIDDEN,
    ),
}

# route (as written in messaging/routing.py) -> persona -> what she gets.
WS_MATRIX: dict[str, dict[str, Expect]] = {"ws/": CONVERSATION_SOCKET}
WS_PERSONAS = (*PERSONAS, HALF_SIGNED_IN)


def test_every_websocket_route_is_in_the_matrix() -> None:
    routes = {str(pattern.pattern) for pattern in routing.websocket_urlpatterns}
    missing = routes - set(WS_MATRIX)
    assert not missing, f"WebSocket routes missing from the matrix: {sorted(missing)}"
    assert not set(WS_MATRIX) - routes, "The matrix lists WebSocket routes that do not exist"
    for route, expected in WS_MATRIX.items():
        assert set(expected) == set(WS_PERSONAS), f"{route}: not every persona is listed"


def _session_cookie(user: User | None, verified: bool = True) -> str | None:
    if user is None:
        return None
    client = Client()
    if verified:
        sign_in(client, user)
    else:
        client.force_login(user)
    return str(client.cookies["sessionid"].value)


def _conversations(w: World) -> dict[str, int]:
    return {
        "match": services.conversation_for_match(w.match).pk,
        "group": services.conversation_for_group(w.group).pk,
    }


def _deliver(w: World, name: str, conversation_id: int) -> int:
    """A message from a participant, through the real send path, broadcast after commit."""
    sender = w.buddy if name == "match" else w.other_survivor
    conversation, access = conversation_get_for_user(user=sender, conversation_id=conversation_id)
    result = services.message_send(
        sender=sender,
        conversation=conversation,
        access=access,
        client_id=uuid.uuid4(),
        body="Tot zaterdag!",
    )
    return int(result.message.pk)


@pytest_asyncio.fixture
async def close_worker_connections() -> AsyncIterator[None]:
    yield
    await database_sync_to_async(connections.close_all)()


def _outcome(frame: dict[str, Any]) -> str:
    return f"error:{frame['code']}" if frame["type"] == "error" else str(frame["type"])


async def _answer(socket: WebsocketCommunicator, ignore: set[int]) -> dict[str, Any]:
    """The next frame that answers a request, past live copies of messages sent meanwhile."""
    while True:
        frame = await socket.receive_json_from(timeout=2)
        if frame["type"] == "message" and frame["id"] in ignore:
            continue
        return dict(frame)


@pytest.mark.parametrize("persona", WS_PERSONAS)
@pytest.mark.parametrize("route", sorted(WS_MATRIX))
@pytest.mark.asyncio
@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("close_worker_connections")
async def test_websocket_matrix(world: World, route: str, persona: str) -> None:
    expected = WS_MATRIX[route][persona]
    ids = await database_sync_to_async(_conversations)(world)
    name_of = {pk: name for name, pk in ids.items()}
    user = world.coordinator if persona == HALF_SIGNED_IN else getattr(world, persona, None)
    cookie = await database_sync_to_async(_session_cookie)(user, persona != HALF_SIGNED_IN)
    headers = [ORIGIN] + ([(b"cookie", f"sessionid={cookie}".encode())] if cookie else [])
    socket = WebsocketCommunicator(application, f"/{route}", headers=headers)
    connected, _ = await socket.connect()
    assert connected
    try:
        if expected.connect == CLOSED_UNAUTHENTICATED:
            closing = await socket.receive_output(timeout=2)
            assert closing == {"type": "websocket.close", "code": 4401}
            return
        ready = await socket.receive_json_from(timeout=2)
        assert ready["type"] == expected.connect
        assert {name_of[pk] for pk in ready["conversations"]} == expected.follows

        await socket.send_json_to({"type": "ping"})
        assert (await socket.receive_json_from(timeout=2))["type"] == "pong"

        for name, outcome in expected.sync.items():
            await socket.send_json_to({"type": "sync", "conversations": {str(ids[name]): 0}})
            answer = await socket.receive_json_from(timeout=2)
            assert _outcome(answer) == outcome, f"sync {name}: {answer}"
            if answer["type"] == "messages":
                assert answer["conversation"] == ids[name]

        await socket.send_json_to({"type": "read", "conversation": ids["match"], "seq": 0})
        answer = await socket.receive_json_from(timeout=2)
        assert _outcome(answer) == expected.read, f"read: {answer}"

        # Live delivery: only the conversations she may read reach her socket.
        delivered: dict[int, str] = {}
        for name in ("match", "group"):
            pk = await database_sync_to_async(_deliver)(world, name, ids[name])
            delivered[pk] = name
        received: set[str] = set()
        while len(received) < len(expected.live):
            frame = await socket.receive_json_from(timeout=2)
            assert frame["type"] == "message", frame
            received.add(delivered[frame["id"]])
        assert received == expected.live
        assert await socket.receive_nothing(timeout=0.1)

        before = await database_sync_to_async(Message.objects.count)()
        client_id = str(uuid.uuid4())
        await socket.send_json_to(
            {"type": "send", "conversation": ids["match"], "client_id": client_id, "body": "Hoi"}
        )
        answer = await _answer(socket, ignore=set())
        if answer["type"] == "message":
            # Her own message comes back live too; the ack follows.
            answer = await _answer(socket, ignore={answer["id"]})
        assert _outcome(answer) == expected.send, f"send: {answer}"
        stored = await database_sync_to_async(Message.objects.count)() - before
        assert stored == (1 if expected.send == "ack" else 0)
        if answer["type"] == "error":
            assert answer["client_id"] == client_id
            assert set(answer) >= {"code", "message", "fields"}
    finally:
        await socket.disconnect()


@pytest.mark.parametrize("route", sorted(WS_MATRIX))
@pytest.mark.parametrize("origin", [None, b"https://evil.example"])
@pytest.mark.asyncio
@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("close_worker_connections")
async def test_a_socket_from_another_site_is_refused(
    world: World, route: str, origin: bytes | None
) -> None:
    # Cross-site WebSocket hijacking: a page elsewhere must not ride on her session cookie.
    cookie = await database_sync_to_async(_session_cookie)(world.survivor)
    headers = [(b"cookie", f"sessionid={cookie}".encode())]
    if origin is not None:
        headers.append((b"origin", origin))
    socket = WebsocketCommunicator(application, f"/{route}", headers=headers)
    connected, _ = await socket.connect()
    assert not connected
    await socket.disconnect()
