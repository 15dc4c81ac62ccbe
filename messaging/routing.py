"""WebSocket routes; the consumers come with the messaging issue."""

websocket_urlpatterns: list[object] = []
