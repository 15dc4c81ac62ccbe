"""Per-organisation custom rules and per-survivor safety identifiers (the Django side's hooks)."""

from __future__ import annotations

import pytest

from messaging.moderation import (
    BlockedIdentifiers,
    CustomRule,
    InvalidRuleError,
    Moderator,
    moderate,
)


def test_custom_term_flags_a_message_the_builtin_rules_allow() -> None:
    rule = CustomRule("Kerkplein", "flag", id="org.meeting_spot")
    decision = moderate("het kerkplein is mooi versierd voor kerst", extra_rules=[rule])
    assert decision.action == "flag"
    assert [(r.rule, r.category, r.match) for r in decision.reasons] == [
        ("org.meeting_spot", "custom", "kerkplein")
    ]


def test_custom_term_is_normalised_like_messages() -> None:
    rule = CustomRule("Sn@p Chat", "hold")
    assert rule.compiled.search("snap chat")
    assert moderate("ken je SNAP   CHAT", extra_rules=[rule]).action == "hold"


def test_custom_term_matches_whole_words_only() -> None:
    rule = CustomRule("ex", "flag")
    assert moderate("mijn examen ging goed", extra_rules=[rule]).action == "allow"


def test_custom_regex_runs_on_normalised_text() -> None:
    rule = CustomRule(r"\bcode\s*\d{4}\b", "hold", is_regex=True, id="org.codes")
    assert moderate("de CODE ٤٢٤٢ is voor jou", extra_rules=[rule]).action == "hold"


def test_custom_hold_is_not_softened_by_the_disclosure_rule() -> None:
    rule = CustomRule("blauwe auto", "hold")
    decision = moderate("hij vraagt of ik in de blauwe auto stap", extra_rules=[rule])
    assert decision.action == "hold"


def test_custom_allow_cannot_override_a_builtin_hold() -> None:
    rule = CustomRule("snap", "allow")
    assert moderate("wat is je snap?", extra_rules=[rule]).action == "hold"


@pytest.mark.parametrize(
    ("pattern", "action", "is_regex"),
    [("x", "delete", False), ("   ", "hold", False), ("(unclosed", "hold", True)],
)
def test_unusable_custom_rule_is_refused_when_configured(
    pattern: str, action: str, is_regex: bool
) -> None:
    with pytest.raises(InvalidRuleError):
        CustomRule(pattern, action, is_regex=is_regex)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "hey, dit is 0612345678",
        "bel +31 6 12345678",
        "0031612345678 is zijn nummer",
        "nul zes een twee drie vier vijf zes zeven acht",
        "06-12 34 56 78",
    ],
)
def test_blocked_phone_number_is_held_however_it_is_written(text: str) -> None:
    decision = moderate(text, blocked_identifiers=["+31 6 1234 5678"])
    assert decision.action == "hold"
    assert "blocked.identifier" in {r.rule for r in decision.reasons}


def test_blocked_handle_is_held_with_or_without_at_sign_and_separators() -> None:
    blocked = ["@Kevin_020x"]
    for text in ["ken je kevin_020x?", "volg @kevin_020x", "k e v i n _ 0 2 0 x zegt hoi"]:
        decision = moderate(text, blocked_identifiers=blocked)
        assert "blocked.identifier" in {r.rule for r in decision.reasons}, text


def test_blocked_name_matches_the_whole_word_only() -> None:
    blocked = ["Rico"]
    assert moderate("Rico vroeg naar je", blocked_identifiers=blocked).action == "hold"
    assert moderate("ik hou van ricotta", blocked_identifiers=blocked).action == "allow"


def test_other_numbers_are_not_blocked() -> None:
    decision = moderate("de bus van 16:05", blocked_identifiers=["0612345678"])
    assert decision.action == "allow"


def test_moderator_binds_rules_and_identifiers_once() -> None:
    moderator = Moderator(
        extra_rules=[CustomRule("kerkplein", "flag")],
        blocked_identifiers=BlockedIdentifiers.compile(["0612345678", "@rico"]),
    )
    assert moderator.moderate("bij het kerkplein").action == "flag"
    assert moderator.moderate("rico zegt hoi").action == "hold"
    assert moderator.moderate("hoe was school?").action == "allow"
