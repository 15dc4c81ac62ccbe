"""Money, gifts, loans and debts between people (POLICY: hold).

Exploiters bind a girl with presents and then with what she "owes". Prices of activities the
organisation plans and pays, and her own savings, are not transfers: the transfer rules need the
reader (or "me") in the same clause and skip clauses where the organisation pays.
"""

from __future__ import annotations

from typing import Final

from messaging.moderation.decision import HOLD
from messaging.moderation.lexicons import alt
from messaging.moderation.rules._base import AllOf, Pattern, RuleGroup, each_alternative

_AMOUNT: Final = (
    r"(?:€\s?\d+(?:[.,]\d+)?|\b\d+(?:[.,]\d+)?\s?(?:euro|eur|€|eu|piek|pegels|ballen|bucks|"
    r"dollar|dollars|pond|k|eurootjes)\b)"
)
_MONEY_WORD: Final = alt(
    "geld", "geldje", "centjes", "poen", "doekoe", "doekoes", "cash", "money", "centen",
    "zakgeld", "tientje", "tientjes", "twintigje", "briefje", "briefjes", "biljet", "biljetten",
    "tikkie", "tikkies", "paypal", "cashapp", "venmo", "crypto", "bitcoin", "giftcard",
    "gift card", "cadeaukaart", "cadeaukaartje", "cadeaubon", "waardebon", "paysafecard",
    "paysafe", "bol bon", "vijftigje", "honderdje", "euro", "euros", "bedrag",
)  # fmt: skip
_MONEY: Final = rf"(?:{_AMOUNT}|\b{_MONEY_WORD}\b)"
_TRANSFER_VERB: Final = (
    r"\b(?:geef|geeft|geven|krijg|krijgt|krijgen|stuur|stuurt|sturen|maak\w*|overmaken|"
    r"overgemaakt|betaal|betaalt|betalen|stort|storten|leen|leent|lenen|uitlenen|send|give|pay|"
    r"transfer|lend|wire|tikkie|tikkie[nt]?|regel|regelen|verdien|verdienen|schiet|voorschieten|"
    r"pinnen|pin|opnemen|doneer|trakteer)\b"
)
# The reader as giver or receiver ("geef me" is addressed to her too). Not "ik": "ik moet 5 euro
# betalen voor de bus" is her own expense; "dat betaalt de organisatie" has nobody at all.
_PERSON: Final = r"\b(?:je|jij|jou|u|you|ur|your|ya|me|mij)\b"
_ORGANISATION_PAYS: Final = (
    r"\b(?:organisatie|stichting|begeleiding|coordinator|coordinatie|gemeente|school|vergoed\w*|"
    r"gratis|kost\s+niks|kost\s+niets|betaald\s+door|declareren|declaratie|eigen\s+spaargeld|"
    r"gespaard|sparen|spaar|subsidie|uitje|activiteit)\b"
)
_GIFT: Final = alt(
    "cadeau", "cadeautje", "cadeaus", "cadeautjes", "kado", "kadootje", "kados", "present",
    "presentje", "gift", "telefoon", "telefoontje", "iphone", "samsung", "mobiel", "airpods",
    "kleren", "kleding", "schoenen", "sneakers", "nikes", "jordans", "tas", "tasje", "handtas",
    "gucci", "louis vuitton", "lv", "prada", "parfum", "make-up", "makeup", "nagels", "wimpers",
    "extensions", "sieraden", "ketting", "kettinkje", "armband", "oorbellen", "horloge", "jas",
    "jurk", "jurkje", "outfit", "hotel", "reis", "reisje", "shoppen", "shopping", "spullen",
    "iets moois", "iets leuks", "verrassing", "surprise", "wiet", "drank", "drugs",
    "sigaretten", "vape", "vapes", "playstation", "ps5", "laptop", "ipad", "kapper", "nails",
    "lashes", "bag", "clothes", "shoes", "phone", "jewelry", "jewellery", "present",
    "kleinigheidje", "kleinigheid", "iets kleins",
)  # fmt: skip
# Not "krijg"/"get": "krijg je genoeg eten daar?" is care, not an offer.
_GIVE: Final = (
    r"\b(?:koop|kopen|gekocht|geef|geven|gegeven|trakteer|trakteren|regel|regelen|geregeld|"
    r"betaal|betalen|buy|bought|got\s+(?:you|u)|give|treat|stuur|sturen|meenemen|meegenomen|"
    r"verras\w*|verwen\w*|spoil|kado\s+doen|cadeau\s+doen)\b"
)

