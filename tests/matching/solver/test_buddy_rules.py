"""Each hard rule of INSTANCE.md, once where it lets a pair through and once where it stops it.

The instances are tiny and written out by hand: Leeuwarden, a few km apart, one shared slot
and language unless a test says otherwise. Every result goes through the validator.
"""

from __future__ import annotations

from typing import Any

import pytest

from matching.solver.buddy import InstanceError, solve_buddy_matching, validate_buddy_result

LEEUWARDEN = (53.2012, 5.7999)


def survivor(ident: str = "s-1", **fields: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": ident,
        "age": 25,
        "gender": "f",
        "buddy_genders": [],
        "languages": ["nl"],
        "interests": [],
        "availability": [4],
        "lat": LEEUWARDEN[0],
        "lon": LEEUWARDEN[1],
        "max_km": 25,
        "waiting_days": 0,
        "wants_lived_experience": False,
    }
    record.update(fields)
    return record


def buddy(ident: str = "b-1", **fields: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": ident,
        "age": 40,
        "gender": "f",
        "languages": ["nl"],
        "interests": [],
        "availability": [4],
        "lat": LEEUWARDEN[0] + 0.02,
        "lon": LEEUWARDEN[1],
        "max_km": 25,
        "capacity": 1,
        "trained_for_minors": False,
        "lived_experience": False,
    }
    record.update(fields)
    return record


def instance(
    survivors: list[dict[str, Any]], buddies: list[dict[str, Any]], **fields: Any
) -> dict[str, Any]:
    document: dict[str, Any] = {
        "kind": "buddy_matching",
        "version": 1,
        "survivors": survivors,
        "buddies": buddies,
        "excluded": [],
        "fixed": [],
        "rules": {"min_overlap": 1},
    }
    document.update(fields)
    return document


def solve(document: dict[str, Any], **options: Any) -> dict[str, Any]:
    result = solve_buddy_matching(document, explain=True, **options)
    assert validate_buddy_result(document, result) == []
    return result


def pairs(result: dict[str, Any]) -> set[tuple[str, str]]:
    return {(m["survivor"], m["buddy"]) for m in result["matches"]}


def reasons(result: dict[str, Any], ident: str) -> dict[str, int]:
    (entry,) = [u for u in result["unmatched"] if u["survivor"] == ident]
    found: dict[str, int] = entry["reasons"]
    return found


# Rule 1: availability


def test_one_shared_slot_is_enough_by_default() -> None:
    result = solve(instance([survivor(availability=[4, 5])], [buddy(availability=[5, 13])]))
    assert pairs(result) == {("s-1", "b-1")}


def test_no_shared_slot_keeps_them_apart() -> None:
    result = solve(instance([survivor(availability=[4])], [buddy(availability=[13])]))
    assert pairs(result) == set()
    assert reasons(result, "s-1") == {"availability": 1}


def test_min_overlap_asks_for_more_shared_slots() -> None:
    document = instance(
        [survivor(availability=[4, 5])], [buddy(availability=[5, 13])], rules={"min_overlap": 2}
    )
    assert pairs(solve(document)) == set()
    document["buddies"][0]["availability"] = [4, 5]
    assert pairs(solve(document)) == {("s-1", "b-1")}


# Rule 2: distance


def test_buddy_within_both_radii_is_matched() -> None:
    result = solve(instance([survivor(max_km=5)], [buddy(max_km=5)]))
    assert pairs(result) == {("s-1", "b-1")}


@pytest.mark.parametrize("who", ["survivors", "buddies"])
def test_the_smaller_radius_decides(who: str) -> None:
    document = instance([survivor(max_km=25)], [buddy(max_km=25, lat=LEEUWARDEN[0] + 0.1)])
    assert pairs(solve(document)) == {("s-1", "b-1")}
    document[who][0]["max_km"] = 10
    result = solve(document)
    assert pairs(result) == set()
    assert reasons(result, "s-1") == {"distance": 1}


