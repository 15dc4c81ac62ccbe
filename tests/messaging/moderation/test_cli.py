"""``python -m messaging.moderation``: JSON lines in and out, exit 2 on bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.messaging.moderation.conftest import DEV_PATH, REPO_ROOT


def _run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "messaging.moderation", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=60,
        check=False,
    )


def test_stream_writes_one_decision_per_input_line() -> None:
    lines = [
        {"id": "a", "text": "hoe gaat het?"},
        {"id": "b", "text": "stuur je 06 ff"},
        {"id": "c", "text": "ik wil niet meer leven"},
    ]
    proc = _run(stdin="\n".join(json.dumps(x) for x in lines) + "\n")
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [(o["id"], o["action"], o["urgent"]) for o in out] == [
        ("a", "allow", False),
        ("b", "hold", False),
        ("c", "flag", True),
    ]
    assert out[1]["reasons"][0]["rule"] == "contact.request"


@pytest.mark.parametrize("bad_line", ["{not json", '{"id": "x", "text": 5}'])
def test_bad_input_line_exits_2_naming_the_line(bad_line: str) -> None:
    proc = _run(stdin='{"id": "ok", "text": "hoi"}\n' + bad_line + "\n")
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1
    assert "line 2" in proc.stderr


def test_evaluate_prints_the_figures() -> None:
    proc = _run("--evaluate", str(DEV_PATH), "--speed-seconds", "0.05")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    for key in ("hold_recall", "harmless_held", "urgent_recall", "flag_wrongly_held",
                "flag_wrongly_held_count", "confusion", "misses", "messages_per_s"):  # fmt: skip
        assert key in result
    assert result["messages"] == 117


def test_evaluate_of_a_missing_file_exits_2() -> None:
    proc = _run("--evaluate", "no/such/file.jsonl")
    assert proc.returncode == 2


def test_bench_prints_one_json_line_with_the_rate() -> None:
    proc = _run("--bench", "--speed-seconds", "0.05")
    assert proc.returncode == 0, proc.stderr
    (line,) = proc.stdout.splitlines()
    assert json.loads(line)["messages_per_s"] > 0
