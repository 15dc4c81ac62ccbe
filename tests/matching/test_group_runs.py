"""A coordinator asks for peer-group placements, sees why, and approves per group or per girl."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from aftercare import services as aftercare_services
from aftercare.models import Membership, Survivor
from matching import services
from matching.errors import NobodyToPlace
from matching.models import Decision, PlacementProposal
from matching.solver.groups import validate_peer_groups_result
from tests.auth import sign_in
from tests.conftest import World
from tests.factories import SurvivorFactory, years_ago


def waiting_for_group(world: World, n: int, *, age: int = 20, **fields: object) -> list[Survivor]:
    # Lotte, already in the Tuesday group, can make its time: the group may take newcomers.
    Survivor.objects.filter(pk=world.other_survivor_profile.pk).update(availability=[4, 5, 10, 13])
    found = []
    for i in range(n):
        survivor = SurvivorFactory.create(
            organisation=world.org,
            wants_peer_group=True,
            availability=[10, 13],
            date_of_birth=years_ago(age, days=i),
            **fields,
        )
        aftercare_services.consent_record(
            actor=world.coordinator,
            survivor=survivor,
            scope="peer_group",
            given_on=timezone.localdate(),
            privacy_statement_version="2026-1",
            guardian_consent=survivor.age < 16,
        )
        found.append(survivor)
    return found


def test_run_places_waiting_girls_within_the_rules(world: World) -> None:
    girls = waiting_for_group(world, 3)
    run = services.group_run_start(actor=world.coordinator)
    assert run.status == "done", run.error
    assert validate_peer_groups_result(run.input_snapshot, run.result) == []
    placed = set(
        PlacementProposal.objects.filter(group_proposal__run=run).values_list(
            "survivor_id", flat=True
        )
    )
    assert placed == {g.pk for g in girls}


def test_approving_a_group_creates_the_memberships(world: World) -> None:
    waiting_for_group(world, 3)
    run = services.group_run_start(actor=world.coordinator)
    client = Client()
    sign_in(client, world.coordinator)
    detail = client.get(reverse("matching:group-run-detail", kwargs={"run_id": run.pk})).json()
    [proposal] = detail["proposals"]
    response = client.post(
        reverse("matching:group-proposal-approve", kwargs={"proposal_id": proposal["id"]})
    )
    assert response.status_code == 200, response.content
    group_id = proposal["group_id"] or response.json()["created_group_id"]
    members = set(
        Membership.objects.filter(group_id=group_id, status="active").values_list(
            "survivor_id", flat=True
        )
    )
    assert {p["survivor_id"] for p in proposal["placements"]} <= members
    assert all(p["decision"] == "approved" for p in response.json()["placements"])


def test_minors_and_adults_are_never_placed_together(world: World) -> None:
    waiting_for_group(world, 3)
    waiting_for_group(world, 1, age=15)
    run = services.group_run_start(actor=world.coordinator)
    ages = {s["id"]: s["age"] for s in run.input_snapshot["survivors"]}
    for group in run.result["groups"]:
        assert len({ages[m] < 18 for m in group["members"]}) == 1
    assert validate_peer_groups_result(run.input_snapshot, run.result) == []


def test_keep_apart_girls_are_never_in_one_group(world: World) -> None:
    a, b, *_ = waiting_for_group(world, 4)
    aftercare_services.safety_exclusion_add(
        actor=world.coordinator, survivor=a, other_survivor=b, reason="zelfde dader"
    )
    run = services.group_run_start(actor=world.coordinator)
    assert [f"s-{a.pk}", f"s-{b.pk}"] in run.input_snapshot["separate"]
    for group in run.result["groups"]:
        assert not {f"s-{a.pk}", f"s-{b.pk}"} <= set(group["members"])


def test_unplaced_girl_is_told_why(world: World) -> None:
    [lonely] = waiting_for_group(world, 1, age=13)
    lonely.availability = [0]
    lonely.save()
    run = services.group_run_start(actor=world.coordinator)
    [row] = services.unplaced_explained(run)
    assert row["survivor_id"] == lonely.pk
    assert row["reasons"]


def test_per_girl_decisions(world: World) -> None:
    first, second, _ = waiting_for_group(world, 3)
    run = services.group_run_start(actor=world.coordinator)
    placements = {
        p.survivor_id: p for p in PlacementProposal.objects.filter(group_proposal__run=run)
    }
    services.placement_reject(
        actor=world.coordinator, placement=placements[first.pk], reason="nog niet klaar"
    )
    services.placement_approve(actor=world.coordinator, placement=placements[second.pk])
    assert not Membership.objects.filter(survivor=first, status="active").exists()
    assert Membership.objects.filter(survivor=second, status="active").exists()
    assert PlacementProposal.objects.get(pk=placements[first.pk].pk).decision == Decision.REJECTED


def test_nobody_waiting_is_said_clearly(world: World) -> None:
    with pytest.raises(NobodyToPlace):
        services.group_run_start(actor=world.coordinator)
