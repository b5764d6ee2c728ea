"""Every script in examples/ runs, as a user would run it, and prints what it promises."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import timeline
from timeline import timeml

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SOURCE = Path(timeline.__file__).resolve().parent.parent
# Output is checked as a pipe shows it, whatever the environment forces.
_UNFORCED = {
    name: value
    for name, value in os.environ.items()
    if name not in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE")
}


def run(name: str, *args: str, width: int = 100) -> str:
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / name), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**_UNFORCED, "PYTHONPATH": str(SOURCE), "COLUMNS": str(width)},
    )
    assert (0, "") == (result.returncode, result.stderr)
    assert [] == [line for line in result.stdout.splitlines() if len(line) > width]
    return result.stdout


def check_asapov(output: str, tmp_path: Path) -> None:
    assert output.startswith("published Mon 25 Sep 2017 · 10 events · 7 links\n")
    assert "18–24 Sep       ● Moscow warns it will hit back at SDF units\n" in output
    assert "“late Sunday”   │ reports → Asapov is killed\n" in output
    assert "│ blames → Asapov is killed\n" in output
    # The links place the undated shelling before Sunday's announcement, and say how.
    assert "by Sun 24 Sep   ○ ISIS mortar fire hits a command post\n" in output
    assert output.index("○ ISIS mortar fire") < output.index("● the ministry announces")
    assert "from Mon 18 Sep ○ Russian jets strike SDF positions\n" in output
    assert "\nundated" not in output
    assert "chain · 4 events\n└── ISIS mortar fire hits a command post · undated\n" in output
    assert output.endswith("\nthe capture comes before the strike\n")


def check_tag_a_story(output: str, tmp_path: Path) -> None:
    assert output.startswith("Published Monday 25 September 2017\n")
    assert "late Sunday" in output
    story = tmp_path / "story.txt"
    story.write_text("Markets fell on Thursday and recovered the following day.", "utf-8")
    mine = run("tag_a_story.py", str(story), "--published", "2017-09-25")
    rows = [line for line in mine.splitlines() if line.startswith("│")]
    assert ["Thursday", "the following day"] == [row.split("│")[3].strip() for row in rows]
    assert ["DATE 2017-09-21", "DATE 2017-09-22"] == [row.split("│")[4].strip() for row in rows]


def check_timeml_in_and_out(output: str, tmp_path: Path) -> None:
    assert output.splitlines()[0] == "wrote 3 TIMEX3 elements to story.tml"
    assert "  t1  'Thursday'         2017-09-21\n" in output
    assert output.endswith("with a wrong DCT: strict F1 1.00, value F1 0.33\n")
    run("timeml_in_and_out.py", str(tmp_path))
    document = timeml.read(tmp_path / "story.tml")
    assert ["Thursday", "March", "Two days later"] == [e.timex.text for e in document.timexes]


def check_custom_relations(output: str, tmp_path: Path) -> None:
    assert "│ funds → the field hospital opens\n" in output
    assert "✗ the ministry retracts its claim\n" in output
    assert output.endswith(
        "\ndates conflict between e3, e4: a retraction comes after the claim it takes back\n"
    )


def check_exports(output: str, tmp_path: Path) -> None:
    assert "story.json: 3 events, reads back equal: True\n" in output
    assert "  Sun 24 Sep 2017 16:00–24:00 (late Sunday) the finance minister resigns\n" in output
    run("exports.py", str(tmp_path))
    written = sorted(path.name for path in tmp_path.iterdir())
    assert ["story.html", "story.json", "story.svg", "story.timelinejs.json"] == written
    slides = json.loads((tmp_path / "story.timelinejs.json").read_text("utf-8"))
    assert "Budget week" == slides["title"]["text"]["headline"]
    assert (tmp_path / "story.svg").read_text("utf-8").startswith("<svg")


def check_dask_archive(output: str, tmp_path: Path) -> None:
    # The example tags its own archive on a local cluster of 2 worker processes and
    # compares with its serial run; the count is checked here against tag itself.
    import importlib.util

    spec = importlib.util.spec_from_file_location("dask_archive", EXAMPLES / "dask_archive.py")
    assert spec is not None
    assert spec.loader is not None
    example = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(example)
    archive = example.write_archive(tmp_path / "archive.jsonl", 400)
    stories = [json.loads(line) for line in archive.read_text("utf-8").splitlines()]
    found = sum(len(timeline.tag(s["text"], s["published"])) for s in stories)
    assert output.startswith(f"tagged 400 stories on 2 workers: {found} time expressions\n")
    assert output.endswith("; the same as the serial run: True\n")


CHECKS: dict[str, Callable[[str, Path], None]] = {
    "asapov.py": check_asapov,
    "custom_relations.py": check_custom_relations,
    "dask_archive.py": check_dask_archive,
    "exports.py": check_exports,
    "tag_a_story.py": check_tag_a_story,
    "timeml_in_and_out.py": check_timeml_in_and_out,
}


def test_every_example_is_checked() -> None:
    assert sorted(CHECKS) == sorted(path.name for path in EXAMPLES.glob("*.py"))


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_example_runs_and_prints_what_it_promises(name: str, tmp_path: Path) -> None:
    CHECKS[name](run(name), tmp_path)
