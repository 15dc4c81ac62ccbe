"""The solver's matchings are the best ones: checked against exhaustive search on small random
instances (rules 1-10) and against scipy's assignment solver on larger ones (rules 1-8).

Brute force takes its candidate pairs from the result's `candidates`, which the validator
has already recomputed pair by pair; the search itself knows rules 7-10 on its own.
"""

from __future__ import annotations

import json
import random
from typing import Any

import numpy as np
import pytest

from matching.solver.buddy import (
    generate_buddy_instance,
    solve_buddy_matching,
    validate_buddy_result,
)
from matching.solver.buddy.bench import scipy_reference
from matching.solver.buddy.flow import reduced_costs
from matching.solver.buddy.problem import big_weight
from matching.solver.buddy.solve import run

INTERESTS = ["muziek", "sport", "koken", "wandelen", "gamen"]


def random_instance(
    seed: int, n_s: int = 6, n_b: int = 3, side_rules: bool = False
) -> dict[str, Any]:
    """Everyone within a few km of Sneek, so that most pairs are candidates and compete."""
    rng = random.Random(seed)
    survivors = []
    for i in range(n_s):
        record: dict[str, Any] = {
            "id": f"s-{i}",
            "age": rng.choice([15, 16, 17, 19, 24, 31]),
            "gender": rng.choice("fm"),
            "buddy_genders": rng.choice([[], [], ["f"]]),
            "languages": rng.choice([["nl"], ["nl", "en"], ["en"], ["ar", "nl"]]),
            "interests": rng.sample(INTERESTS, rng.randint(0, 3)),
            "availability": rng.sample([2, 5, 8, 17, 20], rng.randint(1, 3)),
            "lat": 53.03 + rng.uniform(-0.06, 0.06),
            "lon": 5.66 + rng.uniform(-0.09, 0.09),
            "max_km": rng.choice([6, 10, 20, 30]),
            "waiting_days": rng.randint(0, 200),
            "wants_lived_experience": rng.random() < 0.3,
        }
        if side_rules and rng.random() < 0.7:
            record["case"] = rng.choice(["c-1", "c-2"])
        survivors.append(record)
    buddies = []
    for i in range(n_b):
        record = {
            "id": f"b-{i}",
            "gender": rng.choice("ffm"),
            "languages": rng.choice([["nl"], ["nl", "en"], ["nl", "ar"]]),
            "interests": rng.sample(INTERESTS, rng.randint(0, 3)),
            "availability": rng.sample([2, 5, 8, 17, 20], rng.randint(2, 4)),
            "lat": 53.03 + rng.uniform(-0.06, 0.06),
            "lon": 5.66 + rng.uniform(-0.09, 0.09),
            "max_km": rng.choice([10, 20, 30]),
            "capacity": rng.choice([1, 2, 3]),
            "trained_for_minors": rng.random() < 0.7,
            "lived_experience": rng.random() < 0.3,
        }
        if side_rules and rng.random() < 0.6:
            record["max_minors"] = rng.choice([0, 1])
        buddies.append(record)
    excluded = [[f"s-{rng.randrange(n_s)}", f"b-{rng.randrange(n_b)}"]]
    return {
        "kind": "buddy_matching",
        "version": 1,
        "survivors": survivors,
        "buddies": buddies,
        "excluded": excluded,
        "fixed": [],
    }


def crowded_instance(seed: int, n_s: int = 7, n_b: int = 2) -> dict[str, Any]:
    """Minors, adults and three cases competing for two buddies with minors limits: the
    instances on which the flow network breaks a side rule now and then."""
    document = random_instance(seed, n_s=n_s, n_b=n_b, side_rules=True)
    rng = random.Random(seed + 1000)
    for s in document["survivors"]:
        s.update(
            age=rng.choice([15, 16, 17, 19, 22]),
            case=rng.choice(["c-1", "c-2", "c-3", None]),
            max_km=30,
            buddy_genders=[],
            languages=["nl"],
        )
    for b in document["buddies"]:
        b.update(
            capacity=rng.choice([2, 3]),
            trained_for_minors=True,
            max_minors=rng.choice([1, 1, 2, None]),
            max_km=30,
            languages=["nl"],
        )
    return document


def with_one_fixed_pair(document: dict[str, Any], seed: int) -> dict[str, Any]:
    """Fix one candidate pair that the side rules allow on its own."""
    result = solve_buddy_matching(document, explain=True)
    buddies = {b["id"]: b for b in document["buddies"]}
    ages = {s["id"]: s["age"] for s in document["survivors"]}
    allowed = [
        c
        for c in result["candidates"]
        if not (ages[c["survivor"]] < 18 and buddies[c["buddy"]].get("max_minors") == 0)
    ]
    if allowed:
        pick = random.Random(seed).choice(allowed)
        document = {**document, "fixed": [[pick["survivor"], pick["buddy"]]]}
    return document