# Rule 3: gender


def test_buddy_of_a_wanted_gender_is_matched() -> None:
    result = solve(instance([survivor(buddy_genders=["f", "x"])], [buddy(gender="x")]))
    assert pairs(result) == {("s-1", "b-1")}


def test_buddy_of_another_gender_is_not() -> None:
    result = solve(instance([survivor(buddy_genders=["f"])], [buddy(gender="m")]))
    assert pairs(result) == set()
    assert reasons(result, "s-1") == {"gender": 1}


def test_empty_buddy_genders_accepts_anyone() -> None:
    result = solve(instance([survivor(buddy_genders=[])], [buddy(gender="m")]))
    assert pairs(result) == {("s-1", "b-1")}


# Rule 4: minors


def test_minor_gets_a_buddy_trained_for_minors() -> None:
    result = solve(instance([survivor(age=16)], [buddy(trained_for_minors=True)]))
    assert pairs(result) == {("s-1", "b-1")}


def test_minor_never_gets_an_untrained_buddy() -> None:
    result = solve(instance([survivor(age=17)], [buddy(trained_for_minors=False)]))
    assert pairs(result) == set()
    assert reasons(result, "s-1") == {"minors": 1}


def test_eighteen_is_an_adult() -> None:
    result = solve(instance([survivor(age=18)], [buddy(trained_for_minors=False)]))
    assert pairs(result) == {("s-1", "b-1")}


# Rule 5: language


def test_one_common_language_is_enough() -> None:
    result = solve(instance([survivor(languages=["ar", "en"])], [buddy(languages=["en", "nl"])]))
    assert pairs(result) == {("s-1", "b-1")}


def test_no_common_language_keeps_them_apart() -> None:
    result = solve(instance([survivor(languages=["ti"])], [buddy(languages=["nl", "en"])]))
    assert pairs(result) == set()
    assert reasons(result, "s-1") == {"language": 1}


# Rule 6: excluded


def test_pair_not_excluded_is_matched() -> None:
    document = instance([survivor()], [buddy()], excluded=[["s-1", "b-2"]])
    document["buddies"].append(buddy("b-2", lat=LEEUWARDEN[0] + 0.2))
    assert pairs(solve(document)) == {("s-1", "b-1")}


def test_excluded_pair_is_never_matched_even_when_it_is_the_best() -> None:
    far = buddy("b-2", lat=LEEUWARDEN[0] + 0.15)
    document = instance([survivor()], [buddy(), far], excluded=[["s-1", "b-1"]])
    result = solve(document)
    assert pairs(result) == {("s-1", "b-2")}
    document["excluded"].append(["s-1", "b-2"])
    result = solve(document)
    assert pairs(result) == set()
    assert reasons(result, "s-1") == {"excluded": 2}


# Rule 7: one buddy per survivor, capacity per buddy


def test_buddy_takes_as_many_survivors_as_her_capacity() -> None:
    document = instance([survivor("s-1"), survivor("s-2")], [buddy(capacity=2)])
    assert pairs(solve(document)) == {("s-1", "b-1"), ("s-2", "b-1")}


def test_buddy_at_capacity_takes_no_more() -> None:
    document = instance([survivor("s-1"), survivor("s-2", waiting_days=90)], [buddy(capacity=1)])
    result = solve(document)
    # Equal otherwise, the survivor who has waited longer gets the one place.
    assert pairs(result) == {("s-2", "b-1")}
    assert reasons(result, "s-1") == {"capacity": 1}


def test_survivor_gets_at_most_one_buddy() -> None:
    document = instance([survivor()], [buddy("b-1"), buddy("b-2")])
    result = solve(document)
    assert len(result["matches"]) == 1


# Rule 8: fixed pairs


