"""Routes of the chat, moderation, agenda, group-session and dashboard pages, and the contact
settings (cadence rules, reminders by e-mail)."""

from __future__ import annotations

from django.urls import URLPattern, path

from frontend.views import agenda, chat, check_ins, dashboard, preferences, sessions

urlpatterns: list[URLPattern] = [
    path("chat/", chat.chat_list, name="chat-list"),
    path("chat/<int:conversation_id>/", chat.chat_conversation, name="chat-conversation"),
    path("chat/<int:conversation_id>/send/", chat.chat_send, name="chat-send"),
    path("chat/<int:conversation_id>/block/", chat.chat_block, name="chat-block"),
    path("chat/messages/<int:message_id>/report/", chat.chat_report, name="chat-report"),
    path("review/", chat.moderation_queue, name="moderation-queue"),
    path(
        "review/<int:message_id>/release/",
        chat.moderation_decide,
        {"decision": "release"},
        name="moderation-release",
    ),
    path(
        "review/<int:message_id>/reject/",
        chat.moderation_decide,
        {"decision": "reject"},
        name="moderation-reject",
    ),
    path("alerts/", chat.alert_list, name="alert-list"),
    path("alerts/<int:alert_id>/acknowledge/", chat.alert_acknowledge, name="alert-acknowledge"),
    path("agenda/", agenda.agenda, name="agenda"),
    path("agenda/new/", agenda.agenda_plan, name="agenda-plan"),
    path("agenda/feed/", agenda.agenda_feed, name="agenda-feed"),
    path("agenda/<int:moment_id>/confirm/", agenda.agenda_confirm, name="agenda-confirm"),
    path("agenda/<int:moment_id>/other-time/", agenda.agenda_other_time, name="agenda-other-time"),
    path("agenda/<int:moment_id>/report/", agenda.agenda_report, name="agenda-report"),
    path("agenda/<int:moment_id>/ics/", agenda.agenda_ics, name="agenda-ics"),
    path("agenda/<int:moment_id>/move/", agenda.agenda_move, name="agenda-move"),
    path("agenda/<int:moment_id>/cancel/", agenda.agenda_cancel, name="agenda-cancel"),
    path(
        "matches/<int:match_id>/check-ins/new/",
        check_ins.match_check_in_plan,
        name="check-in-plan",
    ),
    path("groups/<int:group_id>/sessions/", sessions.group_sessions, name="group-sessions"),
    path(
        "groups/<int:group_id>/sessions/new/",
        sessions.group_session_plan,
        name="group-session-plan",
    ),
    path(
        "groups/sessions/<int:moment_id>/attendance/",
        sessions.group_session_attendance,
        name="group-session-attendance",
    ),
    path("settings/contact-rules/", preferences.cadence_settings, name="cadence-settings"),
    path("profile/reminders/", preferences.profile_reminders, name="profile-reminders"),
    path(
        "worries/<int:report_id>/acknowledge/",
        dashboard.worry_acknowledge,
        name="worry-acknowledge",
    ),
    path("matches/<int:match_id>/timeline/", dashboard.match_timeline, name="match-timeline"),
    path("matches/<int:match_id>/status/", dashboard.match_status, name="match-status"),
]
