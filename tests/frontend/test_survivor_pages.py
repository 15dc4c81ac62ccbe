"""The coordinator's participant pages: intake with inline errors, edit, file, list."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone
from pytest_django import DjangoAssertNumQueries

from aftercare.models import AuditEvent, Interest, Survivor, SurvivorStatus
from aftercare.services import consent_record, contact_ban_add, safety_exclusion_add
from tests.conftest import World
from tests.factories import SurvivorFactory
from tests.frontend.conftest import ClientFor
from tests.frontend.html import parse


def survivor_data(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "pseudonym": "Mila",
        "date_of_birth": "2006-03-14",
        "gender": "f",
        "languages": ["nl", "ar"],
        "availability": ["0", "4", "20"],
        "municipality": "Sneek",
        "postcode_area": "8601",
        "max_km": "20",
        "needs": "Wil graag sporten.",
        "status": "waiting",
        "new_interests": "Tekenen, voetbal",
    }
    data.update(overrides)
    return data


def test_coordinator_registers_a_survivor(world: World, client_as: ClientFor) -> None:
    response = client_as("coordinator").post(reverse("frontend:survivor-create"), survivor_data())
    survivor = Survivor.objects.get(pseudonym="Mila")
    assert response.status_code == 302
    assert response["Location"] == reverse("frontend:survivor-file", args=[survivor.pk])
    assert survivor.organisation == world.org
    assert survivor.availability == [0, 4, 20]
    assert survivor.languages == ["nl", "ar"]
    # The service fills the coarse coordinates from the municipality.
    assert (survivor.latitude, survivor.longitude) == (Decimal("53.03"), Decimal("5.66"))
    assert survivor.waiting_since == timezone.localdate()
    assert sorted(i.name for i in survivor.interests.all()) == ["tekenen", "voetbal"]
    assert set(Interest.objects.filter(name="voetbal").values_list("organisation", flat=True)) == {
        world.org.pk
    }


def test_ticked_interests_are_kept(world: World, client_as: ClientFor) -> None:
    music = Interest.objects.create(organisation=world.org, name="muziek")
    client_as("coordinator").post(
        reverse("frontend:survivor-create"),
        survivor_data(interests=[str(music.pk)], new_interests=""),
    )
    assert list(Survivor.objects.get(pseudonym="Mila").interests.all()) == [music]


def test_future_birth_date_shows_the_error_next_to_the_field(
    world: World, client_as: ClientFor
) -> None:
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()
    response = client_as("coordinator").post(
        reverse("frontend:survivor-create"), survivor_data(date_of_birth=tomorrow)
    )
    assert response.status_code == 200
    assert not Survivor.objects.filter(pseudonym="Mila").exists()
    page = parse(response.content)
    field = page.by_id("id_date_of_birth")
    assert field.attrs["aria-invalid"] == "true"
    assert field.attrs["aria-describedby"] == "id_date_of_birth_error"
    assert page.by_id("id_date_of_birth_error").text == "This date cannot be in the future."
    summary = page.by_id("error-summary")
    link = summary.find("a", href="#id_date_of_birth")
    assert "This date cannot be in the future." in link.text
    assert page.find("title").text.startswith("Error:")


def test_a_failed_submit_keeps_everything_she_typed(world: World, client_as: ClientFor) -> None:
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()
    response = client_as("coordinator").post(
        reverse("frontend:survivor-create"), survivor_data(date_of_birth=tomorrow)
    )
    page = parse(response.content)
    assert page.by_id("id_pseudonym").attrs["value"] == "Mila"
    assert page.by_id("id_date_of_birth").attrs["value"] == tomorrow
    assert page.by_id("id_postcode_area").attrs["value"] == "8601"
    assert page.by_id("id_new_interests").attrs["value"] == "Tekenen, voetbal"
    assert page.by_id("id_needs").text == "Wil graag sporten."
    assert "selected" in page.find("option", value="Sneek").attrs
    checked = {
        el.attrs["value"]
        for el in page.find_all("input", name="availability")
        if "checked" in el.attrs
    }
    assert checked == {"0", "4", "20"}
    languages = {
        el.attrs["value"]
        for el in page.find_all("input", name="languages")
        if "checked" in el.attrs
    }
    assert languages == {"nl", "ar"}
    # Typed interests are only created together with the participant.
    assert not Interest.objects.filter(name="tekenen").exists()


def test_missing_fields_are_all_listed_in_the_summary(client_as: ClientFor) -> None:
    response = client_as("coordinator").post(
        reverse("frontend:survivor-create"), {"status": "intake"}
    )
    page = parse(response.content)
    anchors = {a.attrs["href"] for a in page.by_id("error-summary").find_all("a")}
    assert {
        "#id_pseudonym",
        "#id_date_of_birth",
        "#id_gender_0",
        "#id_languages_0",
        "#id_municipality",
    } <= anchors
    # Choice groups describe their error on the fieldset.
    fieldset = page.by_id("id_languages_error").parent
    assert fieldset is not None
    assert fieldset.tag == "fieldset"
    assert fieldset.attrs["aria-describedby"] == "id_languages_error"


def test_interest_of_another_organisation_is_refused(world: World, client_as: ClientFor) -> None:
    foreign = Interest.objects.create(organisation=world.other_org, name="paardrijden")
    response = client_as("coordinator").post(
        reverse("frontend:survivor-create"), survivor_data(interests=[str(foreign.pk)])
    )
    assert response.status_code == 200
    assert parse(response.content).has_id("id_interests_error")
    assert not Survivor.objects.filter(pseudonym="Mila").exists()


def test_availability_grid_names_every_checkbox(client_as: ClientFor) -> None:
    page = parse(client_as("coordinator").get(reverse("frontend:survivor-create")).content)
    boxes = page.find_all("input", name="availability")
    assert len(boxes) == 21
    labels = {
        label.attrs["for"]: label.text for label in page.find_all("label") if "for" in label.attrs
    }
    assert labels["id_availability_0"] == "Monday morning"
    assert labels["id_availability_20"] == "Sunday evening"
    week = page.find("table", class_="week")
    assert week.parent is not None
    assert week.parent.tag == "fieldset"


def test_edit_form_shows_what_is_on_file_and_audits_the_opening(
    world: World, client_as: ClientFor
) -> None:
    survivor = world.survivor_profile
    response = client_as("coordinator").get(reverse("frontend:survivor-edit", args=[survivor.pk]))
    page = parse(response.content)
    assert page.by_id("id_pseudonym").attrs["value"] == "Sanne"
    checked = {
        el.attrs["value"]
        for el in page.find_all("input", name="availability")
        if "checked" in el.attrs
    }
    assert checked == {str(slot) for slot in survivor.availability}
    assert AuditEvent.objects.filter(action="view", object_id=str(survivor.pk)).count() == 1


def test_edit_saves_only_what_changed(world: World, client_as: ClientFor) -> None:
    survivor = world.survivor_profile
    survivor.refresh_from_db()
    data = survivor_data(
        pseudonym="Sanne",
        date_of_birth=survivor.date_of_birth.isoformat(),
        languages=survivor.languages,
        availability=[str(s) for s in survivor.availability],
        municipality="Leeuwarden",
        postcode_area="",
        max_km=str(survivor.max_km),
        needs="Zoekt rust.",
        status=survivor.status,
        new_interests="",
    )
    response = client_as("coordinator").post(
        reverse("frontend:survivor-edit", args=[survivor.pk]), data
    )
    assert response.status_code == 302
    survivor.refresh_from_db()
    assert survivor.needs == "Zoekt rust."
    event = AuditEvent.objects.get(action="update", object_id=str(survivor.pk))
    assert event.changes == ["needs"]


def test_edit_to_another_municipality_moves_the_coordinates(
    world: World, client_as: ClientFor
) -> None:
    survivor = world.survivor_profile
    data = survivor_data(
        pseudonym="Sanne",
        date_of_birth=survivor.date_of_birth.isoformat(),
        availability=[str(s) for s in survivor.availability],
        municipality="Groningen",
        status=survivor.status,
        new_interests="",
    )
    client_as("coordinator").post(reverse("frontend:survivor-edit", args=[survivor.pk]), data)
    survivor.refresh_from_db()
    assert (survivor.latitude, survivor.longitude) == (Decimal("53.22"), Decimal("6.57"))


def test_file_shows_consent_safety_and_matches(world: World, client_as: ClientFor) -> None:
    survivor = world.survivor_profile
    coordinator = world.coordinator
    consent_record(
        actor=coordinator,
        survivor=survivor,
        scope="matching",
        given_on=timezone.localdate(),
        privacy_statement_version="2024-1",
    )
    safety_exclusion_add(
        actor=coordinator,
        survivor=survivor,
        other_survivor=world.other_survivor_profile,
        reason="Zelfde netwerk",
    )
    contact_ban_add(actor=coordinator, survivor=survivor, kind="phone", value="0612345678")
    page = parse(
        client_as("coordinator").get(reverse("frontend:survivor-file", args=[survivor.pk])).content
    )
    consent = page.find("section", aria_labelledby="consent-title").text
    assert "Matching with a buddy" in consent
    assert "2024-1" in consent
    safety = page.find("section", aria_labelledby="safety-title").text
    assert "Lotte" in safety
    assert "Zelfde netwerk" in safety
    assert "0612345678" in safety
    matches = page.find("section", aria_labelledby="matches-title").text
    assert "Anne" in matches
    assert "Active" in matches


def test_coordinator_records_consent_from_the_file(world: World, client_as: ClientFor) -> None:
    survivor = world.survivor_profile
    url = reverse("frontend:consent-create", args=[survivor.pk])
    response = client_as("coordinator").post(
        url,
        {
            "scope": "messaging",
            "given_on": timezone.localdate().isoformat(),
            "privacy_statement_version": "v3",
        },
    )
    assert response.status_code == 302
    assert survivor.consents.get().scope == "messaging"


def test_guardian_consent_error_from_the_service_is_shown_on_its_field(
    world: World, client_as: ClientFor
) -> None:
    young = SurvivorFactory.create(
        organisation=world.org, date_of_birth=timezone.localdate() - timedelta(days=14 * 365)
    )
    response = client_as("coordinator").post(
        reverse("frontend:consent-create", args=[young.pk]),
        {
            "scope": "processing",
            "given_on": timezone.localdate().isoformat(),
            "privacy_statement_version": "v3",
        },
    )
    assert response.status_code == 200
    page = parse(response.content)
    assert "guardian" in page.by_id("id_guardian_consent_error").text
    assert page.by_id("id_guardian_consent").attrs["aria-invalid"] == "true"
    assert not young.consents.exists()


def test_coordinator_adds_a_contact_ban_and_an_exclusion(
    world: World, client_as: ClientFor
) -> None:
    survivor = world.survivor_profile
    client = client_as("coordinator")
    client.post(
        reverse("frontend:contact-ban-create", args=[survivor.pk]),
        {"kind": "handle", "value": " @jay "},
    )
    client.post(
        reverse("frontend:exclusion-create", args=[survivor.pk]),
        {"other_survivor": str(world.other_survivor_profile.pk), "reason": "Kennen elkaar"},
    )
    assert survivor.contact_bans.get().value == "@jay"
    assert survivor.exclusions.get().other_survivor == world.other_survivor_profile


def test_exclusion_needs_exactly_one_person(world: World, client_as: ClientFor) -> None:
    response = client_as("coordinator").post(
        reverse("frontend:exclusion-create", args=[world.survivor_profile.pk]),
        {
            "other_survivor": str(world.other_survivor_profile.pk),
            "buddy": str(world.buddy_profile.pk),
        },
    )
    assert response.status_code == 200
    assert (
        "Choose either one participant or one buddy."
        in parse(response.content).by_id("error-summary").text
    )
    assert not world.survivor_profile.exclusions.exists()


def test_exclusion_cannot_name_someone_of_another_organisation(
    world: World, client_as: ClientFor
) -> None:
    response = client_as("coordinator").post(
        reverse("frontend:exclusion-create", args=[world.survivor_profile.pk]),
        {"other_survivor": str(world.other_org_survivor_profile.pk)},
    )
    assert parse(response.content).has_id("id_other_survivor_error")
    assert not world.survivor_profile.exclusions.exists()


def _names(response: Any) -> list[str]:
    table = parse(response.content).find_all("table", class_="table")
    if not table:
        return []
    return [row.find("a").text for row in table[0].find_all("th", scope="row")]


def test_list_filters_by_status_municipality_and_pseudonym(
    world: World, client_as: ClientFor
) -> None:
    SurvivorFactory.create(
        organisation=world.org, pseudonym="Noor", municipality="Sneek", status=SurvivorStatus.INTAKE
    )
    SurvivorFactory.create(
        organisation=world.org,
        pseudonym="Noa",
        municipality="Leeuwarden",
        status=SurvivorStatus.WAITING,
    )
    client = client_as("coordinator")
    url = reverse("frontend:survivor-list")
    assert _names(client.get(url)) == ["Lotte", "Noa", "Noor", "Sanne"]
    assert _names(client.get(url, {"status": "intake"})) == ["Noor"]
    assert _names(client.get(url, {"municipality": "Sneek"})) == ["Noor"]
    assert _names(client.get(url, {"q": "no"})) == ["Noa", "Noor"]
    assert _names(client.get(url, {"q": "no", "status": "waiting"})) == ["Noa"]


def test_list_ignores_a_tampered_filter(world: World, client_as: ClientFor) -> None:
    response = client_as("coordinator").get(
        reverse("frontend:survivor-list"), {"status": "<script>"}
    )
    assert response.status_code == 200
    assert _names(response) == ["Lotte", "Sanne"]


def test_list_is_paginated_and_keeps_filters(world: World, client_as: ClientFor) -> None:
    for number in range(30):
        SurvivorFactory.create(
            organisation=world.org, pseudonym=f"Deelnemer {number:02d}", status="waiting"
        )
    client = client_as("coordinator")
    first = client.get(reverse("frontend:survivor-list"), {"status": "waiting"})
    assert len(_names(first)) == 25
    next_link = parse(first.content).find("a", rel="next")
    assert "status=waiting" in next_link.attrs["href"]
    assert "page=2" in next_link.attrs["href"]
    second = client.get(reverse("frontend:survivor-list") + next_link.attrs["href"])
    assert len(_names(second)) == 30 + 2 - 25 - 1  # Lotte is not waiting


@pytest.mark.parametrize("extra", [0, 40])
def test_list_query_count_does_not_grow_with_rows(
    world: World,
    client_as: ClientFor,
    django_assert_num_queries: DjangoAssertNumQueries,
    extra: int,
) -> None:
    for number in range(extra):
        SurvivorFactory.create(organisation=world.org, pseudonym=f"P{number}")
    client = client_as("coordinator")
    # A first request may write the session (idle timeout stamp); measure a later one.
    client.get(reverse("frontend:survivor-list"))
    # session, user, her second-factor device, count, page, interests of the page
    with django_assert_num_queries(6):
        client.get(reverse("frontend:survivor-list"))
