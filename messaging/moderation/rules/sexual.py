"""Sexual content and requests for photos, video or the camera (POLICY: hold).

Words that are sexual only in context (bikini, ondergoed, lichaam, hot, lekker) need the reader
in the same clause; her own "ik heb een nieuwe bikini gekocht" is not held. Dutch false friends are
left out on purpose: "kut" is an everyday swear word, "xxx" are kisses, "knap" is also "clever".
"""

from __future__ import annotations

from typing import Final

from messaging.moderation.decision import HOLD
from messaging.moderation.rules._base import AllOf, Pattern, RuleGroup, each_alternative

_PHOTO: Final = (
    r"\b(?:foto|fotos|foto's|fotootje|fotootjes|pic|pics|pix|picture|pictures|photo|photos|"
    r"selfie|selfies|plaatje|plaatjes|filmpje|filmpjes|video|videos|video's|vid|vids|nudes?|"
    r"naaktfoto\w*|snapje|snaps|beeld|beelden|kiekje)\b"
)
_YOU_OR_ME: Final = r"\b(?:je|jij|jou|jouw|jezelf|u|you|ur|your|yourself|urself|me|mij)\b"
_APPEARANCE: Final = (
    r"\b(?:wat\s+(?:je|jij)\s+(?:nu\s+)?(?:aan\s*hebt|aanhebt|draagt|aan\s+hebt)|hoe\s+(?:je|jij)"
    r"\s+"
    r"eruit\s*ziet|(?:je|jouw)\s+(?:lichaam|lijf|body|buik|benen|kont|billen|borsten|outfit|"
    r"kleren|nieuwe\s+kleren)|jezelf|je\s+zelf|yourself|urself|what\s+(?:you'?re|ur|you\s+are|"
    r"u\s+r)"
    r"\s+wearing|(?:your|ur)\s+(?:body|outfit))\b"
)
# Not "badpak", "handdoek", "pyjama": "neem je badpak mee voor het zwemuitje".
_CLOTHES: Final = (
    r"(?:bikini|ondergoed|lingerie|bh|beha|slipje|string|bra|panties|underwear|nachthemd|"
    r"thong|stringetje)"
)
_BODY: Final = (
    r"\b(?:lichaam|lijf|lijfje|body|kont|billen|borsten|tieten|heupen|lippen|boobs|ass|curves|"
    r"figuur)\b"
)
_APPRAISAL: Final = (
    r"\b(?:mooi|mooie|lekker|lekkere|strak|strakke|hot|sexy|nice|perfect|perfecte|geil|geile|"
    r"zien|foto|aanraken|voelen|wil|touch|see|show|vasthouden|zoenen)\b"
)

