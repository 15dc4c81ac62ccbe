"""CP-SAT for the instances where rules 9 and 10 do not fit the flow network.

One boolean per free candidate pair; at most one buddy per survivor, remaining capacity per
buddy, at most one survivor per (buddy, case), at most the remaining `max_minors` minors per
buddy. The objective `matched * big + score` with `big` larger than any total score keeps the
order of INSTANCE.md. The model is built from numpy groupings, never from a loop of `add` calls
per pair, and it is only asked to improve on a repaired flow solution given as a complete hint.

Reproducibility: one worker, a fixed seed and a deterministic time limit give the same answer
for the same input; the wall-clock limit is only a safety net set well above it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from ortools.sat.python import cp_model

from .candidates import BoolArray, IntArray
from .problem import Objective, Problem

WALL_CLOCK_FACTOR = 3.0


@dataclass(frozen=True, slots=True)
class CpOutcome:
    status: str
    """OPTIMAL, FEASIBLE, or UNKNOWN when CP-SAT returned no solution."""
    chosen: BoolArray | None
    bound: Objective | None
    """A lexicographic bound read off CP-SAT's objective bound (see `_split_bound`)."""
    stop: str
    """"proved", "deterministic_time", or "wall_clock" (then the answer may not reproduce)."""
    deterministic_time: float
    wall_time: float


def _groups(keys: IntArray) -> list[IntArray]:
    """Positions of `keys` grouped by equal key, groups in key order, positions ascending."""
    if keys.size == 0:
        return []
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    cuts = np.nonzero(np.diff(sorted_keys))[0] + 1
    return list(np.split(order, cuts))


def _split_bound(value: int, big: int, fixed: Objective) -> Objective:
    """Any solution has `free_matched * big + free_score <= value` with `free_score < big` and
    scores never negative, so its matched count is at most `value // big`, and when it reaches
    that count its score is at most `value % big`."""
    matched, score = divmod(max(value, 0), big)
    return Objective(fixed.matched + matched, fixed.score + score)


def solve_cpsat(
    problem: Problem, hint: BoolArray, *, big: int, time_limit_s: float, seed: int
) -> CpOutcome:
    """Best solution of `problem` within the limit; `big` must exceed any free score total.

    The model is written straight into its proto with bulk `extend` calls: through
    `new_bool_var`, `add_hint` and `maximize` the Python side took longer than the search.
    Variable i is the i-th free pair; the objective is minimised in its negated form, so
    that no scaling factor stands between CP-SAT's numbers and ours.
    """
    c = problem.candidates
    pairs = np.nonzero(problem.free)[0].astype(np.int64)
    s = c.survivor[pairs]
    b = c.buddy[pairs]
    score = c.score[pairs]

    model = cp_model.CpModel()
    proto = model.proto
    for _ in range(pairs.shape[0]):
        proto.variables.add().domain.extend((0, 1))

    def at_most(members: IntArray, room: int) -> None:
        if members.shape[0] <= room:
            return
        constraint = proto.constraints.add()
        if room == 1:
            constraint.at_most_one.literals.extend(members.tolist())
        else:
            constraint.linear.vars.extend(members.tolist())
            constraint.linear.coeffs.extend([1] * members.shape[0])
            constraint.linear.domain.extend((0, room))

    for group in _groups(s):
        at_most(group, 1)
    for group in _groups(b):
        at_most(group, int(problem.remaining_capacity[b[group[0]]]))
    cased = np.nonzero(problem.s_case[s] >= 0)[0]
    width = int(problem.s_case.max(initial=-1)) + 1
    for group in _groups(b[cased] * width + problem.s_case[s[cased]]):
        # With room for one, the capacity constraint already keeps rule 9.
        if problem.remaining_capacity[b[cased[group[0]]]] > 1:
            at_most(cased[group], 1)
    minors = np.nonzero(problem.s_minor[s])[0]
    for group in _groups(b[minors]):
        at_most(minors[group], int(problem.remaining_minors[b[minors[group[0]]]]))

    proto.objective.vars.extend(range(pairs.shape[0]))
    proto.objective.coeffs.extend((-(score + big)).tolist())
    proto.solution_hint.vars.extend(range(pairs.shape[0]))
    proto.solution_hint.values.extend(hint[pairs].astype(np.int64).tolist())

    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.random_seed = seed
    solver.parameters.max_deterministic_time = time_limit_s
    solver.parameters.max_time_in_seconds = max(1.0, WALL_CLOCK_FACTOR * time_limit_s)
    # Presolve spent seconds of wall time probing these models for little deterministic
    # time and no gain; the LP relaxation (level 2) is what closes the gap.
    solver.parameters.cp_model_presolve = False
    solver.parameters.linearization_level = 2
    status = solver.solve(model)
    if status == cp_model.OPTIMAL:
        stop = "proved"
    elif solver.deterministic_time < 0.999 * time_limit_s:
        stop = "wall_clock"
    else:
        stop = "deterministic_time"
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return CpOutcome("UNKNOWN", None, None, stop, solver.deterministic_time, solver.wall_time)
    response = solver.response_proto
    values = np.array(response.solution, dtype=np.int64)[: pairs.shape[0]]
    chosen = problem.fixed.copy()
    chosen[pairs[values > 0]] = True
    bound = _split_bound(
        -round(response.best_objective_bound), big, problem.objective(problem.fixed)
    )
    return CpOutcome(
        solver.status_name(status),
        chosen,
        bound,
        stop,
        solver.deterministic_time,
        solver.wall_time,
    )
