"""Intent families of round 9: paraphrases and near misses, not sentences.

heldout9 to heldout14 (six authors) showed which families were missing; the cases below are
written from those families, in many wordings (Dutch, chat Dutch, English, a few words of the
home languages of the girls in the groups), together with harmless chat the new rules must leave
alone. None is copied from a labelled file.
"""

from __future__ import annotations

# The rules alone: these are their families.
import pytest

from tests.messaging.moderation.conftest import RULES

# --- urgent (flag + urgent, delivered) ---------------------------------------------------------

URGENT_FAMILIES: dict[str, tuple[str, ...]] = {
    "trapped": (
        "ze laten me hier niet weg, ik zit al de hele dag in die kamer",
        "hij laat me niet gaan, de deur is dicht en ik ben bang",
        "ik zit opgesloten in zijn flat",
        "ze hebben me opgesloten en mijn telefoon afgepakt",
        "hij wil me niet laten uitstappen, ik weet niet waar we zijn",
        "ik weet niet waar ik ben, het is donker en ik ken hier niemand",
        "ik weet niet waar we heen rijden, ze zeggen niks",
        "they won't let me leave the house",
        "i don't know where i am and my phone is almost dead",
        "ik zit in een busje met drie mannen en ik wil eruit",
        "ik ben weer bij hem en ik kan niet weg",
        "ze houden me vast in een huis ergens in een dorp",
        "ik ben ontvoerd, ik weet niet door wie",
        "ik word achtervolgd door twee jongens op een scooter",
        "er zit al een kwartier iemand achter me aan",
    ),
    "hunted": (
        "er loopt een man achter me aan al sinds het station",
        "hij rijdt al de hele tijd achter me aan, ik ben zo bang",
        "he is following me home, what do i do",
        "als hij me vindt ben ik dood",
        "hij heeft gezegd dat hij me vermoordt als ik praat",
        "they're gonna kill me if i tell",
        "hij staat beneden en ik durf niet open te doen",
        "er staan twee mannen voor mijn deur, ik ben doodsbang",
        "he's outside my house and i'm scared",
        "ik ben bang dat hij me iets aandoet als hij me vindt",
        "ik zit verstopt in de wc van de mac, ik ben bij hem weggelopen, help",
        "ik typ dit stiekem op de telefoon van een vriendin",
        "help ik zie hem overal, mijn hart bonkt",
    ),
    "plan_and_goodbye": (
        "ik heb het besloten, bedankt voor alles",
        "vandaag is de dag. sorry voor alles",
        "als ik volgende week 18 ben maak ik er een eind aan",
        "vannacht als iedereen slaapt doe ik het",
        "ik lig elke nacht te denken hoe ik het zou doen",
        "ik ben aan het nadenken hoe ik het ga doen zonder pijn",
        "ik heb mijn eigen begrafenis al bedacht, welke liedjes en zo",
        "i've been writing goodbye letters to my family",
        "als ik morgen niet op school ben, weet je waarom",
        "als ik er zaterdag niet ben, weet dan dat het niet aan jullie lag",
        "doei iedereen, ik hou van jullie",
        "ik wil jullie nog zeggen dat ik van jullie hou",
        "zeg tegen mijn moeder dat het me spijt",
        "mijn spullen mag mijn zusje hebben, ik heb ze straks toch niet meer nodig",
        "ik geef het op. voorgoed.",
        "ik heb het besloten, vanavond ga ik het doen",
        "mijn plan is klaar, morgen doe ik het",
        "ik heb al een plan.",
        "ik kom niet meer terug, zoek me niet",
        "hou van jullie, vergeet me niet",
        "sorry allemaal, dit is echt de laatste keer",
        "het zou voor iedereen makkelijker zijn als ik er niet meer was",
        "ik wil niemand meer tot last zijn",
    ),
    "friend_at_risk": (
        "ik maak me zorgen om Noor, ze zei dat ze vanavond een eind aan haar leven maakt",
        "Sanne schreef dat ze afscheid gaat nemen van iedereen, ik maak me echt zorgen",
        "ik maak me zorgen, Lot zei dat ze er klaar mee is en ze reageert niet meer",
        "je maakt me bang met dat bericht, reageer alsjeblieft",
        "i'm worried about her, she said goodbye and she's not answering",
    ),
    "means_and_edge": (
        "ik denk de hele tijd aan voor de trein springen",
        "i keep thinking about jumping off the bridge",
        "ik sta op het perron en denk: een stap",
        "ik zit op de rand van het dak en denk erover",
        "misschien spring ik vanavond van de Van Brienenoordbrug",
        "ik ben vorige week bijna gesprongen",
        "ik heb de messen verstopt onder mijn bed zodat ik erbij kan als het slecht gaat",
        "ik heb pillen opgespaard, voor het geval dat",
        "ik heb al mijn pillen van deze maand in een keer ingenomen",
        "ik heb 4 strips paracetamol in mijn la",
        "wat als ik gewoon onder water blijf, dan is het klaar",
        "ik drink door tot ik niks meer voel",
        "het kan me niks meer schelen wat er met me gebeurt",
        "het touw ligt klaar in mijn kast",
        "ik heb mijn medicijnen geteld, het is genoeg",
        "i've been saving up my meds",
        "ik stap vanavond gewoon voor de trein",
        "soms wil ik voor een vrachtwagen lopen",
    ),
    "passive_wish": (
        "it would be easier if i just didn't wake up tomorrow",
        "i want it to be over. for good.",
        "doodgaan lijkt me eigenlijk best rustig",
        "sterven klinkt me nu als een opluchting",
        "ik wil gewoon bij mijn oma zijn, in de hemel",
        "ik wil niet meer hoeven te bestaan",
        "ik zie mijn leven echt niet meer zitten",
        "ik weet niet meer waarom ik hier ben",
        "ik kost mijn ouders alleen maar geld en moeite",
    ),
    "voices": (
        "de stem in mijn hoofd zegt dat ik dood moet",
        "mijn hoofd zegt steeds dat ik dood moet",
        "ik wil stoppen met leven",
        "the voices keep telling me to kill myself",
        "ik hoor stemmen die zeggen dat ik moet springen",
    ),
    "punish_body": (
        "ik ben bang dat ik mezelf iets aandoe",
        "ik heb zin om mezelf iets aan te doen",
        "als je niet komt doe ik mezelf wat aan",
        "ik wil mezelf pijn doen omdat ik het verdien",
        "ik wil mezelf straffen",
        "ik heb expres niks gegeten vandaag",
        "ik verdien het niet om te eten",
        "ik heb na het avondeten weer alles eruit gegooid, elke dag nu",
        "het bloedt door mijn verband heen",
        "ik durf geen korte mouwen meer aan door mijn armen",
        "ik wil mijn lichaam kapotmaken",
        "ik heb expres mijn hand onder heet water gehouden",
        "ik trek mijn haren uit tot er kale plekken komen",
        "ik heb mijn hoofd tegen de muur gebonkt",
        "ik heb vannacht mijn been opengekrast",
        "ik krab mijn huid open tot het bloedt",
        "ik wil niet meer eten",
        "ik ga mezelf uithongeren",
        "ik heb weer expres overgegeven",
    ),
    "home_languages": (
        "mi ke muri, mi no por mas",
        "intihar etmek istiyorum",
        "chce umrzec",
        "chcę się zabić",
        "ik wil der een ende aan moaken",
    ),
    "hiding": (
        "ik heb me opgesloten in de wc, hij is binnen en schreeuwt",
        "i'm hiding under the bed, he is looking for me",
        "ik zit verstopt achter de schuur, hij zoekt me",
        "ik ben zo bang, hij slaat de deur in",
        "he's outside my door. i turned off the lights. i'm so scared",
    ),
    "panic": (
        "ik heb een paniekaanval en krijg geen lucht",
        "i'm having a panic attack, please",
        "ik krijg geen lucht meer, help",
        "ik ben weggelopen en weet niet waar ik vannacht moet slapen",
        "ik heb nergens om te slapen vannacht",
    ),
    "chat_spelling": (
        "ik wil er nie meer zijn",
        "als ik er morgen nie meer ben weet je waarom",
        "ik kan echt nie meer",
        "ik wil nie meer leven",
        "ik hou het nie meer vol",
    ),
}

