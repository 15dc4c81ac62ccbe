"""Bad input is a 400 that names the field, in the user's language, and writes nothing."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from aftercare.models import AuditEvent, Buddy, Survivor
from tests.auth import sign_in
from tests.conftest import World


def valid_survivor() -> dict[str, Any]:
    return {
        "pseudonym": "Noor",
        "date_of_birth": "2008-04-02",
        "gender": "f",
        "languages": ["nl", "ar"],
        "availability": [4, 10, 20],
        "municipality": "Sneek",
        "max_km": 20,
    }


def valid_buddy() -> dict[str, Any]:
    return {
        "first_name": "Marije",
        "date_of_birth": "1990-01-01",
        "gender": "f",
        "languages": ["nl"],
        "availability": [4],
        "municipality": "Drachten",
        "capacity": 2,
    }


@pytest.fixture
def coordinator_client(world: World) -> Client:
    client = Client()
    sign_in(client, world.coordinator)
    return client


TOMORROW = (timezone.localdate() + timedelta(days=1)).isoformat()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("languages", ["nl", "xx"]),
        ("availability", [4, 21]),
        ("availability", [-1]),
        ("date_of_birth", TOMORROW),
        ("gender", "q"),
        ("postcode_area", "12"),
        ("municipality", "Atlantis"),
        ("latitude", 60),
    ],
)
def test_invalid_survivor_is_refused_naming_the_field(
    world: World, coordinator_client: Client, field: str, value: Any
) -> None:
    before = Survivor.objects.count(), AuditEvent.objects.count()
    body = valid_survivor() | {field: value}
    response = coordinator_client.post(
        reverse("api:survivor-list"), body, content_type="application/json"
    )
    assert response.status_code == 400, response.content
    data = response.json()
    assert data["code"] == "invalid"
    assert field in data["fields"], data
    assert (Survivor.objects.count(), AuditEvent.objects.count()) == before


@pytest.mark.parametrize(
    ("field", "value"),
    [("capacity", 0), ("capacity", 4), ("vog_issued_on", TOMORROW), ("languages", [])],
)
def test_invalid_buddy_is_refused_naming_the_field(
    world: World, coordinator_client: Client, field: str, value: Any
) -> None:
    before = Buddy.objects.count()
    response = coordinator_client.post(
        reverse("api:buddy-list"), valid_buddy() | {field: value}, content_type="application/json"
    )
    assert response.status_code == 400
    assert field in response.json()["fields"]
    assert Buddy.objects.count() == before


@pytest.mark.parametrize(
    ("route", "body"), [("api:survivor-list", valid_survivor), ("api:buddy-list", valid_buddy)]
)
def test_an_interest_with_a_nul_byte_is_refused_naming_the_field(
    world: World, coordinator_client: Client, route: str, body: Any
) -> None:
    # Found by the fuzzer on PostgreSQL, which cannot even look such a name up: it was a 500.
    before = (Survivor.objects.count(), Buddy.objects.count())
    response = coordinator_client.post(
        reverse(route), body() | {"interests": ["muz\x00iek"]}, content_type="application/json"
    )
    assert response.status_code == 400
    assert "interests" in response.json()["fields"]
    assert (Survivor.objects.count(), Buddy.objects.count()) == before


def test_errors_speak_dutch_by_default_and_english_on_request(
    world: World, coordinator_client: Client
) -> None:
    body = valid_survivor() | {"date_of_birth": TOMORROW}
    url = reverse("api:survivor-list")
    dutch = coordinator_client.post(url, body, content_type="application/json")
    english = coordinator_client.post(
        url, body, content_type="application/json", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert english.json()["fields"]["date_of_birth"] == ["This date cannot be in the future."]
    assert dutch.json()["fields"]["date_of_birth"] != english.json()["fields"]["date_of_birth"]
    assert dutch.json()["message"] != english.json()["message"]


def test_created_survivor_gets_coarse_coordinates_of_her_municipality(
    world: World, coordinator_client: Client
) -> None:
    response = coordinator_client.post(
        reverse("api:survivor-list"), valid_survivor(), content_type="application/json"
    )
    assert response.status_code == 201
    data = response.json()
    assert (data["latitude"], data["longitude"]) == ("53.03", "5.66")
    assert data["availability"] == [4, 10, 20]


def test_precise_coordinates_are_rounded_to_a_hundredth(
    world: World, coordinator_client: Client
) -> None:
    body = valid_survivor() | {"latitude": "53.2049", "longitude": "5.7961"}
    response = coordinator_client.post(
        reverse("api:survivor-list"), body, content_type="application/json"
    )
    assert response.status_code == 201
    assert (response.json()["latitude"], response.json()["longitude"]) == ("53.20", "5.80")


def test_survivor_list_only_shows_own_organisation(world: World) -> None:
    client = Client()
    sign_in(client, world.other_org_coordinator)
    names = [row["pseudonym"] for row in client.get(reverse("api:survivor-list")).json()["results"]]
    assert names == ["Emma"]


def test_survivor_list_filters_by_status_and_search(
    world: World, coordinator_client: Client
) -> None:
    url = reverse("api:survivor-list")
    matched = coordinator_client.get(url, {"status": "matched"}).json()["results"]
    assert [row["pseudonym"] for row in matched] == ["Sanne"]
    found = coordinator_client.get(url, {"q": "lot"}).json()["results"]
    assert [row["pseudonym"] for row in found] == ["Lotte"]


def test_survivor_list_query_count_does_not_grow_with_rows(
    world: World, coordinator_client: Client, django_assert_max_num_queries: Any
) -> None:
    from tests.factories import SurvivorFactory

    SurvivorFactory.create_batch(30, organisation=world.org)
    coordinator_client.get(reverse("api:me"))  # the first request stamps the session
    with django_assert_max_num_queries(6):
        response = coordinator_client.get(reverse("api:survivor-list"))
    assert response.json()["count"] == 32


def test_buddy_list_query_count_does_not_grow_with_rows(
    world: World, coordinator_client: Client, django_assert_max_num_queries: Any
) -> None:
    from tests.factories import BuddyFactory

    BuddyFactory.create_batch(30, organisation=world.org)
    coordinator_client.get(reverse("api:me"))  # the first request stamps the session
    with django_assert_max_num_queries(6):
        response = coordinator_client.get(reverse("api:buddy-list"))
    assert response.json()["count"] == 31


def test_buddy_sees_survivor_summary_without_case_details(world: World) -> None:
    client = Client()
    sign_in(client, world.buddy)
    row = client.get(reverse("api:match-list")).json()["results"][0]
    assert row["survivor"]["pseudonym"] == "Sanne"
    assert row["survivor"]["age_band"] == "18-20"
    forbidden = {"date_of_birth", "municipality", "latitude", "needs", "case_reference"}
    assert not forbidden & set(row["survivor"])
    assert "closing_evaluation" not in row
