from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from aftercare.choices import Role
from aftercare.errors import (
    CapacityExceeded,
    Excluded,
    Forbidden,
    GroupFull,
    InvalidTransition,
    NotEligible,
    OtherOrganisation,
    SurvivorAlreadyMatched,
)
from aftercare.models import (
    Buddy,
    BuddyStatus,
    Match,
    MatchEvent,
    MatchStatus,
    Membership,
    MembershipStatus,
    Organisation,
    PeerGroup,
    SafetyExclusion,
    Survivor,
    SurvivorStatus,
    User,
)
from aftercare.models.audit import AuditAction
from aftercare.models.relations import OPEN_MATCH_STATUSES
from aftercare.services.audit import audit_record


def _tenant(actor: User) -> Organisation:
    if actor.organisation is None:
        raise Forbidden()
    return actor.organisation


ALLOWED_TRANSITIONS: dict[str, frozenset[str]] = {
    MatchStatus.PROPOSED: frozenset({MatchStatus.ACTIVE, MatchStatus.CLOSED}),
    MatchStatus.ACTIVE: frozenset({MatchStatus.PAUSED, MatchStatus.CLOSING, MatchStatus.CLOSED}),
    MatchStatus.PAUSED: frozenset({MatchStatus.ACTIVE, MatchStatus.CLOSING, MatchStatus.CLOSED}),
    MatchStatus.CLOSING: frozenset({MatchStatus.CLOSED, MatchStatus.ACTIVE}),
    MatchStatus.CLOSED: frozenset(),
}


def _excluded(
    survivor: Survivor, *, buddy: Buddy | None = None, other: Survivor | None = None
) -> bool:
    qs = SafetyExclusion.objects
    if buddy is not None:
        return qs.filter(survivor=survivor, buddy=buddy).exists()
    assert other is not None
    return (
        qs.filter(survivor=survivor, other_survivor=other).exists()
        or qs.filter(survivor=other, other_survivor=survivor).exists()
    )


@transaction.atomic
def match_create(*, actor: User, survivor: Survivor, buddy: Buddy) -> Match:
    """Create an active match, or refuse with a clear domain error.

    The buddy row is locked first and the survivor second, always in that order, so two
    coordinators giving away a buddy's last place are serialised: one succeeds, the other
    sees the place taken. The partial unique index is the last line for the survivor.
    """
    if buddy.organisation_id != actor.organisation_id:
        raise OtherOrganisation(field="buddy")
    if survivor.organisation_id != actor.organisation_id:
        raise OtherOrganisation(field="survivor")
    buddy = Buddy.objects.select_for_update().select_related("organisation").get(pk=buddy.pk)
    survivor = Survivor.objects.select_for_update().get(pk=survivor.pk)

    if not buddy.is_eligible():
        raise NotEligible(_("This buddy is not approved or her VOG is not valid."), field="buddy")
    if survivor.status in {SurvivorStatus.CLOSED, SurvivorStatus.PAUSED, SurvivorStatus.INTAKE}:
        raise NotEligible(_("This participant is not waiting for a buddy."), field="survivor")
    if survivor.is_minor and not buddy.trained_for_minors:
        raise NotEligible(_("This buddy is not trained to support minors."), field="buddy")
    if _excluded(survivor, buddy=buddy):
        raise Excluded(field="buddy")
    if Match.objects.filter(survivor=survivor, status__in=OPEN_MATCH_STATUSES).exists():
        raise SurvivorAlreadyMatched(field="survivor")
    taken = Match.objects.filter(buddy=buddy, status__in=OPEN_MATCH_STATUSES).count()
    if taken >= buddy.capacity:
        raise CapacityExceeded(field="buddy")

    try:
        with transaction.atomic():
            match = Match.objects.create(
                organisation_id=survivor.organisation_id,
                survivor=survivor,
                buddy=buddy,
                status=MatchStatus.ACTIVE,
                started_on=timezone.localdate(),
                created_by=actor,
            )
    except IntegrityError:
        raise SurvivorAlreadyMatched(field="survivor") from None
    MatchEvent.objects.create(
        match=match, from_status="", to_status=MatchStatus.ACTIVE, actor=actor
    )
    Survivor.objects.filter(pk=survivor.pk).update(status=SurvivorStatus.MATCHED)
    if buddy.status == BuddyStatus.APPROVED:
        Buddy.objects.filter(pk=buddy.pk).update(status=BuddyStatus.ACTIVE)
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        obj=match,
        organisation_id=match.organisation_id,
        changes=["survivor", "buddy", "status"],
    )
    return match


