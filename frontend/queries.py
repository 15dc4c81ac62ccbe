"""Reads the pages need on top of the aftercare selectors; always narrowing a selector's queryset.

Only the selectors decide what a user may see: everything here starts from one of them, or
from the signed-in user's own profile.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Q, QuerySet
from django.utils import timezone

from aftercare import selectors
from aftercare.models import (
    Buddy,
    BuddyStatus,
    MatchStatus,
    Organisation,
    Survivor,
    SurvivorStatus,
    User,
)


def vog_filter(
    buddies: QuerySet[Buddy], *, state: str, organisation: Organisation, today: date | None = None
) -> QuerySet[Buddy]:
    """The date-range form of `Buddy.vog_state`, so the list can filter in the database."""
    today = today or timezone.localdate()
    expired_on_or_before = today - timedelta(days=organisation.vog_validity_days)
    warn_after = expired_on_or_before + timedelta(days=organisation.vog_warning_days)
    if state == "missing":
        return buddies.filter(vog_issued_on__isnull=True)
    if state == "expired":
        return buddies.filter(vog_issued_on__lte=expired_on_or_before)
    if state == "expiring":
        return buddies.filter(vog_issued_on__gt=expired_on_or_before, vog_issued_on__lte=warn_after)
    if state == "valid":
        return buddies.filter(vog_issued_on__gt=warn_after)
    return buddies


@dataclass(frozen=True)
class DashboardCounts:
    waiting_survivors: int
    active_matches: int
    vog_expiring: int
    vog_expired: int


def dashboard_counts(*, user: User) -> DashboardCounts:
    organisation = user.organisation
    assert organisation is not None
    # Stopped volunteers keep their old VOG on file; only those still taking part count.
    buddies = selectors.buddy_list_for_user(user=user).exclude(status=BuddyStatus.STOPPED)
    return DashboardCounts(
        waiting_survivors=selectors.survivor_list_for_user(user=user)
        .filter(status=SurvivorStatus.WAITING)
        .count(),
        active_matches=selectors.match_list_for_user(user=user)
        .filter(status=MatchStatus.ACTIVE)
        .count(),
        vog_expiring=vog_filter(buddies, state="expiring", organisation=organisation).count(),
        vog_expired=vog_filter(buddies, state="expired", organisation=organisation).count(),
    )


def survivor_search(
    survivors: QuerySet[Survivor], *, q: str = "", status: str = "", municipality: str = ""
) -> QuerySet[Survivor]:
    if q:
        survivors = survivors.filter(pseudonym__icontains=q)
    if status:
        survivors = survivors.filter(status=status)
    if municipality:
        survivors = survivors.filter(municipality__iexact=municipality)
    return survivors


def buddy_search(
    buddies: QuerySet[Buddy],
    *,
    organisation: Organisation,
    q: str = "",
    status: str = "",
    vog: str = "",
) -> QuerySet[Buddy]:
    if q:
        buddies = buddies.filter(first_name__icontains=q)
    if status:
        buddies = buddies.filter(status=status)
    if vog:
        buddies = vog_filter(buddies, state=vog, organisation=organisation)
    return buddies


def own_survivor_profile(*, user: User) -> Survivor | None:
    return Survivor.objects.filter(user=user).prefetch_related("interests").first()


def own_buddy_profile(*, user: User) -> Buddy | None:
    return (
        Buddy.objects.filter(user=user)
        .select_related("organisation")
        .prefetch_related("interests")
        .first()
    )


def open_matches_q() -> Q:
    return Q(status__in=[MatchStatus.ACTIVE, MatchStatus.PAUSED, MatchStatus.CLOSING])
