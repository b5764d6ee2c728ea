"""Batch mode: an archive of records in (JSON Lines or CSV), one JSON object a record out.

``timeline tag --jsonl IN --out OUT`` reads one record a line (``--csv IN``: one a row),
takes its text, publication date and id from the fields named by ``--text-field``,
``--date-field`` and ``--id-field``, and writes one line of JSON for it::

    {"id": "a17", "published": "2017-09-25", "timexes": [{"text": ..., "start": ...}, ...]}

It streams: records are read, processed and written a batch at a time, so memory does not
grow with the archive, and ``-`` is standard input or output. ``--jobs N`` processes the
batches in N worker processes, and the output keeps the input's order. A record that cannot
be processed (not JSON, no text, a malformed date, a failure of the tagger) is reported on
stderr with its line and id and left out; the others are still written, a summary line ends
the run, and the exit code is 1 if any record failed. A progress bar is drawn on stderr
when it is a terminal, never in a pipe or with ``--quiet``.

Reuse: nothing here is about tagging except `tag_record`. A command that turns each record
into something else (``timeline extract --jsonl IN --out OUT``, once
``timeline.extract(text, published) -> Timeline`` exists) calls `add_batch_arguments` on
its parser and `run_batch(args, process, command)` with its own `Processor`: a module-level
function (so that it pickles to worker processes) from ``(text, published)`` to the
JSON-ready fields it adds to the record's line, e.g. ``{"events": [e.to_dict() ...]}``. A
keyword the command takes (a genre, a tense) goes in with ``functools.partial``.
"""

from __future__ import annotations

import argparse
import csv
import json
import multiprocessing
import sys
import time
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import IO, Any

import attrs
from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeRemainingColumn,
)

from .._errors import TimelineError
from .._time._published import coerce_date
from ._common import EXIT_FAILED, EXIT_OK, PROGRAM, MissingError, UsageError

__all__ = [
    "Fields",
    "Outcome",
    "Processor",
    "add_batch_arguments",
    "process_batch",
    "run_batch",
    "tag_record",
    "wants_batch",
]

Processor = Callable[[str, "date | datetime | None"], dict[str, Any]]
# (line number, a JSON line, a CSV row, or why the input cannot be read from there on)
Item = tuple[int, bytes | dict[str, Any] | str]

_BATCH_RECORDS = 32  # records sent to a worker at a time
_BATCH_CHARACTERS = 1 << 18  # ... or fewer, when the records are long
_WINDOW = 4  # batches in flight per worker: enough to keep each busy, bounded for memory


def tag_record(
    text: str, published: date | datetime | None, *, genre: str | None = None
) -> dict[str, Any]:
    """What ``tag`` writes for a record: every time expression as `Timex.to_dict` gives it."""
    import timeline

    found = timeline.tag(text, published, genre=genre)
    return {"timexes": [timex.to_dict() for timex in found]}


@attrs.frozen
class Fields:
    """Where a record keeps its text, date and id, and the date of records without one."""

    text_field: str = "text"
    date_field: str = "published"
    id_field: str = "id"
    published: date | None = None


@attrs.frozen
class Outcome:
    """What became of one record: its output line, or why there is none."""

    line: int
    id: object
    size: int  # bytes (or characters, for CSV) of input it stood for
    output: str | None = None
    error: str | None = None
    characters: int = 0
    found: int = 0
    undated: bool = False
    warnings: tuple[str, ...] = ()


# --------------------------------------------------------------------------- the work


def process_batch(process: Processor, fields: Fields, items: list[Item]) -> list[Outcome]:
    """Process records in order; a record's failure is its outcome, never an exception."""
    return [_process(process, fields, line, raw) for line, raw in items]


