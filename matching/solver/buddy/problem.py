"""What is left to decide once the fixed pairs are in: free arcs, remaining capacities, and the
side rules 9 and 10 as arrays, plus the checks and the repair that every solve path shares.

A solution is a boolean mask over the candidate pairs (fixed pairs included), so the flow, the
CP-SAT model, the repair and the result writer all speak about the same pairs.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .candidates import BoolArray, Candidates, IntArray
from .schema import BuddyInstance

NO_LIMIT = np.iinfo(np.int64).max // 4


@dataclass(frozen=True, slots=True)
class Objective:
    """Matched survivors first, then the score: compared lexicographically."""

    matched: int
    score: int

    def key(self) -> tuple[int, int]:
        return (self.matched, self.score)

    def as_dict(self) -> dict[str, int]:
        return {"matched": self.matched, "score": self.score}


@dataclass(frozen=True, slots=True)
class Problem:
    candidates: Candidates
    fixed: BoolArray
    """Candidate pairs that are fixed by the instance."""
    free: BoolArray
    """Candidate pairs the solver may still choose without breaking a rule given the fixed ones."""
    s_minor: BoolArray
    s_case: IntArray
    """Dense case number per survivor, -1 when she carries no case."""
    b_capacity: IntArray
    b_max_minors: IntArray
    """NO_LIMIT for a buddy without max_minors."""
    remaining_capacity: IntArray
    remaining_minors: IntArray

    @property
    def has_side_rules(self) -> bool:
        return bool((self.s_case >= 0).any() or (self.b_max_minors < NO_LIMIT).any())

    def objective(self, chosen: BoolArray) -> Objective:
        return Objective(int(chosen.sum()), int(self.candidates.score[chosen].sum()))


def _with_fixed(
    candidates: Candidates,
    fixed: BoolArray,
    allowed: BoolArray,
    s_minor: BoolArray,
    s_case: IntArray,
    b_capacity: IntArray,
    b_max_minors: IntArray,
) -> Problem:
    c = candidates
    fs, fb = c.survivor[fixed], c.buddy[fixed]
    taken = np.zeros(c.n_survivors, dtype=np.bool_)
    taken[fs] = True
    load = np.bincount(fb, minlength=c.n_buddies)
    minors = np.bincount(fb[s_minor[fs]], minlength=c.n_buddies)
    remaining_capacity = b_capacity - load
    remaining_minors = np.where(b_max_minors < NO_LIMIT, b_max_minors - minors, NO_LIMIT)
    s, b = c.survivor, c.buddy
    free = allowed & ~fixed & ~taken[s] & (remaining_capacity[b] > 0)
    free &= ~(s_minor[s] & (remaining_minors[b] <= 0))
    width = int(s_case.max(initial=-1)) + 1
    cased = s_case[fs] >= 0
    if cased.any():
        held = fb[cased] * width + s_case[fs][cased]
        free &= ~((s_case[s] >= 0) & np.isin(b * width + s_case[s], held))
    return Problem(
        candidates=c,
        fixed=fixed,
        free=free,
        s_minor=s_minor,
        s_case=s_case,
        b_capacity=b_capacity,
        b_max_minors=b_max_minors,
        remaining_capacity=remaining_capacity,
        remaining_minors=remaining_minors,
    )


def build_problem(instance: BuddyInstance, candidates: Candidates) -> Problem:
    n_s, n_b = len(instance.survivors), len(instance.buddies)
    case_names = sorted({s.case for s in instance.survivors if s.case is not None})
    case_number = {name: i for i, name in enumerate(case_names)}
    fixed = np.zeros(candidates.size, dtype=np.bool_)
    if instance.fixed:
        pairs = np.array(instance.fixed, dtype=np.int64)
        fixed[candidates.index_of(pairs[:, 0], pairs[:, 1])] = True
    return _with_fixed(
        candidates,
        fixed,
        np.ones(candidates.size, dtype=np.bool_),
        s_minor=np.array([s.minor for s in instance.survivors], dtype=np.bool_).reshape(n_s),
        s_case=np.array(
            [-1 if s.case is None else case_number[s.case] for s in instance.survivors],
            dtype=np.int64,
        ).reshape(n_s),
        b_capacity=np.array([b.capacity for b in instance.buddies], dtype=np.int64).reshape(n_b),
        b_max_minors=np.array(
            [NO_LIMIT if b.max_minors is None else b.max_minors for b in instance.buddies],
            dtype=np.int64,
        ).reshape(n_b),
    )


def restrict(problem: Problem, *, forced: BoolArray, allowed: BoolArray) -> Problem:
    """The same problem with the `forced` pairs added to the fixed ones and only `allowed`
    pairs left free (pairs the new fixed ones rule out are dropped too)."""
    return _with_fixed(
        problem.candidates,
        problem.fixed | forced,
        problem.free & allowed,
        problem.s_minor,
        problem.s_case,
        problem.b_capacity,
        problem.b_max_minors,
    )


def big_weight(problem: Problem) -> int:
    """More than the score of any set of free pairs: the weight of one more matched survivor."""
    c = problem.candidates
    best = np.zeros(c.n_survivors, dtype=np.int64)
    np.maximum.at(best, c.survivor[problem.free], c.score[problem.free])
    return int(best.sum()) + 1


def side_rule_violations(problem: Problem, chosen: BoolArray) -> int:
    """How many (buddy, case) groups and buddies break rule 9 or rule 10 in `chosen`."""
    c = problem.candidates
    s, b = c.survivor[chosen], c.buddy[chosen]
    minors = np.bincount(b[problem.s_minor[s]], minlength=c.n_buddies)
    too_many_minors = int((minors > problem.b_max_minors).sum())
    cased = problem.s_case[s] >= 0
    keys = b[cased] * (int(problem.s_case.max(initial=-1)) + 1) + problem.s_case[s][cased]
    _, counts = np.unique(keys, return_counts=True)
    return too_many_minors + int((counts > 1).sum())


def repair(problem: Problem, chosen: BoolArray) -> BoolArray:
    """A solution that keeps rules 9 and 10, made from one that may break them.

    Breaking pairs are dropped (the lower score goes first, fixed pairs never), then every
    survivor left without a buddy is offered her free pairs in descending score order. The
    result is feasible and usually close to the input, which is what CP-SAT needs as a hint and
    what the caller returns when CP-SAT finds nothing better.
    """
    c = problem.candidates
    out = chosen.copy()
    load = np.zeros(c.n_buddies, dtype=np.int64)
    minors = np.zeros(c.n_buddies, dtype=np.int64)
    cases: set[tuple[int, int]] = set()

    def take(pair: int) -> None:
        s, b = int(c.survivor[pair]), int(c.buddy[pair])
        load[b] += 1
        minors[b] += int(problem.s_minor[s])
        if problem.s_case[s] >= 0:
            cases.add((b, int(problem.s_case[s])))

    def fits(pair: int) -> bool:
        s, b = int(c.survivor[pair]), int(c.buddy[pair])
        if load[b] >= problem.b_capacity[b]:
            return False
        if problem.s_minor[s] and minors[b] >= problem.b_max_minors[b]:
            return False
        return not (problem.s_case[s] >= 0 and (b, int(problem.s_case[s])) in cases)

    for pair in np.nonzero(problem.fixed)[0].tolist():
        take(pair)
    kept = np.nonzero(out & ~problem.fixed)[0]
    for pair in kept[np.lexsort((kept, -c.score[kept]))].tolist():
        if fits(pair):
            take(pair)
        else:
            out[pair] = False

    matched = np.zeros(c.n_survivors, dtype=np.bool_)
    matched[c.survivor[out]] = True
    offers = np.nonzero(problem.free & ~matched[c.survivor])[0]
    for pair in offers[np.lexsort((offers, -c.score[offers]))].tolist():
        s = int(c.survivor[pair])
        if not matched[s] and fits(pair):
            take(pair)
            out[pair] = True
            matched[s] = True
    return out
