"""Agenda pages: plan, confirm, ask for another time, report, .ics and the calendar feed."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.urls import reverse
from django.utils import timezone

from aftercare.models import (
    CalendarFeed,
    ContactKind,
    ContactMoment,
    ContactReport,
    ContactStatus,
    Notification,
)
from aftercare.services import contact
from tests.conftest import World
from tests.frontend.conftest import ClientFor
from tests.frontend.html import parse

AMS = ZoneInfo("Europe/Amsterdam")


def in_three_days() -> datetime:
    day = timezone.localdate() + timedelta(days=3)
    return datetime(day.year, day.month, day.day, 15, 0, tzinfo=AMS)


def plan_data(world: World, **extra: str) -> dict[str, str]:
    return {
        "target": f"match:{world.match.pk}",
        "kind": ContactKind.MEETING,
        "date": in_three_days().date().isoformat(),
        "time": "15:00",
        "duration_minutes": "90",
        "place": "Stadspark",
        **extra,
    }


def proposed(world: World) -> ContactMoment:
    [moment] = contact.contact_plan(
        actor=world.buddy, match=world.match, kind=ContactKind.MEETING, starts_at=in_three_days()
    )
    return moment


def past(world: World) -> ContactMoment:
    return ContactMoment.objects.create(
        organisation=world.org,
        match=world.match,
        kind=ContactKind.MEETING,
        starts_at=timezone.now() - timedelta(hours=3),
        status=ContactStatus.PLANNED,
        status_changed_by=world.buddy,
    )


def test_buddy_proposes_a_meeting_in_amsterdam_time(world: World, client_as: ClientFor) -> None:
    client = client_as("buddy")
    form = parse(client.get(reverse("frontend:agenda-plan")).content)
    assert form.find("option", value=f"match:{world.match.pk}").text == "Sanne"
    response = client.post(reverse("frontend:agenda-plan"), plan_data(world))
    assert response.status_code == 302
    moment = ContactMoment.objects.get()
    assert moment.status == ContactStatus.PROPOSED
    assert moment.starts_at == in_three_days()
    assert moment.duration_minutes == 90
    assert moment.place == "Stadspark"


def test_a_weekly_repeat_plans_a_series(world: World, client_as: ClientFor) -> None:
    client_as("buddy").post(reverse("frontend:agenda-plan"), plan_data(world, repeat="4"))
    moments = list(ContactMoment.objects.order_by("starts_at"))
    assert len(moments) == 4
    assert moments[0].series is not None
    assert moments[0].series.rule == "FREQ=WEEKLY;COUNT=4"
    assert timezone.localtime(moments[3].starts_at, AMS).hour == 15


def test_a_past_date_is_refused_next_to_the_field(world: World, client_as: ClientFor) -> None:
    yesterday = (timezone.localdate() - timedelta(days=1)).isoformat()
    response = client_as("buddy").post(
        reverse("frontend:agenda-plan"), plan_data(world, date=yesterday)
    )
    page = parse(response.content)
    assert response.status_code == 200
    assert "Choose a moment in the future." in page.by_id("error-summary").text
    assert page.find("a", href="#id_date")
    assert not ContactMoment.objects.exists()


def test_a_buddy_cannot_plan_for_a_match_that_is_not_hers(
    world: World, client_as: ClientFor
) -> None:
    response = client_as("buddy").post(
        reverse("frontend:agenda-plan"), plan_data(world, target="match:999999")
    )
    assert response.status_code == 200
    assert not ContactMoment.objects.exists()


def test_survivor_confirms_the_proposal(world: World, client_as: ClientFor) -> None:
    moment = proposed(world)
    client = client_as("survivor")
    card = parse(client.get(reverse("frontend:agenda")).content).by_id(f"moment-{moment.pk}")
    assert "Anne" in card.text
    client.post(reverse("frontend:agenda-confirm", args=[moment.pk]))
    moment.refresh_from_db()
    assert moment.status == ContactStatus.PLANNED
    assert moment.reminders.count() == 4


def test_the_buddy_cannot_confirm_her_own_proposal(world: World, client_as: ClientFor) -> None:
    moment = proposed(world)
    response = client_as("buddy").post(reverse("frontend:agenda-confirm", args=[moment.pk]))
    assert response.status_code == 403
    moment.refresh_from_db()
    assert moment.status == ContactStatus.PROPOSED


def test_asking_for_another_time_tells_the_buddy_neutrally(
    world: World, client_as: ClientFor
) -> None:
    moment = proposed(world)
    client_as("survivor").post(reverse("frontend:agenda-other-time", args=[moment.pk]))
    notification = Notification.objects.get(user=world.buddy)
    assert "Sanne" not in notification.text
    page = parse(client_as("buddy").get(reverse("frontend:agenda")).content)
    assert notification.text in page.find("ul", class_="notifications").text


def test_buddy_reports_that_she_is_worried(world: World, client_as: ClientFor) -> None:
    moment = past(world)
    client = client_as("buddy")
    agenda = parse(client.get(reverse("frontend:agenda")).content)
    assert agenda.find("a", href=reverse("frontend:agenda-report", args=[moment.pk]))
    response = client.post(
        reverse("frontend:agenda-report", args=[moment.pk]),
        {
            "happened": "yes",
            "duration_minutes": "60",
            "rating": "2",
            "note": "Ze had nieuwe dure spullen",
            "worried": "on",
        },
    )
    assert response.status_code == 302
    report = ContactReport.objects.get(moment=moment)
    assert report.worried
    assert report.rating == 2
    assert report.note == "Ze had nieuwe dure spullen"
    moment.refresh_from_db()
    assert moment.status == ContactStatus.DONE


def test_a_report_needs_to_say_whether_it_happened(world: World, client_as: ClientFor) -> None:
    moment = past(world)
    response = client_as("buddy").post(
        reverse("frontend:agenda-report", args=[moment.pk]), {"rating": "9"}
    )
    page = parse(response.content)
    assert page.by_id("error-summary")
    assert not ContactReport.objects.exists()


def test_the_survivor_cannot_report(world: World, client_as: ClientFor) -> None:
    moment = past(world)
    response = client_as("survivor").post(
        reverse("frontend:agenda-report", args=[moment.pk]), {"happened": "no"}
    )
    assert response.status_code == 403
    assert not ContactReport.objects.exists()


def test_ics_download_is_neutral(world: World, client_as: ClientFor) -> None:
    moment = proposed(world)
    response = client_as("survivor").get(reverse("frontend:agenda-ics", args=[moment.pk]))
    assert response["Content-Type"].startswith("text/calendar")
    assert response["Content-Disposition"] == 'attachment; filename="afspraak.ics"'
    body = response.content.decode()
    assert "SUMMARY:Afspraak" in body
    for word in ("Anne", "Sanne", "Fier", "buddy", "maatje"):
        assert word not in body


def test_calendar_feed_is_made_shown_and_revoked(world: World, client_as: ClientFor) -> None:
    client = client_as("survivor")
    client.post(reverse("frontend:agenda-feed"), {"action": "create"})
    feed = CalendarFeed.objects.get(user=world.survivor, revoked_at__isnull=True)
    page = parse(client.get(reverse("frontend:agenda")).content)
    assert page.by_id("feed-url").attrs["value"].endswith(f"/api/v1/calendar/{feed.token}.ics")
    assert client.get(f"/api/v1/calendar/{feed.token}.ics").status_code == 200
    client.post(reverse("frontend:agenda-feed"), {"action": "revoke"})
    assert not CalendarFeed.objects.filter(revoked_at__isnull=True).exists()
    assert client.get(f"/api/v1/calendar/{feed.token}.ics").status_code == 404
    assert not parse(client.get(reverse("frontend:agenda")).content).has_id("feed-url")


def test_another_survivor_cannot_confirm_or_download(world: World, client_as: ClientFor) -> None:
    moment = proposed(world)
    client = client_as("other_survivor")
    assert client.post(reverse("frontend:agenda-confirm", args=[moment.pk])).status_code == 404
    assert client.get(reverse("frontend:agenda-ics", args=[moment.pk])).status_code == 404
    assert f"moment-{moment.pk}" not in client.get(reverse("frontend:agenda")).content.decode()
