"""The ``timeline`` command: render timelines, tag text and TimeML, score tagging.

Each subcommand is a pair of functions, ``_configure_<name>(parser)`` and
``_run_<name>(args, out) -> int``, listed in ``_COMMANDS``; adding one is adding a pair.

Exit codes (also in ``timeline --help``):

- 0: success;
- 1: the input could not be used (malformed TimeML, text that is not UTF-8, a file that
  failed to tag) or a check failed (``eval --min-value-f1``);
- 2: usage error (unknown option, a ``--published`` that is not an ISO date, ...);
- 3: a file or directory named on the command line does not exist.

Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, NoReturn

from rich.console import Console, RenderableType
from rich.table import Table
from rich.text import Text

from ._errors import TimelineError
from ._evaluation import Counts, PrecisionRecall, Scores, TimexPair, evaluate
from ._events import Timeline
from ._render import TimexTable
from ._time import Timex
from ._time._model import timex_data
from ._timeml import Document, parse, retag, to_string

__all__ = ["main"]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_MISSING = 3

_PROGRAM = "timeline"
_EXIT_CODES = """\
exit codes:
  0  success
  1  unusable input (malformed TimeML, not UTF-8, a file failed to tag) or a failed check
  2  usage error
  3  a file or directory given does not exist
"""

Tagger = Callable[[str, "date | datetime | None"], list[Timex]]


class _UsageError(Exception):
    """A command line we cannot act on; reported in one line, exit code 2."""


class _MissingError(Exception):
    """A path named on the command line does not exist; exit code 3."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # argparse would print the whole usage and exit; one line is easier to read.
        raise _UsageError(f"{message} (see '{self.prog} --help')")


class _Report:
    """Lines for stderr: problems with one file that do not stop the command."""

    def __init__(self, command: str) -> None:
        self.command = command
        self.problems = 0

    def note(self, message: str) -> None:
        print(f"{_PROGRAM} {self.command}: {message}", file=sys.stderr)

    def problem(self, message: str) -> None:
        self.problems += 1
        self.note(message)


# --------------------------------------------------------------------------- helpers


def _published(text: str) -> date | datetime:
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


def _aware(published: date) -> date:
    """`published` with a naive datetime read as UTC, as `resolve` reads one."""
    if isinstance(published, datetime) and published.utcoffset() is None:
        return published.replace(tzinfo=UTC)
    return published


def _points(text: str) -> float:
    """An argparse type: a score in points, 0 to 100."""
    try:
        number = float(text)
    except ValueError:
        number = -1.0
    if not 0 <= number <= 100:
        raise argparse.ArgumentTypeError(f"expected a number of points from 0 to 100, got {text!r}")
    return number


def _existing_directory(path: Path, what: str) -> Path:
    if not path.exists():
        raise _MissingError(f"{what} {str(path)!r} does not exist")
    if not path.is_dir():
        raise _UsageError(f"{what} {str(path)!r} is not a directory")
    return path


def _timeml_files(root: Path) -> list[Path]:
    return sorted(path for path in root.rglob("*.tml") if path.is_file())


def _tagger() -> Tagger:
    # Looked up when a command runs, so that tests can stand another tagger in for it.
    import timeline

    return timeline.tag


def _usable_dct(document: Document) -> str | None:
    """Why the document has no usable publication date, or None if it has one."""
    if document.published is not None:
        return None
    if document.dct is None:
        return "no CREATION_TIME TIMEX3 (DCT)"
    return f"DCT value {document.dct.timex.value!r} is not a calendar day or time"


def _timex_json(timex: Timex) -> dict[str, Any]:
    start, end = timex.span if timex.span is not None else (None, None)
    return {"start": start, "end": end, **timex_data(timex)}


def _print_json(out: Console, data: object) -> None:
    out.file.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


# --------------------------------------------------------------------------- tag


