"""Login, password reset, language switch, quick exit and what every page carries."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.test import Client, override_settings
from django.urls import reverse

from tests.auth import sign_in
from tests.conftest import World
from tests.factories import PASSWORD
from tests.frontend.conftest import ClientFor
from tests.frontend.html import parse


def _login_errors(client: Client, email: str, password: str) -> str:
    response = client.post(reverse("login"), {"username": email, "password": password})
    assert response.status_code == 200
    return parse(response.content).by_id("error-summary").text


def test_login_error_does_not_reveal_whether_the_account_exists(
    world: World, client_as: ClientFor
) -> None:
    wrong_password = _login_errors(client_as("anonymous"), "survivor@fier.nl", "not-the-password")
    unknown_account = _login_errors(client_as("anonymous"), "nobody@fier.nl", "not-the-password")
    assert wrong_password == unknown_account
    assert "correct e-mail address and password" in wrong_password


def test_login_keeps_the_address_and_marks_the_fields(world: World, client_as: ClientFor) -> None:
    response = client_as("anonymous").post(
        reverse("login"), {"username": "survivor@fier.nl", "password": "nope"}
    )
    page = parse(response.content)
    email = page.by_id("id_username")
    assert email.attrs["value"] == "survivor@fier.nl"
    assert email.attrs["type"] == "email"
    assert email.attrs["aria-invalid"] == "true"
    assert page.by_id(email.attrs["aria-describedby"]).tag == "li"
    assert "value" not in page.by_id("id_password").attrs


def test_inactive_account_gets_the_same_error(world: World, client_as: ClientFor) -> None:
    world.survivor.is_active = False
    world.survivor.save()
    inactive = _login_errors(client_as("anonymous"), "survivor@fier.nl", PASSWORD)
    unknown = _login_errors(client_as("anonymous"), "nobody@fier.nl", PASSWORD)
    assert inactive == unknown


def test_login_with_the_right_password_goes_home(world: World, client_as: ClientFor) -> None:
    response = client_as("anonymous").post(
        reverse("login"), {"username": "coordinator@fier.nl", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("frontend:home")


def test_password_reset_reveals_nothing(world: World, client_as: ClientFor) -> None:
    known = client_as("anonymous").post(reverse("password_reset"), {"email": "survivor@fier.nl"})
    unknown = client_as("anonymous").post(reverse("password_reset"), {"email": "nobody@fier.nl"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"] == reverse("password_reset_done")
    assert len(mail.outbox) == 1


def test_password_reset_mail_is_neutral_and_works(world: World, client_as: ClientFor) -> None:
    client_as("anonymous").post(reverse("password_reset"), {"email": "survivor@fier.nl"})
    message = mail.outbox[0]
    assert message.subject == "Your new password"
    text = f"{message.subject}\n{message.body}".lower()
    for revealing in ("fier", "nazorg", "aftercare", "loverboy", "buddy", "survivor"):
        assert revealing not in text
    link = re.search(r"http://testserver(/accounts/reset/\S+)", str(message.body))
    assert link is not None
    form_page = client_as("anonymous").get(link.group(1), follow=True)
    assert parse(form_page.content).has_id("id_new_password1")


def test_invalid_reset_link_says_so(client_as: ClientFor) -> None:
    response = client_as("anonymous").get(
        reverse("password_reset_confirm", kwargs={"uidb64": "MQ", "token": "bad-token"})
    )
    assert b"This link no longer works." in response.content


@pytest.mark.parametrize("persona", ["anonymous", "survivor", "other_survivor"])
@override_settings(QUICK_EXIT_URL="https://neutral.example/weer")
def test_quick_exit_is_on_pages_a_survivor_sees(client_as: ClientFor, persona: str) -> None:
    client = client_as(persona)
    urls = (
        [reverse("login"), reverse("password_reset")]
        if persona == "anonymous"
        else [
            reverse("frontend:home"),
            reverse("frontend:profile"),
            "/does-not-exist/",
        ]
    )
    for url in urls:
        page = parse(client.get(url).content)
        button = page.by_id("quick-exit")
        assert button.attrs["href"] == "https://neutral.example/weer"
        assert button.attrs["data-exit-url"] == "https://neutral.example/weer"
        assert "Quick exit" in button.text
        assert page.find("script", src="/static/frontend/quick-exit.js")


def test_quick_exit_signs_a_survivor_out(client_as: ClientFor) -> None:
    button = parse(client_as("survivor").get(reverse("frontend:home")).content).by_id("quick-exit")
    assert button.attrs["data-logout-url"] == reverse("logout")
    assert button.attrs["data-csrf-token"]


@pytest.mark.parametrize("persona", ["coordinator", "buddy", "facilitator", "admin"])
def test_staff_and_volunteers_have_no_quick_exit(client_as: ClientFor, persona: str) -> None:
    assert not parse(client_as(persona).get(reverse("frontend:home")).content).has_id("quick-exit")


@pytest.mark.parametrize("persona", ["anonymous", "survivor"])
def test_survivor_pages_have_a_neutral_title(client_as: ClientFor, persona: str) -> None:
    url = reverse("login") if persona == "anonymous" else reverse("frontend:home")
    assert parse(client_as(persona).get(url).content).find("title").text == "Verder"


PAGES_BY_PERSONA = {
    "anonymous": ["login", "password_reset", "password_reset_done"],
    "survivor": ["frontend:home", "frontend:profile"],
    "buddy": ["frontend:home", "frontend:profile"],
    "facilitator": ["frontend:home"],
    "admin": ["frontend:home"],
    "coordinator": [
        "frontend:home",
        "frontend:survivor-list",
        "frontend:survivor-create",
        "frontend:buddy-list",
        "frontend:buddy-create",
    ],
}


@pytest.mark.parametrize(
    ("persona", "name"), [(p, n) for p, names in PAGES_BY_PERSONA.items() for n in names]
)
def test_page_shell_is_accessible_and_csp_clean(
    client_as: ClientFor, persona: str, name: str
) -> None:
    response = client_as(persona).get(reverse(name))
    assert response.status_code == 200
    assert "script-src 'self'" in response["Content-Security-Policy"]
    page = parse(response.content)
    # The CSP forbids inline code: every script is a file, and no element carries a style.
    assert all(script.attrs.get("src") for script in page.find_all("script"))
    assert not page.find_all("style")
    assert not [
        el for el in page.iter() if "style" in el.attrs or any(a.startswith("on") for a in el.attrs)
    ]
    html = page.find("html")
    assert html.attrs["lang"] == "en"
    assert page.find("a", class_="skip-link").attrs["href"] == "#main"
    assert page.by_id("main").tag == "main"
    assert page.find_all("header")
    assert page.find_all("footer")
    assert len(page.find_all("h1")) == 1
    # Every visible input has a label or is inside a labelled group.
    labelled = {label.attrs.get("for") for label in page.find_all("label")}
    for field in page.find_all("input") + page.find_all("select") + page.find_all("textarea"):
        if field.attrs.get("type") in {"hidden", "submit"}:
            continue
        assert field.attrs.get("id") in labelled, field.attrs
    assert page.find("form", action=reverse("set_language"))


def test_default_language_is_dutch(world: World) -> None:
    page = parse(Client().get(reverse("login")).content)
    assert page.find("html").attrs["lang"] == "nl"


def test_language_switch_changes_the_page_language(world: World) -> None:
    client = Client()
    sign_in(client, world.survivor)
    response = client.post(
        reverse("set_language"), {"language": "en", "next": reverse("frontend:profile")}
    )
    assert response["Location"] == reverse("frontend:profile")
    assert parse(client.get(reverse("frontend:profile")).content).find("html").attrs["lang"] == "en"


def test_the_language_she_switches_to_is_stored_on_her_account(world: World) -> None:
    """Reminders and the chat socket's texts follow `User.language`, not the page's cookie."""
    client = Client()
    sign_in(client, world.survivor)
    client.post(reverse("set_language"), {"language": "en", "next": reverse("frontend:profile")})
    world.survivor.refresh_from_db()
    assert world.survivor.language == "en"
    client.post(reverse("set_language"), {"language": "xx", "next": reverse("frontend:profile")})
    world.survivor.refresh_from_db()
    assert world.survivor.language == "en"


def test_the_language_she_logs_in_with_is_stored_on_her_account(world: World) -> None:
    assert world.survivor.language == "nl"
    client = Client(headers={"accept-language": "en"})
    response = client.post(
        reverse("login"), {"username": world.survivor.email, "password": PASSWORD}
    )
    assert response.status_code == 302
    world.survivor.refresh_from_db()
    assert world.survivor.language == "en"


def test_signed_in_pages_are_not_cached(client_as: ClientFor) -> None:
    response = client_as("survivor").get(reverse("frontend:home"))
    assert "no-store" in response["Cache-Control"]


def test_new_password_errors_are_listed_and_tied_to_the_field(
    world: World, client_as: ClientFor
) -> None:
    client = client_as("anonymous")
    client.post(reverse("password_reset"), {"email": "survivor@fier.nl"})
    link = re.search(r"http://testserver(/accounts/reset/\S+)", str(mail.outbox[0].body))
    assert link is not None
    form_url = client.get(link.group(1))["Location"]
    response = client.post(
        form_url, {"new_password1": "lang-genoeg-wachtwoord-1", "new_password2": "iets anders"}
    )
    page = parse(response.content)
    summary = page.by_id("error-summary")
    assert summary.find("a", href="#id_new_password2")
    assert page.by_id("id_new_password2").attrs["aria-invalid"] == "true"
    assert page.has_id("id_new_password2_error")
