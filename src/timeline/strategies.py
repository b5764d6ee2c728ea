"""Hypothesis strategies for `timeline`'s values, for our tests and for yours.

>>> from hypothesis import given
>>> from timeline import Interval
>>> from timeline.strategies import intervals
>>> @given(intervals())
... def test_value_round_trips(interval):
...     assert Interval.from_value(interval.value, interval.start.tzinfo) == interval
>>> test_value_round_trips()

>>> from timeline.strategies import timelines
>>> @given(timelines())
... def test_every_event_is_ordered(timeline):
...     assert len(timeline.ordered()) == len(timeline)
>>> test_every_event_is_ordered()

Every strategy validates its arguments when called, not when drawn from. They are also
registered with hypothesis, so ``st.from_type(Interval)`` works.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo

from hypothesis import strategies as st

from ._errors import InvalidValueError
from ._events import Event, Timeline, registered_relations
from ._time import Duration, Grain, Interval, Mod, Timex, TimexType
from ._timeml import Document

__all__ = [
    "dst_moments",
    "durations",
    "edge_dates",
    "events",
    "grains",
    "intervals",
    "line_broken_texts",
    "publication_dates",
    "relation_names",
    "time_zones",
    "timelines",
    "timeml_documents",
    "timexes",
    "xml_texts",
]

_DATE_GRAINS = tuple(grain for grain in Grain if grain >= Grain.DAY)


def grains(
    *, min_grain: Grain = Grain.SECOND, max_grain: Grain = Grain.CENTURY
) -> st.SearchStrategy[Grain]:
    """Grains from `min_grain` to `max_grain` inclusive."""
    _check_grain_range(min_grain, max_grain)
    return st.sampled_from([grain for grain in Grain if min_grain <= grain <= max_grain])


def time_zones(*, all_named: bool = False, odd_offsets: bool = False) -> st.SearchStrategy[tzinfo]:
    """UTC, fixed offsets, and (where the system has the tz database) zones with DST.

    Args:
        all_named: draw named zones from every zone the ``zoneinfo`` database names, not
            only a few common ones with DST.
        odd_offsets: fixed offsets may have seconds and microseconds (as zones had before
            standard time), not only whole minutes.
    """
    minutes = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
        lambda count: timezone(timedelta(minutes=count))
    )
    odd = st.timedeltas(
        min_value=-timedelta(hours=23, minutes=59), max_value=timedelta(hours=23, minutes=59)
    ).map(timezone)
    fixed = st.one_of(minutes, odd) if odd_offsets else minutes
    named: list[tzinfo] = []
    try:
        from zoneinfo import ZoneInfo

        named = [ZoneInfo(name) for name in _COMMON_ZONES]
    except Exception:  # pragma: no cover - only without a tz database
        named = []
    choices: list[st.SearchStrategy[tzinfo]] = [st.just(UTC), fixed]
    choices += [st.just(zone) for zone in named]
    if all_named and named:
        choices.append(_named_zones())
    return st.one_of(*choices)


_COMMON_ZONES = ("Europe/London", "America/New_York", "Australia/Sydney", "Asia/Kolkata")
# Zones whose clocks change in the awkward ways: at midnight (Santiago, Havana, Beirut),
# by half an hour (Lord Howe), backwards in summer (Dublin, Casablanca), by two hours
# (Troll), skipping a whole day (Apia, 2011), far from UTC (Chatham, Kiritimati).
_AWKWARD_ZONES = (
    "Europe/London", "America/New_York", "America/Santiago", "America/Havana",
    "Asia/Beirut", "Australia/Lord_Howe", "Europe/Dublin", "Africa/Casablanca",
    "Antarctica/Troll", "Pacific/Apia", "Pacific/Chatham", "America/St_Johns",
    "Asia/Tehran", "Pacific/Kiritimati",
)  # fmt: skip


def _named_zones() -> st.SearchStrategy[tzinfo]:
    from zoneinfo import ZoneInfo

    return st.timezone_keys(allow_prefix=False).map(ZoneInfo)


@functools.lru_cache(maxsize=4096)
def _transitions(zone: tzinfo, year: int) -> tuple[datetime, ...]:
    """The moments (in UTC) in `year` when `zone`'s offset from UTC changes."""
    step = timedelta(days=1)  # (two changes within a day that cancel out are missed)
    found = []
    moment = datetime(year, 1, 1, tzinfo=UTC)
    offset = moment.astimezone(zone).utcoffset()
    while moment.year == year and moment < datetime(9999, 12, 31, tzinfo=UTC):
        following = moment + step
        new_offset = following.astimezone(zone).utcoffset()
        if new_offset != offset:
            low, high = moment, following  # the change is in (low, high]
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                if middle.astimezone(zone).utcoffset() == offset:
                    low = middle
                else:
                    high = middle
            found.append(high.replace(microsecond=0))
        moment, offset = following, new_offset
    return tuple(found)