def _configure_tag(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Find and resolve the time expressions in a text (FILE, or - for stdin), or tag "
        "every .tml file under a directory (--timeml IN_DIR --out OUT_DIR), keeping each "
        "file's text and everything outside its TEXT element."
    )
    parser.add_argument("file", nargs="?", metavar="FILE|-", help="a UTF-8 text file, or -")
    parser.add_argument(
        "--published",
        type=_published,
        metavar="DATE",
        help="publication date of the text: 2017-09-25 or 2017-09-25T14:30+02:00",
    )
    parser.add_argument(
        "--format",
        choices=("table", "json", "timeml", "timelinejs"),
        default="table",
        help="output for FILE: a table (default), JSON, a TimeML document, or TimelineJS "
        "JSON (a slide per expression, headed by its sentence)",
    )
    parser.add_argument("--timeml", type=Path, metavar="IN_DIR", help="tag every .tml under here")
    parser.add_argument("--out", type=Path, metavar="OUT_DIR", help="where --timeml writes")


def _run_tag(args: argparse.Namespace, out: Console) -> int:
    if args.timeml is not None:
        if args.file is not None:
            raise _UsageError("tag: give either FILE or --timeml IN_DIR, not both")
        if args.out is None:
            raise _UsageError("tag: --timeml IN_DIR needs --out OUT_DIR")
        if args.published is not None:
            raise _UsageError("tag: --published cannot be used with --timeml (each DCT is used)")
        return _tag_directory(args.timeml, args.out)
    if args.file is None:
        raise _UsageError("tag: expected FILE, - for stdin, or --timeml IN_DIR --out OUT_DIR")
    if args.out is not None:
        raise _UsageError("tag: --out goes with --timeml IN_DIR")
    text = _read_text(args.file)
    timexes = _tagger()(text, args.published)
    if args.format == "json":
        _print_json(out, [_timex_json(timex) for timex in timexes])
    elif args.format == "timeml":
        out.file.write(to_string(Document.from_timexes(text, timexes, published=args.published)))
    elif args.format == "timelinejs":
        from ._extract import expression_timeline
        from ._render import timelinejs

        published = None if args.published is None else _aware(args.published)
        _print_json(out, timelinejs(expression_timeline(text, timexes, published)))
    else:
        out.print(TimexTable(timexes, spans=True))
    return EXIT_OK


