"""Greedy constructor: the fallback result and the first hint.

Order matters more than cleverness here: survivors with the fewest candidates go first (they are
the hardest to place later), then the longest waiting; new groups open where the most survivors
can still join, so the limited number of new groups is spent on full groups first.
"""

from __future__ import annotations

import numpy as np

from matching.solver.groups.candidates import EXISTING, ONLINE, PLACE, Candidates
from matching.solver.groups.schema import Instance, IntArray
from matching.solver.groups.solution import Solution, empty_solution


def priority(inst: Instance, cands: Candidates) -> IntArray:
    """rank[i]: position of survivor i in the greedy order (lower goes first)."""
    options = cands.options()
    order = np.lexsort((np.arange(inst.n), -inst.waiting_days, options))
    rank = np.empty(inst.n, dtype=np.int64)
    rank[order] = np.arange(inst.n)
    return rank


class _Builder:
    def __init__(self, inst: Instance, cands: Candidates) -> None:
        self.inst = inst
        self.cands = cands
        self.sol = empty_solution(inst, cands)
        self.rank = priority(inst, cands)
        self.members: list[list[int]] = [[] for _ in cands.items]
        for cand_members, cand in zip(self.members, cands.items, strict=True):
            if cand.kind == EXISTING:
                cand_members.extend(inst.groups[cand.group].members)
        self.window: dict[int, int] = {}  # existing group -> the age window candidate in use
        self.size = np.zeros(len(cands.items), dtype=np.int64)
        self.free = np.array([len(c.eligible) for c in cands.items], dtype=np.int64)
        self.budget = inst.new_groups.max
        self.online_budget = inst.new_groups.online_max

    def conflicts(self, i: int, c: int) -> bool:
        members = self.members[c]
        return any(p in members for p in self.cands.partners[i])

    def place(self, i: int, c: int) -> None:
        self.sol.assign[i] = c
        self.members[c].append(i)
        self.size[c] += 1
        for other in self.cands.by_survivor[i]:
            self.free[other] -= 1
        cand = self.cands.items[c]
        if cand.kind == EXISTING:
            self.window[cand.group] = c

    def room(self, c: int) -> int:
        cand = self.cands.items[c]
        used = int(self.size[c])
        if cand.kind == EXISTING:
            in_use = self.window.get(cand.group, c)
            return cand.capacity - used if in_use == c else 0
        return int(self.sol.opened[c]) * cand.capacity - used

    def ordered(self, c: int) -> list[int]:
        eligible = self.cands.items[c].eligible
        waiting = eligible[self.sol.assign[eligible] < 0]
        result: list[int] = waiting[np.argsort(self.rank[waiting], kind="stable")].tolist()
        return result

    def fill_existing(self) -> None:
        by_group: dict[int, list[int]] = {}
        for c, cand in enumerate(self.cands.items):
            if cand.kind == EXISTING:
                by_group.setdefault(cand.group, []).append(c)
        for g in sorted(by_group):
            best = max(by_group[g], key=lambda c: (int(self.free[c]), -c))
            for i in self.ordered(best):
                if self.room(best) <= 0:
                    break
                if not self.conflicts(i, best):
                    self.place(i, best)

    def open_new(self) -> None:
        items = self.cands.items
        new = np.array([c.kind != EXISTING for c in items], dtype=np.bool_)
        host = np.array([c.host for c in items], dtype=np.int64)
        online = np.array([c.kind == ONLINE for c in items], dtype=np.bool_)
        mult = np.array([c.multiplicity for c in items], dtype=np.int64)
        need = np.array([c.min_size for c in items], dtype=np.int64)
        cap = np.array([c.capacity for c in items], dtype=np.int64)
        alive = new.copy()
        while self.budget > 0:
            usable = alive & (self.sol.opened < mult) & (self.free >= need)
            usable &= ~(host >= 0) | (self.sol.assign[np.maximum(host, 0)] < 0)
            if self.online_budget <= 0:
                usable &= ~online
            if not usable.any():
                break
            key = np.where(usable, np.minimum(self.free, cap), -1)
            c = int(np.argmax(key))
            cand = items[c]
            group: list[int] = [cand.host] if cand.kind == PLACE else []
            for i in self.ordered(c):
                if len(group) >= cand.capacity:
                    break
                partners = self.cands.partners[i]
                if i in group or any(p in group or p in self.members[c] for p in partners):
                    continue
                group.append(i)
            if len(group) < cand.min_size:
                alive[c] = False
                continue
            self.sol.opened[c] += 1
            self.budget -= 1
            if cand.online:
                self.online_budget -= 1
            for i in group:
                self.place(i, c)

    def fill_open(self) -> None:
        waiting = np.flatnonzero((self.sol.assign < 0) & (self.inst.member_of < 0))
        for i in waiting[np.argsort(self.rank[waiting], kind="stable")].tolist():
            best: tuple[int, int] | None = None
            for c in self.cands.by_survivor[i]:
                cand = self.cands.items[c]
                if cand.kind != EXISTING and self.sol.opened[c] == 0:
                    continue
                if self.room(c) <= 0 or self.conflicts(i, c):
                    continue
                size = int(self.size[c])
                if best is None or (size, c) < best:
                    best = (size, c)
            if best is not None:
                self.place(i, best[1])


def greedy(inst: Instance, cands: Candidates) -> Solution:
    builder = _Builder(inst, cands)
    builder.fill_existing()
    builder.open_new()
    builder.fill_open()
    return builder.sol
