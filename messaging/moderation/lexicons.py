"""Word lists and regex fragments shared by the normaliser and the rules.

Lexicons describe *intent* (who asks whom for what), not example sentences. Every entry is in the
normalised form the rules see: casefolded, diacritics stripped ("coördinator" → "coordinator",
"privé" → "prive"), curly apostrophes straightened.
"""

from __future__ import annotations

from typing import Final

# ---------------------------------------------------------------------------------------------
# Normalisation tables
# ---------------------------------------------------------------------------------------------

# Letters that look like Latin ones in other scripts (after casefolding). Only look-alikes that a
# sender would use to dodge a filter; not a transliteration table.
CONFUSABLES: Final[dict[str, str]] = {
    # Cyrillic
    "а": "a", "е": "e", "ё": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i",
    "ї": "i", "ј": "j", "ѕ": "s", "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w", "к": "k", "м": "m",
    "н": "h", "т": "t", "в": "b", "г": "r", "п": "n", "ш": "w", "л": "n",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ς": "s", "σ": "o",
    # Latin extras and punctuation that NFKD leaves alone
    "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ŀ": "l",
    "\u2019": "'", "\u2018": "'", "\u201b": "'", "\u00b4": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u30fc": "-", "\uff70": "-", "\u2015": "-",  # long vowel marks and bars between digits
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ",
}  # fmt: skip

# Leetspeak is undone only for tokens that then spell a platform name, so "1nsta" becomes "insta"
# but phone numbers, prices and handles keep their digits.
LEET: Final[dict[str, str]] = {
    "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g",
    "@": "a", "$": "s", "!": "i", "|": "l", "€": "e",
}  # fmt: skip
LEET_ALT: Final[dict[str, str]] = {"1": "l", "!": "l", "|": "i", "0": "o"}

# Words that leetspeak also hides from the rules ("v1de0s", "n00dz", "m33t", "c00rdinat0r"):
# undone like platform names, and spelled the way the rules expect ("noodz" -> "nudes").
LEET_WORDS: Final[dict[str, str]] = {
    "video": "video", "videos": "videos", "pic": "pic", "pics": "pics", "foto": "foto",
    "fotos": "fotos", "nudes": "nudes", "nude": "nude", "noodz": "nudes", "nudez": "nudes",
    "noods": "nudes", "boobs": "boobs", "boobz": "boobs", "sexy": "sexy", "sexi": "sexy",
    "geil": "geil", "meet": "meet", "coordinator": "coordinator", "begeleider": "begeleider",
    "naakt": "naakt", "bloot": "bloot", "seks": "seks", "sex": "sex", "geld": "geld",
    "cash": "cash", "money": "money", "alleen": "alleen", "geheim": "geheim",
}  # fmt: skip

PLATFORM_WORDS: Final[frozenset[str]] = frozenset(
    {
        "snap", "snapchat", "insta", "instagram", "whatsapp", "whatsap", "watsapp", "telegram",
        "tiktok", "signal", "facebook", "messenger", "discord", "kik", "wickr", "threema", "viber",
        "skype", "facetime", "onlyfans", "wechat", "bereal", "twitter", "reddit", "omegle",
        "yubo", "wizz", "session",
    }
)  # fmt: skip

