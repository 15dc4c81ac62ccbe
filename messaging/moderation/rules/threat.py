"""Threats, coercion and sextortion (POLICY: hold).

Threats are often implicit: "je weet wat er gebeurt als je niet luistert", "ik weet op welke school
je zit". The conditional rule needs both a condition aimed at the reader (refusing, telling,
leaving) and a consequence (I will send / post / come; you will regret), so that "als je wil,
stuur ik je de planning" stays allowed.
"""

from __future__ import annotations

from typing import Final

from messaging.moderation.decision import HOLD
from messaging.moderation.rules._base import AllOf, Pattern, RuleGroup, each_alternative

_MEDIA: Final = (
    r"\b(?:foto|fotos|foto's|fotootjes|video|videos|video's|filmpje|filmpjes|beelden|pics|pictures|"
    r"photos|nudes|naaktfoto\w*|screenshots?|chats|opnames?|vids?|clips?|filmpjes)\b"
)
_SPREAD: Final = (
    r"\b(?:online|doorsturen|door\s+sturen|doorgestuurd|stuur\w*\s+(?:\w+\s+){0,3}?door|"
    r"verspreid\w*|post\w*|delen|deel|rondsturen|iedereen|internet|everyone|everybody|leak\w*|"
    r"share|expose|(?:op|on)\s+(?:insta|instagram|snap|snapchat|tiktok|internet|facebook|twitter|"
    r"social\s+media|the\s+internet)|(?:naar|aan)\s+(?:je|jouw)\s+(?:familie|moeder|vader|ouders|"
    r"school|klas|vrienden|vriendinnen|contacten)|your\s+(?:family|mom|dad|friends|school)|see)\b"
)
# The leverage of a threat: a condition aimed at the reader or an "or else". Plain "als" is not
# enough: "als je wil kan ik de foto's van het uitje delen" is an offer.
_CONDITION: Final = (
    r"\b(?:als|wanneer|zodra)\s+(?:je|jij)\s+(?:\w+\s+){0,4}?(?:niet|nee|weigert|stopt|"
    r"weggaat|wegloopt|vertelt|verraadt|verklikt|praat|klikt|blokkeert|blokt|blockt|negeert|"
    r"tegen\s+iemand|aan\s+iemand|naar\s+de\s+politie)\b"
    r"|\bif\s+(?:you|u)\s+(?:\w+\s+){0,3}?(?:don'?t|dont|do\s+not|tell|refuse|stop|leave|"
    r"block|ignore|say\s+no|talk)\b"
)
_LEVERAGE: Final = (
    _CONDITION + r"|\b(?:anders|of\s+anders|tenzij|unless|or\s+else|otherwise)\b"
    r"|\biedereen\s+(?:\w+\s+){0,2}?(?:gaat|zal)\s+(?:\w+\s+){0,3}?zien\b"
    r"|\beveryone\s+(?:will|gonna|is\s+going\s+to)\s+see\b"
)

_SENTENCE_RULES = RuleGroup(
    "threat",
    rules=(
        Pattern(
            "threat",
            HOLD,
            # "ik weet waar je woont", "ik weet op welke school je zit",
            # "ik weet waar je moeder werkt"
            r"\bik\s+weet\s+(?:precies\s+|heus\s+|echt\s+|allang\s+|ook\s+|wel\s+)?(?:waar|wie|"
            r"op\s+welke\s+school|in\s+welke\s+\w+|welke\s+school|bij\s+wie)\s+(?:je|jij|jouw|"
            r"jullie)\b"
            r"(?:\s+\w+)?\s+(?:woont|wonen|woon|zit|werkt|werken|bent|slaapt|sport|uithangt|loopt|"
            r"is|zijn|familie|moeder|vader|ouders|zus|zusje|broer|broertje|vrienden|vriendinnen|"
            r"school)\b"
            r"|\bi\s+know\s+where\s+(?:you|u|ur|your)\b|\bi\s+know\s+(?:which|what)\s+school\b"
            # "je weet wat er gebeurt als ..."
            r"|\b(?:je\s+weet|weet\s+je|you\s+know)\s+(?:toch\s+|heus\s+|wel\s+|best\s+)"
            r"?(?:wat\s+er\s+"
            r"(?:gebeurt|gaat\s+gebeuren|zal\s+gebeuren|anders\s+gebeurt|dan\s+gebeurt)|what\s+"
            r"(?:happens|will\s+happen|i\s+can\s+do))\b"
            r"|\b(?:je\s+weet|weet\s+je)\s+(?:toch\s+|heus\s+|wel\s+|best\s+)?wat\s+ik\s+(?:\w+\s+)"
            r"{0,3}?"
            r"(?:kan|ga|zal)\s+(?:doen|laten\s+zien|sturen|vertellen)\b"
            r"|\bof\s+anders\b|\banders\s*(?:\.\.\.|…)|\bor\s+else\b"
            # "zul je spijt krijgen", "you'll regret it"
            r"|\b(?:zul|zal|ga|gaat|krijg|krijgt)\s+(?:je|jij)\s+(?:\w+\s+)?(?:spijt|het\s+merken|"
            r"boeten)\b"
            r"|\b(?:je|jij)\s+(?:zult|zal|gaat|krijgt)\s+(?:\w+\s+){0,2}?(?:spijt|het\s+merken|"
            r"boeten)"
            r"\b(?<!geen spijt)(?<!nooit spijt)"
            r"|\b(?:you'?ll|u'?ll|you\s+will|youll)\s+(?:\w+\s+)?regret\b"
            # violence
            r"|\bik\s+maak\s+(?:je|jou)\s+(?:\w+\s+)?(?:af|kapot|dood|zwart|het\s+leven\s+zuur)\b"
            r"|\bik\s+maak\s+(?:je|jouw)\s+leven\s+(?:\w+\s+)?(?:zuur|kapot|een\s+hel|zwart)\b"
            r"|\bwaar\s+ik\s+(?:allemaal\s+)?toe\s+in\s+staat\s+ben\b|"
            r"\bwhat\s+i'?m\s+capable\s+of\b"
            r"|\bik\s+(?:sla|steek|schiet|vermoord|wurg)\s+(?:je|jou)\b"
            r"|\b(?:je|jij)\s+(?:gaat|bent)\s+eraan\b|\bje\s+bent\s+(?:de\s+)?sjaak\b"
            r"|\b(?:je|jij)\s+krijgt\s+(?:\w+\s+)?(?:klappen|slaag|een\s+pak\s+slaag|ervan\s+langs)"
            r"\b"
            r"|\bik\s+kom\s+(?:je|jou)\s+(?:\w+\s+)?(?:pakken|zoeken|vinden|straffen)\b"
            # ("ik vind je wel leuk" is not "I will find you")
            r"|\bik\s+weet\s+je\s+(?:wel\s+)?te\s+vinden\b"
            r"|\bik\s+vind\s+je\s+(?:heus|toch|echt)\s+wel\s*(?:[.!]|$)"
            r"|\bpas\s+(?:maar|jij\s+maar|jij)\s+op\b(?!\s+(?:jezelf|voor|met|dat|je\s+zelf))"
            r"|\bwacht\s+(?:maar|jij\s+maar)\s+(?:af|tot)\b"
            r"|\bwatch\s+(?:your|ur)\s+back\b|\b(?:i'?ll|i\s+will|ima|imma)\s+(?:hurt|kill|find|"
            r"get)\s+"
            r"(?:you|u)\b",
        ),
        AllOf(
            "threat",
            HOLD,
            # "als je niet komt, ...", "als je het tegen iemand zegt, ..." + a consequence
            parts=(
                _CONDITION,
                r"\b(?:stuur|zet|deel|laat|post|kom|maak|sla|breng|verspreid|gooi)\s+ik\b"
                r"|\b(?:ga|stap)\s+ik\s+(?:\w+\s+){0,2}?(?:naar|bij|langs)\b"
                r"|\b(?:zul|zal|ga|gaat|krijg|krijgt)\s+(?:je|jij)\s+(?:\w+\s+)?(?:spijt|"
                r"het\s+merken|"
                r"zien|klappen|problemen|ellende)\b"
                r"|\bweet\s+je\s+wat\s+er\b|\bgebeurt\s+er\s+(?:\w+\s+)?(?:iets|wat)\b"
                r"|\b(?:i'?ll|i\s+will|ima)\s+(?:send|post|tell|share|show|come|hurt|find|leak)\b"
                r"|\beveryone\s+will\b|\biedereen\s+(?:gaat|zal|krijgt|ziet)\b"
                r"|\b(?:je|jouw)\s+(?:familie|moeder|ouders|zusje|broertje)\s+(?:gaat|zal|krijgt)"
                r"\b",
            ),
        ),
        Pattern(
            "coercion",
            HOLD,
            # "je bent van mij", "you're mine"
            r"\b(?:je|jij|you|u)\s+(?:bent|are|r|is)\s+(?:\w+\s+)?(?:van\s+mij|mijn\s+(?:meisje|"
            r"bezit|eigendom|bitch|vrouw|wijf|property))\b"
            r"|\b(?:you'?re|youre|ur|you\s+are)\s+mine\b|\byou\s+belong\s+to\s+me\b"
            r"|\b(?:je|jij)\s+hoort\s+bij\s+mij\b"
            # "je hebt geen keus", "je komt gewoon"
            r"|\b(?:je|jij|you|u)\s+(?:hebt|heb|have|got)\s+geen\s+(?:keus|keuze|choice)\b"
            r"|\b(?:you|u)\s+(?:have|got)\s+no\s+choice\b"
            # not a friendly "je moet komen naar de groepsavond!": only with "gewoon"/"nu"
            r"|\b(?:je|jij)\s+komt\s+gewoon\b|\b(?:je|jij)\s+moet\s+(?:gewoon|nu|nu\s+meteen|"
            r"vanavond)\s+komen\b|\b(?:je|jij)\s+gaat\s+gewoon\s+mee\b"
            r"|\b(?:doe|je\s+doet|jij\s+doet|do)\s+(?:gewoon\s+|maar\s+)?(?:wat|what)\s+(?:ik|i)\s+"
            r"(?:zeg|say|wil|want|vraag)\b"
            r"|\b(?:je|jij)\s+moet\s+(?:naar\s+)?(?:mij|me)\s+luisteren\b|\bluister\s+naar\s+mij\b"
            r"|\b(?:je|jij)\s+(?:moet|gaat)\s+(?:\w+\s+){0,2}?voor\s+(?:mij|me|ons|hem)"
            r"\s+(?:\w+\s+)?"
            r"(?:werken|verdienen|geld\s+verdienen|klanten)\b"
            r"|\b(?:je|jij)\s+(?:moet|gaat)\s+(?:\w+\s+){0,2}?(?:geld\s+verdienen|klanten)\s+"
            r"(?:voor|bij)\s+(?:mij|ons)\b"
            r"|\bniemand\s+(?:anders\s+)?(?:mag|zal|kan)\s+(?:je|jou)\s+(?:hebben|krijgen)\b"
            r"|\b(?:je|jij)\s+kan\s+(?:niet|nooit)\s+(?:meer\s+)?(?:zonder\s+mij|weg\s+van\s+mij|"
            r"ontsnappen|van\s+mij\s+af)\b"
            # "denk niet dat je van me af bent", "je komt nooit van me af"
            r"|\b(?:je|jij)\b(?:\s+\w+){0,3}?\s+van\s+(?:me|mij)\s+af\b"
            r"|\b(?:you|u)\s+(?:\w+\s+){0,3}?(?:get\s+)?rid\s+of\s+me\b"
            r"|\byou\s+can'?t\s+(?:leave|escape)\s+(?:me)?\b"
            r"|\byou\s+(?:will|have\s+to|must|gotta)\s+(?:come|do\s+what\s+i|work\s+for\s+me|obey|"
            r"listen\s+to\s+me)\b",
        ),
        Pattern(
            "sextortion",
            HOLD,
            # "ik heb die foto's nog hoor", "vergeet niet dat ik je video heb"
            rf"\bik\s+heb\s+(?:nog\s+)?(?:die|je|jouw|al\s+je|alle|jouw)\s+(?:\w+\s+)?{_MEDIA}\s+"
            r"(?:\w+\s+)?nog\b"
            rf"|\bdat\s+ik\s+(?:die|je|jouw|al\s+je|nog)\s+(?:\w+\s+)?{_MEDIA}\s+(?:nog\s+)?heb\b"
            rf"|\bi\s+(?:still\s+)?(?:have|got)\s+(?:your|ur|those|the)\s+(?:\w+\s+)?{_MEDIA}",
        ),
        AllOf(
            "sextortion",
            HOLD,
            # leverage without a spelled-out threat: "ik heb screenshots van alles, denk daar aan"
            parts=(
                rf"\bik\s+heb\s+(?:\w+\s+){{0,2}}?{_MEDIA}|\bi\s+(?:have|got|kept)\s+(?:\w+\s+)"
                rf"{{0,2}}?" + _MEDIA,
                r"\b(?:denk\s+(?:daar|er)\s+(?:maar\s+|goed\s+)?aan|vergeet\s+(?:dat\s+)?niet|"
                r"onthoud\s+dat|"
                r"weet\s+dat\s+wel|remember\s+that|don'?t\s+forget|think\s+about\s+(?:it|that))\b",
            ),
        ),
        AllOf(
            "sextortion",
            HOLD,
            # "als je niet komt, stuur ik die foto's door", "everyone will see ur pics"
            parts=(_MEDIA, _SPREAD, _LEVERAGE),
        ),
    ),
)

