"""A coordinator starts a run, sees proposals with reasons, approves and rejects them."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from aftercare import services as aftercare_services
from aftercare.models import Match
from matching import services
from matching.errors import AlreadyDecided, RunInProgress
from matching.models import Decision, MatchProposal, MatchRun, RunStatus
from matching.solver.buddy import validate_buddy_result
from tests.auth import sign_in
from tests.conftest import World
from tests.factories import BuddyFactory, SurvivorFactory


def consented(world: World, **fields: object) -> object:
    survivor = SurvivorFactory.create(organisation=world.org, **fields)
    aftercare_services.consent_record(
        actor=world.coordinator,
        survivor=survivor,
        scope="matching",
        given_on=timezone.localdate(),
        privacy_statement_version="2026-1",
    )
    return survivor


@pytest.fixture
def coordinator_client(world: World) -> Client:
    client = Client()
    sign_in(client, world.coordinator)
    return client


def test_run_proposes_a_valid_pair_with_its_reasons(
    world: World, coordinator_client: Client
) -> None:
    response = coordinator_client.post(
        reverse("matching:run-list"), {}, content_type="application/json"
    )
    assert response.status_code == 201
    run = MatchRun.objects.get(pk=response.json()["id"])
    assert run.status == RunStatus.DONE
    assert run.statistics["status"] == "OPTIMAL"
    assert validate_buddy_result(run.input_snapshot, run.result) == []
    proposals = coordinator_client.get(reverse("matching:proposal-list"), {"run": run.pk}).json()
    [row] = proposals["results"]
    assert (row["survivor"], row["buddy"]) == ("Lotte", "Anne")
    assert row["score"] == sum(row["breakdown"].values())
    assert row["breakdown"]["overlap"] > 0


def test_only_eligible_people_enter_a_run(world: World) -> None:
    no_consent = SurvivorFactory.create(organisation=world.org)
    expired = BuddyFactory.create(
        organisation=world.org, vog_issued_on=timezone.localdate() - timedelta(days=4 * 365)
    )
    run = services.run_start(actor=world.coordinator)
    survivor_ids = {row["id"] for row in run.input_snapshot["survivors"]}
    buddy_ids = {row["id"] for row in run.input_snapshot["buddies"]}
    assert f"s-{no_consent.pk}" not in survivor_ids
    assert f"s-{world.survivor_profile.pk}" not in survivor_ids  # already matched
    assert f"s-{world.other_survivor_profile.pk}" in survivor_ids
    assert f"b-{expired.pk}" not in buddy_ids
    # Anne has two places and one running match: only one is offered.
    [anne] = [
        row for row in run.input_snapshot["buddies"] if row["id"] == f"b-{world.buddy_profile.pk}"
    ]
    assert anne["capacity"] == 1


def test_safety_exclusion_becomes_an_excluded_pair(world: World) -> None:
    aftercare_services.safety_exclusion_add(
        actor=world.coordinator, survivor=world.other_survivor_profile, buddy=world.buddy_profile
    )
    run = services.run_start(actor=world.coordinator)
    assert [
        f"s-{world.other_survivor_profile.pk}",
        f"b-{world.buddy_profile.pk}",
    ] in run.input_snapshot["excluded"]
    assert run.proposals.count() == 0
    [row] = services.unmatched_explained(run)
    assert row["survivor"] == "Lotte"
    assert row["reasons"].get("excluded") == 1


def test_unmatched_survivor_is_told_why_and_who_was_closest(
    world: World, coordinator_client: Client
) -> None:
    # Anne keeps a free place, so distance alone rules her out for Fenna.
    world.buddy_profile.capacity = 3
    world.buddy_profile.save()
    consented(
        world,
        pseudonym="Fenna",
        municipality="Maastricht",
        latitude=Decimal("50.85"),
        longitude=Decimal("5.69"),
        max_km=10,
    )
    run_id = coordinator_client.post(
        reverse("matching:run-list"), {}, content_type="application/json"
    ).json()["id"]
    detail = coordinator_client.get(
        reverse("matching:run-detail", kwargs={"run_id": run_id})
    ).json()
    [fenna] = [row for row in detail["unmatched"] if row["survivor"] == "Fenna"]
    assert fenna["reasons"]["distance"] >= 1
    assert fenna["closest_buddy"] == "Anne"
    assert "distance" in fenna["closest_blocked_by"]


def test_approval_creates_the_match_and_only_then_the_survivor_sees_it(world: World) -> None:
    survivor_client = Client()
    sign_in(survivor_client, world.other_survivor)
    run = services.run_start(actor=world.coordinator)
    proposal = run.proposals.get()
    assert survivor_client.get(reverse("api:match-list")).json()["count"] == 0
    services.proposal_approve(actor=world.coordinator, proposal=proposal)
    proposal.refresh_from_db()
    assert proposal.decision == Decision.APPROVED
    assert Match.objects.filter(survivor=world.other_survivor_profile, status="active").exists()
    assert survivor_client.get(reverse("api:match-list")).json()["count"] == 1
    with pytest.raises(AlreadyDecided):
        services.proposal_approve(actor=world.coordinator, proposal=proposal)


def test_rejected_pair_is_not_proposed_again_until_cleared(
    world: World, coordinator_client: Client
) -> None:
    first = services.run_start(actor=world.coordinator).proposals.get()
    response = coordinator_client.post(
        reverse("matching:proposal-reject", kwargs={"proposal_id": first.pk}),
        {"reason": "Te weinig klik bij kennismaking"},
        content_type="application/json",
    )
    assert response.status_code == 200
    assert response.json()["decision"] == "rejected"
    second = services.run_start(actor=world.coordinator)
    assert second.proposals.count() == 0
    assert [f"s-{first.survivor_id}", f"b-{first.buddy_id}"] in second.input_snapshot["excluded"]
    rejection_id = coordinator_client.get(reverse("matching:rejection-list")).json()["results"][0][
        "id"
    ]
    coordinator_client.post(
        reverse("matching:rejection-clear", kwargs={"rejection_id": rejection_id})
    )
    third = services.run_start(actor=world.coordinator)
    assert third.proposals.get().buddy_id == first.buddy_id


def test_second_run_while_one_is_going_is_refused(world: World, coordinator_client: Client) -> None:
    MatchRun.objects.create(
        organisation=world.org, started_by=world.coordinator, status=RunStatus.RUNNING
    )
    response = coordinator_client.post(
        reverse("matching:run-list"), {}, content_type="application/json"
    )
    assert response.status_code == 409
    assert response.json()["code"] == "run_in_progress"
    with pytest.raises(RunInProgress):
        services.run_start(actor=world.coordinator)


def test_run_with_nobody_waiting_says_so(world: World) -> None:
    services.proposal_approve(
        actor=world.coordinator,
        proposal=services.run_start(actor=world.coordinator).proposals.get(),
    )
    client = Client()
    sign_in(client, world.coordinator)
    response = client.post(reverse("matching:run-list"), {}, content_type="application/json")
    assert response.status_code == 409
    assert response.json()["code"] == "nothing_to_match"


def test_approvals_beyond_capacity_give_one_clear_conflict(world: World) -> None:
    buddy = BuddyFactory.create(organisation=world.org, capacity=1, first_name="Wietske")
    a, b = consented(world), consented(world)
    run = MatchRun.objects.create(
        organisation=world.org, started_by=world.coordinator, status=RunStatus.DONE
    )
    proposals = [
        MatchProposal.objects.create(
            run=run, survivor=s, buddy=buddy, score=50, breakdown={"overlap": 50}
        )  # type: ignore[misc]
        for s in (a, b)
    ]
    outcomes = services.proposals_approve_many(actor=world.coordinator, proposals=proposals)
    assert [o.ok for o in outcomes] == [True, False]
    assert outcomes[1].code == "buddy_capacity_exceeded"
    assert MatchProposal.objects.get(pk=proposals[1].pk).decision == Decision.PENDING


def test_bulk_approval_never_touches_another_organisations_proposals(world: World) -> None:
    proposal = services.run_start(actor=world.coordinator).proposals.get()
    client = Client()
    sign_in(client, world.other_org_coordinator)
    response = client.post(
        reverse("matching:proposal-approve-many"),
        {"ids": [proposal.pk]},
        content_type="application/json",
    )
    assert response.json() == [
        {"proposal_id": proposal.pk, "ok": False, "code": "not_found", "message": "Not found."}
    ]
    proposal.refresh_from_db()
    assert proposal.decision == Decision.PENDING


def test_invalid_weights_are_refused_naming_the_field(
    world: World, coordinator_client: Client
) -> None:
    response = coordinator_client.post(
        reverse("matching:run-list"), {"weights": {"charm": 5}}, content_type="application/json"
    )
    assert response.status_code == 400
    assert "weights" in response.json()["fields"]
    assert not MatchRun.objects.exists()


def test_bulk_approval_refuses_ids_the_database_cannot_hold(
    world: World, coordinator_client: Client
) -> None:
    # Found by the fuzzer (tests/test_fuzz_api.py): a 2**70 id was an OverflowError, a 500.
    response = coordinator_client.post(
        reverse("matching:proposal-approve-many"),
        {"ids": [2**70, 0]},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert set(response.json()["fields"]["ids"]) == {"0", "1"}
