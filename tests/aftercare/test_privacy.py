"""Data subject rights, consent withdrawal, retention and the access log: services and API."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from datetime import date, datetime, timedelta
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from aftercare import selectors
from aftercare.access_log import describe
from aftercare.errors import Forbidden, NotFound
from aftercare.models import (
    AuditEvent,
    CloseReason,
    Consent,
    ContactKind,
    ContactMoment,
    ContactReport,
    ContactStatus,
    Match,
    MatchStatus,
    Membership,
    MembershipStatus,
    Survivor,
    SurvivorStatus,
    User,
)
from aftercare.models.audit import AuditAction
from aftercare.services import (
    consent_record,
    contact_ban_add,
    match_transition,
    safety_exclusion_add,
    survivor_file_open,
)
from aftercare.services.privacy import (
    ERASED_PSEUDONYM,
    AlreadyErased,
    AlreadyWithdrawn,
    ErasureReason,
    consent_withdraw,
    retention_apply,
    survivor_erase,
    survivor_export,
)
from aftercare.tasks import apply_retention
from matching import services as matching_services
from matching.models import MatchRun
from matching.snapshot import survivor_key
from messaging.errors import ReadOnlyConversation
from messaging.models import Message
from messaging.selectors import conversation_get_for_user
from messaging.services import conversation_for_group, message_send
from tests.auth import sign_in
from tests.conftest import World, client_for
from tests.factories import SurvivorFactory
from tests.messaging.helpers import match_conversation, stored_message

BAN_NUMBER = "0612345678"
NOTE = "Ze vertelde over haar ex, die haar nog steeds volgt."


def consent(world: World, survivor: Survivor, scope: str) -> Consent:
    return consent_record(
        actor=world.coordinator,
        survivor=survivor,
        scope=scope,
        given_on=timezone.localdate(),
        privacy_statement_version="2026-1",
    )


def reported_moment(
    world: World, *, starts_at: datetime | None = None, note: str = NOTE
) -> ContactMoment:
    moment = ContactMoment.objects.create(
        organisation=world.org,
        match=world.match,
        kind=ContactKind.MEETING,
        starts_at=starts_at or timezone.now() - timedelta(days=3),
        duration_minutes=90,
        place="Bibliotheek Leeuwarden",
        status=ContactStatus.DONE,
        status_changed_by=world.buddy,
    )
    ContactReport.objects.create(
        moment=moment,
        happened=True,
        duration_minutes=80,
        rating=4,
        note=note,
        reported_by=world.buddy,
    )
    return moment


def raw_rows(table: str, where: str, params: list[Any]) -> list[tuple[Any, ...]]:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {table} WHERE {where}", params)  # noqa: S608
        return list(cursor.fetchall())


def raw_text(table: str, where: str, params: list[Any]) -> str:
    return " ".join(str(value) for row in raw_rows(table, where, params) for value in row)


def send(world: World, user: User, conversation_id: int, body: str = "Hoi!") -> Message:
    conversation, access = conversation_get_for_user(user=user, conversation_id=conversation_id)
    return message_send(
        sender=user, conversation=conversation, access=access, client_id=uuid.uuid4(), body=body
    ).message


# --- export ---------------------------------------------------------------------------------


def test_export_holds_her_whole_file_decrypted(world: World) -> None:
    survivor = world.survivor_profile
    given = consent(world, survivor, "processing")
    contact_ban_add(actor=world.coordinator, survivor=survivor, kind="phone", value=BAN_NUMBER)
    safety_exclusion_add(
        actor=world.coordinator,
        survivor=survivor,
        other_survivor=world.other_survivor_profile,
        reason="Zelfde loverboy",
    )
    reported_moment(world)
    conversation = match_conversation(world)
    stored_message(conversation, world.survivor, "Zin in zaterdag?")
    stored_message(conversation, world.buddy, "Ja, tot dan!")

    data = survivor_export(actor=world.coordinator, survivor=survivor)

    assert data["profile"]["pseudonym"] == "Sanne"
    assert [(ban["kind"], ban["value"]) for ban in data["contact_bans"]] == [("phone", BAN_NUMBER)]
    assert data["safety_exclusions"][0]["reason"] == "Zelfde loverboy"
    # The other girl's identity is her data, not Sanne's.
    assert "Lotte" not in json.dumps(data["safety_exclusions"])
    assert [c["scope"] for c in data["consents"]] == [given.scope]
    assert data["matches"][0]["buddy"] == "Anne"
    assert data["matches"][0]["events"][0]["to_status"] == "active"
    assert data["contact_moments"][0]["report"]["note"] == NOTE
    assert [(m["direction"], m["body"]) for m in data["messages"]] == [
        ("sent", "Zin in zaterdag?"),
        ("received", "Ja, tot dan!"),
    ]
    json.dumps(data)  # JSON-ready as it is
    export = AuditEvent.objects.get(action=AuditAction.EXPORT)
    assert (export.actor, export.object_type, export.object_id) == (
        world.coordinator,
        "survivor",
        str(survivor.pk),
    )
    assert BAN_NUMBER not in json.dumps(export.changes)


def test_export_leaves_out_what_other_girls_wrote_in_her_group(world: World) -> None:
    survivor = world.other_survivor_profile
    conversation = conversation_for_group(world.group)
    other = SurvivorFactory.create(organisation=world.org, pseudonym="Fleur")
    stored_message(conversation, world.other_survivor, "Ik ben er dinsdag")
    stored_message(conversation, world.facilitator, "Fijn, Fleur komt ook")
    assert other.pk
    data = survivor_export(actor=world.coordinator, survivor=survivor)
    assert [m["body"] for m in data["messages"]] == ["Ik ben er dinsdag"]
    assert data["group_memberships"][0]["group"] == "Dinsdaggroep"


@pytest.mark.parametrize("persona", ["buddy", "survivor", "facilitator", "admin"])
def test_only_a_coordinator_exports(world: World, persona: str) -> None:
    with pytest.raises(Forbidden):
        survivor_export(actor=getattr(world, persona), survivor=world.survivor_profile)
    assert not AuditEvent.objects.filter(action=AuditAction.EXPORT).exists()


def test_a_coordinator_of_another_organisation_cannot_export(world: World) -> None:
    with pytest.raises(NotFound):
        survivor_export(actor=world.other_org_coordinator, survivor=world.survivor_profile)


def test_export_api_downloads_json_with_the_decrypted_ban(world: World) -> None:
    contact_ban_add(
        actor=world.coordinator, survivor=world.survivor_profile, kind="phone", value=BAN_NUMBER
    )
    response = client_for(world, "coordinator").get(
        reverse("api:survivor-export", kwargs={"survivor_id": world.survivor_profile.pk})
    )
    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        f'attachment; filename="export-{world.survivor_profile.pk}.json"'
    )
    assert response.json()["contact_bans"][0]["value"] == BAN_NUMBER


# --- erasure --------------------------------------------------------------------------------


def test_erasure_removes_her_personal_data_from_the_database(world: World) -> None:
    survivor = world.survivor_profile
    Survivor.objects.filter(pk=survivor.pk).update(
        case_reference="ZAAK-0815", date_of_birth=date(2006, 7, 14)
    )
    survivor.refresh_from_db()
    survivor.needs = "Wil weer naar school"
    survivor.save()
    contact_ban_add(actor=world.coordinator, survivor=survivor, kind="phone", value=BAN_NUMBER)
    moment = reported_moment(world)
    conversation = match_conversation(world)
    stored_message(conversation, world.buddy, "Hoi Sanne, bel me op 0687654321")
    stored_message(conversation, world.survivor, "Ik woon nu bij mijn tante")
    given = consent(world, survivor, "matching")

    survivor_erase(actor=world.coordinator, survivor=survivor, reason=ErasureReason.REQUEST)

    survivor_row = raw_text("aftercare_survivor", "id = %s", [survivor.pk])
    for secret in ("Sanne", "ZAAK-0815", "Leeuwarden", "2006-07-14"):
        assert secret not in survivor_row
    survivor.refresh_from_db()
    assert survivor.pseudonym == ERASED_PSEUDONYM
    assert survivor.date_of_birth == date(2006, 1, 1)
    assert (survivor.needs, survivor.status, survivor.user_id) == ("", SurvivorStatus.CLOSED, None)
    assert not survivor.interests.exists()
    report_row = raw_text("aftercare_contactreport", "moment_id = %s", [moment.pk])
    assert "enc1:" not in report_row
    assert "volgt" not in report_row
    messages = raw_text("messaging_message", "conversation_id = %s", [conversation.pk])
    assert "0687654321" not in messages
    assert "tante" not in messages
    assert not raw_rows("aftercare_contactban", "survivor_id = %s", [survivor.pk])
    # Consents stay as proof of what was agreed, no longer in force.
    given.refresh_from_db()
    assert given.withdrawn_at is not None


def test_erasure_keeps_what_the_statistics_count(world: World) -> None:
    moment = reported_moment(world)
    survivor_erase(
        actor=world.coordinator, survivor=world.survivor_profile, reason=ErasureReason.REQUEST
    )
    match = Match.objects.get(pk=world.match.pk)
    assert (match.status, match.close_reason) == (MatchStatus.CLOSED, CloseReason.SURVIVOR_STOPPED)
    assert match.started_on is not None
    assert match.ended_on is not None
    assert Match.objects.filter(organisation=world.org).count() == 1
    moment.refresh_from_db()
    assert (moment.status, moment.duration_minutes, moment.place) == (ContactStatus.DONE, 90, "")
    assert (moment.report.duration_minutes, moment.report.rating) == (80, 4)
    # The dashboard still counts the closed match's contact.
    assert ContactMoment.objects.filter(organisation=world.org, status="done").count() == 1


def test_erasure_signs_her_out_everywhere(world: World) -> None:
    client = client_for(world, "survivor")
    assert client.get(reverse("frontend:home")).status_code == 200
    survivor_erase(
        actor=world.coordinator, survivor=world.survivor_profile, reason=ErasureReason.REQUEST
    )
    user = User.objects.get(pk=world.survivor.pk)
    assert not user.is_active
    assert user.session_generation == world.survivor.session_generation + 1
    assert "fier.nl" not in user.email
    assert not user.has_usable_password()
    response = client.get(reverse("frontend:home"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_erasure_is_audited_with_field_names_only(world: World) -> None:
    survivor_erase(
        actor=world.coordinator, survivor=world.survivor_profile, reason=ErasureReason.REQUEST
    )
    event = AuditEvent.objects.get(action=AuditAction.DELETE, object_type="survivor")
    assert event.actor == world.coordinator
    assert {"pseudonym", "needs", "message.body", "reason:request"} <= set(event.changes)
    assert "Sanne" not in json.dumps(event.changes)


def test_erasure_scrubs_her_from_stored_matching_runs(world: World) -> None:
    survivor = world.other_survivor_profile  # waiting, with matching consent
    run = matching_services.run_start(actor=world.coordinator)
    key = survivor_key(survivor.pk)
    assert any(s["id"] == key and "age" in s for s in run.input_snapshot["survivors"])
    survivor_erase(actor=world.coordinator, survivor=survivor, reason=ErasureReason.REQUEST)
    run = MatchRun.objects.get(pk=run.pk)
    assert [s for s in run.input_snapshot["survivors"] if s["id"] == key] == [
        {"id": key, "erased": True}
    ]


def test_a_second_erasure_is_refused(world: World) -> None:
    survivor_erase(
        actor=world.coordinator, survivor=world.survivor_profile, reason=ErasureReason.REQUEST
    )
    with pytest.raises(AlreadyErased):
        survivor_erase(
            actor=world.coordinator, survivor=world.survivor_profile, reason=ErasureReason.REQUEST
        )


def test_another_organisation_cannot_erase(world: World) -> None:
    with pytest.raises(NotFound):
        survivor_erase(
            actor=world.other_org_coordinator,
            survivor=world.survivor_profile,
            reason=ErasureReason.REQUEST,
        )
    assert Survivor.objects.get(pk=world.survivor_profile.pk).pseudonym == "Sanne"


def test_erase_api_needs_the_pseudonym_typed(world: World) -> None:
    url = reverse("api:survivor-erase", kwargs={"survivor_id": world.survivor_profile.pk})
    client = client_for(world, "coordinator")
    wrong = client.post(
        url, {"reason": "request", "confirm_pseudonym": "Lotte"}, content_type="application/json"
    )
    assert wrong.status_code == 400
    assert wrong.json()["code"] == "confirmation_mismatch"
    assert Survivor.objects.get(pk=world.survivor_profile.pk).pseudonym == "Sanne"
    right = client.post(
        url, {"reason": "request", "confirm_pseudonym": "Sanne"}, content_type="application/json"
    )
    assert right.status_code == 200
    assert right.json()["pseudonym"] == ERASED_PSEUDONYM
    again = client.post(
        url,
        {"reason": "request", "confirm_pseudonym": "Verwijderd"},
        content_type="application/json",
    )
    assert again.status_code == 409


# --- consent withdrawal ---------------------------------------------------------------------


def test_withdrawn_matching_consent_keeps_her_out_of_a_matching_run(world: World) -> None:
    lotte = world.other_survivor_profile
    noor = SurvivorFactory.create(organisation=world.org, pseudonym="Noor")
    consent(world, noor, "matching")
    before = matching_services.run_start(actor=world.coordinator)
    assert survivor_key(lotte.pk) in {s["id"] for s in before.input_snapshot["survivors"]}
    MatchRun.objects.filter(pk=before.pk).update(status="done")

    consent_withdraw(actor=world.coordinator, consent=lotte.consents.get(scope="matching"))

    run = matching_services.run_start(actor=world.coordinator)
    assert survivor_key(lotte.pk) not in {s["id"] for s in run.input_snapshot["survivors"]}
    assert lotte.pk not in set(run.proposals.values_list("survivor_id", flat=True))
    assert lotte not in selectors.matching_pool(organisation_id=world.org.pk)[0]


def test_consent_given_again_brings_her_back_into_the_pool(world: World) -> None:
    lotte = world.other_survivor_profile
    consent_withdraw(actor=world.coordinator, consent=lotte.consents.get(scope="matching"))
    consent(world, lotte, "matching")
    assert lotte in selectors.matching_pool(organisation_id=world.org.pk)[0]


def test_withdrawn_peer_group_consent_keeps_her_out_of_the_group_pool(world: World) -> None:
    sanne = world.survivor_profile
    Survivor.objects.filter(pk=sanne.pk).update(wants_peer_group=True)
    given = consent(world, sanne, "peer_group")
    assert sanne in selectors.peer_group_pool(organisation_id=world.org.pk)[0]
    consent_withdraw(actor=world.coordinator, consent=given)
    assert sanne not in selectors.peer_group_pool(organisation_id=world.org.pk)[0]


def test_withdrawn_messaging_consent_closes_her_conversations_to_new_messages(
    world: World,
) -> None:
    conversation = match_conversation(world)
    assert send(world, world.buddy, conversation.pk).pk
    consent_withdraw(
        actor=world.coordinator, consent=consent(world, world.survivor_profile, "messaging")
    )
    for sender in (world.buddy, world.survivor):
        with pytest.raises(ReadOnlyConversation):
            send(world, sender, conversation.pk, "Nog een bericht")
    assert Message.objects.filter(conversation=conversation).count() == 1


def test_withdrawn_messaging_consent_refuses_messages_over_the_api(world: World) -> None:
    conversation = match_conversation(world)
    consent_withdraw(
        actor=world.coordinator, consent=consent(world, world.survivor_profile, "messaging")
    )
    response = client_for(world, "buddy").post(
        reverse("messaging:conversation-messages", kwargs={"conversation_id": conversation.pk}),
        {"client_id": str(uuid.uuid4()), "body": "Hoi"},
        content_type="application/json",
    )
    assert response.status_code == 409
    assert response.json()["code"] == "read_only"


def test_in_a_group_only_her_own_messages_stop(world: World) -> None:
    conversation = conversation_for_group(world.group)
    consent_withdraw(
        actor=world.coordinator,
        consent=consent(world, world.other_survivor_profile, "messaging"),
    )
    with pytest.raises(ReadOnlyConversation):
        send(world, world.other_survivor, conversation.pk)
    assert send(world, world.facilitator, conversation.pk).pk


def test_withdrawn_processing_consent_stops_everything(world: World) -> None:
    lotte = world.other_survivor_profile
    sanne = world.survivor_profile
    consent_withdraw(actor=world.coordinator, consent=consent(world, lotte, "processing"))
    consent_withdraw(actor=world.coordinator, consent=consent(world, sanne, "processing"))

    # Out of the matching pool although her matching consent still stands.
    assert lotte.consents.get(scope="matching").withdrawn_at is None
    assert lotte not in selectors.matching_pool(organisation_id=world.org.pk)[0]
    # Her group membership ended, her match closed, her conversation closed.
    assert not Membership.objects.filter(survivor=lotte, status=MembershipStatus.ACTIVE).exists()
    match = Match.objects.get(pk=world.match.pk)
    assert (match.status, match.close_reason) == (MatchStatus.CLOSED, CloseReason.SURVIVOR_STOPPED)
    assert selectors.messaging_stopped(survivor_id=sanne.pk)
    # Hidden from every list, reachable only by her file.
    listed = client_for(world, "coordinator").get(reverse("api:survivor-list")).json()
    names = [row["pseudonym"] for row in listed["results"]]
    assert "Lotte" not in names
    assert "Sanne" not in names
    detail = client_for(world, "coordinator").get(
        reverse("api:survivor-detail", kwargs={"survivor_id": lotte.pk})
    )
    assert detail.status_code == 200


def test_withdrawing_twice_is_refused(world: World) -> None:
    given = consent(world, world.survivor_profile, "messaging")
    consent_withdraw(actor=world.coordinator, consent=given)
    with pytest.raises(AlreadyWithdrawn):
        consent_withdraw(actor=world.coordinator, consent=given)
    response = client_for(world, "coordinator").post(
        reverse("api:consent-withdraw", kwargs={"consent_id": given.pk})
    )
    assert response.status_code == 409


def test_withdrawal_api_records_the_moment_and_audits_it(world: World) -> None:
    given = consent(world, world.survivor_profile, "matching")
    response = client_for(world, "coordinator").post(
        reverse("api:consent-withdraw", kwargs={"consent_id": given.pk})
    )
    assert response.status_code == 200
    assert response.json()["withdrawn_at"] is not None
    assert AuditEvent.objects.filter(
        object_type="consent", object_id=str(given.pk), changes=["withdrawn_at"]
    ).exists()


# --- retention ------------------------------------------------------------------------------

NOW = timezone.make_aware(datetime(2030, 6, 15, 3, 0))


def close_match(world: World, ended_on: date) -> Match:
    match = match_transition(
        actor=world.coordinator,
        match=world.match,
        to_status=MatchStatus.CLOSED,
        close_reason=CloseReason.GOALS_REACHED,
    )
    Match.objects.filter(pk=match.pk).update(ended_on=ended_on)
    return match


def test_messages_expire_months_after_the_match_ended(world: World) -> None:
    conversation = match_conversation(world)
    stored_message(conversation, world.buddy, "Tot zaterdag bij de bieb")
    close_match(world, ended_on=date(2029, 6, 16))  # a day less than 12 months before NOW
    assert retention_apply(now=NOW).cleared == {"messages": 0}
    assert Message.objects.get().body == "Tot zaterdag bij de bieb"

    Match.objects.filter(pk=world.match.pk).update(ended_on=date(2029, 6, 14))
    assert retention_apply(now=NOW).cleared == {"messages": 1}
    assert "bieb" not in raw_text("messaging_message", "conversation_id = %s", [conversation.pk])
    # Idempotent: nothing left to do the second time.
    assert retention_apply(now=NOW).cleared == {"messages": 0}


def test_a_longer_message_period_of_her_organisation_keeps_messages(world: World) -> None:
    stored_message(match_conversation(world), world.buddy, "Tot zaterdag")
    close_match(world, ended_on=date(2029, 1, 1))
    world.org.message_retention_months = 24
    world.org.save()
    retention_apply(now=NOW)
    assert Message.objects.get().body == "Tot zaterdag"


def test_an_inactive_closed_file_is_erased_once(world: World) -> None:
    sanne = world.survivor_profile
    reported_moment(world, starts_at=timezone.make_aware(datetime(2028, 4, 20, 15, 0)))
    close_match(world, ended_on=date(2028, 5, 1))
    Survivor.objects.filter(pk=sanne.pk).update(
        updated_at=timezone.make_aware(datetime(2028, 5, 1))
    )
    # Lotte waits (no match ever) and is in a group: never a closed case.
    first = retention_apply(now=NOW)
    assert first.erased_survivors == [sanne.pk]
    assert Survivor.objects.get(pk=sanne.pk).pseudonym == ERASED_PSEUDONYM
    assert Survivor.objects.get(pk=world.other_survivor_profile.pk).pseudonym == "Lotte"
    assert retention_apply(now=NOW).erased_survivors == []
    event = AuditEvent.objects.get(action=AuditAction.DELETE, object_id=str(sanne.pk))
    assert event.actor is None
    assert "reason:retention" in event.changes


def test_recent_activity_keeps_a_closed_file(world: World) -> None:
    close_match(world, ended_on=date(2028, 5, 1))
    Survivor.objects.filter(pk=world.survivor_profile.pk).update(
        updated_at=timezone.make_aware(datetime(2029, 12, 1))
    )
    assert retention_apply(now=NOW).erased_survivors == []


def test_an_open_match_keeps_the_file(world: World) -> None:
    Survivor.objects.filter(pk=world.survivor_profile.pk).update(
        updated_at=timezone.make_aware(datetime(2020, 1, 1))
    )
    assert retention_apply(now=NOW).erased_survivors == []


def test_the_retention_task_applies_retention(world: World) -> None:
    stored_message(match_conversation(world), world.buddy, "Oud bericht")
    close_match(world, ended_on=timezone.localdate() - timedelta(days=800))
    result = apply_retention.enqueue()
    assert result.return_value is not None
    assert result.return_value["messages"] == 1
    assert Message.objects.get().body == ""


def test_apply_retention_command_takes_the_moment(world: World) -> None:
    stored_message(match_conversation(world), world.buddy, "Oud bericht")
    close_match(world, ended_on=date(2029, 1, 1))
    call_command("apply_retention", "--now", "2030-06-15T03:00:00+02:00")
    assert Message.objects.get().body == ""


@pytest.mark.django_db
def test_scheduling_twice_queues_one_chain(settings: Any) -> None:
    """`make run` schedules at every start: the database queue holds one waiting run."""
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    out = StringIO()
    call_command("apply_retention", "--schedule", stdout=out)
    call_command("apply_retention", "--schedule", stdout=out)
    assert out.getvalue().splitlines() == [
        "Retention task queued.",
        "Retention task already queued.",
    ]
    assert DBTaskResult.objects.filter(task_path=apply_retention.module_path).count() == 1


def test_apply_retention_command_refuses_a_bad_moment(world: World) -> None:
    with pytest.raises(CommandError) as refused:
        call_command("apply_retention", "--now", "gisteren")
    assert refused.value.returncode == 2


@pytest.mark.parametrize("args", [["--now", "gisteren"], ["--unknown"]])
def test_apply_retention_exits_2_with_one_line(args: list[str]) -> None:
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "manage.py", "apply_retention", *args],
        cwd=root,
        env={"VERDER_TESTING": "1", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr


def test_retention_api_shows_and_changes_her_organisations_periods(world: World) -> None:
    client = client_for(world, "coordinator")
    url = reverse("api:retention")
    assert client.get(url).json() == {
        "message_retention_months": 12,
        "closed_case_retention_months": 24,
    }
    bad = client.put(
        url,
        {"message_retention_months": 0, "closed_case_retention_months": 24},
        content_type="application/json",
    )
    assert bad.status_code == 400
    client.put(
        url,
        {"message_retention_months": 6, "closed_case_retention_months": 36},
        content_type="application/json",
    )
    world.org.refresh_from_db()
    world.other_org.refresh_from_db()
    assert (world.org.message_retention_months, world.org.closed_case_retention_months) == (6, 36)
    assert world.other_org.message_retention_months == 12


# --- access log -----------------------------------------------------------------------------


def test_access_log_names_the_role_and_the_moment(world: World) -> None:
    event = survivor_file_open(actor=world.coordinator, survivor=world.survivor_profile)
    AuditEvent.objects.filter(pk=event.pk).update(
        at=timezone.make_aware(datetime(2026, 11, 3, 14, 5))
    )
    [logged] = [
        e
        for e in selectors.survivor_access_log(survivor=world.survivor_profile)
        if e.pk == event.pk
    ]
    with translation.override("en"):
        entry = describe(logged, now=timezone.make_aware(datetime(2026, 12, 1, 9, 0)))
    assert entry.sentence == "A coordinator opened your file on 3 November at 14:05"
    assert entry.role == "coordinator"


def test_access_log_covers_her_related_records_and_nobody_elses(world: World) -> None:
    given = consent(world, world.survivor_profile, "matching")
    consent(world, world.other_survivor_profile, "peer_group")
    log = selectors.survivor_access_log(survivor=world.survivor_profile)
    assert {(e.object_type, e.object_id) for e in log} == {
        ("match", str(world.match.pk)),
        ("consent", str(given.pk)),
    }


def test_own_access_log_api_shows_roles_never_names(world: World) -> None:
    User.objects.filter(pk=world.coordinator.pk).update(display_name="Marieke de Vries")
    survivor_file_open(actor=world.coordinator, survivor=world.survivor_profile)
    client = Client(headers={"accept-language": "en"})
    sign_in(client, world.survivor)
    response = client.get(reverse("api:own-access-log"))
    assert response.status_code == 200
    rows = response.json()
    assert rows[0]["role"] == "coordinator"
    assert rows[0]["sentence"].startswith("A coordinator opened your file")
    assert "Marieke" not in response.content.decode()
    assert "coordinator@fier.nl" not in response.content.decode()


def test_own_access_log_is_only_her_own(world: World) -> None:
    survivor_file_open(actor=world.coordinator, survivor=world.survivor_profile)
    rows = client_for(world, "other_survivor").get(reverse("api:own-access-log")).json()
    assert all(row["record"] != "survivor" for row in rows)


def test_coordinator_reads_the_access_log_of_a_file(world: World) -> None:
    survivor_file_open(actor=world.coordinator, survivor=world.survivor_profile)
    client: Client = client_for(world, "coordinator")
    rows = client.get(
        reverse("api:survivor-access-log", kwargs={"survivor_id": world.survivor_profile.pk})
    ).json()
    assert rows[0]["action"] == "view"


def test_the_dutch_sentence_reads_as_plain_dutch() -> None:
    from babel.messages.pofile import read_po
    from django.conf import settings

    with (Path(settings.BASE_DIR) / "locale/nl/LC_MESSAGES/django.po").open("rb") as po:
        dutch = {m.id: str(m.string) for m in read_po(po, locale="nl") if isinstance(m.id, str)}
    sentence = dutch["%(who)s opened %(what)s on %(date)s at %(time)s"] % {
        "who": dutch["A coordinator"],
        "what": dutch["your file"],
        "date": "3 november",
        "time": "14:05",
    }
    assert sentence == "Een coördinator heeft je dossier bekeken op 3 november om 14:05"


def test_an_erased_file_cannot_be_filled_in_again(world: World) -> None:
    survivor_erase(
        actor=world.coordinator, survivor=world.survivor_profile, reason=ErasureReason.REQUEST
    )
    response = client_for(world, "coordinator").patch(
        reverse("api:survivor-detail", kwargs={"survivor_id": world.survivor_profile.pk}),
        {"pseudonym": "Sanne"},
        content_type="application/json",
    )
    assert response.status_code == 409
    assert Survivor.objects.get(pk=world.survivor_profile.pk).pseudonym == ERASED_PSEUDONYM
