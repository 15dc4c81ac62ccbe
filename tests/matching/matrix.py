"""Permission-matrix cases of the matching API routes (see tests/aftercare)."""

from __future__ import annotations

from typing import Any

CASES: list[Any] = []
