"""The CP-SAT model over candidates: sub-problem, variable container, one class per constraint.

The model is always built for a *sub-problem*: a set of free survivors; everybody else keeps
their place. With every waiting survivor free it is the full problem; the neighbourhood search
(`search.py`) frees a part at a time. Slot, language, distance, minors and age are already unary
filters of the candidates, so only sizes, hosts, the new-group limits, one age window per
existing group and `separate` remain as constraints.

Inside a sub-problem only the free survivors a template can take and its host matter, so
templates with the same eligible set are merged into one "pool" with a set of possible hosts;
a pool opens up to one group per host it takes. A pool whose eligible set and hosts are both
contained in another's is dropped. This halves the model in dense towns without losing any
grouping, except that two survivors who must be kept apart are kept out of the same pool
even when they could sit in two different groups of it.

The objective is survivors placed, then waiting points; interests and balance are left to
`polish.py`, which keeps the model linear and small.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from ortools.sat.python import cp_model

from matching.solver.groups.candidates import EXISTING, PLACE, Candidates
from matching.solver.groups.schema import BoolArray, Instance
from matching.solver.groups.solution import Solution, waiting_points


@dataclass
class Pool:
    """One or more candidates as the sub-problem sees them."""

    eligible: list[int]  # free survivors only
    capacity: int  # places per group for waiting survivors, minus those who stay
    min_size: int
    multiplicity: int
    opened: int  # -1: the sub-problem decides; else the groups it has, fixed
    online: bool
    group: int  # existing group index or -1
    candidate: int  # the candidate, for everything but merged templates
    hosts: dict[int, int] = field(default_factory=dict)  # host survivor -> her template


@dataclass
class SubProblem:
    free: list[int]
    pools: list[Pool]
    new_budget: int
    online_budget: int
    separate: list[tuple[int, int]]
    wait: dict[int, int]
    hint_pool: dict[int, int]  # free survivor -> pool she is in now
    hint_open: dict[int, int]  # pool -> groups it has now


def _bits(members: list[int], position: dict[int, int]) -> int:
    value = 0
    for i in members:
        value |= 1 << position[i]
    return value


def _merge_templates(
    templates: list[tuple[int, int, list[int]]], position: dict[int, int], min_size: int
) -> tuple[list[Pool], dict[int, int]]:
    """Pools of (candidate, host, eligible) templates; also maps each candidate to its pool."""
    by_set: dict[tuple[int, ...], dict[int, int]] = {}
    members_of_set: dict[tuple[int, ...], list[int]] = {}
    for c, host, eligible in templates:
        key = tuple(eligible)
        by_set.setdefault(key, {}).setdefault(host, c)
        members_of_set.setdefault(key, []).append(c)
    keys = list(by_set)
    e_bits = [_bits(list(k), position) for k in keys]
    h_bits = [_bits(list(by_set[k]), position) for k in keys]
    kept: list[int] = []
    for a in range(len(keys)):
        dominated = any(
            b != a
            and e_bits[a] & ~e_bits[b] == 0
            and h_bits[a] & ~h_bits[b] == 0
            and (e_bits[a] != e_bits[b] or h_bits[a] != h_bits[b] or b < a)
            for b in range(len(keys))
        )
        if not dominated:
            kept.append(a)
    pools: list[Pool] = []
    pool_of_key: dict[int, int] = {}
    for a in kept:
        hosts = by_set[keys[a]]
        pool_of_key[a] = len(pools)
        pools.append(
            Pool(
                eligible=list(keys[a]),
                capacity=0,
                min_size=min_size,
                multiplicity=min(len(hosts), len(keys[a]) // min_size),
                opened=-1,
                online=False,
                group=-1,
                candidate=-1,
                hosts=dict(sorted(hosts.items())),
            )
        )
    pool_of_candidate: dict[int, int] = {}
    for a, key in enumerate(keys):
        if a in pool_of_key:
            target = pool_of_key[a]
        else:
            target = next(
                pool_of_key[b]
                for b in kept
                if e_bits[a] & ~e_bits[b] == 0 and h_bits[a] & ~h_bits[b] == 0
            )
        for c in members_of_set[key]:
            pool_of_candidate[c] = target
    return pools, pool_of_candidate


def build_subproblem(
    inst: Instance, cands: Candidates, sol: Solution, free_mask: BoolArray
) -> SubProblem:
    """Free the survivors of `free_mask` (closed over whole new groups) and describe the rest."""
    assign = sol.assign
    free_mask = free_mask & (inst.member_of < 0)
    # A new group is freed as a whole: half a group could drop below min_size.
    released = np.unique(assign[free_mask & (assign >= 0)])
    for c in released.tolist():
        if cands.items[c].kind != EXISTING:
            free_mask |= assign == c
    free = np.flatnonzero(free_mask).tolist()
    position = {i: k for k, i in enumerate(free)}
    kept = ~free_mask & (assign >= 0)
    kept_members: dict[int, set[int]] = {}
    for i in np.flatnonzero(kept).tolist():
        kept_members.setdefault(int(assign[i]), set()).add(i)
    window_in_use: dict[int, int] = {}
    new_fixed = online_fixed = 0
    for c in sorted(kept_members):
        cand = cands.items[c]
        if cand.kind == EXISTING:
            window_in_use[cand.group] = c
        else:
            new_fixed += int(sol.opened[c])
            online_fixed += int(sol.opened[c]) if cand.online else 0

    pools: list[Pool] = []
    pool_of_candidate: dict[int, int] = {}
    templates: list[tuple[int, int, list[int]]] = []
    relevant = sorted({c for i in free for c in cands.by_survivor[i]})
    for c in relevant:
        cand = cands.items[c]
        stay = kept_members.get(c, set())
        if cand.kind == EXISTING:
            if window_in_use.get(cand.group, c) != c:
                continue
            stay = stay | set(inst.groups[cand.group].members)
            opened = 1
        elif kept_members.get(c):
            opened = int(sol.opened[c])
        elif cand.host >= 0 and not free_mask[cand.host]:
            continue
        else:
            opened = -1
        eligible = cand.eligible[free_mask[cand.eligible]].tolist()
        if stay:
            eligible = [i for i in eligible if not any(p in stay for p in cands.partners[i])]
        if not eligible or (opened == -1 and len(eligible) < cand.min_size):
            continue
        if cand.kind == PLACE and opened == -1:
            templates.append((c, cand.host, eligible))
            continue
        pool_of_candidate[c] = len(pools)
        pools.append(
            Pool(
                eligible=eligible,
                capacity=cand.capacity * max(opened, 1) - len(kept_members.get(c, ())),
                min_size=cand.min_size,
                multiplicity=cand.multiplicity,
                opened=opened,
                online=cand.online,
                group=cand.group,
                candidate=c,
            )
        )
    merged, merged_of = _merge_templates(templates, position, inst.new_groups.min_size)
    offset = len(pools)
    for pool in merged:
        pool.capacity = inst.new_groups.max_size
        pools.append(pool)
    for c, k in merged_of.items():
        pool_of_candidate[c] = offset + k

    hint_pool: dict[int, int] = {}
    hint_open: dict[int, int] = {}
    for i in free:
        c = int(assign[i])
        if c in pool_of_candidate:
            hint_pool[i] = pool_of_candidate[c]
    for c in np.unique(assign[free_mask & (assign >= 0)]).tolist():
        k = pool_of_candidate.get(c, -1)
        if k >= 0 and pools[k].opened == -1:
            hint_open[k] = hint_open.get(k, 0) + int(sol.opened[c])
    free_set = set(free)
    return SubProblem(
        free=free,
        pools=pools,
        new_budget=inst.new_groups.max - new_fixed,
        online_budget=inst.new_groups.online_max - online_fixed,
        separate=[(a, b) for a, b in inst.separate if a in free_set and b in free_set],
        wait={
            i: int(w) for i, w in zip(free, waiting_points(inst.waiting_days[free]), strict=True)
        },
        hint_pool=hint_pool,
        hint_open=hint_open,
    )


class Variables:
    """x[(i, k)]: free survivor i joins pool k; open[k]: groups pool k opens, if it decides.

    The current placement is the hint: every variable gets a value, so CP-SAT starts from a
    complete feasible solution and never returns less than it.
    """

    def __init__(self, model: cp_model.CpModel, sub: SubProblem) -> None:
        self.x: dict[tuple[int, int], cp_model.IntVar] = {}
        self.open: dict[int, cp_model.IntVar] = {}
        self.by_survivor: dict[int, list[int]] = {i: [] for i in sub.free}
        for k, pool in enumerate(sub.pools):
            if pool.opened == -1:
                var = (
                    model.new_bool_var("")
                    if pool.multiplicity == 1
                    else model.new_int_var(0, pool.multiplicity, "")
                )
                self.open[k] = var
                model.add_hint(var, sub.hint_open.get(k, 0))
            for i in pool.eligible:
                x = model.new_bool_var("")
                self.x[(i, k)] = x
                self.by_survivor[i].append(k)
                model.add_hint(x, sub.hint_pool.get(i, -1) == k)

        self.pools = sub.pools

    def size(self, k: int) -> cp_model.LinearExprT:
        return cp_model.LinearExpr.sum([self.x[(i, k)] for i in self.pools[k].eligible])


class OneGroupPerSurvivor:
    def __init__(self, model: cp_model.CpModel, v: Variables, sub: SubProblem) -> None:
        for i, ks in v.by_survivor.items():
            if len(ks) > 1:
                model.add_at_most_one(v.x[(i, k)] for k in ks)


class GroupSizes:
    """Between min_size and capacity per opened group; existing groups are only capped."""

    def __init__(self, model: cp_model.CpModel, v: Variables, sub: SubProblem) -> None:
        for k, pool in enumerate(sub.pools):
            size = v.size(k)
            if pool.opened != -1:
                model.add(size <= pool.capacity)
                continue
            groups = v.open[k]
            for i in pool.eligible:
                if pool.multiplicity == 1:
                    model.add_implication(v.x[(i, k)], groups)
                else:
                    model.add(v.x[(i, k)] <= groups)
            model.add(size <= pool.capacity * groups)
            model.add(size >= pool.min_size * groups)


class HostIsMember:
    """A new group meets at a member's place: each group of a pool needs one of its hosts."""

    def __init__(self, model: cp_model.CpModel, v: Variables, sub: SubProblem) -> None:
        for k, pool in enumerate(sub.pools):
            if pool.opened == -1 and pool.hosts:
                model.add(v.open[k] <= sum(v.x[(h, k)] for h in pool.hosts))


