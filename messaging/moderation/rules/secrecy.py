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
from messaging.moderation.rules._base import AllOf, Pattern, RuleGroup, each_alternative

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
            r"|\b(?:dit|dat|het|alles)\s+(?:is|blijft|moet\s+(?:\w+\s+)?blijven)\s+(?:echt\s+)"
            r"?geheim\b"
            # "dit gesprek is prive", "zonder dat iemand het weet"
            r"|\b(?:dit|dat|ons|deze|onze)\s+(?:gesprek|gesprekje|chat|bericht|berichten|appje|"
            r"contact|"
            r"afspraak)\s+(?:is|blijft|moet\s+(?:\w+\s+)?blijven)\s+(?:\w+\s+)?(?:prive|geheim|"
            r"tussen)\b"
            # (not her wish to vanish: "gewoon verdwijnen zonder dat iemand het merkt" is distress)
            r"|(?<!verdwijnen )(?<!doodgaan )(?<!wegglijden )(?<!ophouden )"
            r"\bzonder\s+dat\s+(?:iemand|ze|je\s+\w+|de\s+\w+|anderen|your\s+\w+)\s+(?:het\s+|"
            r"er\s+)?"
            r"(?:\w+\s+)?(?:weet|weten|merkt|merken|ziet|zien|hoort|doorheeft|doorhebben)\b"
            # "hou het voor jezelf", "houd dit stil", "hou je mond erover"
            r"|\bhou\w*\s+(?:het|dit|dat|alles|deze|die|ons)\s+(?:\w+\s+)?(?:voor\s+(?:jezelf|"
            r"je\s+zelf|"
            r"jou|je|ons)|geheim|stil|onder\s+ons|binnen)\b"
            # (not "hou het maar voor jezelf als je er niet over wilt praten": her own privacy)
            r"(?![^.!?]*\b(?:als|if)\s+(?:je|jij|you)\s+(?:er\s+)?(?:(?:nog\s+)?niet|don'?t)"
            r"\s+(?:\w+\s+)?"
            r"(?:over\s+)?(?:wil|wilt|want|kan|kunt)\b)"
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
            r"have|gets?|will|can|may|must)\b(?:\s+\w+){0,4}?\s+(?:weten|horen|merken|know|"
            r"find\s+out|"
            r"hear|zien)\b"
            # the verb first: "dit hoeft niemand te weten", "dat hoeft je moeder niet te weten"
            r"|\b(?:hoeft|hoeven|mag|mogen|moet|moeten)\s+niemand\b(?:\s+\w+){0,3}?\s+(?:weten|"
            r"horen|"
            r"merken|zien)\b"
            rf"|\b(?:hoeft|hoeven|mag|mogen)\s+(?:je|jouw|de)\s+(?:\w+\s+)?{WATCHERS}\s+(?:\w+\s+)"
            rf"{{0,2}}?"
            r"(?:niks|niets|niet|nooit)\b(?:\s+\w+){0,3}?\s+(?:weten|horen|zien|merken)\b"
            # a cover story: "als iemand het vraagt, zeg je dat je bij een vriendin was"
            r"|\bals\s+(?:iemand|ze|je\s+\w+|de\s+\w+)\s+(?:het\s+|er\s+|ernaar\s+)?(?:vraagt|"
            r"vragen)\b"
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
            r"(?:(?:dit|deze|dat|het|die|mijn|m'n|mn|onze|ons|de|al\s+mijn|alle|this|that|the|my|"
            r"our|"
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
        r"\bzonder\s+(?:het\s+|dit\s+|dat\s+|er\s+)?(?:\w+\s+){0,2}?(?:tegen|aan)\s+(?:iemand|"
        r"niemand|"
        r"je\s+\w+|jouw\s+\w+|de\s+\w+)\s+te\s+(?:zeggen|vertellen|melden)\b"
        r"|\bzonder\s+(?:het\s+)?(?:iemand|je\s+\w+)\s+(?:iets\s+|er\s+iets\s+)?te\s+(?:zeggen|"
        r"vertellen|"
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
            r"\b(?:niet|niks|niets|nooit)\s+(?:\w+\s+)?(?:doorvertellen|doorvertelt|"
            r"verder\s+vertellen|"
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
    r"\bals\s+(?:iemand|ze|zij|je\s+\w+|jouw\s+\w+|de\s+\w+|they|anyone|your\s+\w+)\s+(?:\w+\s+)"
    r"{0,4}?"
    r"(?:vraagt|vragen|vroeg|asks|ask)\b[\s,]+(?:\w+[\s,]+){0,8}?(?:zeg|vertel|say|tell)\s+(?:je|"
    r"jij|dan|"
    r"maar|gewoon|gwn|them|you)\b(?!\s+(?:\w+\s+)?(?:eerlijk|de\s+waarheid|the\s+truth|honestly))"
    r"|\bzeg\s+(?:(?:maar|gewoon|dan|je|jij|ff|even|toch|wel)\s+)*dat\s+(?:je|jij)\b(?:\s+\w+)"
    r"{0,4}?\s+"
    r"(?:was|bent|bij|met|ziek|thuis|naar|sliep|slaapt|geweest|bleef|zat|logeerde|logeert)\b"
    r"|\bdoe\s+(?:(?:maar|gewoon|dan|ff|even)\s+)*(?:net\s+)?alsof\s+(?:je|jij)\s+(?:\w+\s+)"
    r"{0,2}?(?:me|mij|"
    r"ons|niks|niets|nergens|niet)\b"
    r"|\b(?:verzin|bedenk|make\s+up|come\s+up\s+with)\s+(?:\w+\s+){0,2}?(?:smoes|smoesje|excuus|"
    r"excuse|"
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

