"""The third-person rule both ways: her telling is flagged; a message to the reader stays held."""

from __future__ import annotations

import pytest

from messaging.moderation import moderate


@pytest.mark.parametrize(
    "text",
    [
        "een man op snap vraagt steeds naar mijn adres",
        "mijn ex belt me de hele tijd",
        "hij kocht nieuwe schoenen voor me",
        "a guy on tiktok asked me to meet him",
        "he bought me a new phone and says i owe him",
        "zij zeiden dat ik in een hotel kon werken",
        "hij zei dat ik mijn locatie moest delen",
        "mijn ex zegt dat hij mijn foto's gaat delen",
    ],
)
def test_survivor_telling_about_someone_else_is_flagged_not_held(text: str) -> None:
    decision = moderate(text)
    assert decision.action == "flag", (text, decision)


def test_softened_hold_says_why() -> None:
    decision = moderate("er is een jongen die me steeds vraagt om naar telegram te gaan")
    assert decision.action == "flag"
    rules = {r.rule for r in decision.reasons}
    assert "disclosure.third_person" in rules
    assert all(r.action == "flag" for r in decision.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "hij zegt: geef me je nummer",  # direct speech, addressed to the reader
        "ze zei tegen me: wat is je snap",
        "een jongen vroeg: stuur je adres",
        "hij zegt dat je je nummer moet sturen",  # the match itself names the reader
        "hij zei dat jij alleen moet komen",
        "mijn vriend wil je ophalen van school",
    ],
)
def test_request_to_the_reader_stays_held_whoever_it_is_about(text: str) -> None:
    assert moderate(text).action == "hold", text


@pytest.mark.parametrize(
    "text",
    [
        "mijn ex stuurde me zijn nummer 0687654321",
        "een jongen gaf me zijn snap: dylan.x, moet ik hem adden?",
        "hij stuurde dit: www.geldsnel.nl",
        "mijn ex zei dat hij in de Stationsstraat 4 woont",
    ],
)
def test_contact_details_links_and_addresses_stay_held_in_a_disclosure(text: str) -> None:
    decision = moderate(text)
    assert decision.action == "hold", (text, decision)
    assert "disclosure.third_person" not in {r.rule for r in decision.reasons}


def test_a_hypothetical_someone_is_not_a_report() -> None:
    # "als iemand het vraagt" is a cover story instruction, not her telling about someone.
    assert moderate("als iemand het vraagt, zeg je dat je bij mij was").action == "hold"


def test_plain_mention_of_an_ex_without_contact_is_allowed() -> None:
    assert moderate("mijn ex? nee, daar heb ik geen contact meer mee").action == "allow"
