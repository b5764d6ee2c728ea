"""`Timeline`: events and typed links, ordered, chained and checked for contradictions."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from datetime import UTC, date, datetime, tzinfo
from typing import TYPE_CHECKING, Any, cast

import attrs

from .._errors import (
    InvalidTypeError,
    InvalidValueError,
    ParseError,
    TimelineError,
    TimelineFormatError,
    UnknownEventError,
)
from .._notebook import ShownInNotebooks
from .._time import Grain, Interval, Timex, TimexType
from .._time._model import as_real_moment
from .._time._published import coerce_date
from . import _json
from ._analysis import Analysis, analyse, checked
from ._conflicts import conflicts as find_conflicts
from ._graph import UNASSERTED, PointGraph, compile_relation, event_bounds
from ._model import Bounds, Chain, Conflict, Event, EventClass, Factuality, Link, Polarity
from ._order import bounds as find_bounds
from ._order import chains as find_chains
from ._order import order, possible_relations
from ._relations import Relation, lookup_relation

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderResult
    from rich.measure import Measurement

__all__ = ["Timeline"]

_TIME_GRAINS = (Grain.SECOND, Grain.MINUTE, Grain.HOUR, Grain.PART_OF_DAY)


def _to_published(value: date | str | None) -> date | None:
    # An ISO string (from JSON Lines, CSV, a data frame) reads as the date it writes.
    published = coerce_date(value, "Timeline.published") if isinstance(value, str) else value
    return _as_real_publication(published)


def _check_published(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, date):
        raise InvalidTypeError(
            "Timeline.published: expected a date, a timezone-aware datetime or None, "
            f"got {type(value).__name__} {value!r}"
        )
    if isinstance(value, datetime) and value.utcoffset() is None:
        raise InvalidValueError(
            "Timeline.published: expected a timezone-aware datetime (or a date), "
            f"got naive {value.isoformat()}; nothing here guesses a time zone"
        )
    try:
        _day_or_moment(value)
    except TimelineError as error:
        raise InvalidValueError(
            f"Timeline.published: expected a date or moment whose day the calendar can hold "
            f"(0001-01-01 to 9999-12-30), got {value.isoformat()}: {error}"
        ) from None


def _as_real_publication(value: date | None) -> date | None:
    # A moment in a DST gap or with a needless fold is read as the moment it names, as
    # interval ends are, so that it reads back from JSON as it was given.
    return as_real_moment(value) if isinstance(value, datetime) else value


def _day_or_moment(published: date) -> Interval:
    """The interval the publication date names: its day, or its second."""
    if isinstance(published, datetime):
        return Interval.unit(published, Grain.SECOND)
    return Interval.from_value(published.isoformat(), UTC)


@attrs.define
class Timeline(ShownInNotebooks):
    """The events of a story and the typed links between them.

    ``published`` is the story's publication date (a date, or an aware datetime whose
    zone then dates the events; an ISO string such as ``"2017-09-25"`` is read as one);
    phrases like "late Sunday" are resolved against it.

    >>> import datetime
    >>> story = Timeline(published=datetime.date(2017, 9, 25))
    >>> shelling = story.add("mortar fire hits a command post", datetime.date(2017, 9, 24))
    >>> blame = story.add("Moscow blames Washington", datetime.date(2017, 9, 25))
    >>> story.link(blame, "blames", shelling).relation.kind.value
    'reactive'
    >>> [event.description for event in story.ordered()]
    ['mortar fire hits a command post', 'Moscow blames Washington']
    """

    published: date | None = attrs.field(
        default=None,
        converter=_to_published,
        validator=_check_published,
        on_setattr=attrs.setters.frozen,
    )
    _events: list[Event] = attrs.field(factory=list, init=False, repr=False)
    _links: list[Link] = attrs.field(factory=list, init=False, repr=False)
    _index: dict[str, int] = attrs.field(factory=dict, init=False, eq=False, repr=False)
    _graph: PointGraph = attrs.field(factory=PointGraph, init=False, eq=False, repr=False)
    _analysis: Analysis | None = attrs.field(default=None, init=False, eq=False, repr=False)
    _sequence: list[int] | None = attrs.field(default=None, init=False, eq=False, repr=False)

    # ----------------------------------------------------------------------- building

    @property
    def zone(self) -> tzinfo:
        """The time zone dates are read in: the publication datetime's, or UTC."""
        if isinstance(self.published, datetime) and self.published.tzinfo is not None:
            return self.published.tzinfo
        return UTC

    def add(
        self,
        description: str,
        when: str | Timex | Interval | date | None = None,
        *,
        actors: tuple[str, ...] | list[str] = (),
        source: str | None = None,
        span: tuple[int, int] | None = None,
        id: str | None = None,
        tense: str | None = None,
        reference: date | Interval | Timex | None = None,
        event_class: EventClass | str | None = None,
        polarity: Polarity | str = Polarity.POS,
        modality: str | None = None,
        factuality: Factuality | str = Factuality.ASSERTED,
    ) -> Event:
        """Add an event and return it.

        Args:
            description: what happened, in a few words.
            when: when it happened: a phrase resolved against the publication date
                (``"late Sunday"``), a `Timex`, an `Interval`, a date or a datetime (a
                naive one is read in the timeline's zone); None for an undated event.
            actors: who took part.
            source: who reports it ("Tass").
            span: the ``(start, end)`` character offsets of its mention in the text.
            id: the event's id; by default the next free ``e1``, ``e2``...
            tense, reference: passed to `timeline.resolve` when `when` is a phrase.
            event_class, polarity, modality, factuality: as on `Event`.

        Returns:
            The new `Event`.

        Raises:
            InvalidValueError: `id` is already used, or `when` is a phrase and the
                timeline has no publication date.
            InvalidTypeError: `when` is none of the kinds above.
            ParseError: the phrase cannot be resolved.

        >>> import datetime
        >>> story = Timeline(published=datetime.date(2017, 9, 25))
        >>> story.add("the ministry announces the death", datetime.date(2017, 9, 24)).id
        'e1'
        """
        timex = self._timex(when, tense=tense, reference=reference)
        if id is None:
            number = len(self._events) + 1
            while f"e{number}" in self._index:
                number += 1
            id = f"e{number}"
        elif id in self._index:
            raise InvalidValueError(
                f"Timeline.add: id: expected an id not used yet, got {id!r}, which is "
                f"{self._events[self._index[id]].description!r}"
            )
        event = Event(
            id,
            description,
            timex,
            actors,
            source,
            span,
            event_class=event_class,
            polarity=polarity,
            modality=modality,
            factuality=factuality,
        )
        self._append_event(event)
        return event

    def link(
        self,
        source: Event | str,
        relation: str | Relation,
        target: Event | str,
        *,
        evidence: str | None = None,
        inferred: bool = False,
        evidence_span: tuple[int, int] | None = None,
        possible: bool = False,
    ) -> Link:
        """Link two events of this timeline: ``source relation target``.

        Args:
            source: the event the link goes from (or its id): the one who blames.
            relation: a registered relation's name (``"blames"``) or a `Relation`.
            target: the event the link goes to (or its id): what is blamed.
            evidence: the text that supports the link.
            inferred: no cue states the link; it was read from the words around the
                events (see `Link`).
            evidence_span: where `evidence` is in the story's text, ``(start, end)``
                (see `Link`).
            possible: the text says the link may hold or would if a condition is met,
                not that it does; it then orders nothing (see `Link`).

        Returns:
            The new `Link`. A link that contradicts others is kept all the same;
            `conflicts` explains it.

        Raises:
            UnknownRelationError: `relation` is a name nobody registered.
            UnknownEventError: `source` or `target` is not in this timeline.
            InvalidValueError: `evidence_span` is not ``0 <= start < end`` offsets of
                `evidence`'s length, or is given without `evidence`.

        >>> import datetime
        >>> story = Timeline(published=datetime.date(2017, 9, 25))
        >>> strike = story.add("jets strike a militia position")
        >>> denial = story.add("Moscow denies the strike")
        >>> str(story.link(denial, "denies", strike))
        'e2 denies e1'
        """
        source_id = self._event_id(source, "source")
        target_id = self._event_id(target, "target")
        if isinstance(relation, str):
            relation = lookup_relation(relation)
        elif not isinstance(relation, Relation):
            raise InvalidTypeError(
                "Timeline.link: relation: expected a relation name or a Relation, "
                f"got {type(relation).__name__} {relation!r}"
            )
        link = Link(source_id, relation, target_id, evidence, inferred, evidence_span, possible)
        self._append_link(link)
        return link

    def _append_event(self, event: Event) -> None:
        # Everything that can fail comes before the first change: an operation that
        # raises leaves the timeline as it was.
        bounds = event_bounds(event.when, self._published_interval())
        self._graph.add_event(*bounds)
        self._index[event.id] = len(self._events)
        self._events.append(event)
        self._changed()

    def _published_interval(self) -> Interval | None:
        return None if self.published is None else _day_or_moment(self.published)

    def _append_link(self, link: Link) -> None:
        compiled = UNASSERTED if link.possible else compile_relation(link.relation)
        self._graph.add_link(self._index[link.source], self._index[link.target], compiled)
        self._links.append(link)
        self._changed()

    def _changed(self) -> None:
        self._analysis = None
        self._sequence = None

    def _event_id(self, event: Event | str, role: str) -> str:
        if isinstance(event, Event):
            number = self._index.get(event.id)
            if number is None or self._events[number] != event:
                raise UnknownEventError(
                    event.id, f"the {role} {event.description!r} was not added to this timeline"
                )
            return event.id
        if isinstance(event, str):
            if event not in self._index:
                raise UnknownEventError(
                    event,
                    f"no event of this timeline has that id "
                    f"(the {role} of a link must be added first)",
                )
            return event
        raise InvalidTypeError(
            f"Timeline.link: {role}: expected an Event or an event id, "
            f"got {type(event).__name__} {event!r}"
        )

    def _timex(
        self, when: object, *, tense: str | None, reference: date | Interval | Timex | None
    ) -> Timex | None:
        if when is None or isinstance(when, Timex):
            return when
        if isinstance(when, str):
            return self._resolve(when, tense=tense, reference=reference)
        if isinstance(when, Interval):
            kind = TimexType.TIME if when.grain in _TIME_GRAINS else TimexType.DATE
            return Timex(when.value, kind, when.value, interval=when)
        if isinstance(when, datetime):
            moment = when if when.utcoffset() is not None else when.replace(tzinfo=self.zone)
            interval = Interval.unit(moment, Grain.SECOND)
            return Timex(moment.isoformat(), TimexType.TIME, interval.value, interval=interval)
        if isinstance(when, date):
            value = when.isoformat()
            return Timex(
                value, TimexType.DATE, value, interval=Interval.from_value(value, self.zone)
            )
        raise InvalidTypeError(
            "Timeline.add: when: expected a phrase, a Timex, an Interval, a date, a datetime "
            f"or None, got {type(when).__name__} {when!r}"
        )

    def _resolve(
        self, phrase: str, *, tense: str | None, reference: date | Interval | Timex | None
    ) -> Timex:
        if self.published is None:
            raise InvalidValueError(
                f"Timeline.add: when: the phrase {phrase!r} needs a publication date to be "
                "resolved against; create the timeline with Timeline(published=...) or "
                "pass a Timex, Interval, date or datetime"
            )
        try:
            module = importlib.import_module("timeline._time._resolve")
        except ImportError:
            raise ParseError(
                phrase, "this version of timeline cannot resolve phrases yet; pass a date"
            ) from None
        resolved = module.resolve(phrase, self.published, tense=tense, reference=reference)
        return cast(Timex, resolved)

    # ----------------------------------------------------------------------- reading

    @property
    def events(self) -> tuple[Event, ...]:
        """The events, in the order they were added."""
        return tuple(self._events)

    @property
    def links(self) -> tuple[Link, ...]:
        """The links, in the order they were added."""
        return tuple(self._links)

    def __repr__(self) -> str:
        # The events and links are what a reader wants to know about; their counts fit.
        published = "undated" if self.published is None else f"published {self.published}"
        events, links = len(self._events), len(self._links)
        return (
            f"<Timeline {published}: {events} event{'' if events == 1 else 's'}, "
            f"{links} link{'' if links == 1 else 's'}>"
        )

    def __len__(self) -> int:
        return len(self._events)

    def __iter__(self) -> Iterator[Event]:
        return iter(self._events)

    def __contains__(self, item: object) -> bool:
        if isinstance(item, Event):
            number = self._index.get(item.id)
            return number is not None and self._events[number] == item
        return isinstance(item, str) and item in self._index

    def __getitem__(self, event_id: str) -> Event:
        """The event with id `event_id`.

        Raises:
            UnknownEventError: no event has that id.
        """
        number = self._index.get(event_id) if isinstance(event_id, str) else None
        if number is None:
            raise UnknownEventError(str(event_id), "no event of this timeline has that id")
        return self._events[number]

    # ----------------------------------------------------------------------- ordering

    def _analyse(self) -> Analysis:
        if self._analysis is None:
            self._analysis = analyse(self._graph)
        return self._analysis

    def _checked(self) -> Analysis:
        self._analysis = checked(self._graph, self._analyse())
        return self._analysis

    def _ordered_numbers(self) -> list[int]:
        if self._sequence is None:
            numbers = order(self._analyse())
            if numbers is None:  # a cycle: set contradictory links aside, then order
                numbers = order(self._checked())
            assert numbers is not None, "a checked analysis is acyclic"
            self._sequence = numbers
        return self._sequence

    def ordered(self) -> list[Event]:
        """Every event once, in an order consistent with every date and every link.

        An event whose interval ends before another's begins comes first; each link's
        implication is respected (a blame after what it blames); so is every order the
        dates and links imply together. Events go by their earliest possible start, then
        the one added first. Undated events go just before what they must precede (or
        after what they follow), and last when nothing places them. Links that contradict
        each other are reported by `conflicts`; the order then follows the rest.

        >>> import datetime
        >>> story = Timeline(published=datetime.date(2017, 9, 25))
        >>> denial = story.add("Moscow denies it", datetime.date(2017, 9, 25))
        >>> strike = story.add("jets strike a gas field")
        >>> _ = story.link(denial, "denies", strike)
        >>> [event.description for event in story.ordered()]
        ['jets strike a gas field', 'Moscow denies it']
        """
        events = self._events
        return [events[number] for number in self._ordered_numbers()]

    def conflicts(self) -> list[Conflict]:
        """Every contradiction among the dates and links, each explained in a sentence.

        Nothing is raised and nothing is dropped: a link that closes a cycle is set aside
        only to order the rest, and is named in its conflict.

        >>> import datetime
        >>> story = Timeline(published=datetime.date(2017, 9, 25))
        >>> blame = story.add("Moscow blames Washington", datetime.date(2017, 9, 20))
        >>> death = story.add("a general is killed", datetime.date(2017, 9, 24))
        >>> _ = story.link(blame, "blames", death)
        >>> print(story.conflicts()[0])
        'Moscow blames Washington' blames 'a general is killed', but 'a general is killed' \
is dated 2017-09-24 and 'Moscow blames Washington' is dated 2017-09-20: a blame comes no \
earlier than what it blames
        """
        return find_conflicts(self._graph, self._checked(), self._events, self._links)

    def chains(self) -> list[Chain]:
        """The causal and reactive chains: events joined by such links, each in order.

        >>> import datetime
        >>> story = Timeline(published=datetime.date(2017, 9, 25))
        >>> shelling = story.add("mortar fire hits a command post")
        >>> death = story.add("a general is killed")
        >>> blame = story.add("Moscow blames Washington", datetime.date(2017, 9, 25))
        >>> _ = story.link(shelling, "causes", death)
        >>> _ = story.link(blame, "blames", death)
        >>> [str(chain) for chain in story.chains()]
        ['mortar fire hits a command post → a general is killed → Moscow blames Washington']
        """
        return find_chains(self._graph, self._ordered_numbers(), self._events, self._links)

    def relation(self, first: Event | str, second: Event | str) -> frozenset[str]:
        """The Allen relations that can still hold from `first` to `second`.

        Both the events' intervals (which contain them) and the links count.
        ``relation(b, a)`` holds the converses of ``relation(a, b)``.

        Raises:
            UnknownEventError: an event is not in this timeline.

        >>> import datetime
        >>> story = Timeline(published=datetime.date(2017, 9, 25))
        >>> sunday = story.add("a general is killed", datetime.date(2017, 9, 24))
        >>> monday = story.add("Moscow blames Washington", datetime.date(2017, 9, 25))
        >>> sorted(story.relation(sunday, monday))
        ['before', 'meets']
        """
        a = self._index[self._event_id(first, "first")]
        b = self._index[self._event_id(second, "second")]
        return possible_relations(self._checked(), a, b)

    def bounds(self, event: Event | str) -> Bounds:
        """How early and how late `event` can start and end, given every date and link.

        An undated event gets its bounds from the dated events its links reach: what a
        report dated late Sunday reports began by the end of Sunday. A dated event's
        bounds lie within its own interval, tightened by the links. Moments are read in
        the timeline's `zone`. When dates and links contradict each other (see
        `conflicts`) an earliest moment can come after the latest one.

        Raises:
            UnknownEventError: `event` is not in this timeline.

        >>> import datetime
        >>> story = Timeline(published=datetime.date(2017, 9, 25))
        >>> death = story.add("a general is killed")
        >>> report = story.add("the ministry reports his death", "late Sunday")
        >>> _ = story.link(report, "reports", death)
        >>> bounds = story.bounds(death)
        >>> bounds.earliest_start is None, bounds.latest_start.isoformat()
        (True, '2017-09-25T00:00:00+00:00')
        """
        number = self._index[self._event_id(event, "event")]
        return find_bounds(self._checked(), number, self.zone)

    # ----------------------------------------------------------------------- showing

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """Render as a vertical timeline (``Console().print(timeline)``).

        Dated events sit in a date gutter, grouped by day or week; an undated event that
        its links tie to a date sits where `ordered` puts it, with its `bounds` in the
        gutter ("by Sun 24 Sep"), and the others follow in a section of their own;
        conflicts are marked and explained. See `timeline.render.TimelineView` for a
        title or for the chains.
        """
        # Imported here: value types never pull rich in, so `import timeline` stays light.
        from .._render import TimelineView

        yield TimelineView(self)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        from .._render import TimelineView

        return TimelineView(self).__rich_measure__(console, options)

    def to_timelinejs(self, *, title: str | None = None) -> str:
        """The timeline as TimelineJS JSON (Knight Lab's timeline viewer).

        Each dated event is a slide with ``start_date`` (and ``end_date`` when it spans
        more than one unit of its grain), ``text.headline``, ``display_date`` and, for
        events in a chain, ``group``. TimelineJS cannot place undated events; they are
        kept in a list of their own, ``undated``, which it ignores.

        >>> import datetime, json
        >>> story = Timeline(published=datetime.date(2017, 9, 25))
        >>> _ = story.add("talks collapse", "last week")
        >>> slide = json.loads(story.to_timelinejs())["events"][0]
        >>> slide["start_date"], slide["end_date"]["day"], slide["display_date"]
        ({'year': '2017', 'month': '9', 'day': '18'}, '24', '18–24 Sep 2017 (last week)')
        """
        import json

        from .._render import timelinejs

        return json.dumps(timelinejs(self, title=title), indent=2, ensure_ascii=False)

    # ----------------------------------------------------------------------- JSON

    def to_json(self) -> str:
        """The timeline as JSON text: stable (same timeline, same text), keys sorted.

        >>> import datetime
        >>> Timeline(published=datetime.date(2017, 9, 25)).to_json().count("2017-09-25")
        1
        """
        return _json.dumps(self.published, self._events, self._links)

    @classmethod
    def from_json(cls, text: str | bytes) -> Timeline:
        """Read a timeline written by `to_json`; ``from_json(t.to_json()) == t``.

        Raises:
            TimelineFormatError: the text is not such a timeline; the message says what is
                wrong and where (``events[3].when.value``).

        >>> import datetime
        >>> story = Timeline(published=datetime.date(2017, 9, 25))
        >>> Timeline.from_json(story.to_json()) == story
        True
        """
        published, events, links = _json.loads(text)
        try:
            timeline = cls(published=published)
        except TimelineError as error:
            raise TimelineFormatError("published", str(error)) from None
        for number, event in enumerate(events):
            try:
                timeline._append_event(event)
            except TimelineError as error:
                raise TimelineFormatError(f"events[{number}]", str(error)) from None
        for link in links:
            timeline._append_link(link)
        return timeline
