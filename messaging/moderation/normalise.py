"""Turn an obfuscated chat message into the plain text the rules match, keeping a map back.

Every normalised character remembers the span of the original text it came from, so a reason can
quote exactly what the sender typed ("nul zes een twee…", "sn@p") rather than our rewrite of it.

Steps, in order (each one only where it is safe, see the comments):
1. per character: drop invisible format characters, NFKD, drop combining marks, casefold, map
   look-alike letters (Cyrillic/Greek) and any Unicode decimal digit (fullwidth, Arabic-Indic,
   superscript, circled) to ASCII;
2. collapse spaced-out letters ("w h a t s a p p", "s.n.a.p");
3. undo leetspeak in tokens that then spell a platform name ("sn@p", "1nsta", "wh4tsapp") or
   a word of ``LEET_WORDS`` ("v1de0s", "n00dz", "m33t");
4. spoken e-mail and domain punctuation: "(at)", "[at]", "apenstaartje", "at"/"dot"/"punt" in an
   address context → "@" / ".";
5. the chat spelling "nie" → "niet";
6. digits written as words ("nul zes een twee", "zero six", "twaalf vierendertig") → digits, only
   in runs of number words so that "een jongen" and "twee zussen" stay words;
7. look-alike letters inside digit runs ("o6l2345678" → 0612345678).
Spaced, dashed and dotted digit runs are not glued here: the phone detector reads through
separators itself, so that times (06:45) and dates (12-03) keep their shape.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from messaging.moderation.lexicons import (
    ARTICLE_NUMBERS,
    CONFUSABLES,
    LEET,
    LEET_ALT,
    LEET_WORDS,
    NUMBER_WORDS,
    PLATFORM_WORDS,
    SPOKEN_TLDS,
    TENS_EN,
    alt,
)

Edit = tuple[int, int, str]


@dataclass(frozen=True, slots=True)
class Normalised:
    """Normalised text plus, per character, the original span it stands for.

    ``disguised`` lists the original spans of words that had to be de-obfuscated (spaced-out
    letters, leetspeak) to become a platform name: hiding "whatsapp" is itself the intent.
    """

    original: str
    text: str
    # Empty when the text needed no rewrite and no folding that changes positions (plain ASCII):
    # then a normalised position is the original one, and no per-character map is built.
    starts: tuple[int, ...] = ()
    ends: tuple[int, ...] = ()
    disguised: tuple[tuple[int, int], ...] = ()

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` for the normalised slice ``text[start:end]``."""
        if not self.text or end <= start:
            return (0, 0)
        end = min(end, len(self.text))
        if not self.starts:
            return (start, end)
        return (self.starts[start], self.ends[end - 1])

    def original_text(self, start: int, end: int) -> str:
        a, b = self.span(start, end)
        return self.original[a:b]


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """Normalise one non-ASCII character; cached because chat uses a small alphabet."""
    if unicodedata.category(ch) == "Cf":
        # zero-width spaces, joiners, soft hyphens: invisible, used to split trigger words
        return ""
    dec = unicodedata.decimal(ch, None)
    if dec is not None:
        return str(dec)
    if ch in CONFUSABLES:
        return CONFUSABLES[ch]
    out = []
    for part in unicodedata.normalize("NFKD", ch):
        if unicodedata.combining(part):
            continue
        dec = unicodedata.decimal(part, None)
        if dec is not None:
            out.append(str(dec))
            continue
        for c in part.casefold():
            out.append(CONFUSABLES.get(c, c))
    return "".join(out)


