"""Buddy matching: which buddy for which survivor (INSTANCE.md, kind "buddy_matching").

Pure Python, numpy and OR-Tools; nothing here imports Django.

How it is split:

- `schema`      frozen dataclasses and `parse_buddy_instance`, the only door for input; raises
                `InstanceError(entity, field, problem)`.
- `candidates`  hard rules 1-6 for all pairs with numpy (bitmasks for slots, languages,
                genders; broadcast distances; survivors in blocks) and the integer scores.
- `problem`     the solution as a mask over candidate pairs; fixed pairs, remaining
                capacities, the side-rule check and a repair that makes any solution keep them.
- `flow`        the exact lexicographic optimum with `SimpleMinCostFlow`, side rules modelled
                in the network where they stay a flow; reduced costs for CP-SAT.
- `side`        rules 9 and 10 when the flow breaks them: a repaired flow solution, then
                branch and bound on the flow over the one relaxation the network makes, with a
                deterministic node budget.
- `cpsat`       CP-SAT for what the budget leaves open, on the pairs that reduced costs do
                not fix, hinted with the best solution so far.
- `explain`     matches with their breakdown, unmatched survivors with reasons and closest.
- `solve`       the pipeline and `solve_buddy_matching`.
- `validate`    an independent checker of every hard rule on a result.
- `generate`    realistic Dutch instances; `bench` compares with scipy.

Objective: first the number of survivors matched, then the sum of pair scores. Both are
exact: the min-cost flow fixes the flow size at the maximum before it minimises cost, and
CP-SAT weighs one more match above any possible score. `status` is OPTIMAL only when the
bound equals the objective; otherwise FEASIBLE, with the best bound that was proven.

Score of a pair (integers, each weight is the most points its component can give; override
any of them with an instance-level `"weights": {...}`):

- `interests` (30): weight * min(shared interests, 3) // 3
- `languages` (10): weight * min(shared languages, 2) // 2
- `overlap` (20): weight * min(shared week slots, 5) // 5
- `distance` (20): floor(weight * (limit - km) / limit), limit = the smaller max_km
- `waiting` (30): weight * min(waiting_days, 180) // 180, so among equally large matchings the
  long-waiting survivors are matched first
- `lived_experience` (15): the full weight when the survivor asks for a buddy with lived
  experience and the buddy has it

Unmatched survivors: `reasons[rule]` counts the buddies that break that rule and no other;
capacity, case and max_minors are judged on the final result. `closest` is the buddy breaking
the fewest rules (then nearest, then smallest id) with all the rules she breaks.

Determinism: survivors and buddies are sorted by id before anything else, the flow is
deterministic for a given arc order, the branch-and-bound budget is counted in nodes, and
CP-SAT runs with one worker, the given seed and a deterministic time limit (`time_limit_s`,
in CP-SAT's deterministic seconds, one of which took 3-7 wall-clock seconds here; a wall-clock
stop at three times the limit is only a safety net, and `solver.cp_sat_stop` says when it
was hit). The same instance gives the same result, `timings` aside. Among several
equally good matchings the one returned is the one this arc order and seed lead to.
"""

from matching.solver.common import InstanceError

from .generate import generate_buddy_instance
from .schema import RULES, Weights, parse_buddy_instance
from .solve import solve_buddy_matching
from .validate import validate_buddy_result

__all__ = [
    "RULES",
    "InstanceError",
    "Weights",
    "generate_buddy_instance",
    "parse_buddy_instance",
    "solve_buddy_matching",
    "validate_buddy_result",
]
