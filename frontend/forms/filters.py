"""The GET filters of the survivor and buddy lists."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from aftercare.models import Buddy, BuddyStatus, Survivor, SurvivorStatus
from aftercare.places import PLACES
from frontend.forms.base import label

VOG_STATES: list[tuple[str, Promise]] = [
    ("missing", _("No VOG")),
    ("expired", _("Expired")),
    ("expiring", _("Expiring soon")),
    ("valid", _("Valid")),
]


class SurvivorFilterForm(forms.Form):
    q = forms.CharField(label=_("Pseudonym"), required=False, max_length=60)
    status = forms.ChoiceField(
        label=label(Survivor, "status"),
        required=False,
        choices=[("", _("All")), *SurvivorStatus.choices],
    )
    municipality = forms.ChoiceField(label=label(Survivor, "municipality"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        municipality = self.fields["municipality"]
        assert isinstance(municipality, forms.ChoiceField)
        municipality.choices = [("", _("All")), *((name, name) for name in sorted(PLACES))]

    def filters(self) -> dict[str, str]:
        """The valid filters only: a tampered value is ignored, not an error page."""
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        return {name: value for name, value in cleaned.items() if value}


class BuddyFilterForm(forms.Form):
    q = forms.CharField(label=label(Buddy, "first_name"), required=False, max_length=60)
    status = forms.ChoiceField(
        label=label(Buddy, "status"), required=False, choices=[("", _("All")), *BuddyStatus.choices]
    )
    vog = forms.ChoiceField(label=_("VOG"), required=False, choices=[("", _("All")), *VOG_STATES])

    def filters(self) -> dict[str, str]:
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        return {name: value for name, value in cleaned.items() if value}
