"""Rounds 8-15 of the rules: every paraphrase of a family is caught, every near miss left alone.

The cases are written per intent family (`familiesN.py`, see `rounds.py`); the rules alone
decide here. What the learned models add is tested over the same texts in test_learned.py,
which takes the rounds from `ROUNDS` here: a new round is registered once.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from tests.messaging.moderation import (
    families8,
    families9,
    families10,
    families11,
    families12,
    families13,
    families14,
    families15,
)
from tests.messaging.moderation.conftest import RULES
from tests.messaging.moderation.rounds import cases

ROUNDS: dict[str, ModuleType] = {
    "round8": families8,
    "round9": families9,
    "round10": families10,
    "round11": families11,
    "round12": families12,
    "round13": families13,
    "round14": families14,
    "round15": families15,
}


def _params(kind: str) -> list[Any]:
    return [
        pytest.param(family, text, id=f"{name}:{family}:{text}")
        for name, module in ROUNDS.items()
        for family, text in cases(getattr(module, kind, {}))
    ]


def _harmless() -> list[Any]:
    return [
        pytest.param(text, id=f"{name}:{text}")
        for name, module in ROUNDS.items()
        for text in module.HARMLESS
    ]


@pytest.mark.parametrize(("family", "text"), _params("URGENT_FAMILIES"))
def test_urgent_family_paraphrases_are_urgent_and_delivered(family: str, text: str) -> None:
    decision = RULES.moderate(text)
    assert decision.urgent, (family, text, decision)
    assert decision.action == "flag", (family, text, decision)


@pytest.mark.parametrize(("family", "text"), _params("HELD_FAMILIES"))
def test_hold_family_paraphrases_are_held(family: str, text: str) -> None:
    decision = RULES.moderate(text)
    assert decision.action == "hold", (family, text, decision)
    assert not decision.urgent, (family, text, decision)


@pytest.mark.parametrize(
    ("family", "text"), _params("DISCLOSURE_FAMILIES") + _params("ABUSE_FAMILIES")
)
def test_disclosures_and_abuse_are_flagged_never_held(family: str, text: str) -> None:
    decision = RULES.moderate(text)
    assert (decision.action, decision.urgent) == ("flag", False), (family, text, decision)


@pytest.mark.parametrize("text", _harmless())
def test_harmless_near_misses_are_allowed(text: str) -> None:
    decision = RULES.moderate(text)
    assert (decision.action, decision.urgent) == ("allow", False), (text, decision)


def test_no_round_is_silently_empty() -> None:
    # An empty parameter list would make its test skip, not fail.
    for name, module in ROUNDS.items():
        assert len(module.HARMLESS) >= 50, name
        assert len(cases(module.URGENT_FAMILIES)) >= 50, name
        assert len(cases(module.HELD_FAMILIES)) >= 50, name
