"""Distress, self-harm and suicidal statements: urgent, never swallowed (POLICY).

The action is ``flag`` (delivered, a coordinator alerted), as in dev.jsonl; ``urgent`` is the mark
that alerts at once. A message that also carries something to hold is held *and* urgent, because
the pipeline takes the strongest action and keeps the urgent mark.

Indirect statements matter most ("ik zie het niet meer zitten", "alle pillen uit het kastje",
"tired of living"). Dutch idioms that only sound like it are excluded: "ik ga dood van het lachen",
"doodmoe", "die toets was killing me".
"""

from __future__ import annotations

from typing import Final

from messaging.moderation.decision import FLAG
from messaging.moderation.rules._base import AllOf, Pattern, RuleGroup, each_alternative

_SENTENCE_RULES = RuleGroup(
    "distress",
    rules=(
        Pattern(
            "suicide",
            FLAG,
            r"\bzelfmoord\w*|\bsuicid\w*|\bsuicide\w*|\bzelfdoding\b|\bkms\b"
            # "ik wil dood", "i want to die"; not "dood van het lachen", "dying to see"
            # ("die" only after English verbs: in Dutch it is "that", as in "ik wil die film zien")
            r"|\b(?:wil|zou|wou|wilde)\s+(?:\w+\s+){0,2}?(?:dood|sterven)\b(?![\s.…,!]+(?:van|moe)\b)"
            r"|\b(?:will|want\s+to|wanna|gonna|going\s+to|i\s+should|i\s+could\s+just)\s+"
            r"(?:just\s+)?(?:die|be\s+dead)\b(?!\s+(?:of|for|laughing)\b)"
            r"|\bliever\s+dood\b|\bbetter\s+off\s+dead\b|\bdood\s+(?:zijn|willen|wil)\b(?!\s+van)"
            r"|\bwou\s+dat\s+ik\s+(?:\w+\s+)?dood\b|\bwish\s+i\s+was\s+dead\b"
            # "me van kant maken", "mezelf iets aandoen", "kill myself"
            r"|\b(?:mezelf|mijzelf)\s+op\s+te\s+(?:hangen|knopen)\b"
            r"|\b(?:mezelf|me|myself)\s+(?:\w+\s+)?(?:van\s+kant|om\s+het\s+leven|ophangen|opknopen|"
            r"iets\s+aandoen|wat\s+aandoen|verdrinken|vergiftigen)\b|\bvan\s+kant\s+maken\b"
            r"|\bkill(?:ing)?\s+myself\b|\bhang(?:ing)?\s+myself\b"
            r"|\bend(?:ing)?\s+(?:it\s+all|my\s+life|my\s+own\s+life)\b"
            r"|\bwant\s+to\s+end\s+it\b"
            # "er een eind aan maken", "wil er gewoon een eind aan maken", "een einde aan alles"
            r"|\b(?:eind|einde)\s+aan\s+(?:\w+\s+){0,2}?(?:maken|breien|te\s+maken|maak)\b"
            r"|\b(?:een\s+)?(?:eind|einde)\s+(?:\w+\s+)?aan\s+(?:alles|mijn\s+leven|m'n\s+leven|"
            r"mn\s+leven|het\s+leven|het\s+allemaal)\b"
            # "ik wil niet meer leven", "niet meer wakker worden", "als ik er niet meer ben"
            r"|\bniet\s+meer\s+(?:willen\s+|wil\s+|wilde\s+|wou\s+)?(?:leven|bestaan|wakker\s+worden|wakker\s+word|"
            r"hier\s+zijn|er\s+zijn|verder\s+willen|verder\s+leven)\b"
            r"|\ber\s+niet\s+meer\s+(?:zijn|ben|was|wil\s+zijn|zou\s+zijn)\b"
            r"|\bnooit\s+meer\s+wakker\b|\bslapen\s+en\s+nooit\s+meer\b|\bnever\s+wake\s+up\b"
            r"|\b(?:don'?t|dont|do\s+not)\s+want\s+to\s+(?:be\s+here|live|exist|wake\s+up|be\s+alive|"
            r"go\s+on)\b"
            r"|\b(?:geen|no)\s+(?:reden|zin|reason|point)\s+(?:meer\s+)?(?:om|tot|to|in)\s+(?:te\s+)?"
            r"(?:leven|live|living|go\s+on|keep\s+going|bestaan|door\s+te\s+gaan)\b"
            r"|\b(?:het|alles|niks|leven|mijn\s+leven)\s+(?:\w+\s+){0,2}?(?:heeft|is)\s+"
            r"(?:\w+\s+){0,2}?geen\s+zin\s+meer\b"
            r"|\bgeen\s+zin\s+meer\s+in\s+(?:het\s+leven|leven|alles|niks|dit\s+leven|mijn\s+leven)\b"
            r"|\b(?:het\s+)?leven\s+(?:zat|beu|moe)\b|\blevensmoe\b"
            r"|\b(?:zat|beu|moe|klaar\s+mee)\s+(?:om\s+)?(?:te\s+)?(?:leven|bestaan)\b"
            # "ik wil gewoon niet meer", "waarom zou ik nog verder gaan"
            r"|\bik\s+wil\s+(?:gewoon\s+|echt\s+|eigenlijk\s+|ook\s+|zo\s+|soms\s+)*niet\s+meer\s*"
            r"(?:[.!?…,]|$|\s+(?:leven|zijn|bestaan|verder|hoor|echt|ik|alles|hier))"
            r"|\b(?:waarom|why)\s+(?:zou|moet|should|would)\s+(?:ik|i)\s+(?:\w+\s+){0,2}?(?:verder\s+gaan|"
            r"doorgaan|door\s+gaan|leven|blijven\s+leven|go\s+on|keep\s+going|live|bother)\b"
            r"|\b(?:mijn|m'n|mn|het|dit)\s+leven\s+(?:heeft|is|voelt)\s+(?:\w+\s+){0,2}?(?:geen\s+zin|"
            r"geen\s+nut|zinloos|nutteloos|waardeloos|hopeloos|niks\s+waard|leeg)\b"
            r"|\bgeen\s+zin\s+(?:meer\s+)?(?:om\s+(?:nog\s+)?(?:te\s+leven|verder\s+te\s+gaan|door\s+te\s+gaan)|"
            r"in\s+(?:het\s+)?leven)\b"
            r"|\b(?:no|don'?t\s+see\s+the|what'?s\s+the)\s+point\s+(?:in|of|to)\s+(?:living|life|"
            r"going\s+on|being\s+alive|anything)\b"
            # "het is beter als ik er niet ben"
            r"|\bbeter\s+(?:af\s+)?(?:als|wanneer|zonder\s+dat)\s+(?:ik\s+)?(?:er\s+)?(?:niet|nooit)\s+"
            r"(?:meer\s+)?(?:ben|was|zou\s+zijn|besta|bestond|leef|zou\s+bestaan)\b"
            # thinking of dying, hoping not to wake up
            r"|\b(?:denk|dacht|denken)\w*\s+(?:\w+\s+){0,2}?(?:aan|over)\s+(?:doodgaan|dood\s+gaan|de\s+dood|"
            r"sterven|zelfmoord|er\s+een\s+eind\s+aan|mezelf\s+iets)"
            r"|\bthink\w*\s+(?:about|of)\s+(?:dying|death|killing\s+myself|ending\s+it|suicide)\b"
            r"|\b(?:hoop|hoopte|wou|wens|wish|hope)\s+(?:dat\s+)?(?:ik|i)\s+(?:[\w']+\s+){0,2}?(?:dood|dead|"
            r"die|died|alive|born|geboren|here|hier|niet\s+meer\s+(?:wakker|leef|besta|ben)|"
            r"nooit\s+geboren|niet\s+(?:geboren|bestond|leefde))"
            # "er een punt achter zetten", "i can't keep living like this", "ik kan zo niet verder"
            r"|\ber\s+(?:\w+\s+){0,2}?een\s+punt\s+achter\s+(?:\w+\s+)?zetten\b"
            r"|\b(?:can'?t|cannot|cant)\s+(?:keep\s+|go\s+on\s+)?(?:living|live|going\s+on)\s+"
            r"(?:like\s+this|anymore|any\s+more)\b"
            r"|\bik\s+kan\s+zo\s+niet\s+(?:meer\s+|langer\s+)?(?:verder|leven|doorgaan)\b"
            # going to the tracks, a bridge, a roof
            r"|\b(?:loop|ga|fiets|sta|zit|ben|lig|walk|going|standing|sitting)\b(?:\s+\w+){0,2}?\s+"
            r"(?:naar|op|bij|on|to|at)\s+(?:het|de|the|a)\s+(?:spoor|rails|spoorbaan|brug|dak|tracks|"
            r"railway|bridge|roof)\b(?!\s*\d)(?!\s+(?:van\s+de\s+school|terras))"
            r"|\bniet\s+(?:meer\s+)?wakker\s+(?:word|worden|wordt)\b"
            r"|\b(?:wil|zou|wou|liefst|just\s+want\s+to|want\s+to|wanna)\b(?:\s+\w+){0,3}?\s+"
            r"(?:verdwijnen|disappear|vanish)\b(?!\s+(?:onder|in\s+(?:mijn|mn|m'n)\s+bed|naar|into\s+my))"
            r"|\b(?:verdwijnen|disappear)\s+(?:voorgoed|voor\s+altijd|"
            r"forever)\b"
            r"|\b(?:tired|sick)\s+of\s+(?:living|life|being\s+alive|existing)\b"
            r"|\bdone\s+with\s+(?:life|living)\b"
            r"|\bafscheidsbrief\w*|\bafscheid\s+(?:nemen|genomen)\s+van\s+(?:iedereen|jullie|alles)\b"
            r"|\b(?:suicide|goodbye)\s+(?:note|letter)\b"
            # "ik kan het niet meer aan", "ik kan dit leven niet meer aan"
            r"|\bik\s+kan\s+(?:\w+\s+){0,3}?niet\s+(?:meer\s+|langer\s+)?aan\b"
            # jumping, trains, roofs, pills (either word order)
            r"|\bvan\s+(?:het|een|de)\s+(?:dak|brug|flat|balkon|rots|toren)\s+(?:\w+\s+){0,2}?"
            r"(?:springen|te\s+springen|af\s+te\s+springen|afspringen|vallen|te\s+laten\s+vallen)\b"
            r"|\bvoor\s+(?:de|een)\s+(?:trein|metro|tram|bus|vrachtwagen)\s+(?:\w+\s+){0,2}?"
            r"(?:springen|te\s+springen|lopen|te\s+lopen|gaan\s+liggen|te\s+gaan\s+liggen)\b"
            r"|\b(?:spring|springen|gooi\s+me|jump)\b(?:\s+\w+){0,4}?\s+(?:voor\s+de\s+trein|"
            r"van\s+(?:het|een|de)\s+(?:dak|brug|flat|balkon)|off\s+(?:a|the)\s+(?:bridge|roof|building)|"
            r"in\s+front\s+of\s+a\s+train)\b"
            r"|\b(?:voor\s+de\s+trein|onder\s+de\s+trein)\s+(?:springen|gaan\s+liggen|lopen)\b"
            r"|\b(?:stap|stappen|spring|loop|lopen)\s+(?:\w+\s+){0,2}?voor\s+(?:de|een)\s+(?:trein|auto|bus|"
            r"metro|tram|vrachtwagen)\b(?!\s+(?:in|uit)\b)"
            r"|\bvoor\s+(?:de|een)\s+(?:auto|bus|vrachtwagen|tram|metro)\s+(?:\w+\s+)?(?:stappen|springen|lopen)\b"
            r"|\b(?:alle|al\s+mijn|al\s+m'n|een\s+hele?\s+strip|een\s+doos|een\s+pot|heel\s+veel|te\s+veel|"
            r"handvol|een\s+strip|doosje|all\s+(?:my|the)|a\s+bunch\s+of|too\s+many)\s+(?:\w+\s+)?"
            r"(?:pillen|pilletjes|tabletten|paracetamol|slaappillen|medicijnen|pills|tablets|meds|"
            r"oxazepam|ibuprofen|antidepressiva)\b"
            r"|\boverdosis\b|\boverdose\b"
            # worthlessness in the shape of a goodbye
            r"|\b(?:iedereen|jullie|de\s+wereld|everyone|everybody)\s+(?:is|zijn|would\s+be|'d\s+be)\s+"
            r"(?:\w+\s+)?(?:beter\s+af|better\s+off)\b|\bbeter\s+af\s+zonder\s+mij\b"
            r"|\bbetter\s+off\s+without\s+me\b"
            r"|\bniemand\s+(?:zou|zal|gaat)\s+(?:me|mij|het)\s+(?:\w+\s+)?(?:missen|merken)\b"
            r"|\b(?:nobody|no\s*one)\s+(?:would|will)\s+(?:miss|notice)\b"
            r"|\b(?:wat\s+als\s+ik|als\s+ik)\s+(?:\w+\s+){0,2}?(?:verdwijn|verdwenen\s+ben|"
            r"er\s+niet\s+meer\s+ben|dood\s+ga|dood\s+was|dood\s+ben)\b"
            r"|\bik\s+wil\s+(?:\w+\s+){0,2}?verdwijnen\b(?!\s+(?:naar|uit\s+de\s+groep|onder|in\s+(?:mijn|mn|m'n)\s+bed))"
            # "ik zie het niet meer zitten", "geen uitweg"
            r"|\b(?:zie|see)\s+(?:het\s+)?(?:echt\s+|gewoon\s+|allemaal\s+|even\s+)?niet\s+meer\s+zitten\b"
            r"|\bgeen\s+(?:uitweg|uitkomst|toekomst)\b|\b(?:enige|laatste)\s+uitweg\b|\bno\s+way\s+out\b",
            kind="signal",
            urgent=True,
        ),
        AllOf(
            "suicide",
            FLAG,
            # "ik ga dood" unless it is laughing ("haha ik ga dood, die video 😂")
            parts=(r"\b(?:ik\s+)?ga\s+(?:\w+\s+)?dood\b(?![\s.…,!]+(?:van|moe)\b)",),
            none_of=(
                r"\b(?:haha\w*|hihi\w*|lol|lmao|xd|grappig|lachen|grapje|geintje|grap|jk|kidding)\b"
                r"|😂|🤣|😹|💀",
            ),
            none_of_in_message=True,
            kind="signal",
            urgent=True,
        ),
        AllOf(
            "suicide",
            FLAG,
            # "ik heb zoveel pillen ... ze allemaal te nemen", "al mijn medicijnen bij elkaar"
            parts=(
                r"\b(?:pillen|pilletjes|tabletten|paracetamol|slaappillen|medicijnen|medicatie|pills|"
                r"tablets|meds|oxazepam|ibuprofen|antidepressiva)\b",
                r"\b(?:alle|allemaal|al\s+mijn|zoveel|heel\s+veel|bij\s+elkaar|opgespaard|verzameld|"
                r"strip|doos|in\s+een\s+keer|tegelijk|opmaken|all|bunch|at\s+once|saved\s+up)\b",
                r"\b(?:ik|me|mijn|mn|m'n|i|my)\b",
            ),
            none_of=(r"\b(?:vergeten|voorgeschreven|apotheek|huisarts|dokter|recept|dagelijks)\b",),
            kind="signal",
            urgent=True,
        ),
        AllOf(
            "suicide",
            FLAG,
            # "ik heb pillen genomen" (not one paracetamol for a headache)
            parts=(
                r"\b(?:pillen|pilletjes|tabletten|paracetamol|slaappillen|medicijnen|pills|tablets|"
                r"meds)\s+(?:\w+\s+)?(?:genomen|geslikt|ingenomen|gepakt|opgegeten|taken|swallowed)\b"
                r"|\b(?:took|taken|swallowed|geslikt)\s+(?:\w+\s+){0,3}?(?:pills|tablets|meds|pillen)\b",
            ),
            none_of=(
                r"\b(?:hoofdpijn|koorts|griep|buikpijn|kiespijn|menstruatie|ongesteld|vitamine\w*|"
                r"een\s+paracetamol|1\s+paracetamol|twee\s+paracetamol|2\s+paracetamol|voorgeschreven|"
                r"vergeten|headache|fever)\b",
            ),
            kind="signal",
            urgent=True,
        ),
        AllOf(
            "suicide",
            FLAG,
            # The semantic field, for recall: in one clause she speaks of herself, of dying or a
            # means (knife, rope, tracks, bridge, cutting, jumping) and of wanting, planning or
            # doing. A false alarm only alerts a coordinator; a miss leaves her alone.
            parts=(
                r"\b(?:ik|me|mij|mijn|m'n|mn|mezelf|mijzelf|i|i'm|im|my|myself)\b",
                r"\b(?:dood|doodgaan|sterven|overlijden|zelfmoord|suicide|verdwijnen|mes|mesje|mesjes|"
                r"scheermes\w*|touw|strop|spoor|rails|brug|dak|snijden|gesneden|snij|krassen|gekrast|"
                r"ophangen|springen|overdosis|dead|death|knife|blade|razor|rope|noose|bridge|roof|"
                r"tracks|jump|cut|cutting|overdose|punt\s+achter)\b",
                r"\b(?:wil|wilde|ga|gaan|zou|zal|denk|dacht|overweeg|plan|heb|had|sta|zit|loop|lig|neem|"
                r"pak|gepakt|genomen|zin|liefst|hoop|wens|wou|want|wanna|going|gonna|thinking|think|"
                r"have|took|am|standing|walking|wish|hope|should|klaar)\b",
            ),
            none_of=(
                r"\b(?:haha\w*|hihi\w*|lol|lmao|xd|grappig|grapje|geintje|jk|kidding)\b|😂|🤣|😹|💀"
                r"|\bdood[\s.…,!]+van\s+(?:het\s+|de\s+)?(?:lachen|honger|dorst|verveling|schaamte|zenuwen|"
                r"kou|hitte|warmte|moeheid|stress)\b"
                r"|\b(?:trampoline|zwembad|touwtje|dansen|brood|koken|kook|groente|taart|keuken|uien|"
                r"ui|appel|vlees|pizza|kapper|haar|film|serie|game|spel|boek|liedje|auto|scherm|tafel|"
                r"bijster|hond|kat|konijn|cavia|vis|plant|batterij|telefoon|movie|show|jumping\s+jacks|"
                r"haircut|bread|cooking)\b"
                r"|\bspoor\s+\d|\b(?:benen|voeten|armen|batterij|telefoon|plant|plantje)\s+(?:zijn|is)\s+dood\b"
                # "dood saai", "in harry potter gaat dobby dood": not about her
                r"|\bdood\s*(?:saai|simpel|normaal|stil|gewoon|eng)\b|\bgaat\s+(?!me\b|mij\b|ik\b)[a-z]+\s+dood\b"
                r"|\b(?:papier|papiertje|blaadje|per\s+ongeluk|by\s+accident|schommel|tuin|camping|"
                r"knutsel\w*|waslijn)\b"
                # ("ik heb me gesneden aan een blikje": on a thing, by accident)
                r"|\b(?:gesneden|sneed|cut\s+myself)\s+(?:aan|on)\s+(?:een|het|de|a|the)\b"
                r"|\b(?:geschoren|scheren|shaved|shave)\b",
            ),
            none_of_in_message=True,
            kind="signal",
            urgent=True,
        ),
        AllOf(
            "suicide",
            FLAG,
            # "ik sta op het dak en weet niet wat ik moet doen"
            parts=(
                r"\b(?:op|bovenop)\s+(?:het|een|de)\s+(?:dak|brug|spoor|rand|flat|balkon)\b|\bop\s+het\s+"
                r"spoor\b|\bon\s+(?:the|a)\s+(?:roof|bridge|edge|tracks|ledge)\b",
                r"\b(?:ik\s+sta|ik\s+zit|ik\s+ben|i'?m|i\s+am|standing|sitting)\b",
            ),
            kind="signal",
            urgent=True,
        ),
        Pattern(
            "selfharm",
            FLAG,
            # "ik heb mezelf weer gesneden", "ik doe mezelf pijn", "ik heb weer gekrast"
            # (not "de kat heeft me gekrast": someone else did it to "me")
            r"\b(?:mezelf|mijzelf|(?<!\bheeft )(?<!\bhebben )(?<!\bhad )me|myself)\s+"
            r"(?:\w+\s+){0,2}?"
            r"(?:gesneden|snijden|snij|sneed|gekrast|"
            r"krassen|"
            r"kras|pijn\s+(?:gedaan|doen|te\s+doen)|geslagen|slaan|branden|gebrand|verwonden|verwond|"
            r"beschadigen|cutting|cut|hurt|hurting|burn|burning|harm|harming)\b"
            r"(?!\s+(?:aan\s+(?:een|het|de|mijn|m'n|mn)\b|per\s+ongeluk|by\s+accident|on\s+(?:the|a)\b))"
            # (not "ik heb uien gesneden")
            r"|\b(?:ik|weer|again)\b(?:\s+(?!(?:uien|ui|groente|groenten|brood|tomaten|paprika|"
            r"komkommer|vlees|fruit)\b)\w+){0,3}?\s+(?:gekrast|gesneden|gesneeden)\b"
            r"(?!\s+(?:aan\s+(?:een|het|de|mijn|m'n|mn)\b|per\s+ongeluk))"
            # verb first: "ik doe mezelf pijn", "ik deed me pijn"
            r"|\b(?:doe|deed|doen|heb)\s+(?:\w+\s+)?(?:mezelf|mijzelf|me)\s+(?:\w+\s+){0,2}?pijn\b"
            r"|\b(?:snij|snijd|sneed|kras|krast|kraste|brand|verwond|beschadig|snijden|krassen)\s+"
            r"(?:\w+\s+)?(?:mezelf|mijzelf|me)\b(?!\s+(?:aan|per\s+ongeluk|bij\s+het))"
            r"(?!(?:\s+\w+)?\s+in\s+(?:mijn|mn|m'n)\s+(?:vinger|duim|hand|vingers)\b)"
            r"|\b(?:polsen|pols|armen|wrists?|arms?|thighs?|bovenbenen)\s+(?:\w+\s+)?(?:doorsnijden|"
            r"doorgesneden|snijden|gesneden|opensnijden|open\s+snijden|slit|cut|kapot\s+maken)\b"
            r"|\b(?:snij|cut|slit)\s+(?:\w+\s+)?(?:mijn|m'n|mn|my)\s+(?:polsen|pols|armen|wrists?|arms?)\b"
            r"|\b(?:cut|cutting|hurt|hurting|burn|burning|burned|burnt|harm|harming|harmed)\s+"
            r"(?:myself|my\s+(?:arms?|wrists?|legs?|thighs?))\b"
            r"|\bzelfbeschadiging\b|\bautomutilatie\b|\bself[\s\-]?harm\w*|\bzelfverwonding\w*"
            r"|\b(?:i'?ve\s+been|i\s+am|i'?m|been|started)\s+cutting\b|\bcutting\s+again\b",
            kind="signal",
            urgent=True,
        ),
        AllOf(
            "selfharm",
            FLAG,
            # "ik heb alweer in mijn armen gesneden"
            parts=(
                r"\b(?:in|op|aan)\s+(?:mijn|m'n|mn|my)\s+(?:arm|armen|pols|polsen|been|benen|bovenbeen|"
                r"bovenbenen|buik|huid|arms?|wrists?|legs?|thighs?|skin)\b",
                r"\b(?:gesneden|gekrast|snijden|krassen|snij|kras|gebrand|branden|cut|cutting|"
                r"scratched|burned|burnt)\b",
            ),
            kind="signal",
            urgent=True,
        ),
        AllOf(
            "selfharm",
            FLAG,
            # "ik heb de mesjes weer gepakt"
            parts=(
                r"\b(?:mesje|mesjes|scheermesje|scheermesjes|razor|razors|blade|blades)\b",
                r"\b(?:ik|me|mezelf|mijn|mn|i|my|weer|again|gepakt|pak)\b",
            ),
            none_of=(r"\b(?:kopen|gekocht|benen\s+scheren|scheren|geschoren|buy|shave|shaved)\b",),
            kind="signal",
            urgent=True,
        ),
        Pattern(
            "distress",
            FLAG,
            # "ik hou het niet meer vol", "ik trek het niet meer", "ik kan niet meer"
            r"\bik\s+(?:hou|houd)\s+(?:het|dit)\s+(?:echt\s+|gewoon\s+)?niet\s+(?:meer\s+|langer\s+)?vol\b"
            r"|\bik\s+trek\s+(?:het|dit)\s+(?:echt\s+|gewoon\s+|allemaal\s+)?niet\s+meer\b"
            r"|\bik\s+kan\s+(?:het|dit)?\s*(?:echt\s+|gewoon\s+|zo\s+)?niet\s+meer\s*(?:[,.!?…]|$|"
            r"\s+(?:echt|alles|ik|het|dit|zo|hoor|,))"
            r"|\bi\s+(?:can'?t|cant|cannot)\s+(?:do\s+this|take\s+(?:it|this)|go\s+on|cope)\b"
            r"|\b(?:i\s+want\s+it\s+(?:all\s+)?to\s+stop|ik\s+wil\s+(?:gewoon\s+)?dat\s+(?:het|alles)\s+"
            r"(?:\w+\s+)?stopt)\b"
            r"|\balles\s+is\s+(?:zwart|donker)\b|\bik\s+ben\s+(?:helemaal\s+)?(?:wanhopig|radeloos|"
            r"ten\s+einde\s+raad|hopeloos)\b|\bik\s+voel\s+me\s+(?:zo\s+|echt\s+)?(?:hopeloos|"
            r"waardeloos|wanhopig|leeg\s+van\s*binnen)\b"
            # acute danger
            r"|\bik\s+ben\s+(?:niet|nergens)\s+(?:meer\s+)?veilig\b|\b(?:i'?m|i\s+am)\s+not\s+safe\b"
            # ("help me kiezen", "help me met mijn cv" are not a cry for help)
            r"|\bhelp\s+(?:me|mij)\s*(?:[!.…]|$|,|alsjeblieft|aub|pls|please|plz|ik\b|nu\b|iemand\b)"
            r"|\bhelp+\s*!+|\bsos\b|\bhelpp+\b"
            r"|\biemand\s+volgt\s+me\b|\bik\s+word\s+gevolgd\b|\bsomeone\s+is\s+following\s+me\b"
            r"|\bik\s+durf\s+niet\s+(?:meer\s+)?(?:naar\s+huis|thuis|naar\s+buiten|alleen)\b"
            r"(?!\s+met\s+(?:dit|dat|mijn|mn|m'n|een)\s+(?:rapport|cijfer|cijferlijst|kapsel|haar|broek))",
            kind="signal",
            urgent=True,
        ),
        AllOf(
            "distress",
            FLAG,
            # "ik ben zo bang, hij staat voor de deur"
            parts=(
                r"\b(?:staat|stond|wacht|is|zit|bonkt|klopt)\s+(?:\w+\s+){0,2}?(?:voor|bij|aan|op)\s+"
                r"(?:de|mijn|m'n|mn|ons|my|the)\s+(?:deur|huis|raam|school|voordeur|door|house)\b",
                r"\b(?:bang|durf|eng|paniek|help|scared|afraid|schrik|angstig|terrified)\b",
            ),
            # (round 15: a spider at the window is no intruder)
            none_of=(r"\b(?:spin|spinnen|wesp|muis|mug|haha\w*|lol|spider)\b|😂",),
            none_of_in_message=True,
            kind="signal",
            urgent=True,
        ),
    ),
)


