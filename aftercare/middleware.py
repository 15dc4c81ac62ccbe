from __future__ import annotations

import time
from collections.abc import Callable

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from aftercare.api_errors import error_body
from aftercare.twofactor import is_verified, requires_two_factor

LAST_SEEN_KEY = "verder_last_seen"
SIGNED_IN_KEY = "verder_signed_in_at"


class NoStoreMiddleware:
    """Pages of signed-in people are never cached: a shared or seized phone keeps no copy."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and "Cache-Control" not in response:
            response["Cache-Control"] = "no-store, private"
        return response


def idle_limit(role: str) -> int:
    """Seconds without activity after which this role is signed out (pages and chat socket)."""
    timeouts: dict[str, int] = settings.SESSION_IDLE_TIMEOUTS
    return timeouts.get(role, timeouts.get("default", 3600))


class IdleTimeoutMiddleware:
    """Sign a person out after a period without activity, shorter for survivors.

    A phone left unlocked on a table must not stay signed in: the timeout per role is
    settings.SESSION_IDLE_TIMEOUTS (seconds). The last-seen stamp is written at most once a
    minute, so an active session does not write on every request.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            limit = idle_limit(user.role)
            now = int(time.time())
            last_seen = request.session.get(LAST_SEEN_KEY)
            signed_in_at = request.session.get(SIGNED_IN_KEY)
            lifetime: int = settings.SESSION_ABSOLUTE_LIFETIME
            if isinstance(last_seen, int) and now - last_seen > limit:
                logout(request)
            elif isinstance(signed_in_at, int) and now - signed_in_at > lifetime:
                # However active she is, a login ends after the absolute lifetime.
                logout(request)
            elif not isinstance(last_seen, int) or now - last_seen >= 60:
                request.session[LAST_SEEN_KEY] = now
                request.session.setdefault(SIGNED_IN_KEY, now)
        return self.get_response(request)


class TwoFactorMiddleware:
    """Someone who needs a second factor and has not given it yet reaches nothing but the
    two-factor pages and logout: pages redirect there, the API answers 403.

    After django_otp's OTPMiddleware, which tells whether this session was verified.
    settings.TWO_FACTOR_OPEN_VIEWS names the views that stay open (by URL name, so the core
    imports no page code).
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        session = getattr(request, "session", None)
        if user is not None and requires_two_factor(user, session) and not is_verified(user):
            try:
                view_name = resolve(request.path_info).view_name
            except Resolver404:
                view_name = ""
            if view_name not in settings.TWO_FACTOR_OPEN_VIEWS:
                if request.path_info.startswith("/api/"):
                    return JsonResponse(
                        error_body(
                            "two_factor_required",
                            _("Give the code from your authenticator app first."),
                        ),
                        status=403,
                    )
                target = reverse(settings.TWO_FACTOR_URL)
                return redirect(f"{target}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)


@receiver(user_logged_in)
def _stamp_login(sender: object, request: HttpRequest | None, **kwargs: object) -> None:
    if request is not None and hasattr(request, "session"):
        request.session[SIGNED_IN_KEY] = int(time.time())
