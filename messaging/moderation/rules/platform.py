"""Moves to other apps, platforms, calls or a second phone (POLICY: hold)."""

from __future__ import annotations

from typing import Final

from messaging.moderation.decision import HOLD
from messaging.moderation.lexicons import PLATFORM, PLATFORM_STRONG, SOFT, YOUR, alt
from messaging.moderation.rules._base import (
    AllOf,
    Context,
    Hit,
    Pattern,
    RuleGroup,
    each_alternative,
)

_TALK: Final = alt(
    "praten", "praat", "chatten", "chat", "verder", "bellen", "bel", "appen", "app", "sturen",
    "stuur", "talk", "text", "texten", "move", "switch", "overstappen", "spreken",
    "spreek", "dm", "dm'en", "dmen", "berichtje", "bericht", "berichten", "message", "msg",
    "videobellen", "facetimen", "contact", "kletsen", "prive", "veiliger", "safer", "private",
    "toevoegen", "adden", "add", "hit me up", "hmu", "sms", "smsen", "sms'en", "continue",
    "afspreken", "zie", "zien", "see", "spreek", "catch",
)  # fmt: skip
_PREP: Final = r"(?:op|via|naar|in|on|over|to|onto|through|met)\s+(?:de\s+|het\s+|een\s+)?"
# "de app", "deze app", "in de app": the app itself, not WhatsApp. Fixed-width look-behinds.
_THE_APP_WORDS: Final = (
    "de", "deze", "die", "een", "het", "onze", "jullie", "the", "this", "that", "my", "an",
)  # fmt: skip


def _not_the_app(*verbs: str) -> str:
    """The verbs, each not right after one of ``_THE_APP_WORDS``.

    The look-behinds sit after each verb rather than before the alternation, so the pattern
    starts with literals and ``re`` can scan for them instead of trying every position.
    """
    return alt(*(v + "".join(rf"(?<!\b{w} {v})" for w in _THE_APP_WORDS) for v in verbs))


# Verbs that take the conversation to a phone or another app. Not "snap": "ik snap je" is
# "I understand you".
_CALL_VERB: Final = alt(
    "app", "sms", "bel", "text", "call", "facetime", "whatsapp", "ping", "ring", "skype",
    "telegram",
)  # fmt: skip
_CALL_VERBS_ME: Final = (
    "app", "sms", "bel", "text", "call", "facetime", "whatsapp", "ping", "ring", "skype",
    "telegram", "insta", "dm", "pm", "mail", "email",
)  # fmt: skip
# Who is addressed or included: the move is about this conversation, not her chat with a friend.
_US_OR_YOU: Final = (
    r"\b(?:we|wij|je|jij|jou|u|you|ya|let'?s|laten|zullen|kunnen|ons|us|me|mij|ik\s+\w+\s+je)\b"
)
# For "heb je een ... telefoon?" only words that mean a *second* device: "heb je een nieuwe
# telefoon?" is small talk.
_SECOND_Q: Final = alt(
    "ander", "andere", "tweede", "extra", "geheim", "geheime", "prive", "prepaid", "reserve",
    "fake", "nep", "second", "another", "other", "secret", "burner", "spare", "alt", "aparte",
)  # fmt: skip
_SECOND: Final = alt(
    "ander", "andere", "anders", "tweede", "extra", "geheim", "geheime", "nieuw", "nieuwe",
    "prive", "prepaid", "reserve", "fake", "nep", "second", "another", "other", "secret",
    "burner", "spare", "new", "alt", "apart", "aparte", "eigen",
)  # fmt: skip
_DEVICE: Final = alt(
    "telefoon", "telefoontje", "mobiel", "mobieltje", "gsm", "phone", "simkaart", "sim",
    "simkaartje", "nummer", "number", "account", "accountje", "profiel", "insta", "snap",
    "snapchat", "app", "appje",
)  # fmt: skip


def _disguised_platform(ctx: Context) -> list[Hit]:
    """A platform name written to get past a filter ("w h a t s a p p", "sn@p") is a move."""
    norm = ctx.norm
    # (a disguised name always came from a rewrite, so the position map exists)
    for o_start, o_end in norm.disguised:
        # report it on the normalised span that covers this original span
        for i, start in enumerate(norm.starts):
            if start >= o_start:
                j = i
                while j < len(norm.ends) and norm.ends[j] <= o_end:
                    j += 1
                return [Hit("platform.disguised", "platform", HOLD, "content", i, max(j, i + 1))]
    return []


