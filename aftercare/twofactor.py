"""Who needs a second factor, and whether a signed-in person has given it.

Coordinators, facilitators and admins see case files of many survivors: for them a password is
not enough (settings.TWO_FACTOR_REQUIRED_ROLES). Buddies and survivors may turn it on; once a
person has a confirmed device, she is asked for it at every login, whatever her role.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django_otp import user_has_device


def requires_two_factor(user: Any) -> bool:
    """True when this person must give a second factor before she sees anything."""
    if not getattr(user, "is_authenticated", False):
        return False
    required: list[str] = settings.TWO_FACTOR_REQUIRED_ROLES
    return user.role in required or user_has_device(user)


def is_verified(user: Any) -> bool:
    verified = getattr(user, "is_verified", None)
    return bool(verified and verified())
