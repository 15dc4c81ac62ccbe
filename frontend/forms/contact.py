"""Forms of the contact pages beyond plan and report: moving a moment, the coordinator's
check-ins, group sessions with attendance, the cadence rules and the reminder choice."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy

from aftercare.models import AttendanceStatus, CadencePolicy, CheckInWith
from aftercare.services.contact import AMSTERDAM, MAX_OCCURRENCES
from aftercare.services.preferences import CADENCE_FIELDS
from frontend.forms.base import DateInput, VerderForm, label


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs=attrs, format="%H:%M")


def amsterdam(day: date, at: time) -> datetime:
    """A date and a wall-clock time as people mean them: in Europe/Amsterdam."""
    return timezone.make_aware(datetime.combine(day, at), AMSTERDAM)


class WhenForm(VerderForm):
    """A date and a time; a service's `starts_at` error shows under the date."""

    error_aliases = {"starts_at": "date"}

    date = forms.DateField(label=gettext_lazy("Date"), widget=DateInput())
    time = forms.TimeField(label=gettext_lazy("Time"), widget=TimeInput())

    def starts_at(self) -> datetime:
        return amsterdam(self.cleaned_data["date"], self.cleaned_data["time"])


class MoveForm(WhenForm):
    pass


class _PlaceFields(WhenForm):
    duration_minutes = forms.IntegerField(
        label=gettext_lazy("Duration (minutes)"), min_value=5, max_value=600, initial=60
    )
    place = forms.CharField(
        label=gettext_lazy("Place"),
        max_length=100,
        required=False,
        help_text=gettext_lazy("A public place, for example a café or a library."),
    )
    online = forms.BooleanField(label=gettext_lazy("Online"), required=False)


class CheckInForm(_PlaceFields):
    field_order = ["check_in_with", "date", "time", "duration_minutes", "place", "online"]

    check_in_with = forms.ChoiceField(
        label=gettext_lazy("With whom"), widget=forms.RadioSelect, choices=CheckInWith.choices
    )

    def __init__(self, *args: Any, names: dict[str, str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["check_in_with"].choices = [  # type: ignore[attr-defined]
            (value, f"{names[value]} ({text})") for value, text in CheckInWith.choices
        ]


class SessionPlanForm(_PlaceFields):
    error_aliases = {"starts_at": "date", "recurrence": "repeat"}

    repeat = forms.IntegerField(
        label=gettext_lazy("Repeat every week, number of times"),
        min_value=2,
        max_value=MAX_OCCURRENCES,
        required=False,
        help_text=gettext_lazy("Leave empty for one session."),
    )

    def recurrence(self) -> str:
        count = self.cleaned_data.get("repeat")
        return f"FREQ=WEEKLY;COUNT={count}" if count else ""


YES_NO = [("yes", gettext_lazy("Yes")), ("no", gettext_lazy("No"))]


class AttendanceForm(VerderForm):
    """Did the session take place, who was there (one question per member), a short note."""

    error_aliases = {"attendance": "happened"}

    happened = forms.ChoiceField(
        label=gettext_lazy("Did the session take place?"), choices=YES_NO, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label=gettext_lazy("Short report"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    worried = forms.BooleanField(
        label=gettext_lazy("I am worried"),
        required=False,
        help_text=gettext_lazy("Your coordinator is told at once."),
    )

    def __init__(self, *args: Any, members: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.members = members
        fields = dict(self.fields)
        self.fields.clear()
        self.fields["happened"] = fields["happened"]
        # Who was there is asked of a session that took place only.
        took_place = self.data.get("happened") != "no"
        for survivor_id, name in members:
            self.fields[f"member_{survivor_id}"] = forms.ChoiceField(
                label=name,
                choices=AttendanceStatus.choices,
                widget=forms.RadioSelect,
                required=took_place,
                error_messages={"required": gettext_lazy("Say whether she was there.")},
            )
        self.fields["note"] = fields["note"]
        self.fields["worried"] = fields["worried"]

    def attendance(self) -> list[tuple[int, str]]:
        if self.cleaned_data.get("happened") != "yes":
            return []
        return [
            (survivor_id, self.cleaned_data[f"member_{survivor_id}"])
            for survivor_id, _name in self.members
        ]


class CadenceForm(VerderForm):
    """The organisation's contact rules; bounds are the model's, so page and API agree."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in CADENCE_FIELDS:
            model_field = CadencePolicy._meta.get_field(name)
            assert isinstance(model_field, models.Field)
            bounds = {
                type(validator): validator.limit_value
                for validator in model_field.validators
                if isinstance(validator, MinValueValidator | MaxValueValidator)
            }
            self.fields[name] = forms.IntegerField(
                label=label(CadencePolicy, name),
                min_value=bounds.get(MinValueValidator),
                max_value=bounds.get(MaxValueValidator),
            )


class RemindersForm(VerderForm):
    email_reminders = forms.BooleanField(
        label=gettext_lazy("Also send me reminders by e-mail"),
        required=False,
        help_text=gettext_lazy(
            "The e-mail says only the day and time of the appointment, like the app."
        ),
    )
