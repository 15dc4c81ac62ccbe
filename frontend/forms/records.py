"""Records on a survivor's file: consent, contact bans and safety exclusions."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from aftercare import selectors
from aftercare.models import Buddy, Consent, ContactBan, Survivor, User
from aftercare.models.safety import ConsentScope, ContactBanKind, SafetyExclusion
from aftercare.validators import validate_not_future
from frontend.forms.base import DateInput, VerderForm, help_text, label


class ConsentForm(VerderForm):
    scope = forms.ChoiceField(label=label(Consent, "scope"), choices=ConsentScope.choices)
    given_on = forms.DateField(
        label=label(Consent, "given_on"), widget=DateInput(), validators=[validate_not_future]
    )
    privacy_statement_version = forms.CharField(
        label=label(Consent, "privacy_statement_version"), max_length=20
    )
    guardian_consent = forms.BooleanField(
        label=label(Consent, "guardian_consent"),
        required=False,
        help_text=help_text(Consent, "guardian_consent"),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["given_on"].initial = timezone.localdate


class ContactBanForm(VerderForm):
    kind = forms.ChoiceField(label=label(ContactBan, "kind"), choices=ContactBanKind.choices)
    value = forms.CharField(
        label=label(ContactBan, "value"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    note = forms.CharField(label=label(ContactBan, "note"), max_length=200, required=False)


class ExclusionForm(VerderForm):
    other_survivor = forms.ModelChoiceField(
        label=_("Participant"), queryset=Survivor.objects.none(), required=False
    )
    buddy = forms.ModelChoiceField(label=_("Buddy"), queryset=Buddy.objects.none(), required=False)
    reason = forms.CharField(label=label(SafetyExclusion, "reason"), max_length=200, required=False)

    def __init__(self, *args: Any, user: User, survivor: Survivor, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        other = self.fields["other_survivor"]
        assert isinstance(other, forms.ModelChoiceField)
        other.queryset = selectors.survivor_list_for_user(user=user).exclude(pk=survivor.pk)
        buddy = self.fields["buddy"]
        assert isinstance(buddy, forms.ModelChoiceField)
        buddy.queryset = selectors.buddy_list_for_user(user=user)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if (cleaned.get("other_survivor") is None) == (cleaned.get("buddy") is None):
            raise ValidationError(_("Choose either one participant or one buddy."))
        return cleaned
