"""Chat pages of participants and the coordinator's review and alert pages (issue 4)."""

from __future__ import annotations

import uuid

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from aftercare.models import MatchStatus
from frontend.views.chat import CATEGORY_LABELS
from messaging.models import AlertKind, Message, MessageStatus, ModerationAlert
from messaging.moderation import catalogue
from messaging.services import conversation_for_group, conversation_for_match
from tests.conftest import World
from tests.factories import PeerGroupFactory
from tests.frontend.conftest import ClientFor
from tests.frontend.html import parse
from tests.messaging.helpers import held_message, open_alert, stored_message


def test_survivor_sees_her_buddy_and_the_unread_count(world: World, client_as: ClientFor) -> None:
    conversation = conversation_for_match(world.match)
    stored_message(conversation, world.buddy, "Hoi Sanne!")
    stored_message(conversation, world.buddy, "Zin in zaterdag?")
    page = parse(client_as("survivor").get(reverse("frontend:chat-list")).content)
    link = page.find("a", href=reverse("frontend:chat-conversation", args=[conversation.pk]))
    assert "Anne" in link.text
    assert page.find(data_unread="").text == "2 new messages"


def test_opening_a_conversation_marks_it_read(world: World, client_as: ClientFor) -> None:
    conversation = conversation_for_match(world.match)
    stored_message(conversation, world.buddy, "Hoi Sanne!")
    client = client_as("survivor")
    client.get(reverse("frontend:chat-conversation", args=[conversation.pk]))
    page = parse(client.get(reverse("frontend:chat-list")).content)
    assert not page.find_all(data_unread="")


def test_held_message_shows_only_to_its_sender_as_waiting(
    world: World, client_as: ClientFor
) -> None:
    held = held_message(world)
    url = reverse("frontend:chat-conversation", args=[held.conversation_id])
    buddy_page = parse(client_as("buddy").get(url).content)
    bubble = buddy_page.find("li", data_id=str(held.pk))
    assert "stuur je snap" in bubble.text
    assert bubble.find(data_state="").text == "Waiting for review"
    survivor_page = client_as("survivor").get(url).content.decode()
    assert "stuur je snap" not in survivor_page


def test_conversation_page_carries_what_the_socket_client_needs(
    world: World, client_as: ClientFor
) -> None:
    conversation = conversation_for_match(world.match)
    message = stored_message(conversation, world.buddy)
    page = parse(
        client_as("survivor")
        .get(reverse("frontend:chat-conversation", args=[conversation.pk]))
        .content
    )
    chat = page.find("section", data_chat="")
    assert chat.attrs["data-latest"] == str(message.seq)
    assert chat.attrs["data-api-url"] == f"/api/v1/conversations/{conversation.pk}/messages/"
    assert page.find("script", src="/static/frontend/chat.js")
    # Only the survivor can block, and only in her buddy conversation.
    assert page.find("a", href=reverse("frontend:chat-block", args=[conversation.pk]))
    buddy_page = client_as("buddy").get(
        reverse("frontend:chat-conversation", args=[conversation.pk])
    )
    assert b"Block this buddy" not in buddy_page.content


def test_composer_works_without_javascript_and_a_resubmit_stores_once(
    world: World, client_as: ClientFor
) -> None:
    conversation = conversation_for_match(world.match)
    client = client_as("survivor")
    url = reverse("frontend:chat-send", args=[conversation.pk])
    data = {"client_id": str(uuid.uuid4()), "body": "Ja, leuk!"}
    assert client.post(url, data).status_code == 302
    assert client.post(url, data).status_code == 302
    message = Message.objects.get(conversation=conversation)
    assert message.body == "Ja, leuk!"
    assert message.status == MessageStatus.DELIVERED