_SENTENCE_RULES = RuleGroup(
    "sexual",
    rules=(
        AllOf(
            "sexual.photo_request",
            HOLD,
            # "stuur eens een foto van jezelf", "send me a pic", "kan je een selfie sturen?"
            parts=(
                _PHOTO,
                r"\b(?:stuur|stuurt|sturen|send|doorsturen|maak|maken|snap|app|drop|show|take|"
                r"laat|laten|geef|gimme|toon)\b",
                _YOU_OR_ME,
            ),
            # she offers her own or an outing's photos: "ik stuur de foto's van het uitje"
            none_of=(
                r"\b(?:ik|we|wij)\s+(?:stuur|deel|post|zet)\b"
                r"|\b(?:ik|we)\s+(?:zal|ga|gaan|zullen)\s+(?:\w+\s+){0,4}?(?:sturen|delen|posten)"
                r"\b",
                # her own photos misused: "iemand heeft een nep-account met mijn foto's"
                r"\bnep-?(?:account|profiel)\w*|\bfake\s+(?:account|profile|profiel)\b",
            ),
        ),
        AllOf(
            "sexual.photo_request",
            HOLD,
            # "laat eens zien wat je aanhebt", "show me yourself"
            parts=(r"\b(?:laat|laten|show|toon|tonen)\b", _APPEARANCE),
        ),
        Pattern(
            "sexual.photo_request",
            HOLD,
            r"\bwat\s+(?:heb|draag)\s+(?:je|jij)\s+(?:nu\s+|vandaag\s+|vanavond\s+)?(?:aan|op)\s*"
            r"(?:\?|$)"
            r"|\bwhat\s+(?:are|r)\s+(?:you|u)\s+wearing\b"
            # the camera: "doe je camera ff aan", "turn on ur cam"
            r"|\b(?:doe|zet)\s+(?:\w+\s+){0,3}?(?:camera|cam|webcam)\s+(?:\w+\s+)?aan\b"
            r"|\bturn\s+on\s+(?:your|ur|the)\s+(?:cam|camera|webcam)\b"
            r"|\b(?:videobellen|videocall|video\s+call|cam\s+sessie|camsessie)\b"
            # "heb je foto's van jezelf / in je bikini?"
            r"|\bheb\s+(?:je|jij)\s+(?:\w+\s+){0,2}?(?:foto|fotos|foto's|pics|pictures|photos|"
            r"selfies|filmpjes|video's|videos)\s+(?:\w+\s+){0,2}?(?:van\s+jezelf|in\s+je|zonder|"
            r"van\s+je\s+(?:lichaam|body|lijf))\b"
            r"|\b(?:wanna|want\s+to|wil|would\s+love\s+to|wil\s+graag)\s+(?:\w+\s+)?(?:see|zien)\s+"
            r"(?:\w+\s+){0,2}?(?:in\s+(?:je|jouw|your|ur)|zonder|without|naked|naakt|bloot)\b",
        ),
        Pattern(
            "sexual.content",
            HOLD,
            # explicit words, sexual on their own
            r"\b(?:sexy|seksi|sexie|sexi|geil|geile|geiler|horny|naakt|naaktfoto\w*|nude|nudes|"
            r"nudez|"
            r"bloot|blote\s+foto\w*|topless|seks|sex|seksen|sexting|neuken|neukt|pijpen|pijpbeurt|"
            r"beffen|vingeren|klaarkomen|klaar\s+komen|aftrekken|porno|porn|pussy|dick|piemel|"
            r"penis|"
            r"boobs|tieten|tits|blowjob|handjob|dickpic|dick\s+pic|lekker\s+ding|hottie|maagd|"
            r"maagdelijk|virgin|18\+|kinky|kink|nsfw|onlyfans|spicy\s+(?:pic|foto|video)\w*)\b"
            r"|🍆|👅"
            # about the reader: "je bent zo hot", "je ziet er lekker uit", "you look so hot";
            # "lekker" only as a predicate, since "je bent lekker bezig" means "well done"
            r"|\b(?:je|jij|u)\s+(?:bent|ziet\s+er)\s+(?:(?:zo|echt|erg|heel|super|best|wel|toch|"
            r"gewoon)\s+){0,2}(?:hot|heet|lekker|een\s+lekker\s+ding)(?:\s+uit)?\s*"
            r"(?:[!.?,🔥😍😏🥵❤]|$|\s+(?:hoor|zeg|man|meid|schat|babe|joh|in|op|met))"
            r"|\b(?:you|u|ur|you're|youre|u\s+r)\s+(?:are\s+|look\s+|r\s+|looking\s+|is\s+)?"
            r"(?:(?:so|really|very|super|damn|hella|kinda)\s+){0,2}(?:hot|a\s+snack|fine\s+af)\b"
            # her sexual experience: "heb je het ooit met een jongen gedaan?"
            r"|\b(?:heb|hebt|heeft)\s+(?:je|jij)\s+(?:het|het\s+al|het\s+ooit|ooit|al\s+eens|"
            r"wel\s+eens)"
            r"\s+(?:\w+\s+){0,3}?met\s+(?:een\s+jongen|iemand|een\s+man|een\s+meisje|hem|je\s+\w+)"
            r"\s+"
            r"gedaan\b"
            r"|\bhave\s+(?:you|u)\s+(?:ever\s+)?(?:done\s+it|had\s+sex|slept\s+with)\b"
            # touching and kissing the reader
            r"|\b(?:ik\s+)?(?:wil|zou|ga|wanna|want\s+to|would\s+love\s+to|can'?t\s+wait\s+to)\s+"
            r"(?:je|jou|you|u)\s+(?:\w+\s+)?(?:aanraken|aan\s+raken|zoenen|kussen|voelen|strelen|"
            r"touch|kiss|feel|beffen|neuken|pijpen|vasthouden\s+in\s+bed)\b",
        ),
        AllOf(
            "sexual.content",
            HOLD,
            # "je hebt een mooi lichaam"
            parts=(r"\b(?:je|jij|jouw|your|ur|you)\b", _BODY, _APPRAISAL),
            none_of=(r"\b(?:rust|nodig|pijn|ziek|zorg|gezond|sporten|eten|dokter|arts)\b",),
        ),
        AllOf(
            "sexual.content",
            HOLD,
            # "je hebt mooie benen": body parts only with a looks word, not "strek je benen"
            parts=(
                r"\b(?:je|jij|jouw|your|ur|you)\b",
                r"\b(?:benen|billen|voeten|heupen|buik|legs|feet|thighs|bovenbenen|taille)\b",
                r"\b(?:mooi|mooie|lekker|lekkere|strak|strakke|sexy|hot|nice|perfect|perfecte|geil|"
                r"geile|"
                r"slank|slanke|gorgeous|beautiful)\b",
            ),
        ),
        Pattern(
            "sexual.content",
            HOLD,
            # the reader in underwear or without clothes: "wanna see u in ur bikini"
            rf"\b(?:in|zonder|without|alleen\s+in|only\s+in|just\s+in)\s+(?:je|jouw|your|ur|een|a)"
            rf"\s+(?:\w+\s+)?{_CLOTHES}\b"
            r"|\b(?:zonder|without)\s+(?:kleren|kleding|clothes|iets\s+aan|anything\s+on)\b"
            # "stuur iets spicy"; not "wat vies!" or "pittig eten"
            r"|\b(?:stuur|send|maak|doe|drop)\w*\s+(?:me\s+|mij\s+)?(?:iets|wat|something|een|a)\s+"
            r"(?:\w+\s+)?(?:spicy|ondeugends?|naughty|dirty|kinky|pikants?)\b"
            r"|\b(?:spicy|ondeugende|naughty|dirty|kinky|pikante)\s+(?:foto|fotos|foto's|pic|pics|"
            r"video|videos|filmpje|filmpjes|dingen|things|stuff)\b",
        ),
    ),
)

# Intent families: photos of her and how she looks, in any wording.
_FAMILIES: Final = Pattern(
    "sexual.photo_request",
    HOLD,
    # "mag ik een foto van je", "kan ik een selfie van je krijgen"
    r"\b(?:mag|kan|kun|krijg|wil)\s+(?:ik|i)\s+(?:\w+\s+){0,2}?(?:foto|fotootje|pic|pics|selfie|"
    r"selfies|plaatje|picture|photo)\w*\s+(?:\w+\s+)?(?:van\s+(?:je|jou|jezelf)|of\s+(?:you|u))\b"
    r"|\b(?:foto|fotootje|pic|selfie|plaatje)\w*\s+(?:van\s+(?:je|jou|jezelf)|of\s+(?:you|u|"
    r"yourself))"
    r"\s*\?"
    # a bare "pic?"
    r"|(?:^|[.!?,]\s*)(?:pic|pics|pix|foto|fotootje|selfie)\s*\?+"
    # "hoe zie je eruit?", "what do you look like"
    r"|\bhoe\s+zie\s+(?:je|jij)\s+(?:\w+\s+)?(?:eruit|er\s+(?:\w+\s+)?uit|uit)\b|"
    r"\bwhat\s+do\s+(?:you|u)\s+look\s+like\b"
    # "stuur me iets spannends"
    r"|\b(?:stuur|send|maak|doe|drop)\w*\s+(?:(?:je|jij|me|mij|eens|es|ff|even|nog|maar)\s+){0,3}"
    r"(?:iets|wat|something)\s+(?:\w+\s+)?(?:spannends?|spannende|stouts|sexy|ondeugend|heets|"
    r"exciting)\b",
)