def dst_moments(
    *, min_year: int = 1970, max_year: int = 2037, wall_clock: bool = True
) -> st.SearchStrategy[datetime]:
    """Aware moments within three hours of a change of a named zone's UTC offset.

    They fall in DST gaps and folds (``fold=1`` for the second of two equal wall times),
    in zones where the clock changes at midnight, by half an hour, or skips a day.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(dst_moments())
    ... def test_a_day_there_is_never_empty(moment):
    ...     assert Interval.unit(moment, Grain.DAY).duration > timedelta(0)
    >>> test_a_day_there_is_never_empty()

    Args:
        min_year, max_year: the years the change happens in.
        wall_clock: also draw wall-clock times the clock skips (in a gap), attached to the
            zone as they are: what a caller writing ``datetime(..., tzinfo=zone)`` gets.
    """
    _check_years(min_year, max_year)
    from zoneinfo import ZoneInfo

    zones = st.sampled_from(_AWKWARD_ZONES).map(ZoneInfo) | _named_zones()

    @st.composite
    def build(draw: st.DrawFn) -> datetime:
        zone = draw(zones)
        year = draw(st.integers(min_year, max_year))
        changes = _transitions(zone, year)
        if not changes:  # a zone without DST that year: London's, in a year it had DST
            zone = ZoneInfo("Europe/London")
            changes = _transitions(zone, year) or _transitions(zone, 2017)
        change = draw(st.sampled_from(changes))
        seconds = draw(st.integers(-3 * 3600, 3 * 3600))
        moment = (change + timedelta(seconds=seconds)).astimezone(zone)
        if wall_clock and draw(st.booleans()):
            # The wall clock as it read before the change, carried on past it: in a gap
            # these times do not exist; in a fold they are the first of two.
            before = (change - timedelta(seconds=1)).astimezone(zone)
            wall = before.replace(tzinfo=None) + timedelta(seconds=1 + max(seconds, 0))
            return wall.replace(tzinfo=zone)
        return moment

    return build()


def edge_dates(*, days: int = 40) -> st.SearchStrategy[date]:
    """Dates within `days` of the calendar's ends, 0001-01-01 and 9999-12-31.

    >>> from hypothesis import given, settings
    >>> from timeline import TimelineError, parse_value
    >>> @settings(max_examples=20)
    ... @given(edge_dates())
    ... def test_a_value_is_read_or_refused(day):
    ...     try:
    ...         parse_value(day.isoformat())
    ...     except TimelineError:
    ...         pass
    >>> test_a_value_is_read_or_refused()
    """
    if not isinstance(days, int) or not 1 <= days <= 3000:
        raise InvalidValueError(f"edge_dates: expected 1 <= days <= 3000, got {days!r}")
    return st.dates(date.min, date.min + timedelta(days=days)) | st.dates(
        date.max - timedelta(days=days), date.max
    )


