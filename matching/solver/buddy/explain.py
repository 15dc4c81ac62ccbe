"""The parts of the result document that explain a solution: matches with their score
breakdown, unmatched survivors with the rules that kept them apart from each buddy, and (when
asked) every candidate pair.

For an unmatched survivor each buddy is judged on all nine rules: the six pair rules, and
capacity, case and max_minors as the result leaves that buddy. `reasons[rule]` counts the buddies
that break that rule and no other ("ruled out by that rule alone"), so a buddy that breaks two
rules is counted nowhere; `closest` is the buddy that breaks the fewest rules, ties going to the
shorter distance and then the smaller id, with every rule she breaks in `blocked_by`.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .candidates import Arrays, BoolArray, Candidates, evaluate_block
from .problem import Problem
from .schema import COMPONENTS, RULES, BuddyInstance

ROW_BLOCK = 256


def matches(instance: BuddyInstance, problem: Problem, chosen: BoolArray) -> list[dict[str, Any]]:
    c = problem.candidates
    out: list[dict[str, Any]] = []
    for pair in np.nonzero(chosen)[0].tolist():
        parts = c.breakdown[pair].tolist()
        out.append(
            {
                "survivor": instance.survivors[int(c.survivor[pair])].id,
                "buddy": instance.buddies[int(c.buddy[pair])].id,
                "score": int(c.score[pair]),
                "breakdown": dict(zip(COMPONENTS, (int(v) for v in parts), strict=True)),
                "fixed": bool(problem.fixed[pair]),
            }
        )
    return out


def candidate_list(instance: BuddyInstance, candidates: Candidates) -> list[dict[str, Any]]:
    survivors = [s.id for s in instance.survivors]
    buddies = [b.id for b in instance.buddies]
    return [
        {"survivor": survivors[s], "buddy": buddies[b], "score": score}
        for s, b, score in zip(
            candidates.survivor.tolist(),
            candidates.buddy.tolist(),
            candidates.score.tolist(),
            strict=True,
        )
    ]


def unmatched(
    instance: BuddyInstance, arrays: Arrays, problem: Problem, chosen: BoolArray
) -> list[dict[str, Any]]:
    c = problem.candidates
    n_b = c.n_buddies
    matched = np.zeros(c.n_survivors, dtype=np.bool_)
    matched[c.survivor[chosen]] = True
    rows_all = np.nonzero(~matched)[0].astype(np.int64)
    if rows_all.size == 0:
        return []

    held_s, held_b = c.survivor[chosen], c.buddy[chosen]
    load = np.bincount(held_b, minlength=n_b)
    full = load >= problem.b_capacity
    minors = np.bincount(held_b[problem.s_minor[held_s]], minlength=n_b)
    minors_full = minors >= problem.b_max_minors
    holders: dict[int, list[int]] = {}
    for s, b in zip(held_s.tolist(), held_b.tolist(), strict=True):
        case = int(problem.s_case[s])
        if case >= 0:
            holders.setdefault(case, []).append(b)

    out: list[dict[str, Any]] = []
    for start in range(0, rows_all.shape[0], ROW_BLOCK):
        rows = rows_all[start : start + ROW_BLOCK]
        block = evaluate_block(arrays, rows)
        fails = np.zeros((len(RULES), rows.shape[0], n_b), dtype=np.bool_)
        fails[: block.fails.shape[0]] = block.fails
        fails[6] = full[None, :]
        for i, s in enumerate(rows.tolist()):
            case = int(problem.s_case[s])
            if case in holders:
                fails[7, i, holders[case]] = True
        fails[8] = problem.s_minor[rows, None] & minors_full[None, :]
        count = fails.sum(axis=0)
        alone = fails & (count == 1)[None, :, :]
        per_rule = alone.sum(axis=2)
        if n_b:
            fewest = count.min(axis=1)
            distance = np.where(count == fewest[:, None], block.distance_km, np.inf)
            closest = distance.argmin(axis=1)
        for i, s in enumerate(rows.tolist()):
            reasons = {rule: int(per_rule[r, i]) for r, rule in enumerate(RULES) if per_rule[r, i]}
            entry: dict[str, Any] = {"survivor": instance.survivors[s].id, "reasons": reasons}
            if n_b:
                b = int(closest[i])
                entry["closest"] = {
                    "buddy": instance.buddies[b].id,
                    "blocked_by": [rule for r, rule in enumerate(RULES) if fails[r, i, b]],
                }
            else:
                entry["closest"] = None
            out.append(entry)
    return out
