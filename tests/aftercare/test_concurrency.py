"""Two coordinators give away a buddy's last free place at the same moment (PostgreSQL)."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from django.db import connection, connections
from django.test import Client
from django.urls import reverse

from aftercare.choices import Role
from aftercare.models import Match
from tests.auth import sign_in
from tests.factories import BuddyFactory, OrganisationFactory, SurvivorFactory, UserFactory

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="row locks need PostgreSQL (DATABASE_URL)"
    ),
]


def _post_at_once(bodies: list[tuple[Any, dict[str, int]]]) -> list[tuple[int, dict[str, Any]]]:
    barrier = threading.Barrier(len(bodies))
    results: list[tuple[int, dict[str, Any]]] = [(0, {})] * len(bodies)

    def worker(index: int, user: Any, body: dict[str, int]) -> None:
        client = Client()
        sign_in(client, user)
        barrier.wait()
        try:
            response = client.post(reverse("api:match-list"), body, content_type="application/json")
            results[index] = (response.status_code, response.json())
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=worker, args=(i, user, body))
        for i, (user, body) in enumerate(bodies)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return results


@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_requests_for_the_last_place_one_wins_one_conflicts() -> None:
    org = OrganisationFactory.create()
    first = UserFactory.create(organisation=org, role=Role.COORDINATOR)
    second = UserFactory.create(organisation=org, role=Role.COORDINATOR)
    buddy = BuddyFactory.create(organisation=org, capacity=1)
    a, b = SurvivorFactory.create(organisation=org), SurvivorFactory.create(organisation=org)

    for _ in range(5):
        results = _post_at_once(
            [
                (first, {"survivor": a.pk, "buddy": buddy.pk}),
                (second, {"survivor": b.pk, "buddy": buddy.pk}),
            ]
        )
        statuses = sorted(status for status, _ in results)
        assert statuses == [201, 409], results
        loser = next(body for status, body in results if status == 409)
        assert loser["code"] == "buddy_capacity_exceeded"
        assert Match.objects.filter(buddy=buddy).count() == 1
        Match.objects.filter(buddy=buddy).delete()
        a.status = b.status = "waiting"
        a.save()
        b.save()


@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_matches_for_one_survivor_one_wins() -> None:
    org = OrganisationFactory.create()
    coordinator = UserFactory.create(organisation=org, role=Role.COORDINATOR)
    survivor = SurvivorFactory.create(organisation=org)
    buddies = BuddyFactory.create_batch(2, organisation=org, capacity=2)
    results = _post_at_once(
        [(coordinator, {"survivor": survivor.pk, "buddy": buddy.pk}) for buddy in buddies]
    )
    assert sorted(status for status, _ in results) == [201, 409], results
    assert Match.objects.filter(survivor=survivor).count() == 1
