"""Intent families of round 10: paraphrases and near misses, not sentences.

The training sets train_a to train_m (thirteen authors) showed which families the rules still
missed; the cases below are written from those families, in many wordings (Dutch, chat Dutch,
English), together with harmless chat the new rules must leave alone. None is copied from a
labelled file.
"""

from __future__ import annotations

import pytest

from tests.messaging.moderation.conftest import RULES

# --- urgent (flag + urgent, delivered) ---------------------------------------------------------

URGENT_FAMILIES: dict[str, tuple[str, ...]] = {
    "not_waking_up": (
        "ik hoop gewoon dat ik vannacht in mijn slaap doodga",
        "soms wens ik dat die vrachtwagen me gewoon overrijdt",
        "zou het fijn vinden om een keer niet wakker te hoeven worden eigenlijk",
        "ik wil slapen en nooit meer wakker worde",
        "ik ga nu slapen en ik hoop echt dat het de laatste keer is",
        "ik wil gewoon weg zijn. voorgoed.",
        "i wish i could just vanish",
        "mijn ouders zouden opgelucht zijn als ik er niet meer was",
        "het voelt alsof ik al dood ben",
        "ik voel me al maanden dood van binnen",
    ),
    "why_still_here": (
        "waarom ben ik er eigenlijk nog",
        "waarom heb ik dat ongeluk overleefd, had ik maar niet",
        "noem één reden waarom ik zou blijven leven",
        "sorry dat ik überhaupt besta",
        "niks heeft meer zin, echt niks",
        "als ze mijn kind afpakken hoeft het voor mij allemaal niet meer",
        "mijn leven is gewoon kapot",
        "ik ben er klaar mee. voorgoed.",
        "ik ben echt helemaal klaar met alles",
        "ik ben zo klaar met mezelf",
        "ik weet niet of ik deze nacht haal",
        "ik kan niet meer doen alsof het goed met me gaat",
        "i can't pretend i'm okay anymore",
        "mijn hoofd zegt de hele tijd dat ik moet verdwijnen",
        "de stemmen willen dat ik stop",
        "ik heb verdiend wat hij met me deed",
    ),
    "final_goodbye": (
        "bedankt voor alles wat je voor me gedaan hebt, jij was de enige. doei",
        "thanks voor alles meiden, vergeet me niet",
        "ik hoop dat je nog aan me denkt, wat er ook gebeurt",
        "dit is de laatste keer dat ik hier iets stuur",
        "ze zei dat dit haar laatste week zou zijn.",
        "ik heb al mijn posts verwijderd, daarna is het klaar",
        "ik zie jullie vrijdag denk ik niet meer. of ooit.",
        "ik heb brieven geschreven voor mijn zusjes, ze liggen onder mijn kussen",
    ),
    "means_at_hand": (
        "de pillen liggen al klaar op mijn kamer",
        "ik heb de slaappillen van mijn oma gejat",
        "ze zei dat ze al haar medicijnen spaart",
        "ik heb iets heel doms gedaan met tabletten",
        "ik heb gezocht hoe je het doet zonder dat het pijn doet",
        "how many pills would be enough",
        "ik slik straks alles wat ik kan vinden",
        "💊💊 vannacht",
        "🌉 ➡️ 🌊",
        "🔪😭",
        "grapje... of niet",
        "i keep joking about dying lately",
    ),
    "self_injury": (
        "ik knijp mezelf tot het blauw wordt",
        "ik heb het litteken weer opengehaald",
        "ik heb mijn armen expres weer opengekrabd",
        "ik krab mijn wonden steeds weer open",
        "ik kots alles weer uit na het avondeten",
        "ik wil kleiner worden tot er niks van me over is",
        "ik heb gedronken tot ik niks meer voelde",
        "ik heb zin om mezelf weer te snijden, anders snij ik mezelf opnieuw",
        "i'm hurting myself again",
    ),
    "drugged_or_lost": (
        "ik denk dat er iets in mijn glas is gedaan, alles draait",
        "i think someone spiked my drink and i don't know anyone here",
        "ik werd wakker in een huis dat ik niet ken en ik weet niet hoe ik hier ben gekomen",
        "ik heb iets genomen en nu voel ik me heel raar en duizelig",
        "ik heb veel te veel gedronken en durf niet naar huis",
    ),
    "someone_at_the_door": (
        "er staat iemand onder mijn raam, ik ben bang",
        "hij blijft maar aanbellen, wat moet ik doen",
        "someone is outside my window and i'm scared",
        "ik zag zijn auto net in mijn straat en ik tril helemaal",
        "hij weet waar ik nu woon, ik durf niet te slapen",
        "ik heb me opgesloten in de wc, hij is woedend",
        "hij heeft de deur op slot gedaan en mijn sleutel afgepakt",
        "die mannen zeggen dat ik niet weg mag",
        "hij laat me pas gaan als ik doe wat hij zegt",
        "ik zit in zijn auto en ik ben bang, ik weet niet waar hij heen rijdt",
        "ik zit verstopt in de kelder, ik ben zo bang",
        "ze sturen de hele tijd dat ik naar beneden moet komen, anders komen ze boven",
        "ik ben weggelopen en weet niet waar ik heen moet, het is koud",
        "hij zegt dat ik meekom of ik nu wil of niet, ik ben doodsbang",
    ),
    "short_cries": (
        "help",
        "please help me",
        "help help",
        "niemand helpt me",
        "ik ben echt bang",
        "ik kan niet meer 😔",
        "ik trek het echt niet meer",
        "ik kan niet stoppen met trillen",
        "ik kan niet ademen",
        "i'm not okay, i'm really not",
        "ik hou het gewoon echt niet meer vol",
        "ik ben zo in paniek",
        "ik kan echt niet meer meiden",
        "ik ben zo bang, hij is er weer",
        "ik spring",
    ),
    "friend_at_risk": (
        "Lisa nam gisteren afscheid van iedereen en nu reageert ze niet meer",
        "Demi zei dat ze 'bijna klaar' is, ik maak me zorgen",
        "ze gaf mij haar knuffels, ze zei dat ze ze niet meer nodig had. ik vertrouw het niet",
        "Noor vroeg of ik voor haar kat wil zorgen als er iets gebeurt, ik ben bang",
        "Sam zei dat ze haar pillen spaart, ik maak me echt zorgen",
    ),
    "the_train": (
        "bij ons langs het spoor komen elke tien minuten treinen. ik denk er echt over na",
        "ik sta bij de brug en denk hoe makkelijk het zou zijn",
        "ik had er nooit mogen zijn",
        "ik ben gisteren verkracht",
        "he raped me last night",
        "ik zit al uren buiten te huilen",
    ),
}

