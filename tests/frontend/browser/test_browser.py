"""End to end in Chromium: intake with inline errors, the quick exit, and axe on key pages."""

from __future__ import annotations

import re
import time
from datetime import timedelta

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone
from playwright.sync_api import Page, Route, expect

from aftercare.models import Survivor
from tests.auth import verified_device
from tests.conftest import World
from tests.factories import PASSWORD, SurvivorFactory
from tests.frontend.browser.conftest import (
    EXIT_URL,
    NEUTRAL_PAGE,
    SignIn,
    app_code,
    give_server_password,
    session_exists,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def answer_exit_url(page: Page) -> None:
    """Serve the neutral exit page locally: nothing leaves the machine."""

    def fulfil(route: Route) -> None:
        route.fulfill(status=200, content_type="text/html", body=NEUTRAL_PAGE)

    page.route(re.compile(r"^https://neutral\.example/.*"), fulfil)


# What the app page showed at the moment it went away, kept in this tab's sessionStorage.
RECORD_WHAT_WAS_LEFT = """() => window.addEventListener("pagehide", () => sessionStorage.setItem(
    "left", JSON.stringify([document.title, document.body.innerText])))"""


def test_coordinator_corrects_an_error_and_finds_the_new_participant(
    page: Page, world: World, live_url: str
) -> None:
    give_server_password(world.coordinator, PASSWORD)
    phone = verified_device(world.coordinator)
    page.goto("/accounts/login/")
    page.get_by_label("E-mail address").fill("coordinator@fier.nl")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.get_by_label("Code").fill(app_code(phone.bin_key))
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Overview")

    page.get_by_role("link", name="Register a participant").click()
    tomorrow = timezone.localdate() + timedelta(days=1)
    page.get_by_label("Pseudonym").fill("Mila")
    page.get_by_label("Date of birth").fill(tomorrow.isoformat())
    page.get_by_role("group", name="Gender", exact=True).get_by_label("Female").check()
    page.get_by_role("group", name="Languages").get_by_label("Nederlands").check()
    page.get_by_label("Monday evening").check()
    page.get_by_label("Wednesday morning").check()
    page.get_by_label("Municipality").select_option("Sneek")
    page.get_by_label("Status").select_option("waiting")
    page.get_by_role("button", name="Save").click()

    # The error is next to the field and at the top, which takes focus.
    summary = page.locator("#error-summary")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("Date of birth: This date cannot be in the future.")
    date_input = page.get_by_label("Date of birth")
    expect(date_input).to_have_attribute("aria-invalid", "true")
    expect(date_input).to_have_accessible_description("This date cannot be in the future.")
    # Nothing she typed is lost.
    expect(page.get_by_label("Pseudonym")).to_have_value("Mila")
    expect(date_input).to_have_value(tomorrow.isoformat())
    expect(page.get_by_label("Monday evening")).to_be_checked()
    expect(page.get_by_label("Wednesday morning")).to_be_checked()
    expect(page.get_by_label("Monday morning")).not_to_be_checked()
    expect(page.get_by_label("Municipality")).to_have_value("Sneek")
    assert not Survivor.objects.filter(pseudonym="Mila").exists()

    summary.get_by_role("link", name=re.compile("Date of birth")).click()
    expect(date_input).to_be_focused()
    date_input.fill((timezone.localdate() - timedelta(days=17 * 365)).isoformat())
    page.get_by_role("button", name="Save").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Mila")
    expect(page.get_by_role("status")).to_contain_text("Mila has been registered.")
    survivor = Survivor.objects.get(pseudonym="Mila")
    assert survivor.availability == [2, 6]
    assert survivor.organisation == world.org

    page.get_by_role("navigation").get_by_role("link", name="Participants").click()
    page.get_by_role("search").get_by_label("Pseudonym").fill("mil")
    page.get_by_role("button", name="Filter").click()
    expect(page.get_by_role("status")).to_have_text("1 participant found")
    expect(page.get_by_role("table").get_by_role("link", name="Mila")).to_be_visible()


def test_quick_exit_button_leaves_for_good_and_signs_her_out(
    page: Page, world: World, live_url: str, sign_in: SignIn
) -> None:
    key = sign_in(world.survivor)
    answer_exit_url(page)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/")
    expect(page.get_by_role("heading", name="Anne")).to_be_visible()
    page.evaluate(RECORD_WHAT_WAS_LEFT)

    button = page.get_by_role("link", name=re.compile("Quick exit"))
    expect(button).to_be_in_viewport()
    button.click()
    page.wait_for_url(EXIT_URL)
    expect(page.get_by_role("heading", name="Het weer")).to_be_visible()

    page.go_back()
    assert not page.url.startswith(live_url)
    deadline = time.monotonic() + 5
    while session_exists(key) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not session_exists(key), "the quick exit did not end her session"
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Log in")
    # The app page was emptied before the neutral page replaced it.
    assert page.evaluate("sessionStorage.getItem('left')") == '["",""]'


def test_escape_twice_leaves_but_two_slow_presses_do_not(
    page: Page, world: World, live_url: str, sign_in: SignIn
) -> None:
    sign_in(world.survivor)
    answer_exit_url(page)
    page.goto("/profile/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Profile")

    page.keyboard.press("Escape")
    page.wait_for_timeout(1200)
    page.keyboard.press("Escape")
    page.wait_for_timeout(200)
    assert page.url == f"{live_url}/profile/"
    expect(page.get_by_role("heading", level=1)).to_have_text("Profile")

    page.keyboard.press("Escape")
    page.wait_for_url(EXIT_URL)
    page.go_back()
    assert not page.url.startswith(live_url)


def test_quick_exit_on_the_login_page(page: Page, world: World, live_url: str) -> None:
    answer_exit_url(page)
    page.goto("/accounts/login/")
    expect(page).to_have_title("Verder")
    email = page.get_by_label("E-mail address")
    email.fill("iemand@example.nl")
    email.press("Escape")
    email.press("Escape")
    page.wait_for_url(EXIT_URL)
    page.go_back()
    assert not page.url.startswith(live_url)


def _serious_violations(page: Page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{violation['id']} ({violation['impact']}): "
        + "; ".join(node["target"][0] for node in violation["nodes"])
        for violation in results.response["violations"]
        if violation["impact"] in {"serious", "critical"}
    ]


def test_axe_finds_no_serious_violation_on_key_pages(
    page: Page, world: World, live_url: str, sign_in: SignIn
) -> None:
    page.goto("/accounts/login/")
    assert _serious_violations(page) == []
    page.get_by_role("button", name="Log in").click()
    expect(page.locator("#error-summary")).to_be_visible()
    assert _serious_violations(page) == []

    for number in range(3):
        SurvivorFactory.create(organisation=world.org, pseudonym=f"Deelnemer {number}")
    sign_in(world.coordinator)
    page.goto("/participants/")
    expect(page.get_by_role("table")).to_be_visible()
    assert _serious_violations(page) == []

    page.goto("/participants/new/")
    assert _serious_violations(page) == []
    page.get_by_role("button", name="Save").click()
    expect(page.locator("#error-summary")).to_be_visible()
    assert _serious_violations(page) == []
