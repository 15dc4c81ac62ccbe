"""What a coordinator reads: the score breakdown of a match, and for a survivor left without a
buddy which rules kept each buddy away and which buddy came closest."""

from __future__ import annotations

from typing import Any

from matching.solver.buddy import solve_buddy_matching, validate_buddy_result
from tests.matching.solver.test_buddy_rules import LEEUWARDEN, buddy, instance, survivor


def solve(document: dict[str, Any]) -> dict[str, Any]:
    result = solve_buddy_matching(document, explain=True)
    assert validate_buddy_result(document, result) == []
    return result


def only_unmatched(result: dict[str, Any]) -> dict[str, Any]:
    (entry,) = result["unmatched"]
    found: dict[str, Any] = entry
    return found


def test_breakdown_shows_every_component_and_adds_up() -> None:
    document = instance(
        [
            survivor(
                interests=["muziek", "sport"],
                languages=["nl", "en"],
                availability=[2, 5, 8],
                waiting_days=90,
                wants_lived_experience=True,
            )
        ],
        [
            buddy(
                interests=["sport", "muziek", "koken"],
                languages=["en", "nl"],
                availability=[2, 5, 8, 11],
                lat=LEEUWARDEN[0],
                lived_experience=True,
            )
        ],
    )
    (match,) = solve(document)["matches"]
    assert match["breakdown"] == {
        "interests": 20,
        "languages": 10,
        "overlap": 12,
        "distance": 20,
        "waiting": 15,
        "lived_experience": 15,
    }
    assert match["score"] == 92


def test_reasons_count_buddies_ruled_out_by_one_rule_alone() -> None:
    document = instance(
        [survivor(age=16, buddy_genders=["f"])],
        [
            buddy("b-far", lat=LEEUWARDEN[0] + 1.0, trained_for_minors=True),
            buddy("b-far2", lat=LEEUWARDEN[0] + 1.1, trained_for_minors=True),
            buddy("b-untrained"),
            buddy("b-man", gender="m", trained_for_minors=True),
            buddy("b-man-far", gender="m", lat=LEEUWARDEN[0] + 1.0, trained_for_minors=True),
            buddy("b-busy", availability=[13], trained_for_minors=True),
        ],
    )
    entry = only_unmatched(solve(document))
    # b-man-far breaks two rules and so is counted under neither.
    assert entry["reasons"] == {"availability": 1, "distance": 2, "gender": 1, "minors": 1}


def test_closest_is_the_buddy_breaking_fewest_rules_then_nearest() -> None:
    document = instance(
        [survivor(age=16, buddy_genders=["f"])],
        [
            buddy("b-1", gender="m", lat=LEEUWARDEN[0] + 0.05),
            buddy("b-2", lat=LEEUWARDEN[0] + 0.09),
            buddy("b-3", lat=LEEUWARDEN[0] + 0.04, availability=[13]),
        ],
    )
    entry = only_unmatched(solve(document))
    # Fewer rules beat a shorter distance.
    assert entry["closest"] == {"buddy": "b-2", "blocked_by": ["minors"]}
    for record in document["buddies"]:
        record["trained_for_minors"] = True
    document["buddies"][1]["availability"] = [13]
    entry = only_unmatched(solve(document))
    # One rule each now: b-3 is the nearest.
    assert entry["closest"] == {"buddy": "b-3", "blocked_by": ["availability"]}


def test_equally_near_buddies_tie_by_id() -> None:
    document = instance([survivor(languages=["ti"])], [buddy("b-9"), buddy("b-10"), buddy("b-2")])
    entry = only_unmatched(solve(document))
    assert entry["closest"] == {"buddy": "b-10", "blocked_by": ["language"]}
    assert entry["reasons"] == {"language": 3}


def test_full_buddies_show_up_as_capacity() -> None:
    document = instance(
        [survivor("s-1", waiting_days=100), survivor("s-2"), survivor("s-3", max_km=1)],
        [buddy("b-1"), buddy("b-2", lat=LEEUWARDEN[0] + 0.05)],
    )
    result = solve(document)
    assert {m["survivor"] for m in result["matches"]} == {"s-1", "s-2"}
    entry = only_unmatched(result)
    assert entry["survivor"] == "s-3"
    # Both buddies are full and also too far for her 1 km: two rules each, counted nowhere.
    assert entry["reasons"] == {}
    assert entry["closest"] == {"buddy": "b-1", "blocked_by": ["distance", "capacity"]}


def test_side_rules_show_up_as_case_and_max_minors() -> None:
    document = instance(
        [
            survivor("s-1", case="c-1", waiting_days=100),
            survivor("s-2", case="c-1"),
            survivor("s-3", age=15, waiting_days=100),
            survivor("s-4", age=16),
        ],
        [
            buddy("b-1", capacity=3),
            buddy("b-2", capacity=3, trained_for_minors=True, max_minors=1, availability=[13]),
        ],
    )
    document["survivors"][2]["availability"] = [13]
    document["survivors"][3]["availability"] = [13]
    result = solve(document)
    unmatched = {u["survivor"]: u for u in result["unmatched"]}
    assert set(unmatched) == {"s-2", "s-4"}
    assert unmatched["s-2"]["reasons"] == {"case": 1, "availability": 1}
    # b-1 is neither available then nor trained for minors: two rules, not counted.
    assert unmatched["s-4"]["reasons"] == {"max_minors": 1}
    assert unmatched["s-4"]["closest"] == {"buddy": "b-2", "blocked_by": ["max_minors"]}


def test_without_buddies_nobody_is_closest() -> None:
    result = solve(instance([survivor()], []))
    assert result["unmatched"] == [{"survivor": "s-1", "reasons": {}, "closest": None}]
    assert result["status"] == "OPTIMAL"


def test_candidates_are_listed_only_when_asked() -> None:
    document = instance([survivor()], [buddy(), buddy("b-2", languages=["en"])])
    assert "candidates" not in solve_buddy_matching(document)
    listed = solve_buddy_matching(document, explain=True)["candidates"]
    assert [(c["survivor"], c["buddy"]) for c in listed] == [("s-1", "b-1")]