# Intent families: veiled threats through her family and friends, being watched, knowing where
# she is.
_KIN: Final = (
    r"(?:familie|moeder|mama|mam|vader|papa|pap|ouders|zus|zusje|zusjes|broer|broertje|broers|"
    r"vrienden|vriendinnen|vriendin|oma|opa|nichtje|neefje|kleine\s+zus|kleine\s+broer|"
    r"family|mom|mum|dad|sister|brother|parents|friends)"
)
_FAMILIES: Final = Pattern(
    "threat",
    HOLD,
    # "ik ken je familie", "i know your family" (not "ik ken je zusje toch van de groep")
    rf"\bik\s+ken\s+(?:je|jouw)\s+(?:\w+\s+)?{_KIN}\b(?!\s+(?:toch|nog|al|van|uit|ook\s+van))"
    rf"|\bi\s+know\s+(?:your|ur)\s+(?:\w+\s+)?{_KIN}\b"
    # "denk aan je zusje", "think about your little sister"
    rf"|\bdenk\s+(?:\w+\s+)?aan\s+(?:je|jouw)\s+(?:\w+\s+)?{_KIN}\b"
    r"(?!\s+(?:\w+\s+){0,3}?(?:verjaardag|jarig|cadeau|bellen|feest))"
    rf"|\bthink\s+(?:about|of)\s+(?:your|ur)\s+(?:\w+\s+)?{_KIN}\b"
    # something happening to them: "als je zusje iets overkomt", "je familie gaat boeten"
    rf"|\b(?:je|jouw|your|ur)\s+(?:\w+\s+)?{_KIN}\s+(?:\w+\s+){{0,3}}?(?:iets\s+overkomt|overkomt|"
    r"gaat\s+(?:\w+\s+)?boeten|boeten|pijn\s+doen|niet\s+veilig|nooit\s+meer\s+(?:zien|ziet)|"
    r"krijgt\s+(?:\w+\s+)?(?:klappen|problemen)|gets\s+hurt|will\s+pay)\b"
    rf"|\bzie\s+(?:je|jij)\s+(?:je|jouw)\s+(?:\w+\s+)?{_KIN}\s+(?:\w+\s+)?nooit\s+meer\b"
    # being watched
    r"|\bik\s+(?:hou|houd)\s+(?:je|jou)\s+(?:\w+\s+)?in\s+de\s+gaten\b"
    r"|\bik\s+(?:zie|weet)\s+(?:\w+\s+)?(?:alles|precies)\s+(?:wat|waar|met\s+wie)\s+(?:je|jij)\b"
    r"|\b(?:i'?m|i\s+am)\s+watching\s+(?:you|u)\b|\bi\s+see\s+everything\s+(?:you|u)\b"
    # "ik weet precies wanneer je thuis bent"
    r"|\bik\s+weet\s+(?:\w+\s+){0,3}?(?:waar|wanneer|hoe\s+laat|met\s+wie|bij\s+wie)\s+(?:je|jij|"
    r"jouw|"
    # (not "ik weet nog wanneer jij jarig bent")
    r"jullie)\b(?!\s+(?:jarig|klaar|vrij|aan\s+de\s+beurt)\b)(?:\s+\w+){0,2}?\s+(?:woont|woon|zit|"
    r"werkt|"
    r"slaapt|bent|uithangt|komt|gaat|loopt|"
    r"fietst|thuis|is|zijn)\b",
)

