"""The generated benchmark instances look like the programmes they stand in for."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from matching.solver.groups import generate_peer_groups_instance
from matching.solver.groups.candidates import frozen_reasons
from matching.solver.groups.schema import parse_instance


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    return generate_peer_groups_instance(600, seed=11)


def test_generated_instance_passes_the_schema(doc: dict[str, Any]) -> None:
    assert parse_instance(doc).n == 600


def test_ages_are_12_to_25_with_a_good_share_of_minors(doc: dict[str, Any]) -> None:
    ages = [s["age"] for s in doc["survivors"]]

    assert min(ages) >= 12
    assert max(ages) <= 25
    assert 0.3 <= sum(a < 18 for a in ages) / len(ages) <= 0.55


def test_most_speak_dutch_and_some_english_arabic_or_turkish(doc: dict[str, Any]) -> None:
    spoken = Counter(lang for s in doc["survivors"] for lang in s["languages"])

    assert spoken["nl"] / 600 > 0.85
    assert {"en", "ar", "tr"} <= set(spoken)


def test_everyone_lives_in_the_netherlands_mostly_north_or_randstad(
    doc: dict[str, Any],
) -> None:
    survivors = doc["survivors"]
    assert all(50.7 < s["lat"] < 53.6 and 3.3 < s["lon"] < 7.3 for s in survivors)
    north = sum(s["lat"] > 52.75 for s in survivors)
    randstad = sum(51.75 < s["lat"] < 52.5 and s["lon"] < 5.4 for s in survivors)
    assert (north + randstad) / len(survivors) > 0.6


def test_evenings_and_weekends_are_the_likeliest_slots(doc: dict[str, Any]) -> None:
    slots = Counter(t for s in doc["survivors"] for t in s["availability"])
    evening_or_weekend = sum(n for t, n in slots.items() if t % 3 == 2 or t >= 15)

    assert evening_or_weekend / sum(slots.values()) > 0.6


def test_existing_groups_follow_the_rules_and_have_room(doc: dict[str, Any]) -> None:
    inst = parse_instance(doc)

    assert inst.groups
    assert all(frozen_reasons(inst, g) == [] for g in range(len(inst.groups)))
    assert any(len(g.members) < g.max_size for g in inst.groups)
    assert any(g.online for g in inst.groups)


def test_new_group_limit_and_separate_pairs_scale_with_size() -> None:
    small = generate_peer_groups_instance(100, seed=1)
    large = generate_peer_groups_instance(1000, seed=1)

    assert small["new_groups"]["max"] < large["new_groups"]["max"]
    assert len(small["separate"]) < len(large["separate"])
    assert small["rules"] == {"max_age_spread": 4}


def test_same_seed_gives_the_same_instance() -> None:
    assert generate_peer_groups_instance(80, seed=3) == generate_peer_groups_instance(80, seed=3)
    assert generate_peer_groups_instance(80, seed=3) != generate_peer_groups_instance(80, seed=4)
