"""Why someone was placed where she was, why someone was not, and notes for the coordinator.

`unplaced[].reasons` counts, per hard rule, how many *groups* that rule on its own rules out for
her. The groups counted are the groups of the result (existing and new) plus every new-group
template that was not opened: each waiting survivor's place, in each of her slots and languages
and each age window around her age, that at least `min_size` waiting survivors fit (the online
templates likewise, when new online groups are allowed). A group can count under several rules.
Two more counts say what remained: `full` (she fits every rule of a group of the result, but it
is at max_size) and `not_opened` (she fits every rule of a template nobody opened, because the
new-group limit or min_size with the others was better spent elsewhere).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from matching.solver.common import haversine_km
from matching.solver.groups.candidates import Candidates, reach_matrix
from matching.solver.groups.schema import Instance, IntArray
from matching.solver.groups.solution import FormedGroup, SharedMatrix, waiting_points

RULES = ("slot", "language", "distance", "minors", "age", "separate")


def member_reasons(
    inst: Instance, group: FormedGroup, shared: SharedMatrix
) -> dict[str, dict[str, int]]:
    """For each newcomer: interests shared with the others (pairs counted) and waiting points."""
    wait = waiting_points(inst.waiting_days)
    reasons: dict[str, dict[str, int]] = {}
    for i in group.newcomers:
        common = sum(int(shared[i, j]) for j in group.members if j != i)
        reasons[inst.survivors[i].id] = {"interests": common, "waiting": int(wait[i])}
    return reasons


def _group_place(
    inst: Instance, cands: Candidates, group: FormedGroup
) -> tuple[int, int, bool, float | None, float | None, int]:
    """(slot, language index, online, lat, lon, max_size) of a formed group."""
    if group.existing >= 0:
        g = inst.groups[group.existing]
        return g.slot, inst.language_index(g.language), g.online, g.lat, g.lon, g.max_size
    cand = cands.items[group.candidate]
    return cand.slot, cand.language, cand.online, cand.lat, cand.lon, inst.new_groups.max_size


def unplaced_reasons(
    inst: Instance,
    cands: Candidates,
    groups: list[FormedGroup],
    unplaced: list[int],
    opened_templates: set[tuple[int, int, int, int, int]],
) -> dict[int, dict[str, int]]:
    result: dict[int, dict[str, int]] = {}
    if not unplaced:
        return result
    partners = [set(p) for p in cands.partners]
    cat = cands.catalogue
    keep = np.array(
        [
            (int(s), int(lang), int(lo), int(hi), int(h)) not in opened_templates
            for s, lang, lo, hi, h in zip(
                cat.slot, cat.language, cat.lo, cat.hi, cat.host, strict=True
            )
        ],
        dtype=np.bool_,
    )
    t_slot, t_lang = cat.slot[keep], cat.language[keep]
    t_lo, t_hi, t_minor = cat.lo[keep], cat.hi[keep], cat.minor[keep]
    t_host, t_online = cat.host[keep], cat.online[keep]
    hosted = np.maximum(t_host, 0)
    reach = reach_matrix(inst)
    places = [_group_place(inst, cands, g) for g in groups]
    for u in unplaced:
        counts = dict.fromkeys((*RULES, "full", "not_opened"), 0)
        for group, (slot, lang, online, lat, lon, max_size) in zip(groups, places, strict=True):
            ages = inst.age[group.members]
            fails = {
                "slot": not inst.available[u, slot],
                "language": not inst.speaks[u, lang],
                "distance": not online
                and lat is not None
                and lon is not None
                and float(haversine_km(inst.lat[u], inst.lon[u], lat, lon)) > inst.max_km[u],
                "minors": bool(ages.size)
                and bool(inst.minor[group.members].any() != inst.minor[u]),
                "age": bool(ages.size)
                and max(int(ages.max()), int(inst.age[u])) - min(int(ages.min()), int(inst.age[u]))
                > inst.max_age_spread,
                "separate": bool(partners[u] & set(group.members)),
            }
            for rule, failed in fails.items():
                counts[rule] += int(failed)
            if not any(fails.values()) and len(group.members) >= max_size:
                counts["full"] += 1
        fails_t = {
            "slot": ~inst.available[u, t_slot],
            "language": ~inst.speaks[u, t_lang],
            "distance": ~t_online & ~reach[hosted, u],
            "minors": t_minor != inst.minor[u],
            "age": (inst.age[u] < t_lo) | (inst.age[u] > t_hi),
            "separate": np.isin(t_host, list(partners[u]))
            if partners[u]
            else np.zeros_like(t_online),
        }
        any_fail = np.zeros(t_slot.size, dtype=np.bool_)
        for rule, failed in fails_t.items():
            counts[rule] += int(np.count_nonzero(failed))
            any_fail |= failed
        counts["not_opened"] += int(np.count_nonzero(~any_fail))
        result[u] = {k: v for k, v in counts.items() if v}
    return result


def _age_free_template_exists(inst: Instance, u: int, reach: Any) -> bool:
    """Would `u` have enough peers in reach if age and the minors/adults split did not count?"""
    waiting = inst.member_of < 0
    near = waiting & reach[u]
    for slot in inst.survivors[u].availability:
        for lang in np.flatnonzero(inst.speaks[u]).tolist():
            count = int(np.count_nonzero(near & inst.available[:, slot] & inst.speaks[:, lang]))
            if count >= inst.new_groups.min_size:
                return True
    return False


def notes(
    inst: Instance,
    cands: Candidates,
    *,
    placed: int,
    bound: int,
    new_groups_used: int,
    online_used: int,
    proven: bool,
    stopped_on_wall_clock: bool,
) -> list[str]:
    out: list[str] = []
    waiting: IntArray = inst.waiting()
    lonely = [int(i) for i in waiting.tolist() if not cands.by_survivor[i]]
    if lonely:
        minors = sum(1 for i in lonely if inst.minor[i])
        reach = reach_matrix(inst)
        age_bound = sum(1 for i in lonely if _age_free_template_exists(inst, i, reach))
        text = (
            f"{len(lonely)} of {waiting.size} waiting survivors ({minors} of them minors) fit no "
            "existing group with room and no possible new group of at least "
            f"{inst.new_groups.min_size}."
        )
        if age_bound:
            text += (
                f" For {age_bound} of them only age stands in the way: they would have enough "
                "peers in reach if minors and adults could mix and the age spread were not at "
                f"most {inst.max_age_spread}."
            )
        if len(lonely) > age_bound:
            text += (
                f" For {len(lonely) - age_bound} too few others share a slot, a language and a "
                "place within reach, whatever their age."
            )
        out.append(text)
    online_only = [
        int(i)
        for i in waiting.tolist()
        if cands.by_survivor[i] and all(cands.items[c].online for c in cands.by_survivor[i])
    ]
    if online_only:
        reach = reach_matrix(inst)
        age_bound = sum(1 for i in online_only if _age_free_template_exists(inst, i, reach))
        text = (
            f"{len(online_only)} waiting survivors fit only online groups: no in-person group "
            "is possible for them"
        )
        if age_bound:
            text += f" ({age_bound} of them would have one if age did not count)"
        text += f"; at most {inst.new_groups.online_max} new online groups may open."
        out.append(text)
    if waiting.size and placed == int(np.count_nonzero(inst.member_of >= 0)):
        out.append("No waiting survivor could be placed in any group.")
    if new_groups_used >= inst.new_groups.max and inst.new_groups.max > 0:
        out.append(f"All {inst.new_groups.max} new groups allowed were opened; the limit binds.")
    if inst.new_groups.online_max and online_used >= inst.new_groups.online_max:
        out.append(f"All {inst.new_groups.online_max} new online groups allowed were opened.")
    for g, rules in sorted(cands.frozen.items()):
        out.append(
            f"Group {inst.groups[g].id} already breaks {', '.join(rules)} among its own members; "
            "it was left as it is and given no one new."
        )
    if placed == bound:
        out.append("Survivors placed is optimal: no placement can put more survivors in groups.")
    elif not proven:
        out.append(
            f"Up to {bound - placed} more survivors might be placed (upper bound {bound}); the "
            "search did not prove this placement optimal."
        )
    out.append(
        "Compatibility (shared interests, waiting) and balanced sizes come from a local search "
        "and are not proven optimal."
    )
    if stopped_on_wall_clock:
        out.append(
            "The search stopped on the wall clock, not its deterministic budget: running it "
            "again may give a different placement."
        )
    return out
