"""WebSocket routes, loaded by aftercare.asgi under origin validation and session auth."""

from django.urls import path

from messaging.consumers import ConversationConsumer

websocket_urlpatterns = [
    path("ws/", ConversationConsumer.as_asgi()),
]
