"""Two-factor login: a password alone opens nothing for staff, enrolment, the code step, backup
codes, a coordinator's reset for a lost phone, logging out everywhere and the absolute lifetime."""

from __future__ import annotations

import re
import time

import pytest
from django.test import Client
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from aftercare.middleware import SIGNED_IN_KEY
from aftercare.models import AuditEvent, User
from tests.conftest import World
from tests.factories import PASSWORD
from tests.frontend.conftest import ClientFor
from tests.frontend.html import parse

TWO_FACTOR = reverse("frontend:two-factor")
ENROL = reverse("frontend:two-factor-enrol")

MATRIX_ROUTES = frozenset(
    {
        "frontend:two-factor",
        "frontend:two-factor-enrol",
        "frontend:two-factor-backup-codes",
        "frontend:sign-out-everywhere",
        "frontend:team",
        "frontend:team-reset",
    }
)


def code_for(device: TOTPDevice, steps_ahead: int = 0) -> str:
    """What the authenticator app shows now (or a step later: a code is accepted only once)."""
    token = totp(device.bin_key, step=device.step, t0=device.t0, drift=steps_ahead)
    return f"{token:06d}"


def a_minute_later() -> None:
    """A wrong code locks the code step for a moment (django-otp's back-off); time passes."""
    for model in (TOTPDevice, StaticDevice):
        model.objects.update(throttling_failure_count=0, throttling_failure_timestamp=None)


def password_login(email: str) -> Client:
    client = Client(headers={"accept-language": "en"})
    response = client.post(reverse("login"), {"username": email, "password": PASSWORD})
    assert response.status_code == 302
    return client


def enrol(client: Client, user: User) -> list[str]:
    page = client.get(ENROL)
    assert page.status_code == 200
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    response = client.post(ENROL, {"code": code_for(device)})
    assert response.status_code == 200
    return re.findall(r"<li><code>([a-z0-9]+)</code></li>", response.content.decode())


def test_a_coordinator_with_only_her_password_reaches_nothing(world: World) -> None:
    client = password_login("coordinator@fier.nl")
    for url in [reverse("frontend:home"), reverse("frontend:survivor-list")]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(TWO_FACTOR)
    # No phone yet: the code step sends her to set one up, and keeps where she was going.
    response = client.get(f"{TWO_FACTOR}?next=/participants/")
    assert response.status_code == 302
    assert response["Location"] == f"{ENROL}?next=/participants/"
    api = client.get("/api/v1/survivors/")
    assert api.status_code == 403
    assert api.json()["code"] == "two_factor_required"
    # The half-signed-in page shows no menu to pages she cannot open.
    assert "Participants" not in client.get(ENROL).content.decode()


def test_enrolment_shows_a_qr_code_and_the_key_and_needs_a_right_code(world: World) -> None:
    client = password_login("coordinator@fier.nl")
    page = client.get(ENROL)
    html = page.content.decode()
    assert "<svg" in html
    assert 'class="qr-code"' in html
    device = TOTPDevice.objects.get(user=world.coordinator, confirmed=False)
    key = parse(html).by_id("otp-key").text.replace(" ", "")
    assert len(key) == 32
    wrong = client.post(ENROL, {"code": "000000" if code_for(device) != "000000" else "111111"})
    assert wrong.status_code == 200
    assert "This code is not right" in wrong.content.decode()
    device.refresh_from_db()
    assert not device.confirmed
    assert client.get(reverse("frontend:home")).status_code == 302
    letters = client.post(ENROL, {"code": "abc"})
    assert "Type the 6 digits the app shows." in letters.content.decode()


def test_after_enrolment_she_gets_backup_codes_and_is_in(world: World) -> None:
    client = password_login("coordinator@fier.nl")
    codes = enrol(client, world.coordinator)
    assert len(codes) == 10
    assert len(set(codes)) == 10
    assert TOTPDevice.objects.get(user=world.coordinator).confirmed
    assert client.get(reverse("frontend:survivor-list")).status_code == 200
    assert client.get("/api/v1/survivors/").status_code == 200
    assert AuditEvent.objects.filter(object_id=str(world.coordinator.pk), changes=["two_factor"])