# Round 9 families: a cover story for the people who protect her ("zeg tegen je begeleider dat je
# bij een vriendin sliep"), lying, leaving things out of her report, not bothering the
# coordinator, "that stays with you", not telling a named person, no screenshots, hiding the app,
# places where nobody reads along.
_FAMILIES9: Final = (
    AllOf(
        "secrecy",
        HOLD,
        parts=(
            r"\b(?:zeg|vertel)\s+(?:(?:maar|gewoon|gwn|dan|ff|even)\s+)*(?:tegen\s+|aan\s+)?(?:je|"
            r"jouw|de|die)"
            rf"\s+(?:\w+\s+)?{WATCHERS}\b",
            r"\bdat\s+(?:je|jij|we|wij)\s+(?:\w+\s+){0,3}?(?:bij\s+(?:een|je)\s+\w+\s+(?:was|bent|"
            r"sliep|"
            r"slaapt|logeert|logeerde|bleef)|ziek\s+was|thuis\s+was|sliep|slaapt|logeert|logeerde|"
            r"over\s+school|"
            r"over\s+huiswerk)\b"
            r"|\bdat\s+alles\s+(?:\w+\s+)?(?:goed|prima|oke|ok|normaal)\b"
            r"|\bdan\s+(?:laten|hoeft|hoeven|vragen|checkt|weten|merkt|merken)\b"
            r"|\b(?:checkt|controleert)\s+(?:dat|het)\s+(?:\w+\s+)?niet\b",
        ),
        none_of=(r"\b(?:eerlijk|de\s+waarheid|hulp\s+nodig)\b",),
    ),
    Pattern(
        "secrecy",
        HOLD,
        # "lieg maar dat je telefoon leeg was"
        r"(?<!\bik )(?<!\bwe )"
        r"\blieg\s+(?:(?:maar|gewoon|gwn|dan|ff|even)\s+)*(?:dat\s+(?:je|jij)|over|"
        r"tegen\s+(?:je|jouw|de|die|ze|hen|hun|haar|hem|iedereen))\b"
        r"|\bniemand\s+(?:\w+\s+){0,3}?(?:meeleest|meekijkt|mee\s+leest|mee\s+kijkt|meeluistert)\b"
        # "dit hoef je niet in je verslagje te zetten", "je hoeft de coordinator niet lastig te
        # vallen"
        r"|\b(?:hoef|hoeft)\s+(?:je|jij)\s+(?:\w+\s+){0,2}?(?:niet|niks|niets)\s+(?:\w+\s+){0,5}?"
        r"(?:\w*verslag\w*|\w*rapport\w*|dossier|logboek|dagboek\s+voor)\b(?:\s+\w+)"
        r"{0,4}?\s+te\s+(?:zetten|melden|"
        r"schrijven|noemen|opschrijven)\b"
        r"|\b(?:hoef|hoeft)\s+(?:(?:je|jij)\s+)?(?:de|je|jouw)\s+(?:\w+\s+)"
        rf"?{WATCHERS}\s+(?:\w+\s+)?niet\s+"
        r"(?:\w+\s+){0,3}?(?:lastig\s+te\s+vallen|in\s+te\s+lichten|te\s+vertellen|te\s+melden|"
        r"te\s+storen)\b"
        r"|\b(?:lossen|regelen)\s+(?:wij|we)\s+(?:het\s+|dit\s+)?(?:wel\s+)?(?:samen|zelf|"
        r"onderling)\s*(?:op\b)?"
        # "dat houd je voor je", "foar dysels halde"
        r"|\b(?:dat|dit|het)\s+(?:hou|houd|houdt)\s+(?:je|jij)\s+(?:\w+\s+)?(?:voor\s+(?:je|jezelf)"
        r"|geheim|"
        r"stil|onder\s+ons)\b|\bfoar\s+dysels\s+hal\w*"
        # "zeg maar niet tegen Hinke dat ik dit vroeg", "beloof me dat je het niet tegen Anouk zegt"
        r"|\b(?:zeg|vertel)\s+(?:(?:het|maar|dan|ff|even|dit|dat|gewoon)\s+)*niet\s+(?:tegen|aan)"
        r"\s+\w+\s+"
        r"dat\s+ik\b"
        r"|\b(?:beloof|promise)\s+(?:me|mij)\s+(?:dat\s+)?(?:je|jij|you)\s+(?:\w+\s+){0,3}?(?:niet|"
        r"niemand|niks|"
        r"nobody|no\s*one|won'?t)\b(?:\s+\w+){0,3}?\s+(?:zegt|vertelt|tell|zeggen|vertellen)\b"
        # "maak geen screenshots", "verstop de app"
        r"|\b(?:maak|neem)\s+(?:\w+\s+)?geen\s+(?:screenshots?|schermafbeelding\w*|screenies)\b"
        r"|\b(?:don'?t|dont|no)\s+(?:\w+\s+)?screenshots?\b"
        r"|\bverstop\w*\s+(?:\w+\s+)?(?:de\s+app|deze\s+app|je\s+telefoon|die\s+telefoon|de\s+chat)"
        r"\b"
        r"|\b(?:zet|doe)\s+(?:de|deze)\s+app\s+(?:\w+\s+)?(?:op\s+stil|uit)\b(?=.*\bverstop\w*)"
        r"|\bhide\s+(?:the\s+app|this\s+app|your\s+phone|this\s+chat)\b"
        # "daar kijkt niemand mee", "daar verdwijnen berichten vanzelf"
        r"|\b(?:kijkt|leest|ziet|luistert)\s+niemand\s+(?:\w+\s+)?mee\b"
        r"|\bniemand\s+(?:die\s+)?(?:kijkt|leest)\s+(?:daar|er)\s+mee\b|\bno\s*one\s+(?:reads|"
        r"watches|sees)\s+"
        r"(?:it|there|that)\b|\bnobody\s+(?:reads|watches|checks)\b"
        r"|\b(?:berichten|messages|chats|appjes)\s+(?:\w+\s+)?(?:verdwijnen|disappear)\s+(?:\w+\s+)"
        r"?"
        r"(?:vanzelf|automatisch|automatically|by\s+themselves)\b",
    ),
    AllOf(
        "secrecy",
        HOLD,
        # "niet tegen mijn coordinator zeggen ok?" (not her own choice: "ik ga het niet tegen ...")
        parts=(
            rf"\bniet\s+(?:aan|tegen)\s+(?:mijn|m'n|mn)\s+(?:\w+\s+)?{WATCHERS}\s+(?:zeggen|"
            r"vertellen|"
            r"doorvertellen)\b\s*(?:ok|oke|okay|he|hoor|aub|alsjeblieft|pls|\?|!|,)",
        ),
        none_of=(r"\bik\s+(?:ga|wil|zal|durf|kan|heb|hoef)\b",),
    ),
)


