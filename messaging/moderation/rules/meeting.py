"""Meeting alone, being picked up, private places (POLICY: hold).

Planned contact moments are arranged in the app with the coordinator, so an ordinary "zullen we
donderdag afspreken zoals gepland" is not held; what is held is the shape of grooming: alone,
without the buddy or coordinator, at his place or car, picked up, late at night, in secret.
"""

from __future__ import annotations

from typing import Final

from messaging.moderation.decision import HOLD
from messaging.moderation.lexicons import WATCHERS, alt
from messaging.moderation.rules._base import AllOf, Pattern, RuleGroup, each_alternative
from messaging.moderation.rules._index import split_top_level

_MEET: Final = (
    # Dutch separable verbs come apart: "we spreken morgen af", "kom je bij me langs"
    r"\b(?:afspreken|afspraak|afspreek|spreken\s+(?:\w+\s+){0,3}?af|spreek\s+(?:\w+\s+){0,3}?af|"
    r"zien|ontmoeten|chillen|chill|komen|kom|"
    r"langs|langskomen|ophalen|halen|mee|meegaan|wandelen|film|date|daten|samen|hangen|"
    r"meet|meeting|hang|hangout|see|come|link|linken|pick|visit|bezoeken|logeren|slapen|"
    r"blijven\s+slapen|naar\s+buiten|weg|uit)\b"
)
_PRIVATE_PLACE: Final = (
    r"\b(?:naar|bij|in|to|at)\s+(?:mij\s+(?:thuis|op\s+de\s+kamer)|(?:mijn|m'n|mn|my)\s+"
    r"(?:huis|huisje|kamer|auto|plek|appartement|flat|hotel|hotelkamer|adres|place|house|room|"
    r"car|flat|apartment|crib|bed)|een\s+hotel|het\s+hotel|a\s+hotel|the\s+hotel|"
    r"een\s+hotelkamer|een\s+airbnb|an\s+airbnb)\b|\bhotel\w*\b|\bairbnb\b"
)
_ADDRESSED: Final = (
    r"\b(?:kom|komt|je|jij|jou|u|you|ya|we|wij|zullen|let'?s|laten|samen|come|ons|us)\b"
)
# Not "brengen", "meenemen", "rijden": "kan je je laptop meenemen?" is not a pickup.
_PICKUP_VERB: Final = alt(
    "ophalen", "halen", "oppikken", "oppakken", "thuisbrengen", "wegbrengen", "komen halen",
    "komen ophalen", "afhalen", "pick up", "picken",
)  # fmt: skip
_MEET_NIGHT: Final = (
    r"\b(?:afspreken|afspraak|zien|ontmoeten|chillen|langs|langskomen|ophalen|halen|komen|kom|"
    r"naar\s+buiten|meet|come|see|hang|logeren|blijven\s+slapen|overnachten)\b"
)