def _process(
    process: Processor, fields: Fields, line: int, raw: bytes | dict[str, Any] | str
) -> Outcome:
    if isinstance(raw, str):
        return Outcome(line, None, 0, error=raw)
    size = len(raw) if isinstance(raw, bytes) else sum(len(str(v)) for v in raw.values())
    record = raw if isinstance(raw, dict) else _decode(raw)
    if isinstance(record, str):
        return Outcome(line, None, size, error=record)
    identifier = record.get(fields.id_field, line)
    text = record.get(fields.text_field)
    if fields.text_field not in record:
        present = ", ".join(repr(key) for key in record) or "none"
        reason = f"no text: no field {fields.text_field!r} (the record has: {present})"
        return Outcome(line, identifier, size, error=reason)
    if text is None:
        reason = f"no text: field {fields.text_field!r} is null or missing from the row"
        return Outcome(line, identifier, size, error=reason)
    if not isinstance(text, str):
        reason = f"expected a string in field {fields.text_field!r}, got {type(text).__name__}"
        return Outcome(line, identifier, size, error=reason)
    given = record.get(fields.date_field)
    try:
        published = (
            fields.published if given in (None, "") else coerce_date(given, fields.date_field)
        )
        # Warnings (NotEnglishWarning) are the record's, reported with its line and id.
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            produced = process(text, published)
        stamp = None if published is None else published.isoformat()
        line_out = {"id": identifier, "published": stamp, **produced}
        output = json.dumps(line_out, ensure_ascii=False)
    except TimelineError as error:
        return Outcome(line, identifier, size, error=str(error))
    # One record the processor cannot handle must not stop an archive: it is reported with
    # its line and id, and makes the exit code 1.
    except Exception as error:
        return Outcome(line, identifier, size, error=f"failed: {type(error).__name__}: {error}")
    found = sum(len(value) for value in produced.values() if isinstance(value, list))
    said = tuple(str(warning.message) for warning in caught)
    return Outcome(line, identifier, size, output, None, len(text), found, published is None, said)


def _decode(raw: bytes) -> dict[str, Any] | str:
    """The record of a JSON line, or why there is none."""
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        return f"not UTF-8 (byte {error.start}: {raw[error.start : error.end]!r})"
    except json.JSONDecodeError as error:
        return f"not JSON: {error}"
    if not isinstance(record, dict):
        return f"expected a JSON object, got {type(record).__name__}"
    return record


# --------------------------------------------------------------------------- reading


def _jsonl_items(stream: IO[bytes]) -> Iterator[Item]:
    for number, line in enumerate(stream, 1):
        if line.strip():  # a blank line (the last one, often) is no record
            yield number, line.rstrip(b"\r\n")


def _csv_items(stream: IO[bytes]) -> Iterator[Item]:
    # A whole article is one cell: far more than the csv module's default 128 kB limit.
    csv.field_size_limit(max(csv.field_size_limit(), 1 << 30))
    lines = _TextLines(stream)
    rows = csv.DictReader(lines)
    try:
        for row in rows:
            extra = row.pop(None, None)
            if extra is not None:
                # A stray comma or quote shifted the cells: which is the text is unsure.
                named = len(rows.fieldnames or ())
                reason = f"the row has {named + len(extra)} cells and the header {named}"
                yield rows.line_num, f"{reason}; row skipped"
            else:
                yield rows.line_num, row
    except (csv.Error, UnicodeDecodeError) as error:
        # Past a line the CSV reader cannot read, no row boundary can be trusted: the
        # reading stops there, as the last record's failure; what came before is written.
        yield lines.number, f"cannot read the CSV on from here, stopped: {lines.why(error)}"


