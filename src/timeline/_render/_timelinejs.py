"""TimelineJS export: a timeline as the JSON that Knight Lab's TimelineJS reads.

Each dated event is a slide with ``start_date`` (and ``end_date`` when it spans more than
its grain's single unit), ``text.headline``, ``display_date`` (the interval in words and
the phrase it came from), ``group`` (its chain) and ``unique_id``. Dates keep their grain:
a week is 18 to 24 September, a month is just year and month, "late Sunday" keeps its
hours. TimelineJS cannot place an event with no date, so undated events go in a list of
their own, ``undated``, which TimelineJS ignores and nothing else loses; their
``display_date`` says "undated", and the phrase if one came with them ("undated (two
days)").
"""

from __future__ import annotations

import html
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from .._time import Grain, Interval
from ._timeline import link_label, phrase_of
from ._words import UNICODE, day_words, interval_words

if TYPE_CHECKING:
    from .._events import Event, Timeline

__all__ = ["timelinejs"]

_DAY_FIELDS = ("year", "month", "day")
_MONTH_FIELDS = ("year", "month")
_CLOCK_FIELDS = ("year", "month", "day", "hour", "minute")
_UNIT_FIELDS: dict[Grain, tuple[str, ...]] = {
    Grain.DAY: _DAY_FIELDS,
    Grain.MONTH: _MONTH_FIELDS,
    Grain.YEAR: ("year",),
}


def timelinejs(timeline: Timeline, *, title: str | None = None) -> dict[str, Any]:
    """The TimelineJS document for `timeline`, as a JSON-ready dict."""
    groups: dict[str, str] = {}
    for number, chain in enumerate(timeline.chains(), 1):
        for event in chain.events:
            groups.setdefault(event.id, f"chain {number}")
    by_id = {event.id: event for event in timeline.events}
    events: list[dict[str, Any]] = []
    undated: list[dict[str, Any]] = []
    for event in timeline.ordered():
        slide: dict[str, Any] = {
            "unique_id": event.id,
            "text": {"headline": event.description, "text": _details(timeline, event, by_id)},
        }
        if event.id in groups:
            slide["group"] = groups[event.id]
        interval = event.interval
        words = "undated" if interval is None else interval_words(interval)
        phrase = phrase_of(event)
        slide["display_date"] = words if not phrase else f"{words} ({phrase})"
        if interval is None:
            undated.append(slide)
        else:
            slide.update(_dates(interval))
            events.append(slide)
    published = timeline.published
    return {
        "title": {
            "text": {
                "headline": title or "Timeline",
                "text": "" if published is None else f"published {day_words(published)}",
            }
        },
        "events": events,
        "undated": undated,
    }


def _details(timeline: Timeline, event: Event, by_id: dict[str, Event]) -> str:
    paragraphs = []
    who = ", ".join(event.actors)
    if event.source is not None:
        who = f"{who} {UNICODE.dot} via {event.source}" if who else f"via {event.source}"
    if who:
        paragraphs.append(who)
    for link in timeline.links:
        if link.source == event.id:
            label = link_label(link)
            paragraphs.append(f"{label} {UNICODE.arrow} {by_id[link.target].description}")
    return "".join(f"<p>{html.escape(paragraph)}</p>" for paragraph in paragraphs)


def _dates(interval: Interval) -> dict[str, dict[str, str]]:
    start = interval.start.replace(tzinfo=None)
    end = interval.end.astimezone(interval.start.tzinfo).replace(tzinfo=None)
    grain = interval.grain
    whole_unit = grain is not Grain.PART_OF_DAY and Interval.unit(interval.start, grain) == interval
    if whole_unit and grain in (Grain.MINUTE, Grain.SECOND):
        # A moment ("3 p.m."): TimelineJS shows a point, not a one-minute span.
        clock = _CLOCK_FIELDS + (("second",) if grain is Grain.SECOND else ())
        return {"start_date": _date(start, clock)}
    if whole_unit and grain in _UNIT_FIELDS:
        return {"start_date": _date(start, _UNIT_FIELDS[grain])}
    if whole_unit and grain in (Grain.DECADE, Grain.CENTURY):
        return {
            "start_date": _date(start, ("year",)),
            "end_date": _date(end - timedelta(days=1), ("year",)),
        }
    if whole_unit and grain in (Grain.QUARTER, Grain.SEASON, Grain.HALF):
        return {
            "start_date": _date(start, _MONTH_FIELDS),
            "end_date": _date(end - timedelta(days=1), _MONTH_FIELDS),
        }
    midnight = datetime.min.time()
    if start.time() == end.time() == midnight:
        last_day = end - timedelta(days=1)
        if last_day.date() == start.date():
            return {"start_date": _date(start, _DAY_FIELDS)}
        return {"start_date": _date(start, _DAY_FIELDS), "end_date": _date(last_day, _DAY_FIELDS)}
    return {"start_date": _date(start, _CLOCK_FIELDS), "end_date": _date(end, _CLOCK_FIELDS)}


def _date(moment: datetime, fields: tuple[str, ...]) -> dict[str, str]:
    # TimelineJS's own examples write date parts as strings.
    return {name: str(getattr(moment, name)) for name in fields}
