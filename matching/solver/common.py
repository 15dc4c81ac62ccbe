"""Shared pieces of both solvers: instance errors, week slots and geography.

Pure Python and numpy; nothing here may import Django or the rest of the project.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

SLOTS_PER_WEEK = 21
EARTH_RADIUS_KM = 6371.0088


class InstanceError(ValueError):
    """An instance document that does not follow INSTANCE.md.

    The message names the entity and the field, so the CLI can print it as one line.
    """

    def __init__(self, entity: str, field: str, problem: str) -> None:
        self.entity = entity
        self.field = field
        self.problem = problem
        super().__init__(f"{entity}: {field}: {problem}")


def require(record: Mapping[str, Any], field: str, entity: str) -> Any:
    if field not in record:
        raise InstanceError(entity, field, "missing")
    return record[field]


def check_slots(value: Any, entity: str, field: str = "availability") -> list[int]:
    if not isinstance(value, Sequence) or isinstance(value, str | bytes):
        raise InstanceError(entity, field, "must be a list of slot numbers 0..20")
    slots: list[int] = []
    for slot in value:
        if not isinstance(slot, int) or isinstance(slot, bool) or not 0 <= slot < SLOTS_PER_WEEK:
            raise InstanceError(entity, field, f"slot {slot!r} is outside 0..20")
        slots.append(slot)
    return slots


def slot_mask(slots: Sequence[int]) -> int:
    """A 21-bit mask of week slots, for fast overlap counts."""
    mask = 0
    for slot in slots:
        mask |= 1 << slot
    return mask


def haversine_km(
    lat1: npt.ArrayLike, lon1: npt.ArrayLike, lat2: npt.ArrayLike, lon2: npt.ArrayLike
) -> npt.NDArray[np.float64]:
    """Great-circle distance in km; broadcasts like numpy does."""
    p1 = np.radians(np.asarray(lat1, dtype=np.float64))
    p2 = np.radians(np.asarray(lat2, dtype=np.float64))
    dp = p2 - p1
    dl = np.radians(np.asarray(lon2, dtype=np.float64) - np.asarray(lon1, dtype=np.float64))
    a = np.sin(dp / 2.0) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2.0) ** 2
    result: npt.NDArray[np.float64] = 2.0 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.minimum(a, 1.0)))
    return result
