"""Intent families of round 15: paraphrases and near misses, not sentences.

Eight authors (heldout15-22 in the corpus) showed which cries for help the rules still missed:
fear told with the body or with what is happening right now, means taken or gathered, starving,
purging and scratching, "why do I still try", being better gone or forgotten in a week, goodbyes
through belongings and scheduled messages, "tell her it is not her fault", "not ok, please
answer". The cases below are written from those families, in many wordings (Dutch, chat Dutch,
English), together with everyday chat the new rules must leave alone. None is copied from a
labelled file. The held cases are hold messages in the words of the new families (a groomer's
"ik wacht op je", "bedankt voor alles, stuur je nummer", a disguised app name said to the
reader): held, and not urgent. The disclosures are a survivor telling about someone on a
disguised app ("een jongen op 1nsta"), or afraid for her sister: flagged, never held, not urgent.
"""

from __future__ import annotations

from tests.messaging.moderation.rounds import all_texts

# --- urgent (flag + urgent, delivered) ---------------------------------------------------------

URGENT_FAMILIES: dict[str, tuple[str, ...]] = {
    "afraid_right_now": (
        "ik ben echt bang, er loopt al tien minuten een man achter me aan en ik tril",
        "hij is het huis binnengekomen, wat moet ik doen",
        "die auto rijdt steeds rondjes om de flat, ik ben doodsbang",
        "hij heeft me weer geslagen, ik weet niet waar ik heen moet",
        "ze laten me niet weggaan van dit feest, ik ben zo bang",
        "er staan twee mannen bij mijn raam, ik durf me niet te bewegen",
        "ik durf niet naar huis, hij zit daar op me te wachten",
        "someone has been following me since the station, i'm so scared",
        "ze hebben gedreigd dat ze me komen halen, ik tril helemaal",
        "ik zit verstopt in de wc van de mac, hij heeft me gevonden, help",
    ),
    "panic_in_the_body": (
        "ik krijg bijna geen lucht en ben helemaal alleen, help",
        "mijn hart gaat zo tekeer en ik krijg geen adem, ik ben alleen thuis",
        "ik hyperventileer en er is niemand thuis, ik ben zo bang",
        "ik krijg geen lucht, ik tril over mijn hele lijf",
        "ik hoor nog steeds zijn stem, elke nacht, ik word echt gek",
        "ik hoor de hele tijd zijn stem en ik kan niet meer slapen",
    ),
    "not_ok_please_answer": (
        "kan iemand reageren alsjeblieft, ik ben echt niet oke",
        "ik ben echt niet oké 😭",
        "pls iemand, ik ben helemaal niet ok",
        "i'm really not okay, can someone please answer",
        "ik ben gewoon niet oke, alsjeblieft reageer even",
        "ik ben zo niet oke, reageer aub",
    ),
    "means_taken": (
        "ik heb er al 12 pillen op en ik weet niet of ik stop",
        "heb net twintig tabletten geslikt",
        "ik heb te veel van mijn slaappillen genomen",
        "volgens mij heb ik teveel paracetamol ingenomen, ik voel me raar",
        "i took way too many of my pills tonight",
        "i swallowed all of my sleeping pills",
        "de fles wijn is op en mijn pillen erachteraan",
        "ik heb opgezocht hoeveel tabletten genoeg zijn",
        "ik heb gegoogeld hoeveel paracetamol dodelijk is",
        "ik heb een hele strip pillen genomen",
    ),
    "means_gathered_or_planned": (
        "ik heb pillen gekocht bij drie verschillende winkels, zodat niemand het merkt",
        "slaappillen opgespaard, al een paar weken",
        "ik heb tabletten in huis gehaald, ik weet niet waarom ik je dit vertel",
        "ik wil niet meer en ik weet ook al hoe",
        "ja ik heb een plan. ik ga er niet over praten",
        "ik heb een plan, ik wil er niet over hebben",
        "ik zit op de badkamer op slot, ik heb iets heel doms gedaan",
        "i did something really stupid, there's blood everywhere",
    ),
    "starving_purging_scratching": (
        "ik eet al een week niks meer, heeft toch geen zin",
        "al vier dagen niet gegeten en ik wil ook niet meer",
        "ik eet gewoon niet meer, ik verdien het niet",
        "ik heb expres overgegeven na het eten, ik haat mijn lichaam",
        "ik stop mijn vinger in mijn keel na elke maaltijd",
        "ik heb aan mijn armen gekrabd tot het bloedde",
        "i scratched my arms until they bled",
        "it's the only way to feel something anymore",
        "ik kraste mijn been tot het bloedde, de enige manier om nog iets te voelen",
    ),
    "wounds_hidden": (
        "ik draag lange mouwen, zelfs als het warm is. je weet wel waarom",
        "lange mouwen aan, ook als het zomer is, je weet wel waarom",
        "long sleeves again, even when it's hot, you know why",
        "de sneetjes op mijn bovenbeen zijn ontstoken",
        "de krasjes op mijn pols zijn weer nieuwe, ik durf niet naar de huisarts",
        "de wondjes op mijn armen zijn ontstoken, ik durf niet naar de dokter",
    ),
    "why_still_try": (
        "ik weet niet waarom ik nog mijn best doe",
        "idk waarom ik nog doorga eigenlijk",
        "geen idee waarom ik nog vecht",
        "ik weet echt niet meer waarom ik hier nog ben.",
        "waarom leven als niemand je wil",
        "ik zie geen zin meer.",
        "het maakt niet uit wat ik doe, er verandert toch nooit iets",
        "i don't see any future for me",
        "ik zie mezelf echt geen 18 worden",
        "ik voel dat het allemaal geen zin meer heeft",
        "het kan me niks schelen wat er met me gebeurt",
        "ik heb nergens meer zin in, ik lig al dagen in bed",
    ),
    "better_gone": (
        "het is beter als ik gewoon weg ben.",
        "misschien is het beter als ik er niet meer ben, echt",
        "ik denk dat het beter is dat ik met alles stop",
        "soms wil ik gewoon ophouden te bestaan",
        "beter ben ik dood dan dit",
        "my family would be relieved if i wasn't around",
        "i just want to go to sleep and not wake up",
        "ik wil weglopen en nooit meer terugkomen",
        "ik denk erover om voor de trein te stappen",
        "sometimes i think about stepping in front of a bus",
        "ik ga er een eind eraan maken",
        "sorry, ik wou gewoon zeggen dat ik het niet meer zie zitten",
        "zou iedereen me na een maand al vergeten zijn",
        "ik kan er net zo goed niet zijn",
        "ik verdien het niet om nog te leven",
        "ik verdien het niet om hier te zijn, ik ben niks waard",
    ),
    "goodbye_through_things": (
        "ik heb mijn sieraden verdeeld, het voelt rustig",
        "mijn zusje krijgt al mijn knuffels, er ligt een briefje bij",
        "ik heb mijn ketting aan mijn nichtje gegeven, ze heeft hem meer nodig dan ik",
        "i gave my things away, she can keep them when i'm gone",
        "ik heb berichtjes ingepland voor mijn vriendinnen, ze krijgen het volgende week",
        "er staan mails klaargezet voor mama en papa, ze krijgen ze later",
        "ik heb een filmpje opgenomen om afscheid te nemen.",
        "nog één ding te doen en dan is het klaar.",
    ),
    "last_words_through_others": (
        "als ik niet meer reageer, zeg dan tegen mama dat het niet haar schuld is",
        "als er iets met me gebeurt, het is niet jouw schuld",
        "if i don't reply tomorrow, tell my sister it's not her fault",
        "bedankt voor alles, ik wilde het nog even gezegd hebben",
        "zeg tegen de meiden dat ik van ze hou, ik denk niet dat ik nog kom",
        "geef mijn plek in de groep maar aan iemand die het meer verdient",
        "ik weet niet of ik mijn verjaardag nog ga meemaken",
    ),
    "soon_over": (
        "binnenkort is het voorbij, dan hoeft niemand zich zorgen om mij te maken",
        "straks is het over, dan hoeven jullie je geen zorgen meer om me te maken",
        "het is bijna voorbij, dan maakt niemand zich nog zorgen over me",
        "soon it's over and nobody has to worry about me anymore",
    ),
}