_SENTENCE_RULES = RuleGroup(
    "platform",
    rules=(
        Pattern(
            "platform.move",
            HOLD,
            # "heb je snap", "zit je op insta", "ben je ook op tiktok"
            rf"\b(?:heb|hebt|zit|ben|sta)\s+(?:je|jij|u)\s+(?:\w+\s+){{0,2}}?(?:op\s+|on\s+)?"
            rf"{PLATFORM}\b"
            # "wat is je snapchat", "geef me je insta"
            rf"|\b(?:wat\s+is|wat's|whats|what's|what\s+is|wats|geef|stuur|drop|gimme|give|send)"
            rf"\s+(?:me\s+|mij\s+)?{YOUR}\s+{PLATFORM}\b"
            # "add me op snap", "dm me op ig", "volg me ff op insta"
            rf"|\b(?:add|adden|volg|zoek|follow|dm|pm|sms|app|bel|text|facetime|snap|message|msg|"
            rf"hit|contact|vind|find|spreek)\w*\s+(?:{SOFT}\s+)?(?:me|mij|ons|us)\b"
            rf"(?:\s+(?:{SOFT}|up|terug|back|ook|also)){{0,2}}\s+(?:op|on|via|in|at)\s+(?:de\s+)"
            rf"?{PLATFORM}"
            # "whatsapp me", "insta me"
            rf"|\b{PLATFORM_STRONG}\s+(?:me|mij)\b|\bsnap\s+(?:me|mij)\b(?!\s+niet)"
            # "do u have snapchat", "are you on insta", "you on snap?"
            rf"|\b(?:do|have|did)\s+(?:you|u|ya)\s+(?:have|got|use)\s+(?:an?\s+)?{PLATFORM}\b"
            rf"|\b(?:are|r)\s+(?:you|u)\s+(?:\w+\s+)?on\s+{PLATFORM}\b"
            rf"|\b(?:you|u)\s+(?:on|got|have)\s+{PLATFORM}\s*\?"
            r"|\bhmu\b|\bhit\s+me\s+up\b"
            # "jij ook op snap?", "ben je ook op tiktok?"
            rf"|\b(?:jij|je|u|you|ya)\s+(?:ook\s+|nog\s+|al\s+)?(?:op|on)\s+{PLATFORM}\s*\?"
            # a bare platform name as a question: "snapchat?", "en insta?", "je ig?"
            rf"|(?:^|[.!?,]\s*|\b(?:en|of|and|or|ook)\s+)(?:{YOUR}\s+)?{PLATFORM}\s*\?"
            # "laten we naar telegram gaan", "switch to signal"
            rf"|\b(?:naar|to)\s+{PLATFORM}\s+(?:\w+\s+)?(?:gaan|overstappen|switchen|moven|"
            r"verhuizen)\b"
            rf"|\b(?:ga|gaan|move|switch|overstappen|verhuizen)\w*\s+(?:\w+\s+){{0,2}}?(?:naar|to)"
            r"\s+"
            rf"{PLATFORM}\b",
        ),
        AllOf(
            "platform.move",
            HOLD,
            # "laten we naar telegram gaan", "via wa praten", "ik stuur je een dm op tiktok"
            parts=(rf"\b{_PREP}{PLATFORM}\b", rf"\b{_TALK}\b", _US_OR_YOU),
            none_of=(
                r"\b(?:verwijderd|gedeletet|deleted|weg\s+gedaan|weggedaan|gestopt\s+met)\b",
                # (a report of the past: "iemand heeft me op insta een dm gestuurd")
                r"\b(?:iemand|hij|ze|zij|een\s+\w+|someone)\s+(?:heeft|had|has)\s+(?:me|mij)\b",
            ),
        ),
        Pattern(
            "platform.move",
            HOLD,
            # somewhere unwatched, without naming the app
            r"\b(?:ergens|elders)\s+anders\b(?:\s+\w+){0,2}?\s+(?:praten|chatten|verder|afspreken|"
            r"appen|kletsen)"
            r"|\b(?:laten\s+we|zullen\s+we|kunnen\s+we|let'?s)\s+(?:\w+\s+)?(?:ergens\s+anders|"
            r"elders|"
            r"prive|privé|somewhere\s+else|somewhere\s+private)"
            r"|\b(?:ander|andere)\s+(?:kanaal|app|platform|chat)\b"
            r"|\b(?:buiten|weg\s+van|off)\s+(?:deze|de|dit|this|the)\s+(?:app|platform|chat|site)\b"
            r"|\bhier\s+(?:leest|lezen|kijkt|kijken)\s+(?:\w+\s+){0,3}?mee\b"
            r"|\b(?:zonder\s+dat|waar)\s+(?:niemand|ze|de\s+coordinator|je\s+\w+|iemand)\s+"
            r"(?:\w+\s+){0,2}?(?:meeleest|meelezen|meekijkt|meekijken|mee\s+leest|leest|kijkt)\b"
            r"|\bprive\s*(?:chatten|praten|appen|chat|gesprek)\b|\bprivechat\b"
            # (not an insult: "go cry somewhere else")
            r"|(?<!cry )(?<!whine )(?<!moan )(?<!complain )\b(?:somewhere\s+else|another\s+app|"
            r"different\s+app|"
            r"other\s+app)\b"
            r"|\b(?:this|the)\s+app\s+is\s+(?:being\s+)?(?:watched|monitored|read)\b"
            r"|\b(?:stuur|send)\s+(?:me\s+)?(?:een\s+|a\s+)?(?:dm|pm|dmpje|prive\s*bericht)\b"
            r"|\b(?:dm|pm)\s+(?:me|mij)\b",
        ),
        Pattern(
            "platform.call",
            HOLD,
            # "app" and "bel" as verbs to the reader: WhatsApp and phone calls leave the platform.
            rf"\b{_not_the_app(*_CALL_VERBS_ME)}\s+(?:me|mij|ons)\b(?!\s+(?:niet|terug\s+in))"
            rf"|\b(?:ik|we|wij|i'?ll|i\s+will|dan)\s+(?:\w+\s+)?{_CALL_VERB}\w*\s+(?:je|jou|u|you)"
            r"\b"
            rf"|\b{_CALL_VERB}\s+ik\s+(?:je|jou)\b"
            r"|\b(?:ik|we)\s+(?:zal|ga|kan|wil|zullen|gaan)\s+(?:je|jou)\s+(?:\w+\s+)?(?:bellen|"
            r"appen|"
            r"sms'en|smsen|texten|facetimen)\b"
            r"|\b(?:kan|mag|kun|zal|can|may|shall|could)\s+(?:ik|i)\s+(?:je|jou|you|u)\s+"
            r"(?:\w+\s+)?(?:bellen|appen|sms'en|smsen|facetimen|videobellen|call|text|ring|bel)\b"
            r"|\b(?:kan|kun|wil|mag|can|could|will)\s+(?:je|jij|u|you)\s+(?:me|mij)\s+(?:\w+\s+)?"
            r"(?:bellen|appen|sms'en|smsen|facetimen|call|text|ring)\b"
            r"|\b(?:zullen|gaan|kunnen|shall|can)\s+(?:we|wij)\s+(?:\w+\s+){0,2}?(?:bellen|appen|"
            r"facetimen|videobellen|skypen|sms'en|smsen|call|facetime|text)\b"
            r"|\b(?:facetimen|videobellen|skypen|facetime\s*\?|bellen\s*\?|appen\s*\?)"
            r"|\b(?:stuur|send)\w*\s+(?:me|mij|je)?\s*(?:een\s+)?(?:appje|sms'je|smsje|sms)\b"
            rf"|\b{_not_the_app('app')}\s+(?:maar|ff|even|gerust|effe)\b",
        ),
        Pattern(
            "platform.second_phone",
            HOLD,
            # a second phone or account for the reader: "heb je een ander account",
            # "gebruik die andere telefoon", "maak een nieuw account aan"
            rf"\bheb(?:t)?\s+(?:je|jij|u)\s+(?:\w+\s+){{0,2}}?{_SECOND_Q}\s+{_DEVICE}\b"
            rf"|(?<!\bik )\b(?:gebruik|pak|neem|maak|koop|regel|installeer|download|zet|use|get|"
            rf"make|create|download)\s+(?:(?:een|die|dat|de|het|je|a|an|the|your|ur|that|ff|even|"
            rf"maar)\s+){{0,2}}{_SECOND}\s+{_DEVICE}\b"
            rf"|\b(?:ik|we)\s+(?:\w+\s+){{0,2}}?(?:geef|geven|regel|koop|kopen|heb|stuur|give|get|"
            rf"buy|got)\w*\s+(?:je|jou|you|u)\s+(?:\w+\s+)?{_SECOND}\s+{_DEVICE}\b"
            # a secret or spare account or phone, whoever has it: "ik heb een geheim insta account"
            r"|\b(?:geheim|geheime|secret|fake|nep|tweede|second|burner|anoniem|anonieme|extra|"
            rf"reserve|spare)\s+(?:\w+\s+)?{_DEVICE}\b"
            rf"|\b(?:{_SECOND}|een)\s+{_DEVICE}\s+(?:\w+\s+)?(?:alleen\s+)?(?:voor\s+ons|for\s+us|"
            rf"zodat\s+(?:niemand|je\s+\w+|ze)|dat\s+niemand|only\s+for\s+us)\b"
            r"|\b(?:download|installeer|install)\s+(?:\w+\s+)?(?:"
            + PLATFORM_STRONG
            + r"|signal)\b",
        ),
    ),
    detectors=(_disguised_platform,),
)

