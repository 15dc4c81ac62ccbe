"""Who may open which page: anonymous → login, wrong role → 403, another organisation → 404."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.urls import resolve, reverse

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


# Chat, moderation, agenda and match timeline (issues 4 and 5): every persona, every page.
# 403: the role may not open the page at all; 404: the object is outside her scope.


def _match_conversation_id(w: World) -> int:
    from messaging.services import conversation_for_match

    return conversation_for_match(w.match).pk


def _match_conversation_url(w: World) -> str:
    return reverse("frontend:chat-conversation", args=[_match_conversation_id(w)])


def _group_conversation_url(w: World) -> str:
    from messaging.services import conversation_for_group

    return reverse("frontend:chat-conversation", args=[conversation_for_group(w.group).pk])


def _past_moment_id(w: World) -> int:
    from datetime import timedelta

    from django.utils import timezone

    from aftercare.models import ContactKind, ContactMoment, ContactStatus

    moment = ContactMoment.objects.create(
        organisation=w.org,
        match=w.match,
        kind=ContactKind.MEETING,
        starts_at=timezone.now() - timedelta(hours=1),
        status=ContactStatus.PLANNED,
        status_changed_by=w.buddy,
    )
    return moment.pk


PERSONA_COLUMNS = (
    "survivor",
    "other_survivor",
    "buddy",
    "facilitator",
    "coordinator",
    "other_org_coordinator",
    "admin",
)
CONTACT_PAGES: dict[str, tuple[UrlFor, tuple[int, ...]]] = {
    #                                                  surv oth  bud  fac  coo  oorg adm
    "chat-list": (
        lambda w: reverse("frontend:chat-list"),
        (200, 200, 200, 200, 403, 403, 403),
    ),
    "chat-conversation-match": (
        _match_conversation_url,
        (200, 404, 200, 404, 403, 403, 403),
    ),
    "chat-conversation-group": (
        _group_conversation_url,
        (404, 200, 404, 200, 403, 403, 403),
    ),
    "chat-block": (
        lambda w: reverse("frontend:chat-block", args=[_match_conversation_id(w)]),
        (200, 404, 403, 403, 403, 403, 403),
    ),
    "moderation-queue": (
        lambda w: reverse("frontend:moderation-queue"),
        (403, 403, 403, 403, 200, 200, 403),
    ),
    "alert-list": (
        lambda w: reverse("frontend:alert-list"),
        (403, 403, 403, 403, 200, 200, 403),
    ),
    "agenda": (
        lambda w: reverse("frontend:agenda"),
        (200, 200, 200, 200, 200, 200, 403),
    ),
    "agenda-plan": (
        lambda w: reverse("frontend:agenda-plan"),
        # The other organisation's coordinator has nothing to plan for.
        (403, 403, 200, 200, 200, 403, 403),
    ),
    "agenda-report": (
        lambda w: reverse("frontend:agenda-report", args=[_past_moment_id(w)]),
        (403, 404, 200, 404, 403, 404, 403),
    ),
    "agenda-ics": (
        lambda w: reverse("frontend:agenda-ics", args=[_past_moment_id(w)]),
        (200, 404, 200, 404, 200, 404, 403),
    ),
    "match-timeline": (
        lambda w: reverse("frontend:match-timeline", args=[w.match.pk]),
        (403, 403, 403, 403, 200, 404, 403),
    ),
}


@pytest.mark.parametrize("page", sorted(CONTACT_PAGES))
def test_anonymous_is_sent_to_login_from_contact_pages(
    world: World, client_as: ClientFor, page: str
) -> None:
    url = CONTACT_PAGES[page][0](world)
    response = client_as("anonymous").get(url)
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('login')}?next={url}"


@pytest.mark.parametrize("persona", PERSONA_COLUMNS)
@pytest.mark.parametrize("page", sorted(CONTACT_PAGES))
def test_contact_pages_answer_each_persona(
    world: World, client_as: ClientFor, page: str, persona: str
) -> None:
    url_for, expected = CONTACT_PAGES[page]
    response = client_as(persona).get(url_for(world))
    assert response.status_code == expected[PERSONA_COLUMNS.index(persona)]


CONTACT_POSTS: dict[str, UrlFor] = {
    "chat-send": lambda w: reverse("frontend:chat-send", args=[_match_conversation_id(w)]),
    "chat-block": lambda w: reverse("frontend:chat-block", args=[_match_conversation_id(w)]),
    "chat-report": lambda w: reverse("frontend:chat-report", args=[1]),
    "moderation-release": lambda w: reverse("frontend:moderation-release", args=[1]),
    "moderation-reject": lambda w: reverse("frontend:moderation-reject", args=[1]),
    "alert-acknowledge": lambda w: reverse("frontend:alert-acknowledge", args=[1]),
    "agenda-feed": lambda w: reverse("frontend:agenda-feed"),
    "agenda-confirm": lambda w: reverse("frontend:agenda-confirm", args=[_past_moment_id(w)]),
    "agenda-other-time": lambda w: reverse("frontend:agenda-other-time", args=[_past_moment_id(w)]),
    "worry-acknowledge": lambda w: reverse("frontend:worry-acknowledge", args=[1]),
    "match-status": lambda w: reverse("frontend:match-status", args=[w.match.pk]),
}


@pytest.mark.parametrize("page", sorted(CONTACT_POSTS))
def test_anonymous_posts_to_contact_pages_go_to_login(
    world: World, client_as: ClientFor, page: str
) -> None:
    response = client_as("anonymous").post(CONTACT_POSTS[page](world), {"body": "hoi"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize(
    "page", ["moderation-release", "moderation-reject", "alert-acknowledge", "worry-acknowledge"]
)
@pytest.mark.parametrize("persona", ["survivor", "buddy", "facilitator", "admin"])
def test_only_coordinators_may_post_reviews(
    world: World, client_as: ClientFor, page: str, persona: str
) -> None:
    assert client_as(persona).post(CONTACT_POSTS[page](world)).status_code == 403


def test_match_status_change_refuses_other_roles_and_organisations(
    world: World, client_as: ClientFor
) -> None:
    url = CONTACT_POSTS["match-status"](world)
    data = {"to_status": "paused", "reason": "vakantie"}
    for persona in ("survivor", "buddy", "facilitator", "admin"):
        assert client_as(persona).post(url, data).status_code == 403
    assert client_as("other_org_coordinator").post(url, data).status_code == 404
    world.match.refresh_from_db()
    assert world.match.status == "active"


# Proposals and peer groups (issues 3 and 6): every persona, every page and every action.
# The rows are written directly: who may open what does not depend on what the solver found.


def _buddy_run(w: World) -> int:
    from matching.models import MatchRun, RunStatus

    return MatchRun.objects.create(
        organisation=w.org, started_by=w.coordinator, status=RunStatus.DONE
    ).pk


def _proposal(w: World) -> int:
    from matching.models import MatchProposal

    return MatchProposal.objects.create(
        run_id=_buddy_run(w),
        survivor=w.other_survivor_profile,
        buddy=w.buddy_profile,
        score=50,
        breakdown={"overlap": 20},
    ).pk


def _rejection(w: World) -> int:
    from matching.models import RejectedPair

    return RejectedPair.objects.create(
        organisation=w.org,
        survivor=w.other_survivor_profile,
        buddy=w.buddy_profile,
        reason="Past niet",
        rejected_by=w.coordinator,
    ).pk


def _group_run(w: World) -> int:
    from matching.models import MatchRun, RunKind, RunStatus

    return MatchRun.objects.create(
        organisation=w.org, started_by=w.coordinator, kind=RunKind.GROUPS, status=RunStatus.DONE
    ).pk


def _group_proposal(w: World) -> int:
    from matching.models import GroupProposal

    return GroupProposal.objects.create(
        run_id=_group_run(w), group=w.group, key=f"g-{w.group.pk}", slot=10, language="nl"
    ).pk


def _placement(w: World) -> int:
    from matching.models import PlacementProposal

    return PlacementProposal.objects.create(
        group_proposal_id=_group_proposal(w), survivor=w.survivor_profile
    ).pk


MATCHING_PAGES: dict[str, tuple[UrlFor, tuple[int, ...]]] = {
    #                                                  surv oth  bud  fac  coo  oorg adm
    "proposals": (
        lambda w: reverse("frontend:proposals"),
        (403, 403, 403, 403, 200, 200, 403),
    ),
    "run-detail": (
        lambda w: reverse("frontend:run-detail", args=[_buddy_run(w)]),
        (403, 403, 403, 403, 200, 404, 403),
    ),
    "proposal-reject-form": (
        lambda w: reverse("frontend:proposal-reject", args=[_proposal(w)]),
        (403, 403, 403, 403, 200, 404, 403),
    ),
    "groups": (
        lambda w: reverse("frontend:groups"),
        (403, 403, 200, 200, 200, 200, 403),
    ),
    "group-run-detail": (
        lambda w: reverse("frontend:group-run-detail", args=[_group_run(w)]),
        (403, 403, 403, 403, 200, 404, 403),
    ),
    "placement-reject-form": (
        lambda w: reverse("frontend:placement-reject", args=[_placement(w)]),
        (403, 403, 403, 403, 200, 404, 403),
    ),
}
MATCHING_ACTIONS: dict[str, tuple[UrlFor, tuple[int, ...]]] = {
    #                                                  surv oth  bud  fac  coo  oorg adm
    "run-start": (
        lambda w: reverse("frontend:run-start"),
        (403, 403, 403, 403, 302, 302, 403),
    ),
    "proposal-approve-many": (
        lambda w: f"{reverse('frontend:proposal-approve-many')}?p={_proposal(w)}",
        (403, 403, 403, 403, 302, 302, 403),
    ),
    "proposal-approve": (
        lambda w: reverse("frontend:proposal-approve", args=[_proposal(w)]),
        (403, 403, 403, 403, 302, 404, 403),
    ),
    "proposal-reject": (
        lambda w: reverse("frontend:proposal-reject", args=[_proposal(w)]),
        (403, 403, 403, 403, 302, 404, 403),
    ),
    "rejection-clear": (
        lambda w: reverse("frontend:rejection-clear", args=[_rejection(w)]),
        (403, 403, 403, 403, 302, 404, 403),
    ),
    "group-run-start": (
        lambda w: reverse("frontend:group-run-start"),
        (403, 403, 403, 403, 302, 302, 403),
    ),
    "group-proposal-approve": (
        lambda w: reverse("frontend:group-proposal-approve", args=[_group_proposal(w)]),
        (403, 403, 403, 403, 302, 404, 403),
    ),
    "placement-approve": (
        lambda w: reverse("frontend:placement-approve", args=[_placement(w)]),
        (403, 403, 403, 403, 302, 404, 403),
    ),
    "placement-reject": (
        lambda w: reverse("frontend:placement-reject", args=[_placement(w)]),
        (403, 403, 403, 403, 302, 404, 403),
    ),
}


def _matching_state(w: World) -> tuple[int, ...]:
    """What any refused decision would have changed in the first organisation."""
    from aftercare.models import Match, Membership
    from matching.models import MatchRun, PlacementProposal, RejectedPair

    return (
        MatchRun.objects.filter(organisation=w.org).count(),
        Match.objects.filter(organisation=w.org).count(),
        RejectedPair.objects.filter(organisation=w.org, cleared_at__isnull=True).count(),
        Membership.objects.filter(group__organisation=w.org).count(),
        PlacementProposal.objects.exclude(decision="pending").count(),
    )


@pytest.mark.parametrize("page", sorted({**MATCHING_PAGES, **MATCHING_ACTIONS}))
def test_matching_anonymous_is_sent_to_login(world: World, client_as: ClientFor, page: str) -> None:
    if page in MATCHING_PAGES:
        url = MATCHING_PAGES[page][0](world)
        response = client_as("anonymous").get(url)
    else:
        url = MATCHING_ACTIONS[page][0](world)
        response = client_as("anonymous").post(url, {"reason": "Past niet"})
    assert response.status_code == 302
    assert response["Location"].startswith(f"{reverse('login')}?next=")


@pytest.mark.parametrize("persona", PERSONA_COLUMNS)
@pytest.mark.parametrize("page", sorted(MATCHING_PAGES))
def test_matching_pages_per_persona(
    world: World, client_as: ClientFor, page: str, persona: str
) -> None:
    url_for, expected = MATCHING_PAGES[page]
    response = client_as(persona).get(url_for(world))
    assert response.status_code == expected[PERSONA_COLUMNS.index(persona)]


@pytest.mark.parametrize("persona", PERSONA_COLUMNS)
@pytest.mark.parametrize("action", sorted(MATCHING_ACTIONS))
def test_matching_actions_per_persona(
    world: World, client_as: ClientFor, action: str, persona: str
) -> None:
    url_for, expected = MATCHING_ACTIONS[action]
    url = url_for(world)
    before = _matching_state(world)
    data: dict[str, str] = {"reason": "Past niet"}
    if action == "proposal-approve-many":
        url, _, proposal_id = url.partition("?p=")
        data["proposal"] = proposal_id
    response = client_as(persona).post(url, data)
    assert response.status_code == expected[PERSONA_COLUMNS.index(persona)]
    if persona != "coordinator":
        assert _matching_state(world) == before


@pytest.mark.parametrize("persona", PERSONA_COLUMNS)
@pytest.mark.parametrize("page", sorted(EVERYONE_PAGES))
def test_everyone_signed_in_opens_her_home_and_profile(
    world: World, client_as: ClientFor, page: str, persona: str
) -> None:
    assert client_as(persona).get(EVERYONE_PAGES[page](world)).status_code == 200


# What this module proves, for tests/test_route_completeness.py. Some keys open the same route
# on different objects; they are named after the page they show.
_ROUTE_OF_KEY = {
    "chat-conversation-match": "chat-conversation",
    "chat-conversation-group": "chat-conversation",
    "proposal-reject-form": "proposal-reject",
    "placement-reject-form": "placement-reject",
}
_TESTED: dict[str, UrlFor] = {
    **COORDINATOR_PAGES,
    **EVERYONE_PAGES,
    **{key: url for key, (url, _) in CONTACT_PAGES.items()},
    **{key: url for key, (url, _) in MATCHING_PAGES.items()},
    **{key: url for key, (url, _) in MATCHING_ACTIONS.items()},
}
MATRIX_ROUTES: frozenset[str] = frozenset(f"frontend:{_ROUTE_OF_KEY.get(k, k)}" for k in _TESTED)


def test_matrix_routes_are_the_routes_these_tests_open(world: World) -> None:
    opened = {resolve(url_for(world).partition("?")[0]).view_name for url_for in _TESTED.values()}
    assert opened == MATRIX_ROUTES