_SENTENCE_RULES = RuleGroup(
    "money",
    rules=(
        AllOf(
            "money.transfer",
            HOLD,
            # "ik maak 20 euro naar je over", "kun je me wat geld lenen", "ik tikkie je wel ff"
            parts=(_MONEY, _TRANSFER_VERB, _PERSON),
            none_of=(_ORGANISATION_PAYS,),
        ),
        Pattern(
            "money.transfer",
            HOLD,
            # "vier tientjes voor jou", "€50 for you", "50 euro als je komt"
            rf"{_MONEY}\s+(?:\w+\s+)?(?:voor|for)\s+(?:jou|je|you|u)\b"
            rf"|\b(?:voor|for)\s+(?:jou|you)\s+{_MONEY}"
            # asking the reader for money: "heb je 20 euro voor me?"
            rf"|{_MONEY}\s+(?:\w+\s+)?(?:voor|for)\s+(?:me|mij)\b",
        ),
        AllOf(
            "money.transfer",
            HOLD,
            # "stuur me een tikkie", "ik doe wel een betaalverzoek"; not the family's own tikkie
            # ("mijn moeder stuurde een tikkie in de familie-app")
            parts=(r"\b(?:tikkie\w*|betaalverzoek\w*)\b",),
            none_of=(
                r"\b(?:mijn|m'n|mn)\s+(?:moeder|vader|mama|papa|ouders|oma|opa|tante|oom|zus|broer|"
                r"neef|nicht)\s+(?:\w+\s+)?(?:stuurde|stuurt|heeft|vroeg|deed)\b|\bfamilie-?app\b",
            ),
        ),
        AllOf(
            "money.loan",
            HOLD,
            # "kun je me 50 lenen?", "ik leen je wel wat", "ik betaal je terug"
            parts=(
                r"\b(?:leen|leent|lenen|uitlenen|lend|borrow|loan|voorschieten|schiet\w*\s+voor|"
                r"betaal\s+(?:je|jou)\s+(?:\w+\s+)?terug|pay\s+(?:you|u)\s+back)\b",
                r"\b(?:je|jij|jou|u|you|me|mij)\b",
            ),
            none_of=(r"\b(?:bieb|bibliotheek|library|boek|boeken|oplader|pen|potlood|gum)\b",),
        ),
        AllOf(
            "money.bank",
            HOLD,
            # bank details and bank cards: money-mule recruitment as well as transfers
            parts=(
                r"\b(?:iban|rekeningnummer|rekeningnr|bankrekening|banknummer|bankgegevens|pinpas|"
                r"bankpas|betaalpas|pincode|bank\s+details|bank\s+account|account\s+number|"
                r"sort\s+code|debit\s+card|bank\s+card)\b|\b(?:je|jouw)\s+rekening\b",
                r"\b(?:je|jij|jou|jouw|u|uw|you|your|ur)\b",
            ),
        ),
        AllOf(
            "gift.offer",
            HOLD,
            # "ik heb nieuwe sneakers voor je gekocht", "ik betaal je nagels",
            # "I can buy you a phone"
            parts=(_GIVE, rf"\b{_GIFT}\b", r"\b(?:je|jij|jou|u|you|ya|ur|your)\b"),
            none_of=(
                # questions about what she bought or got: "heb je nieuwe schoenen gekocht?"
                r"\b(?:heb|hebt|had|kreeg|krijg)\s+(?:je|jij|u)\b|\b(?:did|have)\s+(?:you|u)\b",
                _ORGANISATION_PAYS,
                r"\b(?:hij|zij|ze|mijn\s+\w+)\s+(?:\w+\s+)?(?:gaf|geeft|kocht|koopt)\b",
            ),
        ),
        Pattern(
            "gift.offer",
            HOLD,
            # "ik heb iets voor je", "ik heb een cadeautje voor je", "wil je een nieuwe iphone?"
            rf"\b(?:ik|we|wij|i)\s+(?:heb|hebben|have|got)\s+(?:\w+\s+){{0,3}}?(?:{_GIFT}|wat)\s+"
            r"(?:\w+\s+)?(?:voor|for)\s+(?:je|jou|you|u)\b"
            rf"|\b(?:wil|wilt|want|would\s+you\s+like)\s+(?:je|jij|u|you)\s+(?:\w+\s+){{0,2}}?"
            rf"(?:nieuwe|gratis|free|new)\s+{_GIFT}\b"
            # "kan ik iets voor je kopen?", "ik wil wel wat voor je betalen";
            # not the kind "kan ik iets voor je doen?"
            r"|\b(?:ik|we|kan\s+ik|zal\s+ik|mag\s+ik|wil\s+ik)\b(?:\s+\w+){0,4}?\s+voor\s+(?:je|jou)\s+"
            r"(?:kopen|betalen|regelen|bestellen|trakteren|halen|meenemen)\b"
            r"|\b(?:can|shall|let)\s+(?:i|me)\s+(?:buy|get|pay\s+for)\s+(?:you|u)\b"
            # "zal ik je telefoonabonnement betalen?", "ik betaal je kapper"
            r"|\b(?:zal|kan|mag|wil)\s+ik\s+(?:je|jouw)\s+(?:\w+\s+){0,2}?(?:betalen|kopen|sponsoren|"
            r"afbetalen)\b"
            r"|\bik\s+(?:betaal|koop|sponsor)\s+(?:je|jouw)\b(?!\s+(?:\w+\s+)?terug)"
            r"|\b(?:je|jij|you)\s+(?:krijgt|krijg|get|will\s+get)\s+(?:\w+\s+){0,3}?(?:van\s+mij|"
            r"from\s+me)\b|\bik\s+trakteer\s+(?:je|jou)\b",
        ),
        Pattern(
            "debt",
            HOLD,
            # "je bent me nog wat schuldig", "je staat bij me in het krijt", "you owe me"
            r"\b(?:je|jij|u)\s+(?:bent|staat)\b(?:\s+\w+){0,5}?\s+(?:schuldig|verschuldigd|krijt|"
            r"in\s+de\s+schuld|in\s+de\s+schulden)\b"
            r"(?<!niet schuldig)(?<!niks schuldig)(?<!niets schuldig)(?<!nergens schuldig)"
            r"|\b(?:you|u|ya)\s+(?:still\s+)?owe\s+(?:me|us|him|them)\b|\bowe\s+me\b"
            r"|\bbetaal\s+(?:me|mij|het|dat|alles)\s+(?:\w+\s+)?terug\b|\bpay\s+(?:me\s+)?back\b"
            r"|\b(?:je|jij|u)\s+(?:betaalt|betaal)\b(?:\s+\w+){0,4}?\s+terug\b"
            # "je moet wat terugdoen voor alles wat ik voor je gedaan heb"
            r"|\b(?:je|jij)\s+moet\b(?:\s+\w+){0,4}?\s+(?:terugbetalen|terugdoen|terug\s+betalen|"
            r"terug\s+doen|afbetalen|goedmaken|terugverdienen)\b"
            r"|\bna\s+alles\s+wat\s+ik\s+(?:\w+\s+){0,3}?(?:gedaan|betaald|gekocht|gegeven|geregeld)\b"
            r"|\bik\s+heb\s+(?:zoveel|alles|zo\s+veel|veel|genoeg)\s+voor\s+(?:je|jou)\s+"
            r"(?:gedaan|betaald|gekocht|geregeld|over\s+gehad)\b"
            r"|\bafter\s+(?:all|everything)\s+i(?:'ve|\s+have|\s+did)?\s+(?:done|did|paid|bought)\b"
            r"|\b(?:je|jij)\s+hebt\s+(?:nog\s+)?(?:een\s+)?(?:schuld|schulden)\s+(?:bij|aan)\s+"
            r"(?:mij|me|ons)\b",
        ),
        Pattern(
            "money.recruit",
            HOLD,
            # "wil je snel geld verdienen", "ik heb werk voor je", "easy money"
            # not "goed"/"extra geld verdienen": ordinary talk about a side job
            r"\b(?:snel|makkelijk|makkelijke|easy|fast|quick)\s+(?:\w+\s+)?"
            r"(?:geld|cash|money|poen|doekoe)\b(?:\s+\w+){0,2}?\s*(?:verdienen|verdiend|maken|"
            r"verdien|maak|maakt|earn|make|\?)"
            r"|\b(?:makkelijk|snel|easy|fast|quick)\s+(?:geld|cash|money|poen)\b"
            r"|\b(?:ik|we)\s+(?:heb|hebben|weet)\s+(?:een\s+|wat\s+)?(?:\w+\s+)?(?:werk|werkje|klus|"
            r"klusje|baantje|job|opdracht|opdrachtje|manier)\s+(?:voor\s+(?:je|jou)|om\s+geld)\b"
            r"|\b(?:wil|wilt)\s+(?:je|jij)\s+(?:\w+\s+){0,2}?(?:geld\s+verdienen|bijverdienen|"
            r"verdienen)\b"
            rf"|\b(?:je|jij)\s+(?:kan|kunt|kan\s+wel)\s+(?:\w+\s+){{0,2}}?{_AMOUNT}\s+(?:\w+\s+)?"
            r"verdienen\b"
            r"|\b(?:escort|modellenwerk|modelwerk|hostess|sugar\s*daddy|sugardaddy|onlyfans)\b",
        ),
    ),
)

