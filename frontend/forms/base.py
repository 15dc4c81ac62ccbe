"""What every form of the web app shares."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db.models import Model
from django.utils.text import capfirst

from aftercare.errors import DomainError
from aftercare.places import PLACES
from aftercare.validators import validate_not_future


def label(model: type[Model], name: str) -> Any:
    """The model field's verbose name, capitalised and still lazy (translated per request)."""
    return capfirst(model._meta.get_field(name).verbose_name)  # type: ignore[union-attr]


def help_text(model: type[Model], name: str) -> Any:
    return model._meta.get_field(name).help_text  # type: ignore[union-attr]


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs=attrs, format="%Y-%m-%d")


def date_field(model: type[Model], name: str, *, required: bool = False) -> forms.DateField:
    return forms.DateField(
        label=label(model, name),
        required=required,
        widget=DateInput(),
        validators=[validate_not_future],
    )


def municipality_choices(current: str = "") -> list[tuple[str, str]]:
    names = sorted(PLACES)
    if current and current not in PLACES:
        # Set through the API with coordinates: keep it choosable so an edit does not lose it.
        names = sorted([*names, current])
    return [("", "—"), *((name, name) for name in names)]


@dataclass(frozen=True)
class ErrorLink:
    """One line of the error summary: where the error is and what it says."""

    anchor: str
    label: str
    message: str


class VerderForm(forms.Form):
    """Adds the error summary and maps domain errors of a service back onto the fields."""

    template_name = "frontend/includes/form_fields.html"
    # Fields a service may name that this form shows under another input.
    error_aliases: dict[str, str] = {}

    def anchor_for(self, name: str) -> str:
        bound = self[name]
        if bound.use_fieldset:
            return f"{bound.auto_id}_0"
        return str(bound.auto_id)

    def error_summary(self) -> list[ErrorLink]:
        links: list[ErrorLink] = []
        for name, errors in self.errors.items():
            for message in errors:
                if name == NON_FIELD_ERRORS or name not in self.fields:
                    links.append(ErrorLink(anchor="", label="", message=str(message)))
                else:
                    links.append(
                        ErrorLink(
                            anchor=self.anchor_for(name),
                            label=str(self[name].label),
                            message=str(message),
                        )
                    )
        return links

    def add_service_error(self, error: ValidationError | DomainError) -> None:
        """Show what a service refused next to the field it names, or at the top."""
        if isinstance(error, DomainError):
            self.add_error(self._target(error.field), str(error.message))
            return
        if hasattr(error, "error_dict"):
            for name, messages in error.message_dict.items():
                for message in messages:
                    self.add_error(self._target(name), message)
        else:
            for message in error.messages:
                self.add_error(None, message)

    def _target(self, name: str | None) -> str | None:
        if name is None:
            return None
        name = self.error_aliases.get(name, name)
        return name if name in self.fields else None
