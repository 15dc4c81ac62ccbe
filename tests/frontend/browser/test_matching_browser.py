"""Issue 3 in Chromium: a coordinator makes proposals, approves one, rejects one with a reason,
finds the match on the participant's file, and the rejected pair is not proposed again."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import Page, expect

from aftercare import services as aftercare_services
from aftercare.models import Match
from matching.models import MatchProposal, MatchRun
from tests.conftest import World
from tests.factories import BuddyFactory, SurvivorFactory
from tests.frontend.browser.conftest import SignIn

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_coordinator_decides_on_proposals_and_a_rejection_sticks(
    page: Page, world: World, sign_in: SignIn
) -> None:
    # Lotte waits for Anne's one free place; Noor waits too, and Iris has one place.
    BuddyFactory.create(organisation=world.org, first_name="Iris")
    noor = SurvivorFactory.create(organisation=world.org, pseudonym="Noor")
    aftercare_services.consent_record(
        actor=world.coordinator,
        survivor=noor,
        scope="matching",
        given_on=timezone.localdate(),
        privacy_statement_version="2026-1",
    )
    sign_in(world.coordinator)
    page.goto("/")
    page.get_by_role("navigation").get_by_role("link", name="Proposals").click()
    page.get_by_role("button", name="Make proposals").click()
    expect(page.get_by_role("status").first).to_contain_text("New proposals are ready.")

    first, second = MatchProposal.objects.filter(run__organisation=world.org).order_by("id")
    approved = (first.survivor.pseudonym, first.buddy.first_name)
    rejected = (second.survivor.pseudonym, second.buddy.first_name)
    card = page.locator(f"#proposal-{first.pk}")
    expect(card).to_contain_text("Both free at 2 times in the week")
    card.get_by_role("button", name=f"Approve {approved[0]} with {approved[1]}").click()
    expect(page.get_by_text(f"{approved[0]} and {approved[1]} are now a match.")).to_be_visible()

    page.locator(f"#proposal-{second.pk}").get_by_role(
        "link", name=f"Reject {rejected[0]} with {rejected[1]}"
    ).click()
    page.get_by_role("button", name="Reject").click()
    expect(page.locator("#error-summary")).to_be_focused()
    page.get_by_label("Why does this not fit?").fill("Zij kennen elkaars familie")
    page.get_by_role("button", name="Reject").click()
    rejections = page.get_by_role("region", name="Rejected pairs")
    expect(rejections).to_contain_text(f"{rejected[0]} with {rejected[1]}")
    expect(rejections).to_contain_text("Zij kennen elkaars familie")

    page.goto(reverse("frontend:survivor-file", args=[first.survivor_id]))
    expect(page.get_by_role("region", name="Buddies")).to_contain_text(approved[1])
    assert Match.objects.filter(survivor_id=first.survivor_id, buddy_id=first.buddy_id).exists()

    # Only the rejected pair is left to make: the second run proposes nothing, and says why.
    page.goto(reverse("frontend:proposals"))
    page.get_by_role("button", name="Make proposals").click()
    expect(page.get_by_role("status").first).to_contain_text("New proposals are ready.")
    expect(page.get_by_text("This run made no proposals.")).to_be_visible()
    unmatched = page.get_by_role("region", name="Without a proposal")
    expect(unmatched.get_by_role("heading", name=rejected[0])).to_be_visible()
    expect(unmatched).to_contain_text(
        "1 buddy is excluded for her (safety rule or earlier rejection)"
    )
    latest = MatchRun.objects.filter(organisation=world.org).first()
    assert latest is not None
    assert latest.pk != first.run_id
    assert not latest.proposals.exists()
