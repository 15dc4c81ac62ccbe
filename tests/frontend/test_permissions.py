"""Who may open which page: anonymous → login, wrong role → 403, another organisation → 404."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.urls import reverse

from aftercare.models import AuditEvent, Survivor
from tests.conftest import World
from tests.frontend.conftest import ClientFor

UrlFor = Callable[[World], str]

COORDINATOR_PAGES: dict[str, UrlFor] = {
    "survivor-list": lambda w: reverse("frontend:survivor-list"),
    "survivor-create": lambda w: reverse("frontend:survivor-create"),
    "survivor-file": lambda w: reverse("frontend:survivor-file", args=[w.survivor_profile.pk]),
    "survivor-edit": lambda w: reverse("frontend:survivor-edit", args=[w.survivor_profile.pk]),
    "consent-create": lambda w: reverse("frontend:consent-create", args=[w.survivor_profile.pk]),
    "contact-ban-create": lambda w: reverse(
        "frontend:contact-ban-create", args=[w.survivor_profile.pk]
    ),
    "exclusion-create": lambda w: reverse(
        "frontend:exclusion-create", args=[w.survivor_profile.pk]
    ),
    "buddy-list": lambda w: reverse("frontend:buddy-list"),
    "buddy-create": lambda w: reverse("frontend:buddy-create"),
    "buddy-edit": lambda w: reverse("frontend:buddy-edit", args=[w.buddy_profile.pk]),
}
# Pages about one object of the first organisation.
OBJECT_PAGES = [
    "survivor-file",
    "survivor-edit",
    "consent-create",
    "contact-ban-create",
    "exclusion-create",
    "buddy-edit",
]
OTHER_ROLES = ["survivor", "other_survivor", "buddy", "facilitator", "admin"]
EVERYONE_PAGES: dict[str, UrlFor] = {
    "home": lambda w: reverse("frontend:home"),
    "profile": lambda w: reverse("frontend:profile"),
}


@pytest.mark.parametrize("page", sorted({**COORDINATOR_PAGES, **EVERYONE_PAGES}))
def test_anonymous_is_sent_to_login(world: World, client_as: ClientFor, page: str) -> None:
    url = {**COORDINATOR_PAGES, **EVERYONE_PAGES}[page](world)
    response = client_as("anonymous").get(url)
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('login')}?next={url}"


@pytest.mark.parametrize("persona", OTHER_ROLES)
@pytest.mark.parametrize("page", sorted(COORDINATOR_PAGES))
def test_other_roles_get_403_on_coordinator_pages(
    world: World, client_as: ClientFor, persona: str, page: str
) -> None:
    response = client_as(persona).get(COORDINATOR_PAGES[page](world))
    assert response.status_code == 403


@pytest.mark.parametrize("persona", OTHER_ROLES)
def test_other_roles_cannot_post_a_survivor(
    world: World, client_as: ClientFor, persona: str
) -> None:
    before = Survivor.objects.count()
    response = client_as(persona).post(reverse("frontend:survivor-create"), {"pseudonym": "X"})
    assert response.status_code == 403
    assert Survivor.objects.count() == before


@pytest.mark.parametrize("page", sorted(COORDINATOR_PAGES))
def test_coordinator_opens_every_page_of_her_organisation(
    world: World, client_as: ClientFor, page: str
) -> None:
    assert client_as("coordinator").get(COORDINATOR_PAGES[page](world)).status_code == 200


@pytest.mark.parametrize("page", OBJECT_PAGES)
def test_other_organisation_gets_404_for_objects(
    world: World, client_as: ClientFor, page: str
) -> None:
    response = client_as("other_org_coordinator").get(COORDINATOR_PAGES[page](world))
    assert response.status_code == 404


@pytest.mark.parametrize("page", OBJECT_PAGES)
def test_other_organisation_cannot_post_to_objects(
    world: World, client_as: ClientFor, page: str
) -> None:
    before = AuditEvent.objects.count()
    response = client_as("other_org_coordinator").post(
        COORDINATOR_PAGES[page](world), {"pseudonym": "Overgenomen", "value": "06"}
    )
    assert response.status_code == 404
    assert AuditEvent.objects.count() == before
    world.survivor_profile.refresh_from_db()
    assert world.survivor_profile.pseudonym == "Sanne"


def test_unknown_survivor_is_404(client_as: ClientFor) -> None:
    response = client_as("coordinator").get(reverse("frontend:survivor-file", args=[999999]))
    assert response.status_code == 404


def test_other_organisation_does_not_see_survivors_in_lists(
    world: World, client_as: ClientFor
) -> None:
    content = client_as("other_org_coordinator").get(reverse("frontend:survivor-list")).content
    assert b"Sanne" not in content
    assert b"Emma" in content
    buddies = client_as("other_org_coordinator").get(reverse("frontend:buddy-list")).content
    assert b"Anne" not in buddies
    assert b"Bregje" in buddies


def test_opening_a_file_is_audited(world: World, client_as: ClientFor) -> None:
    survivor = world.survivor_profile
    response = client_as("coordinator").get(reverse("frontend:survivor-file", args=[survivor.pk]))
    assert response.status_code == 200
    event = AuditEvent.objects.get(
        action="view", object_type="survivor", object_id=str(survivor.pk)
    )
    assert event.actor == world.coordinator
    assert event.organisation_id == world.org.pk
    assert event.changes == []


def test_a_refused_file_opening_is_not_audited(world: World, client_as: ClientFor) -> None:
    survivor = world.survivor_profile
    client_as("other_org_coordinator").get(reverse("frontend:survivor-file", args=[survivor.pk]))
    client_as("buddy").get(reverse("frontend:survivor-file", args=[survivor.pk]))
    assert not AuditEvent.objects.filter(action="view").exists()


@pytest.mark.parametrize("persona", ["anonymous", "survivor", "coordinator"])
def test_logout_needs_a_post(client_as: ClientFor, persona: str) -> None:
    assert client_as(persona).get(reverse("logout")).status_code == 405
