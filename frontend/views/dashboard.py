"""The coordinator's dashboard (her home page) and the timeline of one match with its pause and
close actions. The figures come from `aftercare.dashboard` and the messaging selectors."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from aftercare import selectors
from aftercare.dashboard import dashboard_for
from aftercare.errors import DomainError
from aftercare.models import (
    CloseReason,
    ContactKind,
    ContactReport,
    ContactStatus,
    Match,
    MatchEvent,
    MatchStatus,
    User,
)
from aftercare.policies import Action
from aftercare.services import contact, match_transition
from aftercare.services.relations import ALLOWED_TRANSITIONS
from frontend import queries
from frontend.forms.base import VerderForm
from frontend.views.base import current_user, requires
from messaging import selectors as messaging_selectors
from messaging.models import AlertKind


def coordinator_home(request: HttpRequest) -> HttpResponse:
    """What needs her now. Called by `home` for coordinators (it checked the role)."""
    user = current_user(request)
    organisation = user.organisation
    if organisation is None:
        raise Http404
    open_alerts = messaging_selectors.alert_list_for_user(user=user).filter(
        acknowledged_at__isnull=True
    )
    context = {
        "counts": queries.dashboard_counts(user=user),
        "board": dashboard_for(organisation=organisation),
        "held_count": messaging_selectors.moderation_queue_for_user(user=user).count(),
        "urgent_count": open_alerts.filter(kind=AlertKind.URGENT).count(),
        "alert_count": open_alerts.count(),
    }
    return render(request, "frontend/home/coordinator.html", context)


@require_POST
@requires(Action.DASHBOARD_VIEW)
def worry_acknowledge(request: HttpRequest, report_id: int) -> HttpResponse:
    user = current_user(request)
    report = ContactReport.objects.filter(
        pk=report_id, moment__organisation_id=selectors.tenant_id(user)
    ).first()
    if report is None:
        raise Http404
    contact.worry_acknowledge(actor=user, report=report)
    messages.success(request, _("The worry is marked as seen."))
    return redirect("frontend:home")


STATUS_ACTIONS = {
    MatchStatus.PAUSED: gettext_lazy("Pause"),
    MatchStatus.ACTIVE: gettext_lazy("Resume"),
    MatchStatus.CLOSING: gettext_lazy("Start closing"),
    MatchStatus.CLOSED: gettext_lazy("Close"),
}


class MatchStatusForm(VerderForm):
    to_status = forms.ChoiceField(label=gettext_lazy("New status"), widget=forms.RadioSelect)
    reason = forms.CharField(label=gettext_lazy("Reason"), max_length=200, required=False)
    close_reason = forms.ChoiceField(
        label=gettext_lazy("Why does the match end?"),
        choices=[("", "—"), *CloseReason.choices],
        required=False,
        help_text=gettext_lazy("Needed to close the match."),
    )
    closing_evaluation = forms.CharField(
        label=gettext_lazy("Closing evaluation"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args: Any, match: Match, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        allowed = ALLOWED_TRANSITIONS.get(match.status, frozenset())
        self.fields["to_status"].choices = [  # type: ignore[attr-defined]
            (status, label) for status, label in STATUS_ACTIONS.items() if status in allowed
        ]


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    kind: str
    title: str
    detail: str
    by: str
    worried: bool
    # Her own check-ins link to their report (once begun) or to moving them.
    moment_id: int | None = None
    to_report: bool = False
    changeable: bool = False


def _check_in_title(match: Match, check_in_with: str) -> str:
    name = match.buddy.first_name if check_in_with == "buddy" else match.survivor.pseudonym
    return _("Coordinator check-in with %(name)s") % {"name": name}


def _timeline(match: Match) -> list[TimelineEntry]:
    now = timezone.now()
    entries: list[TimelineEntry] = []
    events = MatchEvent.objects.filter(match=match).select_related(
        "actor__survivor_profile", "actor__buddy_profile"
    )
    for event in events:
        entries.append(
            TimelineEntry(
                at=event.at,
                kind="status",
                title=_("Status: %(status)s") % {"status": event.get_to_status_display()},
                detail=event.reason,
                by=messaging_selectors.display_name(event.actor),
                worried=False,
            )
        )
    moments = match.contact_moments.select_related("report").order_by("starts_at", "id")
    for moment in moments:
        report: ContactReport | None = getattr(moment, "report", None)
        detail = moment.get_status_display()
        if report is not None:
            parts = [_("Happened") if report.happened else _("Did not happen")]
            if report.duration_minutes:
                parts.append(_("%(minutes)d minutes") % {"minutes": report.duration_minutes})
            if report.rating:
                parts.append(_("rating %(rating)d of 5") % {"rating": report.rating})
            if report.note:
                parts.append(report.note)
            detail = " · ".join(parts)
        is_check_in = moment.kind == ContactKind.CHECK_IN
        is_open = moment.status in {ContactStatus.PROPOSED, ContactStatus.PLANNED}
        entries.append(
            TimelineEntry(
                at=moment.starts_at,
                kind="check_in" if is_check_in else "contact",
                title=(
                    _check_in_title(match, moment.check_in_with)
                    if is_check_in
                    else str(moment.get_kind_display())
                ),
                detail=detail,
                by="",
                worried=bool(report and report.worried),
                moment_id=moment.pk if is_check_in else None,
                to_report=is_check_in and is_open and moment.starts_at <= now,
                changeable=is_check_in and is_open and moment.starts_at > now,
            )
        )
    return sorted(entries, key=lambda entry: entry.at)


def _timeline_page(
    request: HttpRequest, user: User, match: Match, form: MatchStatusForm | None = None
) -> HttpResponse:
    context = {
        "match": match,
        "entries": _timeline(match),
        "form": form or MatchStatusForm(match=match),
    }
    return render(request, "frontend/dashboard/timeline.html", context)


@requires(Action.MATCH_CHANGE)
def match_timeline(request: HttpRequest, match_id: int) -> HttpResponse:
    user = current_user(request)
    match = selectors.match_get_for_user(user=user, match_id=match_id)
    return _timeline_page(request, user, match)


@require_POST
@requires(Action.MATCH_CHANGE)
def match_status(request: HttpRequest, match_id: int) -> HttpResponse:
    user = current_user(request)
    match = selectors.match_get_for_user(user=user, match_id=match_id)
    form = MatchStatusForm(request.POST, match=match)
    if form.is_valid():
        data = form.cleaned_data
        try:
            match_transition(
                actor=user,
                match=match,
                to_status=data["to_status"],
                reason=data["reason"],
                close_reason=data["close_reason"],
                closing_evaluation=data["closing_evaluation"],
            )
        except (ValidationError, DomainError) as error:
            form.add_service_error(error)
        else:
            messages.success(request, _("The status of the match is changed."))
            return redirect("frontend:match-timeline", match_id=match.pk)
    return _timeline_page(request, user, match, form)