# Digits written as words, Dutch and English. Dutch compounds (vierendertig) are built below.
_UNITS_NL: Final = ("nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
_TEENS_NL: Final = (
    "tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien",
    "achttien", "negentien",
)  # fmt: skip
_TENS_NL: Final = (
    "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig",
)  # fmt: skip
_UNITS_EN: Final = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS_EN: Final = (
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen",
)  # fmt: skip
_TENS_EN: Final = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def _number_words() -> dict[str, str]:
    words: dict[str, str] = {}
    for i, w in enumerate(_UNITS_NL):
        words[w] = str(i)
    for i, w in enumerate(_TEENS_NL):
        words[w] = str(10 + i)
    for i, w in enumerate(_TENS_NL):
        words[w] = str(20 + 10 * i)
        for u in range(1, 10):
            # "eenentwintig", "tweeentwintig" (tweeëntwintig with the diaeresis stripped)
            words[f"{_UNITS_NL[u]}en{w}"] = str(20 + 10 * i + u)
    for i, w in enumerate(_UNITS_EN):
        words[w] = str(i)
    for i, w in enumerate(_TEENS_EN):
        words[w] = str(10 + i)
    for i, w in enumerate(_TENS_EN):
        words[w] = str(20 + 10 * i)
        for u in range(1, 10):
            words[f"{w}{_UNITS_EN[u]}"] = str(20 + 10 * i + u)
            words[f"{w}-{_UNITS_EN[u]}"] = str(20 + 10 * i + u)
    words["één"] = "1"
    return words


NUMBER_WORDS: Final[dict[str, str]] = _number_words()
# English tens that may combine with a following unit word ("thirty four" → 34).
TENS_EN: Final[frozenset[str]] = frozenset(_TENS_EN)
# "een"/"one" double as the article "a"/"one": at the edge of a run before a noun they stay words.
ARTICLE_NUMBERS: Final[frozenset[str]] = frozenset({"een", "one"})

# Top-level domains we treat as "this is a link". Words that are also common English or Dutch words
# (me, to, it, is, in, be, at) are only links with a scheme, www or a path; see rules.link.
TLDS: Final[tuple[str, ...]] = (
    "com", "nl", "net", "org", "eu", "info", "io", "ly", "gl", "co", "uk", "de", "fr", "app",
    "xyz", "online", "site", "live", "biz", "tv", "cc", "ru", "gg", "club", "shop", "link",
    "top", "vip", "click", "fun", "be", "me", "to", "ws", "su", "ga", "gq", "ml", "tk", "cf",
)  # fmt: skip
# TLDs safe to glue a spoken "punt nl" / "dot com" onto: not ordinary words.
SPOKEN_TLDS: Final[tuple[str, ...]] = (
    "com", "nl", "net", "org", "eu", "info", "io", "ly", "co", "uk", "app", "xyz", "online",
    "site", "biz", "tv", "ru", "gg", "shop", "link", "club",
)  # fmt: skip

# Bare domains of everyday Dutch services and of crisis lines: a survivor mentioning "bol.com" or
# "113.nl" is not being lured anywhere. Only without a path; a deep link is still held.
SAFE_DOMAINS: Final[frozenset[str]] = frozenset(
    {
        "bol.com", "ah.nl", "albertheijn.nl", "jumbo.com", "ns.nl", "9292.nl", "nu.nl", "nos.nl",
        "duo.nl", "thuisarts.nl", "113.nl", "kindertelefoon.nl", "fier.nl", "mijnduo.nl",
        "coolblue.nl", "zalando.nl", "hema.nl", "kruidvat.nl", "action.com", "ikea.nl",
        "google.com", "wikipedia.org", "buienradar.nl", "knmi.nl", "rijksoverheid.nl",
    }
)  # fmt: skip


def alt(*words: str) -> str:
    """A non-capturing alternation, longest first so that the regex engine prefers "snapchat"."""
    return "(?:" + "|".join(sorted(set(words), key=len, reverse=True)) + ")"


# ---------------------------------------------------------------------------------------------
# Regex fragments used by many rules
# ---------------------------------------------------------------------------------------------

# The reader: Dutch informal and formal, English and chat spellings.
YOU: Final = alt("je", "jij", "jou", "u", "you", "ya", "ye", "jy", "ju")
YOUR: Final = alt("je", "jouw", "jou", "uw", "your", "ur", "yr", "ye", "jy")
ME: Final = alt("me", "mij", "mn", "m'n", "ons", "us", "em")
SOFT: Final = alt(
    "ff", "even", "effe", "efkes", "eens", "es", "ns", "maar", "gewoon", "gerust", "pls", "plz",
    "please", "aub", "alsjeblieft", "asjeblieft", "dan", "nou", "snel", "nog", "just",
    "real quick", "quickly", "now", "nu",
)  # fmt: skip

# Spelled out rather than "w?h?ats?ap+": the anchor index needs a long literal, not "at".
_WHATSAPP: Final = r"(?:whatsapp|whatsap|watsapp|watsap|whatapp|wattsapp|whatssapp|hatsapp)p*"
PLATFORM: Final = alt(
    r"snap+(?:chat)?", "sc", r"insta+(?:gram)?", "ig", _WHATSAPP, "wa", "wapp", "whats",
    "whatsie", "appie",
    r"telegr[ae]m", "tg", r"tik ?tok", "tt", r"sig ?nal", "facebook", "fb", "messenger", "discord",
    "kik", "wickr", "threema", "viber", "skype", "facetime", "onlyfans", "wechat", "bereal",
    "twitter", "reddit", "omegle", "yubo", "wizz", "imessage",
)  # fmt: skip
# Platform names that are not also ordinary words or letters: safe to match on their own.
PLATFORM_STRONG: Final = alt(
    r"snap+chat", r"insta+(?:gram)?", _WHATSAPP, "wapp", "telegram", r"tik ?tok",
    "facebook", "messenger", "discord", "kik", "wickr", "threema", "viber", "skype", "facetime",
    "onlyfans", "wechat", "bereal", "omegle", "yubo", "wizz", "imessage",
)  # fmt: skip
# Names of the people a survivor is connected with here, and others whose knowing protects her.
WATCHERS: Final = alt(
    "begeleider", "begeleiding", "begeleidster", "coordinator", "coordinatrice", "coach",
    "maatje", "buddy", "mentor", "mentrix", "hulpverlener", "hulpverleenster", "jeugdzorg",
    "voogd", "moeder", "mama", "mam", "ma", "vader", "papa", "pap", "pa", "ouders", "ouder",
    "pleegouders", "pleegmoeder", "pleegvader", "familie", "zus", "zusje", "broer", "broertje",
    "oma", "opa", "tante", "oom", "docent", "leraar", "lerares", "juf", "meester", "school",
    "politie", "agent", "vriendin", "vriendinnen", "vrienden", "vriend", "groep", "de groep",
    "therapeut", "psycholoog", "dokter", "huisarts", "mom", "mum", "dad", "parents", "coordinators",
    "counselor", "counsellor", "teacher", "caseworker", "social worker", "police", "friends",
    "family", "sister", "brother", "mentor", "carer", "case manager", "casemanager",
)  # fmt: skip
# Third persons a survivor tells about (the disclosure frame of POLICY.md).
THIRD_ACTOR: Final = alt(
    "hij", "ie", "zij", "ze", "iemand", "een jongen",
    "een man", "een gast", "een vent", "een kerel", "een meisje", "een vrouw", "een oudere",
    "een vriend", "een vriendin", "een onbekende", "een of andere", "een jongen die",
    "die jongen", "die man", "die gast", "die vent", "die kerel", "die vrouw", "die meid",
    "mijn ex", "m'n ex", "mn ex", "mijn vriend", "mijn vriendje", "m'n vriend", "mn vriend",
    "mn vriendje", "m'n vriendje", "mijn lover", "mijn vriendin", "zijn vrienden",
    "zijn vriend", "zijn neef", "zijn broer", "mijn oude vriend", "mijn nieuwe vriend",
    "een nieuwe vriend", "een nieuw vriendje", "jongens", "mannen", "die jongens",
    "he", "she", "they", "someone", "somebody", "a guy", "some guy", "a boy", "a man",
    "this guy", "that guy", "my ex", "my boyfriend", "my bf", "an older guy", "this man",
    "older guy", "older man",
)  # fmt: skip
# Verbs of telling, asking, offering and pursuing: "hij vraagt", "een jongen op insta blijft",
# "mijn ex stuurt". Deliberately no "is"/"heeft"/"moet", which would make almost any sentence with
# "hij" a report and let a groomer's own secrecy or meeting request through as a mere flag.
REPORT_VERB: Final = alt(
    "vraagt", "vroeg", "vragen", "vroegen", "zegt", "zei", "zeggen", "zeiden", "wil", "wilde",
    "willen", "wilden", "stuurt", "stuurde", "sturen", "stuurden", "blijft", "bleef", "blijven",
    "gaf", "geeft", "gaven", "koopt", "kocht", "belt", "belde", "appt", "appte", "dm't", "dmt",
    "dmde", "volgt", "volgde", "staat", "stond", "wacht", "wachtte", "bood", "biedt", "betaalt",
    "betaalde", "zoekt", "zocht", "probeert", "probeerde", "schreef", "schrijft", "liet",
    "dreigt", "dreigde", "gevraagd", "gezegd", "gestuurd", "gegeven", "gekocht", "gebeld",
    "geappt", "aangeboden", "gedreigd", "betaald", "gezocht", "beloofd", "belooft", "beloofde",
    "asks", "asked", "keeps", "kept", "says", "said", "wants", "wanted", "sends", "sent",
    "gave", "gives", "bought", "buys", "texts", "texted", "calls", "called", "follows",
    "offered", "offers", "told", "tells", "threatens", "threatened", "promised",
)  # fmt: skip

# The reader addressed: a request or threat with one of these in it speaks to her, not about
# someone (the disclosure rule in pipeline.py, the kind of a disguised app name in rules).
SECOND_PERSON: Final = alt(
    "je", "jij", "jou", "jouw", "jezelf", "u", "uw", "you", "your", "ur", "yourself", "urself",
    "jullie", "ya",
)  # fmt: skip
