"""The EVENT side of ``timeline eval``: extents and classes, where the gold marks events."""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from .._evaluation import PrecisionRecall
from .._event_evaluation import EventCounts, EventPair, EventScores, evaluate_events
from .._time import Timex
from .._timeml import Document, EventMention, TimexElement, event_elements, parse
from ._common import Report, points
from ._pair_table import print_pair_table

# The rows the table gains, and the JSON keys: (label, attribute of EventCounts).
EVENT_MEASURES = (
    ("event strict", "strict"),
    ("event relaxed", "relaxed"),
    ("event class", "event_class"),
)


def add_event_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--min-event-f1",
        type=points,
        metavar="X",
        help="exit with code 1 if EVENT relaxed-match F1 is below X points (0-100); "
        "needs gold files with EVENTs",
    )


def gold_events(documents: Mapping[str, Document]) -> dict[str, list[EventMention]] | None:
    """The gold EVENTs in TEXT of each document, or None if no document marks any."""
    events = {
        name: [event for event in document.events if event.span is not None]
        for name, document in documents.items()
    }
    return events if any(events.values()) else None


def system_events_in(root: Path, names: Iterable[str]) -> dict[str, list[EventMention]]:
    """The EVENTs in TEXT of the system files `names` under `root`.

    The files were read once already and found usable (same text as the gold's).
    """
    return {
        name: [
            event
            for event in parse((root / name).read_bytes(), source=str(root / name)).events
            if event.span is not None
        ]
        for name in names
    }


def tagged_events(
    documents: Mapping[str, Document], timexes: Mapping[str, Sequence[Timex]], report: Report
) -> dict[str, list[EventMention]]:
    """The EVENTs ``tag --events`` would write into each document (with its timexes)."""
    from .._extract._records import event_tags  # the extraction loads only when needed

    found: dict[str, list[EventMention]] = {}
    for name, document in documents.items():
        if name not in timexes:
            continue  # tagging it failed; already reported
        elements = [TimexElement.of(timex, None) for timex in timexes[name]]
        try:
            tags = event_tags(document.text, document.published)
        # Reported, counted as finding nothing, and the exit code says so.
        except Exception as error:
            report.problem(f"{name}: event extraction failed: {type(error).__name__}: {error}")
            continue
        found[name] = list(event_elements(document.text, tags, timexes=elements).events)
    return found


def score_events(
    gold: Mapping[str, list[EventMention]],
    system: Mapping[str, list[EventMention]],
    limits: Mapping[str, int],
) -> EventScores:
    """Events scored within each document's scoring limit (as the timexes are)."""

    def before(events: list[EventMention], limit: int) -> list[EventMention]:
        return [event for event in events if event.span is not None and event.span[0] < limit]

    return evaluate_events(
        {name: before(events, limits[name]) for name, events in gold.items()},
        {name: before(events, limits[name]) for name, events in system.items() if name in gold},
    )


def score_json(score: PrecisionRecall) -> dict[str, float]:
    """A precision, recall and F1 as JSON, for the timex and the event scores alike."""
    return {"precision": score.precision, "recall": score.recall, "f1": score.f1}


def _counts_json(counts: EventCounts) -> dict[str, Any]:
    return {
        "counts": {
            "gold": counts.gold,
            "system": counts.system,
            "strict_matches": counts.strict_matches,
            "relaxed_matches": counts.relaxed_matches,
            "classes_compared": counts.classes_compared,
            "correct_classes": counts.correct_classes,
        },
        **{key: score_json(getattr(counts, key)) for _, key in EVENT_MEASURES},
        "class_accuracy": counts.class_accuracy,
    }


def _pair_json(pair: EventPair) -> dict[str, Any]:
    def side(event: EventMention | None) -> dict[str, Any] | None:
        if event is None or event.span is None:
            return None
        return {
            "text": event.text,
            "start": event.span[0],
            "end": event.span[1],
            "class": event.event_class,
        }

    return {"document": pair.document, "gold": side(pair.gold), "system": side(pair.system)}


def events_json(scores: EventScores, per_document: bool, errors: bool) -> dict[str, Any]:
    """The ``events`` entry of ``eval --format json``."""
    data = _counts_json(scores.counts)
    if per_document:
        data["per_document"] = [
            {"document": name, **_counts_json(counts)} for name, counts in scores.documents
        ]
    if errors:
        for key in ("class_errors", "missed", "spurious"):
            data[key] = [_pair_json(pair) for pair in getattr(scores, key)]
    return data


def add_event_rows(table: Table, scores: EventScores) -> None:
    """The event measures as rows of the scores table, in points."""
    for label, key in EVENT_MEASURES:
        score = getattr(scores.counts, key)
        table.add_row(
            label, *(f"{100 * part:.2f}" for part in (score.precision, score.recall, score.f1))
        )


def print_event_summary(out: Console, scores: EventScores, errors: bool) -> None:
    counts = scores.counts
    out.print(
        f"EVENT: {counts.gold} gold and {counts.system} system events; class accuracy "
        f"{100 * counts.class_accuracy:.2f} over {counts.classes_compared} matches whose "
        "classes can be compared (TimeML classes are mapped to the gold's scheme: see "
        "docs/how-to/timeml.md)",
        highlight=False,
    )
    if not errors:
        return
    for title, pairs in (
        (f"event class errors ({len(scores.class_errors)})", scores.class_errors),
        (f"missed events ({len(scores.missed)})", scores.missed),
        (f"spurious events ({len(scores.spurious)})", scores.spurious),
    ):
        print_pair_table(out, title, pairs, "class", _text_and_class)


def _text_and_class(event: EventMention) -> tuple[str, str]:
    return event.text, event.event_class or ""


def event_gate(scores: EventScores | None, minimum: float | None, report: Report) -> bool:
    """Whether ``--min-event-f1`` passes; says why on stderr when it does not."""
    if minimum is None:
        return True
    if scores is None:
        report.note(
            f"--min-event-f1 {minimum:.2f}: the gold files mark no EVENTs, so there is no "
            "event score to check"
        )
        return False
    relaxed = round(100 * scores.counts.relaxed.f1, 6)
    if relaxed >= minimum:
        return True
    shown = f"{relaxed:.2f}"
    if shown == f"{minimum:.2f}":
        shown = f"{relaxed:.4f}"  # 66.6667 is below 66.67; say so visibly
    report.note(f"EVENT relaxed F1 {shown} is below the required {minimum:.2f}")
    return False
