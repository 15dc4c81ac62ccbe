"""Settings of the benchmark's server processes: production settings with bench-only overrides.

Imported instead of `aftercare.settings` by the processes the benchmark starts. It never runs in
production: the rate limit is lifted because 400 clients at 150 messages/s exceed 20 per sender
per minute by design, and the channel layer gets its own prefix so a benchmark on a shared Redis
never reaches another run's sockets (group names such as ``conv-1`` repeat across databases).
"""

from __future__ import annotations

import os

from aftercare.settings import *  # noqa: F403
from aftercare.settings import CHANNEL_LAYERS

DEBUG = False
SECURE_SSL_REDIRECT = False
MESSAGING_RATE_LIMIT = 1_000_000
MESSAGING_HEARTBEAT_SECONDS = float(os.environ.get("VERDER_BENCH_HEARTBEAT", "15"))
if CHANNEL_LAYERS["default"]["BACKEND"].startswith("channels_redis"):
    CHANNEL_LAYERS["default"]["CONFIG"]["prefix"] = os.environ.get(
        "VERDER_BENCH_LAYER_PREFIX", "verder-bench"
    )