# Round 8 families: what she should wear, remarks on her growing up.
_REVEALING: Final = (
    r"(?:(?:iets|wat|something)\s+(?:korts|strakks|uitdagends|sexy|bloots|short|tight|revealing|"
    r"skimpy)"
    r"|(?:korte|strakke|uitdagende|blote|sexy|short|tight|revealing|skimpy|little)\s+(?:\w+\s+)"
    r"?(?:rok|"
    r"rokje|broek|broekje|jurk|jurkje|top|topje|shirt|shirtje|short|shorts|kleren|kleding|dress|"
    r"skirt|"
    r"outfit)|minirok\w*|rokje|jurkje|naveltruitje|crop\s*top|stringetje|hakken|heels|skirt)"
)
_FAMILIES8: Final = (
    AllOf(
        "sexual.content",
        HOLD,
        # "trek iets korts aan", "doe dat korte rokje aan als je komt", "wear something short"
        parts=(rf"\b(?:trek|doe|draag|wear|put\s+on|kom\s+in)\s+(?:\w+\s+){{0,3}}?{_REVEALING}\b",),
        none_of=(
            r"\b(?:graden|warm|koud|regen|zon|zonnig|weer|heet|hitte|sport|gym|gymles|zwemmen|"
            r"hardlopen|mouwen|schaatsen|musical|toneel|bruiloft|gala|weather|hot\s+outside|"
            r"haar|nagels|nails|hair|broek\s+omdat)\b"
            r"|\b(?:ik|i)\s+(?:draag|trek|doe|wear|put|heb|had|droeg|wore|ga)\b",
        ),
        none_of_in_message=True,
    ),
    Pattern(
        "sexual.content",
        HOLD,
        # "wat trek je aan als we elkaar zien?", "draag je een rokje morgen?"
        r"\bwat\s+(?:trek|draag|doe)\s+(?:je|jij)\s+(?:\w+\s+)?aan\s+(?:als|wanneer)\s+(?:we|wij|"
        r"ik)\b"
        r"|\bwat\s+(?:trek|draag|doe)\s+(?:je|jij)\s+(?:\w+\s+)?aan\s+(?:voor\s+(?:mij|me|ons)|"
        r"bij\s+mij)\b"
        r"|\blaat\s+(?:eens\s+|ff\s+|maar\s+|dan\s+|nou\s+)?(?:meer|wat\s+meer|alles|wat\s+huid)"
        r"\s+zien\b"
        # seen and her clothes remarked on: "ik zag je vandaag bij de bushalte in dat rode jasje"
        r"|\bik\s+zag\s+(?:je|jou)\s+(?:\w+\s+){0,5}?in\s+(?:dat|die|je|jouw|zo'n)\s+(?:\w+\s+)"
        r"?(?:jasje|jas|"
        r"jurk|jurkje|rokje|broek|broekje|outfit|shirt|shirtje|trui|top|topje|legging)\b"
        r"|\bshow\s+(?:me\s+)?(?:more|some\s+skin)\s*(?:$|[^\w\s])"
        r"|\bwat\s+draag\s+(?:je|jij)\s+(?:nu|op\s+dit\s+moment|vanavond|in\s+bed)\s*(?:$|[?!.])"
        r"|\b(?:draag|draagt|trek)\s+(?:je|jij)\s+(?:\w+\s+){0,2}?(?:rokje|minirok\w*|jurkje|"
        r"korte\s+rok|"
        r"strakke\s+\w+|hakken|string|stringetje|ondergoed|lingerie|topje|naveltruitje)\b"
        # "je bent echt een vrouw geworden", "je wordt al een echte vrouw"
        r"|\b(?:je|jij)\s+(?:bent|ben)\s+(?:(?:al|echt|nu|zo|helemaal)\s+)*(?:een\s+)?(?:echte\s+|"
        r"hele\s+)?"
        r"(?:vrouw|dame)\s+geworden\b"
        r"|\b(?:je|jij)\s+(?:wordt|word)\s+(?:(?:al|echt|nu|zo|helemaal)\s+)+(?:een\s+)"
        r"?(?:echte\s+|hele\s+)?"
        r"(?:vrouw|dame)\b",
    ),
)

