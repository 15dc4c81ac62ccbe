"""The coordinator's buddy pages: list with screening state, intake and edit forms."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from aftercare import selectors, services
from aftercare.errors import DomainError
from aftercare.policies import Action
from frontend import queries
from frontend.forms import BuddyFilterForm, BuddyForm
from frontend.views.base import current_user, paginate, requires
from frontend.views.survivors import chosen_interests


@requires(Action.BUDDY_LIST)
def buddy_list(request: HttpRequest) -> HttpResponse:
    user = current_user(request)
    organisation = user.organisation
    assert organisation is not None
    filter_form = BuddyFilterForm(request.GET)
    buddies = queries.buddy_search(
        selectors.buddy_list_for_user(user=user), organisation=organisation, **filter_form.filters()
    )
    return render(
        request,
        "frontend/buddies/list.html",
        {"filter_form": filter_form, "page": paginate(request, buddies)},
    )


@requires(Action.BUDDY_CREATE)
def buddy_create(request: HttpRequest) -> HttpResponse:
    user = current_user(request)
    form = BuddyForm(request.POST or None, user=user)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                buddy = services.buddy_create(
                    actor=user,
                    interests=chosen_interests(user=user, form=form),
                    **form.service_fields(),
                )
        except (ValidationError, DomainError) as error:
            form.add_service_error(error)
        else:
            messages.success(
                request, _("%(name)s has been registered.") % {"name": buddy.first_name}
            )
            return redirect("frontend:buddy-list")
    return render(request, "frontend/buddies/form.html", {"form": form, "title": _("New buddy")})


@requires(Action.BUDDY_UPDATE)
def buddy_edit(request: HttpRequest, buddy_id: int) -> HttpResponse:
    user = current_user(request)
    buddy = selectors.buddy_get_for_user(user=user, buddy_id=buddy_id)
    form = BuddyForm(request.POST or None, user=user, instance=buddy)
    if request.method == "POST" and form.is_valid():
        fields = form.changed_service_fields()
        try:
            with transaction.atomic():
                interests = (
                    chosen_interests(user=user, form=form) if form.interests_changed() else None
                )
                if fields or interests is not None:
                    services.buddy_update(actor=user, buddy=buddy, interests=interests, **fields)
        except (ValidationError, DomainError) as error:
            form.add_service_error(error)
        else:
            messages.success(request, _("The changes have been saved."))
            return redirect("frontend:buddy-list")
    return render(
        request,
        "frontend/buddies/form.html",
        {
            "form": form,
            "buddy": buddy,
            "vog_state": buddy.vog_state(),
            "title": _("Edit %(name)s") % {"name": buddy.first_name},
        },
    )
