"""The coordinator's buddy pages: screening rules shown on the right field, VOG filters."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone
from pytest_django import DjangoAssertNumQueries

from aftercare.models import Buddy, BuddyStatus
from tests.conftest import World
from tests.factories import BuddyFactory
from tests.frontend.conftest import ClientFor
from tests.frontend.html import parse


def days_ago(days: int) -> str:
    return (timezone.localdate() - timedelta(days=days)).isoformat()


def buddy_data(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "first_name": "Fenna",
        "date_of_birth": "1990-05-01",
        "gender": "f",
        "languages": ["nl", "en"],
        "availability": ["1", "2"],
        "municipality": "Leeuwarden",
        "max_km": "25",
        "capacity": "2",
        "trained_for_minors": "on",
        "status": "approved",
        "vog_issued_on": days_ago(30),
        "training_completed_on": days_ago(20),
        "intake_interview_on": days_ago(40),
        "code_of_conduct_signed_on": days_ago(20),
    }
    data.update(overrides)
    return data


def test_coordinator_registers_a_screened_buddy(world: World, client_as: ClientFor) -> None:
    response = client_as("coordinator").post(reverse("frontend:buddy-create"), buddy_data())
    assert response.status_code == 302
    buddy = Buddy.objects.get(first_name="Fenna")
    assert buddy.organisation == world.org
    assert buddy.capacity == 2
    assert buddy.trained_for_minors
    assert buddy.is_eligible()


def test_approving_without_screening_shows_the_service_error_on_status(
    client_as: ClientFor,
) -> None:
    response = client_as("coordinator").post(
        reverse("frontend:buddy-create"),
        buddy_data(training_completed_on="", intake_interview_on=""),
    )
    assert response.status_code == 200
    page = parse(response.content)
    error = page.by_id("id_status_error").text
    assert "Screening is not complete" in error
    assert "training completed" in error
    assert "intake interview" in error
    assert page.by_id("id_status").attrs["aria-invalid"] == "true"
    assert page.by_id("error-summary").find("a", href="#id_status")
    assert not Buddy.objects.filter(first_name="Fenna").exists()


def test_expired_vog_is_shown_on_the_vog_field(client_as: ClientFor) -> None:
    response = client_as("coordinator").post(
        reverse("frontend:buddy-create"), buddy_data(vog_issued_on=days_ago(4 * 365))
    )
    assert "The VOG has expired." in parse(response.content).by_id("id_vog_issued_on_error").text


def test_capacity_above_three_is_refused(client_as: ClientFor) -> None:
    response = client_as("coordinator").post(
        reverse("frontend:buddy-create"), buddy_data(capacity="4")
    )
    page = parse(response.content)
    assert page.has_id("id_capacity_error")
    assert page.by_id("id_capacity").attrs["value"] == "4"


def test_edit_changes_the_status(world: World, client_as: ClientFor) -> None:
    buddy = world.buddy_profile
    buddy.refresh_from_db()
    data = buddy_data(
        first_name=buddy.first_name,
        date_of_birth=buddy.date_of_birth.isoformat(),
        languages=buddy.languages,
        availability=[str(s) for s in buddy.availability],
        max_km=str(buddy.max_km),
        capacity=str(buddy.capacity),
        status=BuddyStatus.PAUSED,
        vog_issued_on=buddy.vog_issued_on.isoformat() if buddy.vog_issued_on else "",
    )
    response = client_as("coordinator").post(reverse("frontend:buddy-edit", args=[buddy.pk]), data)
    assert response.status_code == 302
    buddy.refresh_from_db()
    assert buddy.status == BuddyStatus.PAUSED


def _names(response: Any) -> list[str]:
    tables = parse(response.content).find_all("table", class_="table")
    if not tables:
        return []
    return [row.find("a").text for row in tables[0].find_all("th", scope="row")]


@pytest.fixture
def vog_buddies(world: World) -> None:
    validity = world.org.vog_validity_days
    BuddyFactory.create(
        organisation=world.org,
        first_name="Verlopen",
        vog_issued_on=timezone.localdate() - timedelta(days=validity + 1),
    )
    BuddyFactory.create(
        organisation=world.org,
        first_name="Bijna",
        vog_issued_on=timezone.localdate() - timedelta(days=validity - 10),
    )
    BuddyFactory.create(
        organisation=world.org, first_name="Geen", vog_issued_on=None, status=BuddyStatus.APPLIED
    )
    BuddyFactory.create(
        organisation=world.org,
        first_name="Gestopt",
        status=BuddyStatus.STOPPED,
        vog_issued_on=timezone.localdate() - timedelta(days=validity + 5),
    )


@pytest.mark.usefixtures("vog_buddies")
@pytest.mark.parametrize(
    ("state", "names"),
    [
        ("expired", ["Gestopt", "Verlopen"]),
        ("expiring", ["Bijna"]),
        ("missing", ["Geen"]),
        ("valid", ["Anne"]),
    ],
)
def test_buddy_list_filters_by_vog_state(
    client_as: ClientFor, state: str, names: list[str]
) -> None:
    response = client_as("coordinator").get(reverse("frontend:buddy-list"), {"vog": state})
    assert _names(response) == names


@pytest.mark.usefixtures("vog_buddies")
def test_buddy_list_filters_by_status_and_name(client_as: ClientFor) -> None:
    client = client_as("coordinator")
    assert _names(client.get(reverse("frontend:buddy-list"), {"status": "applied"})) == ["Geen"]
    assert _names(client.get(reverse("frontend:buddy-list"), {"q": "ver"})) == ["Verlopen"]


@pytest.mark.usefixtures("vog_buddies")
def test_dashboard_counts_vog_of_active_buddies_and_waiting_survivors(client_as: ClientFor) -> None:
    page = parse(client_as("coordinator").get(reverse("frontend:home")).content)
    numbers = {
        stat.find("span", class_="stat__label").text: stat.find("span", class_="stat__number").text
        for stat in page.find_all("li", class_="stat stat--warning")
        + page.find_all("li", class_="stat stat--alert")
        + page.find_all("li", class_="stat")
    }
    assert numbers["participant waiting for a buddy"] == "1"  # Lotte; Sanne is matched
    assert numbers["active match"] == "1"
    assert numbers["buddy whose VOG expires soon"] == "1"
    # The stopped volunteer's old VOG does not count.
    assert numbers["buddy whose VOG has expired"] == "1"


@pytest.mark.parametrize("extra", [0, 30])
def test_buddy_list_query_count_does_not_grow_with_rows(
    world: World,
    client_as: ClientFor,
    django_assert_num_queries: DjangoAssertNumQueries,
    extra: int,
) -> None:
    for number in range(extra):
        BuddyFactory.create(organisation=world.org, first_name=f"B{number}")
    client = client_as("coordinator")
    # A first request may write the session (idle timeout stamp); measure a later one.
    client.get(reverse("frontend:buddy-list"))
    # session, user, her second-factor device, her organisation, count, page, interests
    with django_assert_num_queries(7):
        client.get(reverse("frontend:buddy-list"))
