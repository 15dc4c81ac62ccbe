"""Permission-matrix cases of the data-rights API routes (collected by test_permission_matrix)."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from aftercare.models import Consent
from aftercare.services import consent_record
from tests.aftercare.matrix_case import COORDINATORS_OK, OK, OWN_COORDINATOR_OK, Case, only
from tests.conftest import World


def survivor_kwargs(w: World) -> dict[str, Any]:
    return {"survivor_id": w.survivor_profile.pk}


def consent(w: World) -> Consent:
    return consent_record(
        actor=w.coordinator,
        survivor=w.survivor_profile,
        scope="messaging",
        given_on=timezone.localdate(),
        privacy_statement_version="2026-1",
    )


CASES: list[Case] = [
    Case("api:survivor-export", "get", OWN_COORDINATOR_OK, kwargs=survivor_kwargs),
    Case(
        "api:survivor-erase",
        "post",
        OWN_COORDINATOR_OK,
        kwargs=survivor_kwargs,
        body=lambda w: {"reason": "request", "confirm_pseudonym": w.survivor_profile.pseudonym},
    ),
    Case("api:survivor-access-log", "get", OWN_COORDINATOR_OK, kwargs=survivor_kwargs),
    Case(
        "api:consent-withdraw",
        "post",
        OWN_COORDINATOR_OK,
        kwargs=lambda w: {"consent_id": consent(w).pk},
    ),
    Case("api:retention", "get", COORDINATORS_OK),
    Case(
        "api:retention",
        "put",
        COORDINATORS_OK,
        body=lambda w: {"message_retention_months": 6, "closed_case_retention_months": 36},
    ),
    Case("api:own-access-log", "get", only({"survivor": OK, "other_survivor": OK})),
]
