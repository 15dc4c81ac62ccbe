"""Facility-location search: choose which new groups open, place everyone else by a flow.

At 1,000 survivors the new-group limit binds, and once the open templates (and one age window
per existing group) are fixed, the best assignment of survivors to them is a flow problem:

    source -> survivor (1) -> candidate she is eligible for (1) -> sink

where each open candidate's arc to the sink comes in two tranches: its first `min_size` places
at a high value, the rest at a lower one, and every survivor arc carries her waiting points as a
small extra. The min-cost flow therefore fills minimums first, then places as many as possible,
then prefers the longest waiting. A group that still cannot reach `min_size` is closed and the
flow re-solved. Hosts are fixed into their template (the group meets at a member's place).
`separate` pairs are ignored by the flow and repaired afterwards (one of the two leaves, and
joins another open group with room if one fits); there are few of them.

One flow takes a few milliseconds, so a local search over the choice of templates can look at
thousands of configurations: close one of the smaller groups and open a template where the
unplaced survivors are and where the configuration LP of `bound` opens groups (swap), or open
one while the limit allows. A move is kept when it places at least as many (ties allowed, so
the search can walk along plateaus); the best placement seen is returned, never one below the
start. Everything is driven by a seeded generator and a fixed number of flows, so the result is
deterministic.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
from ortools.graph.python import min_cost_flow

from matching.solver.groups.candidates import EXISTING, ONLINE, Candidates
from matching.solver.groups.schema import BoolArray, FloatArray, Instance, IntArray
from matching.solver.groups.solution import (
    Solution,
    empty_solution,
    search_key,
    waiting_points,
)

# Arc values (costs are their negatives): a place below min_size, a place above it; in the
# final flow waiting points (at most 52) are added per survivor, and VALUE_PLACE > 52 * n keeps
# the order of the levels. During the search only the places count: small costs make the
# cost-scaling flow about twice as fast.
VALUE_MIN = 200_000_000
VALUE_PLACE = 100_000_000
SEARCH_VALUE_MIN = 2
SEARCH_VALUE_PLACE = 1
# Moves, measured at 1,000 survivors (2,000 flows from the neighbourhood search's result, seeds
# 0-2 with two search seeds each): closing one of the 40 smallest groups placed 5,200 in all,
# one of the 12 smallest 5,163; a template among the 8 most promising, not the 4 or 16; taking
# a worse placement now and then (5 % or 20 % of the moves one survivor down) 5,178 and 5,144.
# The configuration LP's value on a template as a prior for opening it: with weight 3, 10, 30
# and 100 (3,000 flows, the same runs) 5,231, 5,235, 5,241 and 5,243 placed against 5,209
# without; most templates the LP uses are at a fraction, so it guides rather than decides.
OUT_POOL = 40
IN_POOL = 8
OPEN_SHARE = 0.2
PRIOR_WEIGHT = 30.0


@dataclass
class FlowResult:
    solution: Solution
    placed: int  # newly placed survivors
    waiting: int  # their waiting points
    opened: IntArray  # groups per candidate after closing the ones that stayed below min_size

    def key(self) -> tuple[int, int]:
        return self.placed, self.waiting


@dataclass
class FacilityStats:
    flows: int = 0
    accepted: int = 0
    improvements: int = 0
    stopped_on_wall_clock: bool = False


class FlowModel:
    """Everything about the candidates a flow needs, vectorised once."""

    def __init__(self, inst: Instance, cands: Candidates) -> None:
        self.inst = inst
        self.cands = cands
        items = cands.items
        self.m = len(items)
        sizes = np.array([c.eligible.size for c in items], dtype=np.int64)
        self.cand_of: IntArray = np.repeat(np.arange(self.m, dtype=np.int64), sizes)
        self.surv: IntArray = (
            np.concatenate([c.eligible for c in items]) if items else np.zeros(0, np.int64)
        )
        self.kind = np.array([c.kind for c in items], dtype=np.int64)
        self.new: BoolArray = self.kind != EXISTING
        self.online: BoolArray = self.kind == ONLINE
        self.host = np.array([c.host for c in items], dtype=np.int64)
        self.need = np.array([c.min_size for c in items], dtype=np.int64)
        self.cap = np.array([c.capacity for c in items], dtype=np.int64)
        self.mult = np.array([c.multiplicity for c in items], dtype=np.int64)
        self.group = np.array([c.group for c in items], dtype=np.int64)
        self.wait = waiting_points(inst.waiting_days)
        self.waiting: BoolArray = inst.member_of < 0
        self.partners = [set(p) for p in cands.partners]
        self.separate = list(inst.separate)

    def flow(self, opened: IntArray, *, exact: bool = False) -> FlowResult:
        """Best assignment to the candidates with opened > 0 (existing: the window in use).

        `exact` adds waiting points as the second level (slower); otherwise only places count.
        """
        opened = opened.copy()
        while True:
            result, short = self._flow_once(opened, exact)
            if not short.size:
                return self._repair(result)
            for c in short.tolist():
                opened[c] -= 1 if self.online[c] else opened[c]

    def _flow_once(self, opened: IntArray, exact: bool) -> tuple[FlowResult, IntArray]:
        n = self.inst.n
        active = opened > 0
        hosts = self.host[active & (self.host >= 0)]
        fixed = np.zeros(n, dtype=np.bool_)
        fixed[hosts] = True
        pick = active[self.cand_of] & ~fixed[self.surv]
        pc, ps = self.cand_of[pick], self.surv[pick]
        people = np.unique(ps)
        cs = np.flatnonzero(active)
        host_in = (self.host[cs] >= 0).astype(np.int64)
        k = opened[cs]
        low = np.where(self.new[cs], k * self.need[cs] - host_in, 0)
        high = np.where(self.new[cs], k * self.cap[cs], self.cap[cs]) - host_in - np.maximum(low, 0)

        source, sink = 0, 1
        surv_node = 2 + people
        cand_node = 2 + n + cs
        node_of_surv = np.full(n, -1, dtype=np.int64)
        node_of_surv[people] = surv_node
        node_of_cand = np.full(self.m, -1, dtype=np.int64)
        node_of_cand[cs] = cand_node
        zeros = np.zeros(people.size, dtype=np.int64)
        tails = np.concatenate(
            [
                np.full(people.size, source),
                node_of_surv[ps],
                cand_node,
                cand_node,
                [source],
            ]
        ).astype(np.int64)
        heads = np.concatenate(
            [surv_node, node_of_cand[pc], np.full(cs.size, sink), np.full(cs.size, sink), [sink]]
        ).astype(np.int64)
        caps = np.concatenate(
            [zeros + 1, np.ones(ps.size, np.int64), np.maximum(low, 0), high, [people.size]]
        ).astype(np.int64)
        costs = np.concatenate(
            [
                zeros,
                -self.wait[ps] if exact else np.zeros(ps.size, np.int64),
                np.full(cs.size, -(VALUE_MIN if exact else SEARCH_VALUE_MIN)),
                np.full(cs.size, -(VALUE_PLACE if exact else SEARCH_VALUE_PLACE)),
                [0],
            ]
        ).astype(np.int64)
        mcf = min_cost_flow.SimpleMinCostFlow()
        arcs = mcf.add_arcs_with_capacity_and_unit_cost(tails, heads, caps, costs)
        mcf.set_node_supply(source, int(people.size))
        mcf.set_node_supply(sink, -int(people.size))
        status = mcf.solve()
        if status != mcf.OPTIMAL:
            raise RuntimeError(f"min-cost flow failed: {status}")
        flows = mcf.flows(arcs[people.size : people.size + ps.size])

        sol = empty_solution(self.inst, self.cands)
        used = flows > 0
        sol.assign[ps[used]] = pc[used]
        host_cands = cs[self.host[cs] >= 0]
        sol.assign[self.host[host_cands]] = host_cands
        sol.opened[self.new] = opened[self.new]
        size = np.bincount(sol.assign[sol.assign >= 0], minlength=self.m)
        short = cs[self.new[cs] & (size[cs] < opened[cs] * self.need[cs])]
        placed_mask = sol.assign >= 0
        result = FlowResult(
            sol,
            int(np.count_nonzero(placed_mask)),
            int(self.wait[placed_mask].sum()),
            opened,
        )
        return result, short

    def _repair(self, result: FlowResult) -> FlowResult:
        """Split every `separate` pair the flow put together; drop groups that fall short."""
        sol = result.solution
        assign = sol.assign
        opened = result.opened.copy()
        for a, b in self.separate:
            c = int(assign[a])
            if c < 0 or c != int(assign[b]):
                continue
            # The one who leaves: never the host, else the one who waited less.
            if self.host[c] == a:
                out = b
            elif self.host[c] == b:
                out = a
            else:
                out = a if (self.wait[a], -a) < (self.wait[b], -b) else b
            assign[out] = -1
            self._reinsert(sol, opened, out)
        size = np.bincount(assign[assign >= 0], minlength=self.m)
        for c in np.flatnonzero(self.new & (sol.opened > 0)).tolist():
            if size[c] < sol.opened[c] * self.need[c]:
                assign[assign == c] = -1
                sol.opened[c] = 0
                opened[c] = 0
        placed_mask = assign >= 0
        return FlowResult(
            sol, int(np.count_nonzero(placed_mask)), int(self.wait[placed_mask].sum()), opened
        )

    def _reinsert(self, sol: Solution, opened: IntArray, i: int) -> None:
        """Put survivor i in the first open candidate (by index) with room and no partner."""
        size = np.bincount(sol.assign[sol.assign >= 0], minlength=self.m)
        for c in self.cands.by_survivor[i]:
            if opened[c] <= 0:
                continue
            room = (int(opened[c]) if self.new[c] else 1) * int(self.cap[c]) - int(size[c])
            if room <= 0:
                continue
            members = np.flatnonzero(sol.assign == c).tolist()
            if not self.new[c]:
                members += list(self.inst.groups[int(self.group[c])].members)
            if self.partners[i] & set(members):
                continue
            sol.assign[i] = c
            return


def windows_of(model: FlowModel, sol: Solution) -> dict[int, int]:
    """One age window per existing group: the one in use, else the one most can join."""
    chosen: dict[int, int] = {}
    for c in np.unique(sol.assign[sol.assign >= 0]).tolist():
        if not model.new[c]:
            chosen[int(model.group[c])] = c
    best: dict[int, int] = {}
    for c in np.flatnonzero(~model.new).tolist():
        g = int(model.group[c])
        size = model.cands.items[c].eligible.size
        if g not in best or size > model.cands.items[best[g]].eligible.size:
            best[g] = c
    return {g: chosen.get(g, c) for g, c in sorted(best.items())}


def facility_search(
    inst: Instance,
    cands: Candidates,
    start: Solution,
    *,
    seed: int,
    flows: int,
    out_pool: int = OUT_POOL,
    in_pool: int = IN_POOL,
    open_share: float = OPEN_SHARE,
    prior: FloatArray | None = None,
    wall_deadline: float | None = None,
) -> tuple[Solution, FacilityStats]:
    """Local search over the open templates from `start`; at most `flows` flow evaluations.

    A move closes one of the `out_pool` smallest open groups (or, with probability
    `open_share` and while the limit allows, none) and opens one of the `in_pool` templates
    ranked by free survivors eligible (at most a group's capacity) plus `PRIOR_WEIGHT` times
    `prior[c]` (the configuration LP's groups of candidate c, when given).
    `wall_deadline` is only the caller's safety net.
    """
    stats = FacilityStats()
    model = FlowModel(inst, cands)
    if not cands.items or not model.new.any():
        return start.copy(), stats
    rng = np.random.default_rng(seed)
    windows = windows_of(model, start)
    opened = start.opened.copy()
    opened[~model.new] = 0
    for c in windows.values():
        opened[c] = 1
    limit = inst.new_groups.max
    online_limit = inst.new_groups.online_max

    current = model.flow(opened)
    stats.flows += 1
    best = current
    cur_open = current.opened.copy()
    new_idx = np.flatnonzero(model.new)
    while stats.flows < flows:
        if wall_deadline is not None and time.perf_counter() > wall_deadline:
            stats.stopped_on_wall_clock = True
            break
        sol = current.solution
        size = np.bincount(sol.assign[sol.assign >= 0], minlength=model.m)
        placed = sol.assign >= 0
        open_new = np.flatnonzero(model.new & (cur_open > 0))
        used = int(cur_open[model.new].sum())
        trial = cur_open.copy()
        out = -1
        if used >= limit or rng.random() >= open_share:
            if not open_new.size:
                break
            ranked = open_new[np.lexsort((open_new, size[open_new] / cur_open[open_new]))]
            out = int(ranked[int(rng.integers(min(out_pool, ranked.size)))])
            trial[out] -= 1
        # Where the people are: unplaced survivors, and those the closed group leaves behind.
        free = ~placed & model.waiting
        if out >= 0:
            free |= sol.assign == out
        direct = np.bincount(model.cand_of[free[model.surv]], minlength=model.m).astype(np.int64)
        score = np.minimum(direct, model.cap)
        taken_hosts = model.host[(trial > 0) & (model.host >= 0)]
        ok = model.new & (trial < model.mult) & (score >= model.need)
        ok &= ~np.isin(model.host, taken_hosts) | (model.host < 0)
        online_used = int(trial[model.online].sum())
        if online_used >= online_limit:
            ok &= ~model.online
        choices = new_idx[ok[new_idx]]
        if not choices.size:
            stats.flows += 1
            continue
        key = score[choices].astype(np.float64)
        if prior is not None:
            key += PRIOR_WEIGHT * prior[choices]
        order = choices[np.lexsort((choices, -key))]
        pick = int(order[int(rng.integers(min(in_pool, order.size)))])
        trial[pick] += 1
        result = model.flow(trial)
        stats.flows += 1
        if result.placed >= current.placed:
            current = result
            cur_open = result.opened.copy()
            stats.accepted += 1
            if result.key() > best.key():
                best = result
                stats.improvements += 1
    final = model.flow(best.opened, exact=True)
    stats.flows += 1
    if final.key() >= best.key():
        best = final
    if best.key() < search_key(inst, start):
        # The flow places at least as many as `start` on its templates; only the `separate`
        # repair can lose some, and then the start is the better answer.
        return start.copy(), stats
    return best.solution, stats