# Recall-first intent families: hopelessness, being a burden, not wanting to be here or to wake
# up, giving up, goodbyes, giving things away, means, self-hatred, slang and misspellings. An
# urgent mark only alerts a coordinator and never silences a message, so mild sadness marked
# urgent now and then is the accepted price of not missing a cry for help.
_FAMILIES: Final = Pattern(
    "distress",
    FLAG,
    # "het hoeft voor mij allemaal niet meer" (not "het hoeft niet meer, hoor": no need)
    r"\b(?:het|alles|dit|t)\s+(?:\w+\s+){0,3}?hoeft\s+(?:\w+\s+){0,3}?niet\s+meer\b"
    r"(?!\s+(?:te|hoor|want|omdat|bedankt|dankje|dankjewel|is|ik\s+heb))"
    r"|\bhoeft\s+(?:voor|van)\s+mij\s+(?:\w+\s+){0,2}?niet\s+meer\b"
    # a burden
    r"|\b(?:ik\s+ben|ben\s+ik|i'?m|im|i\s+am)\s+(?:\w+\s+){0,3}?(?:tot\s+last|een\s+last|a\s+burden|"
    r"een\s+blok\s+aan\s+(?:het|ieders)\s+been|a\s+waste\s+of\s+space)\b"
    r"|\been\s+last\s+voor\s+(?:iedereen|jullie|mijn|m'n|mn|de\s+wereld)\b"
    # better off without me, in any word order
    r"|\bbeter\s+(?:af\s+)?(?:\w+\s+){0,2}?zonder\s+(?:mij|me)\b"
    r"|\bzonder\s+(?:mij|me)\s+(?:\w+\s+){0,3}?beter\b|\bbetter\s+(?:off\s+)?without\s+me\b"
    # not wanting to be here, to wake up, to exist
    r"|\bwil\s+(?:\w+\s+){0,2}?niet\s+meer\s+(?:\w+\s+)?(?:zijn|bestaan|leven|ademen|wakker)\b"
    r"|\b(?:slapen|slaap)\s+en\s+(?:\w+\s+)?(?:niet|nooit)\s+(?:meer\s+)?(?:wakker|opstaan|op\s+staan)\b"
    r"|\b(?:voor\s+altijd|eeuwig|voorgoed)\s+(?:\w+\s+)?(?:slapen|weg|weg\s+zijn)\b"
    r"|\b(?:sleep|slapen)\s+(?:\w+\s+)?(?:forever|and\s+never\s+wake)\b"
    r"|\b(?:niet|nooit)\s+meer\s+(?:bestaan|ademen|opstaan)\b"
    r"|\b(?:wanna|want\s+to)\s+(?:just\s+)?(?:die|disappear|vanish|not\s+exist|stop\s+existing|"
    r"sleep\s+forever)\b"
    r"|\bwhy\s+(?:am\s+i\s+(?:even\s+|still\s+)?(?:alive|here)|do\s+i\s+(?:even\s+)?(?:exist|bother))\b"
    # nobody would miss me, nobody cares
    r"|\bniemand\s+(?:\w+\s+){0,3}?(?:me|mij)\s+(?:\w+\s+){0,2}?(?:missen|mist|merken|opmerken)\b"
    r"|\bniemand\s+(?:zou|zal|gaat)\s+(?:\w+\s+){0,3}?(?:missen|merken|opvallen)\b"
    r"|\bniemand\s+(?:mist|merkt)\s+(?:me|mij)\b|\bniemand\s+mist\s+het\b|\bniemand\s+(?:geeft|gaf)\s+(?:\w+\s+)?om\s+(?:mij|me)\b"
    r"|\b(?:nobody|no\s*one)\s+(?:\w+\s+){0,2}?(?:cares?|miss|misses|notice|notices)\b"
    # (not an insult at the reader: "nobody here cares about you")
    r"(?!\s+(?:about\s+)?(?:you|u|what\s+(?:you|u)\s+(?:say|think))\b)"
    # done with everything, giving up
    r"|\bklaar\s+met\s+(?:alles|het\s+leven|leven|mijn\s+leven|m'n\s+leven|mn\s+leven|iedereen|"
    r"de\s+wereld|dit\s+leven|het\s+allemaal)\b"
    r"|\b(?:i'?m|im|i\s+am)\s+(?:so\s+|just\s+|literally\s+|fr\s+)*done\s*(?:[.!,?…]|$)"
    r"|\bdone\s+with\s+(?:everything|it\s+all|everyone|this\s+life)\b"
    r"|\bik\s+geef\s+(?:het\s+|alles\s+)?op\b(?!\s+(?:voor|bij|als|aan|om))"
    r"|\b(?:wil|kan)\s+(?:\w+\s+)?niet\s+meer\s+(?:vechten|doorgaan|verder)\b"
    r"|\bgeen\s+(?:zin|kracht|energie)\s+meer\s+om\s+(?:\w+\s+)?(?:te\s+)?(?:vechten|door\s+te\s+gaan|"
    r"verder\s+te\s+gaan|te\s+leven)\b"
    r"|\bi\s+give\s+up\b|\bgive\s+up\s+on\s+(?:everything|life|myself)\b"
    # what is the point
    r"|\bwat\s+(?:heeft|is)\s+(?:het|dit|alles)\s+(?:\w+\s+){0,2}?(?:voor\s+zin|het\s+nut|nut|zin)\b"
    r"|\bwat\s+is\s+(?:nog\s+)?(?:het|de)\s+nut\b"
    r"|\bwaarom\s+(?:zou|moet)\s+ik\s+(?:nog\s+)?(?:doorgaan|verder|leven|bestaan|opstaan)\b"
    r"|\bwhat'?s\s+the\s+point\b|\bwhats\s+the\s+point\b|\bno\s+point\s+(?:anymore|any\s+more)\b"
    r"|\bheeft\s+(?:allemaal\s+|toch\s+|echt\s+|gewoon\s+)*geen\s+zin\s+meer\b"
    # wanting it to stop
    r"|\b(?:want|wil)\s+(?:\w+\s+){0,3}?(?:it\s+(?:all\s+)?to\s+(?:stop|end)|(?:dat\s+)?(?:het|alles)\s+"
    r"(?:\w+\s+)?(?:stopt|ophoudt|over\s+is))\b"
    r"|\b(?:wanneer|when)\s+(?:houdt|stopt|does|will)\s+(?:het|dit|alles|it|this)\s+(?:\w+\s+)?"
    r"(?:op|stop|end)\s*(?:[.!,?…]|$)"
    r"|\bmake\s+it\s+stop\b|\blaat\s+het\s+(?:alsjeblieft\s+)?(?:stoppen|ophouden)\b"
    # self-hatred, worthlessness, not deserving to live
    r"|\bik\s+haat\s+(?:mezelf|mijzelf|mijn\s+leven|m'n\s+leven|mn\s+leven)\b"
    r"|\bi\s+hate\s+(?:myself|my\s+life)\b"
    r"|\bik\s+ben\s+(?:\w+\s+){0,2}?(?:niks|niets)\s+waard\b"
    r"|\bik\s+ben\s+(?:\w+\s+)?(?:waardeloos|een\s+mislukking|nutteloos)\b"
    r"|\b(?:i'?m|im|i\s+am)\s+(?:so\s+)?(?:worthless|useless|a\s+failure)\b"
    r"|\bverdien\s+(?:het\s+)?(?:niet\s+)?(?:om\s+)?(?:te\s+)?(?:leven|bestaan)\b"
    r"|\b(?:verdien|deserve)\s+(?:\w+\s+){0,2}?(?:dood\s+te\s+gaan|te\s+sterven|to\s+die|to\s+be\s+dead)\b"
    # never born
    r"|\b(?:ik|had|was|dat|wou|zou)\b(?:\s+\w+){0,4}?\s+nooit\s+(?:\w+\s+)?(?:geboren|bestaan)\b"
    r"|\bwish\s+i\s+(?:was|were|had)\s+never\b|\bnever\s+(?:been\s+)?born\b"
    # away from this world, not belonging
    r"|\bweg\s+(?:van|uit)\s+(?:deze|de)\s+wereld\b|\bik\s+hoor\s+(?:hier|nergens)\s+(?:\w+\s+)?(?:niet|bij)\b"
    r"|\b(?:boeit|maakt)\s+(?:me|mij)\s+(?:\w+\s+){0,2}?(?:niet|niks|niets)\s+(?:meer\s+)?(?:uit\s+)?"
    r"(?:wat\s+er\s+met\s+(?:me|mij)|of\s+ik\s+(?:\w+\s+)?(?:leef|dood|besta|wakker|er\s+ben))\b"
    r"|\b(?:don'?t|dont)\s+care\s+(?:if|whether|what\s+happens\s+to)\s+(?:i|me)\b"
    # goodbyes, giving things away
    r"|\b(?:dit\s+is|hierbij|voor\s+altijd|mijn|m'n|mn)\s+(?:\w+\s+)?afscheid\b"
    # (not a school or a leaving party: "foto's van mijn afscheid van de basisschool")
    r"(?!\s+van\s+(?:de\s+|het\s+|mijn\s+)?(?:basisschool|school|groep|juf|meester|club|team|stage|werk|"
    r"klas|opleiding|bijbaan)\b)"
    r"|\bafscheid\s+(?:van\s+(?:iedereen|jullie|alles|het\s+leven|jou|je))\b"
    # (not an aunt who emigrates: "afscheid genomen van mijn tante, ze gaat in spanje wonen")
    r"|\bafscheid\s+(?:nemen|genomen)\b(?!.*\b(?:gaat|gaan|verhuist|verhuizen|wonen|emigreert|emigreren|"
    r"vakantie|basisschool|school|juf|meester|stage|overleden|begrafenis|crematie|vliegveld|schiphol)\b)"
    r"|\bvaarwel\b|\bfarewell\b|\bthis\s+is\s+goodbye\b"
    r"|\b(?:goodbye|bye)\s+(?:forever|everyone|world|for\s+good)\b|\b(?:tot|doei)\s+nooit\b"
    r"|\b(?<!\bdat )(?<!\bje )(?<!\bjouw )(?<!\bzijn )(?<!\bhaar )"
    r"laatste\s+(?:bericht|berichtje|woorden|appje)\b"
    r"(?!(?:\s+\w+){0,2}\s+(?:weg|verwijderen|verwijder|wissen|wis)\b)"
    r"(?!\s+(?:was|is)\s+(?:een\s+)?(?:typfout|foutje|grapje|per\s+ongeluk)\b)"
    r"(?!\s+(?:voor|van)\s+(?:vandaag|vanavond|nu|deze|dit|"
    r"vandaag|de\s+dag|het\s+jaar)\b)"
    r"|\b(?<!\bthat )(?<!\byour )(?<!\bdelete )last\s+(?:message|words|text)\b"
    r"(?!\s+(?:for|of)\s+(?:today|tonight|now))"
    r"|\bsorry\s+(?:voor|for)\s+(?:alles|everything)\b"
    # (not an apology for one day: "sorry voor alles wat ik gisteren in de groep zei")
    r"(?!\s+(?:wat|dat|die|i|that)\s+(?:ik\s+)?(?:gisteren|vandaag|net|vanochtend|vanmiddag|vanavond|zei|"
    r"typte|stuurde|said|did\s+yesterday|in\s+de\s+groep)\b)"
    # (not an apology that buys her back: "sorry voor alles, ik maak je 100 euro over")
    r"(?!.*\b(?:euro|geld|money|cadeau\w*|telefoon|phone|iban|overmaken|maak\s+je)\b)"
    r"|\b(?:zeg|vertel)\s+(?:\w+\s+){0,2}?(?:tegen|aan)\s+(?:\w+\s+){0,2}?dat\s+ik\s+(?:\w+\s+){0,3}?"
    r"(?:hou|houd)\b"
    r"|\btell\s+(?:\w+\s+){0,2}?(?:i\s+love|i'?m\s+sorry)\b"
    r"|\b(?:mijn|m'n|mn|al\s+mijn|alle|spullen|alles)\b(?:\s+(?!oude\b|(?:school)?boeken\b)\w+){0,4}?\s+"
    r"(?:weggeven|weggegeven|"
    r"weg\s+te\s+geven|weg\s+gegeven)\b"
    # (not outgrown or replaced: "mijn bureau weggegeven aan mijn nicht, ik krijg een nieuwe")
    r"(?!.*\b(?:nieuwe|nieuw|te\s+klein|uitgegroeid|schoolboeken|oude\s+\w+\s+weggegeven)\b)"
    # (not "mijn oude kleren weggegeven aan de kringloop": a clear-out, not a goodbye)
    r"(?!(?:\s+\w+){0,3}?\s+(?:kringloop|kringloopwinkel|goede\s+doel|leger\s+des\s+heils|kledingbak|"
    r"kledingcontainer|vinted|marktplaats|inzameling|voedselbank))"
    r"|\bgeef\s+(?:al\s+)?(?:mijn|m'n|mn|alle)\s+(?:\w+\s+){0,2}?weg\b"
    r"|\b(?:heb|need)\s+(?:ze|het|dat|die|dit|them|it)\s+(?:\w+\s+)?(?:niet\s+meer\s+nodig|anymore)\b"
    # (not outgrown things: "ik heb ze niet meer nodig, ze zijn te klein")
    r"(?!.*\b(?:te\s+klein|te\s+groot|kapot|verkopen|marktplaats|vinted|too\s+small|doesn'?t\s+fit)\b)"
    r"|\bgiv(?:e|ing)\s+(?:away\s+)?(?:all\s+)?my\s+(?:stuff|things)\b"
    # means
    r"|\bonder\s+(?:de|een)\s+(?:trein|metro|tram)\b"
    r"|\bdenk\s+(?:\w+\s+){0,2}?aan\s+(?:de|het|een)\s+(?:trein|spoor|brug|dak|pillen|mes|touw|strop)\b"
    r"|\b(?:mes|mesje|touw|strop|scheermesje|pillen|tabletten|medicijnen|pills|meds)\s+(?:\w+\s+){0,2}?"
    r"(?:gepakt|klaarliggen|klaar\s+liggen|klaargelegd|gekocht|verstopt|gespaard|opgespaard|verzameld|"
    r"hidden|saved|ready)\b(?!\s+om\s+(?:te\s+)?(?:koken|snijden|brood))"
    r"(?!\s+(?:\w+\s+){0,3}?(?:keuken|koken|schommel|tuin|camping|kamp|knutsel\w*|school|verhuizing|"
    r"waslijn|kitchen|cooking)\b)"
    # slang and misspellings
    r"|\b(?:zelfmoort|zelfmord|zelfmort|selfmoord|zelfmoor|suisid\w*|suicde|sucide|sewerslide|"
    r"unalive\w*|kms|zelfdoding)\b|\bzelf\s+moord\b"
    r"|\bwil\s+(?:\w+\s+)?(?:doodgaan|dood\s+gaan)\b(?!\s+van)"
    # everything is too much
    r"|\b(?:alles|het)\s+(?:is|wordt)\s+(?:me|mij)\s+(?:\w+\s+)?te\s+(?:veel|zwaar)\b"
    r"|\bik\s+kan\s+(?:\w+\s+){0,2}?niet\s+meer\s*(?:[,.!?…😭😢💔]|$|\s+(?:echt|hoor|ik|het|dit|alles|"
    r"zo|want|leven|verder|door)\b)"
    r"|\bi\s+(?:can'?t|cant|cannot)\s+(?:do\s+(?:this|it)\s+)?(?:anymore|any\s+more)\b"
    r"|\b(?:zat|beu|moe|ziek|klaar)\s+(?:van|met|of)\s+(?:het\s+|dit\s+|mijn\s+)?(?:leven|bestaan)\b"
    # "niemand zou het erg vinden als ik weg was", "ik wil het leven niet meer"
    r"|\b(?:niemand|nobody|no\s*one|wat\s+maakt\s+het\s+uit|who\s+cares)\b(?:\s+\w+){0,5}?\s+"
    r"(?:als|if)\s+(?:ik|i)\s+(?:er\s+)?(?:\w+\s+)?(?:weg|dood|niet\s+meer|er\s+niet|gone|dead|died)\b"
    r"|\bwil\s+(?:het|dit|mijn|m'n|mn)\s+leven\s+niet\s+(?:meer|langer)\b"
    r"|\b(?:verdwijnen|verdwijn|disappear\w*|vanish\w*)\s+(?:voorgoed|voor\s+altijd|forever|for\s+good)\b"
    r"|\bgeen\s+(?:reden|reason)\s+(?:meer\s+)?(?:om|to)\s+(?:nog\s+)?(?:te\s+)?(?:blijven|hier\s+te\s+zijn|"
    r"er\s+te\s+zijn|stay|be\s+here|keep\s+going)\b",
    kind="signal",
    urgent=True,
)
_SELFHARM_URGE: Final = Pattern(
    "selfharm",
    FLAG,
    # the urge: "ik heb zo'n zin om te snijden", "drang om te krassen", "i want to cut"
    r"\b(?:zin|drang|behoefte|neiging|urge|want|wanna|wil)\s+(?:\w+\s+){0,3}?(?:snijden|krassen|"
    r"mezelf\s+pijn|cut|cutting|hurt\s+myself)\b"
    r"|\b(?:mezelf|mijzelf)\s+(?:\w+\s+)?pijn\s+(?:doe|doet|deed)\b",
    kind="signal",
    urgent=True,
)

