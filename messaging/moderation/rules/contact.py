"""Contact details in the message, and requests for them (POLICY: hold)."""

from __future__ import annotations

import re
from typing import Final

from messaging.moderation.decision import HOLD
from messaging.moderation.lexicons import ME, PLATFORM, PLATFORM_STRONG, SOFT, YOU, YOUR, alt
from messaging.moderation.normalise import phone_key
from messaging.moderation.rules._base import AllOf, Context, Hit, Pattern, RuleGroup

# -- phone numbers ----------------------------------------------------------------------------
# A run of digit groups joined by at most three separator characters ("06 - 12", "(0)6"). Colons
# and commas are not separators: 06:45 is a time and 8,5 a grade.
_RUN = re.compile(r"(?<!\d)(?:\+\s?)?\d(?:[ .\-/()]{0,3}\d)*")
_TIME_TOKEN = re.compile(r"\d{1,2}[.:]\d{2}")
_IBAN_LIKE = re.compile(r"[a-z]{2}\d{2}\s?[a-z]{4}\s?$")


def _is_phone(run: str) -> bool:
    digits = re.sub(r"\D", "", run)
    if len(digits) < 9:
        return False
    key = phone_key(run)
    if len(key) == 10 and key.startswith("06"):
        return True  # NL mobile, however it was written
    if run.lstrip().startswith(("+", "00")) and len(digits) >= 10:
        return True  # international
    if len(key) == 10 and key.startswith("0"):
        return True  # NL landline / service number
    # Any other long run: too long for a count, a date or a price.
    return len(digits) >= 10


def _phone(ctx: Context) -> list[Hit]:
    text = ctx.text
    if ctx.digits < 9:
        return []
    for m in _RUN.finditer(text):
        start, end = m.span()
        run = m.group(0)
        # "10:15" at the edge of a run belongs to a time, not to the number.
        if end < len(text) and text[end] == ":":
            cut = max(run.rfind(" "), run.rfind("-"), run.rfind("."), run.rfind("/"))
            if cut <= 0:
                continue
            run = run[:cut]
            end = start + cut
        if start > 0 and text[start - 1] == ":":
            cut = run.find(" ")
            if cut < 0:
                continue
            run = run[cut:]
            start += cut
        if all(_TIME_TOKEN.fullmatch(t) for t in run.split()):
            continue  # "06.45 07.15 08.30": a timetable
        if _IBAN_LIKE.search(text[max(0, start - 12) : start]):
            continue  # the account part of an IBAN: contact.iban reports it
        if _is_phone(run):
            return [Hit("contact.phone", "contact", HOLD, "content", start, end)]
    return []


# -- handles ----------------------------------------------------------------------------------
# "@jaymie.x" is a handle to look up elsewhere; "@Sanne" in a peer group is a mention of another
# member (a first name, capitalised as the app writes it) and "@allemaal" a call to everyone. A
# mention is only a mention when nothing in the message points to another platform or profile.
_AT_HANDLE = re.compile(r"(?<![\w@.])@[a-z0-9_](?:[a-z0-9_.]{1,28}[a-z0-9_])")
_GROUP_MENTIONS: Final = frozenset(
    {"allemaal", "iedereen", "everyone", "all", "groep", "meiden", "jongens", "here", "channel"}
)
_PROFILE_CONTEXT = re.compile(
    rf"\b(?:{PLATFORM_STRONG}|insta|ig|tiktok|add|adden|volg|volgen|follow|profiel|profile|"
    r"account|bio|dm|dm'en|pagina|page|zoek\s+(?:me|mij)|check|gebruikersnaam|username|handle)\b"
)


def _is_mention(ctx: Context, start: int, end: int) -> bool:
    name = ctx.text[start + 1 : end]
    if not name.isalpha():
        return False
    typed = ctx.norm.original_text(start, end)[1:]
    if name not in _GROUP_MENTIONS and not (typed[:1].isupper() and typed[1:].islower()):
        return False
    return _PROFILE_CONTEXT.search(ctx.text) is None


def _handle(ctx: Context) -> list[Hit]:
    text = ctx.text
    if "@" not in text:
        return []
    for m in _AT_HANDLE.finditer(text):
        if not _is_mention(ctx, m.start(), m.end()):
            return [Hit("contact.handle", "contact", HOLD, "content", m.start(), m.end())]
    return []


