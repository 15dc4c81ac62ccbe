"""An upper bound on survivors placed: the configuration LP, by Lagrangian column generation.

Every feasible placement is a packing of *groups*: a candidate (existing group's age window,
or new-group template) with a member set it allows. Relaxing "every waiting survivor in at most
one group" with multipliers pi[i] >= 0 splits the rest by candidate:

    L(pi) = sum_i pi[i]
            + sum over existing groups of the best window's best members at profit 1 - pi[i]
            + the best new groups, at most new_groups.max of them (online_max online), each
              template taking its host, then at least min_size and at most max_size members
              by profit

`L(pi)` bounds the survivors any placement can have, for *every* pi >= 0 (the `separate` pairs
are ignored, which can only raise it), and the best pi gives the bound of the configuration
linear program. The pi come from a short subgradient warm-up (Polyak steps), then column
generation: a restricted master LP over the groups found so far (GLOP, warm-started between
rounds) gives duals, the pricing above gives new groups with positive reduced cost, and the
duals are smoothed towards the best pi seen (Wentges), which keeps the number of rounds small.
The bound reported is the existing members plus floor(min L(pi)); it is valid after any number
of rounds, only less tight when stopped early.

A trivial bound is kept as a cross-check: existing members plus every waiting survivor who fits
at least one candidate, capped by the free places of existing groups plus max * max_size.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
from ortools.linear_solver import pywraplp

from matching.solver.groups.candidates import EXISTING, Candidates
from matching.solver.groups.schema import Instance, IntArray
from matching.solver.groups.solution import Solution, formed_groups

FloatArray = npt.NDArray[np.float64]

# A column's reduced cost must exceed this to be worth adding; HiGHS' own tolerance is 1e-7.
RC_EPS = 1e-6
# Slack before rounding the bound down: floating sums over ~1,000 multipliers.
ROUND_SLACK = 1e-6


def trivial_bound(inst: Instance, cands: Candidates) -> int:
    existing = int(np.count_nonzero(inst.member_of >= 0))
    eligible = int(sum(1 for i in inst.waiting().tolist() if cands.by_survivor[i]))
    room_existing: dict[int, int] = {}
    for cand in cands.items:
        if cand.kind == EXISTING:
            room_existing[cand.group] = max(room_existing.get(cand.group, 0), cand.capacity)
    room = sum(room_existing.values()) + inst.new_groups.max * inst.new_groups.max_size
    return existing + min(eligible, room)


@dataclass(frozen=True)
class Column:
    candidate: int
    members: tuple[int, ...]


@dataclass(frozen=True)
class Priced:
    value: float  # L(pi)
    values: FloatArray  # best single group of each candidate, at profits 1 - pi
    order: IntArray  # (candidate, survivor) pairs: candidate, host first, then by profit
    p: FloatArray  # profits in that order
    used: IntArray  # groups of each candidate in the maximiser


@dataclass
class Pricing:
    """Per-candidate best group at profits 1 - pi, vectorised over all (candidate, survivor)."""

    inst: Instance
    cands: Candidates
    sizes: IntArray = field(init=False)
    starts: IntArray = field(init=False)
    cand_of: IntArray = field(init=False)
    surv: IntArray = field(init=False)
    is_host: npt.NDArray[np.bool_] = field(init=False)

    def __post_init__(self) -> None:
        items = self.cands.items
        self.sizes = np.array([c.eligible.size for c in items], dtype=np.int64)
        self.starts = np.concatenate([[0], np.cumsum(self.sizes)[:-1]]).astype(np.int64)
        self.cand_of = np.repeat(np.arange(len(items)), self.sizes)
        self.surv = np.concatenate([c.eligible for c in items]) if items else np.zeros(0, np.int64)
        host = np.array([c.host for c in items], dtype=np.int64)
        self.is_host = host[self.cand_of] == self.surv
        self.kind = np.array([c.kind for c in items], dtype=np.int64)
        self.need = np.array([c.min_size for c in items], dtype=np.int64)
        self.cap = np.array([c.capacity for c in items], dtype=np.int64)
        self.mult = np.array([c.multiplicity for c in items], dtype=np.int64)
        self.online = np.array([c.online and c.kind != EXISTING for c in items], dtype=np.bool_)
        self.group = np.array([c.group for c in items], dtype=np.int64)
        self.new = self.kind != EXISTING
        self.levels = int(self.mult.max()) if items else 0

    def _seg(self, cs: FloatArray, upto: IntArray) -> FloatArray:
        result: FloatArray = cs[self.starts + np.minimum(upto, self.sizes)] - cs[self.starts]
        return result

    def price(self, pi: FloatArray) -> Priced:
        """L(pi) and, per candidate, its best single group and how often the maximiser uses it."""
        profit = 1.0 - pi[self.surv]
        order = np.lexsort((-profit, ~self.is_host, self.cand_of))
        p = profit[order]
        cs_p = np.concatenate([[0.0], np.cumsum(p)])
        cs_q = np.concatenate([[0.0], np.cumsum(np.maximum(p, 0.0))])
        total = float(pi[self.inst.member_of < 0].sum())
        used = np.zeros(len(self.cands.items), dtype=np.int64)

        existing_value = self._seg(cs_q, self.cap)
        best_window: dict[int, int] = {}
        for c in np.flatnonzero(~self.new).tolist():
            g = int(self.group[c])
            if g not in best_window or existing_value[c] > existing_value[best_window[g]]:
                best_window[g] = c
        for c in best_window.values():
            if existing_value[c] > 0:
                total += float(existing_value[c])
                used[c] = 1

        gains: list[FloatArray] = []
        prev = np.zeros(len(self.cands.items))
        single = np.full(len(self.cands.items), -np.inf)
        for j in range(1, self.levels + 1):
            ok = self.new & (self.mult >= j) & (self.sizes >= j * self.need)
            value = (
                self._seg(cs_p, j * self.need)
                + self._seg(cs_q, j * self.cap)
                - self._seg(cs_q, j * self.need)
            )
            if j == 1:
                single = np.where(ok, value, -np.inf)
            gains.append(np.where(ok, value - prev, -np.inf))
            prev = np.where(ok, value, prev)
        if gains:
            gain = np.concatenate(gains)
            owner = np.tile(np.arange(len(self.cands.items)), len(gains))
            ranked = np.argsort(-gain, kind="stable")
            g_sorted = gain[ranked]
            on = self.online[owner[ranked]]
            online_limit = min(self.inst.new_groups.online_max, self.inst.new_groups.max)
            allowed = ~on | (np.cumsum(on) <= online_limit)
            chosen = np.flatnonzero(allowed & (g_sorted > 0))[: self.inst.new_groups.max]
            total += float(g_sorted[chosen].sum())
            np.add.at(used, owner[ranked[chosen]], 1)
        values = np.where(self.new, single, existing_value)
        return Priced(total, values, order, p, used)

    def usage(self, priced: Priced) -> IntArray:
        """How many groups of the maximiser each survivor is in (for the subgradient)."""
        k = priced.used[self.cand_of]
        rank = np.arange(self.surv.size) - self.starts[self.cand_of]
        take = (rank < k * self.cap[self.cand_of]) & (priced.p > 0)
        take |= self.new[self.cand_of] & (rank < k * self.need[self.cand_of])
        counts: IntArray = np.bincount(self.surv[priced.order][take], minlength=self.inst.n)
        return counts

    def column(self, c: int, priced: Priced) -> tuple[int, ...]:
        """Members of candidate c's best single group at the priced profits."""
        start, size = int(self.starts[c]), int(self.sizes[c])
        seg = slice(start, start + size)
        rank = np.arange(size)
        take = (rank < self.cap[c]) & (priced.p[seg] > 0)
        if self.new[c]:
            take |= rank < self.need[c]
        return tuple(sorted(self.surv[priced.order[seg]][take].tolist()))