def test_a_phone_number_is_held_and_the_sender_is_told(world: World, client_as: ClientFor) -> None:
    conversation = conversation_for_match(world.match)
    client = client_as("buddy")
    url = reverse("frontend:chat-send", args=[conversation.pk])
    response = client.post(
        url, {"client_id": str(uuid.uuid4()), "body": "bel me op 06 12345678"}, follow=True
    )
    assert "Your message is waiting for review." in response.content.decode()
    assert Message.objects.get(conversation=conversation).status == MessageStatus.HELD


def test_survivor_reports_a_message_and_a_coordinator_is_alerted(
    world: World, client_as: ClientFor
) -> None:
    message = stored_message(conversation_for_match(world.match), world.buddy, "Hoi")
    response = client_as("survivor").post(
        reverse("frontend:chat-report", args=[message.pk]), {"note": "raar"}, follow=True
    )
    assert "A coordinator will look at this message." in response.content.decode()
    alert = ModerationAlert.objects.get(kind=AlertKind.REPORT)
    assert alert.message == message
    assert alert.raised_by == world.survivor


def test_nobody_reports_her_own_message(world: World, client_as: ClientFor) -> None:
    message = stored_message(conversation_for_match(world.match), world.buddy, "Hoi")
    response = client_as("buddy").post(
        reverse("frontend:chat-report", args=[message.pk]), follow=True
    )
    assert "You can only report messages you received." in response.content.decode()
    assert not ModerationAlert.objects.exists()


def test_an_unconnected_person_cannot_report(world: World, client_as: ClientFor) -> None:
    message = stored_message(conversation_for_match(world.match), world.buddy, "Hoi")
    response = client_as("other_survivor").post(reverse("frontend:chat-report", args=[message.pk]))
    assert response.status_code == 404
    assert not ModerationAlert.objects.exists()


def test_survivor_blocks_her_buddy_after_confirming(world: World, client_as: ClientFor) -> None:
    conversation = conversation_for_match(world.match)
    client = client_as("survivor")
    url = reverse("frontend:chat-block", args=[conversation.pk])
    assert "Block Anne?" in parse(client.get(url).content).find("h1").text
    conversation.refresh_from_db()
    assert not conversation.paused
    client.post(url)
    conversation.refresh_from_db()
    world.match.refresh_from_db()
    assert conversation.paused
    assert world.match.status == MatchStatus.PAUSED
    assert ModerationAlert.objects.filter(kind=AlertKind.BLOCK).exists()
    page = parse(client.get(reverse("frontend:chat-conversation", args=[conversation.pk])).content)
    assert page.has_id("chat-body") is False


def test_group_members_and_facilitator_share_the_group_conversation(
    world: World, client_as: ClientFor
) -> None:
    conversation = conversation_for_group(world.group)
    stored_message(conversation, world.facilitator, "Welkom allemaal")
    for persona in ("other_survivor", "facilitator"):
        page = parse(
            client_as(persona)
            .get(reverse("frontend:chat-conversation", args=[conversation.pk]))
            .content
        )
        assert page.find("h1").text == "Dinsdaggroep"
        assert "Welkom allemaal" in page.find("ol", data_chat_messages="").text


def test_coordinator_sees_why_a_message_was_held_and_what_came_before(
    world: World, client_as: ClientFor
) -> None:
    conversation = conversation_for_match(world.match)
    stored_message(conversation, world.survivor, "Wanneer zien we elkaar?")
    client_as("buddy").post(
        reverse("frontend:chat-send", args=[conversation.pk]),
        {"client_id": str(uuid.uuid4()), "body": "bel me op 06 12345678"},
    )
    page = parse(client_as("coordinator").get(reverse("frontend:moderation-queue")).content)
    item = page.find("li", class_="queue-item")
    assert "Wanneer zien we elkaar?" in item.find("ol", class_="queue-item__context").text
    assert "bel me op 06 12345678" in item.find("blockquote").text
    assert "Contact details: 06 12345678" in item.find("ul", class_="queue-item__reasons").text
    assert "Emma" not in page.text


