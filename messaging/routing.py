"""WebSocket routes, loaded by aftercare.asgi under origin validation and session auth."""

from django.urls import path

from messaging.consumers import ConversationConsumer
from messaging.moderation.learned import default_model

websocket_urlpatterns = [
    path("ws/", ConversationConsumer.as_asgi()),
]

# The server learns the distress model while it starts (about half a second), so that the first
# message after a start is not the one that waits for it.
default_model()
