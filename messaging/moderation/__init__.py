"""Message moderation for Verder: explainable rules, plain Python, no Django.

How it is split:

- ``decision``  the values handed out: :class:`Decision`, :class:`Reason`, :class:`CustomRule`;
- ``normalise`` undoes obfuscation (look-alike and written-out digits, spaced letters, leetspeak
  in platform names, spoken e-mail punctuation) and keeps a map back to the original text;
- ``lexicons``  the shared word lists and regex fragments, written for intent;
- ``rules/``    one module per POLICY.md category (contact, platform, location, money, secrecy,
  meeting, sexual, link, threat, distress, disclosure, abuse), each a ``RuleGroup``; ``_base``
  holds the rule types and ``_index`` the anchor index that makes a message cost a few regexes;
- ``pipeline``  :func:`moderate` and :class:`Moderator`: rules, the disclosure rule, custom
  rules, blocked identifiers, the decision;
- ``evaluate``  scoring on labelled files; ``__main__`` the command line.

Usage::

    from messaging.moderation import CustomRule, moderate

    decision = moderate(text, extra_rules=org_rules, blocked_identifiers=safety_ids)
    decision.action   # "allow" | "flag" | "hold"
    decision.urgent   # distress, self-harm, suicide
    decision.reasons  # (Reason(rule="contact.phone", category="contact", action="hold",
                      #         match="nul zes een twee ..."), ...)
"""

from messaging.moderation.decision import (
    ACTIONS,
    Action,
    CustomRule,
    Decision,
    InvalidRuleError,
    Reason,
)
from messaging.moderation.normalise import Normalised, phone_key
from messaging.moderation.pipeline import BlockedIdentifiers, Moderator, moderate
from messaging.moderation.rules import RuleInfo, catalogue

__all__ = [
    "ACTIONS",
    "Action",
    "BlockedIdentifiers",
    "CustomRule",
    "Decision",
    "InvalidRuleError",
    "Moderator",
    "Normalised",
    "Reason",
    "RuleInfo",
    "catalogue",
    "moderate",
    "phone_key",
]
