"""The coordinator's page for what counts in a proposal: who may open it, errors, saving."""

from __future__ import annotations

import pytest
from django.urls import reverse

from matching import services
from matching.models import WEIGHT_DEFAULTS
from tests.conftest import World
from tests.frontend.conftest import ClientFor
from tests.frontend.html import parse

URL = reverse("frontend:matching-weights")
MATRIX_ROUTES = frozenset({"frontend:matching-weights"})


@pytest.mark.parametrize(
    ("persona", "status"),
    [
        ("coordinator", 200),
        ("other_org_coordinator", 200),
        ("buddy", 403),
        ("survivor", 403),
        ("other_survivor", 403),
        ("facilitator", 403),
        ("admin", 403),
    ],
)
def test_page_per_persona(client_as: ClientFor, persona: str, status: int) -> None:
    assert client_as(persona).get(URL).status_code == status
    # A coordinator's valid post saves and goes back to the page; everyone else is refused.
    saved = client_as(persona).post(URL, WEIGHT_DEFAULTS | {"distance": 5})
    assert saved.status_code == (302 if status == 200 else status)


def test_anonymous_goes_to_login(client_as: ClientFor) -> None:
    response = client_as("anonymous").get(URL)
    assert response["Location"] == f"{reverse('login')}?next={URL}"


def test_other_roles_change_nothing(world: World, client_as: ClientFor) -> None:
    client_as("buddy").post(URL, dict.fromkeys(WEIGHT_DEFAULTS, "0"))
    assert services.weights_for(organisation_id=world.org.pk) == WEIGHT_DEFAULTS


def test_she_sees_the_current_weights_and_saves_new_ones(
    world: World, client_as: ClientFor
) -> None:
    client = client_as("coordinator")
    page = parse(client.get(URL).content.decode())
    assert page.by_id("id_distance").attrs["value"] == str(WEIGHT_DEFAULTS["distance"])
    assert "at most 125 points" in page.text
    response = client.post(URL, WEIGHT_DEFAULTS | {"distance": "70"}, follow=True)
    assert "The weights are saved." in response.content.decode()
    assert services.weights_for(organisation_id=world.org.pk)["distance"] == 70
    # The proposals page links here.
    assert URL in client.get(reverse("frontend:proposals")).content.decode()


def test_an_out_of_range_weight_is_named_and_nothing_is_lost(
    world: World, client_as: ClientFor
) -> None:
    client = client_as("coordinator")
    response = client.post(URL, WEIGHT_DEFAULTS | {"distance": "170", "interests": "12"})
    page = parse(response.content.decode())
    summary = page.by_id("error-summary").text
    assert "Living close to each other" in summary
    assert page.by_id("id_distance").attrs["aria-invalid"] == "true"
    assert page.by_id("id_interests").attrs["value"] == "12"
    assert services.weights_for(organisation_id=world.org.pk) == WEIGHT_DEFAULTS