# Intent families: adding her elsewhere, joining an app, in any wording.
_FAMILIES: Final = Pattern(
    "platform.move",
    HOLD,
    # "add me", "voeg me ff toe" (not to the group's own planning or list)
    r"\badd\s+(?:me|mij)\b(?!\s+(?:to|in|aan)\s+(?:the|de|het)\s+(?:list|lijst|planning|rooster))"
    r"|\bvoeg\s+(?:me|mij)\s+(?:\w+\s+){0,2}?toe\b(?!\s+aan\s+(?:de|het)\s+(?:lijst|planning|"
    r"rooster))"
    # "gebruik je telegram?", "zit je ook op discord"
    r"|\b(?:gebruik|gebruikt|use|heb|hebt|have|got)\s+(?:je|jij|you|u|ya)\s+(?:\w+\s+)"
    rf"?{PLATFORM}\b"
    # "kom ff op snap", "come on insta" (not "kom op, snap je het nou")
    rf"|\b(?:kom|come|ga|join|hop)\s+(?:\w+\s+)?(?:op|on|naar|to)\s+{PLATFORM}\b"
    r"(?!\s+(?:je|jij|het|ik|dat|wat|u)\b)"
    # "zet je snap in je bio", "typ je insta ff"
    rf"|\b(?:zet|typ|deel|plak|drop|stuur|geef|gooi|post|put|type|share)\w*\s+(?:\w+\s+)?{YOUR}\s+"
    rf"{PLATFORM}\b",
)

