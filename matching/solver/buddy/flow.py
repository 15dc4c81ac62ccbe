"""Exact b-matching with OR-Tools `SimpleMinCostFlow`: most survivors first, then most score.

The network is source-free: every free survivor supplies one unit, every buddy demands her
remaining capacity, and `solve_max_flow_with_min_cost` first finds the largest flow that fits
and then the cheapest flow of exactly that size. That is the lexicographic objective of
INSTANCE.md without a big weight that could be too small. Arc costs are `max_score - score`,
never negative; with the flow size fixed this constant shift changes no decision.

Rules 9 and 10 are put into the network wherever they stay a flow: a buddy with a binding
`max_minors` gets a minors node in front of her (capacity = minors she may still take), and
survivors of one case who could go to the same buddy pass through a (buddy, case) node of
capacity one. Both families nest as long as a case that meets a minors node is all minors or
all adults; a mixed case there is routed past the minors node, which only relaxes rule 10. So
the flow optimum is always an upper bound for the full problem, and is the optimum whenever it
happens to keep rules 9 and 10.

Reduced costs: the flow optimum is also the optimum of the single objective
`sum(big + score)` (big above any total score), so the shortest paths in its residual
network are dual potentials; `reduced_costs` turns them into a lower bound on what changing
each pair would cost, which lets the side-rule solver fix most pairs before CP-SAT.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from ortools.graph.python import min_cost_flow

from .candidates import BoolArray, IntArray
from .problem import NO_LIMIT, Problem


class FlowError(RuntimeError):
    """SimpleMinCostFlow gave up; on these networks that would be a defect here, not bad input."""


@dataclass(frozen=True, slots=True)
class Network:
    """The flow network over all free pairs; pair arcs come first, in `pairs` order."""

    pairs: IntArray
    """Candidate index of each pair arc."""
    pair_tail: IntArray
    pair_head: IntArray
    extra_tail: IntArray
    extra_head: IntArray
    extra_capacity: IntArray
    supplies: IntArray
    exact: bool
    """True when rules 9 and 10 are modelled without relaxation."""

    @property
    def nodes(self) -> int:
        return int(self.supplies.shape[0])


@dataclass(frozen=True, slots=True)
class FlowOutcome:
    chosen: BoolArray
    """Candidate pairs in the flow optimum, fixed pairs included."""
    network: Network
    pair_flow: IntArray
    extra_flow: IntArray

    @property
    def exact(self) -> bool:
        return self.network.exact


def _group_nodes(
    problem: Problem, pairs: IntArray, first_node: int, *, enabled: bool
) -> tuple[IntArray, IntArray, BoolArray, BoolArray]:
    """Nodes for (buddy, case) groups of two or more free pairs at a buddy with room for two.

    Returns, per pair, the group node (-1 if none), and per group its buddy, whether all its
    members are minors and whether all are adults.
    """
    c = problem.candidates
    s = c.survivor[pairs]
    case = problem.s_case[s]
    node = np.full(pairs.shape[0], -1, dtype=np.int64)
    cased = np.nonzero(case >= 0)[0]
    if cased.size == 0 or not enabled:
        empty = np.zeros(0, dtype=np.int64)
        return node, empty, empty.astype(np.bool_), empty.astype(np.bool_)
    width = int(problem.s_case.max()) + 1
    keys = c.buddy[pairs][cased] * width + case[cased]
    unique, inverse, counts = np.unique(keys, return_inverse=True, return_counts=True)
    # A buddy with room for one survivor keeps rule 9 by her capacity alone.
    shared = (counts > 1) & (problem.remaining_capacity[unique // width] > 1)
    group_of_unique = np.cumsum(shared) - 1
    member = shared[inverse]
    node[cased[member]] = first_node + group_of_unique[inverse[member]]
    minor = problem.s_minor[s[cased]].astype(np.int64)
    minors_in = np.bincount(inverse, weights=minor, minlength=unique.shape[0])[shared]
    members = counts[shared]
    return (
        node,
        (unique[shared] // width).astype(np.int64),
        minors_in == members,
        minors_in == 0,
    )


def build_network(problem: Problem, *, side_rules: bool = True) -> Network:
    """`side_rules=False` leaves rules 9 and 10 out of the network entirely."""
    c = problem.candidates
    n_s, n_b = c.n_survivors, c.n_buddies
    pairs = np.nonzero(problem.free)[0].astype(np.int64)
    s = c.survivor[pairs]
    b = c.buddy[pairs]

    # Without rules 9 and 10 in play (the usual run) none of their bookkeeping is done.
    if side_rules and problem.has_side_rules:
        minor_arcs = np.bincount(b[problem.s_minor[s]], minlength=n_b)
        binding = (
            problem.remaining_minors < np.minimum(problem.remaining_capacity, minor_arcs)
        ) & (problem.b_max_minors < NO_LIMIT)
    else:
        binding = np.zeros(n_b, dtype=np.bool_)
    n_minors_nodes = int(binding.sum())
    minors_node = np.full(n_b, -1, dtype=np.int64)
    minors_node[binding] = n_s + n_b + np.arange(n_minors_nodes, dtype=np.int64)
    first_group = n_s + n_b + n_minors_nodes
    group_node, group_buddy, all_minors, all_adults = _group_nodes(
        problem, pairs, first_group, enabled=side_rules and problem.has_side_rules
    )
    n_groups = group_buddy.shape[0]

    # A survivor's arc ends at her (buddy, case) node, else at the buddy's minors node for a
    # minor, else at the buddy herself.
    head = np.where(problem.s_minor[s] & binding[b], minors_node[b], n_s + b)
    head = np.where(group_node >= 0, group_node, head)
    group_head = np.where(
        binding[group_buddy] & all_minors, minors_node[group_buddy], n_s + group_buddy
    )

    supplies = np.zeros(first_group + n_groups, dtype=np.int64)
    supplies[s] = 1
    supplies[n_s : n_s + n_b] = -np.maximum(problem.remaining_capacity, 0)
    return Network(
        pairs=pairs,
        pair_tail=s,
        pair_head=head,
        extra_tail=np.concatenate(
            [first_group + np.arange(n_groups, dtype=np.int64), minors_node[binding]]
        ),
        extra_head=np.concatenate([group_head, n_s + np.nonzero(binding)[0]]),
        extra_capacity=np.concatenate(
            [np.ones(n_groups, dtype=np.int64), problem.remaining_minors[binding]]
        ),
        supplies=supplies,
        exact=side_rules and not bool((binding[group_buddy] & ~all_minors & ~all_adults).any()),
    )


def _solve(problem: Problem, network: Network) -> tuple[IntArray, IntArray]:
    score = problem.candidates.score[network.pairs]
    max_score = int(problem.candidates.score.max(initial=0))
    solver = min_cost_flow.SimpleMinCostFlow()
    tail, head = network.pair_tail, network.pair_head
    capacity = np.ones(score.shape[0], dtype=np.int64)
    cost = (max_score - score).astype(np.int64, copy=False)
    if network.extra_tail.size:
        # The same arcs in the same order either way: with no extra arcs there is nothing to join.
        tail = np.concatenate([tail, network.extra_tail])
        head = np.concatenate([head, network.extra_head])
        capacity = np.concatenate([capacity, network.extra_capacity])
        cost = np.concatenate([cost, np.zeros(network.extra_tail.shape[0], dtype=np.int64)])
    arcs = solver.add_arcs_with_capacity_and_unit_cost(
        tail.astype(np.int32), head.astype(np.int32), capacity.astype(np.int64, copy=False), cost
    )
    solver.set_nodes_supplies(np.arange(network.nodes, dtype=np.int32), network.supplies)
    status = solver.solve_max_flow_with_min_cost()
    if status != min_cost_flow.SimpleMinCostFlow.OPTIMAL:
        raise FlowError(f"min-cost flow ended with status {status}")
    flows = np.asarray(solver.flows(arcs), dtype=np.int64)
    return flows[: score.shape[0]], flows[score.shape[0] :]


def _potentials(
    problem: Problem, network: Network, pair_flow: IntArray, extra_flow: IntArray, big: int
) -> IntArray | None:
    """Dual potentials of a flow optimum for the cost `-(big + score)` per pair arc.

    The optimum has no negative cycle in its residual network, so shortest-path distances from
    a virtual root joined to every node are potentials; Bellman-Ford rounds are vectorised over
    all residual arcs. Supplies become arcs from a source and to a sink, with a return arc, so
    that the flow size is free as it is in the single objective. None if the rounds do not
    settle, which would mean the flow was not optimal.
    """
    n = network.nodes
    source, sink = n, n + 1
    pair_cost = -(big + problem.candidates.score[network.pairs])
    tails = np.concatenate([network.pair_tail, network.extra_tail])
    heads = np.concatenate([network.pair_head, network.extra_head])
    caps = np.concatenate([np.ones(pair_cost.shape[0], dtype=np.int64), network.extra_capacity])
    flows = np.concatenate([pair_flow, extra_flow])
    costs = np.concatenate([pair_cost, np.zeros(network.extra_tail.shape[0], dtype=np.int64)])
    out_flow = np.bincount(tails, weights=flows, minlength=n).astype(np.int64)
    in_flow = np.bincount(heads, weights=flows, minlength=n).astype(np.int64)
    givers = np.nonzero(network.supplies > 0)[0]
    takers = np.nonzero(network.supplies < 0)[0]
    total = int(out_flow[givers].sum())
    tails = np.concatenate([tails, np.full(givers.shape[0], source), takers, [sink]])
    heads = np.concatenate([heads, givers, np.full(takers.shape[0], sink), [source]])
    caps = np.concatenate([caps, network.supplies[givers], -network.supplies[takers], [total + 1]])
    flows = np.concatenate([flows, out_flow[givers], in_flow[takers], [total]])
    costs = np.concatenate([costs, np.zeros(givers.shape[0] + takers.shape[0] + 1, dtype=np.int64)])
    forward = flows < caps
    backward = flows > 0
    r_tail = np.concatenate([tails[forward], heads[backward]]).astype(np.int64)
    r_head = np.concatenate([heads[forward], tails[backward]]).astype(np.int64)
    r_cost = np.concatenate([costs[forward], -costs[backward]]).astype(np.int64)
    order = np.argsort(r_head, kind="stable")
    r_tail, r_head, r_cost = r_tail[order], r_head[order], r_cost[order]
    targets, starts = np.unique(r_head, return_index=True)
    distance = np.zeros(n + 2, dtype=np.int64)
    for _ in range(n + 2):
        best = np.minimum.reduceat(distance[r_tail] + r_cost, starts)
        better = best < distance[targets]
        if not better.any():
            return distance
        distance[targets[better]] = best[better]
    return None


def solve_flow(problem: Problem, *, side_rules: bool = True) -> FlowOutcome:
    """The lexicographic optimum of the network (see the module docstring)."""
    network = build_network(problem, side_rules=side_rules)
    chosen = problem.fixed.copy()
    if network.pairs.size == 0:
        empty = np.zeros(0, dtype=np.int64)
        return FlowOutcome(chosen, network, empty, np.zeros_like(network.extra_tail))
    pair_flow, extra_flow = _solve(problem, network)
    chosen[network.pairs[pair_flow > 0]] = True
    return FlowOutcome(chosen, network, pair_flow, extra_flow)


def reduced_costs(problem: Problem, flow: FlowOutcome, big: int) -> IntArray | None:
    """LP reduced costs of all pair arcs (`flow.network.pairs` order) for `sum(big + score)`.

    Any solution of the network that differs from the flow optimum on pair p is worse by at
    least `abs(rc[p])`, so the caller may fix every pair whose reduced cost exceeds the gap to
    a known solution. None if no potentials could be found.
    """
    network = flow.network
    if network.pairs.size == 0:
        return np.zeros(0, dtype=np.int64)
    distance = _potentials(problem, network, flow.pair_flow, flow.extra_flow, big)
    if distance is None:
        return None
    cost = -(big + problem.candidates.score[network.pairs])
    result: IntArray = cost + distance[network.pair_tail] - distance[network.pair_head]
    return result
