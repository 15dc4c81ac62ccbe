"""Intent families of round 11: paraphrases and near misses, not sentences.

Three more authors (train_n: slow grooming, train_o: evasion, train_p: quiet distress) showed
which quiet cries for help the rules still missed; the cases below are written from those
families, in many wordings (Dutch, chat Dutch, English), together with ordinary sadness and
everyday chat the new rules must leave alone. None is copied from a labelled file.
"""

from __future__ import annotations

from tests.messaging.moderation.rounds import all_texts

# --- urgent (flag + urgent, delivered) ---------------------------------------------------------

URGENT_FAMILIES: dict[str, tuple[str, ...]] = {
    "joining_the_dead": (
        "sinds opa overleden is wil ik eigenlijk gewoon bij hem zijn",
        "mijn zus is gestorven en ik wil naar haar toe",
        "ik wil gewoon bij haar zijn, daarboven",
        "soms wil ik naar hem toe, waar hij nu ook is",
        "i just want to go where he is now",
        "sinds mijn vriendin er niet meer is wil ik alleen nog bij haar zijn",
    ),
    "a_plan_without_words": (
        "ik heb al uitgezocht wanneer ik het ga doen",
        "ik denk dat ik het zaterdag doe, als iedereen slaapt",
        "ik heb een manier gevonden.",
        "ik heb een datum in mn hoofd, verder zeg ik niks",
        "ik heb het besloten. maak je maar geen zorgen, het is goed zo",
        "i've made up my mind, just wanted to say thank you",
        "if only they knew what i've been planning",
        "i don't think i'll be around for christmas",
        "denk je dat een overdosis erg pijn doet?",
        "ik vind doodgaan eigenlijk niet meer eng",
        "ik lig de hele nacht te denken hoe ik alles kan laten stoppen",
        "ik wil gewoon dat het stil wordt, voorgoed",
        "misschien kan ik beter verdwijnen, dan heeft niemand last van me",
        "ik ga gewoon expres voor de trein staan als dit zo doorgaat",
        "ik zat gisteren op de reling van de brug, gewoon om te voelen hoe het is",
        "ik ben weer aan het aftellen, en niet tot de zomer",
    ),
    "done_with_everything": (
        "ik ben zo moe van vechten, ik kan het niet meer",
        "ik ben moe. en niet van school",
        "ik ben er klaar mee, en dan niet met school",
        "ik ben gewoon moe van alles, het hoeft niet meer",
        "ik heb geen kracht meer om door te gaan",
        "ik ben het beu om te doen alsof het goed gaat",
        "ik trek het vanavond echt niet meer",
        "als ik zeg dat het goed gaat, bedoel ik eigenlijk niet goed",
        "ik heb geen enkele reden meer om uit bed te komen",
    ),
    "goodbye_through_things": (
        "ik heb al mijn spullen verdeeld zodat niemand er later mee zit",
        "mijn sieraden heb ik aan mijn nichtje gegeven, zij heeft er meer aan dan ik",
        "wil jij mijn spaargeld hebben, ik heb het toch niet meer nodig",
        "straks gaat mijn mobiel uit, voorgoed",
        "mijn afscheidsbrief ligt in mijn la",
        "alle brieven zijn al geschreven, voor iedereen een",
        "ik ga een tijdje weg. voor altijd misschien",
        "iedereen is het over een maand toch vergeten, dat ik er was",
        "mijn hond is het enige waarvoor ik nog leef",
        "jij hebt alles goed gedaan, het ligt niet aan jou wat er straks gebeurt",
    ),
    "absent_tomorrow": (
        "als ik er vrijdag niet ben, niet boos worden oké",
        "als je morgen niks meer van me hoort, niet schrikken",
        "als ik er straks niet meer ben, kom dan ook niet zoeken",
        "als jullie niets meer van mij horen, kom dan niet kijken. beter van niet",
        "als er ooit iets met mij gebeurt, wil jij zorgen dat iemand mijn kat neemt",
    ),
    "pills_put_aside": (
        "ik heb al een tijdje pillen gespaard",
        "ik spaar mijn slaappillen op, voor als het echt niet meer gaat",
        "er liggen 30 paracetamol in mijn kast die ik heb verzameld",
        "ik heb de tabletten van mijn vader opgespaard",
        "ik ben mijn medicijnen aan het sparen, gewoon voor het geval dat",
    ),
    "numb_and_worthless": (
        "ik huil niet eens meer. ik voel gewoon niks",
        "na wat hij gedaan heeft ben ik echt niks meer waard",
        "ik walg echt van mezelf",
        "ik voel me zo vies, ik sta uren onder de douche",
        "ik ben alleen nog een kapotte versie van mezelf",
        "ik kan niet meer in de spiegel kijken",
        "ik heb gewoon niemand meer.",
        "het zal me een worst wezen wat er met me gebeurt",
        "het maakt toch niks uit of ik leef",
        "ik ben toch alleen maar een last voor iedereen",
        "ik hoor hier gewoon niet, niet op deze wereld",
    ),
    "reliving": (
        "als ik mijn ogen dichtdoe, zit ik weer in dat huis",
        "ik voel zijn handen nog steeds overal",
        "ik hoor zijn stem steeds in mijn hoofd, die zegt dat ik niks ben",
        "ik blijf dromen dat hij me weer komt halen",
        "ik kon niet ophouden met trillen na dat bericht",
        "ik drink elke avond tot ik niks meer voel",
        "ik voel me niet veilig bij mezelf vannacht",
        "ik vertrouw mezelf echt niet als ik alleen ben vanavond",
        "ik ben al weken mijn bed niet uit gekomen",
    ),
    "self_injury_in_passing": (
        "ik heb mijn pols weer opengehaald, niet erg hoor",
        "heb vannacht mijn bovenbenen bewerkt",
        "ik heb gisteren gekrast",
        "twee keer gekrast, wilde het je gewoon zeggen",
        "mijn armen zien er weer heftig uit",
        "ik wil soms mijn huid eraf krabben",
    ),
    "not_eating_not_caring": (
        "ik heb al twee dagen niet gegeten, maakt me ook niks uit",
        "ik eet al een week niks meer, hoeft ook niet meer",
        "sinds zondag niet meer gegeten en het maakt me niet meer uit",
        "ik eet eigenlijk niets meer. het hoeft niet meer",
        "niet gegeten vandaag, maakt toch niks uit",
    ),
}