# Round 8 family: apps whose messages disappear (Session, Signal, Wickr, Threema, a Telegram
# secret chat), and disappearing messages themselves.
_EPHEMERAL_APP: Final = alt(
    "session",
    "signal",
    "wickr",
    "threema",
    "briar",
    "confide",
    "telegram",
    "wire",
    "snapchat",
)
_FAMILIES8: Final = (
    Pattern(
        "platform.move",
        HOLD,
        # "download session", "haal wickr op je telefoon" (not "i can't get signal here")
        r"\b(?:download|downloaden|installeer|installeren|install)\s+(?:\w+\s+)"
        rf"{{0,2}}?{_EPHEMERAL_APP}\b"
        r"|\b(?:haal|zet|gebruik|use|neem|get)\s+(?:\w+\s+){0,2}?(?:session|wickr|threema|briar|"
        r"confide)"
        r"\b(?!\s+(?:was|is|met\s+de)\b)"
        # messages that vanish: "daar worden de berichten vanzelf verwijderd"
        r"|\b(?:verdwijnende|zelfverwijderende|zelfvernietigende|disappearing|vanishing|"
        r"self[\s-]?destruct\w*|"
        r"ephemeral)\s+(?:\w+\s+)?(?:berichten|berichtjes|messages|chats?|texts?|modus|mode)\b"
        r"|\b(?:berichten|berichtjes|chat|chats|messages|texts)\s+(?:\w+\s+){0,2}?(?:op\s+)"
        r"?(?:verdwijnen|"
        r"verdwijnend)\s*(?:\w+\s+)?(?:zetten|zet|aan|$|[^\w\s])"
        r"|\b(?:zet|zetten)\s+(?:\w+\s+){0,2}?(?:berichten|chat|messages)\s+op\s+(?:verdwijnen|"
        r"verdwijnend)\b"
        r"|\b(?:geheime|secret)\s+chats?\b"
        # "laten we dit gesprek ergens anders voortzetten"
        r"|\b(?:ergens|elders)\s+anders\s+(?:\w+\s+)?(?:voortzetten|voortgaan|verder\s+praten|"
        r"verdergaan|"
        r"continue|afmaken)\b"
        # "join mijn discord server"
        rf"|\bjoin\s+(?:(?:mijn|m'n|mn|my|onze|our|de|the|ff|even)\s+)?(?:\w+\s+)?{PLATFORM}\b"
        # "mag ik je tiktok", "krijg ik je snap?"
        rf"|\b(?:mag|kan|krijg)\s+ik\s+(?:je|jouw|ook\s+je)\s+{PLATFORM}\b"
        # another app praised: "appen op whatsapp gaat sneller", "telegram werkt beter dan dit"
        rf"|\b(?:op|via|on)\s+{PLATFORM}\s+(?:\w+\s+)?(?:kan|gaat|is|praat|werkt|it'?s|is\s+het)\s+"
        r"(?:\w+\s+)?(?:sneller|makkelijker|beter|fijner|veiliger|handiger|easier|faster|better|"
        r"safer)\b"
        rf"|\b{PLATFORM}\s+(?:is|werkt|gaat|works|is\s+way)\s+(?:\w+\s+)?(?:sneller|makkelijker|"
        r"beter|"
        r"handiger|veiliger|easier|faster|better|safer)\b"
        r"|\b(?:timer|zelfvernietiging)\s+(?:\w+\s+){0,2}?(?:op\s+)?(?:de\s+|je\s+)?(?:berichten|"
        r"chat|"
        r"messages)\b"
        r"|\b(?:berichten|berichtjes|chat|chats|messages|texts)\s+(?:\w+\s+){0,3}?(?:vanzelf|"
        r"automatisch)\s+"
        r"(?:\w+\s+)?(?:weg|verwijderd|gewist|verdwenen|verdwijnen|deleted|gone)\b"
        r"|\b(?:berichten|berichtjes|chat|chats|messages|texts)\s+(?:\w+\s+){0,2}?na\s+(?:een|1|"
        r"\d+)\s+"
        r"(?:\w+\s+)?(?:dag|dagen|uur|uren|minuut|minuten|seconde|seconden|week)\s+(?:\w+\s+)"
        r"?(?:weg|"
        r"verwijderd|gewist|verdwenen)\b",
    ),
    AllOf(
        "platform.second_phone",
        HOLD,
        # "kun je een nieuw account maken zodat we kunnen praten"
        parts=(
            r"\b(?:nieuw|nieuwe|ander|andere|tweede|geheim|geheime|extra|fake|nep|new|second|"
            r"secret)\s+"
            r"(?:account|profiel|nummer|telefoon|phone|number|profile)\b",
            r"\b(?:zodat\s+(?:we|wij|ik|niemand)|om\s+(?:te\s+)?(?:praten|chatten|appen)|"
            r"voor\s+ons|"
            r"so\s+(?:we|that\s+we|no\s*one)|for\s+us)\b",
        ),
    ),
    AllOf(
        "platform.move",
        HOLD,
        # "praat met me op session", "zit je op session?"
        parts=(
            r"\b(?:op|via|on|naar|to|in)\s+(?:de\s+)?(?:session|wickr|threema|briar|confide)\b",
            rf"\b{_TALK}\b|\b(?:zit|ben|heb|hebt)\s+(?:je|jij)\b|\b(?:are|r)\s+(?:you|u)\b",
            _US_OR_YOU,
        ),
    ),
)

