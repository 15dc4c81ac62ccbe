"""The REST side: history scoped to the reader, idempotent sends, queue and alerts."""

from __future__ import annotations

import uuid
from typing import Any

from django.urls import reverse

from aftercare.models import MatchStatus
from messaging.models import Message, MessageStatus
from tests.conftest import World, client_for
from tests.messaging.helpers import match_conversation, stored_message


def history(world: World, persona: str, after: int = 0) -> dict[str, Any]:
    url = reverse(
        "messaging:conversation-messages", kwargs={"conversation_id": match_conversation(world).pk}
    )
    response = client_for(world, persona).get(url, {"after": after})
    assert response.status_code == 200
    data: dict[str, Any] = response.json()
    return data


def test_recipients_never_see_held_messages(world: World) -> None:
    conversation = match_conversation(world)
    stored_message(conversation, world.buddy, "Hoi Sanne")
    stored_message(conversation, world.buddy, "stuur je snap", MessageStatus.HELD)
    survivor_view = history(world, "survivor")
    assert [m["body"] for m in survivor_view["results"]] == ["Hoi Sanne"]
    assert survivor_view["latest_seq"] == 2
    buddy_view = history(world, "buddy")
    assert [m["status"] for m in buddy_view["results"]] == ["delivered", "held"]
    assert "reasons" not in buddy_view["results"][1]
    coordinator_view = history(world, "coordinator")
    assert "reasons" in coordinator_view["results"][1]


def test_history_after_a_seq_is_ordered_and_complete(world: World) -> None:
    conversation = match_conversation(world)
    for n in range(4):
        stored_message(conversation, world.buddy, f"Bericht {n}")
    assert [m["seq"] for m in history(world, "survivor", after=2)["results"]] == [3, 4]


def test_send_twice_with_the_same_client_id_returns_the_first(world: World) -> None:
    url = reverse(
        "messaging:conversation-messages", kwargs={"conversation_id": match_conversation(world).pk}
    )
    body = {"client_id": str(uuid.uuid4()), "body": "Zin in de bioscoop?"}
    client = client_for(world, "survivor")
    first = client.post(url, body, content_type="application/json")
    again = client.post(url, body, content_type="application/json")
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.json()["id"] == again.json()["id"]
    assert Message.objects.count() == 1


def test_send_into_a_closed_match_is_refused_with_a_code(world: World) -> None:
    world.match.status = MatchStatus.CLOSED
    world.match.save()
    url = reverse(
        "messaging:conversation-messages", kwargs={"conversation_id": match_conversation(world).pk}
    )
    response = client_for(world, "buddy").post(
        url, {"client_id": str(uuid.uuid4()), "body": "Hoi"}, content_type="application/json"
    )
    assert response.status_code == 409
    assert response.json()["code"] == "read_only"


def test_conversation_list_counts_unread_in_few_queries(
    world: World, django_assert_max_num_queries: Any
) -> None:
    conversation = match_conversation(world)
    for _ in range(3):
        stored_message(conversation, world.buddy)
    stored_message(conversation, world.buddy, "stuur je snap", MessageStatus.HELD)
    client = client_for(world, "survivor")
    client.post(
        reverse("messaging:conversation-read", kwargs={"conversation_id": conversation.pk}),
        {"seq": 1},
        content_type="application/json",
    )
    url = reverse("messaging:conversation-list")
    with django_assert_max_num_queries(6):
        response = client.get(url)
    [row] = response.json()["results"]
    assert (row["id"], row["unread"], row["latest_seq"]) == (conversation.pk, 2, 4)


def test_participant_list_opens_her_conversations(world: World) -> None:
    rows = client_for(world, "other_survivor").get(reverse("messaging:conversation-list")).json()
    assert [row["group"] for row in rows["results"]] == [world.group.pk]


def test_queue_shows_reasons_and_the_messages_before(world: World) -> None:
    conversation = match_conversation(world)
    stored_message(conversation, world.survivor, "Ik heb geen telefoon meer")
    held = stored_message(conversation, world.buddy, "stuur je snap", MessageStatus.HELD)
    response = client_for(world, "coordinator").get(reverse("messaging:moderation-queue"))
    [item] = response.json()["results"]
    assert item["id"] == held.pk
    assert [m["body"] for m in item["before"]] == ["Ik heb geen telefoon meer"]
    assert (
        client_for(world, "other_org_coordinator")
        .get(reverse("messaging:moderation-queue"))
        .json()["results"]
        == []
    )


def test_report_raises_an_alert_the_coordinator_can_acknowledge(world: World) -> None:
    message = stored_message(match_conversation(world), world.buddy, "Je bent zo stil")
    response = client_for(world, "survivor").post(
        reverse("messaging:message-report", kwargs={"message_id": message.pk}),
        {"note": "Voelt raar"},
        content_type="application/json",
    )
    assert response.status_code == 201
    coordinator = client_for(world, "coordinator")
    [alert] = coordinator.get(reverse("messaging:alert-list")).json()["results"]
    assert (alert["kind"], alert["message"]) == ("report", message.pk)
    ack = reverse("messaging:alert-acknowledge", kwargs={"alert_id": alert["id"]})
    assert coordinator.post(ack).status_code == 200
    assert coordinator.post(ack).json()["code"] == "already_acknowledged"