# -- IBAN -------------------------------------------------------------------------------------
_IBAN = re.compile(r"\b([a-z]{2})\s?(\d{2})\s?((?:[a-z0-9]\s?){11,30})")
_NL_IBAN = re.compile(r"\bnl\s?\d{2}\s?[a-z]{4}\s?(?:\d\s?){10}")


def iban_checksum_ok(raw: str) -> bool:
    compact = re.sub(r"\s", "", raw).upper()
    rearranged = compact[4:] + compact[:4]
    try:
        number = int("".join(str(int(c, 36)) for c in rearranged))
    except ValueError:
        return False
    return number % 97 == 1


def _iban(ctx: Context) -> list[Hit]:
    if ctx.digits < 10:
        return []  # every IBAN has at least ten digits
    text = ctx.text
    # A Dutch-shaped account number is held even with a typo in its check digits: it is still an
    # attempt to pass on bank details. Other countries only when the checksum holds, because
    # "ab12" followed by letters and digits is otherwise too common in handles and codes.
    m = _NL_IBAN.search(text)
    if m:
        return [Hit("contact.iban", "contact", HOLD, "content", m.start(), m.end())]
    for m in _IBAN.finditer(text):
        candidate = m.group(0).rstrip()
        if len(re.sub(r"\s", "", candidate)) >= 15 and iban_checksum_ok(candidate):
            return [
                Hit(
                    "contact.iban",
                    "contact",
                    HOLD,
                    "content",
                    m.start(),
                    m.start() + len(candidate),
                )
            ]
    return []


_CONTACT_THING: Final = alt(
    "nummer", "nummertje", "nr", "tel", "telnr", "telefoonnummer", "telnummer", "mobiel",
    "mobielnummer", "mobiele nummer", "06", "06je", "06-nummer", "06 nummer", "gsm", "number",
    "digits", "num", "phone number", "phone", "cell", "cell number", "mail", "email", "e-mail",
    "mailadres", "emailadres", "e-mailadres", "contactgegevens", "gegevens", "socials", "handle",
    "username", "gebruikersnaam", "accountnaam", "account", "naam op " + PLATFORM, "addy", "@",
)  # fmt: skip
_ADJ: Final = alt(
    "echte", "eigen", "nieuwe", "prive", "andere", "tweede", "mobiele", "real", "new", "other",
    "private", "personal", "actual",
)  # fmt: skip
_THING_AFTER_YOUR: Final = rf"{YOUR}\s+(?:{_ADJ}\s+)?{_CONTACT_THING}(?![\w])"