# Round 8 families: remarks about her little brother or sister, "it would be a shame if something
# happened", knowing where her family works, what happens to snitches.
_YOUNG_KIN: Final = (
    r"\b(?:je|jouw|your|ur)\s+(?:kleine\s+|little\s+|jongere\s+|younger\s+|baby\s+)?(?:zusje|"
    r"zusjes|"
    r"broertje|broertjes|nichtje|zussie|kleine\s+zus|kleine\s+broer|sister|sis|brother)\b"
)
_SNITCH: Final = (
    r"(?:verraders|verraadsters|verrader|klikspanen|klikspaan|verklikkers|verklikker|snitches|"
    r"snitch|"
    r"kliklijers|ratten|mensen\s+die\s+praten|meisjes\s+die\s+praten|people\s+who\s+talk|"
    r"girls\s+who\s+talk)"
)
_FAMILIES8: Final = (
    AllOf(
        "threat",
        HOLD,
        # "doe je zusje de groeten", "je zusje wordt al groot", "op welke school zit je zusje?"
        parts=(
            _YOUNG_KIN,
            r"\b(?:groeten|groetjes|gedag|say\s+hi|tell\s+(?:\w+\s+)?hi|hello|groot|mooi|knap|"
            r"schattig|"
            r"volwassen|cute|pretty|grown|zag|gezien|tegengekomen|saw|seen|school|basisschool|"
            r"hoe\s+oud|"
            r"schatje|lekker|hot|sexy|klas|welke\s+groep|"
            r"how\s+old|alleen|ophalen|alone)\b",
        ),
        none_of=(
            r"\b(?:operatie|ziek|ziekenhuis|jarig|gefeliciteerd|beterschap|verjaardag|feliciteren|"
            r"zwanger|geboren|baby|mijn\s+zusje|mn\s+zusje|mijn\s+broertje|mn\s+broertje)\b",
        ),
        none_of_in_message=True,
    ),
    Pattern(
        "threat",
        HOLD,
        # "zou zonde zijn als er iets gebeurt", "would be a shame if something happened"
        r"\b(?:zou|zal|would|'d)\s+(?:\w+\s+)?(?:zonde|jammer|erg|vervelend|naar|zielig|a\s+shame|"
        r"a\s+pity|sad|too\s+bad)\s+(?:\w+\s+)?(?:(?:zijn|be|wezen)\s+)?(?:als|if|wanneer)"
        r"\s+(?:er\s+)?"
        r"(?:\w+\s+){0,4}?(?:iets|wat|something|anything)\s+(?:\w+\s+){0,3}?(?:gebeurt|gebeurde|"
        r"overkomt|overkwam|zou\s+gebeuren|happened|happens|happen|were\s+to\s+happen)\b"
        # knowing where her family works or goes: "je moeder werkt toch nog bij ..."
        rf"|\b(?:je|jouw)\s+{_KIN}\s+(?:werkt|woont|fietst|loopt|sport)\s+(?:\w+\s+)"
        r"?toch\s+(?:\w+\s+)?"
        r"(?:bij|in|op|aan|langs)\b"
        # snitches: "je weet wat er met verraders gebeurt", "snitches get stitches"
        r"|\b(?:je\s+weet|weet\s+je|you\s+know)\s+(?:toch\s+|heus\s+|wel\s+|best\s+|nog\s+)"
        r"?wat\s+er\s+"
        rf"(?:\w+\s+)?met\s+{_SNITCH}\b|\bwhat\s+happens\s+to\s+{_SNITCH}\b"
        rf"|\b{_SNITCH}\s+(?:\w+\s+){{0,2}}?(?:krijgen|krijgt|eindigen|eindigt|worden|word|get|end|"
        r"pay|"
        r"betalen|boeten|gestraft|pakken|gepakt)\b"
        # "ik kan ervoor zorgen dat je familie er last van krijgt", "ik zorg dat je spijt krijgt"
        r"|\bik\s+(?:kan\s+|zal\s+|ga\s+)?(?:ervoor|er\s+voor)\s+(?:zorgen|zorg)\s+dat\s+(?:je|jij|"
        r"jouw)\b"
        r"(?:\s+\w+){0,4}?\s+(?:last|spijt|pijn|problemen|ellende|niks\s+meer|nooit\s+meer|boeten|"
        r"bang)\b"
        r"|\bik\s+zorg\s+(?:ervoor|er\s+voor)\s+dat\s+(?:je|jij|jouw)\b(?:\s+\w+){0,4}?\s+(?:last|"
        r"spijt|pijn|"
        r"problemen|ellende|boeten|bang)\b"
        rf"|\bi\s+(?:can|will|'ll)\s+make\s+sure\s+(?:you|u|your\s+{_KIN})\s+(?:\w+\s+)"
        rf"{{0,2}}?(?:pay|pays|"
        r"regret|suffer|get\s+hurt)\b"
        # "ik weet hoe laat je moeder thuiskomt"
        rf"|\bik\s+weet\s+(?:\w+\s+){{0,2}}?(?:waar|wanneer|hoe\s+laat)\s+(?:je|jouw)\s+{_KIN}\s+"
        r"(?:\w+\s+)?(?:thuiskomt|thuis\s+komt|thuis\s+is|weggaat|vertrekt|werkt|slaapt|alleen|"
        r"naar\s+huis|"
        r"uit\s+school|ophaalt)\b"
        # "ik heb je huis gezien", "ik zag je school"
        r"|\bik\s+(?:heb|zag)\s+(?:je|jouw)\s+(?:huis|school|flat|straat|kamer|raam|deur|voordeur)"
        r"\b"
        r"(?!\s+(?:\w+\s+)?(?:op\s+(?:de\s+)?(?:foto|insta|tv)|in\s+(?:de\s+)?(?:krant|video)))"
        # "denk goed na voor je gaat praten"
        r"|\bdenk\s+(?:\w+\s+){0,2}?na\s+(?:voor|voordat|before)\s+(?:je|jij|you)\s+(?:\w+\s+)"
        r"{0,2}?"
        r"(?:zegt|praat|praten|vertelt|vertellen|zeggen|klikt|talk|say|tell|snitch|mond)\b",
    ),
    AllOf(
        "threat",
        HOLD,
        # "er kan zomaar iets gebeuren met je zusje"
        parts=(
            r"\ber\s+kan\s+(?:\w+\s+)?(?:zomaar|snel|makkelijk|altijd|ineens|opeens)\s+(?:\w+\s+)?"
            r"iets\s+(?:\w+\s+)?gebeuren\b|\baccidents\s+happen\b",
            rf"\b(?:je|jouw|your|ur)\s+(?:\w+\s+)?{_KIN}\b|\b(?:jou|je|you)\b",
        ),
    ),
)

