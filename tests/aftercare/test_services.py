"""The core's rules, exercised through its services."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from aftercare import errors, services
from aftercare.models import AuditEvent, BuddyStatus, Match, MatchStatus, SurvivorStatus
from aftercare.models.people import age_band
from tests.conftest import World
from tests.factories import BuddyFactory, SurvivorFactory, years_ago


def test_match_marks_survivor_matched_and_buddy_active(world: World) -> None:
    world.survivor_profile.refresh_from_db()
    world.buddy_profile.refresh_from_db()
    assert world.survivor_profile.status == SurvivorStatus.MATCHED
    assert world.buddy_profile.status == BuddyStatus.ACTIVE
    assert [e.to_status for e in world.match.events.all()] == [MatchStatus.ACTIVE]


def test_buddy_is_never_over_capacity(world: World) -> None:
    services.match_create(
        actor=world.coordinator, survivor=world.other_survivor_profile, buddy=world.buddy_profile
    )
    third = SurvivorFactory.create(organisation=world.org)
    with pytest.raises(errors.CapacityExceeded):
        services.match_create(actor=world.coordinator, survivor=third, buddy=world.buddy_profile)
    assert Match.objects.filter(buddy=world.buddy_profile).count() == 2


def test_survivor_has_at_most_one_open_match(world: World) -> None:
    other_buddy = BuddyFactory.create(organisation=world.org)
    with pytest.raises(errors.SurvivorAlreadyMatched):
        services.match_create(
            actor=world.coordinator, survivor=world.survivor_profile, buddy=other_buddy
        )


def test_database_refuses_a_second_open_match_even_without_the_service(world: World) -> None:
    other_buddy = BuddyFactory.create(organisation=world.org)
    with pytest.raises(IntegrityError), transaction.atomic():
        Match.objects.create(
            organisation=world.org,
            survivor=world.survivor_profile,
            buddy=other_buddy,
            status=MatchStatus.ACTIVE,
            created_by=world.coordinator,
        )


def test_closed_match_frees_the_survivor_for_a_new_one(world: World) -> None:
    services.match_transition(
        actor=world.coordinator,
        match=world.match,
        to_status=MatchStatus.CLOSED,
        close_reason="moved",
    )
    services.survivor_update(
        actor=world.coordinator, survivor=world.survivor_profile, status=SurvivorStatus.WAITING
    )
    other_buddy = BuddyFactory.create(organisation=world.org)
    match = services.match_create(
        actor=world.coordinator, survivor=world.survivor_profile, buddy=other_buddy
    )
    assert match.status == MatchStatus.ACTIVE


def test_closing_needs_a_reason_and_is_final(world: World) -> None:
    with pytest.raises(ValidationError):
        services.match_transition(
            actor=world.coordinator, match=world.match, to_status=MatchStatus.CLOSED
        )
    services.match_transition(
        actor=world.coordinator,
        match=world.match,
        to_status=MatchStatus.CLOSED,
        close_reason="goals_reached",
        closing_evaluation="Goed gegaan",
    )
    with pytest.raises(errors.InvalidTransition):
        services.match_transition(
            actor=world.coordinator, match=world.match, to_status=MatchStatus.ACTIVE
        )


def test_buddy_with_expired_vog_is_not_eligible(world: World) -> None:
    expired = BuddyFactory.create(
        organisation=world.org, vog_issued_on=timezone.localdate() - timedelta(days=3 * 365 + 1)
    )
    assert expired.vog_state() == "expired"
    with pytest.raises(errors.NotEligible):
        services.match_create(
            actor=world.coordinator, survivor=world.other_survivor_profile, buddy=expired
        )


def test_vog_warns_sixty_days_before_expiry(world: World) -> None:
    validity = world.org.vog_validity_days
    buddy = BuddyFactory.create(
        organisation=world.org, vog_issued_on=timezone.localdate() - timedelta(days=validity - 59)
    )
    assert buddy.vog_state() == "expiring"
    assert buddy.is_eligible()


def test_vog_validity_is_set_per_organisation(world: World) -> None:
    world.org.vog_validity_days = 365
    world.org.save()
    buddy = BuddyFactory.create(
        organisation=world.org, vog_issued_on=timezone.localdate() - timedelta(days=400)
    )
    assert buddy.vog_state() == "expired"


def test_buddy_in_screening_is_not_eligible(world: World) -> None:
    screening = BuddyFactory.create(organisation=world.org, status=BuddyStatus.SCREENING)
    with pytest.raises(errors.NotEligible):
        services.match_create(
            actor=world.coordinator, survivor=world.other_survivor_profile, buddy=screening
        )


def test_buddy_cannot_be_approved_before_screening_is_complete(world: World) -> None:
    buddy = BuddyFactory.create(
        organisation=world.org, status=BuddyStatus.SCREENING, intake_interview_on=None
    )
    with pytest.raises(ValidationError) as raised:
        services.buddy_update(actor=world.coordinator, buddy=buddy, status=BuddyStatus.APPROVED)
    assert "status" in raised.value.message_dict


def test_minor_only_with_buddy_trained_for_minors(world: World) -> None:
    minor = SurvivorFactory.create(organisation=world.org, date_of_birth=years_ago(15))
    untrained = BuddyFactory.create(organisation=world.org, trained_for_minors=False)
    with pytest.raises(errors.NotEligible):
        services.match_create(actor=world.coordinator, survivor=minor, buddy=untrained)


def test_excluded_pair_is_never_matched(world: World) -> None:
    buddy = BuddyFactory.create(organisation=world.org)
    services.safety_exclusion_add(
        actor=world.coordinator,
        survivor=world.other_survivor_profile,
        buddy=buddy,
        reason="familie",
    )
    with pytest.raises(errors.Excluded):
        services.match_create(
            actor=world.coordinator, survivor=world.other_survivor_profile, buddy=buddy
        )


def test_match_across_organisations_is_refused(world: World) -> None:
    with pytest.raises(errors.NotFound):
        services.match_create(
            actor=world.coordinator,
            survivor=world.other_org_survivor_profile,
            buddy=world.buddy_profile,
        )


def test_consent_under_sixteen_needs_guardian(world: World) -> None:
    young = SurvivorFactory.create(organisation=world.org, date_of_birth=years_ago(15))
    with pytest.raises(ValidationError) as raised:
        services.consent_record(
            actor=world.coordinator,
            survivor=young,
            scope="matching",
            given_on=timezone.localdate(),
            privacy_statement_version="2026-1",
        )
    assert "guardian_consent" in raised.value.message_dict
    consent = services.consent_record(
        actor=world.coordinator,
        survivor=young,
        scope="matching",
        given_on=timezone.localdate(),
        privacy_statement_version="2026-1",
        guardian_consent=True,
    )
    assert consent.recorded_by == world.coordinator


def test_group_never_mixes_minors_and_adults(world: World) -> None:
    minor = SurvivorFactory.create(organisation=world.org, date_of_birth=years_ago(16))
    with pytest.raises(errors.NotEligible):
        services.membership_add(actor=world.coordinator, group=world.group, survivor=minor)


def test_group_never_exceeds_its_maximum(world: World) -> None:
    world.group.min_size = world.group.max_size = 2
    world.group.save()
    services.membership_add(
        actor=world.coordinator, group=world.group, survivor=world.survivor_profile
    )
    with pytest.raises(errors.GroupFull):
        services.membership_add(
            actor=world.coordinator,
            group=world.group,
            survivor=SurvivorFactory.create(organisation=world.org),
        )


def test_keep_apart_survivors_are_never_grouped(world: World) -> None:
    services.safety_exclusion_add(
        actor=world.coordinator,
        survivor=world.survivor_profile,
        other_survivor=world.other_survivor_profile,
        reason="zelfde dader",
    )
    with pytest.raises(errors.Excluded):
        services.membership_add(
            actor=world.coordinator, group=world.group, survivor=world.survivor_profile
        )


def test_every_change_is_audited_with_field_names_not_values(world: World) -> None:
    services.survivor_update(
        actor=world.coordinator, survivor=world.survivor_profile, needs="Veilige plek"
    )
    event = AuditEvent.objects.filter(object_type="survivor", action="update").latest("at")
    assert event.actor == world.coordinator
    assert event.changes == ["needs"]
    assert "Veilige plek" not in str(event.changes)


def test_opening_a_file_is_audited(world: World) -> None:
    services.survivor_file_open(actor=world.coordinator, survivor=world.survivor_profile)
    event = AuditEvent.objects.get(action="view")
    assert (event.object_type, event.object_id) == ("survivor", str(world.survivor_profile.pk))
    assert event.organisation_id == world.org.pk


def test_audit_events_cannot_be_changed_or_deleted(world: World) -> None:
    event = AuditEvent.objects.first()
    assert event is not None
    event.changes = ["rewritten"]
    with pytest.raises(PermissionError):
        event.save()
    with pytest.raises(PermissionError):
        event.delete()


def test_age_band_hides_exact_age() -> None:
    assert [age_band(a) for a in (13, 16, 19, 23, 30)] == [
        "12-15",
        "16-17",
        "18-20",
        "21-24",
        "25+",
    ]


def test_production_hashes_passwords_with_argon2() -> None:
    from aftercare import settings as project_settings

    assert project_settings.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")
