"""Score the pipeline on a labelled JSON-lines file (id, text, label, category, urgent).

The figures are the ones POLICY.md and the targets talk about: hold messages held, harmless
(allow) messages held, urgent messages marked urgent, flag messages wrongly held, and speed.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from messaging.moderation.decision import ACTIONS, Decision, is_action
from messaging.moderation.pipeline import moderate


class LabelledFileError(ValueError):
    code = "moderation.bad_labelled_file"


@dataclass(frozen=True, slots=True)
class Example:
    id: str
    text: str
    label: str
    category: str
    urgent: bool


def load_examples(path: str | Path) -> list[Example]:
    examples: list[Example] = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                example = Example(
                    id=str(row["id"]),
                    text=str(row["text"]),
                    label=str(row["label"]),
                    category=str(row.get("category", "")),
                    urgent=bool(row.get("urgent", False)),
                )
            except (ValueError, KeyError, TypeError) as exc:
                raise LabelledFileError(f"{path}:{lineno}: {exc}") from exc
            if not is_action(example.label):
                raise LabelledFileError(f"{path}:{lineno}: unknown label {example.label!r}")
            examples.append(example)
    return examples


def _rate(hit: int, total: int) -> float | None:
    return round(hit / total, 4) if total else None


@dataclass(frozen=True, slots=True)
class Speed:
    messages: int
    cpu_seconds: float
    wall_seconds: float

    @property
    def per_cpu_second(self) -> float:
        return round(self.messages / self.cpu_seconds, 1) if self.cpu_seconds else 0.0

    @property
    def per_wall_second(self) -> float:
        return round(self.messages / self.wall_seconds, 1) if self.wall_seconds else 0.0


def measure_speed(
    texts: Sequence[str], classify: Callable[[str], object] = moderate, min_seconds: float = 1.0
) -> Speed:
    """Classify ``texts`` over and over on this one thread for at least ``min_seconds`` of CPU.

    The rate is per second of this process's CPU time: that is "on one core" even on a shared
    machine where other processes take turns on the same core (wall-clock is reported as well).
    """
    if not texts:
        return Speed(0, 0.0, 0.0)
    for text in texts:  # warm the per-character caches so the first pass is not special
        classify(text)
    count = 0
    cpu_start = time.process_time()
    wall_start = time.perf_counter()
    cpu = 0.0
    while cpu < min_seconds:
        for text in texts:
            classify(text)
        count += len(texts)
        cpu = time.process_time() - cpu_start
    return Speed(count, cpu, time.perf_counter() - wall_start)


def messages_per_second(
    texts: Sequence[str], classify: Callable[[str], object] = moderate, min_seconds: float = 1.0
) -> float:
    """Messages per CPU second on one core (see :func:`measure_speed`)."""
    return measure_speed(texts, classify, min_seconds).per_cpu_second


def evaluate(
    examples: Iterable[Example],
    *,
    classify: Callable[[str], Decision] = moderate,
    speed_seconds: float = 1.0,
) -> dict[str, Any]:
    """Score ``examples``; ``speed_seconds=0`` skips the speed measurement."""
    rows = list(examples)
    decisions = [classify(e.text) for e in rows]

    def count(pred: Callable[[Example, Decision], bool]) -> int:
        return sum(1 for e, d in zip(rows, decisions, strict=True) if pred(e, d))

    holds = count(lambda e, d: e.label == "hold")
    allows = count(lambda e, d: e.label == "allow")
    flags = count(lambda e, d: e.label == "flag")
    disclosures = count(lambda e, d: e.label == "flag" and not e.urgent)
    urgents = count(lambda e, d: e.urgent)
    held_holds = count(lambda e, d: e.label == "hold" and d.held)
    held_allows = count(lambda e, d: e.label == "allow" and d.held)
    held_flags = count(lambda e, d: e.label == "flag" and d.held)
    held_disclosures = count(lambda e, d: e.label == "flag" and not e.urgent and d.held)
    urgent_marked = count(lambda e, d: e.urgent and d.urgent)
    urgent_false = count(lambda e, d: not e.urgent and d.urgent)
    exact = count(lambda e, d: e.label == d.action and e.urgent == d.urgent)

    confusion: dict[str, dict[str, int]] = {}
    for e, d in zip(rows, decisions, strict=True):
        key = f"{e.category or '-'}:{e.label}" + ("+urgent" if e.urgent else "")
        cell = confusion.setdefault(key, {a: 0 for a in ACTIONS} | {"urgent": 0})
        cell[d.action] += 1
        cell["urgent"] += int(d.urgent)

    misses = [
        {
            "id": e.id,
            "text": e.text,
            "label": e.label,
            "urgent": e.urgent,
            "got": d.action,
            "got_urgent": d.urgent,
            "reasons": [r.to_dict() for r in d.reasons],
        }
        for e, d in zip(rows, decisions, strict=True)
        if e.label != d.action or e.urgent != d.urgent
    ]
    result: dict[str, Any] = {
        "messages": len(rows),
        "hold_recall": _rate(held_holds, holds),
        "hold_held": f"{held_holds}/{holds}",
        "harmless_held": _rate(held_allows, allows),
        "harmless_held_count": f"{held_allows}/{allows}",
        "urgent_recall": _rate(urgent_marked, urgents),
        "urgent_marked": f"{urgent_marked}/{urgents}",
        "urgent_false_alarms": urgent_false,
        "flag_wrongly_held": _rate(held_flags, flags),
        "flag_wrongly_held_count": f"{held_flags}/{flags}",
        "disclosures_wrongly_held": _rate(held_disclosures, disclosures),
        "disclosures_wrongly_held_count": f"{held_disclosures}/{disclosures}",
        "exact_match": _rate(exact, len(rows)),
        "confusion": confusion,
        "misses": misses,
    }
    if speed_seconds > 0:
        speed = measure_speed([e.text for e in rows], classify, speed_seconds)
        result["messages_per_s"] = speed.per_cpu_second
        result["messages_per_s_wall_clock"] = speed.per_wall_second
    return result


def meets_targets(result: dict[str, Any]) -> dict[str, bool]:
    """The acceptance targets, on messages the rules were not written from."""
    return {
        "hold_recall>=0.95": (result["hold_recall"] or 0) >= 0.95,
        "harmless_held<=0.05": (result["harmless_held"] or 0) <= 0.05,
        "urgent_recall==1": result["urgent_recall"] in (None, 1.0),
        "flag_wrongly_held<=1/15": (result["flag_wrongly_held"] or 0) <= 1 / 15,
    }
