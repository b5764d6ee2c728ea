"""A range given to `resolve` whole: "July 13-15", "from 9am to 5pm", "Mon-Fri".

TimeML annotates each end of a range as its own TIMEX3, and `tag` does so; `resolve` of
the whole phrase gives the stretch from one end to the other. So that the two always
agree, the ends are found by the tagger itself (with the tense `resolve` was given, or
its default, past), and the range is their hull: it starts where the first end starts and
ends where the second ends, each end counting whole, as a single day or minute does
("9:30 - 11:00" runs to 11:01, as "until 11:00" includes that minute). The result is a
DURATION: its value is the length of that stretch in the ends' finer grain ("P3D" for
"July 13-15") and its interval is the stretch. A start and a length ("4pm for 30
mins", "tomorrow for 3 days") are the same: the stretch of that length from the start.
Only phrases that are nothing but two ends and the words that join them are ranges here
("from", "between" before; a dash, "to", "through", "thru", "till", "until" or, after
"between", "and" between).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from .._errors import TimelineError
from ._calendar import Grain
from ._lexicon import tokenize
from ._model import Duration, Interval, Timex, TimexType
from ._nodes import shift_moment

__all__ = ["RANGE_JOINERS", "range_timex"]

_OPENERS = frozenset({"from", "between", "on", "for", "during"})
RANGE_JOINERS = frozenset(
    {"-", "–", "—", "to", "through", "thru", "till", "til", "until", "and", "for"}
)
_JOINERS = RANGE_JOINERS - {"and", "for"}


def range_timex(
    text: str, published: date | datetime, tense: str | None, genre: Any = None
) -> Timex | None:
    """The range `text` names, as the hull of the two ends `tag` finds (read in the tense
    and genre `resolve` was given), or None."""
    from .._tagging._tagger import tag

    ends = tag(text, published, tense=tense or "past", genre=genre)  # type: ignore[arg-type]
    if len(ends) != 2:
        return None
    first, second = ends
    if first.span is None or second.span is None:
        return None
    if second.type is TimexType.DURATION and first.interval is not None:
        return _start_and_length(text, first, second)
    if first.interval is None or second.interval is None:
        return None
    if first.type not in (TimexType.DATE, TimexType.TIME) or first.type is not second.type:
        return None
    before = [token.text for token in tokenize(text[: first.span[0]])]
    between = [token.text for token in tokenize(text[first.span[1] : second.span[0]])]
    after = [token.text for token in tokenize(text[second.span[1] :]) if token.text != "."]
    if after or len(before) > 1 or (before and before[0] not in _OPENERS):
        return None
    joiners = _JOINERS | ({"and"} if before == ["between"] else set())
    if len(between) != 1 or between[0] not in joiners:
        return None
    start, end = first.interval.start, second.interval.end
    if end <= start:
        return None  # a range runs forward
    grain = min(first.interval.grain, second.interval.grain)
    interval = Interval(start, end, grain)
    return Timex(text, TimexType.DURATION, _length(start, end, grain).value, interval=interval)


def _start_and_length(text: str, first: Timex, length: Timex) -> Timex | None:
    """ "4pm for 30 mins", "tomorrow for 3 days": a start and how long from it."""
    assert first.span is not None
    assert length.span is not None
    assert first.interval is not None
    before = [token.text for token in tokenize(text[: first.span[0]])]
    between = [token.text for token in tokenize(text[first.span[1] : length.span[0]])]
    after = [token.text for token in tokenize(text[length.span[1] :]) if token.text != "."]
    if after or between != ["for"] or before not in ([], ["from"], ["on"], ["at"]):
        return None
    if length.mod is not None or length.interval is not None:
        return None  # "for about an hour", "for the past week": no stretch to state
    try:
        duration = Duration.from_value(length.value)
    except TimelineError:
        return None
    parts = duration.parts
    if len(parts) != 1 or parts[0][1] is None or not float(parts[0][1]).is_integer():
        return None
    grain, amount = parts[0]
    assert amount is not None
    start = first.interval.start
    end = shift_moment(start.replace(tzinfo=None), grain, int(amount)).replace(tzinfo=start.tzinfo)
    interval = Interval(start, end, min(first.interval.grain, grain))
    return Timex(text, TimexType.DURATION, duration.value, interval=interval)


def _length(start: datetime, end: datetime, grain: Grain) -> Duration:
    """The length of [start, end) in units of `grain` (days for coarser ones that do
    not divide it evenly: "from March to May" is three months, "Mon-Fri" five days)."""
    if grain in (Grain.MONTH, Grain.QUARTER, Grain.YEAR, Grain.DECADE, Grain.CENTURY):
        months = (end.year - start.year) * 12 + end.month - start.month
        if start.day == end.day == 1 and start.time() == end.time():
            if months % 12 == 0:
                return Duration.of(months // 12, Grain.YEAR)
            return Duration.of(months, Grain.MONTH)
    seconds = (end - start).total_seconds()
    if grain in (Grain.SECOND,):
        return Duration.of(int(seconds), Grain.SECOND)
    if grain in (Grain.MINUTE,):
        return Duration.of(int(seconds // 60), Grain.MINUTE)
    if grain is Grain.HOUR:
        return Duration.of(int(seconds // 3600), Grain.HOUR)
    if grain is Grain.WEEK and (end - start).days % 7 == 0:
        return Duration.of((end - start).days // 7, Grain.WEEK)
    return Duration.of((end - start).days, Grain.DAY)
