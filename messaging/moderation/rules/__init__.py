"""The built-in rules, one module per POLICY.md category, behind one anchor index.

Each category module exposes ``RULES``, a :class:`RuleGroup`; ``_base`` has the rule types
(``Pattern``, ``AllOf``, detectors) and ``_index`` the anchor index that keeps per-message work
to the few alternatives that can match. ``GROUPS`` is the order they run in (it changes only the
order of reasons, never the decision); ``ENGINE`` runs them; ``catalogue()`` lists every rule id
with its category and action, for the Django side to translate and document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Final

from messaging.moderation.decision import Action
from messaging.moderation.lexicons import SECOND_PERSON
from messaging.moderation.rules import (
    abuse,
    contact,
    disclosure,
    distress,
    link,
    location,
    meeting,
    money,
    platform,
    secrecy,
    sexual,
    threat,
)
from messaging.moderation.rules._base import (
    AllOf,
    Context,
    Detector,
    Hit,
    Kind,
    Pattern,
    Requirements,
    Rule,
    RuleGroup,
    Searcher,
    category_of,
    split_clauses,
)
from messaging.moderation.rules._index import trie_regex

GROUPS: tuple[RuleGroup, ...] = (
    distress.RULES,
    contact.RULES,
    platform.RULES,
    location.RULES,
    money.RULES,
    secrecy.RULES,
    meeting.RULES,
    sexual.RULES,
    link.RULES,
    threat.RULES,
    disclosure.RULES,
    abuse.RULES,
)

# Rules implemented as detector functions rather than patterns. The kind listed here is the one
# the engine gives their hits (a detector only finds; whether a hit may be softened is decided
# here, beside the kinds of the pattern rules).
#
# A disguised app name ("sn@p", "1nsta") is an "intent", like the plain name: in "een jongen op
# 1nsta blijft vragen of ik wil afspreken" she tells about someone and is not silenced (POLICY).
# Its hit is one word, so the pipeline's "does the match address the reader" test would always
# pass; the engine therefore keeps it "content" (never softened) in a clause that addresses the
# reader ("hij wil dat je hem toevoegt op 1nsta"). A direct "voeg me toe op sn@p" has no third
# person telling and stays held either way.
_DETECTOR_RULES: tuple[tuple[str, Action, Kind], ...] = (
    ("contact.phone", "hold", "content"),
    ("contact.iban", "hold", "content"),
    ("link", "hold", "content"),
    ("platform.disguised", "hold", "intent"),
)
_DETECTOR_KIND: Final[dict[str, Kind]] = {rule_id: kind for rule_id, _, kind in _DETECTOR_RULES}
_READER: Final = re.compile(rf"\b{SECOND_PERSON}\b")


def _detector_hits(detectors: Sequence[Detector], ctx: Context) -> list[Hit]:
    """The detectors' hits, with the kind the catalogue gives them (see ``_DETECTOR_RULES``)."""
    hits: list[Hit] = []
    for detector in detectors:
        for hit in detector(ctx):
            kind = _DETECTOR_KIND.get(hit.rule, hit.kind)
            if kind == "intent" and kind != hit.kind and _addresses_reader(ctx, hit.start):
                kind = hit.kind
            hits.append(hit if kind == hit.kind else replace(hit, kind=kind))
    return hits


def _addresses_reader(ctx: Context, pos: int) -> bool:
    for start, end in ctx.clauses:
        if start <= pos < end:
            return _READER.search(ctx.text, start, end) is not None
    return _READER.search(ctx.text) is not None


@dataclass(frozen=True, slots=True)
class RuleInfo:
    id: str
    category: str
    action: Action
    kind: Kind
    urgent: bool


def catalogue() -> tuple[RuleInfo, ...]:
    """Every built-in rule id once, in run order."""
    seen: dict[str, RuleInfo] = {}
    for group in GROUPS:
        for rule in group.rules:
            if rule.id not in seen:
                seen[rule.id] = RuleInfo(
                    rule.id, category_of(rule.id), rule.action, rule.kind, rule.urgent
                )
    for rule_id, action, kind in _DETECTOR_RULES:
        seen.setdefault(rule_id, RuleInfo(rule_id, category_of(rule_id), action, kind, False))
    return tuple(seen.values())


@dataclass(frozen=True, slots=True)
class _Unit:
    """A gateable piece: one alternative of a Pattern, or a whole AllOf."""

    rule: int
    alternative: Searcher | None
    min_digits: int
    # Literal sets needed besides the first one (which brought the unit in as a candidate).
    also_required: frozenset[int]


