"""Per POLICY category: what must be caught, and the hard negatives that must not be.

These sentences were written for the tests; none is copied from dev.jsonl or the held-out files.
"""

from __future__ import annotations

import pytest

from messaging.moderation import Decision, moderate
from tests.messaging.moderation.conftest import RULES


def _rules(decision: Decision) -> set[str]:
    return {r.rule for r in decision.reasons}


def _assert_held_by(text: str, prefix: str) -> None:
    decision = moderate(text)
    assert decision.action == "hold", (text, decision)
    assert any(rule.startswith(prefix) for rule in _rules(decision)), (text, decision)


HELD: dict[str, list[str]] = {
    "contact.phone": [
        "bel me op 0687654321",
        "06-11 22 33 44 is van mij",
        "+31 6 1122 3344",
        "0031 6 11223344 appen",
        "bel me op nul zes, acht zeven, zes vijf, vier drie, twee een",
        "six eight seven six five four three two one zero",
        "mijn vaste nummer is 020 123 45 67",
    ],
    "contact.email": [
        "email: anna.b2009 (at) hotmail (dot) nl",
        "mail naar roos apenstaartje gmail punt com",
        "schrijf me: noor_x@live.nl",
    ],
    "contact.iban": ["iban NL91 ABNA 0417 1643 00", "maak het over naar NL02RABO0123456789"],
    "contact.handle": ["insta: dreamy_girl", "my ig is @mila.x", "mijn snap is noor.x09"],
    "contact.request": [
        "yo stuur ff je nummertje",
        "mag ik je 06 hebben?",
        "wat is je e-mailadres?",
        "kun je je nummer even sturen",
    ],
    "platform": [
        "ben je op snapchat?",
        "zit je ook op insta",
        "we kunnen beter via telegram verder",
        "heb je een tweede telefoon?",
        "s n a p me",
        "app me vanavond",
        "kan ik je bellen?",
    ],
    "location": [
        "in welke buurt zit je school?",
        "waar woon jij eigenlijk",
        "stuur me je locatie dan kom ik",
        "ik woon aan de Beukenlaan 7",
        "where do you live?",
        "what school do u go to",
    ],
    "money": ["ik kan je wel 20 euro sturen", "can you lend me some money", "wat is je iban?"],
    "gift": ["i got you a present", "zal ik een cadeautje voor je kopen?"],
    "debt": ["je bent me 50 euro schuldig", "you owe me big time"],
    "secrecy": [
        "niemand mag dit weten",
        "zeg maar niks tegen je mentor",
        "this stays between us ok",
        "wis het gesprek",
        "gooi deze chat weg",
    ],
    "meeting": [
        "kom morgen alleen naar het park",
        "ik haal je op van school",
        "i'll pick u up after school",
        "come alone tonight",
    ],
    "sexual": [
        "stuur me een foto van je benen",
        "wat heb je aan?",
        "je ziet er sexy uit",
        "ur so hot",
        "send nudes pls",
        "show me what you're wearing",
    ],
    "link": ["https://example.com/x", "visit bit.ly/abc", "kijk op gratisgeld punt nl"],
    "threat": [
        "ik weet waar jij woont",
        "i know where u live",
        "je weet wat er gebeurt als je me negeert",
    ],
    "coercion": ["je bent van mij, onthoud dat", "je hebt geen keus"],
    "sextortion": [
        "als je niet doet wat ik zeg stuur ik je foto's naar iedereen",
        "everyone will see your pics if you block me",
    ],
}


@pytest.mark.parametrize(
    ("prefix", "text"), [(prefix, text) for prefix, texts in HELD.items() for text in texts]
)
def test_policy_category_is_held(prefix: str, text: str) -> None:
    _assert_held_by(text, prefix)


HARMLESS: list[str] = [
    # "snap" as understanding, "de app" as the app itself
    "ik snap er niks van",
    "snap je?",
    "i snapped at my brother, sorry",
    "de app doet raar",
    "the app keeps crashing",
    # times, dates, grades, counts, prices of planned activities
    "om 06:30 moet ik op",
    "de bus van 7.15 en de trein van 7.42 heb ik gemist",
    "op 14-02 is valentijn",
    "ik kreeg een 7,5",
    "my grade was 8.5",
    "we hebben 1.000.000 views lol",
    "ik heb 15000 stappen gezet",
    "bioscoop is €11 maar de organisatie betaalt",
    "€5 voor de pizza, dat betaalt de stichting",
    "score 3-2, wat een wedstrijd",
    "in 2024 ga ik naar de middelbare",
    "de les is in lokaal 2.14",
    # words that only look like the intents
    "het geheim van een goede taart is boter",
    "je mag me altijd bellen via de app",
    "vergeet niet het tegen je begeleider te zeggen",
    "pas goed op jezelf",
    "ik vind je wel leuk als maatje",
    "heb je nieuwe schoenen gekocht?",
    "krijg je genoeg eten daar?",
    "mag ik je pen lenen morgen",
    "ik ga niet met de groep mee vrijdag",
    "haal je een voldoende op je toets?",
    "wil je op vrijdag komen?",
    "ga je op vakantie?",
    "neem je badpak mee voor het zwemmen",
    "ik heb een nieuwe bikini voor de zomer",
    "ik ben alleen thuis vanavond, saai",
    "ik weet wat je bedoelt",
    "ik heb mijn pincode vergeten lol",
    "113.nl heeft een chat als je wil praten",
    "ik heb een pakketje besteld bij bol.com",
    "ok. me too",
    "mijn oma woont in Zwolle",
    "ik zit in groep 8 en ben 12",
    "groetjes xxx",
    "kut, bus gemist",
    "je bent lekker bezig!",
    "bladzijde 45 tot 67 lezen",
]


@pytest.mark.parametrize("text", HARMLESS)
def test_hard_negative_is_not_held(text: str) -> None:
    # The rules' own contract; what the learned models add is counted in test_learned.py.
    decision = RULES.moderate(text)
    assert decision.action != "hold", (text, decision)


@pytest.mark.parametrize(
    "text", ["je bent echt een sukkel", "niemand in de klas mag jou", "rot toch op", "stomme kip"]
)
def test_insults_and_bullying_are_flagged_not_held(text: str) -> None:
    decision = moderate(text)
    assert decision.action == "flag"
    assert any(r.startswith("abuse.") for r in _rules(decision))


@pytest.mark.parametrize(
    "text", ["je bent niet dom hoor", "niemand mag jou pijn doen", "ik voel me dom", "dat is vet"]
)
def test_comfort_and_self_talk_are_not_abuse(text: str) -> None:
    assert moderate(text).action == "allow"


def test_reason_quotes_the_original_text_of_the_match() -> None:
    text = "Add me op SN@P: lisa_xo"
    decision = moderate(text)
    assert decision.reasons
    for reason in decision.reasons:
        assert reason.match in text
        assert reason.action == "hold"