# Intent families: paying, chipping in, gifts and rewards, in any wording.
_FAMILIES: Final = Pattern(
    "gift.offer",
    HOLD,
    # "ik betaal", "ik betaal wel voor je" (not "ik betaal het terug")
    r"\bik\s+betaal\s+(?:\w+\s+)?(?:voor\s+(?:je|jou)|alles|wel|jouw|je)\b(?!\s+(?:\w+\s+)?terug)"
    r"|\bik\s+betaal\s*(?:[.!?]|$)"
    # "ik leg wat bij", "ik leg de rest wel bij voor je telefoon"
    r"|\b(?:ik|we)\s+(?:leg|leggen)\s+(?:\w+\s+){0,2}?(?:wat|iets|geld|het\s+verschil|de\s+rest|\d+\w*)\s+"
    r"(?:\w+\s+)?bij\b"
    # a present for the reader: "cadeautje voor jou", "ik heb iets voor je gekocht"
    r"|\b(?:cadeau|cadeautje|cadeaus|kado|kadootje|present|presentje|verrassing|verrassinkje|"
    r"a\s+gift|a\s+present)\s+(?:\w+\s+)?(?:voor|for)\s+(?:je|jou|you|u)\b"
    # (a present for her mother is no present for her)
    r"(?!\s+(?:moeder|vader|mama|papa|ouders|zus|zusje|broer|broertje|oma|opa|vriendin|juf|mentor|mom|"
    r"dad|mum|sister|brother)\b)"
    r"|\b(?:iets|wat|something)\s+(?:leuks\s+|moois\s+|lekkers\s+|speciaals\s+|nice\s+)?(?:voor|for)\s+"
    r"(?:je|jou|you|u)\s+(?:\w+\s+)?(?:gekocht|gehaald|meegenomen|geregeld|besteld|bought|got)\b"
    r"|\bik\s+heb\s+(?:iets|wat)\s+(?:leuks|moois|speciaals)\s+(?:voor|for)\s+(?:je|jou)\b"
    # a reward: "je krijgt 50 als je komt", "ik geef je wat als je ..."
    r"|\b(?:je|jij)\s+krijgt\s+(?:\w+\s+)?(?:\d+\w*|geld|wat|iets|cash)\s+(?:\w+\s+){0,2}?als\s+(?:je|jij)\b"
    r"|\bik\s+(?:geef|betaal)\s+(?:je|jou)\s+(?:\w+\s+)?(?:\d+\w*|geld|wat|iets|cash)\s+(?:\w+\s+)?als\b"
    r"|\bi'?ll\s+pay\s+(?:for\s+)?(?:you|u|everything|it\s+all)\b|\bi'?ll\s+buy\s+(?:you|u)\b"
    r"|\b(?:got|bought)\s+(?:you|u)\s+(?:a\s+)?(?:gift|present|something)\b",
)

