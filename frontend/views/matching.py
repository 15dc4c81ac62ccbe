"""The coordinator's proposal pages: start a run, read why each pair was proposed and why
someone got none, approve or reject, and clear earlier rejections.

The reasons are written from the run's stored snapshot, so a proposal is explained with what
the solver saw, even when a profile has changed since.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST

from aftercare.choices import LANGUAGES, slot_label
from aftercare.errors import DomainError, NotFound
from aftercare.models import User
from frontend.forms import VerderForm
from frontend.views.base import P, ViewFunction, current_user
from matching import selectors, services
from matching.models import Decision, MatchProposal, MatchRun, RunKind, RunStatus
from matching.policies import Action, can
from matching.snapshot import parse_key
from matching.solver.common import haversine_km

HISTORY_SIZE = 10


def requires_matching(action: Action) -> Callable[[ViewFunction[P]], ViewFunction[P]]:
    """`frontend.views.base.requires` for matching's own policy: login, 403, then 404."""

    def decorator(view: ViewFunction[P]) -> ViewFunction[P]:
        @wraps(view)
        def wrapped(request: HttpRequest, /, *args: P.args, **kwargs: P.kwargs) -> HttpResponse:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not can(request.user, action):
                raise PermissionDenied
            try:
                return view(request, *args, **kwargs)
            except NotFound:
                raise Http404 from None

        return wrapped

    return decorator


class RejectForm(VerderForm):
    reason = forms.CharField(
        label=gettext_lazy("Why does this not fit?"),
        max_length=200,
        help_text=gettext_lazy("Only coordinators see this. The pair is not proposed again."),
    )


# Why a buddy was ruled out for a survivor: one sentence per rule, with the number of buddies.
def _buddy_rule_sentence(rule: str, count: int) -> str:
    match rule:
        case "availability":
            text = ngettext(
                "%(count)d buddy has no overlapping time",
                "%(count)d buddies have no overlapping time",
                count,
            )
        case "distance":
            text = ngettext(
                "%(count)d buddy is too far away", "%(count)d buddies are too far away", count
            )
        case "gender":
            text = ngettext(
                "%(count)d buddy is not of the gender she asked for",
                "%(count)d buddies are not of the gender she asked for",
                count,
            )
        case "minors":
            text = ngettext(
                "%(count)d buddy is not trained for minors",
                "%(count)d buddies are not trained for minors",
                count,
            )
        case "language":
            text = ngettext(
                "%(count)d buddy shares no language with her",
                "%(count)d buddies share no language with her",
                count,
            )
        case "excluded":
            text = ngettext(
                "%(count)d buddy is excluded for her (safety rule or earlier rejection)",
                "%(count)d buddies are excluded for her (safety rule or earlier rejection)",
                count,
            )
        case "capacity":
            text = ngettext(
                "%(count)d buddy has no free place left",
                "%(count)d buddies have no free place left",
                count,
            )
        case "case":
            text = ngettext(
                "%(count)d buddy already supports someone from the same case",
                "%(count)d buddies already support someone from the same case",
                count,
            )
        case "max_minors":
            text = ngettext(
                "%(count)d buddy already supports as many minors as she may",
                "%(count)d buddies already support as many minors as they may",
                count,
            )
        case _:
            text = ngettext(
                "%(count)d buddy is ruled out by the rule “%(rule)s”",
                "%(count)d buddies are ruled out by the rule “%(rule)s”",
                count,
            )
    return text % {"count": count, "rule": rule}


def buddy_rule_name(rule: str) -> str:
    """The short name of a rule, for 'closest: Anne, blocked by distance'."""
    names = {
        "availability": _("no overlapping time"),
        "distance": _("distance"),
        "gender": _("gender"),
        "minors": _("not trained for minors"),
        "language": _("no shared language"),
        "excluded": _("exclusion"),
        "capacity": _("no free place"),
        "case": _("same case"),
        "max_minors": _("maximum of minors"),
    }
    return str(names.get(rule, rule))


def buddy_reason_sentences(reasons: dict[str, int]) -> list[str]:
    """Largest count first, so the main obstacle is read first."""
    ordered = sorted(reasons.items(), key=lambda item: (-item[1], item[0]))
    return [_buddy_rule_sentence(rule, count) for rule, count in ordered if count]


@dataclass(frozen=True)
class ProposalView:
    proposal: MatchProposal
    reasons: list[str]


@dataclass(frozen=True)
class UnmatchedView:
    survivor_id: int
    survivor: str
    reasons: list[str]
    closest: str


def _people(run: MatchRun) -> tuple[dict[int, dict[str, Any]], dict[int, dict[str, Any]]]:
    snapshot = run.input_snapshot
    survivors = {parse_key(row["id"]): row for row in snapshot.get("survivors", [])}
    buddies = {parse_key(row["id"]): row for row in snapshot.get("buddies", [])}
    return survivors, buddies


