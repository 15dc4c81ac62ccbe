"""`python -m messaging.moderation.crossval`: a set is scored only by models that never saw it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from messaging.moderation.crossval import cross_validate, other_authors
from tests.messaging.moderation.conftest import DEV_PATH, REPO_ROOT

# A word no rule knows, which only one author's set teaches the hold model.
WORD = "vlorbix"


def _write(path: Path, rows: list[tuple[str, str]]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for i, (text, label) in enumerate(rows):
            row = {"id": f"{path.stem}-{i}", "text": text, "label": label, "category": "x"}
            handle.write(json.dumps(row | {"urgent": False}) + "\n")


def test_the_set_left_out_is_scored_by_models_that_never_learnt_it(tmp_path: Path) -> None:
    shutil.copy(DEV_PATH, tmp_path / "dev.jsonl")
    teaching = [(f"{WORD} {w}", "hold") for w in ("nu", "straks", "snel", "even", "vanavond")]
    teaching += [(f"hoi {w}", "allow") for w in ("nu", "straks", "snel", "even", "vanavond")]
    _write(tmp_path / "train_x.jsonl", teaching * 4)
    _write(tmp_path / "train_y.jsonl", [(f"{WORD} morgen", "hold"), ("hoi morgen", "allow")])

    assert [p.stem for p in other_authors(tmp_path)] == ["train_x", "train_y"]
    x, y, total = cross_validate(other_authors(tmp_path), corpus=tmp_path)
    # train_y is scored by models that learnt train_x: the word holds.
    assert y["left_out"] == "train_y"
    assert y["hold_held"] == "1/1"
    assert y["harmless_held_count"] == "0/1"
    # train_x is scored without itself: nothing else teaches the word, so nothing is held.
    assert x["left_out"] == "train_x"
    assert x["hold_held"] == "0/20"
    assert total == {
        "left_out": "all",
        "hold_held": "1/21",
        "urgent_marked": "0/0",
        "harmless_held_count": "0/21",
        "flag_wrongly_held_count": "0/0",
        "disclosures_wrongly_held_count": "0/0",
        "urgent_false_alarms": 0,
    }


def test_an_unknown_set_is_one_clear_line_and_exit_2() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "messaging.moderation.crossval", "heldout99"],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr == "not a set of another author in the corpus: heldout99\n"
