"""Disclosures: the survivor tells her buddy about someone else (POLICY: flag, never hold).

"Een jongen op insta blijft vragen om af te spreken", "mijn ex stuurt me weer berichten", "hij gaf
me een nieuwe telefoon", "ze vroegen of ik in een hotel wilde werken": holding these would silence
her. They are delivered and a coordinator is alerted. The frame is a third person (hij, een jongen,
mijn ex, iemand op insta) doing something *to her* (me, mij, ik).
"""

from __future__ import annotations

from typing import Final

from messaging.moderation.decision import FLAG
from messaging.moderation.lexicons import PLATFORM, REPORT_VERB, THIRD_ACTOR, alt
from messaging.moderation.rules._base import AllOf, Pattern, RuleGroup

_ME: Final = r"\b(?:me|mij|ik|mijn|m'n|mn|my|i|i'm|im|myself)\b"
_ME_OBJECT: Final = r"(?:me|mij|voor\s+me|voor\s+mij|aan\s+mij|aan\s+me|for\s+me|me\s+a|me\s+an)"
_GIFT_VERB: Final = alt(
    "geeft", "gaf", "gaven", "koopt", "kocht", "kochten", "gekocht", "gegeven", "betaalt",
    "betaalde", "betaald", "trakteert", "trakteerde", "getrakteerd", "stuurt geld", "stuurde geld",
    "overgemaakt", "regelt", "regelde", "geregeld", "verwent", "verwende", "gives", "gave", "buys",
    "bought", "pays", "paid", "spoils", "got me", "sends me money", "sent me money", "beloofd",
    "belooft", "beloofde", "promised", "buying", "giving", "paying for", "getting me",
    "sending me money",
)  # fmt: skip
_WORK: Final = (
    r"\b(?:werken|werk|werkt|geld\s+verdienen|verdienen|verdien|klanten|klant|hotel\w*|feest\w*|"
    r"escort|massage\w*|afspraakjes|daten|dates|mannen|meegaan|mee\s+gaan|dealen|lopen|"
    r"pakketjes|pakketje|bezorgen|work|working|earn|money|clients|party|parties)\b"
)
_ACTOR_DOES: Final = rf"\b{THIRD_ACTOR}\b(?:\s+[\w']+){{0,5}}?\s+{REPORT_VERB}\b"
_NEW_FRIEND: Final = (
    r"\b(?:een|mijn|m'n|mn|a|my)\s+(?:nieuwe|nieuw|oudere|new|older)\s+(?:vriend|vriendje|lover|"
    r"date|boyfriend|bf|scharrel|crush|jongen|man|guy)\b"
)

# What a reported person does that a coordinator should hear about: meeting, sleeping over,
# picking her up, money and gifts, work, photos, contact details, claiming or isolating her.
_REPORT_TOPIC: Final = (
    r"\b(?:slapen|logeren|blijven\s+slapen|bij\s+(?:hem|haar|hen)|naar\s+zijn\s+(?:huis|kamer|auto)|"
    r"in\s+zijn\s+auto|meegaan|mee\s+naar|meega|ophalen|op\s+te\s+halen|haal\w*\s+(?:\w+\s+){0,2}?op|"
    r"afspreken|af\s+te\s+spreken|alleen|hotel\w*|feest\w*|geld|cadeau\w*|telefoon|foto'?s|fotos|"
    r"nummer|adres|account|snap|insta|werken|verdienen|pakketjes?|drugs|wiet|vriendin\s+ben|"
    r"van\s+hem\s+ben|niet\s+meer\s+(?:naar|met)|mag\s+niet|niet\s+mag|geheim|niemand|schuld\w*|"
    r"terug|dwingt|dwong|slaat|sloeg|pijn|meet|sleep\s+over|pick\s+me\s+up|money|photos|"
    r"pictures|number|address|alone|volg\w*|achtervolg\w*|naar\s+huis|stalk\w*|follow\w*|"
    r"met\s+(?:hem|haar|hen)\s+mee|woon|woonde|buurt|wijk|straat|school|berichten|berichtjes|"
    r"messages|texts|ondergoed|onderbroek|lingerie|maagd|zoenen|tongen|verslag\w*|logboek|"
    r"telefoonrekening|abonnement|supermarkt|bijbaan)\b"
)

