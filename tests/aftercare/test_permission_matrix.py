"""Every API route × every persona. A route that is not listed here fails the suite."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.aftercare.matrix_case import (
    COORDINATORS_CREATE,
    COORDINATORS_OK,
    CREATED,
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
]

# Each app keeps its own cases beside its tests; all of them count for completeness.
MATRIX += matching_matrix.CASES + messaging_matrix.CASES


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
