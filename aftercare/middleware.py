from __future__ import annotations

import time
from collections.abc import Callable

from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse

LAST_SEEN_KEY = "verder_last_seen"


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
            timeouts: dict[str, int] = settings.SESSION_IDLE_TIMEOUTS
            limit = timeouts.get(user.role, timeouts.get("default", 3600))
            now = int(time.time())
            last_seen = request.session.get(LAST_SEEN_KEY)
            if isinstance(last_seen, int) and now - last_seen > limit:
                logout(request)
            elif not isinstance(last_seen, int) or now - last_seen >= 60:
                request.session[LAST_SEEN_KEY] = now
        return self.get_response(request)
