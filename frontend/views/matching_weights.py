"""The coordinator's page for how a pair's score is made up in her organisation's runs."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from aftercare.errors import DomainError
from frontend.forms.matching import WeightsForm
from frontend.views.base import current_user
from frontend.views.matching import requires_matching
from matching import services
from matching.policies import Action


@requires_matching(Action.WEIGHTS_MANAGE)
def matching_weights(request: HttpRequest) -> HttpResponse:
    user = current_user(request)
    current = services.weights_for(organisation_id=user.organisation_id or -1)
    form = WeightsForm(request.POST or None, initial=current)
    if request.method == "POST" and form.is_valid():
        try:
            services.weights_update(actor=user, values=form.cleaned_data)
        except (ValidationError, DomainError) as error:
            form.add_service_error(error)
        else:
            messages.success(request, _("The weights are saved. The next proposals use them."))
            return redirect("frontend:matching-weights")
    return render(
        request,
        "frontend/matching/weights.html",
        {"form": form, "total": sum(current.values())},
    )
