from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any, TypeVar

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from aftercare.errors import Conflict, Forbidden, OtherOrganisation
from aftercare.models import (
    Buddy,
    BuddyStatus,
    Consent,
    ContactBan,
    Interest,
    Organisation,
    SafetyExclusion,
    Survivor,
    SurvivorStatus,
    User,
)
from aftercare.models.audit import AuditAction
from aftercare.places import coordinates_of, round_coordinate
from aftercare.services.audit import audit_record
from aftercare.validators import unique_sorted

PersonT = TypeVar("PersonT", Survivor, Buddy)

# Screening steps that must be done before a buddy may be approved.
SCREENING_FIELDS = (
    "vog_issued_on",
    "training_completed_on",
    "intake_interview_on",
    "code_of_conduct_signed_on",
)


def tenant_of(actor: User) -> Organisation:
    """The organisation a staff member writes into; an admin without one writes no case data."""
    if actor.organisation is None:
        raise Forbidden()
    return actor.organisation


def _apply_location(person: Survivor | Buddy) -> None:
    if (person.latitude is None or person.longitude is None) and person.municipality:
        found = coordinates_of(person.municipality)
        if found is None:
            raise ValidationError(
                {"municipality": [_("Unknown municipality; enter the coordinates instead.")]}
            )
        person.latitude, person.longitude = found
    if person.latitude is not None:
        person.latitude = round_coordinate(person.latitude)
    if person.longitude is not None:
        person.longitude = round_coordinate(person.longitude)


def _normalise_lists(person: Survivor | Buddy) -> None:
    if isinstance(person.languages, list):
        person.languages = list(dict.fromkeys(person.languages))
    if isinstance(person.availability, list) and all(
        isinstance(s, int) for s in person.availability
    ):
        person.availability = unique_sorted(person.availability)


def _check_interests(person: Survivor | Buddy, interests: Iterable[Interest]) -> list[Interest]:
    chosen = list(interests)
    if any(interest.organisation_id != person.organisation_id for interest in chosen):
        raise OtherOrganisation(_("Unknown interest."), field="interests")
    return chosen


def _save_person(
    person: PersonT,
    *,
    actor: User,
    interests: Iterable[Interest] | None,
    created: bool,
    changed: Iterable[str],
) -> PersonT:
    _apply_location(person)
    _normalise_lists(person)
    person.full_clean()
    chosen = None if interests is None else _check_interests(person, interests)
    person.save()
    if chosen is not None:
        person.interests.set(chosen)
    audit_record(
        actor=actor,
        action=AuditAction.CREATE if created else AuditAction.UPDATE,
        obj=person,
        organisation_id=person.organisation_id,
        changes=changed,
    )
    return person


@transaction.atomic
def survivor_create(*, actor: User, interests: Iterable[Interest] = (), **fields: Any) -> Survivor:
    survivor = Survivor(organisation=tenant_of(actor), **fields)
    if survivor.status == SurvivorStatus.WAITING and survivor.waiting_since is None:
        survivor.waiting_since = timezone.localdate()
    return _save_person(survivor, actor=actor, interests=interests, created=True, changed=fields)


@transaction.atomic
def survivor_update(
    *, actor: User, survivor: Survivor, interests: Iterable[Interest] | None = None, **fields: Any
) -> Survivor:
    survivor = Survivor.objects.select_for_update().get(pk=survivor.pk)
    if survivor.erased_at is not None:
        # An erased file only counts; writing personal data into it again would undo the erasure.
        raise Conflict(_("The data of this participant has been erased."))
    if "municipality" in fields and "latitude" not in fields:
        survivor.latitude = survivor.longitude = None  # type: ignore[assignment]
    for name, value in fields.items():
        setattr(survivor, name, value)
    if survivor.status == SurvivorStatus.WAITING and survivor.waiting_since is None:
        survivor.waiting_since = timezone.localdate()
    changed = list(fields) + (["interests"] if interests is not None else [])
    return _save_person(survivor, actor=actor, interests=interests, created=False, changed=changed)