# Round 9 families: her underwear, mirror selfies and "what you're wearing", his photo with a
# wink, kissing, how far she has gone, dreams about her, "you looked hot", "mature for your age".
_FAMILIES9: Final = (
    AllOf(
        "sexual",
        HOLD,
        parts=(
            r"\b(?:ondergoed|onderbroek|lingerie|beha|bh|string|slipje|underwear|panties|bra|thong)"
            r"\b",
            r"\b(?:je|jij|jouw|you|u|ur|your)\b",
            r"\b(?:draag|draagt|dragen|aan|aanhebt|wearing|wear|kleur|color|colour|welke|"
            r"wat\s+voor|laat|"
            r"show|foto|pic|zien)\b",
        ),
        none_of=(
            r"\b(?:kopen|winkel|hema|zara|primark|wassen|was|kamp|inpakken|mee|koffer|sale|korting|"
            r"ik|mijn|mn)\b",
        ),
    ),
    AllOf(
        "sexual",
        HOLD,
        # "doe ff een spiegelselfie, alleen voor mij"
        parts=(
            r"\b(?:spiegelselfie\w*|spiegel\s+selfie\w*|mirror\s*selfie\w*|mirror\s+pic\w*|"
            r"full\s*body\s*"
            r"(?:pic|foto)\w*|bikinifoto\w*|bikini\s+pic\w*)\b",
            r"\b(?:stuur|doe|maak|send|take|wil|laat|show|mag|voor\s+mij|for\s+me|alleen)\b",
        ),
    ),
    Pattern(
        "sexual",
        HOLD,
        # "wil zien wat je aan hebt", "alleen voor mij"
        r"\b(?:wil|wilde|wanna|want\s+to|laat)\s+(?:\w+\s+)?(?:zien|see)\s+wat\s+(?:je|jij|you|u)"
        r"\s+"
        r"(?:nu\s+|vandaag\s+)?(?:aan\s*hebt|aanhebt|draagt|are\s+wearing|wearing|r\s+wearing)\b"
        # "hoe ver ben jij al gegaan met jongens", "ben je nog maagd"
        r"|\bhoe\s+ver\s+(?:ben|ga|ging|zou)\s+(?:jij|je)\s+(?:\w+\s+){0,3}?(?:gegaan|gaan)\b"
        r"(?=.*\b(?:jongens|jongen|meisjes|mannen|vriend|vriendje|bed|seks|sex)\b)"
        r"|\bhow\s+far\s+(?:have|did|would)\s+(?:you|u)\s+(?:\w+\s+)?(?:gone|go)\s+with\b"
        r"|\b(?:ben|bent)\s+(?:jij|je)\s+(?:\w+\s+)?(?:nog\s+)?(?:maagd|virgin)\b"
        r"|\b(?:are|r)\s+(?:you|u)\s+(?:still\s+)?(?:a\s+)?virgin\b"
        r"|\b(?:heb|hebt)\s+(?:jij|je)\s+(?:\w+\s+)?(?:al\s+)?(?:eens\s+)?(?:seks|sex)\s+gehad\b"
        # "u looked so hot today", "je ziet er lekker uit"
        r"|\b(?:you|u|ya)\s+(?:\w+\s+)?(?:looked|look|looks|were|are)\s+(?:\w+\s+)?(?:so\s+|"
        r"really\s+)?"
        r"(?:hot|sexy)\b"
        r"|\b(?:je|jij)\s+(?:\w+\s+)?(?:zag|ziet|was|bent)\s+(?:er\s+)?(?:\w+\s+)?(?:zo\s+|echt\s+)"
        r"?"
        r"(?:sexy|geil|lekker\s+uit)\b"
        # grooming: "volwassener dan andere meiden", "ik zie je niet meer als een kind"
        r"|\bvolwassener\s+dan\s+(?:andere|de\s+meeste|meiden|meisjes)\b"
        r"|\bmore\s+mature\s+than\s+(?:other|most)\b"
        r"|\bzie\s+(?:je|jou)\s+(?:\w+\s+)?niet\s+(?:meer\s+)?als\s+(?:een\s+)?kind\b",
    ),
    AllOf(
        "sexual",
        HOLD,
        # "wil je een foto van mij zien? niet schrikken 😏"
        parts=(
            r"\b(?:foto|fotootje|pic|selfie|filmpje)\w*\s+van\s+(?:mij|me)\b|\bpic\s+of\s+me\b",
            r"😏|🥵|😈|🍆|💦|\bniet\s+schrikken\b|\bspeciaal\s+voor\s+(?:jou|je)\b|\bstout\w*"
            r"|\bondeugend\w*|\bspicy\b|\bnaughty\b",
        ),
        across_clauses=True,
    ),
    AllOf(
        "sexual",
        HOLD,
        # "ik zou je zo graag zoenen", "i want to kiss you"
        parts=(
            r"\b(?:zoenen|zoen|tongen|kiss|kissing|make\s+out)\b",
            r"\b(?:je|jou|jij|you|u)\b",
            r"\b(?:graag|wil|zou|wanna|want|would|love\s+to|zin)\b",
        ),
        none_of=(
            r"\b(?:film|serie|boek|haha\w*|lol)\b"
            r"|\b(?:hij|zij|ze|mijn\s+\w+|mn\s+\w+)\s+(?:\w+\s+)?(?:wil|wilde|vroeg|vraagt|"
            r"probeerde)\b",
        ),
        none_of_in_message=True,
    ),
    AllOf(
        "sexual",
        HOLD,
        # "ik droom over jou, wil je weten wat we dan doen?"
        parts=(
            r"\b(?:droom|droomde|dromen|dream|dreamt|dreamed|fantaseer\w*|fantasize\w*)"
            r"\s+(?:\w+\s+){0,3}?"
            r"(?:over|about|van)\s+(?:jou|je|you|u)\b",
            r"\bwat\s+we\s+(?:\w+\s+)?(?:doen|deden)\b|\bwhat\s+we\s+(?:do|did)\b|😏|🥵|😈|\bstout"
            r"|\bspannend|\bnaughty",
        ),
    ),
)


