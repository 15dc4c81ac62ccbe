"""An independent check of a buddy-matching result against its instance.

Written with plain loops over the JSON documents, sharing no code with the solver beyond
parsing the instance (to reject bad input the same way) and the published constants (weights,
caps, rule names): the rules, distances and scores are all worked out again here. Every solver
test passes its result through it.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

from .schema import (
    ADULT_AGE,
    COMPONENTS,
    INTERESTS_CAP,
    LANGUAGES_CAP,
    OVERLAP_CAP,
    RESULT_KIND,
    RULES,
    WAITING_CAP_DAYS,
    Weights,
    parse_buddy_instance,
)

EARTH_RADIUS_KM = 6371.0088
DISTANCE_SLACK_KM = 1e-6
"""Two haversine implementations may differ in the last bits; a micrometre is no real slack."""


def _km(a: dict[str, Any], b: dict[str, Any]) -> float:
    p1, p2 = math.radians(a["lat"]), math.radians(b["lat"])
    dp = p2 - p1
    dl = math.radians(b["lon"] - a["lon"])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(h, 1.0)))


class _Checker:
    def __init__(self, instance: dict[str, Any]) -> None:
        parse_buddy_instance(instance)
        self.survivors = {s["id"]: s for s in instance["survivors"]}
        self.buddies = {b["id"]: b for b in instance["buddies"]}
        self.excluded = {(s, b) for s, b in instance.get("excluded", [])}
        self.fixed = [(s, b) for s, b in instance.get("fixed", [])]
        self.min_overlap = int(instance.get("rules", {}).get("min_overlap", 1))
        self.weights = Weights(**instance.get("weights", {})).as_dict()

    def limit(self, s: dict[str, Any], b: dict[str, Any]) -> float:
        return float(min(s["max_km"], b["max_km"]))

    def pair_failures(self, s: dict[str, Any], b: dict[str, Any]) -> list[str]:
        failed = []
        if len(set(s["availability"]) & set(b["availability"])) < self.min_overlap:
            failed.append("availability")
        if _km(s, b) > self.limit(s, b) + DISTANCE_SLACK_KM:
            failed.append("distance")
        wanted = s.get("buddy_genders") or []
        if wanted and b["gender"] not in wanted:
            failed.append("gender")
        if s["age"] < ADULT_AGE and not b.get("trained_for_minors", False):
            failed.append("minors")
        if not set(s["languages"]) & set(b["languages"]):
            failed.append("language")
        if (s["id"], b["id"]) in self.excluded:
            failed.append("excluded")
        return failed

    def breakdown(self, s: dict[str, Any], b: dict[str, Any]) -> dict[str, int]:
        w = self.weights
        shared = len(set(s.get("interests", [])) & set(b.get("interests", [])))
        common = len(set(s["languages"]) & set(b["languages"]))
        overlap = len(set(s["availability"]) & set(b["availability"]))
        limit = self.limit(s, b)
        closeness = 1.0 if limit <= 0 else (limit - _km(s, b)) / limit
        lived = s.get("wants_lived_experience", False) and b.get("lived_experience", False)
        return {
            "interests": w["interests"] * min(shared, INTERESTS_CAP) // INTERESTS_CAP,
            "languages": w["languages"] * min(common, LANGUAGES_CAP) // LANGUAGES_CAP,
            "overlap": w["overlap"] * min(overlap, OVERLAP_CAP) // OVERLAP_CAP,
            "distance": max(0, min(w["distance"], math.floor(w["distance"] * closeness))),
            "waiting": w["waiting"]
            * min(s.get("waiting_days", 0), WAITING_CAP_DAYS)
            // WAITING_CAP_DAYS,
            "lived_experience": w["lived_experience"] if lived else 0,
        }

    def score_problems(
        self, where: str, s: dict[str, Any], b: dict[str, Any], item: dict[str, Any]
    ) -> list[str]:
        expected = self.breakdown(s, b)
        given = item.get("breakdown")
        problems = []
        if given is not None:
            if set(given) != set(COMPONENTS):
                return [f"{where}: breakdown has keys {sorted(given)}, expected {list(COMPONENTS)}"]
            if sum(given.values()) != item["score"]:
                problems.append(f"{where}: score {item['score']} is not the sum of its breakdown")
            for name in COMPONENTS:
                # The distance points floor a float: allow one point for the last bits.
                slack = 1 if name == "distance" else 0
                if abs(given[name] - expected[name]) > slack:
                    problems.append(
                        f"{where}: {name} is {given[name]}, recomputed {expected[name]}"
                    )
        total = sum(expected.values())
        if abs(item["score"] - total) > 1:
            problems.append(f"{where}: score {item['score']}, recomputed {total}")
        return problems


def _order(items: list[dict[str, Any]], key: str) -> list[str]:
    ids = [item[key] for item in items]
    return ids if ids == sorted(ids) else []


def validate_buddy_result(
    instance: dict[str, Any], result: dict[str, Any], *, check_explanations: bool = True
) -> list[str]:
    """Every way in which `result` breaks a hard rule or the result format; empty when valid.

    `check_explanations=False` skips recounting the reasons of unmatched survivors and the
    completeness of `candidates`, which loop over every survivor-buddy pair in Python.
    """
    check = _Checker(instance)
    problems: list[str] = []
    if result.get("kind") != RESULT_KIND:
        problems.append(f"kind is {result.get('kind')!r}, expected {RESULT_KIND!r}")
    matches: list[dict[str, Any]] = result.get("matches", [])
    unmatched: list[dict[str, Any]] = result.get("unmatched", [])

    load: Counter[str] = Counter()
    minors: Counter[str] = Counter()
    cases: dict[str, Counter[str]] = {}
    partner: dict[str, str] = {}
    for item in matches:
        sid, bid = item["survivor"], item["buddy"]
        where = f"match {sid}/{bid}"
        if sid not in check.survivors or bid not in check.buddies:
            problems.append(f"{where}: unknown survivor or buddy")
            continue
        s, b = check.survivors[sid], check.buddies[bid]
        if sid in partner:
            problems.append(f"rule 7: survivor {sid} has more than one buddy")
        partner[sid] = bid
        for rule in check.pair_failures(s, b):
            problems.append(f"rule {RULES.index(rule) + 1} ({rule}): {where} breaks it")
        load[bid] += 1
        if s["age"] < ADULT_AGE:
            minors[bid] += 1
        if s.get("case") is not None:
            cases.setdefault(bid, Counter())[str(s["case"])] += 1
        problems += check.score_problems(where, s, b, item)

    for bid, count in sorted(load.items()):
        capacity = check.buddies[bid]["capacity"]
        if count > capacity:
            problems.append(f"rule 7: buddy {bid} has {count} survivors, capacity {capacity}")
        limit = check.buddies[bid].get("max_minors")
        if limit is not None and minors[bid] > limit:
            problems.append(f"rule 10: buddy {bid} has {minors[bid]} minors, max_minors {limit}")
        for case, n in sorted(cases.get(bid, Counter()).items()):
            if n > 1:
                problems.append(f"rule 9: buddy {bid} has {n} survivors of case {case}")
    for sid, bid in check.fixed:
        if partner.get(sid) != bid:
            problems.append(f"rule 8: fixed pair {sid}/{bid} is not in the result")
    fixed = set(check.fixed)
    for item in matches:
        if bool(item.get("fixed")) != ((item["survivor"], item["buddy"]) in fixed):
            problems.append(f"match {item['survivor']}/{item['buddy']}: wrong 'fixed' flag")

    missing = set(check.survivors) - set(partner)
    listed = [item["survivor"] for item in unmatched]
    if sorted(listed) != sorted(missing) or len(set(listed)) != len(listed):
        problems.append("unmatched does not list exactly the survivors without a buddy")
    if matches and not _order(matches, "survivor"):
        problems.append("matches are not sorted by survivor id")
    if unmatched and not _order(unmatched, "survivor"):
        problems.append("unmatched is not sorted by survivor id")

    objective = result.get("objective", {})
    bound = result.get("bound", {})
    score = sum(item["score"] for item in matches)
    if objective != {"matched": len(matches), "score": score}:
        problems.append(f"objective {objective} does not add up to {len(matches)} and {score}")
    if not (
        isinstance(bound, dict)
        and (bound.get("matched", -1), bound.get("score", -1))
        >= (objective.get("matched", 0), objective.get("score", 0))
    ):
        problems.append(f"bound {bound} is below the objective {objective}")
    status = result.get("status")
    if status not in ("OPTIMAL", "FEASIBLE"):
        problems.append(f"status {status!r} is neither OPTIMAL nor FEASIBLE")
    if status == "OPTIMAL" and bound != objective:
        problems.append("status OPTIMAL but the bound differs from the objective")

    if "candidates" in result:
        problems += _check_candidates(check, result["candidates"], matches, check_explanations)
    if check_explanations:
        problems += _check_unmatched(check, unmatched, partner, load, minors, cases, status)
    return problems


def _check_candidates(
    check: _Checker,
    candidates: list[dict[str, Any]],
    matches: list[dict[str, Any]],
    complete: bool,
) -> list[str]:
    problems: list[str] = []
    listed: dict[tuple[str, str], int] = {}
    for item in candidates:
        sid, bid = item["survivor"], item["buddy"]
        s, b = check.survivors.get(sid), check.buddies.get(bid)
        if s is None or b is None:
            problems.append(f"candidate {sid}/{bid}: unknown survivor or buddy")
            continue
        listed[(sid, bid)] = item["score"]
        if check.pair_failures(s, b):
            problems.append(f"candidate {sid}/{bid} breaks {check.pair_failures(s, b)}")
        problems += check.score_problems(f"candidate {sid}/{bid}", s, b, item)
    for item in matches:
        if listed.get((item["survivor"], item["buddy"])) != item["score"]:
            problems.append(f"match {item['survivor']}/{item['buddy']} is not a listed candidate")
    if complete:
        for sid, s in check.survivors.items():
            for bid, b in check.buddies.items():
                if (sid, bid) not in listed and not check.pair_failures(s, b):
                    problems.append(f"candidate {sid}/{bid} passes rules 1-6 but is not listed")
    return problems


def _check_unmatched(
    check: _Checker,
    unmatched: list[dict[str, Any]],
    partner: dict[str, str],
    load: Counter[str],
    minors: Counter[str],
    cases: dict[str, Counter[str]],
    status: Any,
) -> list[str]:
    problems: list[str] = []
    for item in unmatched:
        sid = item["survivor"]
        s = check.survivors.get(sid)
        if s is None or sid in partner:
            continue
        failures: dict[str, list[str]] = {}
        for bid, b in check.buddies.items():
            failed = check.pair_failures(s, b)
            if load[bid] >= b["capacity"]:
                failed.append("capacity")
            if s.get("case") is not None and cases.get(bid, Counter())[str(s["case"])] > 0:
                failed.append("case")
            limit = b.get("max_minors")
            if s["age"] < ADULT_AGE and limit is not None and minors[bid] >= limit:
                failed.append("max_minors")
            failures[bid] = failed
        alone = Counter(f[0] for f in failures.values() if len(f) == 1)
        expected = {rule: alone[rule] for rule in RULES if alone[rule]}
        if item.get("reasons") != expected:
            problems.append(f"unmatched {sid}: reasons {item.get('reasons')}, expected {expected}")
        if status == "OPTIMAL":
            open_buddies = sorted(bid for bid, f in failures.items() if not f)
            if open_buddies:
                problems.append(f"unmatched {sid} fits buddy {open_buddies[0]}: not optimal")
        closest = item.get("closest")
        if not failures:
            if closest is not None:
                problems.append(f"unmatched {sid}: closest given but there are no buddies")
            continue
        if not isinstance(closest, dict) or closest.get("buddy") not in failures:
            problems.append(f"unmatched {sid}: closest is missing or unknown")
            continue
        bid = closest["buddy"]
        fewest = min(len(f) for f in failures.values())
        nearest = min(_km(s, check.buddies[b]) for b, f in failures.items() if len(f) == fewest)
        if len(failures[bid]) != fewest or _km(s, check.buddies[bid]) > nearest + DISTANCE_SLACK_KM:
            problems.append(f"unmatched {sid}: {bid} is not the closest buddy")
        if closest.get("blocked_by") != failures[bid]:
            problems.append(
                f"unmatched {sid}: blocked_by {closest.get('blocked_by')}, expected {failures[bid]}"
            )
    return problems
