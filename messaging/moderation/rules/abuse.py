"""Insults and bullying (POLICY: flag).

An insult needs a target ("je bent", "wat ben jij", "stomme trut"); "ik voel me dom" or "kut,
bus gemist" are not aimed at anyone. Comfort in the negative ("je bent niet dom", "niemand mag jou
pijn doen") must not read as abuse, so intensifiers are listed and "niet" is not one of them.
"""

from __future__ import annotations

from typing import Final

from messaging.moderation.decision import FLAG
from messaging.moderation.lexicons import alt
from messaging.moderation.rules._base import Pattern, RuleGroup

_INSULT: Final = alt(
    "dom", "dommerd", "dommie", "dommer", "stom", "stomme", "stommerd", "lelijk", "lelijke",
    "lelijkerd", "dik", "vetzak", "loser", "sukkel", "idioot", "debiel",
    "debiele", "achterlijk", "achterlijke", "mongool", "mongooltje", "kankerlijer", "klootzak",
    "kutwijf", "trut", "trutje", "hoer", "hoertje", "slet", "sletje", "bitch", "slut", "whore",
    "ugly", "stupid", "dumb", "fat", "idiot", "freak", "psycho", "gestoord", "gestoorde",
    "geschift", "zielig", "zielige", "waardeloos", "waardeloze", "nutteloos", "nutteloze",
    "niks waard", "niets waard", "nietsnut", "randdebiel", "kneus", "mislukkeling",
    "zwakkeling", "huilebalk", "aansteller", "aanstelster", "walgelijk", "smerig", "pathetic",
    "worthless", "useless", "disgusting", "retard", "moron", "eikel", "oen", "sloerie", "snol",
    "pleurislijer", "hufter", "irritant", "vervelend", "annoying", "zwerver", "mislukt",
    "mislukte", "mislukking", "kanker", "tyfus", "tering", "grap", "een grap", "de slechtste",
    "een schande", "a joke", "the worst", "a disgrace",
    "aandachtshoer", "aandachtszoeker", "leugenaar", "liegbeest", "nep", "toxic", "kech",
    "gerizekali", "kinderachtig", "saai", "de lelijkste", "lelijkste", "de domste",
    "slechte moeder", "slecht mens", "een leugenaar", "een nepper",
)  # fmt: skip
# Deliberately absent: "vet" (cool), "gek"/"raar" (playful "je bent gek haha"), "kk" (an
# intensifier: "kk grappig"), "dikke" ("een dikke vriendin" is a close friend).
_INTENSIFIER: Final = alt(
    "echt", "zo", "zo'n", "een", "wat", "erg", "heel", "super", "such", "such a", "so", "a", "an",
    "really", "totally", "gewoon", "ook", "nog", "altijd", "een beetje", "fucking", "kanker",
    "kk", "mega", "zo erg", "vet", "best", "wel", "totaal", "echt zo", "zo ontzettend",
    "ontzettend", "ongelofelijk", "so fucking", "the most", "de meest", "een echte", "een vieze",
    "een lelijke", "een stomme", "een dikke", "an absolute", "absolute", "veel te", "te",
)  # fmt: skip
_SLUR: Final = alt(
    "kankerlijer", "kankerhoer", "tyfuslijer", "teringlijer", "klootzak", "kutwijf", "hoer",
    "slet", "sloerie", "mongool", "randdebiel", "pleurislijer", "motherfucker", "retard",
    "bitch", "slut", "whore", "cunt", "kankerkind", "kankermongool", "tyfushoer", "teringhoer",
    "kutkind", "vetzak", "snol",
)  # fmt: skip