# Round 9 families: being found wherever she goes, "you're next", nobody can protect her, her
# routine known, her people watched, taking back what was given, media shown to her family.
_FAMILIES9: Final = (
    Pattern(
        "threat",
        HOLD,
        # "weet ik je te vinden", "ik vind je toch wel, overal", "ben jij de volgende"
        r"\b(?:weet|wist|weten)\s+(?:ik|we|wij)\s+(?:je|jou)\s+(?:\w+\s+)?te\s+vinden\b"
        r"|\bik\s+(?:vind|krijg|pak)\s+(?:je|jou)\s+(?:\w+\s+)?(?:overal|altijd|wel\s+terug|"
        r"toch\s+wel\s*"
        r"(?:[,.!]|$|\s+overal|\s+terug)|toch\s*(?:$|[,.!]))"
        r"|\b(?:ervoor|er\s+voor)\s+zorgen\s+dat\s+(?:iedereen|de\s+hele\s+\w+|je\s+\w+|jouw\s+\w+)"
        r"\b"
        r"(?:\s+\w+){0,3}?\s+(?:foto\w*|filmpje\w*|video\w*|pics|beelden)\b"
        r"|\b(?:i'?ll|i\s+will|we'?ll|we\s+will)\s+(?:always\s+)?find\s+(?:you|u)\b"
        r"|\bben\s+jij\s+de\s+volgende\b|\bjij\s+bent\s+de\s+volgende\s+(?:als|if|wanneer|zodra)\b"
        r"|\bdenk\s+(?:maar\s+)?niet\s+dat\s+(?:\w+\s+){0,3}?(?:je|jou)\s+(?:\w+\s+)?(?:beschermt|"
        r"beschermen|"
        r"redt|redden)\b"
        r"|\b(?:pak|neem)\s+ik\s+(?:\w+\s+){0,2}?(?:weer|terug|zo)\s+(?:\w+\s+)?af\b"
        r"|\balles\s+(?:wat\s+)?(?:je|jij)\s+(?:hebt|heeft)\s+(?:\w+\s+)?komt\s+van\s+(?:mij|me)\b|"
        r"\b(?:you'?re|you\s+are|u\s+r|you'?ll\s+be)\s+next\s*(?:$|[^\w\s])"
        # "denk je dat die app je beschermt?", "niemand kan je beschermen"
        r"|\b(?:je\s+denkt|denk\s+je|jij\s+denkt|denk\s+jij|you\s+think|u\s+think|think)"
        r"\s+(?:\w+\s+){0,4}?"
        r"(?:je|jou|you|u)\s+(?:\w+\s+)?(?:beschermen|beschermt|beschermd|protect|redden|redt|save)"
        r"\b"
        r"|\b(?:you|u)\s+think\s+(?:\w+\s+){0,3}?(?:can|could|will)\s+(?:protect|save)\s+(?:you|u)"
        r"\b"
        r"|\b(?:niemand|no\s*one|nobody)\s+(?:kan|can|gaat|zal|will|could)\s+(?:je|jou|you|u)"
        r"\s+(?:\w+\s+)?"
        r"(?:beschermen|redden|protect|save|helpen(?!\s+met))\b"
        # her routine and her people: "ik weet welke bus je pakt", "mijn jongens weten waar je
        # moeder werkt"
        r"|\bik\s+weet\s+(?:\w+\s+){0,2}?(?:welke|via\s+welke)\s+(?:bus|trein|tram|metro|route|weg|"
        r"ingang|"
        r"uitgang|school|klas|sportschool|winkel|supermarkt)\s+(?:je|jij)\s+(?:\w+\s+)"
        r"{0,3}?(?:pakt|neemt|"
        r"zit|gebruikt|loopt|fietst|komt|uitkomt|gaat|werkt)\b"
        r"|\b(?:mijn|m'n|mn|my)\s+(?:jongens|vrienden|mannen|boys|guys|mensen|neven)\s+(?:\w+\s+)?"
        r"(?:weten|kennen|zien|know|watch)\s+(?:waar|wie|welke|je|jou|your|where)\b"
        r"|\b(?:we|wij)\s+weten\s+(?:\w+\s+)?waar\s+(?:je|jij|jouw)\b"
        # what was given can be taken: "vergeet niet wie jou alles heeft gegeven", "dat kan ik
        # afpakken"
        r"|\bvergeet\s+niet\s+wie\s+(?:jou|je)\s+(?:\w+\s+){0,3}?(?:gegeven|gekocht|geholpen|gered|"
        r"betaald)\b|\bdon'?t\s+forget\s+who\s+(?:gave|bought|got|paid)\b"
        r"|\b(?:kan|zal|ga)\s+ik\s+(?:\w+\s+){0,2}?(?:afpakken|afnemen|terugpakken|terugnemen)\b"
        r"|\bik\s+(?:kan|pak|neem)\s+(?:\w+\s+){0,2}?(?:alles|het)\s+(?:\w+\s+)?(?:weer\s+)"
        r"?(?:afpakken|"
        r"afnemen|terugpakken|terugnemen)\b"
        # what happens to girls who talk, the threat after a meeting, "maak ik je af"
        r"|\bwat\s+er\s+(?:\w+\s+)?(?:gebeurt|gebeurde)\s+met\s+(?:meisjes|mensen|meiden|girls|"
        r"people|"
        r"iedereen)\s+die\s+(?:\w+\s+)?(?:hun\s+mond|praten|kletsen|klikken|praat|talk|snitch)\w*"
        r"|\ben\s+dan\s+zul\s+je\s+(?:het\s+)?zien\s*(?:$|[^\w\s])"
        r"|\b(?:maak|maken)\s+(?:ik|we)\s+(?:je|jou)\s+af\b"
        r"|\bik\s+zie\s+(?:je|jou)\s+heus\s+wel\b"
        # "block me and i'll post everything"
        r"|\b(?:block|blokkeer|ignore|negeer)\s+(?:me|mij)\b(?:\s+\w+){0,2}?\s+(?:and|en|dan)"
        r"\s+(?:i'?ll|i\s+will|"
        r"ik|zet\s+ik|stuur\s+ik|post\s+ik)\b"
        r"|\bi'?ll\s+(?:post|leak|share|expose)\s+(?:everything|it\s+all|all\s+of\s+it|you)\b",
    ),
    AllOf(
        "threat",
        HOLD,
        # "zou zonde zijn als je moeder die filmpjes te zien krijgt"
        parts=(
            r"\b(?:zou|zal|would|'d)\s+(?:\w+\s+)?(?:zonde|jammer|erg|vervelend|a\s+shame|a\s+pity|"
            r"bad)\s+"
            r"(?:\w+\s+)?(?:(?:zijn|be)\s+)?(?:als|if)\b",
            _MEDIA + r"|\bte\s+(?:zien|horen)\s+krijg\w*|\berachter\s+komt\b|\bfinds?\s+out\b",
        ),
    ),
    AllOf(
        "threat",
        HOLD,
        # "je vriendin loopt ook elke dag alleen naar huis he"
        parts=(
            r"\balleen\s+(?:naar\s+huis|thuis|over\s+straat|door\s+het\s+park|buiten|naar\s+school)"
            r"\b"
            r"|\b(?:walks?|goes|is)\s+(?:home\s+)?alone\b",
            rf"\b(?:je|jouw|your|ur)\s+(?:\w+\s+)?{_KIN}\b",
        ),
    ),
)