# Round 8 families: buying things for her in any word order, advancing or lending money, asking
# whether she is short of money.
_FAMILY_MEMBER_PAYS: Final = (
    r"\b(?:mijn|mn|m'n|my)\s+(?:moeder|vader|ouders|ma|pa|mama|papa|oma|opa|tante|oom|broer|zus|"
    r"mom|dad|parents)\b"
)
_FAMILIES8: Final = (
    Pattern(
        "gift.offer",
        HOLD,
        # verb second: "ik koop het wel voor je", "ik regel het voor je", "ik kocht iets voor je"
        r"\bik\s+(?:koop|kocht|bestel|bestelde|trakteer|sponsor|regel|betaal)\s+(?:het|dat|die|ze|iets|"
        r"wat|wel|gewoon|dan|alles)\b(?:\s+\w+){0,3}?\s+(?:voor\s+(?:je|jou)|je|jou)\b"
        r"(?!\s+(?:\w+\s+)?terug)"
        # "je mag mijn oude iphone hebben"
        rf"|\b(?:je|jij|you|u)\s+(?:mag|kan|krijgt|can\s+have|may\s+have)\s+(?:\w+\s+){{0,2}}?"
        rf"(?:mijn|m'n|mn|my|deze|die)\s+(?:\w+\s+)?{_GIFT}\s+(?:\w+\s+)?(?:hebben|krijgen|houden|keep)\b"
        r"|\b(?:koop|betaal|bestel|trakteer)\s+ik\s+(?:\w+\s+){0,3}?(?:voor\s+(?:je|jou)|je|jou)\b"
        r"(?!\s+(?:\w+\s+)?terug)"
        r"|\b(?:it'?s|its)\s+on\s+me\b|\bop\s+mijn\s+kosten\b"
        r"|\bi'?ll\s+(?:get|buy)\s+(?:you|u)\b",
    ),
    AllOf(
        "gift.offer",
        HOLD,
        # "zeg maar wat je wil, ik koop het", "pick anything, it's on me"
        parts=(
            r"\b(?:zeg|kies|zoek|pick|choose)\s+(?:\w+\s+){0,3}?(?:wat\s+(?:je|jij)\s+(?:wil|wilt|hebben|"
            r"mooi\s+vindt)|iets\s+uit|maar\s+uit|uit|anything|whatever|what\s+you\s+want)\b"
            r"|\bwat\s+(?:wil|wilt)\s+(?:je|jij)\s+(?:\w+\s+)?(?:hebben|voor\s+je\s+verjaardag)\b",
            r"\b(?:ik\s+(?:koop|betaal|regel|bestel|trakteer)|i'?ll\s+(?:buy|pay|get)|on\s+me)\b",
        ),
        none_of=(_ORGANISATION_PAYS,),
        across_clauses=True,
    ),
    AllOf(
        "money.transfer",
        HOLD,
        # "ik maak het geld wel over", "ik stort het bedrag morgen" (not to her own savings)
        parts=(
            r"\bik\s+(?:maak|stort)\s+(?:\w+\s+){0,3}?(?:geld|bedrag|poen|cash|geldje|centjes)\b"
            r"|\bik\s+(?:maak|stort)\s+(?:\w+\s+){0,2}?\d+\s*(?:euro|eur)\b",
        ),
        none_of=(
            _ORGANISATION_PAYS,
            r"\b(?:spaarrekening|spaarpot|mijn\s+rekening|eigen\s+rekening|school|huur|boete)\b",
            _FAMILY_MEMBER_PAYS,
        ),
        none_of_in_message=True,
    ),
    AllOf(
        "money.recruit",
        HOLD,
        # "ik ken mensen die je kunnen helpen aan werk, goed betaald"
        parts=(
            r"\b(?:goed|veel|lekker|well)\s+(?:betaald|betaalt|paid)\b|\bbetaalt\s+(?:goed|veel|lekker)\b"
            r"|\bpays\s+well\b",
            r"\b(?:werk|werkje|klus|klusje|job|baan|baantje|helpen|opdracht|opdrachtje|work)\b",
            r"\b(?:ik\s+(?:heb|ken|weet)|voor\s+(?:je|jou)|wil\s+je|kan\s+je|kun\s+je|je\s+kan|je\s+kunt|"
            r"die\s+je|i\s+(?:have|know)|for\s+you)\b",
        ),
        none_of=(_ORGANISATION_PAYS,),
    ),
    Pattern(
        "gift.offer",
        HOLD,
        # "wil je een paar sneakers van mij"
        rf"\b(?:wil|wilt)\s+(?:je|jij)\s+(?:\w+\s+){{0,3}}?{_GIFT}\s+(?:\w+\s+)?(?:van\s+mij|from\s+me)\b",
    ),
    AllOf(
        "money.loan",
        HOLD,
        # "ik kan het wel voorschieten", "ik schiet het wel voor" (not the organisation, her mother)
        parts=(
            r"\b(?:voorschieten|voorgeschoten|voor\s+te\s+schieten)\b"
            r"|\bschiet\s+(?:het|dat|je|jou|wel|ik|ff|even)\s+(?:\w+\s+){0,2}?voor\b",
        ),
        none_of=(_ORGANISATION_PAYS, _FAMILY_MEMBER_PAYS),
        none_of_in_message=True,
    ),
    AllOf(
        "money.loan",
        HOLD,
        # "heb je geld nodig?", "zit je krap?", "kom je geld tekort?", "do you need cash"
        parts=(
            r"\b(?:heb|hebt|have)\s+(?:je|jij|you|u)\s+(?:\w+\s+)?(?:geld|cash|poen|centjes|doekoe|money)\s+"
            r"nodig\b"
            r"|\b(?:zit|sta)\s+(?:je|jij)\s+(?:\w+\s+)?krap\b|\bkom\s+(?:je|jij)\s+(?:\w+\s+){0,2}?geld\s+tekort\b"
            r"|\b(?:do\s+)?(?:you|u|ya)\s+need\s+(?:some\s+)?(?:money|cash)\b"
            r"|(?:^|[.!?,]\s*)need\s+(?:some\s+)?(?:money|cash)\s*(?:\?|$)",
        ),
        none_of=(_ORGANISATION_PAYS,),
        none_of_in_message=True,
    ),
)

