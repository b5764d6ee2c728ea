"""The value types of time: `Interval`, `Duration`, `Pattern`, `Timex`, and TIMEX3 values.

A TIMEX3 value is what interoperates (TimeML, TempEval); an `Interval` is what orders. The
two are kept in agreement here: ``Interval.from_value(v).value == v`` for every well-formed
date or time value, and ``Interval.unit(moment, grain).value`` names that unit.
"""

from __future__ import annotations

import enum
import math
import re
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from types import NoneType
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import attrs

from .._errors import InvalidTypeError, InvalidValueError, ValueFormatError
from .._notebook import ShownInNotebooks
from ._calendar import (
    PART_OF_DAY_HOURS,
    Grain,
    PartOfDay,
    iso_week_start,
    part_of_day_at,
    shift_start,
    unit_end,
    unit_start,
)

if TYPE_CHECKING:
    from .._render import TimexLine

__all__ = [
    "Duration",
    "Interval",
    "Mod",
    "Pattern",
    "Timex",
    "TimexType",
    "VagueReference",
    "parse_value",
]


class TimexType(enum.StrEnum):
    """The TIMEX3 ``type`` of an expression."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Mod(enum.StrEnum):
    """The TIMEX3 ``mod``: which part of the value is meant, or how it is bounded."""

    BEFORE = "BEFORE"
    AFTER = "AFTER"
    ON_OR_BEFORE = "ON_OR_BEFORE"
    ON_OR_AFTER = "ON_OR_AFTER"
    LESS_THAN = "LESS_THAN"
    MORE_THAN = "MORE_THAN"
    EQUAL_OR_LESS = "EQUAL_OR_LESS"
    EQUAL_OR_MORE = "EQUAL_OR_MORE"
    START = "START"
    MID = "MID"
    END = "END"
    APPROX = "APPROX"


class VagueReference(enum.StrEnum):
    """The TIMEX3 values for "now", "recently" and "soon": no interval can be given."""

    PRESENT_REF = "PRESENT_REF"
    PAST_REF = "PAST_REF"
    FUTURE_REF = "FUTURE_REF"


# --------------------------------------------------------------------------- validators


def check_instance(expected: type | tuple[type, ...], description: str) -> Any:
    """An attrs validator refusing values not of `expected`, naming the field in the error."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, expected):
            owner = type(instance).__name__
            raise InvalidTypeError(
                f"{owner}.{attribute.name}: expected {description}, "
                f"got {type(value).__name__} {value!r}"
            )

    return check


def _require_aware(name: str, value: object) -> None:
    if not isinstance(value, datetime):
        raise InvalidTypeError(
            f"{name}: expected a timezone-aware datetime, got {type(value).__name__} {value!r}"
        )
    if value.utcoffset() is None:
        raise InvalidValueError(
            f"{name}: expected a timezone-aware datetime, got naive {value.isoformat()}"
        )


