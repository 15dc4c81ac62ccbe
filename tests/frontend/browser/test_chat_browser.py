"""Chat end to end over the real WebSocket of the Daphne server, in three browser contexts.

Every action goes through a browser: the server's in-memory channel layer only reaches its own
sockets, so a message written from the test process would never be pushed live.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from django.test import Client
from django.urls import reverse
from playwright.sync_api import Browser, BrowserContext, Page, expect

from aftercare.models import User
from messaging.models import Message, MessageStatus
from messaging.services import conversation_for_match
from tests.auth import sign_in as sign_in_client
from tests.conftest import World

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

OpenAs = Callable[[User, str], Page]
TIMEOUT_MS = 10_000
NEVER_OPENS = """
window.WebSocket = class {
  constructor() { this.readyState = 0; }
  addEventListener() {}
  send() { throw new Error("not open"); }
  close() {}
};
window.WebSocket.OPEN = 1;
"""


@pytest.fixture
def open_as(
    browser: Browser, browser_context_args: dict[str, Any], live_url: str
) -> Iterator[OpenAs]:
    """A page in a fresh browser context per person, signed in by session cookie."""
    contexts: list[BrowserContext] = []

    def open_page(user: User, path: str) -> Page:
        client = Client()
        sign_in_client(client, user)
        context = browser.new_context(**browser_context_args)
        contexts.append(context)
        context.add_cookies(
            [
                {
                    "name": settings.SESSION_COOKIE_NAME,
                    "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                    "url": live_url,
                }
            ]
        )
        page = context.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        page.goto(path)
        return page

    yield open_page
    for context in contexts:
        context.close()


def serious_violations(page: Page) -> list[str]:
    """What axe finds serious or critical on the page as it is now."""
    results = Axe().run(page)
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']}"
        for violation in results.response["violations"]
        if violation["impact"] in {"serious", "critical"}
    ]


def connected(page: Page) -> None:
    expect(page.locator("[data-chat]")).to_have_attribute("data-connected", "true")


def say(page: Page, text: str) -> None:
    page.get_by_label("Your message").fill(text)
    page.get_by_role("button", name="Send").click()


def bubble(page: Page, text: str) -> Any:
    return page.locator("[data-chat-messages] li", has_text=text)


def test_live_chat_holds_a_phone_number_until_a_coordinator_releases_it(
    world: World, open_as: OpenAs
) -> None:
    conversation = conversation_for_match(world.match)
    url = reverse("frontend:chat-conversation", args=[conversation.pk])
    buddy = open_as(world.buddy, url)
    survivor = open_as(world.survivor, url)
    coordinator = open_as(world.coordinator, reverse("frontend:home"))
    connected(buddy)
    connected(survivor)
    expect(coordinator.locator("#live-alert")).to_have_attribute("data-connected", "true")

    say(buddy, "Hoi Sanne, zin in zaterdag?")
    expect(bubble(survivor, "Hoi Sanne, zin in zaterdag?")).to_be_visible()
    say(survivor, "Ja, leuk!")
    expect(bubble(buddy, "Ja, leuk!")).to_be_visible()

    say(buddy, "bel me op 06 12345678")
    expect(bubble(buddy, "bel me op 06 12345678")).to_contain_text("Waiting for review")
    say(buddy, "Tot zaterdag!")
    # The later message arrived, the held one before it did not.
    expect(bubble(survivor, "Tot zaterdag!")).to_be_visible()
    expect(bubble(survivor, "06 12345678")).to_have_count(0)
    held = Message.objects.get(body="bel me op 06 12345678")
    assert held.status == MessageStatus.HELD

    # The coordinator's open page learnt about it without a reload.
    expect(coordinator.locator("[data-live-count='held']")).to_have_text("1")
    coordinator.get_by_role("link", name="Review", exact=True).click()
    item = coordinator.locator(".queue-item", has_text="06 12345678")
    expect(item).to_be_visible()
    assert serious_violations(coordinator) == []
    expect(item).to_contain_text("Contact details")
    item.get_by_label("Note").fill("Nummer van de organisatie")
    item.get_by_role("button", name="Deliver", exact=True).click()
    expect(coordinator.get_by_text("The message was delivered.")).to_be_visible()

    expect(bubble(survivor, "bel me op 06 12345678")).to_be_visible()
    # Released messages move to the end of the conversation.
    expect(survivor.locator("[data-chat-messages] li").last).to_contain_text("06 12345678")
    expect(bubble(buddy, "bel me op 06 12345678")).not_to_contain_text("Waiting for review")
    assert serious_violations(survivor) == []

    # A cry for help reaches the coordinator's open page at once, on top of delivery.
    expect(coordinator.locator("#live-alert")).to_have_attribute("data-connected", "true")
    say(survivor, "ik wil niet meer leven")
    expect(bubble(buddy, "ik wil niet meer leven")).to_be_visible()
    banner = coordinator.locator("#live-alert")
    expect(banner).to_be_visible()
    expect(banner).to_contain_text("Urgent: a participant may be in danger or distress.")
    banner.get_by_role("link", name="Open").click()
    expect(coordinator.locator(".alert-item--urgent")).to_contain_text("ik wil niet meer leven")


def test_a_message_typed_while_offline_is_sent_over_rest(world: World, open_as: OpenAs) -> None:
    conversation = conversation_for_match(world.match)
    url = reverse("frontend:chat-conversation", args=[conversation.pk])
    buddy = open_as(world.buddy, url)
    connected(buddy)
    # From the next load on, a socket that never opens: a train tunnel, a captive portal.
    buddy.context.add_init_script(NEVER_OPENS)
    buddy.reload()
    expect(buddy.locator("[data-chat]")).not_to_have_attribute("data-connected", "true")
    api = reverse("messaging:conversation-messages", args=[conversation.pk])
    with buddy.expect_request(lambda request: request.method == "POST" and api in request.url):
        say(buddy, "Via de gewone weg")
    sent = bubble(buddy, "Via de gewone weg")
    expect(sent).to_have_attribute("data-status", "delivered")
    message = Message.objects.get(body="Via de gewone weg")
    expect(sent).to_have_attribute("data-id", str(message.pk))
    assert str(message.client_id) == sent.get_attribute("data-client-id")


def test_logging_out_everywhere_clears_an_open_chat_on_her_other_device(
    world: World, open_as: OpenAs
) -> None:
    """Her phone has the chat open; on another device she logs out everywhere. The phone's
    chat leaves for the login page at once and the conversation is gone from its screen."""
    conversation = conversation_for_match(world.match)
    url = reverse("frontend:chat-conversation", args=[conversation.pk])
    buddy = open_as(world.buddy, url)
    phone = open_as(world.survivor, url)
    laptop = open_as(world.survivor, reverse("frontend:profile"))
    connected(buddy)
    connected(phone)
    say(buddy, "Hoi Sanne!")
    expect(bubble(phone, "Hoi Sanne!")).to_be_visible()

    laptop.get_by_role("button", name="Log out everywhere").click()
    expect(laptop.get_by_role("heading", level=1)).to_have_text("Log in")
    expect(phone).to_have_url(re.compile(r"/accounts/login/\?next="))
    expect(phone.get_by_text("Hoi Sanne!")).to_have_count(0)
    phone.go_back()
    expect(phone.get_by_text("Hoi Sanne!")).to_have_count(0)


def test_her_conversation_list_counts_new_messages_without_a_reload(
    world: World, open_as: OpenAs
) -> None:
    """Sanne has her list of conversations open; her buddy writes. The card counts each new
    message live, a held one not at all, and opening the conversation clears the count."""
    conversation = conversation_for_match(world.match)
    inbox = open_as(world.survivor, reverse("frontend:chat-list"))
    buddy = open_as(world.buddy, reverse("frontend:chat-conversation", args=[conversation.pk]))
    expect(inbox.locator("[data-inbox]")).to_have_attribute("data-connected", "true")
    connected(buddy)
    card = inbox.locator(f"[data-conversation='{conversation.pk}']")
    expect(card.locator("[data-unread]")).to_have_count(0)

    say(buddy, "Hoi Sanne!")
    expect(card.locator("[data-unread]")).to_have_text("1 new message")
    expect(inbox.locator("[data-inbox-status]")).to_have_text("You have a new message")
    say(buddy, "bel me op 06 12345678")
    expect(bubble(buddy, "06 12345678")).to_contain_text("Waiting for review")
    say(buddy, "Tot zaterdag")
    expect(card.locator("[data-unread]")).to_have_text("2 new messages")
    # Nothing on the list tells what was said or by whom beyond the buddy's first name.
    expect(inbox.get_by_text("Tot zaterdag")).to_have_count(0)
    assert serious_violations(inbox) == []

    card.get_by_role("link").click()
    expect(bubble(inbox, "Tot zaterdag")).to_be_visible()
    inbox.go_back()
    expect(inbox.locator(f"[data-conversation='{conversation.pk}']")).to_be_visible()
    expect(inbox.locator(f"[data-conversation='{conversation.pk}'] [data-unread]")).to_have_count(0)
