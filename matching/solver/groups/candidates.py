"""Candidate groups: existing groups with free places and new-group templates.

A template fixes everything a new group's rules depend on: slot, language, age window (which also
fixes the minors/adults side) and place (a host survivor's location, or online). Once fixed, every
hard rule except group size and `separate` is a unary filter, so the placement becomes a packing
of survivors into candidates with capacities and "open only with min_size".

Reductions, each of which keeps every feasible grouping representable:

* age windows are the maximal windows `[a, a + spread]` inside one side (minors / adults); any
  group's ages fit one of them;
* a template hosted at survivor h needs h as a member (the place is a member's location);
* among the templates of one host, one whose eligible set is contained in another's is dropped:
  every group it allows is allowed by the larger one with the same host;
* a template with fewer eligible survivors than `min_size` can never open.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from matching.solver.common import haversine_km
from matching.solver.groups.schema import MINOR_BELOW, BoolArray, Instance, IntArray

EXISTING = 0
PLACE = 1
ONLINE = 2


@dataclass(frozen=True)
class Candidate:
    kind: int
    group: int  # existing group index, -1 for templates
    host: int  # survivor whose location is the place, -1 otherwise
    slot: int
    language: int
    lo: int  # age window, inclusive
    hi: int
    online: bool
    lat: float | None
    lon: float | None
    min_size: int  # members needed to open; 0 for existing groups
    capacity: int  # places for waiting survivors (per opened group)
    multiplicity: int  # how many groups of this template may open (online templates only > 1)
    eligible: IntArray  # waiting survivors passing every unary rule, ascending


@dataclass(frozen=True)
class Catalogue:
    """Every template with enough eligible survivors, before dominance: explains `unplaced`."""

    slot: IntArray
    language: IntArray
    lo: IntArray
    hi: IntArray
    minor: BoolArray
    host: IntArray  # -1 for online
    online: BoolArray


@dataclass
class Candidates:
    items: list[Candidate]
    frozen: dict[int, list[str]]  # existing group -> rules its own members already break
    catalogue: Catalogue
    by_survivor: list[list[int]] = field(default_factory=list)
    partners: list[list[int]] = field(default_factory=list)  # separate partners per survivor

    def options(self) -> IntArray:
        return np.array([len(c) for c in self.by_survivor], dtype=np.int64)


def side_windows(ages: IntArray, minor: bool, spread: int) -> list[tuple[int, int]]:
    """Maximal age windows of one side that can hold at least one of `ages`."""
    side = ages[(ages < MINOR_BELOW) == minor]
    if side.size == 0:
        return []
    low, high = int(side.min()), int(side.max())
    top = MINOR_BELOW - 1 if minor else high
    bottom = low if minor else max(low, MINOR_BELOW)
    windows: list[tuple[int, int]] = []
    for start in range(bottom, max(bottom, high - spread) + 1):
        window = (start, min(start + spread, top))
        if not windows or window[1] > windows[-1][1]:
            windows.append(window)
    return windows


def reach_matrix(inst: Instance) -> BoolArray:
    """reach[h, i]: survivor i accepts to travel to survivor h's location."""
    dist = haversine_km(inst.lat[:, None], inst.lon[:, None], inst.lat[None, :], inst.lon[None, :])
    reach: BoolArray = dist <= inst.max_km[None, :]
    return reach


def frozen_reasons(inst: Instance, g: int) -> list[str]:
    """Rules an existing group's own members already break; such a group takes no one."""
    group = inst.groups[g]
    members = list(group.members)
    reasons: list[str] = []
    if not members:
        return reasons
    lang = inst.language_index(group.language)
    ages = inst.age[members]
    if len(members) > group.max_size:
        reasons.append("size")
    if inst.minor[members].any() and not inst.minor[members].all():
        reasons.append("minors")
    if int(ages.max() - ages.min()) > inst.max_age_spread:
        reasons.append("age")
    if not inst.available[members, group.slot].all():
        reasons.append("slot")
    if not inst.speaks[members, lang].all():
        reasons.append("language")
    if not group.online:
        assert group.lat is not None
        assert group.lon is not None
        dist = haversine_km(inst.lat[members], inst.lon[members], group.lat, group.lon)
        if (dist > inst.max_km[members]).any():
            reasons.append("distance")
    member_set = set(members)
    if any(a in member_set and b in member_set for a, b in inst.separate):
        reasons.append("separate")
    return reasons


