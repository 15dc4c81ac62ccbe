"""Intent families of round 8: paraphrases and near misses, not sentences (docs/benchmarks.md).

heldout8 (written by someone else) showed which families were missing; the cases below are
written from those families, in many wordings (Dutch youth language, misspellings, English,
split separable verbs, other word orders), together with harmless chat the new rules must leave
alone. None is copied from heldout8 or any other labelled file.
"""

from __future__ import annotations

# The rules alone: these are their families. What the learned model adds (urgency, nothing else)
# is tested over the same cases in test_learned.py.
import pytest

from tests.messaging.moderation.conftest import RULES

# --- urgent (flag + urgent, delivered) ---------------------------------------------------------

SELF_HARM: tuple[str, ...] = (
    "ik heb me weer opengekrabd tot het bloedde",
    "ik krab mezelf kapot als ik me zo voel",
    "ik heb mn armen opengekrabd",
    "ik heb mezelf met een sigaret gebrand",
    "gisteren heb ik met een aansteker mn arm verbrand",
    "ik brand mezelf soms met een aansteker",
    "ik heb mijn hand op het fornuis gelegd om mezelf pijn te doen",
    "ik sla mezelf soms tot ik blauwe plekken heb",
    "ik heb mezelf weer geslagen",
    "ik bonk mn hoofd tegen de muur tot het pijn doet",
    "ik sla mn hoofd steeds tegen de muur",
    "ik doe mezelf steeds pijn als ik boos ben",
    "ik doe mezelf pijn",
    "ik verdien pijn",
    "ik verdien het om pijn te voelen",
    "ik verdien het om gestraft te worden",
    "ik moet gestraft worden, ik verdien het",
    "ik ga het mezelf aandoen",
    "ik doe het mezelf weer aan",
    "ik ben weer begonnen met snijden",
    "ik heb een terugval gehad, weer gesneden",
    "vannacht weer gesneden",
    "ik kan niet stoppen met krassen",
    "ik ben weer aan het krassen",
    "i cut myself again last night",
    "cut again today",
    "i relapsed and cut",
    "i burned myself with a lighter",
    "i've been hitting myself",
    "i scratch myself until it bleeds",
    "i keep hurting myself",
    "i deserve pain",
    "i deserve to be punished",
    "ik heb mezelf expres verbrand",
    "ik snij weer",
    "ik heb vannacht weer in mn been gesneden",
)
GONE: tuple[str, ...] = (
    "als ik er straks niet meer ben moet je niet verdrietig zijn",
    "misschien is het beter als ik er gewoon niet meer ben",
    "het is beter voor iedereen als ik er echt niet meer ben",
    "binnenkort ben ik er toch niet meer",
    "over een paar dagen ben ik er niet meer",
    "ik ben er niet lang meer",
    "straks ben ik er niet meer en dan is het klaar",
    "volgende maand ben ik er toch niet meer",
    "als je morgen niks van me hoort weet je waarom",
    "als ik niet meer reageer weet je wat er is gebeurd",
    "als ik vanavond niet antwoord dan weet je genoeg",
    "if i don't reply tomorrow you know why",
    "i won't be here much longer",
    "i won't be around next week anyway",
    "soon i'll be gone",
    "nog even en dan ben ik weg, voorgoed",
    "misschien ben ik er over een paar weken al niet meer",
    "ben ik er vanaf morgen toch niet meer, maakt niks uit",
    "ik ben er na dit weekend echt niet meer",
)
BURDEN: tuple[str, ...] = (
    "sorry dat ik zo'n last ben",
    "ik ben alleen maar een last voor jullie",
    "ik ben echt een last voor iedereen",
    "ik weet dat ik een last ben",
    "straks hoef je je geen zorgen meer om mij te maken",
    "dan hoeven jullie je nooit meer zorgen om me te maken",
    "binnenkort hoeft niemand zich nog zorgen om mij te maken",
    "you won't have to worry about me anymore",
    "soon nobody has to worry about me",
    "i'm such a burden to everyone",
    "im just a burden",
    "iedereen heeft alleen maar last van mij",
)
METHODS: tuple[str, ...] = (
    "ik zoek op hoe je het pijnloos kan doen",
    "ik heb gegoogled hoe je pijnloos dood kan gaan",
    "wat is een pijnloze manier",
    "hoe kan je pijnloos sterven",
    "hoeveel pillen heb je nodig om niet meer wakker te worden",
    "hoeveel paracetamol is dodelijk",
    "hoeveel slaappillen zijn genoeg",
    "wat is de snelste manier om dood te gaan",
    "ik lees steeds over manieren om er een eind aan te maken",
    "how many pills does it take",
    "how many pills would kill me",
    "painless way to die",
    "ik heb opgezocht hoe lang het duurt als je een overdosis neemt",
    "ik zoek steeds methodes op",
)
MEANS: tuple[str, ...] = (
    "ik heb de pillen voor me liggen",
    "de doos pillen ligt naast me",
    "ik zit hier met een mes in mn hand",
    "ik heb een strip paracetamol voor me op tafel",
    "ik heb het touw al in mijn hand",
    "the pills are right in front of me",
    "i have a knife in my hand right now",
    "ik heb alle medicijnen van mijn moeder voor me liggen",
    "ik heb een mesje naast me liggen",
)
DISAPPEAR: tuple[str, ...] = (
    "ik stel me vaak voor hoe het is om te verdwijnen",
    "ik droom ervan om gewoon te verdwijnen en rust te hebben",
    "gewoon verdwijnen, dan heb ik eindelijk rust",
    "het lijkt me rustig om er gewoon niet meer te zijn",
    "ik verlang naar eeuwige rust",
    "ik wil voor altijd rust",
    "i just want to disappear and finally have peace",
    "soms wil ik gewoon verdwijnen",
)
MISSPELLED: tuple[str, ...] = (
    "ik wil nie meer leve",
    "wil nie meer lefe",
    "ik wil niet meer lefen",
    "ik wil dod",
    "ik wil doot",
    "ik wil dooood",
    "wil gwn dood",
    "ik wil sterve",
    "i wanna dieee",
    "i want to dye",
    "ik wil nimeer leven",
    "ik wil niet meer leeve",
)
ENGLISH: tuple[str, ...] = (
    "im going to end it tonight",
    "i'm gonna end it soon",
    "i'm ending it tonight",
    "ready to end it",
    "i decided to end my life",
    "kms fr",
    "i dont wanna be here anymore",
    "i don't wanna be alive",
    "i don't want to exist anymore",
    "i want out of this life",
    "tonight is the night i end it",
)

