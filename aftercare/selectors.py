"""Permission-scoped reads of the core. Anything outside a user's scope does not exist for her."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet

from aftercare.choices import Role
from aftercare.errors import NotFound
from aftercare.models import (
    AuditEvent,
    Buddy,
    BuddyStatus,
    Consent,
    ConsentScope,
    ContactKind,
    ContactMoment,
    Interest,
    Match,
    MatchStatus,
    Membership,
    MembershipStatus,
    Notification,
    Organisation,
    PeerGroup,
    PeerGroupStatus,
    SafetyExclusion,
    Survivor,
    SurvivorStatus,
    User,
)
from aftercare.models.relations import OPEN_MATCH_STATUSES


def tenant_id(user: Any) -> int:
    # A user without an organisation (a platform admin) matches no tenant's rows.
    organisation_id = getattr(user, "organisation_id", None)
    return organisation_id if organisation_id is not None else -1


def _scope_withdrawn(scope: str) -> Q:
    """She withdrew consent for `scope` and has not given it again since."""
    consents = Consent.objects.filter(survivor=OuterRef("pk"), scope=scope)
    return Q(Exists(consents.filter(withdrawn_at__isnull=False))) & ~Q(
        Exists(consents.filter(withdrawn_at__isnull=True))
    )


def processing_stopped_q() -> Q:
    """Survivors whose data is no longer processed: processing consent withdrawn, or erased."""
    return _scope_withdrawn(ConsentScope.PROCESSING) | Q(erased_at__isnull=False)


def scope_stopped_q(scope: str) -> Q:
    """Survivors for whom `scope` has stopped: that consent withdrawn, or all processing."""
    return _scope_withdrawn(scope) | processing_stopped_q()


def survivor_processing_stopped(*, survivor: Survivor) -> bool:
    return Survivor.objects.filter(processing_stopped_q(), pk=survivor.pk).exists()


def messaging_stopped(*, survivor_id: int | None = None, user: User | None = None) -> bool:
    """Whether messages may no longer be processed for this survivor (by profile or account)."""
    who = Q(pk=survivor_id) if survivor_id is not None else Q(user=user)
    if survivor_id is None and user is None:
        return False
    return Survivor.objects.filter(who).filter(scope_stopped_q(ConsentScope.MESSAGING)).exists()


def consent_get_for_user(*, user: User, consent_id: int) -> Consent:
    if user.role != Role.COORDINATOR:
        raise NotFound()
    try:
        return Consent.objects.select_related("survivor", "recorded_by").get(
            pk=consent_id, survivor__organisation_id=tenant_id(user)
        )
    except (Consent.DoesNotExist, ValueError, TypeError):
        raise NotFound() from None


def own_organisation(*, user: User) -> Organisation:
    if user.organisation_id is None:
        raise NotFound()
    return Organisation.objects.get(pk=user.organisation_id)


def _survivors_of(user: User) -> QuerySet[Survivor]:
    if user.role != Role.COORDINATOR:
        return Survivor.objects.none()
    return Survivor.objects.filter(organisation_id=tenant_id(user)).prefetch_related("interests")


def survivor_list_for_user(*, user: User, processing_stopped: bool = False) -> QuerySet[Survivor]:
    """Lists leave out survivors whose processing stopped; with `processing_stopped` only those
    are listed, so a coordinator can still reach their files."""
    stopped = processing_stopped_q()
    survivors = _survivors_of(user)
    return survivors.filter(stopped) if processing_stopped else survivors.exclude(stopped)


def survivor_get_for_user(*, user: User, survivor_id: int) -> Survivor:
    # By id the file stays reachable when processing stopped: to export, erase or re-consent.
    try:
        return _survivors_of(user).get(pk=survivor_id)
    except (Survivor.DoesNotExist, ValueError, TypeError):
        raise NotFound() from None


def buddy_list_for_user(*, user: User) -> QuerySet[Buddy]:
    if user.role != Role.COORDINATOR:
        return Buddy.objects.none()
    open_matches = Count("matches", filter=Q(matches__status__in=OPEN_MATCH_STATUSES))
    return (
        Buddy.objects.filter(organisation_id=tenant_id(user))
        .select_related("organisation")
        .prefetch_related("interests")
        .annotate(open_match_count=open_matches)
        .order_by("first_name", "id")
    )


def buddy_get_for_user(*, user: User, buddy_id: int) -> Buddy:
    try:
        return buddy_list_for_user(user=user).get(pk=buddy_id)
    except (Buddy.DoesNotExist, ValueError, TypeError):
        raise NotFound() from None


def match_list_for_user(*, user: User) -> QuerySet[Match]:
    qs = Match.objects.select_related("survivor", "buddy").prefetch_related("survivor__interests")
    if user.role == Role.COORDINATOR:
        return qs.filter(organisation_id=tenant_id(user))
    visible = [MatchStatus.ACTIVE, MatchStatus.PAUSED, MatchStatus.CLOSING, MatchStatus.CLOSED]
    if user.role == Role.BUDDY:
        return qs.filter(buddy__user=user, status__in=visible)
    if user.role == Role.SURVIVOR:
        return qs.filter(survivor__user=user, status__in=visible)
    return qs.none()


def match_get_for_user(*, user: User, match_id: int) -> Match:
    try:
        return match_list_for_user(user=user).get(pk=match_id)
    except (Match.DoesNotExist, ValueError, TypeError):
        raise NotFound() from None


def group_list_for_user(*, user: User) -> QuerySet[PeerGroup]:
    active = Count("memberships", filter=Q(memberships__status=MembershipStatus.ACTIVE))
    qs = (
        PeerGroup.objects.select_related("facilitator")
        .annotate(member_count=active)
        .order_by("name", "id")
    )
    if user.role == Role.COORDINATOR:
        return qs.filter(organisation_id=tenant_id(user))
    if user.role == Role.SURVIVOR:
        return qs.filter(
            memberships__survivor__user=user, memberships__status=MembershipStatus.ACTIVE
        ).distinct()
    if user.role in {Role.FACILITATOR, Role.BUDDY}:
        return qs.filter(facilitator=user)
    return qs.none()


def group_get_for_user(*, user: User, group_id: int) -> PeerGroup:
    try:
        return group_list_for_user(user=user).get(pk=group_id)
    except (PeerGroup.DoesNotExist, ValueError, TypeError):
        raise NotFound() from None


def interest_list_for_user(*, user: User) -> QuerySet[Interest]:
    if user.role != Role.COORDINATOR:
        return Interest.objects.none()
    return Interest.objects.filter(organisation_id=tenant_id(user))


def audit_list_for_user(*, user: User) -> QuerySet[AuditEvent]:
    if user.role != Role.COORDINATOR:
        return AuditEvent.objects.none()
    return AuditEvent.objects.filter(organisation_id=tenant_id(user)).select_related("actor")


def _survivor_audit_q(survivor: Survivor) -> Q:
    """Audit rows about her survivor record and the records that are hers (consents, safety
    records, matches, memberships, contact moments of her matches)."""
    ids: dict[str, list[int]] = {
        "survivor": [survivor.pk],
        "consent": list(survivor.consents.values_list("pk", flat=True)),
        "safetyexclusion": list(survivor.exclusions.values_list("pk", flat=True)),
        "contactban": list(survivor.contact_bans.values_list("pk", flat=True)),
        "match": list(survivor.matches.values_list("pk", flat=True)),
        "membership": list(survivor.memberships.values_list("pk", flat=True)),
        "contactmoment": list(
            ContactMoment.objects.filter(match__survivor=survivor).values_list("pk", flat=True)
        ),
    }
    condition = Q(pk__in=[])
    for object_type, pks in ids.items():
        if pks:
            condition |= Q(object_type=object_type, object_id__in=[str(pk) for pk in pks])
    return condition


def survivor_access_log(*, survivor: Survivor, limit: int = 100) -> list[AuditEvent]:
    """Who (by role) opened or changed her data, newest first. Her own actions are left out:
    the log answers "who else looked"."""
    events = AuditEvent.objects.filter(organisation_id=survivor.organisation_id).filter(
        _survivor_audit_q(survivor)
    )
    if survivor.user_id is not None:
        events = events.exclude(actor_id=survivor.user_id)
    return list(events.order_by("-at", "-id")[:limit])


def own_access_log_for_user(*, user: User, limit: int = 100) -> list[AuditEvent]:
    """The access log of the survivor behind this account; empty for anyone else."""
    if user.role != Role.SURVIVOR:
        return []
    survivor = Survivor.objects.filter(user=user).first()
    if survivor is None:
        return []
    return survivor_access_log(survivor=survivor, limit=limit)


def organisation_list_for_user(*, user: User) -> QuerySet[Organisation]:
    if user.role == Role.ADMIN:
        return Organisation.objects.all()
    return Organisation.objects.none()


def account_list_for_user(*, user: User) -> QuerySet[User]:
    if user.role == Role.ADMIN:
        return User.objects.select_related("organisation").order_by("email")
    if user.role == Role.COORDINATOR:
        return (
            User.objects.filter(organisation_id=tenant_id(user))
            .select_related("organisation")
            .order_by("email")
        )
    return User.objects.none()


def buddy_free_places(*, buddy: Buddy) -> int:
    taken = buddy.matches.filter(status__in=OPEN_MATCH_STATUSES).count()
    return max(buddy.capacity - taken, 0)


def matching_pool(*, organisation_id: int) -> tuple[list[Survivor], list[Buddy]]:
    """Who may enter a buddy-matching run: waiting survivors with matching consent and no open
    match, and eligible buddies (approved or active, VOG valid) with at least one free place.

    Buddies carry `open_match_count`; eligibility of the VOG is checked per buddy because its
    validity depends on the organisation's setting.
    """
    survivors = list(
        Survivor.objects.filter(
            organisation_id=organisation_id,
            status=SurvivorStatus.WAITING,
            consents__scope=ConsentScope.MATCHING,
            consents__withdrawn_at__isnull=True,
        )
        .exclude(scope_stopped_q(ConsentScope.MATCHING))
        .exclude(matches__status__in=OPEN_MATCH_STATUSES)
        .distinct()
        .order_by("id")
    )
    open_matches = Count("matches", filter=Q(matches__status__in=OPEN_MATCH_STATUSES))
    buddies: list[Buddy] = [
        buddy
        for buddy in Buddy.objects.filter(
            organisation_id=organisation_id, status__in=[BuddyStatus.APPROVED, BuddyStatus.ACTIVE]
        )
        .select_related("organisation")
        .annotate(open_match_count=open_matches)
        .order_by("id")
        if buddy.is_eligible() and buddy.open_match_count < buddy.capacity
    ]
    return survivors, buddies


def exclusion_pairs(*, organisation_id: int) -> list[tuple[int, int]]:
    """(survivor id, buddy id) pairs that must never be matched."""
    return list(
        SafetyExclusion.objects.filter(
            survivor__organisation_id=organisation_id, buddy__isnull=False
        ).values_list("survivor_id", "buddy_id")
    )


def contact_moment_list_for_user(*, user: User) -> QuerySet[ContactMoment]:
    """A buddy sees her own matches' moments, a survivor hers and her groups', a facilitator her
    groups', a coordinator her organisation's. Check-ins are visible to whom they are with."""
    qs = ContactMoment.objects.select_related("report").order_by("starts_at", "id")
    if user.role == Role.COORDINATOR:
        return qs.filter(organisation_id=tenant_id(user))
    check_in = Q(kind=ContactKind.CHECK_IN)
    if user.role == Role.BUDDY:
        # A buddy may also lead a peer group: its sessions are hers too.
        own = Q(match__buddy__user=user) & ~(check_in & ~Q(check_in_with="buddy"))
        return qs.filter(own | Q(group__facilitator=user))
    if user.role == Role.SURVIVOR:
        own = Q(match__survivor__user=user) & ~(check_in & ~Q(check_in_with="survivor"))
        groups = Q(
            group__memberships__survivor__user=user,
            group__memberships__status=MembershipStatus.ACTIVE,
        )
        return qs.filter(own | groups).distinct()
    if user.role == Role.FACILITATOR:
        return qs.filter(group__facilitator=user)
    return qs.none()


def agenda_for_user(*, user: User) -> QuerySet[ContactMoment]:
    """What is on her own agenda (page and calendar feed): a coordinator sees every moment of
    her organisation, but her agenda holds only the check-ins and the sessions of groups she
    leads; for everyone else it is what she may see."""
    moments = contact_moment_list_for_user(user=user)
    if user.role == Role.COORDINATOR:
        return moments.filter(Q(kind=ContactKind.CHECK_IN) | Q(group__facilitator=user))
    return moments


def contact_moment_get_for_user(*, user: User, moment_id: int) -> ContactMoment:
    try:
        return contact_moment_list_for_user(user=user).get(pk=moment_id)
    except (ContactMoment.DoesNotExist, ValueError, TypeError):
        raise NotFound() from None


def notification_list_for_user(*, user: User) -> QuerySet[Notification]:
    return Notification.objects.filter(user=user)


def peer_group_pool(
    *, organisation_id: int
) -> tuple[list[Survivor], list[PeerGroup], list[tuple[int, int]]]:
    """Who may enter a placement run: survivors waiting for a group with peer-group consent and
    no active membership; the organisation's open groups with their active members; and the
    pairs that must be kept apart."""
    survivors = list(
        Survivor.objects.filter(
            organisation_id=organisation_id,
            wants_peer_group=True,
            consents__scope=ConsentScope.PEER_GROUP,
            consents__withdrawn_at__isnull=True,
        )
        .exclude(scope_stopped_q(ConsentScope.PEER_GROUP))
        .exclude(status=SurvivorStatus.CLOSED)
        .exclude(memberships__status=MembershipStatus.ACTIVE)
        .prefetch_related("interests")
        .distinct()
        .order_by("id")
    )
    groups: list[PeerGroup] = list(
        PeerGroup.objects.filter(organisation_id=organisation_id)
        .exclude(status=PeerGroupStatus.CLOSED)
        .prefetch_related(
            Prefetch(
                "memberships",
                queryset=Membership.objects.filter(status=MembershipStatus.ACTIVE).select_related(
                    "survivor"
                ),
                to_attr="active_memberships",
            )
        )
        .order_by("id")
    )
    separate = list(
        SafetyExclusion.objects.filter(
            survivor__organisation_id=organisation_id, other_survivor__isnull=False
        ).values_list("survivor_id", "other_survivor_id")
    )
    return survivors, groups, [(a, b) for a, b in separate if b is not None]


def interest_names(
    *, survivor_ids: list[int], buddy_ids: list[int]
) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    """Interest names per survivor and per buddy in two flat queries: a prefetch would build a
    model instance per tag, which dominates a snapshot of thousands of people."""
    by_survivor: dict[int, list[str]] = {}
    for person, name in Survivor.interests.through.objects.filter(
        survivor_id__in=survivor_ids
    ).values_list("survivor_id", "interest__name"):
        by_survivor.setdefault(person, []).append(name)
    by_buddy: dict[int, list[str]] = {}
    for person, name in Buddy.interests.through.objects.filter(buddy_id__in=buddy_ids).values_list(
        "buddy_id", "interest__name"
    ):
        by_buddy.setdefault(person, []).append(name)
    return by_survivor, by_buddy
