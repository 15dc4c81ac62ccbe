"""Routes of the web app. Paths use neutral words: a browser history must not tell a story."""

from django.urls import path

from frontend import routes_account, routes_contact, routes_matching, routes_privacy, views

app_name = "frontend"

urlpatterns = [
    path("", views.home, name="home"),
    path("profile/", views.profile, name="profile"),
    path("participants/", views.survivor_list, name="survivor-list"),
    path("participants/new/", views.survivor_create, name="survivor-create"),
    path("participants/<int:survivor_id>/", views.survivor_file, name="survivor-file"),
    path("participants/<int:survivor_id>/edit/", views.survivor_edit, name="survivor-edit"),
    path(
        "participants/<int:survivor_id>/consents/new/",
        views.consent_create,
        name="consent-create",
    ),
    path(
        "participants/<int:survivor_id>/contact-bans/new/",
        views.contact_ban_create,
        name="contact-ban-create",
    ),
    path(
        "participants/<int:survivor_id>/exclusions/new/",
        views.exclusion_create,
        name="exclusion-create",
    ),
    path("buddies/", views.buddy_list, name="buddy-list"),
    path("buddies/new/", views.buddy_create, name="buddy-create"),
    path("buddies/<int:buddy_id>/edit/", views.buddy_edit, name="buddy-edit"),
]

# Pages of the other apps, each in its own module so they can grow apart.
urlpatterns += routes_matching.urlpatterns + routes_contact.urlpatterns
urlpatterns += routes_account.urlpatterns
urlpatterns += routes_privacy.urlpatterns
