"""Links and bare domains (POLICY: hold), with spoken dots already glued by the normaliser."""

from __future__ import annotations

import re
from typing import Final

from messaging.moderation.decision import HOLD
from messaging.moderation.lexicons import SAFE_DOMAINS, TLDS, alt
from messaging.moderation.rules._base import Context, Hit, RuleGroup

# TLDs that are also words ("ok.me", "ga.to") are links only with a scheme, www, or a path.
_WORDLIKE_TLDS: Final = frozenset({"me", "to", "be", "co", "tv", "cc", "ws", "su", "ga", "gq", "ml",
                                   "tk", "cf", "gg", "de", "fr", "ly", "gl", "io"})  # fmt: skip
_SHORTENERS: Final = frozenset({"t.me", "bit.ly", "goo.gl", "wa.me", "ig.me", "m.me", "tinyurl.com",
                                "is.gd", "t.co", "cutt.ly", "rb.gy", "shorturl.at", "linktr.ee",
                                "forms.gle", "lnk.bio", "beacons.ai"})  # fmt: skip

_SCHEME = re.compile(
    r"\b(?:https?|hxxps?|ftp)\s*:\s*/\s*/\s*\S+|\bwww\s*\.\s*[a-z0-9\-]+\s*\.\s*[a-z0-9]\S*"
)
_DOMAIN = re.compile(
    r"(?<![@\w.\-])((?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+(" + alt(*TLDS) + r"))\b(/\S*)?"
)


# Starts with a literal, so ``re`` can skip through the text quickly.
_HINT = re.compile(r"\.\s*(?:" + alt(*TLDS, "ee", "gle", "ai") + r")\b|://|www")
# Link-in-bio and form services whose TLDs are not in TLDS ("linktr.ee/mila", "forms.gle/x").
_SERVICE = re.compile(r"\b(?:linktr\.ee|forms\.gle|lnk\.bio|beacons\.ai)\b(?:/\S*)?")
# A short link typed with spaces: "bit . ly / 4kRtQp".
_SPACED_LINK = re.compile(
    r"\b[a-z0-9\-]{2,}\s*\.\s*(?:" + alt(*TLDS) + r")\s*/\s*[a-z0-9][a-z0-9\-_]{2,}"
)


# Round 12 (train_r): a short link spoken or spaced so that no ".tld" is left: "bit ly slash
# 7Hq2", "discord gg slash chillzone", "youtu dot be slash x", "t . m e / groep", "bitly/x".
# Only well-known shorteners when the dot is missing, any TLD when it is spoken ("dot", "punt").
_SPOKEN_LINK = re.compile(
    r"\b(?:bit\s*\.?\s*ly|is\s*(?:\.|punt|dot)?\s*gd|t\s*\.?\s*m\s*e|discord\s*(?:\.|punt|dot)"
    r"?\s*gg|"
    r"youtu\s*(?:\.|punt|dot)?\s*be|wa\s*\.?\s*me|tinyurl|cutt\s*\.?\s*ly|rb\s*\.?\s*gy|"
    r"s\s*\.\s*id|"
    r"linktr\s*\.?\s*ee)\s*(?:/|\bslash\b)\s*[a-z0-9][\w\-]{2,}"
    r"|\b[a-z0-9\-]{2,}\s+(?:dot|punt)\s+(?:"
    + alt(*TLDS)
    + r")\s*(?:/|\bslash\b)\s*[a-z0-9][\w\-]{2,}"
)


def _link(ctx: Context) -> list[Hit]:
    text = ctx.text
    if _HINT.search(text) is None:
        if "/" in text or "slash" in text:
            m = _SPOKEN_LINK.search(text)
            if m:
                return [Hit("link", "link", HOLD, "content", m.start(), m.end())]
        return []
    m = _SCHEME.search(text) or _SERVICE.search(text) or _SPACED_LINK.search(text)
    if m:
        return [Hit("link", "link", HOLD, "content", m.start(), m.end())]
    for m in _DOMAIN.finditer(text):
        domain, tld, path = m.group(1), m.group(2), m.group(3)
        if domain in SAFE_DOMAINS and not path:
            continue  # "ik heb een pakketje besteld bij bol.com"
        if tld in _WORDLIKE_TLDS and not path and domain not in _SHORTENERS:
            continue
        return [Hit("link", "link", HOLD, "content", m.start(), m.end())]
    return []


RULES = RuleGroup("link", rules=(), detectors=(_link,))
