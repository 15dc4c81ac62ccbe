"""The WebSocket: live delivery after moderation, resync, idempotency and refusals."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest
import pytest_asyncio
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.db import connections
from django.test import Client

from aftercare.asgi import application
from aftercare.models import User
from aftercare.services import match_transition
from messaging import services
from messaging.models import AlertKind, Message, ModerationAlert
from messaging.moderation.decision import Decision
from tests.auth import sign_in
from tests.conftest import World
from tests.messaging.helpers import match_conversation, stored_message

pytestmark = [pytest.mark.asyncio, pytest.mark.django_db(transaction=True)]

Connect = Callable[[User], Awaitable[WebsocketCommunicator]]
ORIGIN = (b"origin", b"http://localhost")


def _session_cookie(user: User) -> str:
    client = Client()
    sign_in(client, user)
    return str(client.cookies["sessionid"].value)


@pytest_asyncio.fixture(autouse=True)
async def close_worker_connections() -> AsyncIterator[None]:
    yield
    # The ORM thread keeps its persistent connection (CONN_MAX_AGE) after the test; closed here
    # so PostgreSQL can drop the test database at the end of the run.
    await database_sync_to_async(connections.close_all)()


@pytest_asyncio.fixture
async def connect() -> AsyncIterator[Connect]:
    opened: list[WebsocketCommunicator] = []

    async def open_socket(user: User) -> WebsocketCommunicator:
        cookie = await database_sync_to_async(_session_cookie)(user)
        communicator = WebsocketCommunicator(
            application, "/ws/", headers=[(b"cookie", f"sessionid={cookie}".encode()), ORIGIN]
        )
        connected, _ = await communicator.connect()
        assert connected
        assert (await communicator.receive_json_from())["type"] == "ready"
        opened.append(communicator)
        return communicator

    yield open_socket
    for communicator in opened:
        await communicator.disconnect()


@pytest_asyncio.fixture
async def conversation_id(world: World) -> int:
    conversation = await database_sync_to_async(match_conversation)(world)
    return int(conversation.pk)


async def frames_until(
    socket: WebsocketCommunicator, wanted: set[str], limit: int = 5
) -> dict[str, dict[str, Any]]:
    """Collect frames by type: an ack and its broadcast may arrive in either order."""
    seen: dict[str, dict[str, Any]] = {}
    for _ in range(limit):
        frame = await socket.receive_json_from(timeout=2)
        seen[frame["type"]] = frame
        if wanted <= set(seen):
            break
    return seen


def send_frame(conversation: int, body: str, client_id: str | None = None) -> dict[str, Any]:
    return {
        "type": "send",
        "conversation": conversation,
        "client_id": client_id or str(uuid.uuid4()),
        "body": body,
    }


async def test_anonymous_socket_is_closed_with_4401() -> None:
    communicator = WebsocketCommunicator(application, "/ws/", headers=[ORIGIN])
    connected, _ = await communicator.connect()
    assert connected
    assert await communicator.receive_output(timeout=2) == {
        "type": "websocket.close",
        "code": 4401,
    }
    await communicator.disconnect()


async def test_message_reaches_recipient_with_neutral_notification(
    world: World, connect: Connect, conversation_id: int
) -> None:
    buddy, survivor = await connect(world.buddy), await connect(world.survivor)
    await buddy.send_json_to(send_frame(conversation_id, "Zin in zaterdag?"))
    frames = await frames_until(buddy, {"ack", "message"})
    assert frames["ack"]["status"] == "delivered"
    assert frames["ack"]["seq"] == 1
    live = await survivor.receive_json_from(timeout=2)
    assert (live["type"], live["body"], live["seq"]) == ("message", "Zin in zaterdag?", 1)
    assert "Zin" not in live["notification"]
    assert "Anne" not in live["notification"]


async def test_held_message_waits_for_review_and_release_delivers_it_live(
    world: World, connect: Connect, conversation_id: int
) -> None:
    buddy, survivor = await connect(world.buddy), await connect(world.survivor)
    await buddy.send_json_to(send_frame(conversation_id, "stuur je snap"))
    frames = await frames_until(buddy, {"ack", "message"})
    assert frames["ack"]["status"] == "held"
    assert frames["message"]["status"] == "held"
    assert await survivor.receive_nothing(timeout=0.2)

    message = await database_sync_to_async(Message.objects.get)(pk=frames["ack"]["id"])
    await database_sync_to_async(services.message_release)(
        actor=world.coordinator, message=message, note="ok"
    )
    live = await survivor.receive_json_from(timeout=2)
    assert (live["id"], live["status"]) == (message.pk, "delivered")
    assert live["seq"] > frames["ack"]["seq"]


async def test_urgent_message_reaches_a_connected_coordinator_at_once(
    world: World, connect: Connect, conversation_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The decision is fixed here: this test is about the alert path, not the lexicon.
    monkeypatch.setattr(services, "moderate", lambda text, **_: Decision("allow", True, ()))
    coordinator, survivor = await connect(world.coordinator), await connect(world.survivor)
    other_org = await connect(world.other_org_coordinator)
    await survivor.send_json_to(send_frame(conversation_id, "ik kan niet meer"))
    frames = await frames_until(coordinator, {"alert", "message"})
    alert = await database_sync_to_async(ModerationAlert.objects.get)()
    assert frames["alert"]["id"] == alert.pk
    assert alert.kind == AlertKind.URGENT
    assert await other_org.receive_nothing(timeout=0.2)


async def test_retry_with_the_same_client_id_is_stored_and_delivered_once(
    world: World, connect: Connect, conversation_id: int
) -> None:
    buddy, survivor = await connect(world.buddy), await connect(world.survivor)
    frame = send_frame(conversation_id, "Tot morgen")
    await buddy.send_json_to(frame)
    first = (await frames_until(buddy, {"ack", "message"}))["ack"]
    await buddy.send_json_to(frame)
    again = await buddy.receive_json_from(timeout=2)
    assert (again["type"], again["id"], again["seq"]) == ("ack", first["id"], first["seq"])
    assert (await survivor.receive_json_from(timeout=2))["id"] == first["id"]
    assert await survivor.receive_nothing(timeout=0.2)
    assert await database_sync_to_async(Message.objects.count)() == 1


async def test_resync_after_reconnect_returns_exactly_what_was_missed(
    world: World, connect: Connect, conversation_id: int
) -> None:
    survivor = await connect(world.survivor)
    conversation = await database_sync_to_async(match_conversation)(world)
    await database_sync_to_async(stored_message)(conversation, world.buddy, "Een")
    await survivor.disconnect()
    for body, status in (("Twee", "delivered"), ("stuur je snap", "held"), ("Drie", "delivered")):
        await database_sync_to_async(stored_message)(conversation, world.buddy, body, status)

    survivor = await connect(world.survivor)
    await survivor.send_json_to({"type": "sync", "conversations": {str(conversation_id): 1}})
    answer = await survivor.receive_json_from(timeout=2)
    assert answer["type"] == "messages"
    assert [(m["seq"], m["body"]) for m in answer["messages"]] == [(2, "Twee"), (4, "Drie")]
    assert answer["latest_seq"] == 4


async def test_frame_for_a_foreign_conversation_is_not_found(
    world: World, connect: Connect, conversation_id: int
) -> None:
    stranger = await connect(world.other_survivor)
    await stranger.send_json_to(send_frame(conversation_id, "Hoi"))
    error = await stranger.receive_json_from(timeout=2)
    assert (error["type"], error["code"]) == ("error", "not_found")
    assert set(error) >= {"code", "message", "fields"}
    await stranger.send_json_to({"type": "sync", "conversations": {str(conversation_id): 0}})
    assert (await stranger.receive_json_from(timeout=2))["code"] == "not_found"
    assert await database_sync_to_async(Message.objects.count)() == 0


async def test_rate_limit_answers_with_an_error_and_stores_nothing(
    world: World, connect: Connect, conversation_id: int
) -> None:
    conversation = await database_sync_to_async(match_conversation)(world)
    for _ in range(services.RATE_LIMIT):
        await database_sync_to_async(stored_message)(conversation, world.buddy)
    buddy = await connect(world.buddy)
    await buddy.send_json_to(send_frame(conversation_id, "Nog eentje"))
    error = await buddy.receive_json_from(timeout=2)
    assert (error["type"], error["code"]) == ("error", "rate_limited")
    assert await database_sync_to_async(Message.objects.count)() == services.RATE_LIMIT


async def test_closed_match_conversation_is_read_only(
    world: World, connect: Connect, conversation_id: int
) -> None:
    await database_sync_to_async(match_transition)(
        actor=world.coordinator, match=world.match, to_status="closed", close_reason="moved"
    )
    buddy = await connect(world.buddy)
    await buddy.send_json_to(send_frame(conversation_id, "Hoi"))
    assert (await buddy.receive_json_from(timeout=2))["code"] == "read_only"
    await buddy.send_json_to({"type": "sync", "conversations": {str(conversation_id): 0}})
    assert (await buddy.receive_json_from(timeout=2))["type"] == "messages"


async def test_malformed_frames_get_an_error_frame(world: World, connect: Connect) -> None:
    survivor = await connect(world.survivor)
    await survivor.send_to(text_data="not json")
    assert (await survivor.receive_json_from(timeout=2))["code"] == "invalid"
    await survivor.send_json_to({"type": "dance"})
    assert (await survivor.receive_json_from(timeout=2))["code"] == "unknown_type"
    await survivor.send_json_to({"type": "send", "conversation": "1", "body": "x"})
    error = await survivor.receive_json_from(timeout=2)
    assert (error["code"], list(error["fields"])) == ("invalid", ["conversation"])


async def test_read_marker_moves_forward_only(
    world: World, connect: Connect, conversation_id: int
) -> None:
    conversation = await database_sync_to_async(match_conversation)(world)
    for _ in range(3):
        await database_sync_to_async(stored_message)(conversation, world.buddy)
    survivor = await connect(world.survivor)
    await survivor.send_json_to({"type": "read", "conversation": conversation_id, "seq": 3})
    assert (await survivor.receive_json_from(timeout=2))["seq"] == 3
    await survivor.send_json_to({"type": "read", "conversation": conversation_id, "seq": 1})
    assert (await survivor.receive_json_from(timeout=2))["seq"] == 3
