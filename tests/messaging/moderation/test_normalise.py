"""Each obfuscation the policy names is undone, and reasons still quote what was typed."""

from __future__ import annotations

import pytest

from messaging.moderation.normalise import normalise, phone_key


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("０６１２３４５６７８", "0612345678"),  # fullwidth
        ("٠٦١٢٣٤٥٦٧٨", "0612345678"),  # Arabic-Indic
        ("𝟎𝟔𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖", "0612345678"),  # mathematical bold
        ("0⁶12345678", "0612345678"),  # superscript
    ],
)
def test_look_alike_digits_become_ascii(typed: str, expected: str) -> None:
    assert normalise(typed).text == expected


def test_case_and_diacritics_are_folded() -> None:
    assert normalise("Coördinator PRIVÉ tweeëntwintig").text == "coordinator prive tweeentwintig"


def test_cyrillic_look_alike_letters_become_latin() -> None:
    assert normalise("snаpchat").text == "snapchat"  # the "а" is Cyrillic


def test_invisible_characters_are_dropped() -> None:
    assert normalise("whats\u200bapp").text == "whatsapp"


@pytest.mark.parametrize("typed", ["w h a t s a p p", "w.h.a.t.s.a.p.p", "w-h-a-t-s-a-p-p"])
def test_spaced_out_letters_are_joined(typed: str) -> None:
    assert normalise(typed).text == "whatsapp"


def test_ordinary_short_words_are_not_joined() -> None:
    assert normalise("ik zag u en jou").text == "ik zag u en jou"


@pytest.mark.parametrize(
    ("typed", "expected"), [("sn@p", "snap"), ("1nsta", "insta"), ("wh4tsapp", "whatsapp")]
)
def test_leetspeak_platform_names_are_undone(typed: str, expected: str) -> None:
    assert normalise(typed).text == expected


def test_leetspeak_is_left_alone_when_it_spells_no_platform() -> None:
    assert normalise("l8r b4 0612345678").text == "l8r b4 0612345678"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("nul zes een twee drie vier vijf zes zeven acht", "0612345678"),
        ("nul zes, twee drie, vier vijf", "062345"),
        ("nul-zes-negen-acht", "0698"),
        ("06 twaalf vierendertig zesenvijftig achtenzeventig", "0612345678"),
        ("zero six one two three", "06123"),
        ("thirty four twenty-one", "3421"),
    ],
)
def test_digits_written_as_words_become_digits(typed: str, expected: str) -> None:
    assert normalise(typed).text == expected


@pytest.mark.parametrize(
    "sentence",
    ["twee zussen en een broer", "het was drie tegen een", "om zes uur", "nul komma nul zin"],
)
def test_number_words_in_ordinary_sentences_stay_words(sentence: str) -> None:
    assert normalise(sentence).text == sentence


def test_article_een_after_a_number_run_stays_a_word() -> None:
    assert normalise("nul zes vier vijf een jongen").text == "0645 een jongen"


def test_trailing_een_that_completes_a_number_is_a_digit() -> None:
    text = normalise("zes acht zeven zes vijf vier drie twee een zonder nul").text
    assert text.startswith("687654321 ")


@pytest.mark.parametrize(
    ("typed", "expected"), [("o6l2345678", "0612345678"), ("O6 I2 34 56 78", "06 12 34 56 78")]
)
def test_look_alike_letters_inside_digit_runs_become_digits(typed: str, expected: str) -> None:
    assert normalise(typed).text == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("kim(at)outlook(dot)com", "kim@outlook.com"),
        ("lotte2007 [at] live [.] nl", "lotte2007@live.nl"),
        ("jay at gmail dot com", "jay@gmail.com"),
        ("sanne punt devries apenstaartje hotmail punt com", "sanne.devries@hotmail.com"),
        ("snelgeld punt nl", "snelgeld.nl"),
    ],
)
def test_spoken_email_punctuation_becomes_symbols(typed: str, expected: str) -> None:
    assert normalise(typed).text == expected


def test_at_as_an_english_word_is_left_alone() -> None:
    assert normalise("i'm at home").text == "i'm at home"


def test_a_handle_after_a_space_is_not_glued_to_the_word_before() -> None:
    assert normalise("mijn ig is @mila.x").text == "mijn ig is @mila.x"


def test_span_of_rewritten_digits_maps_back_to_the_words_typed() -> None:
    norm = normalise("bel nul zes een twee drie vier vijf zes zeven acht ok")
    start = norm.text.index("0612")
    assert norm.original_text(start, start + 10) == "nul zes een twee drie vier vijf zes zeven acht"


def test_span_of_fullwidth_digits_maps_back_to_the_fullwidth_text() -> None:
    norm = normalise("app ０６１２３４５６７８ ok")
    start = norm.text.index("06")
    assert norm.original_text(start, start + 10) == "０６１２３４５６７８"


def test_disguised_platform_names_are_recorded_and_plain_ones_are_not() -> None:
    assert normalise("w h a t s a p p").disguised
    assert normalise("wat is je sn@p").disguised
    assert not normalise("ik heb whatsapp verwijderd").disguised


@pytest.mark.parametrize(
    "written",
    ["+31612345678", "0031 6 12345678", "+31 (0)6 12345678", "06-12345678", "06 12 34 56 78"],
)
def test_phone_keys_of_the_same_dutch_mobile_are_equal(written: str) -> None:
    assert phone_key(written) == "0612345678"
