"""The coordinator's dashboard (her home) and the match timeline with pause and close."""

from __future__ import annotations

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from aftercare.models import (
    ContactKind,
    ContactMoment,
    ContactReport,
    ContactStatus,
    MatchEvent,
    MatchStatus,
)
from messaging.models import AlertKind, ModerationAlert
from messaging.services import conversation_for_match
from tests.conftest import World
from tests.frontend.conftest import ClientFor
from tests.frontend.html import parse
from tests.messaging.helpers import held_message


def moment_in_past(world: World, hours: int = 5) -> ContactMoment:
    return ContactMoment.objects.create(
        organisation=world.org,
        match=world.match,
        kind=ContactKind.MEETING,
        starts_at=timezone.now() - timedelta(hours=hours),
        status=ContactStatus.PLANNED,
        status_changed_by=world.buddy,
    )


def worried_report(world: World) -> ContactReport:
    moment = moment_in_past(world)
    moment.status = ContactStatus.DONE
    moment.save()
    return ContactReport.objects.create(
        moment=moment,
        happened=True,
        note="Nieuwe telefoon gekregen",
        worried=True,
        reported_by=world.buddy,
    )


def home(client_as: ClientFor, persona: str = "coordinator") -> str:
    return client_as(persona).get(reverse("frontend:home")).content.decode()


def test_dashboard_counts_held_messages_and_urgent_alerts(
    world: World, client_as: ClientFor
) -> None:
    held_message(world)
    ModerationAlert.objects.create(
        organisation=world.org,
        conversation=conversation_for_match(world.match),
        kind=AlertKind.URGENT,
    )
    page = parse(home(client_as))
    assert page.find(data_live_count="held").text == "1"
    assert page.find(data_live_count="urgent").text == "1"
    other = parse(home(client_as, "other_org_coordinator"))
    assert other.find(data_live_count="held").text == "0"
    assert other.find(data_live_count="urgent").text == "0"


def test_an_unreported_past_meeting_is_overdue(world: World, client_as: ClientFor) -> None:
    moment_in_past(world)
    section = parse(home(client_as)).by_id("overdue")
    link = section.find("a", href=reverse("frontend:match-timeline", args=[world.match.pk]))
    assert link.text == "Sanne – Anne"
    assert "Sanne" not in parse(home(client_as, "other_org_coordinator")).by_id("overdue").text


def test_a_worry_shows_until_the_coordinator_has_seen_it(
    world: World, client_as: ClientFor
) -> None:
    report = worried_report(world)
    worries = parse(home(client_as)).by_id("worries")
    assert "Nieuwe telefoon gekregen" in worries.text
    assert "Nieuwe telefoon" not in home(client_as, "other_org_coordinator")
    client_as("coordinator").post(reverse("frontend:worry-acknowledge", args=[report.pk]))
    report.refresh_from_db()
    assert report.worry_acknowledged_by == world.coordinator
    assert "Nieuwe telefoon gekregen" not in parse(home(client_as)).by_id("worries").text


def test_another_organisation_cannot_acknowledge_a_worry(
    world: World, client_as: ClientFor
) -> None:
    report = worried_report(world)
    response = client_as("other_org_coordinator").post(
        reverse("frontend:worry-acknowledge", args=[report.pk])
    )
    assert response.status_code == 404
    report.refresh_from_db()
    assert report.worry_acknowledged_at is None


def test_timeline_shows_contacts_reports_and_status_changes(
    world: World, client_as: ClientFor
) -> None:
    worried_report(world)
    page = parse(
        client_as("coordinator")
        .get(reverse("frontend:match-timeline", args=[world.match.pk]))
        .content
    )
    entries = [entry.text for entry in page.find("ol", class_="timeline").find_all("li")]
    assert len(entries) == 2
    # In time order: the meeting (five hours ago) came before the match was made today.
    assert "Meeting" in entries[0]
    assert "Nieuwe telefoon gekregen" in entries[0]
    assert "Worried" in entries[0]
    assert "Status: Active" in entries[1]


def test_coordinator_pauses_with_a_reason(world: World, client_as: ClientFor) -> None:
    client = client_as("coordinator")
    url = reverse("frontend:match-status", args=[world.match.pk])
    response = client.post(url, {"to_status": "paused", "reason": "Vakantie"})
    assert response.status_code == 302
    world.match.refresh_from_db()
    assert world.match.status == MatchStatus.PAUSED
    assert MatchEvent.objects.filter(match=world.match, reason="Vakantie").exists()


def test_closing_needs_a_reason_and_keeps_the_evaluation(
    world: World, client_as: ClientFor
) -> None:
    client = client_as("coordinator")
    url = reverse("frontend:match-status", args=[world.match.pk])
    refused = parse(client.post(url, {"to_status": "closed"}).content)
    assert "Give the reason this match ends." in refused.by_id("error-summary").text
    world.match.refresh_from_db()
    assert world.match.status == MatchStatus.ACTIVE
    client.post(
        url,
        {
            "to_status": "closed",
            "close_reason": "goals_reached",
            "closing_evaluation": "Ze staat er sterk voor.",
        },
    )
    world.match.refresh_from_db()
    assert world.match.status == MatchStatus.CLOSED
    assert world.match.closing_evaluation == "Ze staat er sterk voor."
