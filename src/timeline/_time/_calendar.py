"""Calendar arithmetic on wall-clock time: the units of every grain and how to step them.

Everything here works on naive *local* datetimes (the wall clock of the story's time zone)
so that a day is always midnight to midnight, even across a daylight-saving change; the
caller attaches the zone afterwards. This is Duckling's model: a grain has units, every
moment lies in exactly one unit of each grain, and units can be stepped forwards and back.
"""

from __future__ import annotations

import enum
from datetime import date, datetime, timedelta

__all__ = [
    "PART_OF_DAY_HOURS",
    "Grain",
    "PartOfDay",
    "add_months",
    "iso_week_start",
    "part_of_day_at",
    "shift_start",
    "unit_end",
    "unit_start",
]


class Grain(enum.Enum):
    """How fine a stretch of time is, from a second to a century; grains are ordered.

    >>> Grain.DAY < Grain.WEEK < Grain.YEAR
    True
    """

    SECOND = "second"
    MINUTE = "minute"
    HOUR = "hour"
    PART_OF_DAY = "part of day"
    DAY = "day"
    WEEKEND = "weekend"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    SEASON = "season"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"

    # Written out rather than by functools.total_ordering: grains are compared on the hot
    # path, and the generated methods cost a call each.
    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Grain):
            return NotImplemented
        return _GRAIN_RANK[self] < _GRAIN_RANK[other]

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Grain):
            return NotImplemented
        return _GRAIN_RANK[self] <= _GRAIN_RANK[other]

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Grain):
            return NotImplemented
        return _GRAIN_RANK[self] > _GRAIN_RANK[other]

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Grain):
            return NotImplemented
        return _GRAIN_RANK[self] >= _GRAIN_RANK[other]

    def __repr__(self) -> str:
        return f"Grain.{self.name}"

    # Members are singletons compared by identity; hashing by identity is several times
    # faster than Enum's hash of the name, and grains key many dicts on the hot path.
    __hash__ = object.__hash__


_GRAIN_RANK = {grain: rank for rank, grain in enumerate(Grain)}


class PartOfDay(enum.Enum):
    """The TIMEX3 parts of a day: morning, afternoon, evening, night, and daytime."""

    MORNING = "MO"
    AFTERNOON = "AF"
    EVENING = "EV"
    NIGHT = "NI"
    DAYTIME = "DT"


# Hours [start, end) of each part, measured from the start of the day the part is named
# after; the night runs past midnight into the next morning, as "Sunday night" does.
PART_OF_DAY_HOURS: dict[PartOfDay, tuple[int, int]] = {
    PartOfDay.MORNING: (5, 12),
    PartOfDay.AFTERNOON: (12, 17),
    PartOfDay.EVENING: (17, 21),
    PartOfDay.NIGHT: (21, 29),
    PartOfDay.DAYTIME: (8, 18),
}


def part_of_day_at(moment: datetime) -> tuple[date, PartOfDay]:
    """The day and part of it that `moment` falls in (00:00-05:00 is the previous night)."""
    hour = moment.hour
    if hour < 5:
        return (moment.date() - timedelta(days=1), PartOfDay.NIGHT)
    for part in (PartOfDay.MORNING, PartOfDay.AFTERNOON, PartOfDay.EVENING):
        if hour < PART_OF_DAY_HOURS[part][1]:
            return (moment.date(), part)
    return (moment.date(), PartOfDay.NIGHT)


def iso_week_start(iso_year: int, week: int) -> date:
    """The Monday of ISO week `week` of `iso_year` (raises ValueError if there is none)."""
    return date.fromisocalendar(iso_year, week, 1)


def add_months(day: date, months: int) -> date:
    """`day` moved by a number of calendar months, clamped to the end of shorter months."""
    index = day.year * 12 + day.month - 1 + months
    year, month0 = divmod(index, 12)
    month = month0 + 1
    return date(year, month, min(day.day, _days_in_month(year, month)))


def _days_in_month(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - date(year, month, 1)).days


_MONTHS_PER_UNIT = {Grain.MONTH: 1, Grain.QUARTER: 3, Grain.SEASON: 3, Grain.HALF: 6}
_YEARS_PER_UNIT = {Grain.YEAR: 1, Grain.DECADE: 10, Grain.CENTURY: 100}


