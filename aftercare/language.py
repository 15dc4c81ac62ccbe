"""Her language is one choice: the pages, the chat socket's texts, reminders and e-mails.

Pages follow Django's language cookie (or the browser's language). What is sent to her outside
a page request (reminders, the chat socket's neutral texts) follows `User.language`. The two are
kept together: the switch on every page stores her choice on her account as well as in the
cookie, and the language she logs in with is stored at login.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_POST
from django.views.i18n import set_language as django_set_language

from aftercare.models import User


def _supported(code: str | None) -> str | None:
    codes = {code for code, _name in settings.LANGUAGES}
    return code if code in codes else None


@require_POST
def set_language(request: HttpRequest) -> HttpResponse:
    """Django's `set_language` (same checks on `next`), remembered on her account."""
    response = django_set_language(request)
    chosen = _supported(request.POST.get("language"))
    user = getattr(request, "user", None)
    if chosen and isinstance(user, User) and user.is_authenticated and user.language != chosen:
        user.language = chosen
        user.save(update_fields=["language"])
    return response


@receiver(user_logged_in)
def remember_language_at_login(
    sender: object, request: HttpRequest | None, user: User, **kwargs: object
) -> None:
    """The language she logs in with is the one her reminders and socket texts use."""
    chosen = _supported(getattr(request, "LANGUAGE_CODE", None))
    if chosen and user.language != chosen:
        user.language = chosen
        user.save(update_fields=["language"])