# Round 10 families: everybody will hear what she did, "I still have that video of you", a
# consequence after a condition ("als je met de politie praat, zijn je broertjes de klos"), "you
# are mine", working off a debt, and "I know where the group meets, so behave".
_AUDIENCE10: Final = (
    r"\b(?:iedereen|heel\s+(?:je|jouw)\s+\w+|(?:de|je|jouw)\s+hele\s+\w+|je\s+(?:school|klas|"
    r"opleiding|"
    r"werk|moeder|vader|ouders|familie|moeder|mama|papa|vriendinnen)|everyone|everybody|"
    r"your\s+(?:school|"
    r"mum|mom|dad|parents|job|class|family|friends))\b"
)
_KNOWS10: Final = (
    r"\b(?:gaat|gaan|zal|zullen)\s+(?:\w+\s+)?(?:horen|weten|zien)\b|\b(?:weet|weten|hoort|horen|"
    r"ziet)\b"
    r"|\bte\s+(?:zien|horen)\s+krijg\w*|\bkrijg\w*\s+(?:\S+\s+){0,3}?te\s+(?:zien|horen)\b"
    r"|\b(?:will|gonna|is\s+going\s+to)\s+(?:hear|see|know)\b"
    r"|\b(?:found|finds|find)\s+out\b"
)
_WHAT_SHE_DID10: Final = (
    r"\bwat\s+(?:je|jij)\s+(?:\w+\s+){0,2}?(?:gedaan|deed|doet|hebt\s+gedaan|gedaan\s+hebt|stuurde|"
    r"gestuurd)\b|\bwat\s+voor\s+(?:een\s+)?meisje\b|\bwhat\s+you(?:'ve|\s+have)?\s+(?:\w+\s+)"
    r"?(?:did|done|"
    r"used\s+to\s+do|been\s+sending|sent)\b|\b(?:those|these|die|jouw|your)\s+(?:pics|pictures|"
    r"photos|"
    r"videos?|foto'?s|fotos|filmpjes?|video)\b"
)
_CONSEQUENCE10: Final = (
    r"\b(?:ben|zijn|is)\s+(?:je|jij|jouw|je\s+\w+)\s+(?:\w+\s+)?(?:de\s+klos|de\s+sjaak|de\s+lul|"
    r"klaar|"
    r"kwijt|dood|zuur|de\s+pineut)\b"
    r"|\bweet\s+je\s+wat\s+er\s+(?:met\s+\w+\s+\w+\s+)?gebeurt\b"
    r"|\b(?:komen|staan|gaan)\s+(?:mijn|m'n|mn)\s+(?:jongens|boys|mannen|vrienden|mattie\w*|neven)"
    r"\b"
    r"|\b(?:mijn|m'n|mn)\s+(?:jongens|boys|mannen|mattie\w*|neven)\s+(?:\w+\s+)?(?:komen|staan|"
    r"gaan|zoeken|"
    r"wachten)\b"
    r"|\bwacht\s+ik\s+(?:je|jou)\s+(?:\w+\s+)?op\b|\bkom\s+ik\s+(?:je|jou|het)\s+(?:\w+\s+)?halen\b"
    r"|\b(?:zou|zal)\s+ik\s+(?:je|jou)\s+nooit\s+vergeven\b"
    r"|\b(?:bel|bellen)\s+ik\s+(?:\w+\s+)?(?:jeugdbescherming|jeugdzorg|de\s+politie|je\s+\w+)\b"
    + r"|"
    + _MEDIA
    + r"\s+(?:gaan|gaat|go|goes)\s+(?:\w+\s+)?(?:rond|online|viral|naar|to\s+everyone|to)\b"
    r"|\b(?:you'?re|you\s+are|ur)\s+(?:done|dead|finished)\b"
)
_SNITCH10: Final = (
    r"\b(?:als|if|wie)\s+(?:je|jij|you|iemand|er)\s+(?:\w+\s+){0,6}?(?:politie|police|aangifte|"
    r"doorvertelt|vertelt|verteld|klikt|geklikt|praat|reageert|terugkomt|negeert|negeren|opdagen|"
    r"komt|"
    r"weggaat|meldt|leave|tell|talk)\b"
    r"|\b(?:one\s+word\s+to|een\s+woord\s+tegen)\b|\b(?:geklikt|verrader|aangifte)\b"
)
_FAMILIES10: Final[tuple[Pattern | AllOf, ...]] = (
    *each_alternative(
        AllOf(
            "threat",
            HOLD,
            # "iedereen op je school gaat horen wat jij gedaan hebt"
            parts=(_WHAT_SHE_DID10, _KNOWS10, _AUDIENCE10),
            none_of=(
                r"\b(?:lief|lieve|\w+lief|\w+lieve|knap|trots|goed\s+gedaan|bedankt|super|geweldig|"
                r"proud|amazing|mooi|leuk|stoer|"
                r"sterk|dapper)\b",
            ),
            none_of_in_message=True,
        )
    ),
    *each_alternative(
        AllOf(
            "threat",
            HOLD,
            # "als je met de politie praat, zijn je broertjes de klos", "foto's gaan rond als ..."
            parts=(
                _CONSEQUENCE10,
                _SNITCH10 + r"|\b(?:of|anders|tenzij|laatste\s+kans|or|unless)\b",
            ),
            none_of=(r"\b(?:haha\w*|lol|grapje|toets|huiswerk|opdracht|spel|potje)\b|😂",),
            none_of_in_message=True,
            across_clauses=True,
        )
    ),
    *each_alternative(
        AllOf(
            "threat",
            HOLD,
            # "die video van jou heb ik nog steeds, denk daar maar aan"
            parts=(
                r"\b(?:die|dat|jouw|your|those|that|alle)\s+(?:\w+\s+)?(?:video|videos|video's|"
                r"filmpje|filmpjes|"
                r"foto'?s|fotos|pics|pictures|photos|beelden|opnames?|screenshots)\b|"
                r"\bscreenshots?\s+van\s+alles\b"
                r"|\bnog\s+iets\s+van\s+(?:je|jou)\b",
                r"\b(?:heb|hebben|hou|bewaar|have|got|liggen)\b",
                r"\b(?:denk\s+(?:daar|eraan|er)|vergeet\s+(?:dat|het)\s+niet|klik|online|"
                r"zomaar\s+weg|let\s+op|"
                r"pas\s+op|remember|don'?t\s+forget|careful|doe\s+maar\s+lief|anders|niet\s+alsof)"
                r"\b",
            ),
            none_of=(
                r"\b(?:kamp|vakantie|uitje|verjaardag|album|printen|schattig|leuke|mooie|bruiloft)"
                r"\b",
            ),
            none_of_in_message=True,
            across_clauses=True,
        )
    ),
    *each_alternative(
        AllOf(
            "threat",
            HOLD,
            # "ik ken je school, let op", "we know where the group meets"
            parts=(
                r"\b(?:ken|weet|kennen|weten|know)\s+(?:\w+\s+)?(?:je|jouw|your|welke|waar|"
                r"hoe\s+laat|where)\s+"
                r"(?:school|adres|huis|straat|werk|groep|jullie|the\s+group|you|de\s+groep)\b"
                r"|\bzie\s+(?:je|jou)\s+elke\s+(?:dag|ochtend|avond|week)\b",
                r"\b(?:doe\s+(?:maar\s+)?normaal|let\s+op|pas\s+op|think\s+(?:carefully|again)|"
                r"be\s+careful|"
                r"protects\s+you|veilig\s+bent|safe|oppassen|dus\s+doe)\b|😈",
            ),
            across_clauses=True,
        )
    ),
    Pattern(
        "threat",
        HOLD,
        r"\bdit\s+ga\s+je\s+(?:\w+\s+)?(?:bezuren|berouwen|voelen|terugkrijgen)\b"
        r"|\b(?:keep\s+(?:\w+\s+){0,2}?and|or|if\s+not)\s+see\s+what\s+happens\b"
        r"|\b(?:can|could|will)\s+make\s+your\s+life\s+(?:\w+\s+)?(?:hard|hell|miserable|difficult)"
        r"\b"
        r"|\bkan\s+(?:je|jouw)\s+leven\s+(?:\w+\s+)?(?:zuur|moeilijk|kapot|een\s+hel|"
        r"tot\s+een\s+hel)\s+maken\b"
        r"|\bje\s+bent\s+(?:nog\s+steeds|nog\s+altijd|voor\s+altijd|gewoon)\s+van\s+mij\b"
        r"|\byou'?re\s+still\s+mine\b|\byou\s+(?:still\s+)?belong\s+to\s+me\b|"
        r"\bnu\s+hoor\s+je\s+bij\s+mij\b"
        r"|\bzonder\s+mij\s+ben\s+je\s+(?:\w+\s+)?(?:niks|niets|nobody|nothing)\b"
        r"|\b(?:je|jij)\s+wil\w*\s+(?:toch\s+)?niet\s+dat\s+(?:hem|haar|hun|jou|je\s+\w+)"
        r"\s+(?:\w+\s+)?iets\s+"
        r"(?:overkomt|gebeurt)\b|\bwould\s+hate\s+for\s+(?:something|anything)\s+to\s+happen\b"
        r"|\b(?:pas|kijk|let)\s+(?:maar\s+|goed\s+)?(?:op|uit)\s+met\s+wat\s+(?:je|jij)"
        r"\s+(?:\w+\s+){0,4}?"
        r"(?:zegt|vertelt|post|doet)\b"
        r"|\b(?:oppassen|uitkijken|opletten)\s+(?:met\s+)?wat\s+(?:je|jij)\s+(?:\w+\s+)"
        r"{0,4}?(?:zegt|vertelt|post|"
        r"doet)\b"
        r"|\bik\s+weet\s+(?:dat|waar)\s+(?:je|jij)\s+(?:nu\s+)?(?:in|bij|op)\s+(?:die|dat|de|het)"
        r"\s+(?:\w+\s+)?"
        r"(?:flat|huis|opvang|kamer|woning|gebouw|straat|wijk)\b"
        r"|\bbeloftes?\s+(?:moet|moeten)\s+(?:je|jij)\s+(?:\w+\s+)?nakomen\b"
        r"|\b(?:je|jij)\s+werkt\s+(?:het|dat|die|je\s+schuld)\s+(?:gewoon\s+|maar\s+)?af\b"
        r"|\b(?:die|dat|het)\s+werk\s+je\s+(?:gewoon\s+|maar\s+)?af\b"
        r"|\bwerk\w*\s+(?:je|jij)\s+(?:je|jouw)\s+schuld\w*\s+(?:\w+\s+)?af\b",
    ),
    *each_alternative(
        AllOf(
            "threat",
            HOLD,
            # debts held over her: "dat ga je terugbetalen", "je bent mijn mattie nog geld schuldig"
            parts=(
                r"\bterugbetalen\b|\bschuldig\s+bent\b|\bschuld\w*\s+(?:\w+\s+){0,3}?(?:loopt|"
                r"lopen)\s+op\b"
                r"|\bschuld\w*\s+(?:\w+\s+){0,3}?overgenomen\b|\bkom\s+het\s+(?:\w+\s+)?halen\b",
                r"\b(?:je|jij|jou|jouw)\b",
                r"\b(?:geholpen|mattie|wacht|komt\s+er\s+\w+\s+bij|hoor\s+je\s+bij|"
                r"vroeg\s+of\s+laat|daarna|"
                r"vergeet|nog\s+geld|weg\s+bent)\b",
            ),
            none_of=(
                r"\b(?:belastingdienst|duo|studieschuld|schuldhulp\w*|bewindvoerder|bank|"
                r"bibliotheek)\b",
            ),
            none_of_in_message=True,
            across_clauses=True,
        )
    ),
)


# Round 11 (train_n, train_o): veiled threats, a deadline, "ik hoor het toch wel".
_FAMILIES11: Final = Pattern(
    "threat",
    HOLD,
    r"\bals\s+(?:je|jij)\s+(?:me|mij)\s+(?:nog\s+(?:een|1)\s+keer\s+|weer\s+|blijft\s+)"
    r"(?:blokkeert|negeert|blokt|"
    r"blokkeren|negeren|ghosten)\b[\s,]+(?:\w+\s+)?(?:kom|word|zal|ga)\s+ik\b"
    r"|\bhoeft\s+er\s+niemand\s+(?:gewond|pijn)\b"
    r"|\b(?:een|ooit\s+een)\s+keer\s+ben\s+je\s+(?:weer\s+)?alleen\b"
    r"|\bje\s+hebt\s+tot\s+(?:\w+dag|morgen|vanavond)\b[.,!\s]+(?:daarna|anders)\s+"
    r"(?:stuur|weet|ga|zie|komt|komen|zet|deel)\b"
    r"|\bdacht\s+toch\s+niet\s+dat\s+je\s+(?:zomaar\s+)?(?:weg\s+kon|van\s+me\s+af\s+was)\b"
    r"|\bdenk\s+goed\s+na\s+(?:voordat|voor)\s+je\s+(?:iets\s+)?(?:tegen|aan)\b"
    r"(?=.*\b(?:ik\s+hoor|anders|weet\s+ik|spijt|gevolgen)\b)"
    r"|\bik\s+hoor\s+het\s+toch\s+wel\s*(?:[.!…]|$)"
    r"|\b(?:was|is)\s+allemaal\s+niet\s+gratis\b|\btijd\s+om\s+af\s+te\s+rekenen\b"
    r"|\b(?:je|jouw)\s+(?:zusje|broertje|moeder|zus|broer)\s+maar\s+eens\s+(?:vragen|opzoeken|"
    r"bezoeken)\b",
)