def solution_columns(inst: Instance, cands: Candidates, sol: Solution) -> list[Column]:
    columns: list[Column] = []
    for group in formed_groups(inst, cands, sol):
        if group.candidate >= 0 and group.newcomers:
            columns.append(Column(group.candidate, tuple(sorted(group.newcomers))))
    return columns


@dataclass
class BoundResult:
    bound: int  # existing members included
    value: float  # min L(pi) over waiting survivors
    master: float  # last restricted master LP value
    columns: list[Column]
    rounds: int
    weights: list[float] = field(default_factory=list)  # master LP values of the columns

    def candidate_weights(self, count: int) -> FloatArray:
        """Per candidate, the master LP's total value on its columns (groups it would open)."""
        mass = np.zeros(count)
        for column, weight in zip(self.columns, self.weights, strict=True):
            mass[column.candidate] += weight
        return mass


class _Master:
    """The restricted master LP, kept in GLOP between rounds so each re-solve starts from the
    previous basis (re-solving from scratch cost about a second a round at 1,000 survivors)."""

    def __init__(self, inst: Instance, cands: Candidates, waiting: list[int]) -> None:
        self.inst = inst
        self.cands = cands
        self.solver = pywraplp.Solver.CreateSolver("GLOP")
        inf = self.solver.infinity()
        self.rows = {i: self.solver.Constraint(-inf, 1.0) for i in waiting}
        self.budget = self.solver.Constraint(-inf, float(inst.new_groups.max))
        self.online = self.solver.Constraint(-inf, float(inst.new_groups.online_max))
        self.group_rows: dict[int, Any] = {}
        self.objective = self.solver.Objective()
        self.objective.SetMaximization()
        self.columns: list[Column] = []
        self.variables: list[Any] = []
        self.solved: list[float] = []

    def add(self, column: Column) -> None:
        var = self.solver.NumVar(0.0, self.solver.infinity(), "")
        for i in column.members:
            self.rows[i].SetCoefficient(var, 1.0)
        cand = self.cands.items[column.candidate]
        if cand.kind == EXISTING:
            if cand.group not in self.group_rows:
                self.group_rows[cand.group] = self.solver.Constraint(-self.solver.infinity(), 1.0)
            self.group_rows[cand.group].SetCoefficient(var, 1.0)
        else:
            self.budget.SetCoefficient(var, 1.0)
            if cand.online:
                self.online.SetCoefficient(var, 1.0)
        self.objective.SetCoefficient(var, float(len(column.members)))
        self.columns.append(column)
        self.variables.append(var)

    def weights(self) -> list[float]:
        """The last solve's value of every column; 0 for columns added after it."""
        return self.solved + [0.0] * (len(self.variables) - len(self.solved))

    def solve(self) -> tuple[float, FloatArray, float, float, dict[int, float]]:
        """(value, pi per survivor, budget dual, online dual, existing-group duals)."""
        if self.solver.Solve() != pywraplp.Solver.OPTIMAL:
            raise RuntimeError("the restricted master LP did not solve")
        self.solved = [float(var.solution_value()) for var in self.variables]
        pi = np.zeros(self.inst.n)
        for i, row in self.rows.items():
            pi[i] = max(0.0, float(row.dual_value()))
        return (
            float(self.objective.Value()),
            pi,
            max(0.0, float(self.budget.dual_value())),
            max(0.0, float(self.online.dual_value())),
            {g: max(0.0, float(row.dual_value())) for g, row in self.group_rows.items()},
        )


