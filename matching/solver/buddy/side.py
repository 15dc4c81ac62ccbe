"""Rules 9 and 10 when the flow optimum breaks them.

1. The flow optimum is an upper bound: its network is a relaxation of the full problem.
2. A feasible solution: forbid the pairs that break a side rule (keeping the best pair of each
   broken group), solve the flow again, a few rounds; then `repair` whatever is left. If it
   reaches the bound it is optimal.
3. Branch and bound on the flow. In the network (see `flow`) the only relaxed rule is
   max_minors for a case that has both a minor and an adult among one buddy's candidates, so
   a broken solution always points at such a (buddy, case). Every feasible solution gives that
   buddy at most one survivor of the case, a minor or an adult: one branch drops the case's
   minors at that buddy, the other its adults, and both are flow problems again, now exact
   for that case. Best bound first, a deterministic node budget.
4. If the budget runs out, CP-SAT gets the rest: the root flow's reduced costs fix every pair
   whose change would cost more than the gap between bound and solution, the solution is the
   hint, and CP-SAT's bound and the branch-and-bound bound together give the reported bound.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

import numpy as np

from .candidates import BoolArray
from .cpsat import CpOutcome, solve_cpsat
from .flow import FlowOutcome, reduced_costs, solve_flow
from .problem import Objective, Problem, big_weight, repair, restrict, side_rule_violations

FORBID_ROUNDS = 8
ARC_NODES_PER_SECOND = 400_000
"""Branch-and-bound nodes per second of time limit, times pair arcs: the node budget is
`time_limit_s * ARC_NODES_PER_SECOND / arcs`, so it depends on the instance and the limit,
never on the clock, and keeps the results reproducible. One node is two flow solves, about
50 ms each at 100,000 arcs here."""
MAX_NODES = 64


@dataclass(frozen=True, slots=True)
class SideOutcome:
    chosen: BoolArray
    bound: Objective
    method: str
    cp: CpOutcome | None
    cp_variables: int
    nodes: int


def breaking_pairs(problem: Problem, chosen: BoolArray) -> BoolArray:
    """Chosen pairs to give up so that rules 9 and 10 hold: for each broken (buddy, case)
    group all but its best pair, for each buddy over `max_minors` her lowest-scoring minors.
    Fixed pairs are never given up."""
    c = problem.candidates
    out = np.zeros(c.size, dtype=np.bool_)
    picked = np.nonzero(chosen)[0]
    # Fixed pairs first, then by descending score, so "keep the first ones" keeps the best.
    picked = picked[np.lexsort((picked, -c.score[picked], ~problem.fixed[picked]))]
    minors: dict[int, int] = {}
    cases: set[tuple[int, int]] = set()
    for pair in picked.tolist():
        s, b = int(c.survivor[pair]), int(c.buddy[pair])
        case = int(problem.s_case[s])
        if case >= 0:
            if (b, case) in cases:
                out[pair] = True
                continue
            cases.add((b, case))
        if problem.s_minor[s]:
            minors[b] = minors.get(b, 0) + 1
            if minors[b] > problem.b_max_minors[b]:
                out[pair] = True
    out &= ~problem.fixed
    return out


def _feasible(problem: Problem, flow: FlowOutcome, side_rules_in_flow: bool) -> BoolArray:
    chosen = flow.chosen
    allowed = np.ones(problem.candidates.size, dtype=np.bool_)
    for _ in range(FORBID_ROUNDS):
        breaking = breaking_pairs(problem, chosen)
        if not breaking.any():
            break
        allowed &= ~breaking
        narrowed = restrict(problem, forced=np.zeros_like(allowed), allowed=allowed)
        chosen = solve_flow(narrowed, side_rules=side_rules_in_flow).chosen
    return repair(problem, chosen)


def _mixed_case(problem: Problem, allowed: BoolArray, chosen: BoolArray) -> tuple[int, int] | None:
    """A (buddy, case) whose minor breaks max_minors and whose case also has an adult among
    that buddy's pairs: the relaxation to branch on. None if there is none."""
    c = problem.candidates
    s, b = c.survivor, c.buddy
    minors = np.bincount(b[chosen & problem.s_minor[s]], minlength=c.n_buddies)
    over = minors > problem.b_max_minors
    suspects = np.nonzero(chosen & ~problem.fixed & over[b] & problem.s_minor[s])[0]
    open_pairs = allowed & problem.free
    for pair in suspects.tolist():
        buddy, case = int(b[pair]), int(problem.s_case[s[pair]])
        if case < 0:
            continue
        adults = open_pairs & (b == buddy) & (problem.s_case[s] == case) & ~problem.s_minor[s]
        if adults.any():
            return buddy, case
    return None


