"""The coordinator's proposal page: start a run, read the reasons, decide, clear rejections."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone
from pytest_django import DjangoAssertNumQueries

from aftercare import services as aftercare_services
from aftercare.models import Buddy, Match, Survivor
from matching import services
from matching.models import Decision, MatchProposal, MatchRun, RejectedPair, RunKind, RunStatus
from tests.conftest import World
from tests.factories import BuddyFactory, SurvivorFactory
from tests.frontend.conftest import ClientFor
from tests.frontend.html import Element, parse

PROPOSALS = reverse("frontend:proposals")
RUN_START = reverse("frontend:run-start")


def consented(world: World, **fields: object) -> Survivor:
    survivor = SurvivorFactory.create(organisation=world.org, **fields)
    aftercare_services.consent_record(
        actor=world.coordinator,
        survivor=survivor,
        scope="matching",
        given_on=timezone.localdate(),
        privacy_statement_version="2026-1",
    )
    return survivor


def proposal_card(page: Element, proposal: MatchProposal) -> Element:
    return page.by_id(f"proposal-{proposal.pk}")


def section(page: Element, title_id: str) -> Element:
    parent = page.by_id(title_id).parent
    assert parent is not None
    return parent


def test_page_offers_to_make_proposals_before_any_run(client_as: ClientFor) -> None:
    page = parse(client_as("coordinator").get(PROPOSALS).content)
    form = page.find("form", action=RUN_START)
    assert form.attrs["method"] == "post"
    assert form.find("button").text == "Make proposals"
    assert "No runs yet." in section(page, "history-title").text


def test_making_proposals_shows_the_pair_with_its_reasons(
    world: World, client_as: ClientFor
) -> None:
    response = client_as("coordinator").post(RUN_START, follow=True)
    assert response.redirect_chain == [(PROPOSALS, 302)]
    page = parse(response.content)
    assert "New proposals are ready." in page.find(class_="messages").text
    proposal = MatchProposal.objects.get(run__organisation=world.org)
    card = proposal_card(page, proposal)
    assert card.find("h3").text == "Lotte with Anne"
    reasons = [item.text for item in card.find("ul", class_="records").find_all("li")]
    # The factories make both free in slots 4 and 13.
    assert reasons[0] == "No shared interests"
    assert reasons[1].startswith("Both speak Nederlands (")
    assert reasons[2].startswith(
        "Both free at 2 times in the week: Tuesday afternoon, Friday afternoon"
    )
    assert reasons[3].startswith("About 0 km apart (20 points)")
    assert reasons[4].startswith("Waiting for 30 days (")
    assert f"Score {proposal.score}" in card.text
    # The latest run is done: the page does not poll.
    assert "data-run-poll" not in page.by_id("run-status").attrs


def test_survivor_without_a_proposal_is_explained_in_words(
    world: World, client_as: ClientFor
) -> None:
    Buddy.objects.filter(pk=world.buddy_profile.pk).update(capacity=3)
    far = consented(world, pseudonym="Fenna", latitude=Decimal("50.85"), longitude=Decimal("5.69"))
    client_as("coordinator").post(RUN_START)
    page = parse(client_as("coordinator").get(PROPOSALS).content)
    unmatched = section(page, "unmatched-title")
    link = unmatched.find("a", href=reverse("frontend:survivor-file", args=[far.pk]))
    assert link.text == "Fenna"
    assert "1 buddy is too far away" in unmatched.text
    assert "Closest: Anne, blocked by distance" in unmatched.text


def test_rule_sentences_count_and_translate_every_rule() -> None:
    from django.utils import translation

    from frontend.views.matching import buddy_reason_sentences

    reasons = {"distance": 31, "availability": 12, "minors": 3, "capacity": 1, "unknown": 2}
    with translation.override("nl"):
        assert buddy_reason_sentences(reasons)[0] == "31 maatjes wonen te ver weg"
    with translation.override("en"):
        sentences = buddy_reason_sentences(reasons)
    assert sentences == [
        "31 buddies are too far away",
        "12 buddies have no overlapping time",
        "3 buddies are not trained for minors",
        "2 buddies are ruled out by the rule “unknown”",
        "1 buddy has no free place left",
    ]


def test_nobody_waiting_gives_a_clear_message(world: World, client_as: ClientFor) -> None:
    Survivor.objects.filter(pk=world.other_survivor_profile.pk).update(status="paused")
    response = client_as("coordinator").post(RUN_START, follow=True)
    assert "Nobody is waiting, or no buddy has a free place." in response.content.decode()
    assert not MatchRun.objects.filter(organisation=world.org).exists()


def test_a_run_in_progress_is_shown_and_not_started_twice(
    world: World, client_as: ClientFor
) -> None:
    run = MatchRun.objects.create(
        organisation=world.org, started_by=world.coordinator, status=RunStatus.RUNNING
    )
    response = client_as("coordinator").post(RUN_START, follow=True)
    assert "A run is already going; wait until it has finished." in response.content.decode()
    assert MatchRun.objects.filter(organisation=world.org).count() == 1
    page = parse(response.content)
    status = page.by_id("run-status")
    assert status.attrs["data-run-poll"] == reverse("matching:run-detail", args=[run.pk])
    assert "disabled" in page.find("form", action=RUN_START).find("button").attrs
    assert page.find("script", src="/static/frontend/matching.js")


def test_approving_creates_the_match(world: World, client_as: ClientFor) -> None:
    run = services.run_start(actor=world.coordinator)
    proposal = run.proposals.get()
    url = reverse("frontend:proposal-approve", args=[proposal.pk])
    response = client_as("coordinator").post(url, follow=True)
    assert response.redirect_chain == [(PROPOSALS, 302)]
    assert "Lotte and Anne are now a match." in response.content.decode()
    assert Match.objects.filter(
        survivor=world.other_survivor_profile, buddy=world.buddy_profile, status="active"
    ).exists()
    card = proposal_card(parse(response.content), proposal)
    assert "Approved" in card.text
    assert not card.find_all("form")

    again = client_as("coordinator").post(url, follow=True)
    assert "Lotte and Anne: This proposal has already been decided." in again.content.decode()
    assert Match.objects.filter(survivor=world.other_survivor_profile).count() == 1


def test_rejecting_needs_a_reason_and_remembers_the_pair(
    world: World, client_as: ClientFor
) -> None:
    proposal = services.run_start(actor=world.coordinator).proposals.get()
    url = reverse("frontend:proposal-reject", args=[proposal.pk])
    client = client_as("coordinator")
    form_page = parse(client.get(url).content)
    assert form_page.find("label", for_="reject-reason").text == "Why does this not fit?"

    empty = client.post(url, {"reason": " "})
    assert empty.status_code == 200
    assert (
        "Why does this not fit?: This field is required."
        in parse(empty.content).by_id("error-summary").text
    )
    proposal.refresh_from_db()
    assert proposal.decision == Decision.PENDING

    done = client.post(url, {"reason": "Woont te dicht bij haar oude school"}, follow=True)
    assert "The proposal of Lotte and Anne has been rejected." in done.content.decode()
    rejection = RejectedPair.objects.get(survivor=world.other_survivor_profile)
    assert rejection.reason == "Woont te dicht bij haar oude school"
    listed = section(parse(done.content), "rejections-title")
    [item] = listed.find("ul", class_="records").find_all("li")
    assert item.find("strong").text == "Lotte with Anne"
    assert "Woont te dicht bij haar oude school" in item.text

    clear = reverse("frontend:rejection-clear", args=[rejection.pk])
    cleared = client.post(clear, follow=True)
    assert "Lotte and Anne may be proposed again." in cleared.content.decode()
    rejection.refresh_from_db()
    assert rejection.cleared_at is not None


def test_approve_many_approves_each_and_reports_what_failed(
    world: World, client_as: ClientFor
) -> None:
    BuddyFactory.create(organisation=world.org, first_name="Iris")
    consented(world, pseudonym="Noor")
    run = services.run_start(actor=world.coordinator)
    first, second = run.proposals.order_by("id")
    services.proposal_approve(actor=world.coordinator, proposal=first)
    page = parse(client_as("coordinator").get(PROPOSALS).content)
    # Only the pending one can still be chosen.
    assert [box.attrs["value"] for box in page.find_all("input", name="proposal")] == [
        str(second.pk)
    ]
    response = client_as("coordinator").post(
        reverse("frontend:proposal-approve-many"),
        {"proposal": [str(first.pk), str(second.pk)]},
        follow=True,
    )
    text = parse(response.content).find(class_="messages").text
    assert "1 proposal approved." in text
    assert "This proposal has already been decided." in text
    assert set(MatchProposal.objects.filter(run=run).values_list("decision", flat=True)) == {
        Decision.APPROVED
    }


def test_approve_many_without_a_choice_says_so(world: World, client_as: ClientFor) -> None:
    services.run_start(actor=world.coordinator)
    response = client_as("coordinator").post(
        reverse("frontend:proposal-approve-many"), {}, follow=True
    )
    assert "Choose at least one proposal to approve." in response.content.decode()
    assert not Match.objects.filter(survivor=world.other_survivor_profile).exists()


def test_an_earlier_run_keeps_its_own_proposals(world: World, client_as: ClientFor) -> None:
    first = services.run_start(actor=world.coordinator)
    proposal = first.proposals.get()
    services.proposal_reject(actor=world.coordinator, proposal=proposal, reason="Niet nu")
    second = services.run_start(actor=world.coordinator)
    assert not second.proposals.exists()
    latest = parse(client_as("coordinator").get(PROPOSALS).content)
    assert not latest.has_id(f"proposal-{proposal.pk}")
    assert "1 buddy is excluded for her (safety rule or earlier rejection)" in latest.text
    older = parse(
        client_as("coordinator").get(reverse("frontend:run-detail", args=[first.pk])).content
    )
    assert "Rejected" in older.by_id(f"proposal-{proposal.pk}").text
    assert (
        older.find("a", href=reverse("frontend:run-detail", args=[first.pk])).attrs["aria-current"]
        == "page"
    )


def test_a_group_run_is_not_a_proposal_page(world: World, client_as: ClientFor) -> None:
    run = MatchRun.objects.create(
        organisation=world.org,
        started_by=world.coordinator,
        kind=RunKind.GROUPS,
        status=RunStatus.DONE,
    )
    response = client_as("coordinator").get(reverse("frontend:run-detail", args=[run.pk]))
    assert response.status_code == 404


@pytest.mark.parametrize(
    "name", ["run-start", "proposal-approve-many", "proposal-approve", "rejection-clear"]
)
def test_decisions_need_a_post(world: World, client_as: ClientFor, name: str) -> None:
    args = [] if name in {"run-start", "proposal-approve-many"} else [1]
    response = client_as("coordinator").get(reverse(f"frontend:{name}", args=args))
    assert response.status_code == 405


def test_page_query_count_does_not_grow_with_proposals(
    world: World, client_as: ClientFor, django_assert_max_num_queries: DjangoAssertNumQueries
) -> None:
    for i in range(6):
        BuddyFactory.create(organisation=world.org, first_name=f"Buddy{i}")
        consented(world, pseudonym=f"Deelnemer{i}")
    run = services.run_start(actor=world.coordinator)
    assert run.proposals.count() == 7
    client = client_as("coordinator")
    with django_assert_max_num_queries(12):
        response = client.get(PROPOSALS)
    assert response.status_code == 200