# Round 10 families: photo requests in other words ("doe eens een foto in je pyjama", "stuur pic",
# "heb je nog van die foto's van toen"), questions about her sexual experience, her body appraised
# ("je lijf is echt heet", "zo hot geworden"), dreams and thoughts about her in bed, wanting to
# touch her, paid posing and webcams.
_NOT_THAT_PHOTO10: Final = (
    r"(?!\s*(?:van|of)\s+(?:je\s+|jouw\s+|your\s+|the\s+|de\s+|het\s+|jullie\s+)?(?:huiswerk|"
    r"tekening|"
    r"opdracht|rooster|hond|kat|taart|eten|schema|homework|drawing|dog|cat|werkstuk|antwoorden|bon|"
    r"recept|planning|kamer|uitzicht|groep|klas))"
)
_FAMILIES10: Final[tuple[Pattern | AllOf, ...]] = (
    Pattern(
        "sexual",
        HOLD,
        r"\b(?:stuur|send|drop|snap)\s+(?:\w+\s+){0,2}?(?:selfie|selfies|pic|pics|pix|picture|"
        r"fotootje|"
        r"fototje)\b"
        + _NOT_THAT_PHOTO10
        + r"|\b(?:doe|maak|neem)\s+(?:eens|ff|even|nou|maar)\s+(?:een\s+)?foto\s+"
        r"(?:van\s+(?:je|jou)\s+(?!(?:huiswerk|tekening|opdracht|rooster|hond|kat|taart|eten|"
        r"schema|"
        r"werkstuk|antwoorden|kamer|uitzicht|klas|konijn|cavia|paard|schilderij|knutsel\w*)\b)\w+"
        r"|van\s+jezelf|in\s+(?:je|jouw|die|dat))\b"
        + r"|\bfoto\s+in\s+(?:je|jouw|die|dat|haar)\s+(?:\w+\s+)?(?:pyjama|jurk|rok|rokje|bikini|"
        r"ondergoed|"
        r"legging|badpak|nachtjapon|lingerie|topje|bed|string|bh)\b"
        r"|\bheb\s+je\s+(?:\w+\s+)?(?:een\s+)?foto\s+(?:voor\s+(?:me|mij)|in\s+(?:die|dat|je))\b"
        r"|\b(?:nog\s+meer|more)\s+(?:foto'?s\s+|pics\s+)?(?:van|of)\s+(?:jezelf|yourself)\b"
        r"|\bstuur\s+(?:eens|ff|even)\s+een\s+echte\b|\bsend\s+(?:me\s+)?a\s+real\s+one\b"
        r"|\bheb\s+je\s+nog\s+(?:van\s+)?(?:die|de)\s+foto'?s\s+van\s+(?:toen|vroeger|vorig\s+jaar)"
        r"\b"
        r"|\blaat\s+(?:eens|ff|even|maar)\s+(?:wat\s+)?zien\b(?=.*(?:😈|😏|😉|🔥|😘|👅|\b(?:jurk|lichaam|"
        r"rok|"
        r"bikini|pyjama|lijf|body|ondergoed|foto)\b))"
        r"|\bf\s+o\s+t\s+o\b|\bsend\s+(?:me\s+)?something\s+(?:nice|cute|hot|sexy|special)\b"
        r"|\b(?:foto|pic|pics|selfie)\b(?:\s+\w+){0,5}?[\s?]+zonder\s+(?:shirt|shirtje|kleren|bh|"
        r"broek|top)\b"
        r"|\b(?:blote|naakte)\s+(?:pics|foto'?s|fotos|pic|foto|selfies?)\b|\b(?:een\s+)"
        r"?beetje\s+bloot\b"
        r"|\b(?:spicy|sexy|pittige|hete|hot|naughty)\s+(?:selfie|foto|pic|pics|fotos|foto's)\b"
        # (not "een pittige foto van de curry": the food is spicy)
        r"(?!\s+(?:van|of)\s+(?:de|het|die|dat|mijn|m'n|mn|the|my)\s+(?:\w+\s+)?(?:curry|eten|soep|"
        r"gerecht|saus|pepers?|chili|taco'?s|wraps?|pizza|food|dish|sambal|maaltijd|avondeten)\b)"
        r"|\bposeren\b(?=.*\b(?:fotograaf|foto|betal\w*|geld|cam)\b)"
        r"|\bwebcam\b(?=.*\b(?:betalen|betaalt|geld|verdienen|mannen)\b)"
        r"|\bbetaa?l\w*\s+(?:goed\s+)?voor\s+(?:foto'?s|fotos|pics|filmpjes)\b"
        # her experience: "ben je al eens met iemand naar bed geweest", "hoe ver zijn jullie gegaan"
        r"|\b(?:ben|heb)\s+(?:je|jij)\s+(?:al\s+|wel\s+|ooit\s+)?(?:eens\s+|ooit\s+)"
        r"?met\s+(?:iemand|een\s+jongen|"
        r"een\s+man|hem)\s+(?:naar\s+bed\s+geweest|geslapen|gezoend|gezoent|seks\s+gehad|gevreeen)"
        r"\b"
        r"|\bhoe\s+ver\s+(?:zijn|ben|gaan|ging|gingen)\s+(?:jullie|je|jij)\b(?:\s+\w+)"
        r"?\s+(?:gegaan|gaan)\b"
        r"|\bheeft\s+toch\s+(?:wel\s+)?ervaring\b|\bhave\s+you\s+ever\s+(?:slept\s+with|had\s+sex|"
        r"kissed)\b"
        r"|\bmet\s+(?:me|mij)\s+naar\s+bed\b|\bsleep\s+with\s+me\b"
        # her body: "je lijf is echt heet", "zo hot geworden", "ze kunnen niet van je afblijven"
        r"|\b(?:je|jouw|your|ur)\s+(?:lichaam|lijf|figuur|body|benen|billen|kont|borsten|tieten|"
        r"legs|curves)\b"
        r"(?:\s+\w+){0,5}?\s+(?:heet|hot|sexy|geil|niet\s+normaal|so\s+well|fire)\b"
        r"|\b(?:je|your)\s+(?:lichaam|lijf|body)\s+ook\b"
        r"|\b(?:in\s+die|that)\s+(?:rok|jurk|legging|bikini|dress|skirt)\b.{0,20}\bniet\s+normaal\b"
        r"|\b(?:je\s+bent|jij\s+bent|you'?ve|you\s+have|ur)\s+(?:zo|echt|super|really|so)\s+(?:hot|"
        r"sexy|geil|"
        r"lekker)\s+(?:geworden|become|gotten)\b"
        r"|\b(?:profielfoto|pf|pfp)\s+(?:is\s+)?(?:zo|echt|super)\s+(?:hot|sexy|heet|geil)\b"
        r"|\b(?:boys|guys|men|jongens|mannen)\s+(?:can'?t|kunnen)\s+(?:\w+\s+)"
        r"{0,2}?(?:keep\s+their\s+eyes\s+off|"
        r"niet\s+van\s+(?:je|jou)\s+afblijven)\b"
        r"|\b(?:wil|zou|wou)\s+(?:je|jou)\s+(?:\w+\s+){0,2}?(?:aanraken|aan\s+raken|zoenen|"
        r"(?<!\bhet )(?<!\been )(?<!\bdat )(?<!\bmijn )(?<!\bje )kussen|touch|kiss)\b"
        r"|\bwhat\s+are\s+you\s+wearing\b|\bwat\s+(?:heb|draag)\s+(?:je|jij)\s+(?:\w+\s+)"
        r"?(?:aan\s+)?in\s+bed\b"
        r"|\b(?:aan\s+(?:je|jou)\s+(?:te\s+)?denk\w*|denk\w*\s+(?:\w+\s+)?aan\s+(?:je|jou))"
        r"\s+als\s+ik\s+in\s+"
        r"(?:bed|de\s+douche|bad)\b",
    ),
    *each_alternative(
        AllOf(
            "sexual",
            HOLD,
            # "ik droom steeds over jouw lichaam", "wil je weten wat ik droom? 🔥"
            parts=(
                r"\b(?:droom|droomde|dromen|dream|dreamt|dreaming|fantaseer\w*)\s+(?:\w+\s+)"
                r"{0,3}?(?:over|about|of)\s+"
                r"(?:je|jou|jouw|you|your)\b",
                r"\b(?:lichaam|lijf|body|bed|fijn|gebeurde|zulke\s+dromen|wat\s+ik\s+droom|nacht)"
                r"\b|🔥|😏|😈|🥵",
            ),
            across_clauses=True,
        )
    ),
    *each_alternative(
        AllOf(
            "sexual",
            HOLD,
            # "heb je wel eens een vriendje gehad? wat hebben jullie allemaal gedaan?"
            parts=(
                r"\bhoe\s+ver\b|\bwat\s+hebben\s+jullie\s+(?:allemaal\s+)?(?:gedaan|uitgespookt)\b|"
                r"\bervaring\b",
                r"\b(?:vriendje|vriendjes|jongen|jongens|boyfriend)\b",
            ),
            none_of=(r"\b(?:werk\w*|stage|school|vakantie|baan|sollicit\w*)\b",),
            none_of_in_message=True,
            across_clauses=True,
        )
    ),
    *each_alternative(
        AllOf(
            "sexual",
            HOLD,
            # "that dress suited your body so well, i couldn't stop thinking about you"
            parts=(
                r"\b(?:couldn'?t|can'?t)\s+stop\s+thinking\s+about\s+you\b|"
                r"\bkan\s+niet\s+stoppen\s+met\s+"
                r"(?:aan\s+)?(?:je|jou)\s+(?:te\s+)?denken\b",
                r"\b(?:body|lichaam|lijf|dress|jurk|beautiful|mooi|hot|sexy|bed)\b",
            ),
            across_clauses=True,
        )
    ),
)


