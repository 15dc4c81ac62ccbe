"""Enumerations shared by the whole domain. Labels are translatable; values are stable."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    COORDINATOR = "coordinator", _("Coordinator")
    BUDDY = "buddy", _("Buddy")
    SURVIVOR = "survivor", _("Participant")
    FACILITATOR = "facilitator", _("Facilitator")
    ADMIN = "admin", _("Administrator")


class Gender(models.TextChoices):
    FEMALE = "f", _("Female")
    MALE = "m", _("Male")
    NON_BINARY = "x", _("Non-binary / other")


# ISO 639-1 codes of languages spoken by participants and volunteers in the Netherlands.
LANGUAGES: dict[str, str] = {
    "nl": "Nederlands",
    "en": "English",
    "fy": "Frysk",
    "ar": "العربية",
    "tr": "Türkçe",
    "pl": "Polski",
    "ro": "Română",
    "bg": "Български",
    "uk": "Українська",
    "ru": "Русский",
    "es": "Español",
    "pt": "Português",
    "fr": "Français",
    "de": "Deutsch",
    "ti": "ትግርኛ",
    "so": "Soomaali",
    "fa": "فارسی",
    "ps": "پښتو",
    "ku": "Kurdî",
    "pap": "Papiamentu",
    "srn": "Sranantongo",
    "zh": "中文",
    "vi": "Tiếng Việt",
    "hi": "हिन्दी",
}
LANGUAGE_CODES = frozenset(LANGUAGES)

WEEKDAYS = [
    _("Monday"),
    _("Tuesday"),
    _("Wednesday"),
    _("Thursday"),
    _("Friday"),
    _("Saturday"),
    _("Sunday"),
]
DAY_PARTS = [_("morning"), _("afternoon"), _("evening")]


def slot_label(slot: int) -> str:
    return f"{WEEKDAYS[slot // 3]} {DAY_PARTS[slot % 3]}"
