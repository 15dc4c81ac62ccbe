"""Contact moments: planned, confirmed, reminded once and neutrally, reported, and tracked."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from aftercare import services
from aftercare.dashboard import dashboard_for
from aftercare.errors import Forbidden
from aftercare.models import (
    ContactKind,
    ContactMoment,
    ContactStatus,
    Match,
    Notification,
    Reminder,
)
from aftercare.services import contact
from tests.auth import sign_in
from tests.conftest import World
from tests.factories import BuddyFactory, SurvivorFactory

AMS = ZoneInfo("Europe/Amsterdam")


def three_days_at_three() -> datetime:
    day = timezone.localdate() + timedelta(days=3)
    return datetime(day.year, day.month, day.day, 15, 0, tzinfo=AMS)


def planned(world: World, starts_at: datetime | None = None) -> ContactMoment:
    [moment] = contact.contact_plan(
        actor=world.buddy,
        match=world.match,
        kind=ContactKind.MEETING,
        starts_at=starts_at or three_days_at_three(),
        place="Stadspark",
    )
    return contact.contact_confirm(actor=world.survivor, moment=moment)


def test_buddy_proposes_and_survivor_confirms(world: World) -> None:
    [moment] = contact.contact_plan(
        actor=world.buddy,
        match=world.match,
        kind=ContactKind.MEETING,
        starts_at=three_days_at_three(),
    )
    assert moment.status == ContactStatus.PROPOSED
    assert not Reminder.objects.exists()
    contact.contact_confirm(actor=world.survivor, moment=moment)
    moment.refresh_from_db()
    assert moment.status == ContactStatus.PLANNED
    assert Reminder.objects.filter(moment=moment).count() == 4  # two people, two reminders each


def test_buddy_cannot_confirm_her_own_proposal(world: World) -> None:
    [moment] = contact.contact_plan(
        actor=world.buddy, match=world.match, kind=ContactKind.CALL, starts_at=three_days_at_three()
    )
    with pytest.raises(Forbidden):
        contact.contact_confirm(actor=world.buddy, moment=moment)


def test_reminder_is_sent_once_with_a_neutral_text(world: World) -> None:
    moment = planned(world)
    day_before = moment.starts_at - timedelta(days=1)
    assert contact.reminders_deliver_due(now=day_before - timedelta(minutes=1)) == 0
    assert contact.reminders_deliver_due(now=day_before) == 2
    assert contact.reminders_deliver_due(now=day_before + timedelta(minutes=5)) == 0
    texts = list(Notification.objects.filter(user=world.survivor).values_list("text", flat=True))
    assert len(texts) == 1
    assert "15:00" in texts[0]
    for revealing in ("Anne", "Sanne", world.org.name, "Stadspark", "maatje", "buddy", "nazorg"):
        assert revealing.lower() not in texts[0].lower()


def test_reminder_by_email_only_for_who_wants_it(world: World) -> None:
    world.buddy.email_reminders = True
    world.buddy.save()
    moment = planned(world)
    contact.reminders_deliver_due(now=moment.starts_at - timedelta(hours=1))
    assert [m.to for m in mail.outbox] == [[world.buddy.email]]
    assert "15:00" in mail.outbox[0].subject
    assert world.org.name not in mail.outbox[0].body


def test_moved_meeting_replans_its_reminders(world: World) -> None:
    moment = planned(world)
    old_day_before = moment.starts_at - timedelta(days=1)
    contact.contact_move(
        actor=world.buddy, moment=moment, starts_at=moment.starts_at + timedelta(days=2)
    )
    assert contact.reminders_deliver_due(now=old_day_before) == 0
    assert contact.reminders_deliver_due(now=old_day_before + timedelta(days=2)) == 2


def test_cancelled_meeting_sends_no_reminder(world: World) -> None:
    world.buddy.language = "en"
    world.buddy.save()
    moment = planned(world)
    contact.contact_cancel(actor=world.survivor, moment=moment)
    assert contact.reminders_deliver_due(now=moment.starts_at - timedelta(hours=23)) == 0
    assert contact.reminders_deliver_due(now=moment.starts_at) == 0
    # Only the other person hears of it, once, that it does not go ahead: no reminders.
    [notice] = Notification.objects.all()
    assert notice.user == world.buddy
    assert "does not go ahead" in notice.text
    assert "15:00" in notice.text


def test_weekly_series_keeps_its_wall_clock_time_across_summer_time(world: World) -> None:
    # Tuesday 16 March 2027 15:00; summer time starts on Sunday 28 March.
    first = datetime(2027, 3, 16, 15, 0, tzinfo=AMS)
    if first <= timezone.now():
        first = first.replace(year=timezone.now().year + 1, day=first.day)
    moments = contact.contact_plan(
        actor=world.buddy,
        match=world.match,
        kind=ContactKind.MEETING,
        starts_at=first,
        recurrence="FREQ=WEEKLY;COUNT=6",
    )
    local = [timezone.localtime(m.starts_at, AMS) for m in moments]
    assert len(local) == 6
    assert {(t.hour, t.minute, t.weekday()) for t in local} == {(15, 0, first.weekday())}
    assert len({t.utcoffset() for t in local}) == 2  # both winter and summer time occur


def test_invalid_recurrence_rule_names_the_field(world: World) -> None:
    client = Client()
    sign_in(client, world.buddy)
    response = client.post(
        reverse("api:moment-list"),
        {
            "match": world.match.pk,
            "kind": "meeting",
            "starts_at": three_days_at_three().isoformat(),
            "recurrence": "EVERY TUESDAY",
        },
        content_type="application/json",
    )
    assert response.status_code == 400
    assert "recurrence" in response.json()["fields"]
    assert not ContactMoment.objects.exists()


def test_worried_report_alerts_the_coordinator_and_stays_on_her_dashboard(world: World) -> None:
    moment = planned(world)
    ContactMoment.objects.filter(pk=moment.pk).update(starts_at=timezone.now() - timedelta(hours=3))
    moment.refresh_from_db()
    report = contact.contact_report(
        actor=world.buddy,
        moment=moment,
        happened=True,
        duration_minutes=60,
        rating=2,
        note="Ze kreeg steeds berichten van een onbekende jongen",
        worried=True,
    )
    assert Notification.objects.filter(user=world.coordinator).count() == 1
    board = dashboard_for(organisation=world.org)
    assert [row["id"] for row in board.worries] == [report.pk]
    contact.worry_acknowledge(actor=world.coordinator, report=report)
    assert dashboard_for(organisation=world.org).worries == []


def test_unreported_past_meeting_is_overdue(world: World) -> None:
    past = ContactMoment.objects.create(
        organisation=world.org,
        match=world.match,
        kind=ContactKind.MEETING,
        starts_at=timezone.now() - timedelta(days=2),
        status=ContactStatus.PLANNED,
        status_changed_by=world.buddy,
    )
    board = dashboard_for(organisation=world.org)
    assert [row["id"] for row in board.overdue_reports] == [past.pk]


def test_match_without_contact_for_longer_than_the_rule_is_quiet(world: World) -> None:
    Match.objects.filter(pk=world.match.pk).update(
        started_on=timezone.localdate() - timedelta(days=40)
    )
    board = dashboard_for(organisation=world.org)
    assert [row["id"] for row in board.quiet_matches] == [world.match.pk]
    ContactMoment.objects.create(
        organisation=world.org,
        match=world.match,
        kind=ContactKind.MEETING,
        starts_at=timezone.now() - timedelta(days=3),
        status=ContactStatus.DONE,
        status_changed_by=world.buddy,
    )
    assert dashboard_for(organisation=world.org).quiet_matches == []


def test_first_month_match_without_check_ins_is_listed(world: World) -> None:
    Match.objects.filter(pk=world.match.pk).update(
        started_on=timezone.localdate() - timedelta(days=10)
    )
    assert [row["id"] for row in dashboard_for(organisation=world.org).missing_check_ins] == [
        world.match.pk
    ]
    for whom in ("buddy", "survivor"):
        contact.contact_plan(
            actor=world.coordinator,
            match=world.match,
            kind=ContactKind.CHECK_IN,
            check_in_with=whom,
            starts_at=three_days_at_three(),
        )
    assert dashboard_for(organisation=world.org).missing_check_ins == []


def test_dashboard_query_count_does_not_grow_with_matches(
    world: World, django_assert_num_queries: Any
) -> None:
    def grow(n: int) -> None:
        for _ in range(n):
            survivor = SurvivorFactory.create(organisation=world.org)
            buddy = BuddyFactory.create(organisation=world.org)
            match = services.match_create(actor=world.coordinator, survivor=survivor, buddy=buddy)
            ContactMoment.objects.create(
                organisation=world.org,
                match=match,
                kind=ContactKind.MEETING,
                starts_at=timezone.now() - timedelta(days=1),
                status=ContactStatus.PLANNED,
                status_changed_by=world.coordinator,
            )

    grow(3)
    with django_assert_num_queries(7):
        small = dashboard_for(organisation=world.org)
    grow(20)
    with django_assert_num_queries(7):
        large = dashboard_for(organisation=world.org)
    assert len(large.overdue_reports) == len(small.overdue_reports) + 20


def test_calendar_download_is_neutral(world: World) -> None:
    moment = planned(world)
    client = Client()
    sign_in(client, world.survivor)
    body = client.get(reverse("api:moment-ics", kwargs={"moment_id": moment.pk})).content.decode()
    assert "SUMMARY:Afspraak" in body
    for revealing in ("Anne", "Sanne", "Stadspark", world.org.name):
        assert revealing not in body


def test_calendar_feed_is_secret_and_revocable(world: World) -> None:
    planned(world)
    client = Client()
    sign_in(client, world.buddy)
    url = client.post(reverse("api:calendar-feed")).json()["url"]
    path = url.split("testserver", 1)[1]
    assert "BEGIN:VEVENT" in Client().get(path).content.decode()
    client.delete(reverse("api:calendar-feed"))
    assert Client().get(path).status_code == 404


@pytest.mark.parametrize("token", ["a%00b", "abc%2Fdef", "%C3%A9t%C3%A9"])
def test_a_feed_address_that_no_token_can_have_is_not_found(world: World, token: str) -> None:
    # Found by the fuzzer on PostgreSQL: a NUL byte in the token was a 500 (DataError).
    response = Client(raise_request_exception=False).get(f"/api/v1/calendar/{token}.ics")
    assert response.status_code == 404


def test_survivor_cannot_plan_and_outsiders_cannot_see(world: World) -> None:
    moment = planned(world)
    with pytest.raises(Forbidden):
        contact.contact_plan(
            actor=world.survivor,
            match=world.match,
            kind=ContactKind.MEETING,
            starts_at=three_days_at_three(),
        )
    client = Client()
    sign_in(client, world.other_survivor)
    assert (
        client.get(reverse("api:moment-detail", kwargs={"moment_id": moment.pk})).status_code == 404
    )


def test_a_late_worker_sends_only_the_reminder_still_worth_sending(world: World) -> None:
    moment = planned(world)
    assert contact.reminders_deliver_due(now=moment.starts_at - timedelta(minutes=30)) == 2
    assert Notification.objects.filter(user=world.buddy).count() == 1
    assert contact.reminders_deliver_due(now=moment.starts_at + timedelta(minutes=1)) == 0
