"""Bad instances are refused with the entity and field named; the validator catches every kind of
defect a result could have."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from matching.solver.buddy import InstanceError, solve_buddy_matching, validate_buddy_result
from tests.matching.solver.test_buddy_rules import LEEUWARDEN, buddy, instance, survivor

Edit = Callable[[dict[str, Any]], None]


def _set(path: list[Any], value: Any) -> Edit:
    def edit(document: dict[str, Any]) -> None:
        target: Any = document
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return edit


def _drop(path: list[Any]) -> Edit:
    def edit(document: dict[str, Any]) -> None:
        target: Any = document
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return edit


def _base() -> dict[str, Any]:
    return instance([survivor("s-1"), survivor("s-2")], [buddy("b-1"), buddy("b-2")])


@pytest.mark.parametrize(
    ("edit", "entity", "field", "words"),
    [
        (_set(["survivors", 0, "availability"], [4, 21]), "survivor s-1", "availability", "21"),
        (_set(["buddies", 1, "availability"], [-1]), "buddy b-2", "availability", "-1"),
        (_set(["buddies", 0, "capacity"], 0), "buddy b-1", "capacity", "at least 1"),
        (_drop(["survivors", 1, "availability"]), "survivor s-2", "availability", "missing"),
        (_drop(["buddies", 0, "capacity"]), "buddy b-1", "capacity", "missing"),
        (_drop(["survivors", 0, "id"]), "survivors[0]", "id", "missing"),
        (_set(["survivors", 1, "id"], "s-1"), "survivor s-1", "id", "duplicate"),
        (_set(["buddies", 1, "id"], "b-1"), "buddy b-1", "id", "duplicate"),
        (_set(["excluded"], [["s-9", "b-1"]]), "excluded[0]", "survivor", "s-9"),
        (_set(["fixed"], [["s-1", "b-9"]]), "fixed[0]", "buddy", "b-9"),
        (_set(["fixed"], [["s-1"]]), "fixed[0]", "fixed", "pair"),
        (
            _set(["fixed"], [["s-1", "b-1"], ["s-1", "b-2"]]),
            "fixed[1]",
            "survivor",
            "more than one",
        ),
        (_set(["kind"], "peer_groups"), "instance", "kind", "buddy_matching"),
        (_drop(["kind"]), "instance", "kind", "missing"),
        (_set(["version"], 2), "instance", "version", "expected 1"),
        (_drop(["survivors"]), "instance", "survivors", "missing"),
        (_set(["survivors"], "s-1"), "instance", "survivors", "list"),
        (_set(["survivors", 0, "lat"], 91), "survivor s-1", "lat", "within"),
        (_set(["survivors", 0, "age"], "16"), "survivor s-1", "age", "integer"),
        (
            _set(["buddies", 0, "trained_for_minors"], "yes"),
            "buddy b-1",
            "trained_for_minors",
            "true",
        ),
        (_set(["buddies", 0, "max_minors"], -1), "buddy b-1", "max_minors", "at least 0"),
        (_set(["survivors", 0, "languages"], "nl"), "survivor s-1", "languages", "list"),
        (_set(["weights"], {"charm": 5}), "weights", "charm", "unknown"),
        (_set(["weights"], {"distance": -5}), "weights", "distance", "at least 0"),
        (_set(["rules"], {"min_overlap": -1}), "rules", "min_overlap", "at least 0"),
    ],
)
def test_bad_instance_is_refused_naming_entity_and_field(
    edit: Edit, entity: str, field: str, words: str
) -> None:
    document = _base()
    edit(document)
    with pytest.raises(InstanceError) as error:
        solve_buddy_matching(document)
    assert (error.value.entity, error.value.field) == (entity, field)
    assert words in str(error.value)


def test_fixed_pair_that_is_also_excluded_is_refused() -> None:
    document = _base()
    document["fixed"] = [["s-1", "b-1"]]
    document["excluded"] = [["s-1", "b-1"]]
    with pytest.raises(InstanceError) as error:
        solve_buddy_matching(document)
    assert (error.value.entity, error.value.field) == ("fixed[0]", "excluded")


def test_fixed_pair_too_far_apart_names_the_rule() -> None:
    document = instance(
        [survivor(max_km=5)], [buddy(lat=LEEUWARDEN[0] + 0.5)], fixed=[["s-1", "b-1"]]
    )
    with pytest.raises(InstanceError, match="s-1/b-1 breaks hard rule\\(s\\): distance"):
        solve_buddy_matching(document)


def test_two_fixed_siblings_at_one_buddy_are_refused() -> None:
    document = instance(
        [survivor("s-1", case="c"), survivor("s-2", case="c")],
        [buddy(capacity=2)],
        fixed=[["s-1", "b-1"], ["s-2", "b-1"]],
    )
    with pytest.raises(InstanceError) as error:
        solve_buddy_matching(document)
    assert error.value.field == "case"


def test_custom_weights_change_the_score() -> None:
    document = instance([survivor(waiting_days=180)], [buddy()], weights={"waiting": 100})
    result = solve_buddy_matching(document)
    assert result["matches"][0]["breakdown"]["waiting"] == 100
    assert validate_buddy_result(document, result) == []


# The validator finds what is wrong


def _solved() -> tuple[dict[str, Any], dict[str, Any]]:
    document = instance(
        [
            survivor("s-1", age=16, case="c-1", waiting_days=30),
            survivor("s-2", case="c-1"),
            survivor("s-3", max_km=3),
            survivor("s-4"),
        ],
        [
            buddy("b-1", capacity=2, trained_for_minors=True, max_minors=1),
            buddy("b-2", lat=LEEUWARDEN[0] + 0.1),
        ],
        fixed=[["s-4", "b-2"]],
    )
    result = solve_buddy_matching(document, explain=True)
    assert validate_buddy_result(document, result) == []
    assert {m["survivor"]: m["buddy"] for m in result["matches"]} == {
        "s-1": "b-1",
        "s-3": "b-1",
        "s-4": "b-2",
    }
    return document, result


def _match(result: dict[str, Any], survivor_id: str) -> dict[str, Any]:
    (found,) = [m for m in result["matches"] if m["survivor"] == survivor_id]
    match: dict[str, Any] = found
    return match


Break = Callable[[dict[str, Any], dict[str, Any]], None]


def _move_to_far_buddy(document: dict[str, Any], result: dict[str, Any]) -> None:
    document["buddies"][1]["lat"] = LEEUWARDEN[0] + 1.0
    document["fixed"] = []


def _second_sibling(document: dict[str, Any], result: dict[str, Any]) -> None:
    result["matches"].append(dict(_match(result, "s-1"), survivor="s-2"))
    result["matches"].sort(key=lambda m: m["survivor"])
    result["unmatched"] = [u for u in result["unmatched"] if u["survivor"] != "s-2"]


def _drop_fixed(document: dict[str, Any], result: dict[str, Any]) -> None:
    result["matches"] = [m for m in result["matches"] if m["survivor"] != "s-4"]


def _wrong_score(document: dict[str, Any], result: dict[str, Any]) -> None:
    result["matches"][0]["score"] += 7


def _wrong_objective(document: dict[str, Any], result: dict[str, Any]) -> None:
    result["objective"]["matched"] += 1


def _optimal_with_gap(document: dict[str, Any], result: dict[str, Any]) -> None:
    result["bound"]["score"] += 1


def _wrong_reason(document: dict[str, Any], result: dict[str, Any]) -> None:
    result["unmatched"][0]["reasons"] = {"language": 2}


def _wrong_closest(document: dict[str, Any], result: dict[str, Any]) -> None:
    result["unmatched"][0]["closest"]["blocked_by"] = ["gender"]


def _missing_candidate(document: dict[str, Any], result: dict[str, Any]) -> None:
    result["candidates"] = result["candidates"][1:]


def _unsorted(document: dict[str, Any], result: dict[str, Any]) -> None:
    result["matches"].reverse()


def _minor_over_limit(document: dict[str, Any], result: dict[str, Any]) -> None:
    document["buddies"][0]["max_minors"] = 0


@pytest.mark.parametrize(
    ("defect", "words"),
    [
        (_move_to_far_buddy, "rule 2 (distance)"),
        (_second_sibling, "rule 9"),
        (_drop_fixed, "rule 8"),
        (_wrong_score, "score"),
        (_wrong_objective, "objective"),
        (_optimal_with_gap, "OPTIMAL"),
        (_wrong_reason, "reasons"),
        (_wrong_closest, "blocked_by"),
        (_missing_candidate, "not listed"),
        (_unsorted, "sorted"),
        (_minor_over_limit, "rule 10"),
    ],
)
def test_validator_reports_a_broken_result(defect: Break, words: str) -> None:
    document, result = _solved()
    document, result = copy.deepcopy(document), copy.deepcopy(result)
    defect(document, result)
    problems = validate_buddy_result(document, result)
    assert any(words in p for p in problems), problems


def test_validator_reports_capacity_overrun() -> None:
    document = instance([survivor("s-1"), survivor("s-2")], [buddy(capacity=1)])
    result = solve_buddy_matching(document)
    (match,) = result["matches"]
    other = "s-2" if match["survivor"] == "s-1" else "s-1"
    result["matches"] = sorted([match, dict(match, survivor=other)], key=lambda m: m["survivor"])
    result["unmatched"] = []
    result["objective"] = {"matched": 2, "score": 2 * match["score"]}
    result["bound"] = result["objective"]
    assert any("rule 7" in p for p in validate_buddy_result(document, result))