# Round 9 families: anywhere but here, game chats, close friends and private stories, installing
# another app, a group without the coordinators, talking outside the app, links in her bio.
_GAME_CHAT: Final = (
    r"\b(?:roblox|fortnite|minecraft|twitch|steam|xbox|among\s+us|habbo|vrchat|ps\s*party)\b"
)
_FAMILIES9: Final[tuple[Pattern | AllOf, ...]] = (
    Pattern(
        "platform",
        HOLD,
        r"\b(?:als\s+het\s+)?maar\s+niet\s+(?:hier|in\s+deze\s+app|via\s+deze\s+app|"
        r"op\s+deze\s+app)\b"
        r"|\bniet\s+(?:meer\s+)?(?:hier|via\s+(?:deze|de)\s+app)\s+(?:praten|chatten|appen|"
        r"berichten)\b"
        r"|\bergens\s+anders\s+(?:verder\s+)?(?:praten|chatten|appen)\b"
        r"|\bsomewhere\s+(?:else|other\s+than\s+here)\s+to\s+(?:talk|chat)\b"
        rf"|\b(?:zet|download|installeer|haal)\s+(?:\w+\s+)?{PLATFORM_STRONG}\s+(?:\w+\s+)?(?:erop|"
        r"op\s+je\s+"
        r"telefoon|binnen)\b"
        r"|\b(?:zet|download|installeer)\s+(?:signal|tele|telegrm)\s+(?:\w+\s+)?(?:erop|"
        r"op\s+je\s+telefoon)\b"
        rf"|\b(?:download|installeer|install)\s+(?:\w+\s+)?{PLATFORM}\b"
        r"|\b(?:naar|op|via)\s+(?:tele|telegrm|telgram)\b"
        r"|\blinktree\b|\blink\s+in\s+(?:mijn|m'n|mn|my)\s+bio\b"
        r"|\b(?:staat|check|kijk)\s+(?:\w+\s+){0,2}?(?:in|op)\s+(?:mijn|m'n|mn|my)\s+(?:bio|"
        r"profiel|profile)\b",
    ),
    AllOf(
        "platform",
        HOLD,
        # "we kunnen in de chat van roblox praten"
        parts=(
            _GAME_CHAT,
            r"\b(?:chat|chatten|praten|berichten|dm|dm'en|appen|spreken|talk|message|kletsen)\b",
            r"\b(?:we|wij|je|jij|jou|ons|you|u|us)\b",
        ),
    ),
    AllOf(
        "platform",
        HOLD,
        # "zet me in je close friends op insta", "mijn finsta"
        parts=(
            r"\bclose\s+friends?\b|\bprivate\s+story\b|\bprive\s*(?:story|account)\b|"
            r"\bspam\s*account\b"
            r"|\bfinsta\b",
            rf"\b(?:{PLATFORM}|zet|add|toevoegen|volg|follow)\b",
        ),
    ),
    *each_alternative(
        AllOf(
            "platform",
            HOLD,
            # "een groepje zonder begeleiders", "bellen los van de app"
            parts=(
                r"\bzonder\s+(?:de\s+)?(?:begeleiders|begeleiding|begeleider|coordinator\w*|"
                r"coaches|buddies|"
                r"volwassenen|moderators?)\b|\bwithout\s+(?:the\s+)?(?:coordinators?|staff|mods?|"
                r"adults)\b"
                r"|\b(?:los\s+van|buiten|zonder)\s+(?:de|deze|die|dit)\s+app\b"
                r"|\b(?:outside|off)\s+(?:of\s+)?(?:the|this)\s+app\b",
                rf"\b(?:{PLATFORM_STRONG}|groepje|groepsapp|appgroep|groepschat|chat|bellen|appen|"
                r"praten|"
                r"chatten|spreken|contact|texten|call|talk|text)\b",
            ),
        )
    ),
)


