"""Permission-matrix cases of the contact settings API routes (collected by
tests/aftercare/test_permission_matrix.py): each coordinator reads and sets her own
organisation's cadence rules; everyone signed in reads and sets her own e-mail reminders."""

from __future__ import annotations

from tests.aftercare.matrix_case import COORDINATORS_OK, SIGNED_IN_OK, Case


def cadence_body() -> dict[str, int]:
    return {
        "intensive_weeks": 6,
        "intensive_interval_days": 7,
        "regular_interval_days": 14,
        "first_month_check_ins": 2,
        "check_in_interval_days": 30,
    }


CASES: list[Case] = [
    Case("api:cadence-policy", "get", COORDINATORS_OK),
    Case("api:cadence-policy", "put", COORDINATORS_OK, body=lambda w: cadence_body()),
    Case("api:reminder-preference", "get", SIGNED_IN_OK),
    Case("api:reminder-preference", "put", SIGNED_IN_OK, body=lambda w: {"email_reminders": True}),
]