# Round 11 (train_n, train_o): photo requests without the words.
_FAMILIES11: Final = Pattern(
    "sexual.photo_request",
    HOLD,
    r"\b(?:minder|niet\s+zo)\s+(?:netjes\s+)?aangekleed\b"
    r"|\b(?:pittig|pittige|spannend|spannende|ondeugend|ondeugende|sexy)\s+(?:foto|fotootje|"
    r"plaatje|filmpje|"
    r"selfie)\w*(?=[^.!?]*\b(?:mag|stuur|sturen|voor\s+mij|voor\s+me|van\s+jou|van\s+je)\b)"
    r"|\b(?:stuur|maak|doe)\s+(?:me\s+|eens\s+|ff\s+|even\s+|maar\s+)*(?:een\s+)?(?:pittig|pittige|"
    r"spannend|"
    r"spannende|ondeugend|ondeugende|sexy)\s+(?:foto|fotootje|plaatje|filmpje|selfie)"
    r"|\bonly\s+i\s+(?:get\s+to|can)\s+see\b"
    r"|\blaat\s+(?:me|mij)\s+(?:eens\s+|ff\s+)?wat\s+meer\s+zien\s*(?:[.…😏😘😉🔥]|$)"
    r"|\b(?:stukje|beetje)\s+lager\s*(?:[.!…😏😘😉⬇️]|$)"
    r"|\b(?:stuur|doe|maak)\s+(?:me\s+|maar\s+|even\s+|ff\s+)*(?:een\s+)?spiegelselfie\b"
    r"|\bspiegelselfie\s+is\s+genoeg\b"
    r"|\b(?:foto|fotootje|filmpje|selfie)\w*\b.*\b(?:jouw\s+beurt|voor\s+mij\s+alleen)\b",
)


