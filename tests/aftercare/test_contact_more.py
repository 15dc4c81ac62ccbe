"""Contact services and API beyond planning and reporting: attendance of group sessions, who
may move or cancel what, the other-time mark, cadence rules and the reminder choice."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from aftercare.errors import Forbidden, InvalidTransition
from aftercare.models import (
    Attendance,
    AttendanceStatus,
    CadencePolicy,
    ContactKind,
    ContactMoment,
    ContactStatus,
)
from aftercare.services import contact
from aftercare.services.preferences import cadence_policy_update
from tests.auth import sign_in
from tests.conftest import World

AMS = ZoneInfo("Europe/Amsterdam")


def in_days(days: int) -> datetime:
    day = timezone.localdate() + timedelta(days=days)
    return datetime(day.year, day.month, day.day, 15, 0, tzinfo=AMS)


def api(world: World, persona: str) -> Client:
    client = Client()
    sign_in(client, getattr(world, persona))
    return client


def past_session(world: World) -> ContactMoment:
    return ContactMoment.objects.create(
        organisation=world.org,
        group=world.group,
        kind=ContactKind.GROUP_SESSION,
        starts_at=timezone.now() - timedelta(hours=2),
        status=ContactStatus.PLANNED,
        status_changed_by=world.facilitator,
    )


def check_in(world: World) -> ContactMoment:
    [moment] = contact.contact_plan(
        actor=world.coordinator,
        match=world.match,
        kind=ContactKind.CHECK_IN,
        check_in_with="buddy",
        starts_at=in_days(2),
    )
    return moment


def test_facilitator_reports_attendance_through_the_api(world: World) -> None:
    moment = past_session(world)
    member = world.other_survivor_profile
    response = api(world, "facilitator").post(
        reverse("api:moment-report", kwargs={"moment_id": moment.pk}),
        {"happened": True, "attendance": [{"survivor": member.pk, "status": "absent"}]},
        content_type="application/json",
    )
    assert response.status_code == 201
    assert Attendance.objects.get(moment=moment).status == AttendanceStatus.ABSENT


def test_attendance_of_someone_outside_the_group_is_refused(world: World) -> None:
    moment = past_session(world)
    response = api(world, "facilitator").post(
        reverse("api:moment-report", kwargs={"moment_id": moment.pk}),
        {
            "happened": True,
            "attendance": [{"survivor": world.survivor_profile.pk, "status": "present"}],
        },
        content_type="application/json",
    )
    assert response.status_code == 400
    assert "attendance" in response.json()["fields"]
    assert not Attendance.objects.exists()
    moment.refresh_from_db()
    assert moment.status == ContactStatus.PLANNED


def test_attendance_belongs_to_group_sessions_only(world: World) -> None:
    moment = ContactMoment.objects.create(
        organisation=world.org,
        match=world.match,
        kind=ContactKind.MEETING,
        starts_at=timezone.now() - timedelta(hours=2),
        status=ContactStatus.PLANNED,
        status_changed_by=world.buddy,
    )
    with pytest.raises(ValidationError) as error:
        contact.contact_report(
            actor=world.buddy,
            moment=moment,
            happened=True,
            attendance=[(world.survivor_profile.pk, AttendanceStatus.PRESENT)],
        )
    assert "attendance" in error.value.message_dict


def test_a_check_in_is_moved_and_cancelled_by_coordinators_only(world: World) -> None:
    moment = check_in(world)
    with pytest.raises(Forbidden):
        contact.contact_move(actor=world.buddy, moment=moment, starts_at=in_days(4))
    with pytest.raises(Forbidden):
        contact.contact_cancel(actor=world.buddy, moment=moment)
    moved = contact.contact_move(actor=world.coordinator, moment=moment, starts_at=in_days(4))
    assert moved.starts_at == in_days(4)
    contact.contact_cancel(actor=world.coordinator, moment=moment)
    moment.refresh_from_db()
    assert moment.status == ContactStatus.CANCELLED


def test_the_survivor_may_still_cancel_her_own_meeting(world: World) -> None:
    [moment] = contact.contact_plan(
        actor=world.buddy, match=world.match, kind=ContactKind.MEETING, starts_at=in_days(3)
    )
    contact.contact_cancel(actor=world.survivor, moment=moment)
    moment.refresh_from_db()
    assert moment.status == ContactStatus.CANCELLED


def test_other_time_is_marked_until_the_moment_moves(world: World) -> None:
    [moment] = contact.contact_plan(
        actor=world.buddy, match=world.match, kind=ContactKind.MEETING, starts_at=in_days(3)
    )
    contact.contact_request_other_time(actor=world.survivor, moment=moment)
    detail = reverse("api:moment-detail", kwargs={"moment_id": moment.pk})
    assert api(world, "buddy").get(detail).json()["other_time_requested_at"] is not None
    body = (
        api(world, "buddy")
        .post(
            reverse("api:moment-move", kwargs={"moment_id": moment.pk}),
            {"starts_at": in_days(5).isoformat()},
            content_type="application/json",
        )
        .json()
    )
    assert body["status"] == ContactStatus.PROPOSED
    moment.refresh_from_db()
    assert moment.other_time_requested_at is None
    assert moment.starts_at == in_days(5)


def test_a_group_session_has_one_time_for_everyone(world: World) -> None:
    [session] = contact.contact_plan(
        actor=world.facilitator,
        group=world.group,
        kind=ContactKind.GROUP_SESSION,
        starts_at=in_days(2),
    )
    with pytest.raises(InvalidTransition):
        contact.contact_request_other_time(actor=world.other_survivor, moment=session)


def test_cadence_api_sets_the_rules_of_her_own_organisation(world: World) -> None:
    url = reverse("api:cadence-policy")
    client = api(world, "coordinator")
    assert client.get(url).json()["intensive_interval_days"] == 7
    body = {
        "intensive_weeks": 6,
        "intensive_interval_days": 5,
        "regular_interval_days": 10,
        "first_month_check_ins": 3,
        "check_in_interval_days": 21,
    }
    assert client.put(url, body, content_type="application/json").status_code == 200
    assert CadencePolicy.objects.get(organisation=world.org).intensive_weeks == 6
    assert api(world, "other_org_coordinator").get(url).json()["intensive_weeks"] == 4
    refused = client.put(
        url, {**body, "intensive_interval_days": 0}, content_type="application/json"
    )
    assert refused.status_code == 400
    assert "intensive_interval_days" in refused.json()["fields"]
    assert CadencePolicy.objects.get(organisation=world.org).intensive_interval_days == 5


def test_another_organisation_cannot_change_these_rules(world: World) -> None:
    with pytest.raises(Forbidden):
        cadence_policy_update(
            actor=world.other_org_coordinator,
            organisation=world.org,
            intensive_weeks=2,
            intensive_interval_days=7,
            regular_interval_days=14,
            first_month_check_ins=2,
            check_in_interval_days=30,
        )
    assert not CadencePolicy.objects.exists()


def test_reminder_preference_api_is_her_own(world: World) -> None:
    url = reverse("api:reminder-preference")
    client = api(world, "survivor")
    assert client.get(url).json() == {"email_reminders": False}
    response = client.put(url, {"email_reminders": True}, content_type="application/json")
    assert response.json() == {"email_reminders": True}
    world.survivor.refresh_from_db()
    world.buddy.refresh_from_db()
    assert world.survivor.email_reminders
    assert not world.buddy.email_reminders


def test_a_buddy_who_leads_a_group_has_its_sessions_on_her_agenda(world: World) -> None:
    world.group.facilitator = world.buddy
    world.group.save()
    [session] = contact.contact_plan(
        actor=world.buddy, group=world.group, kind=ContactKind.GROUP_SESSION, starts_at=in_days(2)
    )
    moments = api(world, "buddy").get(reverse("api:moment-list")).json()["results"]
    assert [row["id"] for row in moments] == [session.pk]


def test_notifications_are_marked_read_by_the_api_and_only_her_own(world: World) -> None:
    from aftercare.models import Notification
    from tests.aftercare.test_contact import planned

    moment = planned(world)
    contact.reminders_deliver_due(now=moment.starts_at - timedelta(days=1))
    mine = Notification.objects.get(user=world.survivor)
    buddys = Notification.objects.get(user=world.buddy)
    client = Client()
    sign_in(client, world.survivor)
    url = reverse("api:notification-read")
    response = client.post(url, {"ids": [buddys.pk]}, content_type="application/json")
    assert response.json() == {"marked": 0}
    assert client.post(url, {}, content_type="application/json").json() == {"marked": 1}
    mine.refresh_from_db()
    buddys.refresh_from_db()
    assert mine.read_at is not None
    assert buddys.read_at is None
    listed = client.get(reverse("api:notification-list")).json()["results"]
    assert listed[0]["read_at"] is not None


def test_the_agenda_shows_new_notifications_once(world: World) -> None:
    from tests.aftercare.test_contact import planned

    moment = planned(world)
    contact.reminders_deliver_due(now=moment.starts_at - timedelta(days=1))
    client = Client(headers={"accept-language": "en"})
    sign_in(client, world.survivor)
    first = client.get(reverse("frontend:agenda")).content.decode()
    assert '<strong class="badge">New</strong>' in first
    again = client.get(reverse("frontend:agenda")).content.decode()
    assert '<strong class="badge">New</strong>' not in again
    assert "15:00" in again