class Engine:
    """All rule groups behind one anchor index (see ``_index``)."""

    def __init__(self, groups: Sequence[RuleGroup]) -> None:
        self.rules: tuple[Rule, ...] = tuple(r for g in groups for r in g.rules)
        self.detectors: tuple[Detector, ...] = tuple(d for g in groups for d in g.detectors)
        set_ids: dict[frozenset[str], int] = {}
        units: list[_Unit] = []
        by_first_set: dict[int, list[int]] = {}
        always: list[int] = []
        for index, rule in enumerate(self.rules):
            pieces: list[tuple[Searcher | None, Requirements]]
            if isinstance(rule, Pattern):
                pieces = list(rule.alternatives)
            else:
                pieces = [(None, rule.requirements)]
            for searcher, required in pieces:
                uid = len(units)
                ids = [set_ids.setdefault(s, len(set_ids)) for s in (required or ())]
                min_digits = rule.min_digits if isinstance(rule, Pattern) else 0
                units.append(_Unit(index, searcher, min_digits, frozenset(ids[1:])))
                if ids:
                    by_first_set.setdefault(ids[0], []).append(uid)
                else:
                    always.append(uid)
        self._units = tuple(units)
        # The other required sets as a bit mask: "all of them were seen" is one AND per unit.
        self._plan: tuple[tuple[int, Searcher | None, int, int], ...] = tuple(
            (u.rule, u.alternative, u.min_digits, sum(1 << sid for sid in u.also_required))
            for u in units
        )
        self._always = frozenset(always)
        sets_of_anchor: dict[str, set[int]] = {}
        for literal_set, sid in set_ids.items():
            for anchor in literal_set:
                sets_of_anchor.setdefault(anchor, set()).add(sid)
        # Per anchor, precomputed: the literal sets it satisfies (it also stands for every
        # shorter anchor it starts with, since the trie reports the longest one) and the units
        # those sets bring in as candidates. Per message this is one lookup per anchor found.
        self._closure: dict[str, tuple[int, frozenset[int]]] = {}
        for anchor in sets_of_anchor:
            sids = frozenset(
                sid
                for length in range(1, len(anchor) + 1)
                for sid in sets_of_anchor.get(anchor[:length], ())
            )
            candidates = frozenset(u for sid in sids for u in by_first_set.get(sid, ()))
            self._closure[anchor] = (sum(1 << sid for sid in sids), candidates)
        self._trie = trie_regex(sets_of_anchor)

    def run(self, ctx: Context) -> list[Hit]:
        text = ctx.text
        found = [self._closure[anchor] for anchor in set(self._trie.findall(text))]
        # The literal sets seen, as a bit mask (a hundred set ids per message: building a set of
        # them cost more than all the rules together); the candidates in one C-level union.
        seen = 0
        for sids, _ in found:
            seen |= sids
        candidates = self._always.union(*[units_here for _, units_here in found])
        hits: list[Hit] = []
        done: set[int] = set()
        plan = self._plan
        rules = self.rules
        digits = ctx.digits
        # Per unit, flattened once in __init__: (rule index, alternative, min digits, other sets).
        for uid in sorted(candidates):
            rule_index, alternative, min_digits, also_required = plan[uid]
            if rule_index in done or min_digits > digits:
                continue
            if also_required & seen != also_required:
                continue
            rule = rules[rule_index]
            if alternative is not None:
                m = alternative.search(text)
                if m is not None:
                    done.add(rule_index)
                    assert isinstance(rule, Pattern)
                    hits.append(rule.hit(m))
                continue
            done.add(rule_index)
            hit = rule.find(ctx)
            if hit is not None:
                hits.append(hit)
        hits.extend(_detector_hits(self.detectors, ctx))
        return hits

    def run_unindexed(self, ctx: Context) -> list[Hit]:
        """Every rule on its own, no index: the reference the index must agree with."""
        hits = [h for h in (rule.find(ctx) for rule in self.rules) if h is not None]
        hits.extend(_detector_hits(self.detectors, ctx))
        return hits


ENGINE = Engine(GROUPS)


def run_rules(ctx: Context) -> list[Hit]:
    return ENGINE.run(ctx)


__all__ = [
    "ENGINE",
    "GROUPS",
    "AllOf",
    "Context",
    "Engine",
    "Hit",
    "Pattern",
    "RuleGroup",
    "RuleInfo",
    "catalogue",
    "run_rules",
    "split_clauses",
]
