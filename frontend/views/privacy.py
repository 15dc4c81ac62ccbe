"""Data-rights pages: export, erasure and consent withdrawal on a survivor's file, the
organisation's retention settings, and the survivor's own access log ("my data")."""

from __future__ import annotations

import json

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from aftercare import selectors
from aftercare.access_log import describe_all
from aftercare.errors import DomainError, NotFound
from aftercare.policies import Action
from aftercare.services import privacy
from frontend.forms.privacy import EraseForm, RetentionForm
from frontend.views.base import current_user, requires


@requires(Action.SURVIVOR_EXPORT)
def survivor_export(request: HttpRequest, survivor_id: int) -> HttpResponse:
    user = current_user(request)
    survivor = selectors.survivor_get_for_user(user=user, survivor_id=survivor_id)
    data = privacy.survivor_export(actor=user, survivor=survivor)
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    # A neutral file name: a downloads folder must not tell what the app is for.
    response["Content-Disposition"] = f'attachment; filename="export-{survivor.pk}.json"'
    return response


@requires(Action.SURVIVOR_ERASE)
def survivor_erase(request: HttpRequest, survivor_id: int) -> HttpResponse:
    user = current_user(request)
    survivor = selectors.survivor_get_for_user(user=user, survivor_id=survivor_id)
    if survivor.erased_at is not None:
        raise NotFound()
    form = EraseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            privacy.erasure_confirm(survivor=survivor, typed=form.cleaned_data["confirm_pseudonym"])
            privacy.survivor_erase(
                actor=user, survivor=survivor, reason=privacy.ErasureReason.REQUEST
            )
        except (ValidationError, DomainError) as error:
            form.add_service_error(error)
        else:
            messages.success(request, _("The data of this participant has been erased."))
            return redirect("frontend:survivor-list")
    return render(request, "frontend/survivors/erase.html", {"form": form, "survivor": survivor})


@requires(Action.CONSENT_WITHDRAW)
def consent_withdraw(request: HttpRequest, survivor_id: int, consent_id: int) -> HttpResponse:
    user = current_user(request)
    survivor = selectors.survivor_get_for_user(user=user, survivor_id=survivor_id)
    consent = selectors.consent_get_for_user(user=user, consent_id=consent_id)
    if consent.survivor_id != survivor.pk or consent.withdrawn_at is not None:
        raise NotFound()
    if request.method == "POST":
        privacy.consent_withdraw(actor=user, consent=consent)
        messages.success(request, _("The consent has been withdrawn."))
        return redirect("frontend:survivor-file", survivor_id=survivor.pk)
    return render(
        request,
        "frontend/survivors/consent_withdraw.html",
        {"survivor": survivor, "consent": consent},
    )


@requires(Action.RETENTION_MANAGE)
def retention_settings(request: HttpRequest) -> HttpResponse:
    user = current_user(request)
    organisation = selectors.own_organisation(user=user)
    form = RetentionForm(
        request.POST or None,
        initial={
            "message_retention_months": organisation.message_retention_months,
            "closed_case_retention_months": organisation.closed_case_retention_months,
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            privacy.retention_update(actor=user, **form.cleaned_data)
        except (ValidationError, DomainError) as error:
            form.add_service_error(error)
        else:
            messages.success(request, _("The retention periods have been saved."))
            return redirect("frontend:retention")
    return render(request, "frontend/privacy/retention.html", {"form": form})


@requires(Action.OWN_DATA_VIEW)
def my_data(request: HttpRequest) -> HttpResponse:
    user = current_user(request)
    entries = describe_all(selectors.own_access_log_for_user(user=user))
    return render(request, "frontend/privacy/my_data.html", {"entries": entries})
