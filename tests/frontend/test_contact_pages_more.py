"""Coordinator check-ins, group sessions with attendance, moving and cancelling from the
agenda, reminders by e-mail on the profile page and the cadence rules page: who may open
them, and what a user notices when she uses them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from aftercare.dashboard import dashboard_for
from aftercare.errors import Forbidden
from aftercare.models import (
    Attendance,
    AttendanceStatus,
    AuditEvent,
    CadencePolicy,
    ContactKind,
    ContactMoment,
    ContactReport,
    ContactStatus,
    Match,
    Notification,
    Reminder,
    User,
)
from aftercare.services import contact
from aftercare.services.preferences import cadence_policy_update
from tests.auth import sign_in
from tests.conftest import World
from tests.frontend.conftest import ClientFor
from tests.frontend.html import parse

AMS = ZoneInfo("Europe/Amsterdam")

MATRIX_ROUTES: frozenset[str] = frozenset(
    {
        "frontend:agenda-move",
        "frontend:agenda-cancel",
        "frontend:check-in-plan",
        "frontend:group-sessions",
        "frontend:group-session-plan",
        "frontend:group-session-attendance",
        "frontend:cadence-settings",
        "frontend:profile-reminders",
    }
)


def at(days: int, hour: int = 15) -> datetime:
    day = timezone.localdate() + timedelta(days=days)
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=AMS)


def proposed(world: World) -> ContactMoment:
    [moment] = contact.contact_plan(
        actor=world.buddy, match=world.match, kind=ContactKind.MEETING, starts_at=at(3)
    )
    return moment


def planned(world: World) -> ContactMoment:
    return contact.contact_confirm(actor=world.survivor, moment=proposed(world))


def past_session(world: World) -> ContactMoment:
    return ContactMoment.objects.create(
        organisation=world.org,
        group=world.group,
        kind=ContactKind.GROUP_SESSION,
        starts_at=timezone.now() - timedelta(hours=2),
        status=ContactStatus.PLANNED,
        status_changed_by=world.facilitator,
    )


def past_check_in(world: World, whom: str = "buddy") -> ContactMoment:
    return ContactMoment.objects.create(
        organisation=world.org,
        match=world.match,
        kind=ContactKind.CHECK_IN,
        check_in_with=whom,
        starts_at=timezone.now() - timedelta(hours=2),
        status=ContactStatus.PLANNED,
        status_changed_by=world.coordinator,
    )


def agenda_of(client: Client) -> str:
    return client.get(reverse("frontend:agenda")).content.decode()


# --- Who may open what -------------------------------------------------------------------

UrlFor = Callable[[World], str]
PERSONA_COLUMNS = (
    "survivor",
    "other_survivor",
    "buddy",
    "facilitator",
    "coordinator",
    "other_org_coordinator",
    "admin",
)
PAGES: dict[str, tuple[UrlFor, tuple[int, ...]]] = {
    #                                                     surv oth  bud  fac  coo  oorg adm
    "agenda-move": (
        lambda w: reverse("frontend:agenda-move", args=[proposed(w).pk]),
        (403, 403, 200, 404, 200, 404, 403),
    ),
    "agenda-move-session": (
        lambda w: reverse("frontend:agenda-move", args=[contact_plan_session(w).pk]),
        (403, 403, 404, 200, 200, 404, 403),
    ),
    "check-in-plan": (
        lambda w: reverse("frontend:check-in-plan", args=[w.match.pk]),
        (403, 403, 403, 403, 200, 404, 403),
    ),
    "group-sessions": (
        lambda w: reverse("frontend:group-sessions", args=[w.group.pk]),
        (403, 403, 404, 200, 200, 404, 403),
    ),
    "group-session-plan": (
        lambda w: reverse("frontend:group-session-plan", args=[w.group.pk]),
        (403, 403, 404, 200, 200, 404, 403),
    ),
    "group-session-attendance": (
        lambda w: reverse("frontend:group-session-attendance", args=[past_session(w).pk]),
        (403, 403, 404, 200, 200, 404, 403),
    ),
    # Her own organisation's rules: the other coordinator opens her own, never these.
    "cadence-settings": (
        lambda w: reverse("frontend:cadence-settings"),
        (403, 403, 403, 403, 200, 200, 403),
    ),
}


def contact_plan_session(world: World) -> ContactMoment:
    [moment] = contact.contact_plan(
        actor=world.facilitator, group=world.group, kind=ContactKind.GROUP_SESSION, starts_at=at(2)
    )
    return moment


POSTS: dict[str, tuple[UrlFor, tuple[int, ...]]] = {
    "agenda-cancel": (
        lambda w: reverse("frontend:agenda-cancel", args=[proposed(w).pk]),
        (403, 403, 302, 404, 302, 404, 403),
    ),
    "profile-reminders": (
        lambda w: reverse("frontend:profile-reminders"),
        (302, 302, 302, 302, 302, 302, 302),
    ),
}


@pytest.mark.parametrize("page", sorted(PAGES) + sorted(POSTS))
def test_anonymous_is_sent_to_login(world: World, client_as: ClientFor, page: str) -> None:
    if page in PAGES:
        url = PAGES[page][0](world)
        response = client_as("anonymous").get(url)
        assert response["Location"] == f"{reverse('login')}?next={url}"
    else:
        response = client_as("anonymous").post(POSTS[page][0](world), {})
        assert response["Location"].startswith(reverse("login"))
    assert response.status_code == 302


@pytest.mark.parametrize("persona", PERSONA_COLUMNS)
@pytest.mark.parametrize("page", sorted(PAGES))
def test_pages_answer_each_persona(
    world: World, client_as: ClientFor, page: str, persona: str
) -> None:
    url_for, expected = PAGES[page]
    response = client_as(persona).get(url_for(world))
    assert response.status_code == expected[PERSONA_COLUMNS.index(persona)]


@pytest.mark.parametrize("persona", PERSONA_COLUMNS)
def test_only_the_planner_side_may_cancel(world: World, client_as: ClientFor, persona: str) -> None:
    url_for, expected = POSTS["agenda-cancel"]
    url = url_for(world)
    status = client_as(persona).post(url).status_code
    assert status == expected[PERSONA_COLUMNS.index(persona)]
    moment = ContactMoment.objects.get()
    assert (moment.status == ContactStatus.CANCELLED) == (status == 302)


@pytest.mark.parametrize("persona", PERSONA_COLUMNS)
def test_everyone_signed_in_sets_her_own_reminders(
    world: World, client_as: ClientFor, persona: str
) -> None:
    url_for, expected = POSTS["profile-reminders"]
    response = client_as(persona).post(url_for(world), {"email_reminders": "on"})
    assert response.status_code == expected[PERSONA_COLUMNS.index(persona)]
    user = getattr(world, persona)
    user.refresh_from_db()
    assert user.email_reminders
    assert not User.objects.exclude(pk=user.pk).filter(email_reminders=True).exists()


def test_other_organisation_cannot_post_a_check_in_or_a_session(
    world: World, client_as: ClientFor
) -> None:
    client = client_as("other_org_coordinator")
    check_in = client.post(
        reverse("frontend:check-in-plan", args=[world.match.pk]),
        {"check_in_with": "buddy", "date": at(2).date().isoformat(), "time": "10:00"},
    )
    session = client.post(
        reverse("frontend:group-session-plan", args=[world.group.pk]),
        {"date": at(2).date().isoformat(), "time": "10:00", "duration_minutes": "90"},
    )
    assert (check_in.status_code, session.status_code) == (404, 404)
    assert not ContactMoment.objects.exists()


# --- Coordinator check-ins ---------------------------------------------------------------


def check_in_data(whom: str, days: int = 2) -> dict[str, str]:
    return {
        "check_in_with": whom,
        "date": at(days).date().isoformat(),
        "time": "10:00",
        "duration_minutes": "30",
        "online": "on",
    }


def test_coordinator_plans_a_check_in_from_the_timeline(world: World, client_as: ClientFor) -> None:
    client = client_as("coordinator")
    timeline = parse(client.get(reverse("frontend:match-timeline", args=[world.match.pk])).content)
    plan_url = reverse("frontend:check-in-plan", args=[world.match.pk])
    assert timeline.by_id("check-in-actions").find("a", href=plan_url)
    form = parse(client.get(plan_url).content)
    assert "Anne (Buddy)" in form.find("fieldset").text
    response = client.post(plan_url, check_in_data("buddy"))
    assert response.status_code == 302
    moment = ContactMoment.objects.get()
    assert (moment.kind, moment.check_in_with, moment.status) == (
        ContactKind.CHECK_IN,
        "buddy",
        ContactStatus.PLANNED,
    )
    assert moment.starts_at == at(2, 10)
    # Reminders go to the buddy, never to the survivor the check-in is not with.
    assert set(Reminder.objects.values_list("user", flat=True)) == {world.buddy.pk}
    entries = parse(client.get(reverse("frontend:match-timeline", args=[world.match.pk])).content)
    assert "Coordinator check-in with Anne" in entries.find("ol", class_="timeline").text


def test_check_ins_are_on_her_agenda_and_the_buddy_meetings_are_not(
    world: World, client_as: ClientFor
) -> None:
    meeting = proposed(world)
    client_as("coordinator").post(
        reverse("frontend:check-in-plan", args=[world.match.pk]), check_in_data("survivor")
    )
    check_in = ContactMoment.objects.get(kind=ContactKind.CHECK_IN)
    agenda = parse(agenda_of(client_as("coordinator")))
    assert "Sanne" in agenda.by_id(f"moment-{check_in.pk}").text
    assert not agenda.has_id(f"moment-{meeting.pk}")
    survivor = parse(agenda_of(client_as("survivor")))
    assert "Your coordinator" in survivor.by_id(f"moment-{check_in.pk}").text
    assert not parse(agenda_of(client_as("buddy"))).has_id(f"moment-{check_in.pk}")


def test_first_month_match_clears_from_the_dashboard_once_check_ins_are_planned(
    world: World, client_as: ClientFor
) -> None:
    Match.objects.filter(pk=world.match.pk).update(
        started_on=timezone.localdate() - timedelta(days=10)
    )
    client = client_as("coordinator")
    section = parse(client.get(reverse("frontend:home")).content).by_id("check-ins")
    plan_url = reverse("frontend:check-in-plan", args=[world.match.pk])
    assert section.find("a", href=plan_url)
    client.post(plan_url, check_in_data("buddy", days=2))
    client.post(plan_url, check_in_data("survivor", days=3))
    section = parse(client.get(reverse("frontend:home")).content).by_id("check-ins")
    assert "Sanne" not in section.text
    assert "No check-ins missing." in section.text


def test_a_check_in_in_the_past_refuses_next_to_the_date(
    world: World, client_as: ClientFor
) -> None:
    response = client_as("coordinator").post(
        reverse("frontend:check-in-plan", args=[world.match.pk]), check_in_data("buddy", days=-1)
    )
    page = parse(response.content)
    assert "Choose a moment in the future." in page.by_id("error-summary").text
    assert page.find("a", href="#id_date")
    assert not ContactMoment.objects.exists()


def test_coordinator_reports_on_her_check_in_and_the_buddy_cannot(
    world: World, client_as: ClientFor
) -> None:
    moment = past_check_in(world)
    report_url = reverse("frontend:agenda-report", args=[moment.pk])
    assert client_as("buddy").get(report_url).status_code == 403
    coordinator = client_as("coordinator")
    agenda = parse(agenda_of(coordinator))
    assert agenda.by_id("to-report-title")
    assert agenda.by_id(f"moment-{moment.pk}").find("a", href=report_url)
    timeline = coordinator.get(reverse("frontend:match-timeline", args=[world.match.pk]))
    assert parse(timeline.content).find("a", href=report_url)
    response = coordinator.post(
        report_url, {"happened": "yes", "duration_minutes": "20", "note": "Gaat goed"}
    )
    assert response.status_code == 302
    moment.refresh_from_db()
    assert moment.status == ContactStatus.DONE
    assert ContactReport.objects.get(moment=moment).reported_by == world.coordinator
    with pytest.raises(Forbidden):
        contact.contact_report(actor=world.buddy, moment=past_check_in(world), happened=True)


# --- Group sessions with attendance ------------------------------------------------------


def test_facilitator_plans_eight_weekly_sessions_and_members_see_them(
    world: World, client_as: ClientFor
) -> None:
    client = client_as("facilitator")
    groups = parse(client.get(reverse("frontend:groups")).content)
    sessions_url = reverse("frontend:group-sessions", args=[world.group.pk])
    assert groups.find("a", href=sessions_url)
    response = client.post(
        reverse("frontend:group-session-plan", args=[world.group.pk]),
        {
            "date": at(2).date().isoformat(),
            "time": "19:00",
            "duration_minutes": "90",
            "place": "Buurthuis",
            "repeat": "8",
        },
    )
    assert response.status_code == 302
    moments = list(ContactMoment.objects.order_by("starts_at"))
    assert len(moments) == 8
    assert {m.kind for m in moments} == {ContactKind.GROUP_SESSION}
    assert moments[0].series is not None
    assert moments[0].series.rule == "FREQ=WEEKLY;COUNT=8"
    assert {timezone.localtime(m.starts_at, AMS).hour for m in moments} == {19}
    assert moments[7].starts_at - moments[0].starts_at >= timedelta(days=48)
    page = parse(client.get(sessions_url).content)
    assert len(page.by_id("upcoming").find_all("li", class_="card")) == 8
    member = parse(agenda_of(client_as("other_survivor")))
    assert "Dinsdaggroep" in member.by_id(f"moment-{moments[0].pk}").text
    assert not parse(agenda_of(client_as("survivor"))).has_id(f"moment-{moments[0].pk}")
    # The members get the reminders of the first session too.
    assert Reminder.objects.filter(moment=moments[0], user=world.other_survivor).count() == 2


def test_coordinator_plans_a_group_session(world: World, client_as: ClientFor) -> None:
    response = client_as("coordinator").post(
        reverse("frontend:group-session-plan", args=[world.group.pk]),
        {"date": at(4).date().isoformat(), "time": "16:00", "duration_minutes": "60"},
    )
    assert response.status_code == 302
    assert ContactMoment.objects.get().group == world.group


def test_facilitator_records_attendance_and_a_short_report(
    world: World, client_as: ClientFor
) -> None:
    moment = past_session(world)
    member = world.other_survivor_profile
    client = client_as("facilitator")
    sessions = parse(client.get(reverse("frontend:group-sessions", args=[world.group.pk])).content)
    url = reverse("frontend:group-session-attendance", args=[moment.pk])
    assert sessions.by_id("to-record").find("a", href=url)
    form = parse(client.get(url).content)
    assert form.find("legend").text.startswith("Did the session take place?")
    assert "Lotte" in [legend.text for legend in form.find_all("legend")]
    response = client.post(
        url,
        {"happened": "yes", f"member_{member.pk}": "excused", "note": "Rustige avond"},
    )
    assert response.status_code == 302
    attendance = Attendance.objects.get(moment=moment)
    assert (attendance.survivor_id, attendance.status) == (member.pk, AttendanceStatus.EXCUSED)
    moment.refresh_from_db()
    assert moment.status == ContactStatus.DONE
    recorded = parse(
        client.get(reverse("frontend:group-sessions", args=[world.group.pk])).content
    ).by_id("recorded")
    assert "Lotte: Excused" in recorded.text
    assert "Rustige avond" in recorded.text


def test_attendance_must_be_given_for_every_member(world: World, client_as: ClientFor) -> None:
    moment = past_session(world)
    member = world.other_survivor_profile
    response = client_as("facilitator").post(
        reverse("frontend:group-session-attendance", args=[moment.pk]), {"happened": "yes"}
    )
    page = parse(response.content)
    assert "Say whether she was there." in page.by_id("error-summary").text
    assert page.find("a", href=f"#id_member_{member.pk}_0")
    assert not Attendance.objects.exists()
    moment.refresh_from_db()
    assert moment.status == ContactStatus.PLANNED


def test_a_session_that_did_not_happen_needs_no_attendance(
    world: World, client_as: ClientFor
) -> None:
    moment = past_session(world)
    client_as("facilitator").post(
        reverse("frontend:group-session-attendance", args=[moment.pk]), {"happened": "no"}
    )
    moment.refresh_from_db()
    assert moment.status == ContactStatus.MISSED
    assert not Attendance.objects.exists()


def test_the_agenda_sends_the_facilitator_to_the_attendance_page(
    world: World, client_as: ClientFor
) -> None:
    moment = past_session(world)
    client = client_as("facilitator")
    card = parse(agenda_of(client)).by_id(f"moment-{moment.pk}")
    url = reverse("frontend:group-session-attendance", args=[moment.pk])
    assert card.find("a", href=url).text == "Attendance and report"
    response = client.get(reverse("frontend:agenda-report", args=[moment.pk]))
    assert response["Location"] == url


def test_a_member_cannot_cancel_or_move_the_session_for_everyone(world: World) -> None:
    session = contact_plan_session(world)
    with pytest.raises(Forbidden):
        contact.contact_cancel(actor=world.other_survivor, moment=session)
    with pytest.raises(Forbidden):
        contact.contact_move(actor=world.other_survivor, moment=session, starts_at=at(5))
    session.refresh_from_db()
    assert session.status == ContactStatus.PLANNED


# --- Move and cancel from the agenda ----------------------------------------------------


def test_buddy_moves_a_meeting_and_the_survivor_sees_the_new_time(
    world: World, client_as: ClientFor
) -> None:
    world.survivor.language = "en"
    world.survivor.save()
    moment = planned(world)
    buddy = client_as("buddy")
    card = parse(agenda_of(buddy)).by_id(f"moment-{moment.pk}")
    move_url = reverse("frontend:agenda-move", args=[moment.pk])
    assert card.find("a", href=move_url)
    response = buddy.post(move_url, {"date": at(5).date().isoformat(), "time": "16:30"})
    assert response.status_code == 302
    moment.refresh_from_db()
    assert moment.starts_at == at(5).replace(hour=16, minute=30)
    live = Reminder.objects.filter(moment=moment, cancelled_at__isnull=True)
    assert sorted(r.due_at for r in live if r.user_id == world.survivor.pk) == [
        moment.starts_at - timedelta(days=1),
        moment.starts_at - timedelta(hours=1),
    ]
    assert contact.reminders_deliver_due(now=at(3) - timedelta(hours=23)) == 0
    survivor_card = parse(agenda_of(client_as("survivor"))).by_id(f"moment-{moment.pk}")
    shown = survivor_card.find("time", data_moment_time="")
    assert shown.attrs["datetime"] == moment.starts_at.astimezone(AMS).isoformat()
    [notice] = Notification.objects.filter(user=world.survivor)
    assert "16:30" in notice.text
    for word in ("Anne", "Sanne", "Fier", "buddy"):
        assert word not in notice.text


def test_survivor_asks_for_another_time_and_the_buddy_answers_by_moving(
    world: World, client_as: ClientFor
) -> None:
    moment = planned(world)
    survivor = client_as("survivor")
    card = parse(agenda_of(survivor)).by_id(f"moment-{moment.pk}")
    ask_url = reverse("frontend:agenda-other-time", args=[moment.pk])
    assert card.find("form", action=ask_url)
    survivor.post(ask_url)
    assert (
        not parse(agenda_of(survivor)).by_id(f"moment-{moment.pk}").find_all("form", action=ask_url)
    )
    buddy = client_as("buddy")
    card = parse(agenda_of(buddy)).by_id(f"moment-{moment.pk}")
    assert card.find(data_other_time="").text == "Another time was asked for"
    buddy.post(
        reverse("frontend:agenda-move", args=[moment.pk]),
        {"date": at(6).date().isoformat(), "time": "11:00"},
    )
    card = parse(agenda_of(buddy)).by_id(f"moment-{moment.pk}")
    assert not card.find_all(data_other_time="")
    moment.refresh_from_db()
    assert moment.other_time_requested_at is None


def test_moving_to_the_past_is_refused_next_to_the_date(world: World, client_as: ClientFor) -> None:
    moment = planned(world)
    response = client_as("buddy").post(
        reverse("frontend:agenda-move", args=[moment.pk]),
        {"date": at(-2).date().isoformat(), "time": "11:00"},
    )
    page = parse(response.content)
    assert "Choose a moment in the future." in page.by_id("error-summary").text
    assert page.find("a", href="#id_date")
    moment.refresh_from_db()
    assert moment.starts_at == at(3)


def test_buddy_cancels_and_the_meeting_leaves_both_agendas(
    world: World, client_as: ClientFor
) -> None:
    moment = planned(world)
    buddy = client_as("buddy")
    response = buddy.post(reverse("frontend:agenda-cancel", args=[moment.pk]))
    assert response.status_code == 302
    moment.refresh_from_db()
    assert moment.status == ContactStatus.CANCELLED
    assert not Reminder.objects.filter(moment=moment, cancelled_at__isnull=True).exists()
    assert not parse(agenda_of(buddy)).has_id(f"moment-{moment.pk}")
    assert not parse(agenda_of(client_as("survivor"))).has_id(f"moment-{moment.pk}")
    assert Notification.objects.filter(user=world.survivor).count() == 1
    assert contact.reminders_deliver_due(now=moment.starts_at - timedelta(hours=1)) == 0


def test_the_survivor_gets_no_move_button_and_no_move_page(
    world: World, client_as: ClientFor
) -> None:
    moment = planned(world)
    survivor = client_as("survivor")
    card = parse(agenda_of(survivor)).by_id(f"moment-{moment.pk}")
    assert not card.find_all("a", href=reverse("frontend:agenda-move", args=[moment.pk]))
    assert survivor.get(reverse("frontend:agenda-move", args=[moment.pk])).status_code == 403


def test_facilitator_moves_a_session_back_to_the_sessions_page(
    world: World, client_as: ClientFor
) -> None:
    session = contact_plan_session(world)
    response = client_as("facilitator").post(
        reverse("frontend:agenda-move", args=[session.pk]),
        {"date": at(4).date().isoformat(), "time": "20:00"},
    )
    assert response["Location"] == reverse("frontend:group-sessions", args=[world.group.pk])
    session.refresh_from_db()
    assert session.starts_at == at(4, 20)
    assert Notification.objects.filter(user=world.other_survivor).count() == 1


# --- Reminders by e-mail on the profile page ---------------------------------------------


def test_profile_turns_email_reminders_on_and_off(world: World, client_as: ClientFor) -> None:
    client = client_as("survivor")
    page = parse(client.get(reverse("frontend:profile")).content)
    section = page.by_id("reminders")
    assert section.find("form").attrs["action"] == reverse("frontend:profile-reminders")
    assert "checked" not in section.find("input", type="checkbox").attrs
    client.post(reverse("frontend:profile-reminders"), {"email_reminders": "on"})
    world.survivor.refresh_from_db()
    assert world.survivor.email_reminders
    page = parse(client.get(reverse("frontend:profile")).content)
    assert "checked" in page.by_id("reminders").find("input", type="checkbox").attrs
    assert AuditEvent.objects.filter(
        object_type="user", object_id=str(world.survivor.pk), changes=["email_reminders"]
    ).exists()
    client.post(reverse("frontend:profile-reminders"), {})
    world.survivor.refresh_from_db()
    assert not world.survivor.email_reminders


# --- Cadence rules -------------------------------------------------------------------------


def cadence_data(**values: str) -> dict[str, str]:
    return {
        "intensive_weeks": "4",
        "intensive_interval_days": "7",
        "regular_interval_days": "14",
        "first_month_check_ins": "2",
        "check_in_interval_days": "30",
        **values,
    }


def test_the_dashboard_follows_the_edited_cadence(world: World, client_as: ClientFor) -> None:
    Match.objects.filter(pk=world.match.pk).update(
        started_on=timezone.localdate() - timedelta(days=20)
    )
    ContactMoment.objects.create(
        organisation=world.org,
        match=world.match,
        kind=ContactKind.MEETING,
        starts_at=timezone.now() - timedelta(days=10),
        status=ContactStatus.DONE,
        status_changed_by=world.buddy,
    )
    client = client_as("coordinator")
    quiet = parse(client.get(reverse("frontend:home")).content).by_id("quiet")
    assert "Sanne – Anne" in quiet.text
    page = parse(client.get(reverse("frontend:cadence-settings")).content)
    assert page.find("input", name="intensive_interval_days").attrs["value"] == "7"
    response = client.post(
        reverse("frontend:cadence-settings"),
        cadence_data(intensive_interval_days="14", regular_interval_days="21"),
    )
    assert response.status_code == 302
    policy = CadencePolicy.objects.get(organisation=world.org)
    assert (policy.intensive_interval_days, policy.regular_interval_days) == (14, 21)
    quiet = parse(client.get(reverse("frontend:home")).content).by_id("quiet")
    assert "Sanne" not in quiet.text
    assert not CadencePolicy.objects.filter(organisation=world.other_org).exists()
    assert AuditEvent.objects.filter(object_type="cadencepolicy").get().changes == [
        "intensive_interval_days",
        "regular_interval_days",
    ]


def test_fewer_first_month_check_ins_clears_the_dashboard(world: World) -> None:
    Match.objects.filter(pk=world.match.pk).update(
        started_on=timezone.localdate() - timedelta(days=10)
    )
    contact.contact_plan(
        actor=world.coordinator,
        match=world.match,
        kind=ContactKind.CHECK_IN,
        check_in_with="buddy",
        starts_at=at(2),
    )
    assert [row["id"] for row in dashboard_for(organisation=world.org).missing_check_ins] == [
        world.match.pk
    ]
    cadence_policy_update(
        actor=world.coordinator,
        organisation=world.org,
        intensive_weeks=4,
        intensive_interval_days=7,
        regular_interval_days=14,
        first_month_check_ins=1,
        check_in_interval_days=30,
    )
    assert dashboard_for(organisation=world.org).missing_check_ins == []


def test_invalid_cadence_gives_dutch_errors_next_to_the_fields(world: World) -> None:
    client = Client(headers={"accept-language": "nl"})
    sign_in(client, world.coordinator)
    response = client.post(reverse("frontend:cadence-settings"), cadence_data(intensive_weeks="99"))
    page = parse(response.content)
    summary = page.by_id("error-summary").text
    assert "Zorg ervoor dat deze waarde hoogstens 26 is." in summary
    assert page.find("a", href="#id_intensive_weeks")
    assert page.by_id("id_intensive_weeks_error")
    assert page.find("html").attrs["lang"] == "nl"
    assert not CadencePolicy.objects.exists()


def test_contact_after_the_first_weeks_cannot_be_expected_more_often(
    world: World, client_as: ClientFor
) -> None:
    response = client_as("coordinator").post(
        reverse("frontend:cadence-settings"),
        cadence_data(intensive_interval_days="14", regular_interval_days="7"),
    )
    page = parse(response.content)
    assert "cannot be expected more often" in page.by_id("id_regular_interval_days_error").text
    assert page.find("a", href="#id_regular_interval_days")
    assert not CadencePolicy.objects.filter(intensive_interval_days=14).exists()


# --- Calendar feed through the services ----------------------------------------------------


def test_calendar_feed_changes_are_audited_from_page_and_api(
    world: World, client_as: ClientFor
) -> None:
    page = client_as("buddy")
    page.post(reverse("frontend:agenda-feed"), {"action": "create"})
    page.post(reverse("frontend:agenda-feed"), {"action": "create"})
    page.post(reverse("frontend:agenda-feed"), {"action": "revoke"})
    api = client_as("survivor")
    api.post(reverse("api:calendar-feed"))
    api.delete(reverse("api:calendar-feed"))
    events = AuditEvent.objects.filter(object_type="calendarfeed").order_by("id")
    assert [(e.actor_id, e.action, e.changes) for e in events] == [
        (world.buddy.pk, "create", ["calendar_feed"]),
        (world.buddy.pk, "update", ["revoked_at"]),
        (world.buddy.pk, "create", ["calendar_feed"]),
        (world.buddy.pk, "update", ["revoked_at"]),
        (world.survivor.pk, "create", ["calendar_feed"]),
        (world.survivor.pk, "update", ["revoked_at"]),
    ]


def test_coordinator_feed_holds_her_check_ins_not_every_meeting(
    world: World, client_as: ClientFor
) -> None:
    meeting = planned(world)
    check_in = past_check_in(world)
    client = client_as("coordinator")
    url = client.post(reverse("api:calendar-feed")).json()["url"]
    body = Client().get(url.split("testserver", 1)[1]).content.decode()
    assert f"moment-{check_in.pk}@verder" in body
    assert f"moment-{meeting.pk}@verder" not in body


def test_sessions_page_query_count_does_not_grow_with_sessions(
    world: World, client_as: ClientFor
) -> None:
    client = client_as("facilitator")
    url = reverse("frontend:group-sessions", args=[world.group.pk])
    client.get(url)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    def recorded_session() -> None:
        contact.contact_report(
            actor=world.facilitator,
            moment=past_session(world),
            happened=True,
            attendance=[(world.other_survivor_profile.pk, AttendanceStatus.PRESENT)],
        )

    recorded_session()
    contact_plan_session(world)
    one = queries()
    for _ in range(3):
        recorded_session()
    contact.contact_plan(
        actor=world.facilitator,
        group=world.group,
        kind=ContactKind.GROUP_SESSION,
        starts_at=at(3),
        recurrence="FREQ=WEEKLY;COUNT=4",
    )
    assert queries() == one
    page = parse(client.get(url).content)
    assert len(page.by_id("recorded").find_all("li", class_="card")) == 4
    assert len(page.by_id("upcoming").find_all("li", class_="card")) == 5


def test_a_meeting_the_coordinator_plans_for_a_match_is_shown_on_its_timeline(
    world: World, client_as: ClientFor
) -> None:
    client = client_as("coordinator")
    response = client.post(
        reverse("frontend:agenda-plan"),
        {
            "target": f"match:{world.match.pk}",
            "kind": ContactKind.MEETING,
            "date": at(3).date().isoformat(),
            "time": "15:00",
            "duration_minutes": "60",
        },
    )
    timeline = reverse("frontend:match-timeline", args=[world.match.pk])
    assert response["Location"] == timeline
    entries = parse(client.get(timeline).content).find("ol", class_="timeline").text
    assert "Meeting" in entries
    assert "Proposed" in entries
