"""Rule building blocks: a regex rule, an "all of these in one clause" rule, and detectors.

A rule id is stable (``contact.phone``); its category is the part before the first dot. The
``kind`` says how the third-person rule of POLICY.md treats a hold:

- ``content``: the message itself carries contact details, a link or an address; it stays held
  whoever the message is about;
- ``intent``: a request, offer or pressure; held, unless the survivor is reporting what someone
  else said or did (then flagged as a disclosure), and never softened when the matched words
  address the reader ("je", "you");
- ``signal``: flag or urgent rules; never changed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from messaging.moderation.decision import Action
from messaging.moderation.normalise import Normalised
from messaging.moderation.rules._index import requirements_of, split_top_level

Requirements = tuple[frozenset[str], ...] | None

Kind = Literal["content", "intent", "signal"]


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


@dataclass(frozen=True, slots=True)
class Searcher:
    """A compiled regex whose leading ``\\b`` is checked in Python instead.

    ``re`` scans fast for a literal or character-set prefix, but a leading ``\\b`` disables that
    scan (2.5 µs instead of 0.2 µs here). Dropping it and checking the boundary at the match start
    gives exactly the matches of the original: on a failed check the search resumes one position
    later.
    """

    regex: re.Pattern[str]
    boundary: bool

    @classmethod
    def compile(cls, pattern: str) -> Searcher:
        if pattern.startswith("\\b"):
            return cls(re.compile(pattern[2:]), True)
        return cls(re.compile(pattern), False)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        regex = self.regex
        while True:
            m = regex.search(text, pos, end)
            if m is None or not self.boundary:
                return m
            start = m.start()
            before = start > 0 and _is_word(text[start - 1])
            after = start < len(text) and _is_word(text[start])
            if before != after:
                return m
            pos = start + 1


@dataclass(frozen=True, slots=True)
class Hit:
    rule: str
    category: str
    action: Action
    kind: Kind
    start: int
    end: int
    urgent: bool = False


_NOT_DIGITS = str.maketrans("", "", "0123456789")


class Context:
    """Per-message state shared by all rules, computed once (clauses only when asked for)."""

    __slots__ = ("_clauses", "digits", "norm", "text")

    def __init__(self, norm: Normalised) -> None:
        self.norm = norm
        self.text = norm.text
        self.digits = len(self.text) - len(self.text.translate(_NOT_DIGITS))
        self._clauses: tuple[tuple[int, int], ...] | None = None

    @classmethod
    def of(cls, norm: Normalised) -> Context:
        return cls(norm)

    @property
    def clauses(self) -> tuple[tuple[int, int], ...]:
        if self._clauses is None:
            self._clauses = split_clauses(self.text)
        return self._clauses


_CLAUSE_END = re.compile(r"[!?…\n;]+|\.+(?=\s|$)")


def split_clauses(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _CLAUSE_END.finditer(text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return tuple(spans)


def category_of(rule_id: str) -> str:
    return rule_id.split(".", 1)[0]


def _signal_unless_hold(rule: Pattern | AllOf) -> None:
    # Only a hold can be softened by the disclosure rule; a flag rule is a signal by nature.
    if rule.action != "hold" and rule.kind == "intent":
        object.__setattr__(rule, "kind", "signal")


@dataclass(frozen=True, slots=True)
class Pattern:
    """One regex over the normalised text; the first match is the reason.

    ``alternatives`` are its top-level alternatives compiled one by one with their anchors, for
    the anchor index; ``regex`` is the whole pattern, used when a rule is run on its own.
    """

    id: str
    action: Action
    pattern: str
    kind: Kind = "intent"
    urgent: bool = False
    # Every match contains at least this many digits (a house number, a postcode): the rule is
    # skipped for messages with fewer, which is most of them.
    min_digits: int = 0
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)
    alternatives: tuple[tuple[Searcher, Requirements], ...] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "regex", re.compile(self.pattern))
        alternatives = tuple(
            (Searcher.compile(alt), requirements_of(alt)) for alt in split_top_level(self.pattern)
        )
        object.__setattr__(self, "alternatives", alternatives)
        _signal_unless_hold(self)

    def hit(self, m: re.Match[str]) -> Hit:
        return Hit(self.id, category_of(self.id), self.action, self.kind, m.start(), m.end(),
                   self.urgent)  # fmt: skip

    def find(self, ctx: Context) -> Hit | None:
        if ctx.digits < self.min_digits:
            return None
        m = self.regex.search(ctx.text)
        return None if m is None else self.hit(m)


@dataclass(frozen=True, slots=True)
class AllOf:
    """Every part matches inside one clause, and no ``none_of`` pattern does.

    For intents whose words come in any order: "money word + transfer verb + the reader" covers
    "ik maak 20 euro naar je over" and "kun je me wat geld lenen" alike, while "het kaartje kost
    9 euro, dat betaalt de organisatie" (nobody addressed) is left alone.
    """

    id: str
    action: Action
    parts: tuple[str, ...]
    none_of: tuple[str, ...] = ()
    kind: Kind = "intent"
    urgent: bool = False
    # Apply ``none_of`` to the whole message rather than the clause: a "grapje" or "haha" after
    # "ik ga dood..." takes back the whole message.
    none_of_in_message: bool = False
    # Let the parts match anywhere in the message rather than in one clause: "kom je langs?
    # mijn ouders zijn er niet" makes its proposal and its reason in two sentences.
    across_clauses: bool = False
    regexes: tuple[Searcher, ...] = field(init=False, repr=False, compare=False)
    excluders: tuple[re.Pattern[str], ...] = field(init=False, repr=False, compare=False)
    requirements: Requirements = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "regexes", tuple(Searcher.compile(p) for p in self.parts))
        # Every part must match, so every part's literal sets are needed.
        needed = [r for r in (requirements_of(p) for p in self.parts) if r is not None]
        merged = tuple(dict.fromkeys(s for r in needed for s in r))
        object.__setattr__(self, "requirements", merged or None)
        object.__setattr__(self, "excluders", tuple(re.compile(p) for p in self.none_of))
        _signal_unless_hold(self)

    def find(self, ctx: Context) -> Hit | None:
        text = ctx.text
        # The first part is the most specific; most messages stop here.
        if self.regexes[0].search(text) is None:
            return None
        clauses = ((0, len(text)),) if self.across_clauses else ctx.clauses
        for c_start, c_end in clauses:
            spans: list[tuple[int, int]] = []
            for rx in self.regexes:
                m = rx.search(text, c_start, c_end)
                if m is None:
                    break
                spans.append(m.span())
            else:
                if self.none_of_in_message:
                    if any(rx.search(text) for rx in self.excluders):
                        return None
                elif any(rx.search(text, c_start, c_end) for rx in self.excluders):
                    continue
                start = min(s for s, _ in spans)
                end = max(e for _, e in spans)
                return Hit(self.id, category_of(self.id), self.action, self.kind, start, end,
                           self.urgent)  # fmt: skip
        return None


Rule = Pattern | AllOf
Detector = Callable[[Context], Sequence[Hit]]


@dataclass(frozen=True, slots=True)
class RuleGroup:
    """The rules and detectors of one category."""

    name: str
    rules: tuple[Rule, ...]
    detectors: tuple[Detector, ...] = ()

    def find(self, ctx: Context) -> list[Hit]:
        """Run every rule of the group without the anchor index (reference behaviour)."""
        hits: list[Hit] = []
        for rule in self.rules:
            hit = rule.find(ctx)
            if hit is not None:
                hits.append(hit)
        for detector in self.detectors:
            hits.extend(detector(ctx))
        return hits


def each_alternative(rule: AllOf) -> tuple[AllOf, ...]:
    """The rule split into one rule per top-level alternative of its first part.

    The anchor index gates an ``AllOf`` on the literals of its first part; when that part is a
    long alternation, one common word in any alternative brings the whole rule in. Split, each
    alternative is gated on its own words. Same matches (the first part matches iff one of its
    alternatives does), so the same decisions.
    """
    first, *rest = rule.parts
    return tuple(
        AllOf(
            rule.id,
            rule.action,
            parts=(alternative, *rest),
            none_of=rule.none_of,
            kind=rule.kind,
            urgent=rule.urgent,
            none_of_in_message=rule.none_of_in_message,
            across_clauses=rule.across_clauses,
        )
        for alternative in split_top_level(first)
    )
