"""Peer-group placement (lotgenotengroepen): pure Python, numpy and OR-Tools CP-SAT, no Django.

How the package is split, in the order a solve runs through it:

* `schema`: the `peer_groups` instance of INSTANCE.md, validated into typed records and arrays;
* `candidates`: existing groups with room and new-group templates (slot, language, age window,
  place); with a template fixed, every rule but sizes and `separate` is a unary filter;
* `greedy`: the constructor, the fallback and the first hint;
* `model`: the CP-SAT sub-problem, its variables and one class per constraint;
* `search`: large-neighbourhood search with that model, deterministic budget;
* `facility`: which new groups open, by local search with a min-cost flow per choice;
* `polish`: local search on compatibility and balance with the placed count kept;
* `bound`: an upper bound on survivors placed (Lagrangian dual of the packing);
* `explain`: reasons per placed and unplaced survivor, notes;
* `solve`: `solve_peer_groups`, which ties these together into the result document;
* `validate`: `validate_peer_groups_result`, an independent check of every hard rule;
* `generate` and `bench`: realistic instances and the benchmark.
"""

from matching.solver.groups.bench import bench_peer_groups
from matching.solver.groups.generate import generate_peer_groups_instance
from matching.solver.groups.solve import solve_peer_groups
from matching.solver.groups.validate import validate_peer_groups_result

__all__ = [
    "bench_peer_groups",
    "generate_peer_groups_instance",
    "solve_peer_groups",
    "validate_peer_groups_result",
]
