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
            r"op\s+welke\s+school|in\s+welke\s+\w+|welke\s+school|bij\s+wie)\s+(?:je|jij|jouw|jullie)\b"
            r"(?:\s+\w+)?\s+(?:woont|wonen|woon|zit|werkt|werken|bent|slaapt|sport|uithangt|loopt|"
            r"is|zijn|familie|moeder|vader|ouders|zus|zusje|broer|broertje|vrienden|vriendinnen|"
            r"school)\b"
            r"|\bi\s+know\s+where\s+(?:you|u|ur|your)\b|\bi\s+know\s+(?:which|what)\s+school\b"
            # "je weet wat er gebeurt als ..."
            r"|\b(?:je\s+weet|weet\s+je|you\s+know)\s+(?:toch\s+|heus\s+|wel\s+|best\s+)?(?:wat\s+er\s+"
            r"(?:gebeurt|gaat\s+gebeuren|zal\s+gebeuren|anders\s+gebeurt|dan\s+gebeurt)|what\s+"
            r"(?:happens|will\s+happen|i\s+can\s+do))\b"
            r"|\b(?:je\s+weet|weet\s+je)\s+(?:toch\s+|heus\s+|wel\s+|best\s+)?wat\s+ik\s+(?:\w+\s+){0,3}?"
            r"(?:kan|ga|zal)\s+(?:doen|laten\s+zien|sturen|vertellen)\b"
            r"|\bof\s+anders\b|\banders\s*(?:\.\.\.|…)|\bor\s+else\b"
            # "zul je spijt krijgen", "you'll regret it"
            r"|\b(?:zul|zal|ga|gaat|krijg|krijgt)\s+(?:je|jij)\s+(?:\w+\s+)?(?:spijt|het\s+merken|"
            r"boeten)\b"
            r"|\b(?:je|jij)\s+(?:zult|zal|gaat|krijgt)\s+(?:\w+\s+){0,2}?(?:spijt|het\s+merken|boeten)"
            r"\b(?<!geen spijt)(?<!nooit spijt)"
            r"|\b(?:you'?ll|u'?ll|you\s+will|youll)\s+(?:\w+\s+)?regret\b"
            # violence
            r"|\bik\s+maak\s+(?:je|jou)\s+(?:\w+\s+)?(?:af|kapot|dood|zwart|het\s+leven\s+zuur)\b"
            r"|\bik\s+maak\s+(?:je|jouw)\s+leven\s+(?:\w+\s+)?(?:zuur|kapot|een\s+hel|zwart)\b"
            r"|\bwaar\s+ik\s+(?:allemaal\s+)?toe\s+in\s+staat\s+ben\b|\bwhat\s+i'?m\s+capable\s+of\b"
            r"|\bik\s+(?:sla|steek|schiet|vermoord|wurg)\s+(?:je|jou)\b"
            r"|\b(?:je|jij)\s+(?:gaat|bent)\s+eraan\b|\bje\s+bent\s+(?:de\s+)?sjaak\b"
            r"|\b(?:je|jij)\s+krijgt\s+(?:\w+\s+)?(?:klappen|slaag|een\s+pak\s+slaag|ervan\s+langs)\b"
            r"|\bik\s+kom\s+(?:je|jou)\s+(?:\w+\s+)?(?:pakken|zoeken|vinden|straffen)\b"
            # ("ik vind je wel leuk" is not "I will find you")
            r"|\bik\s+weet\s+je\s+(?:wel\s+)?te\s+vinden\b"
            r"|\bik\s+vind\s+je\s+(?:heus|toch|echt)\s+wel\s*(?:[.!]|$)"
            r"|\bpas\s+(?:maar|jij\s+maar|jij)\s+op\b(?!\s+(?:jezelf|voor|met|dat|je\s+zelf))"
            r"|\bwacht\s+(?:maar|jij\s+maar)\s+(?:af|tot)\b"
            r"|\bwatch\s+(?:your|ur)\s+back\b|\b(?:i'?ll|i\s+will|ima|imma)\s+(?:hurt|kill|find|get)\s+"
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
                r"|\b(?:zul|zal|ga|gaat|krijg|krijgt)\s+(?:je|jij)\s+(?:\w+\s+)?(?:spijt|het\s+merken|"
                r"zien|klappen|problemen|ellende)\b"
                r"|\bweet\s+je\s+wat\s+er\b|\bgebeurt\s+er\s+(?:\w+\s+)?(?:iets|wat)\b"
                r"|\b(?:i'?ll|i\s+will|ima)\s+(?:send|post|tell|share|show|come|hurt|find|leak)\b"
                r"|\beveryone\s+will\b|\biedereen\s+(?:gaat|zal|krijgt|ziet)\b"
                r"|\b(?:je|jouw)\s+(?:familie|moeder|ouders|zusje|broertje)\s+(?:gaat|zal|krijgt)\b",
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
            r"|\b(?:je|jij)\s+(?:moet|gaat)\s+(?:\w+\s+){0,2}?voor\s+(?:mij|me|ons|hem)\s+(?:\w+\s+)?"
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
                rf"\bik\s+heb\s+(?:\w+\s+){{0,2}}?{_MEDIA}|\bi\s+(?:have|got|kept)\s+(?:\w+\s+){{0,2}}?"
                + _MEDIA,
                r"\b(?:denk\s+(?:daar|er)\s+(?:maar\s+|goed\s+)?aan|vergeet\s+(?:dat\s+)?niet|onthoud\s+dat|"
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
    r"|\bik\s+weet\s+(?:\w+\s+){0,3}?(?:waar|wanneer|hoe\s+laat|met\s+wie|bij\s+wie)\s+(?:je|jij|jouw|"
    r"jullie)\b(?:\s+\w+){0,2}?\s+(?:woont|woon|zit|werkt|slaapt|bent|uithangt|komt|gaat|loopt|"
    r"fietst|thuis|is|zijn)\b",
)

