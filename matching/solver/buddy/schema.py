"""The buddy-matching instance as frozen dataclasses, and the checks that build them.

`parse_buddy_instance` is the only way in: it checks a JSON document against INSTANCE.md and
raises `InstanceError` (entity, field, problem) on the first defect it finds. Survivors and
buddies are sorted by id here, so the solver's result does not depend on the order in which a
caller happened to list them.

Required: survivors `id, age, languages, availability, lat, lon, max_km`; buddies `id, gender,
languages, availability, lat, lon, max_km, capacity`. Optional, with the default that can
never make an unsafe match: survivor `gender` (""), `buddy_genders` ([] = any), `interests`
([]), `waiting_days` (0), `wants_lived_experience` (false), `case` (none; a string or an
integer, 7 and "7" are one case); buddy `interests` ([]), `trained_for_minors` (false),
`lived_experience` (false), `max_minors` (none). A buddy's `age` is not used. Instance-level
`excluded`, `fixed`, `rules.min_overlap` (1) and `weights` are optional.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any

from matching.solver.common import InstanceError, check_slots, require

KIND = "buddy_matching"
RESULT_KIND = "buddy_matching_result"
VERSION = 1
ADULT_AGE = 18

PAIR_RULES: tuple[str, ...] = (
    "availability",
    "distance",
    "gender",
    "minors",
    "language",
    "excluded",
)
"""Rules 1-6: a property of one survivor-buddy pair, independent of the rest of the result."""

STATE_RULES: tuple[str, ...] = ("capacity", "case", "max_minors")
"""Rules 7, 9 and 10: whether a buddy can still take a survivor depends on who she already has."""

RULES: tuple[str, ...] = PAIR_RULES + STATE_RULES

COMPONENTS: tuple[str, ...] = (
    "interests",
    "languages",
    "overlap",
    "distance",
    "waiting",
    "lived_experience",
)

INTERESTS_CAP = 3
LANGUAGES_CAP = 2
OVERLAP_CAP = 5
WAITING_CAP_DAYS = 180


@dataclass(frozen=True, slots=True)
class Weights:
    """The most points each score component can give; a pair's score is their sum.

    See the package docstring for how each component scales between 0 and its weight.
    """

    interests: int = 30
    languages: int = 10
    overlap: int = 20
    distance: int = 20
    waiting: int = 30
    lived_experience: int = 15

    def as_dict(self) -> dict[str, int]:
        return {name: int(getattr(self, name)) for name in COMPONENTS}

    @property
    def max_score(self) -> int:
        return sum(self.as_dict().values())


@dataclass(frozen=True, slots=True)
class Survivor:
    id: str
    age: int
    gender: str
    buddy_genders: tuple[str, ...]
    languages: tuple[str, ...]
    interests: tuple[str, ...]
    availability: tuple[int, ...]
    lat: float
    lon: float
    max_km: float
    waiting_days: int
    wants_lived_experience: bool
    case: str | None

    @property
    def minor(self) -> bool:
        return self.age < ADULT_AGE


@dataclass(frozen=True, slots=True)
class Buddy:
    id: str
    gender: str
    languages: tuple[str, ...]
    interests: tuple[str, ...]
    availability: tuple[int, ...]
    lat: float
    lon: float
    max_km: float
    capacity: int
    trained_for_minors: bool
    lived_experience: bool
    max_minors: int | None


@dataclass(frozen=True, slots=True)
class BuddyInstance:
    """A checked instance. Pairs are (survivor index, buddy index) into the sorted tuples.

    `fixed` keeps the document's order so that errors can point at `fixed[i]`.
    """

    survivors: tuple[Survivor, ...]
    buddies: tuple[Buddy, ...]
    excluded: tuple[tuple[int, int], ...]
    fixed: tuple[tuple[int, int], ...]
    min_overlap: int
    weights: Weights

    @property
    def has_side_rules(self) -> bool:
        return any(s.case is not None for s in self.survivors) or any(
            b.max_minors is not None for b in self.buddies
        )


def _integer(value: Any, entity: str, field: str, minimum: int | None = None) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise InstanceError(entity, field, f"must be an integer, got {value!r}")
    if minimum is not None and value < minimum:
        raise InstanceError(entity, field, f"must be at least {minimum}, got {value}")
    return value


def _number(value: Any, entity: str, field: str, low: float, high: float) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
        raise InstanceError(entity, field, f"must be a number, got {value!r}")
    if not low <= value <= high:
        raise InstanceError(entity, field, f"must be within {low:g}..{high:g}, got {value!r}")
    return float(value)


def _boolean(value: Any, entity: str, field: str) -> bool:
    if not isinstance(value, bool):
        raise InstanceError(entity, field, f"must be true or false, got {value!r}")
    return value


def _text(value: Any, entity: str, field: str) -> str:
    if not isinstance(value, str) or not value:
        raise InstanceError(entity, field, f"must be a non-empty string, got {value!r}")
    return value


def _texts(value: Any, entity: str, field: str) -> tuple[str, ...]:
    if not isinstance(value, Sequence) or isinstance(value, str | bytes):
        raise InstanceError(entity, field, "must be a list of strings")
    return tuple(sorted({_text(item, entity, field) for item in value}))


def _record(value: Any, entity: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise InstanceError(entity, "", "must be an object")
    return value


def _list(document: Mapping[str, Any], field: str, *, required: bool) -> Sequence[Any]:
    if field not in document:
        if required:
            raise InstanceError("instance", field, "missing")
        return ()
    value = document[field]
    if not isinstance(value, Sequence) or isinstance(value, str | bytes):
        raise InstanceError("instance", field, "must be a list")
    return value


def _entity_id(record: Mapping[str, Any], position: str, kind: str) -> tuple[str, str]:
    ident = _text(require(record, "id", position), position, "id")
    return ident, f"{kind} {ident}"


def _case(record: Mapping[str, Any], entity: str) -> str | None:
    value = record.get("case")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise InstanceError(entity, "case", f"must be a string or an integer, got {value!r}")
    # Django hands out integer keys, a hand-written file strings: both name the same case.
    return str(value)


def _survivor(raw: Any, index: int) -> Survivor:
    position = f"survivors[{index}]"
    record = _record(raw, position)
    ident, entity = _entity_id(record, position, "survivor")
    return Survivor(
        id=ident,
        age=_integer(require(record, "age", entity), entity, "age", 0),
        gender=_text(record["gender"], entity, "gender") if "gender" in record else "",
        buddy_genders=_texts(record.get("buddy_genders", ()), entity, "buddy_genders"),
        languages=_texts(require(record, "languages", entity), entity, "languages"),
        interests=_texts(record.get("interests", ()), entity, "interests"),
        availability=tuple(
            sorted(set(check_slots(require(record, "availability", entity), entity)))
        ),
        lat=_number(require(record, "lat", entity), entity, "lat", -90.0, 90.0),
        lon=_number(require(record, "lon", entity), entity, "lon", -180.0, 180.0),
        max_km=_number(require(record, "max_km", entity), entity, "max_km", 0.0, 20_038.0),
        waiting_days=_integer(record.get("waiting_days", 0), entity, "waiting_days", 0),
        wants_lived_experience=_boolean(
            record.get("wants_lived_experience", False), entity, "wants_lived_experience"
        ),
        case=_case(record, entity),
    )


def _buddy(raw: Any, index: int) -> Buddy:
    position = f"buddies[{index}]"
    record = _record(raw, position)
    ident, entity = _entity_id(record, position, "buddy")
    max_minors = record.get("max_minors")
    return Buddy(
        id=ident,
        gender=_text(require(record, "gender", entity), entity, "gender"),
        languages=_texts(require(record, "languages", entity), entity, "languages"),
        interests=_texts(record.get("interests", ()), entity, "interests"),
        availability=tuple(
            sorted(set(check_slots(require(record, "availability", entity), entity)))
        ),
        lat=_number(require(record, "lat", entity), entity, "lat", -90.0, 90.0),
        lon=_number(require(record, "lon", entity), entity, "lon", -180.0, 180.0),
        max_km=_number(require(record, "max_km", entity), entity, "max_km", 0.0, 20_038.0),
        capacity=_integer(require(record, "capacity", entity), entity, "capacity", 1),
        trained_for_minors=_boolean(
            record.get("trained_for_minors", False), entity, "trained_for_minors"
        ),
        lived_experience=_boolean(
            record.get("lived_experience", False), entity, "lived_experience"
        ),
        max_minors=None if max_minors is None else _integer(max_minors, entity, "max_minors", 0),
    )


def _unique(ids: Sequence[str], kind: str) -> None:
    seen: set[str] = set()
    for ident in ids:
        if ident in seen:
            raise InstanceError(f"{kind} {ident}", "id", "duplicate id")
        seen.add(ident)


def _pairs(
    document: Mapping[str, Any],
    field: str,
    survivor_index: Mapping[str, int],
    buddy_index: Mapping[str, int],
) -> list[tuple[int, int]]:
    pairs: list[tuple[int, int]] = []
    for position, raw in enumerate(_list(document, field, required=False)):
        entity = f"{field}[{position}]"
        if not isinstance(raw, Sequence) or isinstance(raw, str | bytes) or len(raw) != 2:
            raise InstanceError(entity, field, "must be a pair [survivor id, buddy id]")
        survivor, buddy = raw
        if not isinstance(survivor, str) or survivor not in survivor_index:
            raise InstanceError(entity, "survivor", f"unknown survivor id {survivor!r}")
        if not isinstance(buddy, str) or buddy not in buddy_index:
            raise InstanceError(entity, "buddy", f"unknown buddy id {buddy!r}")
        pairs.append((survivor_index[survivor], buddy_index[buddy]))
    return pairs


def _weights(document: Mapping[str, Any]) -> Weights:
    raw = document.get("weights")
    if raw is None:
        return Weights()
    record = _record(raw, "weights")
    known = {f.name for f in fields(Weights)}
    for name in record:
        if name not in known:
            raise InstanceError("weights", str(name), f"unknown weight; known: {sorted(known)}")
    values = {name: _integer(value, "weights", name, 0) for name, value in record.items()}
    # The CP-SAT objective multiplies the largest score by the number of survivors; a cap keeps
    # it far inside 64 bits.
    for name, value in values.items():
        if value > 10_000:
            raise InstanceError("weights", name, f"must be at most 10000, got {value}")
    return Weights(**values)


def _check_fixed(
    fixed: Sequence[tuple[int, int]],
    survivors: Sequence[Survivor],
    buddies: Sequence[Buddy],
    excluded: set[tuple[int, int]],
) -> None:
    by_survivor: dict[int, int] = {}
    load = [0] * len(buddies)
    minors = [0] * len(buddies)
    cases: set[tuple[int, str]] = set()
    for position, (s, b) in enumerate(fixed):
        entity = f"fixed[{position}]"
        survivor, buddy = survivors[s], buddies[b]
        if s in by_survivor:
            raise InstanceError(
                entity, "survivor", f"survivor {survivor.id} is fixed to more than one buddy"
            )
        by_survivor[s] = b
        if (s, b) in excluded:
            raise InstanceError(entity, "excluded", f"{survivor.id}/{buddy.id} is also excluded")
        load[b] += 1
        if load[b] > buddy.capacity:
            raise InstanceError(
                entity, "capacity", f"buddy {buddy.id} has more fixed survivors than capacity"
            )
        if survivor.case is not None:
            if (b, survivor.case) in cases:
                raise InstanceError(
                    entity, "case", f"buddy {buddy.id} is fixed to two survivors of one case"
                )
            cases.add((b, survivor.case))
        if survivor.minor:
            minors[b] += 1
            if buddy.max_minors is not None and minors[b] > buddy.max_minors:
                raise InstanceError(
                    entity, "max_minors", f"buddy {buddy.id} has more fixed minors than max_minors"
                )


def parse_buddy_instance(document: Any) -> BuddyInstance:
    """Check a buddy-matching document and return it as a `BuddyInstance`.

    Rules 1-6 of the fixed pairs are checked later, with the candidate pairs; everything that
    can be told from the document alone is checked here.
    """
    record = _record(document, "instance")
    kind = require(record, "kind", "instance")
    if kind != KIND:
        raise InstanceError("instance", "kind", f"expected {KIND!r}, got {kind!r}")
    version = require(record, "version", "instance")
    if version != VERSION or isinstance(version, bool):
        raise InstanceError("instance", "version", f"expected {VERSION}, got {version!r}")

    raw_survivors = [
        _survivor(raw, i) for i, raw in enumerate(_list(record, "survivors", required=True))
    ]
    raw_buddies = [_buddy(raw, i) for i, raw in enumerate(_list(record, "buddies", required=True))]
    _unique([s.id for s in raw_survivors], "survivor")
    _unique([b.id for b in raw_buddies], "buddy")
    survivors = tuple(sorted(raw_survivors, key=lambda s: s.id))
    buddies = tuple(sorted(raw_buddies, key=lambda b: b.id))
    survivor_index = {s.id: i for i, s in enumerate(survivors)}
    buddy_index = {b.id: i for i, b in enumerate(buddies)}

    excluded = set(_pairs(record, "excluded", survivor_index, buddy_index))
    fixed = _pairs(record, "fixed", survivor_index, buddy_index)
    _check_fixed(fixed, survivors, buddies, excluded)

    rules = _record(record.get("rules", {}), "rules")
    min_overlap = _integer(rules.get("min_overlap", 1), "rules", "min_overlap", 0)

    return BuddyInstance(
        survivors=survivors,
        buddies=buddies,
        excluded=tuple(sorted(excluded)),
        fixed=tuple(fixed),
        min_overlap=min_overlap,
        weights=_weights(record),
    )
