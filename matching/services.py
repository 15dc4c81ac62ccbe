"""Runs, proposals and decisions. Approval goes through aftercare's match service."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.metadata import version
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from aftercare import services as aftercare_services
from aftercare.choices import slot_label
from aftercare.errors import DomainError, NotFound
from aftercare.models import Buddy, PeerGroup, Survivor, User
from aftercare.models.audit import AuditAction
from aftercare.selectors import tenant_id
from matching.errors import AlreadyDecided, NobodyToPlace, NothingToMatch, RunInProgress
from matching.models import (
    WEIGHT_DEFAULTS,
    Decision,
    GroupProposal,
    MatchingWeights,
    MatchProposal,
    MatchRun,
    PlacementProposal,
    RejectedPair,
    RunKind,
    RunStatus,
)
from matching.snapshot import NEW_GROUPS, buddy_instance, parse_key, peer_groups_instance
from matching.solver.buddy import solve_buddy_matching
from matching.solver.groups import solve_peer_groups

logger = logging.getLogger(__name__)


def _rejected_pairs(organisation_id: int) -> list[tuple[int, int]]:
    return list(
        RejectedPair.objects.filter(
            organisation_id=organisation_id, cleared_at__isnull=True
        ).values_list("survivor_id", "buddy_id")
    )


def weights_for(*, organisation_id: int) -> dict[str, int]:
    """The weights of this organisation's buddy runs: its own, or the solver's defaults."""
    stored = MatchingWeights.objects.filter(organisation_id=organisation_id).first()
    return stored.as_dict() if stored is not None else dict(WEIGHT_DEFAULTS)


@transaction.atomic
def weights_update(*, actor: User, values: dict[str, int]) -> MatchingWeights:
    """Change how a pair's score is made up. Runs started after this use the new weights;
    proposals already made keep the scores they had."""
    organisation_id = tenant_id(actor)
    weights, _created = MatchingWeights.objects.select_for_update().get_or_create(
        organisation_id=organisation_id
    )
    unknown = set(values) - set(WEIGHT_DEFAULTS)
    if unknown:
        raise DomainError(_("Unknown weight."), field=sorted(unknown)[0])
    changed = [name for name, value in values.items() if getattr(weights, name) != value]
    for name, value in values.items():
        setattr(weights, name, value)
    weights.updated_by = actor
    weights.full_clean()
    weights.save()
    aftercare_services.audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        obj=weights,
        organisation_id=organisation_id,
        changes=changed,
    )
    return weights


@transaction.atomic
def run_start(*, actor: User, weights: dict[str, int] | None = None) -> MatchRun:
    """Snapshot who waits and who is free, store it, and queue the solver.

    The task is enqueued inside the transaction: with the database queue the worker sees it
    only once the run row is committed too.
    """

    assert actor.organisation_id is not None
    if weights is None:
        weights = weights_for(organisation_id=actor.organisation_id)
    instance = buddy_instance(
        organisation_id=actor.organisation_id,
        rejected=_rejected_pairs(actor.organisation_id),
        weights=weights,
    )
    if not instance["survivors"] or not instance["buddies"]:
        raise NothingToMatch()
    return _queue_run(
        actor=actor, kind=RunKind.BUDDY, instance=instance, parameters={"weights": weights or {}}
    )


def _queue_run(
    *, actor: User, kind: str, instance: dict[str, Any], parameters: dict[str, Any]
) -> MatchRun:
    """Store the run with its snapshot and queue it; a second active run of the kind is refused."""
    from matching.tasks import execute_match_run

    try:
        with transaction.atomic():
            run = MatchRun.objects.create(
                organisation_id=tenant_id(actor),
                kind=kind,
                started_by=actor,
                parameters=parameters,
                input_snapshot=instance,
                progress="queued",
            )
    except IntegrityError:
        raise RunInProgress() from None
    aftercare_services.audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        obj=run,
        organisation_id=run.organisation_id,
        changes=["run"],
    )
    execute_match_run.enqueue(run_id=run.pk)
    # With the immediate backend (tests) the run has finished by now.
    run.refresh_from_db()
    return run


def run_execute(*, run_id: int) -> MatchRun:
    """Solve a stored snapshot and write its proposals in bulk (no query per pair)."""
    run = MatchRun.objects.get(pk=run_id)
    if run.status != RunStatus.QUEUED:
        return run
    MatchRun.objects.filter(pk=run.pk).update(status=RunStatus.RUNNING, progress="solving")
    try:
        if run.kind == RunKind.GROUPS:
            result = solve_peer_groups(run.input_snapshot, seed=0)
        else:
            result = solve_buddy_matching(run.input_snapshot, explain=False)
    except Exception as error:  # the run must end in a visible state whatever the solver did
        logger.exception("match run %s failed", run.pk)
        MatchRun.objects.filter(pk=run.pk).update(
            status=RunStatus.FAILED,
            progress="failed",
            error=str(error)[:2000],
            finished_at=timezone.now(),
        )
        run.refresh_from_db()
        return run
    with transaction.atomic():
        if run.kind == RunKind.GROUPS:
            _store_group_proposals(run, result)
        else:
            _store_match_proposals(run, result)
        MatchRun.objects.filter(pk=run.pk).update(
            status=RunStatus.DONE,
            progress="done",
            result=result,
            statistics={
                "status": result.get("status"),
                "objective": result.get("objective"),
                "bound": result.get("bound"),
                "placed": result.get("placed"),
                "gap": result.get("gap"),
                "timings": result.get("timings"),
                "ortools": version("ortools"),
            },
            finished_at=timezone.now(),
        )
    run.refresh_from_db()
    return run


def _store_match_proposals(run: MatchRun, result: dict[str, Any]) -> None:
    MatchProposal.objects.bulk_create(
        [
            MatchProposal(
                run_id=run.pk,
                survivor_id=parse_key(match["survivor"]),
                buddy_id=parse_key(match["buddy"]),
                score=match["score"],
                breakdown=match.get("breakdown", {}),
            )
            for match in result["matches"]
        ],
        batch_size=1000,
    )


def _store_group_proposals(run: MatchRun, result: dict[str, Any]) -> None:
    """One GroupProposal per group that gains members; one PlacementProposal per new member."""
    existing = {m for g in run.input_snapshot.get("groups", []) for m in g.get("members", [])}
    ages = {s["id"]: s["age"] for s in run.input_snapshot.get("survivors", [])}
    for row in result.get("groups", []):
        newcomers = [m for m in row["members"] if m not in existing]
        if not newcomers:
            continue
        member_ages = [ages[m] for m in row["members"] if m in ages]
        proposal = GroupProposal.objects.create(
            run=run,
            group_id=None if row.get("new") else parse_key(row["id"]),
            key=row["id"],
            slot=row["slot"],
            language=row["language"],
            online=bool(row.get("online")),
            latitude=None if row.get("lat") is None else round(row["lat"], 2),
            longitude=None if row.get("lon") is None else round(row["lon"], 2),
            min_age=min(member_ages) if member_ages else None,
            max_age=max(member_ages) if member_ages else None,
        )
        reasons = row.get("reasons", {})
        PlacementProposal.objects.bulk_create(
            [
                PlacementProposal(
                    group_proposal=proposal,
                    survivor_id=parse_key(member),
                    reasons=reasons.get(member, {}),
                )
                for member in newcomers
            ]
        )


@transaction.atomic
def proposal_approve(*, actor: User, proposal: MatchProposal) -> MatchProposal:
    proposal = MatchProposal.objects.select_for_update().get(pk=proposal.pk)
    if proposal.decision != Decision.PENDING:
        raise AlreadyDecided()
    survivor = Survivor.objects.get(pk=proposal.survivor_id)
    buddy = Buddy.objects.get(pk=proposal.buddy_id)
    aftercare_services.match_create(actor=actor, survivor=survivor, buddy=buddy)
    proposal.decision = Decision.APPROVED
    proposal.decided_by = actor
    proposal.decided_at = timezone.now()
    proposal.save(update_fields=["decision", "decided_by", "decided_at"])
    aftercare_services.audit_record(
        actor=actor,
        action=AuditAction.DECIDE,
        obj=proposal,
        organisation_id=actor.organisation_id,
        changes=["decision"],
    )
    return proposal


@transaction.atomic
def proposal_reject(*, actor: User, proposal: MatchProposal, reason: str) -> MatchProposal:
    proposal = MatchProposal.objects.select_for_update().get(pk=proposal.pk)
    if proposal.decision != Decision.PENDING:
        raise AlreadyDecided()
    proposal.decision = Decision.REJECTED
    proposal.decided_by = actor
    proposal.decided_at = timezone.now()
    proposal.reason = reason
    proposal.save(update_fields=["decision", "decided_by", "decided_at", "reason"])
    assert actor.organisation_id is not None
    RejectedPair.objects.get_or_create(
        organisation_id=actor.organisation_id,
        survivor_id=proposal.survivor_id,
        buddy_id=proposal.buddy_id,
        cleared_at=None,
        defaults={"reason": reason, "rejected_by": actor},
    )
    aftercare_services.audit_record(
        actor=actor,
        action=AuditAction.DECIDE,
        obj=proposal,
        organisation_id=actor.organisation_id,
        changes=["decision", "reason"],
    )
    return proposal


@dataclass(frozen=True)
class DecisionOutcome:
    proposal_id: int
    ok: bool
    code: str = ""
    message: str = ""


def proposals_approve_many(
    *, actor: User, proposals: Iterable[MatchProposal]
) -> list[DecisionOutcome]:
    """Each approval stands alone: one that conflicts does not undo the others."""
    outcomes = []
    for proposal in proposals:
        try:
            proposal_approve(actor=actor, proposal=proposal)
        except DomainError as error:
            outcomes.append(DecisionOutcome(proposal.pk, False, error.code, str(error.message)))
        else:
            outcomes.append(DecisionOutcome(proposal.pk, True))
    return outcomes


@transaction.atomic
def rejection_clear(*, actor: User, rejection: RejectedPair) -> RejectedPair:
    rejection = RejectedPair.objects.select_for_update().get(pk=rejection.pk)
    if rejection.cleared_at is not None:
        raise NotFound()
    rejection.cleared_at = timezone.now()
    rejection.save(update_fields=["cleared_at"])
    aftercare_services.audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        obj=rejection,
        organisation_id=rejection.organisation_id,
        changes=["cleared_at"],
    )
    return rejection


def unmatched_explained(run: MatchRun) -> list[dict[str, Any]]:
    """The solver's reasons with names a coordinator recognises instead of ids."""
    unmatched = run.result.get("unmatched", [])
    survivor_ids = [parse_key(row["survivor"]) for row in unmatched]
    buddy_ids = [parse_key(row["closest"]["buddy"]) for row in unmatched if row.get("closest")]
    survivors = dict(Survivor.objects.filter(pk__in=survivor_ids).values_list("pk", "pseudonym"))
    buddies = dict(Buddy.objects.filter(pk__in=buddy_ids).values_list("pk", "first_name"))
    rows = []
    for row in unmatched:
        survivor_id = parse_key(row["survivor"])
        closest = row.get("closest")
        rows.append(
            {
                "survivor_id": survivor_id,
                "survivor": survivors.get(survivor_id, ""),
                "reasons": row.get("reasons", {}),
                "closest_buddy": buddies.get(parse_key(closest["buddy"]), "") if closest else "",
                "closest_blocked_by": closest.get("blocked_by", []) if closest else [],
            }
        )
    return rows


