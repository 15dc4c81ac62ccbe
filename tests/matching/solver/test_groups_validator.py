"""The independent validator catches each hard-rule violation in a hand-made bad result."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from matching.solver.groups import validate_peer_groups_result
from tests.matching.solver.test_groups_factories import (
    LON,
    group,
    instance,
    north_km,
    solve,
    survivor,
)


def _doc() -> dict[str, Any]:
    adult = {"age": 20}
    both = {"availability": [5, 9], "languages": ["nl", "en"], **adult}
    people = [survivor(f"s-{k}", **both) for k in range(9)]
    people += [survivor("s-minor", age=15), survivor("s-old", age=25)]
    people += [survivor("s-far", lat=north_km(80), **adult)]
    people += [survivor("s-ex1", **adult), survivor("s-ex2", **adult), survivor("s-foe", **adult)]
    people += [survivor("s-en", languages=["en"], availability=[9], **adult)]
    return instance(
        people,
        groups=[group("g-1", ["s-ex1", "s-ex2"], max_size=4)],
        separate=[["s-0", "s-foe"]],
        max_new=2,
        max_size=6,
    )


@pytest.fixture(scope="module")
def solved() -> tuple[dict[str, Any], dict[str, Any]]:
    doc = _doc()
    return doc, solve(doc)


def _new_group(result: dict[str, Any]) -> dict[str, Any]:
    return next(g for g in result["groups"] if g["new"])


def _move_in(result: dict[str, Any], target: dict[str, Any], sid: str) -> None:
    for g in result["groups"]:
        if sid in g["members"]:
            g["members"].remove(sid)
    target["members"].append(sid)
    result["placed"] = sum(len(g["members"]) for g in result["groups"])
    result["bound"] = max(result["bound"], result["placed"])
    result["gap"] = (result["bound"] - result["placed"]) / result["bound"]
    result["unplaced"] = [u for u in result["unplaced"] if u["survivor"] != sid]


def _bad(solved: tuple[dict[str, Any], dict[str, Any]]) -> tuple[dict[str, Any], dict[str, Any]]:
    doc, result = solved
    return doc, copy.deepcopy(result)


def test_solver_result_is_valid(solved: tuple[dict[str, Any], dict[str, Any]]) -> None:
    doc, result = solved

    assert validate_peer_groups_result(doc, result) == []
    assert _new_group(result)


def test_validator_catches_a_minor_among_adults(solved: Any) -> None:
    doc, result = _bad(solved)
    target = next(g for g in result["groups"] if g["new"] and "s-minor" not in g["members"])
    _move_in(result, target, "s-minor")

    assert any("minors and adults" in e for e in validate_peer_groups_result(doc, result))


def test_validator_catches_too_wide_an_age_spread(solved: Any) -> None:
    doc, result = _bad(solved)
    _move_in(result, _new_group(result), "s-old")

    errors = validate_peer_groups_result(doc, result)

    assert any("age spread" in e for e in errors)


def test_validator_catches_a_member_not_available(solved: Any) -> None:
    doc, result = _bad(solved)
    target = _new_group(result)
    target["slot"] = 0

    assert any("not available in slot 0" in e for e in validate_peer_groups_result(doc, result))


def test_validator_catches_a_language_not_spoken(solved: Any) -> None:
    doc, result = _bad(solved)
    target = _new_group(result)
    target["language"] = "tr"

    assert any("does not speak tr" in e for e in validate_peer_groups_result(doc, result))


def test_validator_catches_a_journey_too_long(solved: Any) -> None:
    doc, result = _bad(solved)
    _move_in(result, _new_group(result), "s-far")

    assert any("would travel" in e for e in validate_peer_groups_result(doc, result))


def test_validator_catches_a_separate_pair_together(solved: Any) -> None:
    doc, result = _bad(solved)
    target = next(g for g in result["groups"] if "s-0" in g["members"])
    _move_in(result, target, "s-foe")

    assert any("kept apart" in e for e in validate_peer_groups_result(doc, result))


def test_validator_catches_a_new_group_below_min_size(solved: Any) -> None:
    doc, result = _bad(solved)
    target = _new_group(result)
    target["members"] = target["members"][:3]

    assert any("outside 4..6" in e for e in validate_peer_groups_result(doc, result))


def test_validator_catches_a_new_group_above_max_size(solved: Any) -> None:
    doc, result = _bad(solved)
    target = _new_group(result)
    for sid in ("s-1", "s-2", "s-3", "s-4", "s-5", "s-6", "s-7", "s-8"):
        if sid not in target["members"]:
            _move_in(result, target, sid)

    assert any("outside 4..6" in e for e in validate_peer_groups_result(doc, result))


def test_validator_catches_an_existing_group_over_max_size(solved: Any) -> None:
    doc, result = _bad(solved)
    existing = result["groups"][0]
    for sid in ("s-1", "s-2", "s-3"):
        if sid not in existing["members"]:
            _move_in(result, existing, sid)

    assert any("more than max_size 4" in e for e in validate_peer_groups_result(doc, result))


def test_validator_catches_an_existing_member_removed(solved: Any) -> None:
    doc, result = _bad(solved)
    result["groups"][0]["members"].remove("s-ex1")

    assert any("existing members left" in e for e in validate_peer_groups_result(doc, result))


def test_validator_catches_an_existing_group_moved_to_another_slot(solved: Any) -> None:
    doc, result = _bad(solved)
    result["groups"][0]["slot"] = 9

    assert any("slot changed" in e for e in validate_peer_groups_result(doc, result))


def test_validator_catches_a_place_that_is_no_member_place(solved: Any) -> None:
    doc, result = _bad(solved)
    _new_group(result)["lon"] = LON + 0.001

    assert any("no member's place" in e for e in validate_peer_groups_result(doc, result))


def test_validator_catches_a_survivor_in_two_groups(solved: Any) -> None:
    doc, result = _bad(solved)
    sid = _new_group(result)["members"][0]
    result["groups"][0]["members"].append(sid)

    assert any("in both" in e for e in validate_peer_groups_result(doc, result))


def test_validator_catches_too_many_new_groups(solved: Any) -> None:
    doc, result = _bad(solved)
    for k in range(3):
        extra = copy.deepcopy(_new_group(result))
        extra["id"] = f"new-9{k}"
        result["groups"].append(extra)

    errors = validate_peer_groups_result(doc, result)

    assert any("more than new_groups.max 2" in e for e in errors)


def test_validator_catches_a_bound_below_placed(solved: Any) -> None:
    doc, result = _bad(solved)
    result["bound"] = result["placed"] - 1

    assert any("below placed" in e for e in validate_peer_groups_result(doc, result))


def test_validator_catches_a_wrong_placed_count(solved: Any) -> None:
    doc, result = _bad(solved)
    result["placed"] += 1

    assert any("the groups hold" in e for e in validate_peer_groups_result(doc, result))


def test_validator_catches_a_forgotten_unplaced_survivor(solved: Any) -> None:
    doc, result = _bad(solved)
    result["unplaced"] = result["unplaced"][1:]

    assert any("unplaced does not list" in e for e in validate_peer_groups_result(doc, result))


def test_validator_catches_an_unknown_survivor(solved: Any) -> None:
    doc, result = _bad(solved)
    _new_group(result)["members"].append("s-nobody")

    assert any("unknown survivor s-nobody" in e for e in validate_peer_groups_result(doc, result))


def test_validator_catches_a_missing_existing_group(solved: Any) -> None:
    doc, result = _bad(solved)
    result["groups"] = [g for g in result["groups"] if g["id"] != "g-1"]

    assert any("missing from the result" in e for e in validate_peer_groups_result(doc, result))


def test_validator_accepts_an_untouched_group_that_was_already_broken() -> None:
    people = [survivor("s-minor", age=17), survivor("s-adult", age=18)]
    doc = instance(people, groups=[group("g-1", ["s-minor", "s-adult"])], max_new=0)

    result = solve(doc)

    assert validate_peer_groups_result(doc, result) == []


def test_validator_refuses_a_newcomer_in_an_already_broken_group() -> None:
    people = [survivor("s-minor", age=17), survivor("s-adult", age=18), survivor("s-new", age=18)]
    doc = instance(people, groups=[group("g-1", ["s-minor", "s-adult"])], max_new=0)
    result = solve(doc)
    _move_in(result, result["groups"][0], "s-new")

    assert any("minors and adults" in e for e in validate_peer_groups_result(doc, result))
