"""Feasible pairs (hard rules 1-6) and their integer scores, computed with numpy.

Every survivor and buddy becomes a row of small arrays: week slots as a 21-bit mask, languages,
interests and genders as bitsets (one uint64 word per 64 distinct values), position and radius
as floats. A block of survivors is then compared with all buddies at once by broadcasting, so
no Python loop ever runs over pairs; blocks keep the temporaries at a few megabytes whatever the
instance size.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from matching.solver.common import EARTH_RADIUS_KM, InstanceError, haversine_km, slot_mask

from .schema import (
    INTERESTS_CAP,
    LANGUAGES_CAP,
    OVERLAP_CAP,
    PAIR_RULES,
    WAITING_CAP_DAYS,
    Buddy,
    BuddyInstance,
    Survivor,
)

BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
WordArray = npt.NDArray[np.uint64]

BLOCK_CELLS = 1 << 16
"""Survivor-buddy cells per block: small enough that the temporaries stay in cache."""


def _bitsets(rows: Iterable[Sequence[str]], vocabulary: dict[str, int]) -> WordArray:
    masks = [sum(1 << vocabulary[value] for value in values) for values in rows]
    words = max(1, (len(vocabulary) + 63) // 64)
    out = np.zeros((len(masks), words), dtype=np.uint64)
    for word in range(words):
        out[:, word] = [(mask >> (64 * word)) & 0xFFFF_FFFF_FFFF_FFFF for mask in masks]
    return out


def _vocabulary(*groups: Iterable[Sequence[str]]) -> dict[str, int]:
    values = sorted({value for group in groups for row in group for value in row})
    return {value: i for i, value in enumerate(values)}


@dataclass(frozen=True, slots=True)
class Arrays:
    """Per-entity columns; index i is `instance.survivors[i]` or `instance.buddies[i]`."""

    s_slots: npt.NDArray[np.uint32]
    b_slots: npt.NDArray[np.uint32]
    s_languages: WordArray
    b_languages: WordArray
    s_interests: WordArray
    b_interests: WordArray
    s_accepts: WordArray
    b_gender: WordArray
    s_minor: BoolArray
    b_trained: BoolArray
    s_lat: FloatArray
    s_lon: FloatArray
    s_max_km: FloatArray
    b_lat: FloatArray
    b_lon: FloatArray
    b_max_km: FloatArray
    s_xyz: FloatArray
    b_xyz: FloatArray
    s_cos_radius: FloatArray
    b_cos_radius: FloatArray
    s_waiting_points: IntArray
    s_wants_lived: BoolArray
    b_lived: BoolArray
    excluded_keys: IntArray
    min_overlap: int


def _unit_vectors(people: Sequence[Survivor | Buddy]) -> FloatArray:
    lat = np.radians(np.array([p.lat for p in people], dtype=np.float64))
    lon = np.radians(np.array([p.lon for p in people], dtype=np.float64))
    return np.stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)], axis=1)


def _cos_radius(people: Sequence[Survivor | Buddy]) -> FloatArray:
    angle = np.array([p.max_km for p in people], dtype=np.float64) / EARTH_RADIUS_KM
    result: FloatArray = np.cos(np.minimum(angle, np.pi))
    return result


def build_arrays(instance: BuddyInstance) -> Arrays:
    survivors, buddies = instance.survivors, instance.buddies
    languages = _vocabulary([s.languages for s in survivors], [b.languages for b in buddies])
    interests = _vocabulary([s.interests for s in survivors], [b.interests for b in buddies])
    genders = _vocabulary([s.buddy_genders for s in survivors], [(b.gender,) for b in buddies])
    accepts = _bitsets((s.buddy_genders for s in survivors), genders)
    # An empty buddy_genders means any gender: all bits set.
    open_minded = np.array([not s.buddy_genders for s in survivors], dtype=np.bool_)
    accepts[open_minded] = np.iinfo(np.uint64).max
    n_buddies = len(buddies)
    excluded = np.array([s * n_buddies + b for s, b in instance.excluded], dtype=np.int64).reshape(
        -1
    )
    waiting = instance.weights.waiting
    return Arrays(
        s_slots=np.array([slot_mask(s.availability) for s in survivors], dtype=np.uint32),
        b_slots=np.array([slot_mask(b.availability) for b in buddies], dtype=np.uint32),
        s_languages=_bitsets((s.languages for s in survivors), languages),
        b_languages=_bitsets((b.languages for b in buddies), languages),
        s_interests=_bitsets((s.interests for s in survivors), interests),
        b_interests=_bitsets((b.interests for b in buddies), interests),
        s_accepts=accepts,
        b_gender=_bitsets(((b.gender,) for b in buddies), genders),
        s_minor=np.array([s.minor for s in survivors], dtype=np.bool_),
        b_trained=np.array([b.trained_for_minors for b in buddies], dtype=np.bool_),
        s_lat=np.array([s.lat for s in survivors], dtype=np.float64),
        s_lon=np.array([s.lon for s in survivors], dtype=np.float64),
        s_max_km=np.array([s.max_km for s in survivors], dtype=np.float64),
        b_lat=np.array([b.lat for b in buddies], dtype=np.float64),
        b_lon=np.array([b.lon for b in buddies], dtype=np.float64),
        b_max_km=np.array([b.max_km for b in buddies], dtype=np.float64),
        s_xyz=_unit_vectors(survivors),
        b_xyz=_unit_vectors(buddies),
        s_cos_radius=_cos_radius(survivors),
        b_cos_radius=_cos_radius(buddies),
        s_waiting_points=np.array(
            [
                waiting * min(s.waiting_days, WAITING_CAP_DAYS) // WAITING_CAP_DAYS
                for s in survivors
            ],
            dtype=np.int64,
        ),
        s_wants_lived=np.array([s.wants_lived_experience for s in survivors], dtype=np.bool_),
        b_lived=np.array([b.lived_experience for b in buddies], dtype=np.bool_),
        excluded_keys=np.sort(excluded),
        min_overlap=instance.min_overlap,
    )


def _blocks(n_survivors: int, n_buddies: int) -> Iterator[slice]:
    step = max(1, BLOCK_CELLS // max(1, n_buddies))
    for start in range(0, n_survivors, step):
        yield slice(start, min(start + step, n_survivors))


def _any_common(a: WordArray, b: WordArray) -> BoolArray:
    """Whether each row of `a` shares a set bit with each row of `b`, shape (len(a), len(b))."""
    out: BoolArray = (a[:, 0, None] & b[None, :, 0]) != 0
    for word in range(1, a.shape[1]):
        out |= (a[:, word, None] & b[None, :, word]) != 0
    return out


def _excluded(arrays: Arrays, survivor: IntArray, buddy: IntArray) -> BoolArray:
    keys = arrays.excluded_keys
    if keys.size == 0:
        return np.zeros(survivor.shape[0], dtype=np.bool_)
    wanted = survivor * arrays.b_slots.shape[0] + buddy
    at = np.minimum(np.searchsorted(keys, wanted), keys.shape[0] - 1)
    result: BoolArray = keys[at] == wanted
    return result


@dataclass(frozen=True, slots=True)
class Block:
    """Rules 1-6 evaluated for survivors `rows` against every buddy."""

    rows: IntArray
    fails: BoolArray
    """Shape (len(PAIR_RULES), rows, buddies): True where the pair breaks that rule."""
    distance_km: FloatArray


def evaluate_block(arrays: Arrays, rows: IntArray) -> Block:
    """Every rule for every buddy: what the explanations need, slower than `build_candidates`."""
    n_buddies = arrays.b_slots.shape[0]
    overlap = np.bitwise_count(arrays.s_slots[rows, None] & arrays.b_slots[None, :])
    distance = haversine_km(
        arrays.s_lat[rows, None], arrays.s_lon[rows, None], arrays.b_lat, arrays.b_lon
    )
    fails = np.zeros((len(PAIR_RULES), rows.shape[0], n_buddies), dtype=np.bool_)
    fails[0] = overlap < arrays.min_overlap
    fails[1] = distance > np.minimum(arrays.s_max_km[rows, None], arrays.b_max_km[None, :])
    fails[2] = ~_any_common(arrays.s_accepts[rows], arrays.b_gender)
    fails[3] = arrays.s_minor[rows, None] & ~arrays.b_trained[None, :]
    fails[4] = ~_any_common(arrays.s_languages[rows], arrays.b_languages)
    grid_s = np.repeat(rows, n_buddies)
    grid_b = np.tile(np.arange(n_buddies, dtype=np.int64), rows.shape[0])
    fails[5] = _excluded(arrays, grid_s, grid_b).reshape(rows.shape[0], n_buddies)
    return Block(rows=rows, fails=fails, distance_km=distance)


@dataclass(frozen=True, slots=True)
class Candidates:
    """Every pair passing rules 1-6, sorted by (survivor, buddy), with its score breakdown."""

    survivor: IntArray
    buddy: IntArray
    breakdown: IntArray
    """Shape (pairs, len(COMPONENTS)), columns in COMPONENTS order."""
    score: IntArray
    n_survivors: int
    n_buddies: int

    @property
    def size(self) -> int:
        return int(self.survivor.shape[0])

    def index_of(self, survivor: IntArray, buddy: IntArray) -> IntArray:
        """Positions of the given pairs; -1 for a pair that is not a candidate."""
        wanted = np.asarray(survivor, dtype=np.int64) * self.n_buddies + np.asarray(
            buddy, dtype=np.int64
        )
        if self.size == 0:
            return np.full(wanted.shape, -1, dtype=np.int64)
        keys = self.survivor * self.n_buddies + self.buddy
        at = np.minimum(np.searchsorted(keys, wanted), keys.shape[0] - 1)
        return np.where(keys[at] == wanted, at, -1).astype(np.int64)


def _feasible_block(arrays: Arrays, rows: IntArray) -> tuple[IntArray, IntArray, FloatArray]:
    """Pairs of survivors `rows` that pass rules 1-6, with their distance.

    Distance is first screened on unit vectors: `dot >= cos(radius)` needs no trigonometry
    per pair, and the small slack keeps the screen a superset in floating point. Only the
    pairs that survive every screen get the exact haversine test, the same one that
    `evaluate_block` and the score use.
    """
    ok = np.bitwise_count(arrays.s_slots[rows, None] & arrays.b_slots[None, :]) >= (
        arrays.min_overlap
    )
    ok &= ~(arrays.s_minor[rows, None] & ~arrays.b_trained[None, :])
    ok &= _any_common(arrays.s_languages[rows], arrays.b_languages)
    ok &= _any_common(arrays.s_accepts[rows], arrays.b_gender)
    dot = arrays.s_xyz[rows] @ arrays.b_xyz.T
    ok &= dot >= np.maximum(arrays.s_cos_radius[rows, None], arrays.b_cos_radius[None, :]) - 1e-9
    r, b = np.nonzero(ok)
    s = rows[r].astype(np.int64)
    b = b.astype(np.int64)
    distance = haversine_km(arrays.s_lat[s], arrays.s_lon[s], arrays.b_lat[b], arrays.b_lon[b])
    keep = distance <= np.minimum(arrays.s_max_km[s], arrays.b_max_km[b])
    keep &= ~_excluded(arrays, s, b)
    return s[keep], b[keep], distance[keep]


def _scores(
    arrays: Arrays, s: IntArray, b: IntArray, distance: FloatArray, weights: dict[str, int]
) -> IntArray:
    interests = np.zeros(s.shape[0], dtype=np.int64)
    languages = np.zeros(s.shape[0], dtype=np.int64)
    for word in range(arrays.s_interests.shape[1]):
        interests += np.bitwise_count(arrays.s_interests[s, word] & arrays.b_interests[b, word])
    for word in range(arrays.s_languages.shape[1]):
        languages += np.bitwise_count(arrays.s_languages[s, word] & arrays.b_languages[b, word])
    overlap = np.bitwise_count(arrays.s_slots[s] & arrays.b_slots[b]).astype(np.int64)
    limit = np.minimum(arrays.s_max_km[s], arrays.b_max_km[b])
    closeness = np.where(limit > 0.0, (limit - distance) / np.where(limit > 0.0, limit, 1.0), 1.0)
    out = np.empty((s.shape[0], 6), dtype=np.int64)
    out[:, 0] = weights["interests"] * np.minimum(interests, INTERESTS_CAP) // INTERESTS_CAP
    out[:, 1] = weights["languages"] * np.minimum(languages, LANGUAGES_CAP) // LANGUAGES_CAP
    out[:, 2] = weights["overlap"] * np.minimum(overlap, OVERLAP_CAP) // OVERLAP_CAP
    out[:, 3] = np.clip(np.floor(weights["distance"] * closeness), 0, weights["distance"])
    out[:, 4] = arrays.s_waiting_points[s]
    out[:, 5] = np.where(
        arrays.s_wants_lived[s] & arrays.b_lived[b], weights["lived_experience"], 0
    )
    return out


def build_candidates(instance: BuddyInstance, arrays: Arrays) -> Candidates:
    """All pairs passing rules 1-6; raises InstanceError when a fixed pair is not among them."""
    n_s, n_b = len(instance.survivors), len(instance.buddies)
    weights = instance.weights.as_dict()
    survivors: list[IntArray] = [np.zeros(0, dtype=np.int64)]
    buddies: list[IntArray] = [np.zeros(0, dtype=np.int64)]
    breakdowns: list[IntArray] = [np.zeros((0, 6), dtype=np.int64)]
    if n_b:
        for part in _blocks(n_s, n_b):
            s, b, distance = _feasible_block(arrays, np.arange(part.start, part.stop))
            survivors.append(s)
            buddies.append(b)
            breakdowns.append(_scores(arrays, s, b, distance, weights))
    breakdown = np.concatenate(breakdowns)
    candidates = Candidates(
        survivor=np.concatenate(survivors),
        buddy=np.concatenate(buddies),
        breakdown=breakdown,
        score=breakdown.sum(axis=1),
        n_survivors=n_s,
        n_buddies=n_b,
    )
    _check_fixed_pairs(instance, arrays, candidates)
    return candidates


def pair_failures(arrays: Arrays, survivor: IntArray, buddy: IntArray) -> BoolArray:
    """Rules 1-6 for a handful of given pairs, shape (pairs, len(PAIR_RULES))."""
    out = np.zeros((survivor.shape[0], len(PAIR_RULES)), dtype=np.bool_)
    for i, (s, b) in enumerate(zip(survivor.tolist(), buddy.tolist(), strict=True)):
        block = evaluate_block(arrays, np.array([s], dtype=np.int64))
        out[i] = block.fails[:, 0, b]
    return out


def _check_fixed_pairs(instance: BuddyInstance, arrays: Arrays, candidates: Candidates) -> None:
    if not instance.fixed:
        return
    fixed = np.array(instance.fixed, dtype=np.int64)
    missing = np.nonzero(candidates.index_of(fixed[:, 0], fixed[:, 1]) < 0)[0]
    if missing.size == 0:
        return
    position = int(missing[0])
    s, b = instance.fixed[position]
    broken = pair_failures(arrays, np.array([s]), np.array([b]))[0]
    rules = ", ".join(rule for rule, bad in zip(PAIR_RULES, broken.tolist(), strict=True) if bad)
    raise InstanceError(
        f"fixed[{position}]",
        "rules",
        f"{instance.survivors[s].id}/{instance.buddies[b].id} breaks hard rule(s): {rules}",
    )