class NewGroupLimit:
    def __init__(self, model: cp_model.CpModel, v: Variables, sub: SubProblem) -> None:
        model.add(sum(v.open.values()) <= sub.new_budget)
        online = [var for k, var in v.open.items() if sub.pools[k].online]
        if online:
            model.add(sum(online) <= sub.online_budget)


class OneAgeWindowPerExistingGroup:
    """An existing group's joiners must share one age window with its members."""

    def __init__(self, model: cp_model.CpModel, v: Variables, sub: SubProblem) -> None:
        windows: dict[int, list[int]] = {}
        for k, pool in enumerate(sub.pools):
            if pool.group >= 0:
                windows.setdefault(pool.group, []).append(k)
        for ks in windows.values():
            if len(ks) < 2:
                continue
            used = []
            for k in ks:
                flag = model.new_bool_var("")
                for i in sub.pools[k].eligible:
                    model.add_implication(v.x[(i, k)], flag)
                model.add_hint(
                    flag, any(sub.hint_pool.get(i, -1) == k for i in sub.pools[k].eligible)
                )
                used.append(flag)
            model.add_at_most_one(used)


class SeparatePairs:
    def __init__(self, model: cp_model.CpModel, v: Variables, sub: SubProblem) -> None:
        for a, b in sub.separate:
            for k in sorted(set(v.by_survivor[a]) & set(v.by_survivor[b])):
                model.add_bool_or([v.x[(a, k)].Not(), v.x[(b, k)].Not()])