# Round 12 (train_q, train_r): the threat left unsaid. "Ik heb alles nog bewaard 😉" (the
# material is kept, the rest is implied), "je familie zou die video vast interessant vinden",
# "ik weet hoe laat jij uit school komt", "je zusje fietst elke ochtend alleen, he", "ik ken
# mensen op jouw school", "je laat me geen keus", "mijn geduld is niet eindeloos", "nu is het jouw
# beurt" after "ik stond voor je klaar", and blackmail with his own life: "als je me blokkeert
# snij ik mezelf, dat heb jij op je geweten".
_KEPT12: Final = (
    r"(?:foto'?s|fotos|foto|video'?s|videos|video|filmpjes?|screenshots?|screens|pics?|beelden|"
    r"berichten|chats|dingen\s+van\s+vroeger|die\s+dingen|alles|everything|photos|pictures|"
    r"messages)"
)
_HINT12: Final = (
    r"😉|😏|\bzodat\s+(?:je|jij)\s+(?:het|dat)\s+weet\b|\bjust\s+(?:so\s+you\s+know|saying)\b"
    r"|\b(?:jouw|your)\s+(?:keuze|keus|choice|call)\b|\bscreenshots?\s+ook\b"
    r"|\bvoor\s+het\s+geval\s+dat\b|\bin\s+case\b|\bvergeet\s+dat\s+niet\b|\bonthoud\s+dat\b"
)
_KIN12: Final = (
    r"(?:zusje|broertje|zus|broer|moeder|mama|moeder|vader|papa|oma|opa|neefje|nichtje|vriendin|"
    r"little\s+sister|little\s+brother|sister|brother|mum|mom|mother|dad|gran)"
)
_FAMILIES12: Final[tuple[Pattern | AllOf, ...]] = (
    AllOf(
        "threat.exposure",
        HOLD,
        # "ik heb alles nog bewaard, screenshots ook 😉", "i still have those pics, just saying"
        parts=(
            # (her things, "die"/"jouw"/"those": not "de foto's van de verjaardag")
            r"\b(?:ik\s+heb|i\s+have|i'?ve\s+got|i\s+kept|i'?ve\s+kept)\s+(?:nog\s+|steeds\s+|"
            r"still\s+)*"
            r"(?:al\s+|all\s+)?(?:die|jouw|je|deze|those|your|these|onze|our)\s+(?:\w+\s+)"
            rf"?{_KEPT12}"
            r"(?:\s+\w+){0,5}?\s+(?:nog|bewaard|opgeslagen|staan|still|saved|kept|op\s+(?:mijn|m'n|"
            r"mn)\s+"
            r"(?:telefoon|mobiel|laptop))\b"
            r"|\b(?:ik\s+heb|i\s+(?:still\s+)?have)\s+(?:nog\s+)?(?:steeds\s+)?(?:alles|"
            r"everything)\s+"
            r"(?:nog\s+)?(?:bewaard|opgeslagen|saved|kept)\b"
            rf"|\b{_KEPT12}\s+(?:staan|staat)\s+(?:nog\s+)?(?:steeds\s+|altijd\s+)?(?:op|in)"
            r"\s+(?:mijn|m'n|mn)\s+"
            r"(?:telefoon|mobiel|laptop|computer|cloud)\b",
            _HINT12,
        ),
        none_of=(r"\b(?:uitje|groepsfoto|de\s+groep\s+(?:zetten|sturen)|album|vakantie)\b",),
        across_clauses=True,
    ),
    Pattern(
        "threat.exposure",
        HOLD,
        # "je weet dat ik de video's heb", "your family would find that video interesting"
        r"\b(?:je\s+weet|you\s+know|vergeet\s+niet|onthoud|remember)\s+(?:\w+\s+)?(?:dat\s+|"
        r"that\s+)?"
        rf"(?:ik|i)\s+(?:nog\s+)?(?:de|die|jouw|je|those|the|your)\s+(?:\w+\s+)?{_KEPT12}\s+"
        r"(?:nog\s+)?(?:heb|have|still\s+have|bewaard|kept)\b"
        rf"|\b(?:je|jouw|your)\s+(?:familie|moeder|vader|ouders|school|klas|begeleider|coordinator|"
        r"vrienden|vriendinnen|family|mum|mom|dad|parents|friends|teacher)\s+(?:zou|zouden|would)"
        r"\s+"
        rf"(?:\w+\s+)?(?:die|de|dat|deze|those|that|the|these)\s+{_KEPT12}\s+(?:\w+\s+){{0,2}}?"
        r"(?:interessant|leuk|boeiend|grappig|love|like|enjoy|interesting)\b",
    ),
    Pattern(
        "threat",
        HOLD,
        # watching her and hers: "ik weet precies hoe laat jij uit school komt", "ik ken mensen op
        # jouw school", "je zusje fietst elke ochtend langs de bakker he"
        r"\bik\s+weet\s+(?:nog\s+)?(?:precies\s+|heel\s+goed\s+)?(?:hoe\s+laat|wanneer|"
        r"welke\s+route|"
        r"waarlangs|waar\s+langs)\s+(?:jij|je)\s+(?:altijd|elke\s+\w+|iedere\s+\w+|meestal|steeds)"
        r"\s+"
        r"(?:\w+\s+){0,2}?(?:uit|naar|van|thuis|langs|fietst|loopt|komt|gaat|vertrekt)\b"
        r"|\bi\s+know\s+(?:exactly\s+)?(?:what\s+time|when|which\s+way|the\s+route)\s+(?:you|u)\s+"
        r"(?:always\s+|usually\s+)?(?:get\s+out|leave|walk|come\s+home|finish|go)\b"
        r"|\bik\s+ken\s+(?:\w+\s+)?(?:mensen|jongens|gasten|lui|people|guys)\s+(?:op|bij|in)\s+"
        r"(?:jouw|je)\s+(?:school|werk|stage|klas|woongroep|opvang|buurt|straat|flat)\b"
        r"|\bi\s+know\s+(?:people|guys|some\s+people)\s+(?:at|in|from)\s+(?:your|ur)\s+(?:school|"
        r"work|"
        r"street|area|building|class)\b"
        rf"|\b(?:je|jouw|your)\s+{_KIN12}\s+(?:fietst|loopt|gaat|komt|zit|staat|speelt|walks|goes|"
        r"cycles|rides|comes)\s+(?:\w+\s+){0,3}?(?:elke|iedere|altijd|every|always)\b(?:\s+\w+)"
        r"{0,8}?"
        r"(?:\s*,?\s*(?:he|right|huh)\s*[?!.]*\s*$|\s+alleen\b|\s+alone\b)"
        # his people and what they do to who disappoints them
        r"|\bje\s+weet\s+(?:toch\s+|wel\s+)?(?:hoe|wat)\s+(?:mijn|m'n|mn|die)\s+(?:vrienden|"
        r"jongens|mannen|"
        r"broers|neven|gasten|mensen)\s+(?:worden|zijn|doen)\b"
        r"|\byou\s+know\s+(?:how|what)\s+my\s+(?:friends|boys|brothers|guys|people)\s+(?:get|"
        r"are\s+like|do)\b"
        r"|\bwhat\s+happened\s+to\s+(?:the\s+last|that\s+other|the\s+other)\s+(?:girl|one)\b"
        r"|\bwat\s+er\s+(?:is\s+)?gebeurd\s+(?:is\s+)?met\s+(?:dat\s+andere|het\s+vorige|"
        r"die\s+andere|"
        r"het\s+laatste)\s+meisje\b"
        # "ik hoop voor je dat je je mond houdt", "we zien wel wie aan het kortste eind trekt"
        r"|\bik\s+hoop\s+voor\s+(?:je|jou)\s+dat\s+(?:je|jij)\s+(?:je\s+mond\s+houdt|niks\s+zegt|"
        r"niets\s+zegt|"
        r"zwijgt|stil\s+blijft|niemand\s+iets|doet\s+wat|slim\s+bent|verstandig\s+bent)"
        r"|\bfor\s+your\s+(?:own\s+)?sake\b(?=[^.!?]*\b(?:quiet|mouth|tell|say|listen|do\s+what)\b)"
        r"|\bwe\s+(?:zien|zullen)\s+(?:wel\s+)?(?:zien\s+)?wie\s+(?:er\s+)"
        r"?aan\s+het\s+kortste\s+eind\b"
        r"|\bdoe\s+maar\s+stoer\b|\bwe'?ll\s+see\s+who\s+(?:wins|laughs|comes\s+out)\b"
        # "je laat me geen keus", "you leave me no choice"
        r"|\b(?:je|jij)\s+laat\s+(?:me|mij)\s+(?:eigenlijk\s+|echt\s+|gewoon\s+|nu\s+)?geen\s+"
        r"(?:keus|keuze|andere\s+keus|andere\s+keuze)\b"
        r"|\byou\s+(?:leave|give|left|gave)\s+me\s+no\s+(?:choice|option|other\s+option)\b"
        # a debt of favours: "er staat nog een rekening open bij mij", "je staat bij me in het
        # krijt"
        r"|\b(?:rekening|schuld|bedrag)\s+(?:\w+\s+)?(?:open\s*staat|open\s+staan|openstaat)"
        r"\s+bij\s+(?:mij|me)\b"
        r"|\b(?:openstaat|open\s+staat)\s+bij\s+(?:mij|me)\b|\b(?:rekening|schuld)"
        r"\s+open\s+bij\s+(?:mij|me)\b"
        r"|\b(?:je|jij)\s+staat\s+(?:nog\s+)?(?:bij\s+(?:mij|me)\s+)?in\s+het\s+krijt\b",
    ),
    AllOf(
        "threat",
        HOLD,
        # "mijn geduld is niet eindeloos" said to her (not about the wifi)
        parts=(
            r"\b(?:mijn|m'n|mn)\s+geduld\s+(?:met\s+(?:je|jou)\s+)?(?:is\s+)?(?:niet\s+eindeloos|"
            r"raakt\s+op|"
            r"begint\s+op\s+te\s+raken|heeft\s+grenzen|is\s+bijna\s+op)\b"
            r"|\bmy\s+patience\s+(?:with\s+you\s+)?(?:is\s+)?(?:not\s+endless|running\s+out|"
            r"wearing\s+thin|"
            r"has\s+(?:its\s+)?limits)\b",
            r"\b(?:je|jij|jou|you|u)\b",
        ),
        none_of=(
            r"\b(?:wifi|printer|laptop|computer|trein|bus|internet|huiswerk|wiskunde|die\s+app)\b",
        ),
        across_clauses=True,
    ),
    AllOf(
        "threat",
        HOLD,
        # what she owes for his help: "ik stond voor je klaar, nu is het jouw beurt"
        parts=(
            r"\bnu\s+is\s+het\s+(?:jouw|jou)\s+beurt\b|\b(?:help|doe)\s+jij\s+(?:mij|me|"
            r"iets\s+terug)\b"
            r"|\bondankbaar\b|\bungrateful\b|\byou\s+owe\s+me\b|\bje\s+bent\s+(?:me|mij)\s+(?:iets|"
            r"wat)\s+"
            r"(?:schuldig|verschuldigd)\b|\breturn\s+the\s+favou?r\b|\beerlijk\s+is\s+eerlijk\b"
            r"|\bnee\s+zeggen\s+(?:\w+\s+){0,2}?(?:ondankbaar|gemeen|niet\s+eerlijk)\b",
            r"\b(?:klaarstond|klaar\s+stond|voor\s+(?:je|jou)\s+klaar|geholpen|betaald|gered|"
            r"opgevangen|"
            r"was\s+er\s+voor\s+(?:je|jou)|helped\s+you|was\s+there\s+for\s+you|paid\s+for|"
            r"saved\s+you)\b",
        ),
        # (a game: "ik heb gegooid, nu is het jouw beurt")
        none_of=(
            r"\b(?:puzzel|spel|spelletje|potje|quiz|dobbel\w*|kaarten|game|gegooid|gooien|"
            r"schaak\w*|"
            r"huiswerk|opdracht)\b",
        ),
        across_clauses=True,
    ),
    Pattern(
        "threat",
        HOLD,
        # blackmail with his own life: "als je me blokkeert snij ik mezelf", "als jij me laat
        # vallen weet ik niet meer wat ik doe", "dan heb jij dat op je geweten"
        r"\bals\s+(?:jij|je)\s+(?:me|mij)\s+(?:nu\s+)?(?:ook\s+)?(?:laat\s+vallen|verlaat|"
        r"blokkeert|blokt|dumpt|"
        r"negeert|laat\s+zitten|ghost)\b[^.!?]*?\b(?:weet\s+ik\s+(?:ook\s+|echt\s+)"
        r"?niet\s+(?:meer\s+)?wat\s+ik\s+"
        r"(?:doe|ga\s+doen)|(?:snij|doe|sla)\s+ik\s+(?:mezelf|mijzelf)|hoef\s+ik\s+er\s+(?:ook\s+)"
        r"?niet\s+meer|"
        r"ik\s+(?:mezelf|mijzelf)\s+(?:iets\s+)?(?:aan|pijn))"
        r"|\bik\s+(?:snij|doe|sla|vermoord)\s+(?:mezelf|mijzelf)\s+(?:\w+\s+){0,2}?(?:als|wanneer)"
        r"\s+(?:je|jij)\s+"
        r"(?:me|mij)\s+(?:\w+\s+)?(?:blokkeert|verlaat|laat\s+vallen|negeert|dumpt|niet\s+meer)\b"
        r"|\b(?:heb|hebt)\s+(?:jij|je)\s+(?:dat|het|mij)\s+op\s+(?:je|jouw)\s+geweten\b"
        r"|\bif\s+(?:you|u)\s+(?:leave|block|dump|ignore)\s+me\b[^.!?]*?\bi(?:'ll|\s+will|\s+might)"
        r"\s+"
        r"(?:hurt|kill|cut|do\s+something\s+to)\s+myself\b"
        r"|\bthat'?ll\s+be\s+on\s+you\b",
    ),
)


