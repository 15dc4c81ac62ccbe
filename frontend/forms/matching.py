"""The coordinator's weights of a pair's score in buddy runs."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from frontend.forms.base import VerderForm, label
from matching.models import WEIGHT_DEFAULTS, MatchingWeights

WEIGHT_HELP = {
    "interests": _("Given in full when they share three interests or more."),
    "languages": _("Given in full when they share two languages; one is always needed."),
    "overlap": _("Given in full at five or more free parts of the week in common."),
    "distance": _("Given in full when they live close by, nothing at the furthest she can travel."),
    "waiting": _("Given in full after six months on the waiting list, in part before."),
    "lived_experience": _("Given when she asked for a buddy who went through it herself."),
}


class WeightsForm(VerderForm):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in WEIGHT_DEFAULTS:
            self.fields[name] = forms.IntegerField(
                label=label(MatchingWeights, name),
                min_value=0,
                max_value=100,
                help_text=WEIGHT_HELP[name],
            )
