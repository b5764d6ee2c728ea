"""``timeline eval``: score TIMEX3 tagging the TempEval-3 Task A way, and EVENTs."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from .._errors import TimelineError
from .._evaluation import Counts, PrecisionRecall, Scores, TimexPair, evaluate
from .._event_evaluation import EventScores
from .._time import Timex
from .._timeml import Document, EventMention, parse
from ._common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    Report,
    add_genre_option,
    existing_directory,
    genre_tagger,
    os_error_text,
    points,
    print_json,
    timeml_files,
    timex_json,
    usable_dct,
)
from ._eval_events import (
    add_event_options,
    add_event_rows,
    event_gate,
    events_json,
    gold_events,
    print_event_summary,
    score_events,
    score_json,
    system_events_in,
    tagged_events,
)
from ._eval_links import (
    add_clink_options,
    clinks_json,
    print_clinks,
    score_documents_clinks,
)
from ._pair_table import print_pair_table


def configure_eval(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Score TIMEX3 tagging the TempEval-3 Task A way: strict and relaxed match "
        "precision/recall/F1, and type and value F1. Compares SYSTEM_DIR with GOLD_DIR "
        "file by file (same relative paths); without SYSTEM_DIR, tags GOLD_DIR's texts "
        "with timeline.tag, using each file's DCT. Where the gold files mark EVENTs, "
        "also scores EVENT extents (strict and relaxed) and class, the system's being "
        "SYSTEM_DIR's EVENTs or those 'timeline tag --events' writes."
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
        type=points,
        metavar="X",
        help="exit with code 1 if value F1 is below X points (0-100)",
    )
    add_event_options(parser)
    add_clink_options(parser)
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
    add_genre_option(parser)
    parser.add_argument("--format", choices=("table", "json"), default="table")


def run_eval(args: argparse.Namespace, out: Console) -> int:
    if args.lines is not None and args.lines < 1:
        Report("eval").problem(f"--lines: expected a positive number of lines, got {args.lines}")
        return EXIT_USAGE
    gold_root = existing_directory(args.gold, "GOLD_DIR")
    if args.system is not None:
        existing_directory(args.system, "SYSTEM_DIR")
    report = Report("eval")
    gold_documents: dict[str, Document] = {}
    for path in timeml_files(gold_root):
        # A file that cannot be read is reported in a line and left out of the scores;
        # the others are scored, and the exit code says that some failed.
        try:
            gold_documents[path.relative_to(gold_root).as_posix()] = parse(
                path.read_bytes(), source=str(path)
            )
        except TimelineError as error:
            report.problem(f"skipped: {error}")
        except OSError as error:
            report.problem(f"skipped: {path}: {os_error_text(error)}")
    if not gold_documents:
        if not report.problems:
            report.problem(f"no .tml files under {str(gold_root)!r}")
        return EXIT_FAILED
    system: dict[str, list[Timex]] | None
    if args.system is None:
        system = dict(_tag_documents(gold_documents, report, args.genre))
    else:
        system = _read_system(args.system, gold_documents, report, gold_root)
    if system is None:
        return EXIT_FAILED

    expected_events = gold_events(gold_documents)
    system_events: dict[str, list[EventMention]] = {}
    if expected_events is not None and args.system is None:
        system_events = tagged_events(gold_documents, system, report)
    elif expected_events is not None:
        system_events = system_events_in(args.system, system)

    gold = {name: [e.timex for e in document.timexes] for name, document in gold_documents.items()}
    limits = _scoring_limits(gold_documents, args.lines, whole_text=args.whole_text)
    gold = {name: _before(timexes, limits[name]) for name, timexes in gold.items()}
    scored = {name: _before(timexes, limits[name]) for name, timexes in system.items()}
    unscored = sum(len(timexes) - len(scored[name]) for name, timexes in system.items())
    system = scored
    cut = sum(limit < len(gold_documents[name].text) for name, limit in limits.items())
    scope = _scope_text(args.lines, cut, len(limits), unscored)
    scores = evaluate(gold, system)
    event_scores: EventScores | None = None
    if expected_events is not None:
        event_scores = score_events(expected_events, system_events, limits)
    clinks = None
    if args.clinks:
        clinks = score_documents_clinks(gold_documents, args.system, system, limits, report)
    if args.format == "json":
        data = _scores_json(scores, args.per_document, args.errors)
        if event_scores is not None:
            data["events"] = events_json(event_scores, args.per_document, args.errors)
        if clinks is not None:
            data["clinks"] = clinks_json(clinks, args.per_document)
        print_json(out, {**data, "scope": scope, "unscored_system": unscored})
    else:
        _print_scores(out, scores, args.per_document, args.errors, event_scores)
        if clinks is not None:
            print_clinks(out, clinks)
        out.print(scope, highlight=False)
    status = EXIT_FAILED if report.problems else EXIT_OK
    if not event_gate(event_scores, args.min_event_f1, report):
        status = EXIT_FAILED
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
    documents: dict[str, Document], report: Report, genre: str | None
) -> Iterator[tuple[str, list[Timex]]]:
    tag = genre_tagger(genre)
    for name, document in documents.items():
        why = usable_dct(document)
        if why is not None:
            report.note(f"{name}: {why}; tagged without a publication date")
        try:
            yield name, tag(document.text, document.published)
        # Reported, counted as finding nothing, and the exit code says so.
        except Exception as error:
            report.problem(f"{name}: tagging failed: {type(error).__name__}: {error}")


def _read_system(
    root: Path, gold: dict[str, Document], report: Report, gold_root: Path
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
        except OSError as error:
            report.problem(f"{path}: {os_error_text(error)}")
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
        for path in timeml_files(root)
        # (a gold file reported as unreadable is not missing)
        if not (gold_root / path.relative_to(root)).is_file()
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
        **{key: score_json(getattr(counts, key)) for _, key in _MEASURES},
    }


def _pair_json(pair: TimexPair) -> dict[str, Any]:
    return {
        "document": pair.document,
        "gold": None if pair.gold is None else timex_json(pair.gold),
        "system": None if pair.system is None else timex_json(pair.system),
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


def _print_scores(
    out: Console,
    scores: Scores,
    per_document: bool,
    errors: bool,
    events: EventScores | None = None,
) -> None:
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
    if events is not None:
        add_event_rows(table, events)
    out.print(table)
    if per_document:
        documents = Table(title="per document (F1)", title_justify="left")
        documents.add_column("document")
        for column in ("gold", "system", "strict", "relaxed", "type", "value"):
            documents.add_column(column, justify="right")
        event_f1 = {} if events is None else dict(events.documents)
        if events is not None:
            documents.add_column("event relaxed", justify="right")
        for document in scores.documents:
            c = document.counts
            documents.add_row(
                document.name,
                str(c.gold),
                str(c.system),
                *(_points_text(getattr(c, key).f1) for _, key in _MEASURES),
                *([_points_text(event_f1[document.name].relaxed.f1)] if event_f1 else []),
            )
        out.print(documents)
    if errors:
        for title, pairs in (
            (f"value errors ({len(scores.value_errors)})", scores.value_errors),
            (f"missed ({len(scores.missed)})", scores.missed),
            (f"spurious ({len(scores.spurious)})", scores.spurious),
        ):
            print_pair_table(out, title, pairs, "value", _text_and_value)
    if events is not None:
        print_event_summary(out, events, errors)


def _text_and_value(timex: Timex) -> tuple[str, str]:
    return timex.text, timex.value