@transaction.atomic
def match_transition(
    *,
    actor: User,
    match: Match,
    to_status: str,
    reason: str = "",
    close_reason: str = "",
    closing_evaluation: str = "",
) -> Match:
    match = Match.objects.select_for_update().get(pk=match.pk)
    if to_status not in ALLOWED_TRANSITIONS.get(match.status, frozenset()):
        raise InvalidTransition(field="status")
    if to_status == MatchStatus.CLOSED and not close_reason:
        raise ValidationError({"close_reason": [_("Give the reason this match ends.")]})
    from_status = match.status
    match.status = to_status
    changed = ["status"]
    if to_status == MatchStatus.CLOSED:
        match.ended_on = timezone.localdate()
        match.close_reason = close_reason
        match.closing_evaluation = closing_evaluation
        changed += ["ended_on", "close_reason", "closing_evaluation"]
    match.full_clean(exclude=["created_by", "organisation", "survivor", "buddy"])
    match.save()
    MatchEvent.objects.create(
        match=match, from_status=from_status, to_status=to_status, reason=reason, actor=actor
    )
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        obj=match,
        organisation_id=match.organisation_id,
        changes=changed,
    )
    return match


@transaction.atomic
def group_create(*, actor: User, facilitator: User | None = None, **fields: Any) -> PeerGroup:
    if facilitator is not None and (
        facilitator.organisation_id != actor.organisation_id
        or facilitator.role not in {Role.FACILITATOR, Role.BUDDY, Role.COORDINATOR}
    ):
        raise OtherOrganisation(field="facilitator")
    group = PeerGroup(organisation=_tenant(actor), facilitator=facilitator, **fields)
    group.full_clean()
    group.save()
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        obj=group,
        organisation_id=group.organisation_id,
        changes=fields,
    )
    return group


@transaction.atomic
def membership_add(*, actor: User, group: PeerGroup, survivor: Survivor) -> Membership:
    """Add a survivor to a group; the group row is locked so it never exceeds its maximum."""
    if (
        survivor.organisation_id != group.organisation_id
        or group.organisation_id != actor.organisation_id
    ):
        raise OtherOrganisation(field="survivor")
    group = PeerGroup.objects.select_for_update().get(pk=group.pk)
    members = list(
        Survivor.objects.filter(
            memberships__group=group, memberships__status=MembershipStatus.ACTIVE
        )
    )
    if any(member.pk == survivor.pk for member in members):
        raise InvalidTransition(_("She is already a member of this group."), field="survivor")
    if len(members) >= group.max_size:
        raise GroupFull(field="group")
    if any(member.is_minor != survivor.is_minor for member in members):
        raise NotEligible(_("Minors and adults are never in one group."), field="survivor")
    if any(_excluded(survivor, other=member) for member in members):
        raise Excluded(field="survivor")
    membership = Membership.objects.create(group=group, survivor=survivor, added_by=actor)
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        obj=membership,
        organisation_id=group.organisation_id,
        changes=["group", "survivor"],
    )
    return membership


@transaction.atomic
def membership_leave(*, actor: User, membership: Membership) -> Membership:
    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    if membership.status != MembershipStatus.ACTIVE:
        raise InvalidTransition(field="status")
    membership.status = MembershipStatus.LEFT
    membership.left_at = timezone.now()
    membership.save(update_fields=["status", "left_at"])
    audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        obj=membership,
        organisation_id=membership.group.organisation_id,
        changes=["status"],
    )
    return membership