# Round 12 (train_q, train_r): sexual interest without the usual words. Her body appraised
# ("je lichaam is zo veranderd", "🔥🍑"), "knap voor je leeftijd, echt al een vrouw", a picture
# of her legs or in her pyjamas, "wat draag je als je gaat slapen?", "heb je al eens gezoend? dat
# kan ik je leren", love as proof ("als je echt van me houdt bewijs je dat"), "show me when you
# try it on", a video call from the bathroom, clothes off for the camera, "meer huid", and
# leetspeak undone by the normaliser ("n00dz", "b00bz pic", "s3xy", "g3il").
_BODY12: Final = (
    r"(?:lichaam|lijf|body|kont|billen|benen|borsten|figuur|heupen|buik|boobs|tieten|legs|ass|butt)"
)
_FAMILIES12: Final[tuple[Pattern | AllOf, ...]] = (
    Pattern(
        "sexual",
        HOLD,
        rf"\b(?:je|jouw|your|ur)\s+{_BODY12}\s+(?:is|zijn|ziet\s+er|looks?|lijkt)\b[^.!?]{{0,30}}?"
        r"(?:🔥|🍑|🥵|🤤|😍|😏|\b(?:heet|hot|lekker|sexy|geil|strak|veranderd|gegroeid|volwassen|"
        r"rond|vol|perfect|changed|grown)\b)"
        r"|\b(?:knap|mooi|sexy|rijp|hot|pretty|mature|beautiful)\s+(?:voor|for)\s+(?:je|jouw|your|"
        r"ur)\s+"
        r"(?:leeftijd|age)\b"
        r"|\b(?:echt|al|helemaal)\s+(?:al\s+)?een\s+(?:echte\s+)?vrouw\b(?!\s+(?:van|die|met)\b)"
        r"|\b(?:such|already)\s+a\s+(?:real\s+)?woman\b"
        r"|\b(?:nudes|boobs|naaktfoto'?s?|naakt\s*foto'?s?)\b"
        # a picture of her body or of her in bed clothes
        r"|\b(?:plaatje|foto|fotootje|pic|pics|selfie|picture|photo)\s+van\s+(?:je|jouw|your)"
        rf"\s+{_BODY12}\b"
        r"|\b(?:plaatje|foto|fotootje|pic|pics|selfie|picture|photo)\s+(?:van|of)\s+(?:je|jou|"
        r"jezelf|you)\s+"
        r"(?:in|in\s+your)\s+(?:je\s+|jouw\s+|die\s+|dat\s+|een\s+)?(?:\w+\s+)?(?:pyjama|ondergoed|"
        r"bikini|"
        r"badpak|slipje|bh|nachtjapon|nachthemd|handdoek|onderbroek|string|lingerie|bed|pajamas|"
        r"pyjamas|"
        r"underwear|towel)\b"
        r"|\bwat\s+(?:draag|heb)\s+(?:je|jij)\s+(?:\w+\s+){0,2}?(?:aan\s+)?(?:als|wanneer|in)"
        r"\s+(?:je\s+|jij\s+)?"
        r"(?:gaat\s+)?(?:slapen|slaapt|bed|douchen|doucht)\b"
        r"|\bwhat\s+(?:do\s+)?(?:you|u)\s+wear\s+(?:to\s+bed|when\s+(?:you|u)\s+sleep|in\s+bed)\b"
        # her sexual experience: "heb je al eens gezoend?", "ben je nog maagd?"
        r"|\bheb\s+(?:je|jij)\s+(?:al\s+)?(?:eens|ooit)\s+(?:gezoend|getongd|gevreeen|seks\s+gehad|"
        r"sex\s+gehad)\b"
        r"|\bhave\s+(?:you|u)\s+(?:ever\s+)?(?:been\s+kissed|kissed\s+(?:anyone|someone|a\s+boy)|"
        r"had\s+sex)\b"
        r"|\b(?:ben\s+(?:je|jij)|are\s+(?:you|u))\s+(?:nog\s+|still\s+)?(?:maagd|a\s+virgin)\b"
        # love as proof: "als je echt van me houdt bewijs je dat wel"
        r"|\bals\s+(?:je|jij)\s+(?:echt\s+)?(?:van\s+(?:me|mij)\s+houdt|om\s+(?:me|mij)\s+geeft)"
        r"\b[^.!?]*?"
        r"\b(?:bewijs|bewijzen|laat\s+je|doe\s+je|stuur\s+je)\b"
        r"|\bif\s+(?:you|u)\s+(?:really\s+)?(?:love|loved|cared\s+about)\s+me\b[^.!?]*?\b(?:prove|"
        r"show|you'?d|send)\b"
        # "meer huid", a video call from the bathroom
        r"|\b(?:meer|wat\s+meer)\s+huid\b|\bmore\s+skin\b"
        r"|\b(?:video\s?bel\w*|videocall\w*|facetime\w*|belletje|call|foto|selfie|pic)"
        r"\b[^.!?]{0,25}?"
        r"\b(?:vanuit|uit|from)\s+(?:de|je|jouw|the|your)\s+(?:badkamer|douche|bathroom|shower|bad|"
        r"bed)\b",
    ),
    AllOf(
        "sexual",
        HOLD,
        # "dat kan ik je wel leren" about kissing
        parts=(
            r"\b(?:gezoend|zoenen|zoent|zoen|kussen|gekust|tongen|seks|sex|vrijen|kiss|kissing|"
            r"kissed)\b",
            r"\b(?:kan|wil|zal)\s+ik\s+(?:het\s+|dat\s+)?(?:je|jou)\s+(?:\w+\s+)?(?:leren|"
            r"laten\s+zien|voordoen)\b"
            r"|\bik\s+(?:kan|wil)\s+(?:je|jou)\s+(?:dat\s+|het\s+)?(?:wel\s+)?(?:leren|"
            r"laten\s+zien|voordoen)\b"
            r"|\bi\s+(?:can|could|will)\s+(?:teach|show)\s+(?:you|u)\b",
        ),
        across_clauses=True,
    ),
    AllOf(
        "sexual",
        HOLD,
        # "show me when you try that dress on", "laat zien als je die bikini aanhebt"
        parts=(
            r"\bshow\s+me\s+when\s+(?:you|u)\s+(?:try|put)\s+(?:it|them|that|this)\s+on\b"
            r"|\blaat\s+(?:me|mij)\s+(?:\w+\s+)?zien\s+(?:als|wanneer)\s+(?:je|jij)\s+(?:het|hem|"
            r"die|m|'m)\s+"
            r"(?:aan\s*(?:hebt|doet|trekt)|aanhebt|aandoet|aantrekt|past)\b",
            r"\b(?:jurk|jurkje|rok|rokje|bikini|badpak|lingerie|ondergoed|topje|crop\s?top|dress|"
            r"skirt|"
            r"swimsuit|underwear|nightie|pyjama|😘|😏|😉)|😘|😏|😉",
        ),
        across_clauses=True,
    ),
    AllOf(
        "sexual",
        HOLD,
        # "doe je top eens uit voor de camera"
        parts=(
            r"\b(?:doe|trek)\s+(?:je|jouw)\s+(?:top|topje|shirt|shirtje|trui|bh|broek|rok|jurk|"
            r"kleren|hemd|"
            r"blouse)\s+(?:\w+\s+){0,2}?uit\b|\btake\s+(?:off\s+)?(?:your|ur)\s+(?:top|shirt|bra|"
            r"clothes)\b",
            r"\b(?:camera|cam|webcam|foto|video|voor\s+mij|for\s+me|bellen|facetime|laten\s+zien|"
            r"show)\b",
        ),
        across_clauses=True,
    ),
)