# --- hold (not delivered, not urgent) ----------------------------------------------------------

HELD_FAMILIES: dict[str, tuple[str, ...]] = {
    "exposure": (
        "heel je klas gaat horen wat jij gedaan hebt",
        "je moeder gaat alles weten over wat je gedaan hebt",
        "iedereen op je werk krijgt die foto's te zien",
        "everyone at your school will know what you did",
        "de hele buurt weet straks wat voor meisje je bent",
    ),
    "condition_and_consequence": (
        "als je aangifte doet zijn je zusjes de klos",
        "als je niet reageert staan mijn jongens voor je deur",
        "als je het doorvertelt ben je de sjaak",
        "als je niet terugkomt bel ik jeugdzorg",
        "als jij klikt wacht ik je op na school",
        "laatste kans, of je komt of die video gaat rond",
        "one word to the police and you're done",
    ),
    "media_leverage": (
        "die filmpjes van jou heb ik nog steeds, vergeet dat niet",
        "ik heb nog al die foto's, denk daar maar aan",
        "i still have those pics, remember that",
        "ik heb screenshots van alles, pas op",
        "jouw video's heb ik hier nog liggen, één klik en ze zijn online",
    ),
    "knows_where": (
        "ik weet welke school je zit, dus let op",
        "we weten waar jullie groep samenkomt, doe maar normaal",
        "ik zie je elke dag naar de bus lopen, denk maar niet dat je veilig bent",
        "ik weet dat je nu in die opvang bij het park zit",
        "i know where you live, be careful",
    ),
    "owned_and_indebted": (
        "dit ga je bezuren",
        "je bent nog steeds van mij",
        "zonder mij ben je helemaal niks",
        "i can make your life hell",
        "je wil toch niet dat je broertje iets overkomt",
        "die schuld werk je gewoon af",
        "dat ga je terugbetalen, ik heb je genoeg geholpen",
        "je weet dat je mijn neef nog geld schuldig bent, hij wacht",
        "keep ignoring me and see what happens",
        "pas maar op met wat je in de groep zegt",
    ),
    "must_not_know": (
        "dit hoeft je mentor niet te weten",
        "niemand van de groep mag hiervan weten",
        "dit hoeft niet in je verslagje",
        "hou het onder de pet hè",
        "wat ik nu zeg moet je geheimhouden",
        "niet tegen Anouk zeggen wat ik net zei oké?",
        "niks zeggen tegen je moeder hè",
        "vertel je begeleider maar niet dat ik je geld gaf",
        "keep this from your coordinator",
        "don't mention our chats to your mum",
    ),
    "just_us": (
        "laten we dit gewoon voor ons houden",
        "dit blijft onder ons houden he",
        "dit is alleen voor jou, niet doorsturen",
        "jij en ik, verder niemand 🤫",
        "mensen zouden het toch niet begrijpen, laten we het voor onszelf houden",
        "they wouldn't understand what we have, let's keep it between us",
        "niet screenshotten he",
        "als iemand hier een screenshot van maakt ben ik weg",
    ),
    "cover_story_and_delete": (
        "als je vader vraagt waar je was, zeg gewoon dat je bij Lisa was",
        "als de begeleiding het vraagt: je kent mij niet, afgesproken?",
        "haal dat bericht van net even weg",
        "kun je dit gesprek straks wissen?",
        "verwijder je chatgeschiedenis even",
        "zet je meldingen uit, dan ziet niemand dat ik je app",
        "zeg tegen je mentor dat we het alleen over huiswerk hadden",
    ),
    "photo_requests": (
        "stuur ff een pic",
        "send me a selfie babe",
        "doe eens een foto in je nieuwe rokje",
        "foto in je bikini? 😏",
        "heb je een foto voor me? gewoon je gezicht",
        "heb je nog meer foto's van jezelf?",
        "heb je nog die foto's van vroeger?",
        "laat eens wat zien 😏",
        "send me something cute before bed",
        "wie durft een spicy foto te sturen",
        "met een beetje bloot verdien je zo 100 euro",
    ),
    "experience_and_body": (
        "ben je al eens met een jongen naar bed geweest?",
        "heb je wel eens met iemand gezoend?",
        "hoe ver zijn jullie gegaan?",
        "wil je met me naar bed?",
        "je lijf is echt hot",
        "je bent zo sexy geworden",
        "je lichaam ook trouwens 😏",
        "ik wil je zo graag kussen",
        "wat heb je aan in bed?",
        "ik denk aan je als ik in bed lig",
        "ik droom steeds over jouw lichaam",
    ),
    "loans_and_bills": (
        "die 20 euro van vorige week, wanneer krijg ik die terug?",
        "ik heb je 50 geleend, weet je nog",
        "je hebt nog 30 euro van mij tegoed",
        "zal ik je 50 sturen?",
        "ik betaal deze maand je telefoonrekening",
        "zal ik je ov-kaart opladen?",
        "hoeveel schuld heb je nog?",
        "noem maar een bedrag",
        "ik heb extra geld, zeg maar wat je nodig hebt",
        "I'll pay off your phone bill",
    ),
    "gifts_and_offers": (
        "ik heb een ketting speciaal voor jou uitgezocht",
        "er ligt een pakketje voor je klaar",
        "bolbon van 20 voor jou 😘",
        "die telefoon mag je hebben, gratis",
        "je krijgt die tas van me als je zaterdag komt",
        "dan doe jij ook iets voor mij 😉",
        "zet die auto op jouw naam, ik betaal",
        "wie wil paar honderd bijverdienen? geen vragen",
        "ik kan je helpen aan makkelijk geld",
    ),
    "other_apps": (
        "ik heb je een volgverzoek gestuurd op insta",
        "wie heeft er telegram?",
        "hebben jullie discord?",
        "zit je op snapchat?",
        "download ff signal",
        "zoek me op onder 'mila_x' op tt",
        "je kan me vinden op fortnite, zelfde naam",
        "stuur me een dm daar",
        "ik heb een server gemaakt, wil je joinen?",
        "kom je ook in de groepsapp van vroeger?",
        "zullen we een groep op whatsapp maken?",
        "heb je nog een 2e telefoon?",
        "kom naar het spookjes-appje",
    ),
    "meeting_out_of_sight": (
        "ik wacht achter de sporthal op je",
        "ik sta om de hoek met de auto, kom je?",
        "ik wacht in een zwarte audi bij de ingang, stap maar in",
        "kom na de groep naar de parkeerplaats, alleen jij",
        "zien we elkaar zaterdag? alleen jij",
        "zullen we de groep skippen en samen wat doen?",
        "spijbel morgen, dan zie ik je bij het park",
        "zal ik je een lift geven na school?",
        "mijn broer kan je ophalen vanavond",
        "zin om bij mij te logeren dit weekend?",
        "kom morgen even langs bij mij",
        "kom je nu naar buiten?",
        "ik stuur een taxi voor je",
        "ergens waar niemand ons ziet, zullen we afspreken?",
    ),
    "where_she_is": (
        "welke verdieping woon je?",
        "welke wijk ben je naartoe verhuisd?",
        "op welk perron sta je?",
        "wat is het adres van je nieuwe woongroep?",
        "what's the postcode of your new place?",
        "zeg gewoon waar je bent",
        "zit je nog in utrecht?",
        "zit je nu thuis of bij je oma?",
        "ik woon op de Lindelaan nummer twaalf",
    ),
}

