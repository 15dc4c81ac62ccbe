"""What needs a coordinator now: read-side selectors in a constant number of queries.

Each figure is one query whatever the number of matches; the per-match arithmetic of the
cadence rules runs over values() rows in Python, which stays well inside the page budget at
10,000 matches (see `manage.py bench_dashboard`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from django.db.models import Count, Max, Q
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

    board.overdue_reports = list(
        ContactMoment.objects.filter(
            organisation=organisation,
            status__in=[ContactStatus.PLANNED, ContactStatus.PROPOSED],
            starts_at__lt=now - timedelta(hours=2),
            report__isnull=True,
        )
        .exclude(kind=ContactKind.CHECK_IN)
        .order_by("starts_at")
        .values(
            "id",
            "starts_at",
            "kind",
            "match_id",
            "group_id",
            "match__survivor__pseudonym",
            "match__buddy__first_name",
        )[:limit]
    )

    rows = (
        Match.objects.filter(organisation=organisation, status=MatchStatus.ACTIVE)
        .annotate(
            last_contact=Max(
                "contact_moments__starts_at",
                filter=Q(
                    contact_moments__status=ContactStatus.DONE,
                    contact_moments__kind__in=CONTACT_KINDS,
                ),
            ),
            check_ins=Count(
                "contact_moments",
                filter=Q(contact_moments__kind=ContactKind.CHECK_IN)
                & Q(contact_moments__status__in=[ContactStatus.PLANNED, ContactStatus.DONE]),
            ),
            last_check_in=Max(
                "contact_moments__starts_at",
                filter=Q(
                    contact_moments__kind=ContactKind.CHECK_IN,
                    contact_moments__status=ContactStatus.DONE,
                ),
            ),
        )
        .values(
            "id",
            "started_on",
            "last_contact",
            "check_ins",
            "last_check_in",
            "survivor__pseudonym",
            "buddy__first_name",
        )
    )
    for row in rows:
        started: date = row["started_on"] or today
        age = (today - started).days
        allowed = (
            policy.intensive_interval_days
            if age < policy.intensive_weeks * 7
            else policy.regular_interval_days
        )
        last = row["last_contact"]
        since = (today - timezone.localdate(last)).days if last else age
        if since > allowed:
            board.quiet_matches.append({**row, "days_quiet": since, "allowed_days": allowed})
        if age <= 31 and row["check_ins"] < policy.first_month_check_ins and age >= 7:
            board.missing_check_ins.append({**row, "needed": policy.first_month_check_ins})
        elif age > 31:
            last_check = row["last_check_in"]
            if (
                not last_check
                or (today - timezone.localdate(last_check)).days > policy.check_in_interval_days
            ):
                board.missing_check_ins.append({**row, "needed": 1})
    board.quiet_matches.sort(key=lambda r: -r["days_quiet"])
    board.quiet_matches = board.quiet_matches[:limit]
    board.missing_check_ins = board.missing_check_ins[:limit]

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
