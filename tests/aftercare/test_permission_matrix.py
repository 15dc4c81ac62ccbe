"""Every API route × every persona. A route that is not listed here fails the suite."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from aftercare.models import CalendarFeed, ContactKind, ContactMoment, ContactReport, ContactStatus
from aftercare.services import contact
from tests.aftercare import contact_matrix, privacy_matrix
from tests.aftercare.matrix_case import (
    COORDINATORS_CREATE,
    COORDINATORS_OK,
    CREATED,
    FORBIDDEN,
    NOT_FOUND,
    OK,
    OWN_COORDINATOR_CREATE,
    OWN_COORDINATOR_OK,
    SIGNED_IN_OK,
    Case,
    only,
)
from tests.conftest import PERSONAS, World, client_for
from tests.matching import matrix as matching_matrix
from tests.messaging import matrix as messaging_matrix


def survivor_kwargs(w: World) -> dict[str, Any]:
    return {"survivor_id": w.survivor_profile.pk}


def survivor_body(w: World) -> dict[str, Any]:
    return {
        "pseudonym": "Noor",
        "date_of_birth": "2008-04-02",
        "gender": "f",
        "languages": ["nl"],
        "availability": [4, 10],
        "municipality": "Sneek",
    }


def buddy_body(w: World) -> dict[str, Any]:
    return {
        "first_name": "Marije",
        "date_of_birth": "1990-01-01",
        "gender": "f",
        "languages": ["nl", "en"],
        "availability": [4],
        "municipality": "Drachten",
        "capacity": 2,
    }


def _future() -> str:
    return (timezone.now() + timedelta(days=3)).isoformat()


def proposed_moment(w: World) -> ContactMoment:
    [moment] = contact.contact_plan(
        actor=w.buddy,
        match=w.match,
        kind=ContactKind.MEETING,
        starts_at=timezone.now() + timedelta(days=3),
    )
    return moment


def past_moment(w: World) -> ContactMoment:
    return ContactMoment.objects.create(
        organisation=w.org,
        match=w.match,
        kind=ContactKind.MEETING,
        starts_at=timezone.now() - timedelta(hours=3),
        status=ContactStatus.PLANNED,
        status_changed_by=w.buddy,
    )


def worried_report(w: World) -> ContactReport:
    return contact.contact_report(actor=w.buddy, moment=past_moment(w), happened=True, worried=True)


def feed_token(w: World) -> str:
    return CalendarFeed.objects.create(user=w.buddy).token


MOMENT_READERS = only(
    {
        "coordinator": OK,
        "buddy": OK,
        "survivor": OK,
        "other_survivor": NOT_FOUND,
        "facilitator": NOT_FOUND,
        "other_org_coordinator": NOT_FOUND,
    }
)
MOMENT_PARTICIPANTS = MOMENT_READERS
STAFF_AND_PARTICIPANTS = only({p: OK for p in PERSONAS if p not in {"anonymous", "admin"}})


MATRIX: list[Case] = [
    Case("schema", "get", SIGNED_IN_OK),
    Case("api-docs", "get", SIGNED_IN_OK),
    Case("api:me", "get", SIGNED_IN_OK),
    Case("api:organisation-list", "get", only({"admin": OK})),
    Case(
        "api:organisation-list", "post", only({"admin": CREATED}), body=lambda w: {"name": "Nieuw"}
    ),
    Case(
        "api:account-list",
        "get",
        only({"admin": OK, "coordinator": OK, "other_org_coordinator": OK}),
    ),
    Case(
        "api:account-list",
        "post",
        only({"admin": CREATED, "coordinator": CREATED, "other_org_coordinator": NOT_FOUND}),
        body=lambda w: {"email": "nieuw@fier.nl", "role": "buddy", "organisation": w.org.pk},
    ),
    Case("api:audit-list", "get", COORDINATORS_OK),
    Case("api:interest-list", "get", COORDINATORS_OK),
    Case("api:interest-list", "post", COORDINATORS_CREATE, body=lambda w: {"name": "schaken"}),
    Case("api:survivor-list", "get", COORDINATORS_OK),
    Case("api:survivor-list", "post", COORDINATORS_CREATE, body=survivor_body),
    Case("api:survivor-detail", "get", OWN_COORDINATOR_OK, kwargs=survivor_kwargs),
    Case(
        "api:survivor-detail",
        "patch",
        OWN_COORDINATOR_OK,
        kwargs=survivor_kwargs,
        body=lambda w: {"needs": "Rust en structuur"},
    ),
    Case("api:survivor-consents", "get", OWN_COORDINATOR_OK, kwargs=survivor_kwargs),
    Case(
        "api:survivor-consents",
        "post",
        OWN_COORDINATOR_CREATE,
        kwargs=survivor_kwargs,
        body=lambda w: {
            "scope": "matching",
            "given_on": "2026-01-05",
            "privacy_statement_version": "1",
        },
    ),
    Case("api:survivor-exclusions", "get", OWN_COORDINATOR_OK, kwargs=survivor_kwargs),
    Case(
        "api:survivor-exclusions",
        "post",
        OWN_COORDINATOR_CREATE,
        kwargs=survivor_kwargs,
        body=lambda w: {"other_survivor": w.other_survivor_profile.pk, "reason": "zelfde dader"},
    ),
    Case("api:survivor-contact-bans", "get", OWN_COORDINATOR_OK, kwargs=survivor_kwargs),
    Case(
        "api:survivor-contact-bans",
        "post",
        OWN_COORDINATOR_CREATE,
        kwargs=survivor_kwargs,
        body=lambda w: {"kind": "phone", "value": "0612345678"},
    ),
    Case("api:buddy-list", "get", COORDINATORS_OK),
    Case("api:buddy-list", "post", COORDINATORS_CREATE, body=buddy_body),
    Case(
        "api:buddy-detail",
        "get",
        OWN_COORDINATOR_OK,
        kwargs=lambda w: {"buddy_id": w.buddy_profile.pk},
    ),
    Case(
        "api:buddy-detail",
        "patch",
        OWN_COORDINATOR_OK,
        kwargs=lambda w: {"buddy_id": w.buddy_profile.pk},
        body=lambda w: {"max_km": 12},
    ),
    Case(
        "api:match-list",
        "get",
        only(
            {
                p: OK
                for p in (
                    "coordinator",
                    "other_org_coordinator",
                    "buddy",
                    "survivor",
                    "other_survivor",
                )
            }
        ),
    ),
    Case(
        "api:match-list",
        "post",
        OWN_COORDINATOR_CREATE,
        body=lambda w: {"survivor": w.other_survivor_profile.pk, "buddy": w.buddy_profile.pk},
    ),
    Case(
        "api:match-detail",
        "get",
        only(
            {
                "coordinator": OK,
                "buddy": OK,
                "survivor": OK,
                "other_survivor": NOT_FOUND,
                "other_org_coordinator": NOT_FOUND,
            }
        ),
        kwargs=lambda w: {"match_id": w.match.pk},
    ),
    Case(
        "api:match-transition",
        "post",
        OWN_COORDINATOR_OK,
        kwargs=lambda w: {"match_id": w.match.pk},
        body=lambda w: {"status": "paused"},
    ),
    Case(
        "api:group-list",
        "get",
        only({p: OK for p in PERSONAS if p not in {"anonymous", "admin"}}),
    ),
    Case(
        "api:group-list",
        "post",
        COORDINATORS_CREATE,
        body=lambda w: {"name": "Zaterdaggroep", "slot": 16},
    ),
    Case(
        "api:group-detail",
        "get",
        only(
            {
                "coordinator": OK,
                "facilitator": OK,
                "other_survivor": OK,
                "survivor": NOT_FOUND,
                "buddy": NOT_FOUND,
                "other_org_coordinator": NOT_FOUND,
            }
        ),
        kwargs=lambda w: {"group_id": w.group.pk},
    ),
    Case(
        "api:group-members",
        "post",
        OWN_COORDINATOR_CREATE,
        kwargs=lambda w: {"group_id": w.group.pk},
        body=lambda w: {"survivor": w.survivor_profile.pk},
    ),
    Case("api:moment-list", "get", STAFF_AND_PARTICIPANTS),
    Case(
        "api:moment-list",
        "post",
        only(
            {
                "buddy": CREATED,
                "coordinator": CREATED,
                "other_org_coordinator": NOT_FOUND,
                "facilitator": NOT_FOUND,
            }
        ),
        body=lambda w: {"match": w.match.pk, "kind": "meeting", "starts_at": _future()},
    ),
    Case(
        "api:moment-detail",
        "get",
        MOMENT_READERS,
        kwargs=lambda w: {"moment_id": proposed_moment(w).pk},
    ),
    Case(
        "api:moment-confirm",
        "post",
        MOMENT_READERS | {"buddy": FORBIDDEN},
        kwargs=lambda w: {"moment_id": proposed_moment(w).pk},
    ),
    Case(
        "api:moment-other-time",
        "post",
        MOMENT_PARTICIPANTS,
        kwargs=lambda w: {"moment_id": proposed_moment(w).pk},
    ),
    Case(
        "api:moment-move",
        "post",
        MOMENT_PARTICIPANTS,
        kwargs=lambda w: {"moment_id": proposed_moment(w).pk},
        body=lambda w: {"starts_at": (timezone.now() + timedelta(days=5)).isoformat()},
    ),
    Case(
        "api:moment-cancel",
        "post",
        MOMENT_PARTICIPANTS,
        kwargs=lambda w: {"moment_id": proposed_moment(w).pk},
    ),
    Case(
        "api:moment-report",
        "post",
        MOMENT_READERS | {"coordinator": CREATED, "buddy": CREATED, "survivor": FORBIDDEN},
        kwargs=lambda w: {"moment_id": past_moment(w).pk},
        body=lambda w: {"happened": True},
    ),
    Case(
        "api:moment-ics",
        "get",
        MOMENT_READERS,
        kwargs=lambda w: {"moment_id": proposed_moment(w).pk},
    ),
    Case(
        "api:calendar-feed",
        "post",
        only({p: CREATED for p in STAFF_AND_PARTICIPANTS if STAFF_AND_PARTICIPANTS[p] == OK}),
    ),
    Case(
        "api:calendar-feed",
        "delete",
        only({p: 204 for p in STAFF_AND_PARTICIPANTS if STAFF_AND_PARTICIPANTS[p] == OK}),
    ),
    # The token is the key: a calendar app fetches the feed without a session.
    Case(
        "api:calendar-feed-ics",
        "get",
        {p: OK for p in PERSONAS},
        kwargs=lambda w: {"token": feed_token(w)},
    ),
    Case("api:notification-list", "get", SIGNED_IN_OK),
    Case("api:notification-read", "post", SIGNED_IN_OK),
    Case("api:dashboard", "get", COORDINATORS_OK),
    Case(
        "api:worry-acknowledge",
        "post",
        OWN_COORDINATOR_OK,
        kwargs=lambda w: {"report_id": worried_report(w).pk},
    ),
]

# Each app keeps its own cases beside its tests; all of them count for completeness.
MATRIX += matching_matrix.CASES + messaging_matrix.CASES + contact_matrix.CASES
MATRIX += privacy_matrix.CASES


def _walk(patterns: list[Any], namespace: str = "", prefix: str = "") -> Iterator[tuple[str, str]]:
    for entry in patterns:
        if isinstance(entry, URLResolver):
            inner = (
                f"{namespace}:{entry.namespace}"
                if namespace and entry.namespace
                else (entry.namespace or namespace)
            )
            yield from _walk(entry.url_patterns, inner, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern) and entry.name:
            name = f"{namespace}:{entry.name}" if namespace else entry.name
            yield name, prefix + str(entry.pattern)


def api_routes() -> set[str]:
    return {name for name, path in _walk(get_resolver().url_patterns) if path.startswith("api/")}


def test_every_api_route_is_in_the_matrix() -> None:
    listed = {case.route for case in MATRIX}
    missing = api_routes() - listed
    assert not missing, f"API routes missing from the permission matrix: {sorted(missing)}"
    assert not listed - api_routes(), "The matrix lists routes that do not exist"


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("case", MATRIX, ids=lambda c: f"{c.route}:{c.method}")
def test_permission_matrix(world: World, case: Case, persona: str) -> None:
    client = client_for(world, persona)
    url = reverse(case.route, kwargs=case.kwargs(world))
    call = getattr(client, case.method)
    if case.method == "get":
        response = call(url)
    else:
        response = call(url, data=case.body(world), content_type="application/json")
    expected = case.expected[persona]
    assert response.status_code == expected, (
        f"{persona} {case.method.upper()} {url}: {response.status_code}, expected {expected}: "
        f"{response.content[:300]!r}"
    )
    if expected >= 400 and url.startswith("/api/v1/"):
        assert set(response.json()) == {"code", "message", "fields"}