def _check_buddy_status(buddy: Buddy) -> None:
    if buddy.status in {BuddyStatus.APPROVED, BuddyStatus.ACTIVE}:
        missing = [name for name in SCREENING_FIELDS if getattr(buddy, name) is None]
        if missing:
            raise ValidationError(
                {
                    "status": [
                        _("Screening is not complete: %(steps)s.")
                        % {
                            "steps": ", ".join(
                                str(getattr(Buddy._meta.get_field(name), "verbose_name", name))
                                for name in missing
                            )
                        }
                    ]
                }
            )
        if buddy.vog_state() == "expired":
            raise ValidationError({"vog_issued_on": [_("The VOG has expired.")]})


@transaction.atomic
def buddy_create(*, actor: User, interests: Iterable[Interest] = (), **fields: Any) -> Buddy:
    buddy = Buddy(organisation=tenant_of(actor), **fields)
    _check_buddy_status(buddy)
    return _save_person(buddy, actor=actor, interests=interests, created=True, changed=fields)


@transaction.atomic
def buddy_update(
    *, actor: User, buddy: Buddy, interests: Iterable[Interest] | None = None, **fields: Any
) -> Buddy:
    buddy = Buddy.objects.select_for_update().select_related("organisation").get(pk=buddy.pk)
    if "municipality" in fields and "latitude" not in fields:
        buddy.latitude = buddy.longitude = None  # type: ignore[assignment]
    for name, value in fields.items():
        setattr(buddy, name, value)
    _check_buddy_status(buddy)
    changed = list(fields) + (["interests"] if interests is not None else [])
    return _save_person(buddy, actor=actor, interests=interests, created=False, changed=changed)


@transaction.atomic
def consent_record(
    *,
    actor: User,
    survivor: Survivor,
    scope: str,
    given_on: date,
    privacy_statement_version: str,
    guardian_consent: bool = False,
) -> Consent:
    consent = Consent(
        survivor=survivor,
        scope=scope,
        given_on=given_on,
        privacy_statement_version=privacy_statement_version,
        guardian_consent=guardian_consent,
        recorded_by=actor,
    )
    consent.full_clean(exclude=["recorded_by"])
    if given_on > timezone.localdate():
        raise ValidationError({"given_on": [_("This date cannot be in the future.")]})
    if survivor.needs_guardian_consent and not guardian_consent:
        raise ValidationError(
            {"guardian_consent": [_("A participant under 16 needs the consent of a guardian.")]}
        )
    consent.save()
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        obj=consent,
        organisation_id=survivor.organisation_id,
        changes=["scope", "given_on", "privacy_statement_version", "guardian_consent"],
    )
    return consent


@transaction.atomic
def safety_exclusion_add(
    *,
    actor: User,
    survivor: Survivor,
    other_survivor: Survivor | None = None,
    buddy: Buddy | None = None,
    reason: str = "",
) -> SafetyExclusion:
    for other in (other_survivor, buddy):
        if other is not None and other.organisation_id != survivor.organisation_id:
            raise OtherOrganisation(field="other_survivor" if other is other_survivor else "buddy")
    if (other_survivor is None) == (buddy is None):
        raise ValidationError({"buddy": [_("Name exactly one participant or one buddy.")]})
    if other_survivor is not None and other_survivor.pk == survivor.pk:
        raise ValidationError({"other_survivor": [_("A participant cannot exclude herself.")]})
    exclusion = SafetyExclusion.objects.create(
        survivor=survivor,
        other_survivor=other_survivor,
        buddy=buddy,
        reason=reason,
        created_by=actor,
    )
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        obj=exclusion,
        organisation_id=survivor.organisation_id,
        changes=["exclusion"],
    )
    return exclusion


@transaction.atomic
def contact_ban_add(
    *, actor: User, survivor: Survivor, kind: str, value: str, note: str = ""
) -> ContactBan:
    ban = ContactBan(survivor=survivor, kind=kind, value=value.strip(), note=note, created_by=actor)
    ban.full_clean(exclude=["created_by"])
    ban.save()
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        obj=ban,
        organisation_id=survivor.organisation_id,
        changes=["contact_ban"],
    )
    return ban


@transaction.atomic
def interest_create(*, actor: User, name: str) -> Interest:
    interest, _created = Interest.objects.get_or_create(
        organisation_id=actor.organisation_id, name=name.strip().lower()
    )
    return interest