class PlacedThenWaiting:
    """Survivors placed first; among equal counts, those who waited longest."""

    def __init__(self, model: cp_model.CpModel, v: Variables, sub: SubProblem) -> None:
        weight = 1 + sum(sub.wait[i] for i, ks in v.by_survivor.items() if ks)
        terms = list(v.x.values())
        coefs = [weight + sub.wait[i] for (i, _k) in v.x]
        model.maximize(cp_model.LinearExpr.weighted_sum(terms, coefs))


@dataclass
class SubResult:
    status: str
    solution: Solution
    deterministic_s: float
    optimal: bool
    upper_bound: float


def _split(members: list[int], hosts: list[int], groups: int) -> list[list[int]]:
    """`groups` groups of a pool, each around one of its hosts, sizes as even as possible."""
    chosen = hosts[:groups]
    parts = [[h] for h in chosen]
    rest = [i for i in members if i not in chosen]
    for k, i in enumerate(rest):
        parts[k % groups].append(i)
    return parts


def extract(
    cands: Candidates,
    sol: Solution,
    sub: SubProblem,
    chosen: dict[int, list[int]],
    opened: dict[int, int],
) -> Solution:
    """The placement in candidate terms from pool memberships."""
    result = sol.copy()
    for i in sub.free:
        c = int(result.assign[i])
        result.assign[i] = -1
        if c >= 0 and cands.items[c].kind != EXISTING:
            result.opened[c] = 0
    for k, pool in enumerate(sub.pools):
        members = chosen.get(k, [])
        if pool.hosts:
            groups = opened.get(k, 0)
            if groups == 0:
                continue
            hosts = [h for h in pool.hosts if h in members]
            for part in _split(members, hosts, groups):
                c = pool.hosts[part[0]]
                result.assign[part] = c
                result.opened[c] = 1
            continue
        result.assign[members] = pool.candidate
        if pool.opened == -1:
            result.opened[pool.candidate] = opened.get(k, 0)
    return result


