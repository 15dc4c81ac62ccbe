"""Routes of the data-rights pages. Neutral words: a browser history must not tell a story."""

from __future__ import annotations

from django.urls import URLPattern, path

from frontend.views import privacy

urlpatterns: list[URLPattern] = [
    path(
        "participants/<int:survivor_id>/export/",
        privacy.survivor_export,
        name="survivor-export",
    ),
    path(
        "participants/<int:survivor_id>/erase/",
        privacy.survivor_erase,
        name="survivor-erase",
    ),
    path(
        "participants/<int:survivor_id>/consents/<int:consent_id>/withdraw/",
        privacy.consent_withdraw,
        name="consent-withdraw",
    ),
    path("settings/retention/", privacy.retention_settings, name="retention"),
    path("my-data/", privacy.my_data, name="my-data"),
]
