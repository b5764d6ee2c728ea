"""Dates in words for people: "Sun 24 Sep 2017", "18–24 Sep 2017", "September 2017".

Pure functions, no rich: the TimelineJS export uses them as well as the renderables. A
name is given at the interval's own grain, so "last week" reads as the whole week and not
as its first day; an interval narrowed by a mod ("late Sunday") reads as the hours or days
it really covers.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import attrs

from .._events import Bounds
from .._time import Grain, Interval, Mod, PartOfDay
from .._time._calendar import PART_OF_DAY_HOURS

__all__ = [
    "ASCII",
    "UNICODE",
    "Glyphs",
    "bounds_words",
    "day_words",
    "interval_words",
    "mod_words",
    "moment_words",
    "time_of_day_words",
]


@attrs.frozen
class Glyphs:
    """The few non-ASCII characters we draw with, and their stand-ins for ASCII terminals."""

    arrow: str
    dash: str
    dot: str
    back: str
    bar: str
    quotes: tuple[str, str]
    dated: str
    undated: str
    conflict: str

    def quoted(self, phrase: str) -> str:
        """`phrase` in quotation marks: “late Sunday”."""
        return f"{self.quotes[0]}{phrase}{self.quotes[1]}"


UNICODE = Glyphs(
    arrow="→",
    dash="–",
    dot="·",
    back="←",
    bar="│",
    quotes=("“", "”"),
    dated="●",
    undated="○",
    conflict="✗",
)
ASCII = Glyphs(
    arrow="->",
    dash="-",
    dot="*",
    back="<-",
    bar="|",
    quotes=('"', '"'),
    dated="*",
    undated="o",
    conflict="x",
)

_PART_NAMES = {
    PartOfDay.MORNING: "morning",
    PartOfDay.AFTERNOON: "afternoon",
    PartOfDay.EVENING: "evening",
    PartOfDay.NIGHT: "night",
    PartOfDay.DAYTIME: "daytime",
}
# Our own names rather than strftime's %a/%b, which follow the process locale.
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_SEASONS = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}
_MOD_WORDS = {
    Mod.BEFORE: "before",
    Mod.AFTER: "after",
    Mod.ON_OR_BEFORE: "on or before",
    Mod.ON_OR_AFTER: "on or after",
    Mod.LESS_THAN: "less than",
    Mod.MORE_THAN: "more than",
    Mod.EQUAL_OR_LESS: "at most",
    Mod.EQUAL_OR_MORE: "at least",
    Mod.START: "early",
    Mod.MID: "mid",
    Mod.END: "late",
    Mod.APPROX: "about",
}


def mod_words(mod: Mod) -> str:
    """How a TIMEX3 mod reads in English: ``END`` is "late", ``APPROX`` is "about"."""
    return _MOD_WORDS[mod]


def day_words(moment: date, *, year: bool = True) -> str:
    """The day of `moment` on its own wall clock: ``Sun 24 Sep 2017``."""
    text = f"{_WEEKDAYS[moment.weekday()]} {moment.day} {_month(moment)}"
    return f"{text} {moment.year}" if year else text


def moment_words(moment: datetime) -> str:
    """A moment, as the day alone when it is midnight UTC (a publication *date*).

    Publication dates given as a `date` become midnight UTC; printing "00:00 UTC" for them
    would claim a precision nobody gave.
    """
    if moment.time() == datetime.min.time() and moment.utcoffset() == timedelta(0):
        return day_words(moment)
    return f"{day_words(moment)} {moment:%H:%M}{_zone_words(moment)}"


def interval_words(interval: Interval, *, year: bool = True, glyphs: Glyphs = UNICODE) -> str:
    """An interval in words, at its grain, or as the stretch it covers if a mod narrowed it.

    Args:
        interval: what to describe.
        year: whether to name the year (a gutter already grouped by year leaves it out).
        glyphs: ``UNICODE`` (en dashes) or ``ASCII``.

    >>> interval_words(Interval.from_value("2017-W38"))
    '18–24 Sep 2017'
    >>> interval_words(Interval.from_value("2017-09-24TEV"))
    'Sun 24 Sep 2017 evening'
    """
    start, end = _local_ends(interval)
    time = time_of_day_words(interval, glyphs=glyphs)
    if time is not None:
        return f"{day_words(start, year=year)} {time}"
    if interval.grain >= Grain.DAY and _is_unit(interval):
        return _unit_words(start, end, interval.grain, year, glyphs)
    return _stretch_words(start, end, year, glyphs) + (
        "" if start.time() == end.time() == datetime.min.time() else _zone_words(interval.start)
    )


def bounds_words(bounds: Bounds, *, year: bool = True) -> tuple[str, ...]:
    """When an event with no date of its own can have happened, as lines of words.

    Its start's bounds read "from Mon 18 Sep" and "by Mon 25 Sep", each followed by the
    time of day on a line of its own unless the bound is midnight. Midnight names a whole
    day, so a start no later than midnight Monday is "by Sun 24 Sep" (by the end of
    Sunday). If only the end is bounded, from below, it reads "ends from ...". Nothing
    bounded gives no lines.

    >>> from datetime import UTC, datetime
    >>> bounds_words(Bounds(latest_start=datetime(2017, 9, 25, tzinfo=UTC)))
    ('by Sun 24 Sep 2017',)
    >>> bounds_words(Bounds(datetime(2017, 9, 24, 16, tzinfo=UTC)), year=False)
    ('from Sun 24 Sep', '16:00')
    """
    lines: list[str] = []
    if bounds.earliest_start is not None:
        lines += _bound_words("from", bounds.earliest_start, year)
    if bounds.latest_start is not None:
        lines += _bound_words("by", bounds.latest_start, year, upper=True)
    if not lines and bounds.earliest_end is not None:
        lines += _bound_words("ends from", bounds.earliest_end, year)
    return tuple(lines)


def _bound_words(word: str, moment: datetime, year: bool, *, upper: bool = False) -> list[str]:
    local = moment.replace(tzinfo=None)
    if local.time() != datetime.min.time():
        return [f"{word} {day_words(local, year=year)}", f"{local:%H:%M}{_zone_words(moment)}"]
    # Midnight ends the day before it (an upper bound) or starts its own day.
    return [f"{word} {day_words(local - timedelta(days=1) if upper else local, year=year)}"]


def time_of_day_words(interval: Interval, *, glyphs: Glyphs = UNICODE) -> str | None:
    """The part of its day an interval covers ("evening", "16:00–24:00"), or None.

    None when the interval is a whole day or more, or runs across midnight (other than a
    night, which belongs to the evening it starts on).

    >>> time_of_day_words(Interval.from_value("2017-09-24T15:30"))
    '15:30'
    >>> time_of_day_words(Interval.from_value("2017-09-24")) is None
    True
    """
    start, end = _local_ends(interval)
    grain = interval.grain
    zone = _zone_words(interval.start)
    if grain is Grain.PART_OF_DAY:
        part = _part_of_day(start, end)
        if part is not None:
            return part + zone
    if grain < Grain.PART_OF_DAY and _is_unit(interval):
        if grain is Grain.HOUR:
            return f"{start:%H:%M}{glyphs.dash}{_clock(end, start)}{zone}"
        return format(start, "%H:%M:%S" if grain is Grain.SECOND else "%H:%M") + zone
    next_midnight = datetime.combine(start.date() + timedelta(days=1), datetime.min.time())
    if end - start < timedelta(days=1) and end <= next_midnight:
        return f"{start:%H:%M}{glyphs.dash}{_clock(end, start)}{zone}"
    return None


def _local_ends(interval: Interval) -> tuple[datetime, datetime]:
    """The interval's ends on the wall clock of its start's zone, without the zone."""
    zone = interval.start.tzinfo
    return interval.start.replace(tzinfo=None), interval.end.astimezone(zone).replace(tzinfo=None)


def _is_unit(interval: Interval) -> bool:
    return Interval.unit(interval.start, interval.grain) == interval


def _part_of_day(start: datetime, end: datetime) -> str | None:
    midnight = start.replace(hour=0, minute=0, second=0, microsecond=0)
    for part, (first, last) in PART_OF_DAY_HOURS.items():
        if (start, end) == (midnight + timedelta(hours=first), midnight + timedelta(hours=last)):
            return _PART_NAMES[part]
    return None


def _zone_words(moment: datetime) -> str:
    offset = moment.utcoffset()
    if offset is None or offset == timedelta(0):
        return ""
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, minutes = divmod(abs(minutes), 60)
    return f" {sign}{hours:02d}:{minutes:02d}"


def _clock(end: datetime, start: datetime) -> str:
    # The end of a stretch that stops at midnight is 24:00 of the start's day, as people
    # say "until midnight", not 00:00.
    if end.time() == datetime.min.time() and end.date() == start.date() + timedelta(days=1):
        return "24:00"
    return f"{end:%H:%M}"


def _unit_words(start: datetime, end: datetime, grain: Grain, year: bool, glyphs: Glyphs) -> str:
    if grain is Grain.DAY:
        return day_words(start, year=year)
    if grain in (Grain.WEEK, Grain.WEEKEND):
        return _days(start, end - timedelta(days=1), year, glyphs)
    if grain is Grain.MONTH:
        return f"{_month(start, short=False)} {start.year}" if year else _month(start, short=False)
    if grain is Grain.QUARTER:
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    if grain is Grain.SEASON:
        season = _SEASONS[start.month]
        if start.month == 12:
            return f"{season} {start.year}{glyphs.dash}{(start.year + 1) % 100:02d}"
        return f"{season} {start.year}"
    if grain is Grain.HALF:
        return f"{'first' if start.month == 1 else 'second'} half of {start.year}"
    if grain is Grain.YEAR:
        return str(start.year)
    if grain is Grain.DECADE:
        return f"the {start.year}s"
    return f"{start.year}{glyphs.dash}{end.year - 1}"


def _stretch_words(start: datetime, end: datetime, year: bool, glyphs: Glyphs) -> str:
    midnight = datetime.min.time()
    if start.time() == end.time() == midnight:
        last = end - timedelta(days=1)
        if start.day == end.day == 1:
            if start.month == end.month == 1:
                return f"{start.year}{glyphs.dash}{last.year}"
            if start.year == last.year:
                first_month, last_month = _month(start, short=False), _month(last, short=False)
                return f"{first_month}{glyphs.dash}{last_month} {start.year}"
            return (
                f"{_month(start, short=False)} {start.year}{glyphs.dash}"
                f"{_month(last, short=False)} {last.year}"
            )
        return _days(start, last, year, glyphs)
    first = f"{day_words(start, year=year)} {start:%H:%M}"
    return f"{first} {glyphs.dash} {day_words(end, year=year)} {end:%H:%M}"


def _month(moment: date, *, short: bool = True) -> str:
    name = _MONTHS[moment.month - 1]
    return name[:3] if short else name


def _days(first: datetime, last: datetime, year: bool, glyphs: Glyphs) -> str:
    """Days `first` to `last` inclusive: "18–24 Sep 2017", "28 Aug – 3 Sep 2017"."""
    suffix = f" {last.year}" if year else ""
    if first.date() == last.date():
        return day_words(first, year=year)
    if first.year != last.year:
        opening = f"{first.day} {_month(first)} {first.year}"
        return f"{opening} {glyphs.dash} {last.day} {_month(last)}{suffix}"
    if first.month != last.month:
        return f"{first.day} {_month(first)} {glyphs.dash} {last.day} {_month(last)}{suffix}"
    return f"{first.day}{glyphs.dash}{last.day} {_month(last)}{suffix}"
