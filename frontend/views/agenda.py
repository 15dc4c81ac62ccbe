"""The agenda of buddies, survivors, facilitators and coordinators: upcoming contact moments,
planning, confirming or asking for another time, moving and cancelling, reporting afterwards,
an .ics per moment and a private calendar feed. A coordinator's agenda holds her own
check-ins (and the sessions of groups she leads), not every meeting of her organisation.

Everything starts from `contact_moment_list_for_user`; who may confirm or report is decided
again by the contact services, so a hidden button is never the only check.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from aftercare import selectors
from aftercare.choices import Role
from aftercare.errors import DomainError, Forbidden
from aftercare.models import (
    CalendarFeed,
    ContactKind,
    ContactMoment,
    ContactStatus,
    User,
)
from aftercare.policies import Action
from aftercare.services import contact
from frontend import queries
from frontend.forms.base import DateInput, VerderForm
from frontend.forms.contact import MoveForm, TimeInput
from frontend.views.base import current_user, requires

NOTIFICATIONS_SHOWN = 10
OPEN_STATUSES = (ContactStatus.PROPOSED, ContactStatus.PLANNED)


class PlanForm(VerderForm):
    error_aliases = {"starts_at": "date", "recurrence": "repeat", "match": "target"}

    target = forms.ChoiceField(label=gettext_lazy("With"))
    kind = forms.ChoiceField(
        label=gettext_lazy("Kind"),
        choices=[
            (ContactKind.MEETING, gettext_lazy("Meeting")),
            (ContactKind.CALL, gettext_lazy("Call")),
            (ContactKind.VIDEO, gettext_lazy("Video call")),
            (ContactKind.GROUP_SESSION, gettext_lazy("Group session")),
        ],
    )
    date = forms.DateField(label=gettext_lazy("Date"), widget=DateInput())
    time = forms.TimeField(label=gettext_lazy("Time"), widget=TimeInput())
    duration_minutes = forms.IntegerField(
        label=gettext_lazy("Duration (minutes)"), min_value=5, max_value=600, initial=60
    )
    place = forms.CharField(
        label=gettext_lazy("Place"),
        max_length=100,
        required=False,
        help_text=gettext_lazy("A public place, for example a café or a library."),
    )
    online = forms.BooleanField(label=gettext_lazy("Online"), required=False)
    repeat = forms.IntegerField(
        label=gettext_lazy("Repeat every week, number of times"),
        min_value=2,
        max_value=contact.MAX_OCCURRENCES,
        required=False,
        help_text=gettext_lazy("Leave empty for one meeting."),
    )

    def __init__(self, *args: Any, targets: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["target"].choices = targets  # type: ignore[attr-defined]

    def starts_at(self) -> datetime:
        naive = datetime.combine(self.cleaned_data["date"], self.cleaned_data["time"])
        return timezone.make_aware(naive, contact.AMSTERDAM)

    def recurrence(self) -> str:
        count = self.cleaned_data.get("repeat")
        return f"FREQ=WEEKLY;COUNT={count}" if count else ""


YES_NO = [("yes", gettext_lazy("Yes")), ("no", gettext_lazy("No"))]
RATINGS = [(str(n), str(n)) for n in range(1, 6)]


class ReportForm(VerderForm):
    happened = forms.ChoiceField(
        label=gettext_lazy("Did the meeting happen?"), choices=YES_NO, widget=forms.RadioSelect
    )
    duration_minutes = forms.IntegerField(
        label=gettext_lazy("How long (minutes)"), min_value=0, max_value=600, required=False
    )
    rating = forms.TypedChoiceField(
        label=gettext_lazy("How did it go? (1 is bad, 5 is very good)"),
        choices=RATINGS,
        coerce=int,
        empty_value=None,
        widget=forms.RadioSelect,
        required=False,
    )
    note = forms.CharField(
        label=gettext_lazy("Short note"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    worried = forms.BooleanField(
        label=gettext_lazy("I am worried"),
        required=False,
        help_text=gettext_lazy("Your coordinator is told at once."),
    )


@dataclass(frozen=True)
class MomentCard:
    id: int
    kind: str
    with_whom: str
    starts_at: datetime
    duration_minutes: int
    place: str
    online: bool
    status: str
    status_label: str
    can_confirm: bool
    can_report: bool
    can_change: bool
    can_ask_other_time: bool
    other_time_requested: bool
    group_id: int | None


def _with_whom(user: User, moment: ContactMoment) -> str:
    if moment.group is not None:
        return str(moment.group.name)
    match = moment.match
    assert match is not None
    if moment.kind == ContactKind.CHECK_IN:
        if user.role == Role.COORDINATOR:
            if moment.check_in_with == "buddy":
                return str(match.buddy.first_name)
            return str(match.survivor.pseudonym)
        return _("Your coordinator")
    if match.survivor.user_id == user.pk:
        return str(match.buddy.first_name)
    if match.buddy.user_id == user.pk:
        return str(match.survivor.pseudonym)
    return f"{match.survivor.pseudonym} – {match.buddy.first_name}"


def _is_staff_of(user: User, moment: ContactMoment) -> bool:
    return user.role == Role.COORDINATOR and moment.organisation_id == user.organisation_id


def _may_report(user: User, moment: ContactMoment) -> bool:
    """The buddy reports her meetings, the coordinator her check-ins, the facilitator (or a
    coordinator) a group session. The services check this again."""
    if moment.kind == ContactKind.CHECK_IN:
        return _is_staff_of(user, moment)
    if moment.match is not None:
        return moment.match.buddy.user_id == user.pk
    if moment.group is not None:
        return moment.group.facilitator_id == user.pk or _is_staff_of(user, moment)
    return False


def _may_change(user: User, moment: ContactMoment) -> bool:
    """Who gets the move and cancel buttons: whoever plans such a moment. A survivor asks for
    another time instead (the API still lets her cancel a meeting of her own)."""
    if moment.status not in OPEN_STATUSES:
        return False
    if moment.kind == ContactKind.CHECK_IN or moment.match is None:
        return _may_report(user, moment)
    return moment.match.buddy.user_id == user.pk or _is_staff_of(user, moment)


def _card(user: User, moment: ContactMoment, now: datetime) -> MomentCard:
    is_survivor = moment.match is not None and moment.match.survivor.user_id == user.pk
    return MomentCard(
        id=moment.pk,
        kind=moment.get_kind_display(),
        with_whom=_with_whom(user, moment),
        starts_at=moment.starts_at,
        duration_minutes=moment.duration_minutes,
        place=moment.place,
        online=moment.online,
        status=moment.status,
        status_label=moment.get_status_display(),
        can_confirm=is_survivor
        and moment.status == ContactStatus.PROPOSED
        and moment.kind != ContactKind.CHECK_IN,
        can_report=_may_report(user, moment) and moment.starts_at <= now,
        can_change=_may_change(user, moment) and moment.starts_at > now,
        can_ask_other_time=is_survivor
        and moment.status in OPEN_STATUSES
        and moment.starts_at > now
        and moment.other_time_requested_at is None,
        other_time_requested=moment.other_time_requested_at is not None,
        group_id=moment.group_id,
    )


def _active_feed(user: User) -> CalendarFeed | None:
    return CalendarFeed.objects.filter(user=user, revoked_at__isnull=True).first()


def _targets(user: User) -> list[tuple[str, str]]:
    targets: list[tuple[str, str]] = []
    if user.role in {Role.BUDDY, Role.COORDINATOR}:
        matches = selectors.match_list_for_user(user=user).filter(queries.open_matches_q())
        for match in matches.select_related("survivor", "buddy"):
            label = (
                match.survivor.pseudonym
                if user.role == Role.BUDDY
                else f"{match.survivor.pseudonym} – {match.buddy.first_name}"
            )
            targets.append((f"match:{match.pk}", str(label)))
    groups = selectors.group_list_for_user(user=user)
    if user.role == Role.BUDDY:
        groups = groups.filter(facilitator=user)
    if user.role in {Role.BUDDY, Role.FACILITATOR, Role.COORDINATOR}:
        targets += [(f"group:{group.pk}", str(group.name)) for group in groups]
    return targets


@requires(Action.CONTACT_LIST)
def agenda(request: HttpRequest) -> HttpResponse:
    user = current_user(request)
    now = timezone.now()
    moments = (
        selectors.agenda_for_user(user=user)
        .filter(status__in=OPEN_STATUSES)
        .select_related("match__survivor", "match__buddy", "group")
    )
    cards = [_card(user, moment, now) for moment in moments]
    feed = _active_feed(user)
    notifications = list(selectors.notification_list_for_user(user=user)[:NOTIFICATIONS_SHOWN])
    # Seen here, so read: the page still marks the ones that were new.
    contact.notifications_mark_read(user=user, ids=[item.pk for item in notifications], now=now)
    context = {
        "upcoming": [card for card in cards if card.starts_at > now],
        "to_report": [card for card in cards if card.can_report],
        "can_plan": user.role != Role.SURVIVOR and bool(_targets(user)),
        "notifications": notifications,
        "feed_url": (
            request.build_absolute_uri(reverse("api:calendar-feed-ics", args=[feed.token]))
            if feed
            else ""
        ),
    }
    return render(request, "frontend/agenda/list.html", context)


@requires(Action.CONTACT_PLAN)
def agenda_plan(request: HttpRequest) -> HttpResponse:
    user = current_user(request)
    targets = _targets(user)
    if not targets:
        raise PermissionDenied
    form = PlanForm(request.POST or None, targets=targets)
    if request.method == "POST" and form.is_valid():
        kind, _sep, target_id = form.cleaned_data["target"].partition(":")
        match = group = None
        if kind == "match":
            match = selectors.match_get_for_user(user=user, match_id=int(target_id))
        else:
            group = selectors.group_get_for_user(user=user, group_id=int(target_id))
        try:
            moments = contact.contact_plan(
                actor=user,
                match=match,
                group=group,
                kind=form.cleaned_data["kind"],
                starts_at=form.starts_at(),
                duration_minutes=form.cleaned_data["duration_minutes"],
                place=form.cleaned_data["place"],
                online=form.cleaned_data["online"],
                recurrence=form.recurrence(),
            )
        except Forbidden:
            raise PermissionDenied from None
        except (ValidationError, DomainError) as error:
            form.add_service_error(error)
        else:
            if len(moments) > 1:
                messages.success(
                    request, _("%(count)d meetings are planned.") % {"count": len(moments)}
                )
            else:
                messages.success(request, _("The meeting is planned."))
            if user.role == Role.COORDINATOR:
                # Her agenda holds her own check-ins; what she planned for others is here.
                if match is not None:
                    return redirect("frontend:match-timeline", match_id=match.pk)
                if group is not None:
                    return redirect("frontend:group-sessions", group_id=group.pk)
            return redirect("frontend:agenda")
    return render(request, "frontend/agenda/plan.html", {"form": form})


def _moment(user: User, moment_id: int) -> ContactMoment:
    return selectors.contact_moment_get_for_user(user=user, moment_id=moment_id)


@require_POST
@requires(Action.CONTACT_LIST)
def agenda_confirm(request: HttpRequest, moment_id: int) -> HttpResponse:
    user = current_user(request)
    moment = _moment(user, moment_id)
    try:
        contact.contact_confirm(actor=user, moment=moment)
    except Forbidden:
        raise PermissionDenied from None
    except DomainError as error:
        messages.error(request, str(error.message))
    else:
        messages.success(request, _("You confirmed the appointment."))
    return redirect("frontend:agenda")


@require_POST
@requires(Action.CONTACT_LIST)
def agenda_other_time(request: HttpRequest, moment_id: int) -> HttpResponse:
    user = current_user(request)
    moment = _moment(user, moment_id)
    try:
        contact.contact_request_other_time(actor=user, moment=moment)
    except DomainError as error:
        messages.error(request, str(error.message))
    else:
        messages.success(request, _("We asked for another time."))
    return redirect("frontend:agenda")


@requires(Action.CONTACT_LIST)
def agenda_report(request: HttpRequest, moment_id: int) -> HttpResponse:
    user = current_user(request)
    moment = _moment(user, moment_id)
    if not _may_report(user, moment):
        raise PermissionDenied
    if moment.group_id is not None:
        # A group session is reported with its attendance.
        return redirect("frontend:group-session-attendance", moment_id=moment.pk)
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            contact.contact_report(
                actor=user,
                moment=moment,
                happened=data["happened"] == "yes",
                duration_minutes=data["duration_minutes"],
                rating=data["rating"],
                note=data["note"],
                worried=data["worried"],
            )
        except Forbidden:
            raise PermissionDenied from None
        except (ValidationError, DomainError) as error:
            form.add_service_error(error)
        else:
            messages.success(request, _("Thank you for your report."))
            return redirect("frontend:agenda")
    card = _card(user, moment, timezone.now())
    return render(request, "frontend/agenda/report.html", {"form": form, "moment": card})


@requires(Action.CONTACT_LIST)
def agenda_ics(request: HttpRequest, moment_id: int) -> HttpResponse:
    moment = _moment(current_user(request), moment_id)
    response = HttpResponse(contact.ics_for([moment]), content_type="text/calendar; charset=utf-8")
    # A neutral file name: it shows in the downloads list.
    response["Content-Disposition"] = 'attachment; filename="afspraak.ics"'
    return response


@require_POST
@requires(Action.CONTACT_LIST)
def agenda_feed(request: HttpRequest) -> HttpResponse:
    """Make a new secret feed address (the old one stops working) or revoke it."""
    user = current_user(request)
    if request.POST.get("action") == "revoke":
        contact.calendar_feed_revoke(actor=user)
        messages.success(request, _("The calendar address no longer works."))
    else:
        contact.calendar_feed_create(actor=user)
        messages.success(request, _("Your calendar address is ready."))
    return redirect("frontend:agenda")


def _back_from(moment: ContactMoment) -> HttpResponse:
    if moment.group_id is not None:
        return redirect("frontend:group-sessions", group_id=moment.group_id)
    return redirect("frontend:agenda")


def _changeable(user: User, moment_id: int) -> ContactMoment:
    moment = _moment(user, moment_id)
    if not _may_change(user, moment):
        raise PermissionDenied
    return moment


@requires(Action.CONTACT_PLAN)
def agenda_move(request: HttpRequest, moment_id: int) -> HttpResponse:
    """Another time for a planned or proposed moment; the reminders follow the new time."""
    user = current_user(request)
    moment = _changeable(user, moment_id)
    local = timezone.localtime(moment.starts_at, contact.AMSTERDAM)
    form = MoveForm(request.POST or None, initial={"date": local.date(), "time": local.time()})
    if request.method == "POST" and form.is_valid():
        try:
            contact.contact_move(actor=user, moment=moment, starts_at=form.starts_at())
        except Forbidden:
            raise PermissionDenied from None
        except (ValidationError, DomainError) as error:
            form.add_service_error(error)
        else:
            messages.success(request, _("The appointment has a new time."))
            return _back_from(moment)
    context = {"form": form, "moment": _card(user, moment, timezone.now())}
    return render(request, "frontend/agenda/move.html", context)


@require_POST
@requires(Action.CONTACT_PLAN)
def agenda_cancel(request: HttpRequest, moment_id: int) -> HttpResponse:
    user = current_user(request)
    moment = _changeable(user, moment_id)
    try:
        contact.contact_cancel(actor=user, moment=moment)
    except Forbidden:
        raise PermissionDenied from None
    except DomainError as error:
        messages.error(request, str(error.message))
    else:
        messages.success(request, _("The appointment is cancelled."))
    return _back_from(moment)