# --- disclosures: she tells what someone else did (flag, never hold) ----------------------------

DISCLOSURE_FAMILIES: dict[str, tuple[str, ...]] = {
    "told_about_him": (
        "hij zei dat ik het voor ons moest houden",
        "een jongen op insta vroeg of ik een 2e telefoon heb",
        "een jongen vroeg steeds of ik met hem naar bed wilde",
        "ik ken een man die betaalt voor foto's van meisjes",
        "mijn ex zegt dat hij nog iets van mij heeft liggen en dat ik moet oppassen",
    ),
}

HARMLESS: tuple[str, ...] = (
    # not waking up, gone, why still here
    "ik hoop dat ik morgen op tijd wakker word",
    "waarom ben ik nog niet klaar met dit boek",
    "ik wil weg zijn voor de regen begint",
    "waarom ben ik nog wakker om drie uur, haha",
    "mijn leven is zo druk deze week",
    # goodbyes
    "bedankt voor alles vandaag, tot donderdag!",
    "dit is de laatste keer dat ik hier iets stuur voor de vakantie",
    "ik heb een brief geschreven voor mijn oma in het verzorgingshuis",
    "de laatste week van school is altijd gezellig",
    # means, self injury, drugged
    "de pillen voor mijn allergie liggen in de keuken",
    "ik heb mijn knie opengehaald bij het voetballen",
    "alles draait in de draaimolen op de kermis",
    "ik heb te veel gedronken op het feest haha, mijn hoofd",
    "ik heb de wond laten verbinden bij de huisarts",
    # someone at the door, short cries
    "de postbode blijft maar aanbellen met pakketjes voor de buren",
    "mijn moeder zegt dat ik niet weg mag voor mijn huiswerk af is",
    "help me even met mijn wiskunde",
    "ik ben zo bang voor de toets morgen",
    "ik kan niet stoppen met lachen om die video",
    "ik heb zoveel gegeten, ik zit vol",
    "mijn zusje zit verstopt achter de bank, we doen verstoppertje",
    "ik denk er nog over na of ik met de trein of de bus ga",
    # threats near misses
    "iedereen weet wat je gedaan hebt voor de groep, echt lief",
    "ik heb nog steeds die foto's van het kamp, zo leuk",
    "als je klaar bent met je huiswerk ben je klaar voor vandaag",
    "ik ken je school, daar zat mijn nicht ook",
    "je bent een echte vriendin van mij",
    # secrecy near misses
    "je mag het altijd aan je begeleider vertellen",
    "wat hier gezegd wordt blijft in de groep, dat is de afspraak",
    "alleen voor jou heb ik koekjes gebakken",
    "ik ga het niet tegen mijn moeder zeggen, het is een verrassing",
    "als iemand vraagt hoe het gaat, zeg gewoon eerlijk hoe je je voelt",
    # photo, body near misses
    "doe eens een foto van je tekening, ik ben benieuwd",
    "wij houden de verrassing voor ons tot haar verjaardag",
    "ik droomde over mijn oma vannacht",
    "je lichaam heeft rust nodig na de griep",
    "heb je al eens met iemand over je gevoelens gepraat?",
    # money near misses
    "wanneer krijg ik mijn boek terug?",
    "ik heb een cadeaubon gekregen voor mijn verjaardag",
    "ik wil graag bijverdienen met een bijbaantje bij de bakker",
    "zeg maar wat je nodig hebt voor de verhuizing, ik help je sjouwen",
    # other apps near misses
    "in de groep kunnen we daar verder over praten",
    "ik heb een account gemaakt voor de bibliotheek",
    "zoek me op in de kantine na de les",
    # meeting near misses
    "wij gaan met z'n tweeën naar de groepsavond",
    # tightened after review: encouragement, permission, pillows, weather, minutes, school years
    "alleen jij kan dit, ga zo door!",
    "je mag je gevoelens ook voor jezelf houden als je dat fijn vindt",
    "het is zo heet geworden vandaag",
    "je lichaam voelt straks weer lekker na de rust",
    "zal ik je 10 minuten geven om na te denken?",
    "betaal je je huur op tijd?",
    "krijg je je telefoon terug van de begeleider?",
    "we maken in de les een groep, daar zitten vier mensen in",
    "ik kan niet ademen door mijn verkoudheid",
    "help help ik ben mijn sleutels kwijt haha",
    "hoeveel heb je nodig voor de cursus?",
    "jij en ik moeten samen de presentatie doen",
    "zit je nog in 4havo?",
    # more near misses, one family at a time
    "ik wens dat de zomer nooit voorbij gaat",
    "waarom vecht ik nog steeds met mijn broer om de afstandsbediening",
    "ik heb het gevoel dat ik de laatste keer te laat was, sorry",
    "de pillen van de dokter helpen goed tegen mijn hoofdpijn",
    "ik knijp in mijn stressbal als ik zenuwachtig ben",
    "mijn knie is weer open gegaan bij het skaten, pleister erop",
    "het bier op het feest was te warm, bah",
    "de bel gaat, dat is vast de pizza",
    "ik ben zo bang voor spinnen haha",
    "niemand helpt me ooit met de afwas thuis lol",
    "Noor zei gedag en ging naar huis, ze had hoofdpijn",
    "ik maak me zorgen over mijn examens",
    "iedereen weet wat voor meisje je bent: een superlieve!",
    "als je niet komt vind ik dat jammer, maar het is oké",
    "als je het aan je coördinator vertelt, is dat helemaal goed",
    "ik weet waar jullie groep samenkomt, in het buurthuis toch?",
    "je bent nog steeds mijn favoriete buddy",
    "haal die spullen maar weg uit de gang",
    "ik heb je een berichtje gestuurd in de app",
    "heb je een foto van het rooster voor me?",
    "je ziet er moe uit, slaap je wel genoeg?",
    "heb je wel eens met iemand over je verleden gepraat?",
    "ik droom over een vakantie naar spanje",
    "wanneer krijg ik mijn oplader terug?",
    "de stichting betaalt je ov-kaart voor de groep",
    "ik heb een cadeautje voor de juf gekocht",
    "wie wil er mee naar de film, de organisatie betaalt",
    "zoek me op bij de ingang, ik heb een rode jas aan",
    "ik heb mijn tiktok verwijderd, te veel tijd",
    "zal ik je helpen met je huiswerk na school?",
    "wie wil er samen koken bij de groepsavond?",
    "de groep gaat zaterdag samen naar het park met de begeleider",
    "welke verdieping is de bijeenkomst?",
    "welke film vond je het leukst?",
    "de les is in het gebouw naast de bieb",
    # location near misses
    "welke film gaan we zaterdag kijken?",
    "zit je nog in de les?",
    "de bijeenkomst is op de tweede verdieping",
)


