"""`python -m matching`: JSON on stdout when it works, exit 2 and one line on stderr when the
input is bad."""

from __future__ import annotations

import json
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from matching.cli import main
from tests.matching.solver.test_buddy_rules import buddy, instance, survivor

ROOT = Path(__file__).resolve().parents[3]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "matching", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def write(tmp_path: Path, content: Any) -> str:
    path = tmp_path / "instance.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return str(path)


def test_solve_prints_the_result(tmp_path: Path) -> None:
    document = instance([survivor("s-1"), survivor("s-2", languages=["ti"])], [buddy()])
    done = run_cli("solve", write(tmp_path, document))
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["kind"] == "buddy_matching_result"
    assert [m["survivor"] for m in result["matches"]] == ["s-1"]
    assert "candidates" not in result
    assert done.stderr == ""


def test_solve_with_explain_lists_candidates(tmp_path: Path) -> None:
    done = run_cli("solve", write(tmp_path, instance([survivor()], [buddy()])), "--explain")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["candidates"] == [
        {"survivor": "s-1", "buddy": "b-1", "score": json.loads(done.stdout)["objective"]["score"]}
    ]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (instance([survivor(availability=[4, 21])], [buddy()]), "slot 21 is outside 0..20"),
        ('{"kind": "buddy_matching", "survivors": [', "invalid JSON"),
        ({"kind": "timetable", "version": 1}, "unknown kind"),
        ([1, 2, 3], "must be a JSON object"),
    ],
)
def test_bad_instance_exits_2_with_one_line(tmp_path: Path, content: Any, words: str) -> None:
    done = run_cli("solve", write(tmp_path, content))
    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.splitlines()) == 1
    assert words in done.stderr


def test_missing_file_exits_2_with_one_line(tmp_path: Path) -> None:
    done = run_cli("solve", str(tmp_path / "nowhere.json"))
    assert done.returncode == 2
    assert done.stderr.splitlines() == [f"{tmp_path / 'nowhere.json'}: no such file"]


def test_bad_arguments_exit_2_with_one_line() -> None:
    done = run_cli("bench", "--survivors", "many")
    assert done.returncode == 2
    assert len(done.stderr.splitlines()) == 1


def test_non_positive_time_limit_is_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "--survivors", "10", "--time-limit", "0"]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "usage: --time-limit must be a positive number of seconds"
    ]


def test_bench_prints_one_json_line() -> None:
    done = run_cli("bench", "--survivors", "120", "--seed", "3", "--side-rules", "--repeat", "1")
    assert done.returncode == 0, done.stderr
    (line,) = done.stdout.splitlines()
    figures = json.loads(line)
    assert figures["survivors"] == 120
    assert figures["buddies"] == 60
    assert figures["status"] == "OPTIMAL"
    assert figures["valid"] is True
    for key in ("feasible_pairs", "candidates_s", "solve_s", "total_s", "scipy_s", "ratio"):
        assert figures[key] >= 0
    assert figures["peak_mb"] > 0
    assert figures["scipy_reference"] == "relaxation without rules 9-10"


def test_bench_objective_equals_scipy_without_side_rules(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert (
        main(["bench", "--survivors", "150", "--buddies", "70", "--seed", "1", "--repeat", "2"])
        == 0
    )
    figures = json.loads(capsys.readouterr().out)
    assert figures["buddies"] == 70
    assert figures["objectives_equal"] is True


def _fake_groups(monkeypatch: pytest.MonkeyPatch, calls: list[Any]) -> None:
    module = types.ModuleType("matching.solver.groups")

    def solve_peer_groups(
        document: dict[str, Any], *, seed: int = 0, time_limit_s: float | None = None
    ) -> dict[str, Any]:
        calls.append((document["kind"], seed, time_limit_s))
        return {"kind": "peer_groups_result"}

    def bench_peer_groups(n_survivors: int, seed: int) -> dict[str, Any]:
        calls.append(("bench", n_survivors, seed))
        return {"survivors": n_survivors}

    module.solve_peer_groups = solve_peer_groups  # type: ignore[attr-defined]
    module.bench_peer_groups = bench_peer_groups  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "matching.solver.groups", module)


def test_peer_group_instances_go_to_the_peer_group_solver(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    calls: list[Any] = []
    _fake_groups(monkeypatch, calls)
    path = write(tmp_path, {"kind": "peer_groups", "version": 1})
    assert main(["solve", path, "--seed", "4", "--time-limit", "2.5"]) == 0
    assert json.loads(capsys.readouterr().out) == {"kind": "peer_groups_result"}
    assert calls == [("peer_groups", 4, 2.5)]


def test_bench_groups_goes_to_the_peer_group_benchmark(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    calls: list[Any] = []
    _fake_groups(monkeypatch, calls)
    assert main(["bench", "--groups", "80", "--seed", "2"]) == 0
    assert json.loads(capsys.readouterr().out) == {"survivors": 80}
    assert calls == [("bench", 80, 2)]
