"""Permission-matrix cases of the matching API routes (collected by tests/aftercare)."""

from __future__ import annotations

from matching import services
from matching.models import MatchProposal, RejectedPair
from tests.aftercare.matrix_case import (
    COORDINATORS_CREATE,
    COORDINATORS_OK,
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
    Case(
        "matching:rejection-clear",
        "post",
        OWN_COORDINATOR_OK,
        kwargs=lambda w: {"rejection_id": rejection(w).pk},
    ),
]