# Round 8 families (docs/benchmarks.md): self-harm by any method and verb, being gone, being a
# burden, searching for a method, a means at hand, disappearing for rest, phonetic spellings and
# English. Recall first, as above; each near miss in tests/.../families8.py keeps it honest.
_SELF_HARM_VERB: Final = (
    r"(?:opengekrabd|kapotgekrabd|gekrabd|krabben|krab|verbrand|gebrand|branden|brand|geslagen|slaan|"
    r"sla|gestompt|stompen|stomp|beschadigd|pijn\s+gedaan|burned|burnt|burn|burning|hit|hitting|"
    r"scratch\w*|punch\w*|cut)"
)
_MEANS: Final = (
    r"\b(?:pillen|pilletjes|tabletten|paracetamol|slaappillen|medicijnen|medicatie|pills|tablets|"
    r"meds|mes|mesje|mesjes|scheermes\w*|touw|strop|knife|blade|razor|rope|noose)\b"
)
_KITCHEN_OR_DOCTOR: Final = (
    r"\b(?:snijplank|groente|groenten|brood|koken|kook|kaas|fruit|appel|ui|uien|taart|vlees|pizza|"
    r"boter|voorgeschreven|dokter|huisarts|apotheek|recept|werkstuk|huiswerk|school|onderzoek)\b"
)
_FIRST_PERSON: Final = r"\b(?:ik|me|mij|mijn|m'n|mn|mezelf|i|i'm|im|my|myself)\b"
_FAMILIES8: Final = (
    Pattern(
        "selfharm",
        FLAG,
        # any method: "ik heb mezelf gekrabd", "ik brand mezelf", "i've been hitting myself"
        # (not "ik kan mezelf wel voor m'n kop slaan", "gebrand aan de pan")
        r"\b(?:mezelf|mijzelf|myself)\b(?!\s+(?:\w+\s+)?voor\s+(?:mijn|m'n|mn|de|z'n)\s+(?:kop|hoofd))"
        rf"\s+(?:\w+\s+){{0,3}}?{_SELF_HARM_VERB}\b"
        r"(?!\s+(?:aan\s+(?:de|het|een|mijn|m'n|mn)\b|per\s+ongeluk|by\s+accident|on\s+(?:the|a)\b))"
        r"|\b(?:krab|kras|brand|sla|stomp|bonk|snij|beschadig|verbrand)\s+(?:ik\s+)?(?:\w+\s+)?"
        r"(?:mezelf|mijzelf)\b(?!\s+(?:\w+\s+)?(?:voor\s+(?:mijn|m'n|mn|de)\s+kop|aan\s+(?:de|het|een)\b))"
        r"|\b(?:i'?ve\s+been|i\s+keep|i\s+kept|i\s+always|been|keep|i)\s+(?:hitting|hurting|burning|"
        r"scratching|cutting|punching|harming|scratch|hit|punch)\s+myself\b"
        # "mijn hoofd tegen de muur", "opengekrabd", "weer aan het krassen", "cut again"
        r"|\b(?:bonk|bonkte|bonken|sla|sloeg|slaan|beuk|beukte|beuken)\s+(?:\w+\s+){0,2}?(?:mijn|mn|m'n)\s+"
        r"hoofd\s+(?:\w+\s+){0,2}?tegen\b|\bbang(?:ing)?\s+my\s+head\s+(?:against|on)\b"
        r"|\b(?:opengekrabd|kapotgekrabd|opengesneden|open\s+gekrabd|kapot\s+gekrabd|opengekrast|"
        r"open\s+gekrast|kapotgekrast)\b"
        r"|\bweer\s+(?:aan\s+het\s+)?(?:snijden|krassen|krabben)\b"
        r"|\b(?:begonnen|beginnen|begin|gestart|terugval)\s+(?:\w+\s+)?(?:met\s+)?(?:snijden|krassen|"
        r"krabben|branden)\b"
        r"|\b(?:kan|kon|lukt)\s+(?:\w+\s+){0,2}?niet\s+(?:\w+\s+)?(?:stoppen|ophouden|mee\s+stoppen)\s+"
        r"met\s+(?:snijden|krassen|krabben|branden|mezelf)\b"
        r"|\bik\s+(?:snij|snijd|kras|krab)\s+(?:\w+\s+)?(?:weer|opnieuw|nog\s+steeds|elke\s+dag|soms|vaak)"
        r"(?=\s*(?:[^\w\s]|$)|\s+(?:en|ik|omdat|want|vandaag|vannacht|gisteren)\b)"
        r"|\b(?:cut|cutting|burned|burnt|scratched|hurt)\s+(?:myself\s+)?again\b"
        # deserving pain: "ik verdien pijn", "i deserve to be punished"
        r"|\bik\s+(?:\w+\s+)?verdien\s+(?:\w+\s+){0,2}?(?:pijn|straf|gestraft|te\s+lijden|lijden)\b"
        r"|\bik\s+(?:moet|hoor)\s+(?:\w+\s+)?gestraft\s+(?:te\s+)?worden\b"
        r"|\b(?:i|i\s+just|i\s+really)\s+deserve\s+(?:\w+\s+)?(?:pain|to\s+be\s+punished|to\s+hurt|"
        r"to\s+suffer|punishment|to\s+feel\s+pain)\b"
        # doing it to herself: "ik ga het mezelf aandoen", "ik doe het mezelf weer aan"
        r"|\b(?:het|iets|wat)\s+(?:\w+\s+){0,2}?(?:mezelf|mijzelf)\s+(?:\w+\s+)?(?:aandoen|aan\s+doen|"
        r"aan)\b(?!\s+(?:met|door)\b)",
        kind="signal",
        urgent=True,
    ),
    AllOf(
        "selfharm",
        FLAG,
        # a method named: "met een aansteker mn arm verbrand", "tot het bloedde gekrabd"
        parts=(
            r"\b(?:met|with)\s+(?:een\s+|a\s+|mn\s+|m'n\s+|mijn\s+|de\s+|my\s+)?(?:aansteker|sigaret|peuk|"
            r"scherf|glasscherf|scherven|schaar|puntenslijper\w*|"
            r"strijkijzer|lighter|cigarette|scheermesje|mesje|passer|glas|blade|razor)\b"
            r"|\btot\s+(?:het|ik)\s+(?:\w+\s+)?(?:bloed|bloedde|bloedt|bloedde|blauwe\s+plekken|"
            r"pijn\s+doet)\b|\buntil\s+(?:it|i)\s+(?:bleeds|bled|bleed|bruise)\b",
            r"\b(?:gebrand|verbrand|brand|branden|gesneden|snij|snijden|gekrast|kras|krassen|gekrabd|"
            r"krab|krabben|opengekrabd|geslagen|sla|slaan|bonk|burned|burnt|burn|cut|scratched|"
            r"scratch|hit)\b",
            _FIRST_PERSON,
        ),
        none_of=(_KITCHEN_OR_DOCTOR,),
        kind="signal",
        urgent=True,
    ),
    AllOf(
        "selfharm",
        FLAG,
        # bleeding: "ik ben aan het bloeden en weet niet wat ik moet doen" (not a nosebleed)
        parts=(r"\b(?:aan\s+het\s+bloeden|ik\s+bloed|i'?m\s+bleeding|won'?t\s+stop\s+bleeding)\b",),
        none_of=(
            r"\b(?:neus|ongesteld|menstruatie|tandvlees|knie|vinger|nosebleed|nose|period|gevallen|"
            r"fiets\w*|tand)\b",
        ),
        none_of_in_message=True,
        kind="signal",
        urgent=True,
    ),
    AllOf(
        "selfharm",
        FLAG,
        # "i relapsed and cut", "ik heb een terugval gehad, weer gesneden"
        parts=(
            r"\b(?:relapse|relapsed|terugval|teruggevallen)\b",
            r"\b(?:cut|cutting|self\s*harm|sh|snijden|gesneden|krassen|gekrast|mesje|blade)\b",
        ),
        kind="signal",
        urgent=True,
    ),
    Pattern(
        "suicide",
        FLAG,
        # being gone: "als ik er gwn niet meer ben", "binnenkort ben ik er toch niet meer"
        r"\ber\s+(?:\w+\s+){0,2}?niet\s+meer\s+(?:zijn|ben|was|te\s+zijn)\b"
        # "als ik morgen niet reageer weet je waarom", "if i don't reply you know why"
        r"|\bals\s+(?:ik|je|jullie)\s+(?:\w+\s+){0,3}?(?:niet|niks|niets|nooit)\s+(?:meer\s+)?"
        r"(?:\w+\s+){0,3}?(?:reageer|antwoord|terugschrijf|terugapp|hoort|horen|reageren)\b[\s,]*"
        r"(?:\w+\s+){0,2}?(?:weet|weten)\s+(?:je|jij|jullie)\s+(?:\w+\s+)?(?:waarom|genoeg|wat)\b"
        r"|\bif\s+(?:i|you)\s+(?:don'?t|dont|do\s+not|never|stop|can'?t)\s+(?:\w+\s+){0,3}?(?:reply|answer|"
        r"respond|text|hear)\w*\b(?:[\s,]+\w+){0,4}?[\s,]+(?:you'?ll|you|u)\s+know\s+(?:why|what)\b"
        r"|\b(?:i\s+won'?t|i\s+wont|i\s+will\s+not)\s+be\s+(?:here|around|alive)\b(?:\s+\w+){0,2}?\s+"
        r"(?:much\s+longer|for\s+long|anymore|any\s+more|long|anyway)\b"
        r"|\bsoon\s+i'?ll\s+be\s+gone\b|\bi'?ll\s+be\s+gone\s+(?:soon|forever|for\s+good)\b"
        r"|\bweg\s*,?\s*(?:voorgoed|voor\s+altijd)\s*(?:[^\w\s]|$)"
        # a burden: "sorry dat ik zo'n last ben", "iedereen heeft last van mij"
        r"|\bik\s+(?:\w+\s+){0,3}?(?:zo'n|zon|zo\s+een|een|echt\s+een|alleen\s+maar\s+een)\s+"
        r"(?:\w+\s+)?last\s*(?:ben|voor\b|$|[^\w\s])"
        r"|\b(?:iedereen|jullie|everyone)\s+(?:\w+\s+){0,3}?last\s+van\s+(?:mij|me)\b"
        r"|\b(?:i'?m|im|i\s+am)\s+(?:\w+\s+){0,2}?(?:a\s+)?burden\b"
        # methods: "hoeveel pillen is dodelijk", "de snelste manier om dood te gaan"
        r"|\b(?:manier|manieren|methode|methodes|methoden|way|ways|method|methods)\s+(?:\w+\s+)?(?:om|to)\s+"
        r"(?:\w+\s+){0,2}?(?:dood\s+te\s+gaan|te\s+sterven|die|dying|kill\s+(?:myself|yourself)|zelfmoord|"
        r"er\s+(?:\w+\s+)?een\s+einde?\s+aan|end\s+(?:it|my\s+life)|niet\s+meer\s+wakker)\b"
        r"|\bhow\s+many\s+(?:\w+\s+)?(?:pills|tablets|meds)\b(?:\s+\w+){0,4}?\s+(?:does\s+it\s+take|to\s+die|"
        r"kill|lethal|fatal|to\s+overdose|would\s+it\s+take)\b"
        # a means at hand, said outright
        r"|\b(?:pills|knife|blade|rope)\s+(?:\w+\s+){0,2}?(?:right\s+)?in\s+front\s+of\s+me\b"
        # disappearing for rest: "eeuwige rust", "voor altijd rust"
        r"|\b(?:eeuwige|eeuwig)\s+(?:rust|slaap)\b|\brust\s+(?:voor\s+altijd|voorgoed)\b"
        r"|\b(?:voor\s+altijd|voorgoed)\s+(?:\w+\s+)?rust\b|\beternal\s+(?:rest|sleep)\b"
        # phonetic spellings: "ik wil nie meer lefe", "ik wil dod", "i wanna dieee"
        r"|\bwil\s+(?:\w+\s+){0,2}?(?:nie|niet|ni|nit|nt)\s+(?:meer|mer|meeer|mee)\s+(?:leven|leve|lefe|"
        r"lefen|leefe|leeve|leeven|levn|lvn|leefen)\b"
        r"|\bwil\s+(?:\w+\s+){0,2}?(?:nimeer|niemeer|niemer|nimmer)\s+(?:leven|leve|lefe|lefen|leefe|"
        r"leeve|leeven|levn|lvn)\b"
        r"|\bwil\s+(?:\w+\s+){0,2}?(?:dod|doot|doodt|doo+d|dwood)\b(?![\s.…,!]+(?:van|moe)\b)"
        r"|\bwil\s+(?:\w+\s+){0,2}?(?:sterve|sterfe|stervn|doodgaa)\b"
        r"|\b(?:wanna|want\s+to|gonna|going\s+to)\s+(?:just\s+)?(?:die+|dye|dy)\b(?!\s+(?:my|your|ur|her|"
        r"his|it|the|them|hair|of|for|laughing|\w+\s+hair)\b)"
        r"|\bkil+\s*my\s*sel[fv]?\b"
        # English: "i'm gonna end it tonight", "i dont wanna be here anymore"
        r"|\b(?:gonna|going\s+to|will|'ll|ready\s+to|about\s+to|planning\s+to|decided\s+to|want\s+to|"
        r"wanna|i'?m|im)\s+(?:\w+\s+)?(?:end|ending)\s+(?:it|it\s+all|things|everything|my\s+life)\b"
        r"(?!\s+(?:with|between|for\s+(?:him|her|them|us))\b)"
        r"|\bi\s+(?:will\s+)?end\s+it\b(?!\s+(?:with|between)\b)"
        r"|\b(?:don'?t|dont|do\s+not)\s+(?:wanna|want\s+to)\s+(?:be\s+here|live|exist|be\s+alive|"
        r"wake\s+up|go\s+on)\b"
        r"|\bwant\s+out\s+of\s+(?:this\s+)?(?:life|everything)\b"
        # overwhelm: "ik verdrink in alles", "alles is te zwaar", "ik wil stoppen met alles"
        r"|\b(?:stoppen|stop|ophouden|kappen)\s+met\s+alles\b(?!\s+(?:wat|dat|die|van)\b)"
        r"|\bmet\s+alles\s+(?:stoppen|ophouden|kappen)\b"
        # "ik ben bang dat ik iets doms ga doen", "i might do something stupid"
        r"|\b(?:ga|doe|gaan|zal|will|'ll|gonna|might|do)\s+(?:\w+\s+)?(?:iets\s+(?:doms|stoms|ergs|heftigs|"
        r"raars)|something\s+(?:stupid|dumb|drastic))\b(?!\s+(?:zeggen|say))"
        r"|\b(?:iets\s+(?:doms|stoms|ergs|heftigs))\s+(?:\w+\s+)?(?:ga\s+doen|gaan\s+doen|zal\s+doen|doe)\b"
        # sleeping forever: "ik wil slapen voor altijd", "word ik niet meer wakker"
        r"|\b(?:slapen|slaap|sleep)\s+(?:voor\s+altijd|voorgoed|forever)\b"
        r"|\b(?:word|wordt)\s+ik\s+(?:\w+\s+)?(?:niet|nooit)\s+meer\s+wakker\b"
        r"|\b(?:pijn|pain|it)\s+(?:\w+\s+)?(?:stopt|ophoudt|stop|end|ends)\s*,?\s*(?:voor\s+altijd|voorgoed|"
        r"forever|for\s+good)\b"
        # scars and wounds: "mijn armen zitten vol krassen", "my arms are covered in cuts"
        r"|\b(?:mijn|m'n|mn|my)\s+(?:armen|arm|benen|been|polsen|pols|bovenbenen|buik|huid|arms|wrists|legs|"
        r"thighs)\s+(?:\w+\s+){0,2}?(?:vol|onder|covered\s+in|full\s+of)\s+(?:met\s+|de\s+)?(?:krassen|"
        r"sneeen|sneetjes|sneden|wondjes|littekens|brandwonden|cuts|scars|burns)\b"
        # last words, hiding: "dit is de laatste keer dat je van me hoort"
        r"|\blaatste\s+keer\s+dat\s+(?:je|jullie|iemand)\s+(?:\w+\s+){0,2}?(?:van\s+(?:me|mij)\s+hoort|"
        r"me\s+(?:ziet|spreekt|hoort))\b"
        r"|\b(?:je|jullie)\s+(?:hoort|horen|zien|ziet)\s+(?:\w+\s+)?nooit\s+meer\s+(?:\w+\s+)?(?:van\s+"
        r"(?:me|mij)|me|mij)\b"
        r"|\bnever\s+(?:hear\s+from|see)\s+me\s+again\b"
        r"|\blast\s+time\s+(?:you'?ll|you\s+will|anyone\s+will)\s+(?:hear\s+from|see)\s+me\b"
        r"|\b(?:ergens|plek)\s+waar\s+niemand\s+(?:me|mij)\s+(?:\w+\s+)?(?:vindt|vinden|ziet|zoekt)\b"
        r"|\bsomewhere\s+(?:no\s*one|nobody)\s+(?:\w+\s+)?(?:find|finds|see)\s+me\b"
        r"|\bhate\s+(?:being\s+alive|living|existing)\b|\bik\s+haat\s+(?:het\s+)?(?:om\s+te\s+)?leven\b"
        # "hoe lang ik dit nog volhou", "het is allemaal te veel", "ik wil weg van alles"
        r"|\b(?:hoe\s+lang|how\s+long)\s+(?:ik|i)\s+(?:dit|het|this|it)\s+(?:nog\s+)?(?:volhou|volhoud|"
        r"vol\s+hou|kan\s+volhouden|can\s+(?:keep|take|do))"
        r"|\b(?:het\s+)?(?:is|wordt)\s+(?:me\s+)?allemaal\s+(?:\w+\s+)?te\s+(?:veel|zwaar)\b"
        r"|\bweg\s+van\s+(?:alles|iedereen)\b"
        # vague intent at the end: "vanavond doe ik het echt", "ik heb een plan om het te doen"
        r"|\b(?:vanavond|vannacht|morgen|straks|nu)\s+(?:doe|ga)\s+ik\s+het\s+(?:echt|gewoon|toch)\s*"
        r"(?:doen\s*)?(?:$|[^\w\s])"
        r"|\bplan\s+om\s+het\s+te\s+doen\s*(?:$|[^\w\s])"
        r"|\b(?:ending|end)\s+things\b(?!\s+with\b)|\bthinking\s+(?:about|of)\s+ending\s+it\b"
        r"|\b(?:wil|wou|hoop)\s+dat\s+(?:iedereen|jullie|de\s+wereld)\s+(?:\w+\s+){0,2}?(?:me|mij)\s+"
        r"(?:\w+\s+)?(?:vergeet|vergeten)\b"
        # "ik heb mn polsen opengehaald", "een hele strip geslikt"
        r"|\b(?:mijn|mn|m'n|my)\s+(?:polsen|pols|armen|bovenbenen|wrists)\s+(?:\w+\s+)?(?:opengehaald|"
        r"open\s+gehaald|opengesneden|open\s+gesneden|opengekrast|kapot\s*gemaakt)\b(?!\s+aan\b)"
        r"|\b(?:strip|doosje|doos|pot|handvol)\s+(?:\w+\s+){0,2}?(?:geslikt|ingenomen|genomen|opgegeten)\b"
        # "waarom leef ik eigenlijk nog", "niemand houdt van me", "kan mezelf niet meer aankijken"
        r"|\bwaarom\s+(?:leef|besta)\s+ik\s+(?:\w+\s+)?(?:nog|eigenlijk|uberhaupt)\b"
        r"|\bwaarom\s+ik\s+(?:\w+\s+)?(?:nog\s+)?(?:leef|besta)\b"
        r"|\bwaarom\s+zou\s+ik\s+(?:nog\s+)?(?:blijven|er\s+nog\s+zijn|hier\s+zijn)\s*(?:$|[^\w\s])"
        r"|\bniemand\s+houdt\s+(?:\w+\s+)?van\s+(?:me|mij)\b"
        r"|\bkan\s+mezelf\s+(?:\w+\s+)?niet\s+(?:meer\s+)?(?:aankijken|uitstaan|verdragen|zien)\b"
        r"|\bgiving\s+up\s+on\s+(?:everything|life|myself)\b"
        r"|\bhet\s+mag\s+(?:\w+\s+)?(?:stoppen|ophouden)\s*(?:$|[^\w\s])"
        # "hoe lang duurt het voordat je doodgaat van pillen", "van het balkon spring"
        r"|\b(?:hoe\s+lang|hoe\s+snel|how\s+long|how\s+fast)\b(?:\s+\w+){0,5}?\s+(?:doodgaat|dood\s+gaat|"
        r"doodga|ga\s+je\s+dood|gaat\s+(?:je|iemand|ik)\s+dood|sterft|overlijdt|die|dies)\s+(?:\w+\s+)?(?:van|aan|from|if|of)\s+(?:\w+\s+)?(?:pillen|"
        r"paracetamol|medicijnen|overdosis|bloeden|bloedverlies|pills|overdose|bleeding)\b"
        r"|\bvan\s+(?:het|een|de)\s+(?:dak|brug|flat|balkon|rots|toren)\s+(?:\w+\s+)?(?:spring|jump)\b",
        kind="signal",
        urgent=True,
    ),
    AllOf(
        "distress",
        FLAG,
        # drowning, too heavy, numb: "ik verdrink in alles", "ik voel me zo leeg"
        # (not "ik verdrink in het huiswerk haha", "alles is te zwaar in mijn tas")
        parts=(
            r"\bik\s+verdrink\b|\b(?:i'?m|im|i\s+am)\s+drowning\b"
            r"|\balles\s+(?:is|wordt|voelt)\s+(?:\w+\s+)?(?:te|zo|veel\s+te)\s+zwaar\b"
            r"(?!\s+(?:met|van|in|om\s+te\s+tillen)\b)"
            r"|\bik\s+voel\s+(?:\w+\s+)?(?:niks|niets)\s+meer\b(?!\s+(?:in|van|aan|bij|voor)\b)"
            r"|\b(?:ik\s+ben|voel\s+(?:ik\s+)?me)\s+(?:\w+\s+)?(?:zo\s+|helemaal\s+|alleen\s+maar\s+)?leeg\b"
            r"|\balleen\s+maar\s+leeg\b|\bi\s+(?:feel|am)\s+(?:so\s+)?(?:empty|numb)\b"
            r"|\bi\s+(?:can'?t|don'?t)\s+feel\s+anything\b",
        ),
        none_of=(
            r"\b(?:haha\w*|hihi\w*|lol|lmao|xd|huiswerk|toets\w*|examen\w*|tas|rugzak|blij|trots|opgelucht|"
            r"vingers|handen|tenen|verdoving|tandarts)\b|😂|🤣",
        ),
        none_of_in_message=True,
        kind="signal",
        urgent=True,
    ),
    AllOf(
        "suicide",
        FLAG,
        # "binnenkort ben ik er toch niet meer" (not "ik ben er de hele week niet meer, op kamp")
        parts=(
            r"\b(?:ben|zijn)\s+(?:ik|we)\s+er\s+(?:\w+\s+){0,5}?niet\s+(?:lang\s+)?meer\b"
            r"(?!\s+(?:bij|aan|in|mee|over|uit|van|voor|toe|om|op|boos|zo)\b)"
            r"|\bik\s+ben\s+er\s+(?:\w+\s+){0,5}?niet\s+(?:lang\s+)?meer"
            r"(?=\s*(?:[^\w\s]|$)|\s+(?:en|dus|dan|hoor|toch|want|echt|maar|sorry|straks|binnenkort|als)\b)",
        ),
        none_of=(
            r"\b(?:kamp|vakantie|ziek|reis|logeren|logeer|stage|verhuis\w*|verhuizen|andere\s+groep|werk|"
            r"tandarts|dokter|afspraak|oma|opa|les|training|bruiloft|feest|weg\s+met|op\s+pad)\b",
        ),
        none_of_in_message=True,
        kind="signal",
        urgent=True,
    ),
    AllOf(
        "suicide",
        FLAG,
        # "straks hoef je je geen zorgen meer om mij te maken" (not "..., het gaat goed")
        parts=(
            r"\b(?:hoef|hoeft|hoeven|hoefden)\s+(?:\w+\s+){0,3}?(?:geen\s+zorgen\s+(?:meer|nooit\s+meer)|"
            r"nooit\s+meer\s+(?:\w+\s+)?zorgen|niet\s+meer\s+(?:\w+\s+)?zorgen|zich\s+(?:\w+\s+)?"
            r"(?:geen|nog)\s+zorgen)\s+(?:\w+\s+){0,3}?(?:om|over)\s+(?:mij|me)\b"
            r"|\b(?:won'?t|wont|will\s+not|no\s+longer|never|don'?t|nobody|no\s*one)\s+(?:\w+\s+)?"
            r"(?:have|has|need|needs)\s+to\s+worry\s+about\s+me\b",
        ),
        none_of=(
            r"\b(?:gaat\s+(?:\w+\s+)?(?:goed|beter|prima)|ik\s+ben\s+(?:\w+\s+)?(?:veilig|oke|ok|thuis)|"
            r"gelukt|opgelost|gehaald|geregeld|i'?m\s+(?:fine|ok|okay|good|safe|better))\b",
        ),
        none_of_in_message=True,
        kind="signal",
        urgent=True,
    ),
    AllOf(
        "suicide",
        FLAG,
        # "ik zoek op hoe je het pijnloos kan doen" (not "de prik was pijnloos")
        parts=(
            r"\b(?:pijnloos|pijnloze|painless|painlessly)\b",
            r"\b(?:doen|manier|methode|dood|sterven|gaan|eruit|weg|einde|eind|opzoeken|zoek|zoeken|"
            r"google\w*|gegoogled|gegoogeld|opgezocht|kan|kun|way|die|death|method|end|do\s+it|kill)\b",
        ),
        none_of=(
            r"\b(?:prik|tandarts|dokter|arts|operatie|bevalling|ontharen|ontharing|laser|piercing|"
            r"tattoo|tatoeage|vaccin\w*|behandeling|epileren|harsen|wax\w*|bloedprikken|oorbel\w*|"
            r"dentist|injection|shot|surgery)\b",
        ),
        none_of_in_message=True,
        kind="signal",
        urgent=True,
    ),
    AllOf(
        "suicide",
        FLAG,
        # "hoeveel paracetamol is dodelijk", "hoeveel pillen heb je nodig om ..."
        parts=(
            r"\b(?:hoeveel|how\s+many|how\s+much)\s+(?:\w+\s+)?(?:pillen|pilletjes|tabletten|paracetamol|"
            r"slaappillen|medicijnen|oxazepam|pills|tablets|meds|ibuprofen|xanax)\b(?:\s+\w+){0,5}?\s+"
            r"(?:nodig|dodelijk|genoeg|te\s+veel|teveel|overdosis|dood|sterven|wakker|to\s+die|kill|"
            r"lethal|fatal|enough|overdose)\b",
        ),
        none_of=(
            r"\b(?:per\s+dag|vakantie|voorgeschreven|dokter|huisarts|apotheek|recept|week)\b",
        ),
        none_of_in_message=True,
        kind="signal",
        urgent=True,
    ),
    AllOf(
        "suicide",
        FLAG,
        # searching for a method: "ik zoek steeds methodes op", "i looked up how to overdose"
        parts=(
            r"\b(?:zoek|zocht|opgezocht|googl\w*|gegoogeld|gegoogled|search\w*|looked\s+up|look\s+up|"
            r"lees|gelezen)\b",
            r"\b(?:methodes?|methoden|manieren|pijnloos|overdosis|dodelijk|zelfmoord|suicide|lethal|"
            r"overdose|ways\s+to\s+die|how\s+to\s+die)\b",
            _FIRST_PERSON,
        ),
        none_of=(_KITCHEN_OR_DOCTOR,),
        none_of_in_message=True,
        kind="signal",
        urgent=True,
    ),
    AllOf(
        "suicide",
        FLAG,
        # a means at hand: "ik heb de pillen voor me liggen", "een mesje naast me"
        parts=(
            _MEANS,
            r"\bvoor\s+(?:me|mij)\s+(?:\w+\s+)?(?:liggen|ligt|op\s+tafel|op\s+bed|staan|staat)\b"
            r"|\bvoor\s+(?:me|mij)\s*(?:$|[^\w\s])|\bnaast\s+(?:me|mij)\b|\bin\s+(?:mijn|mn|m'n|my)\s+"
            r"hand(?:en)?\b|\bin\s+front\s+of\s+me\b|\bnext\s+to\s+me\b|\bin\s+my\s+hands?\b",
            _FIRST_PERSON,
        ),
        none_of=(_KITCHEN_OR_DOCTOR,),
        none_of_in_message=True,
        kind="signal",
        urgent=True,
    ),
    AllOf(
        "suicide",
        FLAG,
        # disappearing for rest: "ik droom ervan om gewoon te verdwijnen en rust te hebben"
        parts=(
            r"\b(?:verdwijnen|verdwijn|disappear|vanish)\b",
            r"\b(?:rust|rustig|peace|stel\s+(?:ik\s+)?me\s+(?:\w+\s+)?voor|droom|dromen|fantaseer|"
            r"verlang|imagine|dream|fijn|heerlijk|voorgoed|forever)\b",
            _FIRST_PERSON,
        ),
        none_of=(
            r"\b(?:vlek|vlekken|hoofdpijn|magie|truc|goocheltruc|munt|sneeuw|zon|acne|puistjes)\b",
        ),
        none_of_in_message=True,
        kind="signal",
        urgent=True,
    ),
)


