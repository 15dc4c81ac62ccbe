from django.urls import path

from aftercare.api import contact, people, platform, privacy, relations

app_name = "api"

urlpatterns = [
    path("me/", platform.MeApi.as_view(), name="me"),
    path("organisations/", platform.OrganisationListApi.as_view(), name="organisation-list"),
    path("accounts/", platform.AccountListApi.as_view(), name="account-list"),
    path("audit/", platform.AuditListApi.as_view(), name="audit-list"),
    path("interests/", people.InterestListApi.as_view(), name="interest-list"),
    path("survivors/", people.SurvivorListApi.as_view(), name="survivor-list"),
    path(
        "survivors/<int:survivor_id>/", people.SurvivorDetailApi.as_view(), name="survivor-detail"
    ),
    path(
        "survivors/<int:survivor_id>/consents/",
        people.SurvivorConsentsApi.as_view(),
        name="survivor-consents",
    ),
    path(
        "survivors/<int:survivor_id>/exclusions/",
        people.SurvivorExclusionsApi.as_view(),
        name="survivor-exclusions",
    ),
    path(
        "survivors/<int:survivor_id>/contact-bans/",
        people.SurvivorContactBansApi.as_view(),
        name="survivor-contact-bans",
    ),
    path(
        "survivors/<int:survivor_id>/export/", privacy.ExportApi.as_view(), name="survivor-export"
    ),
    path("survivors/<int:survivor_id>/erase/", privacy.EraseApi.as_view(), name="survivor-erase"),
    path(
        "survivors/<int:survivor_id>/access-log/",
        privacy.SurvivorAccessLogApi.as_view(),
        name="survivor-access-log",
    ),
    path(
        "consents/<int:consent_id>/withdraw/",
        privacy.ConsentWithdrawApi.as_view(),
        name="consent-withdraw",
    ),
    path("retention/", privacy.RetentionApi.as_view(), name="retention"),
    path("me/access-log/", privacy.OwnAccessLogApi.as_view(), name="own-access-log"),
    path("buddies/", people.BuddyListApi.as_view(), name="buddy-list"),
    path("buddies/<int:buddy_id>/", people.BuddyDetailApi.as_view(), name="buddy-detail"),
    path("matches/", relations.MatchListApi.as_view(), name="match-list"),
    path("matches/<int:match_id>/", relations.MatchDetailApi.as_view(), name="match-detail"),
    path(
        "matches/<int:match_id>/transition/",
        relations.MatchTransitionApi.as_view(),
        name="match-transition",
    ),
    path("groups/", relations.GroupListApi.as_view(), name="group-list"),
    path("groups/<int:group_id>/", relations.GroupDetailApi.as_view(), name="group-detail"),
    path(
        "groups/<int:group_id>/members/", relations.GroupMembersApi.as_view(), name="group-members"
    ),
    path("contact-moments/", contact.MomentListApi.as_view(), name="moment-list"),
    path(
        "contact-moments/<int:moment_id>/", contact.MomentDetailApi.as_view(), name="moment-detail"
    ),
    path(
        "contact-moments/<int:moment_id>/confirm/",
        contact.MomentConfirmApi.as_view(),
        name="moment-confirm",
    ),
    path(
        "contact-moments/<int:moment_id>/other-time/",
        contact.MomentOtherTimeApi.as_view(),
        name="moment-other-time",
    ),
    path(
        "contact-moments/<int:moment_id>/move/", contact.MomentMoveApi.as_view(), name="moment-move"
    ),
    path(
        "contact-moments/<int:moment_id>/cancel/",
        contact.MomentCancelApi.as_view(),
        name="moment-cancel",
    ),
    path(
        "contact-moments/<int:moment_id>/report/",
        contact.MomentReportApi.as_view(),
        name="moment-report",
    ),
    path("contact-moments/<int:moment_id>/ics/", contact.MomentIcsApi.as_view(), name="moment-ics"),
    path("calendar-feed/", contact.CalendarFeedApi.as_view(), name="calendar-feed"),
    path(
        # slug: the token is URL-safe base64; anything else (a NUL byte) is not even looked up.
        "calendar/<slug:token>.ics",
        contact.CalendarFeedIcsApi.as_view(),
        name="calendar-feed-ics",
    ),
    path("notifications/", contact.NotificationListApi.as_view(), name="notification-list"),
    path("notifications/read/", contact.NotificationReadApi.as_view(), name="notification-read"),
    path("dashboard/", contact.DashboardApi.as_view(), name="dashboard"),
    path("cadence-policy/", contact.CadencePolicyApi.as_view(), name="cadence-policy"),
    path("me/reminders/", contact.ReminderPreferenceApi.as_view(), name="reminder-preference"),
    path(
        "worries/<int:report_id>/acknowledge/",
        contact.WorryAcknowledgeApi.as_view(),
        name="worry-acknowledge",
    ),
]