_SENTENCE_RULES = RuleGroup(
    "meeting",
    rules=(
        Pattern(
            "meeting.alone",
            HOLD,
            # "kom alleen", "kom vanavond alleen", "kom je alleen?"
            r"\bkom\b(?:\s+\w+){0,3}?\s+alleen\b(?!\s+(?:maar|als|op|met\s+de\s+groep))"
            # "alleen wij twee", "jij en ik alleen", "wij tweetjes"
            # ("we alleen" on its own is "we only": "dan hebben we alleen nog ...")
            r"|\b(?:wij|we|ons)\s+(?:twee|tweeen|2|tweetjes)\b"
            r"|\b(?:jij\s+en\s+ik|ik\s+en\s+jij|jou\s+en\s+mij|me\s+and\s+you|you\s+and\s+me|"
            r"you\s+and\s+i|just\s+us)\s+(?:alleen|samen\s+alleen|alone|two)\b"
            r"|\balleen\s+(?:wij|we|jij\s+en\s+ik|ik\s+en\s+jij|met\s+(?:z'n|zn|ons)\s+"
            r"(?:tweeen|tweetjes|twee))\b"
            r"|\b(?:just|only)\s+(?:the\s+two\s+of\s+us|us\s+two|you\s+and\s+me|me\s+and\s+you)\b"
            r"|\b(?:dont|don't|do\s+not)\s+bring\s+(?:anyone|anybody|your|ur|a\s+friend)\b"
            r"|\bcome\s+(?:\w+\s+)?alone\b|\bneem\s+(?:niemand|geen\s+\w+)\s+mee\b"
            # "meet me after school, alone"
            r"|\b(?:meet|see|visit|hang\s+out\s+with|chill\s+with)\s+(?:me|us|you|u)\b"
            r"(?:[\s,]+\w+){0,4}?[\s,]+alone\b"
            # "zie ik je vanavond alleen?"
            r"|\b(?:zie|spreek|ontmoet|tref|zien|spreken)\s+(?:ik|we)\s+(?:je|jou|elkaar)\b"
            r"(?:\s+\w+){0,3}?\s+alleen\b"
            # "dan zijn we alleen", "ben je alleen thuis?"
            r"|\b(?:dan|zodat|want)\s+(?:zijn\s+we|we\s+zijn|zijn\s+wij|we're|we\s+are)\s+"
            r"(?:\w+\s+)?(?:alleen|alone)\b"
            r"|\b(?:ben|bent)\s+(?:je|jij)\s+(?:\w+\s+)?alleen\s+thuis\b"
            r"|\b(?:are|r)\s+(?:you|u)\s+(?:home\s+)?alone\b",
        ),
        AllOf(
            "meeting.alone",
            HOLD,
            # "wil je een keer met mij afspreken zonder je begeleider?"
            parts=(
                rf"\b(?:zonder|without)\s+(?:je\s+|jouw\s+|de\s+|your\s+|ur\s+|the\s+)?(?:\w+\s+)?"
                rf"(?:{WATCHERS}|iemand|anderen|anyone|anybody)\b"
                r"|\b(?:stiekem|secretly|in\s+het\s+geheim)\b"
                r"|\bwaar\s+niemand\s+(?:ons|je|jou|het|mij)?\s*(?:\w+\s+)?(?:ziet|zien|kan\s+zien|"
                r"komt|"
                r"weet|kijkt)\b|\bwhere\s+no\s*(?:one|body)\s+(?:can\s+)?(?:see|find|knows?)\b"
                r"|\bzonder\s+dat\s+(?:iemand|ze|je\s+\w+|de\s+\w+|niemand)\s+(?:het\s+)?"
                r"(?:weet|weten|merkt|ziet|hoort)\b",
                _MEET,
            ),
        ),
        AllOf(
            "meeting.alone",
            HOLD,
            # verb last: "dat jij alleen moet komen", "als je alleen komt"
            parts=(
                r"\balleen\s+(?:moet\s+|mag\s+|wil\s+|gaat\s+)?(?:komen|komt|afspreken|langskomen|"
                r"langs\s+komen|naar\s+buiten\s+komen)\b",
                r"\b(?:je|jij|u)\b",
            ),
        ),
        AllOf(
            "meeting.alone",
            HOLD,
            # "zullen we met z'n tweeen afspreken?";
            # not "we gaan met z'n tweeen naar de groep"
            parts=(
                r"\bmet\s+(?:z'n|zn|ons)\s+(?:tweeen|tweetjes|twee)\b",
                r"\b(?:afspreken|afspraak|chillen|alleen|zien|ontmoeten|hangen|stiekem|vanavond|"
                r"vannacht|naar\s+mij|bij\s+mij|mijn\s+huis|weg)\b",
            ),
        ),
        Pattern(
            "meeting.pickup",
            HOLD,
            # "ik haal je morgen op bij school", "ik pik je op", "ik kom je ophalen"
            # ("haal je een 8 op je toets" and "op tijd" are not pickups)
            r"\b(?:haal|pik|hal)\s+(?:ik\s+)?(?:je|jou|u)\b(?:\s+\w+){0,5}?\s+"
            rf"(?:op\b(?!\s+(?:tijd|je|jouw|de|het|een|zijn|haar)\b)|{_PICKUP_VERB}\b)"
            # (not "ik kan je zelf niet ophalen, de coordinator regelt een taxi")
            r"|\b(?:kom|kan|wil|zal|ga|mag)\s+(?:ik\s+)?(?:je|jou|u)\b(?!\s+(?:zelf\s+)?(?:\w+\s+)"
            r"?niet\b)"
            r"(?:\s+\w+){0,5}?\s+"
            rf"{_PICKUP_VERB}\b"
            r"|\bwaar\s+(?:kan|kun|mag|zal)\s+ik\s+(?:je|jou)\s+(?:\w+\s+)?(?:ophalen|oppikken|"
            r"halen|"
            r"vinden|treffen|oppakken)\b"
            # the other way round: asking the reader to come and get her
            r"|\b(?:kom|kun\s+je|kan\s+je|kunt\s+u|wil\s+je|kunnen\s+jullie)\s+(?:me|mij)\s+"
            r"(?:\w+\s+){0,2}?(?:ophalen|halen|oppikken|op\s+halen|komen\s+halen)\b"
            r"|\bhaal\s+(?:me|mij)\s+(?:\w+\s+){0,3}?op\b(?!\s+(?:tijd|je|de|het)\b)"
            r"|\b(?:pick|come\s+(?:and\s+)?get|come\s+get)\s+me\b(?:\s+up)?"
            # "stap maar in", "spring in de auto", "ik rij je wel naar huis"
            r"|\bstap\s+(?:maar\s+|ff\s+|snel\s+|gewoon\s+|nou\s+)?in\b"
            r"|\bspring\s+(?:maar\s+|ff\s+|snel\s+)?(?:in|achterin)\b"
            r"|\b(?:ik\s+)?(?:rij|breng)\s+(?:je|jou)\s+(?:\w+\s+){0,2}?(?:wel|naar|thuis|huis|weg)"
            r"\b"
            r"|\bget\s+in\s+(?:the|my)\s+car\b|\b(?:i'?ll|i\s+will|i\s+can|let\s+me|can\s+i)\s+"
            r"(?:come\s+)?(?:pick|drive|get|collect|fetch)\s+(?:you|u)\b|\bpick\s+(?:you|u)\s+up\b"
            # "ik sta om de hoek", "ik sta bij je deur", "ik wacht om 8 bij de hoek"
            r"|\bik\s+(?:sta|wacht|ben|zit|rij)\b(?:\s+\w+){0,3}?\s+(?:om\s+de\s+hoek|voor\s+(?:je|"
            r"jouw|"
            r"de)\s+(?:deur|huis|school|flat|werk)|bij\s+(?:je|jouw)\s+(?:huis|school|deur|flat|"
            r"werk|"
            r"stage)|bij\s+de\s+hoek|in\s+(?:de|mijn|m'n)\s+auto|beneden|buiten\s+(?:bij|op|voor))"
            r"\b"
            r"|\bik\s+wacht\s+(?:op\s+je|op\s+jou)\b(?!\s+(?:antwoord|bericht|reactie|berichtje|"
            r"appje|keuze|bij\s+de\s+groep|in\s+de\s+groep|bij\s+het\s+buurthuis|met\s+beginnen))"
            # (not "ik kom zo naar beneden": the speaker comes down herself)
            r"|(?<!\bik )(?<!\bwe )(?<!\bi )(?<!\bi'll )\b(?:kom|come)\s+(?:\w+\s+)?"
            r"(?:naar\s+buiten|naar\s+beneden|outside|downstairs)\b"
            r"|\b(?:i'?m|i\s+am)\s+(?:outside|downstairs|around\s+the\s+corner)\b",
        ),
        AllOf(
            "meeting.private",
            HOLD,
            # "kom naar mijn huis", "zullen we afspreken bij mij thuis", "come to my place"
            parts=(_PRIVATE_PLACE, _ADDRESSED),
            none_of=(
                r"\b(?:ik\s+ga|ik\s+ben|ik\s+zit|i'?m|i\s+am)\s+(?:\w+\s+)?(?:naar|op|in|at)\s+"
                r"(?:mijn|m'n|mn|my)\s+kamer\b",
                # she tells what someone wants of her: "hij wil dat ik naar een hotel kom"
                r"\b(?:wil|wilde|vraagt|vroeg)\s+(?:\w+\s+)?(?:dat|of)\s+ik\s+(?:\w+\s+)"
                r"{0,4}?(?:kom|ga|meega)\b"
                r"|\b(?:offered|asked|invited|wants|wanted|told)\s+me\s+(?:\w+\s+)"
                r"{0,2}?to\s+(?:come|go)\b",
            ),
        ),
        Pattern(
            "meeting.private",
            HOLD,
            # "kom bij mij langs", "kom je bij me slapen?"
            r"\bkom\s+(?:\w+\s+){0,5}?bij\s+(?:mij|me)\s+(?:\w+\s+)?(?:langs|thuis|slapen|logeren|"
            r"chillen|op\s+de\s+kamer)\b",
        ),
        AllOf(
            "meeting.private",
            HOLD,
            # "kom langs, ik ben alleen thuis"
            parts=(
                r"\bik\s+ben\s+(?:\w+\s+)?alleen(?:\s+thuis)?\b|\bniemand\s+(?:is\s+)?thuis\b|"
                r"\bi'?m\s+home\s+alone\b|\bnobody'?s\s+home\b",
                r"\b(?:kom|komt|langs|come|je|jij|you|u)\b",
            ),
        ),
        AllOf(
            "meeting.private",
            HOLD,
            # "kom naar mijn huis, mijn ouders zijn weg"; late at night
            parts=(
                r"\b(?:mijn|m'n|mn|my)\s+(?:ouders|moeder|vader|ma|pa|parents|mom|dad)\s+(?:zijn|"
                r"is|"
                r"are)\s+(?:\w+\s+)?(?:weg|niet\s+thuis|op\s+vakantie|er\s+niet|away|out|"
                r"not\s+home)\b"
                r"|\b(?:vannacht|midden\s+in\s+de\s+nacht|na\s+middernacht|late\s+at\s+night|"
                r"tonight\s+late)\b",
                r"\b(?:kom|komt|come|je|jij|you|u)\b",
                _MEET_NIGHT,
            ),
        ),
    ),
)

