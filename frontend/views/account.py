"""The second factor: the code step after the password, enrolment, backup codes, signing out
everywhere, and the coordinator's list of accounts with the reset for a lost phone."""

from __future__ import annotations

from base64 import b32encode

import segno
from django.contrib import messages
from django.contrib.auth import logout, update_session_auth_hash
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp import verify_token
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from aftercare import selectors
from aftercare.errors import DomainError, Forbidden
from aftercare.models import User
from aftercare.policies import Action
from aftercare.services import twofactor
from aftercare.twofactor import (
    HAS_DEVICE_KEY,
    is_verified,
    requires_two_factor,
    role_requires_two_factor,
)
from frontend.forms.account import CodeForm, EnrolForm
from frontend.views.base import current_user, paginate, requires


def _next_url(request: HttpRequest) -> str:
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return reverse("frontend:home")


def _with_next(name: str, next_url: str) -> str:
    return f"{reverse(name)}?next={next_url}"


def _verified(request: HttpRequest, device: TOTPDevice | StaticDevice) -> None:
    otp_login(request, device)
    request.session[HAS_DEVICE_KEY] = True
    # A new session key once the second factor is given: a key seen before it is worthless.
    request.session.cycle_key()


def account_security(user: User) -> dict[str, object]:
    """What the profile page shows of her login: two-factor state and backup codes left."""
    return {
        "two_factor_on": twofactor.totp_device_confirmed(user=user) is not None,
        "backup_codes_left": twofactor.backup_codes_left(user=user),
    }


def two_factor(request: HttpRequest) -> HttpResponse:
    """The step after the password: the code from the app, or one backup code."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    user = current_user(request)
    next_url = _next_url(request)
    if not requires_two_factor(user, request.session) or is_verified(user):
        return redirect(next_url)
    phone = twofactor.totp_device_confirmed(user=user)
    if phone is None:
        return redirect(_with_next("frontend:two-factor-enrol", next_url))
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        code = form.cleaned_data["code"]
        # Six digits come from the app; anything else is tried as a backup code, so a backup
        # code typed in does not count as a wrong code of the app.
        candidate: TOTPDevice | StaticDevice | None = phone
        if not (code.isdigit() and len(code) == 6):
            candidate = StaticDevice.objects.filter(user=user, confirmed=True).first()
        allowed = candidate is not None and candidate.verify_is_allowed()[0]
        if candidate is not None and not allowed:
            form.add_error("code", _("Too many wrong codes. Wait a minute and try again."))
        elif candidate is not None and verify_token(user, candidate.persistent_id, code):
            _verified(request, candidate)
            return redirect(next_url)
        else:
            form.add_error("code", _("This code is not right. Try the code the app shows now."))
    return render(request, "frontend/account/two_factor.html", {"form": form, "next": next_url})


def _qr_code(device: TOTPDevice) -> SafeString:
    svg = segno.make(device.config_url, error="m").svg_inline(
        scale=5, border=2, title=_("QR code with your key"), svgclass="qr-code"
    )
    # segno writes the SVG itself from the key: no user input reaches this markup.
    return mark_safe(svg)  # noqa: S308


def _grouped_key(device: TOTPDevice) -> str:
    key = b32encode(device.bin_key).decode("ascii").rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


def two_factor_enrol(request: HttpRequest) -> HttpResponse:
    """Set up the app: scan (or type) the key, then type one code back."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    user = current_user(request)
    next_url = _next_url(request)
    if twofactor.totp_device_confirmed(user=user) is not None and not is_verified(user):
        # Someone who has a phone must give its code before she may replace it: a stolen
        # password alone never enrols a new phone.
        return redirect(_with_next("frontend:two-factor", next_url))
    device = twofactor.totp_device_pending(user=user)
    form = EnrolForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not device.verify_is_allowed()[0]:
            form.add_error("code", _("Too many wrong codes. Wait a minute and try again."))
        else:
            confirmed = twofactor.totp_enrolment_confirm(user=user, token=form.cleaned_data["code"])
            if confirmed is not None:
                phone, codes = confirmed
                update_session_auth_hash(request, user)
                _verified(request, phone)
                return render(
                    request,
                    "frontend/account/backup_codes.html",
                    {"codes": codes, "next": next_url, "first_time": True},
                )
            form.add_error(
                "code",
                _(
                    "This code is not right. Check that the clock of your phone is correct and "
                    "try the code the app shows now."
                ),
            )
    return render(
        request,
        "frontend/account/enrol.html",
        {
            "form": form,
            "next": next_url,
            "qr_code": _qr_code(device),
            "key": _grouped_key(device),
            "required": role_requires_two_factor(user.role),
        },
    )


@require_POST
@requires(Action.PROFILE_VIEW)
def backup_codes_renew(request: HttpRequest) -> HttpResponse:
    user = current_user(request)
    if not is_verified(user):
        return redirect(_with_next("frontend:two-factor", reverse("frontend:profile")))
    try:
        codes = twofactor.backup_codes_renew(user=user)
    except DomainError:
        return redirect(reverse("frontend:two-factor-enrol"))
    return render(
        request,
        "frontend/account/backup_codes.html",
        {"codes": codes, "next": reverse("frontend:profile"), "first_time": False},
    )


@require_POST
@requires(Action.PROFILE_VIEW)
def sign_out_everywhere(request: HttpRequest) -> HttpResponse:
    """Every session ends, this one too: for a phone that was lost or shared."""
    twofactor.sign_out_everywhere(user=current_user(request))
    logout(request)
    return redirect(f"{reverse('login')}?signed-out=everywhere")


@requires(Action.ACCOUNT_MANAGE)
def team(request: HttpRequest) -> HttpResponse:
    """The accounts of her organisation with whether each has set up two-factor login."""
    user = current_user(request)
    page = paginate(request, selectors.account_list_for_user(user=user))
    with_phone = set(
        TOTPDevice.objects.filter(
            user__in=[account.pk for account in page], confirmed=True
        ).values_list("user_id", flat=True)
    )
    rows = [
        {
            "account": account,
            "has_phone": account.pk in with_phone,
            "required": role_requires_two_factor(account.role),
            "resettable": account.pk in with_phone
            and twofactor.two_factor_resettable_by(user, account),
        }
        for account in page
    ]
    return render(request, "frontend/account/team.html", {"page": page, "rows": rows})


@require_POST
@requires(Action.ACCOUNT_MANAGE)
def team_reset(request: HttpRequest, user_id: int) -> HttpResponse:
    user = current_user(request)
    target = selectors.account_list_for_user(user=user).filter(pk=user_id).first()
    if target is None:
        raise Http404
    try:
        twofactor.two_factor_reset(actor=user, target=target)
    except Forbidden:
        raise PermissionDenied from None
    messages.success(
        request,
        format_html(
            _("Two-factor login of {name} was reset. At the next login it is set up again."),
            name=str(target),
        ),
    )
    return redirect("frontend:team")