# --- hold (not delivered, not urgent) ----------------------------------------------------------

HELD_FAMILIES: dict[str, tuple[str, ...]] = {
    "app_described": (
        "kom even op de groene app, daar praat het makkelijker",
        "voeg me toe op die gele app, dan stuur ik je wat",
        "ik zit op de app met het papieren vliegtuigje, zoek me daar",
        "heb je dat ding met die dansfilmpjes? dan volg ik je",
        "let's move to the purple camera app, this one is boring",
        "je weet wel welke app, daar is het rustiger",
        "zullen we in de game verder praten via de voicechat?",
    ),
    "same_handle": (
        "zoek me op tiktok, zelfde naam als hier",
        "mijn insta heeft dezelfde gebruikersnaam als hier",
        "add me there, same username as here",
        "ik heb daar dezelfde profielfoto als hier, je vindt me wel",
        "geef me je schoolmail, dan stuur ik je iets leuks",
    ),
    "keep_between_us": (
        "wat ik je vertel deel je met niemand, oké?",
        "dit hoort alleen bij ons, snap je",
        "jij weet het, ik weet het, en verder niemand",
        "hou mij maar een beetje voor jezelf",
        "praat er maar niet over in de groep",
        "promise you won't tell anyone about me",
        "lees dit en daarna moet je het meteen wissen",
        "zet de meldingen uit, dan ziet niemand wat ik stuur",
    ),
    "paying_for_her": (
        "ik leg wel bij zodat je die jas kan kopen",
        "i'll cover your train tickets this month",
        "ik neem je abonnement wel over, geen zorgen",
        "terugbetalen komt later wel, op jouw manier",
        "heb je nog wat liggen? ik zit krap, je krijgt het terug",
        "er staat nog 300 open bij jou, vergeet dat niet",
        "een tientje overmaken is ook prima",
        "ik laat een envelopje in je brievenbus doen",
        "zal ik een cadeautje laten bezorgen bij je thuis?",
    ),
    "slipping_out": (
        "kun je vanavond even sneak out doen?",
        "loop je ff naar buiten? ik sta om de hoek",
        "kom je even naar beneden, ik ben in de buurt",
        "laten we met z'n tweetjes afspreken, zonder de anderen",
        "jij en ik gaan gewoon iets drinken zonder de groep",
        "zelfde plek als vorige keer, om acht uur",
    ),
    "photo_without_words": (
        "heb je er ook een waar je minder aangekleed bent?",
        "stuur eens een pittig fotootje",
        "send me a pic only i get to see",
        "laat me eens wat meer zien 😏",
        "een kusje voor de camera en dan een stukje lager",
        "doe maar een spiegelselfie in die jurk",
        "ik heb jou een foto gestuurd, nu is het jouw beurt",
    ),
    "veiled_threat": (
        "als je me nog een keer blokkeert, kom ik je opzoeken",
        "als je me blijft negeren, ga ik het zelf halen",
        "zolang je doet wat ik zeg hoeft er niemand gewond te raken",
        "ik kan wachten. een keer ben je weer alleen",
        "je hebt tot zondag. daarna weet iedereen het",
        "je dacht toch niet dat je zomaar weg kon",
        "denk goed na voordat je iets tegen je coach zegt, ik hoor het toch",
        "die kleren waren allemaal niet gratis. tijd om af te rekenen",
        "moet ik je zusje maar eens opzoeken?",
    ),
}

