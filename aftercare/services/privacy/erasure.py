"""Erasure of one survivor's personal data, keeping what only counts (AVG art. 17)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from aftercare.errors import Conflict
from aftercare.models import (
    CalendarFeed,
    CloseReason,
    Consent,
    ContactBan,
    ContactMoment,
    ContactReport,
    Match,
    MatchEvent,
    MatchStatus,
    Membership,
    MembershipStatus,
    Notification,
    Reminder,
    SafetyExclusion,
    Survivor,
    SurvivorStatus,
    User,
)
from aftercare.models.audit import AuditAction
from aftercare.services.audit import audit_record
from aftercare.services.privacy.base import (
    ERASED_PSEUDONYM,
    ERASURE_EVENT_REASON,
    AlreadyErased,
    ErasureReason,
    InvalidErasureReason,
    _check_coordinator,
    _providers,
)
from aftercare.services.relations import match_transition, membership_leave
from aftercare.signals import sessions_ended


def _close_open_matches(*, actor: User, survivor: Survivor, event_reason: str) -> list[Match]:
    closed = []
    for match in Match.objects.filter(survivor=survivor).exclude(status=MatchStatus.CLOSED):
        closed.append(
            match_transition(
                actor=actor,
                match=match,
                to_status=MatchStatus.CLOSED,
                reason=event_reason,
                close_reason=CloseReason.SURVIVOR_STOPPED,
            )
        )
    return closed


def _leave_groups(*, actor: User | None, survivor: Survivor) -> None:
    for membership in survivor.memberships.filter(status=MembershipStatus.ACTIVE):
        if actor is not None:
            membership_leave(actor=actor, membership=membership)
        else:
            Membership.objects.filter(pk=membership.pk).update(
                status=MembershipStatus.LEFT, left_at=timezone.now()
            )


def _coarse(value: Decimal) -> Decimal:
    # About 10 km: a region for statistics, no longer a neighbourhood.
    return value.quantize(Decimal("0.1"))


def _erase_account(user: User) -> None:
    user.is_active = False
    # Raising the generation ends every session of hers, on every device, at once.
    user.session_generation += 1
    user.email = f"verwijderd-{user.pk}@verder.invalid"
    user.display_name = ""
    user.set_unusable_password()
    user.save()
    user_id = user.pk
    transaction.on_commit(lambda: sessions_ended.send(sender=User, user_id=user_id), robust=True)
    Notification.objects.filter(user=user).delete()
    Reminder.objects.filter(user=user).delete()
    CalendarFeed.objects.filter(user=user).delete()


@transaction.atomic
def survivor_erase(
    *, actor: User | None, survivor: Survivor, reason: str, now: datetime | None = None
) -> Survivor:
    """Remove or anonymise her personal data; keep what only counts.

    Kept: the survivor row itself (pseudonym "Verwijderd", birth year, gender, coarse region,
    dates), matches with their dates and close reasons, contact moments with status and
    durations, report ratings, memberships, and consents as proof of what was agreed and when
    (they hold no personal data beyond the link to this row). Removed: pseudonym, day and month
    of birth, municipality, postcode area, needs, case reference, interests, availability,
    closing evaluations, match-event reasons, meeting places, report notes, safety exclusions,
    contact bans, her account's e-mail address, name and password, and, through the providers,
    message bodies and matching notes. The audit trail names the fields, never their values.

    `actor` is None only for the retention task, which erases closed files only.
    """
    if actor is not None:
        _check_coordinator(actor, survivor)
    if reason not in ErasureReason.CHOICES:
        raise InvalidErasureReason(field="reason")
    now = now or timezone.now()
    survivor = Survivor.objects.select_for_update().get(pk=survivor.pk)
    if survivor.erased_at is not None:
        raise AlreadyErased()
    open_matches = Match.objects.filter(survivor=survivor).exclude(status=MatchStatus.CLOSED)
    if actor is None and open_matches.exists():
        raise Conflict(_("Only a coordinator can erase a participant with an open match."))

    # Free text first: the closing below writes its own neutral event reason.
    Match.objects.filter(survivor=survivor).update(closing_evaluation="")
    MatchEvent.objects.filter(match__survivor=survivor).exclude(reason="").update(reason="")
    if actor is not None:
        _close_open_matches(actor=actor, survivor=survivor, event_reason=ERASURE_EVENT_REASON)
    _leave_groups(actor=actor, survivor=survivor)
    ContactMoment.objects.filter(match__survivor=survivor).exclude(place="").update(place="")
    ContactReport.objects.filter(moment__match__survivor=survivor).exclude(note="").update(note="")
    SafetyExclusion.objects.filter(Q(survivor=survivor) | Q(other_survivor=survivor)).delete()
    ContactBan.objects.filter(survivor=survivor).delete()
    # Consents stay as proof; nothing is processed on them any more.
    Consent.objects.filter(survivor=survivor, withdrawn_at__isnull=True).update(withdrawn_at=now)

    provided: list[str] = []
    for provider in _providers("PRIVACY_ERASURE_PROVIDERS"):
        provided += provider(survivor=survivor)

    user = survivor.user
    survivor.interests.clear()
    survivor.pseudonym = ERASED_PSEUDONYM
    survivor.date_of_birth = date(survivor.date_of_birth.year, 1, 1)
    survivor.municipality = ""
    survivor.postcode_area = ""
    survivor.latitude = _coarse(survivor.latitude)
    survivor.longitude = _coarse(survivor.longitude)
    survivor.languages = []
    survivor.availability = []
    survivor.buddy_genders = []
    survivor.wants_lived_experience = False
    survivor.wants_peer_group = False
    survivor.needs = ""
    survivor.case_reference = ""
    survivor.status = SurvivorStatus.CLOSED
    survivor.user = None
    survivor.erased_at = now
    survivor.save()
    if user is not None:
        _erase_account(user)

    audit_record(
        actor=actor,
        action=AuditAction.DELETE,
        obj=survivor,
        organisation_id=survivor.organisation_id,
        changes=[
            f"reason:{reason}",
            "pseudonym",
            "date_of_birth",
            "municipality",
            "postcode_area",
            "location",
            "languages",
            "interests",
            "availability",
            "buddy_genders",
            "needs",
            "case_reference",
            "account",
            "match.closing_evaluation",
            "match_event.reason",
            "contact_moment.place",
            "contact_report.note",
            "safety_exclusions",
            "contact_bans",
            *provided,
        ],
    )
    return survivor