# Round 9 families: a debt she is told to work off or pay back, asking the reader to pay her
# bills, gift cards and game currency, help with her debts, things "you may have".
_FAMILIES9: Final[tuple[Pattern | AllOf, ...]] = (
    *each_alternative(
        AllOf(
            "money.loan",
            HOLD,
            # "je hebt nog 400 open staan bij mij", "die 2000 werk je gewoon af"
            parts=(
                r"\bopen\s*staan\b|\bopenstaan\w*|\bopenstaand\w*|\bnog\s+(?:\w+\s+)?(?:tegoed|te\s+goed)\b"
                r"|\bwerk\s+(?:je|jij)\s+(?:\w+\s+){0,2}?af\b|\bafwerken\b|\bterugverdienen\b"
                r"|\bwork\s+(?:it\s+)?off\b|\bterug\s*betalen\b|\bterugbetaal\w*|\bpay\s+(?:me\s+)?back\b"
                r"|\btot\s+de\s+laatste\s+cent\b|\b(?:bent|ben)\s+(?:me|mij)\s+(?:\w+\s+){0,2}?schuldig\b"
                r"|\byou\s+owe\s+me\b|\b(?:moet|moest)\s+(?:me|mij)\s+(?:\w+\s+)?nog\s+(?:\w+\s+)?terug\b",
                r"\b(?:je|jij|jou|you|u)\b",
                r"\d|\b(?:geld|euro|bedrag|cent|schuld\w*|klanten|money|alles|op\s+welke\s+manier)\b",
            ),
            none_of=(
                _ORGANISATION_PAYS,
                r"\b(?:opdracht\w*|taken|taak|vragen|punten|tabbladen|bank|duo|studiefinanciering|"
                r"belastingdienst|zorgverzekering|bieb|boek\w*)\b",
            ),
        )
    ),
    AllOf(
        "money.transfer",
        HOLD,
        # "zou jij mijn telefoonrekening kunnen betalen?"
        parts=(
            r"\b(?:rekening|telefoonrekening|abonnement|beltegoed|huur|boete|bill|phone\s+bill|rent)\b",
            r"\b(?:betalen|betaal|voorschieten|overmaken|pay|cover)\b",
            r"\b(?:jij|je|you|u)\b",
            r"\b(?:zou|kun|kan|wil|could|can|would)\b",
        ),
        none_of=(_ORGANISATION_PAYS, r"\b(?:zelf|ouders|moeder|vader)\b"),
    ),
    AllOf(
        "gift.offer",
        HOLD,
        # "ik kan een paysafecard voor je halen", "cadeaubon over, wil jij m?"
        parts=(
            r"\b(?:paysafecard|paysafe|cadeaubon\w*|cadeaukaart\w*|giftcard\w*|gift\s+card|waardebon\w*|"
            r"tegoedbon\w*|beltegoed|robux|v-?bucks|google\s+play|itunes|steam\s*(?:kaart|tegoed|card))\b",
            r"\b(?:je|jij|jou|you|u)\b",
            r"\b(?:halen|kopen|geef|geven|stuur|sturen|code|regel|regelen|wil|over|buy|get|send|give)\b",
        ),
        none_of=(r"\bmet\s+(?:een\s+)?(?:cadeaubon|giftcard)\b|\b(?:kreeg|gekregen|heb\s+je)\b",),
    ),
    Pattern(
        "gift.offer",
        HOLD,
        # "ik kan je helpen met je schulden, ik leg het wel voor"
        r"\b(?:kan|wil|ga|zal)\s+(?:je|jou)\s+(?:\w+\s+)?helpen\s+met\s+(?:je|jouw)\s+(?:schulden|schuld|"
        r"boetes?|rekeningen?|huur)\b"
        r"|\bik\s+leg\s+(?:het|dat|die|'t)\s+(?:\w+\s+)?voor\b(?!\s+aan\b)"
        # "een oude telefoon die je mag hebben", "je mag hem houden"
        r"|\b(?:die|dat)\s+(?:je|jij)\s+(?:\w+\s+)?mag\s+(?:hebben|houden)\b"
        r"|\bje\s+mag\s+(?:hem|m|'m|het|die|dat|mijn\s+\w+|mn\s+\w+)\s+(?:\w+\s+)?(?:hebben|houden)\b"
        # "50 euro is echt geen probleem", "mi por duna bo un par di plaka"
        rf"|{_AMOUNT}\s+(?:\w+\s+)?is\s+(?:echt\s+|helemaal\s+|toch\s+)?geen\s+(?:probleem|punt|issue)\b"
        r"(?!.*\b(?:kaartje|ticket|entree|uitje|activiteit)\b)"
        r"|\bduna\s+bo\b|\bplaka\b",
    ),
)


