"""The ``timeline`` command, run as users and CI run it: ``python -m timeline ...``.

Most tests run the command in a subprocess. Tests of ``tag`` and of ``eval`` without a
system directory need `timeline.tag`; they run in-process with a small stand-in tagger (to
check the command's own work: files, offsets, DCTs, reports), and again in a subprocess
with the real tagger once it is there.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import attrs
import pytest

import timeline
from timeline import Timex, timeml
from timeline._cli import main
from timeline.timeml import Document, TimexElement

SOURCE_ROOT = Path(timeline.__file__).resolve().parent.parent
# Output is checked as a pipe shows it, whatever the environment forces.
PIPE_ENVIRONMENT = {
    name: value
    for name, value in os.environ.items()
    if name not in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE")
}


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    path = os.pathsep.join(filter(None, [str(SOURCE_ROOT), os.environ.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, "-m", "timeline", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={**PIPE_ENVIRONMENT, "PYTHONPATH": path, "COLUMNS": "120"},
        timeout=120,
        check=False,
    )


def _at(text: str, phrase: str, kind: str, value: str, mod: str | None = None) -> Timex:
    start = text.index(phrase)
    return Timex(phrase, kind, value, mod, span=(start, start + len(phrase)))


RALLY = (
    "Stocks rallied on Monday after the central bank said on Friday it would hold rates "
    "until March.\nTraders expect more gains this week & beyond."
)
STORM = "A storm hit the coast late Sunday. Power returned today after two days."
REPAIRS = "Repairs to the bridge will take three weeks."

GOLD = {
    "markets/rally.tml": [
        _at(RALLY, "Monday", "DATE", "2017-09-25"),
        _at(RALLY, "Friday", "DATE", "2017-09-22"),
        _at(RALLY, "March", "DATE", "2018-03"),
        _at(RALLY, "this week", "DATE", "2017-W39"),
    ],
    "storm.tml": [
        _at(STORM, "late Sunday", "DATE", "2017-09-24", "END"),
        _at(STORM, "today", "DATE", "2017-09-26"),
        _at(STORM, "two days", "DURATION", "P2D"),
    ],
    "repairs.tml": [_at(REPAIRS, "three weeks", "DURATION", "P3W")],
}
SYSTEM = {
    "markets/rally.tml": [
        _at(RALLY, "Monday", "DATE", "2017-09-25"),
        _at(RALLY, "Friday", "DATE", "2017-09-29"),
        _at(RALLY, "until March", "DATE", "2018-03"),
    ],
    "storm.tml": [
        _at(STORM, "Sunday", "DATE", "2017-09-24"),
        _at(STORM, "today", "DATE", "2017-09-26"),
        _at(STORM, "two days", "DATE", "P2D"),
        _at(STORM, "coast", "DATE", "XXXX-XX-XX"),
    ],
    # repairs.tml is missing: the system found nothing there.
}
TEXTS = {"markets/rally.tml": RALLY, "storm.tml": STORM, "repairs.tml": REPAIRS}


def _write_corpus(root: Path, timexes: dict[str, list[Timex]]) -> Path:
    for name, found in timexes.items():
        document = Document.from_timexes(TEXTS[name], found, doc_id=name)
        if name == "markets/rally.tml":
            document = Document.from_timexes(
                TEXTS[name], found, published=date(2017, 9, 26), doc_id=name
            )
        elif name == "storm.tml":
            # A malformed DCT, as real corpora have.
            dct = TimexElement.of(
                Timex("26/09/2017", "DATE", "26-09-2017"), "t0", functionInDocument="CREATION_TIME"
            )
            document = Document(TEXTS[name], document.timexes, dct, name)
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        timeml.write(path, document)
    return root


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    return _write_corpus(tmp_path / "gold", GOLD)


@pytest.fixture
def system(tmp_path: Path) -> Path:
    return _write_corpus(tmp_path / "system", SYSTEM)


def _tables(output: str) -> list[dict[str, list[str]]]:
    """The body rows of each rich table printed, by their first cell."""
    tables: list[dict[str, list[str]]] = []
    for line in output.splitlines():
        if line.startswith("┏"):
            tables.append({})
        cells = [cell.strip() for cell in line.split("│")[1:-1]]
        if cells:
            tables[-1][cells[0]] = cells[1:]
    return tables


def _rows(output: str) -> dict[str, list[str]]:
    """The body rows of the only table printed."""
    [table] = _tables(output)
    return table


# --------------------------------------------------------------------------- eval


def test_eval_gold_against_itself(gold: Path) -> None:
    result = run("eval", str(gold), str(gold))
    assert (0, "") == (result.returncode, result.stderr)
    rows = _rows(result.stdout)
    expected = ["100.00", "100.00", "100.00"]
    assert [expected] * 4 == [rows[m] for m in ("strict match", "relaxed match", "type", "value")]
    assert "TempEval-3 Task A: 3 documents, 8 gold and 8 system expressions" in result.stdout


def test_eval_scores_a_system_directory(gold: Path, system: Path) -> None:
    result = run("eval", str(gold), str(system))
    assert 0 == result.returncode
    rows = _rows(result.stdout)
    # gold 8, system 7; strict 4, relaxed 6, right types 5, right values 5; F1 = 2c/(s+g).
    assert ["57.14", "50.00", "53.33"] == rows["strict match"]
    assert ["85.71", "75.00", "80.00"] == rows["relaxed match"]
    assert ["71.43", "62.50", "66.67"] == rows["type"]
    assert ["71.43", "62.50", "66.67"] == rows["value"]
    missing = system / "repairs.tml"
    assert f"timeline eval: {missing}: missing; counted as finding nothing\n" == result.stderr


def test_eval_json(gold: Path, system: Path) -> None:
    result = run("eval", str(gold), str(system), "--format", "json", "--errors", "--per-document")
    assert 0 == result.returncode
    scores = json.loads(result.stdout)
    assert {
        "gold": 8,
        "system": 7,
        "strict_matches": 4,
        "relaxed_matches": 6,
        "correct_types": 5,
        "correct_values": 5,
    } == scores["counts"]
    assert pytest.approx({"precision": 6 / 7, "recall": 0.75, "f1": 0.8}) == scores["relaxed"]
    assert ["markets/rally.tml", "repairs.tml", "storm.tml"] == [
        document["document"] for document in scores["per_document"]
    ]
    [value_error] = scores["value_errors"]
    assert ("markets/rally.tml", "2017-09-22", "2017-09-29") == (
        value_error["document"],
        value_error["gold"]["value"],
        value_error["system"]["value"],
    )
    assert ["this week", "three weeks"] == [pair["gold"]["text"] for pair in scores["missed"]]
    assert ["coast"] == [pair["system"]["text"] for pair in scores["spurious"]]
    assert ["two days"] == [pair["gold"]["text"] for pair in scores["type_errors"]]


def test_eval_lists_documents_and_errors(gold: Path, system: Path) -> None:
    result = run("eval", str(gold), str(system), "--per-document", "--errors")
    assert 0 == result.returncode
    _, documents, value_errors, missed, spurious = _tables(result.stdout)
    # storm: gold 3, system 4, strict 2, relaxed 3, right types 2, right values 3.
    assert ["3", "4", "57.14", "85.71", "57.14", "85.71"] == documents["storm.tml"]
    assert ["1", "0", "0.00", "0.00", "0.00", "0.00"] == documents["repairs.tml"]
    assert {"markets/rally.tml": ["Friday", "2017-09-22", "Friday", "2017-09-29"]} == value_errors
    assert {
        "markets/rally.tml": ["this week", "2017-W39", "", ""],
        "repairs.tml": ["three weeks", "P3W", "", ""],
    } == missed
    assert {"storm.tml": ["", "", "coast", "XXXX-XX-XX"]} == spurious
    for title in ("per document (F1)", "value errors (1)", "missed (2)", "spurious (1)"):
        assert title in result.stdout


@pytest.mark.parametrize(
    ("minimum", "status", "message"),
    [
        ("66", 0, ""),
        ("66.66", 0, ""),
        ("66.67", 1, "timeline eval: value F1 66.6667 is below the required 66.67"),
        ("67", 1, "timeline eval: value F1 66.67 is below the required 67.00"),
    ],
)
def test_eval_gate_on_value_f1(
    gold: Path, system: Path, minimum: str, status: int, message: str
) -> None:
    result = run("eval", str(gold), str(system), "--min-value-f1", minimum)
    assert status == result.returncode
    assert message in result.stderr
    assert "" != result.stdout


def test_eval_refuses_a_system_whose_text_differs(gold: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    timeml.write(other / "storm.tml", Document(STORM.replace("coast", "shore")))
    result = run("eval", str(gold), str(other))
    assert 1 == result.returncode
    assert f"{other / 'storm.tml'}: its text differs from the gold file's from offset 16" in (
        result.stderr
    )
    assert "" == result.stdout


def test_eval_reports_a_malformed_gold_file_and_scores_the_rest(gold: Path) -> None:
    (gold / "broken.tml").write_text("<TimeML><TEXT>Oil fell</TimeML>", encoding="utf-8")
    result = run("eval", str(gold), str(gold))
    assert 1 == result.returncode
    assert (
        f"timeline eval: skipped: {gold / 'broken.tml'}:1:25: malformed XML: mismatched tag\n"
        == result.stderr
    )
    assert "TempEval-3 Task A: 3 documents" in result.stdout


@pytest.mark.parametrize(
    ("arguments", "status", "message"),
    [
        (["eval", "{missing}"], 3, "timeline: error: GOLD_DIR '{missing}' does not exist"),
        (
            ["eval", "{gold}", "{missing}"],
            3,
            "timeline: error: SYSTEM_DIR '{missing}' does not exist",
        ),
        (
            ["eval", "{gold}", "--min-value-f1", "120"],
            2,
            "expected a number of points from 0 to 100",
        ),
        (["eval"], 2, "the following arguments are required: GOLD_DIR"),
        ([], 2, "the following arguments are required: COMMAND"),
        (["frobnicate"], 2, "invalid choice: 'frobnicate'"),
        (["show", "-"], 2, "the following arguments are required: --published"),
        (["show", "{missing}", "--published", "2017-09-25"], 3, "'{missing}' does not exist"),
        (["show", "{gold}", "--published", "2017-09-25"], 2, "show: '{gold}' is a directory"),
        (["show", "-", "--published", "Monday"], 2, "expected an ISO date like 2017-09-25"),
        (["demo", "--width", "20"], 2, "expected a width from 40 to 200 columns, got '20'"),
        (["demo", "--format", "pdf"], 2, "invalid choice: 'pdf'"),
        (["tag", "{missing}", "--published", "2017-09-25"], 3, "'{missing}' does not exist"),
        (["tag", "-", "--published", "25 Sept"], 2, "expected an ISO date like 2017-09-25"),
        (["tag", "--timeml", "{gold}"], 2, "tag: --timeml IN_DIR needs --out OUT_DIR"),
        (["tag", "x", "--timeml", "{gold}", "--out", "o"], 2, "give either FILE or --timeml"),
        (["tag", "--timeml", "{missing}", "--out", "o"], 3, "IN_DIR '{missing}' does not exist"),
    ],
)
def test_errors_are_one_line_with_a_documented_exit_code(
    gold: Path, tmp_path: Path, arguments: list[str], status: int, message: str
) -> None:
    names = {"gold": str(gold), "missing": str(tmp_path / "nowhere")}
    result = run(*(argument.format(**names) for argument in arguments))
    assert status == result.returncode
    assert 1 == len(result.stderr.splitlines()), result.stderr
    assert message.format(**names) in result.stderr
    assert "Traceback" not in result.stderr


def test_help_lists_commands_and_exit_codes() -> None:
    result = run("--help")
    assert 0 == result.returncode
    assert re.search(r"tag\s+find and resolve time expressions", result.stdout)
    assert re.search(r"demo\s+render the bundled example story's timeline", result.stdout)
    assert re.search(r"show\s+render the timeline of a story", result.stdout)
    assert "3  a file or directory given does not exist" in result.stdout


def test_eval_lines_scores_only_the_start_of_each_text(gold: Path, system: Path) -> None:
    # "this week" is on the second line of the rally story: with --lines 1 neither the
    # gold nor any system expression there counts.
    result = run("eval", str(gold), str(system), "--lines", "1")
    assert 0 == result.returncode
    assert "TempEval-3 Task A: 3 documents, 7 gold and 7 system expressions" in result.stdout
    refused = run("eval", str(gold), str(system), "--lines", "0")
    assert (2, "timeline eval: --lines: expected a positive number of lines, got 0\n") == (
        refused.returncode,
        refused.stderr,
    )


ANNOTATED_START = (
    "Talks collapsed on Monday, the envoy said.\n"
    "A footnote mentions Tuesday."  # the annotators stopped before this line
)


def _partly_annotated(root: Path, found: list[Timex], *, events: bool) -> Path:
    document = Document.from_timexes(ANNOTATED_START, found, published=date(2017, 9, 26))
    if events:
        marked = tuple(
            timeml.EventMention(word, (start, start + len(word)), (("eid", f"e{number}"),))
            for number, word in enumerate(("collapsed", "said"), 1)
            for start in [ANNOTATED_START.index(word)]
        )
        document = attrs.evolve(document, events=marked)
    root.mkdir()
    timeml.write(root / "talks.tml", document)
    return root


@pytest.mark.parametrize("events", [True, False])
def test_eval_scores_only_what_the_gold_annotators_covered(tmp_path: Path, events: bool) -> None:
    # Gold marks events on the first line only, so "Tuesday" on the second line cannot be
    # judged; a gold file without events (TIMEX3-only annotation) is scored throughout.
    monday = _at(ANNOTATED_START, "Monday", "DATE", "2017-09-25")
    tuesday = _at(ANNOTATED_START, "Tuesday", "DATE", "2017-09-26")
    gold = _partly_annotated(tmp_path / "gold", [monday], events=events)
    system = tmp_path / "system"
    system.mkdir()
    timeml.write(system / "talks.tml", Document.from_timexes(ANNOTATED_START, [monday, tuesday]))
    result = run("eval", str(gold), str(system))
    assert 0 == result.returncode, result.stderr
    precision = "100.00" if events else "50.00"
    assert precision == _rows(result.stdout)["relaxed match"][0]
    if events:
        assert (
            "scored: the annotated part of each file (1 of 1 files stop marking events before "
            "their text ends; --whole-text scores all of it); 1 system expressions outside it "
            "were not scored"
        ) in " ".join(result.stdout.split())
        whole = run("eval", str(gold), str(system), "--whole-text")
        assert "50.00" == _rows(whole.stdout)["relaxed match"][0]
        assert "scored: the whole text of each file" in whole.stdout
    else:
        assert "scored: the whole text of each file" in result.stdout
    both = run("eval", str(gold), str(system), "--whole-text", "--lines", "1")
    assert 2 == both.returncode
    assert "not allowed with argument" in both.stderr


# --------------------------------------------------------------------------- a stand-in tagger

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class _StandInTagger:
    """Finds weekday names and "today"; remembers what it was asked."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, date | datetime | None]] = []

    def __call__(self, text: str, published: date | datetime | None) -> list[Timex]:
        self.calls.append((text, published))
        if "explode" in text:
            raise RuntimeError("the stand-in cannot read this")
        found = []
        for match in re.finditer(r"\b(?:today|" + "|".join(_WEEKDAYS) + r")\b", text):
            if match.group() == "today":
                value = published.isoformat()[:10] if published else "XXXX-XX-XX"
            else:
                value = f"XXXX-WXX-{_WEEKDAYS.index(match.group()) + 1}"
            found.append(Timex(match.group(), "DATE", value, span=match.span()))
        return found


