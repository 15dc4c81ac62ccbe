"""Distress, self-harm and suicide are urgent; urgent messages are delivered unless held."""

from __future__ import annotations

import pytest

from messaging.moderation import moderate
from tests.messaging.moderation.conftest import RULES


@pytest.mark.parametrize(
    "text",
    [
        "ik wil er niet meer zijn",
        "ik wil dood",
        "ik heb me gekrast vannacht",
        "i wanna die",
        "i'm thinking about ending my life",
        "i cut myself again",
        "nobody would miss me",
        "im so tired of living",
        "ik wil gewoon verdwijnen",
        "ik heb een doos pillen voor me liggen",
        "als ik er niet meer ben, is iedereen blij",
        "ik wil slapen en niet meer wakker worden",
        "ik kan het niet meer aan",
    ],
)
def test_distress_is_urgent_and_delivered_with_an_alert(text: str) -> None:
    decision = moderate(text)
    assert decision.urgent, text
    assert decision.action == "flag", (text, decision)


def test_urgent_and_contact_details_is_held_and_urgent() -> None:
    decision = moderate("ik zie het niet meer zitten, bel me op 0612345678")
    assert decision.action == "hold"
    assert decision.urgent
    categories = {r.category for r in decision.reasons}
    assert "contact" in categories
    assert categories & {"suicide", "selfharm", "distress"}


FIGURES_OF_SPEECH: tuple[str, ...] = (
    "ik ga dood van de honger",
    "doodmoe van school",
    "haha ik ga dood, die video 😂",
    "wekker om 6 uur, ik ga dood... nee grapje",
    "i'm dying to see that movie",
    "die toets was killing me lol",
    "ik wil die film zien",
    "help me kiezen: pizza of pasta?",
    "ik sta bij spoor 5, de trein komt zo",
    "ik heb een mes gepakt om brood te snijden",
)


@pytest.mark.parametrize("text", FIGURES_OF_SPEECH)
def test_figures_of_speech_are_not_urgent(text: str) -> None:
    # The rules' own contract; what the learned model adds is counted in test_learned.py.
    assert not RULES.moderate(text).urgent, text