def _check_aware(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _require_aware(f"{type(instance).__name__}.{attribute.name}", value)


def as_real_moment(value: datetime) -> datetime:
    """A moment in a zone with DST rules, as the clock there shows it.

    A wall time the clock skips (in a DST gap) becomes the moment it stands for, and a fold
    is set as the zone says; so equal moments look alike and read back alike from JSON.
    Anything else is left for the validators to refuse.
    """
    if not isinstance(value, datetime):
        return value
    zone = value.tzinfo
    if zone is None or isinstance(zone, timezone) or value.utcoffset() is None:
        # A fixed offset has no folds: fold=1 would only make equal moments look unequal.
        return value.replace(fold=0) if value.fold else value
    try:
        return value.astimezone(UTC).astimezone(zone)
    except OverflowError:
        return value


def _local(moment: datetime) -> datetime:
    return moment.replace(tzinfo=None)


# --------------------------------------------------------------------------- Interval


@attrs.frozen
class Interval:
    """A half-open stretch of time ``[start, end)`` with the grain it was named at.

    Both ends are timezone-aware; the wall clock of ``start``'s zone decides where days,
    weeks and years begin.

    >>> week = Interval.from_value("2017-W38")
    >>> week.start.date(), week.end.date(), week.grain
    (datetime.date(2017, 9, 18), datetime.date(2017, 9, 25), Grain.WEEK)
    >>> week.value
    '2017-W38'
    """

    start: datetime = attrs.field(converter=as_real_moment, validator=_check_aware)
    end: datetime = attrs.field(converter=as_real_moment, validator=_check_aware)
    grain: Grain = attrs.field(validator=check_instance(Grain, "a Grain"))

    @end.validator
    def _end_after_start(self, attribute: attrs.Attribute[datetime], end: datetime) -> None:
        # In elapsed time, not on the wall clock: two moments in one named zone compare by
        # their wall clocks, which is wrong across a DST change. Both must also be moments
        # UTC can hold, or ordering, JSON and bounds would fail later on.
        if not utc_moment(self.start, "Interval.start") < utc_moment(end, "Interval.end"):
            raise InvalidValueError(
                f"Interval.end: expected a moment after start {self.start.isoformat()}, "
                f"got {end.isoformat()}"
            )

    @classmethod
    def unit(cls, moment: datetime, grain: Grain) -> Interval:
        """The unit of `grain` (day, ISO week, month, ...) that contains `moment`.

        >>> Interval.unit(datetime(2017, 9, 24, 22, tzinfo=timezone.utc), Grain.WEEK).value
        '2017-W38'
        """
        _require_aware("Interval.unit: moment", moment)
        start = unit_start(_local(moment), grain)
        try:
            end = unit_end(start, grain)
        except (OverflowError, ValueError):
            raise InvalidValueError(
                f"Interval.unit: the {grain.value} containing {moment.isoformat()} ends after "
                "9999-12-31, the last day dates can hold"
            ) from None
        return wall_interval(start, end, moment.tzinfo, grain)

    @classmethod
    def from_value(cls, value: str, tz: tzinfo = UTC) -> Interval:
        """The interval a TIMEX3 date or time value names, in zone `tz` unless it has one.

        Raises:
            ValueFormatError: `value` is malformed, or is not a fully specified date/time.

        >>> Interval.from_value("2017-09-24TEV").start.hour
        17
        """
        parsed = parse_value(value, tz)
        if not isinstance(parsed, Interval):
            kind = (
                "a vague reference" if isinstance(parsed, str) else _article(type(parsed).__name__)
            )
            raise ValueFormatError(value, f"expected a fully specified date or time, got {kind}")
        return parsed

    @property
    def value(self) -> str:
        """The TIMEX3 value of the unit of this interval's grain that contains its start."""
        return format_date_value(_local(self.start), self.end, self.grain)

    @property
    def duration(self) -> timedelta:
        """Elapsed time from start to end (absolute, so a DST day may be 23 or 25 hours)."""
        # Subtracting datetimes that share a tzinfo ignores DST; go through UTC.
        return self.end.astimezone(UTC) - self.start.astimezone(UTC)

    def contains(self, other: Interval | datetime) -> bool:
        """Whether `other` (an interval or a moment) lies wholly inside this interval.

        >>> Interval.from_value("2017-W38").contains(Interval.from_value("2017-09-24"))
        True
        """
        if isinstance(other, Interval):
            return self.start <= other.start and other.end <= self.end
        return self.start <= other < self.end

    def __contains__(self, other: object) -> bool:
        if not isinstance(other, Interval | datetime):
            return False
        return self.contains(other)

    def overlaps(self, other: Interval) -> bool:
        """Whether the two intervals share any moment."""
        return self.start < other.end and other.start < self.end

    def shift(self, count: int) -> Interval:
        """This interval moved by `count` units of its grain.

        Each end keeps its place on the wall clock in the unit it falls in (so DST-safe),
        and a whole unit moves to a whole unit however long the months are; hours and
        finer grains move in elapsed time.

        >>> january = Interval.from_value("2017-12").shift(1)
        >>> january.value, january.end.date()
        ('2018-01', datetime.date(2018, 2, 1))
        """
        zone = self.start.tzinfo
        if self.grain in (Grain.SECOND, Grain.MINUTE, Grain.HOUR):
            step = {Grain.SECOND: 1, Grain.MINUTE: 60, Grain.HOUR: 3600}[self.grain]
            delta = timedelta(seconds=step * count)
            return attrs.evolve(
                self,
                start=(self.start.astimezone(UTC) + delta).astimezone(zone),
                end=(self.end.astimezone(UTC) + delta).astimezone(zone),
            )
        try:
            (start_unit, start_offset), (end_unit, end_offset) = (
                _place(moment, zone, self.grain) for moment in (self.start, self.end)
            )
            start = _moved(start_unit, start_offset, self.grain, count)
            end = _moved(end_unit, end_offset, self.grain, count)
            if end <= start:
                # Both ends were clamped into a shorter unit (30-31 January moved to
                # February): keep the interval's own length rather than leave it empty.
                end = start + ((end_unit + end_offset) - (start_unit + start_offset))
            return wall_interval(start, end, zone, self.grain)
        except (OverflowError, ValueError):
            raise InvalidValueError(
                f"Interval.shift: {self.value} moved by {count} units of {self.grain.value} "
                "falls outside years 1-9999"
            ) from None


def _place(moment: datetime, zone: tzinfo | None, grain: Grain) -> tuple[datetime, timedelta]:
    """The start of the unit of `grain` holding `moment` (wall clock), and how far in it is.

    A moment that is the start of its unit is read as that start even where the clock
    skipped that wall time (a DST gap at midnight): else the hour the gap moved it by would
    be carried into every unit it is shifted to, and shifting back would not undo it.
    """
    wall = _local(moment.astimezone(zone))
    unit = unit_start(wall, grain)
    if real_moment(unit, zone).astimezone(UTC) == moment.astimezone(UTC):
        return unit, timedelta(0)
    return unit, wall - unit


def _moved(unit: datetime, offset: timedelta, grain: Grain, count: int) -> datetime:
    """The place `offset` into the unit `count` units of `grain` on from `unit`.

    Measured from its own unit, the end of a month stays the end of a month however long
    the months are; a place past the end of a shorter unit is clamped to its end.
    """
    moved = shift_start(unit, grain, count)
    return min(moved + offset, unit_end(moved, grain))


def _attach(moment: datetime, zone: tzinfo | None) -> datetime:
    return moment.replace(tzinfo=zone)


def utc_moment(moment: datetime, name: str) -> datetime:
    """`moment` in UTC; our error if UTC cannot hold it (year 1 in a zone east of UTC)."""
    try:
        return moment.astimezone(UTC)
    except OverflowError:
        raise InvalidValueError(
            f"{name}: expected a moment from 0001-01-01 to 9999-12-31 in UTC, "
            f"got {moment.isoformat()}, which is outside it"
        ) from None


def real_moment(wall: datetime, zone: tzinfo | None) -> datetime:
    """The moment a wall-clock time names in `zone`.

    A wall time the clock skips (the hour lost when DST begins) is read as the moment it
    would be had the clock not jumped: 01:30 in a gap from 01:00 to 02:00 is 02:30 after the
    change, as ``java.time`` and RFC 5545 read it. Every other wall time is itself (in a fold,
    the first of its two moments).
    """
    attached = wall.replace(tzinfo=zone)
    if zone is None or isinstance(zone, timezone):
        return attached
    moved = utc_moment(attached, "a moment").astimezone(zone)
    return attached if moved.replace(fold=0) == attached.replace(fold=0) else moved


def wall_interval(start: datetime, end: datetime, zone: tzinfo | None, grain: Grain) -> Interval:
    """The interval between two wall-clock times (naive datetimes) in `zone`.

    Each end is read by `real_moment`. Where a DST gap would leave the end no later than
    the start ("1:59 a.m." on the morning the clock skips from 1:00 to 2:00), the interval
    keeps its wall-clock length in elapsed time, so it is never empty or reversed.
    """
    first, last = real_moment(start, zone), real_moment(end, zone)
    if not utc_moment(first, "Interval.start") < utc_moment(last, "Interval.end"):
        try:
            last = (first.astimezone(UTC) + (end - start)).astimezone(zone)
        except OverflowError:
            raise InvalidValueError(
                f"Interval.end: the end of {start.isoformat()} to {end.isoformat()} in "
                f"{zone} falls outside the years 1 to 9999"
            ) from None
    return Interval(first, last, grain)


def _unit_end(start: datetime, grain: Grain, what: str) -> datetime:
    """Where the unit of `grain` starting at `start` ends; our error past the year 9999."""
    try:
        return unit_end(start, grain)
    except (OverflowError, ValueError):
        raise ValueFormatError(
            what, f"the {grain.value} it names ends after 9999-12-31, the last day dates can hold"
        ) from None


def _article(noun: str) -> str:
    return f"an {noun}" if noun[0] in "AEIOU" else f"a {noun}"


# --------------------------------------------------------------------------- Duration

_DURATION_DATE_UNITS = (
    ("CE", Grain.CENTURY),
    ("DE", Grain.DECADE),
    ("Y", Grain.YEAR),
    ("Q", Grain.QUARTER),
    ("M", Grain.MONTH),
    ("W", Grain.WEEK),
    ("WE", Grain.WEEKEND),
    ("D", Grain.DAY),
)
_DURATION_TIME_UNITS = (("H", Grain.HOUR), ("M", Grain.MINUTE), ("S", Grain.SECOND))
_DURATION_CODE = {grain: code for code, grain in _DURATION_DATE_UNITS + _DURATION_TIME_UNITS}
_DURATION_ORDER = [grain for _, grain in _DURATION_DATE_UNITS + _DURATION_TIME_UNITS]
_AMOUNT = r"(?:\d+(?:\.\d+)?|X)"
_DURATION_RE = re.compile(
    rf"P(?P<date>(?:{_AMOUNT}(?:CE|DE|WE|Y|Q|M|W|D))*)"
    rf"(?:T(?P<time>(?:{_AMOUNT}[HMS])+))?"
)
_DURATION_PART_RE = re.compile(rf"({_AMOUNT})(CE|DE|WE|Y|Q|M|W|D|H|S)")
_APPROX_SECONDS = {
    Grain.SECOND: 1.0,
    Grain.MINUTE: 60.0,
    Grain.HOUR: 3600.0,
    Grain.DAY: 86400.0,
    Grain.WEEKEND: 2 * 86400.0,
    Grain.WEEK: 7 * 86400.0,
    Grain.MONTH: 30.436875 * 86400,
    Grain.QUARTER: 3 * 30.436875 * 86400,
    Grain.YEAR: 365.2425 * 86400,
    Grain.DECADE: 3652.425 * 86400,
    Grain.CENTURY: 36524.25 * 86400,
}


def _check_parts(
    instance: object, attribute: attrs.Attribute[Any], parts: tuple[tuple[Grain, float | None], ...]
) -> None:
    if not isinstance(parts, tuple) or not parts:
        raise InvalidValueError(
            f"Duration.parts: expected a non-empty tuple of (Grain, amount) pairs, got {parts!r}"
        )
    previous = -1
    for part in parts:
        if not (isinstance(part, tuple) and len(part) == 2 and part[0] in _DURATION_CODE):
            raise InvalidValueError(
                "Duration.parts: expected (Grain, amount) pairs with a grain that has a "
                f"TIMEX3 duration unit, got {part!r}"
            )
        grain, amount = part
        if amount is not None and (
            isinstance(amount, bool)
            or not isinstance(amount, int | float)
            or not math.isfinite(amount)
            or amount < 0
        ):
            raise InvalidValueError(
                f"Duration.parts: expected a non-negative amount or None, got {amount!r}"
            )
        rank = _DURATION_ORDER.index(grain)
        if rank <= previous:
            raise InvalidValueError(
                f"Duration.parts: expected units from largest to smallest, each once, got {parts!r}"
            )
        previous = rank


@attrs.frozen
class Duration:
    """A length of time as TIMEX3 writes it: ``P3W``, ``PT2H``, ``P1Y6M``, ``PXW``.

    ``parts`` pairs each unit's grain with its amount, largest unit first; an amount of
    None is TIMEX3's ``X`` ("weeks": some number of weeks).

    >>> Duration.from_value("P1Y6M").parts
    ((Grain.YEAR, 1), (Grain.MONTH, 6))
    >>> Duration(((Grain.WEEK, None),)).value
    'PXW'
    """

    parts: tuple[tuple[Grain, float | None], ...] = attrs.field(validator=_check_parts)

    @classmethod
    def of(cls, amount: float | None, grain: Grain) -> Duration:
        """A duration of one unit: ``Duration.of(3, Grain.WEEK).value == 'P3W'``."""
        return cls(((grain, amount),))

    @classmethod
    def from_value(cls, value: str) -> Duration:
        """Parse a TIMEX3 duration value.

        Raises:
            ValueFormatError: `value` is not a duration like ``P3W`` or ``PT2H``.
        """
        if not isinstance(value, str):
            raise ValueFormatError(value, f"expected a str, got {type(value).__name__}")
        match = _DURATION_RE.fullmatch(value)
        if match is None or value in ("P", "PT") or value.endswith("T"):
            raise ValueFormatError(value, "expected a duration like P3W, PT2H, P1Y6M or PXD")
        parts: list[tuple[Grain, float | None]] = []
        sections = (
            (match["date"], _DURATION_DATE_UNITS),
            (match["time"] or "", _DURATION_TIME_UNITS),
        )
        for section, units in sections:
            codes = dict(units)
            for amount_text, code in _DURATION_PART_RE.findall(section):
                if code not in codes:
                    raise ValueFormatError(value, f"unit {code!r} is not allowed there")
                parts.append((codes[code], _amount(amount_text)))
        try:
            return cls(tuple(parts))
        except InvalidValueError as error:
            raise ValueFormatError(
                value, "units must go from largest to smallest, once each"
            ) from error

    @property
    def value(self) -> str:
        """The TIMEX3 value, e.g. ``P3W``."""
        date_part = "".join(
            _format_amount(amount) + _DURATION_CODE[grain]
            for grain, amount in self.parts
            if grain > Grain.HOUR
        )
        time_part = "".join(
            _format_amount(amount) + _DURATION_CODE[grain]
            for grain, amount in self.parts
            if grain <= Grain.HOUR
        )
        return "P" + date_part + ("T" + time_part if time_part else "")

    @property
    def approximate(self) -> timedelta | None:
        """The length in absolute time (months of 30.44 days), or None if an amount is X."""
        seconds = 0.0
        for grain, amount in self.parts:
            if amount is None:
                return None
            seconds += amount * _APPROX_SECONDS[grain]
        return timedelta(seconds=seconds)


def _amount(text: str) -> float | None:
    if text == "X":
        return None
    number = float(text)
    return int(number) if number.is_integer() and "." not in text else number


def _format_amount(amount: float | None) -> str:
    if amount is None:
        return "X"
    if float(amount).is_integer():
        return str(int(amount))
    return repr(float(amount))


# --------------------------------------------------------------------------- Pattern


def _optional_int(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise InvalidTypeError(f"Pattern.{attribute.name}: expected an int or None, got {value!r}")


@attrs.frozen
class Pattern:
    """A date or time with unknown parts (TIMEX3 ``X``): ``XXXX-WXX-5``, ``XXXX-XX-XX``.

    Sets ("every Friday") and expressions that cannot be anchored (a relative phrase with
    no publication date) have values like these. Fields that are None are unknown. A year
    before the common era is negative: ``BC0241`` has ``year == -241``.

    >>> Pattern.from_value("XXXX-WXX-5").weekday
    5
    """

    grain: Grain = attrs.field(validator=check_instance(Grain, "a Grain"))
    year: int | None = attrs.field(default=None, validator=_optional_int)
    month: int | None = attrs.field(default=None, validator=_optional_int)
    day: int | None = attrs.field(default=None, validator=_optional_int)
    week: int | None = attrs.field(default=None, validator=_optional_int)
    weekday: int | None = attrs.field(default=None, validator=_optional_int)
    quarter: int | None = attrs.field(default=None, validator=_optional_int)
    half: int | None = attrs.field(default=None, validator=_optional_int)
    season: str | None = None
    part_of_day: PartOfDay | None = None
    hour: int | None = attrs.field(default=None, validator=_optional_int)
    minute: int | None = attrs.field(default=None, validator=_optional_int)
    second: int | None = attrs.field(default=None, validator=_optional_int)

    @classmethod
    def from_value(cls, value: str) -> Pattern:
        """Parse a TIMEX3 date/time value that has unknown (``X``) parts.

        Raises:
            ValueFormatError: `value` is malformed or fully known (use `Interval`).
        """
        parsed = parse_value(value)
        if not isinstance(parsed, Pattern):
            raise ValueFormatError(value, "expected a date or time with X for unknown parts")
        return parsed

    @property
    def value(self) -> str:
        """The TIMEX3 value, with ``X`` for every unknown part."""
        return _format_pattern(self)


# --------------------------------------------------------------------------- Timex


def _to_type(value: object) -> TimexType:
    try:
        return TimexType(str(value))
    except ValueError:
        raise InvalidValueError(
            f"Timex.type: expected one of DATE, TIME, DURATION, SET, got {value!r}"
        ) from None


def _to_mod(value: object) -> Mod | None:
    if value is None:
        return None
    try:
        return Mod(str(value))
    except ValueError:
        raise InvalidValueError(
            f"Timex.mod: expected None or one of {', '.join(Mod)}, got {value!r}"
        ) from None


def check_span(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """attrs validator: None, or ``(start, end)`` character offsets with 0 <= start <= end."""
    if value is None:
        return
    if not (
        isinstance(value, tuple)
        and len(value) == 2
        and all(isinstance(i, int) and not isinstance(i, bool) for i in value)
        and 0 <= value[0] <= value[1]
    ):
        raise InvalidValueError(
            f"{type(instance).__name__}.{attribute.name}: expected None or (start, end) "
            f"offsets with 0 <= start <= end, got {value!r}"
        )


@attrs.frozen
class Timex(ShownInNotebooks):
    """A time expression and what it means: TIMEX3 type, value and mod, and its interval.

    ``interval`` is set for every date or time that names a stretch of time (for "late
    Sunday" it is the late part of that Sunday; the value names the whole day and the mod
    says which part), and for durations anchored in time ("the past three days"). It is
    None for vague references (``PAST_REF``), sets and free-floating durations.
    ``span`` is the expression's ``(start, end)`` character offsets in the text it was
    found in, when it was found in one; ``anchor`` is the moment it was resolved against
    (the publication date or the last date mentioned), None if it needed none.

    >>> Timex("last week", TimexType.DATE, "2017-W38").value
    '2017-W38'
    """

    text: str = attrs.field(validator=check_instance(str, "a str"))
    type: TimexType = attrs.field(converter=_to_type)
    value: str = attrs.field(validator=check_instance(str, "a TIMEX3 value string"))
    mod: Mod | None = attrs.field(default=None, converter=_to_mod)
    interval: Interval | None = attrs.field(
        default=None, validator=check_instance((Interval, NoneType), "an Interval or None")
    )
    span: tuple[int, int] | None = attrs.field(default=None, validator=check_span)
    anchor: datetime | None = attrs.field(
        default=None, validator=check_instance((datetime, NoneType), "a datetime or None")
    )
    quant: str | None = attrs.field(
        default=None, validator=check_instance((str, NoneType), "a str or None")
    )
    freq: str | None = attrs.field(
        default=None, validator=check_instance((str, NoneType), "a str or None")
    )

    @property
    def grain(self) -> Grain | None:
        """The grain of the interval, if there is one."""
        return None if self.interval is None else self.interval.grain

    def to_dict(self) -> dict[str, Any]:
        """The timex as a flat, JSON-ready record: one column each in a data frame.

        Keys: ``text``, ``type``, ``value``, ``mod``, ``interval_start``,
        ``interval_end`` (ISO datetimes), ``interval_grain`` (``"DAY"``), ``start`` and
        ``end`` (the span's offsets), ``anchor``, ``quant``, ``freq``, and any field
        added later; every key is there, None where the timex has nothing.

        >>> timex = Timex("last week", TimexType.DATE, "2017-W38", span=(10, 19))
        >>> row = timex.to_dict()
        >>> row["value"], row["start"], row["end"], row["interval_start"]
        ('2017-W38', 10, 19, None)
        """
        from .._records import record

        return record(self)

    def __rich__(self) -> TimexLine:
        """What rich shows: ``late Sunday → 2017-09-24 END · Sun 24 Sep 2017 16:00–24:00``."""
        # Imported here so that value types never pull rich in: `import timeline` stays
        # light, and only a caller who renders pays for rich.
        from .._render import TimexLine

        return TimexLine(self)


_SUBSECOND_OFFSET = re.compile(r"(?P<sign>[+-])00:00:(?P<seconds>\d\d)\.(?P<micro>\d{6})\Z")


def moment_text(moment: datetime) -> str:
    """An aware datetime as text that reads back exactly (see `moment_from_text`).

    ISO 8601 with its UTC offset, and, for a zone the ``zoneinfo`` database names, the name
    in brackets as RFC 9557 has it (``2017-03-26T02:59:00+01:00[Europe/London]``): the
    offset alone would lose the zone's DST rules.
    """
    text = moment.isoformat()
    zone = moment.tzinfo
    if isinstance(zone, ZoneInfo) and zone.key:
        text += f"[{zone.key}]"
    return text


def moment_from_text(text: str) -> datetime:
    """The datetime `moment_text` wrote; ValueError (with the reason) for anything else."""
    name = None
    if text.endswith("]") and "[" in text:
        text, name = text[:-1].split("[", 1)
    moment = datetime.fromisoformat(text)
    if moment.utcoffset() is None:
        raise ValueError(f"expected a UTC offset, got {text!r} without one")
    fraction = _SUBSECOND_OFFSET.search(text)
    if fraction is not None and not moment.utcoffset():
        # Python 3.11 reads an offset of less than a second ("+00:00:00.000074") as zero.
        sign = -1 if fraction["sign"] == "-" else 1
        offset = timedelta(seconds=int(fraction["seconds"]), microseconds=int(fraction["micro"]))
        moment = moment.replace(tzinfo=timezone(sign * offset))
    if name is None:
        return moment
    try:
        zone = ZoneInfo(name)
    except (ValueError, KeyError, OSError) as error:
        raise ValueError(f"unknown time zone {name!r} ({type(error).__name__})") from None
    try:
        return moment.astimezone(zone)
    except OverflowError:
        raise ValueError(f"{text} cannot be read in {name}: outside the years 1 to 9999") from None


def timex_data(timex: Timex) -> dict[str, Any]:
    """A Timex as plain JSON data: the one mapping the JSON formats share."""
    interval = timex.interval
    return {
        "text": timex.text,
        "type": timex.type.value,
        "value": timex.value,
        "mod": None if timex.mod is None else timex.mod.value,
        "interval": None
        if interval is None
        else {
            "start": moment_text(interval.start),
            "end": moment_text(interval.end),
            "grain": interval.grain.name,
        },
        "span": None if timex.span is None else list(timex.span),
        "anchor": None if timex.anchor is None else moment_text(timex.anchor),
        "quant": timex.quant,
        "freq": timex.freq,
    }


# --------------------------------------------------------------------------- the codec

_DATE_VALUE_RE = re.compile(
    r"""
    (?P<year>\d{4}|X{4}|\d{3}|X{3}|\d{2}|X{2})
    (?:-(?:
        (?P<month>\d{2}|XX)(?:-(?P<day>\d{2}|XX))?
      | W(?P<week>\d{2}|XX)(?:-(?P<weekday>[1-7X]|WE))?
      | Q(?P<quarter>[1-4X])
      | H(?P<half>[12X])
      | (?P<season>SP|SU|FA|WI)
    ))?
    (?:T(?:
        (?P<part>MO|AF|EV|NI|DT)
      | (?P<hour>\d{2}|XX)(?::(?P<minute>\d{2}|XX)(?::(?P<second>\d{2}|XX))?)?
    )(?P<zone>Z|[+-]\d{2}(?::?\d{2})?)?)?
    """,
    re.VERBOSE,
)
_SEASON_MONTH = {"WI": 12, "SP": 3, "SU": 6, "FA": 9}
_MONTH_SEASON = {month: season for season, month in _SEASON_MONTH.items()}


def parse_value(value: str, tz: tzinfo = UTC) -> Interval | Duration | Pattern | VagueReference:
    """Parse any TIMEX3 value into what it denotes.

    A fully specified date or time gives an `Interval` (in zone `tz` unless the value
    carries its own), a duration a `Duration`, a date with unknown parts a `Pattern`, and
    ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF`` a `VagueReference`.

    Raises:
        ValueFormatError: `value` is not a well-formed TIMEX3 value.

    >>> parse_value("2017-W38-WE").grain
    Grain.WEEKEND
    >>> parse_value("P3W").value
    'P3W'
    """
    if not isinstance(value, str):
        raise ValueFormatError(value, f"expected a str, got {type(value).__name__}")
    if value.startswith("P") and not value.endswith("_REF"):
        return Duration.from_value(value)
    if value in VagueReference.__members__:
        return VagueReference(value)
    if value.startswith("BC"):
        # A year before year 1: Python's calendar cannot hold it, so it is a Pattern whose
        # year is negative (BC0241 is -241).
        digits = value[2:]
        if len(digits) != 4 or not digits.isdigit() or digits == "0000":
            raise ValueFormatError(value, "expected a year before the common era like BC0241")
        return Pattern(Grain.YEAR, year=-int(digits))
    match = _DATE_VALUE_RE.fullmatch(value)
    if match is None:
        raise ValueFormatError(
            value,
            "expected a date like 2017-09-24, 2017-W38, 2017-Q1, 199 or 2017-09-24T15:00, "
            "a duration like P3W, or PRESENT_REF/PAST_REF/FUTURE_REF",
        )
    fields = match.groupdict()
    year_text = fields["year"]
    if len(year_text) < 4 and any(fields[k] for k in fields if k != "year"):
        raise ValueFormatError(value, "a decade or century cannot have months, weeks or times")
    has_day = fields["day"] or (fields["weekday"] and fields["weekday"] != "WE")
    if (fields["part"] or fields["hour"]) and not has_day:
        raise ValueFormatError(value, "a time of day needs a day (YYYY-MM-DD or YYYY-Www-D)")
    if "X" in value:
        return _parse_pattern(value, fields)
    zone = tz
    if fields["zone"]:
        zone = _parse_zone(value, fields["zone"])
    try:
        start, grain = _interval_start(fields)
    except ValueError as error:
        raise ValueFormatError(value, str(error)) from None
    if grain is Grain.PART_OF_DAY:
        part = PartOfDay(fields["part"])
        first, last = PART_OF_DAY_HOURS[part]
        begin = start + timedelta(hours=first)
        try:
            part_end = start + timedelta(hours=last)
        except OverflowError:
            raise ValueFormatError(
                value, "the night it names ends after 9999-12-31, the last day dates can hold"
            ) from None
        return _valued(value, begin, part_end, zone, grain)
    return _valued(value, start, _unit_end(start, grain, value), zone, grain)


def _valued(value: str, start: datetime, end: datetime, zone: tzinfo, grain: Grain) -> Interval:
    try:
        return wall_interval(start, end, zone, grain)
    except InvalidValueError as error:
        raise ValueFormatError(value, str(error)) from None


def _parse_zone(value: str, text: str) -> tzinfo:
    if text == "Z":
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:] or 0)
    if hours > 23 or minutes > 59:
        raise ValueFormatError(value, f"time zone offset {text!r} is out of range")
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _interval_start(fields: dict[str, str | None]) -> tuple[datetime, Grain]:
    year_text = fields["year"] or ""
    if len(year_text) == 3:
        return datetime(_year(int(year_text) * 10), 1, 1), Grain.DECADE
    if len(year_text) == 2:
        return datetime(_year(int(year_text) * 100), 1, 1), Grain.CENTURY
    year = _year(int(year_text))
    if fields["quarter"]:
        return datetime(year, int(fields["quarter"]) * 3 - 2, 1), Grain.QUARTER
    if fields["half"]:
        return datetime(year, 1 if fields["half"] == "1" else 7, 1), Grain.HALF
    if fields["season"]:
        # YYYY-WI is the winter whose January is in YYYY: it starts in December YYYY-1.
        season = fields["season"]
        start_year = year - 1 if season == "WI" else year
        return datetime(_year(start_year), _SEASON_MONTH[season], 1), Grain.SEASON
    if fields["week"]:
        week = int(fields["week"])
        try:
            monday = iso_week_start(year, week)
        except ValueError:
            raise ValueError(f"{year} has no ISO week {week}") from None
        weekday = fields["weekday"]
        if weekday is None:
            return datetime.combine(monday, datetime.min.time()), Grain.WEEK
        if weekday == "WE":
            return datetime.combine(monday + timedelta(days=5), datetime.min.time()), Grain.WEEKEND
        day = monday + timedelta(days=int(weekday) - 1)
    elif fields["month"]:
        month = int(fields["month"])
        if not 1 <= month <= 12:
            raise ValueError(f"month {month} is out of range 01-12")
        if fields["day"] is None:
            return datetime(year, month, 1), Grain.MONTH
        day_of_month = int(fields["day"])
        try:
            day = date(year, month, day_of_month)
        except ValueError:
            raise ValueError(f"{year:04d}-{month:02d} has no day {day_of_month}") from None
    else:
        return datetime(year, 1, 1), Grain.YEAR
    midnight = datetime.combine(day, datetime.min.time())
    if fields["part"]:
        return midnight, Grain.PART_OF_DAY
    if fields["hour"] is None:
        return midnight, Grain.DAY
    hour, minute = int(fields["hour"]), int(fields["minute"] or 0)
    second = int(fields["second"] or 0)
    if hour == 24 and minute == 0 and second == 0:
        # TimeML allows T24:00, the midnight that ends the day.
        hour, midnight = 0, midnight + timedelta(days=1)
    if hour > 23 or minute > 59 or second > 59:
        raise ValueError(f"time {hour:02}:{minute:02}:{second:02} is out of range")
    moment = midnight.replace(hour=hour, minute=minute, second=second)
    if fields["second"]:
        return moment, Grain.SECOND
    return moment, Grain.MINUTE if fields["minute"] else Grain.HOUR


def _year(year: int) -> int:
    if year < 1:
        raise ValueError("year 0 does not exist (TIMEX3 years run from 0001)")
    return year


def _parse_pattern(value: str, fields: dict[str, str | None]) -> Pattern:
    def number(key: str) -> int | None:
        text = fields[key]
        return None if text is None or "X" in text else int(text)

    year_text = fields["year"] or ""
    grain = Grain.YEAR
    if len(year_text) == 3:
        grain = Grain.DECADE
    elif len(year_text) == 2:
        grain = Grain.CENTURY
    year = None if "X" in year_text else int(year_text) * 10 ** (4 - len(year_text))
    weekday_text = fields["weekday"]
    for key, key_grain in (
        ("month", Grain.MONTH),
        ("week", Grain.WEEK),
        ("quarter", Grain.QUARTER),
        ("half", Grain.HALF),
        ("season", Grain.SEASON),
        ("day", Grain.DAY),
        ("part", Grain.PART_OF_DAY),
        ("hour", Grain.HOUR),
        ("minute", Grain.MINUTE),
        ("second", Grain.SECOND),
    ):
        if fields[key] is not None:
            grain = key_grain
        if key == "week" and weekday_text is not None:
            grain = Grain.WEEKEND if weekday_text == "WE" else Grain.DAY
    if fields["zone"]:
        raise ValueFormatError(value, "a time with unknown parts cannot carry a time zone")
    return Pattern(
        grain=grain,
        year=year,
        month=number("month"),
        day=number("day"),
        week=number("week"),
        weekday=None if weekday_text in (None, "X", "WE") else int(weekday_text or 0),
        quarter=number("quarter"),
        half=number("half"),
        season=fields["season"],
        part_of_day=PartOfDay(fields["part"]) if fields["part"] else None,
        hour=number("hour"),
        minute=number("minute"),
        second=number("second"),
    )


def format_date_value(start: datetime, end: datetime, grain: Grain) -> str:
    year = start.year
    if grain is Grain.CENTURY:
        return f"{year // 100:02d}"
    if grain is Grain.DECADE:
        return f"{year // 10:03d}"
    if grain is Grain.YEAR:
        return f"{year:04d}"
    if grain is Grain.HALF:
        return f"{year:04d}-H{1 if start.month <= 6 else 2}"
    if grain is Grain.QUARTER:
        return f"{year:04d}-Q{(start.month - 1) // 3 + 1}"
    if grain is Grain.SEASON:
        season_start = unit_start(start, Grain.SEASON)
        season = _MONTH_SEASON[season_start.month]
        season_year = season_start.year + 1 if season == "WI" else season_start.year
        return f"{season_year:04d}-{season}"
    if grain is Grain.MONTH:
        return f"{year:04d}-{start.month:02d}"
    if grain in (Grain.WEEK, Grain.WEEKEND):
        iso_year, week, _ = start.isocalendar()
        suffix = "-WE" if grain is Grain.WEEKEND else ""
        return f"{iso_year:04d}-W{week:02d}{suffix}"
    day_text = f"{year:04d}-{start.month:02d}-{start.day:02d}"
    if grain is Grain.DAY:
        return day_text
    if grain is Grain.PART_OF_DAY:
        part_day, part = _part_named(start, end)
        return f"{part_day.isoformat()}T{part.value}"
    if grain is Grain.HOUR:
        return f"{day_text}T{start.hour:02d}"
    if grain is Grain.MINUTE:
        return f"{day_text}T{start.hour:02d}:{start.minute:02d}"
    return f"{day_text}T{start.hour:02d}:{start.minute:02d}:{start.second:02d}"


def _part_named(start: datetime, end: datetime) -> tuple[date, PartOfDay]:
    # Daytime overlaps morning and afternoon, so look for an exact match first.
    day = start.date()
    local_end = _local(end.astimezone(start.tzinfo)) if end.tzinfo else end
    hours = (
        start.hour,
        round((local_end - datetime.combine(day, datetime.min.time())).total_seconds() / 3600),
    )
    for part, bounds in PART_OF_DAY_HOURS.items():
        if bounds == hours:
            return day, part
    return part_of_day_at(start)


def _format_pattern(pattern: Pattern) -> str:
    def two(number: int | None) -> str:
        return "XX" if number is None else f"{number:02d}"

    grain = pattern.grain
    year = pattern.year
    if year is not None and year < 0:
        return f"BC{-year:04d}"
    if grain is Grain.CENTURY:
        return "XX" if year is None else f"{year // 100:02d}"
    if grain is Grain.DECADE:
        return "XXX" if year is None else f"{year // 10:03d}"
    text = "XXXX" if year is None else f"{year:04d}"
    if pattern.quarter is not None or (grain is Grain.QUARTER):
        return f"{text}-Q{'X' if pattern.quarter is None else pattern.quarter}"
    if pattern.half is not None or grain is Grain.HALF:
        return f"{text}-H{'X' if pattern.half is None else pattern.half}"
    if pattern.season is not None:
        return f"{text}-{pattern.season}"
    if grain is Grain.YEAR:
        return text
    if (
        pattern.week is not None
        or grain in (Grain.WEEK, Grain.WEEKEND)
        or (pattern.weekday is not None and pattern.month is None and pattern.day is None)
    ):
        text += f"-W{two(pattern.week)}"
        if grain is Grain.WEEKEND:
            return text + "-WE"
        if grain is Grain.WEEK:
            return text
        text += f"-{'X' if pattern.weekday is None else pattern.weekday}"
    else:
        text += f"-{two(pattern.month)}"
        if grain is Grain.MONTH:
            return text
        text += f"-{two(pattern.day)}"
    if grain is Grain.DAY:
        return text
    if pattern.part_of_day is not None:
        return f"{text}T{pattern.part_of_day.value}"
    text += f"T{two(pattern.hour)}"
    if grain is Grain.HOUR:
        return text
    text += f":{two(pattern.minute)}"
    if grain is Grain.MINUTE:
        return text
    return text + f":{two(pattern.second)}"
