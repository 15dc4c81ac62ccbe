"""The routes anyone may open without signing in, and proof that they reveal nothing.

Everything else redirects an anonymous visitor to the login page (tests/frontend/test_*.py and
the API matrix); these are the deliberate exceptions, listed one by one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from tests.conftest import World
from tests.frontend.conftest import ClientFor

PAGES: dict[str, Callable[[], str]] = {
    "login": lambda: reverse("login"),
    "password_reset": lambda: reverse("password_reset"),
    "password_reset_done": lambda: reverse("password_reset_done"),
    "password_reset_confirm": lambda: reverse(
        "password_reset_confirm", kwargs={"uidb64": "MQ", "token": "bad-token"}
    ),
    "password_reset_complete": lambda: reverse("password_reset_complete"),
}
# Only a POST does anything on these two; both are answered for anyone (see the tests below).
ACTIONS = frozenset({"logout", "set_language"})

MATRIX_ROUTES: frozenset[str] = frozenset(PAGES) | ACTIONS

# What a page for strangers must never show: people, organisations, addresses of the world.
PERSONAL = (
    "Sanne",
    "Lotte",
    "Emma",
    "Bregje",
    "Fier Friesland",
    "Nazorg Utrecht",
    "@fier.nl",
    "@utrecht.nl",
    "@verder.nl",
)


def _page(response: Any) -> str:
    """The page as a visitor compares it: without the per-response CSRF token and its own
    address (the language switch carries it)."""
    text = response.content.decode()
    text = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", text)
    return text.replace(response.wsgi_request.path, "<this page>")


def _revealed(content: bytes) -> list[str]:
    text = content.decode()
    return [word for word in PERSONAL if word in text]


@pytest.mark.parametrize("route", sorted(PAGES))
def test_public_pages_open_without_signing_in_and_name_nobody(
    world: World, client_as: ClientFor, route: str
) -> None:
    response = client_as("anonymous").get(PAGES[route]())
    assert response.status_code == 200
    assert _revealed(response.content) == []
    assert "_auth_user_id" not in response.wsgi_request.session


def test_a_reset_link_for_an_unknown_person_looks_like_any_bad_link(
    world: World, client_as: ClientFor
) -> None:
    unknown = client_as("anonymous").get(
        reverse("password_reset_confirm", kwargs={"uidb64": "OTk5OTk5", "token": "x-y"})
    )
    known_but_wrong = client_as("anonymous").get(
        reverse(
            "password_reset_confirm",
            kwargs={"uidb64": _uid(world.survivor.pk), "token": "x-y"},
        )
    )
    assert unknown.status_code == known_but_wrong.status_code == 200
    assert _page(unknown) == _page(known_but_wrong)


def _uid(pk: int) -> str:
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    return urlsafe_base64_encode(force_bytes(pk))


def test_password_reset_answers_the_same_for_known_and_unknown_addresses(
    world: World, client_as: ClientFor
) -> None:
    answers = []
    for email in ("coordinator@fier.nl", "nobody@fier.nl"):
        client = client_as("anonymous")
        sent = client.post(reverse("password_reset"), {"email": email})
        done = client.get(sent["Location"])
        answers.append((sent.status_code, sent["Location"], _page(done)))
    assert answers[0] == answers[1]


def test_set_language_works_for_strangers_and_never_leaves_the_site(client_as: ClientFor) -> None:
    client = client_as("anonymous")
    response = client.post(reverse("set_language"), {"language": "en", "next": "/accounts/login/"})
    assert (response.status_code, response["Location"]) == (302, "/accounts/login/")
    elsewhere = client.post(
        reverse("set_language"), {"language": "en", "next": "https://evil.example/"}
    )
    assert elsewhere.status_code == 302
    assert elsewhere["Location"] == "/"


@pytest.mark.parametrize("persona", ["anonymous", "survivor", "coordinator"])
def test_logout_only_acts_on_a_post(client_as: ClientFor, persona: str) -> None:
    client = client_as(persona)
    assert client.get(reverse("logout")).status_code == 405
    assert client.get(reverse("frontend:profile")).status_code == (
        302 if persona == "anonymous" else 200
    )
    response = client.post(reverse("logout"))
    assert response.status_code in {200, 302}
    after = client.get(reverse("frontend:profile"))
    assert after.status_code == 302
    assert after["Location"].startswith(reverse("login"))


def test_login_page_sends_a_signed_in_person_home(client_as: ClientFor) -> None:
    response = client_as("survivor").get(reverse("login"))
    assert response.status_code == 302
    assert response["Location"] == reverse("frontend:home")


def test_api_schema_is_not_public() -> None:
    # The schema lists every endpoint: only for people who are signed in (see the API matrix).
    for name in ("schema", "api-docs"):
        assert Client().get(reverse(name)).status_code in {401, 403}