# Round 8 families: he contacts or finds her again (any channel, "hartjes", through her sister),
# she contacts him again, he says he has changed, being asked to "help" again, being put in a
# group chat with men she does not know.
_OLD_ACTOR: Final = (
    r"\b(?:hij|ie|he|die\s+(?:jongen|gast|man|vent|kerel)|(?:mijn|m'n|mn|my)\s+(?:oude|old)\s+\S+|"
    r"(?:mijn|m'n|mn|my)\s+ex\w*|that\s+guy|van\s+vroeger)\b"
)
_FAMILIES8: Final = (
    AllOf(
        "disclosure.ex_contact",
        FLAG,
        parts=(
            _OLD_ACTOR,
            r"\b(?:gebeld|belt|belde|geappt|appt|appte|gestuurd|stuurt|stuurde|gevonden|gezocht|opgezocht|"
            r"gevolgd|volgt|toegevoegd|geadd\w*|added|found|called|calls|calling|texted|texts|texting|"
            r"messaged|dm'?d|dmt|dm't|liket|liked|reageert|gereageerd|gesmst|stond|staat|got|gevraagd|"
            r"heeft\s+"
            r"(?:\w+\s+){0,3}?(?:gevonden|gekregen|achterhaald))\b",
            rf"\b(?:weer|opnieuw|alweer|again|steeds|elke\s+dag|every\s+day|nog\s+steeds|still|vroeger|"
            rf"anoniem\w*|account|hartjes|hearts|bericht|berichtje|berichtjes|berichten|vragen|via\s+"
            rf"(?:mijn|mn|m'n)\s+\w+|hoe\s+het\s+met\s+"
            rf"(?:me|mij)\s+gaat|\d+\s+keer|zo\s+vaak|times|nieuwe\s+nummer|new\s+number|nummer|number|adres|address|midden\s+in\s+de\s+"
            rf"nacht|'s\s+nachts|middle\s+of\s+the\s+night)\b|\b(?:op|via|on)\s+{PLATFORM}\b",
            r"\b(?:me|mij|mn|mijn|m'n|my|ik|i)\b",
        ),
        none_of=(r"\bgeen\s+contact\b|\bno\s+contact\b",),
    ),
    Pattern(
        "disclosure.ex_contact",
        FLAG,
        # she contacted him again: "ik heb hem terug geappt", "ik heb hem ontblokt"
        r"\b(?:ik|i)\s+(?:heb|had|have|ben)?\s*(?:\w+\s+){0,2}?(?:hem|him|mijn\s+ex|mn\s+ex|m'n\s+ex|"
        r"my\s+ex)\s+(?:\w+\s+){0,2}?(?:terug|weer|opnieuw|back|again)\s*(?:ge)?(?:appt|geappt|gebeld|"
        r"belde|gestuurd|geantwoord|gereageerd|gesproken|gezien|ontmoet|texted|called|messaged|replied|"
        r"saw|met)\b"
        r"|\b(?:ik|i)\s+(?:heb|have)\s+(?:\w+\s+)?(?:hem|him|mijn\s+ex|my\s+ex)\s+(?:\w+\s+)?(?:ontblokt|"
        r"gedeblokkeerd|gedeblokt|unblocked)\b"
        r"|\b(?:weer|opnieuw|again)\s+contact\s+(?:met|with)\s+(?:hem|him|mijn\s+ex|mn\s+ex|my\s+ex)\b"
        r"|\bi\s+(?:texted|called|messaged|replied\s+to)\s+him\s+(?:back|again)\b"
        # "hij zegt dat hij veranderd is"
        r"|\b(?:hij|he)\s+(?:zegt|zei|says|said|belooft|beloofde|promised|swears)\s+(?:dat|that)\s+"
        r"(?:\w+\s+){0,6}?(?:hij|he)\s+(?:\w+\s+){0,2}?(?:veranderd|changed|spijt|me\s+mist|mij\s+mist|"
        r"misses\s+me)\b",
    ),
    AllOf(
        "disclosure.work",
        FLAG,
        # "hij vroeg of ik weer wil 'helpen'", "ze vroegen of ik weer een klusje wilde doen"
        parts=(
            _ACTOR_DOES,
            r"'(?:helpen|help|werken|werk|klusje|klusjes|dingen|iets\s+doen|aardig\s+zijn|work|job|"
            r"favou?r|things)'"
            r"|\b(?:je\s+weet\s+wel|you\s+know\s+what\s+i\s+mean|weet\s+je\s+wel)\b"
            r"|\b(?:weer|opnieuw|again)\s+(?:\w+\s+){0,2}?(?:klusje|klusjes|werken)\b",
            _ME,
        ),
    ),
    Pattern(
        "disclosure.work",
        FLAG,
        # "... of ik weer voor hem wilde werken", "vraagt me mee naar rotterdam voor werk"
        r"\b(?:ik|i)\s+(?:\w+\s+){0,4}?voor\s+(?:hem|haar|hen|ze|him|them)\s+(?:\w+\s+){0,2}?(?:werken|"
        r"verdienen|dealen|lopen|work|earn|deal)\b"
        r"|\b(?:vraagt|vroeg|vragen|vroegen|asks|asked)\s+(?:me|mij)\s+(?:\w+\s+){0,3}?(?:mee|to\s+come)\b"
        r"(?:\s+\w+){0,6}?\s+(?:voor|for)\s+(?:werk|een\s+baan|een\s+baantje|een\s+klus|een\s+klusje|"
        r"work|a\s+job)\b",
    ),
    AllOf(
        "disclosure.contact",
        FLAG,
        # "ze hebben me in een groepsapp gezet met mannen die ik niet ken"
        parts=(
            r"\b(?:toegevoegd|gezet|geadd\w*|added|uitgenodigd|invited|zit\s+(?:ineens|opeens|nu)|"
            r"zat\s+(?:ineens|opeens))\b",
            r"\b(?:groep\w*|groupchat|group\s+chat|gc|chat|groepje)\b",
            r"\b(?:mannen|jongens|guys|men|onbekende\w*|vreemde\w*|die\s+ik\s+niet\s+ken|i\s+don'?t\s+know|"
            r"strangers|oudere|older)\b",
            r"\b(?:me|mij|ik|i)\b",
        ),
    ),
)

