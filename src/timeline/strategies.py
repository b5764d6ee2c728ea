"""Hypothesis strategies for timeline's types, for our tests and for yours.

>>> from hypothesis import given
>>> from timeline.strategies import timelines
>>> @given(timelines())
... def test_every_event_is_ordered(timeline):
...     assert len(timeline.ordered()) == len(timeline)
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo

from hypothesis import strategies as st

from ._errors import InvalidValueError
from ._events import Event, Timeline, registered_relations
from ._time import Grain, Interval, Timex, TimexType

__all__ = ["events", "intervals", "relation_names", "timelines", "timexes"]

_DATE_GRAINS = tuple(grain for grain in Grain if grain >= Grain.DAY)


def _check_years(min_year: int, max_year: int) -> None:
    if not 1 <= min_year <= max_year <= 9998:
        raise InvalidValueError(
            f"expected 1 <= min_year <= max_year <= 9998, got {min_year!r} and {max_year!r}"
        )


def _units(
    earliest: datetime, latest: datetime, grains: Sequence[Grain], tz: tzinfo
) -> st.SearchStrategy[Interval]:
    moments = st.datetimes(min_value=earliest, max_value=latest, timezones=st.just(tz))
    return st.builds(Interval.unit, moments, st.sampled_from(list(grains)))


def _timex(interval: Interval) -> Timex:
    kind = TimexType.TIME if interval.grain <= Grain.PART_OF_DAY else TimexType.DATE
    return Timex(interval.value, kind, interval.value, interval=interval)


def intervals(
    *,
    grains: Sequence[Grain] | None = None,
    min_year: int = 1900,
    max_year: int = 2100,
    tz: tzinfo | None = None,
) -> st.SearchStrategy[Interval]:
    """Whole calendar units (a day, an ISO week, a month, ...) as intervals."""
    _check_years(min_year, max_year)
    chosen = list(grains) if grains is not None else list(_DATE_GRAINS)
    if not chosen or not all(isinstance(grain, Grain) for grain in chosen):
        raise InvalidValueError(f"intervals: expected a non-empty list of Grains, got {grains!r}")
    return _units(datetime(min_year, 1, 1), datetime(max_year, 12, 31, 23, 59), chosen, tz or UTC)


def timexes(*, min_year: int = 1900, max_year: int = 2100) -> st.SearchStrategy[Timex]:
    """Timexes whose value and interval agree."""
    return intervals(min_year=min_year, max_year=max_year).map(_timex)


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
) -> st.SearchStrategy[Timeline]:
    """Timelines of up to `max_events` events dated within `days` before `published`.

    Links join random events with any registered relation, so many timelines hold
    conflicts; dates are days, weeks or none, so events often overlap.

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
    first = datetime.combine(published - timedelta(days=days), datetime.min.time())
    last = datetime.combine(published, datetime.min.time())
    dates = st.none() | _units(first, last, (Grain.DAY, Grain.WEEK), UTC).map(_timex)
    return _timelines(max_events, max_links, published, dates)


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
            timeline.link(source, draw(relation_names()), target)
    return timeline
