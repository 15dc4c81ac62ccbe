"""What a socket reuses between two sends never outlives a change: bans, rules, access, consent.

Each test keeps one socket open across the change, sends before and after it, and looks at what
the sender and the recipient get. A socket remembers its checked access and the compiled
moderation inputs (messaging/sendstate.py): these are the cases where a stale copy would let a
message through.
"""

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
from django.utils import timezone

from aftercare.asgi import application
from aftercare.models import ContactBan, Membership, User
from aftercare.services import consent_record, contact_ban_add, match_transition
from aftercare.services.privacy.consent import consent_withdraw
from aftercare.services.relations import membership_leave
from messaging import services
from messaging.models import Message, MessageStatus, ModerationRule
from tests.auth import sign_in
from tests.conftest import World
from tests.messaging.helpers import match_conversation

pytestmark = [pytest.mark.asyncio, pytest.mark.django_db(transaction=True)]

Connect = Callable[[User], Awaitable[WebsocketCommunicator]]
ORIGIN = (b"origin", b"http://localhost")
NAME = "Jayden de Vries"
TEXT = f"Groeten van {NAME}"


def _session_cookie(user: User) -> str:
    client = Client()
    sign_in(client, user)
    return str(client.cookies["sessionid"].value)


@pytest_asyncio.fixture(autouse=True)
async def close_worker_connections() -> AsyncIterator[None]:
    yield
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


async def send(socket: WebsocketCommunicator, conversation: int, body: str) -> dict[str, Any]:
    """Send one message and return the sender's answer: its ack, or an error frame."""
    client_id = str(uuid.uuid4())
    await socket.send_json_to(
        {"type": "send", "conversation": conversation, "client_id": client_id, "body": body}
    )
    for _ in range(5):
        frame: dict[str, Any] = await socket.receive_json_from(timeout=2)
        if frame["type"] in {"ack", "error"} and frame.get("client_id") == client_id:
            return frame
    raise AssertionError("no answer to the send")


async def delivered_bodies(socket: WebsocketCommunicator) -> list[str]:
    bodies = []
    while not await socket.receive_nothing(timeout=0.3):
        frame = await socket.receive_json_from()
        if frame["type"] == "message":
            bodies.append(frame["body"])
    return bodies


@pytest_asyncio.fixture
async def match_id(world: World) -> int:
    return int((await database_sync_to_async(match_conversation)(world)).pk)


@pytest_asyncio.fixture
async def group_id(world: World) -> int:
    conversation = await database_sync_to_async(services.conversation_for_group)(world.group)
    return int(conversation.pk)


async def test_ban_added_between_two_sends_holds_the_next_message_at_once(
    world: World, connect: Connect, match_id: int
) -> None:
    buddy, survivor = await connect(world.buddy), await connect(world.survivor)
    assert (await send(buddy, match_id, TEXT))["status"] == MessageStatus.DELIVERED
    await database_sync_to_async(contact_ban_add)(
        actor=world.coordinator, survivor=world.survivor_profile, kind="name", value=NAME
    )
    # No wait, same socket, same text: the ban applies to the very next send.
    assert (await send(buddy, match_id, TEXT))["status"] == MessageStatus.HELD
    assert await delivered_bodies(survivor) == [TEXT]


async def test_ban_of_a_group_member_holds_the_facilitators_next_message(
    world: World, connect: Connect, group_id: int
) -> None:
    facilitator, member = await connect(world.facilitator), await connect(world.other_survivor)
    assert (await send(facilitator, group_id, TEXT))["status"] == MessageStatus.DELIVERED
    await database_sync_to_async(contact_ban_add)(
        actor=world.coordinator, survivor=world.other_survivor_profile, kind="name", value=NAME
    )
    assert (await send(facilitator, group_id, TEXT))["status"] == MessageStatus.HELD
    assert await delivered_bodies(member) == [TEXT]


