"""Intake and edit forms of survivors and buddies."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from aftercare import selectors
from aftercare.choices import DAY_PARTS, LANGUAGES, WEEKDAYS, Gender, slot_label
from aftercare.models import Buddy, BuddyStatus, Interest, Survivor, SurvivorStatus, User
from aftercare.validators import SLOTS_PER_WEEK, validate_not_future, validate_postcode_area
from frontend.forms.base import (
    DateInput,
    VerderForm,
    date_field,
    help_text,
    label,
    municipality_choices,
)

# The inputs a person types into; everything else (interests, coordinates) is derived.
SURVIVOR_FIELDS = (
    "pseudonym",
    "date_of_birth",
    "gender",
    "languages",
    "availability",
    "municipality",
    "postcode_area",
    "max_km",
    "buddy_genders",
    "wants_lived_experience",
    "wants_peer_group",
    "needs",
    "case_reference",
    "status",
)
BUDDY_FIELDS = (
    "first_name",
    "date_of_birth",
    "gender",
    "languages",
    "availability",
    "municipality",
    "postcode_area",
    "max_km",
    "capacity",
    "lived_experience",
    "trained_for_minors",
    "status",
    "vog_issued_on",
    "training_completed_on",
    "intake_interview_on",
    "code_of_conduct_signed_on",
)


class PersonForm(VerderForm):
    """What survivors and buddies share; `person_fields` lists what goes to the service."""

    person_fields: tuple[str, ...]
    error_aliases = {"latitude": "municipality", "longitude": "municipality"}

    date_of_birth = forms.DateField(
        label=label(Survivor, "date_of_birth"), widget=DateInput(), validators=[validate_not_future]
    )
    gender = forms.ChoiceField(
        label=label(Survivor, "gender"), choices=Gender.choices, widget=forms.RadioSelect
    )
    languages = forms.MultipleChoiceField(
        label=label(Survivor, "languages"),
        choices=list(LANGUAGES.items()),
        widget=forms.CheckboxSelectMultiple,
    )
    interests = forms.ModelMultipleChoiceField(
        label=_("Interests"),
        queryset=Interest.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    new_interests = forms.CharField(
        label=_("Other interests"),
        required=False,
        max_length=400,
        help_text=_("Separate with commas, e.g. drawing, football."),
    )
    availability = forms.TypedMultipleChoiceField(
        label=label(Survivor, "availability"),
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    municipality = forms.ChoiceField(label=label(Survivor, "municipality"))
    postcode_area = forms.CharField(
        label=label(Survivor, "postcode_area"),
        required=False,
        max_length=4,
        validators=[validate_postcode_area],
        help_text=_("The four digits only, e.g. 8911."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    max_km = forms.IntegerField(
        label=label(Survivor, "max_km"), min_value=1, max_value=200, initial=15
    )

    def __init__(
        self, *args: Any, user: User, instance: Survivor | Buddy | None = None, **kwargs: Any
    ) -> None:
        self.user = user
        self.instance = instance
        if instance is not None and "initial" not in kwargs:
            kwargs["initial"] = self.initial_from(instance)
        super().__init__(*args, **kwargs)
        interests = self.fields["interests"]
        assert isinstance(interests, forms.ModelMultipleChoiceField)
        interests.queryset = selectors.interest_list_for_user(user=user)
        # Built per form so the labels are in the language of this request.
        availability = self.fields["availability"]
        assert isinstance(availability, forms.TypedMultipleChoiceField)
        availability.choices = [(slot, slot_label(slot)) for slot in range(SLOTS_PER_WEEK)]
        municipality = self.fields["municipality"]
        assert isinstance(municipality, forms.ChoiceField)
        municipality.choices = municipality_choices(instance.municipality if instance else "")

    @classmethod
    def initial_from(cls, person: Survivor | Buddy) -> dict[str, Any]:
        initial = {name: getattr(person, name) for name in cls.person_fields}
        initial["interests"] = [interest.pk for interest in person.interests.all()]
        return initial

    def clean_new_interests(self) -> list[str]:
        raw: str = self.cleaned_data.get("new_interests", "")
        names = list(dict.fromkeys(part.strip().lower() for part in raw.split(",") if part.strip()))
        too_long = [name for name in names if len(name) > 60]
        if too_long:
            raise ValidationError(_("An interest can be at most 60 characters long."))
        return names

    def service_fields(self) -> dict[str, Any]:
        return {name: self.cleaned_data[name] for name in self.person_fields}

    def changed_service_fields(self) -> dict[str, Any]:
        return {
            name: self.cleaned_data[name]
            for name in self.person_fields
            if name in self.changed_data
        }

    def interests_changed(self) -> bool:
        return "interests" in self.changed_data or bool(self.cleaned_data.get("new_interests"))

    def availability_rows(self) -> list[tuple[str, list[tuple[int, str, bool]]]]:
        """The week as rows of days with a checkbox per part of the day."""
        value = self["availability"].value() or []
        chosen = {str(slot) for slot in value}
        return [
            (
                str(day),
                [
                    (slot, slot_label(slot), str(slot) in chosen)
                    for slot in range(index * len(DAY_PARTS), (index + 1) * len(DAY_PARTS))
                ],
            )
            for index, day in enumerate(WEEKDAYS)
        ]

    def day_parts(self) -> list[str]:
        return [str(capfirst(part)) for part in DAY_PARTS]


class SurvivorForm(PersonForm):
    person_fields = SURVIVOR_FIELDS
    field_order = [
        "pseudonym",
        "date_of_birth",
        "gender",
        "languages",
        "interests",
        "new_interests",
        "availability",
        "municipality",
        "postcode_area",
        "max_km",
        "buddy_genders",
        "wants_lived_experience",
        "wants_peer_group",
        "needs",
        "case_reference",
        "status",
    ]

    pseudonym = forms.CharField(
        label=label(Survivor, "pseudonym"),
        max_length=60,
        help_text=help_text(Survivor, "pseudonym"),
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    buddy_genders = forms.MultipleChoiceField(
        label=label(Survivor, "buddy_genders"),
        choices=Gender.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave empty when it does not matter."),
    )
    wants_lived_experience = forms.BooleanField(
        label=label(Survivor, "wants_lived_experience"), required=False
    )
    wants_peer_group = forms.BooleanField(label=label(Survivor, "wants_peer_group"), required=False)
    needs = forms.CharField(
        label=label(Survivor, "needs"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Only coordinators of your organisation see this."),
    )
    case_reference = forms.CharField(
        label=label(Survivor, "case_reference"),
        required=False,
        max_length=40,
        help_text=help_text(Survivor, "case_reference"),
    )
    status = forms.ChoiceField(
        label=label(Survivor, "status"),
        choices=SurvivorStatus.choices,
        initial=SurvivorStatus.INTAKE,
    )


class BuddyForm(PersonForm):
    person_fields = BUDDY_FIELDS
    field_order = [
        "first_name",
        "date_of_birth",
        "gender",
        "languages",
        "interests",
        "new_interests",
        "availability",
        "municipality",
        "postcode_area",
        "max_km",
        "capacity",
        "lived_experience",
        "trained_for_minors",
        "status",
        "vog_issued_on",
        "training_completed_on",
        "intake_interview_on",
        "code_of_conduct_signed_on",
    ]

    first_name = forms.CharField(
        label=label(Buddy, "first_name"),
        max_length=60,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    capacity = forms.IntegerField(
        label=label(Buddy, "capacity"),
        min_value=1,
        max_value=3,
        initial=1,
        help_text=help_text(Buddy, "capacity"),
    )
    lived_experience = forms.BooleanField(label=label(Buddy, "lived_experience"), required=False)
    trained_for_minors = forms.BooleanField(
        label=label(Buddy, "trained_for_minors"), required=False
    )
    status = forms.ChoiceField(
        label=label(Buddy, "status"), choices=BuddyStatus.choices, initial=BuddyStatus.APPLIED
    )
    vog_issued_on = date_field(Buddy, "vog_issued_on")
    training_completed_on = date_field(Buddy, "training_completed_on")
    intake_interview_on = date_field(Buddy, "intake_interview_on")
    code_of_conduct_signed_on = date_field(Buddy, "code_of_conduct_signed_on")
