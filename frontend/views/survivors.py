"""The coordinator's participant pages: list, intake and edit forms, the file and its records."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from aftercare import selectors, services
from aftercare.access_log import describe_all
from aftercare.choices import LANGUAGES, slot_label
from aftercare.errors import DomainError
from aftercare.models import Interest, Survivor, User
from aftercare.policies import Action, can
from frontend import queries
from frontend.forms import (
    ConsentForm,
    ContactBanForm,
    ExclusionForm,
    PersonForm,
    SurvivorFilterForm,
    SurvivorForm,
    VerderForm,
)
from frontend.views.base import current_user, paginate, requires

# How many access-log lines the file shows; the audit API has the whole trail.
ACCESS_LOG_ON_FILE = 20


def chosen_interests(*, user: User, form: PersonForm) -> list[Interest]:
    """The ticked tags plus the typed ones, which become tags of her organisation."""
    typed = [
        services.interest_create(actor=user, name=name)
        for name in form.cleaned_data["new_interests"]
    ]
    return list(dict.fromkeys([*form.cleaned_data["interests"], *typed]))


@requires(Action.SURVIVOR_LIST)
def survivor_list(request: HttpRequest) -> HttpResponse:
    user = current_user(request)
    filter_form = SurvivorFilterForm(request.GET)
    # Survivors whose processing stopped are left out of the list; this view lists only them.
    stopped = request.GET.get("processing") == "stopped"
    survivors = queries.survivor_search(
        selectors.survivor_list_for_user(user=user, processing_stopped=stopped),
        **filter_form.filters(),
    )
    return render(
        request,
        "frontend/survivors/list.html",
        {"filter_form": filter_form, "page": paginate(request, survivors), "stopped": stopped},
    )


@requires(Action.SURVIVOR_CREATE)
def survivor_create(request: HttpRequest) -> HttpResponse:
    user = current_user(request)
    form = SurvivorForm(request.POST or None, user=user)
    if request.method == "POST" and form.is_valid():
        try:
            # Typed interests are only kept when the participant is saved as well.
            with transaction.atomic():
                survivor = services.survivor_create(
                    actor=user,
                    interests=chosen_interests(user=user, form=form),
                    **form.service_fields(),
                )
        except (ValidationError, DomainError) as error:
            form.add_service_error(error)
        else:
            messages.success(
                request, _("%(name)s has been registered.") % {"name": survivor.pseudonym}
            )
            return redirect("frontend:survivor-file", survivor_id=survivor.pk)
    return render(
        request, "frontend/survivors/form.html", {"form": form, "title": _("New participant")}
    )


@requires(Action.SURVIVOR_UPDATE)
def survivor_edit(request: HttpRequest, survivor_id: int) -> HttpResponse:
    user = current_user(request)
    survivor = selectors.survivor_get_for_user(user=user, survivor_id=survivor_id)
    form = SurvivorForm(request.POST or None, user=user, instance=survivor)
    if request.method != "POST":
        # The form shows what the file shows (needs, case reference): opening it is audited too.
        services.survivor_file_open(actor=user, survivor=survivor)
    elif form.is_valid():
        fields = form.changed_service_fields()
        try:
            with transaction.atomic():
                interests = (
                    chosen_interests(user=user, form=form) if form.interests_changed() else None
                )
                if fields or interests is not None:
                    services.survivor_update(
                        actor=user, survivor=survivor, interests=interests, **fields
                    )
        except (ValidationError, DomainError) as error:
            form.add_service_error(error)
        else:
            messages.success(request, _("The changes have been saved."))
            return redirect("frontend:survivor-file", survivor_id=survivor.pk)
    return render(
        request,
        "frontend/survivors/form.html",
        {
            "form": form,
            "survivor": survivor,
            "title": _("Edit %(name)s") % {"name": survivor.pseudonym},
        },
    )


@requires(Action.SURVIVOR_VIEW)
def survivor_file(request: HttpRequest, survivor_id: int) -> HttpResponse:
    user = current_user(request)
    survivor = selectors.survivor_get_for_user(user=user, survivor_id=survivor_id)
    services.survivor_file_open(actor=user, survivor=survivor)
    show_safety = can(user, Action.SURVIVOR_SAFETY)
    context: dict[str, Any] = {
        "survivor": survivor,
        "languages": [LANGUAGES.get(code, code) for code in survivor.languages],
        "availability": [slot_label(slot) for slot in survivor.availability],
        "buddy_genders": [
            label
            for value, label in Survivor._meta.get_field("gender").choices or ()
            if value in survivor.buddy_genders
        ],
        "consents": survivor.consents.select_related("recorded_by"),
        "matches": selectors.match_list_for_user(user=user).filter(survivor=survivor),
        "memberships": survivor.memberships.select_related("group"),
        "show_safety": show_safety,
        "processing_stopped": selectors.survivor_processing_stopped(survivor=survivor),
        "can_export": can(user, Action.SURVIVOR_EXPORT),
        "can_erase": can(user, Action.SURVIVOR_ERASE) and survivor.erased_at is None,
        "can_withdraw": can(user, Action.CONSENT_WITHDRAW),
    }
    if can(user, Action.AUDIT_VIEW):
        context["access_log"] = describe_all(
            selectors.survivor_access_log(survivor=survivor, limit=ACCESS_LOG_ON_FILE)
        )
    if show_safety:
        context["exclusions"] = survivor.exclusions.select_related("other_survivor", "buddy")
        context["contact_bans"] = survivor.contact_bans.all()
    return render(request, "frontend/survivors/file.html", context)


def _record_form(
    request: HttpRequest,
    *,
    survivor: Survivor,
    form: VerderForm,
    save: Callable[[dict[str, Any]], object],
    title: str | Promise,
    done: str | Promise,
) -> HttpResponse:
    if request.method == "POST" and form.is_valid():
        try:
            save(form.cleaned_data)
        except (ValidationError, DomainError) as error:
            form.add_service_error(error)
        else:
            messages.success(request, str(done))
            return redirect("frontend:survivor-file", survivor_id=survivor.pk)
    return render(
        request,
        "frontend/survivors/record_form.html",
        {"form": form, "survivor": survivor, "title": title},
    )


@requires(Action.SURVIVOR_UPDATE)
def consent_create(request: HttpRequest, survivor_id: int) -> HttpResponse:
    user = current_user(request)
    survivor = selectors.survivor_get_for_user(user=user, survivor_id=survivor_id)
    return _record_form(
        request,
        survivor=survivor,
        form=ConsentForm(request.POST or None),
        save=lambda data: services.consent_record(actor=user, survivor=survivor, **data),
        title=gettext_lazy("Record consent"),
        done=gettext_lazy("The consent has been recorded."),
    )


@requires(Action.SURVIVOR_SAFETY)
def contact_ban_create(request: HttpRequest, survivor_id: int) -> HttpResponse:
    user = current_user(request)
    survivor = selectors.survivor_get_for_user(user=user, survivor_id=survivor_id)
    return _record_form(
        request,
        survivor=survivor,
        form=ContactBanForm(request.POST or None),
        save=lambda data: services.contact_ban_add(actor=user, survivor=survivor, **data),
        title=gettext_lazy("Add a contact ban"),
        done=gettext_lazy("The contact ban has been added."),
    )


@requires(Action.SURVIVOR_SAFETY)
def exclusion_create(request: HttpRequest, survivor_id: int) -> HttpResponse:
    user = current_user(request)
    survivor = selectors.survivor_get_for_user(user=user, survivor_id=survivor_id)
    return _record_form(
        request,
        survivor=survivor,
        form=ExclusionForm(request.POST or None, user=user, survivor=survivor),
        save=lambda data: services.safety_exclusion_add(actor=user, survivor=survivor, **data),
        title=gettext_lazy("Add a safety exclusion"),
        done=gettext_lazy("The exclusion has been added."),
    )
