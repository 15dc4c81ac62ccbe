"""The OpenAPI schema says what the API answers: regressions of what the fuzzer found
(tests/test_fuzz_api.py). A client generated from the schema must be able to read every answer."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.renderers import OpenApiJsonRenderer

from aftercare.models import PeerGroup
from tests.auth import sign_in
from tests.conftest import World
from tests.factories import BuddyFactory


@pytest.fixture(scope="module")
def openapi() -> dict[str, Any]:
    generator = SchemaGenerator()  # type: ignore[no-untyped-call]
    raw = generator.get_schema(request=None, public=True)  # type: ignore[no-untyped-call]
    loaded: dict[str, Any] = json.loads(OpenApiJsonRenderer().render(raw))
    return loaded


def _ok_schema(openapi: dict[str, Any], path: str, method: str = "get") -> dict[str, Any]:
    responses = openapi["paths"][path][method]["responses"]
    body: dict[str, Any] = next(
        r["content"]["application/json"]["schema"]
        for code, r in responses.items()
        if code.startswith("2")
    )
    if "$ref" in body:
        return dict(openapi["components"]["schemas"][body["$ref"].rsplit("/", 1)[1]])
    return body


def _signed_in(user: Any) -> Client:
    client = Client()
    sign_in(client, user)
    return client


def _lists_without_parameters(openapi: dict[str, Any]) -> list[str]:
    return sorted(
        path
        for path, operations in openapi["paths"].items()
        if "{" not in path
        and "get" in operations
        and "200" in operations["get"]["responses"]
        and "content" in operations["get"]["responses"]["200"]
    )


def test_paged_lists_are_described_as_pages(world: World, openapi: dict[str, Any]) -> None:
    # The lists said "array" while they answer {count, next, previous, results}.
    client = _signed_in(world.coordinator)
    checked = 0
    for path in _lists_without_parameters(openapi):
        body = _ok_schema(openapi, path)
        response = client.get(path)
        if response.status_code != 200:
            continue
        answer = response.json()
        if body.get("type") == "array":
            assert isinstance(answer, list), f"{path}: schema says a list"
        elif "results" in body.get("properties", {}):
            assert set(body["required"]) <= set(answer), f"{path}: {sorted(answer)}"
            assert isinstance(answer["results"], list)
            names = {p["name"] for p in openapi["paths"][path]["get"]["parameters"]}
            assert {"page", "page_size"} <= names, f"{path}: page parameters undocumented"
            checked += 1
    assert checked >= 10


def test_a_list_made_by_a_post_is_not_described_as_a_page(openapi: dict[str, Any]) -> None:
    assert _ok_schema(openapi, "/api/v1/contact-moments/", "post")["type"] == "array"


def test_message_page_documents_latest_seq(openapi: dict[str, Any]) -> None:
    page = _ok_schema(openapi, "/api/v1/conversations/{conversation_id}/messages/")
    assert "latest_seq" in page["required"]


def test_match_schema_fits_what_a_buddy_gets(world: World, openapi: dict[str, Any]) -> None:
    # A buddy gets fewer fields than a coordinator; the schema required the coordinator's.
    required = set(_ok_schema(openapi, "/api/v1/matches/{match_id}/").get("required", []))
    for user in (world.buddy, world.survivor, world.coordinator):
        answer = _signed_in(user).get(f"/api/v1/matches/{world.match.pk}/").json()
        assert required <= set(answer), f"{user.role}: missing {sorted(required - set(answer))}"


def test_a_group_without_facilitator_is_described_and_answered_as_null(
    world: World, openapi: dict[str, Any]
) -> None:
    assert openapi["components"]["schemas"]["GroupOutput"]["properties"]["facilitator"]["nullable"]
    PeerGroup.objects.filter(pk=world.group.pk).update(facilitator=None)
    answer = _signed_in(world.coordinator).get(f"/api/v1/groups/{world.group.pk}/").json()
    assert answer["facilitator"] is None


def test_a_buddy_without_vog_is_described_and_answered_as_null(
    world: World, openapi: dict[str, Any]
) -> None:
    assert openapi["components"]["schemas"]["BuddyOutput"]["properties"]["vog_expires_on"][
        "nullable"
    ]
    buddy = BuddyFactory.create(organisation=world.org, vog_issued_on=None)
    answer = _signed_in(world.coordinator).get(f"/api/v1/buddies/{buddy.pk}/").json()
    assert answer["vog_expires_on"] is None
