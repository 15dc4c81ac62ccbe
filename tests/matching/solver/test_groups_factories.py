"""Small hand-made peer-group instances for the solver tests, and checks of the factories."""

from __future__ import annotations

import copy
from typing import Any

from matching.solver.groups import solve_peer_groups, validate_peer_groups_result
from matching.solver.groups.schema import parse_instance

# Leeuwarden; 0.09 degrees of latitude is about 10 km.
LAT, LON = 53.2, 5.8
KM_PER_DEG_LAT = 111.2


def survivor(sid: str, **fields: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": sid,
        "age": 16,
        "languages": ["nl"],
        "interests": ["muziek"],
        "availability": [5],
        "lat": LAT,
        "lon": LON,
        "max_km": 25,
        "waiting_days": 30,
    }
    record.update(fields)
    return record


def north_km(km: float) -> float:
    """Latitude `km` north of the default place."""
    return LAT + km / KM_PER_DEG_LAT


def instance(
    survivors: list[dict[str, Any]],
    *,
    groups: list[dict[str, Any]] | None = None,
    max_new: int = 2,
    min_size: int = 4,
    max_size: int = 8,
    online_max: int = 0,
    separate: list[list[str]] | None = None,
    spread: int = 4,
) -> dict[str, Any]:
    return {
        "kind": "peer_groups",
        "version": 1,
        "survivors": survivors,
        "groups": groups or [],
        "new_groups": {
            "max": max_new,
            "min_size": min_size,
            "max_size": max_size,
            "online_max": online_max,
        },
        "separate": separate or [],
        "rules": {"max_age_spread": spread},
    }


def group(gid: str, members: list[str], **fields: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": gid,
        "min_size": 4,
        "max_size": 8,
        "slot": 5,
        "language": "nl",
        "lat": LAT,
        "lon": LON,
        "online": False,
        "members": members,
    }
    record.update(fields)
    return record


def four(**fields: Any) -> list[dict[str, Any]]:
    return [survivor(f"s-{k}", **fields) for k in range(1, 5)]


def solve(doc: dict[str, Any]) -> dict[str, Any]:
    """Solve and insist the result is valid: every rule test also exercises the validator."""
    result = solve_peer_groups(copy.deepcopy(doc), seed=0, time_limit_s=1.0)
    assert validate_peer_groups_result(doc, result) == []
    return result


def members_of(result: dict[str, Any]) -> list[list[str]]:
    return [sorted(g["members"]) for g in result["groups"]]


def test_four_alike_survivors_form_one_group() -> None:
    result = solve(instance(four()))

    assert members_of(result) == [["s-1", "s-2", "s-3", "s-4"]]
    assert result["status"] == "OPTIMAL"


def test_instance_factory_passes_the_schema() -> None:
    doc = instance(four(), groups=[group("g-1", ["s-1"])], separate=[["s-2", "s-3"]])

    inst = parse_instance(doc)

    assert inst.n == 4
    assert inst.member_of.tolist() == [0, -1, -1, -1]
    assert inst.separate == ((1, 2),)
