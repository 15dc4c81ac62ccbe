"""The WebSocket asks what the pages ask (staff who gave only a password get "sign in again"),
closes when her sessions end, and carries her reminders."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest
import pytest_asyncio
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.contrib.sessions.backends.db import SessionStore
from django.db import connections
from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice

from aftercare.asgi import application
from aftercare.middleware import LAST_SEEN_KEY
from aftercare.models import Notification, User
from aftercare.services import contact, twofactor
from messaging import consumers
from messaging.consumers import UNAUTHENTICATED
from tests.auth import sign_in
from tests.conftest import World

pytestmark = [pytest.mark.asyncio, pytest.mark.django_db(transaction=True)]
ORIGIN = (b"origin", b"http://localhost")


@pytest_asyncio.fixture(autouse=True)
async def close_worker_connections() -> AsyncIterator[None]:
    yield
    await database_sync_to_async(connections.close_all)()


def _cookie(user: User, *, verified: bool) -> str:
    client = Client()
    if verified:
        sign_in(client, user)
    else:
        client.force_login(user)  # password only: the second factor was never given
    return str(client.cookies["sessionid"].value)


async def _first_answer(user: User, *, verified: bool) -> tuple[str, object]:
    cookie = await database_sync_to_async(_cookie)(user, verified=verified)
    socket = WebsocketCommunicator(
        application, "/ws/", headers=[(b"cookie", f"sessionid={cookie}".encode()), ORIGIN]
    )
    connected, _ = await socket.connect()
    assert connected
    frame = await socket.receive_output(timeout=3)
    await socket.disconnect()
    if frame["type"] == "websocket.close":
        return "closed", frame["code"]
    return "open", frame.get("text")


async def test_a_coordinator_without_her_second_factor_is_refused(world: World) -> None:
    assert await _first_answer(world.coordinator, verified=False) == ("closed", UNAUTHENTICATED)


async def test_a_verified_coordinator_is_served(world: World) -> None:
    state, text = await _first_answer(world.coordinator, verified=True)
    assert state == "open"
    assert '"ready"' in str(text)


async def test_a_buddy_without_two_factor_needs_none(world: World) -> None:
    state, _ = await _first_answer(world.buddy, verified=False)
    assert state == "open"


@pytest.mark.parametrize("how", ["sign_out_everywhere", "two_factor_reset"])
async def test_an_open_socket_closes_when_her_sessions_end(world: World, how: str) -> None:
    cookie = await database_sync_to_async(_cookie)(world.buddy, verified=True)
    socket = WebsocketCommunicator(
        application, "/ws/", headers=[(b"cookie", f"sessionid={cookie}".encode()), ORIGIN]
    )
    connected, _ = await socket.connect()
    assert connected
    assert (await socket.receive_json_from())["type"] == "ready"

    def end_sessions() -> None:
        if how == "sign_out_everywhere":
            twofactor.sign_out_everywhere(user=world.buddy)
        else:
            TOTPDevice.objects.create(user=world.buddy, name="phone", confirmed=True)
            twofactor.two_factor_reset(actor=world.coordinator, target=world.buddy)

    await database_sync_to_async(end_sessions)()
    frame = await socket.receive_output(timeout=3)
    assert frame == {"type": "websocket.close", "code": UNAUTHENTICATED}
    await socket.disconnect()


async def test_a_reminder_arrives_over_her_open_socket(world: World) -> None:
    """Reminders reach her in the app at once, with the same neutral text the agenda shows."""
    from tests.aftercare.test_contact import planned

    cookie = await database_sync_to_async(_cookie)(world.survivor, verified=True)
    socket = WebsocketCommunicator(
        application, "/ws/", headers=[(b"cookie", f"sessionid={cookie}".encode()), ORIGIN]
    )
    connected, _ = await socket.connect()
    assert connected
    assert (await socket.receive_json_from())["type"] == "ready"

    def remind() -> str:
        moment = planned(world)
        contact.reminders_deliver_due(now=moment.starts_at - timedelta(days=1))
        return str(Notification.objects.get(user=world.survivor).text)

    text = await database_sync_to_async(remind)()
    frame = await socket.receive_json_from(timeout=3)
    while frame["type"] != "notification":
        frame = await socket.receive_json_from(timeout=3)
    assert frame["text"] == text
    assert "15:00" in text
    await socket.disconnect()


async def test_a_quiet_socket_closes_after_the_idle_time_of_her_role(
    world: World, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A phone left on a table with the chat open: after the survivor's idle time the socket
    closes with "sign in again", as her pages would sign her out. Time is moved, not waited."""
    settings.MESSAGING_HEARTBEAT_SECONDS = 0.05
    cookie = await database_sync_to_async(_cookie)(world.survivor, verified=True)
    socket = WebsocketCommunicator(
        application, "/ws/", headers=[(b"cookie", f"sessionid={cookie}".encode()), ORIGIN]
    )
    connected, _ = await socket.connect()
    assert connected
    assert (await socket.receive_json_from())["type"] == "ready"
    started = consumers.clock()
    limit = settings.SESSION_IDLE_TIMEOUTS["survivor"]
    monkeypatch.setattr(consumers, "clock", lambda: started + limit - 30)
    # Within her idle time the socket stays: heartbeats keep coming.
    assert (await socket.receive_json_from(timeout=2))["type"] == "heartbeat"
    monkeypatch.setattr(consumers, "clock", lambda: started + limit + 1)
    frame = await socket.receive_output(timeout=2)
    while frame["type"] == "websocket.send":
        frame = await socket.receive_output(timeout=2)
    assert frame == {"type": "websocket.close", "code": UNAUTHENTICATED}
    await socket.disconnect()


async def test_chatting_is_activity_and_keeps_her_session(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = await database_sync_to_async(Client)()

    def signed_in() -> str:
        sign_in(client, world.survivor)
        return str(client.cookies["sessionid"].value)

    cookie = await database_sync_to_async(signed_in)()
    socket = WebsocketCommunicator(
        application, "/ws/", headers=[(b"cookie", f"sessionid={cookie}".encode()), ORIGIN]
    )
    assert (await socket.connect())[0]
    assert (await socket.receive_json_from())["type"] == "ready"
    started = consumers.clock()
    monkeypatch.setattr(consumers, "clock", lambda: started + 120)
    await socket.send_json_to({"type": "sync", "conversation": 0})
    await socket.receive_json_from(timeout=2)

    def stamped() -> object:
        return SessionStore(session_key=cookie).load().get(LAST_SEEN_KEY)

    assert isinstance(await database_sync_to_async(stamped)(), int)
    await socket.disconnect()