def _windows_around(lo: int, hi: int, minor: bool, spread: int) -> list[tuple[int, int]]:
    """Windows of one side that contain the ages lo..hi already in a group."""
    windows: list[tuple[int, int]] = []
    for start in range(hi - spread, lo + 1):
        if minor:
            window = (start, min(start + spread, MINOR_BELOW - 1))
        else:
            window = (max(start, MINOR_BELOW), start + spread)
        if window not in windows:
            windows.append(window)
    return windows


def _bits(mask: BoolArray) -> int:
    return int.from_bytes(np.packbits(mask, bitorder="little").tobytes(), "little")


def _undominated(masks: list[BoolArray]) -> list[int]:
    """Positions of masks not contained in another (the first of equal masks is kept)."""
    bits = [_bits(m) for m in masks]
    keep: list[int] = []
    for a, bits_a in enumerate(bits):
        dominated = False
        for b, bits_b in enumerate(bits):
            if a != b and bits_a & ~bits_b == 0 and (bits_a != bits_b or b < a):
                dominated = True
                break
        if not dominated:
            keep.append(a)
    return keep


def build_candidates(inst: Instance) -> Candidates:
    n = inst.n
    spread = inst.max_age_spread
    waiting: BoolArray = inst.member_of < 0
    partners: list[list[int]] = [[] for _ in range(n)]
    for a, b in inst.separate:
        partners[a].append(b)
        partners[b].append(a)

    windows = {
        minor: side_windows(inst.age, minor, spread) for minor in (True, False)
    }  # keyed by side
    in_window = {
        w: (inst.age >= w[0]) & (inst.age <= w[1]) for side in windows.values() for w in side
    }

    items: list[Candidate] = []
    frozen: dict[int, list[str]] = {}

    for g, group in enumerate(inst.groups):
        broken = frozen_reasons(inst, g)
        if broken:
            frozen[g] = broken
            continue
        room = group.max_size - len(group.members)
        if room <= 0:
            continue
        lang = inst.language_index(group.language)
        base = waiting & inst.available[:, group.slot] & inst.speaks[:, lang]
        if not group.online:
            assert group.lat is not None
            assert group.lon is not None
            dist = haversine_km(inst.lat, inst.lon, group.lat, group.lon)
            base &= dist <= inst.max_km
        members = list(group.members)
        for member in members:
            base[partners[member]] = False
        if members:
            ages = inst.age[members]
            lo, hi = int(ages.min()), int(ages.max())
            options = _windows_around(lo, hi, bool(inst.minor[members[0]]), spread)
        else:
            options = windows[True] + windows[False]
        masks = [base & (inst.age >= w[0]) & (inst.age <= w[1]) for w in options]
        for k in _undominated(masks):
            eligible = np.flatnonzero(masks[k]).astype(np.int64)
            if eligible.size == 0:
                continue
            items.append(
                Candidate(
                    kind=EXISTING,
                    group=g,
                    host=-1,
                    slot=group.slot,
                    language=lang,
                    lo=options[k][0],
                    hi=options[k][1],
                    online=group.online,
                    lat=group.lat,
                    lon=group.lon,
                    min_size=0,
                    capacity=room,
                    multiplicity=1,
                    eligible=eligible,
                )
            )

    rules = inst.new_groups
    cat_slot: list[int] = []
    cat_lang: list[int] = []
    cat_lo: list[int] = []
    cat_hi: list[int] = []
    cat_minor: list[bool] = []
    cat_host: list[int] = []

    def record(slot: int, lang: int, w: tuple[int, int], minor: bool, host: int) -> None:
        cat_slot.append(slot)
        cat_lang.append(lang)
        cat_lo.append(w[0])
        cat_hi.append(w[1])
        cat_minor.append(minor)
        cat_host.append(host)

    if rules.max > 0 and rules.min_size <= rules.max_size:
        reach = reach_matrix(inst)
        for h in np.flatnonzero(waiting).tolist():
            minor = bool(inst.minor[h])
            base = waiting & reach[h] & (inst.minor == minor)
            base[partners[h]] = False
            if int(base.sum()) < rules.min_size:
                continue
            combos: list[tuple[int, int, tuple[int, int]]] = []
            masks = []
            for w in windows[minor]:
                if not w[0] <= inst.age[h] <= w[1]:
                    continue
                by_age = base & in_window[w]
                if int(by_age.sum()) < rules.min_size:
                    continue
                for slot in inst.survivors[h].availability:
                    by_slot = by_age & inst.available[:, slot]
                    if int(by_slot.sum()) < rules.min_size:
                        continue
                    for lang in np.flatnonzero(inst.speaks[h]).tolist():
                        mask = by_slot & inst.speaks[:, lang]
                        if int(mask.sum()) >= rules.min_size:
                            combos.append((slot, lang, w))
                            masks.append(mask)
                            record(slot, lang, w, minor, h)
            for k in _undominated(masks):
                slot, lang, w = combos[k]
                eligible = np.flatnonzero(masks[k]).astype(np.int64)
                items.append(
                    Candidate(
                        kind=PLACE,
                        group=-1,
                        host=h,
                        slot=slot,
                        language=lang,
                        lo=w[0],
                        hi=w[1],
                        online=False,
                        lat=float(inst.lat[h]),
                        lon=float(inst.lon[h]),
                        min_size=rules.min_size,
                        capacity=rules.max_size,
                        multiplicity=1,
                        eligible=eligible,
                    )
                )

        online_max = min(rules.online_max, rules.max)
        if online_max > 0:
            combos = []
            masks = []
            for minor in (True, False):
                for w in windows[minor]:
                    for slot in range(21):
                        for lang in range(len(inst.languages)):
                            mask = (
                                waiting
                                & in_window[w]
                                & (inst.minor == minor)
                                & inst.available[:, slot]
                                & inst.speaks[:, lang]
                            )
                            if int(mask.sum()) >= rules.min_size:
                                combos.append((slot, lang, w))
                                masks.append(mask)
                                record(slot, lang, w, minor, -1)
            for k in _undominated(masks):
                slot, lang, w = combos[k]
                eligible = np.flatnonzero(masks[k]).astype(np.int64)
                items.append(
                    Candidate(
                        kind=ONLINE,
                        group=-1,
                        host=-1,
                        slot=slot,
                        language=lang,
                        lo=w[0],
                        hi=w[1],
                        online=True,
                        lat=None,
                        lon=None,
                        min_size=rules.min_size,
                        capacity=rules.max_size,
                        multiplicity=min(online_max, eligible.size // rules.min_size),
                        eligible=eligible,
                    )
                )

    host_arr = np.array(cat_host, dtype=np.int64)
    catalogue = Catalogue(
        slot=np.array(cat_slot, dtype=np.int64),
        language=np.array(cat_lang, dtype=np.int64),
        lo=np.array(cat_lo, dtype=np.int64),
        hi=np.array(cat_hi, dtype=np.int64),
        minor=np.array(cat_minor, dtype=np.bool_),
        host=host_arr,
        online=host_arr < 0,
    )
    by_survivor: list[list[int]] = [[] for _ in range(n)]
    for c, cand in enumerate(items):
        for i in cand.eligible.tolist():
            by_survivor[i].append(c)
    return Candidates(
        items=items,
        frozen=frozen,
        catalogue=catalogue,
        by_survivor=by_survivor,
        partners=[sorted(p) for p in partners],
    )
