"""Data-rights pages: export download, erasure with confirmation, consent withdrawal, retention
settings, the access log on a file and the survivor's own "my data" page."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from django.urls import reverse
from django.utils import timezone

from aftercare.models import AuditEvent, Consent, Survivor, User
from aftercare.models.audit import AuditAction
from aftercare.services import consent_record, contact_ban_add, survivor_file_open
from tests.conftest import World
from tests.frontend.conftest import ClientFor
from tests.frontend.html import parse

MATRIX_ROUTES = frozenset(
    {
        "frontend:survivor-export",
        "frontend:survivor-erase",
        "frontend:consent-withdraw",
        "frontend:retention",
        "frontend:my-data",
    }
)

UrlFor = Callable[[World], str]


def consent(world: World, scope: str = "processing") -> Consent:
    return consent_record(
        actor=world.coordinator,
        survivor=world.survivor_profile,
        scope=scope,
        given_on=timezone.localdate(),
        privacy_statement_version="2026-1",
    )


def withdraw_url(world: World) -> str:
    return reverse(
        "frontend:consent-withdraw",
        kwargs={"survivor_id": world.survivor_profile.pk, "consent_id": consent(world).pk},
    )


COORDINATOR_PAGES: dict[str, UrlFor] = {
    "survivor-export": lambda w: reverse("frontend:survivor-export", args=[w.survivor_profile.pk]),
    "survivor-erase": lambda w: reverse("frontend:survivor-erase", args=[w.survivor_profile.pk]),
    "consent-withdraw": withdraw_url,
    "retention": lambda w: reverse("frontend:retention"),
}
OBJECT_PAGES = ["survivor-export", "survivor-erase", "consent-withdraw"]
NOT_COORDINATORS = ["survivor", "other_survivor", "buddy", "facilitator", "admin"]
MY_DATA = "my-data"


@pytest.mark.parametrize("page", [*sorted(COORDINATOR_PAGES), MY_DATA])
def test_anonymous_is_sent_to_login(world: World, client_as: ClientFor, page: str) -> None:
    url = reverse("frontend:my-data") if page == MY_DATA else COORDINATOR_PAGES[page](world)
    response = client_as("anonymous").get(url)
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('login')}?next={url}"


@pytest.mark.parametrize("persona", NOT_COORDINATORS)
@pytest.mark.parametrize("page", sorted(COORDINATOR_PAGES))
def test_other_roles_get_403(world: World, client_as: ClientFor, persona: str, page: str) -> None:
    assert client_as(persona).get(COORDINATOR_PAGES[page](world)).status_code == 403


@pytest.mark.parametrize("page", OBJECT_PAGES)
def test_another_organisation_gets_404(world: World, client_as: ClientFor, page: str) -> None:
    assert client_as("other_org_coordinator").get(COORDINATOR_PAGES[page](world)).status_code == 404


@pytest.mark.parametrize("page", sorted(COORDINATOR_PAGES))
def test_her_coordinator_opens_every_page(world: World, client_as: ClientFor, page: str) -> None:
    assert client_as("coordinator").get(COORDINATOR_PAGES[page](world)).status_code == 200


@pytest.mark.parametrize("persona", ["buddy", "facilitator", "coordinator", "admin"])
def test_my_data_is_for_survivors_only(world: World, client_as: ClientFor, persona: str) -> None:
    assert client_as(persona).get(reverse("frontend:my-data")).status_code == 403


def test_another_organisation_cannot_post_an_erasure(world: World, client_as: ClientFor) -> None:
    response = client_as("other_org_coordinator").post(
        reverse("frontend:survivor-erase", args=[world.survivor_profile.pk]),
        {"confirm_pseudonym": "Sanne", "understood": "on"},
    )
    assert response.status_code == 404
    assert Survivor.objects.get(pk=world.survivor_profile.pk).pseudonym == "Sanne"


# --- export ---------------------------------------------------------------------------------


def test_file_page_offers_the_download_and_it_holds_the_decrypted_ban(
    world: World, client_as: ClientFor
) -> None:
    contact_ban_add(
        actor=world.coordinator, survivor=world.survivor_profile, kind="phone", value="0612345678"
    )
    client = client_as("coordinator")
    page = parse(
        client.get(reverse("frontend:survivor-file", args=[world.survivor_profile.pk])).content
    )
    export_url = reverse("frontend:survivor-export", args=[world.survivor_profile.pk])
    [link] = [a for a in page.find_all("a") if a.attrs.get("href") == export_url]
    assert "download" in link.attrs
    response = client.get(export_url)
    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)
    assert data["contact_bans"][0]["value"] == "0612345678"
    assert AuditEvent.objects.filter(action=AuditAction.EXPORT).count() == 1


# --- erasure --------------------------------------------------------------------------------


def test_erasure_needs_the_pseudonym_typed(world: World, client_as: ClientFor) -> None:
    url = reverse("frontend:survivor-erase", args=[world.survivor_profile.pk])
    response = client_as("coordinator").post(
        url, {"confirm_pseudonym": "Lotte", "understood": "on"}
    )
    assert response.status_code == 200
    page = parse(response.content)
    assert page.by_id("id_confirm_pseudonym").attrs["aria-invalid"] == "true"
    assert Survivor.objects.get(pk=world.survivor_profile.pk).pseudonym == "Sanne"


def test_erasure_needs_the_checkbox(world: World, client_as: ClientFor) -> None:
    url = reverse("frontend:survivor-erase", args=[world.survivor_profile.pk])
    client_as("coordinator").post(url, {"confirm_pseudonym": "Sanne"})
    assert Survivor.objects.get(pk=world.survivor_profile.pk).pseudonym == "Sanne"


def test_confirmed_erasure_removes_her_and_returns_to_the_list(
    world: World, client_as: ClientFor
) -> None:
    client = client_as("coordinator")
    response = client.post(
        reverse("frontend:survivor-erase", args=[world.survivor_profile.pk]),
        {"confirm_pseudonym": "Sanne", "understood": "on"},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == reverse("frontend:survivor-list")
    assert "The data of this participant has been erased." in response.content.decode()
    assert "Sanne" not in response.content.decode()
    assert not Survivor.objects.filter(pseudonym="Sanne").exists()
    # Her file shows that it was erased and offers no second erasure.
    file = client.get(reverse("frontend:survivor-file", args=[world.survivor_profile.pk]))
    assert "was erased on" in file.content.decode()
    erase_url = reverse("frontend:survivor-erase", args=[world.survivor_profile.pk])
    assert erase_url not in file.content.decode()
    assert client.get(erase_url).status_code == 404


# --- consent withdrawal ---------------------------------------------------------------------


def test_withdrawing_processing_consent_hides_her_and_marks_her_file(
    world: World, client_as: ClientFor
) -> None:
    client = client_as("coordinator")
    url = withdraw_url(world)
    assert "All processing of her data stops" in client.get(url).content.decode()
    response = client.post(url)
    assert response["Location"] == reverse(
        "frontend:survivor-file", args=[world.survivor_profile.pk]
    )
    file = parse(
        client.get(reverse("frontend:survivor-file", args=[world.survivor_profile.pk])).content
    )
    assert "Processing stopped" in file.by_id("processing-stopped").text
    listed = client.get(reverse("frontend:survivor-list")).content.decode()
    assert "Sanne" not in listed
    assert "Lotte" in listed
    stopped = client.get(reverse("frontend:survivor-list") + "?processing=stopped")
    assert "Sanne" in stopped.content.decode()
    assert "Lotte" not in stopped.content.decode()


def test_file_page_links_withdrawal_for_active_consents_only(
    world: World, client_as: ClientFor
) -> None:
    given = consent(world, "messaging")
    client = client_as("coordinator")
    file_url = reverse("frontend:survivor-file", args=[world.survivor_profile.pk])
    url = reverse(
        "frontend:consent-withdraw",
        kwargs={"survivor_id": world.survivor_profile.pk, "consent_id": given.pk},
    )
    assert url in client.get(file_url).content.decode()
    client.post(url)
    assert url not in client.get(file_url).content.decode()
    assert client.get(url).status_code == 404


def test_a_consent_of_another_survivor_is_not_found_under_her_file(
    world: World, client_as: ClientFor
) -> None:
    lotte_consent = world.other_survivor_profile.consents.get()
    url = reverse(
        "frontend:consent-withdraw",
        kwargs={"survivor_id": world.survivor_profile.pk, "consent_id": lotte_consent.pk},
    )
    assert client_as("coordinator").post(url).status_code == 404
    lotte_consent.refresh_from_db()
    assert lotte_consent.withdrawn_at is None


# --- retention ------------------------------------------------------------------------------


def test_coordinator_changes_the_retention_periods(world: World, client_as: ClientFor) -> None:
    client = client_as("coordinator")
    page = parse(client.get(reverse("frontend:retention")).content)
    assert page.by_id("id_message_retention_months").attrs["value"] == "12"
    response = client.post(
        reverse("frontend:retention"),
        {"message_retention_months": "6", "closed_case_retention_months": "36"},
    )
    assert response.status_code == 302
    world.org.refresh_from_db()
    assert (world.org.message_retention_months, world.org.closed_case_retention_months) == (6, 36)


def test_a_zero_retention_period_is_refused_next_to_the_field(
    world: World, client_as: ClientFor
) -> None:
    response = client_as("coordinator").post(
        reverse("frontend:retention"),
        {"message_retention_months": "0", "closed_case_retention_months": "24"},
    )
    assert response.status_code == 200
    assert parse(response.content).by_id("id_message_retention_months").attrs["aria-invalid"] == (
        "true"
    )
    world.org.refresh_from_db()
    assert world.org.message_retention_months == 12


# --- access log -----------------------------------------------------------------------------


def test_survivor_sees_which_role_opened_her_file_never_the_name(
    world: World, client_as: ClientFor
) -> None:
    User.objects.filter(pk=world.coordinator.pk).update(display_name="Marieke de Vries")
    survivor_file_open(actor=world.coordinator, survivor=world.survivor_profile)
    client = client_as("survivor")
    home = parse(client.get(reverse("frontend:home")).content)
    assert home.by_id("my-data-link").attrs["href"] == reverse("frontend:my-data")
    page = client.get(reverse("frontend:my-data"))
    text = parse(page.content).by_id("access-log").text
    assert "A coordinator opened your file on" in text
    assert "coordinator" in text.lower()
    assert "Marieke" not in page.content.decode()


def test_survivor_does_not_see_another_girls_log(world: World, client_as: ClientFor) -> None:
    survivor_file_open(actor=world.coordinator, survivor=world.other_survivor_profile)
    page = client_as("survivor").get(reverse("frontend:my-data")).content.decode()
    assert "opened your file" not in page


def test_file_page_shows_its_recent_access_log(world: World, client_as: ClientFor) -> None:
    User.objects.filter(pk=world.coordinator.pk).update(display_name="Marieke de Vries")
    client = client_as("coordinator")
    client.get(reverse("frontend:survivor-file", args=[world.survivor_profile.pk]))
    page = parse(
        client.get(reverse("frontend:survivor-file", args=[world.survivor_profile.pk])).content
    )
    log = page.by_id("access-log").text
    assert "A coordinator opened your file" in log
    assert "Marieke" not in log


@pytest.mark.parametrize(
    ("persona", "status"), [("buddy", 403), ("survivor", 403), ("other_org_coordinator", 404)]
)
def test_a_refused_withdrawal_changes_nothing(
    world: World, client_as: ClientFor, persona: str, status: int
) -> None:
    url = withdraw_url(world)
    assert client_as(persona).post(url).status_code == status
    assert not Consent.objects.filter(withdrawn_at__isnull=False).exists()


@pytest.mark.parametrize("persona", ["buddy", "survivor", "facilitator", "admin"])
def test_a_refused_retention_change_changes_nothing(
    world: World, client_as: ClientFor, persona: str
) -> None:
    response = client_as(persona).post(
        reverse("frontend:retention"),
        {"message_retention_months": "1", "closed_case_retention_months": "1"},
    )
    assert response.status_code == 403
    world.org.refresh_from_db()
    assert world.org.message_retention_months == 12