# Round 10 families: a follow request sent on another app, "kom je in de groepsapp", a server or a
# group made elsewhere, "zoek me op onder ...", "wie heeft er telegram?", "dan kunnen we daar
# verder", installing another app, a second phone written "2e", nicknames for apps.
_ELSEWHERE10: Final = (
    rf"\b{PLATFORM_STRONG}\b|\b(?:telegrm|telegr|signaal|tiktak|face\s+time|fortnite|roblox|"
    r"minecraft|"
    r"groepsapp|groepsappje|groupchat|group\s+chat|discord\s*server|server)\b"
    r"|\b(?:op|via|naar|in|on)\s+(?:sc|snap|wa|tt|ig|insta|signal)\b|\bwhat'?s\s+app\b"
    r"|\w*(?:whatsapp|snap|insta|telegram|discord|signal)\w*groep\w*"
    r"|\b(?:spookje\w*|spook)[-\s]?app\w*|\b(?:groene|gele|blauwe)\s+appje\b|👻"
    r"|\bapp\s+met\s+het\s+(?:\w+\s+)?(?:camera|spookje)\w*"
)
_FAMILIES10: Final[tuple[Pattern | AllOf, ...]] = (
    Pattern(
        "platform",
        HOLD,
        rf"\b(?:je|jou)\s+(?:\w+\s+){{0,2}}?(?:een\s+)?(?:volg)?verzoek(?:je)?\s+(?:\w+\s+)"
        rf"{{0,2}}?(?:gestuurd|sturen|gestuurt|sent)\s+(?:op|on|via)\s+"
        rf"(?:\w+\s+)?{PLATFORM}\b"
        r"|\b(?:sent|send)\s+you\s+a\s+(?:follow\s+|friend\s+)?request\b"
        r"|\b(?:wie\s+heeft|wie\s+zit|heeft\s+iemand|hebben\s+jullie|heb\s+(?:je|jij)\s+(?:nog\s+|"
        r"ook\s+|al\s+)?|"
        r"hb\s+je\s+(?:nog\s+)?|zit\s+(?:je|jij)\s+(?:nog\s+|ook\s+)?(?:op|in)|iemand\s+op|"
        r"anyone\s+on|who\s+has|"
        r"who'?s\s+on|are\s+you\s+on|do\s+you\s+have)\s+(?:er\s+)?(?:het\s+)?"
        rf"(?:{PLATFORM}|telegrm|tiktak|groene\s+appje|blauwe\s+appje|fortnite)\s*(?:\?|$|,|\.)"
        r"|\b(?:download|installeer|zet)\s+(?:\w+\s+){0,2}?(?:telegrm|signaal|telegram|signal|"
        r"discord|"
        r"snapchat|whatsapp|kik|wickr|threema)\b"
        rf"|\baccount\s+(?:\w+\s+)?(?:maken|aanmaken|aan)\s+op\s+(?:\w+\s+)?(?:{PLATFORM}|signaal|"
        r"de\s+app\s+met)\b"
        r"|\bfacetime\s+(?:je|jij)\s+(?:me|mij)\b|\b(?:toevoegen|adden)\s+op\s+face\s*time\b"
        r"|\b(?:mijn|m'n|mn|my|a|een)\s+(?:\w+\s+)?(?:discord\s*)?server\s+(?:\w+\s+)"
        r"{0,3}?(?:joinen|join|gemaakt|"
        r"made|for|voor)\b|\bserver\s+gemaakt\b"
        r"|\b(?:kom|wil)\s+(?:je|jij)\s+(?:ook\s+)?in\s+(?:de|onze|die|een|het)\s+(?:\w+\s+)"
        r"?(?:groepsapp\w*|"
        r"snapgroep|groepje|groupchat|chatgroep|appgroep)\b"
        r"|\b(?:naar|op)\s+what'?s\s*app\s+(?:gaan|verder|praten)\b"
        r"|\b(?:spookje\w*|spook)[-\s]?app\w*|\bapp\s+met\s+het\s+(?:\w+\s+)?camera\w*"
        r"|\b(?:zit|ben)\s+(?:je|jij)\s+op\s+het\s+(?:groene|gele|blauwe)\s+appje\b"
        r"|\b(?:2e|2de)\s+(?:telefoon|mobiel|gsm|nummer|simkaart|phone|account)\b(?=.*(?:\?|"
        r"\b(?:daar|we|je|jij)\b))",
    ),
    *each_alternative(
        AllOf(
            "platform",
            HOLD,
            # "zoek me op onder 'lil_dani' op tt", "je kan me vinden in fortnite, zelfde naam"
            parts=(
                r"\bzoek\s+(?:me|mij)\s+(?:maar\s+)?(?:op|onder)\b|\bfind\s+me\s+on\b"
                r"|\b(?:je\s+kan|you\s+can|kun\s+je)\s+(?:me|mij)\s+(?:\w+\s+)?vinden\s+(?:in|op|"
                r"on|onder)\b",
                _ELSEWHERE10 + r"|\b(?:naam|onder|username|gebruikersnaam|zelfde\s+naam)\b|@|'",
            ),
            across_clauses=True,
        )
    ),
    *each_alternative(
        AllOf(
            "platform",
            HOLD,
            # "stuur me een dm daar", "dan kunnen we daar verder", "ik maak een groep op wa"
            parts=(
                r"\b(?:stuur|send|drop)\s+(?:\w+\s+){0,3}?(?:dm|dm'?etje|pm|pb|privebericht\w*)\b"
                r"|\b(?:kunnen|praten|gaan|chatten|leg)\s+(?:we|ik\s+je|wij)\s+(?:\w+\s+)"
                r"?daar\s+(?:\w+\s+)?"
                r"(?:verder|beter\s+praten|praten|alles\s+uit|chatten|bellen|voicechatten)"
                r"\b(?!\s+over\b)"
                r"|\bdaar\s+kunnen\s+we\s+(?:\w+\s+)?(?:verder|praten|voicechatten|chatten|bellen)"
                r"\b(?!\s+over\b)"
                r"|\b(?:voeg|add)\s+(?:ik\s+)?(?:je|jullie|you)\b|\bwant\s+me\s+to\s+add\s+you\b",
                _ELSEWHERE10 + r"|\b(?:daar|there|deze\s+app|this\s+app)\b",
            ),
            none_of=(
                r"\b(?:in\s+deze\s+app|hier\s+in\s+de\s+app|met\s+de\s+coordinator|wiskunde|"
                r"huiswerk)\b",
            ),
            across_clauses=True,
        )
    ),
    *each_alternative(
        AllOf(
            "platform",
            HOLD,
            # "zullen we een groep op whatsapp maken?", "ik heb een server gemaakt alleen voor ons"
            parts=(
                r"\b(?:maak|maken|gemaakt|aanmaken|made|make)\b(?:\s+\w+){0,3}?\s+(?:groep|groepje|"
                r"groepsapp|"
                r"group|server|streak\s+groep)\b"
                r"|\b(?:groep|groepje|groepsapp|group|server)\s+(?:\w+\s+){0,3}?(?:maken|aanmaken|"
                r"beginnen|"
                r"starten)\b",
                _ELSEWHERE10 + r"|\bzonder\s+(?:de\s+)?(?!jou\b|je\b)\w+\s*(?:erbij|\?|$)"
                r"|\b(?:nummers|nummer|alleen\s+voor\s+ons|just\s+for\s+us)\b",
            ),
            none_of=(r"\b(?:in\s+deze\s+app|hier\s+in\s+de\s+app|met\s+de\s+coordinator)\b",),
            across_clauses=True,
        )
    ),
)