def test_fixed_pair_is_kept_although_another_buddy_scores_higher() -> None:
    near = buddy("b-1", interests=["muziek", "sport", "koken"])
    far = buddy("b-2", lat=LEEUWARDEN[0] + 0.15)
    document = instance(
        [survivor(interests=["muziek", "sport", "koken"])], [near, far], fixed=[["s-1", "b-2"]]
    )
    assert pairs(solve(document)) == {("s-1", "b-2")}
    match = solve(document)["matches"][0]
    assert match["fixed"] is True


def test_fixed_pair_uses_up_capacity() -> None:
    document = instance(
        [survivor("s-1"), survivor("s-2", waiting_days=180)], [buddy()], fixed=[["s-1", "b-1"]]
    )
    result = solve(document)
    assert pairs(result) == {("s-1", "b-1")}
    assert reasons(result, "s-2") == {"capacity": 1}


def test_fixed_pair_that_breaks_a_rule_is_bad_input() -> None:
    document = instance([survivor(age=15)], [buddy()], fixed=[["s-1", "b-1"]])
    with pytest.raises(InstanceError) as error:
        solve_buddy_matching(document)
    assert error.value.entity == "fixed[0]"
    assert "minors" in error.value.problem


def test_more_fixed_survivors_than_capacity_is_bad_input() -> None:
    document = instance(
        [survivor("s-1"), survivor("s-2")], [buddy()], fixed=[["s-1", "b-1"], ["s-2", "b-1"]]
    )
    with pytest.raises(InstanceError) as error:
        solve_buddy_matching(document)
    assert (error.value.entity, error.value.field) == ("fixed[1]", "capacity")


# Rule 9: one case never shares a buddy


def test_survivors_of_different_cases_share_a_buddy() -> None:
    document = instance(
        [survivor("s-1", case="c-1"), survivor("s-2", case="c-2")], [buddy(capacity=2)]
    )
    assert pairs(solve(document)) == {("s-1", "b-1"), ("s-2", "b-1")}


def test_survivors_of_one_case_never_share_a_buddy() -> None:
    document = instance(
        [survivor("s-1", case="c-1"), survivor("s-2", case="c-1", waiting_days=100)],
        [buddy(capacity=2)],
    )
    result = solve(document)
    assert pairs(result) == {("s-2", "b-1")}
    assert reasons(result, "s-1") == {"case": 1}


def test_case_ids_may_be_numbers() -> None:
    document = instance([survivor("s-1", case=7), survivor("s-2", case="7")], [buddy(capacity=2)])
    assert len(solve(document)["matches"]) == 1


def test_siblings_go_to_different_buddies_when_they_can() -> None:
    document = instance(
        [survivor("s-1", case="c-1"), survivor("s-2", case="c-1")],
        [buddy("b-1", capacity=2), buddy("b-2", lat=LEEUWARDEN[0] + 0.1)],
    )
    result = solve(document)
    assert len(result["matches"]) == 2
    assert {m["buddy"] for m in result["matches"]} == {"b-1", "b-2"}


# Rule 10: max_minors


def test_buddy_without_max_minors_takes_minors_up_to_capacity() -> None:
    document = instance(
        [survivor("s-1", age=15), survivor("s-2", age=16)],
        [buddy(capacity=2, trained_for_minors=True)],
    )
    assert len(solve(document)["matches"]) == 2


def test_max_minors_limits_minors_not_adults() -> None:
    document = instance(
        [survivor("s-1", age=15), survivor("s-2", age=16), survivor("s-3", age=30)],
        [buddy(capacity=3, trained_for_minors=True, max_minors=1)],
    )
    result = solve(document)
    matched = pairs(result)
    assert len(matched) == 2
    assert ("s-3", "b-1") in matched
    (unmatched,) = result["unmatched"]
    assert unmatched["reasons"] == {"max_minors": 1}


def test_max_minors_zero_keeps_every_minor_away() -> None:
    document = instance(
        [survivor("s-1", age=15)], [buddy(capacity=2, trained_for_minors=True, max_minors=0)]
    )
    assert pairs(solve(document)) == set()
