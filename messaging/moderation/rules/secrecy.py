"""Keeping things from the people who protect her (POLICY: hold).

The intent is an *instruction to the reader* to keep a secret, lie or delete. Advice the other way
("je mag het altijd aan je begeleider vertellen", "vergeet niet het tegen je mentor te zeggen") and
a grandmother's "geheim recept" are not secrecy, so the rules need a negation, an imperative or
"tussen ons", never the bare word "geheim".
"""

from __future__ import annotations

from typing import Final

from messaging.moderation.decision import HOLD
from messaging.moderation.lexicons import WATCHERS
from messaging.moderation.rules._base import AllOf, Pattern, RuleGroup

_PHOTO_OR_CHAT = (
    r"(?:bericht|berichten|berichtje|berichtjes|chat|chats|gesprek|gesprekken|appje|appjes|msg|"
    r"msgs|message|messages|texts|convo|foto|fotos|foto's|pics|geschiedenis|history|alles)"
)

_SENTENCE_RULES = RuleGroup(
    "secrecy",
    rules=(
        Pattern(
            "secrecy",
            HOLD,
            # "dit blijft tussen ons", "ff onder ons", "tussen jou en mij"
            r"\b(?:tussen|onder)\s+(?:ons|jou\s+en\s+mij|mij\s+en\s+jou|ons\s+tweeen|ons\s+twee|"
            r"ons\s+beiden|ons\s+2|ons\s+tweetjes)\b(?!\s+(?:wonen|woont|in\s+het|in\s+de|huis|"
            r"verdieping|buren))"
            # "ons geheimpje", "geheim houden", "dit is geheim"
            r"|\bons\s+(?:kleine\s+|klein\s+)?geheim(?:pje)?\b"
            r"|\bgeheim(?:pje)?\s+(?:houden|blijven|bewaren|tussen)\b"
            r"|\b(?:dit|dat|het|alles)\s+(?:is|blijft|moet\s+(?:\w+\s+)?blijven)\s+(?:echt\s+)?geheim\b"
            # "dit gesprek is prive", "zonder dat iemand het weet"
            r"|\b(?:dit|dat|ons|deze|onze)\s+(?:gesprek|gesprekje|chat|bericht|berichten|appje|contact|"
            r"afspraak)\s+(?:is|blijft|moet\s+(?:\w+\s+)?blijven)\s+(?:\w+\s+)?(?:prive|geheim|tussen)\b"
            r"|\bzonder\s+dat\s+(?:iemand|ze|je\s+\w+|de\s+\w+|anderen|your\s+\w+)\s+(?:het\s+|er\s+)?"
            r"(?:\w+\s+)?(?:weet|weten|merkt|merken|ziet|zien|hoort|doorheeft|doorhebben)\b"
            # "hou het voor jezelf", "houd dit stil", "hou je mond erover"
            r"|\bhou\w*\s+(?:het|dit|dat|alles|deze|die|ons)\s+(?:\w+\s+)?(?:voor\s+(?:jezelf|je\s+zelf|"
            r"jou|je|ons)|geheim|stil|onder\s+ons|binnen)\b"
            r"|\bhou\w*\s+(?:je\s+)?(?:mond|kaken|lippen)\s+(?:\w+\s+)?(?:erover|hierover|daarover|"
            r"over\s+(?:mij|ons|dit|dat))\b|\bmondje\s+dicht\b"
            # "zeg het tegen niemand", "vertel niemand", "zeg niks tegen de groep"
            r"|(?<!\bik )(?<!\bwe )(?<!\bdat ik )\b(?:zeg|vertel|verklap|zeggen|vertellen)\b"
            r"(?:\s+(?:het|dit|dat|er|maar|dan|ff|even|nou|wel|hier|over|alsjeblieft|aub|toch|je|"
            r"jij|gewoon|echt|niet)){0,4}\s+(?:niks|niets|nix|geen\s+woord|niemand|tegen\s+niemand|"
            r"aan\s+niemand|met\s+niemand)\b"
            r"|(?<!\bik )(?<!\bwe )\b(?:praat|praten|spreek|spreken)\s+(?:er|hier|daar)?\s*"
            r"(?:\w+\s+)?(?:met|tegen)\s+niemand\b"
            # "niet tegen je begeleider zeggen", "vertel dit niet aan je coordinator"
            r"|(?<!vergeet )\b(?:niet|nooit|niks|niets|geen\s+woord)\b(?:\s+\w+){0,3}?\s+"
            # not "met"/"bij": "ik ga niet met de groep mee" is not a secret
            rf"(?:aan|tegen)\s+(?:je|jouw|de|die)\s+(?:\w+\s+)?{WATCHERS}\b"
            r"(?!\s+(?:\w+\s+){0,3}?(?:vergeten|overslaan))"
            # "je moeder hoeft dit niet te weten", "je begeleider hoeft hier niks van te weten"
            rf"|\b{WATCHERS}\s+(?:hoeft|hoeven|mag|mogen|moet|moeten)\s+(?:\w+\s+){{0,3}}?"
            r"(?:niks|niets|niet|nooit)\b(?:\s+\w+){0,3}?\s+(?:weten|horen|zien|merken)\b"
            # "niemand hoeft dit te weten"
            r"|\b(?:niemand|nobody|no\s*one|geen\s+mens)\s+(?:hoeft|mag|moet|gaat|zal|needs?|has|"
            r"have|gets?|will|can|may|must)\b(?:\s+\w+){0,4}?\s+(?:weten|horen|merken|know|find\s+out|"
            r"hear|zien)\b"
            # the verb first: "dit hoeft niemand te weten", "dat hoeft je moeder niet te weten"
            r"|\b(?:hoeft|hoeven|mag|mogen|moet|moeten)\s+niemand\b(?:\s+\w+){0,3}?\s+(?:weten|horen|"
            r"merken|zien)\b"
            rf"|\b(?:hoeft|hoeven|mag|mogen)\s+(?:je|jouw|de)\s+(?:\w+\s+)?{WATCHERS}\s+(?:\w+\s+){{0,2}}?"
            r"(?:niks|niets|niet|nooit)\b(?:\s+\w+){0,3}?\s+(?:weten|horen|zien|merken)\b"
            # a cover story: "als iemand het vraagt, zeg je dat je bij een vriendin was"
            r"|\bals\s+(?:iemand|ze|je\s+\w+|de\s+\w+)\s+(?:het\s+|er\s+|ernaar\s+)?(?:vraagt|vragen)\b"
            r"[\s,]+(?:\w+\s+){0,2}?(?:zeg|vertel)\b(?:\s+(?:je|jij|dan|maar|gewoon))*"
            r"|\bzeg\s+(?:maar\s+|gewoon\s+|dan\s+)*(?:je\s+)?dat\s+(?:je|jij)\s+(?:\w+\s+){0,3}?"
            r"(?:was|bent|bij|met|ziek|thuis|naar)\b"
            r"|\b(?:lieg|liegen|lie)\s+(?:\w+\s+)?(?:tegen|to)\s+(?:je|jouw|your|ur|de|the)\b"
            r"|\bif\s+(?:anyone|anybody|someone|they|your\s+\w+)\s+asks?\b"
            # English
            r"|\bkeep\s+(?:it|this|that|us)\s+(?:a\s+)?(?:secret|between|to\s+yourself|quiet|"
            r"on\s+the\s+(?:down\s*low|dl)|private)\b"
            r"|\bbetween\s+(?:us|you\s+and\s+me|me\s+and\s+you|u\s+and\s+me)\b"
            r"|\bour\s+(?:little\s+)?secret\b|\b(?:tell|told)\s+(?:no\s*one|nobody)\b"
            # only "tell": "don't say that about yourself" and "don't mention it" are kind
            r"|\b(?:dont|don't|do\s+not|never|no\s+need\s+to)\s+(?:\w+\s+)?tell\b"
            r"|\bon\s+the\s+(?:down\s*low|dl)\b",
        ),
        Pattern(
            "secrecy.delete",
            HOLD,
            # imperative only: "verwijder dit bericht", "wis deze chat"; not "ik heb het verwijderd"
            r"(?<!\bik )(?<!\bwe )\b(?:verwijder|wis|delete|del|clear|gooi)\b(?:\s+\w+){0,2}?\s+"
            r"(?:(?:dit|deze|dat|het|die|mijn|m'n|mn|onze|ons|de|al\s+mijn|alle|this|that|the|my|our|"
            r"these|those|it|all)\s+)?(?:\w+\s+)?" + _PHOTO_OR_CHAT + r"\b"
            r"|\b(?:je|jij)\s+(?:moet|mag|kan|kunt|moet\s+wel)\b(?:\s+\w+){0,4}?\s+(?:verwijderen|"
            r"wissen|deleten|weggooien)\b"
            r"|\bhaal\s+(?:\w+\s+){0,3}?" + _PHOTO_OR_CHAT + r"\s+(?:\w+\s+)?weg\b"
            r"|\bna\s+het\s+lezen\b|\bafter\s+(?:reading|you\s+read)\b"
            r"|\bals\s+(?:je|jij)\s+(?:ze|het|dit|ze\s+allemaal)\s+(?:\w+\s+)?gelezen\s+hebt\b"
            r"|\bdelete\s+(?:it|this|that)\b",
        ),
    ),
)

