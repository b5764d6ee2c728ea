"""How many of the events a reader lists `extract` finds, and how many it dates right.

    python benchmarks/stories.py [STORIES_DIR]

Reads our own annotated stories (default: tests/data/stories; format in its README) and
prints, per story and in all:
- found: the reader's events of which `extract` has an event on one of its triggers;
- dated: of the found events the reader dates, those whose `when` is the reader's date
  (exact), or an interval that holds it or that it holds (right, but coarser or finer:
  "last week" or "Sunday afternoon" for the reader's Sunday), or a part of the reader's
  day by its TIMEX3 value ("last night", 2025-02-09TNI, is the night of the 9th though
  it runs past midnight);
- held-out stories (written after the rules, scored before any change) apart.
The issue's targets: at least 90% found, and at least 85% of the dated ones dated right.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import timeline  # noqa: E402
from corpus.stories import Story, load  # noqa: E402


def _score(story: Story) -> tuple[int, int, int, int, int]:
    """(events, found, dated by the reader and found, dated exactly, dated within)."""
    extracted = timeline.extract(story.text, story.published)
    by_span = {event.span: event for event in extracted.events if event.span is not None}
    events = found = dated = exact = within = 0
    for name, spans in story.mentions.items():
        events += 1
        hits = [
            event
            for span, event in by_span.items()
            if any(start < span[1] and span[0] < end for start, end in spans)
        ]
        if not hits:
            continue
        found += 1
        date = story.dates.get(name)
        if date is None:
            continue
        dated += 1
        values = [event.when for event in hits if event.when is not None]
        if any(when.value == date for when in values):
            exact += 1
            continue
        reader = timeline.parse_value(date)
        if any(when.value.startswith(f"{date}T") for when in values) or (
            isinstance(reader, timeline.Interval)
            and any(when.interval is not None and _nested(when.interval, reader) for when in values)
        ):
            within += 1
    return events, found, dated, exact, within


def _nested(found: timeline.Interval, reader: timeline.Interval) -> bool:
    """Whether one interval holds the other: "Sunday afternoon" for the reader's Sunday is
    right and finer; "last week" for the reader's Tuesday is right and coarser."""
    inside = reader.start <= found.start and found.end <= reader.end
    return inside or (found.start <= reader.start and reader.end <= found.end)


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "   – "


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("stories", nargs="?", type=Path, default=ROOT / "tests/data/stories")
    args = parser.parse_args()
    totals: dict[bool, list[int]] = {False: [0] * 5, True: [0] * 5}
    print(f"{'story':14} {'events':>6} {'found':>7} {'dated':>6} {'exact':>7} {'right':>7}")
    for path in sorted(args.stories.glob("*.json")):
        story = load(path)
        scores = _score(story)
        events, found, dated, exact, within = scores
        kept = totals[story.held_out]
        totals[story.held_out] = [a + b for a, b in zip(kept, scores, strict=True)]
        mark = " (held out)" if story.held_out else ""
        print(
            f"{story.name:14} {events:6} {_percent(found, events)} {dated:6} "
            f"{_percent(exact, dated)} {_percent(exact + within, dated)}{mark}"
        )
    for held_out, label in ((False, "development"), (True, "held out"), (None, "all")):
        numbers = (
            [a + b for a, b in zip(totals[False], totals[True], strict=True)]
            if held_out is None
            else totals[held_out]
        )
        events, found, dated, exact, within = numbers
        print(
            f"{label:14} {events:6} {_percent(found, events)} {dated:6} "
            f"{_percent(exact, dated)} {_percent(exact + within, dated)}"
        )


if __name__ == "__main__":
    main()
