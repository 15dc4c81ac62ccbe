"""Realistic buddy-matching instances for benchmarks and tests.

People live around real Dutch and Frisian towns (weighted by rough population, scattered a few
km), are free mostly on evenings and weekends, speak Dutch with a minority speaking English,
Arabic, Turkish, Polish, Tigrinya or Somali, and about one survivor in five is a minor. Buddies
are scarcer than survivors (half as many by default) and take one to three survivors. A few
pairs are excluded and a few survivors already have a buddy (fixed), chosen so that the
instance stays valid. With `side_rules`, some survivors share a case (siblings, usually from
one town and close in age, sometimes one of them a minor) and some trained buddies accept at
most one or two minors.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np
import numpy.typing as npt

from .candidates import build_arrays, build_candidates
from .problem import build_problem, repair
from .schema import parse_buddy_instance

TOWNS: tuple[tuple[str, float, float, int], ...] = (
    ("Amsterdam", 52.370, 4.895, 930),
    ("Rotterdam", 51.922, 4.479, 660),
    ("Den Haag", 52.078, 4.288, 560),
    ("Utrecht", 52.091, 5.122, 370),
    ("Eindhoven", 51.441, 5.478, 240),
    ("Groningen", 53.219, 6.567, 240),
    ("Tilburg", 51.556, 5.091, 230),
    ("Almere", 52.371, 5.222, 220),
    ("Breda", 51.589, 4.776, 190),
    ("Nijmegen", 51.842, 5.853, 180),
    ("Arnhem", 51.985, 5.899, 165),
    ("Enschede", 52.221, 6.894, 160),
    ("Haarlem", 52.387, 4.646, 165),
    ("Apeldoorn", 52.211, 5.970, 165),
    ("Zwolle", 52.517, 6.083, 130),
    ("'s-Hertogenbosch", 51.697, 5.304, 160),
    ("Amersfoort", 52.156, 5.388, 160),
    ("Maastricht", 50.851, 5.691, 120),
    ("Leiden", 52.160, 4.497, 125),
    ("Dordrecht", 51.813, 4.690, 120),
    ("Leeuwarden", 53.201, 5.799, 125),
    ("Sneek", 53.033, 5.659, 34),
    ("Drachten", 53.107, 6.098, 45),
    ("Heerenveen", 52.960, 5.920, 30),
    ("Harlingen", 53.174, 5.423, 16),
    ("Dokkum", 53.326, 5.998, 13),
    ("Franeker", 53.186, 5.541, 13),
    ("Assen", 52.993, 6.562, 70),
    ("Emmen", 52.785, 6.897, 55),
    ("Lelystad", 52.518, 5.471, 80),
    ("Deventer", 52.251, 6.160, 100),
    ("Venlo", 51.370, 6.172, 100),
    ("Heerlen", 50.888, 5.980, 85),
    ("Middelburg", 51.499, 3.614, 50),
    ("Den Helder", 52.958, 4.760, 55),
)

INTERESTS: tuple[str, ...] = (
    "muziek",
    "sport",
    "koken",
    "wandelen",
    "fietsen",
    "tekenen",
    "lezen",
    "gamen",
    "dansen",
    "film",
    "natuur",
    "dieren",
    "mode",
    "fotografie",
    "zwemmen",
    "knutselen",
    "theater",
    "tuinieren",
)

# Probability that a person is free in a slot: mornings, afternoons, evenings; weekends apart.
_WEEKDAY = (0.06, 0.12, 0.40)
_WEEKEND = (0.22, 0.35, 0.35)
_OTHER_LANGUAGES = (
    ("en", 0.25),
    ("ar", 0.06),
    ("tr", 0.05),
    ("pl", 0.04),
    ("ti", 0.04),
    ("so", 0.03),
)


def _slots(rng: np.random.Generator, n: int, scale: float) -> list[list[int]]:
    per_slot = np.array(
        [(_WEEKEND if day >= 5 else _WEEKDAY)[part] for day in range(7) for part in range(3)]
    )
    free = rng.random((n, 21)) < np.minimum(per_slot * scale, 0.95)
    empty = ~free.any(axis=1)
    # Nobody signs up without a single free moment: give them one weekday evening.
    free[np.nonzero(empty)[0], 3 * rng.integers(0, 5, int(empty.sum())) + 2] = True
    return [np.nonzero(row)[0].tolist() for row in free]


def _places(
    rng: np.random.Generator, n: int
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    weights = np.array([t[3] for t in TOWNS], dtype=np.float64)
    town = rng.choice(len(TOWNS), size=n, p=weights / weights.sum())
    lat = np.array([TOWNS[t][1] for t in town]) + rng.normal(0.0, 0.035, n)
    lon = np.array([TOWNS[t][2] for t in town]) + rng.normal(0.0, 0.055, n)
    return town, np.round(lat, 4), np.round(lon, 4)


def _languages(rng: np.random.Generator, dutch: float, other_scale: float) -> list[str]:
    spoken = ["nl"] if rng.random() < dutch else []
    spoken += [code for code, p in _OTHER_LANGUAGES if rng.random() < p * other_scale]
    return spoken or ["en"]


def _interests(rng: np.random.Generator) -> list[str]:
    k = int(rng.integers(1, 5))
    return sorted(rng.choice(INTERESTS, size=k, replace=False).tolist())


def generate_buddy_instance(
    n_survivors: int, n_buddies: int | None = None, seed: int = 0, side_rules: bool = False
) -> dict[str, Any]:
    """A valid buddy-matching document; the same arguments always give the same document."""
    rng = np.random.default_rng(seed)
    # Side rules draw from their own stream, so that they add fields to the same people.
    side_rng = np.random.default_rng([seed, 1])
    n_b = max(1, n_survivors // 2) if n_buddies is None else n_buddies
    s_town, s_lat, s_lon = _places(rng, n_survivors)
    _, b_lat, b_lon = _places(rng, n_b)
    s_slots = _slots(rng, n_survivors, 1.0)
    b_slots = _slots(rng, n_b, 1.2)

    survivors: list[dict[str, Any]] = []
    for i in range(n_survivors):
        minor = rng.random() < 0.2
        gender = str(rng.choice(["f", "m", "x"], p=[0.85, 0.10, 0.05]))
        if gender == "f":
            wanted = ["f"] if rng.random() < 0.7 else []
        elif gender == "m":
            wanted = [] if rng.random() < 0.6 else ["m"]
        else:
            wanted = [] if rng.random() < 0.5 else ["f", "x"]
        survivors.append(
            {
                "id": f"s-{i + 1}",
                "age": int(rng.integers(14, 18)) if minor else int(rng.integers(18, 36)),
                "gender": gender,
                "buddy_genders": wanted,
                "languages": _languages(rng, 0.9, 1.0),
                "interests": _interests(rng),
                "availability": s_slots[i],
                "lat": float(s_lat[i]),
                "lon": float(s_lon[i]),
                "max_km": int(rng.choice([10, 15, 20, 25, 30, 40])),
                "waiting_days": int(min(365, rng.exponential(60.0))),
                "wants_lived_experience": bool(rng.random() < 0.25),
            }
        )
    buddies: list[dict[str, Any]] = []
    for i in range(n_b):
        trained = bool(rng.random() < 0.4)
        capacity = int(rng.choice([1, 2, 3], p=[0.5, 0.35, 0.15]))
        buddy: dict[str, Any] = {
            "id": f"b-{i + 1}",
            "age": int(rng.integers(22, 66)),
            "gender": str(rng.choice(["f", "m", "x"], p=[0.80, 0.15, 0.05])),
            "languages": _languages(rng, 0.98, 1.5),
            "interests": _interests(rng),
            "availability": b_slots[i],
            "lat": float(b_lat[i]),
            "lon": float(b_lon[i]),
            "max_km": int(rng.choice([15, 20, 25, 30, 40, 50])),
            "capacity": capacity,
            "trained_for_minors": trained,
            "lived_experience": bool(rng.random() < 0.2),
        }
        if side_rules and trained and capacity >= 2 and side_rng.random() < 0.5:
            buddy["max_minors"] = int(side_rng.integers(1, capacity))
        buddies.append(buddy)

    if side_rules:
        _add_cases(side_rng, survivors, s_town)

    document: dict[str, Any] = {
        "kind": "buddy_matching",
        "version": 1,
        "survivors": survivors,
        "buddies": buddies,
        "excluded": [],
        "fixed": [],
        "rules": {"min_overlap": 1},
    }
    _add_excluded_and_fixed(rng, document)
    return document


def _add_cases(
    rng: np.random.Generator, survivors: list[dict[str, Any]], town: npt.NDArray[np.int64]
) -> None:
    """Siblings: about 15% of survivors share a case with one or two others from their town."""
    by_town: dict[int, list[int]] = {}
    for i, t in enumerate(town.tolist()):
        by_town.setdefault(int(t), []).append(i)
    case = 0
    for members in by_town.values():
        pool = [int(i) for i in rng.permutation(members)]
        quota = round(0.15 * len(pool))
        while quota >= 2 and len(pool) >= 2:
            size = min(len(pool), quota, int(rng.choice([2, 3], p=[0.7, 0.3])))
            group, pool = pool[:size], pool[size:]
            quota -= size
            case += 1
            anchor = survivors[group[0]]
            for i in group:
                survivors[i]["case"] = f"c-{case}"
                if i != group[0]:
                    # Siblings live together and are close in age, so a case can hold a minor
                    # and an adult: the mix that the flow network cannot model exactly.
                    survivors[i]["lat"] = anchor["lat"]
                    survivors[i]["lon"] = anchor["lon"]
                    age = anchor["age"] + int(rng.integers(-3, 4))
                    survivors[i]["age"] = min(35, max(14, age))


def _add_excluded_and_fixed(rng: np.random.Generator, document: dict[str, Any]) -> None:
    instance = parse_buddy_instance(document)
    candidates = build_candidates(instance, build_arrays(instance))
    if candidates.size == 0:
        return
    survivors = [s.id for s in instance.survivors]
    buddies = [b.id for b in instance.buddies]

    def ids(pairs: npt.NDArray[np.int64]) -> list[list[str]]:
        return [
            [survivors[int(candidates.survivor[p])], buddies[int(candidates.buddy[p])]]
            for p in np.sort(pairs).tolist()
        ]

    # Excluded pairs are ones that would otherwise be possible, or excluding them means nothing.
    excluded = rng.permutation(candidates.size)[: max(1, len(survivors) // 100)].astype(np.int64)
    document["excluded"] = ids(excluded)

    # Existing matches for about 5% of survivors: a greedy choice that keeps every rule.
    problem = build_problem(instance, candidates)
    wanted = np.zeros(len(survivors), dtype=np.bool_)
    wanted[rng.permutation(len(survivors))[: len(survivors) // 20]] = True
    offer = problem.free & wanted[candidates.survivor]
    offer[excluded] = False
    fixed = repair(replace(problem, free=offer), np.zeros(candidates.size, dtype=np.bool_))
    document["fixed"] = ids(np.nonzero(fixed)[0].astype(np.int64))
