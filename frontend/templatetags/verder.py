"""Template helpers of the web app."""

from __future__ import annotations

from django import template
from django.conf import settings
from django.http import HttpRequest

from aftercare.choices import Role
from aftercare.twofactor import is_verified, requires_two_factor
from frontend.forms import VOG_STATES

register = template.Library()


@register.simple_tag
def quick_exit_url() -> str:
    return str(settings.QUICK_EXIT_URL)


@register.filter
def sees_quick_exit(user: object) -> bool:
    """Everyone who is not signed in (the login page is shared) and every participant."""
    if not getattr(user, "is_authenticated", False):
        return True
    return getattr(user, "role", None) == Role.SURVIVOR


@register.filter
def fully_signed_in(request: HttpRequest) -> bool:
    """Signed in and, where her role or her own choice needs it, past the second factor: only
    then does the page show the menu."""
    user = getattr(request, "user", None)
    if not getattr(user, "is_authenticated", False):
        return False
    return not requires_two_factor(user, getattr(request, "session", None)) or is_verified(user)


@register.filter
def vog_label(state: str) -> str:
    return str(dict(VOG_STATES).get(state, state))