def test_next_login_asks_for_the_code_and_accepts_only_the_right_one(world: World) -> None:
    first = password_login("coordinator@fier.nl")
    enrol(first, world.coordinator)
    device = TOTPDevice.objects.get(user=world.coordinator)

    client = password_login("coordinator@fier.nl")
    response = client.get(reverse("frontend:survivor-list"))
    assert response["Location"] == f"{TWO_FACTOR}?next=%2Fparticipants%2F"
    wrong = client.post(TWO_FACTOR, {"code": "12345x", "next": "/participants/"})
    assert "This code is not right" in wrong.content.decode()
    assert client.get(reverse("frontend:survivor-list")).status_code == 302
    key_before = client.session.session_key
    right = client.post(TWO_FACTOR, {"code": code_for(device, 1), "next": "/participants/"})
    assert right.status_code == 302
    assert right["Location"] == "/participants/"
    assert client.session.session_key != key_before
    assert client.get(reverse("frontend:survivor-list")).status_code == 200


def test_a_backup_code_works_once(world: World) -> None:
    codes = enrol(password_login("coordinator@fier.nl"), world.coordinator)
    client = password_login("coordinator@fier.nl")
    assert client.post(TWO_FACTOR, {"code": codes[0].upper()}).status_code == 302
    assert client.get(reverse("frontend:home")).status_code == 200
    again = password_login("coordinator@fier.nl")
    reused = again.post(TWO_FACTOR, {"code": codes[0]})
    assert reused.status_code == 200
    assert "This code is not right" in reused.content.decode()
    assert StaticToken.objects.filter(device__user=world.coordinator).count() == 9


def test_a_password_alone_cannot_enrol_a_new_phone(world: World) -> None:
    enrol(password_login("coordinator@fier.nl"), world.coordinator)
    thief = password_login("coordinator@fier.nl")
    response = thief.get(ENROL)
    assert response.status_code == 302
    assert response["Location"].startswith(TWO_FACTOR)
    assert thief.post(ENROL, {"code": "123456"}).status_code == 302
    assert TOTPDevice.objects.filter(user=world.coordinator).count() == 1


def test_too_many_wrong_codes_are_refused_for_a_while(world: World) -> None:
    enrol(password_login("coordinator@fier.nl"), world.coordinator)
    device = TOTPDevice.objects.get(user=world.coordinator)
    client = password_login("coordinator@fier.nl")
    for _ in range(3):
        client.post(TWO_FACTOR, {"code": "999999" if code_for(device) != "999999" else "888888"})
    response = client.post(TWO_FACTOR, {"code": code_for(device, 1)})
    assert "Too many wrong codes" in response.content.decode()
    assert client.get(reverse("frontend:home")).status_code == 302


def test_a_buddy_needs_no_second_factor_but_may_turn_it_on(world: World) -> None:
    client = password_login("buddy@fier.nl")
    elsewhere = password_login("buddy@fier.nl")
    assert client.get(reverse("frontend:home")).status_code == 200
    profile = client.get(reverse("frontend:profile")).content.decode()
    assert "Set up two-factor login" in profile
    enrol(client, world.buddy)
    # This session goes on; one opened elsewhere with the password alone ends.
    assert client.get(reverse("frontend:home")).status_code == 200
    assert elsewhere.get(reverse("frontend:home"))["Location"].startswith(reverse("login"))
    later = password_login("buddy@fier.nl")
    response = later.get(reverse("frontend:home"))
    assert response.status_code == 302
    assert response["Location"].startswith(TWO_FACTOR)


def test_new_backup_codes_replace_the_old_ones(world: World) -> None:
    client = password_login("coordinator@fier.nl")
    old = enrol(client, world.coordinator)
    response = client.post(reverse("frontend:two-factor-backup-codes"))
    new = re.findall(r"<li><code>([a-z0-9]+)</code></li>", response.content.decode())
    assert len(new) == 10
    assert not set(new) & set(old)
    other = password_login("coordinator@fier.nl")
    assert other.post(TWO_FACTOR, {"code": old[0]}).status_code == 200
    a_minute_later()
    assert other.post(TWO_FACTOR, {"code": new[0]}).status_code == 302