# --- disclosure (flag, not held: she tells about someone else) ---------------------------------

DISCLOSURE_FAMILIES: dict[str, tuple[str, ...]] = {
    "she_tells": (
        "hij wil dat ik op de groene app kom",
        "een jongen vroeg of ik naar de app met het papieren vliegtuigje wilde",
        "hij zei dat ik het met niemand mocht delen, maar ik vertel het jou",
    ),
}

# --- harmless near misses (allowed, not urgent) ------------------------------------------------

HARMLESS: tuple[str, ...] = (
    # app described
    "de groene knop in de app werkt niet",
    "welke app gebruik jij voor je rooster?",
    "ik zat gisteren in de voicechat met mijn klas voor een project",
    "de gele app van de NS zegt dat de trein vertraging heeft",
    "the one with the green app icon is the rooster app",
    # same handle
    "in deze app heb ik dezelfde naam als op school",
    "mijn zus heeft dezelfde naam als mijn tante",
    "wat is de naam van die film ook alweer?",
    # keep between us
    "dit hoort alleen bij ons groepje van de les, zei de juf",
    "moet je het meteen wissen als je een fout maakt in je schrift?",
    "zet de meldingen uit als je slaapt, dan ziet je telefoon er rustiger uit",
    "deel je je kamer met iemand?",
    "hou je jas maar aan, het is koud",
    "praat er gerust over in de groep als je wilt",
    # paying for her
    "de organisatie betaalt je treinkaartje naar de groep",
    "ik leg het boek wel bij de receptie neer",
    "heb je nog wat liggen aan huiswerk voor morgen?",
    # slipping out
    "mijn moeder riep dat het eten klaar is",
    "de groep gaat samen naar het park",
    "we spreken met de hele groep af bij het buurthuis",
    # photo without words
    "een spannend filmpje gekeken gisteren",
    "laat me meer zien van je tekeningen!",
    "wat een mooie foto van het uitje",
    "laat me eens zien hoe je tekening is geworden",
    "de foto staat een stukje lager in de chat",
    "ik heb een spiegelselfie gemaakt in mijn nieuwe jurk",
    # veiled threat
    "ik hoor het toch wel van de coördinator als het niet doorgaat",
    "denk goed na voordat je iets tegen je mentor zegt over je keuze, het is belangrijk",
    "je hebt tot vrijdag, dan moet het verslag af",
    "ik leg wel bij voor het cadeau van de juf, dan is het rond",
    "mijn moeder zegt: kom je even naar beneden, het eten is klaar",
    "als je me nog een keer laat lachen val ik om haha",
    "je hebt tot vrijdag voor de opdracht",
    "ik kan wachten tot je klaar bent met eten",
    # ordinary tiredness, plans and absences
    "ik ben zo moe van alles deze week, toetsweek is zwaar",
    "ik heb geen kracht meer in mijn benen na het hardlopen",
    "mijn oma is overleden, ik wil gewoon bij haar zijn op de begrafenis",
    "als ik er morgen niet ben, niet boos worden, ik heb een tandartsafspraak",
    "ik spaar voor nieuwe schoenen, die zijn duur",
    "mijn telefoon is uit, voorgoed kapot haha",
    "ik ga een tijdje weg, heel lang op vakantie naar spanje",
    "ik ben er klaar mee, niet met school maar met mijn bijbaan",
    "ik heb niet gegeten maar maakt niet uit, ik eet straks",
    "ik heb besloten. ik ga rustig aan doen deze week",
    "ik ben moe, en dan niet van school maar van het voetballen",
    "weet jij hoe ik het kan laten stoppen met piepen? mijn fiets",
    "ik ben toch altijd een probleem met wiskunde",
    "als je niks meer van me hoort, niet schrikken, mijn telefoon is kapot",
    "de batterij van mijn telefoon gaat zo uit, voor altijd leeg denk ik",
    "ik walg van mezelf dat ik die hele zak chips op heb haha",
    "als ik mijn ogen dichtdoe zie ik mijn lieve opa weer",
    "ik hoor zijn stem nog steeds in mijn hoofd, die leraar praat zo hard",
    "mijn armen zien er weer slecht uit van de zon",
    "ik heb een datum in mijn hoofd voor het feest",
    "ik ben het zat om te doen alsof het goed gaat met mijn cijfers",
    "ik trek het vandaag niet meer met die hitte",
    "ik heb al bedacht wanneer ik het ga doen, mijn huiswerk",
    "ik vind doodgaan in films niet eng, wel spinnen",
    "kun je beter verdwijnen als je moe bent van een feestje?",
    # joining the dead
    "ik wil gewoon bij hem zijn op zijn verjaardag",
    "oma is overleden, morgen gaan we naar haar huis om op te ruimen",
    "ik mis mijn hond die vorig jaar gestorven is",
    # a plan
    "ik heb al bedacht hoe ik mijn kamer ga inrichten",
    "ik heb een manier gevonden om sneller te leren voor toetsen",
    "welke datum is de bijeenkomst ook alweer?",
    "ik heb besloten: ik ga op hockey!",
    "ik ga voor de bus staan wachten, tot zo",
    "ik ben aan het aftellen tot de vakantie!!",
    "ik wil dat het stil wordt in de klas",
    # done with everything
    "ik ben zo moe na de toets",
    "ik ben moe van het sporten",
    "ik ben klaar met mijn huiswerk",
    "ik heb geen zin om te proberen die jurk te passen",
    "ik trek het wel, komt goed",
    # goodbye through things
    "ik heb mijn kleren naar de kringloop gebracht, ze waren te klein",
    "ik heb mijn kamer opgeruimd, eindelijk",
    "mijn telefoon gaat uit, batterij bijna leeg",
    "ik ga een week weg met mijn ouders",
    "ik heb een afscheidskaart voor de juf gemaakt",
    # absent tomorrow
    "als ik er morgen niet ben, ben ik ziek",
    "als je niks van me hoort, ben ik op vakantie",
    "als ik er niet ben bij de groep, komt de begeleider gewoon",
    # pills
    "ik heb mijn pillen van de dokter gehaald",
    "ik spaar voor een nieuwe telefoon",
    "de tabletten tegen hoofdpijn helpen goed",
    # numb and worthless
    "ik voel niks van die prik, fijn",
    "mijn oude telefoon is niks meer waard",
    "ik voel me vies na het sporten, ik ga douchen",
    "ik kan niet in de spiegel kijken zonder te lachen om mijn kapsel",
    # reliving
    "als ik mijn ogen dichtdoe val ik zo in slaap",
    "ik hoor zijn stem op de radio, leuk",
    "ik kon niet ophouden met lachen haha",
    "ik ben al een week mijn kamer niet uit geweest door de griep",
    # self-injury
    "ik heb mijn arm opengehaald aan een spijker",
    "de kat krabde me in mijn hand",
    "mijn armen zien er bruin uit na de vakantie",
    # not eating
    "ik heb nog niet gegeten, ik ga zo pasta maken",
    "maakt niet uit, ik eet alles",
    "ik heb niet gegeten maar dat hoeft niet, er is straks pizza",
)


ALL_TEXTS: tuple[str, ...] = all_texts(
    URGENT_FAMILIES, HELD_FAMILIES, DISCLOSURE_FAMILIES, harmless=HARMLESS
)
