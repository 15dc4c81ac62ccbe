"""Permission-matrix cases of the matching API routes (collected by tests/aftercare)."""

from __future__ import annotations

from matching import services
from matching.models import MatchProposal, MatchRun, PlacementProposal, RejectedPair
from tests.aftercare.matrix_case import (
    COORDINATORS_CREATE,
    COORDINATORS_OK,
    CREATED,
    OK,
    OWN_COORDINATOR_OK,
    Case,
    only,
)
from tests.conftest import World


def proposal(world: World) -> MatchProposal:
    run = services.run_start(actor=world.coordinator)
    return run.proposals.get()


def rejection(world: World) -> RejectedPair:
    services.proposal_reject(actor=world.coordinator, proposal=proposal(world), reason="past niet")
    return RejectedPair.objects.get()


CASES: list[Case] = [
    Case("matching:run-list", "get", COORDINATORS_OK),
    Case("matching:run-list", "post", COORDINATORS_CREATE),
    Case(
        "matching:run-detail",
        "get",
        OWN_COORDINATOR_OK,
        kwargs=lambda w: {"run_id": proposal(w).run_id},
    ),
    Case("matching:proposal-list", "get", COORDINATORS_OK),
    Case(
        "matching:proposal-approve",
        "post",
        OWN_COORDINATOR_OK,
        kwargs=lambda w: {"proposal_id": proposal(w).pk},
    ),
    Case(
        "matching:proposal-reject",
        "post",
        OWN_COORDINATOR_OK,
        kwargs=lambda w: {"proposal_id": proposal(w).pk},
        body=lambda w: {"reason": "te ver"},
    ),
    Case(
        "matching:proposal-approve-many",
        "post",
        # Someone else's proposal ids are reported as not found inside a 200, never approved.
        only({"coordinator": OK, "other_org_coordinator": OK}),
        body=lambda w: {"ids": [proposal(w).pk]},
    ),
    Case("matching:rejection-list", "get", COORDINATORS_OK),
    Case("matching:weights", "get", COORDINATORS_OK),
    Case("matching:weights", "put", COORDINATORS_OK, body=lambda w: {"distance": 40}),
    Case(
        "matching:rejection-clear",
        "post",
        OWN_COORDINATOR_OK,
        kwargs=lambda w: {"rejection_id": rejection(w).pk},
    ),
]


def group_run(world: World) -> MatchRun:
    from tests.matching.test_group_runs import waiting_for_group

    waiting_for_group(world, 3)
    return services.group_run_start(actor=world.coordinator)


def placement(world: World) -> PlacementProposal:
    return PlacementProposal.objects.filter(group_proposal__run=group_run(world)).first()  # type: ignore[return-value]


def with_girls_waiting(world: World) -> dict[str, int]:
    """No URL arguments; the side effect gives the coordinator three girls to place."""
    from tests.matching.test_group_runs import waiting_for_group

    waiting_for_group(world, 3)
    return {}


CASES += [
    Case("matching:group-run-list", "get", COORDINATORS_OK),
    Case(
        "matching:group-run-list",
        "post",
        # The other organisation has nobody waiting for a group: a clear conflict, not a leak.
        only({"coordinator": CREATED, "other_org_coordinator": 409}),
        kwargs=with_girls_waiting,
    ),
    Case(
        "matching:group-run-detail",
        "get",
        OWN_COORDINATOR_OK,
        kwargs=lambda w: {"run_id": group_run(w).pk},
    ),
    Case(
        "matching:group-proposal-approve",
        "post",
        OWN_COORDINATOR_OK,
        kwargs=lambda w: {"proposal_id": group_run(w).group_proposals.first().pk},  # type: ignore[union-attr]
    ),
    Case(
        "matching:placement-approve",
        "post",
        OWN_COORDINATOR_OK,
        kwargs=lambda w: {"placement_id": placement(w).pk},
    ),
    Case(
        "matching:placement-reject",
        "post",
        OWN_COORDINATOR_OK,
        kwargs=lambda w: {"placement_id": placement(w).pk},
        body=lambda w: {"reason": "te jong"},
    ),
]