# Intent families: leaving or going off together, being waited for, coming over outside the
# planned contact moments.
_PLANNED: Final = (
    r"\b(?:groep|groepsavond|groepsbijeenkomst|bijeenkomst|coordinator|coordinatrice|begeleider|"
    r"begeleiding|stichting|activiteit|uitje|training|les|stage)\b"
)
_FAMILIES: Final = (
    AllOf(
        "meeting.alone",
        HOLD,
        # "laten we samen weggaan", "zullen we er samen vandoor gaan", "kom met me mee"
        parts=(
            r"\b(?:samen|met\s+z'n\s+(?:tweeen|tweetjes|twee)|jij\s+en\s+ik|laten\s+we|zullen\s+we|"
            r"wij\s+(?:tweeen|twee)|let'?s)\b(?:\s+\w+){0,4}?\s+(?:weggaan|weg\s+gaan|vandoor|"
            r"ervandoor|weglopen|wegrennen|wegvluchten|ontsnappen|tussenuit|verdwijnen|weg\s+van\s+"
            r"hier|run\s+away|leave|get\s+out\s+of\s+here|go\s+somewhere)\b"
            r"|\b(?:ga|kom|come)\s+(?:\w+\s+)?met\s+(?:me|mij)\s+(?:\w+\s+)?mee\b|"
            r"\bcome\s+with\s+me\b"
            r"|\bik\s+neem\s+(?:je|jou)\s+(?:\w+\s+)?mee\b|\brun\s+away\s+(?:together|with\s+me)\b",
        ),
        none_of=(_PLANNED,),
    ),
    # "ik wacht je op bij de uitgang", "ik vang je op", "ik wacht op het perron", "ik sta bij de
    # achteringang van je school": one rule per shape, so each is gated on its own rare words.
    *(
        AllOf("meeting.pickup", HOLD, parts=(part,), none_of=(_PLANNED,))
        for part in (
            r"\b(?:vang|wacht)\s+(?:ik\s+)?(?:je|jou)\b(?:\s+\w+){0,3}?\s+op\b",
            r"\b(?:opwachten|opvangen|oppikken)\b",
            r"\bik\s+wacht\s+(?:\w+\s+){0,3}?(?:op|bij|aan|voor|in)\s+(?:het|de)\s+(?:perron|"
            r"station|"
            r"uitgang|ingang|hoek|halte|bushalte|parkeerplaats|poort|achteringang|achterkant|"
            r"parkeergarage|steeg)\b",
            r"\bik\s+(?:sta|wacht|ben|zit)\b(?:\s+\w+){0,4}?\s+(?:bij|voor|aan|op)\s+"
            r"(?:de\s+\w+\s+van\s+)?(?:je|jouw)\s+(?:school|huis|deur|flat|werk|stage|opvang|"
            r"woongroep|straat)\b",
        )
    ),
    AllOf(
        "meeting.pickup",
        HOLD,
        # a travel instruction with someone waiting: "pak de bus naar arnhem, ik haal je op"
        parts=(
            r"\b(?:pak|neem|stap\s+in)\s+(?:de|een)\s+(?:bus|trein|tram|metro|taxi|uber)\b",
            r"\b(?:ik|we)\s+(?:\w+\s+)?(?:wacht|sta|vang|haal|zie|kom|ben)\b",
        ),
        none_of=(_PLANNED,),
    ),
    AllOf(
        "meeting.private",
        HOLD,
        # "kom vanavond langs", "kom straks even langs bij mij"
        parts=(
            r"\bkom\b(?:\s+\w+){0,3}?\s+langs\b",
            r"\b(?:vanavond|vannacht|straks|nu|meteen|snel|stiekem|bij\s+(?:mij|me|ons)|niemand|"
            r"alleen|tonight)\b",
        ),
        none_of=(_PLANNED,),
    ),
)

