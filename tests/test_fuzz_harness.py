"""The fuzzing harness in fuzz/ runs, and would report what it finds (issue 13)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import timeline

ROOT = Path(__file__).resolve().parent.parent
SOURCE_ROOT = Path(timeline.__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    path = os.pathsep.join(filter(None, [str(SOURCE_ROOT), os.environ.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, str(ROOT / "fuzz" / "run.py"), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": path},
        timeout=300,
        check=False,
    )


def test_every_target_runs_clean_for_a_few_examples() -> None:
    result = _run("--examples", "3")
    assert 0 == result.returncode, result.stdout + result.stderr
    summary = json.loads(result.stdout[result.stdout.index("{") :])
    expected = ["from_json", "resolve", "tag", "timeline_operations", "timeml_parse"]
    assert expected == sorted(summary["executions"])
    assert all(count >= 1 for count in summary["executions"].values())
    assert {} == summary["findings"]


def test_an_exception_outside_our_family_is_a_finding(tmp_path: Path) -> None:
    # A stand-in target that raises what a real bug would: the runner reports it, exit 1.
    fuzz = str(ROOT / "fuzz")
    (tmp_path / "sitecustomize.py").write_text(
        "import sys\n"
        f"sys.path.insert(0, {fuzz!r})\n"
        "import timeline\n"
        "def broken(*args, **kwargs):\n"
        "    raise OverflowError('date value out of range')\n"
        "timeline.resolve = broken\n",
        encoding="utf-8",
    )
    path = os.pathsep.join([str(tmp_path), str(SOURCE_ROOT)])
    result = subprocess.run(
        [sys.executable, str(ROOT / "fuzz" / "run.py"), "--examples", "2", "--targets", "resolve"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": path},
        timeout=300,
        check=False,
    )
    assert 1 == result.returncode, result.stdout + result.stderr
    assert "FINDING resolve: OverflowError" in result.stdout
