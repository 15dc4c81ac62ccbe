"""Who may press which button: every POST-only page action × every persona.

Anonymous → login; a role that may not act → 403; an object outside her scope → 404; the person
it is meant for → the redirect of a done action. A refused post changes nothing: every table an
action can touch is compared before and after.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone

from aftercare.models import (
    AuditEvent,
    CalendarFeed,
    ContactKind,
    ContactMoment,
    ContactReport,
    ContactStatus,
    Match,
)
from aftercare.services import contact
from messaging.models import Conversation, Message, ModerationAlert
from messaging.services import conversation_for_match
from tests.conftest import World
from tests.frontend.conftest import ClientFor
from tests.messaging.helpers import buddy_message, held_message, open_alert

UrlFor = Callable[[World], str]

COLUMNS = (
    "survivor",
    "other_survivor",
    "buddy",
    "facilitator",
    "coordinator",
    "other_org_coordinator",
    "admin",
)
DONE = 302


@dataclass(frozen=True)
class Post:
    url: UrlFor
    expected: tuple[int, ...]
    data: dict[str, str] = field(default_factory=dict)
    # May press the button, but the service refuses (and says so on the next page).
    no_effect: frozenset[str] = frozenset()


def _conversation(w: World) -> int:
    return int(conversation_for_match(w.match).pk)


def _proposed_moment(w: World) -> int:
    [moment] = contact.contact_plan(
        actor=w.buddy,
        match=w.match,
        kind=ContactKind.MEETING,
        starts_at=timezone.now() + timedelta(days=3),
    )
    return int(moment.pk)


def _worried_report(w: World) -> int:
    moment = ContactMoment.objects.create(
        organisation=w.org,
        match=w.match,
        kind=ContactKind.MEETING,
        starts_at=timezone.now() - timedelta(hours=3),
        status=ContactStatus.PLANNED,
        status_changed_by=w.buddy,
    )
    report = contact.contact_report(actor=w.buddy, moment=moment, happened=True, worried=True)
    return int(report.pk)


ACTIONS: dict[str, Post] = {
    #                                                surv oth  bud  fac  coo  oorg adm
    "chat-send": Post(
        lambda w: reverse("frontend:chat-send", args=[_conversation(w)]),
        (DONE, 404, DONE, 404, 403, 403, 403),
        data={"body": "Hoi, tot zaterdag", "client_id": str(uuid.uuid4())},
    ),
    "chat-block": Post(
        lambda w: reverse("frontend:chat-block", args=[_conversation(w)]),
        (DONE, 404, 403, 403, 403, 403, 403),
    ),
    "chat-report": Post(
        lambda w: reverse("frontend:chat-report", args=[buddy_message(w).pk]),
        (DONE, 404, DONE, 404, 403, 403, 403),
        data={"note": "Dit voelt niet goed"},
        # Nobody reports her own message.
        no_effect=frozenset({"buddy"}),
    ),
    "moderation-release": Post(
        lambda w: reverse("frontend:moderation-release", args=[held_message(w).pk]),
        (403, 403, 403, 403, DONE, 404, 403),
    ),
    "moderation-reject": Post(
        lambda w: reverse("frontend:moderation-reject", args=[held_message(w).pk]),
        (403, 403, 403, 403, DONE, 404, 403),
    ),
    "alert-acknowledge": Post(
        lambda w: reverse("frontend:alert-acknowledge", args=[open_alert(w).pk]),
        (403, 403, 403, 403, DONE, 404, 403),
    ),
    "agenda-feed": Post(
        lambda w: reverse("frontend:agenda-feed"),
        (DONE, DONE, DONE, DONE, DONE, DONE, 403),
    ),
    "agenda-confirm": Post(
        lambda w: reverse("frontend:agenda-confirm", args=[_proposed_moment(w)]),
        # The buddy proposed it: she cannot confirm her own proposal.
        (DONE, 404, 403, 404, DONE, 404, 403),
    ),
    "agenda-other-time": Post(
        lambda w: reverse("frontend:agenda-other-time", args=[_proposed_moment(w)]),
        (DONE, 404, DONE, 404, DONE, 404, 403),
    ),
    "worry-acknowledge": Post(
        lambda w: reverse("frontend:worry-acknowledge", args=[_worried_report(w)]),
        (403, 403, 403, 403, DONE, 404, 403),
    ),
    "match-status": Post(
        lambda w: reverse("frontend:match-status", args=[w.match.pk]),
        (403, 403, 403, 403, DONE, 404, 403),
        data={"to_status": "paused", "reason": "vakantie"},
    ),
}

MATRIX_ROUTES: frozenset[str] = frozenset(f"frontend:{name}" for name in ACTIONS)


def _state() -> list[Any]:
    """Everything a page action writes, row by row."""
    return [
        list(model.objects.order_by("pk").values())
        for model in (
            Message,
            ModerationAlert,
            Conversation,
            CalendarFeed,
            ContactMoment,
            ContactReport,
            Match,
            AuditEvent,
        )
    ]


@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_anonymous_posts_go_to_login_and_change_nothing(
    world: World, client_as: ClientFor, action: str
) -> None:
    post = ACTIONS[action]
    url = post.url(world)
    before = _state()
    response = client_as("anonymous").post(url, post.data)
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('login')}?next={url}"
    assert _state() == before


@pytest.mark.parametrize("persona", COLUMNS)
@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_page_actions_per_persona(
    world: World, client_as: ClientFor, action: str, persona: str
) -> None:
    post = ACTIONS[action]
    url = post.url(world)
    expected = post.expected[COLUMNS.index(persona)]
    before = _state()
    response = client_as(persona).post(url, post.data)
    assert response.status_code == expected, f"{persona} POST {url}"
    if expected == DONE and persona not in post.no_effect:
        assert _state() != before, f"{persona}: {action} was accepted but changed nothing"
    else:
        assert _state() == before, f"{persona}: a refused {action} changed something"


@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_page_actions_need_a_post(world: World, client_as: ClientFor, action: str) -> None:
    # A link or an image tag on another site must not act for her.
    allowed = next(
        p for p, code in zip(COLUMNS, ACTIONS[action].expected, strict=True) if code == DONE
    )
    url = ACTIONS[action].url(world)
    before = _state()
    response = client_as(allowed).get(url)
    assert response.status_code in {200, 405}
    assert _state() == before