# Found by probing with fresh wordings after the heldout8 families were in.
OVERWHELM: tuple[str, ...] = (
    "ik verdrink in alles",
    "alles is gewoon te zwaar",
    "alles is zo zwaar geworden",
    "ik wil stoppen met alles",
    "ik wil met alles stoppen",
    "i'm drowning and nobody sees it",
    "ik ben bang dat ik iets doms ga doen",
    "straks doe ik iets stoms",
    "i might do something stupid tonight",
    "ik ga iets heftigs doen vanavond",
)
SLEEP_FOREVER: tuple[str, ...] = (
    "ik wil slapen voor altijd",
    "slapen en nooit meer wakker worden lijkt me fijn",
    "het liefst word ik niet meer wakker",
    "morgen word ik hopelijk niet meer wakker",
    "i just want to sleep forever",
    "ik wil dat de pijn stopt, voorgoed",
    "i want the pain to end forever",
)
SCARS: tuple[str, ...] = (
    "mijn armen zitten vol krassen",
    "mn benen zitten onder de sneetjes",
    "mijn polsen zitten vol littekens van vorige week",
    "my arms are covered in cuts",
)
LAST_WORDS: tuple[str, ...] = (
    "dit is de laatste keer dat je van me hoort",
    "je hoort nooit meer iets van me",
    "you'll never hear from me again",
    "this is the last time you'll hear from me",
    "ik ben ergens waar niemand me kan vinden",
    "i'm somewhere no one will find me",
    "i hate being alive",
    "ik haat het om te leven",
)
NUMB_AND_VAGUE: tuple[str, ...] = (
    "ik weet niet hoe lang ik dit nog volhou",
    "het is me allemaal te veel",
    "ik wil weg van alles en iedereen",
    "ik voel niks meer",
    "ik voel me zo leeg",
    "i feel so numb",
    "vanavond doe ik het echt.",
    "ik heb een plan om het te doen",
    "i've been thinking about ending it",
    "ik wil dat iedereen me vergeet",
    "ik heb mijn polsen opengehaald",
    "ik heb een hele strip geslikt",
    "ik ben aan het bloeden en het stopt niet",
    "waarom leef ik eigenlijk nog",
    "ik snap niet waarom ik nog besta",
    "i'm giving up on everything",
    "hoe snel ga je dood van paracetamol",
    "niemand houdt echt van mij",
    "ik kan mezelf niet aankijken in de spiegel",
    "ik ben zo moe, het mag stoppen.",
    "wat als ik van de flat spring",
)