# Round 8 families: remarks about her little brother or sister, "it would be a shame if something
# happened", knowing where her family works, what happens to snitches.
_YOUNG_KIN: Final = (
    r"\b(?:je|jouw|your|ur)\s+(?:kleine\s+|little\s+|jongere\s+|younger\s+|baby\s+)?(?:zusje|zusjes|"
    r"broertje|broertjes|nichtje|zussie|kleine\s+zus|kleine\s+broer|sister|sis|brother)\b"
)
_SNITCH: Final = (
    r"(?:verraders|verraadsters|verrader|klikspanen|klikspaan|verklikkers|verklikker|snitches|snitch|"
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
            r"\b(?:groeten|groetjes|gedag|say\s+hi|tell\s+(?:\w+\s+)?hi|hello|groot|mooi|knap|schattig|"
            r"volwassen|cute|pretty|grown|zag|gezien|tegengekomen|saw|seen|school|basisschool|hoe\s+oud|"
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
        r"a\s+pity|sad|too\s+bad)\s+(?:\w+\s+)?(?:(?:zijn|be|wezen)\s+)?(?:als|if|wanneer)\s+(?:er\s+)?"
        r"(?:\w+\s+){0,4}?(?:iets|wat|something|anything)\s+(?:\w+\s+){0,3}?(?:gebeurt|gebeurde|"
        r"overkomt|overkwam|zou\s+gebeuren|happened|happens|happen|were\s+to\s+happen)\b"
        # knowing where her family works or goes: "je moeder werkt toch nog bij ..."
        rf"|\b(?:je|jouw)\s+{_KIN}\s+(?:werkt|woont|fietst|loopt|sport)\s+(?:\w+\s+)?toch\s+(?:\w+\s+)?"
        r"(?:bij|in|op|aan|langs)\b"
        # snitches: "je weet wat er met verraders gebeurt", "snitches get stitches"
        rf"|\b(?:je\s+weet|weet\s+je|you\s+know)\s+(?:toch\s+|heus\s+|wel\s+|best\s+|nog\s+)?wat\s+er\s+"
        rf"(?:\w+\s+)?met\s+{_SNITCH}\b|\bwhat\s+happens\s+to\s+{_SNITCH}\b"
        rf"|\b{_SNITCH}\s+(?:\w+\s+){{0,2}}?(?:krijgen|krijgt|eindigen|eindigt|worden|word|get|end|pay|"
        r"betalen|boeten|gestraft|pakken|gepakt)\b"
        # "ik kan ervoor zorgen dat je familie er last van krijgt", "ik zorg dat je spijt krijgt"
        r"|\bik\s+(?:kan\s+|zal\s+|ga\s+)?(?:ervoor|er\s+voor)\s+(?:zorgen|zorg)\s+dat\s+(?:je|jij|jouw)\b"
        r"(?:\s+\w+){0,4}?\s+(?:last|spijt|pijn|problemen|ellende|niks\s+meer|nooit\s+meer|boeten|bang)\b"
        r"|\bik\s+zorg\s+(?:ervoor|er\s+voor)\s+dat\s+(?:je|jij|jouw)\b(?:\s+\w+){0,4}?\s+(?:last|spijt|pijn|"
        r"problemen|ellende|boeten|bang)\b"
        rf"|\bi\s+(?:can|will|'ll)\s+make\s+sure\s+(?:you|u|your\s+{_KIN})\s+(?:\w+\s+){{0,2}}?(?:pay|pays|"
        r"regret|suffer|get\s+hurt)\b"
        # "ik weet hoe laat je moeder thuiskomt"
        rf"|\bik\s+weet\s+(?:\w+\s+){{0,2}}?(?:waar|wanneer|hoe\s+laat)\s+(?:je|jouw)\s+{_KIN}\s+"
        r"(?:\w+\s+)?(?:thuiskomt|thuis\s+komt|thuis\s+is|weggaat|vertrekt|werkt|slaapt|alleen|naar\s+huis|"
        r"uit\s+school|ophaalt)\b"
        # "ik heb je huis gezien", "ik zag je school"
        r"|\bik\s+(?:heb|zag)\s+(?:je|jouw)\s+(?:huis|school|flat|straat|kamer|raam|deur|voordeur)\b"
        r"(?!\s+(?:\w+\s+)?(?:op\s+(?:de\s+)?(?:foto|insta|tv)|in\s+(?:de\s+)?(?:krant|video)))"
        # "denk goed na voor je gaat praten"
        r"|\bdenk\s+(?:\w+\s+){0,2}?na\s+(?:voor|voordat|before)\s+(?:je|jij|you)\s+(?:\w+\s+){0,2}?"
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
        r"|\bik\s+(?:vind|krijg|pak)\s+(?:je|jou)\s+(?:\w+\s+)?(?:overal|altijd|wel\s+terug|toch\s+wel\s*"
        r"(?:[,.!]|$|\s+overal|\s+terug)|toch\s*(?:$|[,.!]))"
        r"|\b(?:ervoor|er\s+voor)\s+zorgen\s+dat\s+(?:iedereen|de\s+hele\s+\w+|je\s+\w+|jouw\s+\w+)\b"
        r"(?:\s+\w+){0,3}?\s+(?:foto\w*|filmpje\w*|video\w*|pics|beelden)\b"
        r"|\b(?:i'?ll|i\s+will|we'?ll|we\s+will)\s+(?:always\s+)?find\s+(?:you|u)\b"
        r"|\bben\s+jij\s+de\s+volgende\b|\bjij\s+bent\s+de\s+volgende\s+(?:als|if|wanneer|zodra)\b"
        r"|\bdenk\s+(?:maar\s+)?niet\s+dat\s+(?:\w+\s+){0,3}?(?:je|jou)\s+(?:\w+\s+)?(?:beschermt|beschermen|"
        r"redt|redden)\b"
        r"|\b(?:pak|neem)\s+ik\s+(?:\w+\s+){0,2}?(?:weer|terug|zo)\s+(?:\w+\s+)?af\b"
        r"|\balles\s+(?:wat\s+)?(?:je|jij)\s+(?:hebt|heeft)\s+(?:\w+\s+)?komt\s+van\s+(?:mij|me)\b|\b(?:you'?re|you\s+are|u\s+r|you'?ll\s+be)\s+next\s*(?:$|[^\w\s])"
        # "denk je dat die app je beschermt?", "niemand kan je beschermen"
        r"|\b(?:je\s+denkt|denk\s+je|jij\s+denkt|denk\s+jij|you\s+think|u\s+think|think)\s+(?:\w+\s+){0,4}?"
        r"(?:je|jou|you|u)\s+(?:\w+\s+)?(?:beschermen|beschermt|beschermd|protect|redden|redt|save)\b"
        r"|\b(?:you|u)\s+think\s+(?:\w+\s+){0,3}?(?:can|could|will)\s+(?:protect|save)\s+(?:you|u)\b"
        r"|\b(?:niemand|no\s*one|nobody)\s+(?:kan|can|gaat|zal|will|could)\s+(?:je|jou|you|u)\s+(?:\w+\s+)?"
        r"(?:beschermen|redden|protect|save|helpen(?!\s+met))\b"
        # her routine and her people: "ik weet welke bus je pakt", "mijn jongens weten waar je
        # moeder werkt"
        r"|\bik\s+weet\s+(?:\w+\s+){0,2}?(?:welke|via\s+welke)\s+(?:bus|trein|tram|metro|route|weg|ingang|"
        r"uitgang|school|klas|sportschool|winkel|supermarkt)\s+(?:je|jij)\s+(?:\w+\s+){0,3}?(?:pakt|neemt|"
        r"zit|gebruikt|loopt|fietst|komt|uitkomt|gaat|werkt)\b"
        r"|\b(?:mijn|m'n|mn|my)\s+(?:jongens|vrienden|mannen|boys|guys|mensen|neven)\s+(?:\w+\s+)?"
        r"(?:weten|kennen|zien|know|watch)\s+(?:waar|wie|welke|je|jou|your|where)\b"
        r"|\b(?:we|wij)\s+weten\s+(?:\w+\s+)?waar\s+(?:je|jij|jouw)\b"
        # what was given can be taken: "vergeet niet wie jou alles heeft gegeven", "dat kan ik
        # afpakken"
        r"|\bvergeet\s+niet\s+wie\s+(?:jou|je)\s+(?:\w+\s+){0,3}?(?:gegeven|gekocht|geholpen|gered|"
        r"betaald)\b|\bdon'?t\s+forget\s+who\s+(?:gave|bought|got|paid)\b"
        r"|\b(?:kan|zal|ga)\s+ik\s+(?:\w+\s+){0,2}?(?:afpakken|afnemen|terugpakken|terugnemen)\b"
        r"|\bik\s+(?:kan|pak|neem)\s+(?:\w+\s+){0,2}?(?:alles|het)\s+(?:\w+\s+)?(?:weer\s+)?(?:afpakken|"
        r"afnemen|terugpakken|terugnemen)\b"
        # what happens to girls who talk, the threat after a meeting, "maak ik je af"
        r"|\bwat\s+er\s+(?:\w+\s+)?(?:gebeurt|gebeurde)\s+met\s+(?:meisjes|mensen|meiden|girls|people|"
        r"iedereen)\s+die\s+(?:\w+\s+)?(?:hun\s+mond|praten|kletsen|klikken|praat|talk|snitch)\w*"
        r"|\ben\s+dan\s+zul\s+je\s+(?:het\s+)?zien\s*(?:$|[^\w\s])"
        r"|\b(?:maak|maken)\s+(?:ik|we)\s+(?:je|jou)\s+af\b"
        r"|\bik\s+zie\s+(?:je|jou)\s+heus\s+wel\b"
        # "block me and i'll post everything"
        r"|\b(?:block|blokkeer|ignore|negeer)\s+(?:me|mij)\b(?:\s+\w+){0,2}?\s+(?:and|en|dan)\s+(?:i'?ll|i\s+will|"
        r"ik|zet\s+ik|stuur\s+ik|post\s+ik)\b"
        r"|\bi'?ll\s+(?:post|leak|share|expose)\s+(?:everything|it\s+all|all\s+of\s+it|you)\b",
    ),
    AllOf(
        "threat",
        HOLD,
        # "zou zonde zijn als je moeder die filmpjes te zien krijgt"
        parts=(
            r"\b(?:zou|zal|would|'d)\s+(?:\w+\s+)?(?:zonde|jammer|erg|vervelend|a\s+shame|a\s+pity|bad)\s+"
            r"(?:\w+\s+)?(?:(?:zijn|be)\s+)?(?:als|if)\b",
            _MEDIA + r"|\bte\s+(?:zien|horen)\s+krijg\w*|\berachter\s+komt\b|\bfinds?\s+out\b",
        ),
    ),
    AllOf(
        "threat",
        HOLD,
        # "je vriendin loopt ook elke dag alleen naar huis he"
        parts=(
            r"\balleen\s+(?:naar\s+huis|thuis|over\s+straat|door\s+het\s+park|buiten|naar\s+school)\b"
            r"|\b(?:walks?|goes|is)\s+(?:home\s+)?alone\b",
            rf"\b(?:je|jouw|your|ur)\s+(?:\w+\s+)?{_KIN}\b",
        ),
    ),
)


