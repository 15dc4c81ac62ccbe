"""Large-neighbourhood search: free part of the placement, re-solve it with CP-SAT, keep it if
it is better (survivors placed, then waiting points).

Neighbourhoods, drawn with a seeded generator:

* local: the waiting survivors nearest to a centre (mostly an unplaced survivor who fits some
  candidate), usually on her side only (minors and adults never share a group, so mixing them
  only makes the model bigger), closed over the new groups they are in;
* trade: a local neighbourhood around a member of one of the smallest new groups joined with
  one around an unplaced survivor. The new-group limit is what usually binds, and a group can
  only move from one town to another if both are in the same sub-problem;
* online: every online group with unplaced survivors who could join one (a member of an online
  group stays out of the other neighbourhoods: freeing her would free a nationwide group).

The size grows by a quarter after a sub-problem solved to optimality and shrinks by a fifth
otherwise; once it covers every waiting survivor it is the full model, and solving that to
optimality proves the placement optimal and ends the search.

Determinism: one CP-SAT worker, a seed per iteration derived from the caller's seed, and a
*deterministic* budget (CP-SAT's deterministic time plus a fixed cost per model element for the
Python side), never the wall clock; the caller's wall-clock guard is only a safety net.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from matching.solver.common import haversine_km
from matching.solver.groups.candidates import EXISTING, ONLINE, Candidates
from matching.solver.groups.model import build_subproblem, solve_subproblem
from matching.solver.groups.schema import BoolArray, Instance
from matching.solver.groups.solution import Solution, search_key

# Calibrated on the benchmark machine: seconds of Python work per model element (variables
# and eligible pairs) and per iteration, so that the deterministic budget tracks wall time.
COST_PER_PAIR_S = 2.5e-5
COST_PER_ITERATION_S = 2e-3
MIN_NEIGHBOURHOOD = 12
TRADE_SHARE = 0.35


@dataclass
class SearchStats:
    iterations: int = 0
    improvements: int = 0
    spent_s: float = 0.0
    proven: bool = False
    stopped_on_wall_clock: bool = False
    largest_optimal: int = 0


def _pick_centre(inst: Instance, cands: Candidates, sol: Solution, rng: np.random.Generator) -> int:
    waiting = inst.member_of < 0
    has_options = np.array([bool(c) for c in cands.by_survivor], dtype=np.bool_)
    unplaced = np.flatnonzero(waiting & has_options & (sol.assign < 0))
    anyone = np.flatnonzero(waiting & has_options)
    pool = unplaced if unplaced.size and rng.random() < 0.7 else anyone
    return int(pool[int(rng.integers(pool.size))])


def _small_group_member(cands: Candidates, sol: Solution, rng: np.random.Generator) -> int:
    """A member of one of the smallest new groups, or -1 when there is none."""
    counts = np.bincount(sol.assign[sol.assign >= 0], minlength=len(cands.items))
    groups = [
        c
        for c, cand in enumerate(cands.items)
        if cand.kind != EXISTING and sol.opened[c] == 1 and counts[c] <= cand.min_size + 1
    ]
    if not groups:
        return -1
    c = groups[int(rng.integers(len(groups)))]
    return int(np.flatnonzero(sol.assign == c)[0])


def neighbourhood(
    inst: Instance,
    cands: Candidates,
    sol: Solution,
    centre: int,
    size: int,
    *,
    both_sides: bool,
) -> BoolArray:
    """About `size` waiting survivors nearest to the centre, with the whole of their new groups.

    Members of online groups stay out: freeing one would free a nationwide group.
    """
    online = np.array([c.kind == ONLINE for c in cands.items] + [False], dtype=np.bool_)
    pool_mask = (inst.member_of < 0) & ~online[sol.assign]
    if not both_sides:
        pool_mask &= inst.minor == inst.minor[centre]
    pool = np.flatnonzero(pool_mask)
    dist = haversine_km(inst.lat[centre], inst.lon[centre], inst.lat[pool], inst.lon[pool])
    mask = np.zeros(inst.n, dtype=np.bool_)
    count = 0
    for i in pool[np.lexsort((pool, dist))].tolist():
        if count >= size:
            break
        if mask[i]:
            continue
        c = int(sol.assign[i])
        if c >= 0 and cands.items[c].kind != EXISTING:
            group = sol.assign == c
            count += int(np.count_nonzero(group & ~mask))
            mask |= group
        else:
            mask[i] = True
            count += 1
    return mask


def online_neighbourhood(
    inst: Instance, cands: Candidates, sol: Solution, size: int, rng: np.random.Generator
) -> BoolArray:
    """Every online group's members, plus unplaced survivors who could join an online group."""
    online = [c for c, cand in enumerate(cands.items) if cand.kind == ONLINE]
    mask = np.isin(sol.assign, online)
    could = np.zeros(inst.n, dtype=np.bool_)
    for c in online:
        could[cands.items[c].eligible] = True
    pool = np.flatnonzero(could & (sol.assign < 0) & (inst.member_of < 0))
    if pool.size:
        mask[rng.choice(pool, size=min(size, pool.size), replace=False)] = True
    return mask


