"""Forms of the data-rights pages: erasure with its confirmation, and retention settings."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from aftercare.models import Organisation
from frontend.forms.base import VerderForm, label


class EraseForm(VerderForm):
    confirm_pseudonym = forms.CharField(
        label=_("Type the pseudonym to confirm"),
        max_length=60,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    understood = forms.BooleanField(
        label=_("I understand that this cannot be undone."), required=True
    )


class RetentionForm(VerderForm):
    message_retention_months = forms.IntegerField(
        label=label(Organisation, "message_retention_months"),
        min_value=1,
        max_value=120,
        help_text=_("Message texts of a buddy match are erased this many months after it ended."),
    )
    closed_case_retention_months = forms.IntegerField(
        label=label(Organisation, "closed_case_retention_months"),
        min_value=1,
        max_value=240,
        help_text=_(
            "A file whose matches have all ended and that has seen no activity for this many "
            "months is erased; anonymous counts stay."
        ),
    )
