"""`solve_peer_groups`: parse, build candidates, greedy, search, bound, facility search,
polish, explain.

Time: `time_limit_s` (default: 8 s up to 300 survivors, growing to 50 s at 1,000) is turned
into a *deterministic* budget for the neighbourhood search (CP-SAT deterministic time plus a
fixed cost per model element) and a number of flows for the facility-location search after
the bound (both skipped when the first proved the full model optimal), so the same input and
seed give the same result on any machine and under any load; `DET_PER_WALL_S` and
`FLOWS_PER_LIMIT_S` are calibrated so that on the benchmark machine the whole run fits the
limit. A wall-clock guard at `WALL_GUARD` times the limit only stops a run that would otherwise
overrun badly, and says so in `notes`.

Status: `OPTIMAL` when survivors placed equals the upper bound (the first objective, the one
`gap` is defined on, is proven); `FEASIBLE` otherwise. Compatibility and balance are never
claimed optimal (see `notes`).
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from importlib.metadata import version
from typing import Any

import numpy as np

from matching.solver.groups.bound import placement_bound
from matching.solver.groups.candidates import EXISTING, Candidates, build_candidates
from matching.solver.groups.explain import member_reasons, notes, unplaced_reasons
from matching.solver.groups.facility import facility_search
from matching.solver.groups.greedy import greedy
from matching.solver.groups.polish import polish
from matching.solver.groups.schema import Instance, parse_instance
from matching.solver.groups.search import improve
from matching.solver.groups.solution import (
    Solution,
    formed_groups,
    objective,
    search_key,
    shared_interests,
)

DET_PER_WALL_S = 0.45
WALL_GUARD = 3.0
SEARCH_SHARE = 0.3
# Flows of the facility-location search per second of time limit (about 2-4 ms each at 1,000
# survivors): a count, not a time, so that the result does not depend on the machine's load.
FLOWS_PER_LIMIT_S = 60


def default_time_limit(n_survivors: int) -> float:
    if n_survivors <= 300:
        return 8.0
    return min(55.0, 8.0 + 0.06 * (n_survivors - 300))


def _new_group_ids(inst: Instance, count: int) -> list[str]:
    taken = {g.id for g in inst.groups}
    ids: list[str] = []
    k = 0
    while len(ids) < count:
        k += 1
        if f"new-{k}" not in taken:
            ids.append(f"new-{k}")
    return ids


def _result_groups(
    inst: Instance, cands: Candidates, sol: Solution, shared: Any
) -> tuple[list[dict[str, Any]], list[int], set[tuple[int, int, int, int, int]]]:
    groups = formed_groups(inst, cands, sol)
    existing = [g for g in groups if g.existing >= 0]
    new = sorted((g for g in groups if g.existing < 0), key=lambda g: (g.members[0], g.candidate))
    ids = _new_group_ids(inst, len(new))
    out: list[dict[str, Any]] = []
    opened: set[tuple[int, int, int, int, int]] = set()
    for group in existing:
        record = inst.groups[group.existing]
        out.append(
            {
                "id": record.id,
                "new": False,
                "slot": record.slot,
                "language": record.language,
                "lat": record.lat,
                "lon": record.lon,
                "online": record.online,
                "members": [inst.survivors[i].id for i in group.members],
                "reasons": member_reasons(inst, group, shared),
            }
        )
    for gid, group in zip(ids, new, strict=True):
        cand = cands.items[group.candidate]
        opened.add((cand.slot, cand.language, cand.lo, cand.hi, cand.host))
        ages = inst.age[group.members]
        out.append(
            {
                "id": gid,
                "new": True,
                "slot": cand.slot,
                "language": inst.languages[cand.language],
                "lat": cand.lat,
                "lon": cand.lon,
                "online": cand.online,
                "members": [inst.survivors[i].id for i in group.members],
                "ages": [int(ages.min()), int(ages.max())],
                "reasons": member_reasons(inst, group, shared),
            }
        )
    placed = [i for g in groups for i in g.members]
    return out, placed, opened


def solve_peer_groups(
    instance: Mapping[str, Any], *, seed: int = 0, time_limit_s: float | None = None
) -> dict[str, Any]:
    """Place waiting survivors in peer groups; the `peer_groups_result` of INSTANCE.md.

    Raises InstanceError when the instance does not follow INSTANCE.md.
    """
    started = time.perf_counter()
    inst = parse_instance(instance)
    limit = default_time_limit(inst.n) if time_limit_s is None else float(time_limit_s)
    budget = max(0.05, limit * DET_PER_WALL_S)
    cands = build_candidates(inst)
    shared = shared_interests(inst)
    t_candidates = time.perf_counter()

    start = greedy(inst, cands)
    t_greedy = time.perf_counter()
    found, stats = improve(
        inst,
        cands,
        start,
        seed=seed,
        budget_s=budget * SEARCH_SHARE,
        wall_deadline=started + WALL_GUARD * limit,
    )
    if search_key(inst, found) < search_key(inst, start):
        found = start
    t_search = time.perf_counter()

    existing = int(np.count_nonzero(inst.member_of >= 0))
    flows = 0
    stopped_on_wall_clock = stats.stopped_on_wall_clock
    bound = existing + int(np.count_nonzero(found.assign >= 0))
    method = "search proved the full model optimal"
    t_bound = time.perf_counter()
    if not stats.proven:
        rounds = 60  # the floor test in placement_bound usually ends it after 10-30
        warm_up = max(10, min(60, int(limit * 6)))
        lp = placement_bound(inst, cands, found, warm_up=warm_up, rounds=rounds)
        bound, method = lp.bound, "configuration LP (Lagrangian, column generation)"
        t_bound = time.perf_counter()
        # The neighbourhoods re-solve a town at a time; which towns get the limited new groups
        # is decided better by re-placing everyone with a flow for each choice of templates,
        # guided by where the LP opens its groups.
        located, fstats = facility_search(
            inst,
            cands,
            found,
            seed=seed,
            flows=int(FLOWS_PER_LIMIT_S * limit),
            prior=lp.candidate_weights(len(cands.items)),
            wall_deadline=started + WALL_GUARD * limit,
        )
        flows = fstats.flows
        stopped_on_wall_clock = stopped_on_wall_clock or fstats.stopped_on_wall_clock
        if search_key(inst, located) > search_key(inst, found):
            found = located
    t_facility = time.perf_counter()

    placed = existing + int(np.count_nonzero(found.assign >= 0))
    if bound < placed:
        # Only a defect in the bound could do this; a bound below placed is never reported.
        bound, method = placed, "placed"

    final = polish(inst, cands, found, shared)
    if objective(inst, cands, final, shared) < objective(inst, cands, found, shared):
        final = found
    t_polish = time.perf_counter()

    groups, placed_ids, opened = _result_groups(inst, cands, final, shared)
    placed_set = set(placed_ids)
    unplaced = [i for i in range(inst.n) if i not in placed_set]
    why = unplaced_reasons(inst, cands, formed_groups(inst, cands, final), unplaced, opened)
    score = objective(inst, cands, final, shared)
    new_used = (
        int(final.opened[[c.kind != EXISTING for c in cands.items]].sum()) if cands.items else 0
    )
    online_used = int(
        sum(
            int(final.opened[c])
            for c, cand in enumerate(cands.items)
            if cand.online and cand.kind != EXISTING
        )
    )
    result: dict[str, Any] = {
        "kind": "peer_groups_result",
        "version": 1,
        "status": "OPTIMAL" if placed == bound else "FEASIBLE",
        "placed": placed,
        "bound": bound,
        "gap": round((bound - placed) / bound, 4) if bound else 0.0,
        "objective": {"placed": score[0], "compatibility": score[1], "imbalance": -score[2]},
        "groups": groups,
        "unplaced": [{"survivor": inst.survivors[u].id, "reasons": why[u]} for u in unplaced],
        "notes": notes(
            inst,
            cands,
            placed=placed,
            bound=bound,
            new_groups_used=new_used,
            online_used=online_used,
            proven=stats.proven,
            stopped_on_wall_clock=stopped_on_wall_clock,
        ),
        "solver": {
            "ortools": version("ortools"),
            "seed": seed,
            "time_limit_s": limit,
            "deterministic_budget_s": round(budget, 3),
            "search_iterations": stats.iterations,
            "facility_flows": flows,
            "bound_method": method,
            "greedy_placed": existing + int(np.count_nonzero(start.assign >= 0)),
        },
        "timings": {
            "candidates_s": round(t_candidates - started, 3),
            "greedy_s": round(t_greedy - t_candidates, 3),
            "search_s": round(t_search - t_greedy, 3),
            "bound_s": round(t_bound - t_search, 3),
            "facility_s": round(t_facility - t_bound, 3),
            "polish_s": round(t_polish - t_facility, 3),
            "total_s": round(time.perf_counter() - started, 3),
        },
    }
    return result