# Round 9 families (heldout9-14): acute danger from others (held, followed, trapped, hunted),
# a decided plan and its goodbyes, worry about a friend who said it, means gathered or used,
# voices telling her to die, eating and drinking to punish or numb, and a few words of the
# languages of the girls in the groups. Recall first, as above; families9.py has the cases.
_FEAR: Final = r"\b(?:bang|doodsbang|angstig|paniek|durf|eng|help|scared|afraid|terrified|panic)\b"
_DANGER_ACTOR: Final = (
    r"\b(?:hij|hem|ie|mannen|man|jongens|gast|gasten|ex|iemand|he|him|they|someone|guy|guys|men)\b"
)
_FAMILIES9: Final[tuple[Pattern | AllOf, ...]] = (
    Pattern(
        "distress",
        FLAG,
        # trapped: "ik zit opgesloten", "ze hebben de deur op slot gedaan"
        r"\b(?:zit|ben|zitten|word|werd|zat)\s+(?:\w+\s+){0,2}?opgesloten\b(?!\s+in\s+(?:de\s+)?lift)"
        r"|\b(?:heeft|hebben|hij|ze)\s+(?:\w+\s+)?(?:me|mij)\s+(?:\w+\s+){0,3}?opgesloten\b"
        r"|\b(?:i'?m|i\s+am)\s+locked\s+in\b|\blocked\s+me\s+in\b"
        r"|\b(?:hebben|heeft)\s+(?:\w+\s+){0,2}?(?:de\s+)?deur\s+(?:\w+\s+)?op\s+slot\s+gedaan\b"
        # taken: "ze hebben me in een auto gezet"
        r"|\b(?:in\s+een\s+auto|in\s+zijn\s+auto|in\s+de\s+auto)\s+(?:\w+\s+){0,3}?(?:gezet|getrokken|"
        r"geduwd|meegenomen)\b|\b(?:pushed|pulled|forced)\s+me\s+into\s+(?:a|his|the)\s+car\b"
        # hunted: "hij rijdt achter me aan", "als hij me vindt ben ik dood"
        r"|\b(?:hij|ze|iemand|een\s+man|een\s+jongen|een\s+auto|mannen|die\s+\w+)\s+(?:\w+\s+){0,5}?"
        r"(?:loopt|rijdt|fietst|rent|liep|reed|rende|lopen|rijden)\s+(?:\w+\s+){0,5}?achter\s+(?:me|mij)"
        r"\s+aan\b"
        r"|\b(?:he|she|they|someone|somebody|a\s+guy|a\s+man)\s+(?:is|'s|are|'re|keeps|was)\s+"
        r"(?:\w+\s+)?following\s+me\b"
        r"|\b(?:hij|ze|zij|ie)\s+(?:\w+\s+){0,3}?(?:vermoordt|vermoord|vermoorden)\s+(?:me|mij)\b"
        r"|\b(?:hij|ze|zij|ie)\s+(?:gaat|zal|gaan|zullen)\s+(?:me|mij)\s+(?:\w+\s+)?vermoorden\b"
        r"|\b(?:hij|ze|zij|ie)\s+(?:me|mij)\s+(?:\w+\s+)?(?:vermoordt|vermoorden|vermoord|afmaakt)\b"
        r"|\bals\s+(?:hij|ze|zij)\s+(?:me|mij)\s+(?:vindt|vinden|pakt|te\s+pakken\s+krijgt)\b[\s,]+"
        r"(?:ben|is)\s+(?:ik|het)\s+(?:\w+\s+)?(?:dood|klaar)\b"
        r"|\b(?:loopt|rijdt|fietst|rent|lopen|rijden)\s+(?:\w+\s+){0,4}?(?:iemand|een\s+man|hij|mannen|"
        r"een\s+auto|een\s+jongen|een\s+gast)\s+achter\s+(?:me|mij)\s+aan\b"
        r"|\bpas\s+weg(?:gaat|gaan)\s+als\s+ik\b"
        r"|\bonder\s+water\s+(?:\w+\s+)?(?:blijf|blijven|te\s+blijven)\b(?=.*\b(?:klaar|over|nooit\s+meer|"
        r"wat\s+als)\b)"
        r"|\b(?:he|they)\s*(?:'ll|will|is\s+going\s+to|'s\s+going\s+to|'s\s+gonna|is\s+gonna|gonna|"
        r"'re\s+gonna|'re\s+going\s+to|are\s+going\s+to|are\s+gonna)\s+"
        r"(?:\w+\s+)?kill\s+me\b"
        # hiding, typing in secret: "ik zit verstopt", "ik typ dit stiekem op de wc"
        r"|\bik\s+(?:ben|word|werd)\s+(?:\w+\s+)?(?:ontvoerd|gekidnapt)\b"
        r"|\b(?:ze|hij)\s+(?:hebben|heeft)\s+(?:me|mij)\s+(?:\w+\s+)?(?:ontvoerd|gekidnapt)\b"
        r"|\b(?:i'?ve\s+been|i\s+was|i'?m\s+being)\s+(?:kidnapped|abducted)\b|\bheld\s+(?:me\s+)?captive\b"
        r"|\b(?:zit|zitten)\s+(?:\w+\s+){0,3}?(?:iemand|hij|ze|mannen|een\s+man|een\s+auto)\s+achter\s+(?:me|mij)"
        r"\s+aan\b|\bword\s+(?:\w+\s+)?achtervolgd\b|\bachtervolgt\s+(?:me|mij)\b"
        r"|\b(?:i'?m|i\s+am)\s+being\s+(?:followed|chased)\b"
        r"|\b(?:someone|somebody|a\s+guy|a\s+man)\s+(?:is\s+)?following\s+me\b"
        r"|\bzichzelf\s+(?:\w+\s+)?(?:iets|wat|pijn)\s+(?:\w+\s+)?(?:aandoen|aan\s+te\s+doen|aandoet|doen)\b"
        r"|\bzichzelf\s+(?:\w+\s+)?(?:van\s+kant|snijden|gesneden|krassen|ophangen)\b"
        r"(?!\s+(?:aan|per\s+ongeluk|bij\s+het)\b)"
        r"|\b(?:hurt|harm|kill)\w*\s+herself\b"
        r"|\btyp\s+(?:dit|het)\s+(?:\w+\s+){0,2}?(?:stiekem|op\s+de\s+(?:wc|laptop|telefoon|computer)\s+"
        r"van|met\s+de\s+telefoon\s+van|van\s+iemand\s+anders)\b"
        r"|\bdurf\s+(?:\w+\s+)?niet\s+(?:\w+\s+)?(?:open\s+te\s+doen|open\s+te\s+maken)\b"
        r"|\bik\s+weet\s+(?:precies\s+)?hoe\s+en\s+(?:ik\s+weet\s+)?(?:precies\s+)?wanneer\b"
        r"(?!\s+(?:de|het|je|we|jullie|hij|ze|zij)\b)"
        r"|\bbij\s+hem\s+weg(?:gerend|gelopen|gevlucht)\b|\bgevlucht\b(?=.*\b(?:bang|verstopt|help)\b)",
        kind="signal",
        urgent=True,
    ),
    *each_alternative(
        AllOf(
            "distress",
            FLAG,
            # held or lost: "ze laten me niet gaan", "ik weet niet waar we heen rijden"
            # (not her parents' rules or a school trip: "mijn moeder laat me niet gaan vanavond")
            parts=(
                r"\b(?:laat|laten|liet|lieten)\s+(?:\w+\s+)?(?:me|mij)\s+(?:\w+\s+)?niet\s+(?:meer\s+)?(?:gaan|weg|"
                r"weggaan|uitstappen|eruit|los|vertrekken|naar\s+buiten)\b(?!\s+(?:naar|met|uit)\b)"
                r"|\b(?:won'?t|wont|will\s+not|don'?t|dont)\s+let\s+me\s+(?:leave|go|out|get\s+out)\b"
                r"|\bweet\s+(?:\w+\s+)?niet\s+(?:meer\s+)?waar\s+(?:ik\s+ben|we\s+(?:\w+\s+)?(?:zijn|heen|"
                r"naartoe|rijden|gaan))\b(?!\s+(?:gebleven|met|in\s+de\s+(?:serie|les|tekst)))"
                r"|\b(?:don'?t|dont|do\s+not)\s+know\s+where\s+(?:i\s+am|we'?re\s+going|we\s+are\s+going|"
                r"they'?re\s+taking\s+me|he'?s\s+taking\s+me)\b",
            ),
            none_of=(
                r"\b(?:moeder|vader|ouders|mama|papa|mam|pap|oma|opa|haha\w*|lol|schoolreis|vakantie|kamp|"
                r"uitje|feest|festival|juf|meester|mentor|parents|mom|dad|trip)\b|😂",
            ),
            none_of_in_message=True,
            kind="signal",
            urgent=True,
        )
    ),
    AllOf(
        "distress",
        FLAG,
        # a man at the door, below, outside, with fear: "twee mannen bij mijn deur, help"
        parts=(
            r"\b(?:voor|bij|aan)\s+(?:de|mijn|m'n|mn|ons|onze)\s+(?:deur|voordeur|huis|raam|flat)\b"
            r"|\bbeneden\b|\bbuiten\s+(?:de|mijn|ons)\b"
            # ("buiten de bijeenkomst": outside planned contact, not outside her door)
            r"(?!\s+(?:bijeenkomst\w*|groep\w*|les|lessen|gesprek\w*|afspraak|afspraken|schooltijd|"
            r"contactmoment\w*|sessie\w*|app|chat|werktijd|openingstijden)\b)"
            r"|\b(?:outside|at)\s+(?:my|the|our)\s+(?:door|house|"
            r"window|place|flat|building)\b|\boutside\s+right\s+now\b",
            _FEAR + r"|\balleen\s+thuis\b|\b(?:alone\s+at\s+home|home\s+alone)\b",
            _DANGER_ACTOR,
        ),
        none_of=(r"\b(?:haha\w*|lol|spin|spinnen|hond|kat|muis|spider|pakketje|bezorger)\b|😂",),
        none_of_in_message=True,
        across_clauses=True,
        kind="signal",
        urgent=True,
    ),
    AllOf(
        "distress",
        FLAG,
        # fear of him coming: "ik ben bang dat hij me iets doet", "hij komt me halen, ik ben bang"
        parts=(
            r"\b(?:komt|komen|kwam)\s+(?:\w+\s+){0,2}?(?:halen|pakken|zoeken|terughalen)\b"
            r"|\bbang\s+dat\s+(?:hij|ze|zij)\s+(?:me|mij)\s+(?:\w+\s+){0,2}?(?:iets|wat|pijn|vindt|vinden|"
            r"pakt|pakken|meenemen|meeneemt)\b"
            r"|\b(?:coming\s+(?:for\s+me|tonight|back)|take\s+me\s+back|by\s+force)\b"
            r"|\bpas\s+weggaat\s+als\b|\b(?:verstopt|weggerend|weggelopen|gevlucht)\b"
            r"|\b(?:gaat|gaan|zal|zullen)\s+(?:me|mij)\s+(?:\w+\s+)?(?:vinden|pakken|halen|straffen)\b"
            r"|\b(?:me|mij)\s+(?:\w+\s+)?(?:gaat|gaan|zal|zullen)\s+(?:vinden|pakken|halen|straffen)\b"
            r"|\b(?:slaat|trapt|schopt)\s+(?:\w+\s+)?deur\s+in\b|\bprobeert\s+(?:\w+\s+)?binnen\s+te\s+komen\b",
            r"\b(?:bang|doodsbang|angstig|scared|afraid|terrified|help)\b|\bdurf\s+niet\b",
        ),
        none_of=(r"\b(?:haha\w*|lol|spin|spinnen|toets|examen|tandarts|spreekbeurt)\b|😂",),
        none_of_in_message=True,
        kind="signal",
        urgent=True,
    ),
    Pattern(
        "suicide",
        FLAG,
        # a decision and a date: "ik heb het besloten, bedankt voor alles", "vandaag is de dag"
        r"\bvandaag\s+is\s+de\s+dag\b(?=.*\b(?:besloten|bedankt|afscheid|sorry|doei)\b)"
        r"|\b(?:heb|had)\s+(?:het\s+)?(?:al\s+|nu\s+)?besloten\b(?=.*\b(?:bedankt\s+voor\s+alles|"
        r"eind|einde|afscheid|vaarwel|doe\s+ik\s+het|vandaag\s+is\s+de\s+dag)\b)"
        r"|\b(?:maak|maakt|maken|make)\s+(?:ik|ze|hij)\s+(?:er|het)\s+(?:\w+\s+)?(?:een\s+)?(?:eind|einde)\s+"
        r"aan\b(?!\s+(?:met|tussen)\b)"
        r"|\b(?:een\s+)?(?:eind|einde)\s+aan\s+(?:haar|zijn|hun|her|his)\s+(?:eigen\s+)?leven\b"
        r"|\bend\s+(?:her|his|their)\s+(?:own\s+)?life\b"
        r"|\bafscheid\s+(?:\w+\s+){0,2}?nemen\s+van\s+(?:iedereen|jullie|alles|het\s+leven)\b"
        r"|\b(?:als|wanneer|zodra)\s+iedereen\s+(?:\w+\s+)?(?:slaapt|weg\s+is|sliep)\b(?:[\s,]+\w+){0,3}?"
        r"[\s,]+(?:doe|ga)\s+ik\s+het\s*(?:$|[^\w\s]|\s+(?:echt|gewoon|dan|doen)\b)"
        # thinking how: "elke nacht denk ik erover hoe ik het zou doen"
        r"|\b(?:denk\w*|nadenken|bedenk\w*|erover|pieker\w*)\b(?:\s+\w+){0,6}?\s+hoe\s+ik\s+het\s+"
        r"(?:zou|ga|moet|kan|wil)\s+doen\b(?!\s+(?:met|voor|zonder\s+(?:jou|je)|op|bij|qua|in)\b)"
        r"|\b(?:goodbye|suicide|farewell)\s+(?:notes|letters)\b"
        r"|\b(?:writing|wrote|written)\s+(?:\w+\s+)?goodbye\b"
        r"|\bafscheidsbrie\w*"
        # "als ik morgen niet kom, weet je waarom", "weet dan dat het niet aan jullie lag"
        r"|\bals\s+ik\s+(?:\w+\s+){0,3}?(?:niet|nooit)\s+(?:meer\s+)?(?:\w+\s+){0,3}?(?:kom|ben|er\s+ben|verschijn|"
        r"opdaag|thuiskom|terugkom)\b(?:[\s,]+\w+){0,4}?[\s,]+(?:weet|weten)\s+(?:je|jij|jullie)\s+"
        r"(?:\w+\s+)?(?:waarom|genoeg|wat\s+er)\b"
        r"|\bweet\s+dan\s+dat\s+(?:het\s+niet|ik\s+(?:\w+\s+)?van\s+(?:jullie|je|jou)\s+hou)\b"
        r"|\b(?:doei|dag|bye|goodbye)\s+(?:iedereen|allemaal|everyone|jullie|all)\b"
        r"(?=.*\b(?:hou\s+van|love\s+you|bedankt\s+voor\s+alles|vergeef|voorgoed|voor\s+altijd|vaarwel)\b)"
        r"|\bik\s+wil\s+(?:jullie|je|iedereen)\s+nog\s+(?:\w+\s+)?zeggen\s+dat\s+ik\s+van\s+(?:jullie|je|"
        r"jou)\s+hou\b"
        r"|\b(?:zeg|vertel)\s+(?:\w+\s+){0,2}?(?:tegen|aan)\s+(?:\w+\s+){0,2}?dat\s+het\s+me\s+spijt\b"
        r"(?!\s+(?:dat|van|voor)\b)"
        r"|\b(?:heb|hebben)\s+(?:ik\s+)?(?:ze|het|dat|die|dit|alles|hem|haar)\s+(?:\w+\s+)?(?:straks|binnenkort|"
        r"toch|snel)\s+(?:\w+\s+)?niet\s+meer\s+nodig\b"
        r"|\b(?:opgeven|opgegeven|op\s+geven)\b[\s.,!…]*(?:\w+\s+)?(?:voor\s+altijd|voorgoed|for\s+good)\b"
        # passive wishes: "it would be easier if i didn't wake up", "doodgaan lijkt me rustig"
        r"|\bif\s+i\s+(?:just\s+)?(?:didn'?t|didnt|did\s+not|never|wouldn'?t|don'?t|dont)\s+"
        r"(?:wake\s+up|exist|wasn'?t\s+here)\b"
        r"|\bto\s+be\s+over\b[\s.,!…]*(?:\w+\s+)?(?:permanently|forever|for\s+good)\b"
        r"|\b(?:doodgaan|dood\s+gaan|dood\s+zijn|sterven|de\s+dood|dying|death|being\s+dead)\s+"
        r"(?:\w+\s+){0,2}?(?:lijkt|klinkt|voelt|seems|sounds|feels)\s+(?:me\s+|mij\s+)?(?:\w+\s+){0,3}?"
        r"(?:rustig|fijn|beter|heerlijk|opluchting|makkelijk|mooi|peaceful|nice|better|easier|"
        r"relief)\b"
        r"|\b(?:wil|wou|wilde|want\s+to|wanna)\b(?:[\s,]+\w+){0,5}?[\s,]+(?:in|naar|to)\s+(?:de\s+)?"
        r"(?:hemel|heaven)\b"
        r"|\bniet\s+meer\s+(?:\w+\s+){0,2}?te\s+(?:bestaan|leven)\b"
        r"|\bzie\s+(?:het\s+)?(?:leven|alles|mijn\s+leven|de\s+toekomst|het\s+allemaal)\s+(?:\w+\s+)?"
        r"niet\s+meer\s+zitten\b"
        r"|\bweet\s+niet\s+meer\s+waarom\s+ik\s+(?:hier\s+ben|leef|besta|er\s+ben|nog\s+\w+)\b"
        r"|\bweet\s+(?:nu\s+|al\s+|precies\s+|eindelijk\s+)+hoe\s+ik\s+het\s+(?:ga|zou|wil)\s+doen\b"
        r"(?!\s+(?:met|voor|op|bij|qua|in)\b)"
        r"|\b(?:made\s+up\s+my\s+mind|i'?ve\s+decided|i\s+decided)\b(?!\s+(?:to|that|on|about)\b)"
        r"(?=.*\b(?:tonight|today\s+is|goodbye|"
        r"end\s+it|thank\s+you\s+for\s+everything|it'?s\s+time)\b)"
        r"|\b(?:i\s+(?:wrote|am\s+writing|'?ve\s+written|have\s+written)|i'?m\s+writing)\s+(?:\w+\s+)?"
        r"letters?\s+(?:\w+\s+){0,2}?to\s+(?:everyone|everybody|my\s+family|all)\b"
        r"|\bik\s+(?:heb|schrijf|schreef|ben)\s+(?:\w+\s+){0,3}?brie(?:f|ven|fjes?)\s+(?:\w+\s+){0,2}?"
        r"(?:voor|aan)\s+(?:iedereen|mijn\s+familie|jullie\s+allemaal)\b"
        # she will not come back: "ik kom niet meer terug, zoek me niet"
        r"|\bik\s+kom\s+(?:\w+\s+)?(?:niet|nooit)\s+meer\s+terug\b(?!\s+(?:naar|bij|in|op|hier)\b)"
        r"|\bzoek\s+(?:me|mij)\s+niet\b|\bniemand\s+hoeft\s+(?:me|mij)\s+te\s+zoeken\b"
        r"|\bdon'?t\s+(?:come\s+)?look\s+for\s+me\b"
        # a plan: "mijn plan is klaar", "een plan gemaakt hoe ik het ga doen", "ik heb al een plan."
        r"|\b(?:mijn|mn|m'n)\s+plan\s+is\s+klaar\b(?!\s*:|\s+(?:voor|om|met)\b)|\bplan\s+(?:gemaakt\s+)?hoe\s+ik\s+het\s+(?:ga|zou|wil)\s+doen\b"
        r"|\bik\s+heb\s+al\s+een\s+plan\s*(?:$|[.!…])"
        r"|\b(?:stop|stoppen|ophouden)\s+met\s+(?:bestaan|ademen)\b|\bstop\s+existing\b"
        r"|\bwhat\s+i\s+(?:might|could|will|'ll)\s+do\s+(?:to\s+myself|next)\b"
        r"|\b(?:niemand|iedereen|jullie)\s+(?:meer\s+)?tot\s+last\s+(?:zijn|te\s+zijn)\b"
        r"|\blaatste\s+(?:week|dag|avond|nacht)\s+(?:\w+\s+)?(?:uberhaupt|ooit|op\s+aarde|van\s+mijn\s+leven)\b"
        r"|\bweet\s+(?:echt\s+)?niet\s+meer\s+hoe\s+ik\s+(?:\w+\s+)?verder\s+(?:moet|kan)\b(?!\s+met\b)"
        r"|\bwil\s+(?:\w+\s+)?niet\s+meer\s+eten\b"
        r"|\b(?:voor|for)\s+(?:iedereen|everyone|jullie)\s+(?:\w+\s+)?(?:makkelijker|beter|fijner|easier|better)"
        r"\b(?:\s+\w+){0,2}?\s+(?:als|if)\s+(?:ik|i)\b(?:\s+\w+){0,2}?\s+(?:weg|dood|gone|dead|niet\s+meer)\b"
        r"|\b(?:makkelijker|beter|fijner|easier|better)\s+(?:\w+\s+){0,2}?(?:voor|for)\s+(?:iedereen|everyone|"
        r"jullie)\b(?:\s+\w+){0,2}?\s+(?:als|if)\s+(?:ik|i)\b(?:\s+\w+){0,2}?\s+(?:weg|dood|gone|dead|niet\s+meer)\b"
        r"|\bniet\s+meer\s+rem\b|\btegen\s+een\s+boom\s+(?:aan\s+)?(?:rijden|rij|fietsen|knallen)\b"
        r"|\b(?:niet|niks|niets)\s+(?:meer\s+)?nodig\s+(?:\w+\s+)?waar\s+ik\s+(?:naartoe|heen)\s+ga\b"
        r"|\bwon'?t\s+need\s+(?:it|them|anything)\s+where\s+i'?m\s+going\b"
        r"|\bmaakt\s+(?:me\s+)?(?:\w+\s+)?(?:niet|niks|niets)\s+uit\s+of\s+ik\s+(?:\w+\s+)?(?:doodga|"
        r"dood\s+ga|leef|besta|wakker\s+word)\b"
        r"|\bdat\s+ik\s+(?:\w+\s+)?moet\s+(?:doodgaan|dood\s+gaan|sterven|springen)\b"
        r"|\bik\s+kost\s+(?:iedereen|jullie|mijn\s+\w+|m'n\s+\w+|mn\s+\w+)\s+(?:\w+\s+){0,2}?(?:tijd|geld|"
        r"moeite|energie|zorgen)\b"
        r"|\bhoeven\s+(?:\w+\s+)?niet\s+meer\s+voor\s+(?:mij|me)\s+te\s+(?:komen|zorgen)\b"
        # voices: "de stem zegt dat ik dood moet", "mijn hoofd zegt dat ik moet stoppen met leven"
        r"|\bdat\s+ik\s+(?:\w+\s+){0,2}?dood\s+moet\b(?!\s+van\b)|\bstoppen\s+met\s+leven\b"
        r"|\b(?:stem|stemmen)\b(?:\s+\w+){0,6}?\s+(?:dood|doodgaan|sterven|pijn\s+doen|snijden|springen)\b"
        r"|\b(?:voice|voices)\b(?:\s+\w+){0,6}?\s+(?:die|kill\s+myself|hurt\s+myself|end\s+it)\b"
        # means: trains, bridges, water
        r"|\bjump(?:ing)?\s+(?:\w+\s+)?(?:in\s+front\s+of|under|off)\s+(?:a|the)\s+(?:train|metro|car|"
        r"bus|truck|bridge|roof|building)\b"
        r"|\b(?:spring|springen)\s+(?:ik\s+)?(?:\w+\s+){0,3}?van\s+(?:de|het|een)\s+(?:\w+\s+)?\w*(?:brug|dak|flat|"
        r"balkon|toren)\b"
        r"|\bbijna\s+(?:\w+\s+)?(?:gesprongen|gesprongen|gesprongen)\b"
        r"|\bdenk\w*\s+(?:\w+\s+){0,4}?(?:aan|over|erover)\s+(?:\w+\s+)?(?:pillen\s+(?:slikken|nemen|"
        r"innemen)|springen|voor\s+de\s+trein|mezelf\s+ophangen)\b"
        r"|\bhoop\s+dat\s+ik\s+(?:er\s+)?in\s+blijf\b|\bhoop\s+dat\s+ik\s+erin\s+blijf\b"
        r"|\btot\s+ik\s+(?:\w+\s+)?(?:niks|niets)\s+meer\s+voel\b"
        r"|\bkan\s+(?:me|mij)\s+(?:\w+\s+)?(?:niks|niets|geen\s+\w+)\s+(?:meer\s+)?schelen\s+wat\s+"
        r"(?:er\s+)?met\s+(?:me|mij)\s+gebeurt\b"
        r"|\b(?:pillen|slaappillen|medicijnen|tabletten|pills|meds)\s+(?:\w+\s+){0,2}?dan\s+(?:de\s+)?"
        r"(?:dokter|huisarts|arts|mag|voorgeschreven)\b(?=.*\b(?:hoe\s+meer|beter|genoeg|expres)\b)"
        r"|\b(?:al\s+(?:mijn|mn|m'n)|alle)\s+(?:\w+\s+)?(?:pillen|tabletten|medicijnen|slaappillen)\s+"
        r"(?:\w+\s+){0,3}?(?:in\s+(?:1|een)\s*(?:x|keer)|ineens|tegelijk)\s+(?:\w+\s+)?(?:ingenomen|"
        r"genomen|geslikt)\b"
        r"|\b\d+\s+strips\s+(?:\w+\s+)?(?:paracetamol|pillen|tabletten|ibuprofen)\b"
        # a few words from home languages: Papiamento, Turkish, Polish, Frisian
        r"|\bmi\s+(?:ke|kier|kie)\s+muri\b|\bintihar\w*|\bolmek\s+istiyorum\b|\bkendimi\s+oldur\w*"
        r"|\bzabic\s+sie\b|\bsie\s+zabic\b|\bchce\s+umrzec\b|\bsamobojstw\w*|\bzyletk\w*"
        r"|\bein\s+oan\s+te\s+meitsjen\b|\bende\s+aan\s+(?:te\s+)?moaken\b",
        kind="signal",
        urgent=True,
    ),
    *each_alternative(
        AllOf(
            "distress",
            FLAG,
            # trapped with them: "ik zit in een auto met twee mannen, ik wil eruit"
            parts=(
                r"\bwil\s+(?:hier\s+)?eruit\b|\b(?:kan|kom)\s+(?:hier\s+)?niet\s+(?:meer\s+)?weg\b"
                r"|\blaat\s+(?:me|mij)\s+eruit\b|\blet\s+me\s+out\b|\bcan'?t\s+get\s+out\b"
                r"|\bdurf\s+(?:\w+\s+)?niet\s+(?:meer\s+)?weg\b"
                r"|\b(?:houdt|houden|hield|hielden)\s+(?:me|mij)\s+(?:hier\s+)?(?:\w+\s+)?vast\b"
                r"|\bmag\s+(?:\w+\s+)?niet\s+(?:naar\s+buiten|weg|naar\s+huis)\b|\bkan\s+nergens\s+heen\b",
                r"\b(?:auto|huis|kamer|flat|busje|kelder|zolder|badkamer|car|house|room|basement)\b"
                r"|\bbij\s+(?:hem|hun|them|him)\b",
                _DANGER_ACTOR + r"|\b(?:ze|zij)\b",
            ),
            none_of=(r"\b(?:haha\w*|lol|groep|les|klas|school|feest)\b|😂",),
            none_of_in_message=True,
            kind="signal",
            urgent=True,
        )
    ),
    AllOf(
        "distress",
        FLAG,
        # hiding from him: "ik heb me opgesloten in de badkamer, hij slaat alles kapot"
        parts=(
            r"\b(?:verstopt|verstop\s+me|hiding|opgesloten)\b",
            r"\b(?:hij|hem|he|him|they|ze|zij)\b(?:\s+\w+){0,3}?\s+(?:zoekt|zoeken|looking|boos|slaat|komt|"
            r"coming|binnen|inside|schreeuwt|yelling)\b|\blooking\s+for\s+me\b|\bzoekt\s+(?:me|mij)\b"
            r"|\bslaat\s+(?:\w+\s+)?alles\s+kapot\b",
        ),
        none_of=(
            r"\b(?:verstoppertje|hide\s+and\s+seek|haha\w*|lol|cadeau\w*|verrassing|feest)\b|😂",
        ),
        none_of_in_message=True,
        across_clauses=True,
        kind="signal",
        urgent=True,
    ),
    AllOf(
        "distress",
        FLAG,
        # his hands on her things: "ze hebben mijn paspoort en telefoon afgepakt"
        parts=(
            r"\b(?:paspoort|id-?kaart|identiteitskaart|telefoon|mobiel|phone|passport)\s+(?:\w+\s+){0,2}?"
            r"(?:afgepakt|afgenomen|ingenomen|taken|took)\b|\btook\s+my\s+(?:phone|passport)\b",
            r"\b(?:hebben|heeft|hij|ze|zij|they|he)\b",
        ),
        none_of=(
            r"\b(?:moeder|vader|ouders|mama|papa|school|docent|juf|leraar|mentor|straf|te\s+laat|haha\w*|"
            r"lol|broer|zus|broertje|zusje|mom|dad|teacher)\b",
        ),
        none_of_in_message=True,
        kind="signal",
        urgent=True,
    ),
    AllOf(
        "distress",
        FLAG,
        # panic: "mijn hart bonkt, ik zie hem overal, help"
        parts=(
            r"\bhelp\b",
            r"\b(?:zie\s+hem|hart\s+bonkt|word\s+gek|paniek|doodsbang|trillen|tril|see\s+him|panic)\b"
            r"(?!\s+van\b)",
        ),
        none_of=(r"\b(?:haha\w*|lol|wiskunde|huiswerk|toets|examen|spin|film|serie)\b|😂",),
        none_of_in_message=True,
        kind="signal",
        urgent=True,
    ),
    AllOf(
        "suicide",
        FLAG,
        # the edge: "op het perron en denk ik: een stap", "aan de rand van het water ... bijna"
        parts=(
            r"\b(?:perron|spoor|rails|brug|dak|rand|platform|tracks|edge|ledge|kade)\b",
            r"\b(?:een|1|one)\s+stap\b|\bdenk\s+(?:ik\s+)?erover\b|\bbijna\s*(?:\.{2,}|…|$)"
            r"|\berin\s+springen\b|\bervoor\s+springen\b|\bspringen\b|\bjump\b",
            _FIRST_PERSON,
        ),
        none_of=(r"\b(?:zwembad|duikplank|trampoline|haha\w*|lol|vertraging|dansles)\b|😂",),
        none_of_in_message=True,
        kind="signal",
        urgent=True,
    ),
    AllOf(
        "suicide",
        FLAG,
        # worry about a friend who said it: "ik maak me zorgen om X, ze reageert niet meer"
        parts=(
            r"\bmaak\s+(?:me|mij)\s+(?:\w+\s+)?zorgen\b|\bzorgen\s+om\b|\bworried\b|\bje\s+maakt\s+me\s+(?:echt\s+)?(?:bang|ongerust)\b",
            r"\breageert\s+(?:\w+\s+)?niet\s+meer\b|\bneemt\s+(?:\w+\s+)?niet\s+(?:meer\s+)?op\b"
            r"|\bklaar\s+mee\b|\bafscheid\b|\b(?:eind|einde)\s+aan\b|\blaatste\s+keer\b"
            r"|\breageer\s+(?:alsjeblieft|aub|pls|please|nou)\b|\bnot\s+(?:answering|replying)\b",
        ),
        none_of=(
            r"\b(?:haha\w*|lol|ruzie|toets|examen|huiswerk|boos|oma|opa|ziekenhuis|ziek|hond|kat|"
            r"telefoon\s+(?:is\s+)?leeg)\b|😂",
        ),
        none_of_in_message=True,
        kind="signal",
        urgent=True,
    ),
    *each_alternative(
        AllOf(
            "suicide",
            FLAG,
            # "als ik er volgende week niet ben, is het niet jullie schuld"
            parts=(
                r"\bniet\s+(?:aan\s+)?(?:jullie|jouw|je)\s+schuld\b|\bniet\s+aan\s+(?:jullie|jou)\s+(?:lag|ligt)\b"
                r"|\bnot\s+your\s+fault\b",
                r"\b(?:hou\s+van\s+jullie|afscheid|vaarwel|doei\s+(?:iedereen|allemaal)|love\s+you\s+all|"
                r"als\s+ik\s+er\s+(?:\w+\s+){0,2}?niet\s+(?:meer\s+)?ben|als\s+ik\s+(?:\w+\s+){0,2}?(?:dood|weg)\s+"
                r"ben|if\s+i'?m\s+gone|wat\s+er\s+ook\s+gebeurt|whatever\s+happens)\b",
            ),
            none_of=(r"\b(?:ziek|tandarts|dokter|bus|trein|vakantie|kamp)\b",),
            none_of_in_message=True,
            across_clauses=True,
            kind="signal",
            urgent=True,
        )
    ),
    AllOf(
        "suicide",
        FLAG,
        # a decision and the deed: "vanavond ga ik het doen, ik heb het besloten"
        parts=(
            r"\b(?:heb|had)\s+(?:het\s+)?(?:al\s+|nu\s+)?besloten\b",
            r"\b(?:ga|doe)\s+ik\s+het\s+(?:\w+\s+)?doen\b|\bik\s+ga\s+het\s+(?:\w+\s+)?doen\b|\bdoe\s+ik\s+het\b"
            r"|\bbedankt\s+voor\s+alles\b|\blaatste\s+week\b|\bvandaag\s+is\s+de\s+dag\b",
        ),
        none_of=(
            r"\b(?:cursus|opleiding|auditie|solliciteren|examen|rijbewijs|school|studie|baan|sport|"
            r"verhuizen|kapper|tattoo|piercing|vakantie|reis|haar|stoppen\s+met\s+roken)\b",
        ),
        none_of_in_message=True,
        across_clauses=True,
        kind="signal",
        urgent=True,
    ),
    AllOf(
        "suicide",
        FLAG,
        # goodbyes: "hou van jullie, vergeet me niet", "sorry iedereen, dit is mijn laatste keer"
        parts=(
            r"\bhou\s+van\s+jullie\b|\blove\s+you\s+all\b|\bsorry\s+(?:iedereen|allemaal)\b",
            r"\bvergeet\s+(?:me|mij)\s+niet\b|\bdon'?t\s+forget\s+me\b|🕊|\bvaarwel\b|\bvoor\s+altijd\b"
            r"|\bklaar\s+mee\b|\blaatste\s+keer\b",
        ),
        none_of=(
            r"\b(?:verhuis\w*|verhuizen|nieuwe\s+groep|stage|vakantie|tot\s+(?:morgen|volgende)|kamp|zomer|"
            r"ziek|tandarts|volgende\s+week|kerst)\b",
        ),
        none_of_in_message=True,
        across_clauses=True,
        kind="signal",
        urgent=True,
    ),
    AllOf(
        "suicide",
        FLAG,
        # means at hand: "het touw ligt al in mijn kast", "de doosjes geteld, het is genoeg"
        parts=(
            r"\b(?:touw|strop|rope|noose|medicijnen|pillen|doosjes|strips|tabletten|pills)\b",
            r"\b(?:ligt|liggen|klaar|hangt|ready|geteld|counted|genoeg\s+is|is\s+genoeg)\b",
            _FIRST_PERSON,
        ),
        none_of=(
            r"\b(?:springtouw|waslijn|zeilen|boot|klimmen|gym|turnen|tent|kamp|hond|vakantie|apotheek|"
            r"recept|dokter|huisarts|voorgeschreven|bijsluiter|migraine|hoofdpijn|koorts|griep|buikpijn|"
            r"menstruatie|ongesteld|allergie|hooikoorts)\b",
        ),
        none_of_in_message=True,
        kind="signal",
        urgent=True,
    ),
    AllOf(
        "selfharm",
        FLAG,
        # on purpose: "expres mijn hand onder heet water gehouden tot het blaren gaf"
        parts=(
            r"\bexpres\b|\bmet\s+opzet\b|\bon\s+purpose\b",
            r"\b(?:hand|handen|arm|armen|been|benen|huid|hoofd|vingers|haren|skin)\b",
            r"\b(?:heet|kokend|blaren|pijn|bloed\w*|dichtgeslagen|geslagen|gebonkt|schrobben|branden|gebrand|"
            r"duizelig|paars|blauw|hot|burn\w*|bled|bleed)\b",
        ),
        none_of=(r"\b(?:haha\w*|lol|grapje|per\s+ongeluk)\b|😂",),
        none_of_in_message=True,
        kind="signal",
        urgent=True,
    ),
    *each_alternative(
        AllOf(
            "distress",
            FLAG,
            # panic: "ik krijg geen lucht, paniekaanval"; runaway with nowhere to sleep
            parts=(
                r"\bpaniekaanval\w*|\bpanic\s+attack\w*|\bkrijg\s+geen\s+lucht\b|\bcan'?t\s+breathe\b"
                r"|\bweet\s+niet\s+waar\s+ik\s+(?:\w+\s+)?(?:moet\s+)?slapen\b|\bnergens\s+(?:om\s+)?te\s+slapen\b",
            ),
            none_of=(
                r"\b(?:vroeger|gehad|vorig\s+jaar|beter|logeer\w*|vakantie|kamp|haha\w*|lol)\b|😂",
            ),
            none_of_in_message=True,
            kind="signal",
            urgent=True,
        )
    ),
    AllOf(
        "suicide",
        FLAG,
        # drinking to the end: "een fles wodka op, maakt niet uit wat er gebeurt"; under water
        parts=(
            r"\b(?:fles|wodka|vodka|drank|zuip\w*|gezopen|dronken|alcohol|pillen|water|bath|bad)\b",
            r"\bmaakt\s+(?:me\s+)?(?:niet|niks|niets)\s+(?:meer\s+)?uit\s+wat\s+er\s+(?:met\s+(?:me|mij)\s+)?gebeurt\b"
            r"|\bhead\s+under\s+(?:the\s+)?water\b|\bhoofd\s+onder\s+water\b|\bdidn'?t\s+want\s+to\s+come\s+up\b"
            r"|\bwilde\s+niet\s+meer\s+boven\s+komen\b",
        ),
        none_of=(r"\b(?:zwemles|zwemmen|duiken|snorkel\w*|haha\w*|lol)\b|😂",),
        none_of_in_message=True,
        across_clauses=True,
        kind="signal",
        urgent=True,
    ),
    AllOf(
        "selfharm",
        FLAG,
        # "mijn lichaam voelt niet van mij, ik wil het kapotmaken"
        parts=(
            r"\b(?:lichaam|body)\b",
            r"\b(?:kapot\s*maken|kapotmaken|kapot\s+te\s+maken|pijn\s+doen|straffen|destroy|punish)\b",
            r"\bik\s+wil\b|\bwil\s+ik\b|\bi\s+want\b",
        ),
        across_clauses=True,
        kind="signal",
        urgent=True,
    ),
    AllOf(
        "suicide",
        FLAG,
        # her own funeral planned: "ik heb mijn eigen begrafenis al in mijn hoofd gepland"
        parts=(r"\b(?:mijn|m'n|mn|my)\s+(?:eigen\s+|own\s+)?(?:begrafenis|uitvaart|funeral)\b",),
        # (a playlist "voor op mijn begrafenis ... lol" is still urgent: softened, not joking)
        none_of=(r"\b(?:grapje|jk|toets\w*|examen\w*|proefwerk\w*|huiswerk)\b|😂|🤣",),
        none_of_in_message=True,
        kind="signal",
        urgent=True,
    ),
    AllOf(
        "suicide",
        FLAG,
        # means put aside: "ik heb de messen verstopt zodat ik ze kan pakken"
        parts=(
            r"\b(?:messen|mes|mesje|mesjes|scheermesjes|pillen|pilletjes|tabletten|slaappillen|"
            r"medicijnen|paracetamol|touw|knives|pills|blades)\b",
            r"\b(?:verstopt|gepakt|gespaard|opgespaard|verzameld|klaargelegd|bewaard|hidden|saved|"
            r"stashed)\b",
            r"\b(?:zodat\s+ik|voor\s+het\s+geval|nog\s+niet\s+(?:genomen|ingenomen|geslikt)|als\s+het\s+(?:\w+\s+)?(?:erg|slecht|mis)|just\s+in\s+case|"
            r"op\s+mijn\s+kamer|in\s+mijn\s+kamer|onder\s+mijn\s+bed|in\s+case)\b",
        ),
        none_of=(_KITCHEN_OR_DOCTOR, r"\b(?:vakantie|anticonceptie|de\s+pil|zusje|broertje)\b"),
        none_of_in_message=True,
        kind="signal",
        urgent=True,
    ),
    Pattern(
        "selfharm",
        FLAG,
        # "ik ben bang dat ik mezelf iets aandoe", "anders doe ik mezelf wat aan"
        r"\b(?:mezelf|mijzelf)\s+(?:\w+\s+)?(?:iets|wat)\s+(?:aandoe|aandoet|aan\s+te\s+doen|aan\s+doe|"
        r"aan\s+zou\s+doen|aandeed|aan)\b(?!\s+van\b)"
        r"|\b(?:mezelf|mijzelf)\s+(?:\w+\s+){0,2}?pijn\s+(?:wil|ga|zou|moet)\s+(?:\w+\s+)?doen\b"
        r"|\b(?:mezelf|mijzelf|myself)\s+(?:\w+\s+)?(?:straffen|te\s+straffen|punish|punishing)\b"
        r"|\b(?:kapot\s*maken|kapotmaken|slopen|vernietigen)\b(?:[\s,]+\w+){0,3}?[\s,]+(?:ook\s+)?"
        r"(?:mezelf|mijzelf)\b"
        r"|\b(?:mezelf|mijzelf|mijn\s+lichaam|m'n\s+lichaam|mn\s+lichaam)\s+(?:\w+\s+){0,2}?"
        r"(?:kapot\s*maken|kapotmaken|kapot\s+te\s+maken|vernietigen|slopen)\b"
        # other methods: hair, hot water, a door, her head, her skin
        r"|\btrek\s+(?:\w+\s+)?(?:haren|haar)\s+(?:\w+\s+)?(?:eruit|uit)\b(?=.*\b(?:tot|kale|expres|plekken)\b)"
        r"|\b(?:mijn|mn|m'n)\s+hoofd\s+(?:\w+\s+){0,2}?tegen\s+(?:de|een)\s+(?:muur|deur|kast)\s+(?:\w+\s+)?"
        r"(?:gebonkt|geslagen|gebeukt|bonken|slaan|beuken)\b"
        r"|\b(?:scratch\w*|krab\w*|gekrabd)\s+(?:\w+\s+)?(?:my|mijn|mn)\s+(?:skin|huid|arms|armen)\s+(?:\w+\s+)?"
        r"(?:until|tot)\b"
        r"|\b(?:huid|skin)\s+(?:\w+\s+)?(?:eraf|off)\s+(?:\w+\s+)?(?:schrobben|krabben|scrub)\b"
        r"|\bexpres\s+(?:\w+\s+)?(?:overgegeven|overgeven|gekotst|kotsen)\b"
        r"|\b(?:polsen|pols|armen|wrists)\s+(?:\w+\s+)?(?:doen|doet)\s+pijn\s+van\s+wat\s+ik\b"
        r"|\bsaving\s+(?:up\s+)?(?:my\s+)?(?:pills|meds|tablets)\b|\bspaar\s+(?:\w+\s+)?(?:pillen|medicijnen)\s+op\b"
        r"|\b(?:pillen|medicijnen)\s+(?:aan\s+het\s+)?(?:sparen|opsparen)\b"
        r"|\blichaam\s+is\s+(?:\w+\s+)?vies\b(?=.*\b(?:kapot|pijn|straffen|haat)\w*)"
        # not eating, purging: "ik verdien het niet om te eten", "expres niks gegeten"
        r"|\bverdien\s+(?:het\s+)?(?:niet\s+)?(?:om\s+)?te\s+eten\b"
        r"|\b(?:mezelf|me)\s+(?:\w+\s+)?(?:verhongeren|uithongeren)\b"
        r"|\b(?:eet|at)\s+(?:al\s+)?(?:\w+\s+){0,3}?(?:bijna\s+)?(?:niks|niets|nauwelijks)\b"
        r"(?=.*\b(?:dun|dood|doodga|verdien|straf|vet|dik|afvallen|kilo)\b)"
        r"|\b(?:kots|kotsen|overgeven|geef\s+over|braak|braken)\b(?:\s+\w+){0,3}?\s+na\s+(?:elke|iedere|het|"
        r"mijn)\s+(?:maaltijd|eten|avondeten)\b"
        r"|\b(?:throw|throwing|threw)\s+up\s+after\s+(?:every|each|eating)\b"
        r"|\b(?:expres|bewust|met\s+opzet|on\s+purpose)\s+(?:\w+\s+){0,2}?(?:niet|niks|niets|geen\s+\w+)"
        r"\s+(?:\w+\s+)?(?:gegeten|eten|eet)\b"
        r"|\b(?:eruit\s+gegooid|eruitgegooid|overgegeven|uitgekotst|gekotst|vinger\s+in\s+(?:mijn|mn|m'n)"
        r"\s+keel)\b(?=.*\b(?:elke\s+dag|iedere\s+dag|expres|na\s+het\s+eten|na\s+elke|weer)\b)"
        r"(?!.*\b(?:ziek|griep|misselijk|buikgriep|voedselvergiftiging|wagenziek|kater|dronken)\b)"
        # wounds and hiding them: "het bloedt door mijn mouw", "durf geen korte mouwen meer"
        r"|\bbloedt\s+(?:\w+\s+){0,2}?door\s+(?:mijn|mn|m'n)\s+(?:mouw|trui|verband|pleister)\b"
        r"|\b(?:durf|kan|wil)\s+(?:\w+\s+)?(?:geen|nooit\s+meer|niet\s+meer\s+in)\s+korte\s+mouwen\b"
        r"(?!.*\b(?:koud|dik|tattoo|tatoeage|haar|sproeten)\b)"
        r"|\b(?:armen|polsen|benen)\s+(?:zijn|zien)\s+(?:\w+\s+)?(?:een\s+puinhoop|kapot|verschrikkelijk)"
        r"\b(?=.*\b(?:mouwen|krassen|littekens|verbergen|verstoppen)\b)"
        r"|\b(?:pien|pijn)\s+doan\b",
        kind="signal",
        urgent=True,
    ),
)