# --- hold ---------------------------------------------------------------------------------------

HELD_FAMILIES: dict[str, tuple[str, ...]] = {
    "threat_found": (
        "als je gaat praten weet ik je heus te vinden",
        "ik vind je overal, ook in die opvang",
        "i will find you wherever you go",
        "als je het vertelt, ben jij de volgende",
        "you're next.",
        "denk je dat die begeleiders je kunnen beschermen?",
        "niemand kan je beschermen, ook je coordinator niet",
        "you think your mentor can protect you? lol",
        "als je naar de politie gaat, weet ik je wel te vinden",
        "denk maar niet dat die opvang je beschermt",
        "jij bent de volgende als je je mond opendoet",
    ),
    "threat_routine": (
        "ik weet welke bus jij elke ochtend neemt",
        "ik weet via welke ingang je altijd naar binnen gaat",
        "mijn vrienden weten waar je zusje op school zit",
        "we weten waar je woont hoor",
        "je moeder loopt ook altijd alleen naar huis he",
        "vergeet niet wie jou die telefoon heeft gegeven",
        "alles wat ik je gaf kan ik ook weer afpakken",
        "zou jammer zijn als je vader die foto's te zien krijgt",
        "zou zonde zijn als iedereen op school erachter komt",
        "blokkeer me en ik zet alles online",
        "ik maak je af als je nog een keer over me praat, dan maak ik je af",
        "na school wacht ik je op en dan zul je zien.",
        "ik weet met welke bus jij naar school gaat",
        "mijn mannen weten waar je zusje woont",
        "alles wat je hebt komt van mij, dat pak ik zo weer af",
        "als je me blokt zet ik je foto's online",
    ),
    "cover_story": (
        "zeg gewoon tegen je mentor dat je bij een vriendin sliep",
        "vertel je begeleider maar dat alles goed gaat",
        "zeg tegen de coordinator dat we het over huiswerk hadden",
        "als je moeder vraagt met wie je de hele tijd appt zeg je gwn een nicht",
        "als ze vragen waarom je zo laat was, zeg dan dat de bus vertraging had",
        "lieg maar dat je ziek was",
        "lieg gewoon tegen je begeleider",
        "zeg maar tegen je mentor dat je bij je oma was",
        "lieg maar tegen ze",
    ),
    "keep_from_coordinator": (
        "dit hoef je niet in je weekverslag voor je begeleider te zetten",
        "je hoeft je coordinator niet lastig te vallen met dit soort dingen",
        "dat lossen wij samen wel op",
        "wat ik je net vertelde, dat hou je voor je",
        "zeg niet tegen Noor dat ik dit vroeg",
        "beloof me dat je het niet aan Fleur vertelt",
        "niet tegen mijn begeleider vertellen ok?",
        "maak geen screenshots van dit gesprek",
        "verstop de app als je vader in de buurt is",
        "daar kijkt niemand mee, beter dan hier",
        "op signal verdwijnen je berichten vanzelf",
        "vertel het alleen als niemand van de begeleiding meekijkt",
        "dat hoef je niet in je logboek te zetten",
        "beloof me dat je niks tegen Iris zegt",
        "op telegram leest niemand mee",
    ),
    "debt": (
        "je hebt nog 300 open staan bij mij",
        "die 500 werk je gewoon af bij mijn vrienden",
        "jij gaat dat geld terugbetalen, hoe dan ook",
        "je moet me nog 60 terug van vorige week",
        "je bent me nog 200 euro schuldig",
        "tot de laatste cent betaal je me terug",
    ),
    "money_asks": (
        "kun jij mijn telefoonrekening deze maand betalen?",
        "zou je mijn abonnement willen betalen, ik ben blut",
        "stuur me een tikkie, dan betaal ik je nagels",
        "ik kan een paysafecard voor je regelen",
        "wil jij mijn steam tegoed? de code stuur ik je",
        "ik kan je helpen met je schulden hoor",
        "ik leg het wel voor, betaal je me later",
        "ik heb nog een oude iphone die je mag hebben",
        "ik heb een kleinigheidje voor je gekocht",
        "100 euro is echt geen probleem voor mij",
        "ik kan robux voor je kopen",
        "je mag mijn oude telefoon hebben",
    ),
    "sexual": (
        "wat voor ondergoed heb je vandaag aan?",
        "welke kleur bh draag je nu",
        "what underwear are you wearing",
        "stuur eens een spiegelselfie voor mij",
        "doe een mirror selfie, wil zien wat je draagt",
        "ik wil zien wat je nu aanhebt",
        "wil je een fotootje van mij? 😏",
        "ik zou je zo graag willen zoenen",
        "i want to kiss you so bad",
        "ben jij eigenlijk nog maagd?",
        "hoe ver ben jij al gegaan met een jongen",
        "ik droomde over jou, wil je weten wat we deden?",
        "you look so hot in that picture",
        "je bent veel volwassener dan andere meisjes",
        "ik zie jou niet meer als een kind",
        "wat voor onderbroek heb je aan",
        "ik droom elke nacht over jou, wil je weten wat we doen 😏",
    ),
    "meeting": (
        "kun je me straks na de training ophalen bij de sporthal?",
        "can you pick me up after my shift",
        "na school wacht ik op je bij de fietsenstalling",
        "na je werk wacht ik je op achter de supermarkt",
        "i'll be waiting for you outside your school",
        "ik sta om de hoek, stap je ff in?",
        "hop in, we'll go for a ride",
        "kom vanavond naar het park, kom alleen",
        "neem niemand mee, alleen jij en ik",
        "mijn neef brengt je wel naar huis",
        "kom vannacht bij mij slapen",
        "ik wacht na school op je bij de ingang",
        "kom alleen naar het park, neem niemand mee",
    ),
    "platform": (
        "maakt niet uit welke app, als het maar niet hier is",
        "laten we ergens anders verder praten",
        "zet telegram erop dan praten we daar",
        "download snapchat even",
        "laten we in de chat van fortnite praten",
        "voeg me toe aan je close friends op insta",
        "ik heb een groepje gemaakt zonder begeleiders, wil je erin?",
        "we kunnen ook buiten de app om bellen",
        "zullen we op tele verder",
        "de link staat in mijn bio",
        "check mijn linktree",
    ),
    "location": (
        "bij welke winkel werk jij eigenlijk",
        "op welke sportschool zit je?",
        "op welk adres zit die opvang van jullie?",
        "wat zie je als je uit je raam kijkt?",
        "ik wil me voorstellen waar je bent",
        "ik woon op Oosterdiep 14",
    ),
    "links": (
        "kijk ff op bit . ly / 3xYzAb",
        "vul dit in: forms.gle/Qw12Er",
        "linktr.ee/sanne_x",
        "tinyurl . com / abc123xyz",
        "mijn profiel: linktr.ee/lotje",
    ),
}

