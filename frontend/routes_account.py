"""Routes of the second factor, the profile's account actions and the list of accounts."""

from __future__ import annotations

from django.urls import URLPattern, path

from frontend.views import account

urlpatterns: list[URLPattern] = [
    path("accounts/two-factor/", account.two_factor, name="two-factor"),
    path("accounts/two-factor/set-up/", account.two_factor_enrol, name="two-factor-enrol"),
    path(
        "accounts/two-factor/backup-codes/",
        account.backup_codes_renew,
        name="two-factor-backup-codes",
    ),
    path("accounts/sign-out-everywhere/", account.sign_out_everywhere, name="sign-out-everywhere"),
    path("team/", account.team, name="team"),
    path("team/<int:user_id>/reset-two-factor/", account.team_reset, name="team-reset"),
]
