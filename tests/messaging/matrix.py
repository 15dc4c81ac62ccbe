"""Permission-matrix cases of the messaging API and consumer routes (see tests/aftercare)."""

from __future__ import annotations

from typing import Any

CASES: list[Any] = []