URGENT_FAMILIES: dict[str, tuple[str, ...]] = {
    "self_harm": SELF_HARM,
    "gone": GONE,
    "burden": BURDEN,
    "methods": METHODS,
    "means": MEANS,
    "disappear": DISAPPEAR,
    "misspelled": MISSPELLED,
    "english": ENGLISH,
    "overwhelm": OVERWHELM,
    "sleep_forever": SLEEP_FOREVER,
    "scars": SCARS,
    "last_words": LAST_WORDS,
    "numb_and_vague": NUMB_AND_VAGUE,
}

# --- hold ---------------------------------------------------------------------------------------

HELD_FAMILIES: dict[str, tuple[str, ...]] = {
    "gift": (
        "zeg maar wat je wil, ik koop het",
        "ik koop het wel voor je",
        "ik koop wel nieuwe schoenen voor je",
        "zoek maar iets uit, ik betaal",
        "wat wil je hebben? ik regel het voor je",
        "je mag mijn oude iphone hebben",
        "ik bestel het wel voor je",
        "i'll get you whatever you want",
        "pick anything, it's on me",
        "ik kocht iets voor je",
        "wil je nieuwe airpods? ik koop ze",
        "ik trakteer je op nieuwe nagels",
    ),
    "loan": (
        "ik kan het wel voorschieten",
        "ik schiet het wel voor",
        "heb je geld nodig?",
        "heb jij wat geld nodig, zeg het maar",
        "zit je krap? ik help je wel",
        "kom je geld tekort deze maand?",
        "need some money?",
        "ik leen het je wel",
        "ik heb het voorgeschoten, betaal maar later",
        "do you need cash",
    ),
    "alone_together": (
        "zullen we met z'n tweetjes ergens heen zaterdag",
        "met z'n tweeen iets doen dit weekend?",
        "zaterdag zonder de coordinator afspreken?",
        "zonder je begeleider is het gezelliger, zullen we gaan",
        "laat je buddy maar thuis, dan gaan we samen",
        "neem je begeleider niet mee",
        "don't bring your coordinator",
        "we gaan wel zonder de begeleiding, gewoon wij",
    ),
    "clothes_body": (
        "trek iets korts aan voor mij",
        "doe dat korte rokje aan als je komt",
        "draag iets strakks vanavond",
        "trek die strakke broek aan als we afspreken",
        "kom in iets uitdagends",
        "wear something short when we meet",
        "wear that tight dress for me",
        "wat trek je aan als we elkaar zien?",
        "je bent echt een vrouw geworden",
        "je wordt al een echte vrouw he",
        "draag je een rokje morgen?",
    ),
    "family_threat": (
        "groetjes aan je kleine zusje",
        "doe de groeten aan je zusje van mij",
        "je zusje wordt al echt groot he",
        "ik zag je broertje gisteren bij school",
        "op welke school zit je zusje?",
        "hoe oud is je zusje nu",
        "say hi to your little sister for me",
        "zou zonde zijn als je moeder iets overkomt",
        "het zou jammer zijn als er iets met je familie gebeurt",
        "zou toch zonde zijn als er wat gebeurde",
        "would be a shame if something happened to your mom",
        "er kan zomaar iets gebeuren met je zusje",
        "je moeder werkt toch nog bij de kruidvat?",
        "je vader werkt toch bij die garage aan de ring?",
    ),
    "snitches": (
        "je weet toch wat er met verraders gebeurt",
        "weet je wat er met klikspanen gebeurt?",
        "verraders krijgen klappen",
        "snitches get stitches",
        "denk goed na voordat je iets zegt",
        "denk ff na voor je gaat praten",
        "verklikkers eindigen slecht",
        "you know what happens to snitches",
    ),
    "lie_coaching": (
        "als je moeder vraagt waar je bent zeg je dat je bij een vriendin bent",
        "als ze je vragen waar je was zeg je gewoon dat je thuis was",
        "zeg je gewoon dat je bij je nicht sliep",
        "zeg maar dat je ziek was",
        "doe maar alsof je me niet kent",
        "verzin maar een smoes",
        "bedenk een smoesje voor je begeleider",
        "just say you slept at a friend's place",
        "tell them you were at a friend's house",
        "make up an excuse",
    ),
    "disappearing_apps": (
        "download session, dat is veiliger",
        "installeer ff signal",
        "haal wickr op je telefoon",
        "zullen we op threema verder",
        "praat met me op session",
        "zet de berichten op verdwijnen",
        "daar worden de berichten vanzelf verwijderd",
        "op die app zijn berichten na een uur weg",
        "start een geheime chat op telegram",
        "use an app with disappearing messages",
        "appen op whatsapp gaat sneller",
        "op snap is makkelijker praten",
        "telegram werkt veel beter dan dit",
        "zet de timer op de berichten aan",
    ),
    "parents_away": (
        "wanneer zijn je ouders weg?",
        "hoe laat gaan je ouders werken",
        "zijn je ouders dit weekend weg?",
        "when are your parents out",
        "is je moeder vanavond niet thuis?",
        "kom ff langs, mn ouders zijn weg",
        "kom je vanmiddag bij mij? mijn ouders zijn er niet",
        "mijn ouders zijn op vakantie. kom je?",
        "kom je na de les ff bij mij langs",
    ),
    "found_by_probing": (
        "mag ik je tiktok",
        "krijg ik je snap?",
        "ik maak het geld wel over",
        "ik stort het bedrag morgen",
        "wil je een paar sneakers van mij",
        "wil je mijn oude telefoon van mij hebben",
        "vertel je coordinator hier niks over",
        "zeg je begeleider niet dat we praten",
        "je moet voor me werken om het terug te betalen",
        "je bent zo mooi, laat meer zien",
        "show me more",
        "wil je bij mij logeren dit weekend",
        "blijf je vannacht bij mij slapen?",
        "jouw zusje is echt een schatje",
        "ik weet hoe laat je moeder thuiskomt",
        "ik weet wanneer je vader weggaat",
        "ik kan ervoor zorgen dat je familie er last van krijgt",
        "ik zorg ervoor dat je spijt krijgt",
        "i can make sure your family pays for it",
        "kom je morgen bij mij?",
        "ben je nu alleen op je kamer?",
        "ik zag je gisteren bij het station in dat korte rokje",
        "als je je mond houdt krijg je iets leuks",
        "join ff mijn discord",
        "ik heb een klusje voor je, betaalt goed",
        "wat is je achternaam eigenlijk",
        "wil je mijn nummer? dan app je me",
        "in welke klas zit je broertje?",
        "ik ga na school op je wachten",
        "ik heb een hotelkamer voor ons twee",
        "verwijder dit nu",
        "laten we ergens anders verder praten",
        "zit je vaak alleen thuis?",
        "wat draag je nu",
        "als je met me gaat betaal ik je nagels",
        "dan koop ik alles voor je",
        "ik heb je huis gezien gisteren",
        "maak een nieuw profiel zodat we kunnen praten",
    ),
    "ride_home": (
        "ik breng je wel naar huis",
        "na de film breng ik je thuis",
        "ik kan je wel thuisbrengen",
        "ik heb de auto mee, zal ik je brengen?",
        "wil je een lift?",
        "ik geef je wel een lift",
        "i'll drive you home",
        "i can give you a ride",
        "need a ride?",
        "ik rij je wel even",
        "ik kom je met de auto halen",
        "na de training breng ik je wel thuis",
        "na het uitje rij ik je wel naar huis hoor",
        "na de groep kan ik je wel thuisbrengen",
    ),
}

