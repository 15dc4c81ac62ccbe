"""Signals the core sends so other apps can act without the core importing them."""

from __future__ import annotations

from django.dispatch import Signal

# Sent with `user_id` after a person's session generation was raised (log out everywhere, a
# reset of her second factor, erasure, enrolment elsewhere): every session of hers is over, and
# whatever keeps a connection open for her (the chat socket) must close it.
sessions_ended = Signal()

# Sent with `user_id`, `notification_id` and `text` once a notification (a reminder, a changed
# appointment) is committed: the chat socket pushes it to her open sessions.
notification_created = Signal()