# Round 10 families (from the misses on train_a..m): passive wishes not to wake up, wanting to be
# gone, "why am I still here", goodbyes and thanks that sound final, giving things up, means at
# hand, self-injury in other words, being drugged or locked in, someone outside her door, the
# voice in her head, short cries ("please help", "ik ben zo bang"), and a friend at risk.
_NOT_JOKING10: Final = r"\b(?:haha\w*|hihi\w*|lol|lmao|😂|🤣)"
_FEAR10: Final = (
    r"\b(?:bang|doodsbang|angstig|paniek|paniekaanval|durf|tril|trillen|help|scared|afraid|terrified|"
    r"panic\w*|shaking)\b|\bwat\s+moet\s+ik\s+doen\b|\bweet\s+niet\s+wat\s+ik\s+moet\s+doen\b"
)
_SCHOOLISH10: Final = (
    r"\b(?:toets|examen|tentamen|tandarts|spreekbeurt|presentatie|spin|spinnen|horror|film|serie|"
    r"rijles|rijexamen|uitslag|cijfer|prik|vaccin|voetbal|wedstrijd)\w*"
)
_FAMILIES10: Final[tuple[Pattern | AllOf, ...]] = (
    Pattern(
        "suicide",
        FLAG,
        # not waking up: "hoop dat ik in mijn slaap doodga", "niet wakker willen worden"
        r"\b(?:hoop|hoopte|wens|wenste|wou|zou\s+willen)\b(?:\s+\w+){0,5}?\s+(?:in\s+(?:mijn|mn|m'n)\s+slaap|"
        r"(?:me|mij)\s+(?:\w+\s+)?(?:aanrijdt|overrijdt|doodrijdt|aanreed|overreed|raakt))\b"
        r"|\bin\s+(?:mijn|mn|m'n)\s+slaap\s+(?:\w+\s+)?(?:doodga|dood\s+ga|sterf|overlijd|doodgaan)\b"
        r"|\b(?:niet|nooit)\s+(?:meer\s+)?wak+e?r\s+(?:\w+\s+)?(?:willen|wil|wou|hoeven|hoef)\s+(?:worden?|worde)\b"
        r"|\bnooit\s+meer\s+wak+e?r\s+worde?n?\b"
        r"|\b(?:slapen|slaap|slape)\b(?:\s+\w+){0,4}?\s+(?:hoop|wens)\s+(?:\w+\s+){0,4}?(?:de\s+)?laatste\s+keer\b"
        # being gone: "ik wil gewoon weg zijn. niet op vakantie", "i wish i could disappear"
        r"|\b(?:wil|wou|wilde)\s+(?:\w+\s+){0,2}?weg\s+zijn\s*(?:[.!…]|$)(?!\s*(?:voor|om|tot)\b)"
        r"|\bwish\s+i\s+(?:could\s+)?(?:just\s+)?(?:disappear|vanish|be\s+gone|was\s+gone|wasn'?t\s+here)\b"
        r"|\b(?:makkelijker|opgelucht|beter\s+af|blij|fijner|easier|relieved|happier)\b(?:\s+\w+){0,4}?\s+"
        r"(?:als|if)\s+(?:ik|i)\s+(?:\w+\s+)?(?:verdween|verdwijn|weg\s+was|weg\s+ben|er\s+niet\s+(?:meer\s+)?"
        r"(?:was|ben)|disappeared|was\s+gone|were\s+gone|was\s+dead)\b"
        r"|\balsof\s+ik\s+(?:er\s+)?al\s+(?:weg|dood)\s+(?:ben|was)\b|\bniet\s+meer\s+besta\b"
        r"|\bdood\s+van\s+binnen\b|\bdead\s+inside\b"
        # why still here: "waarom ben ik er nog", "waarom heb ik het overleefd"
        r"|\bwaarom\s+(?:ben\s+ik\s+er\s+(?:eigenlijk\s+)?nog|besta\s+ik\s+(?:nog|eigenlijk)|leef\s+ik\s+"
        r"(?:nog|eigenlijk)|vecht\s+ik\s+(?:nog|eigenlijk)\b(?!(?:\s+\w+)?\s+(?:met|tegen|voor|om|over)\b))"
        r"|\bwaarom\s+(?:heb\s+ik\s+(?:het|dat|dit)\s+(?:\w+\s+)?overleefd|ik\s+(?:het\s+)?overleefd\s+heb)\b"
        r"|\bwhy\s+(?:am\s+i\s+still\s+(?:here|alive)|did\s+i\s+survive)\b"
        r"|\breden\s+(?:\w+\s+){0,2}?waarom\s+ik\s+(?:nog\s+)?(?:zou|moet)\s+(?:blijven\s+)?(?:leven|bestaan)\b"
        r"|\breden\s+om\s+(?:nog\s+)?(?:te\s+)?blijven\s+leven\b|\breason\s+to\s+(?:stay|keep)\s+alive\b"
        r"|\bsorry\s+dat\s+ik\s+(?:\w+\s+)?(?:besta|leef|geboren\s+ben)\b|\bsorry\s+(?:for\s+)?(?:that\s+)?i\s+exist\b"
        r"|\bpoint\s+(?:of|in)\s+trying\s+(?:anymore|any\s+more)\b"
        r"|\b(?:niks|niets)\s+heeft\s+(?:nog|meer)\s+zin\b|\bnothing\s+has\s+(?:any\s+)?point\b"
        r"|\bhoeft\s+het\s+(?:voor\s+(?:mij|me)\s+(?:allemaal\s+)?|allemaal\s+(?:voor\s+(?:mij|me)\s+)?)niet\s+meer\b"
        r"|\b(?:mijn|mn|m'n)\s+leven\s+is\s+(?:\w+\s+)?(?:kapot|voorbij|over)\b(?!\s+(?:als|tot|van)\b)"
        r"|\bklaar\s+mee\b[\s.,!…💀]*(?:echt[\s.,!…]+)?(?:voor\s+altijd|voorgoed|for\s+good)\b"
        r"|\bklaar\s+mee\b[\s.,!…]+met\s+alles\b|\b(?:bijna|helemaal)\s+klaar\s+(?:\w+\s+)?met\s+alles\b"
        r"(?!\s+(?:voor|van|wat|op|behalve)\b)|\bklaar\s+met\s+(?:mezelf|mijzelf|het\s+leven)\b"
        r"|\bweet\s+niet\s+of\s+ik\s+(?:de|deze|het)\s+(?:avond|nacht|dag|week|weekend)\s+(?:nog\s+)?"
        r"(?:haal|red|overleef|doorkom)\b"
        r"|\b(?:make\s+it|survive)\s+through\s+(?:the|this|tonight)\s*(?:night|day|weekend)?\b"
        r"(?=.*\b(?:don'?t\s+know|not\s+sure|if\s+i)\b)"
        r"|\bvandaag\s+is\s+de\s+dag\s+dat\s+ik\s+het\s+(?:ga\s+)?doe\w*\b(?!\s*:)"
        r"|\bniet\s+meer\s+(?:\w+\s+)?doen\s+alsof\s+(?:het\s+)?(?:\w+\s+)?(?:goed|oke|ok|prima)\b"
        r"|\b(?:can'?t|cannot)\s+(?:keep\s+)?pretend\w*\s+(?:\w+\s+)?(?:i'?m|to\s+be|everything'?s)\s+"
        r"(?:\w+\s+)?(?:ok|okay|fine)\b"
        # the voice in her head: "mijn hoofd zegt steeds dat ik moet verdwijnen"
        r"|\b(?:hoofd|stem|stemmen|stemmetje|voice|voices)\b(?:\s+\w+){0,4}?\s+(?:zegt|zeggen|wil|wilt|willen|"
        r"says|tells\s+me|want)\s+(?:\w+\s+){0,4}?(?:dat\s+ik\s+)?(?:(?:moet|ga|zal)\s+)?(?:verdwijnen|doodgaan|"
        r"sterven|stop|stoppen|het\s+(?:gewoon\s+|echt\s+|nu\s+)?moet\s+doen|het\s+doe|disappear|to\s+die)\b"
        r"(?!\s+met\b)"
        r"|\b(?:verdiend\s+(?:heb|had)|(?:heb|had)\s+(?:het\s+)?verdiend)\s+wat\s+(?:hij|ze|zij|die\s+\w+)\s+(?:met\s+)?(?:me|mij)\s+(?:\w+\s+)?"
        r"(?:deed|aandeed|gedaan)\b"
        # goodbyes that sound final
        r"|\b(?:bedank\w*|bedankt|dankjewel|thanks?|thank\s+you)\s+(?:\w+\s+){0,3}?voor\s+alles\b"
        r"(?=.*(?:\b(?:dag|doei|vaarwel|bye)\s*[.!…]*\s*$|wat\s+er\s+ook\s+gebeurt|\bvergeet\s+me\s+niet|"
        r"\b(?:was|bent)\s+de\s+enige\b|\bvoorgoed\b|\bverwijderd\b|\blaatste\b))"
        r"|\baan\s+(?:me|mij)\s+denkt\b(?:[\s,]+\w+){0,3}?[\s,]+wat\s+er\s+ook\s+gebeurt\b"
        r"|\blaatste\s+keer\s+dat\s+ik\s+(?:hier\s+|jullie\s+)?(?:iets\s+)?(?:stuur|schrijf|post|typ|app)\s*"
        r"(?:[.!…]|$)"
        r"|\blaatste\s+(?:week|dag|avond|nacht)\s+(?:zou\s+zijn|zal\s+zijn|wordt|gaat\s+worden)\s*"
        r"(?:[.!?…'\"]|$)"
        r"|\b(?:mijn|haar|mn|m'n|al\s+(?:mijn|haar|mn|m'n))\s+(?:accounts|posts|socials|foto's|fotos)\s+"
        r"(?:al\s+)?(?:verwijderd|gewist|offline\s+gehaald)\b(?=.*\b(?:klaar|bedankt|laatste|afscheid|voorgoed|"
        r"daarna)\b)"
        r"|\bof\s+ooit(?:\s+meer)?\s*[.!?…]*\s*$"
        r"|\b(?:brieven|brief|briefjes|briefje)\s+(?:\w+\s+)?geschreven\s+(?:voor|aan)\s+(?:mijn|mn|m'n|"
        r"iedereen|jullie)\b(?=.*\b(?:la|lade|kussen|liggen|vinden|straks|na\s+mijn)\b)"
        r"|\b(?:gaf|geeft|gegeven|weggegeven|weggeeft)\b(?:\s+\w+){0,6}?\s+(?:knuffels|spullen|sieraden|"
        r"kleren|kat|hond)\b.{0,60}\bniet\s+meer\s+nodig\b"
        r"|\bzorgen\s+voor\s+(?:haar|mijn|mn|m'n|zijn)\s+(?:kat|hond|konijn|huisdier|katten)\b.{0,30}"
        r"\bals\s+er\s+(?:\w+\s+)?iets\s+(?:met\s+(?:haar|mij|me)\s+)?gebeurt\b"
        # means at hand: "pillen liggen klaar", "slaappillen van mn moeder gepakt"
        r"|\b(?:pillen|slaappillen|medicijnen|tabletten|pills|mesje|mesjes|touw)\s+(?:\w+\s+){0,3}?"
        r"(?:liggen|ligt|staan|are|is)\s+(?:al\s+)?(?:klaar|ready)\b"
        r"|\b(?:pillen|slaappillen|medicijnen|tabletten|oxazepam|pills)\s+van\s+(?:mijn|mn|m'n|my)\s+\w+\s+"
        r"(?:gepakt|gejat|gestolen|meegenomen|taken|stolen)\b"
        r"|\b(?:pillen|medicijnen|tabletten|slaappillen|meds)\s+(?:op\s*)?spaar\w*\b"
        r"|\bspaart?\s+(?:\w+\s+)?(?:haar|mijn|mn|m'n|zijn|al\s+haar|al\s+mijn)\s+(?:pillen|medicijnen|"
        r"tabletten|slaappillen|meds)\b"
        r"|\b(?:iets|wat)\s+(?:heel\s+|echt\s+)?(?:stoms|doms|ergs|stupids?)\s+(?:gedaan\s+)?met\s+"
        r"(?:\w+\s+)?(?:pillen|medicijnen|tabletten|pills|mesjes|een\s+mes)\b"
        r"|\bhow\s+many\s+(?:sleeping\s+)?(?:pills|tablets)\s+(?:it\s+takes|to\s+(?:die|overdose)|would\s+"
        r"(?:kill|be\s+enough))\b"
        r"|\bhoeveel\s+(?:\w+\s+)?(?:pillen|tabletten|paracetamol|slaappillen)\s+(?:\w+\s+){0,3}?(?:dodelijk|"
        r"genoeg\s+zijn|je\s+nodig\s+hebt\s+om)\b"
        r"|\bslik\s+(?:\w+\s+)?alles\s+wat\s+ik\s+(?:heb|kan\s+vinden|vind)\b"
        r"|\bhoe\s+(?:je|ik)\s+het\s+(?:\w+\s+){0,2}?(?:doen|doet)\s+zonder\s+(?:dat\s+(?:het|je)\s+)?pijn\b"
        # emoji shorthand: "🔪😔 weer", "🌉➡️🌊", "💊💊 vanavond"
        r"|🔪\s*(?:😔|😢|😞|😭|🩸|🥀|weer)|🌉\s*(?:➡️?|→|->)?\s*🌊"
        r"|(?:💊\s*){2,}(?:\w+\s+){0,2}?(?:vanavond|vannacht|allemaal|alles|genoeg|laatste|tonight|bye|doei)\b"
        r"|\b(?:grapje|geintje|jk|joking|kidding)\b[\s.,!…]*(?:of\s+niet|or\s+not|or\s+am\s+i)\b"
        # (not flirting: "haha grapje... of niet? 😉")
        r"(?![?!.\s]*(?:😉|😏|😘|😜|😈))"
        r"|\bjok\w*\s+about\s+(?:dying|death|suicide|killing\s+myself|being\s+dead)\b"
        r"|\bgrap\w*\s+over\s+(?:doodgaan|dood\s+gaan|zelfmoord|de\s+dood)\b"
        # raped, ran away, nowhere to go, never should have been
        r"|\b(?:ben|werd|heeft\s+(?:me|mij)|hebben\s+(?:me|mij))\s+(?:\w+\s+){0,2}?verkracht\b"
        r"|\b(?:raped\s+me|i\s+was\s+raped|i\s+got\s+raped)\b"
        r"|\bzit\s+(?:al\s+)?(?:uren|de\s+hele\s+(?:nacht|avond))\s+(?:\w+\s+)?te\s+huilen\b"
        r"|\bdurf\s+niet\s+(?:meer\s+)?terug\s+naar\s+(?:mijn\s+kamer|mn\s+kamer|m'n\s+kamer|huis|de\s+opvang|"
        r"de\s+woongroep)\b"
        r"|\bhoe\s+makkelijk\s+het\s+(?:zou\s+zijn|is|was)\s*(?:[.!…]|$)"
        r"|\b(?:had|hoorde)\s+(?:er\s+)?nooit\s+(?:mogen|moeten)\s+(?:zijn|bestaan|komen)\b"
        r"|\bnooit\s+geboren\s+(?:moeten|mogen)\s+worden\b|\bshould\s+never\s+have\s+been\s+born\b"
        r"|\b(?:maar|but)\s+(?:ik\s+heb|i'?ve|i\s+have)\s+(?:alles|het|everything|it)\s+(?:al\s+|already\s+)?"
        r"(?:gepland|planned)\s*(?:out\s*)?(?:[.!…]|$)",
        kind="signal",
        urgent=True,
    ),
    Pattern(
        "selfharm",
        FLAG,
        # "ik knijp mezelf tot er blauwe plekken komen", "de wond weer opengemaakt"
        r"\b(?:knijp|sla|bijt|krab|kras|brand|snij|pijnig)\s+(?:\w+\s+)?(?:mezelf|mijzelf)\s+(?:\w+\s+){0,2}?"
        r"(?:tot|totdat|bont|blauw|open|kapot)\b"
        r"|\b(?:weer|expres|opnieuw|zelf)\s+(?:\w+\s+)?(?:opengemaakt|opengehaald|open\s+gemaakt|open\s+gehaald|"
        r"opengekrabd|opengekrabt|open\s+gekrabd|opengesneden|opengeknepen)\b"
        r"|\b(?:wond|wonden|korst|korsten|littekens?|arm|armen|pols|polsen)\s+(?:\w+\s+)?(?:weer\s+)?"
        r"(?:opengemaakt|opengehaald|open\s+gemaakt|open\s+gehaald|opengekrabd|opengesneden)\b"
        r"(?=.*\b(?:weer|expres|bloedt|bloed|zelf|mezelf)\b)"
        r"|\b(?:krab|kras|haal|maak|snij|krap)\s+(?:\w+\s+)?(?:mijn|mn|m'n)\s+(?:huid|arm|armen|wond|wonden|"
        r"korst|korsten|benen|polsen)\s+(?:steeds\s+|telkens\s+|elke\s+keer\s+)?(?:weer\s+)?open\b"
        r"|\b(?:gooi|kots|spuug)\s+(?:alles|het|mijn\s+eten)\s+(?:\w+\s+)?(?:eruit|uit|weer\s+uit)\s+na\s+"
        r"(?:het|elke|iedere)\s+(?:eten|maaltijd|avondeten)\b"
        r"|\bkleiner\s+worden\s+tot\b|\btot\s+er\s+(?:niks|niets)\s+(?:meer\s+)?van\s+(?:me|mij)\s+over\s+is\b"
        r"|\btot\s+ik\s+(?:\w+\s+)?(?:niks|niets)\s+meer\s+voelde\b"
        r"|\b(?:cut|cutting|hurt|hurting|burn|burning)\s+myself\s+again\b"
        r"|\b(?:snij|kras|sny)\s+ik\s+(?:mezelf\s+|mijzelf\s+)?(?:weer|opnieuw)\b",
        kind="signal",
        urgent=True,
    ),
    *each_alternative(
        AllOf(
            "distress",
            FLAG,
            # drugged, lost: "iets in mn drankje gedaan, alles draait en ik ken hier niemand"
            parts=(
                r"\b(?:iets|wat|drugs|pillen)\s+in\s+(?:mijn|mn|m'n|my)\s+(?:drankje|drinken|glas|drink|cola)\b"
                r"|\bspiked\s+my\s+drink\b|\bdrugged\s+me\b|\balles\s+(?:draait|tolt)\b"
                r"|\b(?:can'?t|cannot)\s+feel\s+my\s+(?:legs|arms|body)\b|\bvoel\s+mijn\s+(?:benen|armen)\s+niet\b"
                r"|\b(?:took|taken)\s+something\b|\biets\s+(?:genomen|geslikt|gekregen)\b"
                r"|\b(?:veel\s+)?te\s+veel\s+gedronken\b|\b(?:heel\s+)?duizelig\b|\bwakker\s+(?:geworden\s+)?in\s+een\s+"
                r"(?:kamer|huis|bed|auto)\b|\bwoke\s+up\s+in\b",
                r"\b(?:ken\s+hier\s+niemand|know\s+these\s+(?:people|guys|men)|durf\s+niet\s+naar\s+huis|"
                r"weet\s+niet\s+(?:waar\s+ik\s+ben|hoe\s+ik\s+hier)|bankje|niet\s+ken|don'?t\s+know|help|bang|raar|"
                r"scared|alles\s+draait|wat\s+moet\s+ik)\b",
            ),
            none_of=(
                _NOT_JOKING10 + r"|\b(?:griep|ziek|koorts|kermis|attractie|achtbaan|draaimolen)\b",
            ),
            none_of_in_message=True,
            across_clauses=True,
            kind="signal",
            urgent=True,
        )
    ),
    *each_alternative(
        AllOf(
            "distress",
            FLAG,
            # someone outside, locked in, not allowed to leave
            parts=(
                r"\b(?:he'?s|he\s+is|someone'?s|someone\s+is|they'?re|they\s+are)\s+(?:standing\s+|waiting\s+)?"
                r"outside\s+my\s+(?:window|door|house|room)\b"
                r"|\b(?:staat|stond|staan|stonden)\s+(?:\w+\s+){0,2}?(?:voor|onder|bij)\s+(?:mijn|mn|m'n|ons|het)\s+"
                r"raam\b|\bblijft\s+(?:maar\s+)?(?:aanbellen|bellen\s+aan\s+de\s+deur|kloppen|bonken)\b"
                r"|\b(?:zijn|zn|z'n|hun)\s+auto\s+(?:\w+\s+){0,2}?(?:in|bij|voor)\s+(?:onze|mijn|mn|m'n|de|ons)\s+"
                r"(?:straat|deur|huis|school|flat)\b"
                r"|\b(?:hij|ze|zij)\s+weet\s+waar\s+ik\s+(?:nu\s+)?(?:woon|ben|zit|slaap)\b"
                r"|\b(?:me|mij|mezelf)\s+(?:\w+\s+)?opgesloten\s+in\s+(?:de|het|mijn|mn|m'n)\s+(?:badkamer|wc|toilet|"
                r"kamer|slaapkamer)\b"
                r"|\b(?:voordeur|deur)\s+op\s+slot\s+gedaan\b|\bsleutel\s+(?:\w+\s+){0,3}?(?:afgepakt|in\s+(?:zijn|zn|z'n)\s+zak)\b"
                r"|\bniet\s+weg\s+mag\b|\blaat\s+(?:me|mij)\s+pas\s+(?:gaan|weg|los)\b"
                r"|\b(?:zit|ben)\s+(?:nu\s+)?(?:in\s+(?:zijn|zn|z'n|hun|een)\s+(?:auto|busje|wagen)|verstopt\s+(?:in|op|"
                r"onder|achter))\b|\brijdt\s+ergens\s+heen\b"
                r"|\bdat\s+ik\s+(?:mee\s+moet|naar\s+beneden\s+moet|moet\s+meekomen|moet\s+instappen)\b"
                r"|\bof\s+ik\s+(?:nu\s+)?wil\s+of\s+niet\b|\bflashbacks?\b"
                r"|\b(?:me|mij)\s+pas\s+(?:laat|laten)\s+(?:gaan|weg|los)\b"
                r"|\bweet\s+niet\s+(?:meer\s+)?waar\s+ik\s+(?:heen|naartoe)\s+moet\b",
                _FEAR10 + r"|\b(?:woedend|gooit|schreeuwt|slaat|mannen|anders|i\s+can\s+see\s+him|"
                r"kon\s+niet\s+weg|"
                r"durf|sleutel|weggelopen|koud|donker|buiten\s+geslapen|op\s+straat)\b"
                r"|\bdoe\s+wat\s+(?:hij|ze|zij)\s+(?:wil|wilt|zegt)\b",
            ),
            none_of=(
                _NOT_JOKING10
                + r"|"
                + _SCHOOLISH10
                + r"|\b(?:moeder|mama|mam|vader|papa|pap|ouders|oma|opa|juf|meester|mentor|straf|"
                r"huisarrest|"
                r"verstoppertje|pakketje|bezorger|postbode|pizza)\b",
            ),
            none_of_in_message=True,
            across_clauses=True,
            kind="signal",
            urgent=True,
        )
    ),
    *each_alternative(
        AllOf(
            "distress",
            FLAG,
            # short cries: "please help", "ik ben zo bang", "niemand helpt me", "help help help"
            parts=(
                r"^\s*(?:please|pls|plz)?\s*help(?:\s+me)?(?:\s+(?:please|pls|plz|alsjeblieft|aub))?\s*[.!]*\s*$"
                r"|\bhelp[\s,.!]+help\b|\bniemand\s+(?:\w+\s+)?helpt\s+(?:me|mij)\b(?!\s+(?:met|bij)\b)"
                r"|\bik\s+ben\s+(?:zo|echt|heel|super|zo\s+ontzettend|zooo+|zoo)\s*bang\s*(?:[.!…]|😢|😭|😰|😨|😥)*\s*$"
                r"|\bik\s+kan\s+(?:echt\s+|gewoon\s+|het\s+)?niet\s+meer\s*(?:[.!…]|😞|😔|😩|😫|🥺|😪|\s)*$"
                r"|\btrek\s+het\s+(?:echt\s+|gewoon\s+|gwn\s+)?niet(?:\s+meer)?(?:[.!…😞😢😭]|\s)*$"
                r"|^\s*(?:ik\s+)?spring\s*(?:nu|zo|straks|vannacht|echt)?\s*[.!…]*\s*$"
                r"|\bik\s+ben\s+(?:\w+\s+)?in\s+paniek\s*(?:[.!…]|$)"
                r"|\bik\s+kan\s+(?:echt\s+|gewoon\s+)?niet\s+meer\s+(?:meiden|jongens|guys|lieverds|mensen)\b"
                r"|^\s*help\b[\s,!.]+(?:bel|call|kom|iemand)\b"
                r"|\bik\s+ben\s+(?:zo|echt|heel|super)\s+bang\s*[,.!]+\s*(?:hij|ze|er)\b"
                r"|\b(?:kan|can'?t)\s+(?:niet\s+)?(?:stoppen\s+met|stop)\s+(?:huilen|trillen|crying|shaking)\b"
                r"|\bkan\s+niet\s+(?:meer\s+)?ademen\b(?!\s+(?:door|van)\b)|\bcan'?t\s+breathe\b"
                r"|\bnot\s+(?:ok|okay)\b[\s,.!]+i'?m\s+(?:really\s+|just\s+)?not\b"
                r"|\b(?:hou|houd)\s+het\s+(?:\w+\s+){1,2}?niet\s+(?:meer\s+|langer\s+)?vol\b"
                r"|\bik\s+ben\s+(?:echt\s+|helemaal\s+)?op\b[\s,.!]+(?:\w+[\s,.!]+)?ik\s+kan\s+niet\s+meer\b"
                r"|\bweet\s+niet\s+(?:meer\s+)?waar\s+ik\s+(?:heen|naartoe)\s+moet\b(?=.*\b(?:weggelopen|buiten|"
                r"koud|donker|straat|nacht|geslapen)\b)",
            ),
            none_of=(
                _NOT_JOKING10
                + r"|"
                + _SCHOOLISH10
                + r"|\b(?:lachen|gegeten|eten|zit\s+vol|zo\s+vol|huiswerk|wiskunde|opdracht|"
                r"met\s+de|"
                r"sommen)\b",
            ),
            none_of_in_message=True,
            kind="signal",
            urgent=True,
        )
    ),
    *each_alternative(
        AllOf(
            "distress",
            FLAG,
            # the train: "de trein komt hier elk kwartier langs. ik denk er echt over na"
            parts=(
                r"\b(?:trein|treinen|spoor|rails|spoorbaan|perron|brug|viaduct|snelweg)\b",
                r"\bdenk\s+(?:er\s+)?(?:echt\s+|serieus\s+|wel\s+|steeds\s+|vaak\s+)?(?:er)?over\s+na\s*(?:[.!…]|$)",
            ),
            none_of=(r"\b(?:kaartje|vakantie|reis|abonnement|ov|of\s+ik)\b",),
            none_of_in_message=True,
            across_clauses=True,
            kind="signal",
            urgent=True,
        )
    ),
    *each_alternative(
        AllOf(
            "distress",
            FLAG,
            # a friend at risk: a sign from her and the worry of the one telling
            parts=(
                r"\b(?:gedag|afscheid|bedankt\s+voor\s+alles|laatste\s+(?:week|dag|keer)|bijna\s+klaar|"
                r"eindelijk\s+rust|posts\s+verwijderd|niet\s+meer\s+nodig|als\s+er\s+iets\s+gebeurt|"
                r"medicijnen\s+spaart|pillen\s+spaart|wil\s+er\s+niet\s+meer\s+zijn)\b",
                r"\b(?:zorgen|bang|vertrouw\s+het\s+niet|iemand\s+moet|wat\s+bedoelt\s+ze|offline|reageert\s+niet|"
                r"niks\s+meer\s+gehoord|worried|scared)\b|😢|😰",
            ),
            none_of=(_NOT_JOKING10 + r"|\b(?:verhuis\w*|vakantie|stage|school|baan|werk)\b",),
            none_of_in_message=True,
            across_clauses=True,
            kind="signal",
            urgent=True,
        )
    ),
)


