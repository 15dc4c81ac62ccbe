"""The anchor index only skips what cannot match; the public values have a stable shape."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest

from messaging.moderation import Decision, Reason, catalogue, moderate
from messaging.moderation.normalise import normalise
from messaging.moderation.pipeline import LEARNED_HOLD, LEARNED_URGENT
from messaging.moderation.rules import ENGINE, Context
from messaging.moderation.rules._base import Searcher
from messaging.moderation.rules._index import (
    anchors_of,
    requirements_of,
    split_top_level,
    trie_regex,
)
from tests.messaging.moderation.conftest import (
    DEV_PATH,
    HELDOUT8_PATH,
    HELDOUT_PATH,
    LAST_BLIND_PATH,
    LATER_HELDOUT_PATHS,
)
from tests.messaging.moderation.families8 import ALL_TEXTS as FAMILY8_TEXTS
from tests.messaging.moderation.test_categories import HARMLESS, HELD
from tests.messaging.moderation.test_families import (
    DISCLOSURES,
    HELD_AND_URGENT,
    URGENT,
)
from tests.messaging.moderation.test_families import HARMLESS as FAMILY_HARMLESS
from tests.messaging.moderation.test_families import HELD as FAMILY_HELD


def _corpus() -> list[str]:
    texts = [t for texts in HELD.values() for t in texts] + HARMLESS
    texts += [*FAMILY_HELD, *HELD_AND_URGENT, *URGENT, *DISCLOSURES, *FAMILY_HARMLESS]
    texts += FAMILY8_TEXTS
    for path in (DEV_PATH, HELDOUT_PATH, *LATER_HELDOUT_PATHS, LAST_BLIND_PATH, HELDOUT8_PATH):
        with open(path, encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh if line.strip()]
    return texts


def test_indexed_rules_fire_exactly_as_every_rule_run_on_its_own() -> None:
    differences = []
    for text in _corpus():
        ctx = Context(normalise(text))
        indexed = {hit.rule for hit in ENGINE.run(ctx)}
        alone = {hit.rule for hit in ENGINE.run_unindexed(ctx)}
        if indexed != alone:
            differences.append((text, indexed, alone))
    assert differences == []


def test_top_level_split_ignores_bars_in_groups_and_classes() -> None:
    assert split_top_level(r"a(b|c)|[|x]|d\|e") == ["a(b|c)", "[|x]", r"d\|e"]


def test_anchors_are_literals_every_match_contains() -> None:
    required = requirements_of(r"\bwaar\s+woon\s+(?:je|jij)\b")
    assert required is not None
    assert {frozenset({"waar"}), frozenset({"woon"})} <= set(required)
    assert anchors_of(r"\bwaar\s+woon\b") in (frozenset({"waar"}), frozenset({"woon"}))
    assert anchors_of(r"\b(?:snapchat|telegram)\s*\?") == frozenset({"snapchat", "telegram"})
    assert anchors_of(r"[0-9]+\s*[a-z]{2}") is None  # nothing literal: always run


def test_trie_captures_the_longest_anchor_at_each_position() -> None:
    trie = trie_regex(["snap", "snapchat", "app"])
    assert trie.findall("snapchat app") == ["snapchat", "app"]


@pytest.mark.parametrize("pattern", [r"\bje\b", r"\bsnap", r"\b@x", r"\bwaar\s+woon"])
def test_searcher_without_leading_boundary_finds_what_re_finds(pattern: str) -> None:
    searcher = Searcher.compile(pattern)
    for text in ["je", "jeje je", "snap1 snap", "a@x @x", "nowaar woon waar woon", "xje"]:
        expected = re.search(pattern, text)
        got = searcher.search(text)
        assert (got and got.span()) == (expected and expected.span()), (pattern, text)


def test_catalogue_lists_every_builtin_rule_once_with_its_action() -> None:
    entries = catalogue()
    ids = [e.id for e in entries]
    assert len(ids) == len(set(ids))
    assert {"contact.phone", "platform.move", "secrecy", "suicide", "disclosure.report"} <= set(ids)
    assert all(e.action in ("hold", "flag") for e in entries)
    assert all(e.urgent == (e.category in ("suicide", "selfharm", "distress")) for e in entries)


def test_every_reason_names_a_catalogued_rule_or_a_pipeline_rule() -> None:
    known = {e.id for e in catalogue()} | {"disclosure.third_person", "blocked.identifier"}
    known |= {LEARNED_URGENT, LEARNED_HOLD}
    for text in _corpus():
        for reason in moderate(text).reasons:
            assert reason.rule in known, (text, reason)


def test_decision_is_frozen_and_serialises_to_plain_json() -> None:
    decision = moderate("stuur je nummer")
    assert isinstance(decision, Decision)
    with pytest.raises(dataclasses.FrozenInstanceError):
        decision.action = "allow"  # type: ignore[misc]
    data = decision.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert set(data) == {"action", "urgent", "reasons"}
    assert set(data["reasons"][0]) == {"rule", "category", "action", "match"}  # type: ignore[index]


def test_allowed_message_has_no_reasons() -> None:
    assert moderate("hoe was je dag?") == Decision("allow", False, ())


def test_strongest_action_wins_and_all_reasons_are_kept() -> None:
    decision = moderate("je bent een loser, stuur je nummer")
    assert decision.action == "hold"
    assert [r.action for r in decision.reasons] == ["hold", "flag"]
    assert isinstance(decision.reasons[0], Reason)


def test_empty_and_odd_input_is_allowed_without_error() -> None:
    for text in ["", " ", "🙂🙂🙂", "\u200b", "a" * 5000]:
        assert moderate(text).action == "allow"
