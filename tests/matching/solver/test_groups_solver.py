"""Whole-solver properties on generated instances: valid, deterministic, honest bound."""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pytest

from matching.solver.groups import (
    bench_peer_groups,
    generate_peer_groups_instance,
    solve_peer_groups,
    validate_peer_groups_result,
)
from matching.solver.groups.bound import placement_bound
from matching.solver.groups.candidates import build_candidates
from matching.solver.groups.greedy import greedy
from matching.solver.groups.schema import parse_instance
from matching.solver.groups.search import improve
from matching.solver.groups.solution import check_solution

SIZE = 90


@pytest.fixture(scope="module", params=[0, 1, 2])
def run(request: pytest.FixtureRequest) -> tuple[dict[str, Any], dict[str, Any]]:
    doc = generate_peer_groups_instance(SIZE, seed=request.param)
    return doc, solve_peer_groups(doc, seed=request.param, time_limit_s=1.0)


def test_result_passes_the_independent_validator(run: Any) -> None:
    doc, result = run

    assert validate_peer_groups_result(doc, result) == []


def test_solver_places_at_least_as_many_as_greedy(run: Any) -> None:
    doc, result = run
    inst = parse_instance(doc)
    start = greedy(inst, build_candidates(inst))
    greedy_placed = int(np.count_nonzero(inst.member_of >= 0) + np.count_nonzero(start.assign >= 0))

    assert result["placed"] >= greedy_placed == result["solver"]["greedy_placed"]


def test_bound_is_never_below_placed(run: Any) -> None:
    _, result = run

    assert result["bound"] >= result["placed"]
    assert result["gap"] == pytest.approx((result["bound"] - result["placed"]) / result["bound"])


def test_existing_members_stay_in_their_group(run: Any) -> None:
    doc, result = run
    by_id = {g["id"]: g for g in result["groups"]}

    for before in doc["groups"]:
        after = by_id[before["id"]]
        assert set(before["members"]) <= set(after["members"])
        assert after["slot"] == before["slot"]


def test_every_unplaced_survivor_has_reasons_or_no_group_at_all(run: Any) -> None:
    _, result = run
    placed = {m for g in result["groups"] for m in g["members"]}

    assert placed.isdisjoint(u["survivor"] for u in result["unplaced"])
    assert all(isinstance(u["reasons"], dict) for u in result["unplaced"])
    assert any(u["reasons"] for u in result["unplaced"])


def test_newcomers_carry_interest_and_waiting_reasons(run: Any) -> None:
    doc, result = run
    existing = {m for g in doc["groups"] for m in g["members"]}
    newcomers = {m for g in result["groups"] for m in g["members"] if m not in existing}

    reasons = {sid: r for g in result["groups"] for sid, r in g["reasons"].items()}
    assert set(reasons) == newcomers
    assert all(set(r) == {"interests", "waiting"} for r in reasons.values())


def test_same_input_and_seed_give_the_same_result() -> None:
    doc = generate_peer_groups_instance(50, seed=7)

    first = solve_peer_groups(doc, seed=3, time_limit_s=0.3)
    second = solve_peer_groups(doc, seed=3, time_limit_s=0.3)

    first.pop("timings")
    second.pop("timings")
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)


def test_search_never_returns_less_than_its_start() -> None:
    inst = parse_instance(generate_peer_groups_instance(80, seed=4))
    cands = build_candidates(inst)
    start = greedy(inst, cands)

    found, _ = improve(inst, cands, start, seed=0, budget_s=0.08)

    assert np.count_nonzero(found.assign >= 0) >= np.count_nonzero(start.assign >= 0)
    assert check_solution(inst, cands, found) == []


def test_bound_is_above_a_proven_optimum() -> None:
    inst = parse_instance(generate_peer_groups_instance(60, seed=5))
    cands = build_candidates(inst)
    found, stats = improve(inst, cands, greedy(inst, cands), seed=0, budget_s=2.0)
    assert stats.proven

    optimum = int(np.count_nonzero(inst.member_of >= 0) + np.count_nonzero(found.assign >= 0))
    result = placement_bound(inst, cands, greedy(inst, cands), rounds=20)

    assert result.bound >= optimum
    assert result.value >= result.master - 1e-6


def test_bench_reports_the_figures_the_cli_prints() -> None:
    figures = bench_peer_groups(40, seed=1, time_limit_s=0.5)

    for key in ("survivors", "greedy_placed", "placed", "compatibility", "bound", "gap"):
        assert key in figures
    assert {"total_s", "status", "peak_mb"} <= set(figures)
    assert figures["valid"] is True
    assert figures["placed"] >= figures["greedy_placed"]
