"""Contact moments end to end: plan, confirm, the reminder, the report and the dashboard."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import Browser, BrowserContext, Page, expect

from aftercare.models import (
    ContactKind,
    ContactMoment,
    ContactStatus,
    Notification,
    User,
)
from aftercare.services import contact
from aftercare.services.contact import reminders_deliver_due
from tests.auth import sign_in as sign_in_client
from tests.conftest import World

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AMS = ZoneInfo("Europe/Amsterdam")
OpenAs = Callable[[User, str], Page]


@pytest.fixture
def open_as(
    browser: Browser, browser_context_args: dict[str, Any], live_url: str
) -> Iterator[OpenAs]:
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
        page.set_default_timeout(10_000)
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


def test_planned_meeting_is_confirmed_reminded_reported_and_seen(
    world: World, open_as: OpenAs
) -> None:
    day = timezone.localdate() + timedelta(days=3)
    starts_at = datetime(day.year, day.month, day.day, 15, 0, tzinfo=AMS)

    buddy = open_as(world.buddy, reverse("frontend:agenda"))
    buddy.get_by_role("link", name="Plan a meeting").click()
    assert serious_violations(buddy) == []
    buddy.get_by_label("With").select_option(label="Sanne")
    buddy.get_by_label("Kind").select_option("meeting")
    buddy.get_by_label("Date", exact=True).fill(day.isoformat())
    buddy.get_by_label("Time", exact=True).fill("15:00")
    buddy.get_by_label("Place").fill("Bibliotheek")
    buddy.get_by_role("button", name="Propose").click()
    expect(buddy.get_by_text("The meeting is planned.")).to_be_visible()
    moment = ContactMoment.objects.get()
    assert moment.starts_at == starts_at
    expect(buddy.locator(f"#moment-{moment.pk}")).to_contain_text("Proposed")

    survivor = open_as(world.survivor, reverse("frontend:agenda"))
    card = survivor.locator(f"#moment-{moment.pk}")
    expect(card).to_contain_text("Anne")
    card.get_by_role("button", name="Confirm").click()
    expect(survivor.locator(f"#moment-{moment.pk}")).to_contain_text("Planned")

    # The day before: the reminder task runs (here, in the test process on the shared database).
    assert reminders_deliver_due(now=starts_at - timedelta(hours=23)) == 2
    reminder = Notification.objects.get(user=world.survivor)
    assert "15:00" in reminder.text
    for word in ("Anne", "Sanne", "Fier", "Bibliotheek", "buddy", "maatje"):
        assert word not in reminder.text
    survivor.reload()
    expect(survivor.locator(".notifications")).to_contain_text(reminder.text)
    assert serious_violations(survivor) == []

    # The meeting took place: the buddy reports and is worried.
    ContactMoment.objects.filter(pk=moment.pk).update(
        starts_at=timezone.now() - timedelta(minutes=90)
    )
    buddy.reload()
    buddy.locator(f"#moment-{moment.pk}").get_by_role("link", name="Report").click()
    buddy.get_by_role("group", name="Did the meeting happen?").get_by_label("Yes").check()
    buddy.get_by_label("How long (minutes)").fill("60")
    buddy.get_by_role("group", name="How did it go?").get_by_label("2", exact=True).check()
    buddy.get_by_label("Short note").fill("Ze had een nieuwe dure telefoon")
    buddy.get_by_label("I am worried").check()
    assert serious_violations(buddy) == []
    buddy.get_by_role("button", name="Send report").click()
    expect(buddy.get_by_text("Thank you for your report.")).to_be_visible()

    # A meeting of last week nobody reported.
    ContactMoment.objects.create(
        organisation=world.org,
        match=world.match,
        kind=ContactKind.CALL,
        starts_at=timezone.now() - timedelta(days=6),
        status=ContactStatus.PLANNED,
        status_changed_by=world.buddy,
    )
    coordinator = open_as(world.coordinator, reverse("frontend:home"))
    expect(coordinator.locator("#worries")).to_contain_text("Ze had een nieuwe dure telefoon")
    expect(coordinator.locator("#overdue")).to_contain_text("Sanne – Anne")
    assert serious_violations(coordinator) == []
    coordinator.locator("#worries").get_by_role("button", name="Seen").click()
    expect(coordinator.locator("#worries")).to_contain_text("No open worries.")


def test_buddy_moves_a_meeting_after_the_survivor_asks_and_she_sees_the_new_time(
    world: World, open_as: OpenAs
) -> None:
    day = timezone.localdate() + timedelta(days=3)
    [moment] = contact.contact_plan(
        actor=world.buddy,
        match=world.match,
        kind=ContactKind.MEETING,
        starts_at=datetime(day.year, day.month, day.day, 15, 0, tzinfo=AMS),
    )
    contact.contact_confirm(actor=world.survivor, moment=moment)

    survivor = open_as(world.survivor, reverse("frontend:agenda"))
    card = survivor.locator(f"#moment-{moment.pk}")
    card.get_by_role("button", name="Ask for another time").click()
    expect(survivor.get_by_text("We asked for another time.")).to_be_visible()

    buddy = open_as(world.buddy, reverse("frontend:agenda"))
    card = buddy.locator(f"#moment-{moment.pk}")
    expect(card).to_contain_text("Another time was asked for")
    card.get_by_role("link", name="Move or cancel").click()
    assert serious_violations(buddy) == []
    new_day = day + timedelta(days=2)
    buddy.get_by_label("Date", exact=True).fill(new_day.isoformat())
    buddy.get_by_label("Time", exact=True).fill("16:30")
    buddy.get_by_role("button", name="Move").click()
    expect(buddy.get_by_text("The appointment has a new time.")).to_be_visible()
    expect(buddy.locator(f"#moment-{moment.pk}")).not_to_contain_text("Another time was asked for")

    moved = datetime(new_day.year, new_day.month, new_day.day, 16, 30, tzinfo=AMS)
    survivor.reload()
    when = survivor.locator(f"#moment-{moment.pk} [data-moment-time]")
    expect(when).to_have_attribute("datetime", moved.isoformat())
    expect(when).to_contain_text("16:30")
    expect(survivor.locator(".notifications")).to_contain_text("16:30")
    assert serious_violations(survivor) == []
    # The reminders follow: nothing on the old day, both on the new one.
    assert reminders_deliver_due(now=moved - timedelta(days=3, hours=1)) == 0
    assert reminders_deliver_due(now=moved - timedelta(hours=23)) == 2


def test_facilitator_plans_sessions_and_records_attendance(world: World, open_as: OpenAs) -> None:
    day = timezone.localdate() + timedelta(days=2)
    facilitator = open_as(world.facilitator, reverse("frontend:groups"))
    facilitator.get_by_role("link", name="Sessions of Dinsdaggroep").click()
    facilitator.get_by_role("link", name="Plan a session").click()
    facilitator.get_by_label("Date", exact=True).fill(day.isoformat())
    facilitator.get_by_label("Time", exact=True).fill("19:00")
    facilitator.get_by_label("Repeat every week, number of times").fill("8")
    assert serious_violations(facilitator) == []
    facilitator.get_by_role("button", name="Plan").click()
    expect(facilitator.get_by_text("8 sessions are planned.")).to_be_visible()
    sessions = list(ContactMoment.objects.filter(group=world.group).order_by("starts_at"))
    assert len(sessions) == 8

    member = open_as(world.other_survivor, reverse("frontend:agenda"))
    expect(member.locator(f"#moment-{sessions[0].pk}")).to_contain_text("Dinsdaggroep")

    # The first session took place.
    ContactMoment.objects.filter(pk=sessions[0].pk).update(
        starts_at=timezone.now() - timedelta(hours=2)
    )
    facilitator.goto(reverse("frontend:agenda"))
    facilitator.locator(f"#moment-{sessions[0].pk}").get_by_role(
        "link", name="Attendance and report"
    ).click()
    facilitator.get_by_role("group", name="Did the session take place?").get_by_label("Yes").check()
    facilitator.get_by_role("button", name="Save").click()
    # Nobody chosen for Lotte: the error summary says so and leads to her question.
    summary = facilitator.locator("#error-summary")
    expect(summary).to_contain_text("Say whether she was there.")
    assert serious_violations(facilitator) == []
    facilitator.get_by_role("group", name="Lotte").get_by_label("Excused").check()
    facilitator.get_by_label("Short report").fill("Goed gesprek over school")
    facilitator.get_by_role("button", name="Save").click()
    expect(facilitator.get_by_text("Attendance and report are saved.")).to_be_visible()
    recorded = facilitator.locator(f"#session-{sessions[0].pk}")
    expect(recorded).to_contain_text("Lotte: Excused")
    expect(recorded).to_contain_text("Goed gesprek over school")
