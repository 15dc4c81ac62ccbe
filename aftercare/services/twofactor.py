"""Enrolling, checking and resetting the second factor (TOTP on a phone, plus backup codes).

A person enrols by scanning a key into an authenticator app and typing one code back: only then
is the device confirmed, her earlier devices removed and ten single-use backup codes made. The
codes are shown once; only django-otp's copy is kept, to be crossed off when used.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import F
from django_otp import devices_for_user
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from aftercare.choices import Role
from aftercare.errors import Forbidden, OtherOrganisation
from aftercare.models import User
from aftercare.models.audit import AuditAction
from aftercare.services.audit import audit_record
from aftercare.signals import sessions_ended

BACKUP_CODE_COUNT = 10
PHONE = "phone"
BACKUP = "backup"


def _end_sessions(user_id: int) -> None:
    User.objects.filter(pk=user_id).update(session_generation=F("session_generation") + 1)
    transaction.on_commit(lambda: sessions_ended.send(sender=User, user_id=user_id), robust=True)


def totp_device_pending(*, user: User) -> TOTPDevice:
    """The device being enrolled: kept while she scans and types, replaced by none."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("-pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=PHONE, confirmed=False)
    return device


def totp_device_confirmed(*, user: User) -> TOTPDevice | None:
    device: TOTPDevice | None = (
        TOTPDevice.objects.filter(user=user, confirmed=True).order_by("-pk").first()
    )
    return device


@transaction.atomic
def totp_enrolment_confirm(*, user: User, token: str) -> tuple[TOTPDevice, list[str]] | None:
    """Confirm the pending device with a code from the app; return it and new backup codes.

    None when the code is wrong (nothing changes then, and she can try again)."""
    device = (
        TOTPDevice.objects.select_for_update()
        .filter(user=user, confirmed=False)
        .order_by("-pk")
        .first()
    )
    if device is None or not device.verify_token(token.strip().replace(" ", "")):
        return None
    for old in devices_for_user(user, confirmed=None):
        if old.pk != device.pk or not isinstance(old, TOTPDevice):
            old.delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    codes = _backup_codes_replace(user)
    # Sessions elsewhere were opened without this factor: they end. The caller keeps the
    # current one with update_session_auth_hash.
    _end_sessions(user.pk)
    user.refresh_from_db(fields=["session_generation"])
    audit_record(
        actor=user,
        action=AuditAction.UPDATE,
        obj=user,
        organisation_id=user.organisation_id,
        changes=["two_factor"],
    )
    return device, codes


def _backup_codes_replace(user: User) -> list[str]:
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=BACKUP, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODE_COUNT)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


@transaction.atomic
def backup_codes_renew(*, user: User) -> list[str]:
    """New codes for a person who has a confirmed phone; the old codes stop working."""
    if totp_device_confirmed(user=user) is None:
        raise Forbidden(field="two_factor")
    codes = _backup_codes_replace(user)
    audit_record(
        actor=user,
        action=AuditAction.UPDATE,
        obj=user,
        organisation_id=user.organisation_id,
        changes=["backup_codes"],
    )
    return codes


def backup_codes_left(*, user: User) -> int:
    count: int = StaticToken.objects.filter(device__user=user, device__confirmed=True).count()
    return count


@transaction.atomic
def sign_out_everywhere(*, user: User, actor: User | None = None) -> None:
    """End every session of this person, on every device, the current one included."""
    _end_sessions(user.pk)
    user.refresh_from_db(fields=["session_generation"])
    audit_record(
        actor=actor or user,
        action=AuditAction.UPDATE,
        obj=user,
        organisation_id=user.organisation_id,
        changes=["sessions"],
    )


def two_factor_resettable_by(actor: User, target: User) -> bool:
    """A coordinator resets the phone of the people of her organisation (not her own: another
    coordinator or an admin does that, so a stolen login cannot remove its own second factor);
    an admin resets anyone's."""
    if actor.pk == target.pk or not actor.is_active:
        return False
    if actor.role == Role.ADMIN:
        return True
    return (
        actor.role == Role.COORDINATOR
        and target.role != Role.ADMIN
        and actor.organisation_id is not None
        and actor.organisation_id == target.organisation_id
    )


@transaction.atomic
def two_factor_reset(*, actor: User, target: User) -> None:
    """Lost phone: remove her devices and codes and sign her out everywhere. At her next login
    she enrols again (if her role needs it, she cannot do anything before she has)."""
    if not two_factor_resettable_by(actor, target):
        if actor.role == Role.COORDINATOR and actor.organisation_id != target.organisation_id:
            raise OtherOrganisation(field="user")
        raise Forbidden(field="user")
    for device in devices_for_user(target, confirmed=None):
        device.delete()
    _end_sessions(target.pk)
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        obj=target,
        organisation_id=target.organisation_id,
        changes=["two_factor", "sessions"],
    )