# Round 8 families: the two of them without the coordinator, her parents being away, a ride home.
_WATCHER_PRO: Final = (
    r"(?:coordinator|coordinatrice|begeleider|begeleidster|begeleiding|buddy|maatje|mentor|coach|"
    r"hulpverlener|jeugdzorg|voogd|coordinators|counsellor|counselor|caseworker|ouders|moeder|"
    r"vader|"
    r"parents|mom|dad)"
)
_PARENTS: Final = (
    r"(?:ouders|moeder|vader|mama|papa|ma|pa|mam|pap|pleegouders|pleegmoeder|pleegvader|parents|"
    r"mom|"
    r"mum|dad)"
)
_FAMILIES8: Final = (
    AllOf(
        "meeting.alone",
        HOLD,
        # "zullen we met z'n tweetjes ergens heen", "met z'n tweeen iets doen dit weekend?"
        parts=(
            r"\bmet\s+(?:z'n|zn|ons)\s+(?:tweeen|tweetjes|twee)\b|\bwij\s+(?:tweetjes|tweeen)\b",
            r"\b(?:ergens|heen|doen|weekend|zaterdag|zondag|vrijdag|gezellig|uit|uiteten|film|bios|"
            r"shoppen|wandelen|avond|dagje|strand|weg|iets)\b",
        ),
        none_of=(_PLANNED,),
    ),
    AllOf(
        "meeting.alone",
        HOLD,
        # "zonder de coordinator, gewoon gezellig", "zonder je begeleider is het gezelliger"
        parts=(
            rf"\bzonder\s+(?:je|jouw|de|onze|your|ur|the)\s+{_WATCHER_PRO}\b",
            r"\b(?:zullen|laten|gaan|kom|komen|afspreken|afspraak|zien|samen|wij|we|gezellig\w*|"
            r"chillen|"
            r"ergens|heen|weg|zaterdag|zondag|vrijdag|weekend|vanavond|us|let'?s|meet|hang|"
            r"tweetjes|"
            r"tweeen)\b",
        ),
        none_of=(
            r"\b(?:ziek|vervang\w*|afwezig|vakantie|groep|les|bijeenkomst|training|opdracht|"
            r"huiswerk|"
            r"lukt|kan\s+ik|kunnen\s+we\s+de)\b",
        ),
        none_of_in_message=True,
        across_clauses=True,
    ),
    Pattern(
        "meeting.alone",
        HOLD,
        # "laat je buddy maar thuis", "neem je begeleider niet mee"
        rf"\blaat\s+(?:je|jouw|de)\s+(?:\w+\s+)?{_WATCHER_PRO}\s+(?:\w+\s+){{0,2}}?(?:thuis|weg|"
        r"erbuiten|"
        r"buiten)\b"
        rf"|\bneem\s+(?:je|jouw|de)\s+(?:\w+\s+)?{_WATCHER_PRO}\s+(?:\w+\s+)?(?:niet|maar\s+niet)"
        r"\s+mee\b",
    ),
    AllOf(
        "meeting.private",
        HOLD,
        # staying over: "wil je bij mij logeren", "blijf je vannacht bij mij slapen?"
        parts=(
            r"\bbij\s+(?:mij|me|ons)\s+(?:\w+\s+)?(?:logeren|slapen|blijven\s+slapen|overnachten|"
            r"pitten)\b"
            r"|\b(?:logeren|slapen|overnachten|logeer|slaap)\s+bij\s+(?:mij|me|ons)\b"
            r"|\b(?:sleep|stay)\s+(?:over\s+)?at\s+my\s+(?:place|house)\b",
            r"\b(?:je|jij|wil|kom|zullen|blijf|you|u|wanna)\b",
        ),
        none_of=(_PLANNED,),
    ),
    AllOf(
        "meeting.private",
        HOLD,
        # her parents away: "wanneer zijn je ouders weg?", "hoe laat gaan je ouders werken"
        parts=(
            rf"\b(?:je|jouw|your|ur)\s+{_PARENTS}\s+(?:\w+\s+){{0,3}}?(?:weg|niet\s+thuis|"
            r"van\s+huis|"
            r"op\s+vakantie|werken|aan\s+het\s+werk|away|out|gone|not\s+home|leave|at\s+work)\b",
            r"\b(?:wanneer|hoe\s+laat|when|what\s+time|zijn|is|gaan|gaat|are|do|does)\b",
        ),
        # her parents' own plans asked for a reason: "kan ze ons brengen?"
        none_of=(
            r"\b(?:kan\s+ze|kan\s+hij|kunnen\s+ze|brengen|ophalen|rijden|toestemming|handtekening|"
            r"groeten|"
            r"beterschap)\b",
        ),
        none_of_in_message=True,
    ),
    AllOf(
        "meeting.pickup",
        HOLD,
        # "zal ik morgen na je les op je wachten"
        parts=(
            r"\b(?:zal|kan|wil|ga|kom)\s+ik\s+(?:\w+\s+){0,4}?op\s+(?:je|jou)\s+(?:\w+\s+)"
            r"?wachten\b"
            r"|\bik\s+(?:ga|kom|zal|kan|wil)\s+(?:\w+\s+){0,4}?op\s+(?:je|jou)\s+(?:\w+\s+)"
            r"?wachten\b",
        ),
        none_of=(
            r"\b(?:coordinator|coordinatrice|begeleider|begeleidster|begeleiding|stichting|"
            r"beginnen)\b",
        ),
    ),
    AllOf(
        "meeting.private",
        HOLD,
        # "ik heb een kamer voor ons geregeld"
        parts=(
            r"\b(?:kamer|kamertje|hotelkamer|appartement|huisje|plekje|airbnb|room|place)"
            r"\s+(?:\w+\s+)?"
            r"(?:voor\s+ons|voor\s+ons\s+twee|voor\s+ons\s+tweeen|for\s+us|"
            r"for\s+the\s+two\s+of\s+us)\b",
        ),
        none_of=(_PLANNED, r"\b(?:buurthuis|groep|klas|school)\b"),
        none_of_in_message=True,
    ),
    Pattern(
        "meeting.private",
        HOLD,
        # "kom je zaterdag bij mij?", "ben je alleen op je kamer?"
        r"\bkom\s+(?:je|jij)\s+(?:\w+\s+){0,3}?bij\s+(?:mij|me|ons)\s*(?:$|[?!.,]|\s+(?:thuis|"
        r"langs|chillen|"
        r"slapen|op\s+de\s+kamer)\b)"
        r"|\b(?:ben|bent)\s+(?:je|jij)\s+(?:nu\s+|nou\s+|vanavond\s+|straks\s+)?alleen\s*(?:$|"
        r"[?!.,]|"
        r"\s+(?:op|in|thuis|daar|nu|vanavond)\b)"
        r"|\b(?:zit|ben|bent)\s+(?:je|jij)\s+(?:\w+\s+){0,3}?alleen\s+thuis\b",
    ),
    AllOf(
        "meeting.private",
        HOLD,
        # "kom je vanmiddag bij mij? mijn ouders zijn er niet", in either order
        parts=(
            rf"\b(?:mijn|mn|m'n|my)\s+{_PARENTS}\s+(?:zijn|is|are|gaan|gaat)\s+(?:\w+\s+)"
            rf"{{0,2}}?(?:weg|"
            r"niet\s+thuis|er\s+niet|op\s+vakantie|away|out|not\s+home|werken|aan\s+het\s+werk)\b",
            r"\b(?:kom|komt|come|langs|bij\s+mij|bij\s+me|over)\b",
        ),
        across_clauses=True,
    ),
    AllOf(
        "meeting.pickup",
        HOLD,
        # a ride: "na de film breng ik je thuis", "zal ik je brengen?", "wil je een lift?"
        parts=(
            r"\b(?:breng|rij|brengen)\s+(?:ik|we)\s+(?:je|jou)\b"
            r"|\b(?:zal|kan|mag)\s+ik\s+(?:je|jou)\s+(?:\w+\s+)?(?:brengen|thuisbrengen|rijden|"
            r"wegbrengen)\b"
            r"|\b(?:geef|geven|bied|give|offer)\s+(?:\w+\s+){0,2}?(?:je|jou|you|u)\s+(?:\w+\s+)?"
            r"(?:een\s+|a\s+)?(?:lift|ride|lifte)\b"
            r"|\b(?:wil|wilt|heb|hebt)\s+(?:je|jij)\s+(?:\w+\s+)?(?:een\s+)?lift\b"
            r"|\bcan\s+(?:give|get)\s+(?:you|u)\s+a\s+(?:ride|lift)\b"
            r"|(?:^|[.!?,]\s*|\b(?:do\s+)?(?:you|u)\s+)need\s+a\s+(?:ride|lift)\b",
        ),
        # the organisation's own transport is no pickup ("de begeleider rijdt"); after the group is
        none_of=(
            r"\b(?:coordinator|coordinatrice|begeleider|begeleidster|begeleiding|stichting|"
            r"organisatie|"
            r"taxi|taxibus|busje\s+van)\b"
            r"|\b(?:mijn|mn|m'n|my)\s+(?:moeder|vader|ouders|ma|pa|mama|papa|broer|zus|oma|opa|"
            r"tante|oom|"
            r"mom|dad|parents)\b",
        ),
        none_of_in_message=True,
    ),
)

