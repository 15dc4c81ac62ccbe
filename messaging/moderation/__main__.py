"""Command line: ``python -m messaging.moderation``.

- no arguments: JSON lines ``{"id", "text"}`` on stdin, ``{"id", "action", "urgent", "reasons"}``
  on stdout, one per line; a bad input line stops with exit status 2 and one line on stderr;
- ``--evaluate FILE``: score a labelled file and print the figures as JSON;
- ``--bench [FILE]``: one JSON line with ``messages_per_s`` (default: the bundled examples).

No database, no Django: the pipeline is plain Python.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from messaging.moderation.evaluate import (
    LabelledFileError,
    evaluate,
    load_examples,
    measure_speed,
    meets_targets,
)
from messaging.moderation.pipeline import moderate

EXIT_BAD_INPUT = 2

# Messages for --bench without a file: a mix of harmless chat, obfuscated contact and distress.
_BENCH_TEXTS: tuple[str, ...] = (
    "hoi! hoe was je dag vandaag?",
    "ik snap het nu eindelijk, de app werkt weer",
    "de bus van 16:05 had vertraging, sorry dat ik laat was",
    "mijn nummer is nul zes een twee drie vier vijf zes zeven acht",
    "add me op sn@p: lisa_xo",
    "dit blijft tussen ons, oké?",
    "ik zie het niet meer zitten",
    "een jongen op insta blijft vragen om af te spreken",
    "I really liked our walk in the park today.",
    "het kaartje voor de film kost 9 euro, dat betaalt de organisatie",
)


def _run_stream(stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    for lineno, line in enumerate(stdin, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                raise ValueError('expected an object with a string "text"')
        except ValueError as exc:
            stderr.write(f"line {lineno}: bad input: {exc}\n")
            return EXIT_BAD_INPUT
        decision = moderate(row["text"])
        out = {"id": row.get("id"), **decision.to_dict()}
        stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m messaging.moderation", description=__doc__)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--evaluate", metavar="FILE", type=Path, help="score a labelled JSONL file")
    mode.add_argument(
        "--bench", metavar="FILE", nargs="?", const="", help="print classification speed"
    )
    parser.add_argument(
        "--speed-seconds",
        type=float,
        default=1.0,
        metavar="S",
        help="CPU seconds to spend measuring speed (default 1; 0 skips it in --evaluate)",
    )
    args = parser.parse_args(argv)

    if args.evaluate is not None:
        try:
            examples = load_examples(args.evaluate)
        except (OSError, LabelledFileError) as exc:
            sys.stderr.write(f"{exc}\n")
            return EXIT_BAD_INPUT
        result = evaluate(examples, speed_seconds=args.speed_seconds)
        result["targets_met"] = meets_targets(result)
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
        return 0
    if args.bench is not None:
        if args.bench:
            try:
                texts = [e.text for e in load_examples(args.bench)]
            except (OSError, LabelledFileError) as exc:
                sys.stderr.write(f"{exc}\n")
                return EXIT_BAD_INPUT
        else:
            texts = list(_BENCH_TEXTS)
        speed = measure_speed(texts, min_seconds=max(args.speed_seconds, 0.01))
        line = {
            "messages": len(texts),
            "messages_per_s": speed.per_cpu_second,
            "messages_per_s_wall_clock": speed.per_wall_second,
        }
        sys.stdout.write(json.dumps(line) + "\n")
        return 0
    return _run_stream(sys.stdin, sys.stdout, sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