# Every line ending `str.splitlines` knows, CRLF included.
_LINE_BREAKS = ("\n", "\r", "\r\n", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")
_NEWS_PHRASES = (
    "late Sunday", "next week", "on Monday", "at 3 p.m.", "two days later", "last year",
    "the following day", "Sept. 21", "since March 2011", "this morning", "in 1990",
    "Officials said", "talks will resume", "the ministry reported", "fighting",
    "about three weeks", "tonight", "by Friday", "a year ago", "the 1990s",
)  # fmt: skip


def line_broken_texts(*, max_lines: int = 6) -> st.SearchStrategy[str]:
    """News-like text whose lines end with any line break `str.splitlines` knows.

    Phrases of time often stand on both sides of a break ("late Sunday\\rnext week"), so a
    tagger that lets an expression run across one is caught.

    >>> from hypothesis import given, settings
    >>> from timeline import tag
    >>> @settings(max_examples=20)
    ... @given(line_broken_texts())
    ... def test_no_expression_crosses_a_line(text):
    ...     assert all(len(found.text.splitlines()) == 1 for found in tag(text, None))
    >>> test_no_expression_crosses_a_line()
    """
    if not isinstance(max_lines, int) or max_lines < 1:
        raise InvalidValueError(f"line_broken_texts: expected max_lines >= 1, got {max_lines!r}")
    words = st.lists(
        st.sampled_from(_NEWS_PHRASES) | st.text(max_size=6), min_size=1, max_size=5
    ).map(" ".join)
    lines = st.lists(
        st.tuples(words, st.sampled_from(_LINE_BREAKS)), min_size=1, max_size=max_lines
    )
    return lines.map(lambda pairs: "".join(line + end for line, end in pairs))


def publication_dates(*, min_year: int = 1990, max_year: int = 2060) -> st.SearchStrategy[date]:
    """Publication days between two years inclusive."""
    _check_years(min_year, max_year)
    return st.dates(date(min_year, 1, 1), date(max_year, 12, 31))


def intervals(
    *,
    grains: Sequence[Grain] | None = None,
    min_year: int = 1900,
    max_year: int = 2100,
    tz: tzinfo | None = None,
) -> st.SearchStrategy[Interval]:
    """Whole calendar units (a day, an ISO week, a quarter, ...) as intervals.

    Args:
        grains: which grains to draw from (default: all of them).
        min_year, max_year: the range of years the unit starts in.
        tz: the zone of the interval (default: drawn from `time_zones()`).
    """
    _check_years(min_year, max_year)
    chosen = tuple(Grain) if grains is None else tuple(grains)
    if not chosen or not all(isinstance(grain, Grain) for grain in chosen):
        raise InvalidValueError(
            f"intervals: expected a non-empty sequence of Grain, got {grains!r}"
        )
    zones = time_zones() if tz is None else st.just(tz)

    @st.composite
    def build(draw: st.DrawFn) -> Interval:
        grain = draw(st.sampled_from(chosen))
        zone = draw(zones)
        # Keep clear of the year edges, where a unit could start outside the range.
        moment = draw(st.datetimes(datetime(min_year, 1, 1), datetime(max_year, 12, 31)))
        return Interval.unit(moment.replace(tzinfo=zone), grain)

    return build()


def durations(*, max_parts: int = 3) -> st.SearchStrategy[Duration]:
    """TIMEX3 durations with one to `max_parts` units, some amounts unknown (X)."""
    if not 1 <= max_parts <= 10:
        raise InvalidValueError(f"durations: expected 1 <= max_parts <= 10, got {max_parts!r}")
    units = [grain for grain in Grain if grain not in (Grain.PART_OF_DAY, Grain.HALF, Grain.SEASON)]
    amounts = st.one_of(
        st.none(),
        st.integers(min_value=0, max_value=10_000),
        st.integers(min_value=1, max_value=999).map(lambda tenths: tenths / 10),
    )

    @st.composite
    def build(draw: st.DrawFn) -> Duration:
        chosen = draw(st.lists(st.sampled_from(units), min_size=1, max_size=max_parts, unique=True))
        chosen.sort(reverse=True)
        return Duration(tuple((grain, draw(amounts)) for grain in chosen))

    return build()


def timexes(*, min_year: int = 1900, max_year: int = 2100) -> st.SearchStrategy[Timex]:
    """Timexes whose value and interval agree: dates, times and durations."""
    _check_years(min_year, max_year)
    dated = intervals(min_year=min_year, max_year=max_year).map(
        lambda interval: Timex(
            interval.value,
            TimexType.TIME if interval.grain <= Grain.PART_OF_DAY else TimexType.DATE,
            interval.value,
            interval=interval,
        )
    )
    lengths = durations().map(
        lambda duration: Timex(duration.value, TimexType.DURATION, duration.value)
    )
    return st.one_of(dated, lengths)


def _check_years(min_year: int, max_year: int) -> None:
    if not (
        isinstance(min_year, int)
        and isinstance(max_year, int)
        and 2 <= min_year <= max_year <= 9800
    ):
        raise InvalidValueError(
            f"expected years with 2 <= min_year <= max_year <= 9800, got {min_year!r}, {max_year!r}"
        )


def _check_grain_range(min_grain: Grain, max_grain: Grain) -> None:
    if not (
        isinstance(min_grain, Grain) and isinstance(max_grain, Grain) and min_grain <= max_grain
    ):
        raise InvalidValueError(
            f"expected Grain bounds with min_grain <= max_grain, got {min_grain!r}, {max_grain!r}"
        )


# XML 1.0 can carry every character except C0 controls other than tab, newline and
# carriage return, lone surrogates, and U+FFFE/U+FFFF.
_XML_CHARACTERS = st.characters(
    codec="utf-8",
    exclude_categories=["Cs"],
    exclude_characters="\ufffe\uffff",
).filter(lambda char: char in "\t\n\r" or ord(char) >= 0x20)
# Characters that need care when written: markup, entity and line-ending characters.
_AWKWARD = st.sampled_from(["&", "<", ">", '"', "'", "\r", "\r\n", "\n", "\t", "]]>", " "])

_VALUES = st.sampled_from(
    ["2017-09-25", "2017-W38", "2017-09-24TEV", "P3W", "PXD", "PAST_REF", "XXXX-WXX-5",
     "2016", "199", "PY5", "03-02-2009", "FY2007", "null", ""]
)  # fmt: skip


def xml_texts(*, min_size: int = 0, max_size: int | None = None) -> st.SearchStrategy[str]:
    """Texts that XML 1.0 can carry, rich in ``&``, ``<``, ``>``, quotes and line endings."""
    if min_size < 0:
        raise InvalidValueError(f"xml_texts: expected min_size >= 0, got {min_size}")
    pieces = st.one_of(_AWKWARD, st.text(_XML_CHARACTERS, min_size=1, max_size=8))
    return (
        st.lists(pieces, max_size=max_size)
        .map("".join)
        .filter(lambda text: len(text) >= min_size and (max_size is None or len(text) <= max_size))
    )


@st.composite
def _nested_spans(draw: st.DrawFn, length: int) -> list[tuple[int, int]]:
    """Spans inside ``[0, length]`` that never cross (they may nest, touch or be empty)."""
    spans: list[tuple[int, int]] = []

    def fill(start: int, end: int, depth: int) -> None:
        cuts = sorted(draw(st.lists(st.integers(start, end), max_size=6 if depth == 0 else 2)))
        for first, second in zip(cuts[::2], cuts[1::2], strict=False):
            spans.append((first, second))
            if depth < 2 and second > first and draw(st.booleans()):
                fill(first, second, depth + 1)

    fill(0, length, 0)
    return sorted(spans, key=lambda span: (span[0], -span[1]))


@st.composite
def timeml_documents(draw: st.DrawFn) -> Document:
    """TimeML documents: awkward text, nested TIMEX3 spans, odd values, maybe a DCT.

    Every document can be written and read back unchanged: its timexes are in text order
    and carry the attributes `to_string` writes.
    """
    text = draw(xml_texts(max_size=200))
    timexes = [
        Timex(
            text[start:end],
            draw(st.sampled_from(TimexType)),
            draw(_VALUES),
            draw(st.none() | st.sampled_from(Mod)),
            span=(start, end),
        )
        for start, end in draw(_nested_spans(len(text)))
    ]
    published = draw(st.none() | st.dates())
    doc_id = draw(st.none() | xml_texts(min_size=1, max_size=20))
    return Document.from_timexes(text, timexes, published=published, doc_id=doc_id)


# --------------------------------------------------------------------------- events


def _units(
    earliest: datetime, latest: datetime, grains: Sequence[Grain], tz: tzinfo
) -> st.SearchStrategy[Interval]:
    moments = st.datetimes(min_value=earliest, max_value=latest, timezones=st.just(tz))
    return st.builds(Interval.unit, moments, st.sampled_from(list(grains)))


def _timex(interval: Interval) -> Timex:
    kind = TimexType.TIME if interval.grain <= Grain.PART_OF_DAY else TimexType.DATE
    return Timex(interval.value, kind, interval.value, interval=interval)


def relation_names() -> st.SearchStrategy[str]:
    """Names of the relations registered when the strategy is drawn from."""
    return st.builds(lambda: [relation.name for relation in registered_relations()]).flatmap(
        st.sampled_from
    )


_WORDS = st.sampled_from(
    ["shelling", "strike", "statement", "denial", "blame", "report", "warning", "capture"]
)


@st.composite
def events(
    draw: st.DrawFn,
    *,
    ids: st.SearchStrategy[str] | None = None,
    when: st.SearchStrategy[Timex | None] | None = None,
) -> Event:
    """Events with a short description, maybe a date, actors and a source."""
    event_id = draw(
        ids if ids is not None else st.from_regex(r"[a-z][a-z0-9]{0,5}", fullmatch=True)
    )
    return Event(
        event_id,
        draw(_WORDS),
        draw(when if when is not None else st.none() | timexes(min_year=2000, max_year=2030)),
        tuple(draw(st.lists(st.sampled_from(["Moscow", "Washington", "the militia"]), max_size=2))),
        draw(st.none() | st.sampled_from(["Tass", "RIA", "a statement"])),
        draw(
            st.none()
            | st.tuples(st.integers(0, 500), st.integers(0, 50)).map(
                lambda pair: (pair[0], pair[0] + pair[1])
            )
        ),
    )


def timelines(
    *,
    max_events: int = 8,
    max_links: int = 12,
    published: date = date(2017, 9, 25),
    days: int = 10,
    moments: st.SearchStrategy[datetime] | None = None,
) -> st.SearchStrategy[Timeline]:
    """Timelines of up to `max_events` events dated within `days` before `published`.

    Links join random events with any registered relation, so many timelines hold
    conflicts; dates are days, weeks or none, so events often overlap.

    With `moments` (aware datetimes, such as `dst_moments()`), each timeline is published
    at a moment drawn from it instead, and its events are dated in that moment's zone, to
    the week, day, hour, minute or second, in the `days` around it.

    Raises:
        InvalidValueError: a size is negative (raised when called, not when drawn).

    >>> from hypothesis import given
    >>> @given(timelines(max_events=3))
    ... def test_json_round_trip(timeline):
    ...     assert Timeline.from_json(timeline.to_json()) == timeline
    >>> test_json_round_trip()
    """
    if max_events < 0 or max_links < 0 or days < 1:
        raise InvalidValueError(
            "timelines: expected max_events >= 0, max_links >= 0 and days >= 1, got "
            f"{max_events}, {max_links} and {days}"
        )
    if moments is not None:
        return moments.flatmap(
            lambda moment: _timelines(
                max_events, max_links, moment, st.none() | _units_around(moment, days).map(_timex)
            )
        )
    first = datetime.combine(published - timedelta(days=days), datetime.min.time())
    last = datetime.combine(published, datetime.min.time())
    dates = st.none() | _units(first, last, (Grain.DAY, Grain.WEEK), UTC).map(_timex)
    return _timelines(max_events, max_links, published, dates)


def _units_around(moment: datetime, days: int) -> st.SearchStrategy[Interval]:
    zone = moment.tzinfo
    assert zone is not None
    wall = moment.replace(tzinfo=None)
    span = timedelta(days=days)
    first = wall - span if wall - datetime.min > span else datetime.min
    last = wall + span if datetime.max - wall > span else datetime.max
    grains = (Grain.WEEK, Grain.DAY, Grain.HOUR, Grain.MINUTE, Grain.SECOND)
    return _units(first, last, grains, zone)


@st.composite
def _timelines(
    draw: st.DrawFn,
    max_events: int,
    max_links: int,
    published: date,
    dates: st.SearchStrategy[Timex | None],
) -> Timeline:
    timeline = Timeline(published=published)
    for _ in range(draw(st.integers(0, max_events))):
        event = draw(events(ids=st.just(f"e{len(timeline) + 1}"), when=dates))
        timeline.add(
            event.description,
            event.when,
            actors=event.actors,
            source=event.source,
            span=event.span,
            id=event.id,
        )
    ids = [event.id for event in timeline]
    if ids:
        for _ in range(draw(st.integers(0, max_links))):
            source, target = draw(st.sampled_from(ids)), draw(st.sampled_from(ids))
            timeline.link(source, draw(relation_names()), target, inferred=draw(st.booleans()))
    return timeline