# Round 8 families: mocking someone who cries, "you deserve to be alone", remarks on her face.
_FAMILIES8: Final = (
    Pattern(
        "abuse.bullying",
        FLAG,
        # "kijk haar weer huilen", "nep tranen", "stop met janken", "what a crybaby"
        r"\b(?:kijk|look\s+at|moet\s+je)\s+(?!(?:ik|i)\b)(?:\w+\s+){0,2}?(?:huilen|janken|grienen|"
        r"bleren|"
        r"crying)\b"
        r"|\b(?:nep|fake|krokodillen)\s*-?\s*(?:tranen|traantjes|tears)\b"
        r"|\b(?:ze|zij|hij|je|jij|die)\s+(?:zit|ligt|staat|gaat)\s+(?:\w+\s+)?(?:weer|alweer|"
        r"altijd|steeds)\s+"
        r"(?:te\s+)?(?:janken|grienen|bleren)\b"
        r"|\b(?:jankerd|janker|jankbalk|jankebalk|crybaby|cry\s+baby)\b"
        r"|\b(?:stop|hou\s+op|kap)\s+(?:\w+\s+)?met\s+(?:janken|grienen|bleren)\b"
        # "je verdient het om alleen te zijn" (not "je verdient het niet om alleen te zijn")
        r"|\b(?:je|jij|you|u)\s+(?:\w+\s+)?(?:verdient|verdien|deserve|deserves)\s+(?!(?:het\s+)"
        r"?niet\b)"
        r"(?!(?:\w+\s+){0,2}?(?:nothing|niks|niets)\s+(?:but|less|dan|minder|anders)\b)"
        r"(?:\w+\s+){0,2}?(?:om\s+)?(?:te\s+)?(?:alleen|eenzaam|lijden|dood|gestraft|niks|niets|"
        r"niemand|"
        r"alone|to\s+die|to\s+suffer|nothing|no\s*one|nobody|to\s+be\s+alone|to\s+be\s+hurt|"
        r"te\s+sterven|"
        r"to\s+be\s+punished)\b"
        r"|\b(?:niemand|nobody|no\s*one)\s+(?:zal|gaat|will|would)\s+(?:\w+\s+)"
        r"{0,2}?(?:van\s+(?:je|jou)\s+"
        r"houden|(?:je|jou)\s+(?:\w+\s+)?(?:willen|leuk\s+vinden)|love\s+(?:you|u)|want\s+(?:you|u)"
        r")\b"
        r"|\b(?:je|jij)\s+(?:gaat|zal|zult|blijft)\s+(?:\w+\s+)?(?:alleen|eenzaam)\s+(?:eindigen|"
        r"sterven|"
        r"doodgaan|dood\s+gaan|blijven)\b"
        r"|\b(?:you'?ll|you\s+will|you'?re\s+gonna|u\s+will|ull)\s+(?:\w+\s+)?(?:die|end\s+up|be)"
        r"\s+alone\b"
        # "je stinkt", "you smell"
        r"|\b(?:je|jij|you|u)\s+(?:\w+\s+)?(?:stinkt|stink|stinks|smell)\s*(?:$|[^\w\s]|\s+(?:echt|"
        r"zo|"
        r"gewoon|naar|like|so|bad)\b)",
    ),
    Pattern(
        "abuse.insult",
        FLAG,
        # "met die kop van jou zou ik ook binnen blijven", "je lelijke smoel"
        r"\b(?:met|with)\s+(?:die|dat|zo'n|zon|that|such\s+a|your|ur|je|jouw)\s+(?:\w+\s+)?(?:kop|"
        r"gezicht|"
        r"smoel|bek|muil|face|hoofd|lijf|body|neus)\b(?:\s+van\s+(?:je|jou))?(?:\s+\w+)"
        r"{0,2}?\s+(?:zou|would)"
        r"\s+(?:ik|i)\b"
        r"|\b(?:je|jouw|die|dat|wat\s+een|your|ur|that)\s+(?:\w+\s+)?(?:lelijke|vieze|gore|dikke|"
        r"vette|domme|"
        r"stomme|ugly|fat|stupid|disgusting|walgelijke)\s+(?:kop|gezicht|smoel|bek|muil|face|hoofd|"
        r"lijf|"
        r"body|neus|tanden|kapsel|harses)\b",
    ),
)