def brute_force(document: dict[str, Any], candidates: list[dict[str, Any]]) -> tuple[int, int]:
    survivors = {s["id"]: s for s in document["survivors"]}
    buddies = {b["id"]: b for b in document["buddies"]}
    fixed = {s: b for s, b in document.get("fixed", [])}
    options: dict[str, list[tuple[str, int]]] = {sid: [] for sid in survivors}
    for c in candidates:
        options[c["survivor"]].append((c["buddy"], c["score"]))
    order = sorted(survivors)
    load = dict.fromkeys(buddies, 0)
    minors = dict.fromkeys(buddies, 0)
    cases: dict[str, set[str]] = {bid: set() for bid in buddies}
    best = (-1, -1)

    def fits(sid: str, bid: str) -> bool:
        s, b = survivors[sid], buddies[bid]
        if load[bid] >= b["capacity"]:
            return False
        if s["age"] < 18 and b.get("max_minors") is not None and minors[bid] >= b["max_minors"]:
            return False
        return s.get("case") is None or s["case"] not in cases[bid]

    def search(i: int, matched: int, score: int) -> None:
        nonlocal best
        if i == len(order):
            best = max(best, (matched, score))
            return
        sid = order[i]
        s = survivors[sid]
        choices = [(b, sc) for b, sc in options[sid] if fixed.get(sid, b) == b]
        for bid, pair_score in choices:
            if fits(sid, bid):
                load[bid] += 1
                minors[bid] += s["age"] < 18
                had_case = s.get("case") in cases[bid]
                if s.get("case") is not None:
                    cases[bid].add(s["case"])
                search(i + 1, matched + 1, score + pair_score)
                load[bid] -= 1
                minors[bid] -= s["age"] < 18
                if s.get("case") is not None and not had_case:
                    cases[bid].discard(s["case"])
        if sid not in fixed:
            search(i + 1, matched, score)

    search(0, 0, 0)
    return best


def checked(document: dict[str, Any], **options: Any) -> dict[str, Any]:
    result = run(document, explain=True, **options).result
    assert validate_buddy_result(document, result) == []
    return result


def objective(result: dict[str, Any]) -> tuple[int, int]:
    return (result["objective"]["matched"], result["objective"]["score"])


@pytest.mark.parametrize("seed", range(25))
def test_flow_finds_the_best_matching_of_rules_1_to_8(seed: int) -> None:
    document = with_one_fixed_pair(random_instance(seed), seed)
    result = checked(document)
    assert result["status"] == "OPTIMAL"
    assert objective(result) == brute_force(document, result["candidates"])


@pytest.mark.parametrize("seed", range(25))
def test_side_rules_are_solved_to_the_best_matching(seed: int) -> None:
    document = with_one_fixed_pair(random_instance(seed, side_rules=True), seed)
    result = checked(document)
    assert result["status"] == "OPTIMAL"
    assert objective(result) == brute_force(document, result["candidates"])


@pytest.mark.parametrize("branch_nodes", [None, 1, 0])
@pytest.mark.parametrize("seed", range(40))
def test_crowded_side_rules_are_solved_to_the_best_matching(
    seed: int, branch_nodes: int | None
) -> None:
    """Default budget: branch and bound; one node: it runs out and CP-SAT finishes; none:
    CP-SAT straight after the repaired flow."""
    document = crowded_instance(seed)
    result = checked(document, branch_nodes=branch_nodes)
    assert result["status"] == "OPTIMAL"
    assert objective(result) == brute_force(document, result["candidates"])


def test_crowded_instances_take_every_side_rule_path() -> None:
    seeds = range(40)
    methods = {run(crowded_instance(seed)).method for seed in seeds}
    assert {"min_cost_flow", "branch_and_bound"} <= methods
    assert "cp_sat" in {run(crowded_instance(seed), branch_nodes=1).method for seed in seeds}
    assert "cp_sat" in {run(crowded_instance(seed), branch_nodes=0).method for seed in seeds}


@pytest.mark.parametrize("seed", range(25))
def test_cp_sat_alone_handles_the_side_rules(seed: int) -> None:
    document = random_instance(seed, side_rules=True)
    result = checked(document, side_rules_in_flow=False)
    assert result["status"] == "OPTIMAL"
    assert objective(result) == brute_force(document, result["candidates"])