# Round 14 (heldout15-22): her body and clothes asked about without a sexual word. What is under
# her clothes ("laat ff zien wat je onder die hoodie hebt"), her in nightwear or tight clothes to
# be seen ("een selfie in je pyjama, alleen voor mij?", "ik zou je zo graag in lingerie zien"),
# her body desired ("een lichaam waar jongens gek van worden", "ik moet de hele tijd aan je lippen
# denken"), her without clothes remembered, and her sexual past asked about.
_CLOTHES14: Final = (
    r"(?:pyjama|pyama|pj'?s|pajamas|pyjamas|lingerie|ondergoed|onderbroek|slipje|string|bh|beha|"
    r"bra|"
    r"bikini|badpak|nachtjapon|nachthemd|topje|crop\s*top|strakke\s+\w+|kleine\s+\w+|korte\s+\w+|"
    r"underwear|nightie|tight\s+\w+|swimsuit)"
)
_ROUND14: Final[tuple[Pattern | AllOf, ...]] = (
    Pattern(
        "sexual",
        HOLD,
        # "laat zien wat je onder die hoodie hebt", "show me what's under the hoodie"
        r"\bwat\s+(?:je|jij)\s+(?:\w+\s+)?onder\s+(?:die|dat|je|jouw|de|het)\s+\w+\s+(?:hebt|"
        r"draagt|aan\s+hebt)\b"
        r"|\bwhat'?s\s+under\s+(?:that|the|your|ur)\s+\w+\b|\bwhat\s+(?:you|u)\s+(?:have|got|wear)"
        r"\s+"
        r"under\b"
        # "heb je het ooit gedaan met een oudere jongen?"
        r"|\b(?:heb|hebt)\s+(?:je|jij)\s+(?:het\s+)?(?:ooit|al\s+eens|wel\s+eens|weleens|al\s+ooit)"
        r"\s+"
        r"(?:het\s+)?gedaan\s+met\s+(?:een\s+)?(?:\w+\s+)?(?:jongen|man|vent|gast|meisje|iemand|"
        r"kerel)\b"
        r"|\bhave\s+(?:you|u)\s+ever\s+(?:done\s+it|had\s+sex|slept\s+with)\b",
    ),
    AllOf(
        "sexual",
        HOLD,
        # her in clothes to be seen: "een selfie in je pyjama voor het slapengaan, alleen voor
        # mij?", "je ziet er vast schattig uit in je pyjama, laat eens zien", "ik wil een foto van
        # je in die strakke jeans", "ik zou je zo graag in lingerie zien"
        parts=(
            rf"\b(?:in|wearing)\s+(?:je|jouw|die|dat|een|your|ur|that|those)?\s*{_CLOTHES14}\b",
            r"\b(?:laat\s+(?:\w+\s+)?zien|zien|selfie|foto|fotootje|pic|pics|picture|photo|show|"
            r"see)\b",
            r"\b(?:je|jij|jou|you|u|ur|your)\b",
        ),
        # (shopping and the group's beach day: "ik zag een bikini in de uitverkoop")
        none_of=(r"\b(?:uitverkoop|winkel|webshop|kopen|gekocht|bestellen|zwemles|de\s+groep)\b",),
        across_clauses=True,
    ),
    AllOf(
        "sexual",
        HOLD,
        # her body desired: "je hebt echt een lichaam waar jongens gek van worden", "ik moet de hele
        # tijd aan je lippen denken", "hoe je eruitzag in dat kleine topje", "het mooist zonder
        # make-up en zonder al die kleren"
        parts=(
            r"\b(?:lichaam|lijf|lijfje|body|lippen|lips|kont|billen|borsten|tieten|heupen|benen|"
            r"kleren|kleding|clothes|topje|rokje|jurkje|shortje|broekje|bikini)\b",
            r"\b(?:gek\s+van|denken\s+aan|denk\s+aan|dacht\s+aan|think\s+about|thinking\s+about|"
            r"aan\s+(?:je|jouw)\s+\w+\s+(?:denken|denk|dacht)|(?:denk|denken|dacht)\s+(?:\w+\s+)"
            r"{1,3}?aan\s+"
            r"(?:je|jouw|hoe\s+je)|"
            r"zonder\s+(?:\w+\s+){0,3}?(?:kleren|kleding|clothes)|eruitzag|eruit\s+zag|looked|"
            r"in\s+dat\s+(?:kleine|korte|strakke)|zoenen|kussen|aanraken|touch)\b",
            r"\b(?:je|jij|jou|jouw|you|ur|your)\b",
        ),
        # (sport, health and a wash: "goed voor je lichaam", "je kleren in de was")
        none_of=(
            r"\b(?:sport|sporten|gezond|beweging|dokter|huisarts|was|wassen|droger|inpakken|"
            r"koffer|opruimen|eten|slaap|rust)\b",
        ),
    ),
    AllOf(
        "sexual",
        HOLD,
        # her looks praised, then a new picture of her: "je bent zo mooi geworden, ik zou best een
        # recente foto van je willen zien", "you've grown so pretty, send me a new pic"
        parts=(
            r"\b(?:recente|nieuwe|verse|actuele|new|recent)\s+(?:foto|fotootje|selfie|pic|picture|"
            r"photo)\b"
            r"|\bfoto\s+van\s+(?:je|jou)\s+(?:\w+\s+){0,2}?zien\b",
            r"\b(?:mooi|knap|sexy|lekker|hot|pretty|beautiful|cute|schattig)\s*(?:geworden|grown|"
            r"become)?\b",
            r"\b(?:je|jij|jou|you|u)\b",
        ),
        none_of=(
            r"\b(?:pasfoto|ov|id|ID-kaart|profielfoto\s+voor\s+de\s+app|coordinator\w*|de\s+groep)"
            r"\b",
        ),
        across_clauses=True,
    ),
)
# Each alternative of an AllOf's first part gated on its own words (see `each_alternative`).
_FAMILIES14: Final = tuple(
    part
    for rule in _ROUND14
    for part in (each_alternative(rule) if isinstance(rule, AllOf) else (rule,))
)


RULES = RuleGroup(
    "sexual",
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
