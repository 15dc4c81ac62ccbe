"""The values the pipeline hands out: actions, reasons, decisions and custom rules.

Everything here is a frozen dataclass so that a decision can be stored, compared and passed across
threads without copies; the Django side turns them into model rows and translated labels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final, Literal

Action = Literal["allow", "flag", "hold"]

ALLOW: Final = "allow"
FLAG: Final = "flag"
HOLD: Final = "hold"
ACTIONS: Final[tuple[Action, ...]] = ("allow", "flag", "hold")

# Strength order for "the strongest action that applies" (POLICY.md).
_STRENGTH: Final[dict[str, int]] = {"allow": 0, "flag": 1, "hold": 2}


def strongest(a: Action, b: Action) -> Action:
    """Return the stronger of two actions (hold > flag > allow)."""
    return a if _STRENGTH[a] >= _STRENGTH[b] else b


def is_action(value: str) -> bool:
    return value in _STRENGTH


@dataclass(frozen=True, slots=True)
class Reason:
    """Why one rule fired. ``match`` is the span of the *original* text, for the coordinator."""

    rule: str
    category: str
    action: Action
    match: str

    def to_dict(self) -> dict[str, str]:
        return {
            "rule": self.rule,
            "category": self.category,
            "action": self.action,
            "match": self.match,
        }


@dataclass(frozen=True, slots=True)
class Decision:
    action: Action
    urgent: bool
    reasons: tuple[Reason, ...] = ()

    @property
    def held(self) -> bool:
        return self.action == HOLD

    def to_dict(self) -> dict[str, object]:
        return {
            "action": self.action,
            "urgent": self.urgent,
            "reasons": [r.to_dict() for r in self.reasons],
        }


class InvalidRuleError(ValueError):
    """A custom rule an organisation configured cannot be used (bad action or bad regex)."""

    code = "moderation.invalid_rule"


@dataclass(frozen=True, slots=True)
class CustomRule:
    """An organisation's own term or pattern, with the action it should trigger.

    A plain term (``is_regex=False``) is normalised like a message, so "Snap Chat", "sn@pchat" and
    "snapchat" configured once all match the same messages; it matches whole words only, so a short
    term does not fire inside longer words. A regex is matched against the normalised (casefolded,
    de-obfuscated) text. The pattern is compiled once, here, so a rule object can be cached per
    organisation and reused for every message.
    """

    pattern: str
    action: Action
    is_regex: bool = False
    id: str = "custom"
    compiled: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not is_action(self.action):
            raise InvalidRuleError(f"unknown action {self.action!r}")
        if not self.pattern.strip():
            raise InvalidRuleError("empty pattern")
        if self.is_regex:
            try:
                compiled = re.compile(self.pattern, re.IGNORECASE)
            except re.error as exc:
                raise InvalidRuleError(f"bad regex {self.pattern!r}: {exc}") from exc
        else:
            # Imported here: normalise imports lexicons only, but keeping this module free of
            # import-time dependencies lets the types be used by code that never moderates.
            from messaging.moderation.normalise import normalise

            term = normalise(self.pattern).text.strip()
            body = r"\s+".join(re.escape(part) for part in term.split())
            compiled = re.compile(rf"(?<![\w@]){body}(?!\w)")
        object.__setattr__(self, "compiled", compiled)
