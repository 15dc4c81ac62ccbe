"""Permission-matrix cases of the messaging API (see tests/aftercare/test_permission_matrix.py)."""

from __future__ import annotations

from typing import Any

from tests.aftercare.matrix_case import (
    COORDINATORS_OK,
    CREATED,
    NOT_FOUND,
    OK,
    OWN_COORDINATOR_OK,
    Case,
    only,
)
from tests.conftest import PERSONAS, World
from tests.messaging.helpers import buddy_message, held_message, match_conversation, open_alert

CONFLICT = 409


def conversation_kwargs(w: World) -> dict[str, Any]:
    return {"conversation_id": match_conversation(w).pk}


# Strangers to the buddy conversation: a role that may try, but the conversation is not theirs.
STRANGERS = {"other_survivor": NOT_FOUND, "facilitator": NOT_FOUND}

CASES: list[Case] = [
    Case(
        "messaging:conversation-list",
        "get",
        only({p: OK for p in PERSONAS if p not in {"anonymous", "admin"}}),
    ),
    Case(
        "messaging:conversation-messages",
        "get",
        only(
            {
                "survivor": OK,
                "buddy": OK,
                "coordinator": OK,
                "other_org_coordinator": NOT_FOUND,
                **STRANGERS,
            }
        ),
        kwargs=conversation_kwargs,
    ),
    Case(
        "messaging:conversation-messages",
        "post",
        only({"survivor": CREATED, "buddy": CREATED, **STRANGERS}),
        kwargs=conversation_kwargs,
        body=lambda w: {
            "client_id": "6f1c1f52-8a0e-4d4e-9a53-0d2c1a4b7e01",
            "body": "Hoi, zin in zaterdag?",
        },
    ),
    Case(
        "messaging:conversation-read",
        "post",
        only({"survivor": OK, "buddy": OK, **STRANGERS}),
        kwargs=conversation_kwargs,
        body=lambda w: {"seq": 0},
    ),
    Case(
        "messaging:conversation-block",
        "post",
        only({"survivor": OK, "other_survivor": NOT_FOUND}),
        kwargs=conversation_kwargs,
    ),
    Case(
        "messaging:conversation-pause",
        "post",
        OWN_COORDINATOR_OK,
        kwargs=conversation_kwargs,
        body=lambda w: {"paused": True},
    ),
    Case(
        "messaging:message-report",
        "post",
        only({"survivor": CREATED, "buddy": CONFLICT, **STRANGERS}),
        kwargs=lambda w: {"message_id": buddy_message(w).pk},
        body=lambda w: {"note": "Dit voelt niet goed"},
    ),
    Case(
        "messaging:message-release",
        "post",
        OWN_COORDINATOR_OK,
        kwargs=lambda w: {"message_id": held_message(w).pk},
        body=lambda w: {"note": "Afgesproken via de coördinator"},
    ),
    Case(
        "messaging:message-reject",
        "post",
        OWN_COORDINATOR_OK,
        kwargs=lambda w: {"message_id": held_message(w).pk},
        body=lambda w: {"note": "Contact buiten het platform"},
    ),
    Case("messaging:moderation-queue", "get", COORDINATORS_OK),
    Case("messaging:alert-list", "get", COORDINATORS_OK),
    Case(
        "messaging:alert-acknowledge",
        "post",
        OWN_COORDINATOR_OK,
        kwargs=lambda w: {"alert_id": open_alert(w).pk},
    ),
]
