"""A coordinator sets up two-factor login on her first login, then logs in with her phone and
with a backup code — in Chromium, against the real server."""

from __future__ import annotations

from base64 import b32decode

import pytest
from axe_playwright_python.sync_playwright import Axe
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import Page, expect

from tests.conftest import World
from tests.factories import PASSWORD
from tests.frontend.browser.conftest import app_code, give_server_password

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in_with_password(page: Page) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("E-mail address").fill("coordinator@fier.nl")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()


def log_out(page: Page) -> None:
    page.get_by_role("button", name="Log out").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Log in")


def serious_violations(page: Page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']}"
        for violation in results.response["violations"]
        if violation["impact"] in {"serious", "critical"}
    ]


def test_coordinator_enrols_then_logs_in_with_her_phone_and_a_backup_code(
    page: Page, world: World, live_url: str
) -> None:
    give_server_password(world.coordinator, PASSWORD)
    log_in_with_password(page)

    # First login: no way around the set-up, not even by typing an address.
    expect(page.get_by_role("heading", level=1)).to_have_text("Set up two-factor login")
    page.goto("/participants/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Set up two-factor login")
    expect(page.get_by_role("navigation", name="Main menu")).to_have_count(0)
    expect(page.locator("svg.qr-code")).to_be_visible()
    assert serious_violations(page) == []

    typed = page.locator("#otp-key").inner_text().replace(" ", "")
    key = b32decode(typed + "=" * (-len(typed) % 8))
    page.get_by_label("Code from the app").fill("000000" if app_code(key) != "000000" else "111111")
    page.get_by_role("button", name="Turn on").click()
    expect(page.locator("#error-summary")).to_be_focused()
    expect(page.get_by_label("Code from the app")).to_have_attribute("aria-invalid", "true")

    # A wrong code locks the step for a moment (django-otp's back-off); that moment passes.
    TOTPDevice.objects.filter(user=world.coordinator).update(
        throttling_failure_count=0, throttling_failure_timestamp=None
    )
    page.get_by_label("Code from the app").fill(app_code(key))
    page.get_by_role("button", name="Turn on").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Two-factor login is on")
    codes = page.get_by_role("list", name="Backup codes").get_by_role("listitem")
    expect(codes).to_have_count(10)
    backup_code = codes.first.inner_text().strip()
    page.get_by_role("link", name="I have saved them, continue").click()
    # On to where she was going when the set-up stopped her.
    expect(page.get_by_role("heading", level=1)).to_have_text("Participants")
    assert TOTPDevice.objects.get(user=world.coordinator).confirmed

    # Next login: password, then the code the app shows.
    log_out(page)
    log_in_with_password(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("Log in: second step")
    assert serious_violations(page) == []
    page.get_by_label("Code").fill(app_code(key, steps_ahead=1))
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Overview")

    # Phone left at home: a backup code works, once.
    log_out(page)
    log_in_with_password(page)
    page.get_by_label("Code").fill(backup_code)
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Overview")
    page.get_by_role("navigation").get_by_role("link", name="Profile").click()
    expect(page.get_by_text("Backup codes left")).to_be_visible()
    expect(page.locator("dd", has_text="9")).to_be_visible()