def test_release_delivers_at_the_end_and_reject_keeps_it_from_the_recipient(
    world: World, client_as: ClientFor
) -> None:
    first = held_message(world)
    second = stored_message(
        conversation_for_match(world.match), world.buddy, "geheimpje", MessageStatus.HELD
    )
    client = client_as("coordinator")
    client.post(reverse("frontend:moderation-release", args=[first.pk]), {"note": "ok"})
    client.post(reverse("frontend:moderation-reject", args=[second.pk]), {"note": "nee"})
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == MessageStatus.DELIVERED
    assert first.seq > second.seq
    assert first.review_note == "ok"
    assert second.status == MessageStatus.REJECTED
    survivor_page = client_as("survivor").get(
        reverse("frontend:chat-conversation", args=[first.conversation_id])
    )
    assert b"stuur je snap" in survivor_page.content
    assert b"geheimpje" not in survivor_page.content


def test_another_organisation_cannot_review(world: World, client_as: ClientFor) -> None:
    held = held_message(world)
    client = client_as("other_org_coordinator")
    assert client.post(reverse("frontend:moderation-release", args=[held.pk])).status_code == 404
    assert b"stuur je snap" not in client.get(reverse("frontend:moderation-queue")).content
    held.refresh_from_db()
    assert held.status == MessageStatus.HELD


def test_coordinator_acknowledges_an_alert(world: World, client_as: ClientFor) -> None:
    alert = open_alert(world)
    client = client_as("coordinator")
    page = parse(client.get(reverse("frontend:alert-list")).content)
    assert page.find("li", id=f"alert-{alert.pk}").find("button").text == "Mark as handled"
    client.post(reverse("frontend:alert-acknowledge", args=[alert.pk]))
    alert.refresh_from_db()
    assert alert.acknowledged_by == world.coordinator


def test_another_organisation_cannot_acknowledge(world: World, client_as: ClientFor) -> None:
    alert = open_alert(world)
    response = client_as("other_org_coordinator").post(
        reverse("frontend:alert-acknowledge", args=[alert.pk])
    )
    assert response.status_code == 404
    alert.refresh_from_db()
    assert alert.acknowledged_at is None


def test_coordinator_pages_carry_the_live_alert_banner(world: World, client_as: ClientFor) -> None:
    page = parse(client_as("coordinator").get(reverse("frontend:survivor-list")).content)
    assert page.find("script", src="/static/frontend/moderation.js")
    assert page.find("div", id="live-alert").attrs["data-alerts-url"] == reverse(
        "frontend:alert-list"
    )
    survivor_page = parse(client_as("survivor").get(reverse("frontend:home")).content)
    assert not survivor_page.find_all("script", src="/static/frontend/moderation.js")


def test_chat_list_query_count_does_not_grow_with_conversations(
    world: World, client_as: ClientFor
) -> None:
    client = client_as("facilitator")
    client.get(reverse("frontend:chat-list"))

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(reverse("frontend:chat-list")).status_code == 200
        return len(captured)

    one = queries()
    for name in ("Woensdaggroep", "Donderdaggroep"):
        group = PeerGroupFactory.create(organisation=world.org, facilitator=world.facilitator)
        group.name = name
        group.save()
        stored_message(conversation_for_group(group), world.facilitator, "Welkom")
    three = queries()
    assert three == one
    assert "Donderdaggroep" in client.get(reverse("frontend:chat-list")).content.decode()


def test_every_category_a_reason_can_carry_has_a_label_for_the_coordinator() -> None:
    # The rule catalogue's categories, the learned hold model's, an organisation's own rules and
    # a survivor's blocked identifiers: without a label the queue would show a bare rule id.
    categories = {rule.category for rule in catalogue()} | {"learned", "custom", "blocked"}
    assert categories - CATEGORY_LABELS.keys() == set()
    with translation.override("nl"):
        assert str(CATEGORY_LABELS["selfharm"]) == "Zelfbeschadiging"
        assert str(CATEGORY_LABELS["abuse"]) == "Pesten of beledigen"