# --- flag (disclosures and abuse) ---------------------------------------------------------------

# "told_not_held": what the hold families look for, told about someone else, is a disclosure.
DISCLOSURE_FAMILIES: dict[str, tuple[str, ...]] = {
    "its_him": (
        "ik kreeg vannacht een bericht van een onbekend nummer, ik denk dat hij het is",
        "er staat al een week dezelfde auto bij school, volgens mij is hij het",
        "er lag een bos bloemen voor de deur, ik weet wel van wie",
        "iemand heeft mijn nieuwe nummer gevonden",
        "zijn vriend kwam op school naar me toe en zei dat hij me mist",
        "er stond gisteren een jongen op me te wachten bij de bushalte",
        "er kwam een jongen bij ons aan de deur die naar mij vroeg",
    ),
    "wants_me_to": (
        "hij wil dat ik dit weekend bij hem kom slapen in utrecht",
        "mijn vriend wil dat ik met zijn vrienden ga chillen",
        "hij zegt dat als ik echt van hem hou ik het wel doe",
        "ik moet van mijn vriend mijn locatie aan laten staan",
        "ik moet elke avond bellen, anders wordt hij boos",
        "hij zegt dat ik de app moet verwijderen",
        "een meisje uit mijn klas zegt dat haar vriend nog meiden zoekt voor feestjes",
        "ik moest weer een pakketje voor hem wegbrengen",
        "hij heeft een baantje voor me in het buitenland",
        "hij vroeg of ik weer kon helpen zoals vroeger",
    ),
    "gifts": (
        "er is een man bij de snackbar die me steeds gratis eten geeft",
        "ik kreeg gisteren weer parfum van hem",
        "mijn vriendin krijgt van een oudere man elke week nieuwe kleren",
        "die jongen van 25 die me steeds dingen koopt",
        "ik heb weer met hem afgesproken, sorry",
    ),
    "told_not_held": (
        "hij wil dat ik een spiegelselfie stuur",
        "mijn ex zegt dat hij me overal vindt",
        "een jongen op insta vraagt steeds of ik nog maagd ben",
        "hij zegt dat ik nog 500 euro open heb staan bij hem",
        "mijn vriend wil dat ik tegen jullie lieg over waar ik was",
        "hij wil dat ik naar telegram ga want daar leest niemand mee",
        "hij wacht elke dag na school op me bij de ingang",
        "hij vraagt steeds wat voor ondergoed ik draag",
        "hij zei dat ik niks in mijn verslag moest zetten",
        "hij wil een paysafecard voor me kopen",
        "hij zei dat hij me zo graag wil zoenen",
    ),
}
ABUSE_FAMILIES: dict[str, tuple[str, ...]] = {
    "abuse": (
        "eigen schuld, jij ging zelf met hem mee",
        "je hebt het zelf gezocht",
        "doe niet zo slachtoffer",
        "niemand vroeg om jouw mening",
        "niemand zit op jouw verhaal te wachten",
        "niemand gelooft jou toch",
        "je wil gewoon aandacht trekken",
        "hou toch eens je bek",
        "wie wil er nou met jou praten",
        "je verpest altijd de sfeer",
        "jij bent echt een leugenaar",
        "je bent zo nep",
        "jij bent zo'n aandachtshoer",
        "kijk hoe ze weer jankt",
        "ze denkt echt dat ze knap is haha",
        "ze hebben me weer buitengesloten",
        "je bent jaloers en zielig",
        "jij doet zo kinderachtig",
    ),
}