def proposal_reasons(
    proposal: MatchProposal, survivor: dict[str, Any] | None, buddy: dict[str, Any] | None
) -> list[str]:
    """The score breakdown in words, with the facts of the snapshot behind each part."""
    points = proposal.breakdown
    if survivor is None or buddy is None:
        return [_("Score %(score)d") % {"score": proposal.score}]
    lines: list[str] = []
    interests = sorted(set(survivor.get("interests", [])) & set(buddy.get("interests", [])))
    if interests:
        lines.append(
            _("Shared interests: %(names)s (%(points)d points)")
            % {"names": ", ".join(interests), "points": points.get("interests", 0)}
        )
    else:
        lines.append(_("No shared interests"))
    languages = [
        LANGUAGES.get(code, code)
        for code in survivor.get("languages", [])
        if code in buddy.get("languages", [])
    ]
    if languages:
        lines.append(
            _("Both speak %(names)s (%(points)d points)")
            % {"names": ", ".join(languages), "points": points.get("languages", 0)}
        )
    slots = sorted(set(survivor.get("availability", [])) & set(buddy.get("availability", [])))
    lines.append(
        ngettext(
            "Both free at %(count)d time in the week: %(slots)s (%(points)d points)",
            "Both free at %(count)d times in the week: %(slots)s (%(points)d points)",
            len(slots),
        )
        % {
            "count": len(slots),
            "slots": ", ".join(slot_label(slot) for slot in slots),
            "points": points.get("overlap", 0),
        }
    )
    km = float(haversine_km(survivor["lat"], survivor["lon"], buddy["lat"], buddy["lon"]))
    lines.append(
        _("About %(km)d km apart (%(points)d points)")
        % {"km": round(km), "points": points.get("distance", 0)}
    )
    days = int(survivor.get("waiting_days", 0))
    lines.append(
        ngettext(
            "Waiting for %(count)d day (%(points)d points)",
            "Waiting for %(count)d days (%(points)d points)",
            days,
        )
        % {"count": days, "points": points.get("waiting", 0)}
    )
    if points.get("lived_experience"):
        lines.append(
            _("The buddy has the lived experience she asked for (%(points)d points)")
            % {"points": points["lived_experience"]}
        )
    return lines


def _latest_run(user: User, kind: str) -> MatchRun | None:
    return selectors.run_list_for_user(user=user).filter(kind=kind).first()


def _unmatched(run: MatchRun) -> list[UnmatchedView]:
    rows = []
    for row in services.unmatched_explained(run):
        closest = ""
        if row["closest_buddy"]:
            blocked = ", ".join(buddy_rule_name(rule) for rule in row["closest_blocked_by"])
            closest = _("Closest: %(name)s, blocked by %(rules)s") % {
                "name": row["closest_buddy"],
                "rules": blocked,
            }
        rows.append(
            UnmatchedView(
                survivor_id=row["survivor_id"],
                survivor=row["survivor"],
                reasons=buddy_reason_sentences(row["reasons"]),
                closest=closest,
            )
        )
    return rows


def _proposals_page(request: HttpRequest, run: MatchRun | None) -> HttpResponse:
    user = current_user(request)
    context: dict[str, Any] = {
        "run": run,
        "in_progress": run is not None and run.status in {RunStatus.QUEUED, RunStatus.RUNNING},
        "history": selectors.run_list_for_user(user=user).filter(kind=RunKind.BUDDY)[:HISTORY_SIZE],
        "rejections": selectors.rejection_list_for_user(user=user),
        "proposals": [],
        "unmatched": [],
    }
    if run is not None and run.status == RunStatus.DONE:
        survivors, buddies = _people(run)
        proposals = selectors.proposal_list_for_user(user=user).filter(run=run)
        context["proposals"] = [
            ProposalView(
                proposal=proposal,
                reasons=proposal_reasons(
                    proposal, survivors.get(proposal.survivor_id), buddies.get(proposal.buddy_id)
                ),
            )
            for proposal in proposals
        ]
        context["pending"] = sum(
            1 for view in context["proposals"] if view.proposal.decision == Decision.PENDING
        )
        context["unmatched"] = _unmatched(run)
    return render(request, "frontend/matching/proposals.html", context)


@requires_matching(Action.RUN_LIST)
def proposals(request: HttpRequest) -> HttpResponse:
    return _proposals_page(request, _latest_run(current_user(request), RunKind.BUDDY))


@requires_matching(Action.RUN_LIST)
def run_detail(request: HttpRequest, run_id: int) -> HttpResponse:
    run = selectors.run_get_for_user(user=current_user(request), run_id=run_id)
    if run.kind != RunKind.BUDDY:
        raise NotFound()
    return _proposals_page(request, run)


def back_to_run(user: User, run_id: int, *, latest: str, detail: str) -> HttpResponse:
    """To the page she came from: the latest run's page, or the older run she was reading."""
    run = selectors.run_get_for_user(user=user, run_id=run_id)
    newest = _latest_run(user, run.kind)
    if newest is not None and newest.pk == run.pk:
        return redirect(latest)
    return redirect(detail, run_id=run.pk)