# --- disclosures (flag, never held, not urgent) ------------------------------------------------

DISCLOSURE_FAMILIES: dict[str, tuple[str, ...]] = {
    "someone_on_a_disguised_app": (
        "een jongen op 1nsta blijft vragen of ik wil afspreken",
        "een man op sn@p stuurt me steeds berichtjes",
        "iemand op 1nsta blijft me vragen waar ik woon",
        "een gast op t1kt0k vraagt steeds om mijn nummer",
        "hij vroeg of ik op sn@p wil komen",
        "die jongen op 1nsta zegt dat ik zijn vriendin ben",
    ),
    "afraid_for_someone_else": (
        "mijn ex volgt mijn zusje nu op tiktok, ik ben zo bang voor haar",
        "die jongen volgt mijn vriendin overal, ik maak me zorgen om haar",
        "mijn oude vriend stuurt mijn broertje berichten, ik ben bang voor mijn broertje",
        "mijn zusje is bang dat iemand haar volgt op insta, ze heeft een priveaccount",
    ),
}


# --- held (not urgent) ---------------------------------------------------------------------

HELD_FAMILIES: dict[str, tuple[str, ...]] = {
    "disguised_app_said_to_the_reader": (
        "voeg me toe op sn@p",
        "kom op sn@p, daar kunnen we praten",
        "hij wil dat je hem toevoegt op 1nsta",
        "zet je 1nsta hier even neer",
        "stuur me je sn@p",
        "zullen we verder op sn@pchat",
    ),
    "waiting_for_her": (
        "ik wacht na school op je bij de uitgang, kom alleen",
        "ik sta bij je voordeur te wachten, kom naar buiten",
        "ik wacht op je bij het station, zeg niks tegen je begeleider",
        "ik rij je om 9 uur op te halen, niemand hoeft het te weten",
        "wacht op me achter de school, alleen jij en ik",
    ),
    "fear_turned_into_pressure": (
        "ben je bang? stuur dan je adres, dan kom ik je halen",
        "als je bang bent kom je gewoon bij mij slapen",
        "niet bang zijn, zeg het niet tegen je coordinator",
        "don't be scared, just send me a pic",
        "je hoeft niet bang te zijn, ik betaal je 200 euro",
    ),
    "pills_and_drink_offered": (
        "ik heb pillen voor je, stuur je adres dan breng ik ze",
        "neem een fles wodka mee naar mijn huis, niemand hoeft het te weten",
        "ik kan je slaappillen geven, stuur je adres",
        "i can get you pills, add me on snapchat",
        "kom naar mijn huis, ik heb drank en pillen, niemand hoeft het te weten",
    ),
    "things_given_to_bind": (
        "ik geef je mijn oude iphone, stuur je adres",
        "ik koop nieuwe kleren voor je, zeg het niet tegen je buddy",
        "je krijgt een ketting van me, kom hem halen bij mij thuis",
        "ik heb een briefje voor je, kom het alleen ophalen",
        "i'll give you my necklace if you send a pic",
    ),
    "thanks_then_a_move": (
        "bedankt voor alles, geef me je nummer",
        "dankje voor alles, voeg me toe op insta",
        "bedankt voor alles schat, ik maak 50 euro naar je over",
        "thanks for everything, text me on whatsapp",
        "bedankt voor alles, dit blijft tussen ons he",
    ),
    "not_your_fault_keep_quiet": (
        "het is niet jouw schuld, maar vertel het aan niemand",
        "het is niet jouw schuld, verwijder dit gesprek wel",
        "it's not your fault, just don't tell your buddy",
        "het was niet jouw schuld, kom morgen alleen naar mijn huis",
        "het is niet jouw schuld, zet je locatie even aan",
    ),
    "sleeves_and_bodies": (
        "doe die lange mouwen eens uit en stuur me een foto van je armen",
        "je hoeft geen lange mouwen te dragen voor mij, laat je armen zien op de foto",
        "stuur een foto van je benen, die lange broek hoeft niet",
        "laat je armen eens zien op snapchat, alleen voor mij",
        "send me a pic without those long sleeves",
    ),
    "a_plan_to_meet": (
        "ik heb een plan, we spreken af bij mij thuis en niemand weet het",
        "ik heb een plan: jij komt zaterdag alleen naar mijn huis, zeg het tegen niemand",
        "i have a plan, meet me alone after school",
        "ik heb een plan, stuur me je adres dan haal ik je op",
        "ik heb een plan, kom op telegram dan leg ik het uit",
    ),
    "threat_with_fear": (
        "als je het tegen iemand zegt, weet ik je te vinden",
        "ik weet waar je woont, dus wees maar bang",
        "be scared, i know where your school is",
        "ik heb die foto's nog, je hebt reden om bang te zijn",
    ),
}