# --- flag (disclosures and abuse) ---------------------------------------------------------------

DISCLOSURE_FAMILIES: dict[str, tuple[str, ...]] = {
    "recontact": (
        "hij heeft me weer gebeld",
        "hij belt me weer steeds",
        "die jongen van vroeger stuurt me weer berichtjes",
        "hij heeft me gevonden op tiktok",
        "hij heeft me op insta weer toegevoegd",
        "hij stuurt me elke dag hartjes",
        "mijn oude 'vriend' belde mijn moeder om te vragen hoe het met me gaat",
        "hij heeft mn nicht geappt om naar mij te vragen",
        "he found me on snap again",
        "he called me again last night",
        "hij belt steeds met een anoniem nummer",
        "ik heb hem terug gebeld",
        "ik heb hem weer geappt",
        "ik heb hem ontblokt",
        "ik heb weer contact met hem",
        "i texted him back",
        "hij heeft mijn nieuwe nummer gevonden",
        "hij belde me midden in de nacht",
        "he got my new number somehow",
        "hij heeft me vandaag 20 keer gebeld",
        "hij zegt dat hij veranderd is",
        "hij zei dat het nu anders wordt en dat hij me mist",
    ),
    "help_again": (
        "hij vroeg of ik weer wil 'helpen'",
        "hij wil dat ik hem weer help met 'dingen'",
        "ze vroegen of ik weer een klusje wilde doen, je weet wel",
        "he asked if i could 'help' again this weekend",
        "mijn oude 'vriendje' wil dat ik weer voor hem ga werken",
        "die gast van vroeger vroeg of ik nog voor hem wil dealen",
        "een meisje van mijn oude school vraagt me mee naar rotterdam voor werk",
        "iemand uit de buurt vroeg me om mee te gaan naar een hotel voor een klus",
    ),
    "older_gifts": (
        "this older guy keeps buying me stuff",
        "een oudere man koopt steeds dingen voor me",
        "die man van de sportschool geeft me steeds cadeautjes",
        "a man from work keeps giving me presents",
    ),
    "group_chat": (
        "iemand heeft me toegevoegd aan een groep met oudere mannen",
        "ik zit ineens in een groepschat met jongens die ik niet ken",
        "ze hebben me in een chat gezet met allemaal onbekende mannen",
        "i got added to a group chat with guys i don't know",
    ),
    "reported_money": (
        "een jongen uit de buurt vraagt me steeds mee naar zijn vrienden, hij zegt dat je daar "
        "makkelijk 100 euro krijgt",
        "mijn nicht vraagt me steeds mee naar feestjes, ze zei dat je daar makkelijk geld krijgt",
    ),
}
ABUSE_FAMILIES: dict[str, tuple[str, ...]] = {
    "mock_crying": (
        "kijk hem nou janken",
        "kijk haar weer huilen haha",
        "ze zit alweer te janken lol",
        "nep tranen weer",
        "krokodillentranen 🙄",
        "stop met janken jankerd",
        "what a crybaby",
        "look at her crying lmao",
    ),
    "deserve_alone": (
        "je verdient het om alleen te zijn",
        "jij verdient niemand",
        "you deserve to be alone",
        "niemand zal ooit van je houden",
        "je gaat alleen eindigen",
        "you'll die alone",
    ),
    "insults_found_by_probing": (
        "je stinkt",
        "jij stinkt echt",
        "je bent een grap",
        "jij bent echt de slechtste van de groep",
        "you're a joke",
        "you smell",
        "wat ben je toch een aansteller",
    ),
    "looks": (
        "met die kop van jou zou ik ook binnen blijven",
        "met dat lelijke gezicht van je",
        "wat een lelijke kop heb jij",
        "je lelijke smoel",
        "your ugly face",
        "iedereen in de hele klas lacht je uit",
    ),
}

