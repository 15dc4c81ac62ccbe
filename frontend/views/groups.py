"""The peer-group page: coordinators see every group of their organisation, start a placement
run and decide on its proposals per group or per girl; facilitators see the groups they lead
and who is in them, and nothing of the proposals."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST

from aftercare import selectors as aftercare_selectors
from aftercare.choices import LANGUAGES, Role, slot_label
from aftercare.errors import DomainError, NotFound
from aftercare.models import Membership, PeerGroup, User
from aftercare.models.relations import MembershipStatus
from aftercare.policies import Action as AftercareAction
from frontend.forms import VerderForm
from frontend.views.base import current_user, requires
from frontend.views.matching import back_to_run, requires_matching, start_run_and_report
from matching import selectors, services
from matching.models import Decision, GroupProposal, MatchRun, RunKind, RunStatus
from matching.policies import Action
from matching.snapshot import parse_key

# Who opens the page: coordinators, and whoever leads a group. Participants see their own
# group on their start page, without the others' names.
GROUP_PAGE_ROLES = frozenset({Role.COORDINATOR, Role.FACILITATOR, Role.BUDDY})


class PlacementRejectForm(VerderForm):
    reason = forms.CharField(
        label=gettext_lazy("Why does this not fit?"),
        max_length=200,
        help_text=gettext_lazy("Only coordinators see this."),
    )


def group_rule_sentence(rule: str, count: int) -> str:
    match rule:
        case "slot":
            text = ngettext(
                "%(count)d group meets at a time she cannot make",
                "%(count)d groups meet at a time she cannot make",
                count,
            )
        case "language":
            text = ngettext(
                "%(count)d group speaks a language she does not speak",
                "%(count)d groups speak a language she does not speak",
                count,
            )
        case "distance":
            text = ngettext(
                "%(count)d group meets too far away", "%(count)d groups meet too far away", count
            )
        case "minors":
            text = ngettext(
                "%(count)d group would mix minors and adults",
                "%(count)d groups would mix minors and adults",
                count,
            )
        case "age":
            text = ngettext(
                "%(count)d group has too big an age difference",
                "%(count)d groups have too big an age difference",
                count,
            )
        case "separate":
            text = ngettext(
                "%(count)d group has someone she must be kept apart from",
                "%(count)d groups have someone she must be kept apart from",
                count,
            )
        case "full":
            text = ngettext(
                "%(count)d group would fit but is full",
                "%(count)d groups would fit but are full",
                count,
            )
        case "not_opened":
            text = ngettext(
                "%(count)d possible new group was not opened (too few others or the limit of "
                "new groups)",
                "%(count)d possible new groups were not opened (too few others or the limit of "
                "new groups)",
                count,
            )
        case _:
            text = ngettext(
                "%(count)d group is ruled out by the rule “%(rule)s”",
                "%(count)d groups are ruled out by the rule “%(rule)s”",
                count,
            )
    return text % {"count": count, "rule": rule}


@dataclass(frozen=True)
class GroupRow:
    group: PeerGroup
    when: str
    where: str
    free: int
    members: list[str]


@dataclass(frozen=True)
class PlacementRow:
    id: int
    survivor: str
    decision: str
    decision_label: str
    reasons: list[str]


@dataclass(frozen=True)
class ProposalRow:
    proposal: GroupProposal
    title: str
    when: str
    language: str
    where: str
    ages: str
    placements: list[PlacementRow]
    pending: bool


@dataclass(frozen=True)
class UnplacedRow:
    survivor: str
    reasons: list[str]


def _group_rows(user: User) -> list[GroupRow]:
    active = Membership.objects.filter(status=MembershipStatus.ACTIVE).select_related("survivor")
    groups = aftercare_selectors.group_list_for_user(user=user).prefetch_related(
        Prefetch("memberships", queryset=active, to_attr="active_memberships")
    )
    return [
        GroupRow(
            group=group,
            when=slot_label(group.slot),
            where=_("Online") if group.online else group.place,
            free=max(group.max_size - int(getattr(group, "member_count", 0)), 0),
            members=[m.survivor.pseudonym for m in getattr(group, "active_memberships", [])],
        )
        for group in groups
    ]


def _placement_reasons(reasons: dict[str, int], waiting_days: int) -> list[str]:
    shared = int(reasons.get("interests", 0))
    lines = [
        ngettext(
            "%(count)d shared interest with the others",
            "%(count)d shared interests with the others",
            shared,
        )
        % {"count": shared}
    ]
    lines.append(
        ngettext("Waiting for %(count)d day", "Waiting for %(count)d days", waiting_days)
        % {"count": waiting_days}
    )
    return lines


def _proposal_rows(run: MatchRun) -> list[ProposalRow]:
    waiting = {
        parse_key(row["id"]): int(row.get("waiting_days", 0))
        for row in run.input_snapshot.get("survivors", [])
    }
    proposals = run.group_proposals.select_related("group", "created_group").prefetch_related(
        "placements__survivor"
    )
    rows = []
    for proposal in proposals:
        if proposal.group is not None:
            title = proposal.group.name
        elif proposal.created_group is not None:
            title = _("New group: %(name)s") % {"name": proposal.created_group.name}
        else:
            title = _("New group")
        ages = ""
        if proposal.min_age is not None and proposal.max_age is not None:
            ages = _("%(low)d to %(high)d years") % {
                "low": proposal.min_age,
                "high": proposal.max_age,
            }
        placements = [
            PlacementRow(
                id=placement.pk,
                survivor=placement.survivor.pseudonym,
                decision=placement.decision,
                decision_label=placement.get_decision_display(),
                reasons=_placement_reasons(
                    placement.reasons, waiting.get(placement.survivor_id, 0)
                ),
            )
            for placement in proposal.placements.all()
        ]
        rows.append(
            ProposalRow(
                proposal=proposal,
                title=title,
                when=slot_label(proposal.slot),
                language=LANGUAGES.get(proposal.language, proposal.language),
                where=_("Online") if proposal.online else (proposal.place or _("In person")),
                ages=ages,
                placements=placements,
                pending=any(p.decision == Decision.PENDING for p in placements),
            )
        )
    return rows


def _unplaced(run: MatchRun) -> list[UnplacedRow]:
    rows = []
    for row in services.unplaced_explained(run):
        ordered = sorted(row["reasons"].items(), key=lambda item: (-item[1], item[0]))
        rows.append(
            UnplacedRow(
                survivor=row["survivor"],
                reasons=[group_rule_sentence(rule, count) for rule, count in ordered if count],
            )
        )
    return rows


def _groups_page(request: HttpRequest, run: MatchRun | None) -> HttpResponse:
    user = current_user(request)
    context: dict[str, Any] = {"groups": _group_rows(user), "coordinator": False}
    if user.role == Role.COORDINATOR:
        context.update(
            coordinator=True,
            run=run,
            in_progress=run is not None and run.status in {RunStatus.QUEUED, RunStatus.RUNNING},
            history=selectors.run_list_for_user(user=user).filter(kind=RunKind.GROUPS)[:10],
            proposals=_proposal_rows(run) if run and run.status == RunStatus.DONE else [],
            unplaced=_unplaced(run) if run and run.status == RunStatus.DONE else [],
        )
    return render(request, "frontend/groups/groups.html", context)


@requires(AftercareAction.GROUP_LIST)
def groups(request: HttpRequest) -> HttpResponse:
    user = current_user(request)
    if user.role not in GROUP_PAGE_ROLES:
        raise PermissionDenied
    run = None
    if user.role == Role.COORDINATOR:
        run = selectors.run_list_for_user(user=user).filter(kind=RunKind.GROUPS).first()
    return _groups_page(request, run)


@requires_matching(Action.RUN_LIST)
def group_run_detail(request: HttpRequest, run_id: int) -> HttpResponse:
    run = selectors.run_get_for_user(user=current_user(request), run_id=run_id)
    if run.kind != RunKind.GROUPS:
        raise NotFound()
    return _groups_page(request, run)


def _back(user: User, run_id: int) -> HttpResponse:
    return back_to_run(user, run_id, latest="frontend:groups", detail="frontend:group-run-detail")


@require_POST
@requires_matching(Action.RUN_START)
def group_run_start(request: HttpRequest) -> HttpResponse:
    return start_run_and_report(
        request,
        services.group_run_start,
        ready=_("New group proposals are ready."),
        pending=_("The group proposals are being made."),
        to="frontend:groups",
    )


@require_POST
@requires_matching(Action.PROPOSAL_DECIDE)
def group_proposal_approve(request: HttpRequest, proposal_id: int) -> HttpResponse:
    user = current_user(request)
    proposal = selectors.group_proposal_get_for_user(user=user, proposal_id=proposal_id)
    try:
        proposal = services.group_proposal_approve(actor=user, proposal=proposal)
    except DomainError as error:
        messages.error(request, str(error.message))
    else:
        group = proposal.group or proposal.created_group
        name = group.name if group is not None else ""
        messages.success(request, _("The group %(name)s has been approved.") % {"name": name})
    return _back(user, proposal.run_id)


@require_POST
@requires_matching(Action.PROPOSAL_DECIDE)
def placement_approve(request: HttpRequest, placement_id: int) -> HttpResponse:
    user = current_user(request)
    placement = selectors.placement_get_for_user(user=user, placement_id=placement_id)
    name = placement.survivor.pseudonym
    try:
        services.placement_approve(actor=user, placement=placement)
    except DomainError as error:
        messages.error(
            request, _("%(name)s: %(message)s") % {"name": name, "message": error.message}
        )
    else:
        messages.success(request, _("%(name)s has been placed.") % {"name": name})
    return _back(user, placement.group_proposal.run_id)


@requires_matching(Action.PROPOSAL_DECIDE)
def placement_reject(request: HttpRequest, placement_id: int) -> HttpResponse:
    user = current_user(request)
    placement = selectors.placement_get_for_user(user=user, placement_id=placement_id)
    form = PlacementRejectForm(request.POST or None, auto_id="reject-%s")
    if request.method == "POST" and form.is_valid():
        try:
            services.placement_reject(
                actor=user, placement=placement, reason=form.cleaned_data["reason"]
            )
        except DomainError as error:
            messages.error(request, str(error.message))
        else:
            messages.success(
                request,
                _("The placement of %(name)s has been rejected.")
                % {"name": placement.survivor.pseudonym},
            )
        return _back(user, placement.group_proposal.run_id)
    return render(request, "frontend/groups/reject.html", {"form": form, "placement": placement})
