"""Paths of the labelled files. No database, no Django: the engine is plain Python."""

from __future__ import annotations

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[3]
# In CI a copy of shared/ sits beside the clone, as it does here beside /work/main.
DEV_PATH = REPO_ROOT.parent / "shared" / "moderation" / "dev.jsonl"
HERE = Path(__file__).resolve().parent
HELDOUT_PATH = HERE / "heldout.jsonl"
# heldout2..6 were each written before a round of fixes and scored once, blind, before it; they
# are regression sets now. heldout7 is the last blind set (see docs/benchmarks.md).
LATER_HELDOUT_PATHS = tuple(HERE / f"heldout{i}.jsonl" for i in range(2, 7))
LAST_BLIND_PATH = HERE / "heldout7.jsonl"
# heldout8 was written by someone else and scored blind once before round 8's families; it is a
# regression set from round 8 on.
HELDOUT8_PATH = HERE / "heldout8.jsonl"
# Written by two more authors who read only POLICY.md and dev.jsonl, and scored once with the
# round-8 engine; nobody who changed a rule has opened them.
BLIND9_PATH = HERE / "heldout9.jsonl"
BLIND10_PATH = HERE / "heldout10.jsonl"
