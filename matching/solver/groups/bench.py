"""`bench_peer_groups`: generate an instance, run the greedy constructor and the full solver."""

from __future__ import annotations

import resource
import sys
import time
from typing import Any

import numpy as np

from matching.solver.groups.candidates import build_candidates
from matching.solver.groups.generate import generate_peer_groups_instance
from matching.solver.groups.greedy import greedy
from matching.solver.groups.schema import parse_instance
from matching.solver.groups.solve import solve_peer_groups
from matching.solver.groups.validate import validate_peer_groups_result


def _peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports kilobytes, macOS bytes.
    return round(peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024, 1)


def bench_peer_groups(
    n_survivors: int, seed: int = 0, *, time_limit_s: float | None = None
) -> dict[str, Any]:
    """Figures for `python -m matching bench --groups N`; the time limit defaults as in solve."""
    instance = generate_peer_groups_instance(n_survivors, seed)
    started = time.perf_counter()
    inst = parse_instance(instance)
    cands = build_candidates(inst)
    start = greedy(inst, cands)
    greedy_s = time.perf_counter() - started
    greedy_placed = int(np.count_nonzero(inst.member_of >= 0)) + int(
        np.count_nonzero(start.assign >= 0)
    )

    result = solve_peer_groups(instance, seed=seed, time_limit_s=time_limit_s)
    errors = validate_peer_groups_result(instance, result)
    return {
        "survivors": n_survivors,
        "seed": seed,
        "waiting": int(np.count_nonzero(inst.member_of < 0)),
        "greedy_placed": greedy_placed,
        "greedy_s": round(greedy_s, 3),
        "placed": result["placed"],
        "compatibility": result["objective"]["compatibility"],
        "imbalance": result["objective"]["imbalance"],
        "bound": result["bound"],
        "gap": result["gap"],
        "status": result["status"],
        "new_groups": sum(1 for g in result["groups"] if g["new"]),
        "new_groups_max": instance["new_groups"]["max"],
        "iterations": result["solver"]["search_iterations"],
        "time_limit_s": result["solver"]["time_limit_s"],
        "total_s": result["timings"]["total_s"],
        "valid": not errors,
        "errors": errors[:5],
        "peak_mb": _peak_mb(),
    }
