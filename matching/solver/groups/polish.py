"""Local search on the lower objective levels, the number of survivors placed kept as it is.

Two moves, each applied only when it raises (compatibility, -imbalance) lexicographically:

* replace: a newcomer leaves her group and a waiting survivor who fits it takes her place
  (the count stays, the waiting points and shared interests may rise);
* move: a newcomer changes to another open group she fits (sizes even out, interests may rise).

Hosts stay (the group meets at their place), existing members never move, and the groups of
an online template with several groups are left as they are (their split depends on every
member). The passes are bounded and visit groups and survivors in index order, so the result
is deterministic.
"""

from __future__ import annotations

import numpy as np

from matching.solver.groups.candidates import EXISTING, Candidates
from matching.solver.groups.schema import Instance, IntArray
from matching.solver.groups.solution import (
    SharedMatrix,
    Solution,
    group_imbalance,
    waiting_points,
)


class _Polisher:
    def __init__(
        self, inst: Instance, cands: Candidates, sol: Solution, shared: SharedMatrix
    ) -> None:
        self.inst = inst
        self.cands = cands
        self.sol = sol.copy()
        self.shared = shared.astype(np.int64)
        self.wait = waiting_points(inst.waiting_days)
        self.partners = [set(p) for p in cands.partners]
        self.window: dict[int, int] = {}
        for c in np.unique(self.sol.assign[self.sol.assign >= 0]).tolist():
            if cands.items[c].kind == EXISTING:
                self.window[cands.items[c].group] = c

    def newcomers(self, c: int) -> list[int]:
        return np.flatnonzero(self.sol.assign == c).tolist()

    def members(self, c: int) -> list[int]:
        cand = self.cands.items[c]
        base = list(self.inst.groups[cand.group].members) if cand.kind == EXISTING else []
        return base + self.newcomers(c)

    def bounds(self, c: int) -> tuple[int, int]:
        cand = self.cands.items[c]
        if cand.kind == EXISTING:
            group = self.inst.groups[cand.group]
            return group.min_size, group.max_size
        return self.inst.new_groups.min_size, self.inst.new_groups.max_size

    def movable(self, c: int) -> bool:
        cand = self.cands.items[c]
        if cand.kind == EXISTING:
            return True
        return int(self.sol.opened[c]) == 1

    def weights(self, group: list[int]) -> IntArray:
        # A pair of newcomers counts twice (once for each); a newcomer and an existing member
        # once (existing members' own points are not part of the objective).
        result: IntArray = 1 + (self.sol.assign[group] >= 0).astype(np.int64)
        return result

    def contribution(self, i: int, group: list[int]) -> int:
        """What newcomer i adds to the compatibility of `group` (which must not contain her)."""
        if not group:
            return int(self.wait[i])
        g = np.array(group, dtype=np.int64)
        return int(self.wait[i] + self.shared[i, g] @ self.weights(group))

    def replace_in(self, c: int) -> bool:
        cand = self.cands.items[c]
        group = self.members(c)
        leavers = [p for p in self.newcomers(c) if p != cand.host]
        eligible = cand.eligible
        waiting = eligible[(self.sol.assign[eligible] < 0)].tolist()
        if not leavers or not waiting:
            return False
        g = np.array(group, dtype=np.int64)
        w = self.weights(group)
        best: tuple[int, int, int] | None = None
        for p in leavers:
            rest = [j for j in group if j != p]
            loss = self.contribution_without(p, g, w)
            rest_set = set(rest)
            for u in waiting:
                if self.partners[u] & rest_set:
                    continue
                gain = int(self.wait[u] + self.shared[u, g] @ w - self.shared[u, p] * 2)
                delta = gain - loss
                if delta > 0 and (best is None or delta > best[0]):
                    best = (delta, p, u)
        if best is None:
            return False
        _, p, u = best
        self.sol.assign[u] = c
        self.sol.assign[p] = -1
        return True

    def contribution_without(self, p: int, g: IntArray, w: IntArray) -> int:
        """What newcomer p adds to her group g (weights w), counting both directions."""
        return int(self.wait[p] + self.shared[p, g] @ w - self.shared[p, p] * 2)

    def room(self, c: int) -> bool:
        cand = self.cands.items[c]
        size = len(self.newcomers(c))
        if cand.kind == EXISTING:
            in_use = self.window.get(cand.group, c)
            return in_use == c and size < cand.capacity
        return int(self.sol.opened[c]) == 1 and size < cand.capacity

    def move(self, p: int) -> bool:
        c1 = int(self.sol.assign[p])
        from_cand = self.cands.items[c1]
        if p == from_cand.host or not self.movable(c1):
            return False
        old_group = self.members(c1)
        if from_cand.kind != EXISTING and len(old_group) - 1 < from_cand.min_size:
            return False
        rest = [j for j in old_group if j != p]
        loss = self.contribution(p, rest)
        lo1, hi1 = self.bounds(c1)
        imb_before_1 = group_imbalance(len(old_group), lo1, hi1)
        imb_after_1 = group_imbalance(len(old_group) - 1, lo1, hi1)
        best: tuple[tuple[int, int], int] | None = None
        for c2 in self.cands.by_survivor[p]:
            if c2 == c1 or not self.movable(c2) or not self.room(c2):
                continue
            target = self.members(c2)
            if self.partners[p] & set(target):
                continue
            gain = self.contribution(p, target)
            lo2, hi2 = self.bounds(c2)
            d_imb = (imb_before_1 - imb_after_1) + (
                group_imbalance(len(target), lo2, hi2) - group_imbalance(len(target) + 1, lo2, hi2)
            )
            key = (gain - loss, d_imb)
            if key > (0, 0) and (best is None or key > best[0]):
                best = (key, c2)
        if best is None:
            return False
        c2 = best[1]
        self.sol.assign[p] = c2
        if self.cands.items[c2].kind == EXISTING:
            self.window[self.cands.items[c2].group] = c2
        if from_cand.kind == EXISTING and not self.newcomers(c1):
            self.window.pop(from_cand.group, None)
        return True


def polish(
    inst: Instance,
    cands: Candidates,
    sol: Solution,
    shared: SharedMatrix,
    *,
    passes: int = 3,
) -> Solution:
    state = _Polisher(inst, cands, sol, shared)
    for _ in range(passes):
        improved = False
        open_now = sorted(set(np.unique(state.sol.assign[state.sol.assign >= 0]).tolist()))
        for c in open_now:
            if state.movable(c) and state.replace_in(c):
                improved = True
        for p in np.flatnonzero(state.sol.assign >= 0).tolist():
            if state.move(p):
                improved = True
        if not improved:
            break
    return state.sol
