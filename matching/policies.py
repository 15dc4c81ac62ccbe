"""Who may do what with runs and proposals: coordinators of the organisation only."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from aftercare.choices import Role


class Action(StrEnum):
    RUN_LIST = "run.list"
    RUN_START = "run.start"
    PROPOSAL_DECIDE = "proposal.decide"
    REJECTION_CLEAR = "rejection.clear"
    WEIGHTS_MANAGE = "weights.manage"


RULES: dict[Action, frozenset[str]] = {action: frozenset({Role.COORDINATOR}) for action in Action}


def can(user: Any, action: Action) -> bool:
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    return user.role in RULES[action]