# --- harmless near misses -----------------------------------------------------------------------

HARMLESS: tuple[str, ...] = (
    "mijn ouders laten me niet gaan naar het festival",
    "ik weet niet waar ik ben gebleven in de serie",
    "ik zat opgesloten in de lift van de bieb haha",
    "mijn broertje loopt de hele dag achter me aan lol",
    "die wiskundetoets gaat me vermoorden",
    "ik durf niet naar beneden, er zit een spin",
    "mijn moeder haalt me straks op, ik ben zo moe",
    "help, ik snap deze som niet",
    "ik heb besloten dat ik naar het mbo ga",
    "vandaag is de dag van mijn rijexamen!",
    "doei iedereen, tot volgende week!",
    "ik denk na hoe ik het ga doen met mijn planning",
    "de begrafenis van mijn opa was mooi",
    "als ik morgen niet kom, weet je dat ik bij de tandarts ben",
    "het is niet jouw schuld dat de bus te laat was",
    "zeg tegen je moeder dat het me spijt dat ik te laat was",
    "ik heb ze niet meer nodig, de schoenen zijn te klein",
    "ik maak me zorgen om mijn toets morgen",
    "ik sta op het perron, de trein heeft vertraging",
    "hoe lang kan jij onder water blijven bij zwemmen?",
    "ik heb paracetamol gekocht voor mijn hoofdpijn",
    "ik heb een mes gekocht voor in de keuken",
    "we springen van de duikplank in het zwembad",
    "het feest was leuk maar ik heb te veel gedronken",
    "die film was dood saai",
    "in het boek gaat de hond dood, ik moest huilen",
    "ik ga dood van het lachen",
    "ik heb uien gesneden en moest janken",
    "ik sneed me in mijn vinger bij het koken",
    "ik heb vandaag nog niks gegeten, ik ga zo lunchen",
    "mijn knie bloedt nog steeds van het vallen",
    "het is te koud voor korte mouwen",
    "ik was gisteren ziek en heb overgegeven",
    "jij bent de volgende die mag kiezen",
    "ik vind je echt leuk",
    "ik vind je toch wel lief",
    "ik weet welke bus je moet nemen naar het centrum",
    "vergeet niet wie je bent, je bent sterk",
    "zou jammer zijn als je de film mist",
    "mijn zusje loopt alleen naar school",
    "probeer het maar, dan zul je zien dat het lukt",
    "zeg tegen je begeleider dat je je niet goed voelt",
    "vertel je mentor eerlijk wat er gebeurd is",
    "ik ga het niet tegen mijn moeder zeggen, ze wordt boos",
    "lieg niet tegen me",
    "ik heb een screenshot gemaakt van het rooster",
    "verstop het cadeau voor je moeder",
    "mijn moeder stuurde een tikkie in de familie-app voor het cadeau van oma",
    "je hebt nog 2 opdrachten openstaan bij wiskunde",
    "ik moet mijn telefoonrekening zelf betalen",
    "ik heb een cadeaubon van oma gekregen",
    "ik leg het voor aan de groep",
    "je mag altijd bij me aankloppen",
    "10 euro voor het uitje is geen probleem",
    "ik heb nieuw ondergoed gekocht bij de hema",
    "heb je genoeg ondergoed mee voor het kamp?",
    "ik heb een spiegelselfie gemaakt voor mijn moeder",
    "in de film gaan ze zoenen, zo cringe",
    "je ziet er moe uit, slaap je wel genoeg?",
    "je was lekker bezig vandaag",
    "ik droomde over jou en de groep, we gingen naar het strand",
    "jij bent echt volwassen voor je leeftijd, weet je dat?",
    "ik wacht op je antwoord",
    "stap je in de bus of de trein?",
    "kun je me helpen met mijn cv?",
    "mama brengt je wel naar huis na het verjaardagsfeest",
    "ik wacht op je bij de groepsavond",
    "de app is soms zo traag",
    "ik speel vaak roblox met mijn broertje",
    "zij zijn close friends van mij",
    "ik ben buiten, het is lekker weer",
    "wat staat er in jouw bio?",
    "ik zoek nog een bijbaantje in een winkel",
    "welke winkel heeft die jas, weet jij dat?",
    "bol.com heeft hem in de aanbieding",
    "@Sanne haha precies wat ik bedoel",
    "dankjewel @Lotte voor de koekjes",
    "@allemaal tot donderdag!",
    "ik snap wat je bedoelt @Romy",
    "ik denk dat zij het is die de taart heeft gemaakt",
    "mijn baas vraagt of ik zaterdag wil werken",
    "mijn moeder wil dat ik mijn kamer opruim",
    "de trainer zoekt nog meisjes voor het team",
    "het is niet je eigen schuld",
    "eigen schuld, ik was mijn sleutels vergeten",
    "ik moet van mijn moeder om tien uur thuis zijn",
    "je bent niet dom, je bent slim",
    "doe niet zo moeilijk, het komt goed",
    "mijn benen zijn dood van het fietsen",
    "ik had vroeger paniekaanvallen, nu gaat het goed",
    "mn plan is klaar voor zaterdag: shoppen",
    "sorry iedereen, ik ben er volgende week niet want kamp",
    "ik heb mijn pillen voor hooikoorts ingenomen, ze liggen naast mijn bed",
    "ik kom niet meer terug naar deze sportclub",
    "we schrijven kaarten aan iedereen in het verzorgingshuis",
    "het boek gaat over een meisje dat ontvoerd wordt",
    "ik zat op het dak van de schuur om de bal te pakken",
    "mijn oma houdt me vast als ik verdrietig ben",
    "ik mag niet naar buiten van mijn moeder",
    "i decided to go to the party tonight",
    "ik heb overgegeven na het eten want ik was ziek",
    "als ik niet kom is het niet jouw schuld, ik ben gewoon ziek",
    "ik weet nu hoe ik het ga doen met de presentatie",
    "niemand kan je helpen met wiskunde beter dan de juf",
    "ik zorg ervoor dat iedereen de foto's van het uitje krijgt",
    "ik heb expres mijn hand opgestoken in de les",
    "ik snap het nie",
    "ik heb besloten dat ik het ga doen: de cursus!",
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