@pytest.fixture
def stand_in(monkeypatch: pytest.MonkeyPatch) -> _StandInTagger:
    tagger = _StandInTagger()
    monkeypatch.setattr(timeline, "tag", tagger, raising=False)
    return tagger


def test_tag_timeml_directory(
    gold: Path, tmp_path: Path, stand_in: _StandInTagger, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert 0 == main(["tag", "--timeml", str(gold), "--out", str(out)])
    written = sorted(path.relative_to(out).as_posix() for path in out.rglob("*.tml"))
    assert ["markets/rally.tml", "repairs.tml", "storm.tml"] == written
    storm = timeml.read(out / "storm.tml")
    assert STORM == storm.text
    assert [("t1", "Sunday", "XXXX-WXX-7"), ("t2", "today", "XXXX-XX-XX")] == [
        (e.tid, e.timex.text, e.timex.value) for e in storm.timexes
    ]
    # Everything outside TEXT is kept: the malformed DCT too.
    original = (gold / "storm.tml").read_bytes()
    assert original.split(b"<TEXT>")[0] == (out / "storm.tml").read_bytes().split(b"<TEXT>")[0]
    assert [(RALLY, date(2017, 9, 26)), (REPAIRS, None), (STORM, None)] == stand_in.calls
    errors = capsys.readouterr().err.splitlines()
    assert [
        f"timeline tag: {gold / 'repairs.tml'}: no CREATION_TIME TIMEX3 (DCT); "
        "tagged without a publication date",
        f"timeline tag: {gold / 'storm.tml'}: DCT value '26-09-2017' is not a calendar day "
        "or time; tagged without a publication date",
        f"timeline tag: tagged 3 of 3 files into '{out}' (2 without a usable DCT)",
    ] == errors


def test_tag_timeml_reports_files_it_could_not_tag(
    gold: Path, tmp_path: Path, stand_in: _StandInTagger, capsys: pytest.CaptureFixture[str]
) -> None:
    timeml.write(gold / "bad.tml", Document("This will explode on Monday."))
    (gold / "worse.tml").write_text("<TimeML><TEXT>unclosed", encoding="utf-8")
    out = tmp_path / "out"
    assert 1 == main(["tag", "--timeml", str(gold), "--out", str(out)])
    errors = capsys.readouterr().err
    assert f"{gold / 'bad.tml'}: tagging failed: RuntimeError: the stand-in cannot read this" in (
        errors
    )
    assert f"skipped: {gold / 'worse.tml'}:1:23: malformed XML: no element found" in errors
    assert "tagged 3 of 5 files" in errors
    assert not (out / "bad.tml").exists()
    assert (out / "storm.tml").exists()


def test_eval_without_system_tags_the_gold_text(
    gold: Path, stand_in: _StandInTagger, capsys: pytest.CaptureFixture[str]
) -> None:
    assert 0 == main(["eval", str(gold), "--format", "json"])
    scores = json.loads(capsys.readouterr().out)
    # The stand-in finds Monday, Friday, Sunday and today: 4 system expressions; Monday,
    # Friday and today overlap gold ones exactly, Sunday overlaps "late Sunday".
    assert (8, 4, 3, 4, 0) == (
        scores["counts"]["gold"],
        scores["counts"]["system"],
        scores["counts"]["strict_matches"],
        scores["counts"]["relaxed_matches"],
        scores["counts"]["correct_values"],
    )
    assert [(RALLY, date(2017, 9, 26)), (REPAIRS, None), (STORM, None)] == stand_in.calls


def test_tag_a_file_as_json(
    tmp_path: Path, stand_in: _StandInTagger, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORM, encoding="utf-8")
    assert 0 == main(["tag", str(path), "--published", "2017-09-26", "--format", "json"])
    assert [
        {
            "text": "Sunday",
            "start": 27,
            "end": 33,
            "type": "DATE",
            "value": "XXXX-WXX-7",
            "mod": None,
            "interval": None,
            "span": [27, 33],
            "anchor": None,
            "quant": None,
            "freq": None,
        },
        {
            "text": "today",
            "start": 50,
            "end": 55,
            "type": "DATE",
            "value": "2017-09-26",
            "mod": None,
            "interval": None,
            "span": [50, 55],
            "anchor": None,
            "quant": None,
            "freq": None,
        },
    ] == json.loads(capsys.readouterr().out)
    assert [(STORM, date(2017, 9, 26))] == stand_in.calls


def test_tag_standard_input_as_timeml(
    monkeypatch: pytest.MonkeyPatch, stand_in: _StandInTagger, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(STORM.encode("utf-8"))))
    assert 0 == main(["tag", "-", "--published", "2017-09-26T08:00+02:00", "--format", "timeml"])
    document = timeml.parse(capsys.readouterr().out)
    assert STORM == document.text
    assert ["Sunday", "today"] == [e.timex.text for e in document.timexes]
    assert document.dct is not None
    assert "2017-09-26" == document.dct.timex.value


