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
    s_interests, b_interests = selectors.interest_names(
        survivor_ids=[s.pk for s in survivors], buddy_ids=[b.pk for b in buddies]
    )
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
                "interests": sorted(s_interests.get(s.pk, [])),
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
                "interests": sorted(b_interests.get(b.pk, [])),
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


def group_key(pk: int) -> str:
    return f"g-{pk}"


NEW_GROUPS = {"max": 3, "min_size": 4, "max_size": 8}
MAX_AGE_SPREAD = 4


def peer_groups_instance(*, organisation_id: int) -> dict[str, Any]:
    survivors, groups, separate = selectors.peer_group_pool(organisation_id=organisation_id)
    today = timezone.localdate()
    members_by_group = {
        g.pk: [m.survivor for m in getattr(g, "active_memberships", [])] for g in groups
    }
    everyone = {s.pk: s for s in survivors}
    for members in members_by_group.values():
        everyone.update({m.pk: m for m in members})

    def record(s: Survivor) -> dict[str, Any]:
        return {
            "id": survivor_key(s.pk),
            "age": s.age,
            "languages": list(s.languages),
            "interests": _interests(s),
            "availability": list(s.availability),
            "lat": float(s.latitude),
            "lon": float(s.longitude),
            "max_km": s.max_km,
            "waiting_days": (today - s.waiting_since).days if s.waiting_since else 0,
        }

    group_records = []
    for g in groups:
        online = g.online or g.latitude is None or g.longitude is None
        group_records.append(
            {
                "id": group_key(g.pk),
                "min_size": g.min_size,
                "max_size": g.max_size,
                "slot": g.slot,
                "language": g.language,
                "lat": float(g.latitude) if g.latitude is not None else None,
                "lon": float(g.longitude) if g.longitude is not None else None,
                "online": online,
                "members": [survivor_key(m.pk) for m in members_by_group[g.pk]],
            }
        )
    known = set(everyone)
    return {
        "kind": "peer_groups",
        "version": 1,
        "survivors": [record(s) for s in sorted(everyone.values(), key=lambda s: s.pk)],
        "groups": group_records,
        "new_groups": dict(NEW_GROUPS),
        "separate": sorted(
            [survivor_key(a), survivor_key(b)] for a, b in separate if a in known and b in known
        ),
        "rules": {"max_age_spread": MAX_AGE_SPREAD},
    }