def _subgradient(pricing: Pricing, target: float, iterations: int) -> tuple[float, FloatArray]:
    """Polyak-step subgradient on L: cheap rounds that bring the multipliers near the dual
    optimum before the (dearer) column generation."""
    waiting = pricing.inst.member_of < 0
    pi = np.where(waiting, 0.5, 0.0)
    best_value, best_pi = np.inf, pi.copy()
    theta, stall = 1.0, 0
    for _ in range(iterations):
        priced = pricing.price(pi)
        if priced.value < best_value - 1e-9:
            best_value, best_pi, stall = priced.value, pi.copy(), 0
        else:
            stall += 1
            if stall >= 8:
                theta, stall = theta / 2, 0
        direction = np.where(waiting, 1.0 - pricing.usage(priced), 0.0)
        norm = float(direction @ direction)
        if norm == 0.0:
            break
        step = theta * max(priced.value - target, 1e-3) / norm
        pi = np.maximum(0.0, pi - step * direction)
    return best_value, best_pi


def placement_bound(
    inst: Instance,
    cands: Candidates,
    sol: Solution,
    *,
    warm_up: int = 60,
    rounds: int = 30,
    per_round: int = 600,
) -> BoundResult:
    """Subgradient warm-up, then column generation; see the module docstring."""
    existing = int(np.count_nonzero(inst.member_of >= 0))
    waiting = [i for i in inst.waiting().tolist() if cands.by_survivor[i]]
    if not cands.items or not waiting:
        return BoundResult(existing, 0.0, 0.0, [], 0)
    pricing = Pricing(inst, cands)
    target = float(np.count_nonzero(sol.assign >= 0))
    best_value, best_pi = _subgradient(pricing, target, warm_up)
    columns = solution_columns(inst, cands, sol)
    priced = pricing.price(best_pi)
    for c in np.flatnonzero(np.isfinite(priced.values) & (priced.values > 0)).tolist():
        columns.append(Column(c, pricing.column(c, priced)))
    lp = _Master(inst, cands, waiting)
    for column in dict.fromkeys(columns):
        lp.add(column)
    seen = set(lp.columns)
    master = 0.0
    done = 0
    alpha = 0.7
    while done < rounds:
        done += 1
        master, pi_master, mu, nu, sigma = lp.solve()
        # The LP optimum lies between the master (a restricted LP) and L: once both round down
        # to the same integer, no further round can lower the bound reported.
        if np.floor(best_value + ROUND_SLACK) <= np.floor(master + ROUND_SLACK):
            break
        pi = alpha * best_pi + (1 - alpha) * pi_master
        priced = pricing.price(pi)
        if priced.value < best_value:
            best_value, best_pi = priced.value, pi
        group_dual = np.array([sigma.get(int(g), 0.0) for g in pricing.group])
        offset = np.where(pricing.new, mu + nu * pricing.online, group_dual)
        # Profits are taken at the smoothed multipliers, reduced costs at the master's duals:
        # a column only goes in if it would improve the master.
        ranked = np.argsort(-(priced.values - offset), kind="stable")
        added = 0
        for c in ranked.tolist():
            if priced.values[c] - offset[c] <= RC_EPS or added >= per_round:
                break
            column = Column(c, pricing.column(c, priced))
            actual = len(column.members) - float(pi_master[list(column.members)].sum())
            if column not in seen and actual - offset[c] > RC_EPS:
                seen.add(column)
                lp.add(column)
                added += 1
        if added == 0:
            if alpha == 0.0:
                break
            alpha = 0.0 if alpha < 0.2 else alpha / 2
    bound = existing + int(np.floor(best_value + ROUND_SLACK))
    return BoundResult(
        bound=min(bound, trivial_bound(inst, cands)),
        value=float(best_value),
        master=master,
        columns=lp.columns,
        weights=lp.weights(),
        rounds=done,
    )
