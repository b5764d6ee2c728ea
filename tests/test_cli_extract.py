"""``timeline extract``: one story's events and links as JSON, or an archive's, a line each."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline._cli import main
from timeline._cli._extract import extract_record

STORY = "Rebels shelled the port late Sunday, the army said. Officials denied that troops fired."


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_story_gives_its_events_and_links(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    code, out, err = run(["extract", str(path), "--published", "2017-09-25"], capsys)
    assert (0, "") == (code, err)
    data = json.loads(out)
    assert ["shelled", "said", "denied", "fired"] == [
        STORY[event["start"] : event["end"]] for event in data["events"]
    ]
    assert ("2017-09-24", "the army", "reported") == (
        data["events"][0]["when_value"],
        data["events"][0]["source"],
        data["events"][0]["factuality"],
    )
    assert {("e2", "reports", "e1", "said")} <= {
        (link["source"], link["relation"], link["target"], link["evidence"])
        for link in data["links"]
    }


def test_an_archive_gives_a_line_a_record_and_reports_the_bad_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "in.jsonl"
    archive.write_text(
        json.dumps({"id": "a", "text": STORY, "published": "2017-09-25"})
        + "\n{broken\n"
        + json.dumps({"id": "c", "text": "The ferry sank."})
        + "\n",
        encoding="utf-8",
    )
    target = tmp_path / "out.jsonl"
    code, _, err = run(
        ["extract", "--jsonl", str(archive), "--out", str(target), "--quiet"], capsys
    )
    assert 1 == code  # two records failed: one is not JSON, one has no date
    [line] = target.read_text(encoding="utf-8").splitlines()
    record = json.loads(line)
    assert ("a", 4) == (record["id"], len(record["events"]))
    assert "line 2: not JSON" in err
    assert "line 3 (id 'c'): extract: a story needs its publication date" in err


def test_a_story_needs_its_date_and_the_options_their_mode(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert 2 == run(["extract", "-"], capsys)[0]
    assert 2 == run(["extract", "story.txt", "--published", "2017-09-25", "--out", "x"], capsys)[0]
    assert 2 == run(["extract"], capsys)[0]


@given(st.lists(st.sampled_from([*STORY.split(". "), "", "Nobody knew."]), max_size=5))
def test_every_record_is_json_ready_and_its_links_join_its_events(parts: list[str]) -> None:
    from datetime import date

    record = extract_record(". ".join(parts), date(2017, 9, 25))
    json.dumps(record)  # JSON-ready as it is
    ids = {event["id"] for event in record["events"]}
    assert all(link["source"] in ids and link["target"] in ids for link in record["links"])