def improve(
    inst: Instance,
    cands: Candidates,
    start: Solution,
    *,
    seed: int,
    budget_s: float,
    step_s: float = 0.2,
    wall_deadline: float | None = None,
) -> tuple[Solution, SearchStats]:
    rng = np.random.default_rng(seed)
    stats = SearchStats()
    best = start.copy()
    best_key = search_key(inst, best)
    has_options = np.array([bool(c) for c in cands.by_survivor], dtype=np.bool_)
    waiting = (inst.member_of < 0) & has_options
    total = int(np.count_nonzero(waiting))
    size = min(40, total)
    has_online = any(c.kind == ONLINE for c in cands.items)
    proven = total == 0
    while stats.spent_s < budget_s and not proven:
        if wall_deadline is not None and time.perf_counter() > wall_deadline:
            stats.stopped_on_wall_clock = True
            break
        centre = _pick_centre(inst, cands, best, rng)
        roll = rng.random()
        if size >= total:
            mask = inst.member_of < 0
        elif has_online and roll < 0.1:
            mask = online_neighbourhood(inst, cands, best, size, rng)
        elif roll < 0.1 + TRADE_SHARE and (small := _small_group_member(cands, best, rng)) >= 0:
            # The new-group limit is usually what binds: a small group in one town can only
            # give its place to a fuller one elsewhere if both are in the same sub-problem.
            mask = neighbourhood(inst, cands, best, small, size // 2, both_sides=True)
            mask |= neighbourhood(inst, cands, best, centre, size - size // 2, both_sides=False)
        else:
            mask = neighbourhood(inst, cands, best, centre, size, both_sides=roll > 0.85)
        sub = build_subproblem(inst, cands, best, mask)
        pairs = sum(len(pool.eligible) for pool in sub.pools)
        left = budget_s - stats.spent_s
        result = solve_subproblem(
            inst,
            cands,
            best,
            sub,
            seed=seed + stats.iterations,
            # The full model is worth a longer look: proving it ends the search.
            deterministic_s=max(0.01, min(step_s * (4 if size >= total else 1), left)),
        )
        stats.iterations += 1
        stats.spent_s += result.deterministic_s + COST_PER_ITERATION_S + COST_PER_PAIR_S * pairs
        key = search_key(inst, result.solution)
        if key > best_key:
            best, best_key = result.solution, key
            stats.improvements += 1
        if result.optimal:
            stats.largest_optimal = max(stats.largest_optimal, len(sub.free))
            proven = size >= total
            size = min(total, int(size * 1.25) + 1)
        else:
            size = max(MIN_NEIGHBOURHOOD, int(size * 0.8))
    stats.proven = proven
    return best, stats