# Round 9 families: blaming her for what was done to her, "nobody asked for your opinion", "you
# just want attention", shutting her up, "who would want to talk to you", spoiling the group,
# mocking a member behind her back, being left out and laughed at.
_FAMILIES9: Final = (
    Pattern(
        "abuse.bullying",
        FLAG,
        # "eigen schuld", "je hebt het zelf gezocht", "doe niet zo slachtoffer"
        r"(?<!\bniet )(?<!niet je )(?<!niet jouw )(?<!\bgeen )"
        r"\beigen\s+schuld\b(?=.*\b(?:je|jij|jou|jouw)\b)"
        r"|\b(?:je|jij)\s+(?:hebt|heb)\s+het\s+(?:\w+\s+)?zelf\s+(?:\w+\s+)?(?:gezocht|gewild|"
        r"uitgelokt|"
        r"verdiend|gevraagd)\b"
        r"|\b(?:je|jij)\s+verdient\s+(?:het|dat)\s+(?:gewoon|ook|echt|helemaal)\b(?=.*\b(?:gebeurd|"
        r"gebeurt|"
        r"overkomt|overkwam)\b)"
        r"|\b(?:doe|speel)\s+(?:niet\s+)?(?:zo\s+)?(?:\w+\s+)?(?:het\s+)?slachtoffer\w*|"
        r"\bslachtofferrol\b"
        r"|\byour\s+own\s+fault\b|\byou\s+asked\s+for\s+it\b|\byou\s+deserved\s+(?:it|what)\b"
        # "niemand vraagt om jouw mening", "niemand zit op jouw verhalen te wachten"
        r"|\bniemand\s+(?:\w+\s+)?(?:vraagt|vroeg|heeft\s+gevraagd)\s+(?:\w+\s+)?om\s+(?:jouw|je|"
        r"jou)\b"
        r"|\bniemand\s+zit\s+(?:\w+\s+)?op\s+(?:jouw|je|jou)\s+(?:\w+\s+)?te\s+wachten\b"
        r"|\bniemand\s+(?:\w+\s+)?gelooft\s+(?:jou|je|jouw)\b|\bnobody\s+(?:asked|believes)"
        r"\s+(?:you|u)\b"
        # "je zoekt gewoon aandacht", "hou toch eens je bek", "kanker op"
        r"|\b(?:je|jij)\s+(?:\w+\s+){0,4}?aandacht\s+(?:te\s+)?(?:zoeken|zoekt|trekken|trekt)\b"
        r"|\battention\s*(?:seeker|seeking|whore)\b"
        r"|\b(?:hou|houd)\s+(?:(?:toch|eens|gewoon|gwn|nou|ff|even|jij)\s+)+(?:je|jouw)\s+(?:bek|"
        r"kop|muil|"
        r"smoel|waffel|kanker\w*)\b"
        r"|\b(?:kanker|tyfus|tering|pleur|flikker)\s+(?:toch\s+|maar\s+)?op\b"
        # "wie wil er nou met jou praten", "je verpest de sfeer", "jij bent de reden dat ..."
        r"|\bwie\s+(?:wil|zou)\s+(?:er\s+)?(?:nou|nu|ooit|uberhaupt)\s+(?:met\s+)?(?:jou|jij)\b"
        r"|\b(?:je|jij)\s+verpest\s+(?:\w+\s+){0,2}?(?:de\s+sfeer|alles|het\s+voor\s+iedereen)\b"
        r"|\bwaarom\s+kom\s+(?:je|jij)\s+(?:hier\s+)?(?:eigenlijk\s+)?nog\b"
        r"|\b(?:jij|je)\s+bent\s+(?:\w+\s+)?de\s+reden\s+dat\s+(?:niemand|iedereen|alles)\b"
        r"|\b(?:je|jij)\s+(?:hoort|hoor)\s+(?:hier|er)\s+(?:\w+\s+)?niet\s+bij\b"
        # "jij praat altijd zo dom", "doe niet zo kinderachtig", "je bent jaloers en zielig"
        rf"|\b(?:je|jij)\s+(?:praat|doet|klinkt|lult|zeurt|kijkt)\s+(?:{_INTENSIFIER}\s+)"
        rf"{{0,3}}(?:dom|stom|"
        r"achterlijk|debiel|kinderachtig|irritant)\b"
        r"|\bdoe\s+niet\s+zo\s+(?:kinderachtig|achterlijk|debiel|zielig)\b"
        rf"|\b(?:je|jij)\s+bent\s+(?:\w+\s+){{1,3}}?en\s+(?:{_INTENSIFIER}\s+)?{_INSULT}\b"
        # mocking a member: "kijk hoe ze weer huilt", "ze denkt echt dat ze mooi is"
        r"|\bkijk\s+hoe\s+(?:ze|hij|die)\s+(?:\w+\s+)?(?:huilt|jankt|grient)\b"
        r"|\b(?:ze|hij)\s+denkt\s+(?:echt\s+|nog\s+|zelf\s+)?dat\s+(?:ze|hij)\s+(?!niet\b)"
        r"(?:\w+\s+)?(?:mooi|knap|"
        r"grappig|slim|leuk|cool|belangrijk|bijzonder)\s+is\b"
        r"|\bwie\s+heeft\s+(?:haar|hem)\s+(?:eigenlijk\s+)?(?:uitgenodigd|toegevoegd|"
        r"erbij\s+gehaald)\b"
        # reported: "ze hebben me buitengesloten", "een filmpje gemaakt om me uit te lachen"
        r"|\bbuitengesloten\b|\bom\s+(?:me|mij\s+)?uit\s+te\s+lachen\b|"
        r"\bom\s+mij\s+uit\s+te\s+lachen\b",
    ),
)