# Round 10 families: a loan she must pay back ("wanneer krijg ik het terug", "nog 50 van jou
# tegoed"), paying her bills or topping up her card, "hoeveel heb je nodig, noem een bedrag", gift
# cards and gifts bought for her, something in return, things in her name, easy money offers.
# Who pays, for gifts on offer: "gratis" there is his word ("die mag je hebben, gratis").
_NOT_FROM_HIM10: Final = (
    r"\b(?:organisatie|stichting|begeleiding|coordinator|coördinator|gemeente|school|vergoed\w*|"
    r"subsidie|uitje|activiteit|begeleider|mentor|juf|docent|moeder|vader|ouders|terug)\b"
)
_FAMILIES10: Final[tuple[Pattern | AllOf, ...]] = (
    *each_alternative(
        AllOf(
            "money",
            HOLD,
            parts=(
                r"\bwanneer\s+(?:krijg|heb|zie)\s+ik\s+(?:\w+\s+){0,3}?terug\b|\b(?:van|bij)\s+(?:jou|je)\s+tegoed\b"
                r"|\btegoed\s+van\s+(?:jou|je)\b|\bvan\s+(?:mij|me)\s+tegoed\b|\b(?:heb|had)\s+(?:ik\s+)?(?:je|jou)\s+(?:\w+\s+){0,3}?geleend\b"
                r"|\bvan\s+(?:me|mij)\s+(?:hebt\s+)?gehad\b|\bwhen\s+(?:do|will)\s+i\s+get\s+(?:it|my\s+money)\s+back\b",
                _MONEY + r"|\b\d{2,4}\b",
            ),
            none_of=(r"\b(?:boek|trui|oplader|jas|spullen|sleutel|fiets)\b",),
            across_clauses=True,
        )
    ),
    Pattern(
        "money",
        HOLD,
        r"\b(?:zal|kan)\s+ik\s+(?:je|jou|jullie)\s+(?:\w+\s+)?(?:\d+|een\s+paar\s+(?:tientjes|euro)|geld|wat\s+geld)"
        r"\s+(?:euro\s+|eu\s+)?(?:sturen|geven|overmaken|tikken|lenen)\b"
        r"|\b(?:ik\s+betaal|betaal\s+ik)\s+(?:\w+\s+){0,3}?(?:je|jouw|your)\s+(?:\w+\s+)?(?:telefoonrekening|rekening|abonnement|"
        r"beltegoed|huur|boete|schuld\w*|ov|nagels|kapper)\b"
        r"|\b(?:heb|had)\s+(?:ik\s+)?(?:je|jouw)\s+(?:\w+\s+){0,3}?(?:abonnement|rekening|telefoonrekening|huur|"
        r"boete|schuld\w*)\s+(?:\w+\s+){0,3}?(?:betaald|afgelost|voldaan)\b"
        r"|\b(?:top\s+up|pay\s+for|pay\s+off)\s+(?:your|ur)\s+(?:\w+\s+)?(?:phone|credit|bill|rent|debt|card)\b"
        r"|\bput\s+\d+\s+on\s+your\s+card\b|\bordered\s+you\s+a\s+new\s+(?:one|phone)\b"
        r"|\b(?:zal|kan|mag)\s+ik\s+(?:je|jouw)\s+(?:ov-?kaart|ov\s+kaart|ov-chip\w*|beltegoed|telefoon|"
        r"tegoed)\s+(?:\w+\s+)?(?:opladen|aanvullen|betalen|bijvullen)\b"
        r"|\b(?:los|betaal)\s+(?:het|die|dat|je\s+schuld\w*|alles)\s+(?:\w+\s+){0,3}?af\s+voor\s+(?:je|jou)\b"
        r"|\bhoeveel\s+schuld\w*\s+(?:heb|heeft)\s+(?:je|jij)(?:\s+nog)?\s*(?:\?|$|\s+ik)"
        r"|\bnoem\s+(?:maar\s+)?een\s+bedrag\b|\bgeld\s+(?:maakt|speelt)\s+(?:\w+\s+)?(?:niet\s+uit|geen\s+rol)\b"
        r"|\bmoney\s+(?:is\s+)?no\s+object\b"
        r"|\btrakteer\s+(?:je|jou|jullie)\b(?:\s+\w+){0,5}?\s+als\s+(?:je|jij|jullie)\b"
        r"|\bdoe\s+(?:jij|je)\s+(?:ook\s+)?iets\s+(?:terug\s+)?voor\s+(?:mij|me)\b"
        r"|\b(?:doe|doet)\s+(?:je|jij)\s+gewoon\s+iets\s+terug\b"
        r"|\bgeen\s+huur\s+(?:te\s+)?betalen\b|\bwerk\s+voor\s+meisjes\b"
        r"|\b(?:kan|wil)\s+(?:iemand|jij|je)\s+(?:\w+\s+){0,2}?(?:mijn|m'n|mn)\s+(?:\w+\s+)?(?:abonnement|"
        r"telefoonabonnement|rekening|huur|boete)\s+(?:\w+\s+)?betalen\b"
        r"|\b(?:wie\s+heeft|heeft\s+iemand)\s+(?:er\s+)?(?:nog\s+)?(?:een\s+paar\s+)?(?:tientjes|euro|geld|"
        r"centen)\s+(?:\w+\s+)?over\b",
    ),
    *each_alternative(
        AllOf(
            "money",
            HOLD,
            # "ik heb een ketting speciaal voor jou uitgezocht", "een pakketje voor je klaarliggen"
            parts=(
                r"\b(?:voor\s+(?:je|jou)\s+(?:gekocht|besteld|uitgezocht|klaarliggen|klaarstaan|klaar\s+liggen|"
                r"klaar\s+staan)|speciaal\s+voor\s+(?:jou|je)\s+(?:gekocht|uitgezocht|besteld))\b",
            ),
            none_of=(
                _ORGANISATION_PAYS + r"|\b(?:coördinator|coordinator|begeleider|buddy|mentor)\b",
            ),
            none_of_in_message=True,
        )
    ),
    *each_alternative(
        AllOf(
            "money",
            HOLD,
            # "zeg maar wat je nodig hebt" after "ik heb extra doekoe"
            parts=(
                r"\bzeg\s+(?:maar\s+)?wat\s+je\s+nodig\s+hebt\b|\bhoeveel\s+(?:heb|wil)\s+(?:je|jij)\s+nodig\b"
                r"|\bhow\s+much\s+(?:do\s+)?you\s+need\b|\btell\s+me\s+how\s+much\b",
                rf"{_MONEY}|\b(?:extra|credit|bedrag|top\s+up)\b",
            ),
            none_of=(_ORGANISATION_PAYS,),
            across_clauses=True,
        )
    ),
    *each_alternative(
        AllOf(
            "money",
            HOLD,
            # gift cards and gifts on offer: "bolbon van 50 voor jou", "die mag je hebben, gratis"
            parts=(
                r"\b(?:bolbon|bol-bon|bol\s+bon|cadeaubon|cadeaukaart|giftcard|gift\s+card|tikky|waardebon|"
                r"make-upset|iphone|ketting|tas|telefoon|auto|pakketje)\b",
                r"\b(?:voor\s+(?:je|jou|jullie)|van\s+(?:me|mij)|wie\s+wil|stuur\s+ik\s+(?:je|jou)|mag\s+(?:je|jij)\s+"
                r"hebben|krijg\s+je|je\s+krijgt|op\s+jouw\s+naam|for\s+you|from\s+me)\b",
            ),
            none_of=(
                _NOT_FROM_HIM10
                + r"|\b(?:vergeten|kwijt|gevonden|laten\s+liggen|opgehaald|maken|repareren|"
                r"kapot)\b",
            ),
            none_of_in_message=True,
            across_clauses=True,
        )
    ),
    *each_alternative(
        AllOf(
            "money",
            HOLD,
            # easy money on offer: "ik kan je helpen aan geld, makkelijk verdiend"
            parts=(
                r"\b(?:makkelijk\s+(?:geld|verdiend)|snel\s+geld|easy\s+money|quick\s+cash|geen\s+vragen|"
                r"no\s+questions\s+asked|cash\s+(?:betaald|uitbetaald|in\s+de\s+hand)|zwart\s+(?:betaald|werken)|"
                r"bijverdienen|bij\s+verdienen|paar\s+honderd|per\s+uur\s+cash)\b",
                r"\b(?:wie\s+wil|wie\s+doet|kan\s+je\s+helpen|ik\s+ken|heeft\s+werk|je\s+kan|jij\s+kan|interesse|"
                r"doe\s+je\s+mee|doet\s+mee|wil\s+je|bij\s+een\s+maat|you\s+can|want\s+to)\b",
            ),
            across_clauses=True,
        )
    ),
    *each_alternative(
        AllOf(
            "money",
            HOLD,
            # "zet een abonnement op jouw naam", "de auto moet op jouw naam"
            parts=(
                r"\bop\s+(?:jouw|je|your)\s+naam\b|\bin\s+your\s+name\b",
                r"\b(?:abonnement\w*|telefoonabonnement|auto|contract|lening|telefoon|rekening|sim\w*|kenteken|"
                r"bankrekening|pas|phone|car|loan|account)\b",
            ),
        )
    ),
)


