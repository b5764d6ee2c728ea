"""What every ``timeline`` subcommand shares: errors, exit codes, argument types, input."""

from __future__ import annotations

import argparse
import contextlib
import errno
import json
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, NoReturn

from rich.console import Console

from .._errors import InvalidValueError, TimelineError, did_you_mean
from .._time import Timex
from .._time._model import timex_data
from .._time._published import ISO_EXAMPLES, parse_date
from .._time._resolve import make_context
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
    _arguments: Sequence[str] = ()

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        # Kept so that an error can point at a misspelt flag (see `error`).
        self._arguments = list(sys.argv[1:] if args is None else args)
        return super().parse_known_args(args, namespace)

    def error(self, message: str) -> NoReturn:
        # argparse would print the whole usage and exit; one line is easier to read.
        hint = flag_hint(self._arguments, known_flags(self, self._arguments))
        raise UsageError(f"{message}{hint} (see '{self.prog} --help')")


def known_flags(parser: argparse.ArgumentParser, arguments: Sequence[str]) -> list[str]:
    """The flags of `parser` and of the command named in `arguments`, if it has commands."""
    flags = list(parser._option_string_actions)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            named = [action.choices[word] for word in arguments if word in action.choices]
            flags += list(named[0]._option_string_actions) if named else []
    return flags


def flag_hint(arguments: Sequence[str], flags: list[str]) -> str:
    """``"; did you mean --published?"`` for the first misspelt flag in `arguments`."""
    for argument in arguments:
        name = argument.partition("=")[0]
        if name.startswith("--") and name not in flags:
            return did_you_mean(name, flags).replace("'", "")
    return ""


class OutputConsole(Console):
    """The console commands write to: a reader that goes away ends the command quietly.

    rich turns a broken pipe into ``SystemExit(1)``; `main` treats it as success, as
    ``timeline tag FILE | head`` does, so the error is passed on as itself.
    """

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError


def silence_stdout() -> None:
    """Point standard output at the null device, so that the flush at exit cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file behind sys.stdout (under test)
        pass


def os_error_text(error: OSError) -> str:
    """An OSError in words, with the file it concerns when it names one."""
    reason = error.strerror or str(error)
    if error.filename is None:
        return f"{reason} (writing the output)" if error.errno == errno.ENOSPC else reason
    return f"{reason}: {str(error.filename)!r}"


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that `path` never holds half of it.

    The bytes go to a temporary file in the same directory, reach the disk, and then take
    the place of `path` in one rename: a crash or a full disk leaves the old file (or none)
    and at most a stray temporary file, never a truncated one.
    """
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


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
    """An argparse type: an ISO date, or an ISO date and time (read as the library does),
    whose day the calendar can hold."""
    try:
        value = parse_date(text)
    except InvalidValueError:
        raise argparse.ArgumentTypeError(f"expected {ISO_EXAMPLES}, got {text!r}") from None
    try:
        make_context(value, None, None)
    except TimelineError:
        # Every expression would be refused (the day ends past 9999-12-31): say so now
        # rather than report that the text has none.
        raise argparse.ArgumentTypeError(
            f"expected a date whose whole day the calendar can hold (up to 9999-12-30), "
            f"got {text!r}"
        ) from None
    return value


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


def add_infer_links_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--infer-links",
        action="store_true",
        help="also link causes no cue word states, read by a small learned model; they "
        "are marked inferred (shown as 'likely causes'), and about 6 in 10 join the right "
        "events: a lead to check, not a statement of the story",
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