# Round 9 families: asking the reader to pick her up, waiting for her somewhere, getting into a
# car, coming alone, being driven home, sleeping over.
# One rule per alternative, so that the anchor index runs only the ones whose words occur.
_MEETING9: Final = (
    r"\b(?:kun|kan|wil|zou)\s+(?:je|jij)\s+(?:me|mij)\s+(?:\w+\s+){0,4}?(?:ophalen|oppikken|"
    r"komen\s+halen|thuisbrengen)\b|\b(?:can|could|will)\s+(?:you|u)\s+(?:\w+\s+)?pick\s+me\s+up\b"
    # "na de groep wacht ik je op bij de fietsenstalling", "ik wacht op je bij het station"
    r"|\bwacht\s+(?:ik|we)\s+(?:je|jou|op\s+je|op\s+jou)\s+(?:\w+\s+)?(?:op\s+)?(?:bij|voor|aan|"
    r"achter|om|in)\b"
    r"|\bik\s+wacht\s+(?:\w+\s+){0,3}?op\s+(?:je|jou)\s+(?:\w+\s+){0,2}?(?:bij|voor|achter|"
    r"aan\s+de|"
    r"om\s+de\s+hoek)\b"
    r"|\b(?:i'?ll|i\s+will|i'?m)\s+(?:be\s+)?(?:waiting|outside)\s+(?:for\s+(?:you|u)\s+)?(?:at|by|"
    r"outside|when|after)\b"
    # "stap je ff in?", "hop in", "we gaan een stukje rijden"
    r"|\bstap\s+(?:je\s+|jij\s+)?(?:\w+\s+)?in\s*(?:[?!.,]|$)|\bhop\s+in\b|\bget\s+in\s+(?:the|my)"
    r"\s+car\b"
    r"|\bgo\s+for\s+a\s+(?:drive|ride)\b|\b(?:stukje|rondje)\s+rijden\b"
    r"|\bspring\s+(?:maar\s+)?achterop\b"
    # "ik sta buiten je school", "i'm outside your house"
    r"|\bik\s+sta\s+(?:\w+\s+)?(?:buiten|voor|bij|achter)\s+(?:je|jouw)\s+(?:school|huis|werk|deur|"
    r"flat|opvang|sportschool)\b|\b(?:i'?m|i\s+am)\s+outside\s+(?:your|ur)\b"
    # "kom alleen, niemand anders", "alleen jij en ik"
    r"|\b(?:jij|jou)\s*,\s*niemand\s+anders\b|\bniemand\s+anders\s+(?:mee|erbij)\b"
    r"|\bneem\s+niemand\s+mee\b|\bkom\s+alleen\b|\bcome\s+alone\b|\balleen\s+jij\s+en\s+ik\b"
    r"|\bjust\s+(?:you|u)\s+and\s+me\b"
    # "hij brengt je wel naar huis", "kom bij mij slapen"
    r"|\b(?:brengt|breng|rijdt|rij|brengen)\s+(?:\w+\s+)?(?:je|jou)\s+(?:\w+\s+)?(?:naar\s+huis|"
    r"thuis)\b"
    r"|\b(?:kom|come)\s+(?:\w+\s+){0,2}?bij\s+(?:mij|me)\s+(?:\w+\s+)?(?:slapen|logeren|"
    r"overnachten)\b|\bsleep\s+over\s+at\s+(?:mine|my\s+place)\b"
)
_NOT_PLANNED9: Final = (
    r"\b(?:groepsavond|groepsbijeenkomst|bijeenkomst|coordinator|coordinatrice|begeleider|"
    r"begeleiding|stichting|activiteit|bus|trein|tram|metro|antwoord|"
    r"reactie|berichtje|mama|papa|moeder|vader|ouders)\b"
    # waiting for her at the planned meeting itself: "ik wacht op je bij de groep"
    r"|\b(?:bij|in|naar)\s+(?:de\s+)?(?:groep|groepsruimte|les|training)\b"
)
_FAMILIES9: Final = tuple(
    AllOf("meeting", HOLD, parts=(alternative,), none_of=(_NOT_PLANNED9,))
    for alternative in split_top_level(_MEETING9)
)


