"""``python -m messaging.bench [--rates 25,50,100] [--step-seconds 10] [--processes N]``.

Prints one JSON line per rate on stdout; progress goes to stderr. The servers are stopped and the
benchmark database is dropped at the end, also after an error or Ctrl-C.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from messaging.bench.database import Population
    from messaging.bench.servers import Server

BASE_DIR = Path(__file__).resolve().parents[2]
DEFAULT_RATES = "25,50,100,150,200,300"


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    with_services = bool(os.environ.get("REDIS_URL")) and bool(os.environ.get("DATABASE_URL"))
    parser = argparse.ArgumentParser(prog="python -m messaging.bench", description=__doc__)
    parser.add_argument("--rates", default=DEFAULT_RATES, help="messages/s per step")
    parser.add_argument("--step-seconds", type=float, default=10.0)
    parser.add_argument(
        "--processes",
        type=int,
        default=2 if with_services else 1,
        help="ASGI server processes (more than one needs REDIS_URL)",
    )
    parser.add_argument("--pairs", type=int, default=100)
    parser.add_argument("--groups", type=int, default=25)
    parser.add_argument("--group-survivors", type=int, default=7)
    parser.add_argument("--drops", type=int, default=8, help="clients dropped per step")
    parser.add_argument("--heartbeat-seconds", type=float, default=3.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep-db", action="store_true", help="do not drop the database")
    args = parser.parse_args(argv)
    if args.processes > 1 and not os.environ.get("REDIS_URL"):
        parser.error("more than one process needs a shared channel layer: set REDIS_URL")
    try:
        args.rate_list = [float(rate) for rate in args.rates.split(",") if rate.strip()]
    except ValueError:
        parser.error("--rates takes numbers separated by commas")
    return args


def _log(text: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    from messaging.bench import database, servers

    target = database.prepare(BASE_DIR)
    os.environ.update(target.env)
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "messaging.bench.settings",
            "SECRET_KEY": secrets.token_urlsafe(32),
            "LOG_LEVEL": "WARNING",
            "VERDER_BENCH_HEARTBEAT": str(args.heartbeat_seconds),
            "VERDER_BENCH_LAYER_PREFIX": f"verder-bench-{os.getpid()}",
        }
    )
    running: list[servers.Server] = []
    try:
        import django

        django.setup()
        _log(f"migrating the {target.label} benchmark database")
        database.migrate()
        population = database.seed(
            pairs=args.pairs, groups=args.groups, group_survivors=args.group_survivors
        )
        database.close_connections()
        _log(f"{len(population.cookies)} users; starting {args.processes} server process(es)")
        running = servers.start(args.processes, dict(os.environ), BASE_DIR / "var" / "bench")
        asyncio.run(_drive(args, population, running))
    except KeyboardInterrupt:
        _log("interrupted")
        return 130
    finally:
        servers.stop(running)
        database.close_connections()
        if not args.keep_db:
            database.drop(target)
    return 0


async def _drive(args: argparse.Namespace, population: Population, running: list[Server]) -> None:
    from messaging.bench import database
    from messaging.bench.load import Run

    run = Run(population, running, args.seed)
    _log(f"opening {len(run.clients)} WebSockets")
    await run.open_all()
    context = {
        "processes": args.processes,
        "database": "postgresql" if os.environ.get("DATABASE_URL") else "sqlite",
        "layer": "redis" if os.environ.get("REDIS_URL") else "in-memory",
        "step_seconds": args.step_seconds,
    }
    try:
        for rate in args.rate_list:
            _log(f"step: {rate:g} messages/s for {args.step_seconds:g} s")
            result = await run.step(
                rate,
                args.step_seconds,
                drops=min(args.drops, len(run.clients)),
                drain=max(5.0, 2 * args.heartbeat_seconds + 2),
                stored_since=database.stored_since,
            )
            print(json.dumps({**result, **context}), flush=True)
    finally:
        await run.close_all()


if __name__ == "__main__":
    sys.exit(main())