# Round 10 families: "dit hoeft je begeleider niet te weten", "niemand in de groep mag dit weten",
# "laten we het voor ons houden", "keep our chats to yourself", a cover story after "als ze het
# vraagt", "niet aan Marloes vertellen", "alleen voor jou, niet screenshotten", deleting a message
# or the history, notifications off so nobody sees, "they would never understand us".
_NOT_A_SURPRISE10: Final = (
    r"\b(?:verrassing|surprise|cadeau|cadeautje|verjaardag|feestje|present)\b"
)
_FAMILIES10: Final[tuple[Pattern | AllOf, ...]] = (
    Pattern(
        "secrecy",
        HOLD,
        r"\b(?:dit|dat|het)\s+hoeft\s+(?:\w+\s+){0,6}?niet\s+te\s+(?:weten|horen)\b"
        r"|\bniemand\s+(?:\w+\s+){0,3}?(?:hoeft|mag)\s+(?:dit|dat|het|hiervan|ervan)?\s*(?:te\s+)"
        r"?weten\b"
        r"|\bhoeft\s+niet\s+in\s+(?:je|jouw|het|de)\s+(?:\w+\s+)?(?:verslag\w*|rapport\w*|dossier|"
        r"logboek)\b"
        r"|\bkeep\s+(?:this|it|that|our\s+\w+|these\s+\w+)\s+(?:\w+\s+)?(?:to\s+yourself|from|"
        r"between\s+us|"
        r"our\s+(?:little\s+)?(?:thing|secret))\b"
        r"|\b(?:don'?t|do\s+not|never)\s+mention\s+(?:this|it|our\s+\w+|me|us)\s+to\b"
        r"|\bhou\w*\s+(?:dit|het|dat)\s+onder\s+de\s+pet\b|\bgeheimhouden\b|\bgeheim\s+(?:blijft|"
        r"houdt)\b"
        r"|\b(?:niet\s+screenshotten|screenshot\s+(?:dit|het|dat)\s+niet)\b"
        r"|\bals\s+(?:iemand|je|jij)\s+(?:\w+\s+){0,3}?(?:een\s+)?screenshot\s+(?:\w+\s+)?maakt\b"
        r"|\bhaal\s+(?:je|jij|die|dat|dit|de)\s+(?:\w+\s+){0,3}?(?:bericht\w*|chat\w*|appje\w*)\s+"
        r"(?:\w+\s+){0,3}?weg\b"
        r"|\b(?:wil|kun|kan|wilt)\s+(?:je|jij)\s+(?:dit|dat|het|ons|die)\s+(?:gesprek|chat|"
        r"berichten|"
        r"geschiedenis)\s+(?:\w+\s+){0,3}?(?:wissen|verwijderen|deleten|weghalen)\b"
        r"|\b(?:wis|verwijder|delete)\s+(?:je|jouw|dit|die|ons|onze|your)\s+(?:\w+\s+)"
        r"?(?:chatgeschiedenis|"
        r"geschiedenis|gesprekken|history|chat\s+history)\b"
        r"|\b(?:je|jij)\s+kent\s+(?:mij|me)\s+niet\s+(?:van\s+\w+\s*)?(?:,|\s)*(?:afgesproken|ok|"
        r"oke|oké|"
        r"duidelijk|he|hè)\b"
        r"|\bvertel\s+(?:je|jouw|de)\s+\w+\s+(?:maar\s+)?niet\s+dat\s+ik\b"
        r"|\bzeg\s+(?:\w+\s+){0,2}?tegen\s+(?:\w+\s+){1,3}?dat\s+(?:we|wij)\s+(?:het\s+)?(?:alleen|"
        r"gewoon|maar)"
        r"\s+over\s+\w+\s+(?:hadden|praatten|spraken|gingen|hebben\s+gehad)\b",
    ),
    *each_alternative(
        AllOf(
            "secrecy",
            HOLD,
            # "laten we het voor ons houden", "wat ik je vertel moet je voor jezelf houden"
            parts=(
                r"\b(?:voor\s+(?:ons|onszelf|ons\s+tweeen|ons\s+twee|jezelf|jou\s+en\s+mij)|"
                r"onder\s+ons|tussen\s+ons)"
                r"\s+(?:\w+\s+)?(?:houden|hou|houd|blijven|blijft)\b",
            ),
            none_of=(
                _NOT_A_SURPRISE10
                + r"|\b(?:handen|mening|grappen|mag|mogen|mocht)\b|\bals\s+je\s+(?:dat\s+)?wil\w*"
                r"|\bis\s+(?:ook\s+)?(?:oke|ok|prima|goed)\b",
            ),
            none_of_in_message=True,
        )
    ),
    *each_alternative(
        AllOf(
            "secrecy",
            HOLD,
            # "niet aan Marloes vertellen wat ik zei oke?", "niks zeggen tegen je bewindvoerder he"
            parts=(
                r"\b(?:niet|niks|niets)\s+(?:\w+\s+){0,3}?(?:aan|tegen)\s+(?!(?:jullie|jou|mij|me|"
                r"ons)\b)"
                r"(?:je\s+|de\s+|die\s+|jouw\s+)?\w+\s+"
                r"(?:\w+\s+)?(?<!\bte )(?:vertellen|zeggen|doorvertellen|verklappen)\b"
                r"\s*(?:wat|dat|ok\w*|he|hè|hoor|"
                r"!|\?|,|$)",
            ),
            none_of=(
                _NOT_A_SURPRISE10 + r"|\bik\s+(?:ga|wil|zal|durf|kan|heb|hoef|moet)\b|\bdat\s+ik\b"
                r"|\bvergeet\s+niet\b",
            ),
            none_of_in_message=True,
        )
    ),
    *each_alternative(
        AllOf(
            "secrecy",
            HOLD,
            # "dit is echt alleen voor jou, niet doorsturen", "jij en ik, verder niemand 🤫"
            parts=(
                r"\balleen\s+voor\s+(?:jou|jou\s+en\s+mij|ons|jullie)\b|\bjij\s+en\s+ik\b|"
                r"\bjust\s+(?:for\s+)?"
                r"(?:you\s+and\s+me|between\s+us)\b|\bonly\s+for\s+you\b",
                r"\b(?:screenshot\w*|doorzetten|doorsturen|door\s+sturen|doorvertellen|niemand|"
                r"geheim|nobody|no\s+one|"
                r"verder\s+niemand)\b|🤫|🤐",
            ),
            none_of=(_NOT_A_SURPRISE10,),
            none_of_in_message=True,
            across_clauses=True,
        )
    ),
    *each_alternative(
        AllOf(
            "secrecy",
            HOLD,
            # "zet je meldingen uit, dan ziet niemand mijn berichten"
            parts=(
                r"\b(?:zet|doe)\s+(?:je|jouw)\s+(?:\w+\s+)?(?:meldingen|geluid)\s+"
                r"(?:\w+\s+)?uit\b|\bturn\s+off\s+(?:your\s+)?notifications\b",
                r"\b(?:niemand|nobody|no\s+one|ziet|zien|merkt|merken|sees)\b",
            ),
            across_clauses=True,
        )
    ),
    *each_alternative(
        AllOf(
            "secrecy",
            HOLD,
            # a cover story: "als je moeder vraagt met wie je praat, zeg dan dat het Lisa is"
            parts=(
                r"\b(?:als|if|wanneer)\s+(?:\w+\s+){1,3}?(?:(?:het|ernaar|je)\s+(?:vraagt|vragen|"
                r"asks)|(?:vraagt|vragen|"
                r"asks)\s+(?:waar|met\s+wie|wie|van\s+wie|bij\s+wie|where|who|hoe\s+(?:je|jullie)"
                r"\s+(?:mij|me|"
                r"elkaar)))\b",
                r"\b(?:zeg|vertel)\s+(?:(?:dan|je|maar|gewoon|gwn|gwoon|ff|even)\s+)*(?:dat|"
                r"je\s+\w+|gewoon)\b"
                r"|\b(?:je|jij)\s+kent\s+(?:mij|me)\s+niet\b|\bdoe\s+(?:dan\s+)?(?:maar\s+)?alsof\b"
                r"|\b(?:just\s+)?say\s+(?:that\s+)?(?:you|it)\b",
            ),
            none_of=(r"\b(?:eerlijk|de\s+waarheid|hulp\s+nodig|truth|honest\w*|ik\s+zeg)\b",),
            none_of_in_message=True,
            across_clauses=True,
        )
    ),
    *each_alternative(
        AllOf(
            "secrecy",
            HOLD,
            # "de anderen zouden het nooit begrijpen, laten we het voor onszelf houden"
            parts=(
                r"\b(?:zouden|zullen|snappen|begrijpen)\s+(?:het|dit|ons|je|jou)?\s*(?:toch\s+)"
                r"?(?:nooit|niet)\s+"
                r"(?:begrijpen|snappen)\b|\b(?:she|he|they|people)\s+(?:wouldn'?t|won'?t|"
                r"would\s+never)\s+"
                r"understand\b|\b(?:would|will)\s+freak\s+out\b|\bsnappen\s+je\s+toch\s+niet\b",
                r"\b(?:voor\s+ons|onszelf|onder\s+ons|our\s+\w+|between\s+us|keep\s+(?:this|it)|"
                r"tussen\s+ons|"
                r"wat\s+wij\s+hebben|what\s+we\s+have|how\s+close\s+we\s+are|mention|hoeft|hoef|"
                r"vertellen|"
                r"zeggen|laten\s+we|let'?s)\b",
            ),
            none_of=(r"\bik\s+(?:ga|wil|zal|durf)\b",),
            none_of_in_message=True,
            across_clauses=True,
        )
    ),
)


