"""Turn the organisation's waiting list into a solver instance (INSTANCE.md, version 1)."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from aftercare import selectors
from aftercare.models import Buddy, Survivor


def survivor_key(pk: int) -> str:
    return f"s-{pk}"


def buddy_key(pk: int) -> str:
    return f"b-{pk}"


def parse_key(key: str) -> int:
    return int(key.split("-", 1)[1])


def _interests(person: Survivor | Buddy) -> list[str]:
    return sorted(interest.name for interest in person.interests.all())


def buddy_instance(
    *, organisation_id: int, rejected: list[tuple[int, int]], weights: dict[str, int] | None = None
) -> dict[str, Any]:
    survivors, buddies = selectors.matching_pool(organisation_id=organisation_id)
    today = timezone.localdate()
    # A buddy's places already taken by running matches are not offered again.
    free = {b.pk: b.capacity - int(getattr(b, "open_match_count", 0)) for b in buddies}
    instance: dict[str, Any] = {
        "kind": "buddy_matching",
        "version": 1,
        "survivors": [
            {
                "id": survivor_key(s.pk),
                "age": s.age,
                "gender": s.gender,
                "buddy_genders": list(s.buddy_genders),
                "languages": list(s.languages),
                "interests": _interests(s),
                "availability": list(s.availability),
                "lat": float(s.latitude),
                "lon": float(s.longitude),
                "max_km": s.max_km,
                "waiting_days": (today - s.waiting_since).days if s.waiting_since else 0,
                "wants_lived_experience": s.wants_lived_experience,
                **({"case": s.case_reference} if s.case_reference else {}),
            }
            for s in survivors
        ],
        "buddies": [
            {
                "id": buddy_key(b.pk),
                "age": b.age,
                "gender": b.gender,
                "languages": list(b.languages),
                "interests": _interests(b),
                "availability": list(b.availability),
                "lat": float(b.latitude),
                "lon": float(b.longitude),
                "max_km": b.max_km,
                "capacity": free[b.pk],
                "trained_for_minors": b.trained_for_minors,
                "lived_experience": b.lived_experience,
            }
            for b in buddies
        ],
        "fixed": [],
        "rules": {"min_overlap": 1},
    }
    if weights:
        instance["weights"] = dict(weights)
    survivor_ids = {s.pk for s in survivors}
    buddy_ids = {b.pk for b in buddies}
    pairs = set(selectors.exclusion_pairs(organisation_id=organisation_id)) | set(rejected)
    instance["excluded"] = sorted(
        [survivor_key(s), buddy_key(b)] for s, b in pairs if s in survivor_ids and b in buddy_ids
    )
    return instance
