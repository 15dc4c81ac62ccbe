"""Dutch is the default language: its catalogue must translate every string, correctly."""

from __future__ import annotations

from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po
from django.conf import settings

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "nl" / "LC_MESSAGES" / "django.po"


def _catalogue() -> Catalog:
    with CATALOGUE.open("rb") as po:
        return read_po(po, locale="nl")


def _translated(message: Message) -> bool:
    if isinstance(message.string, str):
        return bool(message.string)
    return bool(message.string) and all(message.string or ())


def test_every_string_has_a_dutch_translation() -> None:
    catalogue = _catalogue()
    untranslated = [message.id for message in catalogue if message.id and not _translated(message)]
    assert untranslated == []
    assert not catalogue.fuzzy
    assert [message.id for message in catalogue if message.id and message.fuzzy] == []


def test_translations_keep_their_placeholders() -> None:
    problems = [(message.id, [str(e) for e in errors]) for message, errors in _catalogue().check()]
    assert problems == []


def test_quick_exit_is_called_snel_weg() -> None:
    strings = {message.id: message.string for message in _catalogue() if message.id}
    assert strings["Quick exit"] == "Snel weg"
    assert strings["Monday"] == "maandag"
    assert strings["morning"] == "ochtend"