# Round 11 (train_n, train_o): keeping it between the two of them without the trigger words.
_FAMILIES11: Final = Pattern(
    "secrecy",
    HOLD,
    r"\b(?:deel|bespreek)\s+je\s+met\s+niemand\b"
    r"|\bhoort\s+alleen\s+bij\s+ons(?:\s+(?:twee|tweetjes|tweeen))?\s*(?:[.!…,]|$)|"
    r"\bons\s+ding\s+blijft\s+ons\s+ding\b"
    r"|\bik\s+weet\s+het[\s,]+(?:en\s+)?verder\s+niemand\b"
    r"|\bhou\s+(?:mij|me|ons)\s+(?:gewoon\s+|maar\s+)?(?:\w+\s+){0,3}?voor\s+jezelf\b"
    r"|\bpraat\s+er\s+(?:maar\s+)?niet\s+over\s+(?:in|met|tegen)\s+(?:de\s+groep|je\s+\w+)\b"
    r"|\bvertel\s+(?:haar|hem|ze)\s+maar\s+niet\s+dat\s+we\b"
    r"|\b(?:promise|swear)\s+(?:you\s+)?(?:won'?t|wont|not\s+to)\s+(?:mention|tell)\b"
    r"|\b(?:vertellen|vertel|stuur|lees|zeg|zeggen)\b[^?]{0,40}\bmoet\s+je\s+(?:het\s+|dit\s+|"
    r"dat\s+)?(?:daarna\s+)?(?:meteen\s+|direct\s+|gelijk\s+)?"
    r"(?:wissen|verwijderen|deleten)\b"
    r"|\bzet\s+(?:de\s+)?(?:meldingen|notificaties)\s+(?:\w+\s+){0,3}?uit\b"
    r"(?=.*\bziet\s+(?:je\s+\w+\s+|niemand\s+|ze\s+|hij\s+|zij\s+)?(?:niet|niks|nooit|wie|wat)\b)",
)


