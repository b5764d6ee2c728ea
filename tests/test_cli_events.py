"""``timeline tag --events`` and the EVENT scores of ``timeline eval``, run in-process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline import Timex, timeml
from timeline._cli import main
from timeline.timeml import Document, EventMention

STORY = "Floods closed the port on Monday, pilots said.\nTugs waited & ships queued.\n"


@pytest.fixture(autouse=True)
def _wide_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tables are read cell by cell: make them wide enough, whatever the terminal."""
    monkeypatch.setenv("COLUMNS", "160")


def _span(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


def test_tag_file_as_timeml_with_events(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "port.txt"
    story.write_text(STORY, encoding="utf-8")
    assert 0 == main(
        ["tag", str(story), "--published", "2017-09-26", "--format", "timeml", "--events"]
    )
    markup = capsys.readouterr().out
    document = timeml.parse(markup)
    assert STORY == document.text
    events = {event.text: event.event_class for event in document.events}
    assert ("OCCURRENCE", "REPORTING") == (events["closed"], events["said"])
    assert 'class="OCCURRENCE">closed</EVENT> the port on <TIMEX3' in markup
    assert [event.eid for event in document.events] == [i.event_id for i in document.instances]
    assert ["Monday"] == [element.timex.text for element in document.timexes]


def test_events_need_timeml_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "port.txt"
    story.write_text(STORY, encoding="utf-8")
    assert 2 == main(["tag", str(story), "--events"])
    assert "--events goes with --format timeml or --timeml IN_DIR" in capsys.readouterr().err


def _gold(root: Path, *, with_events: bool = True) -> Path:
    root.mkdir()
    events = (
        (
            EventMention("closed", _span(STORY, "closed"), (("eid", "e1"), ("class", "OTHER"))),
            EventMention(
                "said", _span(STORY, "said"), (("eid", "e2"), ("class", "SPEECH_COGNITIVE"))
            ),
            EventMention("queued", _span(STORY, "queued"), (("eid", "e3"), ("class", "OTHER"))),
        )
        if with_events
        else ()
    )
    monday = Timex("Monday", "DATE", "2017-09-25", span=_span(STORY, "Monday"))
    document = Document.from_timexes(STORY, [monday], published=None)
    timeml.write(root / "port.tml", Document(STORY, document.timexes, events=events))
    return root


def test_tag_directory_with_events_then_eval(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = _gold(tmp_path / "gold")
    system = tmp_path / "system"
    assert 0 == main(["tag", "--timeml", str(gold), "--out", str(system), "--events"])
    capsys.readouterr()
    tagged = timeml.parse((system / "port.tml").read_bytes())
    assert STORY == tagged.text
    assert {"closed", "said"} <= {event.text for event in tagged.events}
    # The gold's EVENTs were all inside TEXT, so no id is taken and ours start at e1.
    assert "e1" == tagged.events[0].eid

    assert 0 == main(["eval", str(gold), str(system), "--format", "json", "--errors"])
    scores = json.loads(capsys.readouterr().out)["events"]
    assert 3 == scores["counts"]["gold"]
    assert len(tagged.events) == scores["counts"]["system"]
    assert scores["counts"]["relaxed_matches"] >= 2
    assert "closed" not in [pair["gold"]["text"] for pair in scores["missed"]]
    # "said" is REPORTING, which NewsReader calls SPEECH_COGNITIVE: no class error.
    assert "said" not in [pair["gold"]["text"] for pair in scores["class_errors"]]

    # Without a system directory, eval extracts the events itself: the same scores.
    assert 0 == main(["eval", str(gold), "--format", "json", "--errors"])
    assert scores == json.loads(capsys.readouterr().out)["events"]


def test_eval_table_shows_event_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = _gold(tmp_path / "gold")
    assert 0 == main(["eval", str(gold), str(gold)])
    output = capsys.readouterr().out
    for label in ("event strict", "event relaxed", "event class"):
        assert f"{label}" in output
    row = next(line for line in output.splitlines() if "event relaxed" in line)
    assert ["100.00", "100.00", "100.00"] == [cell.strip() for cell in row.split("│")[2:5]]
    assert "EVENT: 3 gold and 3 system events; class accuracy 100.00 over 3" in " ".join(
        output.split()
    )


def test_a_gold_without_events_shows_no_event_scores(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = _gold(tmp_path / "gold", with_events=False)
    assert 0 == main(["eval", str(gold), str(gold), "--format", "json"])
    assert "events" not in json.loads(capsys.readouterr().out)
    assert 1 == main(["eval", str(gold), str(gold), "--min-event-f1", "50"])
    assert "the gold files mark no EVENTs" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("minimum", "code", "message"),
    [
        ("50", 0, ""),
        ("80", 0, ""),
        ("80.01", 1, "EVENT relaxed F1 80.00 is below the required 80.01"),
        ("100", 1, "EVENT relaxed F1 80.00 is below the required 100.00"),
    ],
)
def test_min_event_f1_gates_relaxed_f1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], minimum: str, code: int, message: str
) -> None:
    gold = _gold(tmp_path / "gold")
    system = tmp_path / "system"
    system.mkdir()
    two = Document(STORY, events=timeml.parse((gold / "port.tml").read_bytes()).events[:2])
    timeml.write(system / "port.tml", two)
    # Two of three found, none spurious: relaxed F1 = 80.
    assert code == main(["eval", str(gold), str(system), "--min-event-f1", minimum])
    assert (f"timeline eval: {message}\n" if message else "") == capsys.readouterr().err


def test_per_document_table_has_the_event_f1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = _gold(tmp_path / "gold")
    system = tmp_path / "system"
    system.mkdir()
    one = Document(STORY, events=timeml.parse((gold / "port.tml").read_bytes()).events[:1])
    timeml.write(system / "port.tml", one)
    assert 0 == main(["eval", str(gold), str(system), "--per-document"])
    row = next(line for line in capsys.readouterr().out.splitlines() if "port.tml" in line)
    # One of three gold events found, nothing spurious: relaxed F1 = 2 * 1 / (1 + 3) = 50.
    assert "50.00" == row.split("│")[-2].strip()


def test_an_event_that_cannot_nest_is_left_out_with_a_note(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from timeline._cli._common import Report
    from timeline._cli._events import timeml_with_events

    text = "Rebels seized the town."
    # A time expression over "seized the" (no tagger finds one there; a stand-in does).
    odd = Timex("seized the", "DATE", "2017-09-25", span=(7, 17))
    markup = timeml_with_events(text, [odd], None, Report("tag"), "town.txt")
    assert (
        "timeline tag: town.txt: no EVENT for 'seized' at 7-13: it overlaps the time "
        "expression 'seized the'\n"
    ) == capsys.readouterr().err
    document = timeml.parse(markup)
    assert text == document.text
    assert "seized" not in [event.text for event in document.events]
    assert [event.eid for event in document.events] == [i.event_id for i in document.instances]


def test_errors_lists_event_class_errors_missed_and_spurious(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = _gold(tmp_path / "gold")
    system = tmp_path / "system"
    system.mkdir()
    events = (
        EventMention("closed", _span(STORY, "closed"), (("eid", "e1"), ("class", "REPORTING"))),
        EventMention("Tugs", _span(STORY, "Tugs"), (("eid", "e2"), ("class", "OCCURRENCE"))),
    )
    timeml.write(system / "port.tml", Document(STORY, events=events))
    assert 0 == main(["eval", str(gold), str(system), "--errors"])
    output = capsys.readouterr().out
    lines = [" ".join(line.replace("│", " ").split()) for line in output.splitlines()]
    assert "event class errors (1)" in lines
    assert "port.tml closed OTHER closed REPORTING" in lines
    assert "missed events (2)" in lines
    assert "port.tml said SPEECH_COGNITIVE" in lines
    assert "port.tml queued OTHER" in lines
    assert "spurious events (1)" in lines
    assert "port.tml Tugs OCCURRENCE" in lines