# Round 11: quiet, indirect distress (train_p, train_n, train_o): a plan without the word, a
# goodbye through belongings, being done "with everything" rather than with school, wanting to be
# where a dead person is, numbness and worth, reliving, self-harm told in passing.
_FAMILIES11: Final[tuple[Pattern | AllOf, ...]] = (
    Pattern(
        "suicide",
        FLAG,
        # wanting to join someone who died
        r"\b(?:bij|naar)\s+(?:hem|haar|hen)\s+(?:\w+\s+)?(?:zijn|toe)[\s,]+(?:daarboven|waar\s+(?:hij|zij|ze)\s+"
        r"(?:nu\s+)?(?:ook\s+)?is)\b"
        r"|\bgo\s+where\s+(?:she|he|they)\s+(?:is|are)\b"
        r"|\b(?:er\s+niet\s+meer\s+is|overleden|gestorven)\b.*\bwil\s+(?:\w+\s+){0,3}?(?:bij|naar)\s+(?:hem|haar)\s+"
        r"(?:zijn|toe)\s*(?:[.!…]|$)"
        # a plan, a date, a place, a way
        r"|\b(?:bedacht|besloten|uitgezocht)\s+(?:\w+\s+)?(?:waar|wanneer)\s+ik\s+het\s+(?:ga\s+doen|doe|zal\s+doen)\b"
        r"(?!.*\b(?:huiswerk|opdracht|presentatie|toets|verslag|taart|feest)\w*)"
        r"|\bik\s+het\s+(?:\w+\s+){0,2}?(?:doe|ga\s+doen)[\s,]+(?:als|wanneer|zodra)\s+iedereen\s+"
        r"(?:weg|slaapt|sliep|op\s+bed|de\s+deur\s+uit)\b"
        r"|\bik\s+heb\s+een\s+manier\s+gevonden\s*(?:[.!…]|$)"
        r"|\b(?:een\s+)?datum\s+in\s+(?:mijn|mn|m'n)\s+hoofd\b(?!\s+(?:voor|van)\b)"
        r"|\bmade\s+up\s+my\s+mind\b(?=.*\b(?:thanks|thank\s+you|goodbye|bye|before|sorry)\b)"
        r"|\bik\s+heb\s+(?:het\s+)?besloten\s*[.!…]+\s*(?:\w+\s+){0,4}?(?:ik\s+ben\s+er\s+(?:heel\s+|helemaal\s+)?rustig\s+over|geen\s+zorgen|goed\s+zo)\b"
        r"|\b(?:if\s+only\s+(?:she|he|they)\s+knew|durf\s+(?:ik\s+)?niet\s+(?:te\s+)?(?:typen|zeggen|vertellen))\s+"
        r"(?:\w+\s+){0,3}?(?:planning|plannen|van\s+plan)\b"
        r"|\bwhat\s+i'?ve\s+been\s+planning\b"
        r"|\bthink\w*\s+about\s+(?:just\s+)?ending\s+(?:it|things|everything)\b"
        r"|\b(?:won'?t|wont|will\s+not|don'?t\s+think\s+i'?ll)\s+(?:\w+\s+)?be\s+(?:around|here|alive)\s+"
        r"(?:for|by|anymore|much\s+longer|next)\b"
        r"|\b(?:verdrinken|doodbloeden|ophangen|een\s+overdosis|drowning)\s+(?:heel\s+|erg\s+|echt\s+|veel\s+)*"
        r"(?:pijn\s+doet|hurts?)\b"
        r"|\bvind\s+(?:doodgaan|sterven|de\s+dood|dood\s+gaan)\s+(?:\w+\s+)?niet\s+(?:eens\s+)?meer\s+eng\b"
        r"|\bniks\s+meer\s+(?:te\s+)?hoeven\s+(?:te\s+)?voelen\b"
        r"|\bhoe\s+ik\s+(?:het|alles|dit)\s+(?:kan\s+)?laten\s+(?:ophouden|stoppen)\b(?!\s+(?:met|van)\b)"
        r"|\b(?:weg\s+kan|weg\s+wil|stil\s+wordt|stil\s+word|ophoudt|stopt)[\s,.!…]*voorgoed\b"
        r"|\b(?:kan|kun|zou)\s+ik\s+(?:\w+\s+)?beter\s+(?:verdwijnen|weg\s+zijn|er\s+niet\s+zijn)\b"
        r"|\bwou\s+dat\s+ik\s+(?:\w+\s+){0,3}?nooit\s+(?:meer\s+)?(?:was\s+)?(?:teruggekomen|geboren)\b"
        r"|\bdenk\s+niet\s+dat\s+ik\s+(?:\w+\s+){0,3}?nog\s+wil\s+meemaken\b"
        r"|\bgeen\s+(?:enkele\s+)?reden\s+(?:meer\s+)?om\s+(?:nog\s+)?(?:morgen\s+)?(?:op\s+te\s+staan|uit\s+bed\s+te\s+komen)\b"
        r"|\bverdien\s+(?:het\s+)?(?:gewoon\s+|echt\s+|eigenlijk\s+)?niet\s+(?:om\s+)?te\s+leven\b"
        r"|\b(?:expres|gewoon|ik\s+ga|ga\s+ik)\s+(?:\w+\s+)?voor\s+(?:een|de)\s+(?:bus|trein|auto|vrachtwagen|tram)\s+"
        r"(?:springen|spring|staan|liggen|lopen)\b(?!\s+wachten)"
        r"|\b(?:ophangen|zelfmoord|springen|mezelf\s+iets)\b.*\b(?:tenminste|at\s+least)\s+(?:niet|not)\s+"
        r"(?:deze|this|vandaag|today|nu|now|vannacht|tonight|yet)\b"
        r"|\bwaarom\s+ik\s+(?:weer\s+)?naar\s+binnen\s+(?:ben\s+)?gegaan\b"
        r"|\b(?:railing|reling|ledge)\s+(?:of|van)\s+(?:the|het|de)\s+(?:bridge|brug|balkon|balcony|roof|dak|flat)\b"
        r"|\b(?:aan\s+het\s+)?aftellen[\s.,!…]+(?:en\s+)?(?:dan\s+)?niet\s+(?:tot|naar)\s+(?:de\s+|mijn\s+)?"
        r"(?:vakantie|zomer|kerst|verjaardag|weekend)\b"
        # goodbye through the phone, a message, letters
        r"|\b(?:telefoon|mobiel)\s+(?:\w+\s+){0,2}?uit[\s.,!…]+(?:voor\s+altijd|voorgoed)\b"
        r"(?!.*(?:haha|lol|😂|\bkapot|\bstuk|\bleeg|\bbatterij|\boplader))"
        r"|\bga\s+(?:een\s+tijdje|voor\s+lang)\s+weg[\s.,!…]+(?:heel\s+lang|voor\s+altijd|voorgoed)\s*(?:denk\s+ik|misschien)?\s*(?:[.!…]|$)"
        r"(?!.*\b(?:vakantie|reis|buitenland|stage|uitwisseling)\b)"
        r"|\b(?:mijn|mn|m'n)\s+afscheids(?:bericht|brief|brieven|video)\b"
        r"|\b(?:de|alle|mijn)\s+brieven\s+zijn\s+(?:al\s+)?geschreven\b"
        r"|\b(?:iedereen|mensen)\b[^.!?]*\bvergeten[\s,]+(?:\w+[\s,]+){0,3}?dat\s+ik\s+er\s+(?:ooit\s+)?was\b"
        r"|\bvoordat\s+(?:mensen|iedereen|ze)\s+(?:je|me|mij)\s+vergeten\s+(?:zijn|is|hebben)\b"
        r"|\b(?:het\s+)?enige\s+(?:waarom|waarvoor)\s+ik\s+(?:nog\s+)?(?:hier\s+ben|leef|er\s+ben|besta)\b"
        r"(?!.*(?:haha|lol|😂|wifi))"
        r"|\bonly\s+reason\s+i'?m\s+(?:still\s+)?(?:here|alive)\b"
        r"|\bhoor\b[^.!?]{0,30}\bniet\s+op\s+deze\s+wereld\b"
        r"|\bniet\s+in\s+deze\s+\w+[\s,]+niet\s+op\s+deze\s+wereld\b"
        r"|\b(?:oke|ok|goed)\s+als\s+(?:jullie|je|jij)\s+(?:me|mij)\s+(?:laten|laat)\s+gaan\b"
        r"|\bben\s+(?:toch\s+)?(?:alleen\s+maar|maar|altijd)\s+een\s+(?:probleem|last)\b(?!\s+(?:met|bij|in)\b)"
        r"|\bligt\s+niet\s+aan\s+(?:jou|jullie)\s+wat\s+er\s+(?:straks|morgen)\s+"
        r"(?:gebeurt|gaat\s+gebeuren)\b(?!\s+met\b)"
        r"|\bwil\s+dat\s+(?:je|jij|jullie)\s+weet\s+dat\s+het\s+niet\s+(?:jouw|jullie)\s+schuld\s+is\b"
        r"|\bbedankt\s+voor\s+alles\b.*\bvoor\s+het\s+geval\s+dat\b",
        kind="signal",
        urgent=True,
    ),
    Pattern(
        "distress",
        FLAG,
        # tired of everything, not of school; done with everything
        r"\bmoe\s+van\s+(?:het\s+)?(?:vechten|leven)\b"
        r"|\b(?:gewoon|zo|echt)\s+moe\s+van\s+alles\b(?!\s+(?:deze|vandaag|op\s+school))"
        r"(?!.*\b(?:toets\w*|examen\w*|huiswerk|school|drukte|haha|lol)\b)"
        r"|\b(?:moe|klaar\s+mee)[\s.,!…]+(?:en\s+)?(?:dan\s+)?niet\s+(?:van|met)\s+(?:de\s+|het\s+)?"
        r"(?:school|werk|huiswerk|slaap|toetsen)(?:\s+of\s+zo)?\s*(?:[.!…]|$)"
        r"|\bniet\s+eens\s+meer\s+(?:wil\s+)?proberen\b"
        r"|\bgeen\s+kracht\s+meer\s*(?:(?:om|voor)\s+(?!de\b|het\s+(?:sporten|trainen))|[.!…]|$)"
        r"|\b(?:zat|moe|beu)\s+(?:om\s+)?(?:te\s+)?doen\s+alsof\s+(?:het\s+|alles\s+)?(?:goed\s+gaat|oke\s+is|goed\s+is)\b(?!\s+met\b)"
        r"|\btrek\s+het\s+(?:vannacht|vandaag|vanavond|nu)\s+(?:echt\s+)?niet\s+meer\b(?!\s+met\b)"
        r"|\bbedoel\s+ik\s+(?:meestal\s+|vaak\s+|eigenlijk\s+)?niet\s+(?:oke|ok|goed)\b"
        # numbness, worth, shame
        r"|\b(?:ik\s+ben|ben\s+ik)\s+(?:\w+\s+){0,2}?(?:niks|niets)\s+meer\s+waard\b"
        r"|\bprecies\s+wat\s+ik\s+waard\s+ben\b|\bgebruikt\s+en\s+weggegooid\b"
        r"|\bniet\s+eens\s+meer\s+huil\b"
        r"|\bik\s+voel\s+(?:gewoon\s+|echt\s+|helemaal\s+)?(?:niks|niets)\s*(?:meer\s*)?(?:[.!…]|$)"
        r"|\bwalg\s+(?:zo\s+|echt\s+)?van\s+(?:mezelf|mijzelf)\b(?!.*(?:haha|lol|😂|🤣))"
        r"|\b(?:voel\s+me|feel)\s+(?:so\s+|zo\s+)?(?:vies|disgusting|dirty)\b(?=.*\b(?:douche|shower|after|"
        r"gaat\s+er\s+niet\s+af|made\s+me)\b)"
        r"|\bkapotte\s+versie\b|\bal\s+een\s+beetje\s+dood\b"
        r"|\bniet\s+meer\s+in\s+de\s+spiegel\s+(?:kijken|kan\s+kijken)\b"
        r"|\bniemand\s+meer\s+(?:aan\s+)?(?:kan\s+)?(?:aan\s+)?kijken\b"
        r"|\bik\s+heb\s+(?:eigenlijk\s+|echt\s+|gewoon\s+)?niemand\s+meer\s*(?:[.!…]|$)"
        r"|\bminder\s+zijn\s*(?:[.!…]|$)"
        r"|\b(?:zal\s+me\s+(?:een\s+)?worst\s+wezen|kan\s+me\s+(?:niks|niets)\s+(?:meer\s+)?schelen)\s+wat\s+er\s+"
        r"met\s+(?:me|mij)\s+gebeurt\b"
        r"|\bmaakt\s+toch\s+(?:niet|niks)\s+(?:meer\s+)?uit\s+(?:wat\s+ik\s+doe|of\s+ik\s+(?:eet|leef|besta|er\s+ben))\b"
        # reliving
        r"|\b(?:als|wanneer)\s+ik\s+(?:mijn|mn|m'n)\s+ogen\s+(?:dichtdoe|dicht\s+doe|sluit)\b[\s,]+"
        r"(?:\w+\s+){0,3}?weer\s+in\s+(?:die|dat|de|het|zijn)\b"
        r"|\b(?:rook|ruik|voel)\s+(?:hem|zijn\s+handen|ze)\s+(?:gewoon\s+)?(?:weer|nog\s+steeds|overal)\b"
        r"|\bhoor\s+(?:zijn|haar|hun)\s+stem\s+(?:nog\s+steeds|steeds|nog|weer)\s+in\s+(?:mijn|mn|m'n)\s+hoofd\b"
        r"(?=.*\b(?:dat\s+ik|zegt|waard|schreeuwt)\b)"
        r"|\bdromen\s+dat\s+(?:ze|hij)\s+(?:me|mij)\s+(?:weer\s+)?(?:komen|komt)\s+halen\b"
        r"|\b(?:kan|kon)\s+(?:gewoon\s+|echt\s+)?niet\s+(?:ophouden|stoppen)\s+met\s+(?:huilen|trillen|janken)\b"
        r"(?!\s+van\b)"
        r"|\bdrink\w*\s+(?:ik\s+)?(?:\w+\s+)?(?:tot|totdat)\s+ik\s+(?:niks|niets)\s+meer\s+(?:weet|voel)\b"
        r"(?!.*\b(?:water|hitte|warm)\b)"
        r"|\bdrinken\s+om\s+(?:alles\s+)?te\s+vergeten\b"
        r"|\bniet\s+veilig\s+bij\s+(?:mezelf|mijzelf)\b|\bdon'?t\s+trust\s+myself\b"
        r"|\bvertrouw\s+(?:mezelf|mijzelf)\s+(?:\w+\s+){0,2}?niet\b(?=.*\b(?:alleen|vannacht|vanavond)\b)"
        r"(?!.*(?:haha|lol|😂|keuken|chocola|snoep))"
        r"|\b(?:week|dagen|weken)\s+(?:\w+\s+){0,2}?(?:kamer|bed)\s+niet\s+(?:meer\s+)?uit\s+(?:geweest|gekomen)\b"
        r"(?!.*\b(?:griep|ziek|koorts|corona|gamen|game)\b)",
        kind="signal",
        urgent=True,
    ),
    Pattern(
        "selfharm",
        FLAG,
        r"\b(?:mijn|mn|m'n)\s+(?:arm|armen|pols|polsen|bovenbenen|benen)\s+(?:weer\s+)?(?:bewerkt|opengekrast|"
        r"opengesneden)\b"
        r"|\b(?:mijn|mn|m'n)\s+(?:arm|armen|pols|polsen)\s+(?:weer\s+)?opengehaald\b(?!\s+(?:aan|bij|tijdens|door|"
        r"op\s+een|met\s+het|met\s+de)\b)"
        r"|\bik\s+heb\s+(?:weer|opnieuw|vandaag|gisteren|vannacht)\s+gekrast\b(?!\s+(?:met|op|in|aan)\b)|^\s*(?:\w+\s+)?keer\s+gekrast\b"
        r"|\bgekrast\s+deze\s+week\b|\b(?:weer|opnieuw|expres)\s+gekrast\b"
        r"|\b(?:mijn|mn|m'n)\s+(?:armen|polsen|bovenbenen)\s+zien\s+er\s+weer\s+(?:slecht|erg|heftig|niet\s+goed)\s+uit\b"
        r"(?!\s+(?:van|door|na)\b)"
        r"|\bhuid\s+(?:er\s*)?af\s+(?:wil\s+)?(?:krabben|schrobben|snijden)\b",
        kind="signal",
        urgent=True,
    ),
    *each_alternative(
        AllOf(
            "suicide",
            FLAG,
            # pills put aside
            parts=(
                r"\bpillen\b|\bpilletjes\b|\btabletten\b|\bparacetamol\w*|\bslaappil\w*|\bmedicijnen\b|\boxazepam\b",
                r"\b(?:gespaard|opgespaard|verzameld)\b|\b(?:spaar|sparen)\b(?!\s+voor\b)",
            ),
            none_of=(
                _NOT_JOKING10 + r"|\b(?:dokter|apotheek|voorschrift|recept|duur|euro|geld)\b",
            ),
            kind="signal",
            urgent=True,
        )
    ),
    *each_alternative(
        AllOf(
            "suicide",
            FLAG,
            # giving things away so nobody has to later
            parts=(
                r"\b(?:verdeeld|weggegeven|gegeven|opgeruimd|gewist|leeggehaald|uitgedeeld|weggedaan)\b"
                r"|\bnamen\s+erop\b|\bbewaren\b|\bmijn\s+spaargeld\b",
                r"\bzodat\s+niemand\b|\bdan\s+hoeft\s+niemand\b|\bvoor\s+als\s*(?:[.!…]|$)|\bmeer\s+aan\s+dan\s+ik\b"
                r"|\btoch\s+niet\s+meer\s+nodig\b|\bbij\s+iemand\s+(?:is\s+)?die\s+lief\b|\bvoor\s+het\s+geval\b",
            ),
            none_of=(
                r"\b(?:verhuis\w*|verhuiz\w*|nieuwe|kringloop|marktplaats|te\s+klein|vakantie|oude|"
                r"opruimdag|school)\b",
            ),
            none_of_in_message=True,
            across_clauses=True,
            kind="signal",
            urgent=True,
        )
    ),
    *each_alternative(
        AllOf(
            "suicide",
            FLAG,
            # "als ik er morgen niet ben, ..." / "als je niks meer van me hoort, ..."
            parts=(
                r"\bals\s+ik\s+er\s+(?:\w+\s+)?niet\s+(?:meer\s+)?ben\b"
                r"|\bals\s+(?:je|jij|jullie)\s+(?:\w+\s+){0,2}?(?:niks|niets)\s+(?:meer\s+)?van\s+(?:me|mij)\s+(?:hoort|horen)\b"
                r"|\bals\s+er\s+ooit\s+iets\s+met\s+(?:mij|me)\s+(?:is|gebeurt)\b",
                r"\b(?:niet\s+boos|niet\s+schrikken|schrik\s+niet|kom\s+dan\s+(?:ook\s+)?niet|beter\s+van\s+niet|"
                r"daar\s+gaan\s+kijken|zorgen\s+dat\s+iemand|niet\s+zoeken)\b",
            ),
            none_of=(
                _NOT_JOKING10
                + r"|\b(?:vakantie|ziek|tandarts|huisarts|dokter|weekend|stage|telefoon|batterij|"
                r"kapot|wifi|internet|oplader|oppas|logeren)\w*",
            ),
            none_of_in_message=True,
            across_clauses=True,
            kind="signal",
            urgent=True,
        )
    ),
    *each_alternative(
        AllOf(
            "distress",
            FLAG,
            # not eating and not caring
            parts=(
                r"\bniet\s+(?:meer\s+)?gegeten\b|\beet\s+(?:al\s+)?(?:\w+\s+){0,3}?(?:niks|niets)\s+meer\b",
                r"\bmaakt\s+(?:me\s+(?:\w+\s+)?(?:niks|niet|niets)|toch\s+(?:niks|niet|niets))\s+(?:meer\s+)?uit\b"
                r"|\bhoeft\s+(?:ook\s+)?niet\s+meer\b|\bboeit\s+(?:me\s+)?(?:niet|niks)\b"
                r"|\bwil\s+(?:gewoon\s+)?weg\s*(?:[.!…]|$)",
            ),
            none_of=(
                _NOT_JOKING10 + r"|\b(?:straks|zo\s+meteen|pizza|ontbijt|lunch|avondeten|honger)\b",
            ),
            none_of_in_message=True,
            across_clauses=True,
            kind="signal",
            urgent=True,
        )
    ),
)


