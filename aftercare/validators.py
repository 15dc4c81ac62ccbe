"""Field validators shared by models, forms and API serializers, so a rule is written once."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from aftercare.choices import LANGUAGE_CODES, Gender

SLOTS_PER_WEEK = 21


def _as_list(value: Any) -> list[Any]:
    if not isinstance(value, list | tuple):
        raise ValidationError(_("Enter a list."), code="not_a_list")
    return list(value)


def validate_languages(value: Any) -> None:
    items = _as_list(value)
    unknown = [code for code in items if code not in LANGUAGE_CODES]
    if unknown:
        raise ValidationError(
            _("Unknown language code: %(codes)s."),
            code="unknown_language",
            params={"codes": ", ".join(str(code) for code in unknown)},
        )
    if len(set(items)) != len(items):
        raise ValidationError(_("A language is listed twice."), code="duplicate_language")


def validate_availability(value: Any) -> None:
    items = _as_list(value)
    bad = [s for s in items if not isinstance(s, int) or isinstance(s, bool) or not 0 <= s < 21]
    if bad:
        raise ValidationError(
            _("Week slots run from 0 to 20; not valid: %(slots)s."),
            code="invalid_slot",
            params={"slots": ", ".join(str(s) for s in bad)},
        )
    if len(set(items)) != len(items):
        raise ValidationError(_("A week slot is listed twice."), code="duplicate_slot")


def validate_genders(value: Any) -> None:
    items = _as_list(value)
    unknown = [g for g in items if g not in Gender.values]
    if unknown:
        raise ValidationError(
            _("Unknown gender: %(values)s."),
            code="unknown_gender",
            params={"values": ", ".join(str(g) for g in unknown)},
        )


def validate_not_future(value: date) -> None:
    if value > timezone.localdate():
        raise ValidationError(_("This date cannot be in the future."), code="future_date")


def validate_postcode_area(value: str) -> None:
    if value and not (len(value) == 4 and value.isdigit() and value[0] != "0"):
        raise ValidationError(
            _("Enter the four digits of a Dutch postcode area, e.g. 8911."), code="postcode_area"
        )


def unique_sorted(values: Iterable[Any]) -> list[Any]:
    return sorted(set(values))