@transaction.atomic
def group_run_start(*, actor: User) -> MatchRun:
    assert actor.organisation_id is not None
    instance = peer_groups_instance(organisation_id=actor.organisation_id)
    waiting = {g_member for g in instance["groups"] for g_member in g["members"]}
    if not [s for s in instance["survivors"] if s["id"] not in waiting]:
        raise NobodyToPlace()
    return _queue_run(actor=actor, kind=RunKind.GROUPS, instance=instance, parameters={})


def _group_of(actor: User, proposal: GroupProposal) -> PeerGroup:
    """The group a proposal fills: the existing one, or the new one opened on first approval."""
    if proposal.group_id is not None:
        return PeerGroup.objects.get(pk=proposal.group_id)
    if proposal.created_group_id is not None:
        return PeerGroup.objects.get(pk=proposal.created_group_id)
    group = aftercare_services.group_create(
        actor=actor,
        name=str(_("Group %(slot)s") % {"slot": slot_label(proposal.slot)}),
        slot=proposal.slot,
        language=proposal.language,
        min_size=NEW_GROUPS["min_size"],
        max_size=NEW_GROUPS["max_size"],
        online=proposal.online,
        latitude=proposal.latitude,
        longitude=proposal.longitude,
    )
    proposal.created_group = group
    proposal.save(update_fields=["created_group"])
    return group


