"""Login protection hooks. Nothing here may reveal whether an account exists."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils.html import escape
from django.utils.translation import gettext as _


def lockout_response(
    request: HttpRequest, original_response: Any = None, credentials: Any = None
) -> HttpResponse:
    """The same answer for a known and an unknown address: lockout counts per address and IP."""
    message = escape(_("Too many attempts. Wait a while and try again."))
    body = (
        f'<!doctype html><html lang="{escape(getattr(request, "LANGUAGE_CODE", "nl"))}">'
        f"<head><title>Verder</title></head><body><main><p>{message}</p>"
        f'<p><a href="/accounts/login/">{escape(_("Back"))}</a></p></main></body></html>'
    )
    return HttpResponse(body, status=429)
