"""Every role's start page shows its own things, and a buddy only what she may know."""

from __future__ import annotations

from django.urls import reverse

from aftercare.models import Interest
from tests.conftest import World
from tests.frontend.conftest import ClientFor
from tests.frontend.html import parse


def test_buddy_sees_pseudonym_age_band_interests_and_availability(
    world: World, client_as: ClientFor
) -> None:
    survivor = world.survivor_profile
    survivor.interests.add(Interest.objects.create(organisation=world.org, name="zwemmen"))
    card = parse(client_as("buddy").get(reverse("frontend:home")).content).find("li", class_="card")
    assert card.find("h3").text == "Sanne"
    facts = card.text
    assert "18-20" in facts
    assert "zwemmen" in facts
    assert "Tuesday afternoon" in facts


def test_buddy_never_sees_case_details(world: World, client_as: ClientFor) -> None:
    survivor = world.survivor_profile
    survivor.needs = "Geheime hulpvraag"
    survivor.case_reference = "ZAAK-0042"
    survivor.postcode_area = "8911"
    survivor.save()
    content = client_as("buddy").get(reverse("frontend:home")).content.decode()
    for secret in ("Geheime hulpvraag", "ZAAK-0042", "8911", survivor.date_of_birth.isoformat()):
        assert secret not in content


def test_survivor_sees_her_buddys_first_name(world: World, client_as: ClientFor) -> None:
    page = parse(client_as("survivor").get(reverse("frontend:home")).content)
    assert page.find("li", class_="card").find("h3").text == "Anne"


def test_survivor_in_a_group_sees_it(world: World, client_as: ClientFor) -> None:
    content = client_as("other_survivor").get(reverse("frontend:home")).content
    assert b"Dinsdaggroep" in content
    assert b"You do not have a buddy yet." in content


def test_facilitator_sees_her_groups_with_member_count(world: World, client_as: ClientFor) -> None:
    card = parse(client_as("facilitator").get(reverse("frontend:home")).content).find(
        "li", class_="card"
    )
    assert card.find("h3").text == "Dinsdaggroep"
    assert "Members 1" in card.text


def test_admin_sees_the_organisation_count_and_no_case_content(
    world: World, client_as: ClientFor
) -> None:
    page = parse(client_as("admin").get(reverse("frontend:home")).content)
    assert page.find("span", class_="stat__number").text == "2"
    for name in ("Sanne", "Lotte", "Emma", "Anne"):
        assert name not in page.text


def test_coordinator_home_is_the_dashboard(client_as: ClientFor) -> None:
    page = parse(client_as("coordinator").get(reverse("frontend:home")).content)
    assert page.find("h1").text == "Overview"
    assert page.find("a", href=reverse("frontend:survivor-list") + "?status=waiting")


def test_survivor_profile_shows_her_own_data_but_not_her_organisation(
    world: World, client_as: ClientFor
) -> None:
    page = parse(client_as("survivor").get(reverse("frontend:profile")).content)
    assert "survivor@fier.nl" in page.text
    assert "Sanne" in page.text
    # An organisation's name can tell what the app is for.
    assert "Fier" not in page.find("main").text


def test_buddy_profile_shows_her_availability(world: World, client_as: ClientFor) -> None:
    page = parse(client_as("buddy").get(reverse("frontend:profile")).content)
    assert "Tuesday afternoon" in page.find("main").text
    assert "Fier Friesland" in page.find("main").text
