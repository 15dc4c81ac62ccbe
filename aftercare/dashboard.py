"""What needs a coordinator now: read-side selectors in a constant number of queries.

Each figure is one query whatever the number of matches; the per-match arithmetic of the
cadence rules runs over values() rows in Python, which stays well inside the page budget at
10,000 matches (see `manage.py bench_dashboard`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.db.models import Count, Exists, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from aftercare.models import (
    Buddy,
    BuddyStatus,
    CadencePolicy,
    ContactKind,
    ContactMoment,
    ContactReport,
    ContactStatus,
    Match,
    MatchStatus,
    Organisation,
)

CONTACT_KINDS = (ContactKind.MEETING, ContactKind.CALL, ContactKind.VIDEO)


@dataclass
class Dashboard:
    overdue_reports: list[Any] = field(default_factory=list)
    quiet_matches: list[Any] = field(default_factory=list)
    missing_check_ins: list[Any] = field(default_factory=list)
    vog_expiring: list[Any] = field(default_factory=list)
    worries: list[Any] = field(default_factory=list)


def _named(matches: QuerySet[Match], limit: int, **latest: Subquery) -> list[Any]:
    """The first `limit` matches with names: the ids are chosen (and limited) in a subquery
    first, so names are joined for the rows shown, not for every match that qualifies."""
    chosen = matches.order_by("started_on", "id").values("pk")[:limit]
    return list(
        Match.objects.filter(pk__in=Subquery(chosen))
        .annotate(**latest)
        .order_by("started_on", "id")
        .values("id", "started_on", "survivor__pseudonym", "buddy__first_name", *latest)
    )


def cadence_for(organisation_id: int) -> CadencePolicy:
    policy = CadencePolicy.objects.filter(organisation_id=organisation_id).first()
    return policy or CadencePolicy(organisation_id=organisation_id)


def dashboard_for(
    *, organisation: Organisation, now: datetime | None = None, limit: int = 50
) -> Dashboard:
    now = now or timezone.now()
    today = timezone.localdate(now)
    policy = cadence_for(organisation.pk)
    board = Dashboard()

    overdue = (
        ContactMoment.objects.filter(
            organisation=organisation,
            status__in=[ContactStatus.PLANNED, ContactStatus.PROPOSED],
            starts_at__lt=now - timedelta(hours=2),
            report__isnull=True,
        )
        .exclude(kind=ContactKind.CHECK_IN)
        .order_by("starts_at", "id")
    )
    board.overdue_reports = list(
        ContactMoment.objects.filter(pk__in=Subquery(overdue.values("pk")[:limit]))
        .order_by("starts_at", "id")
        .values(
            "id",
            "starts_at",
            "kind",
            "match_id",
            "group_id",
            "match__survivor__pseudonym",
            "match__buddy__first_name",
        )
    )

    active = Match.objects.filter(organisation=organisation, status=MatchStatus.ACTIVE)
    intensive_since = today - timedelta(days=policy.intensive_weeks * 7)

    def contact_since(days: int, kinds: tuple[str, ...] = CONTACT_KINDS) -> Exists:
        # An anti-join on recent moments only: the index on (match, status, starts_at) keeps
        # this proportional to the recent contacts, not to all history.
        return Exists(
            ContactMoment.objects.filter(
                match=OuterRef("pk"),
                status=ContactStatus.DONE,
                kind__in=kinds,
                starts_at__gte=now - timedelta(days=days),
            )
        )

    def latest(kinds: tuple[str, ...]) -> Subquery:
        return Subquery(
            ContactMoment.objects.filter(
                match=OuterRef("pk"), status=ContactStatus.DONE, kind__in=kinds
            )
            .order_by("-starts_at")
            .values("starts_at")[:1]
        )

    intensive, regular = policy.intensive_interval_days, policy.regular_interval_days
    quiet = active.filter(
        Q(started_on__gt=intensive_since, started_on__lt=today - timedelta(days=intensive))
        & ~contact_since(intensive)
        | Q(started_on__lte=intensive_since) & ~contact_since(regular)
    )
    board.quiet_matches = _named(quiet, limit, last_contact=latest(CONTACT_KINDS))

    first_month_from = today - timedelta(days=31)
    check_in = (ContactKind.CHECK_IN,)
    planned_check_ins = Subquery(
        ContactMoment.objects.filter(
            match=OuterRef("pk"),
            kind=ContactKind.CHECK_IN,
            status__in=[ContactStatus.PLANNED, ContactStatus.DONE],
        )
        .values("match")
        .annotate(n=Count("pk"))
        .values("n")[:1]
    )
    # Two narrow queries instead of one OR: each can use its own index.
    first_month = (
        active.filter(started_on__gte=first_month_from, started_on__lte=today - timedelta(days=7))
        .annotate(check_ins=Coalesce(planned_check_ins, 0))
        .filter(check_ins__lt=policy.first_month_check_ins)
    )
    later = active.filter(started_on__lt=first_month_from).filter(
        ~contact_since(policy.check_in_interval_days, check_in)
    )
    board.missing_check_ins = _named(first_month, limit, last_check_in=latest(check_in))
    board.missing_check_ins += _named(
        later, max(limit - len(board.missing_check_ins), 0), last_check_in=latest(check_in)
    )

    validity = timedelta(days=organisation.vog_validity_days)
    board.vog_expiring = [
        {**row, "vog_expires_on": row["vog_issued_on"] + validity if row["vog_issued_on"] else None}
        for row in Buddy.objects.filter(
            organisation=organisation,
            status__in=[BuddyStatus.APPROVED, BuddyStatus.ACTIVE, BuddyStatus.PAUSED],
            vog_issued_on__lte=today - validity + timedelta(days=organisation.vog_warning_days),
        )
        .order_by("vog_issued_on")
        .values("id", "first_name", "vog_issued_on")[:limit]
    ]

    board.worries = list(
        ContactReport.objects.filter(
            moment__organisation=organisation, worried=True, worry_acknowledged_at__isnull=True
        )
        .order_by("-reported_at")
        .values(
            "id",
            "reported_at",
            "note",
            "moment_id",
            "moment__match_id",
            "moment__match__survivor__pseudonym",
        )[:limit]
    )
    return board
