"""One message in, one decision out: normalise, run the rules, apply the disclosure rule, decide.

The disclosure rule (POLICY.md, PITFALLS.md): when the survivor tells about someone else ("hij
vraagt steeds om af te spreken") a request or offer that would be held is flagged instead, so she
is not silenced. Three things keep that from becoming a loophole:

- content (contact details, links, addresses) stays held whoever it is about;
- a match that itself addresses the reader ("je", "you") stays held: "hij kan je ophalen";
- direct speech stays held: "hij zei: stuur je nummer" asks the reader for her number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from messaging.moderation.decision import (
    FLAG,
    HOLD,
    Action,
    CustomRule,
    Decision,
    Reason,
    strongest,
)
from messaging.moderation.learned import LearnedModels, default_models
from messaging.moderation.lexicons import REPORT_VERB, SECOND_PERSON, THIRD_ACTOR
from messaging.moderation.normalise import Normalised, normalise, phone_key
from messaging.moderation.rules import Context, Hit, run_rules

_SECOND_PERSON: Final = re.compile(rf"\b{SECOND_PERSON}\b")
# "als iemand het vraagt, ..." is a hypothetical, not a report: no frame after "als"/"if".
_FRAME: Final = re.compile(
    rf"(?<!\bals )(?<!\bif )(?<!\bwanneer )(?<!\bzodra )(?<!\bwhen )"
    # ("zonder het tegen iemand te zeggen": an infinitive with "te" is no report)
    rf"\b{THIRD_ACTOR}\b(?:\s+[\w']+){{0,5}}?\s+(?<!\bte ){REPORT_VERB}\b"
    rf"|\b{REPORT_VERB}\s+(?:hij|ze|zij|ie|he|she|they)\b"
    # (not the Dutch chat tag: "maak hier geen screenshot van he" is no report about a "he")
    rf"|\b(?:van|from)\s+(?:hem|haar|hen|him|her|them|{THIRD_ACTOR})\b(?<!\bvan he)"
)
_DIRECT_SPEECH: Final = re.compile(
    rf"\b{REPORT_VERB}\s*[:\"']|\b{REPORT_VERB}\s+(?:hij|ze|zij|ie|he|she|they)\s*[:\"']"
)
_DISCLOSURE_RULE: Final = "disclosure.third_person"
LEARNED_URGENT: Final = "learned.distress"
LEARNED_HOLD: Final = "learned.hold"
# Reported speech inside a disclosure: in "een meisje uit mn klas vraagt of ik meega, ze zegt dat
# je er geld voor krijgt" the "je" after "ze zegt dat" is the generic "you" of what she was told,
# not the reader. Only honoured when a disclosure rule already found her telling about someone.
_REPORTED_THAT: Final = re.compile(
    rf"\b{REPORT_VERB}\s+(?:(?:me|mij|tegen\s+(?:me|mij)|steeds|altijd|ook)\s+)*(?:dat|that)\b"
)

_DIGIT_RUN: Final = re.compile(r"(?<!\d)(?:\+\s?)?\d(?:[ .\-/()]{0,3}\d)*")
_PHONE_LIKE: Final = re.compile(r"[\d\s+().\-/]+")
_NOT_ALNUM: Final = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True, slots=True)
class BlockedIdentifiers:
    """A survivor's safety identifiers, compiled once: phone numbers and names or handles."""

    phones: frozenset[str]
    terms: tuple[re.Pattern[str], ...]
    squashed: tuple[str, ...]

    @classmethod
    def compile(cls, identifiers: Iterable[str]) -> BlockedIdentifiers:
        phones: set[str] = set()
        terms: list[re.Pattern[str]] = []
        squashed: list[str] = []
        for raw in identifiers:
            text = normalise(raw).text.strip()
            if not text:
                continue
            digits = re.sub(r"\D", "", text)
            if _PHONE_LIKE.fullmatch(text) and len(digits) >= 6:
                phones.add(phone_key(text))
                continue
            term = text.lstrip("@")
            body = r"\s*".join(re.escape(part) for part in term.split())
            terms.append(re.compile(rf"(?<![\w])@?{body}(?![\w])"))
            compact = _NOT_ALNUM.sub("", term)
            # Only distinctive identifiers are matched with separators squeezed out
            # ("lisa_xo" in "l i s a x o"); a short first name would match inside other words.
            if len(compact) >= 6:
                squashed.append(compact)
        return cls(frozenset(phones), tuple(terms), tuple(squashed))

    def find(self, norm: Normalised) -> Hit | None:
        text = norm.text
        if self.phones:
            for m in _DIGIT_RUN.finditer(text):
                raw = re.sub(r"\D", "", m.group(0))
                if len(raw) < 6:
                    continue
                key = phone_key(m.group(0))
                for phone in self.phones:
                    if key == phone or phone in raw or ("31" + phone[1:]) in raw:
                        return _blocked_hit(m.start(), m.end())
        for rx in self.terms:
            found = rx.search(text)
            if found:
                return _blocked_hit(found.start(), found.end())
        if self.squashed:
            positions = [i for i, c in enumerate(text) if c.isascii() and c.isalnum()]
            compact = "".join(text[i] for i in positions)
            for term in self.squashed:
                at = compact.find(term)
                if at >= 0:
                    return _blocked_hit(positions[at], positions[at + len(term) - 1] + 1)
        return None


def _blocked_hit(start: int, end: int) -> Hit:
    return Hit("blocked.identifier", "blocked", HOLD, "content", start, end)


@lru_cache(maxsize=2048)
def _blocked_cached(identifiers: tuple[str, ...]) -> BlockedIdentifiers:
    return BlockedIdentifiers.compile(identifiers)