@pytest.mark.parametrize(("branch_nodes", "method"), [(None, "branch_and_bound"), (0, "cp_sat")])
def test_mixed_case_at_a_minors_limit_is_branched_on(branch_nodes: int | None, method: str) -> None:
    """A minor and an adult of one case who could both go to a buddy with max_minors is the
    one situation the flow network relaxes. Here the flow prefers the long-waiting minor of
    the case and the other minor together, which breaks max_minors; only the adult of the case
    and the other minor keep every rule."""
    place = {"lat": 53.2, "lon": 5.8, "max_km": 20, "languages": ["nl"], "availability": [4]}
    survivors = [
        {"id": "s-minor-case", "age": 16, "case": "c-1", "waiting_days": 180, **place},
        {"id": "s-adult-case", "age": 25, "case": "c-1", "waiting_days": 0, **place},
        {"id": "s-minor", "age": 15, "waiting_days": 60, **place},
    ]
    buddies = [
        {"id": "b-1", "gender": "f", "capacity": 2, "trained_for_minors": True, "max_minors": 1}
        | place
    ]
    document = {"kind": "buddy_matching", "version": 1, "survivors": survivors, "buddies": buddies}
    result = checked(document, branch_nodes=branch_nodes)
    assert result["solver"]["method"] == method
    assert result["status"] == "OPTIMAL"
    assert {m["survivor"] for m in result["matches"]} == {"s-adult-case", "s-minor"}


@pytest.mark.parametrize("seed", range(4))
def test_flow_equals_scipy_assignment_on_realistic_instances(seed: int) -> None:
    document = generate_buddy_instance(300, seed=seed)
    solved = run(document)
    assert validate_buddy_result(document, solved.result, check_explanations=False) == []
    assert solved.result["objective"] == scipy_reference(solved.problem).as_dict()


@pytest.mark.parametrize("seed", range(8))
def test_reduced_costs_bound_every_change_to_the_optimum(seed: int) -> None:
    """Forcing any pair in or out of the optimum costs at least its reduced cost: that is what
    makes fixing pairs before CP-SAT safe. Checked exhaustively over all matchings."""
    document = random_instance(seed, n_s=5, n_b=3)
    solved = run(document, explain=True)
    problem, flow = solved.problem, solved.flow
    big = big_weight(problem)
    rc = reduced_costs(problem, flow, big)
    assert rc is not None
    c = problem.candidates
    pairs = flow.network.pairs
    in_optimum = flow.pair_flow > 0
    assert (rc[in_optimum] <= 0).all()
    assert (rc[~in_optimum] >= 0).all()

    value = {int(p): big + int(c.score[p]) for p in pairs}
    best_without: dict[int, int] = {}
    best_with: dict[int, int] = {}

    def search(i: int, load: dict[int, int], total: int, taken: set[int]) -> None:
        if i == c.n_survivors:
            for p in pairs.tolist():
                table = best_with if p in taken else best_without
                table[p] = max(table.get(p, -1), total)
            return
        search(i + 1, load, total, taken)
        for p in pairs[c.survivor[pairs] == i].tolist():
            b = int(c.buddy[p])
            if load.get(b, 0) < problem.remaining_capacity[b]:
                load[b] = load.get(b, 0) + 1
                search(i + 1, load, total + value[p], taken | {p})
                load[b] -= 1

    search(0, {}, 0, set())
    optimum = sum(value[int(p)] for p in pairs[in_optimum])
    for k, p in enumerate(pairs.tolist()):
        other = best_without if in_optimum[k] else best_with
        if p in other:
            assert other[p] <= optimum - abs(int(rc[k]))


def canonical(result: dict[str, Any]) -> bytes:
    return json.dumps({k: v for k, v in result.items() if k != "timings"}).encode()


@pytest.mark.parametrize("side_rules", [False, True])
def test_same_instance_gives_byte_identical_results(side_rules: bool) -> None:
    document = generate_buddy_instance(120, seed=3, side_rules=side_rules)
    first = solve_buddy_matching(document, explain=True)
    second = solve_buddy_matching(json.loads(json.dumps(document)), explain=True)
    assert canonical(first) == canonical(second)


def test_cp_sat_results_are_byte_identical_too() -> None:
    document = random_instance(11, n_s=8, n_b=3, side_rules=True)
    first = run(document, explain=True, side_rules_in_flow=False).result
    second = run(document, explain=True, side_rules_in_flow=False).result
    assert canonical(first) == canonical(second)


def test_order_of_survivors_and_buddies_in_the_document_does_not_matter() -> None:
    document = generate_buddy_instance(150, seed=5, side_rules=True)
    shuffled = dict(document)
    rng = np.random.default_rng(0)
    shuffled["survivors"] = [document["survivors"][i] for i in rng.permutation(150)]
    shuffled["buddies"] = [document["buddies"][i] for i in rng.permutation(75)]
    assert canonical(solve_buddy_matching(document)) == canonical(solve_buddy_matching(shuffled))