# Round 11 (train_o): the app described instead of named, a game's voice chat.
_FAMILIES11: Final = Pattern(
    "platform.move",
    HOLD,
    r"\b(?:op|in|via|naar)\s+(?:de|het|die|dat|je)\s+(?:groene|gele|paarse)\s+(?:app|appje|appie|"
    r"profiel)\b"
    r"|\bapp\s+met\s+(?:het|de|die)\s+(?:papieren\s+vliegtuigje|hondenoortjes|spookje|dansfilmpjes)"
    r"\b"
    r"|\bding\s+met\s+(?:die|de)\s+dansfilmpjes\b"
    r"|\b(?:to|on|via)\s+the\s+(?:one\s+with\s+the\s+)?(?:purple|yellow|green)\s+(?:camera\s+|"
    r"ghost\s+)?"
    r"(?:icon|app|logo)\b"
    r"|\b(?:you\s+know|je\s+weet\s+(?:wel\s+)?)\s*(?:which|welke)\s+app\b"
    r"|\b(?:praten|kletsen|verder)\s+(?:\w+\s+){0,3}?(?:via|in|op)\s+(?:de\s+)?voice\s?chat\b"
    r"|\b(?:via|in)\s+de\s+voice\s?chat\s+(?:verder\s+)?(?:praten|kletsen)\b"
    # the handle given as "same as here"
    r"|\b(?:zelfde|dezelfde)\s+(?:naam|profielfoto|gebruikersnaam|username)\s+als\s+hier\b"
    r"|\bnaam\s+is\s+daar\s+hetzelfde\b|\bmy\s+name\s+from\s+here\b"
    r"|\bsame\s+(?:name|username|pic)\s+as\s+(?:here|on\s+here)\b"
    r"|\b(?:geef|stuur)\s+(?:me|mij)\s+(?:je|jouw)\s+(?:school|prive)mail\w*",
)


# Round 12 (train_q, train_r): moving her elsewhere by praise and description. "de groene app is
# veel handiger", "dat appje met die vrolijke gele kleur", "got Signal?", "gezelliger dan hier",
# "sms'en is persoonlijker dan dit", a cousin's server "zal ik je uitnodigen?", "daar kijkt geen
# coordinator mee", and "geef me je insta" inside a joke.
_FAMILIES12: Final[tuple[Pattern | AllOf, ...]] = (
    Pattern(
        "platform.move",
        HOLD,
        r"\b(?:groene|gele|blauwe|paarse|zwarte)\s+app(?:je)?\s+(?:is|werkt)\s+(?:\w+\s+)"
        r"{0,2}?(?:beter|handiger|"
        r"fijner|makkelijker|chiller|veiliger|privater|sneller)\b"
        r"(?!\s+(?:voor|om)\s+(?:je\s+|het\s+|de\s+|jouw\s+)?(?:rooster|school|huiswerk|trein|bus|"
        r"bank|ov|te\s+\w+))"
        r"|\bapp(?:je|ie)?\s+met\s+(?:die|dat|de|het)\s+(?:[\w-]+\s+){0,3}?(?:kleur|spookje|"
        r"vliegtuigje|"
        r"hondenoortjes|camera'?tje)\b"
        r"|\b(?:got|heb\s+(?:je|jij)|do\s+you\s+have|have\s+you\s+got)\s+(?:signal|telegram|"
        r"snapchat|snap|"
        r"discord|kik|wickr|threema|session|viber)\s*\?"
        r"|\b(?:daar|waar|there)\s+(?:kijkt|leest|luistert|ziet)\s+(?:geen\s+\w+|niemand|nobody|"
        r"no\s+one)\s+"
        r"(?:mee|along)\b"
        r"|\b(?:me|mij)\s+(?:je|jouw)\s+(?:insta|snap|snapchat|tiktok|whatsapp|nummer|telegram)"
        r"\s+(?:\w+\s+)?"
        r"(?:geeft|geven|geef|stuurt|sturen|gaf)\b",
    ),
    AllOf(
        "platform.move",
        HOLD,
        # "sms'en is persoonlijker dan dit", "a server, gezelliger dan hier"
        parts=(
            r"\b(?:persoonlijker|gezelliger|privater|veiliger|chiller|fijner|relaxter|"
            r"more\s+private|safer|"
            r"cozier|more\s+personal)\s+(?:dan|than)\s+(?:this|here|hier|deze|dit)\b",
            r"\b(?:sms\w*|server|voicen|voice|bellen|app|appje|chat|signal|telegram|discord|"
            r"snap\w*|insta|"
            r"whatsapp|game-?chat|dm|texting|calling)\b",
        ),
        across_clauses=True,
    ),
    AllOf(
        "platform.move",
        HOLD,
        # "mijn neef heeft een server, zal ik je uitnodigen?"
        parts=(
            r"\b(?:server|voicen|voicechat|discord|groepje\s+op)\b",
            r"\b(?:uitnodigen|inviten|invite|toevoegen|adden)\b",
            r"\b(?:je|jou|you|u)\b",
        ),
        none_of=(r"\b(?:school|klas|docent|juf|meester|organisatie|coordinator|begeleider)\b",),
        across_clauses=True,
    ),
)