def test_tag_as_timelinejs_keeps_what_it_cannot_place(
    tmp_path: Path, stand_in: _StandInTagger, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORM, encoding="utf-8")
    # A publication time without a zone is read as UTC, as resolve reads it.
    arguments = ["tag", str(path), "--published", "2017-09-26T08:00", "--format", "timelinejs"]
    assert 0 == main(arguments)
    document = json.loads(capsys.readouterr().out)
    assert [] == document["events"]  # the stand-in gives no intervals
    assert [
        ("e1", "A storm hit the coast late Sunday.", "undated (Sunday)"),
        ("e2", "Power returned today after two days.", "undated (today)"),
    ] == [
        (slide["unique_id"], slide["text"]["headline"], slide["display_date"])
        for slide in document["undated"]
    ]


def test_tag_as_timelinejs_gives_a_slide_per_expression_told_by_its_sentence() -> None:
    result = run("tag", "-", "--published", "2017-09-26", "--format", "timelinejs", stdin=STORM)
    assert (0, "") == (result.returncode, result.stderr)
    document = json.loads(result.stdout)
    assert "published Tue 26 Sep 2017" == document["title"]["text"]["text"]
    assert [
        (
            "A storm hit the coast late Sunday.",
            {"year": "2017", "month": "9", "day": "24", "hour": "16", "minute": "0"},
            "Sun 24 Sep 2017 16:00–24:00 (late Sunday)",
        ),
        (
            "Power returned today after two days.",
            {"year": "2017", "month": "9", "day": "26"},
            "Tue 26 Sep 2017 (today)",
        ),
    ] == [
        (slide["text"]["headline"], slide["start_date"], slide["display_date"])
        for slide in document["events"]
    ]
    # TimelineJS cannot place a length of time; it is kept beside the slides.
    assert [("Power returned today after two days.", "undated (two days)")] == [
        (slide["text"]["headline"], slide["display_date"]) for slide in document["undated"]
    ]


