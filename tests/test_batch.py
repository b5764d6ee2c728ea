"""``timeline tag --jsonl/--csv``: an archive of records in, one JSON line per record out."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import timeline
from timeline._cli import main
from timeline._cli._batch import Fields, process_batch, tag_record
from timeline.strategies import publication_dates

SOURCE_ROOT = Path(timeline.__file__).resolve().parent.parent
PIPE_ENVIRONMENT = {
    name: value
    for name, value in os.environ.items()
    if name not in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE")
}
SENTENCES = [
    "The port reopened late Sunday after a week of strikes.",
    "Dockers will vote on the offer on Thursday.",
    "The union said two days ago that talks had failed.",
    "Shipping lines expect delays until the end of the month.",
    "Nothing about when.",
    "",
]
GOOD = {"id": "p1", "published": "2017-09-25", "text": SENTENCES[0]}


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def expected_line(identifier: object, text: str, published: str | None) -> dict[str, Any]:
    found = timeline.tag(text, published)
    return {"id": identifier, "published": published, "timexes": [t.to_dict() for t in found]}


def run(
    *args: str, stdin: str | None = None, **environment: str
) -> subprocess.CompletedProcess[str]:
    path = os.pathsep.join(filter(None, [str(SOURCE_ROOT), os.environ.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, "-m", "timeline", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={**PIPE_ENVIRONMENT, "PYTHONPATH": path, "COLUMNS": "100", **environment},
        timeout=120,
        check=False,
    )


def test_bad_records_are_reported_and_the_others_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = write_lines(
        tmp_path / "in.jsonl",
        [
            json.dumps(GOOD),
            '{"id": "p2", "published": "2017-09-25", "text": "cut off',  # malformed
            json.dumps({"id": "p3", "published": "2017-09-25", "body": SENTENCES[1]}),
            json.dumps({"id": "p4", "published": "Sept. 25", "text": SENTENCES[1]}),
            "",
            json.dumps({"id": "p6", "published": "2017-09-26", "text": SENTENCES[2]}),
        ],
    )
    out = tmp_path / "out.jsonl"
    assert 1 == main(["tag", "--jsonl", str(archive), "--out", str(out)])
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [
        expected_line("p1", SENTENCES[0], "2017-09-25"),
        expected_line("p6", SENTENCES[2], "2017-09-26"),
    ] == written
    errors = capsys.readouterr().err.splitlines()
    assert [
        "timeline tag: line 2: not JSON: Unterminated string starting at: line 1 column 49 "
        "(char 48)",
        "timeline tag: line 3 (id 'p3'): no text: no field 'text' (the record has: 'id', "
        "'published', 'body')",
        "timeline tag: line 4 (id 'p4'): published: expected an ISO date like 2017-09-25 or a "
        "date and time like 2017-09-25T14:30+02:00, got 'Sept. 25'",
    ] == errors[:3]
    assert errors[3].startswith(
        f"timeline tag: 2 of 5 records written to {str(out)!r}, 3 failed; "
        f"{len(written[0]['timexes']) + len(written[1]['timexes'])} time expressions in "
        f"{len(SENTENCES[0]) + len(SENTENCES[2])} characters, "
    )
    assert errors[3].endswith(" characters/s)")
    assert 4 == len(errors)


def test_quiet_keeps_the_errors_and_drops_the_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = write_lines(tmp_path / "in.jsonl", [json.dumps(GOOD), "[]"])
    assert 1 == main(["tag", "--jsonl", str(archive), "--out", str(tmp_path / "o"), "--quiet"])
    assert ["timeline tag: line 2: expected a JSON object, got list"] == (
        capsys.readouterr().err.splitlines()
    )


def test_csv_with_named_fields_and_a_default_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = tmp_path / "in.csv"
    table.write_text(
        f'story,day,body\ns1,2017-09-25,"{SENTENCES[1]}"\ns2,,"{SENTENCES[2]}"\ns3,2017-09-25\n'
        "s4,2017-09-25,Talks failed on Monday, the union said.\n",
        encoding="utf-8",
    )
    arguments = ["--id-field", "story", "--date-field", "day", "--text-field", "body"]
    out = tmp_path / "out.jsonl"
    code = main(
        ["tag", "--csv", str(table), "--out", str(out), "--published", "2017-09-20", *arguments]
    )
    assert 1 == code
    assert [
        expected_line("s1", SENTENCES[1], "2017-09-25"),
        expected_line("s2", SENTENCES[2], "2017-09-20"),
    ] == [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    errors = capsys.readouterr().err
    assert "line 4 (id 's3'): no text: field 'body' is null or missing from the row" in errors
    # An unquoted comma in the text makes a cell too many: which cell is the text is unsure.
    assert "line 5: the row has 4 cells and the header 3; row skipped" in errors


def test_records_without_a_date_are_tagged_undated_and_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = write_lines(tmp_path / "in.jsonl", [json.dumps({"text": "Prices rose last month."})])
    assert 0 == main(["tag", "--jsonl", str(archive), "--out", str(tmp_path / "out.jsonl")])
    line = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
    # No id field: the line number stands in, and says where the record came from.
    assert (1, None, "XXXX-XX") == (line["id"], line["published"], line["timexes"][0]["value"])
    assert "1 without a publication date" in capsys.readouterr().err


RECORDS = st.lists(
    st.fixed_dictionaries(
        {
            "id": st.integers(0, 10**6) | st.text(max_size=5),
            "published": st.none() | publication_dates().map(date.isoformat),
            "text": st.lists(st.sampled_from(SENTENCES), max_size=3).map(" ".join),
        }
    ),
    max_size=40,
)


@settings(max_examples=30)
@given(RECORDS)
def test_each_line_is_what_tag_finds_in_its_record(records: list[dict[str, Any]]) -> None:
    items: list[tuple[int, bytes | dict[str, Any] | str]] = [
        (number, json.dumps(record).encode()) for number, record in enumerate(records, 1)
    ]
    outcomes = process_batch(tag_record, Fields(), items)
    assert [None] * len(records) == [outcome.error for outcome in outcomes]
    assert [
        expected_line(record["id"], record["text"], record["published"]) for record in records
    ] == [json.loads(outcome.output or "") for outcome in outcomes]


@settings(max_examples=30)
@given(st.lists(st.binary(max_size=40) | st.text(max_size=40).map(str.encode), max_size=10))
def test_any_bytes_give_a_line_or_a_reason_never_an_exception(lines: list[bytes]) -> None:
    items: list[tuple[int, bytes | dict[str, Any] | str]] = list(enumerate(lines, 1))
    outcomes = process_batch(tag_record, Fields(), items)
    assert [number for number, _ in items] == [outcome.line for outcome in outcomes]
    assert all((outcome.output is None) != (outcome.error is None) for outcome in outcomes)


def failing(text: str, published: object) -> dict[str, Any]:
    if "strikes" in text:
        raise RuntimeError("the tagger fell over")
    return {"timexes": []}


def test_a_failure_of_the_processor_is_one_record_s_error() -> None:
    items: list[tuple[int, bytes | dict[str, Any] | str]] = [
        (1, json.dumps(GOOD).encode()),
        (2, json.dumps({**GOOD, "id": "p2", "text": SENTENCES[1]}).encode()),
    ]
    first, second = process_batch(failing, Fields(), items)
    assert ("p1", "failed: RuntimeError: the tagger fell over") == (first.id, first.error)
    assert second.output is not None


def test_two_jobs_write_what_one_does_in_the_same_order(tmp_path: Path) -> None:
    # More records than one batch holds, so that several batches are in flight at once.
    records = [
        {"id": number, "published": f"2017-09-{10 + number % 20}", "text": SENTENCES[number % 6]}
        for number in range(150)
    ]
    archive = write_lines(tmp_path / "in.jsonl", [json.dumps(r) for r in records])
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.jsonl"
        result = run("tag", "--jsonl", str(archive), "--out", str(out), "--jobs", jobs)
        assert 0 == result.returncode, result.stderr
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]
    assert list(range(150)) == [json.loads(line)["id"] for line in outputs[0].splitlines()]


def test_dash_reads_stdin_and_writes_stdout() -> None:
    result = run("tag", "--jsonl", "-", "--out", "-", stdin=json.dumps(GOOD) + "\n")
    assert 0 == result.returncode
    assert [expected_line("p1", SENTENCES[0], "2017-09-25")] == [
        json.loads(line) for line in result.stdout.splitlines()
    ]
    assert "1 of 1 records written to standard output, 0 failed" in result.stderr


@pytest.mark.parametrize(
    ("extra", "environment", "drawn"),
    [
        ([], {"TTY_COMPATIBLE": "1", "TTY_INTERACTIVE": "1"}, True),
        (["--quiet"], {"TTY_COMPATIBLE": "1", "TTY_INTERACTIVE": "1"}, False),
        ([], {}, False),  # a pipe
    ],
)
def test_a_progress_bar_only_on_a_terminal(
    extra: list[str], environment: dict[str, str], drawn: bool, tmp_path: Path
) -> None:
    archive = write_lines(tmp_path / "in.jsonl", [json.dumps(GOOD)] * 40)
    result = run(
        "tag", "--jsonl", str(archive), "--out", str(tmp_path / "o"), *extra, **environment
    )
    assert 0 == result.returncode
    assert drawn == ("━" in result.stderr)
    assert drawn == ("\x1b[" in result.stderr)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["tag", "--jsonl", "{missing}"], "'{missing}' does not exist"),
        (["tag", "--jsonl", "{tmp}"], "is a directory; expected a JSON Lines or CSV file"),
        (["tag", "story.txt", "--jsonl", "-"], "give either --jsonl/--csv IN or FILE, not both"),
        (["tag", "--jsonl", "-", "--csv", "-"], "not allowed with argument --jsonl"),
        (["tag", "--jsonl", "-", "--jobs", "0"], "expected a number of processes from 1 to 64"),
        (
            ["tag", "-", "--jobs", "2", "--quiet"],
            "--jobs, --quiet goes with --jsonl IN or --csv IN",
        ),
        (["tag", "--jsonl", "-", "--format", "json"], "--format and --width go with FILE"),
        (["tag", "--jsonl", "-", "--width", "80"], "--format and --width go with FILE"),
        (["tag", "-", "--format", "json", "--width", "80"], "--width goes with the table format"),
    ],
)
def test_usage_errors(
    argv: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    filled = [a.format(missing=tmp_path / "none.jsonl", tmp=tmp_path) for a in argv]
    assert main(filled) in (2, 3)
    assert message.format(missing=tmp_path / "none.jsonl") in capsys.readouterr().err


def test_the_processor_is_a_reuse_point(tmp_path: Path) -> None:
    # Another verb (extract, later) passes its own processor; the machinery is the same.
    from timeline._cli._batch import run_batch
    from timeline._cli._common import Parser

    parser = Parser(prog="timeline count")
    from timeline._cli._batch import add_batch_arguments

    add_batch_arguments(parser)
    parser.add_argument("--out")
    parser.add_argument("--published", default=None)
    archive = write_lines(tmp_path / "in.jsonl", [json.dumps(GOOD)])
    args = parser.parse_args(["--jsonl", str(archive), "--out", str(tmp_path / "o"), "--quiet"])
    assert 0 == run_batch(args, partial(count_words, unit="words"), "count", "words")
    line = json.loads((tmp_path / "o").read_text(encoding="utf-8"))
    assert {"id": "p1", "published": "2017-09-25", "words": 10} == line


def count_words(text: str, published: object, *, unit: str) -> dict[str, Any]:
    return {unit: len(text.split())}


def test_a_csv_that_is_not_utf8_stops_with_what_was_read_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = tmp_path / "in.csv"
    table.write_bytes(b"\xef\xbb\xbfid,text\nk1,Talks resume next week.\nk2,caf\xe9 x\n")
    out = tmp_path / "out.jsonl"
    assert 1 == main(["tag", "--csv", str(table), "--out", str(out), "--published", "2017-09-25"])
    assert ["k1"] == [json.loads(line)["id"] for line in out.read_text("utf-8").splitlines()]
    assert (
        "timeline tag: line 3: cannot read the CSV on from here, stopped: not UTF-8 (byte 6: "
        "b'\\xe9')"
    ) == capsys.readouterr().err.splitlines()[0]


def dies_on_strikes(text: str, published: object) -> dict[str, Any]:
    if "strikes" in text:
        os._exit(9)  # as the kernel's out-of-memory killer would end it
    return {"timexes": []}


def test_a_worker_that_dies_stops_the_run_with_a_clear_error(tmp_path: Path) -> None:
    from timeline._cli._batch import add_batch_arguments, run_batch
    from timeline._cli._common import Parser

    parser = Parser(prog="timeline tag")
    add_batch_arguments(parser)
    parser.add_argument("--out")
    parser.add_argument("--published", default=None)
    archive = write_lines(tmp_path / "in.jsonl", [json.dumps(GOOD)] * 3)
    arguments = ["--jsonl", str(archive), "--out", str(tmp_path / "o"), "--jobs", "2"]
    with pytest.raises(timeline.TimelineError, match=r"a worker process died after 0 records"):
        run_batch(parser.parse_args(arguments), dies_on_strikes)