# Round 9 families: "it's him" (a car in the street, an unknown number, a gift without a name),
# someone sent to her ("zijn broer kwam naar me toe"), he wants her to come or do something for
# him or his friends, controlling her ("ik moet van hem mijn locatie delen"), recruiting ("haar
# baas zoekt nog meiden"), gifts from an older man, meeting him again, a group she cannot leave.
_FAMILIES9: Final = (
    Pattern(
        "disclosure.ex_contact",
        FLAG,
        r"\b(?:ik\s+denk|volgens\s+mij|ik\s+weet\s+zeker)\s+(?:dat\s+)?(?:\w+\s+)?(?:hij|ie)\s+het\s+"
        r"(?:is|was)\b|\bweet\s+(?:wel\s+)?van\s+wie\b|\bik\s+weet\s+wie\s+het\s+was\b"
        r"|\b(?:mijn|m'n|mn)\s+(?:nieuwe\s+)?(?:nummer|adres|account)\s+(?:\w+\s+)?(?:gevonden|achterhaald|"
        r"gekregen)\b|\b(?:belt|bellen|gebeld|belde)\s+(?:\w+\s+){0,3}?(?:met\s+)?(?:anoniem|anonymous|"
        r"prive\s+nummer|onbekend\s+nummer)\b|\bonbekend\s+nummer\b"
        r"|\b(?:kwam|kwamen|komt)\s+(?:er\s+)?(?:\w+\s+){0,5}?naar\s+(?:me|mij)\s+toe\b(?=.*\b(?:zei|zegt|"
        r"vroeg|groeten|mist|spreken|te\s+goed|kende)\b)"
        r"|\bweer\s+met\s+(?:hem|him|mijn\s+ex|mn\s+ex)\s+(?:\w+\s+)?(?:afgesproken|geweest|gezien)\b"
        r"|\b(?:stond|staat|stonden|zat|zit)\s+(?:\w+\s+){0,4}?op\s+(?:me|mij)\s+te\s+wachten\b"
        r"|\bopgewacht\b|\b(?:me|mij)\s+(?:\w+\s+){0,4}?opwacht\w*",
    ),
    AllOf(
        "disclosure.ex_contact",
        FLAG,
        # "er was een jongen aan de deur die naar mij vroeg"
        parts=(
            r"\b(?:vroeg|vraagt|vroegen)\s+naar\s+(?:mij|me)\b|\bnaar\s+(?:mij|me)\s+(?:vroeg|vraagt|vroegen)\b",
            r"\b(?:jongen|man|gast|deur|zijn|hij|vent|kerel)\b",
        ),
        across_clauses=True,
    ),
    AllOf(
        "disclosure.ex_contact",
        FLAG,
        # "er staat al dagen een zwarte audi in de straat, volgens mij is hij het"
        parts=(
            r"\b(?:auto|audi|golf|bmw|mercedes|busje|scooter|car|van)\b",
            r"\b(?:staat|stond|staan|stonden|rijdt|reed|zie|zag)\b",
            r"\bvolgens\s+mij\b|\bik\s+denk\s+dat\b|\bzijn\s+vrienden\b|\bdezelfde\b|\bal\s+\w+\s+dagen\b"
            r"|\belke\s+dag\b|\bsteeds\b|\bachter\s+(?:me|mij|mijn)\b",
            r"\b(?:straat|school|huis|deur|bus|achter)\b",
        ),
        none_of=(r"\b(?:papa|mama|vader|moeder|ouders|oma|opa|taxi|rijles)\b",),
        across_clauses=True,
    ),
    AllOf(
        "disclosure.work",
        FLAG,
        # "hij wil dat ik naar hem toe kom", "mijn vriend wil dat ik met zijn neef ga chillen"
        parts=(
            # (literal spaces: "naar hem", not "naar", is what the anchor index looks for)
            r"\b(?:naar hem|bij hem|met hem|met zijn|voor hem|kom wonen|zijn neef|zijn vrienden|"
            r"werken|werk|massage\w*|salon|klanten|verdienen|modellen|shoot|baantje|mee gaat|"
            r"mee ga|mee naar)\b",
            r"\b(?:wil|wilde|wilt|zegt|zei|vraagt|vroeg)\s+(?:hij|ze|zij)?\s*(?:\w+\s+)?(?:dat|of)\s+(?:ik|ze|zij)\b",
        ),
        # her boss, teacher or mother asking her to work is no report
        none_of=(
            r"\b(?:baas|chef|stage\w*|winkel|juf|docent|mentor|moeder|vader|mama|papa|begeleid\w*|"
            r"coordinator\w*|leraar|lerares|school|goed\s+werk|sollicit\w*|bijbaan|rooster)\b",
        ),
    ),
    Pattern(
        "disclosure.work",
        FLAG,
        # "haar baas zoekt nog meiden", "een baantje voor me in duitsland", "een pakketje voor hem"
        r"\b(?:zoekt|zoeken|zocht)\s+(?:nog\s+)?(?:meiden|meisjes|girls|vrouwen)\b"
        r"(?!.*\b(?:team|voetbal\w*|hockey\w*|club|koor|toneel|band|vereniging|training|dansgroep)\b)"
        r"|\b(?:nog\s+)?(?:meiden|meisjes)\s+(?:\w+\s+){0,3}?(?:zoekt|zoeken|nodig\s+heeft)\b"
        r"(?!.*\b(?:team|voetbal\w*|hockey\w*|club|koor|toneel|band|vereniging|training|dansgroep)\b)"
        r"|\b(?:baan|baantje|werk|klus|klusje|job)\s+voor\s+(?:me|mij)\b"
        r"|\bpakketje\w*\s+(?:\w+\s+){0,2}?voor\s+(?:hem|haar|hen|zijn\s+\w+)\b"
        r"|\bvoor\s+(?:hem|haar|hen)\s+(?:\w+\s+){0,3}?(?:wegbrengen|afleveren|bezorgen)\b"
        r"|\b(?:helpen|help|werken|doen)'?\s+zoals\s+vroeger\b"
        r"|\bik\s+weet\s+(?:wel\s+|heus\s+)?wat\s+(?:hij|ze|zij)\s+(?:daarmee\s+)?bedoel\w*"
        # controlling: "ik moet van hem mijn locatie delen", "anders wordt hij boos"
        r"|\b(?:moet|mag)\s+(?:ik\s+)?van\s+(?:hem|mijn\s+(?:vriend|vriendje|ex)|mn\s+(?:vriend|vriendje|ex))\b"
        r"|\banders\s+'?wordt\s+(?:hij|ze)\s+(?:boos|kwaad|agressief)\b"
        r"|\bzei\s+dat\s+ik\s+(?:hem|haar)\s+(?:moet|moest)\s+(?:bellen|appen|spreken|zien)\b"
        r"|\bals\s+ik\s+(?:echt\s+)?van\s+(?:hem|haar)\s+hou\b"
        r"|\bjullie\s+zijn\s+tegen\s+ons\b|\b(?:zegt|zei)\s+dat\s+ik\s+(?:de|deze)\s+app\s+(?:moet\s+)?"
        r"(?:verwijderen|wissen|weggooien)\b",
    ),
    Pattern(
        "disclosure.gifts",
        FLAG,
        # "een man die me steeds gratis eten geeft", "kreeg ik ook parfum van hem"
        r"\b(?:die|hij)\s+(?:me|mij)\s+(?:\w+\s+){0,3}?(?:geeft|gaf|koopt|kocht)\b"
        r"|\bkreeg\s+ik\s+(?:\w+\s+){0,3}?van\s+(?:hem|haar)\b|\bvan\s+hem\s+gekregen\b"
        r"|\bkrijgt\s+van\s+(?:een|die|zijn)\s+(?:\w+\s+)?(?:jongen|man|gast|vent)\b"
        r"|\bgratis\s+(?:eten|drinken|spullen)\s+(?:\w+\s+)?(?:geeft|gaf)\b",
    ),
    Pattern(
        "disclosure.contact",
        FLAG,
        # "ze hebben me toegevoegd aan een telegram groep, ik weet niet hoe ik eruit kom"
        r"\b(?:toegevoegd|gezet|geadd\w*|added)\s+(?:\w+\s+){0,3}?(?:aan|in|to)\s+(?:een|de|a)\s+(?:\w+\s+)?"
        r"(?:groep\w*|groupchat|group|chat)\b(?=.*\b(?:weet\s+niet\s+hoe|eruit|vip|onbekend\w*|niet\s+ken)\b)",
    ),
)