def test_tag_a_file_as_a_table(
    tmp_path: Path,
    stand_in: _StandInTagger,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    path = tmp_path / "story.txt"
    path.write_text(STORM, encoding="utf-8")
    assert 0 == main(["tag", str(path)])
    rows = _rows(capsys.readouterr().out)
    assert ["33", "Sunday", "DATE XXXX-WXX-7", "(partly unknown)", ""] == rows["27"]
    assert ["55", "today", "DATE XXXX-XX-XX", "(partly unknown)", ""] == rows["50"]


def test_tag_refuses_text_that_is_not_utf8(
    tmp_path: Path, stand_in: _StandInTagger, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\xe9 opens Monday".encode("latin-1"))
    assert 1 == main(["tag", str(path)])
    assert f"timeline: error: '{path}' is not UTF-8 text (byte 3: b'\\xe9')\n" == (
        capsys.readouterr().err
    )


# --------------------------------------------------------------------------- the real tagger


def test_real_tagger_on_a_timeml_directory(gold: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run("tag", "--timeml", str(gold), "--out", str(out))
    assert 0 == result.returncode, result.stderr
    for name, text in TEXTS.items():
        document = timeml.read(out / name)
        assert text == document.text
        for element in document.timexes:
            assert element.tid is not None
            assert element.timex.text == text[slice(*element.timex.span)]  # type: ignore[misc]
    assert "storm.tml: DCT value '26-09-2017' is not a calendar day or time" in result.stderr


def test_real_tagger_json_from_standard_input() -> None:
    result = run("tag", "-", "--published", "2017-09-26", "--format", "json", stdin=STORM)
    assert 0 == result.returncode, result.stderr
    for timex in json.loads(result.stdout):
        assert timex["text"] == STORM[timex["start"] : timex["end"]]


def test_real_tagger_eval_without_system(gold: Path) -> None:
    result = run("eval", str(gold), "--format", "json")
    assert 0 == result.returncode, result.stderr
    assert 8 == json.loads(result.stdout)["counts"]["gold"]


# --------------------------------------------------------------------------- demo and show

DEMO_AT_80 = """\
Moscow Points at Washington After ISIS Shelling Kills a Russian General in Syria
published Mon 25 Sep 2017 · 29 events · 13 links

by Sun 24 Sep   ○ former President Barack Obama leaving relations
                │ former President Barack Obama · via Foreign Minister Sergei
                │   Lavrov
                │ ← accuses · Foreign Minister Sergei Lavrov accused former
                │   President Barack Obama “accused”
                │
18–24 Sep       ● Foreign Minister Sergei Lavrov accused former President Barack
“last week”     │ Obama
                │ Foreign Minister Sergei Lavrov
                │ accuses → former President Barack Obama leaving relations
                │   “accused”
                ● Syrian Democratic Forces had taken
                │ Syrian Democratic Forces
                ● Moscow warned Washington
                │ Moscow
                │ warns → Moscow would strike back “warned”
                │
from Mon 18 Sep ○ Moscow would strike back
                │ Moscow
                │ ← warns · Moscow warned Washington “warned”
                │ ← possibly causes · SDF units fired on Syrian government
                │   troops advancing “if”
                │
by Sun 24 Sep   ○ mortar fire
                │ via Russia's Defense Ministry
                │ causes → Lieutenant General Valery Asapov had been killed by
                │   mortar fire “killed by”
                ○ Lieutenant General Valery Asapov had been killed by mortar
                │ fire
                │ mortar fire · via Russia's Defense Ministry
                │ ← reports · Russia's Defense Ministry announced “announced”
                │ ← causes · mortar fire “killed by”
                │ ← reports · Deputy Foreign Minister Sergei Ryabkov told the
                │   RIA agency “told”
                │ ← blames · Deputy Foreign Minister Sergei Ryabkov told the RIA
                │   agency “the price”
                │
Sun 24 Sep      ● Russia's Defense Ministry announced
16:00–24:00     │ Russia's Defense Ministry
“late Sunday”   │ reports → Lieutenant General Valery Asapov had been killed by
                │   mortar fire “announced”
                │
by Mon 25 Sep   ○ Russian warplanes bombing its units
                │ Russian warplanes · via Syrian Democratic Forces
                │ ← accuses · Syrian Democratic Forces accused Russian warplanes
                │   “accused”
                │ causes → One of its fighters died “died in”
                │ ← denies · Russian Defense Ministry denied the claim “denied”
                │
Mon 25 Sep      ● Deputy Foreign Minister Sergei Ryabkov told the RIA agency
“Monday”        │ Deputy Foreign Minister Sergei Ryabkov
                │ reports → Lieutenant General Valery Asapov had been killed by
                │   mortar fire “told”
                │ blames → Lieutenant General Valery Asapov had been killed by
                │   mortar fire “the price”
                ● Syrian Democratic Forces accused Russian warplanes
                │ Syrian Democratic Forces
                │ accuses → Russian warplanes bombing its units “accused”
“the same day”  ● Russian Defense Ministry denied the claim
                │ Russian Defense Ministry
                │ denies → Russian warplanes bombing its units “denied”
                │
undated         ○ One of its fighters died
                │ One of its fighters · via the group
                │ ← reports · the group added “added”
                │ ← causes · Russian warplanes bombing its units “died in”
                ○ the group added
                │ the group
                │ reports → One of its fighters died “added”
                ○ A senior Russian commander has died
                │ A senior Russian commander
                ○ Islamic State militants shelled a Syrian army command post
                │ Islamic State militants
                ○ Moscow wasted no time
                │ Moscow
                ○ a shell struck the post
                │ a shell · via state news agency Tass
                │ ← reports · state news agency Tass said “said”
                ○ state news agency Tass said
                │ state news agency Tass
                │ reports → a shell struck the post “said”
                ○ Lieutenant General Valery Asapov was working
                │ Lieutenant General Valery Asapov · via state news agency Tass
                ○ Deputy Foreign Minister Sergei Ryabkov called a double-dealing
                │ American policy
                │ Deputy Foreign Minister Sergei Ryabkov
                ○ Washington is going easy
                │ Washington · via Russian officials
                │ ← reports · Russian officials argued “argued”
                ○ Russian officials argued
                │ Russian officials
                │ reports → Washington is going easy “argued”
                ○ The two powers keep a military hotline open
                │ The two powers
                ○ their forces back rival sides
                │ their forces
                ○ their forces do not collide
                │ their forces
                ○ Washington's coalition said
                │ Washington's coalition
                ○ whose aircraft were involved
                │ via Washington's coalition
                ○ SDF units fired on Syrian government troops advancing
                │ SDF units · via Moscow
                │ possibly causes → Moscow would strike back “if”

chain 1 · 2 events
└── former President Barack Obama leaving relations · undated
    └── ← accuses · Foreign Minister Sergei Lavrov accused former President
        Barack Obama · 18–24 Sep 2017 “last week”

chain 2 · 4 events
└── mortar fire · undated
    └── causes → Lieutenant General Valery Asapov had been killed by mortar fire
        “killed by” · undated
        ├── ← reports · Russia's Defense Ministry announced · Sun 24 Sep 2017
        │   16:00–24:00 “late Sunday”
        └── ← reports · Deputy Foreign Minister Sergei Ryabkov told the RIA
            agency · Mon 25 Sep 2017 “Monday”
            └── also blames → Lieutenant General Valery Asapov had been killed
                by mortar fire “the price”

chain 3 · 5 events
└── Russian warplanes bombing its units · undated
    ├── causes → One of its fighters died “died in” · undated
    │   └── ← reports · the group added · undated
    ├── ← accuses · Syrian Democratic Forces accused Russian warplanes · Mon 25
    │   Sep 2017 “Monday”
    └── ← denies · Russian Defense Ministry denied the claim · Mon 25 Sep 2017
        “the same day”

chain 4 · 2 events
└── a shell struck the post · undated
    └── ← reports · state news agency Tass said · undated

chain 5 · 2 events
└── Washington is going easy · undated
    └── ← reports · Russian officials argued · undated
"""


def test_demo_renders_the_bundled_story() -> None:
    result = run("demo", "--width", "80")
    assert (0, "") == (result.returncode, result.stderr)
    assert DEMO_AT_80 == result.stdout


@pytest.mark.parametrize("width", [40, 80, 120, 200])
def test_demo_fits_the_terminal_it_is_given(width: int) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "timeline", "demo"],
        capture_output=True,
        text=True,
        env={**PIPE_ENVIRONMENT, "PYTHONPATH": str(SOURCE_ROOT), "COLUMNS": str(width)},
        timeout=120,
        check=True,
    )
    lines = result.stdout.splitlines()
    assert [] == [line for line in lines if len(line) > width]
    assert "Tass said" in result.stdout
    assert "\x1b" not in result.stdout  # not a terminal: no colour codes


def test_demo_as_data() -> None:
    as_json = json.loads(run("demo", "--format", "json").stdout)
    # The events a reader lists, extracted from the story (7 dated, 22 undated, with the
    # events at the ends of its links), and the 12 links between them.
    assert (29, 13) == (len(as_json["events"]), len(as_json["links"]))
    as_timelinejs = json.loads(run("demo", "--format", "timelinejs").stdout)
    assert 7 == len(as_timelinejs["events"])
    assert 22 == len(as_timelinejs["undated"])
    shown = " ".join(e["text"]["text"] for e in as_timelinejs["events"] + as_timelinejs["undated"])
    assert "blames" in shown  # each event's links are in its text
    document = timeml.parse(run("demo", "--format", "timeml").stdout)
    assert "late Sunday" in [element.timex.text for element in document.timexes]
    assert date(2017, 9, 25) == document.published
    svg = run("demo", "--format", "svg", "--width", "80").stdout
    assert svg.startswith("<svg")
    assert "Asapov" in svg
    assert "<!DOCTYPE html>" in run("demo", "--format", "html").stdout


STORY = (
    "Talks stalled on Friday. Both sides left Geneva.\n\n"
    "The envoy returns next week, aides said on Monday."
)


def test_show_draws_the_extracted_events_with_actors_and_sources() -> None:
    result = run("show", "-", "--published", "2017-09-25", "--width", "60", stdin=STORY)
    assert (0, "") == (result.returncode, result.stderr)
    expected = """\
published Mon 25 Sep 2017 · 4 events · 0 links

Fri 22 Sep   ● Talks stalled
“Friday”     │ Talks
             │
Mon 25 Sep   ● aides said
“Monday”     │ aides
             │
2–8 Oct      ● The envoy returns
“next week”  │ The envoy · via aides
             │
undated      ○ Both sides left Geneva
             │ Both sides
"""
    assert expected == result.stdout


def test_show_all_keeps_every_event_mention(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    result = run("show", str(path), "--published", "2017-09-25", "--all", "--format", "json")
    assert 0 == result.returncode, result.stderr
    events = json.loads(result.stdout)["events"]
    assert [
        ("Talks", None),  # the talks are an event too, the subject of "stalled"
        ("Talks stalled", "2017-09-22"),
        ("Both sides left Geneva", None),  # no time of its own: no day is guessed
        ("The envoy returns", "2017-W40"),
        ("aides said", "2017-09-25"),
    ] == [(event["description"], event["when"] and event["when"]["value"]) for event in events]
    assert ["OCCURRENCE", "OCCURRENCE", "OCCURRENCE", "OCCURRENCE", "REPORTING"] == [
        event["class"] for event in events
    ]


def test_show_reads_a_publication_time_with_a_zone() -> None:
    result = run(
        "show", "-", "--published", "2017-09-25T09:00+03:00", "--format", "timelinejs",
        stdin="A blast was heard late Sunday.",
    )  # fmt: skip
    assert 0 == result.returncode, result.stderr
    [slide] = json.loads(result.stdout)["events"]
    assert "Sun 24 Sep 2017 16:00–24:00 +03:00 (late Sunday)" == slide["display_date"]


def test_show_refuses_text_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\xe9 opens Monday".encode("latin-1"))
    result = run("show", str(path), "--published", "2017-09-25")
    assert 1 == result.returncode
    assert f"timeline: error: '{path}' is not UTF-8 text (byte 3: b'\\xe9')\n" == result.stderr