# Round 12 (train_q, train_r): keeping the people who protect her out without the word "geheim":
# "in die gesprekken hoef je mij niet te noemen", "laat haar er maar buiten", "daar zou ik maar
# niet over beginnen", "die hoeft niet alles van jou te horen", "als ze ernaar vragen, wist je van
# niks", "zeg dat je me niet kent", "doe alsof dit gesprek nooit gebeurd is", "off the record",
# notifications silenced "zodat ze niks op je scherm zien".
_FAMILIES12: Final[tuple[Pattern | AllOf, ...]] = (
    Pattern(
        "secrecy",
        HOLD,
        r"\b(?:noem|vermeld)\s+(?:mij|me)\s+(?:maar\s+|dan\s+)?(?:niet|nergens|liever\s+niet)\b"
        r"|\b(?:hoef|hoeft)\s+(?:je|jij)\s+(?:mij|me)\s+(?:\w+\s+){0,2}?(?:niet|nooit)"
        r"\s+te\s+(?:noemen|vermelden)\b"
        r"|\b(?:je|jij)\s+(?:hoeft|hoef)\s+(?:mij|me)\s+(?:\w+\s+)?(?:niet|nooit)\s+te\s+(?:noemen|"
        r"vermelden)\b"
        r"|\b(?:mij|me)\s+hoef\s+(?:je|jij)\s+(?:\w+\s+)?niet\s+te\s+(?:noemen|vermelden)\b"
        r"|\bskip\s+the\s+part\s+about\s+me\b|\bleave\s+me\s+out\s+of\s+(?:it|this|that)\b"
        r"|\bdon'?t\s+(?:mention|bring\s+up)\s+me\b"
        # "laat haar er maar buiten", "laat de coordinator hier buiten", "laat mij erbuiten"
        rf"|\blaat\s+(?:mij|me|(?:je|jouw|de|die)\s+{WATCHERS})\s+(?:er|hier|daar)\s*"
        r"(?:(?:maar|even|gewoon|lekker|nou|lekker)\s+)*buiten\b"
        rf"|\bkeep\s+(?:her|him|them|(?:your|the)\s+\w+)\s+out\s+of\s+(?:it|this)\b"
        # "zeg dat je me niet kent", "doe alsof dit gesprek nooit gebeurd is"
        r"|\bdat\s+(?:je|jij)\s+(?:me|mij)\s+(?:niet\s+kent|nooit\s+gezien\s+hebt|"
        r"nooit\s+ontmoet\s+hebt|"
        r"nooit\s+gesproken\s+hebt)\b"
        r"|\b(?:say|tell\s+\w+)\s+(?:that\s+)?you\s+(?:don'?t|never)\s+(?:know|knew|met)\s+me\b"
        r"|\bdoe\s+(?:maar\s+|gewoon\s+)?alsof\s+(?:dit\s+gesprek|dit|we|wij|ik|dat\s+gesprek)\s+"
        r"(?:\w+\s+){0,3}?(?:nooit|niet)\s+(?:is\s+)?(?:gebeurd|bestaan|bestaat|gezegd|gesproken|"
        r"gestuurd|"
        r"ontmoet|gepraat)\w*\b"
        r"|\bpretend\s+(?:this|that|we|it|i)\s+(?:\w+\s+){0,3}?never\s+(?:happened|talked|met|"
        r"existed|said)\b"
        r"|\boff\s+the\s+record\b"
        r"|\bbeloof\s+(?:me\s+|mij\s+)?(?:dat\s+)?(?:je|jij)\s+(?:het\s+|dit\s+|dat\s+)?(?:aan\s+)"
        r"?niemand\s+"
        r"(?:\w+\s+)?(?:vertelt|zegt|laat\s+zien|doorvertelt)\b"
        r"|\bcan'?t\s+have\s+(?:the\s+)?(?:office|coordinator|them|anyone|your\s+\w+)\s+(?:reading|"
        r"seeing|"
        r"knowing|finding)\b"
        # "daarom houden we het lekker voor onszelf"
        r"|\bhouden\s+we\s+(?:het|dit|dat)\s+(?:\w+\s+)?(?:voor\s+(?:onszelf|ons)|geheim|stil|"
        r"onder\s+ons)\b"
        # "die coordinator snapt je niet zoals ik je snap"
        r"|\b(?:snapt|begrijpt|kent)\s+(?:je|jou)\s+(?:toch\s+)?(?:nooit\s+|niet\s+)?zoals\s+ik\b"
        r"|\bniemand\s+(?:snapt|begrijpt|kent)\s+(?:je|jou)\s+zoals\s+ik\b"
        r"|\bnobody\s+(?:gets|understands|knows)\s+(?:you|u)\s+like\s+i\s+do\b"
        # "zet je meldingen op stil zodat ze niks op je scherm zien"
        r"|\b(?:meldingen|notificaties|notifications|previews?|berichtvoorbeelden)\b[^.!?]{0,40}?"
        r"\b(?:zodat|dan|so)\s+(?:ze|niemand|nobody|they|no\s+one|(?:je|jouw|your)\s+\w+)"
        r"\s+(?:\w+\s+){0,4}?"
        r"(?:zien|ziet|see|sees|leest|lezen|read|reads|meekijkt|meekijken)\b",
    ),
    AllOf(
        "secrecy",
        HOLD,
        # "die coordinator snapt je niet. laat haar er maar buiten" (a watcher named nearby)
        parts=(
            r"\blaat\s+(?:haar|hem|ze|hen)\s+(?:er|hier|daar)\s*(?:(?:maar|even|gewoon|lekker|nou)"
            r"\s+)*buiten\b",
            rf"\b{WATCHERS}\b",
        ),
        across_clauses=True,
    ),
    AllOf(
        "secrecy",
        HOLD,
        # "als ze ernaar vragen, wist je van niks"
        parts=(
            r"\b(?:weet|wist)\s+(?:je|jij)\s+van\s+(?:niks|niets)\b|\b(?:je|jij)\s+(?:weet|wist)"
            r"\s+van\s+"
            r"(?:niks|niets)\b|\byou\s+(?:know|knew)\s+nothing\b|"
            r"\byou\s+don'?t\s+know\s+anything\b",
            r"\b(?:als|if|wanneer|when)\s+(?:ze|iemand|hij|zij|they|anyone|someone|je\s+\w+)"
            r"\s+(?:\w+\s+){0,2}?"
            r"(?:vraagt|vragen|ernaar|asks?)\b",
        ),
        across_clauses=True,
    ),
    AllOf(
        "secrecy",
        HOLD,
        # "thuis begrijpen ze dat niet, dus daar zou ik maar niet over beginnen"; "schrijf het niet
        # op, dat leest je begeleider ook"; "die hoeft niet alles van jou te horen"
        parts=(
            r"\bschrijf\s+(?:het|dat|dit|mij|me|er\s+\w+|dat\s+soort\s+dingen)\s+(?:\w+\s+)"
            r"?(?:maar\s+)?niet\s+"
            r"(?:op|in|over)\b"
            rf"|\b{WATCHERS}\s+(?:van\s+(?:jou|je)\s+)?(?:hoeft|hoeven)\s+(?:echt\s+)"
            r"?(?:niet\s+alles|niks|niets|"
            r"het\s+niet|dat\s+niet)\s+(?:\w+\s+){0,3}?te\s+(?:horen|weten)\b"
            r"|\b(?:die|ze|zij|hij|hun)\s+(?:hoeft|hoeven)\s+(?:\w+\s+){0,3}?(?:niet\s+alles|niks|"
            r"niets|het\s+niet|"
            r"dat\s+niet)\s+(?:\w+\s+){0,3}?te\s+(?:horen|weten)\b"
            r"|\bverantwoording\s+(?:af\s+)?(?:te\s+)?(?:leggen|afleggen)\b",
            rf"\b(?:thuis|{WATCHERS}|die\s+mensen|ze\s+(?:begrijpen|snappen|lezen|leest)|leest|"
            r"lezen|"
            r"bordje)\b",
        ),
        none_of=(r"\b(?:verrassing|surprise|cadeau|verjaardag|feestje)\b",),
        across_clauses=True,
    ),
    AllOf(
        "secrecy",
        HOLD,
        # "thuis snappen ze het toch niet, dus ik zou er maar niet over beginnen"
        parts=(
            r"\b(?:zou\s+ik|ik\s+zou)\s+(?:er\s+|het\s+|dat\s+)?(?:maar\s+|lekker\s+)"
            r"?niet\s+(?:over\s+beginnen|"
            r"vertellen|zeggen|noemen)\b|\bbegin\s+er\s+(?:maar\s+|gewoon\s+)?niet\s+over\b",
            r"\b(?:thuis|die\s+mensen|ze\s+(?:begrijpen|snappen|begrijpt)|they\s+(?:won'?t|don'?t)"
            r"\s+"
            r"(?:understand|get))\b",
        ),
        across_clauses=True,
    ),
)