RULES = RuleGroup(
    "disclosure",
    rules=(
        *_FAMILIES8,
        *_FAMILIES9,
        Pattern(
            "disclosure.gifts",
            FLAG,
            # "hij gaf me een nieuwe telefoon", "hij heeft me een tas gegeven", "hij koopt alles
            # voor me", "ik kreeg een iphone van hem"
            rf"\b{THIRD_ACTOR}\b(?:\s+[\w']+){{0,6}}?\s+{_GIFT_VERB}\b(?:\s+[\w']+){{0,4}}?\s+"
            rf"{_ME_OBJECT}\b"
            rf"|\b{THIRD_ACTOR}\b(?:\s+[\w']+){{0,4}}?\s+{_ME_OBJECT}\b(?:\s+[\w']+){{0,5}}?\s+"
            rf"{_GIFT_VERB}\b"
            rf"|\b{THIRD_ACTOR}\s+{_GIFT_VERB}\s+{_ME_OBJECT}\b"
            r"|\b(?:ik|i)\s+(?:kreeg|krijg|heb|got|get)\s+(?:\w+\s+){0,5}?(?:gekregen\s+)?(?:van|from)\s+"
            r"(?:hem|haar|hen|een\s+jongen|een\s+man|die\s+\w+|mijn\s+(?:ex|vriend\w*)|m'n\s+\w+|"
            r"him|a\s+guy|my\s+(?:ex|boyfriend|bf))\b",
        ),
        AllOf(
            "disclosure.gifts",
            FLAG,
            # "ik heb een nieuwe vriend, hij is 24 en koopt alles voor me"
            parts=(
                _NEW_FRIEND,
                r"\b(?:cadeau\w*|kado\w*|geld|telefoon|iphone|tas|kleren|schoenen|sneakers|"
                r"(?:1[89]|[2-5]\d)\s*(?:jaar|jr)?|ouder|auto|koopt|kocht|gaf|geeft|betaalt|"
                r"gifts?|older|car|money|buys)\b",
            ),
        ),
        Pattern(
            "disclosure.work",
            FLAG,
            # "hij zegt dat ik geld moet verdienen voor ons", "ze vroegen of ik in een hotel
            # wilde werken", "hij wil dat ik met zijn vrienden meega naar een feest"
            rf"{_ACTOR_DOES}(?:\s+[\w']+){{0,8}}?\s+(?:dat|of|me|mij|om|to|me\s+to|if|that)\b"
            rf"(?:\s+[\w']+){{0,8}}?\s+{_WORK}"
            r"|\b(?:ik|i)\s+(?:moet|moest|must|have\s+to|had\s+to)\s+(?:\w+\s+){0,4}?(?:voor|for)\s+"
            r"(?:hem|haar|hen|ze|zijn\s+\w+|him|them)\s+(?:\w+\s+){0,3}?(?:werken|verdienen|doen|"
            r"dealen|lopen|rijden|work|earn)\b"
            r"|\bgeld\s+verdienen\s+voor\s+(?:ons|hem|hen|us|him)\b",
        ),
        AllOf(
            "disclosure.work",
            FLAG,
            # a hotel or "work" with someone else involved
            parts=(
                r"\b(?:hotel\w*|airbnb|vakantiepark|klanten|escort)\b",
                rf"\b{THIRD_ACTOR}\b",
                _ME,
            ),
        ),
        AllOf(
            "disclosure.ex_contact",
            FLAG,
            # "mijn ex stuurt me weer berichten", "my ex keeps texting me"
            parts=(
                r"\b(?:mijn|m'n|mn|my)\s+(?:ex|ex-vriend\w*|exvriend\w*|oude\s+vriend|ex\s+boyfriend)\b",
                r"\b(?:stuurt|stuurde|belt|belde|appt|appte|zoekt|zocht|gezocht|contact|volgt|volgde|"
                r"dm\w*|staat|stond|wacht|wachtte|blijft|bleef|probeert|probeerde|weer|again|keeps|"
                r"texting|texted|calling|called|messag\w*|account|nummer|berichten|berichtjes|dreigt|"
                r"dreigde|zegt|zei|wil|opgezocht|gezien|terug|back|reached|following|showed\s+up|"
                r"turned\s+up|came|comes|waiting|outside|found|stalking|stalkt|bereiken|kwam|komt)\b",
            ),
            none_of=(
                r"\bgeen\s+contact\b|\bno\s+contact\b|\bniet\s+meer\s+(?:gesproken|gezien|gehoord)\b",
            ),
        ),
        Pattern(
            "disclosure.contact",
            FLAG,
            # "een jongen op insta blijft vragen om af te spreken", "iemand op tiktok"
            r"\b(?:iemand|een\s+(?:jongen|man|gast|vent|kerel|meisje|vrouw|onbekende|oudere\s+\w+)|"
            r"die\s+(?:jongen|man|gast|vent|kerel)|er\s+is\s+een\s+\w+|someone|somebody|a\s+guy|"
            r"some\s+guy|this\s+guy|a\s+man|an\s+older\s+\w+)\b(?:\s+[\w']+){0,6}?\s+(?:op|via|on|in|"
            rf"from)\s+{PLATFORM}\b"
            # "hij wil me ophalen", "die gast wil mijn nummer", "hij wilde weten waar ik woon"
            rf"|{_ACTOR_DOES}(?:\s+[\w']+){{0,6}}?\s+(?:afspreken|af\s+te\s+spreken|chillen|ophalen|"
            r"op\s+te\s+halen|meenemen|mee\s+te\s+nemen|ontmoeten|mijn\s+nummer|mijn\s+adres|"
            r"mijn\s+(?:live\s+)?locatie|my\s+location|mijn\s+school|my\s+school|"
            r"waar\s+ik\s+woon|waar\s+ik\s+ben|mijn\s+snap|mijn\s+insta|foto'?s|fotos|pics|nudes|"
            r"meet|meet\s+up|hang\s+out|my\s+number|my\s+address|where\s+i\s+live|pictures|photos|"
            r"pick\s+me\s+up|lift|me\s+zien|mij\s+zien|see\s+me|langskomen)\b",
        ),
        AllOf(
            "disclosure.contact",
            FLAG,
            # "er staat een jongen elke dag bij mijn school te wachten", "een man bood me een lift"
            parts=(
                r"\b(?:een|die|a|that)\s+(?:jongen|man|gast|vent|kerel|auto|guy|car|oudere\s+\w+)\b",
                r"\b(?:bij|voor)\s+(?:mijn|m'n|mn|de|het|ons)\s+(?:school|huis|deur|werk|stage|flat)\b"
                r"|\b(?:lift|meerijden|mee\s+rijden|instappen|in\s+zijn\s+auto|a\s+ride)\b",
                r"\b(?:staat|stond|wacht|wachtte|elke\s+dag|steeds|altijd|bood|biedt|vroeg|wilde|"
                r"offered|waiting|every\s+day)\b",
            ),
        ),
        AllOf(
            "disclosure.report",
            FLAG,
            # someone else asks, says or wants something of her: "hij wil dat ik bij hem kom
            # slapen", "die jongen zegt dat ik zijn vriendin ben en niet meer naar de groep mag"
            parts=(_ACTOR_DOES, _ME, _REPORT_TOPIC),
        ),
        Pattern(
            "disclosure.secrecy",
            FLAG,
            # "hij zei dat ik het niet aan jou mocht vertellen" (about her: oma's recipe is not)
            rf"{_ACTOR_DOES}(?:\s+[\w']+){{0,3}}?\s+(?:dat\s+ik|of\s+ik|me|mij|ik|me\s+not|i)\b"
            r"(?:\s+[\w']+){0,5}?\s+(?:niet|niemand|geheim|nobody|not|no\s*one)\b"
            r"(?:\s+[\w']+){0,4}?\s+(?:vertellen|zeggen|weten|tell|know|geheim|houden)\b",
        ),
        Pattern(
            "disclosure.debt",
            FLAG,
            # "hij zegt dat ik hem nog geld schuldig ben", "nu moet ik iets terugdoen"
            r"\b(?:ik|dat\s+ik|i)\s+(?:\w+\s+){0,3}?(?:hem|haar|hen|ze|zijn\s+\w+|him|them)\s+"
            r"(?:\w+\s+){0,3}?(?:schuldig|verschuldigd|terugbetalen|terug\s+moet\s+betalen|owe)\b"
            r"|\b(?:ik|dat\s+ik)\s+(?:\w+\s+){0,3}?(?:iets|wat|alles)\s+terug\s+(?:moet|moest)\s+doen\b"
            r"|\bik\s+sta\s+(?:\w+\s+)?bij\s+(?:hem|haar|hen)\s+in\s+het\s+krijt\b"
            r"|\b(?:ik|dat\s+ik)\s+(?:\w+\s+){0,3}?(?:schulden|schuld)\s+(?:bij|aan)\s+(?:hem|haar|hen|ze|"
            r"zijn\s+\w+)\b"
            r"|\bi\s+owe\s+(?:him|her|them)\b",
        ),
        Pattern(
            "disclosure.sextortion",
            FLAG,
            # "mijn ex zegt dat hij mijn foto's gaat delen"
            rf"\b{THIRD_ACTOR}\b(?:\s+[\w']+){{0,8}}?\s+(?:mijn|m'n|mn|my|die|de|the|those)\s+"
            r"(?:\w+\s+)?(?:foto'?s|fotos|video'?s|videos|filmpjes?|beelden|pics|nudes|pictures)\b"
            r"(?:\s+[\w']+){0,4}?\s+(?:delen|doorsturen|door\s+te\s+sturen|online|verspreiden|"
            r"laten\s+zien|posten|sturen|share|post|leak|send|show)\b"
            rf"|\b{THIRD_ACTOR}\s+(?:dreigt|dreigde|threatens|threatened)\b",
        ),
    ),
)