@transaction.atomic
def placement_approve(*, actor: User, placement: PlacementProposal) -> PlacementProposal:
    # Lock the group proposal first: two approvals of one new group open it only once.
    proposal = GroupProposal.objects.select_for_update().get(pk=placement.group_proposal_id)
    placement = PlacementProposal.objects.select_for_update().get(pk=placement.pk)
    if placement.decision != Decision.PENDING:
        raise AlreadyDecided()
    group = _group_of(actor, proposal)
    survivor = Survivor.objects.get(pk=placement.survivor_id)
    aftercare_services.membership_add(actor=actor, group=group, survivor=survivor)
    placement.decision = Decision.APPROVED
    placement.decided_by = actor
    placement.decided_at = timezone.now()
    placement.save(update_fields=["decision", "decided_by", "decided_at"])
    if not proposal.placements.filter(decision=Decision.PENDING).exists():
        proposal.decision = Decision.APPROVED
        proposal.save(update_fields=["decision"])
    return placement


@transaction.atomic
def group_proposal_approve(*, actor: User, proposal: GroupProposal) -> GroupProposal:
    """Approve every pending girl of a proposed group at once, or none of them."""
    proposal = GroupProposal.objects.select_for_update().get(pk=proposal.pk)
    pending = list(proposal.placements.filter(decision=Decision.PENDING))
    if not pending:
        raise AlreadyDecided()
    for placement in pending:
        placement_approve(actor=actor, placement=placement)
    proposal.refresh_from_db()
    return proposal


@transaction.atomic
def placement_reject(
    *, actor: User, placement: PlacementProposal, reason: str
) -> PlacementProposal:
    placement = PlacementProposal.objects.select_for_update().get(pk=placement.pk)
    if placement.decision != Decision.PENDING:
        raise AlreadyDecided()
    placement.decision = Decision.REJECTED
    placement.decided_by = actor
    placement.decided_at = timezone.now()
    placement.reason = reason
    placement.save(update_fields=["decision", "decided_by", "decided_at", "reason"])
    aftercare_services.audit_record(
        actor=actor,
        action=AuditAction.DECIDE,
        obj=placement,
        organisation_id=actor.organisation_id,
        changes=["decision", "reason"],
    )
    return placement


def unplaced_explained(run: MatchRun) -> list[dict[str, Any]]:
    rows = run.result.get("unplaced", [])
    names = dict(
        Survivor.objects.filter(pk__in=[parse_key(r["survivor"]) for r in rows]).values_list(
            "pk", "pseudonym"
        )
    )
    return [
        {
            "survivor_id": parse_key(r["survivor"]),
            "survivor": names.get(parse_key(r["survivor"]), ""),
            "reasons": r.get("reasons", {}),
        }
        for r in rows
    ]