def solve_subproblem(
    inst: Instance,
    cands: Candidates,
    sol: Solution,
    sub: SubProblem,
    *,
    seed: int,
    deterministic_s: float,
) -> SubResult:
    model = cp_model.CpModel()
    v = Variables(model, sub)
    OneGroupPerSurvivor(model, v, sub)
    GroupSizes(model, v, sub)
    HostIsMember(model, v, sub)
    NewGroupLimit(model, v, sub)
    OneAgeWindowPerExistingGroup(model, v, sub)
    SeparatePairs(model, v, sub)
    PlacedThenWaiting(model, v, sub)

    solver = cp_model.CpSolver()
    params = solver.parameters
    params.num_workers = 1
    params.random_seed = seed
    params.max_deterministic_time = deterministic_s
    # Measured on these models: probing, symmetry detection and cut generation cost most of
    # the time and rarely changed the outcome; the level-2 linear relaxation is what proves
    # sub-problems optimal.
    params.linearization_level = 2
    params.cp_model_probing_level = 0
    params.symmetry_level = 0
    params.add_mir_cuts = False
    params.add_cg_cuts = False
    params.add_zero_half_cuts = False
    params.add_clique_cuts = False
    status = solver.solve(model)
    result = sol
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        chosen: dict[int, list[int]] = {}
        for (i, k), var in v.x.items():
            if solver.boolean_value(var):
                chosen.setdefault(k, []).append(i)
        opened = {k: int(solver.value(var)) for k, var in v.open.items()}
        result = extract(cands, sol, sub, chosen, opened)
    return SubResult(
        status=solver.status_name(status),
        solution=result,
        deterministic_s=solver.deterministic_time,
        optimal=status == cp_model.OPTIMAL,
        upper_bound=solver.best_objective_bound,
    )