def test_a_coordinator_resets_the_phone_of_a_buddy_who_lost_it(
    world: World, client_as: ClientFor
) -> None:
    buddy_client = password_login("buddy@fier.nl")
    enrol(buddy_client, world.buddy)
    assert buddy_client.get(reverse("frontend:home")).status_code == 200
    coordinator = client_as("coordinator")
    team = coordinator.get(reverse("frontend:team")).content.decode()
    assert "Reset two-factor login of" in team
    response = coordinator.post(reverse("frontend:team-reset", args=[world.buddy.pk]))
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=world.buddy).exists()
    # The lost phone's session is over too.
    assert buddy_client.get(reverse("frontend:home"))["Location"].startswith(reverse("login"))
    assert password_login("buddy@fier.nl").get(reverse("frontend:home")).status_code == 200


def test_reset_is_refused_outside_her_organisation_and_for_herself(
    world: World, client_as: ClientFor
) -> None:
    enrol(password_login("buddy@fier.nl"), world.buddy)
    url = reverse("frontend:team-reset", args=[world.buddy.pk])
    assert client_as("other_org_coordinator").post(url).status_code == 404
    assert client_as("buddy").post(url).status_code == 403
    assert client_as("survivor").post(url).status_code == 403
    assert client_as("anonymous").post(url).status_code == 302
    assert TOTPDevice.objects.filter(user=world.buddy).exists()
    own = reverse("frontend:team-reset", args=[world.coordinator.pk])
    assert client_as("coordinator").post(own).status_code == 403
    assert TOTPDevice.objects.filter(user=world.coordinator).exists()


@pytest.mark.parametrize(
    ("persona", "status"),
    [
        ("anonymous", 302),
        ("coordinator", 200),
        ("other_org_coordinator", 200),
        ("admin", 200),
        ("buddy", 403),
        ("survivor", 403),
        ("other_survivor", 403),
        ("facilitator", 403),
    ],
)
def test_team_page_per_persona(client_as: ClientFor, persona: str, status: int) -> None:
    assert client_as(persona).get(reverse("frontend:team")).status_code == status


def test_team_lists_only_her_own_organisation(world: World, client_as: ClientFor) -> None:
    html = client_as("other_org_coordinator").get(reverse("frontend:team")).content.decode()
    assert "buddy@fier.nl" not in html


@pytest.mark.parametrize(
    "persona", ["coordinator", "buddy", "survivor", "facilitator", "admin", "other_survivor"]
)
def test_account_actions_need_a_post_and_a_login(client_as: ClientFor, persona: str) -> None:
    for name in ["frontend:two-factor-backup-codes", "frontend:sign-out-everywhere"]:
        assert client_as(persona).get(reverse(name)).status_code == 405
        assert client_as("anonymous").post(reverse(name)).status_code == 302


@pytest.mark.parametrize("page", [TWO_FACTOR, ENROL])
def test_code_pages_send_anonymous_people_to_login(client_as: ClientFor, page: str) -> None:
    response = client_as("anonymous").get(page)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_a_verified_person_is_sent_on_from_the_code_step(client_as: ClientFor) -> None:
    response = client_as("coordinator").get(f"{TWO_FACTOR}?next=/participants/")
    assert response.status_code == 302
    assert response["Location"] == "/participants/"
    outside = client_as("coordinator").get(f"{TWO_FACTOR}?next=https://evil.example/")
    assert outside["Location"] == reverse("frontend:home")


def test_log_out_everywhere_ends_every_session(world: World) -> None:
    phone, laptop = password_login("buddy@fier.nl"), password_login("buddy@fier.nl")
    assert laptop.get(reverse("frontend:home")).status_code == 200
    response = phone.post(reverse("frontend:sign-out-everywhere"))
    assert response["Location"].startswith(reverse("login"))
    for client in (phone, laptop):
        assert client.get(reverse("frontend:home"))["Location"].startswith(reverse("login"))
    assert password_login("buddy@fier.nl").get(reverse("frontend:home")).status_code == 200


def test_a_login_ends_after_its_absolute_lifetime(world: World, settings: object) -> None:
    client = password_login("buddy@fier.nl")
    assert client.get(reverse("frontend:home")).status_code == 200
    session = client.session
    lifetime: int = settings.SESSION_ABSOLUTE_LIFETIME  # type: ignore[attr-defined]
    session[SIGNED_IN_KEY] = int(time.time()) - lifetime - 1
    session.save()
    # Active a moment ago, so not idle: still signed out.
    assert client.get(reverse("frontend:home"))["Location"].startswith(reverse("login"))