async def test_removed_or_edited_ban_no_longer_holds_the_old_identifier(
    world: World, connect: Connect, match_id: int
) -> None:
    ban = await database_sync_to_async(contact_ban_add)(
        actor=world.coordinator, survivor=world.survivor_profile, kind="name", value=NAME
    )
    buddy = await connect(world.buddy)
    assert (await send(buddy, match_id, TEXT))["status"] == MessageStatus.HELD

    def edit() -> None:
        # An in-place edit (as the admin does): same row, same id, another value.
        ContactBan.objects.filter(pk=ban.pk).update(value="Kevin Bakker")

    await database_sync_to_async(edit)()
    assert (await send(buddy, match_id, TEXT))["status"] == MessageStatus.DELIVERED
    assert (await send(buddy, match_id, "Kevin Bakker zegt hoi"))["status"] == MessageStatus.HELD
    await database_sync_to_async(ContactBan.objects.all().delete)()
    assert (await send(buddy, match_id, "Kevin Bakker zegt hoi"))["status"] == "delivered"


async def test_organisation_rule_added_then_changed_applies_to_the_next_send(
    world: World, connect: Connect, match_id: int
) -> None:
    buddy = await connect(world.buddy)
    assert (await send(buddy, match_id, "Ik heb zwemles gehad"))["status"] == "delivered"
    rule = await database_sync_to_async(ModerationRule.objects.create)(
        organisation=world.org, pattern="zwemles", action="hold"
    )
    assert (await send(buddy, match_id, "Ik heb zwemles gehad"))["status"] == "held"

    def change() -> None:
        # Edited in place into a regular expression (a boolean column in the key, too).
        rule.pattern = r"ba+kker"
        rule.is_regex = True
        rule.save()

    await database_sync_to_async(change)()
    assert (await send(buddy, match_id, "Ik heb zwemles gehad"))["status"] == "delivered"
    assert (await send(buddy, match_id, "De bakker was dicht"))["status"] == "held"


async def test_closed_match_refuses_the_next_send_on_an_open_socket(
    world: World, connect: Connect, match_id: int
) -> None:
    buddy = await connect(world.buddy)
    assert (await send(buddy, match_id, "Tot zaterdag"))["status"] == "delivered"
    await database_sync_to_async(match_transition)(
        actor=world.coordinator, match=world.match, to_status="closed", close_reason="moved"
    )
    assert (await send(buddy, match_id, "Nog even dit"))["code"] == "read_only"
    assert await database_sync_to_async(Message.objects.count)() == 1


async def test_member_who_left_cannot_send_on_her_open_socket(
    world: World, connect: Connect, group_id: int
) -> None:
    member = await connect(world.other_survivor)
    assert (await send(member, group_id, "Hoi allemaal"))["status"] == "delivered"

    def leave() -> None:
        membership = Membership.objects.get(group=world.group, survivor__user=world.other_survivor)
        membership_leave(actor=world.coordinator, membership=membership)

    await database_sync_to_async(leave)()
    assert (await send(member, group_id, "Ben ik er nog?"))["code"] == "not_found"
    assert await database_sync_to_async(Message.objects.count)() == 1


async def test_paused_conversation_refuses_the_next_send(
    world: World, connect: Connect, match_id: int
) -> None:
    buddy = await connect(world.buddy)
    assert (await send(buddy, match_id, "Tot zaterdag"))["status"] == "delivered"
    conversation = await database_sync_to_async(match_conversation)(world)
    await database_sync_to_async(services.conversation_pause)(
        actor=world.coordinator, conversation=conversation, paused=True
    )
    assert (await send(buddy, match_id, "Nog even dit"))["code"] == "read_only"


async def test_withdrawn_messaging_consent_refuses_the_next_send_on_an_open_socket(
    world: World, connect: Connect, match_id: int
) -> None:
    buddy = await connect(world.buddy)

    def give() -> Any:
        return consent_record(
            actor=world.coordinator,
            survivor=world.survivor_profile,
            scope="messaging",
            given_on=timezone.localdate(),
            privacy_statement_version="2026-1",
        )

    given = await database_sync_to_async(give)()
    assert (await send(buddy, match_id, "Tot zaterdag"))["status"] == "delivered"
    await database_sync_to_async(consent_withdraw)(actor=world.coordinator, consent=given)
    assert (await send(buddy, match_id, "Nog even dit"))["code"] == "read_only"
    await database_sync_to_async(give)()
    # Given again: her conversation takes messages again, on the same socket.
    assert (await send(buddy, match_id, "Fijn dat je er weer bent"))["status"] == "delivered"
