"""The records a TimeML document is read into: `Document` and the elements it holds.

Each record keeps every attribute exactly as the file wrote it (``attributes``), so nothing
in a gold corpus is lost, and offers the attributes that matter as typed fields or
properties. TIMEX3 values are kept as plain strings and never validated here: gold corpora
carry values such as ``PY5`` or ``03-02-2009`` and must still be readable.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

import attrs

from .._errors import InvalidTypeError, InvalidValueError, ValueFormatError
from .._time import Grain, Interval, Timex, TimexType, parse_value
from .._time._model import check_span
from .._time._published import coerce_date

__all__ = [
    "CausalLink",
    "Document",
    "EventInstance",
    "EventMention",
    "Signal",
    "SubordinationLink",
    "TemporalLink",
    "TimexElement",
]

Attributes = tuple[tuple[str, str], ...]


def _check_attributes(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not (
        isinstance(value, tuple)
        and all(
            isinstance(pair, tuple)
            and len(pair) == 2
            and isinstance(pair[0], str)
            and isinstance(pair[1], str)
            for pair in value
        )
    ):
        raise InvalidTypeError(
            f"{type(instance).__name__}.{attribute.name}: expected a tuple of "
            f"(name, value) string pairs, got {value!r}"
        )


def _pairs(attributes: Iterable[tuple[str, str]]) -> Attributes:
    return tuple(attributes)


class _Attributed:
    """The raw attributes of an element, looked up by name (mixed into each record)."""

    __slots__ = ()
    attributes: Attributes

    def attribute(self, name: str) -> str | None:
        """The raw value of attribute `name` as the file wrote it, or None if absent."""
        for key, value in self.attributes:
            if key == name:
                return value
        return None


@attrs.frozen
class TimexElement(_Attributed):
    """One TIMEX3 element: the expression as a `Timex`, its ``tid``, and its raw attributes.

    The typed fields win over ``attributes`` when the element is written: ``tid``, and the
    timex's type, value, mod, quant and freq. Every other attribute (``anchorTimeID``,
    ``functionInDocument``, ``beginPoint``, ...) is written back exactly as it came in.

    >>> element = TimexElement.of(Timex("today", "DATE", "2017-09-25"), "t2", anchorTimeID="t0")
    >>> element.anchor_time_id, element.attributes[:2]
    ('t0', (('tid', 't2'), ('type', 'DATE')))
    """

    timex: Timex = attrs.field(validator=attrs.validators.instance_of(Timex))
    tid: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )
    attributes: Attributes = attrs.field(
        factory=tuple, converter=_pairs, validator=_check_attributes
    )

    @classmethod
    def of(cls, timex: Timex, tid: str | None, **extra: str) -> TimexElement:
        """An element for `timex` whose attributes are the TIMEX3 ones plus `extra`.

        >>> TimexElement.of(Timex("three weeks", "DURATION", "P3W"), "t1").attributes
        (('tid', 't1'), ('type', 'DURATION'), ('value', 'P3W'))
        """
        pairs: list[tuple[str, str]] = []
        if tid is not None:
            pairs.append(("tid", tid))
        pairs += [("type", timex.type.value), ("value", timex.value)]
        for name, value in (("mod", timex.mod), ("quant", timex.quant), ("freq", timex.freq)):
            if value is not None:
                pairs.append((name, str(value)))
        pairs += extra.items()
        return cls(timex, tid, tuple(pairs))

    @property
    def anchor_time_id(self) -> str | None:
        """The ``anchorTimeID``: the tid of the time this one was resolved against."""
        return self.attribute("anchorTimeID")

    @property
    def function_in_document(self) -> str | None:
        """The ``functionInDocument`` (``CREATION_TIME``, ``NONE``, ...)."""
        return self.attribute("functionInDocument")


@attrs.frozen
class EventMention(_Attributed):
    """One EVENT element: its text, its span in the document text, and its attributes.

    ``span`` is None for an EVENT outside TEXT.

    >>> EventMention("said", (20, 24), (("eid", "e1"), ("class", "REPORTING"))).eid
    'e1'
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    span: tuple[int, int] | None = attrs.field(default=None, validator=check_span)
    attributes: Attributes = attrs.field(
        factory=tuple, converter=_pairs, validator=_check_attributes
    )

    @property
    def eid(self) -> str | None:
        """The event id (``eid``)."""
        return self.attribute("eid")

    @property
    def event_class(self) -> str | None:
        """The TimeML event ``class`` (``OCCURRENCE``, ``REPORTING``, ...)."""
        return self.attribute("class")


