"""A realistic synthetic `peer_groups` instance, for benchmarks and tests.

Survivors cluster around real Dutch towns, weighted towards Friesland, Groningen and the
Randstad where the partner organisations work. About four in ten are minors. Most speak Dutch
only; some also (or only) English, Arabic or Turkish. Availability favours evenings, Wednesday
afternoons (no school) and weekends. A few existing groups already have members and free places.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from matching.solver.groups.schema import MINOR_BELOW

# (town, lat, lon, weight, spread_km): rural towns scatter their survivors wider.
TOWNS: tuple[tuple[str, float, float, float, float], ...] = (
    ("Leeuwarden", 53.201, 5.799, 6.0, 6.0),
    ("Drachten", 53.107, 6.099, 3.0, 6.0),
    ("Sneek", 53.033, 5.659, 2.0, 7.0),
    ("Heerenveen", 52.960, 5.920, 2.5, 7.0),
    ("Harlingen", 53.175, 5.423, 1.0, 6.0),
    ("Dokkum", 53.326, 5.998, 1.0, 8.0),
    ("Groningen", 53.219, 6.567, 7.0, 5.0),
    ("Hoogezand", 53.161, 6.761, 1.5, 6.0),
    ("Veendam", 53.107, 6.879, 1.0, 7.0),
    ("Stadskanaal", 52.989, 6.950, 1.0, 7.0),
    ("Delfzijl", 53.330, 6.918, 1.0, 6.0),
    ("Assen", 52.993, 6.562, 2.0, 6.0),
    ("Emmen", 52.785, 6.897, 2.0, 7.0),
    ("Amsterdam", 52.370, 4.895, 7.0, 5.0),
    ("Rotterdam", 51.922, 4.479, 6.0, 5.0),
    ("Den Haag", 52.070, 4.300, 5.0, 4.0),
    ("Utrecht", 52.091, 5.122, 4.0, 5.0),
    ("Haarlem", 52.387, 4.646, 2.0, 4.0),
    ("Leiden", 52.160, 4.497, 1.5, 4.0),
    ("Zaandam", 52.439, 4.826, 1.5, 4.0),
    ("Almere", 52.351, 5.264, 2.0, 5.0),
    ("Dordrecht", 51.813, 4.690, 1.5, 4.0),
    ("Zwolle", 52.516, 6.083, 2.0, 6.0),
    ("Enschede", 52.221, 6.893, 2.0, 6.0),
    ("Arnhem", 51.985, 5.899, 1.5, 5.0),
    ("Nijmegen", 51.842, 5.853, 1.5, 5.0),
    ("Eindhoven", 51.441, 5.478, 2.0, 6.0),
    ("Tilburg", 51.555, 5.091, 1.5, 5.0),
    ("Maastricht", 50.851, 5.691, 1.0, 6.0),
)

INTERESTS: tuple[tuple[str, float], ...] = (
    ("muziek", 5.0),
    ("sport", 4.0),
    ("tekenen", 3.0),
    ("koken", 2.5),
    ("gamen", 2.5),
    ("dansen", 2.0),
    ("films", 3.0),
    ("natuur", 1.5),
    ("dieren", 2.0),
    ("mode", 2.0),
    ("lezen", 1.5),
    ("fotografie", 1.0),
    ("schrijven", 1.0),
    ("zwemmen", 1.0),
)

KM_PER_DEG_LAT = 111.2


def _slot_weights(minor: bool) -> np.ndarray[Any, np.dtype[np.float64]]:
    weights = np.ones(21, dtype=np.float64)
    for day in range(7):
        weekend = day >= 5
        morning, afternoon, evening = day * 3, day * 3 + 1, day * 3 + 2
        weights[evening] = 5.0 if not weekend else 3.0
        weights[afternoon] = 4.0 if weekend else (0.6 if minor else 1.5)
        weights[morning] = 2.0 if weekend else (0.2 if minor else 1.0)
    weights[2 * 3 + 1] = 4.0 if minor else 2.0  # Wednesday afternoon: no school
    result: np.ndarray[Any, np.dtype[np.float64]] = weights / weights.sum()
    return result


def _age(rng: np.random.Generator) -> int:
    if rng.random() < 0.42:
        return int(rng.choice([12, 13, 14, 15, 16, 17], p=[0.04, 0.10, 0.18, 0.22, 0.24, 0.22]))
    return int(rng.choice(np.arange(18, 26), p=[0.2, 0.18, 0.15, 0.13, 0.11, 0.09, 0.08, 0.06]))


def _languages(rng: np.random.Generator) -> list[str]:
    languages = ["nl"] if rng.random() < 0.93 else []
    for lang, p in (("en", 0.12), ("ar", 0.05), ("tr", 0.04)):
        if rng.random() < p:
            languages.append(lang)
    if not languages:
        languages.append(str(rng.choice(["en", "ar", "tr"], p=[0.5, 0.3, 0.2])))
    return languages


def _survivor(rng: np.random.Generator, number: int, towns: np.ndarray[Any, Any]) -> dict[str, Any]:
    town = TOWNS[int(rng.choice(len(TOWNS), p=towns))]
    spread = town[4]
    lat = town[1] + rng.normal(0.0, spread) / KM_PER_DEG_LAT
    lon = town[2] + rng.normal(0.0, spread) / (KM_PER_DEG_LAT * math.cos(math.radians(town[1])))
    age = _age(rng)
    minor = age < MINOR_BELOW
    slot_p = _slot_weights(minor)
    n_slots = int(rng.integers(2, 8))
    slots = sorted(int(s) for s in rng.choice(21, size=n_slots, replace=False, p=slot_p))
    tag_w = np.array([w for _, w in INTERESTS])
    n_tags = int(rng.integers(1, 5))
    tags = rng.choice(len(INTERESTS), size=n_tags, replace=False, p=tag_w / tag_w.sum())
    km_choices = [10, 15, 20, 25, 30, 40]
    km_p = [0.25, 0.3, 0.25, 0.12, 0.06, 0.02] if minor else [0.1, 0.2, 0.25, 0.2, 0.15, 0.1]
    return {
        "id": f"s-{number}",
        "age": age,
        "languages": _languages(rng),
        "interests": [INTERESTS[int(t)][0] for t in sorted(tags)],
        "availability": slots,
        "lat": round(float(lat), 4),
        "lon": round(float(lon), 4),
        "max_km": int(rng.choice(km_choices, p=km_p)),
        "waiting_days": int(min(400, rng.exponential(60.0))),
    }


def _distance_km(a: dict[str, Any], lat: float, lon: float) -> float:
    dlat = (a["lat"] - lat) * KM_PER_DEG_LAT
    dlon = (a["lon"] - lon) * KM_PER_DEG_LAT * math.cos(math.radians(lat))
    return math.hypot(dlat, dlon)


def _existing_groups(
    rng: np.random.Generator, survivors: list[dict[str, Any]], count: int, spread: int
) -> list[dict[str, Any]]:
    """Groups that already meet, built around an anchor so their members follow every rule."""
    groups: list[dict[str, Any]] = []
    taken: set[int] = set()
    order = rng.permutation(len(survivors)).tolist()
    for anchor in order:
        if len(groups) == count:
            break
        if anchor in taken:
            continue
        a = survivors[anchor]
        online = bool(rng.random() < 0.25)
        slot = int(rng.choice(a["availability"]))
        language = a["languages"][0]
        minor = a["age"] < MINOR_BELOW
        lo = int(rng.integers(a["age"] - spread, a["age"] + 1))
        members = [anchor]
        target = int(rng.integers(2, 7))
        for j in order:
            s = survivors[j]
            if j in taken or j == anchor:
                continue
            if (s["age"] < MINOR_BELOW) != minor or not lo <= s["age"] <= lo + spread:
                continue
            if slot not in s["availability"] or language not in s["languages"]:
                continue
            if not online and _distance_km(s, a["lat"], a["lon"]) > 0.9 * s["max_km"]:
                continue
            members.append(j)
            if len(members) >= target:
                break
        taken.update(members)
        groups.append(
            {
                "id": f"g-{len(groups) + 1}",
                "min_size": 4,
                "max_size": int(rng.choice([6, 8, 8, 10])),
                "slot": slot,
                "language": language,
                "lat": None if online else a["lat"],
                "lon": None if online else a["lon"],
                "online": online,
                "members": [survivors[m]["id"] for m in sorted(members)],
            }
        )
    return groups


def generate_peer_groups_instance(n_survivors: int, seed: int = 0) -> dict[str, Any]:
    """A `peer_groups` instance with `n_survivors` survivors; the same seed gives the same data."""
    rng = np.random.default_rng(seed)
    weights = np.array([t[3] for t in TOWNS])
    towns = weights / weights.sum()
    survivors = [_survivor(rng, k + 1, towns) for k in range(n_survivors)]
    spread = 4
    groups = _existing_groups(rng, survivors, max(1, n_survivors // 60), spread)
    separate: list[list[str]] = []
    for _ in range(max(1, n_survivors // 40)):
        a = int(rng.integers(n_survivors))
        # People who must be kept apart usually come from the same place (one network).
        near = [
            j
            for j in range(n_survivors)
            if j != a and _distance_km(survivors[j], survivors[a]["lat"], survivors[a]["lon"]) < 15
        ]
        if near:
            b = int(rng.choice(near))
            pair = sorted([survivors[a]["id"], survivors[b]["id"]])
            if pair not in separate:
                separate.append(pair)
    max_new = max(1, round(n_survivors / 10))
    return {
        "kind": "peer_groups",
        "version": 1,
        "survivors": survivors,
        "groups": groups,
        "new_groups": {
            "max": max_new,
            "min_size": 4,
            "max_size": 8,
            "online_max": max(1, max_new // 10),
        },
        "separate": separate,
        "rules": {"max_age_spread": spread},
    }
