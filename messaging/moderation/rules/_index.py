"""Anchor index: run only the regex alternatives that can possibly match a message.

Python's ``re`` tries every alternative of a pattern at every position, which made a pattern with
thirty alternatives cost 30-150 µs per message. Here each top-level alternative is compiled on its
own together with its *anchors*: literal strings one of which occurs in every match (derived from
the regex parse tree, so they cannot drift from the pattern). One pass of a trie regex finds every
anchor in the message; only alternatives whose anchors occurred are run.

The derivation only ever errs towards "no anchors, always run", so gating never changes a result;
``tests/messaging/moderation/test_engine.py`` checks gated and ungated runs agree on a corpus.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from typing import Any

# The parser is the one ``re`` itself uses; it has no public name and no type stubs.
_sre_parser: Any = importlib.import_module("re._parser")

Anchors = frozenset[str] | None


def split_top_level(pattern: str) -> list[str]:
    """Split a regex on its top-level ``|`` (outside groups and character classes)."""
    parts: list[str] = []
    depth = 0
    in_class = False
    start = 0
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            # "[]...]" and "[^]...]": a leading "]" is a literal
            if pattern[i + 1 : i + 2] == "^":
                i += 1
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


# Everyday chat, Dutch and English, to estimate how often an anchor occurs as a substring of an
# ordinary message. Only used to choose *which* necessary literal gates an alternative, so it
# affects speed, never a decision.
_BACKGROUND = (
    " hoi hey hallo doei ik je jij u we wij ze zij hij het de een en is in op van voor met dat "
    "niet wat die deze dit aan bij naar ben bent heb hebt heeft was zijn maar ook als dan nog wel "
    "al zo of om te er hoe waar wie waarom wanneer ja nee oke ok top leuk fijn goed slecht moe "
    "blij boos verdrietig lief mooi echt heel erg veel weinig even ff gewoon misschien sowieso sws "
    "vandaag morgen gisteren straks later nu vanavond week weekend maandag dinsdag woensdag "
    "donderdag vrijdag zaterdag zondag uur tijd keer dag avond school les huiswerk toets cijfer "
    "groep bus trein fiets huis thuis kamer mama papa moeder vader zus broer vriendin vriend oma "
    "opa eten drinken film muziek serie spel app telefoon foto filmpje bericht werk stage bijbaan "
    "mijn me mij jouw onze jullie hun haar hem zich kan kun wil moet mag zal ga gaat doe doet "
    "komt kom zie zeg weet denk vind voel snap bedankt dankje dankjewel sorry succes haha lol "
    "wtf bro fr gaan komen zien zeggen weten denken vinden voelen maken doen hebben zijn worden "
    "i you he she it we they the a an and or but is are was were be been have has had do does "
    "did not no yes my your our me him her them this that what where when why how can could "
    "will would should just really so very good bad nice cool okay thanks sorry today tomorrow "
    "tonight school home mom dad friend friends phone movie music game work time day night "
    "want need like love know think feel see go going come get got make take say tell "
    # punctuation is as common as words in chat
    "? ? ? ? ? . . . . . , , , , ! ! ! : ' ' ) ( "
)


def _score(anchors: frozenset[str]) -> tuple[int, int, int]:
    # Prefer the set that rarely occurs in ordinary chat, then longer anchors, then fewer.
    common = sum(_BACKGROUND.count(a) for a in anchors)
    return (-common, min(len(a) for a in anchors), -len(anchors))


def _class_chars(items: Iterable[tuple[Any, Any]]) -> frozenset[str] | None:
    """The characters of a class made of literals only; None for ranges, categories, negation."""
    chars: set[str] = set()
    for op, av in items:
        if str(op) != "LITERAL":
            return None
        chars.add(chr(av))
    return frozenset(chars) or None


def _required(items: Iterable[tuple[Any, Any]]) -> list[frozenset[str]]:
    """Every set of literals the sequence needs: one string of *each* set occurs in a match."""
    sets: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            run.append(chr(av))
            continue
        if run:
            sets.append(frozenset({"".join(run)}))
            run = []
        if name == "SUBPATTERN":
            sets.extend(_required(av[-1].data))
        elif name == "ATOMIC_GROUP":
            sets.extend(_required(av.data))
        elif name == "BRANCH":
            branches = [_best(_required(b.data)) for b in av[1]]
            if all(b is not None for b in branches):
                sets.append(frozenset().union(*(b for b in branches if b is not None)))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _high, body = av
            if low >= 1:
                sets.extend(_required(body.data))
        elif name == "IN":
            # a class of plain characters ("[:=]", "[!?]") is a set of one-character literals
            chars = _class_chars(av)
            if chars:
                sets.append(chars)
        # ANY, AT, ASSERT, ASSERT_NOT, NOT_LITERAL, GROUPREF, classes with ranges or categories:
        # no literal to rely on.
    if run:
        sets.append(frozenset({"".join(run)}))
    return [s for s in sets if s and all(s)]


def _best(sets: list[frozenset[str]]) -> Anchors:
    return max(sets, key=_score) if sets else None


# A necessary set that is this common in ordinary chat is not worth checking on its own.
_COMMON_LIMIT = 12


def requirements_of(pattern: str) -> tuple[frozenset[str], ...] | None:
    """The literal sets a match needs (all of them), or None when nothing is known.

    The rarest set is always kept; others only when they are not everyday words, so that the
    index stays small while "heb je ... snap" needs both "heb" and a platform name.
    """
    try:
        parsed = _sre_parser.parse(pattern)
    except Exception:
        return None
    sets = _required(parsed.data)
    best = _best(sets)
    if best is None:
        return None
    extra = [s for s in sets if s is not best and -_score(s)[0] <= _COMMON_LIMIT]
    return (best, *dict.fromkeys(extra))


def anchors_of(pattern: str) -> Anchors:
    """The rarest literal set every match of ``pattern`` needs one string of, or None."""
    required = requirements_of(pattern)
    return None if required is None else required[0]


def trie_regex(words: Iterable[str]) -> re.Pattern[str]:
    """A regex that, at each position, captures the longest word starting there."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # Longer continuations are tried first, so the capture is the longest anchor here.
        return f"(?:{body})?" if ends else body

    return re.compile(f"(?=({build(trie)}))", re.DOTALL)