def _read_text(name: str, command: str = "tag") -> str:
    if name == "-":
        data = sys.stdin.buffer.read()
        source = "standard input"
    else:
        path = Path(name)
        if not path.exists():
            raise _MissingError(f"{name!r} does not exist")
        if path.is_dir():
            hint = "; for TimeML use --timeml" if command == "tag" else ""
            raise _UsageError(f"{command}: {name!r} is a directory{hint}")
        data = path.read_bytes()
        source = repr(name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise TimelineError(
            f"{source} is not UTF-8 text (byte {error.start}: {data[error.start : error.end]!r})"
        ) from None


def _tag_directory(source: Path, target: Path) -> int:
    _existing_directory(source, "IN_DIR")
    report = _Report("tag")
    tag = _tagger()
    files = _timeml_files(source)
    if not files:
        report.problem(f"no .tml files under {str(source)!r}")
    undated = 0
    for path in files:
        relative = path.relative_to(source)
        data = path.read_bytes()
        try:
            document = parse(data, source=str(path))
        except TimelineError as error:
            report.problem(f"skipped: {error}")
            continue
        why = _usable_dct(document)
        if why is not None:
            undated += 1
            report.note(f"{path}: {why}; tagged without a publication date")
        try:
            timexes = tag(document.text, document.published)
            tagged = retag(data, timexes, source=str(path))
        # One document the tagger cannot handle must not stop a corpus run: it is reported
        # here and makes the exit code 1.
        except Exception as error:
            report.problem(f"{path}: tagging failed: {type(error).__name__}: {error}")
            continue
        destination = target / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_bytes(tagged)
    written = len(files) - report.problems if files else 0
    report.note(
        f"tagged {written} of {len(files)} files into {str(target)!r}"
        f" ({undated} without a usable DCT)"
    )
    return EXIT_FAILED if report.problems else EXIT_OK


# --------------------------------------------------------------------------- eval


def _configure_eval(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Score TIMEX3 tagging the TempEval-3 Task A way: strict and relaxed match "
        "precision/recall/F1, and type and value F1. Compares SYSTEM_DIR with GOLD_DIR "
        "file by file (same relative paths); without SYSTEM_DIR, tags GOLD_DIR's texts "
        "with timeline.tag, using each file's DCT."
    )
    parser.add_argument("gold", type=Path, metavar="GOLD_DIR", help="gold .tml files")
    parser.add_argument(
        "system", type=Path, nargs="?", metavar="SYSTEM_DIR", help="system .tml files"
    )
    parser.add_argument("--per-document", action="store_true", help="also score each file")
    parser.add_argument(
        "--errors", action="store_true", help="list value errors, missed and spurious ones"
    )
    parser.add_argument(
        "--min-value-f1",
        type=_points,
        metavar="X",
        help="exit with code 1 if value F1 is below X points (0-100)",
    )
    scope = parser.add_mutually_exclusive_group()
    scope.add_argument(
        "--lines",
        type=int,
        metavar="N",
        help="score only the first N lines of each TEXT (both gold and system expressions "
        "beyond are ignored)",
    )
    scope.add_argument(
        "--whole-text",
        action="store_true",
        help="score all of each TEXT, even past where a gold file's event annotation stops "
        "(by default, a gold file that marks EVENTs is scored up to the end of its last "
        "line holding a gold EVENT or TIMEX3: the part its annotators covered)",
    )
    parser.add_argument("--format", choices=("table", "json"), default="table")


def _run_eval(args: argparse.Namespace, out: Console) -> int:
    if args.lines is not None and args.lines < 1:
        _Report("eval").problem(f"--lines: expected a positive number of lines, got {args.lines}")
        return EXIT_USAGE
    gold_root = _existing_directory(args.gold, "GOLD_DIR")
    if args.system is not None:
        _existing_directory(args.system, "SYSTEM_DIR")
    report = _Report("eval")
    gold_documents: dict[str, Document] = {}
    for path in _timeml_files(gold_root):
        try:
            gold_documents[path.relative_to(gold_root).as_posix()] = parse(
                path.read_bytes(), source=str(path)
            )
        except TimelineError as error:
            report.problem(str(error))
    if not gold_documents and not report.problems:
        report.problem(f"no .tml files under {str(gold_root)!r}")
    if report.problems:
        return EXIT_FAILED
    system: dict[str, list[Timex]] | None
    if args.system is None:
        system = dict(_tag_documents(gold_documents, report))
    else:
        system = _read_system(args.system, gold_documents, report)
    if system is None:
        return EXIT_FAILED
    gold = {name: [e.timex for e in document.timexes] for name, document in gold_documents.items()}
    limits = _scoring_limits(gold_documents, args.lines, whole_text=args.whole_text)
    gold = {name: _before(timexes, limits[name]) for name, timexes in gold.items()}
    scored = {name: _before(timexes, limits[name]) for name, timexes in system.items()}
    unscored = sum(len(timexes) - len(scored[name]) for name, timexes in system.items())
    system = scored
    cut = sum(limit < len(gold_documents[name].text) for name, limit in limits.items())
    scope = _scope_text(args.lines, cut, len(limits), unscored)
    scores = evaluate(gold, system)
    if args.format == "json":
        data = _scores_json(scores, args.per_document, args.errors)
        _print_json(out, {**data, "scope": scope, "unscored_system": unscored})
    else:
        _print_scores(out, scores, args.per_document, args.errors)
        out.print(scope, highlight=False)
    status = EXIT_FAILED if report.problems else EXIT_OK
    if args.min_value_f1 is not None:
        value_points = round(100 * scores.value.f1, 6)
        if value_points < args.min_value_f1:
            shown = f"{value_points:.2f}"
            if shown == f"{args.min_value_f1:.2f}":
                shown = f"{value_points:.4f}"  # 66.6667 is below 66.67; say so visibly
            report.note(f"value F1 {shown} is below the required {args.min_value_f1:.2f}")
            status = EXIT_FAILED
    return status


def _scoring_limits(
    documents: dict[str, Document], lines: int | None, *, whole_text: bool
) -> dict[str, int]:
    """Per gold file, the text offset where scoring stops (see `_annotated_end`)."""
    if lines is not None:
        return {name: _end_of_line(document.text, lines) for name, document in documents.items()}
    if whole_text:
        return {name: len(document.text) for name, document in documents.items()}
    return {name: _annotated_end(document) for name, document in documents.items()}


def _annotated_end(document: Document) -> int:
    """Where the part of a gold file that its annotators covered ends.

    Corpora such as MEANTIME annotate only the first sentences of each article. Events are
    marked in nearly every sentence, so in a file that marks any, the covered part ends
    with the last line holding an EVENT or TIMEX3; an expression found after it cannot be
    judged right or wrong. A file that marks no events (a TIMEX3-only corpus) is taken to
    be annotated throughout.
    """
    text = document.text
    if not any(event.span is not None for event in document.events):
        return len(text)
    ends = [event.span[1] for event in document.events if event.span is not None]
    ends += [element.timex.span[1] for element in document.timexes if element.timex.span]
    line_end = text.find("\n", max(ends))
    return len(text) if line_end < 0 else line_end


def _scope_text(lines: int | None, cut: int, documents: int, unscored: int) -> str:
    if lines is not None:
        where = f"the first {lines} lines of each file"
    elif cut:
        where = (
            f"the annotated part of each file ({cut} of {documents} files stop marking "
            "events before their text ends; --whole-text scores all of it)"
        )
    else:
        return "scored: the whole text of each file"
    return f"scored: {where}; {unscored} system expressions outside it were not scored"


def _end_of_line(text: str, lines: int) -> int:
    """The offset where the first `lines` lines of `text` end."""
    end = -1
    for _ in range(lines):
        end = text.find("\n", end + 1)
        if end < 0:
            return len(text)
    return end


def _before(timexes: list[Timex], limit: int) -> list[Timex]:
    return [timex for timex in timexes if timex.span is None or timex.span[0] < limit]


def _tag_documents(
    documents: dict[str, Document], report: _Report
) -> Iterator[tuple[str, list[Timex]]]:
    tag = _tagger()
    for name, document in documents.items():
        why = _usable_dct(document)
        if why is not None:
            report.note(f"{name}: {why}; tagged without a publication date")
        try:
            yield name, tag(document.text, document.published)
        # Reported, counted as finding nothing, and the exit code says so.
        except Exception as error:
            report.problem(f"{name}: tagging failed: {type(error).__name__}: {error}")


def _read_system(
    root: Path, gold: dict[str, Document], report: _Report
) -> dict[str, list[Timex]] | None:
    system: dict[str, list[Timex]] = {}
    mismatched = False
    for name, gold_document in gold.items():
        path = root / name
        if not path.is_file():
            report.note(f"{path}: missing; counted as finding nothing")
            continue
        try:
            document = parse(path.read_bytes(), source=str(path))
        except TimelineError as error:
            report.problem(str(error))
            mismatched = True
            continue
        if document.text != gold_document.text:
            offset = _first_difference(document.text, gold_document.text)
            report.problem(
                f"{path}: its text differs from the gold file's from offset {offset}; "
                "spans cannot be compared"
            )
            mismatched = True
            continue
        system[name] = [element.timex for element in document.timexes]
    extra = sorted(
        path.relative_to(root).as_posix()
        for path in _timeml_files(root)
        if path.relative_to(root).as_posix() not in gold
    )
    if extra:
        report.note(
            f"{len(extra)} files in SYSTEM_DIR have no gold file and are ignored: "
            f"{', '.join(extra[:3])}{' ...' if len(extra) > 3 else ''}"
        )
    return None if mismatched else system


def _first_difference(first: str, second: str) -> int:
    for offset, (mine, theirs) in enumerate(zip(first, second, strict=False)):
        if mine != theirs:
            return offset
    return min(len(first), len(second))


_MEASURES = (
    ("strict match", "strict"),
    ("relaxed match", "relaxed"),
    ("type", "type"),
    ("value", "value"),
)


def _score_json(score: PrecisionRecall) -> dict[str, float]:
    return {"precision": score.precision, "recall": score.recall, "f1": score.f1}


def _counts_json(counts: Counts) -> dict[str, Any]:
    return {
        "counts": {
            "gold": counts.gold,
            "system": counts.system,
            "strict_matches": counts.strict_matches,
            "relaxed_matches": counts.relaxed_matches,
            "correct_types": counts.correct_types,
            "correct_values": counts.correct_values,
        },
        **{key: _score_json(getattr(counts, key)) for _, key in _MEASURES},
    }


def _pair_json(pair: TimexPair) -> dict[str, Any]:
    return {
        "document": pair.document,
        "gold": None if pair.gold is None else _timex_json(pair.gold),
        "system": None if pair.system is None else _timex_json(pair.system),
    }


def _scores_json(scores: Scores, per_document: bool, errors: bool) -> dict[str, Any]:
    data: dict[str, Any] = {"documents": len(scores.documents), **_counts_json(scores.counts)}
    if per_document:
        data["per_document"] = [
            {"document": document.name, **_counts_json(document.counts)}
            for document in scores.documents
        ]
    if errors:
        for key in ("value_errors", "type_errors", "missed", "spurious"):
            data[key] = [_pair_json(pair) for pair in getattr(scores, key)]
    return data


def _points_text(fraction: float) -> str:
    return f"{100 * fraction:.2f}"


def _print_scores(out: Console, scores: Scores, per_document: bool, errors: bool) -> None:
    counts = scores.counts
    out.print(
        f"TempEval-3 Task A: {len(scores.documents)} documents, {counts.gold} gold and "
        f"{counts.system} system expressions"
    )
    table = Table()
    table.add_column("measure")
    for column in ("precision", "recall", "F1"):
        table.add_column(column, justify="right")
    for label, key in _MEASURES:
        score: PrecisionRecall = getattr(scores, key)
        table.add_row(label, *map(_points_text, (score.precision, score.recall, score.f1)))
    out.print(table)
    if per_document:
        documents = Table(title="per document (F1)", title_justify="left")
        documents.add_column("document")
        for column in ("gold", "system", "strict", "relaxed", "type", "value"):
            documents.add_column(column, justify="right")
        for document in scores.documents:
            c = document.counts
            documents.add_row(
                document.name,
                str(c.gold),
                str(c.system),
                *(_points_text(getattr(c, key).f1) for _, key in _MEASURES),
            )
        out.print(documents)
    if errors:
        _print_pairs(out, f"value errors ({len(scores.value_errors)})", scores.value_errors)
        _print_pairs(out, f"missed ({len(scores.missed)})", scores.missed)
        _print_pairs(out, f"spurious ({len(scores.spurious)})", scores.spurious)


def _print_pairs(out: Console, title: str, pairs: Sequence[TimexPair]) -> None:
    table = Table(title=title, title_justify="left")
    for column in ("document", "gold text", "gold value", "system text", "system value"):
        table.add_column(column)
    for pair in pairs:
        gold, system = pair.gold, pair.system
        table.add_row(
            pair.document,
            "" if gold is None else gold.text,
            "" if gold is None else gold.value,
            "" if system is None else system.text,
            "" if system is None else system.value,
        )
    out.print(table)


# --------------------------------------------------------------------------- demo, show

_TIMELINE_FORMATS = ("table", "json", "timeml", "timelinejs", "svg", "html")
_EXPORT_WIDTH = 100  # columns of an SVG or HTML picture when --width is not given


def _columns(text: str) -> int:
    """An argparse type: a console width from 40 to 200 columns."""
    try:
        number = int(text)
    except ValueError:
        number = 0
    if not 40 <= number <= 200:
        raise argparse.ArgumentTypeError(f"expected a width from 40 to 200 columns, got {text!r}")
    return number


def _add_output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        choices=_TIMELINE_FORMATS,
        default="table",
        help="the timeline drawn in the terminal (default); JSON (Timeline.to_json); the "
        "text as TimeML with its TIMEX3 tags; TimelineJS JSON; or an SVG or HTML picture "
        "of the terminal output",
    )
    parser.add_argument(
        "--width",
        type=_columns,
        metavar="COLUMNS",
        help=f"draw at this width (40-200; default: the terminal's, or {_EXPORT_WIDTH} for "
        "svg and html)",
    )