_SENTENCE_RULES = RuleGroup(
    "contact",
    rules=(
        Pattern(
            "contact.email",
            HOLD,
            r"[a-z0-9][a-z0-9._%+\-]*@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}\b"
            r"|\b[a-z0-9._\-]*\d[a-z0-9._\-]*\s+(?:gmail|hotmail|outlook|icloud|yahoo|live)\b",
            kind="content",
        ),
        Pattern(
            "contact.handle",
            HOLD,
            # "@jaymie.x"; "snap: lisa_xo"; "mijn snap is lisa.x02"; "zoek me op insta lisa_xo"
            rf"\b(?:{PLATFORM}|account|username|gebruikersnaam|accountnaam|naam|name|user)"
            r"\s*[:=]\s*@?[a-z0-9_.]{3,30}"
            rf"|\b(?:{PLATFORM}|account|username|gebruikersnaam|accountnaam|naam|name)\s+"
            r"(?:is|heet|=)\s+@?(?=[a-z0-9_.]*[0-9_.])[a-z0-9_.]{3,30}"
            r"|\b(?:add|volg|zoek|follow)\w*\s+(?:me|mij)\s*[:=]\s*@?[a-z0-9_.]{3,30}"
            rf"|\b(?:add|volg|zoek|follow)\w*\s+(?:me|mij)\s+(?:\w+\s+)?(?:op|on|via)\s+{PLATFORM}"
            r"\s+@?(?=[a-z0-9_.]*[0-9_.])[a-z0-9_.]{3,30}",
            kind="content",
        ),
        Pattern(
            "contact.request",
            HOLD,
            # "geef me je 06", "stuur je nr ff", "give me your phone number"
            r"\b(?:geef|stuur|app|sms|mail|gooi|drop|deel|typ|zet|give|send|share|gimme|pass|dm|"
            r"text|doe)\w*"
            rf"(?:\s+(?:{SOFT}|{ME}|{YOU}|effe|eens|nou|a)){{0,3}}\s+{_THING_AFTER_YOUR}"
            # "wat is je nummer", "whats ur number"
            r"|\b(?:wat\s+is|wat's|wats|whats|what's|what\s+is|hoe\s+is|hoe\s+luidt|wat\s+was)"
            rf"\s+{_THING_AFTER_YOUR}"
            # "mag ik je nummer", "kan ik je 06 krijgen", "can i get your number"
            r"|\b(?:mag|kan|kun|krijg|can|could|may)\s+(?:ik|i)\s+(?:\w+\s+){0,2}?"
            rf"{_THING_AFTER_YOUR}"
            # "heb je een 06?", "heb je nog hetzelfde nummer"
            r"|\bheb\s+(?:je|jij|u)\s+(?:(?:een|nog|ook|wel|steeds|hetzelfde|zelfde|nieuw|nieuwe|"
            r"ander|andere|eigen)\s+){0,3}(?:06|nummer|nr|mail|e-?mail|mailadres)\b"
            r"|\b(?:do|have|got)\s+(?:you|u|ya)\s+(?:\w+\s+)?(?:a\s+)?(?:number|phone\s+number|"
            r"email|cell)\b"
            # verb last: "kun je je nummer even sturen", "dat je je 06 moet geven"
            rf"|\b{_THING_AFTER_YOUR}(?:\s+\w+){{0,3}}?\s+(?:sturen|geven|delen|doorsturen|"
            r"doorgeven|appen|mailen|smsen|sms'en|typen|opschrijven|sharen|droppen)\b"
            # the reader's number as the subject: "jouw nummer graag", "your number?"
            rf"|\b(?:jouw|your|ur)\s+(?:{_ADJ}\s+)?(?:nummer|06|number|digits|telefoonnummer|"
            r"mailadres|e-?mail)\s*(?:\?|graag|pls|please|plz|even|ff)",
        ),
    ),
    detectors=(_phone, _iban, _handle),
)

# Intent families: the reader's contact details asked for in any wording, whatever the verb
# ("kan je je nummer in de chat zetten", "mag ik je mail hebben", "hoe kan ik je bereiken").
_FAMILIES: Final = (
    AllOf(
        "contact.request",
        HOLD,
        parts=(
            rf"\b{YOUR}\s+(?:{_ADJ}\s+)?(?:nummer|nummertje|nr|telnr|telefoonnummer|telnummer|06|"
            r"06-nummer|mobiele\s+nummer|mail|email|e-mail|mailadres|emailadres|e-mailadres|"
            r"gegevens|"
            r"contactgegevens|gebruikersnaam|username|handle|socials|digits|number|phone\s+number|"
            r"cell|addy)\b(?!\s*\d)(?!\s+(?:een|one)\b)",
            r"\b(?:zet|zetten|plak|plakken|schrijf|schrijven|typ|typen|stuur|sturen|geef|geven|"
            r"deel|"
            r"delen|drop|droppen|post|posten|gooi|gooien|noteer|noteren|achterlaten|doorsturen|"
            r"doorgeven|krijgen|krijg|hebben|mag|kan|kun|wil|wat|welk|laat|achter|give|send|share|"
            r"put|leave|"
            r"type|write|get|have|can|could|what'?s|whats|graag|pls|please|plz)\b|\?",
        ),
        none_of=(
            r"\b(?:coordinator|coordinatrice|begeleider|begeleiding|mentor|stichting|organisatie|"
            r"huisarts|dokter|gelezen|gecheckt|checken|check|lezen|kwijt|vol|werkt|veranderd|"
            r"gehackt|inbox|spam|wachtwoord|password|gewijzigd|ingelogd|inloggen)\b",
        ),
    ),
    Pattern(
        "contact.request",
        HOLD,
        r"\b(?:hoe|waar|waarop|op\s+welk\s+\w+)\s+(?:kan|kun|mag|zal)\s+ik\s+(?:je|jou|u)\s+"
        r"(?:\w+\s+){0,2}?(?:bereiken|contacten|contacteren|berichten|appen|bellen|mailen|spreken|"
        r"sms'en|smsen|texten)\b"
        r"|\bhow\s+(?:can|do|could)\s+i\s+(?:\w+\s+)?(?:reach|contact|text|call|message|dm)\s+"
        r"(?:you|u)\b",
    ),
)

