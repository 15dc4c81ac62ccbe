"""The acceptance figures on the labelled files (docs/benchmarks.md, "## Moderation").

dev.jsonl and heldout.jsonl must meet the targets. heldout2..6 were each written before a round of
fixes and scored blind once; they are regression sets now and must meet the targets too. heldout7
is the last set scored blind (round 7, 160 messages): the engine met the urgent, harmless and
disclosure targets on it but not hold recall (53/56 = 94.6 %, target 95 %). Its figures are
asserted as measured, so they cannot silently get worse, and the hold figure is not passed off
as a target met.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from messaging.moderation.evaluate import evaluate, load_examples, meets_targets
from tests.messaging.moderation.conftest import (
    BLIND_PATHS,
    DEV_PATH,
    HELDOUT8_PATH,
    HELDOUT_PATH,
    LAST_BLIND_PATH,
    LATER_BLIND_PATHS,
    LATER_HELDOUT_PATHS,
    OPENED_BLIND_PATHS,
)


def _score(path: Path) -> dict[str, Any]:
    return evaluate(load_examples(path), speed_seconds=0)


@pytest.mark.parametrize("path", [DEV_PATH, HELDOUT_PATH], ids=["dev", "heldout"])
def test_targets_are_met(path: Path) -> None:
    result = _score(path)
    assert result["hold_recall"] >= 0.95
    assert result["harmless_held"] <= 0.05
    assert result["urgent_recall"] == 1.0
    assert result["flag_wrongly_held"] <= 1 / 15
    assert all(meets_targets(result).values())


@pytest.mark.parametrize("path", LATER_HELDOUT_PATHS, ids=lambda p: p.stem)
def test_earlier_blind_sets_stay_fixed(path: Path) -> None:
    assert all(meets_targets(_score(path)).values())


def test_heldout8_drove_round_8_and_stays_fixed() -> None:
    # Written by someone else and scored blind once with the round-7 engine (hold 58/70, urgent
    # 35/50); its misses pointed at the round-8 families, so it is regression evidence now.
    result = _score(HELDOUT8_PATH)
    assert result["messages"] == 200
    assert all(meets_targets(result).values())


def test_last_blind_set_keeps_its_measured_figures() -> None:
    result = _score(LAST_BLIND_PATH)
    assert result["messages"] == 160

    def count(key: str) -> tuple[int, int]:
        hit, total = result[key].split("/")
        return int(hit), int(total)

    assert count("hold_held") >= (53, 56)
    assert count("urgent_marked") == (38, 38)
    assert count("harmless_held_count") == (0, 42)
    assert count("flag_wrongly_held_count") == (0, 62)
    assert count("disclosures_wrongly_held_count") == (0, 30)


# heldout9..14: blind through the third session (round 8 plus the learned models held 352/420 and
# marked 260/300 urgent); since the fourth they are rule evidence and training data, so their
# scores now are regression floors, not estimates: a change may raise them, never lower them.
REGRESSION_FLOORS = {
    "heldout9": ({"hold_held": 70, "urgent_marked": 50}, {"harmless": 0, "flag": 2}),
    "heldout10": ({"hold_held": 70, "urgent_marked": 50}, {"harmless": 0, "flag": 2}),
    "heldout11": ({"hold_held": 70, "urgent_marked": 50}, {"harmless": 0, "flag": 1}),
    "heldout12": ({"hold_held": 69, "urgent_marked": 50}, {"harmless": 0, "flag": 0}),
    "heldout13": ({"hold_held": 67, "urgent_marked": 50}, {"harmless": 0, "flag": 0}),
    "heldout14": ({"hold_held": 70, "urgent_marked": 50}, {"harmless": 0, "flag": 1}),
}
# heldout15..22: blind through the fourth session and scored once more in the fifth, after rounds
# 12-13 (520/560 held, 384/400 urgent, 5/400 harmless held); opened then, rounds 14-15 drawn from
# them and the models learn from them, so these are regression floors, not estimates.
OPENED_FLOORS = {
    "heldout15": ({"hold_held": 70, "urgent_marked": 50}, {"harmless": 0, "flag": 0}),
    "heldout16": ({"hold_held": 70, "urgent_marked": 50}, {"harmless": 0, "flag": 0}),
    "heldout17": ({"hold_held": 70, "urgent_marked": 49}, {"harmless": 0, "flag": 0}),
    "heldout18": ({"hold_held": 69, "urgent_marked": 50}, {"harmless": 5, "flag": 0}),
    "heldout19": ({"hold_held": 69, "urgent_marked": 47}, {"harmless": 0, "flag": 0}),
    "heldout20": ({"hold_held": 70, "urgent_marked": 50}, {"harmless": 0, "flag": 0}),
    "heldout21": ({"hold_held": 70, "urgent_marked": 49}, {"harmless": 0, "flag": 0}),
    "heldout22": ({"hold_held": 70, "urgent_marked": 48}, {"harmless": 0, "flag": 0}),
}
# heldout23..26: their blind scores with the shipped engine (docs/benchmarks.md), as floors: a
# change may raise them, never lower them (at the start of the fifth session, before its changes,
# they held 281 of 316 and marked 215 of 224 urgent). Nobody who changes a rule or the model may
# read them.
BLIND_FLOORS = {
    "heldout23": ({"hold_held": 69, "urgent_marked": 49}, {"harmless": 0, "flag": 1}),
    "heldout24": ({"hold_held": 81, "urgent_marked": 61}, {"harmless": 0, "flag": 3}),
    "heldout25": ({"hold_held": 69, "urgent_marked": 50}, {"harmless": 1, "flag": 0}),
    "heldout26": ({"hold_held": 79, "urgent_marked": 56}, {"harmless": 1, "flag": 1}),
}
# How many messages each file holds, so that a truncated file cannot pass as a good score.
MESSAGES = {
    **{f"heldout{i}": 200 for i in range(9, 17)},
    "heldout17": 199,
    "heldout18": 199,
    "heldout19": 195,
    "heldout20": 200,
    "heldout21": 199,
    "heldout22": 197,
    **{f"heldout{i}": 250 for i in range(23, 27)},
}


def _assert_floors(path: Path, at_least: dict[str, int], at_most: dict[str, int]) -> None:
    result = _score(path)
    assert result["messages"] == MESSAGES[path.stem]
    for key, floor in at_least.items():
        assert int(result[key].split("/")[0]) >= floor, key
    assert int(result["harmless_held_count"].split("/")[0]) <= at_most["harmless"]
    assert int(result["flag_wrongly_held_count"].split("/")[0]) <= at_most["flag"]


@pytest.mark.parametrize("path", LATER_BLIND_PATHS, ids=lambda p: p.stem)
def test_former_blind_sets_do_not_get_worse(path: Path) -> None:
    _assert_floors(path, *REGRESSION_FLOORS[path.stem])


@pytest.mark.parametrize("path", OPENED_BLIND_PATHS, ids=lambda p: p.stem)
def test_opened_blind_sets_do_not_get_worse(path: Path) -> None:
    _assert_floors(path, *OPENED_FLOORS[path.stem])


@pytest.mark.parametrize("path", BLIND_PATHS, ids=lambda p: p.stem)
def test_blind_sets_do_not_get_worse(path: Path) -> None:
    _assert_floors(path, *BLIND_FLOORS[path.stem])


def test_held_out_files_are_large_and_use_the_dev_format() -> None:
    heldout = load_examples(HELDOUT_PATH)
    assert len(heldout) >= 250
    labels = {e.label for e in heldout}
    assert labels == {"allow", "flag", "hold"}
    assert any(e.urgent and e.label == "hold" for e in heldout)
    for path in (*LATER_HELDOUT_PATHS, LAST_BLIND_PATH):
        assert len(load_examples(path)) >= 80
    dev_texts = {e.text for e in load_examples(DEV_PATH)}
    assert not dev_texts & {e.text for e in heldout}


def test_classification_is_fast_enough_for_live_chat() -> None:
    # A loose floor that catches a catastrophic regex, not the 10,000/s target: CI machines are
    # shared and slow. The real figure is measured with --bench (docs/benchmarks.md).
    from messaging.moderation.evaluate import measure_speed

    texts = [e.text for e in load_examples(DEV_PATH)]
    assert measure_speed(texts, min_seconds=0.2).per_cpu_second >= 1_000