class _FoldTable(dict[int, str]):
    """``str.translate`` table that folds each character on first sight and remembers it."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        folded = ("'" if ch == "`" else ch.lower()) if ch.isascii() else _fold_char(ch)
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def _fold(text: str) -> tuple[str, list[int] | None, list[int] | None]:
    if text.isascii():
        # The common case: lower() keeps positions, so the map is the identity (None).
        return text.lower().replace("`", "'"), None, None
    table = _FOLD_TABLE
    if all(len(table[ord(ch)]) == 1 for ch in set(text) if not ch.isascii()):
        # Emoji, accents, fullwidth digits fold one to one: positions are kept.
        return text.translate(table), None, None
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, ch in enumerate(text):
        rep = ch.lower() if ch.isascii() else _fold_char(ch)
        if ch == "`":
            rep = "'"
        for c in rep:
            chars.append(c)
            starts.append(i)
            ends.append(i + 1)
    return "".join(chars), starts, ends


def _apply(
    text: str, starts: list[int] | None, ends: list[int] | None, edits: Iterable[Edit]
) -> tuple[str, list[int], list[int]]:
    """Replace non-overlapping, sorted ``(start, end, replacement)`` slices, keeping the map."""
    if starts is None or ends is None:
        starts = list(range(len(text)))
        ends = list(range(1, len(text) + 1))
    out: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    pos = 0
    for s, e, rep in edits:
        out.append(text[pos:s])
        new_starts.extend(starts[pos:s])
        new_ends.extend(ends[pos:s])
        if rep:
            o_start = starts[s] if s < len(starts) else (ends[-1] if ends else 0)
            o_end = ends[e - 1] if e > s else o_start
            out.append(rep)
            new_starts.extend([o_start] * len(rep))
            new_ends.extend([o_end] * len(rep))
        pos = e
    out.append(text[pos:])
    new_starts.extend(starts[pos:])
    new_ends.extend(ends[pos:])
    return "".join(out), new_starts, new_ends


Rewriter = Callable[[str], list[Edit]]


def _sub_edits(pattern: re.Pattern[str], repl: str | Callable[[re.Match[str]], str]) -> Rewriter:
    def edits(text: str) -> list[Edit]:
        result: list[Edit] = []
        for m in pattern.finditer(text):
            rep = repl if isinstance(repl, str) else repl(m)
            if rep != m.group(0):
                result.append((m.start(), m.end(), rep))
        return result

    return edits


# -- 2. spaced-out letters --------------------------------------------------------------------
# At least three single letters joined by one and the same separator ("w h a t s a p p",
# "s-n-a-p"). Real Dutch almost never has three one-letter words in a row; "a.u.b." becomes "aub".
# The look-behind sits after the first letter so that ``re`` can scan for the letter quickly.
_SPACED = re.compile(r"[a-z@$](?<![\w@$].)(?P<sep>[ .\-_*·/])[a-z@$](?:(?P=sep)[a-z@$])+(?![\w@$])")


def _unspace(m: re.Match[str]) -> str:
    return m.group(0).replace(m.group("sep"), "")


def _is_platform_word(word: str) -> bool:
    return word in PLATFORM_WORDS or any(word.startswith(p) for p in ("snapchat", "whatsapp"))


# -- 3. leetspeak in platform names -----------------------------------------------------------
_LEET_TOKEN = re.compile(
    r"(?<![\w@$!|])(?=[a-z0-9@$!|€]*[a-z])(?=[a-z0-9@$!|€]*[0-9@$!|€])[a-z0-9@$!|€]{3,12}(?![\w])"
)


def _deleet(m: re.Match[str]) -> str:
    token = m.group(0)
    for table in (LEET, {**LEET, **LEET_ALT}):
        plain = "".join(table.get(c, c) for c in token)
        if plain in PLATFORM_WORDS:
            return plain
        if plain in LEET_WORDS:
            return LEET_WORDS[plain]
    return token


# -- 4. spoken e-mail / domain punctuation ----------------------------------------------------
_SPOKEN_TLD = alt(*SPOKEN_TLDS)
_EMAIL_WORDS: Final = frozenset({"at", "dot", "punt", "apenstaartje", "atsign"})
_EMAIL_CHARS: Final = frozenset("@([{<")
_EMAIL_REWRITES: Final[tuple[tuple[re.Pattern[str], str], ...]] = (
    (re.compile(r"\s*[(\[{<]\s*(?:at|@|apenstaartje)\s*[)\]}>]\s*"), "@"),
    (re.compile(r"\s*\b(?:apenstaartje|atsign)\b\s*"), "@"),
    (re.compile(r"\s*[(\[{<]\s*(?:dot|punt|\.)\s*[)\]}>]\s*"), "."),
    # "jay at gmail dot com", "jay at gmail.com": "at" only when a domain follows
    (
        re.compile(
            rf"(?<=[a-z0-9_])\s+at\s+(?=[a-z0-9\-]+(?:\s*\.\s*|\s+(?:dot|punt)\s+){_SPOKEN_TLD}\b)"
        ),
        "@",
    ),
    (re.compile(rf"\s+(?:dot|punt)\s+(?={_SPOKEN_TLD}\b)"), "."),
    # the local part: "sanne punt devries apenstaartje ..." (already "@" by now)
    (re.compile(r"(?<=[a-z0-9_])\s+(?:dot|punt)\s+(?=[a-z0-9_.\-]+\s*@)"), "."),
    # "jay @ gmail.com", "jay@ gmail.com"; not "mijn ig is @mila.x", which is a handle
    (re.compile(r"(?<=[a-z0-9_.])\s+@\s+(?=[a-z0-9])|(?<=[a-z0-9_.])@\s+(?=[a-z0-9])"), "@"),
    (re.compile(r"(?<=[a-z0-9])\s+\.\s*(?=(?:com|nl|net|org|eu)\b)"), "."),
)


# -- 5. digits as words -----------------------------------------------------------------------
_NUMBER_WORD = alt(*(re.escape(w) for w in NUMBER_WORDS))
_NUM_TOKEN = rf"(?:\d+|{_NUMBER_WORD})"
_NUM_RUN = re.compile(rf"(?<![\w]){_NUM_TOKEN}(?:(?:\s*[,\-/.]\s*|\s+){_NUM_TOKEN})+(?![\w])")
_NUMBER_WORD_SET: Final = frozenset(NUMBER_WORDS)
# Words and digit groups; "nul-zes-negen" is three tokens ("twenty-one" combines as tens + unit).
_TOKEN_SPLIT = re.compile(r"\d+|[a-z]+")


def _digit_count(tokens: list[tuple[int, str]]) -> int:
    return sum(len(t) if t.isdigit() else len(NUMBER_WORDS.get(t, "")) for _, t in tokens)


def _number_run_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for m in _NUM_RUN.finditer(text):
        tokens = [(t.start(), t.group(0)) for t in _TOKEN_SPLIT.finditer(m.group(0))]
        # "... vier vijf een jongen": a trailing "een" before a word is the article, unless it
        # completes a phone-length number ("... drie twee een zonder de nul").
        end = m.end()
        if (
            tokens
            and tokens[-1][1] in ARTICLE_NUMBERS
            and re.match(r"\s+[a-z]", text[end:])
            and _digit_count(tokens) < 9
        ):
            tokens.pop()
            if not tokens:
                continue
            last_start, last = tokens[-1]
            end = m.start() + last_start + len(last)
        words = [t for _, t in tokens if not t.isdigit()]
        if not words:
            continue  # plain digit runs are the phone detector's business
        digit_tokens = [t for _, t in tokens if t.isdigit()]
        if len(tokens) < 3 and not any(len(t) >= 2 for t in digit_tokens):
            continue  # "twee zussen", "om zes uur", "drie tegen een" stay words
        if len(tokens) < 2:
            continue
        out: list[str] = []
        i = 0
        while i < len(tokens):
            tok = tokens[i][1]
            value = tok if tok.isdigit() else NUMBER_WORDS.get(tok)
            if value is None:
                break
            # "thirty four" → 34
            nxt = tokens[i + 1][1] if i + 1 < len(tokens) else ""
            unit = NUMBER_WORDS.get(nxt, "")
            if tok in TENS_EN and len(unit) == 1 and unit != "0":
                value = str(int(value) + int(unit))
                i += 1
            out.append(value)
            i += 1
        else:
            edits.append((m.start(), end, "".join(out)))
    return edits


# -- 6. look-alike letters inside digit runs --------------------------------------------------
_DIGITISH = re.compile(r"(?<![\w])(?=(?:[oli|]*\d){5})[\doli|]{8,}(?![\w])")
# The same in spaced groups: "O6 I2 34 56 78"; every group has a digit, so words are safe.
_DIGITISH_GROUPS = re.compile(
    r"(?<![\w])[oli|]?\d[\doli|]{0,3}(?:[ .\-/]{1,3}[\doli|]{0,3}\d[\doli|]{0,3}){3,}(?![\w])"
)
_DIGIT_LOOKALIKE = str.maketrans({"o": "0", "l": "1", "i": "1", "|": "1"})
_DIGIT_CHARS: Final = frozenset("0123456789")


def _digitish_edits(text: str) -> list[Edit]:
    edits = [
        (m.start(), m.end(), m.group(0).translate(_DIGIT_LOOKALIKE))
        for m in _DIGITISH.finditer(text)
        if not m.group(0).isdigit()
    ]
    if edits:
        return edits
    return [
        (m.start(), m.end(), m.group(0).translate(_DIGIT_LOOKALIKE))
        for m in _DIGITISH_GROUPS.finditer(text)
        if re.search(r"[oli|]", m.group(0)) and sum(c.isdigit() for c in m.group(0)) >= 6
    ]


_UNSPACE_EDITS = _sub_edits(_SPACED, _unspace)
_DELEET_EDITS = _sub_edits(_LEET_TOKEN, _deleet)
_LEET_HINT = re.compile(r"[a-z][0-9@$!|€]|[0-9@$!|€][a-z]")


_WORDS = re.compile(r"[a-z]+")
_NIE = re.compile(r"(?<![\w'])nie(?![\w'])")


def _disguised(
    edits: list[Edit], starts: list[int] | None, ends: list[int] | None
) -> list[tuple[int, int]]:
    return [
        (s if starts is None else starts[s], e if ends is None else ends[e - 1])
        for s, e, rep in edits
        if _is_platform_word(rep)
    ]


def normalise(text: str) -> Normalised:
    folded, starts, ends = _fold(text)
    disguised: list[tuple[int, int]] = []
    if _SPACED.search(folded):
        edits = _UNSPACE_EDITS(folded)
        disguised += _disguised(edits, starts, ends)
        folded, starts, ends = _apply(folded, starts, ends, edits)
    if _LEET_HINT.search(folded):
        edits = _DELEET_EDITS(folded)
        disguised += _disguised(edits, starts, ends)
        folded, starts, ends = _apply(folded, starts, ends, edits)
    # Cheap word-set checks decide which rewrites can apply at all; most messages need none.
    words = set(_WORDS.findall(folded))
    if not _EMAIL_CHARS.isdisjoint(folded) or not _EMAIL_WORDS.isdisjoint(words):
        for pattern, rep in _EMAIL_REWRITES:
            edits = [(m.start(), m.end(), rep) for m in pattern.finditer(folded)]
            if edits:
                folded, starts, ends = _apply(folded, starts, ends, edits)
    if "nie" in words:
        # chat spelling of "niet" ("ik wil er nie meer zijn"): the rules are written for "niet"
        edits = [(m.start(), m.end(), "niet") for m in _NIE.finditer(folded)]
        folded, starts, ends = _apply(folded, starts, ends, edits)
    if not _NUMBER_WORD_SET.isdisjoint(words):
        edits = _number_run_edits(folded)
        if edits:
            folded, starts, ends = _apply(folded, starts, ends, edits)
    if not _DIGIT_CHARS.isdisjoint(folded):
        edits = _digitish_edits(folded)
        if edits:
            folded, starts, ends = _apply(folded, starts, ends, edits)
    if starts is None or ends is None:
        return Normalised(text, folded)
    return Normalised(text, folded, tuple(starts), tuple(ends), tuple(disguised))


_NON_DIGIT = re.compile(r"\D+")


def phone_key(raw: str) -> str:
    """Canonical form of a phone number: Dutch numbers as 0XXXXXXXXX, others as bare digits.

    +31612345678, 0031 6 12345678, 06-12345678 and "nul zes een twee …" all give "0612345678".
    """
    digits = _NON_DIGIT.sub("", raw)
    if digits.startswith("0031"):
        digits = "0" + digits[4:]
    elif digits.startswith("310") and len(digits) == 12:
        digits = digits[2:]
    elif digits.startswith("31") and len(digits) == 11:
        digits = "0" + digits[2:]
    elif len(digits) == 9 and digits.startswith("6"):
        digits = "0" + digits
    # "+31 (0)6 ...": the trunk zero written after the country code
    if digits.startswith("00") and len(digits) == 11:
        digits = digits[1:]
    return digits
