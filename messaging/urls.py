"""REST routes of messaging, included under /api/v1/."""

from django.urls import path

from messaging import api

app_name = "messaging"

urlpatterns = [
    path("conversations/", api.ConversationListApi.as_view(), name="conversation-list"),
    path(
        "conversations/<int:conversation_id>/messages/",
        api.ConversationMessagesApi.as_view(),
        name="conversation-messages",
    ),
    path(
        "conversations/<int:conversation_id>/read/",
        api.ConversationReadApi.as_view(),
        name="conversation-read",
    ),
    path(
        "conversations/<int:conversation_id>/block/",
        api.ConversationBlockApi.as_view(),
        name="conversation-block",
    ),
    path(
        "conversations/<int:conversation_id>/pause/",
        api.ConversationPauseApi.as_view(),
        name="conversation-pause",
    ),
    path(
        "messages/<int:message_id>/report/", api.MessageReportApi.as_view(), name="message-report"
    ),
    path(
        "messages/<int:message_id>/release/",
        api.MessageReleaseApi.as_view(),
        name="message-release",
    ),
    path(
        "messages/<int:message_id>/reject/", api.MessageRejectApi.as_view(), name="message-reject"
    ),
    path("moderation/queue/", api.ModerationQueueApi.as_view(), name="moderation-queue"),
    path("alerts/", api.AlertListApi.as_view(), name="alert-list"),
    path(
        "alerts/<int:alert_id>/acknowledge/",
        api.AlertAcknowledgeApi.as_view(),
        name="alert-acknowledge",
    ),
]