# Round 10 families: waiting for her somewhere out of sight ("ik wacht achter het gebouw", "in een
# zwarte Golf", "om de hoek zodat de anderen het niet zien"), "alleen jij", skipping the group to
# meet, lifts and taxis, staying over or chilling at his place, "waar niemand ons ziet".
_FAMILIES10: Final[tuple[Pattern | AllOf, ...]] = (
    *each_alternative(
        AllOf(
            "meeting",
            HOLD,
            parts=(
                r"\b(?:wacht|sta|staat|i'?ll\s+wait|i'?ll\s+be|waiting|loop\s+ik|stap)\b",
                r"\b(?:achter\s+(?:het|de)|achteringang|achterkant|parkeerplaats|om\s+de\s+hoek|"
                r"in\s+(?:een|mijn|m'n|de)\s+"
                r"(?:\w+\s+)?(?:auto|golf|bmw|audi|mercedes|busje)|met\s+de\s+auto|alleen\s+jij|"
                r"by\s+yourself|"
                r"come\s+alone|around\s+the\s+corner|don'?t\s+see|de\s+rest\s+hoeft|"
                r"zonder\s+de\s+rest|hop\s+in|"
                r"stap\s+(?:maar\s+)?(?:gewoon\s+)?in|bij\s+mij\s+in|bus\s+stop|"
                r"outside\s+the\s+station|"
                r"buiten\s+te\s+wachten|zorg\s+dat\s+je\s+klaarstaat|ik\s+zie\s+je)\b",
                r"\b(?:je|jij|jou|you|jullie|kom|come)\b",
            ),
            none_of=(
                r"\b(?:coordinator|coördinator|begeleider|facilitator|iedereen|allemaal|"
                r"all\s+of\s+you)\b",
            ),
            none_of_in_message=True,
            across_clauses=True,
        )
    ),
    *each_alternative(
        AllOf(
            "meeting",
            HOLD,
            # "zien we elkaar na school? alleen jij", "jij en ik, zonder de rest"
            parts=(
                r"\balleen\s+jij\s*[.!?😘😉]*\s*$|\b(?:alleen\s+mee|just\s+(?:you|us)|"
                r"come\s+(?:by\s+)?yourself|come\s+alone|jij\s+en\s+ik|"
                r"met\s+z'?n\s+tweeen|zonder\s+(?:de\s+rest|de\s+anderen|\w+\s+erbij)|"
                r"de\s+rest\s+hoeft\s+niet|"
                r"zonder\s+dat\s+het\s+gepland|buiten\s+de\s+groep\s+om|"
                r"waar\s+niemand\s+ons\s+ziet|"
                r"where\s+no\s*(?:one|body)\s+(?:can\s+)?sees?\s+us)\b",
                r"\b(?:kom|komen|zien|afspreken|ontmoeten|meet|ga\s+je\s+mee|gaan\s+we|loop\s+ik|"
                r"wacht|lift|"
                r"ride|place|samen\s+(?:iets|wat|ergens|afspreken)|spreken|iets\s+doen|heen\s+gaan)"
                r"\b",
            ),
            none_of=(
                r"\b(?:coordinator|coördinator|begeleider|facilitator)\s+(?:is|komt|gaat)\b"
                r"|\b(?:naar|op|bij)\s+(?:de\s+)?(?:groepsavond|groepsbijeenkomst|bijeenkomst|"
                r"groep|les|training|"
                r"activiteit|uitje)\b(?!\s+(?:skippen|overslaan))",
            ),
            across_clauses=True,
        )
    ),
    *each_alternative(
        AllOf(
            "meeting",
            HOLD,
            # "zullen we de groep skippen en samen iets doen", "spijbel morgen, dan zie ik je"
            parts=(
                r"\b(?:groep|bijeenkomst|les|school|uur|sessie|session|group)\s+(?:\w+\s+)"
                r"?(?:skippen|overslaan|"
                r"spijbelen|skip)\b|\bspijbel\w*\b|\bskip\s+(?:the\s+)?(?:group|session|school)\b",
                r"\b(?:samen|zie\s+ik\s+je|met\s+z'?n\s+tweeen|ergens|wij|we|together|us)\b",
            ),
            across_clauses=True,
        )
    ),
    *each_alternative(
        AllOf(
            "meeting",
            HOLD,
            # lifts: "zal ik je een lift naar de stad geven?", "mijn neef komt je wel halen"
            parts=(
                r"\b(?:lift|ride|taxi|uber)\b|\b(?:je|jou)\s+(?:\w+\s+){0,2}?(?:meenemen|"
                r"mee\s+nemen|ophalen|"
                r"op\s+halen|oppikken|halen)\b",
                r"\b(?:zal\s+ik|kan\s+ik|ik\s+kan|hij\s+kan|we\s+kunnen|wil\s+je|want\s+a|"
                r"who\s+wants|do\s+you\s+want|"
                r"i'?ll|ik\s+stuur|komt\s+je|ik\s+haal|haal\s+ik|kunnen\s+je|kan\s+je)\b",
                r"\b(?:je|jij|jou|you|ya)\b",
            ),
            none_of=(
                r"\b(?:laptop|boek|boeken|spullen|jas|oplader|pakket|pakketje|tas|kaartje|"
                r"medicijnen|recept|"
                r"coordinator|coördinator|begeleider|facilitator|moeder|vader|ouders|mama|papa|"
                r"school\s+haalt|"
                r"zusje|broertje|kind|kinderen|dochter|zoon|boodschappen|post|fiets|diploma|"
                r"uitslag)\b",
            ),
            none_of_in_message=True,
        )
    ),
    Pattern(
        "meeting",
        HOLD,
        r"\b(?:zin\s+om|wil\s+je|kom\s+je|zullen\s+we)\b(?:\s+\w+){0,4}?\s+bij\s+(?:mij|me)"
        r"\s+(?:thuis\s+)?"
        r"(?:te\s+)?(?:logeren|slapen|chillen|afspreken|blijven\s+slapen)\b"
        r"|\bkom\b(?:\s+\w+){0,5}?\s+langs\s+bij\s+(?:mij|me)\b|\bcome\s+(?:to|over\s+to)"
        r"\s+your\s+place\b"
        r"|\bkom\s+(?:je|jij)\s+(?:nu\s+|even\s+|ff\s+)?naar\s+buiten\b"
        r"|\b(?:auto|wagen)\s+staat\s+(?:\w+\s+){0,3}?(?:bij|voor|om)\s+(?:\w+\s+){0,3}?kom\b"
        r"|\bdan\s+sta\s+ik\s+(?:\w+\s+)?(?:buiten|beneden|voor\s+de\s+deur|om\s+de\s+hoek)"
        r"\s+(?:op\s+je\s+)?te\s+wachten\b"
        r"|\bstuur\s+(?:\w+\s+)?(?:een\s+)?(?:taxi|uber)\s+(?:voor|naar)\s+(?:je|jou)\b"
        r"|\bsend\s+(?:you\s+)?(?:a\s+)?(?:taxi|uber|cab)\b"
        r"|\bik\s+wacht\s+(?:om\s+\S+\s+)?(?:bij|voor|achter)\s+(?:het|de)\s+\w+\s+op\s+(?:je|jou)"
        r"\b"
        r"|\b(?:loop|ga)\s+(?:\w+\s+){0,3}?niet\s+(?:meteen\s+)?naar\s+(?:huis|de\s+bus)"
        r"\b(?:[\s,]+\w+){0,3}?"
        r"[\s,]+ik\s+wacht\b",
    ),
)