def _cases(families: dict[str, tuple[str, ...]]) -> list[tuple[str, str]]:
    return [(name, text) for name, texts in families.items() for text in texts]


@pytest.mark.parametrize(("family", "text"), _cases(URGENT_FAMILIES))
def test_urgent_family_paraphrases_are_urgent(family: str, text: str) -> None:
    decision = RULES.moderate(text)
    assert decision.urgent, (family, text, decision)
    assert decision.action == "flag", (family, text, decision)


@pytest.mark.parametrize(("family", "text"), _cases(HELD_FAMILIES))
def test_hold_family_paraphrases_are_held(family: str, text: str) -> None:
    decision = RULES.moderate(text)
    assert decision.action == "hold", (family, text, decision)
    assert not decision.urgent, (family, text, decision)


@pytest.mark.parametrize(("family", "text"), _cases(DISCLOSURE_FAMILIES))
def test_disclosure_family_paraphrases_are_flagged(family: str, text: str) -> None:
    decision = RULES.moderate(text)
    assert (decision.action, decision.urgent) == ("flag", False), (family, text, decision)


@pytest.mark.parametrize("text", HARMLESS)
def test_harmless_near_misses_are_allowed(text: str) -> None:
    decision = RULES.moderate(text)
    assert (decision.action, decision.urgent) == ("allow", False), (text, decision)


ALL_TEXTS: tuple[str, ...] = (
    tuple(
        text
        for families in (URGENT_FAMILIES, HELD_FAMILIES, DISCLOSURE_FAMILIES)
        for _, text in _cases(families)
    )
    + HARMLESS
)