# Round 10 families: everybody will hear what she did, "I still have that video of you", a
# consequence after a condition ("als je met de politie praat, zijn je broertjes de klos"), "you
# are mine", working off a debt, and "I know where the group meets, so behave".
_AUDIENCE10: Final = (
    r"\b(?:iedereen|heel\s+(?:je|jouw)\s+\w+|(?:de|je|jouw)\s+hele\s+\w+|je\s+(?:school|klas|opleiding|"
    r"werk|moeder|vader|ouders|familie|moeder|mama|papa|vriendinnen)|everyone|everybody|your\s+(?:school|"
    r"mum|mom|dad|parents|job|class|family|friends))\b"
)
_KNOWS10: Final = (
    r"\b(?:gaat|gaan|zal|zullen)\s+(?:\w+\s+)?(?:horen|weten|zien)\b|\b(?:weet|weten|hoort|horen|ziet)\b"
    r"|\bte\s+(?:zien|horen)\s+krijg\w*|\bkrijg\w*\s+(?:\S+\s+){0,3}?te\s+(?:zien|horen)\b"
    r"|\b(?:will|gonna|is\s+going\s+to)\s+(?:hear|see|know)\b"
    r"|\b(?:found|finds|find)\s+out\b"
)
_WHAT_SHE_DID10: Final = (
    r"\bwat\s+(?:je|jij)\s+(?:\w+\s+){0,2}?(?:gedaan|deed|doet|hebt\s+gedaan|gedaan\s+hebt|stuurde|"
    r"gestuurd)\b|\bwat\s+voor\s+(?:een\s+)?meisje\b|\bwhat\s+you(?:'ve|\s+have)?\s+(?:\w+\s+)?(?:did|done|"
    r"used\s+to\s+do|been\s+sending|sent)\b|\b(?:those|these|die|jouw|your)\s+(?:pics|pictures|photos|"
    r"videos?|foto'?s|fotos|filmpjes?|video)\b"
)
_CONSEQUENCE10: Final = (
    r"\b(?:ben|zijn|is)\s+(?:je|jij|jouw|je\s+\w+)\s+(?:\w+\s+)?(?:de\s+klos|de\s+sjaak|de\s+lul|klaar|"
    r"kwijt|dood|zuur|de\s+pineut)\b"
    r"|\bweet\s+je\s+wat\s+er\s+(?:met\s+\w+\s+\w+\s+)?gebeurt\b"
    r"|\b(?:komen|staan|gaan)\s+(?:mijn|m'n|mn)\s+(?:jongens|boys|mannen|vrienden|mattie\w*|neven)\b"
    r"|\b(?:mijn|m'n|mn)\s+(?:jongens|boys|mannen|mattie\w*|neven)\s+(?:\w+\s+)?(?:komen|staan|gaan|zoeken|"
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
    r"doorvertelt|vertelt|verteld|klikt|geklikt|praat|reageert|terugkomt|negeert|negeren|opdagen|komt|"
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
                r"\b(?:lief|lieve|\w+lief|\w+lieve|knap|trots|goed\s+gedaan|bedankt|super|geweldig|proud|amazing|mooi|leuk|stoer|"
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
                r"\b(?:die|dat|jouw|your|those|that|alle)\s+(?:\w+\s+)?(?:video|videos|video's|filmpje|filmpjes|"
                r"foto'?s|fotos|pics|pictures|photos|beelden|opnames?|screenshots)\b|\bscreenshots?\s+van\s+alles\b"
                r"|\bnog\s+iets\s+van\s+(?:je|jou)\b",
                r"\b(?:heb|hebben|hou|bewaar|have|got|liggen)\b",
                r"\b(?:denk\s+(?:daar|eraan|er)|vergeet\s+(?:dat|het)\s+niet|klik|online|zomaar\s+weg|let\s+op|"
                r"pas\s+op|remember|don'?t\s+forget|careful|doe\s+maar\s+lief|anders|niet\s+alsof)\b",
            ),
            none_of=(
                r"\b(?:kamp|vakantie|uitje|verjaardag|album|printen|schattig|leuke|mooie|bruiloft)\b",
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
                r"\b(?:ken|weet|kennen|weten|know)\s+(?:\w+\s+)?(?:je|jouw|your|welke|waar|hoe\s+laat|where)\s+"
                r"(?:school|adres|huis|straat|werk|groep|jullie|the\s+group|you|de\s+groep)\b"
                r"|\bzie\s+(?:je|jou)\s+elke\s+(?:dag|ochtend|avond|week)\b",
                r"\b(?:doe\s+(?:maar\s+)?normaal|let\s+op|pas\s+op|think\s+(?:carefully|again)|be\s+careful|"
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
        r"|\b(?:can|could|will)\s+make\s+your\s+life\s+(?:\w+\s+)?(?:hard|hell|miserable|difficult)\b"
        r"|\bkan\s+(?:je|jouw)\s+leven\s+(?:\w+\s+)?(?:zuur|moeilijk|kapot|een\s+hel|tot\s+een\s+hel)\s+maken\b"
        r"|\bje\s+bent\s+(?:nog\s+steeds|nog\s+altijd|voor\s+altijd|gewoon)\s+van\s+mij\b"
        r"|\byou'?re\s+still\s+mine\b|\byou\s+(?:still\s+)?belong\s+to\s+me\b|\bnu\s+hoor\s+je\s+bij\s+mij\b"
        r"|\bzonder\s+mij\s+ben\s+je\s+(?:\w+\s+)?(?:niks|niets|nobody|nothing)\b"
        r"|\b(?:je|jij)\s+wil\w*\s+(?:toch\s+)?niet\s+dat\s+(?:hem|haar|hun|jou|je\s+\w+)\s+(?:\w+\s+)?iets\s+"
        r"(?:overkomt|gebeurt)\b|\bwould\s+hate\s+for\s+(?:something|anything)\s+to\s+happen\b"
        r"|\b(?:pas|kijk|let)\s+(?:maar\s+|goed\s+)?(?:op|uit)\s+met\s+wat\s+(?:je|jij)\s+(?:\w+\s+){0,4}?"
        r"(?:zegt|vertelt|post|doet)\b"
        r"|\b(?:oppassen|uitkijken|opletten)\s+(?:met\s+)?wat\s+(?:je|jij)\s+(?:\w+\s+){0,4}?(?:zegt|vertelt|post|"
        r"doet)\b"
        r"|\bik\s+weet\s+(?:dat|waar)\s+(?:je|jij)\s+(?:nu\s+)?(?:in|bij|op)\s+(?:die|dat|de|het)\s+(?:\w+\s+)?"
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
                r"\bterugbetalen\b|\bschuldig\s+bent\b|\bschuld\w*\s+(?:\w+\s+){0,3}?(?:loopt|lopen)\s+op\b"
                r"|\bschuld\w*\s+(?:\w+\s+){0,3}?overgenomen\b|\bkom\s+het\s+(?:\w+\s+)?halen\b",
                r"\b(?:je|jij|jou|jouw)\b",
                r"\b(?:geholpen|mattie|wacht|komt\s+er\s+\w+\s+bij|hoor\s+je\s+bij|vroeg\s+of\s+laat|daarna|"
                r"vergeet|nog\s+geld|weg\s+bent)\b",
            ),
            none_of=(
                r"\b(?:belastingdienst|duo|studieschuld|schuldhulp\w*|bewindvoerder|bank|bibliotheek)\b",
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
    r"\bals\s+(?:je|jij)\s+(?:me|mij)\s+(?:nog\s+(?:een|1)\s+keer\s+|weer\s+|blijft\s+)(?:blokkeert|negeert|blokt|"
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
    r"|\b(?:je|jouw)\s+(?:zusje|broertje|moeder|zus|broer)\s+maar\s+eens\s+(?:vragen|opzoeken|bezoeken)\b",
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
    ),
    detectors=_SENTENCE_RULES.detectors,
)