# Round 13 (train_s: quiet, joking and indirect cries for help; train_q, train_r): the world
# lighter without her, affairs put in order, a last time, a calm decision, nothing matters any
# more, wounds hidden or deserved, emoji-only hints, curious questions about dying, the pull of a
# drop, being no more than a burden. families13.py has the paraphrases and the near misses.
_JOKE_OR_TASK13: Final = (
    r"\b(?:toets\w*|examen\w*|huiswerk|school|stage|vakantie|training|wedstrijd|serie|game|film|"
    r"verhuis\w*|verhuiz\w*|trein|bus|reis|koken|oven|pakket\w*|bezorg\w*)\b"
)
_FAMILIES13: Final[tuple[Pattern | AllOf, ...]] = (
    Pattern(
        "suicide",
        FLAG,
        # the world lighter without her: "de wereld is zonder mij een beetje lichter"
        r"\bzonder\s+(?:mij|me)\s+(?:\w+\s+){0,4}?(?:lichter|rustiger|makkelijker|fijner|leuker|"
        r"gelukkiger|minder\s+zwaar)\b"
        r"|\b(?:lighter|easier|happier|calmer)\s+without\s+me\b"
        # a last time: "vanavond voelt als de laatste keer dat ik hier zit"
        r"|\b(?:voelt|lijkt)\s+(?:\w+\s+)?(?:als\s+)?(?:de|mijn)\s+laatste\s+keer\s+dat\s+ik\b"
        r"|\b(?:won'?t|will\s+not)\s+be\s+(?:\w+\s+){0,3}?for\s+(?:much\s+)?(?:longer|long)\b"
        r"|\bik\s+er\s+(?:\w+\s+){0,2}?niet\s+lang\s+meer\s+(?:ben|zal\s+zijn|zijn)\b"
        r"|\bniet\s+meer\s+(?:kom|terugkom|ben)\b[\s.,!…]+(?:nooit\s+meer|voorgoed|voor\s+altijd)\b"
        r"|\b(?:reis|weg|ticket|trip)\s+(?:\w+\s+){0,2}?zonder\s+(?:terugweg|terugreis|terugkeer|retour)\b"
        r"|\bzonder\s+terugweg\b|\bone[\s-]way\s+trip\b(?=.*\b(?:forever|never\s+coming|no\s+return)\b)"
        r"|\bnog\s+(?:één|een|1)\s+(?:laatste\s+)?keer\s+(?:zien|spreken|horen|knuffelen)\s+(?:voordat|voor)\s+ik\s+"
        r"(?:ga|wegga|vertrek)\s*(?:[.!…]|$)"
        r"|\bone\s+last\s+time\s+before\s+i\s+go\s*(?:[.!…]|$)"
        # a calm decision, ready: "ik ben gewoon klaar. voorgoed", "ik heb een besluit genomen"
        r"|\bklaar\s*[.!…,]+\s*(?:echt\s+)?(?:voorgoed|voor\s+altijd|for\s+good)\b"
        r"|\bzodat\s+iemand\s+(?:het\s+)?weet\b[^?]*\bklaar\s+voor\b"
        r"|\b(?:deze|dit|volgende)\s+(?:week|weekend|maand)\s+(?:wordt|is|gaat\s+worden)\s+(?:mijn|m'n|mn)\s+"
        r"laatste\b(?!(?:\s+(?:week|weekend|maand))?\s+(?:op|bij|van|als|met|in|hier|voor|daar)\b)"
        r"(?!.*\b(?:school|stage|werk|bijbaan|vakantie|groep|training|les|contract|verhuis\w*|baan|klas)\b)"
        r"|\b(?:neem|slik)\s+(?:mijn|mn|m'n)\s+(?:medicijnen|pillen|medicatie|tabletten)\s+(?:\w+\s+){0,4}?niet\b"
        r"(?=.*\b(?:bewaar|spaar|verzamel|liggen\s+klaar|opgespaard)\w*)"
        r"|\bbesluit\s+genomen\b"
        r"(?!.*\b(?:hockey|voetbal|studie|opleiding|school|baan|werk|verhuiz\w*|club|kiezen|gekozen|"
        r"stop\s+met\s+(?!alles\b)\w+|stoppen\s+met\s+(?!alles\b)\w+)\b)"
        r"[^?]*\b(?:rustig|goed\s+zo|geen\s+zorgen|vrede)\b"
        # nothing left: "ik heb niks meer om voor te leven", "vanbinnen al dood"
        r"|\b(?:niks|niets|niemand)\s+(?:meer\s+)?(?:om|waar\s*ik)\s+(?:nog\s+)?voor\s+(?:te\s+)?leven?\b"
        r"|\bnothing\s+(?:left\s+)?to\s+live\s+for\b"
        r"|\b(?:vanbinnen|van\s+binnen)\s+(?:al\s+)?dood\b|\balready\s+dead\s+inside\b"
        r"|\bstel\s+(?:niks|niets)\s+(?:meer\s+)?voor\b|\bben\s+(?:eigenlijk|toch)\s+al\s+weg\b"
        r"|\b(?:lichaam|hoofd|lijf)\s+is\s+op\b[^.!?]*\b(?:alles|ik|hoofd|lichaam)\s+(?:is|ben)\s+op\b"
        # a burden, sorry to exist: "sorry dat ik zo'n teleurstelling ben"
        r"|\bsorry\s+(?:dat\s+ik|for\s+being)\s+(?:altijd\s+)?(?:zo'?n|zon|zo\s+een|such\s+a|so\s+much\s+of\s+a)\s+"
        r"(?:\w+\s+)?(?:last|teleurstelling|mislukking|burden|disappointment|failure)\b"
        r"|\b(?:dan\s+)?(?:heeft|hoeft)\s+niemand\s+(?:meer\s+)?last\s+(?:meer\s+)?van\s+(?:me|mij)\b"
        r"|\bhoeft\s+niemand\s+(?:meer\s+)?(?:aan\s+(?:me|mij)\s+te\s+denken|(?:me|mij)\s+te\s+(?:missen|onthouden))\b"
        # wishing it would stop: "ik hoop dat het nooit meer licht wordt", "tot het ophoudt"
        r"|\bhoop\s+(?:\w+\s+)?dat\s+het\s+nooit\s+meer\s+(?:licht|dag|ochtend|morgen)\s+wordt\b"
        r"|\b(?:hoop|hoopte|wens)\b(?:\s+\w+){0,8}?\s+tegen\s+(?:me|mij)\s+(?:aan\s*rijdt|aanrijdt|opbotst|"
        r"inrijdt)\b"
        r"|\b(?:doe|speel|ga)\s+(?:gewoon\s+|maar\s+)*(?:mee|door)\s+tot\s+het\s+(?:ophoudt|stopt|voorbij\s+is)\s*"
        r"(?:[.!…]|$)"
        r"|\bwil\s+(?:er\s+)?niet\s+meer\s+(?:onder\s+vandaan|onder\s+uit)\b(?!.*\b(?:koud|lekker|warm)\b)"
        r"|\bdat\s+ik\s+mag\s+stoppen\s*(?:[.!?…]|$)"
        r"|\b(?:ophou|ophoud|stop)\s*[.!…,]+\s*met\s+alles\b"
        r"|\bbeter\s+(?:is\s+)?als\s+ik\s+(?:gewoon\s+)?(?:ophou|ophoud|verdwijn|wegga)\b"
        r"|\b(?:komt\s+goed|goed\s+komt)\b[^.!?]*\bniet\s+meer\s+(?:op\s+)?(?:wachten|wacht)\b"
        r"|\bwaar\s+ik\s+(?:heen|naartoe)\s+ga\b[\s,]+(?:\w+\s+){0,4}?niet\s+(?:meer\s+)?nodig\b"
        r"|\bwil\s+niet\s+dat\s+iemand\s+(?:me|mij)\s+(?:komt\s+)?(?:redt|redden|tegenhoudt|tegenhouden)\b"
        r"|\b(?:don'?t|dont)\s+want\s+(?:anyone|anybody|to\s+be)\s+(?:to\s+)?(?:save|saved|stop)\b"
        # nothing matters: "it doesn't matter anymore, none of it does"
        r"|\bnone\s+of\s+it\s+(?:does|matters)\b|\bnothing\s+matters\s+(?:anymore|any\s+more)\b"
        r"|\bhet\s+maakt\s+(?:\w+\s+)?allemaal\s+(?:niet|niks|niets)\s+meer\s+uit\b"
        r"|\bik\s+hou\s+het\s+niet\s+meer\s*(?:[.!…,]|$)"
        r"|\bkan\s+(?:dit|het)\s+(?:echt\s+|gewoon\s+)?niet\s+(?:meer|langer)\s+volhouden\b"
        r"|\bniet\s+meer\s+om\s+te\s+doen\s+alsof\b"
        r"|\b(?:can'?t|cannot|cant)\s+keep\s+going\s+like\s+this\b"
        r"|\bz[e3]lfm[o0]{2}r[dt]\w*"
        # emoji hints: "💊💊💊 😴 welterusten voor altijd", "🖤 doei iedereen 🖤"
        r"|\b(?:welterusten|slaap\s+lekker|goodnight|good\s+night|truste)\s+(?:voor\s+altijd|voorgoed|forever|"
        r"for\s+good)\b",
        kind="signal",
        urgent=True,
    ),
    AllOf(
        "suicide",
        FLAG,
        # emoji hints alone: "🙂🔪", "🪦 lol" (a grave, a knife, pills and next to no words)
        parts=(
            r"🔪|🪦|⚰|🪢|💊|🩸",
            r"^[^a-z0-9]*(?:(?:lol|einde|the\s+end|doei\s+iedereen|bye\s+everyone|doei|bye|klaar|done|"
            r"soon|binnenkort|weer)[^a-z0-9]*)?$",
        ),
        across_clauses=True,
        kind="signal",
        urgent=True,
    ),
    AllOf(
        "suicide",
        FLAG,
        # a dark heart or wilted rose around a goodbye and nothing else: "🖤 doei iedereen 🖤"
        parts=(
            r"🖤|🥀|🕊",
            r"^[^a-z0-9]*(?:einde|the\s+end|doei\s+iedereen|bye\s+everyone|doei\s+allemaal|vaarwel|"
            r"goodbye|farewell)[^a-z0-9]*$",
        ),
        across_clauses=True,
        kind="signal",
        urgent=True,
    ),
    *each_alternative(
        AllOf(
            "suicide",
            FLAG,
            # affairs put in order: passwords written down, letters "voor later", a tidied room
            parts=(
                r"\b(?:wachtwoorden|wachtwoord|pincodes?|codes|passwords)\b"
                r"|\b(?:brief|brieven|briefje|briefjes|letters?|notes?)\b"
                r"|\b(?:opgeruimd|uitgezocht|geregeld|verdeeld)\b",
                r"\bals\s+het\s+zover\s+is\b|\bvoor\s+later\b[^.!?]*\bals\s+ik\s+(?:er\s+niet\s+meer\s+ben|weg\s+ben)\b"
                r"|\bvoor\s+als\s+ik\s+(?:er\s+)?(?:niet\s+meer\s+ben|weg\s+ben)\b"
                r"|\bjust\s+in\s+case\s+something\s+happens\b|\bfor\s+when\s+i'?m\s+gone\b"
                r"|\balsof\s+ik\s+(?:\w+\s+){0,2}?(?:verhuis|verhuizen|wegga|weg\s+ga|vertrek\w*)\b[^.!?]*\bmaar\s+ik\s+"
                r"(?:ga\s+)?(?:niet|nergens)\b",
            ),
            none_of=(r"\b(?:vakantie|reis|kamp|stage|examen|toets|haha\w*|lol)\b",),
            none_of_in_message=True,
            across_clauses=True,
            kind="signal",
            urgent=True,
        )
    ),
    AllOf(
        "suicide",
        FLAG,
        # a goodbye in thanks: "bedankt dat je mijn buddy was. jij was de enige die luisterde"
        parts=(
            r"\b(?:bedankt|dankje\w*|dank\s+je|thanks?|thank\s+you)\b",
            r"\b(?:jij|je|you)\s+(?:was|were)\s+de\s+enige\b|\byou\s+were\s+the\s+only\s+one\b"
            r"|\bdat\s+(?:je|jij)\s+(?:mijn|mn|m'n)\s+\w+\s+was\b|\bfor\s+being\s+my\s+\w+\s*(?:[.!…]|$)"
            r"|\b(?:zal|ga)\s+(?:je|jullie|jou|niemand)\s+(?:\w+\s+)?(?:niet\s+)?(?:meer|nooit\s+meer)\s+"
            r"lastig\s*(?:vallen|te\s+vallen)\b|\bwon'?t\s+bother\s+(?:you|anyone)\s+(?:anymore|again)\b"
            r"|\bons\s+laatste\s+(?:gesprek|gesprekje|appje)\b",
        ),
        none_of=(
            _NOT_JOKING10 + r"|\b(?:tot\s+(?:morgen|straks|volgende|zo)|volgende\s+week|"
            r"nieuwe\s+buddy|verhuis\w*|stage|vakantie|huiswerk|vragen)\b",
        ),
        none_of_in_message=True,
        across_clauses=True,
        kind="signal",
        urgent=True,
    ),
    AllOf(
        "suicide",
        FLAG,
        # nothing matters any more: "dus wat maakt het nog uit", "it doesn't matter anymore"
        parts=(
            r"\bwat\s+maakt\s+het\s+(?:\w+\s+)?(?:nog|allemaal|eigenlijk)\s+uit\s*(?:[.!?…]|$)"
            r"|\b(?:it|life|anything)\s+(?:doesn'?t|does\s+not)\s+matter\s+(?:anymore|any\s+more)\b"
            r"|\bmaakt\s+(?:\w+\s+)?(?:allemaal\s+)?niet\s+meer\s+uit\s+(?:eigenlijk|toch)\b",
        ),
        none_of=(
            _NOT_JOKING10 + r"|" + _JOKE_OR_TASK13 + r"|\b(?:kleur|welke|cancelled|afgelast|regen|"
            r"photo|pic|foto\w*|stuur|send|adres|address|nummer|number)\b",
        ),
        none_of_in_message=True,
        kind="signal",
        urgent=True,
    ),
    *each_alternative(
        AllOf(
            "selfharm",
            FLAG,
            # wounds hidden or deserved: "vol nieuwe lijntjes", "doen pijn. maar dat verdien ik"
            parts=(
                r"\b(?:vol|onder\s+de)\s+(?:\w+\s+)?(?:lijntjes|streepjes|strepen|sneetjes|krasjes)\b"
                r"|\b(?:brandplekken|brandwonden|brandplek|krassen|sneetjes|wondjes|littekens)\b"
                r"[^?]*\b(?:verdien|verdiend|mijn\s+straf|eigen\s+schuld|niemand\s+(?:ziet|mag))\b"
                r"|\b(?:armen|polsen|bovenbenen|benen)\s+zien\s+er\s+(?:\w+\s+)?niet\s+uit\b"
                r"[^?]*\b(?:lange\s+mouwen|lange\s+broek|verbergen|verstoppen|niemand\s+(?:ziet|mag))\b"
                r"|\bruikt\s+naar\s+bloed\b|\b(?:heb|deed)\s+(?:het\s+)?weer\s*(?:[.…]{2,}|…)\s*je\s+weet\s+wel\b"
                r"|\b(?:heb|did)\s+(?:het\s+|it\s+)?(?:weer|again)\s+gedaan\b",
                r"\b(?:ik|me|mijn|mn|m'n|my|i)\b|^",
            ),
            none_of=(
                _NOT_JOKING10
                + r"|\b(?:koud|zon|zonnebrand|muggen|eczeem|tattoo|sproeten|uitslag|allergie|neus|"
                r"gevallen|keuken|koken|kat|hond|tandarts|vlees|huiswerk|afwas|oven)\b",
            ),
            none_of_in_message=True,
            across_clauses=True,
            kind="signal",
            urgent=True,
        )
    ),
    AllOf(
        "selfharm",
        FLAG,
        # told around the word: "ik heb weer... je weet wel. met een mesje 🩸"
        parts=(
            r"\bje\s+weet\s+wel\b|\byou\s+know\b|\bweer\s+gedaan\b|\bagain\b",
            r"\b(?:mesje|mesjes|scheermesje|blade|razor|bloed|blood)\b|🩸|🔪",
        ),
        none_of=(r"\b(?:keuken|koken|neus|tandarts|scheren|shave|benen\s+scheren)\b",),
        none_of_in_message=True,
        across_clauses=True,
        kind="signal",
        urgent=True,
    ),
    AllOf(
        "suicide",
        FLAG,
        # curious about dying: "wat gebeurt er met je account als je doodgaat? gewoon benieuwd"
        parts=(
            r"\b(?:doodgaat|dood\s+gaat|doodga|sterft|overlijdt|dood\s+bent|dood\s+ben|when\s+you\s+die|"
            r"if\s+you\s+die|after\s+i\s+die|when\s+i\s+die|if\s+i\s+die|hoe\s+lang\s+het\s+duurt)\b",
            r"\b(?:gewoon\s+benieuwd|zomaar\s+(?:een\s+)?vraag|vraag\s+ik\s+me\s+af|just\s+curious|just\s+wondering|"
            r"asking\s+for\s+a\s+friend|vraag\s+voor\s+een\s+vriendin?|niet\s+boos\s+worden|niks\s+aan\s+de\s+hand|"
            r"geen\s+zorgen)\b",
        ),
        none_of=(
            r"\b(?:hond|kat|konijn|cavia|vis|hamster|plant|oma|opa|serie|game|film|boek|karakter|personage|"
            r"trein|bus|oven|pakket\w*|bezorg\w*|levering)\b",
        ),
        none_of_in_message=True,
        across_clauses=True,
        kind="signal",
        urgent=True,
    ),
    *each_alternative(
        AllOf(
            "suicide",
            FLAG,
            # the pull of a drop: "op het perron, het trekt", "lang naar het water gekeken"
            parts=(
                r"\bhet\s+trekt\s*(?:[.!…]|$)|\bit\s+pulls\b"
                r"|\b(?:lang|minutenlang|uren|heel\s+lang)\s+naar\s+(?:het\s+water|beneden|de\s+diepte|de\s+rails|"
                r"het\s+spoor|de\s+treinen|de\s+weg)\s+(?:\w+\s+)?(?:gekeken|staren|gestaard|kijken|gekeken)\b"
                r"|\bkijk\s+naar\s+beneden\b|\blooking\s+down\b",
                r"\b(?:perron|spoor|rails|trein|treinen|brug|dak|rand|reling|flat|kade|parkeergarage|viaduct|"
                r"balkon|platform|bridge|roof|ledge|edge|tracks)\b",
                _FIRST_PERSON,
            ),
            none_of=(
                r"\b(?:strand|zee|zonsondergang|mooi|boot|eendjes|vissen|zwemmen|uitzicht|vuurwerk|foto|"
                r"vertraging|tandarts|hoogtevrees\s+oefen\w*|klimmen)\b",
            ),
            none_of_in_message=True,
            across_clauses=True,
            kind="signal",
            urgent=True,
        )
    ),
    AllOf(
        "suicide",
        FLAG,
        # "lijkt me rustig, onder de grond. geen gedoe meer"
        parts=(
            r"\bonder\s+de\s+grond\b|\bsix\s+feet\s+under\b",
            r"\b(?:lijkt\s+me|rustig|geen\s+gedoe|fijn|heerlijk|wil|peaceful|nice)\b",
        ),
        none_of=(
            r"\b(?:metro|trein|tunnel|parkeergarage|kelder|mol|wortels|bunker|grot|mijn\s+werker|leiding\w*|"
            r"kabels|bloembollen)\b",
        ),
        none_of_in_message=True,
        across_clauses=True,
        kind="signal",
        urgent=True,
    ),
    AllOf(
        "suicide",
        FLAG,
        # "waarom nog" when she wakes up: "elke ochtend word ik wakker en denk ik: waarom nog"
        parts=(
            r"\bwaarom\s+(?:eigenlijk\s+)?nog\s*[?.!…]*\s*$|\bwhy\s+(?:even\s+)?bother\s*[?.!…]*\s*$",
            r"\b(?:wakker|opsta|opstaan|ochtend|elke\s+dag|denk\s+ik|wake\s+up|morning|every\s+day)\b",
        ),
        none_of=(_NOT_JOKING10 + r"|" + _JOKE_OR_TASK13,),
        none_of_in_message=True,
        across_clauses=True,
        kind="signal",
        urgent=True,
    ),
    AllOf(
        "suicide",
        FLAG,
        # "alles voelt zinloos, ik ben er zo klaar mee"
        parts=(
            r"\b(?:alles|het\s+leven|mijn\s+leven|mn\s+leven|m'n\s+leven|niks|everything|life)\s+"
            r"(?:voelt|is|lijkt|feels|seems)\s+(?:\w+\s+)?(?:zinloos|nutteloos|pointless|meaningless)\b"
            r"(?!\s+(?:om|als|zonder|with|without)\b)",
        ),
        none_of=(_NOT_JOKING10 + r"|" + _JOKE_OR_TASK13 + r"|\b(?:wifi|internet|vergadering)\b",),
        none_of_in_message=True,
        kind="signal",
        urgent=True,
    ),
    AllOf(
        "suicide",
        FLAG,
        # "niemand merkt het" about herself, not slipping out ("ik haal je, niemand merkt het")
        parts=(r"\bniemand\s+merkt\s+het\b", _FIRST_PERSON),
        none_of=(
            r"\b(?:je|jij|jou|jouw|we|wij|ons|samen|halen|ophalen|ophaal|haal|kom|komen|stiekem|you|"
            r"achterop|alleen|afspre\w*|mee|bij\s+(?:mij|me))\b",
        ),
        none_of_in_message=True,
        across_clauses=True,
        kind="signal",
        urgent=True,
    ),
)