# Intent families: keeping it from everyone, in any wording.
_FAMILIES: Final = (
    Pattern(
        "secrecy",
        HOLD,
        # "zonder het tegen iemand te zeggen", "zonder iemand iets te vertellen"
        r"\bzonder\s+(?:het\s+|dit\s+|dat\s+|er\s+)?(?:\w+\s+){0,2}?(?:tegen|aan)\s+(?:iemand|niemand|"
        r"je\s+\w+|jouw\s+\w+|de\s+\w+)\s+te\s+(?:zeggen|vertellen|melden)\b"
        r"|\bzonder\s+(?:het\s+)?(?:iemand|je\s+\w+)\s+(?:iets\s+|er\s+iets\s+)?te\s+(?:zeggen|vertellen|"
        r"laten\s+weten)\b"
        # "vertel het niet", "verklap het niet" (not "zeg dat niet", which is comfort)
        r"|(?<!\bik )(?<!\bwe )\b(?:vertel|verklap)\s+(?:het|dit|dat|er)\s+(?:\w+\s+)?"
        r"(?:niet|nooit)\b"
        r"(?!\s+(?:zo|zomaar|aan\s+mij|tegen\s+mij|verkeerd))"
        r"|(?<!\bik )(?<!\bwe )\bzeg\s+(?:het|dit)\s+(?:\w+\s+)?(?:niet|nooit)\s+(?:tegen|aan)\b"
        # "dit hoeft verder niemand te horen"
        r"|\b(?:hoeft|hoeven|mag|mogen|moet|moeten)\s+(?:\w+\s+){1,2}?niemand\b(?:\s+\w+){0,3}?\s+"
        r"(?:weten|horen|merken|zien)\b"
        r"|\b(?:keep|keeping)\s+(?:\w+\s+)?(?:quiet|shut|mouth\s+shut)\b",
    ),
    AllOf(
        "secrecy",
        HOLD,
        # "niet doorvertellen he" (not her own promise: "ik zal het niet doorvertellen")
        parts=(
            r"\b(?:niet|niks|niets|nooit)\s+(?:\w+\s+)?(?:doorvertellen|doorvertelt|verder\s+vertellen|"
            r"verklappen|rondvertellen|doorzeggen)\b",
        ),
        none_of=(r"\b(?:ik|we|wij)\s+(?:zal|ga|zeg|heb|wil|zullen|gaan|hebben)\b",),
    ),
)

