"""Each hard rule of INSTANCE.md: one instance it allows, one it forbids."""

from __future__ import annotations

from tests.matching.solver.test_groups_factories import (
    LAT,
    LON,
    four,
    group,
    instance,
    members_of,
    north_km,
    solve,
    survivor,
)


def test_new_group_opens_with_min_size_members() -> None:
    result = solve(instance(four(), min_size=4))

    assert result["placed"] == 4


def test_new_group_does_not_open_below_min_size() -> None:
    result = solve(instance(four()[:3], min_size=4))

    assert result["placed"] == 0
    assert result["groups"] == []
    assert result["bound"] == 0
    assert any("fit no existing group" in note for note in result["notes"])


def test_new_group_never_exceeds_max_size() -> None:
    # No shared interests, so balance (the last objective level) decides how ten are split.
    ten = [survivor(f"s-{k}", interests=[f"hobby-{k}"]) for k in range(10)]

    one_group = solve(instance(ten, max_new=1, max_size=8))
    two_groups = solve(instance(ten, max_new=2, max_size=8))

    assert one_group["placed"] == 8
    assert one_group["bound"] == 8
    assert two_groups["placed"] == 10
    assert sorted(len(g["members"]) for g in two_groups["groups"]) == [5, 5]


def test_new_group_limit_is_respected() -> None:
    eight = [survivor(f"s-{k}") for k in range(8)]

    assert solve(instance(eight, max_new=1, max_size=4))["placed"] == 4
    assert solve(instance(eight, max_new=2, max_size=4))["placed"] == 8


def test_minors_share_a_group() -> None:
    result = solve(instance([survivor(f"s-{k}", age=17) for k in range(4)]))

    assert result["placed"] == 4


def test_minors_and_adults_never_share_a_group() -> None:
    people = [survivor(f"s-{k}", age=17 if k < 2 else 18) for k in range(4)]

    result = solve(instance(people))

    assert result["placed"] == 0
    assert result["unplaced"][0]["reasons"] == {}


def test_age_spread_within_limit_is_allowed() -> None:
    people = [survivor(f"s-{k}", age=age) for k, age in enumerate([18, 19, 20, 22])]

    assert solve(instance(people, spread=4))["placed"] == 4


def test_age_spread_over_limit_is_refused() -> None:
    people = [survivor(f"s-{k}", age=age) for k, age in enumerate([18, 19, 20, 23])]

    assert solve(instance(people, spread=4))["placed"] == 0


def test_solver_picks_the_slot_everyone_has() -> None:
    slots = [[5, 9], [9], [9, 12], [2, 9]]
    people = [survivor(f"s-{k}", availability=a) for k, a in enumerate(slots)]

    result = solve(instance(people))

    assert [g["slot"] for g in result["groups"]] == [9]


def test_no_group_without_a_common_slot() -> None:
    slots = [[5, 9], [9], [9, 12], [5, 12]]
    people = [survivor(f"s-{k}", availability=a) for k, a in enumerate(slots)]

    result = solve(instance(people))

    assert result["placed"] == 0


def test_group_language_is_spoken_by_everyone() -> None:
    langs = [["nl", "ar"], ["ar"], ["ar", "en"], ["ar"]]
    people = [survivor(f"s-{k}", languages=lang) for k, lang in enumerate(langs)]

    result = solve(instance(people))

    assert [g["language"] for g in result["groups"]] == ["ar"]


def test_no_group_without_a_common_language() -> None:
    langs = [["nl"], ["nl"], ["nl", "en"], ["ar"]]
    people = [survivor(f"s-{k}", languages=lang) for k, lang in enumerate(langs)]

    assert solve(instance(people))["placed"] == 0


def test_group_meets_where_everyone_can_travel() -> None:
    people = [survivor(f"s-{k}", max_km=10) for k in range(3)]
    people.append(survivor("s-far", lat=north_km(20), max_km=25))

    result = solve(instance(people))

    assert result["placed"] == 4
    assert (result["groups"][0]["lat"], result["groups"][0]["lon"]) == (LAT, LON)


def test_no_group_when_someone_lives_too_far() -> None:
    people = [survivor(f"s-{k}", max_km=10) for k in range(3)]
    people.append(survivor("s-far", lat=north_km(20), max_km=15))

    result = solve(instance(people))

    assert result["placed"] == 0
    far = next(u for u in result["unplaced"] if u["survivor"] == "s-far")
    assert far["reasons"] == {}


def test_online_group_ignores_distance() -> None:
    people = [survivor(f"s-{k}", lat=north_km(60 * k)) for k in range(4)]

    result = solve(instance(people, online_max=1))

    assert result["placed"] == 4
    assert result["groups"][0]["online"] is True
    assert result["groups"][0]["lat"] is None