def unit_start(moment: datetime, grain: Grain) -> datetime:
    """Start of the unit of `grain` that contains the naive local `moment`.

    >>> unit_start(datetime(2017, 9, 24, 15, 30), Grain.WEEK)
    datetime.datetime(2017, 9, 18, 0, 0)
    """
    day = moment.date()
    if grain is Grain.SECOND:
        return moment.replace(microsecond=0)
    if grain is Grain.MINUTE:
        return moment.replace(second=0, microsecond=0)
    if grain is Grain.HOUR:
        return moment.replace(minute=0, second=0, microsecond=0)
    if grain is Grain.PART_OF_DAY:
        part_day, part = part_of_day_at(moment)
        return _midnight(part_day) + timedelta(hours=PART_OF_DAY_HOURS[part][0])
    if grain is Grain.DAY:
        return _midnight(day)
    if grain is Grain.WEEK:
        return _midnight(day - timedelta(days=day.weekday()))
    if grain is Grain.WEEKEND:
        # The weekend of the moment's ISO week (Saturday and Sunday), even mid-week.
        return _midnight(day - timedelta(days=day.weekday()) + timedelta(days=5))
    if grain is Grain.MONTH:
        return datetime(day.year, day.month, 1)
    if grain is Grain.QUARTER:
        return datetime(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    if grain is Grain.HALF:
        return datetime(day.year, 1 if day.month <= 6 else 7, 1)
    if grain is Grain.SEASON:
        # Meteorological seasons; winter runs December to February.
        if day.month == 12:
            return datetime(day.year, 12, 1)
        if day.month < 3:
            return datetime(day.year - 1, 12, 1)
        return datetime(day.year, (day.month // 3) * 3, 1)
    if grain is Grain.YEAR:
        return datetime(day.year, 1, 1)
    if grain is Grain.DECADE:
        return datetime(max(1, day.year // 10 * 10), 1, 1)
    if grain is Grain.CENTURY:
        return datetime(max(1, day.year // 100 * 100), 1, 1)
    raise AssertionError(grain)  # pragma: no cover - every grain is handled above


def unit_end(start: datetime, grain: Grain) -> datetime:
    """End (exclusive) of the unit of `grain` that starts at `start`."""
    if grain is Grain.WEEKEND:
        return start + timedelta(days=2)
    if grain is Grain.PART_OF_DAY:
        part_day, part = part_of_day_at(start)
        return _midnight(part_day) + timedelta(hours=PART_OF_DAY_HOURS[part][1])
    if grain is Grain.DECADE and start.year == 1:
        return datetime(10, 1, 1)
    if grain is Grain.CENTURY and start.year == 1:
        return datetime(100, 1, 1)
    return shift_start(start, grain, 1)


def shift_start(start: datetime, grain: Grain, count: int) -> datetime:
    """The start of the unit `count` units of `grain` after the unit starting at `start`."""
    if grain is Grain.SECOND:
        return start + timedelta(seconds=count)
    if grain is Grain.MINUTE:
        return start + timedelta(minutes=count)
    if grain is Grain.HOUR:
        return start + timedelta(hours=count)
    if grain is Grain.PART_OF_DAY:
        part_day, part = part_of_day_at(start)
        order = (PartOfDay.MORNING, PartOfDay.AFTERNOON, PartOfDay.EVENING, PartOfDay.NIGHT)
        index = order.index(part) if part in order else 0
        days, new_index = divmod(index + count, 4)
        new_day = part_day + timedelta(days=days)
        return _midnight(new_day) + timedelta(hours=PART_OF_DAY_HOURS[order[new_index]][0])
    if grain is Grain.DAY:
        return start + timedelta(days=count)
    if grain is Grain.WEEK or grain is Grain.WEEKEND:
        return start + timedelta(weeks=count)
    months = _MONTHS_PER_UNIT.get(grain)
    if months is not None:
        index = start.year * 12 + start.month - 1 + months * count
        return datetime(index // 12, index % 12 + 1, 1)
    years = _YEARS_PER_UNIT[grain]
    year = start.year + years * count
    if grain is not Grain.YEAR:
        year = year // years * years
    if year < 1:
        raise ValueError(f"year {year} is before year 1")
    return datetime(year, 1, 1)


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)
