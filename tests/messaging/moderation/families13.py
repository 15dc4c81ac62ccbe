"""Intent families of round 13: paraphrases and near misses, not sentences.

Three more authors (train_s: quiet, joking and indirect cries for help and their harmless
look-alikes; train_q and train_r: a few urgent messages among the hold cases) showed which cries
for help the rules still missed and which goodbyes to a school, an aunt or a desk they took for
one. The cases below are written from those families, in many wordings (Dutch, chat Dutch,
English), together with everyday chat the new rules must leave alone. None is copied from a
labelled file. The held cases are hold messages dressed in the words of the new urgent families
(a groomer's "niemand merkt het", "grapje... of niet? 😉"): held, and not urgent.
"""

from __future__ import annotations

from tests.messaging.moderation.rounds import all_texts

# --- urgent (flag + urgent, delivered) ---------------------------------------------------------

URGENT_FAMILIES: dict[str, tuple[str, ...]] = {
    "world_lighter_without_me": (
        "ik denk echt dat het thuis zonder mij veel rustiger zou zijn",
        "zonder mij is iedereen gewoon gelukkiger",
        "de klas is zonder me vast een stuk leuker",
        "mijn familie heeft het zonder mij een stuk makkelijker",
        "honestly everyone would be happier without me",
        "the house is so much calmer without me",
    ),
    "affairs_in_order": (
        "mijn pincode staat in mijn agenda, voor als het zover is",
        "ik heb mijn wachtwoorden aan mijn zus gegeven, als het zover is weet ze alles",
        "er ligt een brief voor mama, voor later, als ik er niet meer ben",
        "ik heb voor iedereen een briefje geschreven voor als ik weg ben",
        "alles is geregeld, als het zover is hoeft niemand iets te zoeken",
        "ik heb mijn la leeggemaakt en opgeruimd alsof ik ga vertrekken, maar ik ga nergens heen",
        "i left notes for my sisters, just in case something happens",
    ),
    "a_last_time": (
        "dit voelt als de laatste keer dat ik hier op mijn bed lig",
        "het lijkt wel de laatste keer dat ik met jullie praat",
        "volgende week wordt mijn laatste, geloof ik",
        "deze maand is mijn laatste maand, denk ik",
        "zeg maar dat ik niet meer kom. voorgoed",
        "ik maak een reis zonder terugweg",
        "wil je nog een keer zien voordat ik ga.",
        "i won't be a problem for much longer",
    ),
    "goodbye_in_thanks": (
        "dankje dat je mijn maatje was, jij was de enige die naar me luisterde",
        "bedankt voor alles. ik zal je niet meer lastigvallen",
        "thank you for everything, i won't bother you anymore",
        "dank je, echt. je was de enige die me zag",
        "bedankt voor ons laatste gesprek, het was fijn",
        "thanks for being my buddy.",
    ),
    "calm_decision_ready": (
        "ik ben gewoon klaar... voorgoed",
        "ik zeg het nu zodat iemand het weet. ik ben er klaar voor",
        "ik heb een besluit genomen en voel me er heel rustig bij",
        "het is goed zo, ik heb een besluit genomen, geen zorgen",
        "ik hou het niet meer.",
        "ik kan dit echt niet langer volhouden",
        "i can't keep going like this anymore",
    ),
    "nothing_matters_anymore": (
        "niemand ziet hoe slecht het gaat, dus wat maakt het allemaal nog uit",
        "wat maakt het eigenlijk nog uit.",
        "het maakt toch allemaal niet meer uit",
        "it doesn't matter anymore. none of it matters",
        "nothing matters anymore tbh",
        "alles voelt zo zinloos de laatste tijd",
        "mijn leven is gewoon zinloos",
        "ik doe maar gewoon mee tot het stopt.",
    ),
    "wounds_hidden_or_deserved": (
        "mijn armen zitten weer vol lijntjes",
        "de brandwonden op mijn arm prikken, maar dat heb ik verdiend",
        "mijn polsen zien er niet uit, ik draag gewoon lange mouwen",
        "mijn kamer ruikt naar bloed",
        "ik heb het weer gedaan. met een mesje",
        "heb weer... je weet wel 🩸",
        "mijn bovenbenen zien er echt niet uit, ik verstop ze onder een lange broek",
    ),
    "emoji_only_hints": (
        "🔪",
        "💊💊",
        "🪦🪦 lol",
        "⚰️ binnenkort",
        "🥀 vaarwel 🥀",
        "🖤🖤 doei allemaal",
        "welterusten voor altijd 💤",
        "goodnight forever",
    ),
    "softened_with_lol": (
        "haha dan heeft niemand meer last van me",
        "lol ik heb net heel lang naar beneden gekeken vanaf het dak van de flat",
        "mijn begrafenis-playlist is klaar lol",
        "lol ik heb gisteren op de reling van de brug gezeten en heel lang naar het water gekeken",
        "niks meer om voor te leven lol",
        "haha ik ben vanbinnen al dood",
    ),
    "curious_about_dying": (
        "wat gebeurt er met je telefoon als je doodgaat? gewoon benieuwd",
        "hoe lang duurt het voordat iemand sterft, vraag ik me af",
        "heb opgezocht hoe lang het duurt. niet boos worden",
        "what happens to your instagram when you die? just curious",
        "als je overlijdt, wie krijgt dan je spullen? zomaar een vraag",
        "doet het pijn als je doodgaat? niks aan de hand hoor",
    ),
    "pull_of_the_drop": (
        "ik sta bij het spoor en het trekt.",
        "ik zit op de rand van het dak en kijk naar beneden",
        "ik sta op de kade en heb minutenlang naar het water gestaard",
        "ik heb op het viaduct gestaan, heel lang naar de weg gekeken",
        "ik ben in de parkeergarage helemaal boven, ik kijk naar beneden",
        "lijkt me zo rustig, onder de grond",
    ),
    "sorry_to_be_a_burden": (
        "sorry dat ik altijd zo'n last ben",
        "sorry dat ik zo'n mislukking ben",
        "sorry for being such a burden to you",
        "sorry dat ik zo een teleurstelling ben voor iedereen",
        "ik stel niks meer voor",
        "ik ben eigenlijk al weg, niemand merkt het",
    ),
    "wishing_it_stops": (
        "ik hoop elke dag dat er een bus tegen me aanrijdt",
        "ik hoop dat het nooit meer ochtend wordt",
        "mag iemand gewoon zeggen dat ik mag stoppen",
        "misschien is het beter als ik gewoon verdwijn",
        "ik stop. met alles",
        "ik wil niet dat iemand me komt redden",
        "iedereen zegt dat het goed komt, ik ga er niet meer op wachten",
        "waar ik naartoe ga heb ik mijn jas niet meer nodig",
        "ik slik mijn pillen al weken niet, ik spaar ze op",
        "elke ochtend als ik wakker word denk ik: waarom nog",
    ),
}