# Round 8 family: coaching her to lie ("als ze vragen waar je was zeg je gewoon dat je bij een
# vriendin sliep", "doe alsof je me niet kent", "verzin een smoes"); not "zeg gewoon eerlijk dat".
_FAMILIES8: Final = Pattern(
    "secrecy",
    HOLD,
    r"\bals\s+(?:iemand|ze|zij|je\s+\w+|jouw\s+\w+|de\s+\w+|they|anyone|your\s+\w+)\s+(?:\w+\s+){0,4}?"
    r"(?:vraagt|vragen|vroeg|asks|ask)\b[\s,]+(?:\w+\s+){0,3}?(?:zeg|vertel|say|tell)\s+(?:je|jij|dan|"
    r"maar|gewoon|them|you)\b"
    r"|\bzeg\s+(?:(?:maar|gewoon|dan|je|jij|ff|even|toch|wel)\s+)*dat\s+(?:je|jij)\b(?:\s+\w+){0,4}?\s+"
    r"(?:was|bent|bij|met|ziek|thuis|naar|sliep|slaapt|geweest|bleef|zat|logeerde|logeert)\b"
    r"|\bdoe\s+(?:(?:maar|gewoon|dan|ff|even)\s+)*(?:net\s+)?alsof\s+(?:je|jij)\s+(?:\w+\s+){0,2}?(?:me|mij|"
    r"ons|niks|niets|nergens|niet)\b"
    r"|\b(?:verzin|bedenk|make\s+up|come\s+up\s+with)\s+(?:\w+\s+){0,2}?(?:smoes|smoesje|excuus|excuse|"
    r"cover\s+story|leugen|alibi|lie)\b"
    # "verwijder dit meteen"
    r"|(?<!\bik )(?<!\bwe )\b(?:verwijder|wis|delete)\s+(?:dit|deze|dat|het|alles)\s*"
    r"(?:(?:meteen|nu|direct|snel|gelijk|ff|even|straks|wel|maar|asap)\s*)*(?:$|[^\w\s])"
    # a reward for silence: "als je je mond houdt krijg je een cadeautje"
    r"|\bals\s+(?:je|jij)\s+(?:\w+\s+){0,3}?(?:mond\s+houdt|niks\s+zegt|niets\s+zegt|stil\s+bent|"
    r"het\s+geheim\s+houdt|niemand\s+iets\s+vertelt|niks\s+vertelt|niets\s+vertelt)\b"
    # "vertel je coordinator hier niks over", "zeg je begeleider niet dat we praten"
    rf"|(?<!\bik )\b(?:vertel|zeg)\s+(?:je|jouw|de|tegen\s+je|aan\s+je)\s+(?:\w+\s+)?{WATCHERS}\s+"
    r"(?:\w+\s+){0,2}?(?:niks|niets|nix|niet|geen\s+woord)\b(?!\s+(?:te\s+veel|zoveel|alles))"
    r"|\b(?:just\s+say|say|tell\s+(?:them|her|him|your\s+\w+|ur\s+\w+|everyone))\s+(?:that\s+)?"
    r"(?:you|u)\s+(?:were|was|slept|stayed|went)\b",
)


RULES = RuleGroup(
    "secrecy",
    rules=(*_SENTENCE_RULES.rules, *_FAMILIES, _FAMILIES8),
    detectors=_SENTENCE_RULES.detectors,
)
