"""Who needs a second factor, and whether a signed-in person has given it.

Coordinators, facilitators and admins see case files of many survivors: for them a password is
not enough (settings.TWO_FACTOR_REQUIRED_ROLES). Buddies and survivors may turn it on; once a
person has a confirmed device, she is asked for it at every login, whatever her role.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django_otp import user_has_device

HAS_DEVICE_KEY = "verder_has_second_factor"


def role_requires_two_factor(role: str) -> bool:
    """The role alone asks for a second factor (settings.TWO_FACTOR_REQUIRED_ROLES)."""
    required: list[str] = settings.TWO_FACTOR_REQUIRED_ROLES
    return role in required


def requires_two_factor(user: Any, session: Any = None) -> bool:
    """True when this person must give a second factor before she sees anything.

    With a session, whether she has a device is looked up once and kept in it: a device is
    only ever removed by a reset, which also ends all her sessions.
    """
    if not getattr(user, "is_authenticated", False):
        return False
    if role_requires_two_factor(user.role):
        return True
    if session is None:
        return bool(user_has_device(user))
    known = session.get(HAS_DEVICE_KEY)
    if isinstance(known, bool):
        return known
    has_device = bool(user_has_device(user))
    session[HAS_DEVICE_KEY] = has_device
    return has_device


def is_verified(user: Any) -> bool:
    verified = getattr(user, "is_verified", None)
    return bool(verified and verified())


def session_is_verified(user: Any, session: Any) -> bool:
    """For a WebSocket, which has the session but no OTP middleware: did this session give the
    second factor, with a device that still belongs to this person?"""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.models import Device

    persistent_id = session.get(DEVICE_ID_SESSION_KEY) if session is not None else None
    if not persistent_id:
        return False
    device = Device.from_persistent_id(persistent_id)
    return device is not None and device.user_id == user.pk and device.confirmed