# --- hold (not delivered, not urgent) ----------------------------------------------------------

HELD_FAMILIES: dict[str, tuple[str, ...]] = {
    "nobody_notices_slipping_out": (
        "ik haal je vanavond op bij de opvang, niemand merkt het",
        "kom stiekem naar buiten, niemand merkt het",
        "dit blijft tussen ons, niemand merkt het",
        "ik pik je op na school, niemand merkt het toch",
        "spring even achterop bij mij, niemand merkt het",
    ),
    "delete_the_last_message": (
        "haal dat laatste bericht weg, niemand mag het zien",
        "wis je laatste berichtje even, dit blijft tussen ons",
        "verwijder dat laatste bericht meteen",
        "delete that last message, nobody needs to see it",
        "gooi je laatste bericht weg en vertel het niemand",
    ),
    "joke_or_not_wink": (
        "stuur eens een foto in je pyjama, grapje... of niet? 😉",
        "kom je bij mij slapen? grapje, of niet 😏",
        "send me a pic, joking... or not 😉",
        "stuur me een foto in je bikini, geintje of niet? 😉",
        "zullen we samen naar een hotel, grapje... of niet 😘",
    ),
    "thanks_then_a_move": (
        "bedankt voor alles, voeg me toe op snapchat",
        "dankje voor het gesprek, zet je nummer hier even neer",
        "thanks for being my friend, add me on insta",
        "bedankt voor alles lieverd, ik stuur je 50 euro",
        "dankje dat je zo lief was, zeg het niet tegen je buddy",
    ),
    "a_last_time_to_meet": (
        "ik wil je nog een keer zien, kom alleen naar het station",
        "nog één keer afspreken, alleen wij tweeën, niemand hoeft het te weten",
        "laatste kans om bij mij langs te komen, stuur je adres",
        "kom nog een laatste keer naar mijn huis, dan laat ik je met rust",
        "one last time, meet me alone behind the school",
    ),
    "sorry_then_money": (
        "sorry voor alles, ik maak je morgen 100 euro over",
        "sorry dat ik zo'n eikel was, ik koop een nieuwe telefoon voor je",
        "sorry for everything, i'll send you money for a new phone",
        "sorry voor alles, ik koop een cadeautje voor je",
        "het spijt me echt, geef me je iban dan maak ik het goed",
    ),
    "gone_and_elsewhere": (
        "ik ga een lange reis maken, kom mee naar mijn huis in antwerpen",
        "waar ik heen ga kun jij ook komen, stuur je adres",
        "ik ben zo weg, bel me op mijn andere nummer",
        "ik ben weg uit deze app, zoek me op telegram",
        "als ik hier niet meer reageer, app me op whatsapp",
    ),
    "the_drop_and_a_request": (
        "ik wacht beneden bij de parkeergarage, kom alleen",
        "we kunnen op de brug afspreken, alleen jij en ik",
        "ik wacht bij het perron, zeg het tegen niemand",
        "kom naar de kade vanavond, en neem niemand mee",
        "meet me on the bridge tonight, come alone",
    ),
    "emoji_and_a_request": (
        "🖤 stuur me een foto 🖤",
        "💋 voeg me toe op snap 💋",
        "😘 geef je nummer 😘",
        "🥀 kom je alleen? 🥀",
        "🔥 stuur een pic 🔥",
    ),
    "nothing_matters_but_come": (
        "whatever, stuur me je adres",
        "wat maakt het uit, vertel het niet aan je coordinator",
        "it doesn't matter anymore, just send me a photo",
        "niks maakt meer uit, kom alleen naar mijn huis",
        "maakt toch niet uit, zet je locatie aan",
    ),
}

