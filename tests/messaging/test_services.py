"""The send pipeline and the moderation decisions around it, below the API."""

from __future__ import annotations

import uuid

import pytest
from django.db.models import Max

from aftercare.errors import NotFound
from aftercare.models import AuditEvent, ContactBan, MatchStatus
from aftercare.services import match_transition
from messaging import selectors, services
from messaging.errors import ClientIdReused, NotHeld, RateLimited, ReadOnlyConversation
from messaging.models import AlertKind, Message, MessageStatus, ModerationAlert, ModerationRule
from messaging.moderation.decision import Decision
from messaging.policies import Access
from tests.conftest import World
from tests.messaging.helpers import match_conversation, stored_message

WRITE = Access(read=True, write=True)


def send(world: World, body: str, client_id: uuid.UUID | None = None) -> services.SendResult:
    conversation, access = selectors.conversation_get_for_user(
        user=world.buddy, conversation_id=match_conversation(world).pk
    )
    return services.message_send(
        sender=world.buddy,
        conversation=conversation,
        access=access,
        client_id=client_id or uuid.uuid4(),
        body=body,
    )


def test_messages_get_consecutive_sequence_numbers(world: World) -> None:
    seqs = [send(world, f"Bericht {n}").message.seq for n in range(3)]
    assert seqs == [1, 2, 3]
    assert match_conversation(world).last_seq == 3


def test_retry_with_the_same_client_id_stores_nothing_twice(world: World) -> None:
    client_id = uuid.uuid4()
    first = send(world, "Tot zaterdag!", client_id)
    again = send(world, "Tot zaterdag!", client_id)
    assert first.created
    assert not again.created
    assert again.message.pk == first.message.pk
    assert Message.objects.count() == 1


def test_client_id_of_another_conversation_is_refused(world: World) -> None:
    message = send(world, "Hoi").message
    group_conversation = services.conversation_for_group(world.group)
    with pytest.raises(ClientIdReused):
        services.message_send(
            sender=world.buddy,
            conversation=group_conversation,
            access=WRITE,
            client_id=message.client_id,
            body="Hoi",
        )


def test_rate_limit_refuses_and_stores_nothing(world: World) -> None:
    conversation = match_conversation(world)
    for _ in range(services.RATE_LIMIT):
        stored_message(conversation, world.buddy)
    with pytest.raises(RateLimited):
        send(world, "Nog eentje")
    assert Message.objects.count() == services.RATE_LIMIT
    assert Message.objects.aggregate(top=Max("seq"))["top"] == match_conversation(world).last_seq


def test_closed_match_is_read_only_but_its_history_stays(world: World) -> None:
    send(world, "Fijn dat we elkaar kenden")
    match_transition(
        actor=world.coordinator, match=world.match, to_status="closed", close_reason="moved"
    )
    with pytest.raises(ReadOnlyConversation):
        send(world, "Nog iets")
    conversation, access = selectors.conversation_get_for_user(
        user=world.survivor, conversation_id=match_conversation(world).pk
    )
    assert access.read
    assert not access.write
    assert (
        selectors.message_list_for_user(
            user=world.survivor, conversation=conversation, access=access
        ).count()
        == 1
    )


def test_contact_ban_value_holds_the_message(world: World) -> None:
    ContactBan.objects.create(
        survivor=world.survivor_profile,
        kind="handle",
        value="kevin_020",
        created_by=world.coordinator,
    )
    message = send(world, "voeg kevin_020 even toe").message
    assert message.status == MessageStatus.HELD


def test_organisation_rule_is_applied(world: World) -> None:
    rule = ModerationRule.objects.create(organisation=world.org, pattern="zwembad", action="hold")
    rule.full_clean()
    assert send(world, "zie je bij het zwembad").message.status == MessageStatus.HELD


def test_urgent_held_message_is_held_and_alerts(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(services, "moderate", lambda text, **_: Decision("hold", True, ()))
    message = send(world, "...").message
    assert message.status == MessageStatus.HELD
    assert message.urgent
    assert ModerationAlert.objects.get().kind == AlertKind.URGENT


def test_flagged_message_is_delivered_and_alerts(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(services, "moderate", lambda text, **_: Decision("flag", False, ()))
    message = send(world, "...").message
    assert message.status == MessageStatus.DELIVERED
    assert ModerationAlert.objects.get(message=message).kind == AlertKind.FLAG


def test_release_moves_the_message_after_everything_recipients_hold(world: World) -> None:
    conversation = match_conversation(world)
    held = stored_message(conversation, world.buddy, "stuur je snap", MessageStatus.HELD)
    later = stored_message(conversation, world.survivor)
    released = services.message_release(actor=world.coordinator, message=held, note="ok")
    assert released.status == MessageStatus.DELIVERED
    assert released.seq > later.seq
    assert AuditEvent.objects.filter(object_type="message", object_id=str(held.pk)).exists()
    with pytest.raises(NotHeld):
        services.message_reject(actor=world.coordinator, message=released)


def test_rejected_message_never_reaches_the_recipient(world: World) -> None:
    held = stored_message(match_conversation(world), world.buddy, "stuur je snap", "held")
    services.message_reject(actor=world.coordinator, message=held, note="contact buiten")
    conversation, access = selectors.conversation_get_for_user(
        user=world.survivor, conversation_id=held.conversation_id
    )
    assert not selectors.message_list_for_user(
        user=world.survivor, conversation=conversation, access=access
    ).exists()


def test_block_pauses_the_match_and_alerts_a_coordinator(world: World) -> None:
    conversation = match_conversation(world)
    services.conversation_block(actor=world.survivor, conversation=conversation)
    world.match.refresh_from_db()
    assert world.match.status == MatchStatus.PAUSED
    assert ModerationAlert.objects.get().kind == AlertKind.BLOCK
    with pytest.raises(ReadOnlyConversation):
        send(world, "Waarom reageer je niet?")


def test_group_conversation_is_for_members_and_facilitator(world: World) -> None:
    conversation = services.conversation_for_group(world.group)
    for user in (world.other_survivor, world.facilitator):
        assert selectors.conversation_get_for_user(user=user, conversation_id=conversation.pk)[
            1
        ].write
    for user in (world.survivor, world.buddy, world.other_org_coordinator):
        with pytest.raises(NotFound):
            selectors.conversation_get_for_user(user=user, conversation_id=conversation.pk)
    _, access = selectors.conversation_get_for_user(
        user=world.coordinator, conversation_id=conversation.pk
    )
    assert access.read
    assert not access.write