# Round 11 (train_n, train_o): slipping out, just the two of them, the usual place.
_FAMILIES11: Final = Pattern(
    "meeting.alone",
    HOLD,
    r"\bsneak\s+out\b"
    r"|^(?!.*\b(?:eten|mama|mam|moeder|papa|vader|oma|opa)\b).*?"
    r"\b(?:loop|kom)\s+je\s+(?:\w+\s+)?(?:even\s+|ff\s+|effe\s+)?naar\s+(?:buiten|beneden)\b"
    r"|\bmet\s+z'?n\s+(?:tweetjes|tweeen)\s+af(?:spreken|spreekt)?\b"
    r"|\bspreken\s+we\s+(?:gewoon\s+)?met\s+z'?n\s+(?:tweetjes|tweeen)\b"
    r"|\b(?:samen|wij|jij\s+en\s+ik)\b.*\bzonder\s+(?:de\s+)?(?:rest\s+van\s+de\s+groep|groep|"
    r"planning|rooster)\b"
    r"|\bzelfde\s+plek\s+als\s+(?:vorige\s+keer|toen)\b"
    r"(?!.*\b(?:groep|bijeenkomst|workshop|les|begeleid|coordinator)\w*)",
)


# Round 12 (train_q, train_r): meeting him outside the plan, said casually. "ik kan vanavond ook
# even langskomen", "je kan zaterdag gewoon langskomen, mijn huisgenoten zijn weg", "kom maar
# eens langs", "voortaan rijd ik je naar huis", "ik ben om vier uur bij jouw bushalte, achterop
# is plek", "zin in een ritje?", "ik wacht na afloop bij de achteruitgang op je", "als je de
# bijeenkomst overslaat kunnen we samen naar het strand", "zonder dat het in de planning staat",
# "I'm in your town tomorrow", "kom ik je uit de opvang halen, niemand merkt het".
_PLANNED12: Final = (
    r"\b(?:buurthuis|bijeenkomst|de\s+groep|het\s+kantoor|spreekuur|planning\s+(?:staat|gezet)|"
    r"ingepland|de\s+organisatie\s+regelt|(?:de|je)\s+coordinator\s+(?:regelt|komt|brengt|haalt)|"
    r"(?:de|je)\s+begeleider\s+(?:regelt|komt|brengt|haalt)|taxi)\b"
)
_NOT_HIM12: Final = (
    r"\b(?:niet|nooit|geen\s+tijd)\s+(?:\w+\s+)?(?:langskomen|langs|rijden|brengen|ophalen)\b"
    r"|\b(?:can'?t|cannot|won'?t)\s+(?:come|drive|make\s+it)\b"
)
_FAMILIES12: Final[tuple[Pattern | AllOf, ...]] = (
    *each_alternative(
        AllOf(
            "meeting",
            HOLD,
            parts=(
                r"\b(?:ik|i)\s+(?:kan|kom|zal|could|can|will)\s+(?:\w+\s+){0,4}?(?:langskomen|"
                r"langs\s+komen|"
                r"even\s+langs|come\s+(?:by|over|round))\b"
                r"|\b(?:je|jij)\s+(?:kan|kunt|mag)\s+(?:\w+\s+){0,3}?langskomen\b"
                r"|\bkom\s+(?:maar|gerust|gewoon)\s+(?:(?:eens|een\s+keer|ff|even)\s+){1,2}langs\b"
                r"|\bbij\s+(?:mij|me)\s+(?:thuis\s+)?langs\b"
                r"|\b(?:rijd|breng)\s+ik\s+(?:je|jou)\s+(?:\w+\s+){0,2}?(?:naar\s+huis|thuis|weg|"
                r"wel|terug)\b"
                r"|\bzin\s+in\s+(?:een\s+)?(?:ritje|rondje\s+rijden)\b|\bachterop\s+(?:is|"
                r"bij\s+mij|op\s+(?:mijn|m'n))\b"
                r"|\bspring\s+(?:maar\s+)?achterop\b|\bwant\s+a\s+ride\b|"
                r"\bi'?ll\s+drive\s+you\s+home\b"
                r"|\bik\s+wacht\s+(?:na\s+afloop|straks|vanavond|morgen|buiten|achter\w*|"
                r"bij\s+de\s+\w+|om\s+\d+)\s+"
                r"(?:\w+\s+){0,4}?op\s+(?:je|jou)\b",
            ),
            none_of=(_PLANNED12, _NOT_HIM12, r"\b(?:achtbaan|attractie|pretpark|paard|kermis)\b"),
        )
    ),
    Pattern(
        "meeting",
        HOLD,
        r"\b(?:ik\s+ben|ik\s+sta|ik\s+wacht|ik\s+kom|ik\s+zit|i'?ll\s+be|i'?m)\s+(?:\w+\s+)"
        r"{0,5}?(?:bij|at)\s+"
        r"(?:jouw|je|your|ur)\s+(?:bushalte|halte|school|huis|deur|voordeur|flat|woongroep|opvang|"
        r"stage\w*|"
        r"werk|bus\s+stop|stop|door|place)\b"
        r"|\b(?:bijeenkomst|groep|afspraak|les|training|sessie|meeting)\s+(?:\w+\s+)?(?:overslaat|"
        r"overslaan|"
        r"skippen|skipt|skip|laat\s+schieten)\b(?=[^.!?]*\b(?:samen|we\s+(?:kunnen|gaan)|met\s+mij|"
        r"bij\s+mij)\b)"
        r"|\bzonder\s+dat\s+(?:het|dat|dit)\s+in\s+de\s+planning\b|\bbuiten\s+de\s+planning\s+om\b"
        r"|\bno\s+need\s+to\s+(?:plan|tell|run|clear)\s+(?:it|this)\s+(?:with|by|past)\b"
        r"|\b(?:i'?m|i\s+am|i'?ll\s+be)\s+in\s+(?:your|ur)\s+(?:town|city|area|neighbou?rhood)\b"
        r"|\bik\s+ben\s+(?:\w+\s+)?in\s+(?:jouw|je)\s+(?:stad|buurt|dorp|wijk)"
        r"\b(?=[^.!?]*\b(?:afspreken|zien|"
        r"eten|drinken|langs|ophalen|chillen)\b)"
        r"|\bkom\s+ik\s+(?:je|jou)\s+(?:\w+\s+){0,7}?(?:halen|ophalen|oppikken)"
        r"\b(?=[^.!?]*\bniemand\b)"
        r"|\bmeet\s+(?:me|mij)\s+(?:bij|at|in|op|om|near|after|outside|behind|achter)\b",
    ),
)


