"""A placement in candidate terms, the groups it forms, and its lexicographic objective.

`assign[i]` is the candidate survivor i joins (-1: not newly placed; existing members are not
in it, they stay where they are). `opened[c]` is how many groups candidate c forms: 0/1 for a
hosted template, up to `multiplicity` for an online template; existing groups are always there.

An online template with k groups is split deterministically: members by age, then index, cut
into k runs of as even a size as possible. That split is the one reported, so the objective is
computed on the groups people will actually be in.

Objective, compared as a tuple, larger first:
1. survivors placed (existing members included);
2. compatibility: for every newly placed survivor, her waiting points (whole weeks, capped at
   52) plus, for every other member of her group, the number of interests they share;
3. minus imbalance: per group, (2 * size - (min_size + max_size)) ** 2, squared so that two
   groups of 5 count as better balanced than a 4 and a 6.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from matching.solver.groups.candidates import EXISTING, Candidates
from matching.solver.groups.schema import Instance, IntArray

# Whole weeks, capped at a year: a long wait weighs, but never as much as placing one more
# survivor (that is the first objective level, so the cap only keeps numbers readable).
MAX_WAITING_POINTS = 52

SharedMatrix = npt.NDArray[np.int16]


def waiting_points(days: IntArray) -> IntArray:
    result: IntArray = np.minimum(days, 7 * MAX_WAITING_POINTS) // 7
    return result


def shared_interests(inst: Instance) -> SharedMatrix:
    counts = inst.interests.astype(np.int16)
    result: SharedMatrix = counts @ counts.T
    return result


@dataclass
class Solution:
    assign: IntArray
    opened: IntArray

    def copy(self) -> Solution:
        return Solution(self.assign.copy(), self.opened.copy())


@dataclass(frozen=True)
class FormedGroup:
    """One group of the result: an existing group (g >= 0) or a new one (candidate c)."""

    existing: int  # existing group index, -1 for a new group
    candidate: int  # candidate that placed the newcomers; -1 when no one joined
    members: list[int]  # existing members first (input order), then newcomers by index
    newcomers: list[int]


def empty_solution(inst: Instance, cands: Candidates) -> Solution:
    return Solution(
        assign=np.full(inst.n, -1, dtype=np.int64),
        opened=np.zeros(len(cands.items), dtype=np.int64),
    )


def split_online(inst: Instance, members: list[int], groups: int) -> list[list[int]]:
    ordered = sorted(members, key=lambda i: (int(inst.age[i]), i))
    base, extra = divmod(len(ordered), groups)
    parts: list[list[int]] = []
    start = 0
    for k in range(groups):
        size = base + (1 if k < extra else 0)
        parts.append(sorted(ordered[start : start + size]))
        start += size
    return parts


def formed_groups(inst: Instance, cands: Candidates, sol: Solution) -> list[FormedGroup]:
    by_candidate: dict[int, list[int]] = {}
    for i in np.flatnonzero(sol.assign >= 0).tolist():
        by_candidate.setdefault(int(sol.assign[i]), []).append(i)
    joined: dict[int, tuple[int, list[int]]] = {}
    result: list[FormedGroup] = []
    new_groups: list[FormedGroup] = []
    for c in sorted(by_candidate):
        cand = cands.items[c]
        members = by_candidate[c]
        if cand.kind == EXISTING:
            joined[cand.group] = (c, members)
        elif cand.online and sol.opened[c] > 1:
            for part in split_online(inst, members, int(sol.opened[c])):
                new_groups.append(FormedGroup(-1, c, part, part))
        else:
            new_groups.append(FormedGroup(-1, c, members, members))
    for g, group in enumerate(inst.groups):
        c, newcomers = joined.get(g, (-1, []))
        result.append(FormedGroup(g, c, list(group.members) + newcomers, newcomers))
    return result + new_groups


def group_compatibility(
    members: list[int], newcomers: list[int], shared: SharedMatrix, wait: IntArray
) -> int:
    total = 0
    for i in newcomers:
        total += int(wait[i])
        row = shared[i]
        for j in members:
            if j != i:
                total += int(row[j])
    return total


def group_imbalance(size: int, min_size: int, max_size: int) -> int:
    return (2 * size - (min_size + max_size)) ** 2


def size_bounds(inst: Instance, group: FormedGroup) -> tuple[int, int]:
    if group.existing >= 0:
        existing = inst.groups[group.existing]
        return existing.min_size, existing.max_size
    return inst.new_groups.min_size, inst.new_groups.max_size


def objective(
    inst: Instance, cands: Candidates, sol: Solution, shared: SharedMatrix
) -> tuple[int, int, int]:
    """(survivors placed, compatibility, -imbalance): compared in order, larger is better."""
    wait = waiting_points(inst.waiting_days)
    placed = int(np.count_nonzero(inst.member_of >= 0)) + int(np.count_nonzero(sol.assign >= 0))
    compat = 0
    imbalance = 0
    for group in formed_groups(inst, cands, sol):
        compat += group_compatibility(group.members, group.newcomers, shared, wait)
        imbalance += group_imbalance(len(group.members), *size_bounds(inst, group))
    return placed, compat, -imbalance


def search_key(inst: Instance, sol: Solution) -> tuple[int, int]:
    """What the CP-SAT search optimises: survivors placed, then waiting points."""
    placed = sol.assign >= 0
    return int(np.count_nonzero(placed)), int(waiting_points(inst.waiting_days)[placed].sum())


def check_solution(inst: Instance, cands: Candidates, sol: Solution) -> list[str]:
    """The solver's own consistency check in candidate terms (the validator is independent)."""
    problems: list[str] = []
    sizes = np.bincount(sol.assign[sol.assign >= 0], minlength=len(cands.items))
    active_window: dict[int, int] = {}
    new_groups = online = 0
    for c, cand in enumerate(cands.items):
        members = np.flatnonzero(sol.assign == c).tolist()
        if not set(members) <= set(cand.eligible.tolist()):
            problems.append(f"candidate {c}: member not eligible")
        if cand.kind == EXISTING:
            if members:
                if cand.group in active_window:
                    problems.append(f"group {cand.group}: two age windows in use")
                active_window[cand.group] = c
            if sizes[c] > cand.capacity:
                problems.append(f"candidate {c}: over capacity")
        else:
            k = int(sol.opened[c])
            if not 0 <= k <= cand.multiplicity:
                problems.append(f"candidate {c}: opened {k} times")
            if not k * cand.min_size <= sizes[c] <= k * cand.capacity:
                problems.append(f"candidate {c}: {sizes[c]} members for {k} groups")
            if k and cand.host >= 0 and sol.assign[cand.host] != c:
                problems.append(f"candidate {c}: host is not a member")
            new_groups += k
            online += k if cand.online else 0
        member_set = set(members)
        if cand.kind == EXISTING:
            member_set |= set(inst.groups[cand.group].members)
        for a, b in inst.separate:
            if a in member_set and b in member_set:
                problems.append(f"candidate {c}: separate pair {a}, {b}")
    if new_groups > inst.new_groups.max:
        problems.append("too many new groups")
    if online > inst.new_groups.online_max:
        problems.append("too many online groups")
    if (sol.assign[inst.member_of >= 0] >= 0).any():
        problems.append("an existing member was moved")
    return problems
