"""The coordinator's own track beside the buddy's contacts: she plans a check-in with the buddy
or the survivor of a match from its timeline. Her check-ins are on her agenda, where she moves,
cancels and reports on them like any other moment (frontend.views.agenda)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from aftercare import selectors
from aftercare.errors import DomainError, Forbidden
from aftercare.models import ContactKind
from aftercare.policies import Action
from aftercare.services import contact
from frontend.forms.contact import CheckInForm
from frontend.views.base import current_user, requires


@requires(Action.MATCH_CHANGE)
def match_check_in_plan(request: HttpRequest, match_id: int) -> HttpResponse:
    user = current_user(request)
    match = selectors.match_get_for_user(user=user, match_id=match_id)
    names = {"buddy": match.buddy.first_name, "survivor": match.survivor.pseudonym}
    form = CheckInForm(request.POST or None, names=names)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            contact.contact_plan(
                actor=user,
                match=match,
                kind=ContactKind.CHECK_IN,
                check_in_with=data["check_in_with"],
                starts_at=form.starts_at(),
                duration_minutes=data["duration_minutes"],
                place=data["place"],
                online=data["online"],
            )
        except Forbidden:
            raise PermissionDenied from None
        except (ValidationError, DomainError) as error:
            form.add_service_error(error)
        else:
            messages.success(request, _("The check-in is planned and on your agenda."))
            return redirect("frontend:match-timeline", match_id=match.pk)
    return render(request, "frontend/dashboard/check_in.html", {"form": form, "match": match})
