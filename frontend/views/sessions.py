"""The sessions of one peer group: its facilitator (or a coordinator of the organisation) plans
them, once or weekly, and afterwards records who was there (present, absent, excused) with a
short report. Members see the sessions on their agenda; moving and cancelling one is done
from the agenda pages, like any other moment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from aftercare import selectors
from aftercare.choices import Role
from aftercare.errors import DomainError, Forbidden, NotFound
from aftercare.models import (
    Attendance,
    AttendanceStatus,
    ContactKind,
    ContactMoment,
    ContactReport,
    ContactStatus,
    Membership,
    MembershipStatus,
    PeerGroup,
    User,
)
from aftercare.policies import Action
from aftercare.services import contact
from frontend.forms.contact import AttendanceForm, SessionPlanForm
from frontend.views.base import current_user, requires

OPEN_STATUSES = (ContactStatus.PROPOSED, ContactStatus.PLANNED)
RECORDED_SHOWN = 20


def _leads(user: User, group: PeerGroup) -> bool:
    return group.facilitator_id == user.pk or (
        user.role == Role.COORDINATOR and group.organisation_id == user.organisation_id
    )


def _group(user: User, group_id: int) -> PeerGroup:
    group = selectors.group_get_for_user(user=user, group_id=group_id)
    if not _leads(user, group):
        raise PermissionDenied
    return group


def _members(group: PeerGroup) -> list[tuple[int, str]]:
    active = Membership.objects.filter(group=group, status=MembershipStatus.ACTIVE)
    return [
        (membership.survivor_id, membership.survivor.pseudonym)
        for membership in active.select_related("survivor").order_by("survivor__pseudonym")
    ]


@dataclass(frozen=True)
class SessionRow:
    id: int
    starts_at: datetime
    duration_minutes: int
    where: str
    status: str
    status_label: str
    note: str
    worried: bool
    # (name, status label) per member, for recorded sessions.
    attendance: list[tuple[str, str]]
    present: int


def _row(moment: ContactMoment) -> SessionRow:
    report: ContactReport | None = getattr(moment, "report", None)
    labels = dict(AttendanceStatus.choices)
    rows: list[Attendance] = list(moment.attendance.all())
    return SessionRow(
        id=moment.pk,
        starts_at=moment.starts_at,
        duration_minutes=moment.duration_minutes,
        where=_("Online") if moment.online else moment.place,
        status=moment.status,
        status_label=moment.get_status_display(),
        note=report.note if report else "",
        worried=bool(report and report.worried),
        attendance=[
            (row.survivor.pseudonym, str(labels.get(row.status, row.status)))
            for row in sorted(rows, key=lambda row: row.survivor.pseudonym)
        ],
        present=sum(row.status == AttendanceStatus.PRESENT for row in rows),
    )


@requires(Action.CONTACT_PLAN)
def group_sessions(request: HttpRequest, group_id: int) -> HttpResponse:
    user = current_user(request)
    group = _group(user, group_id)
    now = timezone.now()
    moments = (
        ContactMoment.objects.filter(group=group, kind=ContactKind.GROUP_SESSION)
        .exclude(status=ContactStatus.CANCELLED)
        .select_related("report")
        .prefetch_related(
            Prefetch("attendance", queryset=Attendance.objects.select_related("survivor"))
        )
        .order_by("starts_at", "id")
    )
    open_moments = [m for m in moments if m.status in OPEN_STATUSES]
    recorded = [m for m in moments if m.status not in OPEN_STATUSES]
    context = {
        "group": group,
        "members": [name for _id, name in _members(group)],
        "upcoming": [_row(m) for m in open_moments if m.starts_at > now],
        "to_record": [_row(m) for m in open_moments if m.starts_at <= now],
        "recorded": [_row(m) for m in reversed(recorded)][:RECORDED_SHOWN],
    }
    return render(request, "frontend/groups/sessions.html", context)


@requires(Action.CONTACT_PLAN)
def group_session_plan(request: HttpRequest, group_id: int) -> HttpResponse:
    user = current_user(request)
    group = _group(user, group_id)
    form = SessionPlanForm(
        request.POST or None, initial={"place": group.place, "online": group.online}
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            moments = contact.contact_plan(
                actor=user,
                group=group,
                kind=ContactKind.GROUP_SESSION,
                starts_at=form.starts_at(),
                duration_minutes=data["duration_minutes"],
                place=data["place"],
                online=data["online"],
                recurrence=form.recurrence(),
            )
        except Forbidden:
            raise PermissionDenied from None
        except (ValidationError, DomainError) as error:
            form.add_service_error(error)
        else:
            if len(moments) > 1:
                messages.success(
                    request, _("%(count)d sessions are planned.") % {"count": len(moments)}
                )
            else:
                messages.success(request, _("The session is planned."))
            return redirect("frontend:group-sessions", group_id=group.pk)
    return render(request, "frontend/groups/session_plan.html", {"form": form, "group": group})


@requires(Action.CONTACT_PLAN)
def group_session_attendance(request: HttpRequest, moment_id: int) -> HttpResponse:
    user = current_user(request)
    moment = selectors.contact_moment_get_for_user(user=user, moment_id=moment_id)
    if moment.group_id is None:
        raise NotFound()
    group = _group(user, moment.group_id)
    if moment.status not in OPEN_STATUSES:
        messages.info(request, _("This session has already been recorded."))
        return redirect("frontend:group-sessions", group_id=group.pk)
    form = AttendanceForm(request.POST or None, members=_members(group))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            contact.contact_report(
                actor=user,
                moment=moment,
                happened=data["happened"] == "yes",
                note=data["note"],
                worried=data["worried"],
                attendance=form.attendance(),
            )
        except Forbidden:
            raise PermissionDenied from None
        except (ValidationError, DomainError) as error:
            form.add_service_error(error)
        else:
            messages.success(request, _("Attendance and report are saved."))
            return redirect("frontend:group-sessions", group_id=group.pk)
    context = {"form": form, "group": group, "session": _row(moment)}
    return render(request, "frontend/groups/session_attendance.html", context)
