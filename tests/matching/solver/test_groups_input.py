"""Bad instances are refused with an InstanceError that names the entity and the field."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from matching.solver.common import InstanceError
from matching.solver.groups import solve_peer_groups
from tests.matching.solver.test_groups_factories import four, group, instance, survivor


def _base() -> dict[str, Any]:
    return instance(four(), groups=[group("g-1", ["s-1"])])


def _set(path: tuple[Any, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        target = doc
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _drop(path: tuple[Any, ...]) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        target = doc
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return change


CASES: dict[str, tuple[Callable[[dict[str, Any]], None], str, str]] = {
    "unknown survivor in separate": (
        _set(("separate",), [["s-1", "s-99"]]),
        "instance",
        "separate",
    ),
    "unknown member": (_set(("groups", 0, "members"), ["s-99"]), "group g-1", "members"),
    "availability slot 21": (
        _set(("survivors", 0, "availability"), [5, 21]),
        "survivor s-1",
        "availability",
    ),
    "group slot -1": (_set(("groups", 0, "slot"), -1), "group g-1", "slot"),
    "group min above max": (_set(("groups", 0, "min_size"), 9), "group g-1", "min_size"),
    "new groups min above max": (_set(("new_groups", "min_size"), 9), "new_groups", "min_size"),
    "missing age": (_drop(("survivors", 1, "age")), "survivor s-2", "age"),
    "missing rules": (_drop(("rules",)), "instance", "rules"),
    "missing new_groups max": (_drop(("new_groups", "max")), "new_groups", "max"),
    "duplicate survivor id": (_set(("survivors", 1, "id"), "s-1"), "survivor s-1", "id"),
    "duplicate group id": (
        lambda doc: doc["groups"].append(group("g-1", [])),
        "group g-1",
        "id",
    ),
    "member of two groups": (
        lambda doc: doc["groups"].append(group("g-2", ["s-1"])),
        "survivor s-1",
        "groups",
    ),
    "wrong kind": (_set(("kind",), "buddy_matching"), "instance", "kind"),
    "age as text": (_set(("survivors", 0, "age"), "16"), "survivor s-1", "age"),
    "negative max_km": (_set(("survivors", 0, "max_km"), -1), "survivor s-1", "max_km"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_instance_is_refused(case: str) -> None:
    change, entity, field = CASES[case]
    doc = _base()
    change(doc)

    with pytest.raises(InstanceError) as caught:
        solve_peer_groups(doc, time_limit_s=0.5)

    assert (caught.value.entity, caught.value.field) == (entity, field)


def test_base_instance_is_accepted() -> None:
    assert solve_peer_groups(_base(), time_limit_s=0.5)["placed"] == 4


def test_separate_pair_with_herself_is_refused() -> None:
    doc = instance([survivor("s-1")], separate=[["s-1", "s-1"]])

    with pytest.raises(InstanceError, match="paired with herself"):
        solve_peer_groups(doc, time_limit_s=0.5)
