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
    "paysafe", "bol bon", "vijftigje", "honderdje", "euro", "euros", "bedrag", "knaken",
    "flappen", "pegels", "barkies", "beltegoed", "belkrediet",
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
_TOLD_THAT_I: Final = (
    r"(?<!\bik )\b(?:zei|zegt|vertelde|vroeg|beloofde)\s+(?:\w+\s+)?(?:dat|of)\s+ik\b"
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
            # (not her report "een vrouw zei dat ik makkelijk geld kan verdienen")
            none_of=(_ORGANISATION_PAYS, _TOLD_THAT_I),
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
            r"|\b(?:ik|we|kan\s+ik|zal\s+ik|mag\s+ik|wil\s+ik)\b(?:\s+\w+){0,4}?\s+voor\s+(?:je|"
            r"jou)\s+"
            r"(?:kopen|betalen|regelen|bestellen|trakteren|halen|meenemen)\b"
            r"|\b(?:can|shall|let)\s+(?:i|me)\s+(?:buy|get|pay\s+for)\s+(?:you|u)\b"
            # "zal ik je telefoonabonnement betalen?", "ik betaal je kapper"
            r"|\b(?:zal|kan|mag|wil)\s+ik\s+(?:je|jouw)\s+(?:\w+\s+){0,2}?(?:betalen|kopen|"
            r"sponsoren|"
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
            # (not her own guilt: "ik verdien het niet, na alles wat ik gedaan heb")
            r"|\bna\s+alles\s+wat\s+ik\s+(?:(?:\w+\s+)?voor\s+(?:je|jou)\s+(?:\w+\s+)?(?:gedaan|"
            r"betaald|gekocht|"
            r"gegeven|geregeld)\b|(?:\w+\s+){0,3}?(?:gedaan|betaald|gekocht|gegeven|geregeld)\b"
            r"(?=[^.?!]*\b(?:je|jij|jou)\b))"
            r"|\bik\s+heb\s+(?:zoveel|alles|zo\s+veel|veel|genoeg)\s+voor\s+(?:je|jou)\s+"
            r"(?:gedaan|betaald|gekocht|geregeld|over\s+gehad)\b"
            # (her own guilt has no "you": "after everything i did i want to die")
            r"|\bafter\s+(?:all|everything)\s+i(?:'ve|\s+have|\s+did)?\s+(?:done|did|paid|bought)\b"
            r"(?=[^.?!]*\b(?:you|u|ya)\b)"
            r"|\b(?:je|jij)\s+hebt\s+(?:nog\s+)?(?:een\s+)?(?:schuld|schulden)\s+(?:bij|aan)\s+"
            r"(?:mij|me|ons)\b",
        ),
        Pattern(
            "money.recruit",
            HOLD,
            # "wil je snel geld verdienen", "ik heb werk voor je", "easy money"
            # not "goed"/"extra geld verdienen": ordinary talk about a side job
            # (not her report "ze zei dat ik makkelijk geld kan verdienen")
            r"(?<!\bdat ik )(?<!\bof ik )"
            r"\b(?:snel|makkelijk|makkelijke|easy|fast|quick)\s+(?:\w+\s+)?"
            r"(?:geld|cash|money|poen|doekoe)\b(?:\s+\w+){0,2}?\s*(?:verdienen|verdiend|maken|"
            r"verdien|maak|maakt|earn|make|\?)"
            r"|(?<!\bdat ik )(?<!\bof ik )"
            r"\b(?:makkelijk|snel|easy|fast|quick)\s+(?:geld|cash|money|poen)\b"
            r"|\b(?:ik|we)\s+(?:heb|hebben|weet)\s+(?:een\s+|wat\s+)?(?:\w+\s+)?(?:werk|werkje|"
            r"klus|"
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
    r"|\b(?:ik|we)\s+(?:leg|leggen)\s+(?:\w+\s+){0,2}?(?:wat|iets|geld|het\s+verschil|de\s+rest|"
    r"\d+\w*)\s+"
    r"(?:\w+\s+)?bij\b"
    # a present for the reader: "cadeautje voor jou", "ik heb iets voor je gekocht"
    r"|\b(?:cadeau|cadeautje|cadeaus|kado|kadootje|present|presentje|verrassing|verrassinkje|"
    r"a\s+gift|a\s+present)\s+(?:\w+\s+)?(?:voor|for)\s+(?:je|jou|you|u)\b"
    # (a present for her mother is no present for her)
    r"(?!\s+(?:moeder|vader|mama|papa|ouders|zus|zusje|broer|broertje|oma|opa|vriendin|juf|mentor|"
    r"mom|"
    r"dad|mum|sister|brother)\b)"
    r"|\b(?:iets|wat|something)\s+(?:leuks\s+|moois\s+|lekkers\s+|speciaals\s+|nice\s+)?(?:voor|"
    r"for)\s+"
    r"(?:je|jou|you|u)\s+(?:\w+\s+)?(?:gekocht|gehaald|meegenomen|geregeld|besteld|bought|got)\b"
    r"|\bik\s+heb\s+(?:iets|wat)\s+(?:leuks|moois|speciaals)\s+(?:voor|for)\s+(?:je|jou)\b"
    # a reward: "je krijgt 50 als je komt", "ik geef je wat als je ..."
    r"|\b(?:je|jij)\s+krijgt\s+(?:\w+\s+)?(?:\d+\w*|geld|wat|iets|cash)\s+(?:\w+\s+)"
    r"{0,2}?als\s+(?:je|jij)\b"
    r"|\bik\s+(?:geef|betaal)\s+(?:je|jou)\s+(?:\w+\s+)?(?:\d+\w*|geld|wat|iets|cash)\s+(?:\w+\s+)"
    r"?als\b"
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
        r"\bik\s+(?:koop|kocht|bestel|bestelde|trakteer|sponsor|regel|betaal)\s+(?:het|dat|die|ze|"
        r"iets|"
        r"wat|wel|gewoon|dan|alles)\b(?:\s+\w+){0,3}?\s+(?:voor\s+(?:je|jou)|je|jou)\b"
        r"(?!\s+(?:\w+\s+)?terug)"
        # "je mag mijn oude iphone hebben"
        rf"|\b(?:je|jij|you|u)\s+(?:mag|kan|krijgt|can\s+have|may\s+have)\s+(?:\w+\s+){{0,2}}?"
        rf"(?:mijn|m'n|mn|my|deze|die)\s+(?:\w+\s+)?{_GIFT}\s+(?:\w+\s+)?(?:hebben|krijgen|houden|"
        r"keep)\b"
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
            r"\b(?:zeg|kies|zoek|pick|choose)\s+(?:\w+\s+){0,3}?(?:wat\s+(?:je|jij)\s+(?:wil|wilt|"
            r"hebben|"
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
            r"\b(?:goed|veel|lekker|well)\s+(?:betaald|betaalt|paid)\b|\bbetaalt\s+(?:goed|veel|"
            r"lekker)\b"
            r"|\bpays\s+well\b",
            r"\b(?:werk|werkje|klus|klusje|job|baan|baantje|helpen|opdracht|opdrachtje|work)\b",
            r"\b(?:ik\s+(?:heb|ken|weet)|voor\s+(?:je|jou)|wil\s+je|kan\s+je|kun\s+je|je\s+kan|"
            r"je\s+kunt|"
            r"die\s+je|i\s+(?:have|know)|for\s+you)\b",
        ),
        none_of=(_ORGANISATION_PAYS,),
    ),
    Pattern(
        "gift.offer",
        HOLD,
        # "wil je een paar sneakers van mij"
        rf"\b(?:wil|wilt)\s+(?:je|jij)\s+(?:\w+\s+){{0,3}}?{_GIFT}\s+(?:\w+\s+)?(?:van\s+mij|"
        r"from\s+me)\b",
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
            r"\b(?:heb|hebt|have)\s+(?:je|jij|you|u)\s+(?:\w+\s+)?(?:geld|cash|poen|centjes|doekoe|"
            r"money)\s+"
            r"nodig\b"
            r"|\b(?:zit|sta)\s+(?:je|jij)\s+(?:\w+\s+)?krap\b|\bkom\s+(?:je|jij)\s+(?:\w+\s+)"
            r"{0,2}?geld\s+tekort\b"
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
                r"\bopen\s*staan\b|\bopenstaan\w*|\bopenstaand\w*|\bnog\s+(?:\w+\s+)?(?:tegoed|"
                r"te\s+goed)\b"
                r"|\bwerk\s+(?:je|jij)\s+(?:\w+\s+){0,2}?af\b|\bafwerken\b|\bterugverdienen\b"
                r"|\bwork\s+(?:it\s+)?off\b|\bterug\s*betalen\b|\bterugbetaal\w*|\bpay\s+(?:me\s+)"
                r"?back\b"
                r"|\btot\s+de\s+laatste\s+cent\b|\b(?:bent|ben)\s+(?:me|mij)\s+(?:\w+\s+)"
                r"{0,2}?schuldig\b"
                r"|\byou\s+owe\s+me\b|\b(?:moet|moest)\s+(?:me|mij)\s+(?:\w+\s+)?nog\s+(?:\w+\s+)"
                r"?terug\b",
                r"\b(?:je|jij|jou|you|u)\b",
                r"\d|\b(?:geld|euro|bedrag|cent|schuld\w*|klanten|money|alles|op\s+welke\s+manier)"
                r"\b",
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
            r"\b(?:rekening|telefoonrekening|abonnement|beltegoed|huur|boete|bill|phone\s+bill|"
            r"rent)\b",
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
            r"\b(?:paysafecard|paysafe|cadeaubon\w*|cadeaukaart\w*|giftcard\w*|gift\s+card|"
            r"waardebon\w*|"
            r"tegoedbon\w*|beltegoed|robux|v-?bucks|google\s+play|itunes|steam\s*(?:kaart|tegoed|"
            r"card))\b",
            r"\b(?:je|jij|jou|you|u)\b",
            r"\b(?:halen|kopen|geef|geven|stuur|sturen|code|regel|regelen|wil|over|buy|get|send|"
            r"give)\b",
        ),
        none_of=(r"\bmet\s+(?:een\s+)?(?:cadeaubon|giftcard)\b|\b(?:kreeg|gekregen|heb\s+je)\b",),
    ),
    Pattern(
        "gift.offer",
        HOLD,
        # "ik kan je helpen met je schulden, ik leg het wel voor"
        r"\b(?:kan|wil|ga|zal)\s+(?:je|jou)\s+(?:\w+\s+)?helpen\s+met\s+(?:je|jouw)\s+(?:schulden|"
        r"schuld|"
        r"boetes?|rekeningen?|huur)\b"
        r"|\bik\s+leg\s+(?:het|dat|die|'t)\s+(?:\w+\s+)?voor\b(?!\s+aan\b)"
        # "een oude telefoon die je mag hebben", "je mag hem houden"
        r"|\b(?:die|dat)\s+(?:je|jij)\s+(?:\w+\s+)?mag\s+(?:hebben|houden)\b"
        r"|\bje\s+mag\s+(?:hem|m|'m|het|die|dat|mijn\s+\w+|mn\s+\w+)\s+(?:\w+\s+)?(?:hebben|houden)"
        r"\b"
        # "50 euro is echt geen probleem", "mi por duna bo un par di plaka"
        rf"|{_AMOUNT}\s+(?:\w+\s+)?is\s+(?:echt\s+|helemaal\s+|toch\s+)?geen\s+(?:probleem|punt|"
        r"issue)\b"
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
                r"\bwanneer\s+(?:krijg|heb|zie)\s+ik\s+(?:\w+\s+){0,3}?terug\b|\b(?:van|bij)"
                r"\s+(?:jou|je)\s+tegoed\b"
                r"|\btegoed\s+van\s+(?:jou|je)\b|\bvan\s+(?:mij|me)\s+tegoed\b|\b(?:heb|had)"
                r"\s+(?:ik\s+)?(?:je|jou)\s+(?:\w+\s+){0,3}?geleend\b"
                r"|\bvan\s+(?:me|mij)\s+(?:hebt\s+)?gehad\b|\bwhen\s+(?:do|will)\s+i\s+get\s+(?:it|"
                r"my\s+money)\s+back\b",
                _MONEY + r"|\b\d{2,4}\b",
            ),
            none_of=(r"\b(?:boek|trui|oplader|jas|spullen|sleutel|fiets)\b",),
            across_clauses=True,
        )
    ),
    Pattern(
        "money",
        HOLD,
        r"\b(?:zal|kan)\s+ik\s+(?:je|jou|jullie)\s+(?:\w+\s+)?(?:\d+|een\s+paar\s+(?:tientjes|euro)"
        r"|geld|wat\s+geld)"
        r"\s+(?:euro\s+|eu\s+)?(?:sturen|geven|overmaken|tikken|lenen)\b"
        r"|\b(?:ik\s+betaal|betaal\s+ik)\s+(?:\w+\s+){0,3}?(?:je|jouw|your)\s+(?:\w+\s+)"
        r"?(?:telefoonrekening|rekening|abonnement|"
        r"beltegoed|huur|boete|schuld\w*|ov|nagels|kapper)\b"
        r"|\b(?:heb|had)\s+(?:ik\s+)?(?:je|jouw)\s+(?:\w+\s+){0,3}?(?:abonnement|rekening|"
        r"telefoonrekening|huur|"
        r"boete|schuld\w*)\s+(?:\w+\s+){0,3}?(?:betaald|afgelost|voldaan)\b"
        r"|\b(?:top\s+up|pay\s+for|pay\s+off)\s+(?:your|ur)\s+(?:\w+\s+)?(?:phone|credit|bill|rent|"
        r"debt|card)\b"
        r"|\bput\s+\d+\s+on\s+your\s+card\b|\bordered\s+you\s+a\s+new\s+(?:one|phone)\b"
        r"|\b(?:zal|kan|mag)\s+ik\s+(?:je|jouw)\s+(?:ov-?kaart|ov\s+kaart|ov-chip\w*|beltegoed|"
        r"telefoon|"
        r"tegoed)\s+(?:\w+\s+)?(?:opladen|aanvullen|betalen|bijvullen)\b"
        r"|\b(?:los|betaal)\s+(?:het|die|dat|je\s+schuld\w*|alles)\s+(?:\w+\s+)"
        r"{0,3}?af\s+voor\s+(?:je|jou)\b"
        r"|\bhoeveel\s+schuld\w*\s+(?:heb|heeft)\s+(?:je|jij)(?:\s+nog)?\s*(?:\?|$|\s+ik)"
        r"|\bnoem\s+(?:maar\s+)?een\s+bedrag\b|\bgeld\s+(?:maakt|speelt)\s+(?:\w+\s+)"
        r"?(?:niet\s+uit|geen\s+rol)\b"
        r"|\bmoney\s+(?:is\s+)?no\s+object\b"
        r"|\btrakteer\s+(?:je|jou|jullie)\b(?:\s+\w+){0,5}?\s+als\s+(?:je|jij|jullie)\b"
        r"|\bdoe\s+(?:jij|je)\s+(?:ook\s+)?iets\s+(?:terug\s+)?voor\s+(?:mij|me)\b"
        r"|\b(?:doe|doet)\s+(?:je|jij)\s+gewoon\s+iets\s+terug\b"
        r"|\bgeen\s+huur\s+(?:te\s+)?betalen\b|\bwerk\s+voor\s+meisjes\b"
        r"|\b(?:kan|wil)\s+(?:iemand|jij|je)\s+(?:\w+\s+){0,2}?(?:mijn|m'n|mn)\s+(?:\w+\s+)"
        r"?(?:abonnement|"
        r"telefoonabonnement|rekening|huur|boete)\s+(?:\w+\s+)?betalen\b"
        r"|\b(?:wie\s+heeft|heeft\s+iemand)\s+(?:er\s+)?(?:nog\s+)?(?:een\s+paar\s+)?(?:tientjes|"
        r"euro|geld|"
        r"centen)\s+(?:\w+\s+)?over\b",
    ),
    *each_alternative(
        AllOf(
            "money",
            HOLD,
            # "ik heb een ketting speciaal voor jou uitgezocht", "een pakketje voor je klaarliggen"
            parts=(
                r"\b(?:voor\s+(?:je|jou)\s+(?:gekocht|besteld|uitgezocht|klaarliggen|klaarstaan|"
                r"klaar\s+liggen|"
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
                r"\bzeg\s+(?:maar\s+)?wat\s+je\s+nodig\s+hebt\b|\bhoeveel\s+(?:heb|wil)\s+(?:je|"
                r"jij)\s+nodig\b"
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
                r"\b(?:bolbon|bol-bon|bol\s+bon|cadeaubon|cadeaukaart|giftcard|gift\s+card|tikky|"
                r"waardebon|"
                r"make-upset|iphone|ketting|tas|telefoon|auto|pakketje)\b",
                r"\b(?:voor\s+(?:je|jou|jullie)|van\s+(?:me|mij)|wie\s+wil|stuur\s+ik\s+(?:je|jou)|"
                r"mag\s+(?:je|jij)\s+"
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
                r"\b(?:makkelijk\s+(?:geld|verdiend)|snel\s+geld|easy\s+money|quick\s+cash|"
                r"geen\s+vragen|"
                r"no\s+questions\s+asked|cash\s+(?:betaald|uitbetaald|in\s+de\s+hand)|"
                r"zwart\s+(?:betaald|werken)|"
                r"bijverdienen|bij\s+verdienen|paar\s+honderd|per\s+uur\s+cash)\b",
                r"\b(?:wie\s+wil|wie\s+doet|kan\s+je\s+helpen|ik\s+ken|heeft\s+werk|je\s+kan|"
                r"jij\s+kan|interesse|"
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
                r"\b(?:abonnement\w*|telefoonabonnement|auto|contract|lening|telefoon|rekening|"
                r"sim\w*|kenteken|"
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
    r"|\bneem\s+(?:het|je|jouw)\s+(?:\w+\s+)?(?:abonnement|rekening|huur|schuld)\s+(?:wel\s+)"
    r"?over\b"
    r"|\bterugbetalen\s+komt\s+(?:later|nog)\b|\bpaying\s+me\s+back\b"
    r"|\b(?:heb|heeft)\s+(?:jij|je)\s+(?:nog\s+)?(?:wat|iets)\s+liggen\b(?=.*\b(?:krap|terug|lenen|"
    r"euro)\b)"
    r"|\bstaat\s+(?:er\s+)?nog\s+\d+\s+open\s+bij\s+(?:jou|je)\b"
    r"|\b(?:honderdje|tientje|twintigje|vijftigje)\s+(?:\w+\s+)?overmaken\b"
    r"|\benvelop(?:je)?\s+in\s+je\s+brievenbus\b"
    r"|\b(?:pakje|pakketje|cadeautje)\s+(?:voor\s+je\s+)?laten\s+bezorgen\b",
)


# Round 12 (train_q, train_r): money in slang and in kind. "doekoe is geen probleem", "heb je
# pap nodig?", "twee ruggen voor jou", "een paar knaken toeschuiven", "💸💸 for you", "can I
# borrow 30 bucks", her phone credit topped up, "je hoeft het pas terug te betalen als je kan",
# "als je krap zit help ik je uit de brand", a fine he paid "dus volgende keer help jij mij",
# a job "waar je snel veel kunt verdienen", and a present waiting "je hoeft alleen ja te zeggen".
_FAMILIES12: Final[tuple[Pattern | AllOf, ...]] = (
    Pattern(
        "money",
        HOLD,
        r"\b(?:doekoe|doekoes|poen|knaken|flappen|pegels|barkies|geld|money|cash)"
        r"\s+is\s+(?:echt\s+)?geen\s+"
        r"(?:probleem|issue|punt|ding)\b(?=[^.!?]*\b(?:je|jij|jou|wat\s+wil)\b)"
        r"|\bmoney'?s?\s+(?:is\s+)?no\s+(?:problem|issue|object)\b"
        r"|\bheb\s+(?:je|jij)\s+(?:wat\s+)?(?:pap|doekoe|knaken|poen|flappen|pegels|barkies)"
        r"\s+nodig\b"
        r"|\b(?:\d+|twee|drie|vier|vijf|tien|paar|een\s+paar|wat)\s+(?:ruggen|knaken|flappen|"
        r"pegels|barkies)\b"
        r"(?=[^.!?]*\b(?:je|jou|jij|you|toeschuiven|toestoppen|geven|sturen|krijg\w*|voor)\b)"
        r"|\b(?:geld|knaken|poen|cash|doekoe|flappen|pegels|centjes)\s+(?:\w+\s+)?toe(?:schuiven|"
        r"stoppen|"
        r"geschoven|gestopt)\b"
        r"|\b(?:(?:schuif|stop)\s+ik|ik\s+(?:schuif|stop))\s+(?:je|jou)\s+(?:wel\s+)?(?:wat|iets|"
        r"een\s+paar\s+\w+|"
        r"\w+\s+knaken|geld|cash|poen|knaken)\s+(?:\w+\s+)?toe\b"
        r"|(?:💸|💰|💵|💶)\s*(?:(?:💸|💰|💵|💶)\s*)*(?:for|voor)\s+(?:you|jou|je|u)\b"
        r"|\b(?:can|could|may)\s+i\s+borrow\b(?=[^.!?]*(?:\d|\bmoney\b|\bcash\b|\bbucks\b|\beuro))"
        r"|\bmag\s+ik\s+(?:\w+\s+){0,2}?(?:van\s+(?:je|jou)\s+)?lenen\b(?=[^.!?]*(?:\d|\bgeld\b|"
        r"\beuro))"
        # her phone credit: "zal ik je beltegoed opwaarderen?"
        r"|\b(?:je|jouw|your)\s+(?:beltegoed|belkrediet|tegoed|prepaid|credit|data)\s+(?:\w+\s+)"
        r"{0,2}?"
        r"(?:opwaarderen|opgewaardeerd|opladen|opgeladen|aanvullen|aangevuld|bijladen|bijgeladen|"
        r"topped\s+up|"
        r"top\s+up)\b"
        r"|\b(?:opwaarderen|top\s+up)\s+(?:je|jouw|your)\s+(?:beltegoed|belkrediet|tegoed|credit)\b"
        # paying back later: "je hoeft het pas terug te betalen als je kan"
        r"|\b(?:hoeft|hoef)\s+(?:je\s+)?(?:het|dat|me|mij|niks|niets)?\s*(?:\w+\s+)"
        r"{0,2}?terug\s+te\s+betalen\b"
        r"(?![^.!?]*\b(?:organisatie|stichting|gemeente|duo|school|groep|cadeau)\b)"
        r"|\b(?:pay|paying)\s+me\s+back\s+(?:whenever|later|when\s+you\s+can)\b"
        # "als je krap zit", "ik help je wel uit de brand" with money
        r"|\bals\s+(?:je|jij)\s+(?:\w+\s+){0,2}?krap\s+(?:zit|staat|bij\s+kas)\b"
        r"(?!\s+(?:met|in|qua)\s+(?:je\s+|de\s+)?(?:tijd|ruimte|plek))"
        r"|\bif\s+(?:you'?re|you\s+are|u\s+r)\s+(?:\w+\s+)?short\s+on\s+(?:money|cash)\b"
        # a fine or bill of hers he paid: "ik heb die boete van je betaald"
        r"|\b(?:heb|had)\s+(?:die|de|je|jouw|het)\s+(?:\w+\s+)?(?:boete|rekening|huur|schuld|"
        r"telefoonrekening|"
        r"treinkaartje|abonnement)\s+(?:\w+\s+)?(?:van\s+(?:je|jou)\s+|voor\s+(?:je|jou)\s+)"
        r"?betaald\b"
        r"|\bi\s+paid\s+(?:your|ur|off\s+your)\s+(?:fine|bill|debt|rent)\b"
        # a job where she earns fast: "ik weet een baantje waar je snel veel kunt verdienen"
        r"|\b(?:baantje|klusje|werkje|job|bijbaantje|bijbaan|manier|werk)\s+(?:\w+\s+)"
        r"{0,2}?(?:waar|waarmee|"
        r"where)\s+(?:je|jij|you)\s+(?:\w+\s+){0,3}?(?:snel|makkelijk|veel|easy|fast|quick|lots)\s+"
        r"(?:\w+\s+){0,2}?(?:verdien\w*|geld|cash|money|earn|make)\b"
        # a present waiting for her yes
        r"|\b(?:hoeft|hoef)\s+(?:je\s+)?alleen\s+(?:maar\s+)?ja\s+te\s+zeggen\b"
        rf"|\b(?!spullen\b){_GIFT}\s+(?:\w+\s+)?(?:liggen|ligt|staan|staat)\s+(?:al\s+)"
        r"?klaar\s+voor\s+(?:je|jou)\b",
    ),
    AllOf(
        "money",
        HOLD,
        # "ik help je wel uit de brand" when the talk is about money
        parts=(
            r"\b(?:help|helpen)\s+(?:ik\s+)?(?:je|jou)\s+(?:\w+\s+)?uit\s+de\s+brand\b|"
            r"\bbail\s+(?:you|u)\s+out\b",
            r"\b(?:krap|geld|rekening|betalen|euro|schuld|tekort|lenen|money|cash|rent|bills?)\b",
        ),
        none_of=(_ORGANISATION_PAYS,),
        across_clauses=True,
    ),
)


# Round 14 (heldout15-22): gifts and money in everyday words. A gift with her size or colour
# asked ("je krijgt een nieuwe jas van me, welke maat heb je?"), her bills and cards paid or
# topped up ("je telefoonrekening betaal ik wel", "laat mij je ov opladen"), food sent to where
# she is, cash offered in slang ("i can sort you out with some cash", "ik zet wat groen op je
# kaart"), a bare amount transferred ("ik maak vanavond 100 over"), her account number asked for
# as "de lange code met NL ervoor", and an old debt kept open ("die 600 die je nog open hebt
# staan", "je schuld bij mij in termijnen afbetalen").
_ROUND14: Final[tuple[Pattern | AllOf, ...]] = (
    AllOf(
        "money.gift",
        HOLD,
        # "voor je bday krijg je airpods van me, welke kleur wil je?", "sneakers in jouw maat, wil
        # jij ze?"
        parts=(
            r"\b(?:welke\s+(?:maat|kleur|size|schoenmaat|colou?r)|in\s+(?:jouw|je)\s+maat|(?:your|"
            r"ur)\s+size|"
            r"what\s+(?:size|colou?r))\b",
            r"\b(?:van\s+(?:me|mij)|wil\s+(?:jij|je)\s+(?:ze|hem|die|het)|voor\s+(?:je|jou)|"
            r"(?:i'?ll|let\s+me)\s+"
            r"(?:get|buy)|krijg\w*|koop\s+ik|ik\s+koop|liggen)\b",
        ),
        # (the organisation's order: "de coördinator bestelt de groepshoodies, welke maat heb je?")
        none_of=(
            r"\b(?:coordinator\w*|begeleider\w*|organisatie|de\s+groep|groepshoodie\w*|het\s+team|"
            r"teamshirt\w*|voor\s+het\s+uitje|bestelt|bestellen\s+we)\b",
        ),
        across_clauses=True,
    ),
    Pattern(
        "money.gift",
        HOLD,
        # her bills and cards: "je telefoonrekening betaal ik deze maand wel", "laat mij je ov
        # opladen", "i'll cover your phone bill"
        r"\b(?:je|jouw)\s+(?:telefoonrekening|rekening|abonnement|beltegoed|ov(?:-?kaart|chip\w*)?|"
        r"huur|boete|boetes)\s+(?:\w+\s+){0,3}?(?:betaal|betalen|regel|oplaad|opladen|sponsor)"
        r"\s+ik\b"
        r"|\blaat\s+(?:mij|me)\s+(?:je|jouw)\s+(?:[\w\-]+\s+)?(?:opladen|betalen|afbetalen|"
        r"aanvullen)\b"
        r"|\bi'?ll\s+(?:pay|cover|top\s+up)\s+(?:your|ur)\s+(?:phone\s+bill|bill|rent|card|credit)"
        r"\b"
        # a birthday present: "voor je bday krijg je een parfum van mij"
        r"|\b(?:voor\s+(?:je|jouw)\s+(?:verjaardag|bday|birthday)|cadeau\w*)"
        r"\b[^.?!]*?\bkrijg\s+(?:je|jij)\b"
        r"[^.?!]*?\bvan\s+(?:mij|me)\b"
        # cash in slang: "i can sort you out with some cash", "ik zet wat groen op je kaart"
        r"|\b(?:sort|hook)\s+(?:you|u)\s+(?:out|up)\s+with\s+(?:some\s+)?(?:cash|money|bread|dough|"
        r"p's)\b"
        r"|\bik\s+zet\s+(?:wat|een\s+beetje|even)\s+(?:\w+\s+)?(?:groen|poen|doekoe|cash|geld|"
        r"money)\s+"
        r"op\s+(?:je|jouw)\s+(?:kaart|rekening|bank|pas)\b"
        # a bare amount: "ik maak vanavond 100 over voor je"
        r"|\bik\s+maak\s+(?:\w+\s+){0,2}?\d{2,4}\s+(?:naar\s+(?:je|jou)\s+)?over\b"
        # the IBAN by description: "stuur me die lange code met NL ervoor"
        r"|\b(?:code|nummer|cijfers)\s+met\s+nl\s+(?:ervoor|vooraan|aan\s+het\s+begin)\b"
        r"|\b(?:begint|beginnen)\s+met\s+nl\b[^.?!]*?\b(?:stuur|geef)\b",
    ),
    AllOf(
        "money.gift",
        HOLD,
        # food sent to her: "ik kan een maaltijd voor je laten bezorgen, zeg maar waar hij heen
        # moet", "let me order you food, where are you?"
        parts=(
            r"\b(?:laten\s+bezorgen|laat\s+bezorgen|thuisbezorgen|bezorgen|order\s+(?:you|u)|"
            r"(?:uber\s*eats|thuisbezorgd|deliveroo)\b)",
            r"\b(?:voor\s+(?:je|jou)|naar\s+(?:je|jou)|waar\s+(?:\w+\s+){0,2}?heen|where|"
            r"je\s+adres)\b",
        ),
        none_of=(r"\b(?:pakketje|bestelling|postnl|dhl|bol)\b",),
        across_clauses=True,
    ),
    Pattern(
        "debt",
        HOLD,
        # an old debt kept open: "die 600 die je nog open hebt staan", "je schuld bij mij in
        # termijnen afbetalen", "wat je me schuldig bent"
        r"\b(?:je|jij)\s+(?:nog\s+)?open\s+(?:hebt|heb)\s+staan\b|\bnog\s+open\s+(?:hebt|heb)"
        r"\s+staan\b"
        r"|\b(?:je|jouw)\s+schuld\s+bij\s+(?:mij|me|ons)\b"
        r"|\bwat\s+(?:je|jij)\s+(?:me|mij)\s+(?:nog\s+)?(?:schuldig|verschuldigd)\s+bent\b"
        r"|\bop\s+een\s+andere\s+manier\s+(?:oplossen|op\s+lossen|terugbetalen|afbetalen|goedmaken)"
        r"\b",
    ),
)
# Each alternative of an AllOf's first part gated on its own words (see `each_alternative`).
_FAMILIES14: Final = tuple(
    part
    for rule in _ROUND14
    for part in (each_alternative(rule) if isinstance(rule, AllOf) else (rule,))
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
        *_FAMILIES12,
        *_FAMILIES14,
    ),
    detectors=_SENTENCE_RULES.detectors,
)
