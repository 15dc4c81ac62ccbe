"""`python -m matching`: solve an instance file or run a benchmark, without Django.

    python -m matching solve INSTANCE.json [--explain] [--seed S] [--time-limit SECONDS]
    python -m matching bench --survivors N [--buddies M] [--seed S] [--side-rules]
                             [--cp-sat-only] [--repeat R] [--time-limit SECONDS]
    python -m matching bench --groups N [--seed S]

The result (or benchmark line) goes to stdout as JSON. Bad input - a missing or unreadable
file, invalid JSON, an instance that breaks INSTANCE.md, bad arguments - exits with status 2
and exactly one line on stderr, so a caller can show it as it is.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn, cast

from matching.solver.common import InstanceError

BAD_INPUT = 2
UNAVAILABLE = 1


class BadInput(Exception):
    """Anything the caller got wrong; printed as one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise BadInput(f"usage: {message}")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m matching", description="Verder matching solvers")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    solve = commands.add_parser("solve", help="solve an instance file (INSTANCE.md)")
    solve.add_argument("instance", help="path to the instance JSON file")
    solve.add_argument("--explain", action="store_true", help="also list every candidate pair")
    solve.add_argument("--seed", type=int, default=0)
    solve.add_argument("--time-limit", type=float, default=None, help="seconds for CP-SAT")
    bench = commands.add_parser("bench", help="generate an instance, solve it, time it")
    size = bench.add_mutually_exclusive_group(required=True)
    size.add_argument("--survivors", type=int, help="buddy matching with N survivors")
    size.add_argument("--groups", type=int, help="peer groups with N survivors")
    bench.add_argument("--buddies", type=int, default=None)
    bench.add_argument("--seed", type=int, default=0)
    bench.add_argument("--side-rules", action="store_true", help="cases and max_minors")
    bench.add_argument(
        "--cp-sat-only", action="store_true", help="leave rules 9 and 10 to CP-SAT alone"
    )
    bench.add_argument("--time-limit", type=float, default=10.0)
    bench.add_argument("--repeat", type=int, default=3, help="runs per solver; fastest counts")
    return parser


def _load(path: str) -> Any:
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except FileNotFoundError:
        raise BadInput(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise BadInput(f"{path}: cannot read: {error}") from None
    except json.JSONDecodeError as error:
        raise BadInput(f"{path}: invalid JSON: {error}") from None


def _solver_for(kind: Any) -> Callable[[dict[str, Any], argparse.Namespace], dict[str, Any]]:
    if kind == "buddy_matching":
        return _solve_buddies
    if kind == "peer_groups":
        return _solve_groups
    raise InstanceError("instance", "kind", f"unknown kind {kind!r}")


def _solve_buddies(instance: dict[str, Any], args: argparse.Namespace) -> dict[str, Any]:
    from matching.solver.buddy import solve_buddy_matching

    limit = 10.0 if args.time_limit is None else args.time_limit
    return solve_buddy_matching(instance, explain=args.explain, time_limit_s=limit, seed=args.seed)


class GroupsUnavailable(Exception):
    """The peer-group solver (matching.solver.groups) is not installed or incomplete."""


def _groups(name: str) -> Callable[..., dict[str, Any]]:
    # Looked up only when asked for, so that buddy matching works without the peer-group solver.
    try:
        module = importlib.import_module("matching.solver.groups")
    except ModuleNotFoundError as error:
        raise GroupsUnavailable(
            "peer groups are not available: no matching.solver.groups"
        ) from error
    function = getattr(module, name, None)
    if not callable(function):
        raise GroupsUnavailable(
            f"peer groups are not available: no {name} in matching.solver.groups"
        )
    return cast(Callable[..., dict[str, Any]], function)


def _solve_groups(instance: dict[str, Any], args: argparse.Namespace) -> dict[str, Any]:
    return _groups("solve_peer_groups")(instance, seed=args.seed, time_limit_s=args.time_limit)


def _bench(args: argparse.Namespace) -> dict[str, Any]:
    if args.groups is not None:
        if args.groups < 1:
            raise BadInput("bench: --groups must be at least 1")
        return _groups("bench_peer_groups")(args.groups, args.seed)
    from matching.solver.buddy.bench import bench_buddy

    if args.survivors < 1 or (args.buddies is not None and args.buddies < 1):
        raise BadInput("bench: --survivors and --buddies must be at least 1")
    return bench_buddy(
        args.survivors,
        args.buddies,
        args.seed,
        side_rules=args.side_rules,
        time_limit_s=args.time_limit,
        cp_sat_only=args.cp_sat_only,
        repeat=args.repeat,
    )


def _one_line(text: str) -> str:
    return " ".join(text.split())


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = _parser().parse_args(argv)
        if args.time_limit is not None and not args.time_limit > 0:
            raise BadInput("usage: --time-limit must be a positive number of seconds")
        if args.command == "solve":
            instance = _load(args.instance)
            if not isinstance(instance, dict):
                raise InstanceError("instance", "", "must be a JSON object")
            output = _solver_for(instance.get("kind"))(instance, args)
            sys.stdout.write(json.dumps(output, ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(json.dumps(_bench(args), ensure_ascii=False) + "\n")
    except (BadInput, InstanceError) as error:
        sys.stderr.write(_one_line(str(error)) + "\n")
        return BAD_INPUT
    except GroupsUnavailable as error:
        sys.stderr.write(f"{error}\n")
        return UNAVAILABLE
    return 0