# The element that carries each kind of link's cue words, its id attribute, and the
# attribute a link points at it with: TimeML 1.2.1's SIGNAL for TLINK and SLINK, the
# C-SIGNAL of the causal extension (Causal-TimeBank, MEANTIME) for CLINK.
SIGNAL_FORMS = {
    "TLINK": ("SIGNAL", "sid", "signalID"),
    "SLINK": ("SIGNAL", "sid", "signalID"),
    "CLINK": ("C-SIGNAL", "cid", "c-signalID"),
}
_SIGNAL_IDS = {"SIGNAL": "sid", "C-SIGNAL": "cid"}


def _check_signal_element(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value not in _SIGNAL_IDS:
        raise InvalidValueError(f"Signal.element: expected 'SIGNAL' or 'C-SIGNAL', got {value!r}")


@attrs.frozen
class Signal(_Attributed):
    """One SIGNAL or C-SIGNAL element: the words that state a link, and where they are.

    A SIGNAL (``sid``) holds the cue of a TLINK or SLINK ("after", "in response to"); a
    C-SIGNAL (``cid``) the cue of a CLINK ("because of", "due to"), as the causal
    extension of TimeML writes it. ``span`` is None for one outside TEXT.

    >>> cue = Signal("because of", (12, 22), (("cid", "c1"),), element="C-SIGNAL")
    >>> cue.signal_id, cue.causal
    ('c1', True)
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    span: tuple[int, int] | None = attrs.field(default=None, validator=check_span)
    attributes: Attributes = attrs.field(
        factory=tuple, converter=_pairs, validator=_check_attributes
    )
    element: str = attrs.field(default="SIGNAL", validator=_check_signal_element)

    @property
    def signal_id(self) -> str | None:
        """Its id: the ``sid`` of a SIGNAL, the ``cid`` of a C-SIGNAL."""
        return self.attribute(_SIGNAL_IDS[self.element])

    @property
    def causal(self) -> bool:
        """Whether it is a C-SIGNAL, the cue of a CLINK."""
        return self.element == "C-SIGNAL"


@attrs.frozen
class EventInstance(_Attributed):
    """One MAKEINSTANCE element: an instance of an event, with tense, aspect, polarity...

    >>> EventInstance((("eiid", "ei1"), ("eventID", "e1"))).event_id
    'e1'
    """

    attributes: Attributes = attrs.field(
        factory=tuple, converter=_pairs, validator=_check_attributes
    )

    @property
    def eiid(self) -> str | None:
        """The event instance id (``eiid``)."""
        return self.attribute("eiid")

    @property
    def event_id(self) -> str | None:
        """The id of the EVENT this is an instance of (``eventID``)."""
        return self.attribute("eventID")


class _Link(_Attributed):
    """What every link element (TLINK, CLINK, SLINK) has: its id."""

    __slots__ = ()

    @property
    def lid(self) -> str | None:
        """The link id (``lid``)."""
        return self.attribute("lid")


class _TypedLink(_Link):
    """A link element with a ``relType`` (TLINK, SLINK; a CLINK has none)."""

    __slots__ = ()

    @property
    def signal_id(self) -> str | None:
        """The ``signalID``: the sid of the SIGNAL whose words state the link."""
        return self.attribute("signalID")

    @property
    def rel_type(self) -> str | None:
        """The relation (``relType``: ``BEFORE``, ``IS_INCLUDED``; ``EVIDENTIAL``, ...)."""
        return self.attribute("relType")


@attrs.frozen
class TemporalLink(_TypedLink):
    """One TLINK element: a temporal relation between two event instances or times.

    >>> link = TemporalLink((("lid", "l1"), ("relType", "BEFORE"),
    ...                      ("eventInstanceID", "ei1"), ("relatedToTime", "t0")))
    >>> link.source, link.rel_type, link.target
    ('ei1', 'BEFORE', 't0')
    """

    attributes: Attributes = attrs.field(
        factory=tuple, converter=_pairs, validator=_check_attributes
    )

    @property
    def source(self) -> str | None:
        """The id of the event instance or time the relation starts from."""
        return self.attribute("eventInstanceID") or self.attribute("timeID")

    @property
    def target(self) -> str | None:
        """The id of the event instance or time the relation points to."""
        return self.attribute("relatedToEventInstance") or self.attribute("relatedToTime")


@attrs.frozen
class CausalLink(_Link):
    """One CLINK element: the source event instance causes the target.

    >>> CausalLink((("lid", "l2"), ("eventInstanceID", "ei3"),
    ...             ("relatedToEventInstance", "ei4"))).target
    'ei4'
    """

    attributes: Attributes = attrs.field(
        factory=tuple, converter=_pairs, validator=_check_attributes
    )

    @property
    def source(self) -> str | None:
        """The id of the causing event instance."""
        return self.attribute("eventInstanceID")

    @property
    def signal_id(self) -> str | None:
        """The ``c-signalID``: the cid of the C-SIGNAL whose words state the cause."""
        return self.attribute("c-signalID")

    @property
    def target(self) -> str | None:
        """The id of the caused event instance."""
        return self.attribute("relatedToEventInstance")


@attrs.frozen
class SubordinationLink(_TypedLink):
    """One SLINK element: an event instance that subordinates another (a report, an aim).

    >>> link = SubordinationLink((("lid", "l3"), ("relType", "EVIDENTIAL"),
    ...                           ("eventInstanceID", "ei2"),
    ...                           ("subordinatedEventInstance", "ei1")))
    >>> link.source, link.rel_type, link.target
    ('ei2', 'EVIDENTIAL', 'ei1')
    """

    attributes: Attributes = attrs.field(
        factory=tuple, converter=_pairs, validator=_check_attributes
    )

    @property
    def source(self) -> str | None:
        """The id of the subordinating event instance (the speech, the intention)."""
        return self.attribute("eventInstanceID")

    @property
    def target(self) -> str | None:
        """The id of the subordinated event instance (what is said, intended...)."""
        return self.attribute("subordinatedEventInstance")


def _check_in_text(document: Document, name: str, span: tuple[int, int], inner: str) -> None:
    start, end = span
    if end > len(document.text):
        raise InvalidValueError(
            f"Document.{name}: expected spans inside the text of {len(document.text)} "
            f"characters, got {span}"
        )
    if document.text[start:end] != inner:
        raise InvalidValueError(
            f"Document.{name}: expected text[{start}:{end}] to be the element's text "
            f"{inner!r}, got {document.text[start:end]!r}"
        )


def _tuple_of(kind: type) -> Any:
    return attrs.field(
        factory=tuple,
        converter=tuple,
        validator=attrs.validators.deep_iterable(attrs.validators.instance_of(kind)),
    )


@attrs.frozen
class Document:
    """A TimeML document: the plain text of TEXT and what is annotated on it.

    ``timexes`` are the TIMEX3 elements inside TEXT, in text order, each with a span into
    ``text``; ``dct`` is the document creation time (the TIMEX3 in DCT, or else the first
    one whose ``functionInDocument`` is ``CREATION_TIME``); ``timexes_outside_text`` are the
    other TIMEX3 elements outside TEXT (non-consuming ones, such as the start point of a
    duration). ``signals`` are the SIGNAL and C-SIGNAL elements inside TEXT, the words
    that state a link (`signal_for` finds a link's). Other markup inside TEXT contributes
    its text only. ``temporal_links``, ``subordination_links`` and ``causal_links`` are
    the TLINK, SLINK and CLINK elements.

    >>> document = Document.from_timexes(
    ...     "Talks resume on Monday.",
    ...     [Timex("Monday", "DATE", "2017-09-25", span=(16, 22))],
    ...     published=date(2017, 9, 22),
    ... )
    >>> document.timexes[0].tid, document.published
    ('t1', datetime.date(2017, 9, 22))
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    timexes: tuple[TimexElement, ...] = _tuple_of(TimexElement)
    dct: TimexElement | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(attrs.validators.instance_of(TimexElement)),
    )
    doc_id: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )
    events: tuple[EventMention, ...] = _tuple_of(EventMention)
    instances: tuple[EventInstance, ...] = _tuple_of(EventInstance)
    temporal_links: tuple[TemporalLink, ...] = _tuple_of(TemporalLink)
    causal_links: tuple[CausalLink, ...] = _tuple_of(CausalLink)
    timexes_outside_text: tuple[TimexElement, ...] = _tuple_of(TimexElement)
    subordination_links: tuple[SubordinationLink, ...] = _tuple_of(SubordinationLink)
    signals: tuple[Signal, ...] = _tuple_of(Signal)

    @timexes.validator
    def _timexes_in_text(
        self, attribute: attrs.Attribute[Any], timexes: tuple[TimexElement, ...]
    ) -> None:
        for element in timexes:
            span = element.timex.span
            if span is None:
                raise InvalidValueError(
                    f"Document.timexes: expected every timex in TEXT to have a span, "
                    f"got {element.timex.text!r} without one"
                )
            _check_in_text(self, "timexes", span, element.timex.text)

    @events.validator
    def _events_in_text(
        self, attribute: attrs.Attribute[Any], events: tuple[EventMention, ...]
    ) -> None:
        for event in events:
            if event.span is not None:
                _check_in_text(self, "events", event.span, event.text)

    @signals.validator
    def _signals_in_text(
        self, attribute: attrs.Attribute[Any], signals: tuple[Signal, ...]
    ) -> None:
        for signal in signals:
            if signal.span is not None:
                _check_in_text(self, "signals", signal.span, signal.text)

    def signal_for(self, link: TemporalLink | SubordinationLink | CausalLink) -> Signal | None:
        """The element holding the words that state `link`, or None if it names none.

        A TLINK's or SLINK's ``signalID`` names a SIGNAL, a CLINK's ``c-signalID`` a
        C-SIGNAL; an id that no element of the right kind has gives None.

        >>> document = Document(
        ...     "The road shut because of the flood.",
        ...     signals=(Signal("because of", (14, 24), (("cid", "c1"),), element="C-SIGNAL"),),
        ... )
        >>> document.signal_for(CausalLink((("lid", "l1"), ("c-signalID", "c1")))).text
        'because of'
        """
        wanted = link.signal_id
        if wanted is None:
            return None
        causal = isinstance(link, CausalLink)
        return next((s for s in self.signals if s.causal == causal and s.signal_id == wanted), None)

    @classmethod
    def from_timexes(
        cls,
        text: str,
        timexes: Iterable[Timex],
        *,
        published: date | datetime | str | None = None,
        doc_id: str | None = None,
    ) -> Document:
        """A document for `text` with `timexes` (each with a span) and an optional DCT.

        Timexes get tids ``t1``, ``t2``... in text order; the DCT, if `published` is
        given (a date, a datetime or an ISO string), is ``t0`` with the value of its
        calendar day.

        Raises:
            InvalidValueError: a timex has no span, or its span does not hold its text; or
                `published` is a string that is not an ISO date.
        """
        published = coerce_date(published, "published")
        ordered = sorted(timexes, key=_text_order)
        elements = tuple(
            TimexElement.of(timex, f"t{number}") for number, timex in enumerate(ordered, 1)
        )
        dct = None
        if published is not None:
            day = published.date() if isinstance(published, datetime) else published
            value = day.isoformat()
            dct = TimexElement.of(
                Timex(value, TimexType.DATE, value), "t0", functionInDocument="CREATION_TIME"
            )
        return cls(text, elements, dct, doc_id)

    @property
    def published(self) -> date | datetime | None:
        """The publication date from the DCT, if its value names a day or a moment.

        A DCT value that is a day (or a part of a day) gives a `date`; one with a clock
        time gives an aware `datetime` (UTC unless the value has a zone). A missing DCT,
        a coarser value (``2017-09``) or a malformed one (``03-02-2009``) gives None.
        """
        if self.dct is None:
            return None
        try:
            denoted = parse_value(self.dct.timex.value)
        except ValueFormatError:
            return None
        if not isinstance(denoted, Interval):
            return None
        if denoted.grain in (Grain.DAY, Grain.PART_OF_DAY):
            return denoted.start.date()
        if denoted.grain < Grain.PART_OF_DAY:
            return denoted.start
        return None


def _text_order(timex: Timex) -> tuple[int, int]:
    if timex.span is None:
        raise InvalidValueError(
            f"Document.from_timexes: expected every timex to have a span, "
            f"got {timex.text!r} without one"
        )
    start, end = timex.span
    return start, -end