# Round 14 (heldout15-22): secrecy without "geheim". "ons (kleine) dingetje" kept from others,
# the conversation to be wiped before a helper looks or declared never to have happened, a helper
# told to be left out ("vertel het haar liever niet", "je hoeft die mevrouw van de app niet te
# vertellen dat we weer praten", "ook je buddy niet"), and a promise to keep her mouth shut.
_WATCHER14: Final = (
    rf"(?:{WATCHERS}|coordinator\w*|begeleiders|mevrouw\s+van\s+de\s+app|die\s+mevrouw|het\s+team|"
    r"de\s+rest|anderen|mom|mum|moeder)"
)
_ROUND14: Final[tuple[Pattern | AllOf, ...]] = (
    AllOf(
        "secrecy",
        HOLD,
        # "dit is ons dingetje, niet vertellen", "ons kleine dingetje, daar praten we niet over"
        parts=(
            r"\b(?:ons|onze)\s+(?:kleine\s+|eigen\s+)?(?:dingetje|geheimpje|momentje)\b"
            r"|\bour\s+(?:little\s+)?(?:thing|secret)\b",
            # (the emoji first: a leading "\b" is checked at the start of every alternative)
            r"🤫|\b(?:niet\s+(?:vertellen|zeggen|over)|praten\s+we\s+niet|niemand|anderen|"
            r"don'?t\s+tell|nobody|no\s+one)\b",
        ),
        across_clauses=True,
    ),
    Pattern(
        "secrecy",
        HOLD,
        # the conversation wiped or denied: "dit gesprek moet jij wissen straks", "wis dit gesprek
        # even voordat je begeleider meekijkt", "dit gesprek heeft nooit plaatsgevonden"
        r"\b(?:dit|dat|ons|deze)\s+(?:gesprek|gesprekje|chat|chatje|convo|conversation)"
        r"\s+(?:\w+\s+){0,4}?"
        r"(?:wissen|wist|wis|verwijder\w*|deleten|delete|weghalen)\b"
        r"|\b(?:wis|wist|verwijder|delete)\s+(?:\w+\s+){0,3}?(?:dit|dat|ons|deze)\s+(?:gesprek|"
        r"gesprekje|"
        r"chat|chatje|convo)\b"
        r"|\b(?:dit|dat|ons|deze|this)\s+(?:gesprek|gesprekje|chat|convo|conversation)\s+(?:heeft|"
        r"has)\s+"
        r"(?:\w+\s+)?(?:nooit|never)\s+(?:plaatsgevonden|bestaan|happened|existed)\b"
        r"|\bthis\s+(?:conversation|chat|convo)\s+never\s+happened\b",
    ),
    AllOf(
        "secrecy",
        HOLD,
        # a helper to be left out: "vertel het haar liever niet", "je hoeft die mevrouw van de app
        # niet te vertellen dat we weer praten", "don't say nothing to ur buddy about me", "your
        # mom doesn't need to know about us", "ook je buddy niet, dus hou het bij jou"
        parts=(
            r"\bvertel\s+(?:het|dit|dat)\s+(?:haar|hem|ze)\s+(?:\w+\s+){0,2}?niet\b"
            r"|\b(?:je|jij)\s+hoeft\s+(?:\w+\s+){0,5}?niet\s+te\s+(?:vertellen|weten|zeggen)\b"
            r"|\bhoeft\s+(?:dit|dat|het)\s+niet\s+te\s+weten\b"
            r"|\b(?:don'?t|dont|do\s+not)\s+(?:say|tell)\s+(?:nothing|anything)\b"
            r"|\b(?:doesn'?t|does\s+not|don'?t)\s+need\s+to\s+know\b"
            r"|\bniks\s+zeggen\s+tegen\b|\bniets\s+zeggen\s+tegen\b"
            r"|\bhou\w*\s+(?:het|dit)\s+(?:\w+\s+){0,3}?bij\s+(?:jou|jezelf|je\s+zelf)\b"
            r"|\bdaar\s+weet\s+(?:verder\s+)?niemand\s+van\b[^.?!]*?\b(?:zo\s+houden\s+we\s+het|"
            r"afgesproken)\b",
            rf"\b{_WATCHER14}\b",
        ),
        # (her own silence, not asked of her: "ik durf het mijn begeleider niet te vertellen")
        none_of=(r"\bik\s+(?:durf|wil|kan|ga)\b(?:\s+\w+){0,4}?\s+niet\b",),
        across_clauses=True,
    ),
    AllOf(
        "secrecy",
        HOLD,
        # "beloof me dat je je mond houdt hierover", "promise you'll keep your mouth shut"
        parts=(
            r"\b(?:je|jij)\s+(?:je|jouw)\s+mond\s+(?:houdt|houden|dicht\s+houdt)\b|"
            r"\bkeep\s+(?:your|ur)\s+"
            r"mouth\s+shut\b|\bmondje\s+dicht\b",
            r"\b(?:beloof|belooft|beloven|promise|vertrouw|hierover|daarover|afgesproken)\b",
        ),
        across_clauses=True,
    ),
)
# Each alternative of an AllOf's first part gated on its own words (see `each_alternative`).
_FAMILIES14: Final = tuple(
    part
    for rule in _ROUND14
    for part in (each_alternative(rule) if isinstance(rule, AllOf) else (rule,))
)


RULES = RuleGroup(
    "secrecy",
    rules=(
        *_SENTENCE_RULES.rules,
        *_FAMILIES,
        _FAMILIES8,
        *_FAMILIES9,
        *_FAMILIES10,
        _FAMILIES11,
        *_FAMILIES12,
        *_FAMILIES14,
    ),
    detectors=_SENTENCE_RULES.detectors,
)