# Round 14 (heldout15-22): moving her by following, reaching and distrust of this chat. Following
# her on a platform ("mag ik je volgen op insta?", "heb je dat oude account op insta nog? ik zou
# je zo graag weer volgen"), being reached there ("kun je me op whatsapp bereiken?", "kom
# telegram", "zet telegram op je telefoon"), this chat called unsafe or read by her helpers as the
# reason to go ("deze chat wordt toch gelezen door die begeleiders"), and apps by nickname with his
# account described ("de vogelapp, zoek maar op mijn voornaam", "het roze fotoappje, mijn account
# heet nog steeds hetzelfde").
_NICKNAME14: Final = (
    r"(?:vogelapp\w*|vogeltjesapp\w*|roze\s+(?:foto)?app\w*|fotoappje|fotoapp|blauwe\s+vogel|"
    r"spookjesapp\w*|dansapp\w*|filmpjesapp\w*)"
)
_ROUND14: Final[tuple[Pattern | AllOf, ...]] = (
    AllOf(
        "platform.move",
        HOLD,
        # following her there: "mag ik je volgen op insta?", "heb je je oude insta nog? dan kan ik
        # je weer volgen" (the verb first: it is the rarer word)
        parts=(
            r"\b(?:je|jou)\s+(?:\w+\s+){0,3}?(?:volgen|toevoegen|adden|vinden)\b|\bvolg\s+(?:je|"
            r"jou)\b"
            r"|\bfollow\s+(?:you|u)\b|\badd\s+(?:you|u)\b",
            rf"\b(?:{PLATFORM}|{_NICKNAME14})\b",
        ),
        # (following an account about something else: "volg jij die kookaccount op insta?")
        none_of=(r"\b(?:account\s+van\s+de|kookaccount|pagina\s+van|de\s+organisatie)\b",),
        across_clauses=True,
    ),
    Pattern(
        "platform.move",
        HOLD,
        rf"\b(?:me|mij)\s+(?:\w+\s+)?(?:op|via)\s+{PLATFORM}\s+(?:\w+\s+)?(?:bereiken|vinden|"
        r"spreken|"
        r"contacten|opzoeken)\b"
        rf"|\bkom\s+(?:op\s+|naar\s+|even\s+)?{PLATFORM}\b"
        rf"|\bzet\s+(?:\w+\s+)?{PLATFORM}\s+op\s+(?:je|jouw|ur|your)\s+(?:telefoon|mobiel|gsm|"
        r"phone)\b"
        rf"|\b{_NICKNAME14}\b[^.?!]*?\b(?:zoek|vind|dm|account|stuur|kletsen|praten)\w*\b"
        r"|\b(?:zoek|vind)\s+(?:me\s+)?(?:maar\s+)?op\s+(?:mijn|m'n|mn)\s+(?:voornaam|naam|"
        r"bijnaam)\b",
    ),
    AllOf(
        "platform.move",
        HOLD,
        # "zet telegram op je telefoon, deze app is niet veilig, ze lezen alles", "lets switch to
        # signal, your buddy can see everything", "kom telegram, deze chat wordt toch gelezen"
        parts=(
            r"\b(?:deze|die|this|the|dit)\s+(?:app|chat|site|platform)\s+(?:\w+\s+)"
            r"{0,3}?(?:gelezen|niet\s+veilig|"
            r"not\s+safe|unsafe|too\s+slow|watched|monitored|read)\b"
            r"|\bze\s+lezen\s+(?:alles|mee)\b|\bcan\s+see\s+everything\b|\b(?:meeleest|meelezen|"
            r"meekijkt)\b",
            rf"\b(?:{PLATFORM}|{_NICKNAME14}|switch|overstappen|kom|zet|daar|there|elsewhere|"
            r"ergens\s+anders)\b",
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
    "platform",
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