def test_no_online_group_unless_allowed() -> None:
    people = [survivor(f"s-{k}", lat=north_km(60 * k)) for k in range(4)]

    assert solve(instance(people, online_max=0))["placed"] == 0


def test_separate_pair_never_shares_a_group() -> None:
    people = [survivor(f"s-{k}") for k in range(5)]

    result = solve(instance(people, separate=[["s-0", "s-1"]]))

    assert result["placed"] == 4
    assert not any({"s-0", "s-1"} <= set(g["members"]) for g in result["groups"])


def test_separate_pair_can_block_a_group() -> None:
    result = solve(instance(four(), separate=[["s-1", "s-2"]]))

    assert result["placed"] == 0


def test_joiner_fits_an_existing_group_and_members_stay() -> None:
    people = [survivor("s-a", age=15), survivor("s-b", age=16), survivor("s-new", age=17)]
    doc = instance(people, groups=[group("g-1", ["s-a", "s-b"], slot=5)], max_new=0)

    result = solve(doc)

    existing = result["groups"][0]
    assert existing["id"] == "g-1"
    assert existing["slot"] == 5
    assert existing["members"] == ["s-a", "s-b", "s-new"]
    assert existing["reasons"]["s-new"]["waiting"] == 4


def test_existing_group_keeps_its_slot_over_a_joiner() -> None:
    people = [survivor("s-a"), survivor("s-b"), survivor("s-new", availability=[6])]
    doc = instance(people, groups=[group("g-1", ["s-a", "s-b"], slot=5)], max_new=0)

    result = solve(doc)

    assert result["groups"][0]["slot"] == 5
    assert result["groups"][0]["members"] == ["s-a", "s-b"]
    assert result["unplaced"] == [{"survivor": "s-new", "reasons": {"slot": 1}}]


def test_existing_group_takes_no_more_than_max_size() -> None:
    people = [survivor(f"s-{k}") for k in range(5)]
    small = group("g-1", ["s-0", "s-1"], min_size=2, max_size=3)
    doc = instance(people, groups=[small], max_new=0)

    result = solve(doc)

    assert len(result["groups"][0]["members"]) == 3
    assert {"full": 1} in [u["reasons"] for u in result["unplaced"]]


def test_existing_group_may_stay_below_min_size() -> None:
    people = [survivor("s-a"), survivor("s-b"), survivor("s-new")]
    doc = instance(people, groups=[group("g-1", ["s-a", "s-b"], min_size=4)], max_new=0)

    assert members_of(solve(doc)) == [["s-a", "s-b", "s-new"]]


def test_joiner_must_fit_the_age_window_of_existing_members() -> None:
    people = [survivor("s-a", age=18), survivor("s-b", age=22)]
    people += [survivor("s-old", age=23), survivor("s-mid", age=20)]
    doc = instance(people, groups=[group("g-1", ["s-a", "s-b"])], max_new=0)

    result = solve(doc)

    assert result["groups"][0]["members"] == ["s-a", "s-b", "s-mid"]
    assert result["unplaced"] == [{"survivor": "s-old", "reasons": {"age": 1}}]


def test_existing_online_group_takes_someone_far_away() -> None:
    people = [survivor("s-a"), survivor("s-b"), survivor("s-far", lat=north_km(150))]
    online = group("g-1", ["s-a", "s-b"], online=True, lat=None, lon=None)

    result = solve(instance(people, groups=[online], max_new=0))

    assert result["groups"][0]["members"] == ["s-a", "s-b", "s-far"]


def test_existing_group_in_person_refuses_someone_far_away() -> None:
    people = [survivor("s-a"), survivor("s-b"), survivor("s-far", lat=north_km(150))]
    doc = instance(people, groups=[group("g-1", ["s-a", "s-b"])], max_new=0)

    result = solve(doc)

    assert result["unplaced"] == [{"survivor": "s-far", "reasons": {"distance": 1}}]


def test_group_breaking_a_rule_already_takes_no_one() -> None:
    people = [survivor("s-minor", age=17), survivor("s-adult", age=18), survivor("s-new", age=18)]
    doc = instance(people, groups=[group("g-1", ["s-minor", "s-adult"])], max_new=0)

    result = solve(doc)

    assert result["groups"][0]["members"] == ["s-minor", "s-adult"]
    assert any("already breaks minors" in note for note in result["notes"])


def test_new_group_meets_at_a_member_place() -> None:
    people = [survivor(f"s-{k}", lat=north_km(3 * k), lon=LON + 0.01 * k) for k in range(4)]

    result = solve(instance(people))

    place = (result["groups"][0]["lat"], result["groups"][0]["lon"])
    assert place in {(p["lat"], p["lon"]) for p in people}
