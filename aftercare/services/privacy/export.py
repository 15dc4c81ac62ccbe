"""Export of everything about one survivor (AVG art. 15 and 20)."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from aftercare import selectors
from aftercare.models import (
    ContactMoment,
    ContactReport,
    Match,
    Survivor,
    User,
)
from aftercare.models.audit import AuditAction
from aftercare.services.audit import audit_record
from aftercare.services.privacy.base import _check_coordinator, _iso, _providers


def _profile(survivor: Survivor) -> dict[str, Any]:
    return {
        "id": survivor.pk,
        "pseudonym": survivor.pseudonym,
        "date_of_birth": _iso(survivor.date_of_birth),
        "gender": survivor.gender,
        "languages": list(survivor.languages),
        "interests": sorted(interest.name for interest in survivor.interests.all()),
        "availability": list(survivor.availability),
        "municipality": survivor.municipality,
        "postcode_area": survivor.postcode_area,
        "latitude": str(survivor.latitude),
        "longitude": str(survivor.longitude),
        "max_km": survivor.max_km,
        "buddy_genders": list(survivor.buddy_genders),
        "wants_lived_experience": survivor.wants_lived_experience,
        "wants_peer_group": survivor.wants_peer_group,
        "needs": survivor.needs,
        "case_reference": survivor.case_reference,
        "status": survivor.status,
        "waiting_since": _iso(survivor.waiting_since),
        "created_at": _iso(survivor.created_at),
        "updated_at": _iso(survivor.updated_at),
        "erased_at": _iso(survivor.erased_at),
    }


def _account(user: User | None) -> dict[str, Any] | None:
    if user is None:
        return None
    return {
        "email": user.email,
        "display_name": user.display_name,
        "language": user.language,
        "email_reminders": user.email_reminders,
        "is_active": user.is_active,
        "date_joined": _iso(user.date_joined),
    }


def _consents(survivor: Survivor) -> list[dict[str, Any]]:
    return [
        {
            "scope": consent.scope,
            "given_on": _iso(consent.given_on),
            "privacy_statement_version": consent.privacy_statement_version,
            "guardian_consent": consent.guardian_consent,
            "recorded_at": _iso(consent.recorded_at),
            "withdrawn_at": _iso(consent.withdrawn_at),
        }
        for consent in survivor.consents.order_by("recorded_at", "id")
    ]


def _exclusions(survivor: Survivor) -> list[dict[str, Any]]:
    # Who the other person is stays out: the export goes to her, and the other participant's
    # or buddy's identity is someone else's data. The reason is hers and is decrypted.
    return [
        {
            "with": "participant" if exclusion.other_survivor_id else "buddy",
            "reason": exclusion.reason,
            "created_at": _iso(exclusion.created_at),
        }
        for exclusion in survivor.exclusions.order_by("created_at", "id")
    ]


def _contact_bans(survivor: Survivor) -> list[dict[str, Any]]:
    return [
        {
            "kind": ban.kind,
            "value": ban.value,
            "note": ban.note,
            "created_at": _iso(ban.created_at),
        }
        for ban in survivor.contact_bans.order_by("created_at", "id")
    ]


def _matches(survivor: Survivor) -> list[dict[str, Any]]:
    matches = (
        Match.objects.filter(survivor=survivor)
        .select_related("buddy")
        .prefetch_related("events__actor")
        .order_by("created_at", "id")
    )
    return [
        {
            "id": match.pk,
            "buddy": match.buddy.first_name,
            "status": match.status,
            "started_on": _iso(match.started_on),
            "ended_on": _iso(match.ended_on),
            "close_reason": match.close_reason,
            "closing_evaluation": match.closing_evaluation,
            "events": [
                {
                    "from_status": event.from_status,
                    "to_status": event.to_status,
                    "reason": event.reason,
                    "by_role": event.actor.role,
                    "at": _iso(event.at),
                }
                for event in match.events.all()
            ],
        }
        for match in matches
    ]


def _memberships(survivor: Survivor) -> list[dict[str, Any]]:
    return [
        {
            "group": membership.group.name,
            "status": membership.status,
            "joined_at": _iso(membership.joined_at),
            "left_at": _iso(membership.left_at),
        }
        for membership in survivor.memberships.select_related("group").order_by("joined_at", "id")
    ]


def _report(moment: ContactMoment) -> dict[str, Any] | None:
    try:
        report = moment.report
    except ContactReport.DoesNotExist:
        return None
    return {
        "happened": report.happened,
        "duration_minutes": report.duration_minutes,
        "rating": report.rating,
        "note": report.note,
        "worried": report.worried,
        "reported_at": _iso(report.reported_at),
    }


def _contact_moments(survivor: Survivor) -> list[dict[str, Any]]:
    # The moments of her matches; group sessions are about the whole group (its report is
    # about the other girls too) and stay out.
    moments = (
        ContactMoment.objects.filter(match__survivor=survivor)
        .select_related("report")
        .order_by("starts_at", "id")
    )
    return [
        {
            "match": moment.match_id,
            "kind": moment.kind,
            "check_in_with": moment.check_in_with,
            "starts_at": _iso(moment.starts_at),
            "duration_minutes": moment.duration_minutes,
            "place": moment.place,
            "online": moment.online,
            "status": moment.status,
            "report": _report(moment),
        }
        for moment in moments
    ]


def _access_log(survivor: Survivor) -> list[dict[str, Any]]:
    # Roles, never names: she learns which kind of person looked, not who.
    return [
        {
            "at": _iso(event.at),
            "role": event.actor_role or "system",
            "action": event.action,
            "record": event.object_type,
        }
        for event in selectors.survivor_access_log(survivor=survivor, limit=10_000)
    ]


def survivor_export(*, actor: User, survivor: Survivor) -> dict[str, Any]:
    """Everything about her, decrypted, as JSON-ready data; every export is audited."""
    _check_coordinator(actor, survivor)
    survivor = (
        Survivor.objects.select_related("organisation", "user")
        .prefetch_related("interests")
        .get(pk=survivor.pk)
    )
    data: dict[str, Any] = {
        "format": "verder-survivor-export",
        "version": 1,
        "generated_at": _iso(timezone.now()),
        "organisation": survivor.organisation.name,
        "profile": _profile(survivor),
        "account": _account(survivor.user),
        "consents": _consents(survivor),
        "safety_exclusions": _exclusions(survivor),
        "contact_bans": _contact_bans(survivor),
        "matches": _matches(survivor),
        "group_memberships": _memberships(survivor),
        "contact_moments": _contact_moments(survivor),
        "access_log": _access_log(survivor),
    }
    for provider in _providers("PRIVACY_EXPORT_PROVIDERS"):
        data.update(provider(survivor=survivor))
    audit_record(
        actor=actor,
        action=AuditAction.EXPORT,
        obj=survivor,
        organisation_id=survivor.organisation_id,
        changes=[key for key in data if key not in {"format", "version", "generated_at"}],
    )
    return data
