from __future__ import annotations

from django.db.models import QuerySet

from aftercare.choices import Role
from aftercare.errors import NotFound
from aftercare.models import User
from aftercare.selectors import tenant_id
from matching.models import GroupProposal, MatchProposal, MatchRun, PlacementProposal, RejectedPair


def run_list_for_user(*, user: User) -> QuerySet[MatchRun]:
    if user.role != Role.COORDINATOR:
        return MatchRun.objects.none()
    return MatchRun.objects.filter(organisation_id=tenant_id(user)).select_related("started_by")


def run_get_for_user(*, user: User, run_id: int) -> MatchRun:
    try:
        return run_list_for_user(user=user).get(pk=run_id)
    except MatchRun.DoesNotExist:
        raise NotFound() from None


def proposal_list_for_user(*, user: User) -> QuerySet[MatchProposal]:
    if user.role != Role.COORDINATOR:
        return MatchProposal.objects.none()
    return MatchProposal.objects.filter(run__organisation_id=tenant_id(user)).select_related(
        "survivor", "buddy", "decided_by"
    )


def proposal_get_for_user(*, user: User, proposal_id: int) -> MatchProposal:
    try:
        return proposal_list_for_user(user=user).get(pk=proposal_id)
    except MatchProposal.DoesNotExist:
        raise NotFound() from None


def rejection_list_for_user(*, user: User) -> QuerySet[RejectedPair]:
    if user.role != Role.COORDINATOR:
        return RejectedPair.objects.none()
    return RejectedPair.objects.filter(
        organisation_id=tenant_id(user), cleared_at__isnull=True
    ).select_related("survivor", "buddy")


def rejection_get_for_user(*, user: User, rejection_id: int) -> RejectedPair:
    try:
        return rejection_list_for_user(user=user).get(pk=rejection_id)
    except RejectedPair.DoesNotExist:
        raise NotFound() from None


def group_proposal_get_for_user(*, user: User, proposal_id: int) -> GroupProposal:
    if user.role != Role.COORDINATOR:
        raise NotFound()
    try:
        return GroupProposal.objects.get(pk=proposal_id, run__organisation_id=tenant_id(user))
    except GroupProposal.DoesNotExist:
        raise NotFound() from None


def placement_get_for_user(*, user: User, placement_id: int) -> PlacementProposal:
    if user.role != Role.COORDINATOR:
        raise NotFound()
    try:
        return PlacementProposal.objects.get(
            pk=placement_id, group_proposal__run__organisation_id=tenant_id(user)
        )
    except PlacementProposal.DoesNotExist:
        raise NotFound() from None
