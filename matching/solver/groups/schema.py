"""The `peer_groups` instance of INSTANCE.md, parsed once into typed records and numpy arrays.

Everything after parsing works on survivor and group *indices*, never on id strings, so no step
depends on Python's per-process string hashing (the results must be byte-identical across runs).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from matching.solver.common import InstanceError, check_slots, require

MINOR_BELOW = 18
SLOTS = 21

BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Survivor:
    id: str
    age: int
    languages: tuple[str, ...]
    interests: tuple[str, ...]
    availability: tuple[int, ...]
    lat: float
    lon: float
    max_km: float
    waiting_days: int


@dataclass(frozen=True)
class ExistingGroup:
    id: str
    min_size: int
    max_size: int
    slot: int
    language: str
    lat: float | None
    lon: float | None
    online: bool
    members: tuple[int, ...]


@dataclass(frozen=True)
class NewGroupRules:
    max: int
    min_size: int
    max_size: int
    online_max: int


@dataclass(frozen=True)
class Instance:
    """A validated instance; the arrays are indexed by survivor position in the input."""

    survivors: tuple[Survivor, ...]
    groups: tuple[ExistingGroup, ...]
    new_groups: NewGroupRules
    separate: tuple[tuple[int, int], ...]
    max_age_spread: int
    languages: tuple[str, ...]
    age: IntArray
    minor: BoolArray
    lat: FloatArray
    lon: FloatArray
    max_km: FloatArray
    waiting_days: IntArray
    available: BoolArray  # survivors × 21
    speaks: BoolArray  # survivors × languages
    interests: BoolArray  # survivors × interests
    member_of: IntArray  # existing group index per survivor, -1 when waiting

    @property
    def n(self) -> int:
        return len(self.survivors)

    def waiting(self) -> IntArray:
        return np.flatnonzero(self.member_of < 0).astype(np.int64)

    def language_index(self, language: str) -> int:
        return self.languages.index(language)


def _number(record: Mapping[str, Any], field: str, entity: str) -> float:
    value = require(record, field, entity)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InstanceError(entity, field, "must be a number")
    return float(value)


def _integer(record: Mapping[str, Any], field: str, entity: str, minimum: int = 0) -> int:
    value = require(record, field, entity)
    if isinstance(value, bool) or not isinstance(value, int):
        raise InstanceError(entity, field, "must be an integer")
    if value < minimum:
        raise InstanceError(entity, field, f"must be at least {minimum}")
    return int(value)


def _strings(record: Mapping[str, Any], field: str, entity: str) -> tuple[str, ...]:
    value = require(record, field, entity)
    if not isinstance(value, Sequence) or isinstance(value, str | bytes):
        raise InstanceError(entity, field, "must be a list of strings")
    if not all(isinstance(item, str) for item in value):
        raise InstanceError(entity, field, "must be a list of strings")
    return tuple(value)


def _position(record: Mapping[str, Any], entity: str) -> tuple[float, float]:
    lat = _number(record, "lat", entity)
    lon = _number(record, "lon", entity)
    if not -90.0 <= lat <= 90.0:
        raise InstanceError(entity, "lat", "must be within -90..90")
    if not -180.0 <= lon <= 180.0:
        raise InstanceError(entity, "lon", "must be within -180..180")
    return lat, lon


def _records(doc: Mapping[str, Any], field: str) -> list[Mapping[str, Any]]:
    value = require(doc, field, "instance")
    if not isinstance(value, Sequence) or isinstance(value, str | bytes):
        raise InstanceError("instance", field, "must be a list")
    for item in value:
        if not isinstance(item, Mapping):
            raise InstanceError("instance", field, "every entry must be an object")
    return list(value)


def _survivor(record: Mapping[str, Any], position: int) -> Survivor:
    raw_id = require(record, "id", f"survivors[{position}]")
    if not isinstance(raw_id, str) or not raw_id:
        raise InstanceError(f"survivors[{position}]", "id", "must be a non-empty string")
    entity = f"survivor {raw_id}"
    lat, lon = _position(record, entity)
    languages = _strings(record, "languages", entity)
    if not languages:
        raise InstanceError(entity, "languages", "must name at least one language")
    max_km = _number(record, "max_km", entity)
    if max_km < 0:
        raise InstanceError(entity, "max_km", "must not be negative")
    return Survivor(
        id=raw_id,
        age=_integer(record, "age", entity),
        languages=languages,
        interests=_strings(record, "interests", entity),
        availability=tuple(check_slots(require(record, "availability", entity), entity)),
        lat=lat,
        lon=lon,
        max_km=max_km,
        waiting_days=_integer(record, "waiting_days", entity),
    )


def _sizes(record: Mapping[str, Any], entity: str) -> tuple[int, int]:
    min_size = _integer(record, "min_size", entity, minimum=1)
    max_size = _integer(record, "max_size", entity, minimum=1)
    if min_size > max_size:
        raise InstanceError(entity, "min_size", f"{min_size} is larger than max_size {max_size}")
    return min_size, max_size


def _group(record: Mapping[str, Any], position: int, index: Mapping[str, int]) -> ExistingGroup:
    raw_id = require(record, "id", f"groups[{position}]")
    if not isinstance(raw_id, str) or not raw_id:
        raise InstanceError(f"groups[{position}]", "id", "must be a non-empty string")
    entity = f"group {raw_id}"
    min_size, max_size = _sizes(record, entity)
    slots = check_slots([require(record, "slot", entity)], entity, "slot")
    language = require(record, "language", entity)
    if not isinstance(language, str) or not language:
        raise InstanceError(entity, "language", "must be a non-empty string")
    online = require(record, "online", entity)
    if not isinstance(online, bool):
        raise InstanceError(entity, "online", "must be true or false")
    lat: float | None = None
    lon: float | None = None
    # An online group needs no place; a place given anyway is kept and checked.
    if not online or record.get("lat") is not None or record.get("lon") is not None:
        lat, lon = _position(record, entity)
    members: list[int] = []
    for member in _strings(record, "members", entity):
        if member not in index:
            raise InstanceError(entity, "members", f"unknown survivor {member!r}")
        if index[member] in members:
            raise InstanceError(entity, "members", f"survivor {member!r} is listed twice")
        members.append(index[member])
    return ExistingGroup(
        id=raw_id,
        min_size=min_size,
        max_size=max_size,
        slot=slots[0],
        language=language,
        lat=lat,
        lon=lon,
        online=online,
        members=tuple(members),
    )


def _new_groups(doc: Mapping[str, Any]) -> NewGroupRules:
    record = require(doc, "new_groups", "instance")
    if not isinstance(record, Mapping):
        raise InstanceError("instance", "new_groups", "must be an object")
    min_size, max_size = _sizes(record, "new_groups")
    limit = _integer(record, "max", "new_groups")
    # `online_max` is an addition to INSTANCE.md: without it, new groups meet in person.
    online_max = _integer(record, "online_max", "new_groups") if "online_max" in record else 0
    return NewGroupRules(max=limit, min_size=min_size, max_size=max_size, online_max=online_max)


def _separate(doc: Mapping[str, Any], index: Mapping[str, int]) -> tuple[tuple[int, int], ...]:
    value = doc.get("separate", [])
    if not isinstance(value, Sequence) or isinstance(value, str | bytes):
        raise InstanceError("instance", "separate", "must be a list of pairs")
    pairs: set[tuple[int, int]] = set()
    for pair in value:
        if (
            not isinstance(pair, Sequence)
            or isinstance(pair, str | bytes)
            or len(pair) != 2
            or not all(isinstance(item, str) for item in pair)
        ):
            raise InstanceError("instance", "separate", f"{pair!r} is not a pair of survivor ids")
        for item in pair:
            if item not in index:
                raise InstanceError("instance", "separate", f"unknown survivor {item!r}")
        a, b = index[pair[0]], index[pair[1]]
        if a == b:
            raise InstanceError("instance", "separate", f"{pair[0]!r} is paired with herself")
        pairs.add((min(a, b), max(a, b)))
    return tuple(sorted(pairs))


def _max_age_spread(doc: Mapping[str, Any]) -> int:
    rules = require(doc, "rules", "instance")
    if not isinstance(rules, Mapping):
        raise InstanceError("instance", "rules", "must be an object")
    return _integer(rules, "max_age_spread", "rules")


def parse_instance(doc: Mapping[str, Any]) -> Instance:
    """Check the document against INSTANCE.md and build the arrays; raises InstanceError."""
    if not isinstance(doc, Mapping):
        raise InstanceError("instance", "kind", "the instance must be a JSON object")
    kind = require(doc, "kind", "instance")
    if kind != "peer_groups":
        raise InstanceError("instance", "kind", f"expected 'peer_groups', got {kind!r}")
    version = doc.get("version", 1)
    if version != 1:
        raise InstanceError("instance", "version", f"unsupported version {version!r}")

    survivors: list[Survivor] = []
    index: dict[str, int] = {}
    for position, record in enumerate(_records(doc, "survivors")):
        survivor = _survivor(record, position)
        if survivor.id in index:
            raise InstanceError(f"survivor {survivor.id}", "id", "duplicate id")
        index[survivor.id] = len(survivors)
        survivors.append(survivor)

    groups: list[ExistingGroup] = []
    group_ids: set[str] = set()
    member_of = np.full(len(survivors), -1, dtype=np.int64)
    for position, record in enumerate(_records(doc, "groups")):
        group = _group(record, position, index)
        if group.id in group_ids:
            raise InstanceError(f"group {group.id}", "id", "duplicate id")
        group_ids.add(group.id)
        for member in group.members:
            if member_of[member] >= 0:
                raise InstanceError(
                    f"survivor {survivors[member].id}",
                    "groups",
                    f"member of both {groups[member_of[member]].id} and {group.id}",
                )
            member_of[member] = len(groups)
        groups.append(group)

    new_groups = _new_groups(doc)
    separate = _separate(doc, index)
    spread = _max_age_spread(doc)

    languages = tuple(
        sorted({lang for s in survivors for lang in s.languages} | {g.language for g in groups})
    )
    interest_names = sorted({tag for s in survivors for tag in s.interests})
    n = len(survivors)
    available = np.zeros((n, SLOTS), dtype=np.bool_)
    speaks = np.zeros((n, len(languages)), dtype=np.bool_)
    interests = np.zeros((n, len(interest_names)), dtype=np.bool_)
    lang_pos = {lang: k for k, lang in enumerate(languages)}
    tag_pos = {tag: k for k, tag in enumerate(interest_names)}
    for i, survivor in enumerate(survivors):
        available[i, list(survivor.availability)] = True
        speaks[i, [lang_pos[lang] for lang in survivor.languages]] = True
        interests[i, [tag_pos[tag] for tag in survivor.interests]] = True
    age = np.array([s.age for s in survivors], dtype=np.int64)
    return Instance(
        survivors=tuple(survivors),
        groups=tuple(groups),
        new_groups=new_groups,
        separate=separate,
        max_age_spread=spread,
        languages=languages,
        age=age,
        minor=age < MINOR_BELOW,
        lat=np.array([s.lat for s in survivors], dtype=np.float64),
        lon=np.array([s.lon for s in survivors], dtype=np.float64),
        max_km=np.array([s.max_km for s in survivors], dtype=np.float64),
        waiting_days=np.array([s.waiting_days for s in survivors], dtype=np.int64),
        available=available,
        speaks=speaks,
        interests=interests,
        member_of=member_of,
    )
