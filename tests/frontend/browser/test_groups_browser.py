"""Issue 6 in Chromium: a coordinator places waiting girls, approves one new group, sees its
members on the groups page, and the group's conversation is ready for its members."""

from __future__ import annotations

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from aftercare import services as aftercare_services
from aftercare.choices import Role
from matching.models import GroupProposal
from messaging import selectors as messaging_selectors
from messaging.services import conversation_for_group
from tests.conftest import World
from tests.factories import SurvivorFactory, UserFactory, years_ago
from tests.frontend.browser.conftest import SignIn

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NAMES = ["Anouk", "Britt", "Cato", "Demi"]


def test_coordinator_opens_a_new_group_and_its_conversation_is_ready(
    page: Page, world: World, sign_in: SignIn
) -> None:
    account = UserFactory.create(organisation=world.org, role=Role.SURVIVOR)
    for i, name in enumerate(NAMES):
        # All four can make Monday afternoon, when no group of the organisation meets.
        girl = SurvivorFactory.create(
            organisation=world.org,
            pseudonym=name,
            user=account if i == 0 else None,
            wants_peer_group=True,
            availability=[1],
            date_of_birth=years_ago(20, days=i),
        )
        aftercare_services.consent_record(
            actor=world.coordinator,
            survivor=girl,
            scope="peer_group",
            given_on=timezone.localdate(),
            privacy_statement_version="2026-1",
        )
    sign_in(world.coordinator)
    page.goto("/")
    page.get_by_role("navigation").get_by_role("link", name="Groups").click()
    page.get_by_role("button", name="Propose groups").click()
    expect(page.get_by_role("status").first).to_contain_text("New group proposals are ready.")

    proposal = GroupProposal.objects.get(run__organisation=world.org)
    card = page.locator(f"#group-proposal-{proposal.pk}")
    expect(card.get_by_role("heading", name="New group")).to_be_visible()
    expect(card).to_contain_text("Monday afternoon")
    expect(card).to_contain_text("20 to 20 years")
    card.get_by_role("button", name="Approve New group").click()

    proposal.refresh_from_db()
    group = proposal.created_group
    assert group is not None
    expect(page.get_by_text(f"The group {group.name} has been approved.")).to_be_visible()
    group_card = page.get_by_role("listitem").filter(
        has=page.get_by_role("heading", name=group.name, exact=True)
    )
    expect(group_card).to_contain_text("4, 4 free")
    for name in NAMES:
        expect(group_card.get_by_role("listitem").filter(has_text=name)).to_have_count(1)

    # Messaging opens conversations when they are first used: a member can open this one.
    conversation = conversation_for_group(group)
    found, access = messaging_selectors.conversation_get_for_user(
        user=account, conversation_id=conversation.pk
    )
    assert found.group_id == group.pk
    assert access.read
