"""Contact settings: the coordinator's page for her organisation's cadence rules, and the
reminders-by-e-mail section of everyone's profile page (its own form and POST address, so the
profile page's other sections stay independent of it)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from aftercare.dashboard import cadence_for
from aftercare.errors import DomainError, Forbidden
from aftercare.models import User
from aftercare.policies import Action
from aftercare.services import preferences
from aftercare.services.preferences import CADENCE_FIELDS
from frontend.forms.contact import CadenceForm, RemindersForm
from frontend.views.base import current_user, requires


@requires(Action.CADENCE_CHANGE)
def cadence_settings(request: HttpRequest) -> HttpResponse:
    user = current_user(request)
    organisation = user.organisation
    if organisation is None:
        raise Http404
    policy = cadence_for(organisation.pk)
    form = CadenceForm(
        request.POST or None, initial={name: getattr(policy, name) for name in CADENCE_FIELDS}
    )
    if request.method == "POST" and form.is_valid():
        try:
            preferences.cadence_policy_update(
                actor=user, organisation=organisation, **form.cleaned_data
            )
        except Forbidden:
            raise PermissionDenied from None
        except (ValidationError, DomainError) as error:
            form.add_service_error(error)
        else:
            messages.success(request, _("The contact rules are saved."))
            return redirect("frontend:cadence-settings")
    return render(request, "frontend/dashboard/cadence.html", {"form": form})


def reminder_settings(user: User) -> dict[str, Any]:
    """The profile page's context for its reminders section."""
    return {"reminders_form": RemindersForm(initial={"email_reminders": user.email_reminders})}


@require_POST
@requires(Action.PROFILE_VIEW)
def profile_reminders(request: HttpRequest) -> HttpResponse:
    user = current_user(request)
    form = RemindersForm(request.POST)
    # A checkbox form is always valid: unchecked is simply False.
    form.is_valid()
    enabled = bool(form.cleaned_data.get("email_reminders"))
    preferences.email_reminders_set(actor=user, enabled=enabled)
    if enabled:
        messages.success(request, _("You also get reminders by e-mail."))
    else:
        messages.success(request, _("You get reminders in the app only."))
    return redirect("frontend:profile")
