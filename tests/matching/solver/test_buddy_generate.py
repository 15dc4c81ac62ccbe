"""The benchmark instances look like the Netherlands and are valid instances."""

from __future__ import annotations

from collections import Counter

from matching.solver.buddy import (
    generate_buddy_instance,
    parse_buddy_instance,
    solve_buddy_matching,
    validate_buddy_result,
)


def test_same_seed_same_instance_other_seed_other_instance() -> None:
    assert generate_buddy_instance(50, seed=4) == generate_buddy_instance(50, seed=4)
    assert generate_buddy_instance(50, seed=4) != generate_buddy_instance(50, seed=5)


def test_people_live_in_the_netherlands_mostly_in_towns() -> None:
    document = generate_buddy_instance(1000, seed=1)
    people = document["survivors"] + document["buddies"]
    assert all(50.6 < p["lat"] < 53.7 and 3.2 < p["lon"] < 7.4 for p in people)
    # Within ~15 km of Amsterdam: the biggest town draws many more than a uniform spread would.
    near_amsterdam = [
        p for p in people if abs(p["lat"] - 52.37) < 0.14 and abs(p["lon"] - 4.9) < 0.2
    ]
    assert len(near_amsterdam) > 0.08 * len(people)


def test_buddies_are_scarce_and_take_one_to_three() -> None:
    document = generate_buddy_instance(1000, seed=2)
    assert len(document["buddies"]) == 500
    capacities = Counter(b["capacity"] for b in document["buddies"])
    assert set(capacities) == {1, 2, 3}
    assert len(generate_buddy_instance(40, 30, seed=2)["buddies"]) == 30


def test_about_one_survivor_in_five_is_a_minor() -> None:
    document = generate_buddy_instance(2000, seed=3)
    minors = sum(s["age"] < 18 for s in document["survivors"]) / 2000
    assert 0.16 < minors < 0.24


def test_evenings_and_weekends_are_the_busy_slots() -> None:
    document = generate_buddy_instance(1000, seed=4)
    counts = Counter(slot for s in document["survivors"] for slot in s["availability"])
    weekday_mornings = sum(counts[day * 3] for day in range(5))
    weekday_evenings = sum(counts[day * 3 + 2] for day in range(5))
    assert weekday_evenings > 3 * weekday_mornings
    assert counts[5 * 3 + 1] > counts[1 * 3 + 1]


def test_most_speak_dutch_and_some_speak_other_languages() -> None:
    document = generate_buddy_instance(1000, seed=5)
    spoken = Counter(code for s in document["survivors"] for code in s["languages"])
    assert spoken["nl"] > 800
    assert {"en", "ar", "tr", "pl", "ti", "so"} <= set(spoken)


def test_generated_instances_are_valid_and_solvable() -> None:
    for side_rules in (False, True):
        document = generate_buddy_instance(200, seed=6, side_rules=side_rules)
        parse_buddy_instance(document)
        assert document["fixed"]
        assert document["excluded"]
        result = solve_buddy_matching(document)
        assert validate_buddy_result(document, result, check_explanations=False) == []


def test_side_rules_add_cases_and_minors_limits() -> None:
    plain = generate_buddy_instance(400, seed=7)
    assert not any("case" in s for s in plain["survivors"])
    assert not any("max_minors" in b for b in plain["buddies"])
    document = generate_buddy_instance(400, seed=7, side_rules=True)
    cases = Counter(s["case"] for s in document["survivors"] if "case" in s)
    assert 0.08 * 400 < sum(cases.values()) < 0.25 * 400
    assert set(cases.values()) <= {2, 3}
    assert any("max_minors" in b for b in document["buddies"])