def _branch_and_bound(
    problem: Problem, flow: FlowOutcome, incumbent: BoolArray, budget: int
) -> tuple[BoolArray, Objective, int]:
    """The best solution found and a bound on every solution, after at most `budget` nodes."""
    c = problem.candidates
    best = problem.objective(incumbent)
    root = problem.objective(flow.chosen)
    everything = np.ones(c.size, dtype=np.bool_)
    queue: list[tuple[int, int, int, BoolArray, BoolArray]] = [
        (-root.matched, -root.score, 0, everything, flow.chosen)
    ]
    pushed = 1
    nodes = 0
    while queue:
        matched, score, _, allowed, chosen = queue[0]
        bound = Objective(-matched, -score)
        if bound.key() <= best.key():
            return incumbent, best, nodes
        if nodes >= budget:
            return incumbent, bound, nodes
        heapq.heappop(queue)
        nodes += 1
        split = _mixed_case(problem, allowed, chosen)
        if split is None:
            # Only the side rules that the network keeps exactly are left: nothing to branch
            # on. Leave this node to CP-SAT by keeping its bound.
            return incumbent, bound, nodes
        buddy, case = split
        members = (c.buddy == buddy) & (problem.s_case[c.survivor] == case)
        for dropped in (
            members & problem.s_minor[c.survivor],
            members & ~problem.s_minor[c.survivor],
        ):
            branch = allowed & ~dropped
            narrowed = restrict(problem, forced=np.zeros_like(branch), allowed=branch)
            solution = solve_flow(narrowed).chosen
            value = problem.objective(solution)
            if value.key() <= best.key():
                continue
            if side_rule_violations(problem, solution) == 0:
                incumbent, best = solution, value
            else:
                heapq.heappush(queue, (-value.matched, -value.score, pushed, branch, solution))
                pushed += 1
    return incumbent, best, nodes


def solve_side_rules(
    problem: Problem,
    flow: FlowOutcome,
    *,
    time_limit_s: float,
    seed: int,
    side_rules_in_flow: bool = True,
    branch_nodes: int | None = None,
) -> SideOutcome:
    """`branch_nodes` overrides the node budget (0 sends everything to CP-SAT)."""
    bound = problem.objective(flow.chosen)
    chosen = _feasible(problem, flow, side_rules_in_flow)
    found = problem.objective(chosen)
    if found == bound:
        return SideOutcome(chosen, bound, "repaired_flow", None, 0, 0)

    nodes = 0
    if side_rules_in_flow:
        arcs = max(1, int(flow.network.pairs.shape[0]))
        budget = min(MAX_NODES, int(time_limit_s * ARC_NODES_PER_SECOND / arcs))
        chosen, bound, nodes = _branch_and_bound(
            problem, flow, chosen, budget if branch_nodes is None else branch_nodes
        )
        found = problem.objective(chosen)
        if found == bound:
            return SideOutcome(chosen, bound, "branch_and_bound", None, 0, nodes)

    big = big_weight(problem)
    root = problem.objective(flow.chosen)
    gap = big * (root.matched - found.matched) + (root.score - found.score)
    forced = np.zeros(problem.candidates.size, dtype=np.bool_)
    allowed = np.ones(problem.candidates.size, dtype=np.bool_)
    rc = reduced_costs(problem, flow, big)
    if rc is not None:
        decided = np.abs(rc) > gap
        in_flow = flow.pair_flow > 0
        pairs = flow.network.pairs
        forced[pairs[decided & in_flow]] = True
        allowed[pairs[decided & ~in_flow]] = False
        # The known solution is within the gap, so it must agree with every fixing; if it did
        # not, the fixing would be unsound and is dropped rather than trusted.
        agrees = bool(chosen[forced].all()) and not bool(chosen[~allowed].any())
        if not agrees:
            forced[:] = False
            allowed[:] = True
    narrowed = restrict(problem, forced=forced, allowed=allowed)
    cp = solve_cpsat(narrowed, chosen, big=big, time_limit_s=time_limit_s, seed=seed)
    method = "repaired_flow" if nodes == 0 else "branch_and_bound"
    if cp.chosen is not None and problem.objective(cp.chosen).key() >= found.key():
        chosen = cp.chosen
        method = "cp_sat"
    if cp.bound is not None and cp.bound.key() < bound.key():
        bound = cp.bound
    return SideOutcome(chosen, bound, method, cp, int(narrowed.free.sum()), nodes)