def _clause_of(clauses: tuple[tuple[int, int], ...], pos: int) -> tuple[int, int]:
    for start, end in clauses:
        if start <= pos < end:
            return (start, end)
    return (0, 0)


def _apply_disclosure_rule(ctx: Context, hits: list[Hit]) -> tuple[list[Hit], Hit | None]:
    text = ctx.text
    if not any(h.action == HOLD and h.kind == "intent" for h in hits):
        return hits, None
    # Direct speech needs a colon or a quote; most messages have neither, so skip the regex.
    if (":" in text or '"' in text or "'" in text) and _DIRECT_SPEECH.search(text):
        return hits, None
    out: list[Hit] = []
    frame_hit: Hit | None = None
    disclosed = any(h.category == "disclosure" for h in hits)
    for hit in hits:
        if hit.action == HOLD and hit.kind == "intent":
            c_start, c_end = _clause_of(ctx.clauses, hit.start)
            frame = _FRAME.search(text, c_start, c_end)
            if frame and (
                not _SECOND_PERSON.search(text, hit.start, hit.end)
                or (disclosed and _reported(text, c_start, hit.end))
            ):
                out.append(Hit(hit.rule, hit.category, FLAG, hit.kind, hit.start, hit.end))
                if frame_hit is None:
                    frame_hit = Hit(_DISCLOSURE_RULE, "disclosure", FLAG, "signal",
                                    frame.start(), frame.end())  # fmt: skip
                continue
        out.append(hit)
    return out, frame_hit


def _reported(text: str, c_start: int, hit_end: int) -> bool:
    """Whether the hit ends in a "ze zegt dat ..." clause, at most eight words after the "dat"."""
    for m in _REPORTED_THAT.finditer(text, c_start, hit_end):
        if len(text[m.end() : hit_end].split()) <= 8:
            return True
    return False


_STRENGTH: Final = {"hold": 0, "flag": 1, "allow": 2}


class Moderator:
    """The pipeline with one organisation's custom rules and one survivor's identifiers bound.

    Build one per (organisation, survivor) and reuse it: everything is compiled here, so each
    message costs one normalisation and one pass of the rules.
    """

    __slots__ = ("_blocked", "_extra", "_learned", "_models")

    def __init__(
        self,
        *,
        extra_rules: Sequence[CustomRule] = (),
        blocked_identifiers: Sequence[str] | BlockedIdentifiers = (),
        learned: bool = True,
        models: LearnedModels | None = None,
    ) -> None:
        """`learned=False` leaves out the learned models: the rules alone, for their tests.

        `models` replaces the models learnt from the whole corpus (`default_models`), for
        evaluating models learnt without one author's set (`messaging.moderation.crossval`).
        """
        self._extra = tuple(extra_rules)
        self._learned = learned
        self._models = models
        if isinstance(blocked_identifiers, BlockedIdentifiers):
            self._blocked = blocked_identifiers
        else:
            self._blocked = _blocked_cached(tuple(blocked_identifiers))

    def moderate(self, text: str) -> Decision:
        norm = normalise(text)
        ctx = Context.of(norm)
        hits = run_rules(ctx)
        for rule in self._extra:
            m = rule.compiled.search(norm.text)
            if m:
                # An organisation's rule is its explicit choice: never softened.
                hits.append(Hit(rule.id, "custom", rule.action, "content", m.start(), m.end()))
        blocked = self._blocked.find(norm)
        if blocked is not None:
            hits.append(blocked)
        hits, frame_hit = _apply_disclosure_rule(ctx, hits)
        if frame_hit is not None:
            hits.append(frame_hit)
        if self._learned:
            hits.extend(_learned_hits(self._models or default_models(), norm.text, hits))
        return _decide(norm, hits)


def _learned_hits(models: LearnedModels, text: str, hits: list[Hit]) -> list[Hit]:
    """The learned models' second opinion (see `learned`): only ever stricter than the rules.

    No hold when the rules saw her telling about something done to her: holding that would
    silence her (POLICY.md).
    """
    wants_urgent = not any(h.urgent for h in hits)
    wants_hold = not any(h.action == HOLD or h.category == "disclosure" for h in hits)
    if not (wants_urgent or wants_hold):
        return []
    judgement = models.judge(text, urgent_wanted=wants_urgent, hold_wanted=wants_hold)
    extra: list[Hit] = []
    if judgement.urgent:
        start, end = judgement.urgent_span
        extra.append(Hit(LEARNED_URGENT, "distress", FLAG, "signal", start, end, urgent=True))
    if judgement.hold:
        start, end = judgement.hold_span
        extra.append(Hit(LEARNED_HOLD, "learned", HOLD, "content", start, end))
    return extra


def _decide(norm: Normalised, hits: list[Hit]) -> Decision:
    action: Action = "allow"
    urgent = False
    seen: set[tuple[str, Action]] = set()
    reasons: list[Reason] = []
    for hit in sorted(hits, key=lambda h: _STRENGTH[h.action]):
        action = strongest(action, hit.action)
        urgent = urgent or hit.urgent
        if (hit.rule, hit.action) in seen:
            continue
        seen.add((hit.rule, hit.action))
        reasons.append(Reason(hit.rule, hit.category, hit.action,
                              norm.original_text(hit.start, hit.end)))  # fmt: skip
    return Decision(action, urgent, tuple(reasons))


_DEFAULT: Final = Moderator()


def moderate(
    text: str,
    *,
    extra_rules: Sequence[CustomRule] = (),
    blocked_identifiers: Sequence[str] = (),
) -> Decision:
    """Moderate one message. See :class:`Moderator` to bind rules and identifiers once."""
    if not extra_rules and not blocked_identifiers:
        return _DEFAULT.moderate(text)
    return Moderator(extra_rules=extra_rules, blocked_identifiers=blocked_identifiers).moderate(
        text
    )
