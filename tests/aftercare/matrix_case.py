"""The shape of a permission-matrix case, shared by every app's list of cases."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tests.conftest import PERSONAS, World

OK, CREATED, FORBIDDEN, NOT_FOUND = 200, 201, 403, 404


def only(allowed: dict[str, int], otherwise: int = FORBIDDEN) -> dict[str, int]:
    return {persona: allowed.get(persona, otherwise) for persona in PERSONAS}


COORDINATORS_OK = only({"coordinator": OK, "other_org_coordinator": OK})
COORDINATORS_CREATE = only({"coordinator": CREATED, "other_org_coordinator": CREATED})
OWN_COORDINATOR_OK = only({"coordinator": OK, "other_org_coordinator": NOT_FOUND})
OWN_COORDINATOR_CREATE = only({"coordinator": CREATED, "other_org_coordinator": NOT_FOUND})
SIGNED_IN_OK = only({p: OK for p in PERSONAS if p != "anonymous"})


@dataclass(frozen=True)
class Case:
    route: str
    method: str
    expected: dict[str, int]
    kwargs: Callable[[World], dict[str, Any]] = lambda w: {}
    body: Callable[[World], dict[str, Any]] = lambda w: {}
