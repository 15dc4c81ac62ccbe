"""Guessing passwords gets a lockout that says nothing about whether the account exists."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from tests.conftest import World
from tests.factories import PASSWORD


def attempt(client: Client, email: str, password: str) -> tuple[int, str]:
    response = client.post(reverse("login"), {"username": email, "password": password})
    return response.status_code, response.content.decode()


def test_five_failures_lock_the_account_even_for_the_right_password(world: World) -> None:
    client = Client()
    for _ in range(4):
        status, _body = attempt(client, world.coordinator.email, "fout-wachtwoord")
        assert status == 200
    assert attempt(client, world.coordinator.email, "fout-wachtwoord")[0] == 429
    status, body = attempt(client, world.coordinator.email, PASSWORD)
    assert status == 429
    assert world.coordinator.email not in body
    assert "_auth_user_id" not in client.session


def test_unknown_and_known_addresses_get_the_same_answers(world: World) -> None:
    known, unknown = Client(), Client()
    for _ in range(4):
        known_status, _ = attempt(known, world.buddy.email, "fout")
        unknown_status, _ = attempt(unknown, "niemand@example.nl", "fout")
        assert known_status == unknown_status == 200
    locked_known = attempt(known, world.buddy.email, "fout")
    locked_unknown = attempt(unknown, "niemand@example.nl", "fout")
    assert locked_known == locked_unknown
    assert locked_known[0] == 429


def test_a_successful_login_resets_the_count(world: World) -> None:
    client = Client()
    for _ in range(4):
        attempt(client, world.survivor.email, "fout")
    status, _body = attempt(client, world.survivor.email, PASSWORD)
    assert status == 302
    client.logout()
    for _ in range(4):
        assert attempt(client, world.survivor.email, "fout")[0] == 200