class _TextLines:
    """The lines of a UTF-8 stream, decoded one at a time (a spreadsheet's BOM dropped)."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.number = 0
        self.line = b""

    def __iter__(self) -> Iterator[str]:
        for line in self.stream:
            self.line = line
            self.number += 1
            yield line.decode("utf-8-sig" if self.number == 1 else "utf-8")

    def why(self, error: Exception) -> str:
        if isinstance(error, UnicodeDecodeError):
            bad = self.line[error.start : error.end]
            return f"not UTF-8 (byte {error.start}: {bad!r})"
        return str(error)


def _batches(items: Iterable[Item]) -> Iterator[list[Item]]:
    batch: list[Item] = []
    characters = 0
    for item in items:
        batch.append(item)
        raw = item[1]
        characters += len(raw) if isinstance(raw, bytes) else 0
        if len(batch) >= _BATCH_RECORDS or characters >= _BATCH_CHARACTERS:
            yield batch
            batch, characters = [], 0
    if batch:
        yield batch


def _in_order(
    executor: Executor,
    work: Callable[[list[Item]], list[Outcome]],
    batches: Iterable[list[Item]],
    window: int,
) -> Iterator[list[Outcome]]:
    """`work` over `batches` in the executor, in order, with at most `window` in flight."""
    pending: deque[Any] = deque()
    for batch in batches:
        pending.append(executor.submit(work, batch))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


# --------------------------------------------------------------------------- the command


def add_batch_arguments(parser: argparse.ArgumentParser) -> None:
    """The batch options, for ``tag`` (and later ``extract``)."""
    batch = parser.add_argument_group(
        "batch (an archive of records in, one JSON line per record out)"
    )
    sources = batch.add_mutually_exclusive_group()
    sources.add_argument("--jsonl", metavar="IN", help="a JSON Lines file of records, or -")
    sources.add_argument(
        "--csv", metavar="IN", help="a CSV file of records with a header row, or -"
    )
    batch.add_argument("--text-field", default="text", metavar="NAME", help="default: text")
    batch.add_argument(
        "--date-field",
        default="published",
        metavar="NAME",
        help="the record's publication date, an ISO string (default: published); records "
        "without one take --published, or are tagged without a date",
    )
    batch.add_argument(
        "--id-field",
        default="id",
        metavar="NAME",
        help="copied to the output as id (default: id; the line number if missing)",
    )
    batch.add_argument(
        "--jobs", type=_jobs, default=1, metavar="N", help="worker processes (default: 1)"
    )
    batch.add_argument("--quiet", action="store_true", help="no progress bar and no summary")


def wants_batch(args: argparse.Namespace) -> bool:
    """Whether the command line asks for batch mode; a batch option without it is refused."""
    if args.jsonl is not None or args.csv is not None:
        return True
    given = [
        flag
        for flag, value, default in (
            ("--text-field", args.text_field, "text"),
            ("--date-field", args.date_field, "published"),
            ("--id-field", args.id_field, "id"),
            ("--jobs", args.jobs, 1),
            ("--quiet", args.quiet, False),
        )
        if value != default
    ]
    if given:
        raise UsageError(f"{', '.join(given)} goes with --jsonl IN or --csv IN")
    return False


def _jobs(text: str) -> int:
    """An argparse type: a number of worker processes, 1 to 64."""
    try:
        number = int(text)
    except ValueError:
        number = 0
    if not 1 <= number <= 64:
        raise argparse.ArgumentTypeError(
            f"expected a number of processes from 1 to 64, got {text!r}"
        )
    return number


def run_batch(
    args: argparse.Namespace,
    process: Processor,
    command: str = "tag",
    found: str = "time expressions",
) -> int:
    """Run a batch command: read the archive, process each record, write, report.

    `found` names what the lists `process` returns hold, for the summary line.
    """
    source = args.jsonl if args.jsonl is not None else args.csv
    target = "-" if args.out is None else str(args.out)
    for name in ("file", "timeml"):
        if getattr(args, name, None) is not None:
            raise UsageError(f"{command}: give either --jsonl/--csv IN or {name.upper()}, not both")
    # The output is JSON lines whatever the format and width; asking otherwise is refused.
    if getattr(args, "format", "table") != "table" or getattr(args, "width", None) is not None:
        raise UsageError(
            f"{command}: --format and --width go with FILE; --jsonl/--csv write JSON lines"
        )
    fields = Fields(args.text_field, args.date_field, args.id_field, args.published)
    report = _Report(command, found, quiet=args.quiet)
    with ExitStack() as stack:
        stream = _open_input(source, stack)
        out = (
            sys.stdout
            if target == "-"
            else stack.enter_context(open(target, "w", encoding="utf-8", newline="\n"))
        )
        items = _jsonl_items(stream) if args.jsonl is not None else _csv_items(stream)
        work = partial(process_batch, process, fields)
        if args.jobs == 1:
            results: Iterator[list[Outcome]] = map(work, _batches(items))
        else:
            executor = stack.enter_context(_workers(args.jobs))
            results = _in_order(executor, work, _batches(items), args.jobs * _WINDOW)
        progress = stack.enter_context(report.progress(_size(source), command))
        try:
            for outcomes in results:
                for outcome in outcomes:
                    if outcome.output is not None:
                        out.write(outcome.output + "\n")
                    report.record(outcome)
                    progress(outcome.size)
        except BrokenProcessPool:
            # A worker killed from outside (out of memory, a signal): no record is to
            # blame, and the ones after cannot be vouched for. Say how far it got.
            out.flush()
            raise TimelineError(
                f"a worker process died after {report.records} records "
                f"({report.written} written); the run stopped there"
            ) from None
        out.flush()
    report.summary(target)
    return EXIT_FAILED if report.failed else EXIT_OK


def _workers(jobs: int) -> ProcessPoolExecutor:
    """`jobs` worker processes, started before any thread of ours exists."""
    # On Linux a worker is forked: it starts at once with everything already imported,
    # where a spawned one would import timeline afresh (a third of a second each). A fork
    # copies only the calling thread, so the workers start here, before the progress bar's
    # thread; elsewhere (macOS, Windows) forking is unsafe, and they are spawned.
    method = "fork" if sys.platform.startswith("linux") else "spawn"
    executor = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(method))
    executor.submit(int).result()  # with "fork", this starts every worker
    return executor


def _open_input(source: str, stack: ExitStack) -> IO[bytes]:
    if source == "-":
        return sys.stdin.buffer
    path = Path(source)
    if not path.exists():
        raise MissingError(f"{source!r} does not exist")
    if path.is_dir():
        raise UsageError(f"{source!r} is a directory; expected a JSON Lines or CSV file")
    return stack.enter_context(path.open("rb"))


def _size(source: str) -> int | None:
    return None if source == "-" else Path(source).stat().st_size


class _Report:
    """Problems per record, a progress bar on a terminal, and the closing summary."""

    def __init__(self, command: str, noun: str, *, quiet: bool) -> None:
        self.command = command
        self.noun = noun
        self.quiet = quiet
        self.console = Console(stderr=True, highlight=False)
        self.started = time.perf_counter()
        self.records = self.written = self.failed = 0
        self.characters = self.found = self.undated = self.warned = 0

    def progress(self, total: int | None, description: str) -> Any:
        """A context giving a function to call with each record's size."""
        if self.quiet or not self.console.is_terminal:
            return _NoProgress()
        return _Bar(self.console, total, description)

    def record(self, outcome: Outcome) -> None:
        self.records += 1
        where = f"line {outcome.line}" + (
            "" if outcome.id in (None, outcome.line) else f" (id {outcome.id!r})"
        )
        if outcome.error is not None:
            self.failed += 1
            self.note(f"{where}: {outcome.error}")
            return
        for message in outcome.warnings:
            self.note(f"{where}: warning: {message}")
        self.warned += bool(outcome.warnings)
        self.written += 1
        self.characters += outcome.characters
        self.found += outcome.found
        self.undated += outcome.undated

    def note(self, message: str) -> None:
        print(f"{PROGRAM} {self.command}: {message}", file=sys.stderr)

    def summary(self, target: str) -> None:
        if self.quiet:
            return
        seconds = time.perf_counter() - self.started
        rate = self.characters / seconds if seconds > 0 else 0.0
        where = "standard output" if target == "-" else repr(target)
        undated = (
            f"; {self.undated} without a publication date (relative expressions unresolved)"
            if self.undated
            else ""
        )
        warned = f"; {self.warned} with a warning" if self.warned else ""
        self.note(
            f"{self.written} of {self.records} records written to {where}, {self.failed} "
            f"failed; {self.found} {self.noun} in {self.characters} characters, {seconds:.1f} s "
            f"({rate:,.0f} characters/s){undated}{warned}"
        )


class _NoProgress:
    def __enter__(self) -> Callable[[int], None]:
        return lambda size: None

    def __exit__(self, *exc: object) -> None:
        return None


class _Bar:
    def __init__(self, console: Console, total: int | None, description: str) -> None:
        columns = [TextColumn("[progress.description]{task.description}"), BarColumn()]
        if total is not None:
            columns += [TaskProgressColumn(), DownloadColumn(), TimeRemainingColumn()]
        self.progress = Progress(*columns, console=console, transient=True)
        self.task = self.progress.add_task(description, total=total)

    def __enter__(self) -> Callable[[int], None]:
        self.progress.start()
        return lambda size: self.progress.advance(self.task, size)

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()