RULES = RuleGroup(
    "abuse",
    rules=(
        *_FAMILIES8,
        *_FAMILIES9,
        Pattern(
            "abuse.insult",
            FLAG,
            # "je bent echt een loser", "you're so ugly", "je bent dik en lelijk"
            r"\b(?:je|jij|u|you|ur|you're|youre|u\s+r)\s+(?:bent|ben|are|r|is|zijn|blijft|lijkt)"
            r"?\s*"
            rf"(?:{_INTENSIFIER}\s+){{0,3}}{_INSULT}\b"
            # "wat ben jij lelijk", "wat een mongool ben jij"
            rf"|\bwat\s+(?:ben|bent|is)\s+(?:jij|je|u)\s+(?:\w+\s+){{0,2}}?{_INSULT}\b"
            rf"|\bwat\s+een\s+(?:\w+\s+)?{_INSULT}\s+(?:ben\s+jij|ben\s+je|is\s+dat|jij)\b"
            # an insult noun on its own: "wat een lelijkerd" (adjectives would catch "wat een
            # stomme dag")
            r"|\bwat\s+een\s+(?:\w+\s+)?(?:lelijkerd|loser|sukkel|idioot|debiel|mongool|trut|hoer|"
            r"slet|"
            r"bitch|kneus|mislukkeling|aansteller|aanstelster|dommerd|stommerd|eikel|klootzak|"
            r"zielepoot|huilebalk|nietsnut|zwakkeling|freak|kankerlijer|randdebiel)\b"
            # "stomme trut", slurs
            r"|\b(?:stomme|vuile|vieze|domme|lelijke|kanker|tyfus|tering|kut|gore|fucking|dikke|"
            r"kk|vette)\s+(?:trut|hoer|slet|bitch|kut\w*|lul|eikel|idioot|sukkel|loser|mongool|"
            r"kind|"
            r"wijf|meid|griet|debiel|kankerlijer|aap|koe|varken|trol|kip|geit|hond|rat|slang|big|"
            r"muts|tut|trien)\b"
            rf"|\b{_SLUR}\b"
            # "hou je bek", "rot op", "fuck you", "ga maar huilen", "ga dood", "kys"
            r"|\b(?:hou|houd)\s+(?:je|jouw|your)\s+(?:bek|kop|muil|smoel|waffel|mond)\b"
            r"(?!\s+(?:\w+\s+)?(?:erover|hierover|daarover|over))"
            r"|\bshut\s+(?:up|the\s+fuck\s+up)\b|\bstfu\b|\brot\s+(?:op|toch\s+op|maar\s+op)\b"
            r"|\bflikker\s+(?:op|toch\s+op)\b|\bfuck\s+(?:you|u|off)\b|\bf u\b"
            r"|(?<!\bik )\bga\s+(?:toch\s+|maar\s+|lekker\s+|jij\s+maar\s+)?"
            r"(?:dood|huilen|janken)\b"
            r"|\bkys\b|\bkill\s+yourself\b|\bgo\s+die\b"
            r"|(?<!\bik )\bga\s+(?:toch|nou)\s+weg\b"
            # an insult noun as a form of address: "ga toch weg, sukkel", "hou je mond, loser";
            # not her about herself ("ik ben zo'n sukkel")
            r"|(?<!\been )(?<!zo'n )(?<!echte )(?<!\bben )\b(?:sukkel|loser|idioot|debiel|mongool|"
            r"trut|kneus|mislukkeling|dommerd|stommerd|eikel|klootzak|nietsnut|zwakkeling|freak|"
            r"lelijkerd)\b(?!\s+(?:ben\s+ik|van\s+me|als\s+ik))",
        ),
        Pattern(
            "abuse.bullying",
            FLAG,
            # "niemand vindt jou leuk", "niemand in de groep mag jou";
            # not the comfort "niemand mag jou pijn doen"
            r"\b(?:niemand|nobody|no\s*one|geen\s+mens)\s+(?:\w+\s+){0,3}?(?:vindt|mag|wil|"
            r"houdt\s+van|"
            r"likes|wants|cares\s+about|loves|vind)\s+(?:\w+\s+){0,2}?(?:jou|je|you|u)\b"
            r"(?!\s+(?:\w+\s+)?(?:pijn|kwaad|iets\s+aan|aanraken|slaan|dwingen|zeggen|vertellen|"
            r"hurt|touch|force|tell))"
            r"|\b(?:iedereen|everyone|everybody|de\s+hele\s+(?:groep|klas|school))\s+(?:\w+\s+)"
            r"{0,4}?"
            r"(?:haat|lacht|praat|roddelt|hates|laughs|talks)\b(?:\s+\w+){0,3}?\s+(?:je|jou|you|u|"
            r"over\s+je|about\s+you)\b"
            r"|\b(?:je|jij|u|you)\s+(?:hoort|hoor|belong)\s+(?:hier|er|here)\s+(?:niet|not)\b"
            r"|\b(?:you|u)\s+don'?t\s+belong\b"
            r"|\b(?:we|wij)\s+(?:\w+\s+)?(?:willen|wil)\s+(?:jou|je)\s+(?:hier\s+)"
            r"?niet\s+(?:\w+\s+)?"
            r"(?:in\s+de\s+groep|hier|erbij|meer)\b|\bwe\s+willen\s+(?:jou|je)\s+weg\b"
            r"|\b(?:ga|get)\s+(?:weg|out)\s+(?:uit|of)\s+(?:de|deze|onze|the|this|our)\s+(?:groep|"
            r"chat|"
            r"group|klas)\b"
            r"|\b(?:je|jij|you)\s+(?:hebt|has|have)\s+geen\s+(?:vrienden|vriendinnen|friends)\b"
            r"|\bno\s*one\s+wants\s+you\b|\bachter\s+je\s+rug\b"
            r"|\b(?:nobody|no\s*one)\s+likes\s+(?:you|u)\b|\beveryone\s+hates\s+(?:you|u)\b",
        ),
    ),
)
