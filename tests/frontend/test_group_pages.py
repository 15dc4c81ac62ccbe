"""The groups page: groups with their places, placement runs, and decisions per group or girl."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone

from aftercare import services as aftercare_services
from aftercare.choices import Role
from aftercare.models import Membership, PeerGroup, Survivor
from matching import services
from matching.models import Decision, GroupProposal, PlacementProposal
from tests.conftest import World
from tests.factories import SurvivorFactory, UserFactory, years_ago
from tests.frontend.conftest import ClientFor
from tests.frontend.html import Element, parse

GROUPS = reverse("frontend:groups")
GROUP_RUN_START = reverse("frontend:group-run-start")


def waiting_for_group(world: World, names: list[str], *, slot: int = 1) -> list[Survivor]:
    """Girls with peer-group consent who can all make one slot that the Tuesday group is not in."""
    found = []
    for i, name in enumerate(names):
        survivor = SurvivorFactory.create(
            organisation=world.org,
            pseudonym=name,
            wants_peer_group=True,
            availability=[slot],
            date_of_birth=years_ago(20, days=i),
        )
        aftercare_services.consent_record(
            actor=world.coordinator,
            survivor=survivor,
            scope="peer_group",
            given_on=timezone.localdate(),
            privacy_statement_version="2026-1",
        )
        found.append(survivor)
    return found


def group_card(page: Element, group: PeerGroup) -> Element:
    return page.find("li", aria_labelledby=f"group-{group.pk}-title")


def test_coordinator_sees_each_group_with_its_places(world: World, client_as: ClientFor) -> None:
    page = parse(client_as("coordinator").get(GROUPS).content)
    card = group_card(page, world.group)
    facts = dict(
        zip(
            [dt.text for dt in card.find_all("dt")],
            [dd.text for dd in card.find_all("dd")],
            strict=True,
        )
    )
    assert facts["When"] == "Thursday afternoon"
    assert facts["Where"] == "Leeuwarden"
    assert facts["Members"] == "1, 5 free"
    assert facts["Facilitator"] == str(world.facilitator)
    assert facts["Who"] == "Lotte"
    assert page.find("form", action=GROUP_RUN_START)


def test_facilitator_sees_her_own_groups_and_no_proposals(
    world: World, client_as: ClientFor
) -> None:
    # Names Faker's nl_NL lists do not have, so no generated user shares them.
    waiting_for_group(world, ["Sjoukje", "Wiepkje", "Gerbrich", "Ottelien"])
    services.group_run_start(actor=world.coordinator)
    other = UserFactory.create(organisation=world.org, role=Role.FACILITATOR)
    aftercare_services.group_create(
        actor=world.coordinator, facilitator=other, name="Vrijdaggroep", slot=13, language="nl"
    )
    content = client_as("facilitator").get(GROUPS).content
    page = parse(content)
    assert "Lotte" in group_card(page, world.group).text
    assert b"Vrijdaggroep" not in content
    assert b"Sjoukje" not in content
    assert not page.find_all("form", action=GROUP_RUN_START)
    assert not page.has_id("placement-title")


def test_placement_run_proposes_a_new_group_with_reasons(
    world: World, client_as: ClientFor
) -> None:
    waiting_for_group(world, ["Anouk", "Britt", "Cato", "Demi"])
    response = client_as("coordinator").post(GROUP_RUN_START, follow=True)
    assert "New group proposals are ready." in response.content.decode()
    proposal = GroupProposal.objects.get(run__organisation=world.org)
    assert proposal.group is None
    card = parse(response.content).by_id(f"group-proposal-{proposal.pk}")
    assert card.find("h3").text == "New group"
    assert "Monday afternoon" in card.text
    assert "Nederlands" in card.text
    assert "20 to 20 years" in card.text
    for name in ["Anouk", "Britt", "Cato", "Demi"]:
        assert f"Place {name}" in card.text
    assert "0 shared interests with the others" in card.text
    assert "Waiting for 30 days" in card.text


def test_approving_a_new_group_opens_it_with_its_members(
    world: World, client_as: ClientFor
) -> None:
    girls = waiting_for_group(world, ["Anouk", "Britt", "Cato", "Demi"])
    run = services.group_run_start(actor=world.coordinator)
    proposal = run.group_proposals.get()
    response = client_as("coordinator").post(
        reverse("frontend:group-proposal-approve", args=[proposal.pk]), follow=True
    )
    proposal.refresh_from_db()
    group = proposal.created_group
    assert group is not None
    assert f"The group {group.name} has been approved." in response.content.decode()
    members = set(
        Membership.objects.filter(group=group, status="active").values_list(
            "survivor_id", flat=True
        )
    )
    assert members == {girl.pk for girl in girls}
    page = parse(response.content)
    who = group_card(page, group).find("ul", class_="inline-list").text
    assert who == "Anouk Britt Cato Demi"
    again = client_as("coordinator").post(
        reverse("frontend:group-proposal-approve", args=[proposal.pk]), follow=True
    )
    assert "This proposal has already been decided." in again.content.decode()


def test_each_girl_is_approved_or_rejected_on_her_own(world: World, client_as: ClientFor) -> None:
    waiting_for_group(world, ["Anouk", "Britt", "Cato", "Demi", "Eva"])
    run = services.group_run_start(actor=world.coordinator)
    anouk, britt, *_ = PlacementProposal.objects.filter(group_proposal__run=run).order_by("id")
    client = client_as("coordinator")
    placed = client.post(reverse("frontend:placement-approve", args=[anouk.pk]), follow=True)
    assert "Anouk has been placed." in placed.content.decode()
    reject_url = reverse("frontend:placement-reject", args=[britt.pk])
    empty = client.post(reject_url, {"reason": ""})
    assert "This field is required." in parse(empty.content).by_id("error-summary").text
    rejected = client.post(reject_url, {"reason": "Kent Cato van vroeger"}, follow=True)
    assert "The placement of Britt has been rejected." in rejected.content.decode()
    anouk.refresh_from_db()
    britt.refresh_from_db()
    assert (anouk.decision, britt.decision) == (Decision.APPROVED, Decision.REJECTED)
    assert britt.reason == "Kent Cato van vroeger"
    assert Membership.objects.filter(survivor=anouk.survivor, status="active").exists()
    assert not Membership.objects.filter(survivor=britt.survivor).exists()


def test_girl_without_a_place_is_explained(world: World, client_as: ClientFor) -> None:
    waiting_for_group(world, ["Anouk", "Britt", "Cato", "Demi"])
    waiting_for_group(world, ["Zoë"], slot=19)
    client_as("coordinator").post(GROUP_RUN_START)
    page = parse(client_as("coordinator").get(GROUPS).content)
    [card] = [
        card
        for card in page.find_all("li", class_="card")
        if card.find_all("h4") and card.find("h4").text == "Zoë"
    ]
    assert "meet at a time she cannot make" in card.text


def test_nobody_to_place_gives_a_clear_message(world: World, client_as: ClientFor) -> None:
    response = client_as("coordinator").post(GROUP_RUN_START, follow=True)
    assert "Nobody is waiting for a peer group." in response.content.decode()