# Round 11 (train_n, train_o): paying for her, asking quietly, a debt that grows.
_FAMILIES11: Final = Pattern(
    "money",
    HOLD,
    r"\bik\s+leg\s+(?:wel\s+|het\s+wel\s+)?bij\s+(?:zodat|dan)\b(?=[^.!?]*\b(?:je|jij|jou)\b)"
    r"|\b(?:i'?ll|i\s+will|let\s+me)\s+(?:cover|pay\s+for)\s+your\b"
    r"|\bneem\s+(?:het|je|jouw)\s+(?:\w+\s+)?(?:abonnement|rekening|huur|schuld)\s+(?:wel\s+)?over\b"
    r"|\bterugbetalen\s+komt\s+(?:later|nog)\b|\bpaying\s+me\s+back\b"
    r"|\b(?:heb|heeft)\s+(?:jij|je)\s+(?:nog\s+)?(?:wat|iets)\s+liggen\b(?=.*\b(?:krap|terug|lenen|euro)\b)"
    r"|\bstaat\s+(?:er\s+)?nog\s+\d+\s+open\s+bij\s+(?:jou|je)\b"
    r"|\b(?:honderdje|tientje|twintigje|vijftigje)\s+(?:\w+\s+)?overmaken\b"
    r"|\benvelop(?:je)?\s+in\s+je\s+brievenbus\b"
    r"|\b(?:pakje|pakketje|cadeautje)\s+(?:voor\s+je\s+)?laten\s+bezorgen\b",
)

RULES = RuleGroup(
    "money",
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
