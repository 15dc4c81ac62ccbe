"""WebSocket routes, loaded by aftercare.asgi under origin validation and session auth."""

from django.urls import path

from messaging.consumers import ConversationConsumer
from messaging.moderation.learned import default_models

websocket_urlpatterns = [
    path("ws/", ConversationConsumer.as_asgi()),
]

# The server learns the moderation models while it starts (about 3 s), so that the first
# message after a start is not the one that waits for it.
default_models()