# --- harmless near misses -----------------------------------------------------------------------

HARMLESS: tuple[str, ...] = (
    # self-harm words in ordinary use
    "ik heb me gesneden aan een blaadje papier",
    "ik heb mn vinger gebrand aan de pan",
    "mijn kat heeft me gekrabd haha",
    "ik krab steeds aan mn muggenbult",
    "ik kan mezelf wel voor mn kop slaan, vergeten!",
    "ik heb mezelf gestoten aan de tafel",
    "i cut my hair again",
    "i burned the pizza lol",
    "ik verdien een pauze",
    "ik verdien het om een keer te winnen",
    "je verdient het om gelukkig te zijn",
    "je verdient rust na zo'n week",
    "you deserve the best",
    "je verdient het niet om alleen te zijn",
    # being away, not replying
    "volgende week ben ik er niet, dan ben ik op vakantie",
    "ik ben er morgen niet, tandarts",
    "als ik morgen niet reageer zit ik in de les",
    "ik ben er niet meer bij met mn hoofd",
    "ben ik er niet meer bij in de groep?",
    "straks ben ik er, even geduld",
    "ik ben er zo",
    "ik ben er bijna",
    # worry, burden
    "je hoeft je geen zorgen om mij te maken, het gaat echt goed",
    "je hoeft je geen zorgen meer te maken, ik heb een 8 gehaald",
    "ik heb last van mn rug",
    "wat een last, die regen",
    # painless, pills prescribed
    "de prik bij de dokter was pijnloos",
    "laser ontharen is bijna pijnloos",
    "hoeveel pillen moet ik per dag van de dokter",
    "hoeveel paracetamol mag ik per dag",
    "ik heb mijn pillen voor vandaag al genomen",
    "de snelste manier om naar utrecht te gaan is de trein",
    "het mes ligt naast de snijplank, kan jij de groente doen",
    # disappearing in ordinary use
    "de vlek is helemaal verdwenen",
    "mijn hoofdpijn is eindelijk verdwenen",
    "ik wil even rust na school",
    "ik wil die film echt zien",
    "leve de vakantie",
    "i want to dye my hair pink",
    # gifts, money
    "ik koop het morgen zelf wel",
    "ik koop voor mezelf nieuwe schoenen",
    "wat wil je voor je verjaardag doen met de groep?",
    "ik heb geld nodig voor de bus",
    "mijn moeder schiet het voor, ik betaal haar terug",
    "heb je genoeg geld voor het uitje? de stichting betaalt",
    "ik ga vrijdag met mijn zus shoppen",
    # meeting, clothes
    "we gaan met z'n tweeen naar de groep",
    "de groep gaat vandaag door zonder de coordinator, ze is ziek",
    "trek korte mouwen aan, het wordt 30 graden",
    "doe straks je jas aan, het is koud",
    "trek iets warms aan voor het schaatsen",
    "mijn zus wordt al groot",
    "doe je moeder de groeten",
    "hoe is het met je zusje na de operatie?",
    "mijn moeder werkt bij de bieb",
    "zou zonde zijn als het gaat regenen op het uitje",
    "zou jammer zijn als er iets mis gaat met de planning",
    # threats, lies
    "denk goed na voor je kiest welke opleiding",
    "verraders is een goede serie",
    "zeg gewoon eerlijk dat je moe bent",
    "zeg maar dat ik later kom",
    "wat een slechte smoes van de bus haha",
    "doe alsof je thuis bent",
    # apps, sessions
    "de sessie met de psycholoog was fijn",
    "the session was long today",
    "i can't get signal here",
    "mijn berichten zijn ineens weg, is de app kapot?",
    "na een uur was mijn hoofdpijn weg",
    # parents, rides
    "mijn ouders zijn weg dit weekend, ik ga naar oma",
    "je ouders zijn vast trots op je",
    "mijn moeder brengt me naar de groep met de auto",
    "de lift in het gebouw is kapot",
    "de coordinator brengt iedereen na het uitje naar huis",
    # contact and crying in ordinary use
    "mijn oma heeft me weer gebeld, ze mist me",
    "ik heb de coordinator teruggebeld",
    "ik moest huilen bij die film haha",
    "stop met huilen, het komt goed ❤",
    "ik zit in een groepsapp met mijn klas",
    "mijn lelijke kop op die foto haha",
    "ik ben er volgende week niet, dan heb ik stage",
    "wil je een lift naar de groep? de begeleider rijdt",
    "de coordinator brengt je na de groep naar huis",
    "ik ga in de zomer voor mijn oom werken in zijn winkel",
    "mijn moeder vraagt me mee naar haar werk morgen",
    "whatsapp is kapot bij mij",
    "ik wil dood... van verveling lol",
    "ik ga dood, van de hitte",
    "ik heb iets doms gedaan, mijn sleutel vergeten",
    "ik ben bang dat ik iets doms ga zeggen bij mijn sollicitatie",
    "alles is zwaar met die tas vol boeken",
    "ik ben helemaal kapot na het sporten",
    "mijn benen zitten vol blauwe plekken van hockey",
    "ik ga bij mijn oma logeren",
    "ik stuur je de link van de groep",
    "ik maak het geld over naar mijn spaarrekening",
    "mag ik je iets vragen",
    "je bent een grapjas",
    "wat ben je grappig",
    "ik weet hoe laat de les begint",
    "ik zorg ervoor dat je de planning krijgt",
    "laat je tekening eens zien",
    "je zusje was zo lief op het feest",
    "wil je een lift naar het station? mijn moeder rijdt",
    "ik ben er de hele week niet meer, ben op kamp",
    "stoppen met alles wat ongezond is, dat is mijn plan",
    "werkt je moeder nog bij het ziekenhuis? ik wil daar stage lopen",
    "hoe laat gaat je moeder werken morgen, kan ze ons brengen?",
    "dit is het laatste bericht voor vandaag, doei!",
    "ik draag vandaag een rokje",
    "ik voel niks meer in mijn vingers van de kou",
    "de koelkast is helemaal leeg",
    "ik bloed uit mijn neus",
    "ik heb mijn knie opengehaald bij het fietsen",
    "mijn bijbaan betaalt goed",
    "ik ga vanavond slapen bij mijn oma",
    "ik wil verdwijnen onder mijn dekentje met een film",
    "ik verdrink bijna in het huiswerk haha",
    "alles is te zwaar in mijn tas",
    "ik voel me leeg na dat examen, maar wel blij",
    "ik heb een mes gekocht voor in de keuken",
    "ik heb het touw voor de schommel gekocht",
    "ik wacht op je bij de groep, we beginnen om 7",
    "de begeleider wacht op je bij de ingang",
    "waarom zou ik blijven bij die sportclub, het is saai",
    "dan geef ik je de planning",
    "ik heb je huis gezien op de foto, zo mooi",
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


@pytest.mark.parametrize(("family", "text"), _cases(ABUSE_FAMILIES))
def test_abuse_family_paraphrases_are_flagged(family: str, text: str) -> None:
    decision = RULES.moderate(text)
    assert (decision.action, decision.urgent) == ("flag", False), (family, text, decision)


@pytest.mark.parametrize("text", HARMLESS)
def test_harmless_near_misses_are_allowed(text: str) -> None:
    decision = RULES.moderate(text)
    assert (decision.action, decision.urgent) == ("allow", False), (text, decision)


ALL_TEXTS: tuple[str, ...] = (
    tuple(
        text
        for families in (URGENT_FAMILIES, HELD_FAMILIES, DISCLOSURE_FAMILIES, ABUSE_FAMILIES)
        for _, text in _cases(families)
    )
    + HARMLESS
)
