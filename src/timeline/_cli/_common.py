"""What every ``timeline`` subcommand shares: errors, exit codes, argument types, input."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, NoReturn

from rich.console import Console

from .._errors import TimelineError
from .._time import Timex
from .._time._model import timex_data
from .._timeml import Document

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_MISSING = 3

PROGRAM = "timeline"
EXIT_CODES = """\
exit codes:
  0  success
  1  unusable input (malformed TimeML, not UTF-8, a file failed to tag) or a failed check
  2  usage error
  3  a file or directory given does not exist
"""

Tagger = Callable[[str, "date | datetime | None"], list[Timex]]


class UsageError(Exception):
    """A command line we cannot act on; reported in one line, exit code 2."""


class MissingError(Exception):
    """A path named on the command line does not exist; exit code 3."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # argparse would print the whole usage and exit; one line is easier to read.
        raise UsageError(f"{message} (see '{self.prog} --help')")


class Report:
    """Lines for stderr: problems with one file that do not stop the command."""

    def __init__(self, command: str) -> None:
        self.command = command
        self.problems = 0

    def note(self, message: str) -> None:
        print(f"{PROGRAM} {self.command}: {message}", file=sys.stderr)

    def problem(self, message: str) -> None:
        self.problems += 1
        self.note(message)


# --------------------------------------------------------------------------- helpers


def published_date(text: str) -> date | datetime:
    """An argparse type: an ISO date, or an ISO date and time."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected an ISO date like 2017-09-25 or a date and time like "
            f"2017-09-25T14:30+02:00, got {text!r}"
        ) from None


def aware(published: date) -> date:
    """`published` with a naive datetime read as UTC, as `resolve` reads one."""
    if isinstance(published, datetime) and published.utcoffset() is None:
        return published.replace(tzinfo=UTC)
    return published


def points(text: str) -> float:
    """An argparse type: a score in points, 0 to 100."""
    try:
        number = float(text)
    except ValueError:
        number = -1.0
    if not 0 <= number <= 100:
        raise argparse.ArgumentTypeError(f"expected a number of points from 0 to 100, got {text!r}")
    return number


def existing_directory(path: Path, what: str) -> Path:
    if not path.exists():
        raise MissingError(f"{what} {str(path)!r} does not exist")
    if not path.is_dir():
        raise UsageError(f"{what} {str(path)!r} is not a directory")
    return path


def timeml_files(root: Path) -> list[Path]:
    return sorted(path for path in root.rglob("*.tml") if path.is_file())


def tagger() -> Tagger:
    # Looked up when a command runs, so that tests can stand another tagger in for it.
    import timeline

    return timeline.tag


def genre_tagger(genre: str | None) -> Tagger:
    """The tagger, reading every text in `genre` (None: the default for each text)."""
    tag = tagger()
    if genre is None:
        return tag
    return lambda text, published: tag(text, published, genre=genre)  # type: ignore[call-arg]


def add_genre_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--genre",
        choices=("news", "narrative"),
        help="what anchors a date without a year: news places it near the publication "
        "date (the default when there is one), narrative in the year the story has "
        "reached (the default without one; for histories)",
    )


def usable_dct(document: Document) -> str | None:
    """Why the document has no usable publication date, or None if it has one."""
    if document.published is not None:
        return None
    if document.dct is None:
        return "no CREATION_TIME TIMEX3 (DCT)"
    return f"DCT value {document.dct.timex.value!r} is not a calendar day or time"


def timex_json(timex: Timex) -> dict[str, Any]:
    start, end = timex.span if timex.span is not None else (None, None)
    return {"start": start, "end": end, **timex_data(timex)}


def print_json(out: Console, data: object) -> None:
    out.file.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


# --------------------------------------------------------------------------- tag


def read_text(name: str, command: str = "tag") -> str:
    if name == "-":
        data = sys.stdin.buffer.read()
        source = "standard input"
    else:
        path = Path(name)
        if not path.exists():
            raise MissingError(f"{name!r} does not exist")
        if path.is_dir():
            hint = "; for TimeML use --timeml" if command == "tag" else ""
            raise UsageError(f"{command}: {name!r} is a directory{hint}")
        data = path.read_bytes()
        source = repr(name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise TimelineError(
            f"{source} is not UTF-8 text (byte {error.start}: {data[error.start : error.end]!r})"
        ) from None
