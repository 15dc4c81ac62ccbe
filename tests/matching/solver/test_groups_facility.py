"""The facility-location search: valid placements, deterministic, never below its start."""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pytest

from matching.solver.groups import (
    generate_peer_groups_instance,
    solve_peer_groups,
    validate_peer_groups_result,
)
from matching.solver.groups.bound import placement_bound
from matching.solver.groups.candidates import EXISTING, Candidates, build_candidates
from matching.solver.groups.facility import FlowModel, facility_search, windows_of
from matching.solver.groups.greedy import greedy
from matching.solver.groups.schema import Instance, parse_instance
from matching.solver.groups.solution import (
    Solution,
    check_solution,
    search_key,
    shared_interests,
)
from matching.solver.groups.solve import _result_groups


def _document(inst: Instance, cands: Candidates, sol: Solution) -> dict[str, Any]:
    """A result document for the independent validator, the bound set to placed."""
    groups, placed, _ = _result_groups(inst, cands, sol, shared_interests(inst))
    count = len(placed)
    taken = set(placed)
    return {
        "kind": "peer_groups_result",
        "placed": count,
        "bound": count,
        "gap": 0.0,
        "groups": groups,
        "unplaced": [
            {"survivor": s.id, "reasons": {}}
            for i, s in enumerate(inst.survivors)
            if i not in taken
        ],
    }


def _with_many_separate_pairs(n: int, seed: int) -> dict[str, Any]:
    """A generated instance where every survivor must be kept apart from her neighbours in
    the list (often from the same town, so the flow puts some of them together: repairs)."""
    doc = generate_peer_groups_instance(n, seed)
    ids = [s["id"] for s in doc["survivors"]]
    pairs = {tuple(p) for p in doc["separate"]}
    pairs |= {(ids[a], ids[a + step]) for step in (1, 2, 3) for a in range(n - step)}
    doc["separate"] = [list(p) for p in sorted(pairs)]
    return doc


@pytest.mark.parametrize(
    "doc",
    [
        generate_peer_groups_instance(120, seed=0),
        generate_peer_groups_instance(150, seed=3),
        _with_many_separate_pairs(120, seed=1),
    ],
    ids=["generated-0", "generated-3", "many-separate-pairs"],
)
def test_search_result_passes_the_independent_validator(doc: dict[str, Any]) -> None:
    inst = parse_instance(doc)
    cands = build_candidates(inst)
    start = greedy(inst, cands)

    found, stats = facility_search(inst, cands, start, seed=0, flows=60)

    assert stats.flows <= 61
    assert check_solution(inst, cands, found) == []
    assert validate_peer_groups_result(doc, _document(inst, cands, found)) == []
    assert search_key(inst, found) >= search_key(inst, start)


def test_one_flow_on_the_greedy_templates_places_at_least_as_many() -> None:
    # Before any `separate` repair the flow is the best assignment to the templates it is given.
    inst = parse_instance(generate_peer_groups_instance(200, seed=2))
    cands = build_candidates(inst)
    start = greedy(inst, cands)
    model = FlowModel(inst, cands)
    opened = start.opened.copy()
    opened[~model.new] = 0
    for c in windows_of(model, start).values():
        opened[c] = 1

    result = model.flow(opened, exact=True)

    assert result.placed >= int(np.count_nonzero(start.assign >= 0)) - len(inst.separate)
    assert check_solution(inst, cands, result.solution) == []
    assert (result.solution.opened <= opened).all()


def test_every_opened_group_has_min_size_and_its_host() -> None:
    inst = parse_instance(generate_peer_groups_instance(150, seed=4))
    cands = build_candidates(inst)

    found, _ = facility_search(inst, cands, greedy(inst, cands), seed=1, flows=40)

    sizes = np.bincount(found.assign[found.assign >= 0], minlength=len(cands.items))
    for c in np.flatnonzero(found.opened > 0).tolist():
        cand = cands.items[c]
        assert sizes[c] >= found.opened[c] * cand.min_size
        assert sizes[c] <= found.opened[c] * cand.capacity
        if cand.host >= 0:
            assert found.assign[cand.host] == c
    assert int(found.opened.sum()) <= inst.new_groups.max


def test_same_input_and_seed_give_the_same_placement() -> None:
    inst = parse_instance(generate_peer_groups_instance(150, seed=5))
    cands = build_candidates(inst)
    start = greedy(inst, cands)

    first, _ = facility_search(inst, cands, start, seed=7, flows=50)
    second, _ = facility_search(inst, cands, start, seed=7, flows=50)

    assert np.array_equal(first.assign, second.assign)
    assert np.array_equal(first.opened, second.opened)


def test_search_improves_on_greedy_when_the_new_group_limit_binds() -> None:
    inst = parse_instance(generate_peer_groups_instance(300, seed=0))
    cands = build_candidates(inst)
    start = greedy(inst, cands)

    found, stats = facility_search(inst, cands, start, seed=0, flows=150)

    assert search_key(inst, found)[0] > search_key(inst, start)[0]
    assert stats.improvements >= 1


def test_whole_solver_with_the_facility_search_is_deterministic_and_valid() -> None:
    doc = generate_peer_groups_instance(300, seed=1)

    first = solve_peer_groups(doc, seed=2, time_limit_s=1.0)
    second = solve_peer_groups(doc, seed=2, time_limit_s=1.0)

    assert first["solver"]["facility_flows"] > 0  # the search did not prove the optimum
    assert validate_peer_groups_result(doc, first) == []
    assert first["placed"] >= first["solver"]["greedy_placed"]
    first.pop("timings")
    second.pop("timings")
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)


def test_lp_weights_respect_the_new_group_limit() -> None:
    inst = parse_instance(generate_peer_groups_instance(200, seed=1))
    cands = build_candidates(inst)
    result = placement_bound(inst, cands, greedy(inst, cands), rounds=10)

    weights = result.candidate_weights(len(cands.items))

    new = np.array([c.kind != EXISTING for c in cands.items])
    assert (weights >= -1e-9).all()
    assert weights[new].sum() <= inst.new_groups.max + 1e-6