# Round 14 (heldout15-22): threats by way of her family, her leaving, her helpers and her past.
# Her relatives watched and "greeted" ("ik zag je moeder bij de Lidl, zal ik haar de groeten
# doen?"), harm to them as the price ("als je niet reageert krijgt je broertje er last van"),
# telling her helpers as the condition ("praat je met die hulpverleners over mij dan ben je
# klaar"), images of her as the lever with any "or" ("either you come back or your mum gets a
# little video"), leaving made impossible ("denk maar niet dat je zomaar bij mij weg kan") and a
# debt that stays ("die schuld verdwijnt niet zomaar").
_KIN14: Final = (
    r"(?:zusje|broertje|zus|broer|moeder|mama|moeder|vader|papa|oma|opa|neefje|nichtje|familie|"
    r"ouders|sister|brother|mum|mom|mother|dad|family|parents)"
)
_HELPERS14: Final = (
    r"(?:begeleid\w*|hulpverlen\w*|coordinat\w*|politie|scotoe|smeris|wouten|buddy|mentor|"
    r"jeugdzorg|opvang|police|cops|counsel+or|social\s+worker|caseworker|de\s+app)"
)
_ROUND14: Final[tuple[Pattern | AllOf, ...]] = (
    Pattern(
        "threat",
        HOLD,
        # harm to her family as the price: "zorg ik dat je zusje het merkt", "krijgt je broertje er
        # last van", "denk maar goed na over wat er met je zusje kan gebeuren"
        rf"\bzorg\s+ik\s+(?:er\s+)?(?:voor\s+)?dat\s+(?:je|jouw)\s+{_KIN14}\b"
        rf"|\b(?:krijgt|krijgen)\s+(?:je|jouw)\s+{_KIN14}\s+(?:er\s+)?(?:last|spijt|problemen|"
        r"het\s+zwaar)\b"
        rf"|\b(?:je|jouw)\s+{_KIN14}\s+(?:krijgt|krijgen|gaat|zal)\s+(?:er\s+)?(?:\w+\s+)"
        r"?(?:last\s+van|"
        r"het\s+merken|boeten|spijt)\b"
        rf"|\bwat\s+er\s+(?:allemaal\s+)?met\s+(?:je|jouw)\s+{_KIN14}\s+(?:\w+\s+)?(?:kan|zal|gaat|"
        r"zou)\s+"
        r"(?:\w+\s+)?gebeuren\b"
        r"|\bwhat\s+(?:could|might|will|can)\s+happen\s+to\s+(?:your|ur)\s+(?:little\s+|baby\s+)"
        rf"?{_KIN14}\b",
    ),
    AllOf(
        "threat",
        HOLD,
        # her family watched, then "greeted": "je moeder werkt toch nog steeds bij die supermarkt?
        # doe haar de groeten", "je broertje fietst elke dag om kwart over drie langs de snackbar,
        # gewoon een observatie"
        parts=(
            rf"\b(?:ik\s+(?:zag|zie|spot|spotte|kom)|(?:je|jouw)\s+{_KIN14}\s+(?:werkt|fietst|"
            r"loopt|"
            r"gaat|zit|staat|komt|woont))\b",
            rf"\b(?:je|jouw)\s+{_KIN14}\b",
            r"\b(?:groeten|doe\s+(?:haar|hem|ze)\s+de\s+groeten|observatie|elke\s+dag|iedere\s+dag|"
            r"toch\s+nog\s+(?:steeds|altijd)|nog\s+steeds\s+bij)\b",
            r"\b(?:groeten|observatie|toch|zeg\s+maar|gewoon\s+zeggen)\b",
        ),
        # (a greeting asked for or given in the open: "doe je moeder de groeten van mij!")
        none_of=(r"\bdoe\s+(?:je|jouw)\s+\w+\s+(?:de\s+)?(?:groeten|gedag)\b|\bbeterschap\b",),
        across_clauses=True,
    ),
    AllOf(
        "threat",
        HOLD,
        # talking to her helpers as the condition: "als je nog een keer met die begeleiders over
        # mij praat, zorg ik dat je dat nooit meer doet", "praat je met de hulpverleners over mij
        # dan ben je klaar", "ge gaat spijt krijgen als ge nog eens gaat klikken"
        parts=(
            r"\b(?:dan\s+ben\s+(?:je|jij)\s+klaar|zorg\s+ik\s+(?:er\s+)?(?:voor\s+)?dat\s+(?:je|"
            r"jij)\s+(?:\w+\s+){0,2}?"
            r"(?:nooit|niet\s+meer|spijt)|nooit\s+meer\s+doet|spijt\s+(?:van\s+)?krijgen|"
            r"krijg\w*\s+(?:je|ge)\s+spijt|"
            r"(?:wordt\s+het|het\s+wordt)\s+(?:\w+\s+)?(?:vervelend|lastig)|staan\s+ze\s+online|"
            r"you'?re\s+done|you'?ll\s+regret|"
            r"last\s+van|het\s+merken)\b",
            rf"\b{_HELPERS14}\b|\bklik\w*\b|\bover\s+(?:mij|me)\s+(?:praat|praten|vertelt|"
            r"vertellen)\b",
            # (a condition put to her, not a message passed on: "zeg tegen mijn mentor dat het me
            # spijt")
            r"\b(?:als|wanneer|zodra|if)\s+(?:je|jij|ge|gij|u|you)\b|\b(?:praat|klik|klikt|vertel|"
            r"vertelt)\s+"
            r"(?:je|jij|ge)\b|\b(?:een|one)\s+woord\b",
        ),
        # (her own fear: "ik durf niet met mijn begeleider te praten, ik heb spijt")
        none_of=(r"\b(?:ik\s+durf|ik\s+wil|ik\s+heb\s+spijt|i\s+regret|geen\s+spijt)\b",),
        across_clauses=True,
    ),
    Pattern(
        "threat",
        HOLD,
        # leaving made impossible and unkindness repaid: "denk maar niet dat je zomaar bij mij weg
        # kan", "mensen die mij laten zitten krijgen dat ooit terug", "je laat me weinig keus"
        r"\b(?:denk\s+(?:maar\s+)?niet|dacht\s+(?:je|jij)(?:\s+echt|\s+nou|\s+soms)?)"
        r"\s+dat\s+(?:je|jij)\s+(?:\w+\s+){0,3}?"
        r"(?:weg\s+(?:kan|kon|kunt)|wegkomt|weg\s+komt|weg\s+kon\s+komen|weg\s+kan\s+komen|"
        r"vanaf\s+bent|van\s+(?:mij|me)\s+af\s+bent|kan\s+verdwijnen)\b"
        r"|\b(?:mensen|iedereen|wie)\s+die\s+(?:mij|me)\s+(?:\w+\s+)?(?:laten\s+zitten|"
        r"laat\s+zitten|"
        r"verraden|verraadt|belazeren|dumpen|naaien)\s+(?:\w+\s+){0,2}?(?:krijgen|krijgt|betalen|"
        r"betaalt)\s+(?:dat|het|daar)\s+(?:\w+\s+)?(?:terug|voor)\b"
        r"|\b(?:je|jij)\s+laat\s+(?:me|mij)\s+(?:weinig|geen|niet\s+veel)\s+(?:andere\s+)?(?:keus|"
        r"keuze)\b"
        r"|\banders\s+(?:wordt|word)\s+het\s+(?:\w+\s+)?(?:vervelend|lastig|ongezellig)"
        r"\s+(?:voor\s+(?:je|jou))?"
        r"|\banders\s+kom\s+ik\s+(?:\w+\s+)?langs\b(?=\s*(?:[,.!?]|$|en\b|dan\b|hoor\b|bij\s+(?:je|"
        r"jou)\b))"
        r"|\b(?:you'?ll|you\s+will)\s+go\s+back\s+to\s+(?:him|them|work)\b",
    ),
    AllOf(
        "threat.exposure",
        HOLD,
        # images of her with any "or", "één woord", "if u block me": "either you come back to work
        # or your mum gets a little video", "stuur meer foto's of ik zet de oude online", "als je
        # niet terugkomt gaat dat filmpje naar je hele klas", "ur family will see everything"
        parts=(
            r"\b(?:online|naar\s+(?:je|jouw)\s+(?:hele\s+)?(?:klas|school|familie|moeder|vader|"
            r"ouders)|"
            r"(?:je|jouw)\s+(?:moeder|vader|ouders|familie|klas|school|zus|broer)\s+(?:krijgt|"
            r"krijgen|ziet|zien)|"
            r"(?:your|ur)\s+(?:\w+\s+)?(?:mum|mom|dad|family|parents|school|class)\s+(?:gets|"
            r"will\s+see|"
            r"sees|get)|everyone\s+at\s+(?:your|ur)\s+\w+\s+gets|will\s+see\s+everything)\b",
            r"\b(?:foto|fotos|foto's|video|videos|video's|filmpje|filmpjes|pics|pictures|photos|"
            r"nudes|vids?|video|alles|everything)\b",
            r"\b(?:of\s+(?:ik|je|jouw)|or\s+(?:your|ur|everyone|i)|either|als\s+(?:je|jij|ge)"
            r"\s+(?:niet|nog)|"
            r"if\s+(?:u|you)\s+(?:block|don'?t|dont|leave|tell)|een\s+woord|one\s+word)\b",
        ),
        none_of=(r"\b(?:uitje|groepsfoto|album|de\s+groep|schoolreis|de\s+coordinator\s+zet)\b",),
        across_clauses=True,
    ),
    AllOf(
        "threat.exposure",
        HOLD,
        # the kept images and "you know what I can do": "ik heb nog altijd die video van jou, jij
        # weet wat ik kan doen ermee", "de foto's ook. het lijkt me beter voor jou als je reageert"
        parts=(
            r"\b(?:jij|je|you)\s+weet\s+(?:wel\s+)?wat\s+ik\s+(?:\w+\s+)?(?:kan|ga)\b"
            r"|\bbeter\s+voor\s+(?:jou|je)\s+als\b|\byou\s+know\s+what\s+i\s+can\b",
            r"\b(?:ik\s+heb|i\s+(?:still\s+)?have)\s+(?:\w+\s+){0,3}?(?:foto|fotos|foto's|video|"
            r"videos|"
            r"video's|filmpje|filmpjes|pics|vids?|alles\s+van\s+vroeger)\b",
        ),
        across_clauses=True,
    ),
    Pattern(
        "threat",
        HOLD,
        # the debt that stays: "die schuld verdwijnt niet zomaar", "hij is je niet vergeten, en die
        # schuld ook niet", "wat je me schuldig bent, ik kom het een keer halen"
        r"\b(?:die|de|je|jouw|your)\s+schuld\s+(?:\w+\s+)?(?:verdwijnt\s+(?:heus\s+|echt\s+|ook\s+)"
        r"*niet|gaat\s+"
        r"(?:heus\s+|echt\s+|ook\s+)*niet\s+(?:zomaar\s+)?(?:weg|verdwijnen))\b"
        r"|\b(?:en|maar)\s+(?:die|de|je|jouw)\s+schuld\s+ook\s+niet\b"
        r"|\b(?:die|de|je)\s+schuld\s+(?:is|wordt)\s+niet\s+vergeten\b"
        r"|\bvraag\s+er\s+nog\s+(?:niks|niets)\s+(?:voor\s+)?terug\b",
    ),
    Pattern(
        "threat",
        HOLD,
        # "ik vind jou toch wel, die opvang is niet zo groot": the shelter named as findable
        r"\b(?:die|de|jouw|je)\s+(?:opvang|groep|woongroep|instelling|shelter)\s+is\s+(?:niet\s+zo|"
        r"ook\s+niet\s+zo)\s+(?:groot|moeilijk\s+te\s+vinden)\b"
        r"|\bik\s+vind\s+(?:jou|je)\s+toch\s+wel\b(?!\s+(?:leuk|lief|aardig|grappig|mooi|knap|slim|"
        r"een|heel|echt|erg|cool|tof|top))",
    ),
)
# Each alternative of an AllOf's first part gated on its own words (see `each_alternative`).
_FAMILIES14: Final = tuple(
    part
    for rule in _ROUND14
    for part in (each_alternative(rule) if isinstance(rule, AllOf) else (rule,))
)


RULES = RuleGroup(
    "threat",
    rules=(
        *_SENTENCE_RULES.rules,
        _FAMILIES,
        *_FAMILIES8,
        *_FAMILIES9,
        *_FAMILIES10,
        _FAMILIES11,
        *_FAMILIES12,
        *_FAMILIES14,
    ),
    detectors=_SENTENCE_RULES.detectors,
)
