"""The solve pipeline: check, build candidates, flow; the side-rule steps only when the flow
breaks rule 9 or 10; then write the result document."""

from __future__ import annotations

import time
from dataclasses import dataclass
from importlib.metadata import version
from typing import Any

from .candidates import Arrays, BoolArray, Candidates, build_arrays, build_candidates
from .cpsat import CpOutcome
from .explain import candidate_list, matches, unmatched
from .flow import FlowOutcome, solve_flow
from .problem import Objective, Problem, build_problem, side_rule_violations
from .schema import RESULT_KIND, VERSION, BuddyInstance, parse_buddy_instance
from .side import solve_side_rules


@dataclass(frozen=True, slots=True)
class Solved:
    """A solve with its intermediate pieces, for the benchmark and the tests."""

    instance: BuddyInstance
    arrays: Arrays
    candidates: Candidates
    problem: Problem
    flow: FlowOutcome
    cp: CpOutcome | None
    chosen: BoolArray
    method: str
    objective: Objective
    bound: Objective
    result: dict[str, Any]


def run(
    document: Any,
    *,
    explain: bool = False,
    time_limit_s: float = 10.0,
    seed: int = 0,
    side_rules_in_flow: bool = True,
    branch_nodes: int | None = None,
) -> Solved:
    """`solve_buddy_matching` with its workings kept.

    `side_rules_in_flow=False` leaves rules 9 and 10 out of the flow network and skips the
    branch and bound, so that CP-SAT does the side-rule work; `branch_nodes` overrides the
    node budget. The benchmark and the tests use both to reach every path.
    """
    started, started_cpu = time.perf_counter(), time.process_time()
    instance = parse_buddy_instance(document)
    arrays = build_arrays(instance)
    candidates = build_candidates(instance, arrays)
    problem = build_problem(instance, candidates)
    built, built_cpu = time.perf_counter(), time.process_time()

    flow = solve_flow(problem, side_rules=side_rules_in_flow)
    chosen = flow.chosen
    bound = problem.objective(flow.chosen)
    method = "min_cost_flow"
    cp: CpOutcome | None = None
    cp_variables = 0
    nodes = 0
    if problem.has_side_rules and side_rule_violations(problem, chosen):
        side = solve_side_rules(
            problem,
            flow,
            time_limit_s=time_limit_s,
            seed=seed,
            side_rules_in_flow=side_rules_in_flow,
            branch_nodes=branch_nodes,
        )
        chosen, bound, method, cp = side.chosen, side.bound, side.method, side.cp
        cp_variables, nodes = side.cp_variables, side.nodes
    objective = problem.objective(chosen)
    solved, solved_cpu = time.perf_counter(), time.process_time()

    result: dict[str, Any] = {
        "kind": RESULT_KIND,
        "version": VERSION,
        "status": "OPTIMAL" if objective == bound else "FEASIBLE",
        "objective": objective.as_dict(),
        "bound": bound.as_dict(),
        "matches": matches(instance, problem, chosen),
        "unmatched": unmatched(instance, arrays, problem, chosen),
    }
    if explain:
        result["candidates"] = candidate_list(instance, candidates)
    result["solver"] = {
        "method": method,
        "ortools": version("ortools"),
        "seed": seed,
        "time_limit_s": time_limit_s,
        "weights": instance.weights.as_dict(),
        "feasible_pairs": candidates.size,
        "branch_nodes": nodes,
        "cp_sat_variables": cp_variables,
    }
    if cp is not None:
        result["solver"]["cp_sat_status"] = cp.status
        result["solver"]["cp_sat_stop"] = cp.stop
    finished, finished_cpu = time.perf_counter(), time.process_time()
    # Wall clock is what a user waits for; CPU time is what the code costs on a busy machine.
    timings = {
        "candidates_s": round(built - started, 4),
        "solve_s": round(solved - built, 4),
        "total_s": round(finished - started, 4),
        "solve_cpu_s": round(solved_cpu - built_cpu, 4),
        "total_cpu_s": round(finished_cpu - started_cpu, 4),
    }
    if cp is not None:
        timings["cp_sat_s"] = round(cp.wall_time, 4)
        timings["cp_sat_deterministic"] = round(cp.deterministic_time, 4)
    result["timings"] = timings
    return Solved(
        instance=instance,
        arrays=arrays,
        candidates=candidates,
        problem=problem,
        flow=flow,
        cp=cp,
        chosen=chosen,
        method=method,
        objective=objective,
        bound=bound,
        result=result,
    )


def solve_buddy_matching(
    instance: dict[str, Any], *, explain: bool = False, time_limit_s: float = 10.0, seed: int = 0
) -> dict[str, Any]:
    """Solve a buddy-matching instance (INSTANCE.md) and return the result document.

    Raises `InstanceError` for a document that does not follow INSTANCE.md, including a fixed
    pair that breaks a hard rule. `time_limit_s` bounds CP-SAT in deterministic time and is
    only used when rules 9 or 10 do not fit the flow network.
    """
    return run(instance, explain=explain, time_limit_s=time_limit_s, seed=seed).result
