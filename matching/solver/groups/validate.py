"""Independent check of a `peer_groups_result` against its instance.

Plain loops over the two JSON documents, with its own distance function: nothing here uses the
solver's candidates, filters or numpy arrays, so a defect there cannot hide itself.

An existing group whose own members already break a rule (someone turned 18, moved, changed
availability) is accepted as it is while it gets no new members; giving it new members is an
error, because the solver must not build on a broken group.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

MINOR_BELOW = 18
EARTH_KM = 6371.0088
KM_SLACK = 1e-6


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def _rule_errors(
    gid: str,
    group: Mapping[str, Any],
    members: Sequence[str],
    survivors: Mapping[str, Mapping[str, Any]],
    spread: int,
    separate: set[tuple[str, str]],
) -> list[str]:
    errors: list[str] = []
    people = [survivors[m] for m in members]
    minors = [p["age"] < MINOR_BELOW for p in people]
    if any(minors) and not all(minors):
        errors.append(f"{gid}: minors and adults in one group")
    ages = [p["age"] for p in people]
    if ages and max(ages) - min(ages) > spread:
        errors.append(f"{gid}: age spread {max(ages) - min(ages)} exceeds {spread}")
    for m, p in zip(members, people, strict=True):
        if group["slot"] not in p["availability"]:
            errors.append(f"{gid}: {m} is not available in slot {group['slot']}")
        if group["language"] not in p["languages"]:
            errors.append(f"{gid}: {m} does not speak {group['language']}")
        if not group["online"]:
            km = _km(p["lat"], p["lon"], group["lat"], group["lon"])
            if km > p["max_km"] + KM_SLACK:
                errors.append(f"{gid}: {m} would travel {km:.1f} km, more than {p['max_km']}")
    for a_pos, a in enumerate(members):
        for b in members[a_pos + 1 :]:
            if (a, b) in separate or (b, a) in separate:
                errors.append(f"{gid}: {a} and {b} must be kept apart")
    return errors


def validate_peer_groups_result(
    instance: Mapping[str, Any], result: Mapping[str, Any]
) -> list[str]:
    """Every hard rule of INSTANCE.md checked on the result; an empty list means valid."""
    errors: list[str] = []
    if result.get("kind") != "peer_groups_result":
        errors.append("result: kind is not 'peer_groups_result'")
    survivors = {s["id"]: s for s in instance["survivors"]}
    spread = instance["rules"]["max_age_spread"]
    separate = {(a, b) for a, b in instance.get("separate", [])}
    rules = instance["new_groups"]
    given = {g["id"]: g for g in instance["groups"]}
    existing_member = {m: g["id"] for g in instance["groups"] for m in g["members"]}

    seen_groups: set[str] = set()
    placed_in: dict[str, str] = {}
    new_count = 0
    online_new = 0
    for group in result.get("groups", []):
        gid = group.get("id")
        if gid in seen_groups:
            errors.append(f"{gid}: group listed twice")
        seen_groups.add(gid)
        members = list(group.get("members", []))
        for m in members:
            if m not in survivors:
                errors.append(f"{gid}: unknown survivor {m}")
            elif m in placed_in:
                errors.append(f"{m}: in both {placed_in[m]} and {gid}")
            else:
                placed_in[m] = gid
        members = [m for m in members if m in survivors]
        size = len(members)
        if gid in given:
            before = given[gid]
            if group.get("new"):
                errors.append(f"{gid}: an existing group is marked new")
            for field in ("slot", "language", "online"):
                if group.get(field) != before[field]:
                    errors.append(f"{gid}: {field} changed from {before[field]!r}")
            if not before["online"] and (
                group.get("lat") != before["lat"] or group.get("lon") != before["lon"]
            ):
                errors.append(f"{gid}: place changed")
            missing = [m for m in before["members"] if m not in members]
            if missing:
                errors.append(f"{gid}: existing members left: {', '.join(missing)}")
            joiners = [m for m in members if m not in before["members"]]
            if not joiners:
                continue  # unchanged: whatever it was, the solver did not make it so
            if size > before["max_size"]:
                errors.append(f"{gid}: {size} members, more than max_size {before['max_size']}")
            errors += _rule_errors(gid, before, members, survivors, spread, separate)
            for m in joiners:
                if m in existing_member:
                    errors.append(f"{m}: moved out of existing group {existing_member[m]}")
            continue

        if not group.get("new"):
            errors.append(f"{gid}: not in the instance and not marked new")
        new_count += 1
        online_new += 1 if group.get("online") else 0
        if not rules["min_size"] <= size <= rules["max_size"]:
            errors.append(
                f"{gid}: {size} members, outside {rules['min_size']}..{rules['max_size']}"
            )
        slot = group.get("slot")
        if not isinstance(slot, int) or not 0 <= slot <= 20:
            errors.append(f"{gid}: slot {slot!r} is not a week slot")
            continue
        if not group.get("online"):
            lat, lon = group.get("lat"), group.get("lon")
            if not any(survivors[m]["lat"] == lat and survivors[m]["lon"] == lon for m in members):
                errors.append(f"{gid}: meets at ({lat}, {lon}), which is no member's place")
                continue
        for m in members:
            if m in existing_member:
                errors.append(f"{m}: moved out of existing group {existing_member[m]}")
        errors += _rule_errors(gid, group, members, survivors, spread, separate)

    for gid in given:
        if gid not in seen_groups:
            errors.append(f"{gid}: existing group missing from the result")
    if new_count > rules["max"]:
        errors.append(f"{new_count} new groups, more than new_groups.max {rules['max']}")
    if online_new > rules.get("online_max", 0):
        errors.append(f"{online_new} new online groups, more than {rules.get('online_max', 0)}")

    placed = len(placed_in)
    if result.get("placed") != placed:
        errors.append(f"placed is {result.get('placed')}, the groups hold {placed}")
    bound = result.get("bound")
    if not isinstance(bound, int) or bound < placed:
        errors.append(f"bound {bound!r} is below placed {placed}")
    elif bound > 0:
        gap = result.get("gap")
        if not isinstance(gap, int | float) or abs(gap - (bound - placed) / bound) > 1e-3:
            errors.append(f"gap {gap!r} is not (bound - placed) / bound")
    unplaced = [u.get("survivor") for u in result.get("unplaced", [])]
    expected = [s["id"] for s in instance["survivors"] if s["id"] not in placed_in]
    if sorted(unplaced) != sorted(expected):
        errors.append("unplaced does not list exactly the survivors outside every group")
    return errors