# --- harmless near misses (allowed, not urgent) ------------------------------------------------

HARMLESS: tuple[str, ...] = (
    # the world lighter without me
    "zonder mij is de groep vanavond kleiner, ik ben ziek",
    "de tas is zonder mijn laptop een stuk lichter",
    "zonder mijn broertje is het thuis lekker rustig, hij is op kamp",
    "the car is lighter without my suitcase in it",
    # affairs in order
    "ik heb mijn wachtwoorden opgeschreven zodat ik ze niet vergeet",
    "ik heb mijn kamer opgeruimd, mijn moeder was blij",
    "ik heb een brief geschreven voor mijn oma, ze is jarig",
    "als het zover is, de bruiloft van mijn zus, krijg ik een nieuwe jurk",
    "alles is geregeld voor het schoolreisje",
    "ik heb mijn kast uitgezocht, de oude truien gaan naar de kledingbak",
    # a last time
    "dit voelt als de laatste dag van de vakantie",
    "deze week wordt mijn laatste week op de bijbaan, ik begin met stage",
    "vanavond is de laatste aflevering van de serie",
    "ik ben klaar met die serie, voorgoed saai",
    "ik kom volgende week niet meer naar de training, mijn knie doet pijn",
    "we maken een reis naar Frankrijk, met de trein heen en terug",
    "ik wil je nog een keer zien voordat ik ga verhuizen, in de groep",
    # goodbye in thanks
    "bedankt voor alles vandaag, tot volgende week!",
    "dankje dat je er was bij mijn spreekbeurt",
    "bedankt voor het helpen met mijn huiswerk, jij was de enige die het snapte haha",
    "thanks for the help with the homework, see you tomorrow",
    "bedankt voor ons gesprek van vandaag, tot donderdag",
    "sorry voor alles wat ik gisteren zei, ik was moe",
    "sorry for everything i said yesterday, i was tired",
    # calm decision
    "ik heb een besluit genomen: ik stop met hockey, ik voel me er rustig bij",
    "ik ben er klaar voor, morgen de toets!",
    "ik ben klaar met mijn huiswerk",
    "ik hou het niet meer droog van het lachen haha",
    "ik kan dit tempo op de fiets niet langer volhouden",
    "ik ben klaar! tot morgen",
    # nothing matters
    "wat maakt het uit welke kleur, ze zijn allebei mooi",
    "it doesn't matter anymore, the test was cancelled",
    "het maakt niet meer uit, de bus is toch al weg",
    "alles voelt zinloos als de wifi weer uitvalt haha",
    "die vergadering was echt zinloos",
    "ik wacht tot het ophoudt met regenen",
    "nothing matters more than my cat",
    # wounds
    "ik heb me in de keuken gesneden aan een blikje, pleister erop",
    "ik heb me gesneden aan een stuk papier",
    "mijn armen zitten vol muggenbulten",
    "mijn armen zien er niet uit van de zon, ik draag lange mouwen",
    "de kat heeft me gekrast toen ik haar optilde",
    "mijn kamer ruikt naar verf, we hebben geschilderd",
    "ik heb het weer gedaan: te laat opgestaan haha",
    "mijn neus bloedt weer, je weet wel, van de droge lucht",
    "ik heb mijn benen geschoren met een nieuw mesje",
    # emoji only
    "🥰",
    "🖤🖤",
    "😂😂 lol",
    "🍕🍕 vanavond?",
    "🎉 gefeliciteerd!",
    "welterusten, tot morgen 💤",
    "goodnight, see you tomorrow",
    "🔪🍅 ik maak soep, wil je het recept?",
    # softened with lol
    "ik ga dood van het lachen haha",
    "lol ik heb heel lang naar de zonsondergang gekeken vanaf de brug, zo mooi",
    "haha die film was zo saai, ik was vanbinnen al half in slaap",
    "ik ben doodmoe na het sporten lol",
    "die toets 💀 lol",
    "mijn begrafenis is die toets morgen haha grapje",
    # curious about dying
    "wat gebeurt er met je hamster als hij doodgaat? gewoon benieuwd",
    "hoe lang duurt het voordat de pizza bezorgd is? gewoon benieuwd",
    "in de serie gaat de hoofdpersoon dood, niet boos worden om de spoiler",
    "wat gebeurt er met een plant als je hem geen water geeft? zomaar een vraag",
    "ik heb opgezocht hoe lang het duurt met de trein naar Parijs",
    # the drop
    "ik sta op het perron, de trein heeft vertraging",
    "we stonden op de brug en keken naar de boten, zo mooi",
    "op de kade lang naar het water gekeken met mijn moeder, eendjes gevoerd",
    "ik kijk naar beneden vanaf de klimmuur, eng maar leuk",
    "de metro rijdt onder de grond, lijkt me rustig om te reizen",
    "onder de grond groeien de wortels van de bloembollen",
    # burden
    "sorry dat ik zo'n chaoot ben haha",
    "sorry dat ik zo laat ben",
    "het stelt niks voor, gewoon een klein tekeningetje",
    "ik ben al weg, de bus kwam eerder",
    "niemand merkt het als je je sokken omgekeerd aanhebt haha",
    # wishing it stops
    "ik hoop dat het nooit meer zo koud wordt",
    "de coach zegt dat ik mag stoppen met de training als ik moe ben",
    "het is beter als ik stop met hockey, ik heb geen tijd",
    "ik wacht niet meer op de bus, ik ga lopen",
    "het komt goed met de verhuizing, ik wacht gewoon af",
    "waar ik heen ga op vakantie heb ik geen jas nodig, het is warm",
    "ik neem mijn medicijnen elke ochtend bij het ontbijt",
    "ik bewaar mijn medicijnen in de koelkast",
    "elke ochtend word ik wakker en denk ik: waarom is het al zeven uur",
    # everyday goodbyes and clear-outs
    "we hebben afscheid genomen van mijn tante, ze gaat in Canada wonen",
    "foto's van mijn afscheid van groep 8, wat waren we klein",
    "ik heb mijn oude knuffels weggegeven aan mijn nichtje, ik ben er te oud voor",
    "ik heb mijn fiets weggegeven aan mijn buurjongen, ik krijg een nieuwe",
    "mijn oude kleren naar de kringloop gebracht, ze waren te klein",
    "mijn laatste bericht was een typfout, sorry",
    "mijn laatste bericht van vandaag, ik ga slapen",
    "ik ben er zo klaar mee, die wiskunde haha",
    "ik ben moe na het zwemmen, alles doet pijn",
)


ALL_TEXTS: tuple[str, ...] = all_texts(URGENT_FAMILIES, HELD_FAMILIES, harmless=HARMLESS)