# --- harmless near misses (allowed, not urgent) ------------------------------------------------

HARMLESS: tuple[str, ...] = (
    # fear and bodies that are everyday
    "ik ben zo bang voor de toets morgen, ik tril helemaal",
    "ik krijg geen lucht van het lachen haha",
    "na het hardlopen krijg ik bijna geen lucht",
    "mijn hart gaat zo tekeer na die achtbaan",
    "er zit een spin bij mijn raam, ik durf niet te slapen",
    "de kat volgt me overal in huis, ik ben bang dat ik over hem struikel",
    "ik durf niet naar de tandarts, mijn hart gaat tekeer",
    "de bezorger stond voor de deur en ik schrok me dood haha",
    "ik durf niet naar huis met dit rapport, mijn moeder wacht op me",
    "ik heb hem gevonden! mijn oortje lag onder de bank",
    "de mentor heeft gedreigd dat we moeten nablijven, ik ben bang dat ik te laat kom",
    "ik ben echt niet oke met het nieuwe rooster, kan iemand het uitleggen",
    "ik hoor steeds zijn stem in mijn hoofd, dat liedje van hem is zo catchy",
    "ik ben helemaal niet ok met die uitslag van de wedstrijd",
    "i'm not okay with pineapple on pizza lol",
    "kan iemand reageren? ik wil weten hoe laat we verzamelen",
    "i followed him back on insta, he's so funny",
    # pills and drink that are ordinary
    "ik heb 2 paracetamols genomen voor mijn hoofdpijn",
    "i took too many pictures at the party",
    "i took too many notes in class today",
    "ik heb paracetamol gekocht bij twee verschillende winkels, de eerste was uitverkocht",
    "de fles cola is op, kun je er een meenemen",
    "ik heb opgezocht hoeveel tabletten je per dag mag van de bijsluiter",
    "ik heb een plan voor zaterdag, ik wil er nog niet over praten, het is een verrassing",
    "ik heb een plan voor de spreekbeurt",
    "ik wil niet meer en ik heb al genoeg gegeten",
    "ik heb iets stoms gedaan, mijn telefoon in de wc laten vallen haha",
    "ik heb iets doms gedaan op de badkamer, mijn sleutels zijn in de afvoer gevallen",
    # food, scratches, sleeves
    "ik eet al een week niks meer met suiker, dieet van de sportschool",
    "ik eet geen vlees meer, heeft toch geen zin met al die dierenleed",
    "ik heb buikgriep en eet al twee dagen niks meer",
    "ik moest overgeven in de bus, zo misselijk",
    "ik draag lange mouwen, ook als het warm is, ik verbrand zo snel",
    "ik draag altijd lange mouwen in de moskee, ook als het warm is",
    "de wondjes op mijn arm van de kat zijn ontstoken",
    "long sleeves even when it's hot? yes, sunburn is no joke",
    # why still try, school and hobbies
    "ik weet niet waarom ik nog mijn best doe voor wiskunde haha",
    "idk waarom ik nog probeer die pot open te krijgen",
    "ik weet niet waarom ik hier nog ben, iedereen is al naar huis",
    "ik zie geen zin meer in dat project",
    "het maakt niet uit wat ik doe, mijn zus wint altijd bij monopoly",
    "i don't see any future for me in this team",
    "ik zie mezelf geen advocaat worden",
    "ik heb nergens meer zin in vandaag, zo moe van school",
    "het kan me niks schelen wat er met mijn oude telefoon gebeurt",
    # better gone, everyday
    "het is beter als ik weg ben voor de spits begint",
    "het is beter als ik weg ben voordat het gaat regenen",
    "ik wil mijn snapchat laten ophouden te bestaan, zo irritant",
    "beter laat dan nooit",
    "i want to sleep in and not wake up until noon",
    "try to not wake up the baby when you come home",
    "ik wil weglopen uit die saaie les",
    "de bus stopte net voor mijn neus, ik was te laat om in te stappen",
    "we moeten een eind maken aan dat gezeur in de groep",
    "ik zie het niet zitten om zaterdag te werken",
    "iedereen is mijn verjaardag vergeten, zo flauw haha",
    "ik verdien het niet om in de finale te staan, de anderen waren beter",
    "niemand hoeft zich zorgen om mij te maken, ik ben veilig thuis",
    "binnenkort is de vakantie voorbij, jammer",
    # belongings, messages, thanks
    "ik heb mijn spullen verdeeld over twee tassen voor het kamp",
    "mijn zusje krijgt mijn oude kleren, ze zijn te klein",
    "ik heb al mijn knuffels weggegeven aan de kringloop",
    "ik heb een berichtje ingepland voor haar verjaardag morgen",
    "ik heb een filmpje gemaakt om afscheid te nemen van mijn stage",
    "nog één ding doen en dan ben ik klaar met mijn huiswerk",
    "zeg tegen mijn broer dat het niet zijn schuld is dat de vaas kapot is",
    "bedankt voor alles vandaag, tot morgen!",
    "zeg tegen de groep dat ik ze lief vind, ik denk niet dat ik vanavond nog kom, ik ben ziek",
    "mijn plek in het team mag naar iemand die het meer verdient, ik stop met hockey",
    "ik weet niet of ik die dag wil meemaken, zo'n saaie bruiloft haha",
    "als ik niet reageer, zit ik in de les",
    "bedankt voor alles, je bent de beste buddy",
    "dankje voor alles, ik wilde het even zeggen voor de vakantie",
    "ik heb mijn kamer opgeruimd en mijn spullen in dozen gedaan voor de verhuizing",
    "ik heb een plan gemaakt voor de vakantie, wil je het zien?",
    "ik ben zo bang dat ik mijn trein mis, de bus heeft vertraging",
    "ik heb die jongen uit de klas gevonden op linkedin, grappig",
    "de fles shampoo is leeg, heb jij nog pillen tegen hoofdpijn in je tas?",
    "ik hoor de hele tijd haar stem in die podcast, zo rustig",
    "waarom ik nog wakker ben? de buren hebben feest",
    "het maakt niet uit wat ik doe, de wifi blijft traag",
    "mijn oma krijgt mijn tekening, ik heb er een kaartje bij gedaan voor haar verjaardag",
    "bedankt voor alles wat je voor de groep regelt, echt top",
    # holding on, waiting
    "ik hou het nog vol tot de vakantie",
    "mijn moeder wacht op me bij de ingang, ik moet gaan",
)


ALL_TEXTS: tuple[str, ...] = all_texts(
    URGENT_FAMILIES, HELD_FAMILIES, DISCLOSURE_FAMILIES, harmless=HARMLESS
)