def _configure_demo(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Render the timeline of the bundled example story (a news report written for this "
        "project, published Monday 25 September 2017): dated events grouped by day and "
        "week, undated ones placed by their links, and the causal and reactive chains."
    )
    _add_output_options(parser)


def _run_demo(args: argparse.Namespace, out: Console) -> int:
    from ._demo import PUBLISHED, demo_timeline, headline, story

    text = story()
    return _output_timeline(args, out, demo_timeline(text), text, PUBLISHED, headline(text))


def _configure_show(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Read a story (FILE, or - for stdin) and render its timeline. Until full event "
        "extraction exists, each sentence or clause with a time expression becomes an event "
        "dated by it; --all keeps the other sentences as undated context."
    )
    parser.add_argument("file", metavar="FILE|-", help="a UTF-8 text file, or -")
    parser.add_argument(
        "--published",
        type=_published,
        metavar="DATE",
        required=True,
        help="publication date of the story: 2017-09-25 or 2017-09-25T14:30+02:00",
    )
    parser.add_argument(
        "--all", action="store_true", help="keep sentences with no time expression, undated"
    )
    _add_output_options(parser)


def _run_show(args: argparse.Namespace, out: Console) -> int:
    from ._extract import sentence_timeline

    text = _read_text(args.file, "show")
    published = _aware(args.published)
    story = sentence_timeline(text, published, undated=args.all)
    return _output_timeline(args, out, story, text, published, None)


def _output_timeline(
    args: argparse.Namespace,
    out: Console,
    story: Timeline,
    text: str,
    published: date | datetime,
    title: str | None,
) -> int:
    from ._render import ChainsView, TimelineView, export_html, export_svg, timelinejs

    view: list[RenderableType] = [TimelineView(story, title=title)]
    if story.chains():
        view += [Text(""), ChainsView(story)]
    if args.format == "json":
        out.file.write(story.to_json() + "\n")
    elif args.format == "timelinejs":
        _print_json(out, timelinejs(story, title=title))
    elif args.format == "timeml":
        found = _tagger()(text, published)
        out.file.write(to_string(Document.from_timexes(text, found, published=published)))
    elif args.format == "svg":
        out.file.write(
            export_svg(*view, width=args.width or _EXPORT_WIDTH, title=title or _PROGRAM)
        )
    elif args.format == "html":
        out.file.write(export_html(*view, width=args.width or _EXPORT_WIDTH))
    else:
        console = out if args.width is None else _sized(out, args.width)
        for renderable in view:
            console.print(renderable)
    return EXIT_OK


def _sized(out: Console, width: int) -> Console:
    return Console(file=out.file, width=width, highlight=False)


# --------------------------------------------------------------------------- main

_COMMANDS: tuple[
    tuple[
        str,
        str,
        Callable[[argparse.ArgumentParser], None],
        Callable[[argparse.Namespace, Console], int],
    ],
    ...,
] = (
    ("tag", "find and resolve time expressions", _configure_tag, _run_tag),
    ("eval", "score TIMEX3 tagging (TempEval-3 Task A)", _configure_eval, _run_eval),
    ("demo", "render the bundled example story's timeline", _configure_demo, _run_demo),
    ("show", "render the timeline of a story", _configure_show, _run_show),
)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=_PROGRAM,
        description="Turn news text into a timeline: render a story's timeline, tag time "
        "expressions, read and write TimeML, and score tagging. Try 'timeline demo'.",
        epilog=_EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, summary, configure, run in _COMMANDS:
        command = commands.add_parser(
            name,
            help=summary,
            epilog=_EXIT_CODES,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        configure(command)
        command.set_defaults(run=run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``timeline`` command with `argv` (default: ``sys.argv[1:]``).

    Returns:
        The exit code: 0 success, 1 unusable input or failed check, 2 usage error,
        3 missing file or directory.
    """
    out = Console(file=sys.stdout, highlight=False)
    try:
        args = _parser().parse_args(argv)
        return int(args.run(args, out))
    except SystemExit as exit:  # --help and --version end the parse this way
        return exit.code if isinstance(exit.code, int) else EXIT_OK
    except _UsageError as error:
        print(f"{_PROGRAM}: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except _MissingError as error:
        print(f"{_PROGRAM}: error: {error}", file=sys.stderr)
        return EXIT_MISSING
    except TimelineError as error:
        print(f"{_PROGRAM}: error: {error}", file=sys.stderr)
        return EXIT_FAILED
    except FileNotFoundError as error:
        print(f"{_PROGRAM}: error: {error.strerror}: {error.filename!r}", file=sys.stderr)
        return EXIT_MISSING
    except BrokenPipeError:
        # The reader went away (`timeline eval ... | head`); nothing left to say.
        return EXIT_OK
    except OSError as error:
        print(f"{_PROGRAM}: error: {error.strerror}: {error.filename!r}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(f"{_PROGRAM}: interrupted", file=sys.stderr)
        return 130
