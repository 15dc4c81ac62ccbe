"""Matching's part of a survivor's erasure, contributed to aftercare through the settings.

Runs keep their input so a proposal can be explained later; for an erased survivor the
explanation no longer needs her: her record in stored run inputs shrinks to its key.
"""

from __future__ import annotations

from typing import Any

from django.db.models import TextField
from django.db.models.functions import Cast

from aftercare.models import Survivor
from matching.models import MatchRun, RejectedPair
from matching.snapshot import survivor_key


def _without(value: Any, key: str) -> Any:
    if isinstance(value, dict):
        if value.get("id") == key:
            return {"id": key, "erased": True}
        return {name: _without(inner, key) for name, inner in value.items()}
    if isinstance(value, list):
        return [_without(inner, key) for inner in value]
    return value


def survivor_erase(*, survivor: Survivor) -> list[str]:
    RejectedPair.objects.filter(survivor=survivor).exclude(reason="").update(reason="")
    key = survivor_key(survivor.pk)
    runs = (
        MatchRun.objects.filter(organisation_id=survivor.organisation_id)
        .annotate(snapshot_text=Cast("input_snapshot", TextField()))
        .filter(snapshot_text__contains=f'"{key}"')
        .only("pk", "input_snapshot")
    )
    for run in runs:
        MatchRun.objects.filter(pk=run.pk).update(input_snapshot=_without(run.input_snapshot, key))
    return ["rejected_pair.reason", "match_run.input_snapshot"]