# Round 8 family: identifying details asked for, and her being offered his ("wat is je achternaam",
# "wil je mijn nieuwe adres?").
_FAMILIES8: Final = Pattern(
    "contact.request",
    HOLD,
    r"\bwat\s+is\s+(?:je|jouw)\s+(?:achternaam|volledige\s+naam|echte\s+naam|geboortedatum)\b"
    r"|\bhoe\s+heet\s+(?:je|jij)\s+(?:van\s+)?achternaam\b"
    r"|\bwhat'?s\s+(?:your|ur)\s+(?:last\s+name|surname|full\s+name|real\s+name)\b"
    r"|\b(?:wil|wilt)\s+(?:je|jij)\s+(?:\w+\s+)?(?:mijn|m'n|mn)\s+(?:\w+\s+)?(?:adres|nummer|"
    r"nummertje|06|"
    r"snap|insta|mail|mailadres)\b"
    r"|\b(?:want|wanna)\s+my\s+(?:number|address|snap|insta)\b",
)


# Round 12 (train_q, train_r): the number given in pieces or from memory: "het begint met nul
# zes en dan ...", "ik heb nog steeds hetzelfde nummer", "eindigt op 55, je weet het vast nog".
_FAMILIES12: Final = Pattern(
    "contact",
    HOLD,
    r"\b(?:begin\w*|start\w*)\s+met\s+(?:een\s+)?(?:06|0\s*6|nul\s+zes|zero\s+six|\+31|0031)\b"
    r"(?!\s*(?:uur|u\b|:|\.\d|o'?clock))"
    r"|\b(?:nummer|number|06)\b[^.!?]{0,30}?\b(?:eindigt|ends)\s+(?:op|met|with|in)\s+\d"
    r"|\bnog\s+(?:steeds|altijd)\s+(?:hetzelfde|mijn\s+oude|dat\s+oude)\s+(?:nummer|06)\b"
    r"|\bstill\s+(?:have\s+|got\s+)?(?:the\s+)?same\s+(?:number|phone\s+number)\b"
    r"|\bweet\s+(?:je|jij)\s+(?:mijn|m'n|mn)\s+(?:nummer|06)\s+(?:nog|uit\s+je\s+hoofd)\b"
    r"|\b(?:do\s+you\s+)?(?:still\s+)?remember\s+my\s+number\b",
)


# Round 14 (heldout15-22): the number in pieces with filler words and in look-alike letters. "begin
# gewoon met 06 en onthoud deze cijfers: 27, 55, 81", "nieuwe is nul-zes, dan ... en het eindigt
# op drie negen", "O6-l2.3B-45.67" (o for 0, l for 1, b for 8).
_FAMILIES14: Final = Pattern(
    "contact",
    HOLD,
    r"\b(?:begin\w*|start\w*)\s+(?:gewoon\s+|maar\s+|eerst\s+|dan\s+)+met\s+(?:een\s+)?(?:06|0\s*6|"
    r"nul\s*-?\s*zes|"
    r"zero\s+six|\+31|0031)\b(?!\s*(?:uur|u\b|:|\.\d|o'?clock))"
    r"|\b(?:nieuwe|nummer|number|06)\b[^.!?]{0,60}?\b(?:eindigt|ends)\s+(?:op|met|with|in)"
    r"\s+(?:nul|een|twee|"
    r"drie|vier|vijf|zes|zeven|acht|negen|zero|one|two|three|four|five|six|seven|eight|nine)\b"
    r"|\b(?:nieuwe|nummer)\s+is\s+nul\s*-?\s*zes\b"
    r"|\bo6(?:[\s.\-]?[0-9lob]){8}\b|\b06(?=[\s.\-0-9]*[lob])(?:[\s.\-]?[0-9lob]){8}\b",
    kind="content",
)


RULES = RuleGroup(
    "contact",
    rules=(*_SENTENCE_RULES.rules, *_FAMILIES, _FAMILIES8, _FAMILIES12, _FAMILIES14),
    detectors=_SENTENCE_RULES.detectors,
)
