"""The command's side of issue 13: nothing a user has is overwritten or lost, one bad file
does not stop a run, and a reader that goes away is not an error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import timeline
from timeline import timeml
from timeline._cli import _common, main

SOURCE_ROOT = Path(timeline.__file__).resolve().parent.parent


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "timeline", *args]


def environment() -> dict[str, str]:
    path = os.pathsep.join(filter(None, [str(SOURCE_ROOT), os.environ.get("PYTHONPATH")]))
    keep = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TTY_COMPATIBLE")}
    return {**keep, "PYTHONPATH": path, "COLUMNS": "100"}


def story(text: str, dct: str | None = "2017-09-25") -> str:
    head = (
        f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" '
        'functionInDocument="CREATION_TIME">today</TIMEX3></DCT>'
        if dct
        else ""
    )
    return f"<TimeML>{head}<TEXT>{text}</TEXT></TimeML>"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "wire").mkdir(parents=True)
    (root / "harbour.tml").write_text(
        story('The harbour reopened <TIMEX3 tid="t1" type="DATE" value="2017-09-24">'
              "on Sunday</TIMEX3>."),
        encoding="utf-8",
    )  # fmt: skip
    (root / "wire" / "vote.tml").write_text(story("Lawmakers vote next week."), encoding="utf-8")
    return root


def files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


# --------------------------------------------------------------------------- item 1


@pytest.mark.parametrize("inside", ["", "wire", "new/deeper"])
def test_out_may_not_be_the_input_or_inside_it(
    corpus: Path, inside: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = files(corpus)
    assert 2 == main(["tag", "--timeml", str(corpus), "--out", str(corpus / inside)])
    assert before == files(corpus)
    assert "IN_DIR" in capsys.readouterr().err


def test_out_through_a_different_spelling_of_the_input_is_refused(corpus: Path) -> None:
    before = files(corpus)
    spelled = corpus / "wire" / ".." / "."
    assert 2 == main(["tag", "--timeml", str(corpus), "--out", str(spelled)])
    assert before == files(corpus)


def test_existing_files_in_out_are_refused_without_force(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert 0 == main(["tag", "--timeml", str(corpus), "--out", str(out)])
    (out / "harbour.tml").write_bytes(b"kept")
    capsys.readouterr()
    assert 2 == main(["tag", "--timeml", str(corpus), "--out", str(out)])
    assert "pass --force" in capsys.readouterr().err
    assert b"kept" == (out / "harbour.tml").read_bytes()
    assert 0 == main(["tag", "--timeml", str(corpus), "--out", str(out), "--force"])
    assert "2 replaced" in capsys.readouterr().err
    assert "Sunday" == timeml.read(out / "harbour.tml").timexes[0].timex.text


def test_a_failed_write_leaves_the_old_file_and_no_temporary_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "story.tml"
    target.write_bytes(b"old")

    def failing(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", failing)
    with pytest.raises(OSError, match="No space"):
        _common.write_atomically(target, b"new and longer")
    assert b"old" == target.read_bytes()
    assert ["story.tml"] == [path.name for path in tmp_path.iterdir()]


@given(st.binary(max_size=2000), st.binary(max_size=2000))
def test_an_atomic_write_leaves_exactly_the_new_bytes(old: bytes, new: bytes) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as directory:
        target = Path(directory) / "out.tml"
        target.write_bytes(old)
        _common.write_atomically(target, new)
        assert new == target.read_bytes()
        assert ["out.tml"] == [path.name for path in Path(directory).iterdir()]


# --------------------------------------------------------------------------- item 2


def test_bad_files_are_a_line_each_and_the_rest_are_written(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (corpus / "edge.tml").write_text(story("Ships left on Monday.", "9999-12-31"), "utf-8")
    (corpus / "coded.tml").write_bytes(
        b'<?xml version="1.0" encoding="x-nonexistent"?>' + story("Rain.").encode()
    )
    out = tmp_path / "out"
    assert 1 == main(["tag", "--timeml", str(corpus), "--out", str(out)])
    assert ["edge.tml", "harbour.tml", "wire/vote.tml"] == sorted(files(out))
    errors = capsys.readouterr().err.splitlines()
    assert any("coded.tml" in line and "encoding" in line for line in errors)
    assert any("edge.tml" in line and "without a publication date" in line for line in errors)
    assert "Traceback" not in "\n".join(errors)


def test_eval_scores_the_good_files_when_some_are_bad(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (corpus / "coded.tml").write_bytes(
        b'<?xml version="1.0" encoding="utf-7"?>' + story("Rain.").encode()
    )
    (corpus / "edge.tml").write_text(story("Ships left on Monday.", "9999-12-31"), "utf-8")
    assert 1 == main(["eval", str(corpus), "--format", "json"])
    captured = capsys.readouterr()
    assert '"documents": 3' in captured.out
    assert 1 == sum("coded.tml" in line for line in captured.err.splitlines())


# --------------------------------------------------------------------------- items 3, 4, 5


@pytest.mark.parametrize(
    "arguments", [("demo",), ("demo", "--format", "json"), ("eval", "{corpus}")]
)
def test_a_reader_that_goes_away_is_not_an_error(corpus: Path, arguments: tuple[str, ...]) -> None:
    argv = [argument.format(corpus=corpus) for argument in arguments]
    with subprocess.Popen(
        command(*argv), stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment()
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.readline()
        process.stdout.close()
        errors = process.stderr.read()
        assert 0 == process.wait(timeout=120)
    assert b"" == errors


@pytest.mark.parametrize("published", ["9999-12-31", "9999-12-31T23:00+00:00"])
def test_a_publication_date_the_calendar_cannot_hold_is_a_usage_error(
    published: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    text = tmp_path / "story.txt"
    text.write_text("Lawmakers vote next week.", encoding="utf-8")
    assert 2 == main(["tag", str(text), "--published", published, "--format", "json"])
    captured = capsys.readouterr()
    assert "" == captured.out
    assert "9999-12-30" in captured.err


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_is_one_line_that_says_so() -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            command("demo"), stdout=full, stderr=subprocess.PIPE, env=environment(), timeout=120,
            check=False, text=True,
        )  # fmt: skip
    assert 1 == result.returncode
    assert ["timeline: error: No space left on device (writing the output)"] == (
        result.stderr.splitlines()
    )