# Round 14 (heldout15-22): meeting her outside the plan in polite words. Waiting for her at the
# exit after her internship ("na je stage wacht ik bij de uitgang, loop maar met me mee"), picking
# her up ("ik pik je om 22:00 op bij de Jumbo"), seeing her "buiten de gesprekken om" or "met z'n
# tweetjes" with nobody of the team there, and steering her away from the others after a meeting
# ("loop niet met de anderen mee maar ga achterom, daar sta ik").
_ROUND14: Final[tuple[Pattern | AllOf, ...]] = (
    AllOf(
        "meeting",
        HOLD,
        # "na je stage wacht ik wel even bij de uitgang", "ik sta morgen na je stage bij de uitgang"
        parts=(
            r"\b(?:wacht|sta|staan|wachten)\s+(?:ik\s+)?(?:\w+\s+){0,4}?(?:bij|aan|voor|op)"
            r"\s+(?:de|het|je|jouw)\s+"
            r"(?:uitgang|ingang|deur|poort|hek|hoek|halte|fietsenstalling)\b"
            r"|\bi'?ll\s+(?:wait|be)\s+(?:\w+\s+){0,3}?(?:at|by|outside)\s+(?:the|your)\s+(?:exit|"
            r"gate|door|entrance)\b",
            r"\bna\s+(?:je|jouw)\s+(?:stage|school|werk|les|training|dienst|bijbaan|afspraak)\b"
            r"|\bmet\s+(?:me|mij)\s+mee\b|\bsamen\b|\bafter\s+(?:your|ur)\s+\w+\b|"
            r"\bwalk\s+with\s+me\b",
        ),
        none_of=(r"\b(?:coordinator\w*|begeleider\w*|de\s+groep|met\s+de\s+groep|iedereen)\b",),
        across_clauses=True,
    ),
    Pattern(
        "meeting",
        HOLD,
        # "ik pik je om 22:00 op bij de Jumbo", "ik pik je wel op"
        r"\b(?:ik\s+)?pik\s+(?:je|jou)\s+(?:\S+\s+){0,4}?op\b"
        # "ga achterom, daar sta ik dan", "loop niet met de anderen mee"
        r"|\bloop\s+(?:\w+\s+){0,4}?niet\s+met\s+de\s+anderen\s+mee\b"
        r"|\bga\s+(?:\w+\s+)?achterom\b[^.?!]*?\b(?:daar\s+sta\s+ik|ik\s+wacht|ik\s+sta)\b"
        r"|\blet'?s\s+link\b(?:\s+\w+){0,3}?\s+just\s+(?:u|you)\s+(?:n|and|&)\s+me\b",
    ),
    AllOf(
        "meeting",
        HOLD,
        # "zullen we elkaar eens buiten de gesprekken om zien? zonder dat er iemand van het team
        # bij is", "wat als we niet naar de groep gaan maar met z'n tweetjes de stad in"
        parts=(
            r"\bbuiten\s+(?:de|het|onze|die)\s+\w+\s+om\b|\bmet\s+z'?n\s+(?:tweetjes|tweeen|twee)\b"
            r"|\bjust\s+(?:u|you)\s+(?:n|and|&)\s+me\b|\bzonder\s+dat\s+(?:er\s+)?(?:iemand|"
            r"iedereen)\s+"
            r"(?:van\s+het\s+team\s+)?(?:bij\s+is|meeluistert|meekijkt|meeleest)\b",
            r"\b(?:zullen\s+we|wat\s+als\s+we|laten\s+we|let'?s|gaan\s+we|kom\s+je|wil\s+je|"
            r"zin\s+om|"
            r"we\s+kunnen|kunnen\s+we|shall\s+we|wanna)\b",
            r"\b(?:zien|afspreken|link|meet|de\s+stad\s+in|trakteer|drinken|eten|wandelen|chillen|"
            r"hang\s+out|praten|see\s+each\s+other)\b",
        ),
        # (the planned pairs of a group exercise: "in de groep werken we met z'n tweetjes")
        none_of=(
            r"\b(?:opdracht|oefening|huiswerk|werkstuk|presentatie|in\s+de\s+groep\s+werken)\b",
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
    "meeting",
    rules=(
        *_SENTENCE_RULES.rules,
        *_FAMILIES,
        *_FAMILIES8,
        *_FAMILIES9,
        *_FAMILIES10,
        _FAMILIES11,
        *_FAMILIES12,
        *_FAMILIES14,
    ),
    detectors=_SENTENCE_RULES.detectors,
)