# Round 15 (heldout15-22, eight authors): acute fear told with the body (trembling, no air, a
# racing heart) or with what is happening now (followed, found, someone inside, hit again, not let
# go); means taken or gathered (pills counted, too many taken, drink with pills, a plan not to be
# talked about); self-harm and starving in other words; "why do I still try"; better gone, ceasing
# to exist, forgotten in a week; goodbyes through belongings, scheduled messages and "tell her it
# is not her fault"; "not ok, please answer". families15.py has the paraphrases and near misses.
_BODY_FEAR15: Final = (
    r"\b(?:bang|doodsbang|angstig|paniek\w*|tril|tril\w*|beef|scared|terrified|afraid|shaking)\b"
    r"|\bwat\s+moet\s+ik\s+doen\b|\bweet\s+(?:echt\s+)?niet\s+(?:meer\s+)?wat\s+ik\s+moet\s+doen\b"
    r"|\bniet\s+(?:\w+\s+){0,3}?durf\b|\bweet\s+(?:echt\s+)?niet\s+(?:meer\s+)?waar\s+ik\s+heen\s+moet\b|\bdurf\s+(?:\w+\s+){0,3}?niet\b"
    r"|\bhelp\b|\bverstopt\b|\bop\s+slot\b|\bwhat\s+do\s+i\s+do\b"
)
_NOW_DANGER15: Final = (
    r"\b(?:volgt|volgen|gevolgd|achtervolg\w*|following|followed)\b"
    r"|\b(?:rijdt|rijden|reed|loopt|lopen)\s+(?:\w+\s+){0,3}?(?:rondjes|achter\s+(?:me|mij))\b|\brondjes\s+om\b"
    r"|\b(?:heeft|hebben)\s+(?:me|mij)\s+(?:\w+\s+)?gevonden\b|\b(?:me|mij)\s+gevonden\s+hebben\b"
    r"|\bbinnen\s*gekomen\b|\bbinnengekomen\b"
    r"|\b(?:voor|bij|aan)\s+(?:de|mijn|m'n|mn|ons|het)\s+(?:deur|voordeur|raam)\b"
    r"|\b(?:laten|laat|lieten)\s+(?:me|mij)\s+niet\s+(?:weg|weggaan|gaan)\b"
    r"|\bgedreigd\b|\b(?:heeft|hebben)\s+(?:me|mij)\s+(?:\w+\s+)?geslagen\b"
    r"|\b(?:hij|ze|zij|ie|iemand|een\s+man|mannen)\s+(?:\w+\s+){0,2}?wacht\w*\s+(?:\w+\s+)?op\s+(?:me|mij)\b"
    r"|\bkrijg\s+(?:bijna\s+|haast\s+)?geen\s+(?:adem|lucht)\b|\bhart\s+(?:gaat|bonkt|klopt)\s+(?:zo\s+)?"
    r"(?:tekeer|te\s+keer|hard|snel)\b|\btril\s+helemaal\b|\bcan'?t\s+breathe\b"
)
_NOT_FUN15: Final = (
    _NOT_JOKING10
    + r"|"
    + _SCHOOLISH10
    # (afraid for a sister or a friend is told about someone else)
    + r"|\b(?:bang|zorgen)\s+(?:voor|om)\s+(?:haar|mijn\s+|mn\s+|m'n\s+)?"
    r"(?:zus\w*|broer\w*|vriendin\w*|moeder|nichtje|haar)\b"
    r"|\b(?:spin|spinnen|hond|honden|kat|muis|wesp|achtbaan|pretpark|escape\s*room|"
    r"rennen|hardlopen|gerend|sport|gym|fitness|trap|astma|verkouden|pakketje|bezorger|postbode|"
    r"pizza|verstoppertje|spel|game|serie|film|horror|boek|droom|gedroomd|nachtmerrie|juf|meester|"
    r"mentor|docent|leraar|lerares|coach|trainer|lachen|gelachen|grappig|verkoud\w*|neus|allergi\w*|"
    r"hooikoorts|mondkapje|sauna)\b"
)
_ME15: Final = r"\b(?:ik|me|mij|mezelf|i|i'm|im|myself)\b"
_FAMILIES15: Final[tuple[Pattern | AllOf, ...]] = (
    *each_alternative(
        AllOf(
            "distress",
            FLAG,
            # afraid now, in her body or in what is happening: "ik ben zo bang, ik tril helemaal
            # en krijg geen adem", "hij is binnen gekomen ik weet niet wat ik moet doen", "er rijdt
            # een auto rondjes om ons huis, ik ben doodsbang", "hij heeft me weer geslagen en ik
            # weet niet waar ik heen moet" (not a spider, a film, a race or a test)
            parts=(_NOW_DANGER15, _BODY_FEAR15, _ME15),
            none_of=(_NOT_FUN15,),
            none_of_in_message=True,
            across_clauses=True,
            kind="signal",
            urgent=True,
        )
    ),
    AllOf(
        "distress",
        FLAG,
        # found again at home: "ik hoor iemand bij mijn raam, ik denk dat ze me gevonden hebben"
        # (found on insta or by a new number is a disclosure, without the urgent mark)
        parts=(
            r"\b(?:hij|ze|zij)\s+(?:me|mij)\s+(?:\w+\s+)?gevonden\s+(?:heeft|hebben)\b"
            r"|\b(?:heeft|hebben)\s+(?:me|mij)\s+(?:weer\s+|toch\s+|nu\s+)?gevonden\b",
            r"\b(?:raam|deur|voordeur|buiten|straat|huis|achter\s+(?:me|mij)|hoor|opvang)\b",
        ),
        none_of=(
            _NOT_FUN15
            + r"|\b(?:insta\w*|tiktok|snap\w*|online|account|nummer|app|facebook|telegram|"
            r"whatsapp|profiel|zoekmachine|google)\b",
        ),
        none_of_in_message=True,
        across_clauses=True,
        kind="signal",
        urgent=True,
    ),
    AllOf(
        "distress",
        FLAG,
        # panic alone at home: "ik krijg geen lucht, mijn hart gaat tekeer en ik ben alleen"
        parts=(
            r"\bkrijg\s+(?:bijna\s+|haast\s+)?geen\s+(?:adem|lucht)\b|\bhyperventil\w*",
            r"\b(?:alleen|hart|tril\w*|paniek\w*|bang|help)\b",
        ),
        none_of=(_NOT_FUN15,),
        none_of_in_message=True,
        across_clauses=True,
        kind="signal",
        urgent=True,
    ),
    AllOf(
        "distress",
        FLAG,
        # "kan iemand alsjeblieft reageren, ik ben echt niet oke", "ik hoor steeds zijn stem, ik
        # word gek"
        parts=(
            r"\bik\s+ben\s+(?:echt|helemaal|gewoon|zo|really|just)\s+(?:niet|nie)\s+(?:oke|oké|ok|okay|okee|oki)\b"
            r"(?!\s+(?:met|with|dat|about|daarmee|hiermee)\b)"
            r"|\bi'?m\s+(?:really|just|so)\s+not\s+(?:ok|okay|alright)\b(?!\s+(?:with|about)\b)"
            r"|\bhoor\s+(?:\w+\s+)?(?:steeds|de\s+hele\s+tijd|telkens|elke\s+nacht|continu|overal)\s+"
            r"(?:zijn|haar|hun|die)\s+stem\b",
            # (the emoji first: a leading \b would be checked before them too, see Searcher)
            r"😭|😢|😰|\b(?:alsjeblieft|alsjeblief|aub|pls|please|plz|iemand|reageer|reageren|help|someone|"
            r"anyone|gek|slaap|slapen|sleep)\b",
        ),
        none_of=(
            _NOT_FUN15
            + r"|\b(?:ziek|griep|buikpijn|hoofdpijn|kater|ongesteld|menstruatie|misselijk|liedje|"
            r"nummer|song|podcast|zanger|zangeres)\b",
        ),
        none_of_in_message=True,
        across_clauses=True,
        kind="signal",
        urgent=True,
    ),
    Pattern(
        "suicide",
        FLAG,
        # means taken: "ik heb al 10 pillen op", "te veel slaappillen genomen", "took too many"
        r"\b(?:al|heb|had)\s+(?:\w+\s+){0,2}?(?:[5-9]|\d\d+|tien|twintig|dertig|zoveel|een\s+heleboel|een\s+hele\s+strip)\s+"
        r"(?:\w+\s+)?(?:pillen|pilletjes|tabletten|paracetamols?|slaappillen|oxazepams?)\s+"
        r"(?:op|genomen|geslikt|ingenomen)\b"
        r"|\b(?:te\s+veel|teveel)\s+(?:\w+\s+){0,3}?(?:pillen|pilletjes|tabletten|slaappillen|medicijnen|"
        r"medicatie|paracetamol)\s+(?:\w+\s+)?(?:genomen|geslikt|ingenomen|op)\b"
        r"|\b(?:took|taken|swallowed)\s+(?:way\s+)?too\s+many\s+(?:of\s+)?(?:my\s+|the\s+)?(?:\w+\s+)?(?:pills|tablets|meds|"
        r"painkillers)\b"
        r"|\b(?:took|swallowed)\s+(?:all|a\s+bunch|a\s+lot|the\s+whole\s+\w+)\s+of\s+(?:my\s+|the\s+)?(?:\w+\s+)?"
        r"(?:pills|tablets|meds)\b"
        # looked up how many: "ik heb opgezocht hoeveel van die pillen je nodig hebt"
        r"|\b(?:opgezocht|gegoogeld|gegoogled|googled|looked\s+up)\s+(?:\w+\s+){0,3}?(?:hoeveel|how\s+many|"
        r"how\s+much)\b(?:\s+\w+){0,4}?\s+(?:pillen|tabletten|paracetamol|pills|tablets)\b"
        r"(?=.*\b(?:nodig|dodelijk|genoeg|lethal|enough|overdosis|overdose|need)\b)"
        # drink with the pills: "de hele fles wodka op en mn pillen erbij"
        r"|\b(?:fles|flessen|bottle)\b(?:\s+\w+){0,3}?\s+(?:op|leeg|gedronken|drunk)\b(?:\s+\w+){0,3}?\s+"
        r"(?:pillen|tabletten|pills|medicijnen)\b"
        # the how is decided: "ik wil niet meer en ik heb al opgeschreven hoe"
        r"|\bik\s+wil\s+(?:echt\s+|gewoon\s+)?niet\s+meer\s+en\s+(?:ik\s+)?(?:heb|weet)\s+(?:\w+\s+){0,2}?"
        r"(?:hoe|wanneer|een\s+plan)\b"
        r"|\b(?:ik\s+)?heb\s+een\s+plan\s*[.!…,]+\s*(?:\w+\s+){0,2}?(?:wil|ga)\s+(?:er\s+)?niet\s+over\s+"
        r"(?:praten|hebben)\b(?!.*\b(?:verrassing|feest|verjaardag|cadeau|surprise)\b)",
        kind="signal",
        urgent=True,
    ),
    AllOf(
        "suicide",
        FLAG,
        # means gathered: "paracetamol gekocht, 2 doosjes, bij twee verschillende winkels"
        parts=(
            r"\b(?:pillen|pilletjes|tabletten|paracetamol|slaappillen|medicijnen|oxazepam|pills)\b",
            r"\b(?:verschillende|andere)\s+(?:winkels|apotheken|drogisterijen|shops)\b|\bopgespaard\b"
            r"|\bweet\s+(?:\w+\s+)?niet\s+waarom\s+ik\s+(?:je|jou)\s+dit\s+vertel\b",
        ),
        none_of=(
            _NOT_JOKING10 + r"|\b(?:mama|moeder|papa|vader|oma|opa|voor\s+(?:haar|hem)|uitverkocht|"
            r"aanbieding|korting|op\s+was)\b",
        ),
        none_of_in_message=True,
        across_clauses=True,
        kind="signal",
        urgent=True,
    ),
    AllOf(
        "selfharm",
        FLAG,
        # "ik zit in de badkamer met de deur op slot en ik heb iets stoms gedaan"
        parts=(
            r"\b(?:heb|had)\s+(?:\w+\s+)?iets\s+(?:heel\s+)?(?:stoms|doms|ergs|heel\s+ergs)\s+gedaan\b"
            r"|\bi\s+(?:did|have\s+done)\s+something\s+(?:really\s+)?(?:stupid|bad)\b",
            r"\b(?:badkamer|wc|op\s+slot|bloed|pillen|mesje|bathroom|locked|blood|pills)\b",
        ),
        none_of=(
            _NOT_JOKING10
            + r"|\b(?:sleutel\w*|telefoon|laten\s+vallen|gevallen|kapot|huiswerk|toets)\b",
        ),
        none_of_in_message=True,
        across_clauses=True,
        kind="signal",
        urgent=True,
    ),
    *each_alternative(
        AllOf(
            "selfharm",
            FLAG,
            # starving, purging, scratching to feel: "ik eet al dagen niks meer, het heeft toch
            # geen zin", "ik ben weer expres aan het overgeven", "krabde tot het bloedde"
            parts=(
                r"\b(?:eet|at)\s+(?:ik\s+)?(?:al\s+)?(?:\w+\s+){0,4}?(?:niks|niets|niet)\s+meer\b"
                r"|\b(?:dagen|dag|week|weken)\s+(?:niet|niks|niets)\s+(?:meer\s+)?gegeten\b"
                r"|\b(?:haven'?t|have\s+not)\s+eaten\s+(?:in|for)\b|\bstopped\s+eating\b",
                r"\b(?:heeft|had)\s+(?:\w+\s+)?geen\s+zin\s*(?:[.!…,]|$)|\bgeen\s+zin\s+meer\s+om\b"
                r"|\bwil\s+(?:ik\s+)?(?:ook\s+)?niet\s+meer\s*(?:[.!…,]|$)|\bverdien\b|\bhaat\s+(?:mezelf|mijn|mn)\b"
                r"|\bsinds\s+het\s+gebeurd\b|\bwhat'?s\s+the\s+point\b|\bdon'?t\s+deserve\b",
            ),
            none_of=(
                _NOT_JOKING10
                + r"|\b(?:ziek|griep|buikgriep|misselijk|ramadan|vasten|beugel|tandarts|operatie|"
                r"kiespijn|dieet|snoep|chips|vlees|spruitjes|vegetar\w*|vegan)\b",
            ),
            none_of_in_message=True,
            across_clauses=True,
            kind="signal",
            urgent=True,
        )
    ),
    Pattern(
        "selfharm",
        FLAG,
        r"\b(?:expres|express|bewust|opzettelijk|weer\s+expres)\s+(?:\w+\s+){0,2}?(?:overgeven|overgegeven|kotsen|"
        r"gekotst|braken|spugen)\b|\bvingers?\s+in\s+(?:mijn|mn|m'n)\s+keel\b"
        r"|\bmake\s+myself\s+(?:throw\s+up|sick|puke|vomit)\b|\bmade\s+myself\s+(?:throw\s+up|puke|vomit)\b"
        r"|\b(?:gekrabd|gekrast|krabde|kraste|krab|kras|scratched|scratch|pinched|sneed)\b(?:\s+\w+){0,4}?\s+"
        r"(?:tot|till|until)\s+(?:het|ze|it|they)\s+(?:bloedde|bloedden|bloedt|bled|bleed|bleeds)\b"
        r"(?!.*\b(?:mug\w*|muggenbult\w*|jeuk\w*|eczeem|korst\w*|bug\s+bites?|itch\w*|mosquito\w*)\b)"
        r"|\b(?:only|enige)\s+(?:way|manier)\s+(?:to|om)\s+(?:(?:nog\s+)?iets\s+te\s+voelen|feel\s+something|"
        r"feel\s+anything)\b",
        kind="signal",
        urgent=True,
    ),
    AllOf(
        "selfharm",
        FLAG,
        # hidden: "ik draag weer lange mouwen, ook als het warm is. je weet wel waarom";
        # wounds kept from the doctor: "de wondjes op mn pols zijn ontstoken"
        parts=(
            r"\blange\s+mouwen\b|\blong\s+sleeves\b"
            r"|\b(?:wondjes|wondje|wonden|sneetjes|snijwond\w*|krassen|krasjes|lijntjes)\s+op\s+"
            r"(?:mijn|mn|m'n|my)\s+(?:pols|polsen|bovenbeen|bovenbenen|dijen|arm|armen|wrists?|thighs?|arms?)\b",
            r"\b(?:ook\s+als|zelfs\s+als|terwijl)\s+het\s+(?:warm|heet|zomer)\b|\bje\s+weet\s+wel\s+waarom\b"
            r"|\byou\s+know\s+why\b|\beven\s+(?:when|in)\s+(?:it'?s\s+)?(?:hot|summer)\b"
            r"|\bontstoken\b|\bdurf\s+niet\s+naar\s+de\s+(?:dokter|huisarts)\b|\bniemand\s+(?:mag|hoeft)\b"
            r"|\bweer\s+nieuwe\b",
        ),
        none_of=(
            _NOT_JOKING10
            + r"|\b(?:zon|sun|sunburn\w*|eczema|zonnebrand|verbrand\w*|eczeem|mug\w*|tattoo\w*|"
            r"kerk|moskee|hoofddoek|geloof|religie|koud|kat|poes|hond|konijn|gevallen|val|fiets\w*|"
            r"skate\w*|brandnetel\w*|doorn\w*|struik|tuin|keuken|hockey|voetbal|sport)\b",
        ),
        none_of_in_message=True,
        across_clauses=True,
        kind="signal",
        urgent=True,
    ),
    *each_alternative(
        AllOf(
            "suicide",
            FLAG,
            # why still try: "idk waarom ik nog probeer", "ik weet niet waarom ik nog mijn best doe,
            # er verandert toch nooit iets", "waarom ik hier nog ben", "het maakt niet uit wat ik
            # doe, ik blijf altijd dat meisje van toen", "i don't see any future for me"
            parts=(
                r"\b(?:weet\s+(?:echt\s+)?(?:niet|nie)\s+(?:meer\s+)?|idk\s+|geen\s+idee\s+)waarom\s+ik\s+"
                r"(?:hier\s+)?(?:eigenlijk\s+)?nog\s+(?:hier\s+)?(?:probeer|mijn\s+best\s+doe|m'n\s+best\s+doe|"
                r"mn\s+best\s+doe|doorga|door\s+ga|opsta|vecht)\s*(?:[.,!?…]|$|eigenlijk\b)"
                r"|\bweet\s+(?:echt\s+)?(?:niet|nie)\s+(?:meer\s+)?waarom\s+ik\s+(?:hier\s+)?(?:eigenlijk\s+)?nog\s+"
                r"(?:hier\s+)?(?:ben|besta|leef)\s*(?:[.!?…]|$)"
                r"|\bwaarom\s+(?:nog\s+)?(?:leven|doorgaan|door\s+gaan|verder\s+gaan)\s+als\b"
                r"|\bik\s+zie\s+(?:het\s+)?(?:echt\s+)?geen\s+zin\s+meer\s*(?:[.!…]|$)"
                r"|\b(?:het\s+)?maakt\s+(?:toch\s+)?niet\s+uit\s+wat\s+ik\s+doe\b[^?]*\b(?:ik\s+blijf|blijf\s+ik|"
                r"verandert\s+(?:toch\s+)?(?:nooit|niks|niets))\b"
                r"|\b(?:don'?t|do\s+not|can'?t)\s+see\s+(?:any|a)\s+future\s+for\s+(?:me|myself)\b"
                r"|\bzie\s+(?:echt\s+)?geen\s+toekomst\s+(?:meer\s+)?voor\s+(?:mezelf|mij|me)\b"
                r"|\bi'?m\s+done\s+fighting\s*(?:[.!…]|$)|\bben\s+klaar\s+met\s+vechten\s*(?:[.!…]|$)"
                r"|\bzie\s+mezelf\s+(?:echt\s+|gewoon\s+)?(?:geen|niet)\s+(?:volwassene|volwassen|oud|ouder|"
                r"18|achttien)\s+worden\b"
                r"|\bcan'?t\s+(?:see|imagine)\s+myself\s+(?:growing\s+up|being\s+an\s+adult|getting\s+older)\b"
                r"|\b(?:het|alles|het\s+leven)\s+(?:allemaal\s+|eigenlijk\s+|toch\s+)*geen\s+zin\s+meer\s+heeft\s*"
                r"(?:[.!…,]|$|en\b)"
                r"|\b(?:maakt|boeit)\s+(?:\w+\s+)?(?:niet|niks|niets)\s+(?:meer\s+)?uit\s+wat\s+(?:er\s+)?met\s+"
                r"(?:me|mij)\s+gebeurt\b|\b(?:kan|boeit)\s+(?:me|mij)\s+(?:\w+\s+)?(?:niet|niks)\s+(?:\w+\s+)?"
                r"(?:schelen|uit)\s+wat\s+(?:er\s+)?met\s+(?:me|mij)\s+gebeurt\b"
                r"|\b(?:don'?t|doesn'?t)\s+(?:care|matter)\s+what\s+happens\s+to\s+me\b",
            ),
            none_of=(
                _NOT_JOKING10
                + r"|"
                + _JOKE_OR_TASK13
                + r"|"
                + _SCHOOLISH10
                + r"|\b(?:wiskunde|feest|party|dieet|sportschool|gym|kapsel|haar|team|ruzie|"
                r"argument|sister|brother|zus|broer|beroep|baan)\b",
            ),
            none_of_in_message=True,
            kind="signal",
            urgent=True,
        )
    ),
    AllOf(
        "suicide",
        FLAG,
        # nothing to get up for: "ik heb nergens meer zin in, niet eens in opstaan"
        parts=(
            r"\b(?:heb|had)\s+(?:echt\s+|gewoon\s+)?nergens\s+meer\s+zin\s+in\b",
            r"\b(?:opstaan|op\s+te\s+staan|uit\s+bed|in\s+bed|nooit\s+meer|overgaat|dagen|weken|leven|alles)\b",
        ),
        none_of=(
            _NOT_JOKING10
            + r"|"
            + _JOKE_OR_TASK13
            + r"|\b(?:vandaag|vanavond|moe\s+van|feest|regen|weer|zondag|maandag)\b",
        ),
        none_of_in_message=True,
        across_clauses=True,
        kind="signal",
        urgent=True,
    ),
    Pattern(
        "suicide",
        FLAG,
        # better gone: "mss is het beter als ik gwn weg ben, voor iedereen", "beter als ik met
        # alles stop", "beter kan ophouden te bestaan", "beter ik ben dood dan zo leven"
        r"\bbeter\s+(?:is\s+|zou\s+zijn\s+|was\s+)?(?:als|wanneer|dat)\s+ik\s+(?:\w+\s+){0,2}?(?:weg\s+ben|weg\s+was|"
        r"er\s+niet\s+ben|er\s+niet\s+meer\s+ben)\s*(?:[.!…]|$|,?\s*(?:voor\s+iedereen|echt|gewoon|denk\s+ik|"
        r"eerlijk\s+gezegd)\b)"
        r"|\b(?:als|dat)\s+ik\s+(?:\w+\s+)?met\s+alles\s+(?:stop|ophou|ophoud)\b(?!\s+(?:wat|behalve|buiten|op|"
        r"naast|voor)\b)"
        r"|\b(?:ik|i)\s+(?:(?:gewoon|gwn|beter|liever|echt|soms|eigenlijk|kan|wil|zou|moet|ga|net\s+zo\s+goed)\s+){0,4}"
        r"(?:ophouden|ophou|ophoud|stoppen|stop)\s+(?:met\s+)?(?:te\s+)?bestaan\b"
        r"|\bi\s+(?:\w+\s+){0,3}?stop(?:ped)?\s+existing\b"
        r"|\bbeter\s+(?:ben\s+ik|ik\s+ben|dat\s+ik|was\s+ik|ik\s+was)\s+dood\b"
        r"|\b(?:relieved|better\s+off|happier|easier|fine)\b(?:\s+\w+){0,3}?\s+if\s+i\s+(?:\w+\s+)?(?:wasn'?t|"
        r"weren'?t|was\s+not|were\s+not)\s+(?:around|here|alive|there)\b"
        r"|\b(?:and|to|could|would)\s+(?:just\s+)?not\s+wake\s+up\b(?!\s+(?:early|late|till|until|before|at|"
        r"for|when|in\s+time|the|my|your|him|her|them|anyone|everyone|everybody|anybody|mom|dad)\b)"
        r"|\bin\s+slaap\s+(?:vallen|val)\s+en\s+(?:gewoon\s+)?(?:niet|nooit)\s+(?:meer\s+)?wakker\b"
        # running off for good: "weglopen en nooit meer terugkomen"
        r"|\b(?:weglopen|weggaan|verdwijnen|vertrekken)\s+en\s+(?:\w+\s+)?nooit\s+meer\s+(?:terugkomen|"
        r"terug\s+komen|terugkeren|thuiskomen|terug)\b"
        # a train, traffic: "voor de trein te stappen", "walk into traffic"
        r"|\bvoor\s+(?:de|een)\s+(?:trein|metro|tram|bus|vrachtwagen|auto)\s+(?:te\s+)?(?:stappen|stap|duiken)\b"
        r"|\b(?:walk|step|run|jump)\w*\s+(?:out\s+)?(?:into|in\s+front\s+of)\s+(?:traffic|a\s+(?:car|bus|train|"
        r"truck)|the\s+(?:train|bus|traffic|road))\b"
        # "ik ga vanavond een eind eraan maken", "dat ik het niet meer zie zitten"
        r"|\b(?:eind|einde)\s+eraan\s+(?:te\s+)?(?:maken|maak)\b(?!\s+(?:aan|met)\b)"
        r"|\b(?:het|dit|alles)\s+(?:echt\s+|gewoon\s+)?(?:niet|nie)\s+meer\s+(?:zie|zag)\s+zitten\b"
        # forgotten in a week: "na een week zou iedereen me toch alweer vergeten zijn"
        r"|\b(?:iedereen|niemand)\s+(?:zou|zal)\s+(?:me|mij)\s+(?:toch\s+|al\s+|alweer\s+|snel\s+|gewoon\s+)*"
        r"vergeten\s+(?:zijn|hebben)\b"
        r"|\b(?:zou|zal)\s+(?:iedereen|niemand)\s+(?:me|mij)\s+(?:\w+\s+){0,4}?vergeten\s+(?:zijn|hebben)\b"
        r"|\b(?:er|hier)\s+(?:net\s+)?zo\s+goed\s+niet\s+(?:kan|kon|zou\s+kunnen)\s+zijn\b"
        r"|\b(?:kan|kon)\s+(?:er|hier)\s+(?:net\s+)?zo\s+goed\s+niet\s+(?:zijn|meer\s+zijn)\b|\beveryone\s+(?:would|will)\s+(?:\w+\s+)?forget\s+(?:about\s+)?me\b"
        # worth: "ik verdien het niet om te leven"
        r"|\b(?:verdien|verdiende)\s+(?:het\s+)?niet\s+(?:om\s+)?(?:nog\s+)?te\s+(?:leven|bestaan)\b"
        r"|\bdon'?t\s+deserve\s+to\s+(?:live|exist|be\s+alive)\b",
        kind="signal",
        urgent=True,
    ),
    AllOf(
        "suicide",
        FLAG,
        # "ik verdien het niet om hier te zijn, na alles wat ik gedaan heb" (not a final or a prize)
        parts=(
            r"\b(?:verdien|verdiende)\s+(?:het\s+)?niet\s+(?:om\s+)?hier\s+te\s+zijn\b"
            r"|\bdon'?t\s+deserve\s+to\s+be\s+here\b",
            r"\bna\s+alles\s+wat\s+ik\b|\b(?:vies|waardeloos|niks\s+waard|niets\s+waard|schuld|after\s+everything|"
            r"worthless|disgusting)\b",
        ),
        none_of=(
            _NOT_JOKING10
            + r"|\b(?:finale|prijs|wedstrijd|team|selectie|opleiding|school|toneel|talent|"
            r"beter|award|final)\b",
        ),
        none_of_in_message=True,
        across_clauses=True,
        kind="signal",
        urgent=True,
    ),
    AllOf(
        "suicide",
        FLAG,
        # soon over: "het is binnenkort voorbij, dan hoeft niemand zich meer zorgen om mij te maken"
        parts=(
            r"\b(?:niemand|jullie|je|iedereen|nobody|no\s*one)\s+(?:\w+\s+){0,2}?(?:meer\s+)?(?:zorgen|druk)\s+"
            r"(?:meer\s+)?(?:om|over)\s+(?:me|mij)\b|\b(?:worry|worrying)\s+about\s+me\s+(?:anymore|any\s+more)\b",
            r"\b(?:binnenkort|straks|snel|bijna|soon|almost)\s+(?:\w+\s+){0,2}?(?:voorbij|over|klaar)\b|\bnooit\s+meer\b"
            r"|\bvoor\s+altijd\b|\bvoorgoed\b|\bit'?s\s+(?:almost\s+)?over\b",
        ),
        none_of=(
            _NOT_JOKING10
            + r"|"
            + _SCHOOLISH10
            + r"|\b(?:operatie|ziekenhuis|griep|verhuiz\w*|vakantie|onweer|storm|ruzie|examens?)\b",
        ),
        none_of_in_message=True,
        across_clauses=True,
        kind="signal",
        urgent=True,
    ),
    *each_alternative(
        AllOf(
            "suicide",
            FLAG,
            # goodbyes through belongings and messages: "alles opgeruimd en mijn spullen
            # verdeeld, het voelt rustig", "mijn moeder krijgt mijn sieraden, er ligt een briefje
            # bij", "i gave my necklace to my sister, she should have it when i'm gone"
            parts=(
                r"\b(?:spullen|sieraden|kleren|knuffels|ketting|armband|necklace|things|stuff|belongings|jewel\w*)\b"
                r"(?:\s+\w+){0,4}?\s+(?:verdeeld|weggegeven|gegeven|given|away)\b(?!\s+(?:over|in)\b)"
                r"|\b(?:krijgt|krijgen|gave|given|geef|geeft|gaf)\s+(?:\w+\s+){0,3}?(?:mijn|mn|m'n|my|al\s+mijn|"
                r"all\s+my)\s+(?:spullen|sieraden|kleren|knuffels|ketting|armband|necklace|things|stuff|"
                r"belongings|jewel\w*)\b"
                r"|\b(?:berichtje|berichtjes|berichten|brief|brieven|briefje|briefjes|mail|mails|video|filmpje)\s+"
                r"(?:\w+\s+){0,2}?(?:klaargezet|klaar\s+gezet|ingepland|ingesteld|scheduled)\b",
                r"\b(?:rustig|rust|meer\s+nodig\s+(?:dan|heeft\s+dan)\s+ik|when\s+i'?m\s+gone|once\s+i'?m\s+gone|"
                r"als\s+ik\s+(?:er\s+)?(?:niet\s+meer\s+ben|weg\s+ben)|briefje|brief|note|letter|"
                r"niet\s+meer\s+nodig|heb\s+ik\s+toch\s+niet\s+meer|ze\s+krijgen\s+(?:het|ze|hem)|krijgen\s+ze\s+(?:het|ze)|"
                r"need\s+(?:it|them)\s+more)\b",
            ),
            none_of=(
                _NOT_JOKING10
                + r"|\b(?:kringloop|verhuiz\w*|verhuis\w*|te\s+klein|te\s+groot|te\s+oud|"
                r"marktplaats|vinted|nieuwe|vakantie|verjaardag|jarig|felicit\w*|herinnering|reminder|"
                r"huiswerk|school|kerst|sinterklaas|nieuwjaar|goede\s+doel|charity|doos|dozen|wassen|groepsapp|"
                r"training|werk|stage|afspraak|les|rooster|"
                r"wasmachine|stomerij|opruimdag|lenen|geleend|uitlenen|terug\s+(?:krijg|geven))\b",
            ),
            none_of_in_message=True,
            across_clauses=True,
            kind="signal",
            urgent=True,
        )
    ),
    Pattern(
        "suicide",
        FLAG,
        # a goodbye film, one thing left: "een filmpje gemaakt om afscheid te nemen", "nog maar
        # één ding doen en dan ben ik klaar", "zorg dat mijn plek naar iemand gaat die het meer
        # verdient", "ik weet niet of ik die dag wil meemaken"
        r"\b(?:filmpje|video|brief|briefje|bericht|berichtje)\s+(?:\w+\s+){0,2}?(?:gemaakt|geschreven|opgenomen)"
        r"\s+om\s+afscheid\s+te\s+nemen\s*(?:[.,!…:]|$)"
        r"|\bnog\s+(?:maar\s+)?(?:één|een|1)\s+ding\s+(?:\w+\s+)?(?:doen|te\s+doen)\s+(?:en\s+)?dan\s+"
        r"(?:ben\s+ik|is\s+het)\s+(?:\w+\s+)?klaar\s*(?:[.…]|$)"
        r"|\b(?:mijn|mn|m'n)\s+plek\s+(?:\w+\s+){0,4}?(?:naar|aan)\s+iemand\s+(?:\w+\s+){0,2}?die\s+het\s+"
        r"(?:meer\s+)?verdient\b(?!.*\b(?:team|hockey|voetbal|club|stage|klas|wachtlijst|stop\s+met|ik\s+stop|"
        r"verhuis\w*|vakantie|bus|trein|rij)\b)"
        r"|\bweet\s+(?:echt\s+)?niet\s+of\s+ik\s+(?:die|deze|mijn|de|dat)\s+(?:dag|datum|verjaardag|kerst|zomer|"
        r"week)\s+(?:nog\s+)?(?:wil|ga|zal)\s+(?:meemaken|mee\s+maken)\b"
        r"(?!.*\b(?:haha\w*|lol|bruiloft|feest|concert|wedstrijd|toets|examen|uitslag|saai\w*)\b)",
        kind="signal",
        urgent=True,
    ),
    AllOf(
        "suicide",
        FLAG,
        # "als ik morgen niet reageer, zeg dan tegen mijn zusje dat het niet haar schuld is"
        parts=(
            r"\b(?:niet|nooit)\s+(?:haar|zijn|jouw|jullie|hun|jou)\s+schuld\s+(?:is|was)\b"
            r"|\b(?:is|was)\s+niet\s+(?:haar|zijn|jouw|jullie|hun|jou)\s+schuld\b"
            r"|\bnot\s+(?:her|his|your|their)\s+fault\b",
            r"\bals\s+ik\s+(?:\w+\s+){0,2}?(?:niet|nooit)\s+(?:meer\s+)?(?:reageer|antwoord|terugkom|terug\s+kom|"
            r"er\s+ben)\b|\bals\s+er\s+iets\s+(?:met\s+(?:me|mij)\s+)?gebeurt\b"
            r"|\bif\s+i\s+(?:don'?t|do\s+not)\s+(?:reply|answer|respond|come\s+back)\b|\bwhen\s+i'?m\s+gone\b",
        ),
        none_of=(
            _NOT_JOKING10 + r"|\b(?:vaas|kapot|gebroken|broke|ruzie|huiswerk|toets|wedstrijd)\b",
        ),
        none_of_in_message=True,
        across_clauses=True,
        kind="signal",
        urgent=True,
    ),
    AllOf(
        "suicide",
        FLAG,
        # a thanks said while there is still time: "bedankt voor alles, ik wilde dat nog even gezegd
        # hebben"; love sent through someone: "zeg tegen de groep dat ik ze lief vind, ik denk
        # niet dat ik nog kom"
        parts=(
            r"\b(?:bedankt|dankje\w*|dank\s+je)\s+voor\s+alles\b"
            r"|\b(?:zeg|vertel)\s+(?:\w+\s+){0,4}?dat\s+ik\s+(?:\w+\s+){0,2}?(?:lief\s+vind|hou\s+van|van\s+\w+\s+hou)\b",
            r"\b(?:wilde|wou)\s+(?:dat|het)\s+nog\s+(?:even\s+)?(?:gezegd\s+hebben|kwijt)\b"
            r"|\b(?:denk|weet)\s+(?:\w+\s+)?niet\s+(?:dat|of)\s+ik\s+(?:nog|er\s+nog|ooit\s+nog)\s+(?:kom|ben|terugkom)\b"
            r"|\bvoordat\s+(?:ik\s+ga|het\s+te\s+laat)\b",
        ),
        none_of=(
            _NOT_JOKING10
            + r"|"
            + _JOKE_OR_TASK13
            + r"|\b(?:ziek|griep|vanavond|vandaag|morgen|gisteren|volgende\s+week|"
            r"tot\s+(?:morgen|straks|zo|volgende)|vertraging|verjaardag|feest|cadeau)\b",
        ),
        none_of_in_message=True,
        across_clauses=True,
        kind="signal",
        urgent=True,
    ),
)


RULES = RuleGroup(
    "distress",
    rules=(
        *_SENTENCE_RULES.rules,
        _FAMILIES,
        _SELFHARM_URGE,
        *_FAMILIES8,
        *_FAMILIES9,
        *_FAMILIES10,
        *_FAMILIES11,
        *_FAMILIES13,
        *_FAMILIES15,
    ),
    detectors=_SENTENCE_RULES.detectors,
)
