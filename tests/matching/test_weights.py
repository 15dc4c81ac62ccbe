"""An organisation sets what counts in a proposal; its next run follows, its old proposals stay."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse

from aftercare.models import AuditEvent
from matching import services
from matching.models import WEIGHT_DEFAULTS, MatchingWeights
from tests.auth import sign_in
from tests.conftest import World
from tests.factories import BuddyFactory
from tests.matching.test_runs import consented

GRONINGEN = (Decimal("53.22"), Decimal("6.57"))


def _mila_and_two_buddies(world: World) -> None:
    """Mila lives in Groningen, far from everyone else. Noor lives round the corner but is free
    only on Monday morning; Fem lives 14 km away and is free whenever Mila is."""
    lat, lon = GRONINGEN
    week = [0, 1, 2, 3, 4, 5]
    consented(world, pseudonym="Mila", latitude=lat, longitude=lon, availability=week)
    BuddyFactory.create(
        organisation=world.org, first_name="Noor", latitude=lat, longitude=lon, availability=[0]
    )
    BuddyFactory.create(
        organisation=world.org,
        first_name="Fem",
        latitude=lat + Decimal("0.13"),
        longitude=lon,
        availability=week,
    )


def _buddy_proposed_for_mila(world: World) -> str:
    run = services.run_start(actor=world.coordinator)
    proposal = run.proposals.select_related("survivor", "buddy").get(survivor__pseudonym="Mila")
    return proposal.buddy.first_name


def test_without_settings_the_solver_defaults_count(world: World) -> None:
    assert services.weights_for(organisation_id=world.org.pk) == WEIGHT_DEFAULTS
    _mila_and_two_buddies(world)
    # By default shared free time outweighs 14 km.
    assert _buddy_proposed_for_mila(world) == "Fem"


def test_her_weights_change_the_next_proposal(world: World) -> None:
    _mila_and_two_buddies(world)
    services.weights_update(actor=world.coordinator, values={"overlap": 0, "distance": 100})
    assert _buddy_proposed_for_mila(world) == "Noor"
    stored = MatchingWeights.objects.get(organisation=world.org)
    assert stored.updated_by == world.coordinator
    assert AuditEvent.objects.filter(object_type="matchingweights", changes=["distance", "overlap"])


def test_the_run_records_the_weights_it_used(world: World) -> None:
    services.weights_update(actor=world.coordinator, values={"waiting": 5})
    run = services.run_start(actor=world.coordinator)
    assert run.input_snapshot["weights"]["waiting"] == 5
    assert run.parameters["weights"]["waiting"] == 5


def test_weights_of_one_organisation_do_not_touch_another(world: World) -> None:
    services.weights_update(actor=world.coordinator, values={"interests": 0})
    assert services.weights_for(organisation_id=world.other_org.pk)["interests"] == 30


@pytest.fixture
def coordinator_client(world: World) -> Client:
    client = Client(headers={"accept-language": "en"})
    sign_in(client, world.coordinator)
    return client


def test_api_shows_and_changes_the_weights(world: World, coordinator_client: Client) -> None:
    url = reverse("matching:weights")
    assert coordinator_client.get(url).json() == WEIGHT_DEFAULTS
    response = coordinator_client.put(url, {"distance": 60}, content_type="application/json")
    assert response.status_code == 200
    assert response.json() == WEIGHT_DEFAULTS | {"distance": 60}


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"distance": 101}, "distance"),
        ({"interests": -1}, "interests"),
        ({"waiting": "x"}, "waiting"),
    ],
)
def test_api_refuses_weights_out_of_range_and_keeps_the_old(
    world: World, coordinator_client: Client, body: dict[str, object], field: str
) -> None:
    url = reverse("matching:weights")
    response = coordinator_client.put(url, body, content_type="application/json")
    assert response.status_code == 400
    assert field in response.json()["fields"]
    assert services.weights_for(organisation_id=world.org.pk) == WEIGHT_DEFAULTS
