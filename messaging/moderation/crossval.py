"""Leave one author out: how the rules and the models do on an author they never learnt from.

``python -m messaging.moderation.crossval`` takes each set of the corpus written by an
independent author in turn (`heldout8` and later, `train_*`), learns both models from all the
other files, scores the set left out with the rules plus those models, and prints one JSON line
per set and one for all of them together. That is the estimate to choose a model setting on;
the blind sets in `tests/messaging/moderation/` are for measuring the choice once, not for
making it.

The rules were written from some of these sets (docs/benchmarks.md), so for the rules alone the
figures are optimistic; what the line shows is what the models add on an unseen author.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from messaging.moderation.evaluate import evaluate, load_examples
from messaging.moderation.learned import CORPUS, learn_models
from messaging.moderation.pipeline import Moderator

# The sets the engineer who wrote the rules wrote too (dev, heldout..heldout7) are never left
# out: they are not another author.
_OTHER_AUTHOR = re.compile(r"heldout(?:[89]|\d\d)|train_\w+")
_FIGURES = (
    "hold_held",
    "urgent_marked",
    "harmless_held_count",
    "flag_wrongly_held_count",
    "disclosures_wrongly_held_count",
)


def other_authors(corpus: Path = CORPUS) -> list[Path]:
    return [p for p in sorted(corpus.glob("*.jsonl")) if _OTHER_AUTHOR.fullmatch(p.stem)]


def _sum(fractions: list[str]) -> str:
    """Add fractions written as text: 3/70 and 5/70 make 8/140."""
    pairs = [[int(x) for x in fraction.split("/")] for fraction in fractions]
    return f"{sum(p[0] for p in pairs)}/{sum(p[1] for p in pairs)}"


def cross_validate(left_out: Sequence[Path], corpus: Path = CORPUS) -> list[dict[str, Any]]:
    everything = sorted(corpus.glob("*.jsonl"))
    lines: list[dict[str, Any]] = []
    for path in left_out:
        models = learn_models([p for p in everything if p != path])
        moderator = Moderator(models=models)
        result = evaluate(load_examples(path), classify=moderator.moderate, speed_seconds=0)
        keys = (*_FIGURES, "urgent_false_alarms")
        lines.append({"left_out": path.stem} | {key: result[key] for key in keys})
    summary: dict[str, Any] = {"left_out": "all"}
    summary |= {key: _sum([line[key] for line in lines]) for key in _FIGURES}
    summary["urgent_false_alarms"] = sum(line["urgent_false_alarms"] for line in lines)
    return [*lines, summary]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m messaging.moderation.crossval", description=__doc__
    )
    parser.add_argument(
        "sets", nargs="*", metavar="NAME", help="corpus sets to leave out (default: all others')"
    )
    args = parser.parse_args(argv)
    candidates = {p.stem: p for p in other_authors()}
    unknown = [name for name in args.sets if name not in candidates]
    if unknown:
        sys.stderr.write(f"not a set of another author in the corpus: {', '.join(unknown)}\n")
        return 2
    chosen = [candidates[name] for name in args.sets] or list(candidates.values())
    for line in cross_validate(chosen):
        sys.stdout.write(json.dumps(line) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