def _back(user: User, run_id: int) -> HttpResponse:
    return back_to_run(user, run_id, latest="frontend:proposals", detail="frontend:run-detail")


def start_run_and_report(
    request: HttpRequest, start: Callable[..., MatchRun], *, ready: str, pending: str, to: str
) -> HttpResponse:
    """Start a run (buddy or group) and tell the coordinator how it stands; shared by both pages."""
    try:
        run = start(actor=current_user(request))
    except DomainError as error:
        messages.error(request, str(error.message))
    else:
        if run.status == RunStatus.FAILED:
            messages.error(request, _("The run failed. Try again later or ask for help."))
        elif run.status == RunStatus.DONE:
            messages.success(request, ready)
        else:
            messages.info(request, pending)
    return redirect(to)


@require_POST
@requires_matching(Action.RUN_START)
def run_start(request: HttpRequest) -> HttpResponse:
    return start_run_and_report(
        request,
        services.run_start,
        ready=_("New proposals are ready."),
        pending=_("The proposals are being made."),
        to="frontend:proposals",
    )


@require_POST
@requires_matching(Action.PROPOSAL_DECIDE)
def proposal_approve(request: HttpRequest, proposal_id: int) -> HttpResponse:
    user = current_user(request)
    proposal = selectors.proposal_get_for_user(user=user, proposal_id=proposal_id)
    try:
        services.proposal_approve(actor=user, proposal=proposal)
    except DomainError as error:
        messages.error(
            request,
            _("%(survivor)s and %(buddy)s: %(message)s")
            % {
                "survivor": proposal.survivor.pseudonym,
                "buddy": proposal.buddy.first_name,
                "message": error.message,
            },
        )
    else:
        messages.success(
            request,
            _("%(survivor)s and %(buddy)s are now a match.")
            % {"survivor": proposal.survivor.pseudonym, "buddy": proposal.buddy.first_name},
        )
    return _back(user, proposal.run_id)


@requires_matching(Action.PROPOSAL_DECIDE)
def proposal_reject(request: HttpRequest, proposal_id: int) -> HttpResponse:
    user = current_user(request)
    proposal = selectors.proposal_get_for_user(user=user, proposal_id=proposal_id)
    form = RejectForm(request.POST or None, auto_id="reject-%s")
    if request.method == "POST" and form.is_valid():
        try:
            services.proposal_reject(
                actor=user, proposal=proposal, reason=form.cleaned_data["reason"]
            )
        except DomainError as error:
            messages.error(request, str(error.message))
        else:
            messages.success(
                request,
                _("The proposal of %(survivor)s and %(buddy)s has been rejected.")
                % {"survivor": proposal.survivor.pseudonym, "buddy": proposal.buddy.first_name},
            )
        return _back(user, proposal.run_id)
    return render(request, "frontend/matching/reject.html", {"form": form, "proposal": proposal})


@require_POST
@requires_matching(Action.PROPOSAL_DECIDE)
def proposals_approve_many(request: HttpRequest) -> HttpResponse:
    user = current_user(request)
    ids = [value for value in request.POST.getlist("proposal") if value.isdigit()]
    chosen = list(selectors.proposal_list_for_user(user=user).filter(pk__in=ids).order_by("id"))
    if not chosen:
        messages.error(request, _("Choose at least one proposal to approve."))
        return redirect("frontend:proposals")
    by_id = {proposal.pk: proposal for proposal in chosen}
    outcomes = services.proposals_approve_many(actor=user, proposals=chosen)
    approved = sum(1 for outcome in outcomes if outcome.ok)
    if approved:
        messages.success(
            request,
            ngettext("%(count)d proposal approved.", "%(count)d proposals approved.", approved)
            % {"count": approved},
        )
    for outcome in outcomes:
        if not outcome.ok:
            proposal = by_id[outcome.proposal_id]
            messages.error(
                request,
                _("%(survivor)s and %(buddy)s: %(message)s")
                % {
                    "survivor": proposal.survivor.pseudonym,
                    "buddy": proposal.buddy.first_name,
                    "message": outcome.message,
                },
            )
    return _back(user, chosen[0].run_id)


@require_POST
@requires_matching(Action.REJECTION_CLEAR)
def rejection_clear(request: HttpRequest, rejection_id: int) -> HttpResponse:
    user = current_user(request)
    rejection = selectors.rejection_get_for_user(user=user, rejection_id=rejection_id)
    services.rejection_clear(actor=user, rejection=rejection)
    messages.success(
        request,
        _("%(survivor)s and %(buddy)s may be proposed again.")
        % {"survivor": rejection.survivor.pseudonym, "buddy": rejection.buddy.first_name},
    )
    return redirect("frontend:proposals")
