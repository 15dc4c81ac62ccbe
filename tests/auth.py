"""Signing a test client in the way a real login ends: password checked and, for the roles that
need it, the second factor verified. A plain `force_login` leaves a coordinator half signed in,
and every page then sends her to the two-factor step — as it should."""

from __future__ import annotations

from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from aftercare.models import User
from aftercare.twofactor import requires_two_factor


def verified_device(user: User) -> TOTPDevice:
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="test phone", confirmed=True)
    return device


def sign_in(client: Client, user: User) -> None:
    # The session hash includes the session generation, which services raise in the database.
    user.refresh_from_db(fields=["session_generation"])
    client.force_login(user)
    if requires_two_factor(user):
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = verified_device(user).persistent_id
        session.save()
