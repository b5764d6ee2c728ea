"""The value types of a timeline: `Event`, `Link`, `Conflict` and `Chain`."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import datetime
from types import NoneType
from typing import TYPE_CHECKING, Any

import attrs

from .._errors import InvalidTypeError, InvalidValueError
from .._notebook import ShownInNotebooks
from .._time import Interval, Timex
from .._time._model import check_instance, check_span
from ._relations import Relation

if TYPE_CHECKING:
    from .._render import ChainTree, EventLine, LinkLine

__all__ = [
    "Bounds",
    "Chain",
    "Conflict",
    "ConflictKind",
    "Event",
    "EventClass",
    "Factuality",
    "Link",
    "Polarity",
]


class EventClass(enum.StrEnum):
    """The TimeML class of an event mention: what kind of predicate it is."""

    OCCURRENCE = "OCCURRENCE"
    """Something that happens: "killed", "the attack", "struck"."""
    REPORTING = "REPORTING"
    """Someone tells of an event: "said", "reported", "according to"."""
    I_ACTION = "I_ACTION"
    """An action that introduces another event: "denied", "blamed", "vowed", "ordered"."""
    I_STATE = "I_STATE"
    """A state that introduces another event: "fears", "wants", "believes", "expects"."""
    ASPECTUAL = "ASPECTUAL"
    """A phase of another event: "began", "continue", "ended", "resumed"."""
    STATE = "STATE"
    """Something that holds: "is dead", "remain strong", "the war" as a situation."""
    PERCEPTION = "PERCEPTION"
    """Seeing or hearing another event: "saw", "heard", "watched"."""


class Polarity(enum.StrEnum):
    """Whether the text says the event happened (POS) or did not (NEG), as TimeML has it."""

    POS = "POS"
    NEG = "NEG"


class Factuality(enum.StrEnum):
    """How far the text vouches for an event.

    ``asserted``: the story states it ("the shelling killed him"). ``reported``: someone
    the story quotes says so, or disputes it ("the SDF said jets struck", "Moscow denied
    that it struck"); the event's ``source`` says who. ``possible``: it may happen, is
    intended, threatened or expected ("may strike", "vowed to retaliate", "will meet").
    """

    ASSERTED = "asserted"
    REPORTED = "reported"
    POSSIBLE = "possible"


def _member(kind: type[enum.StrEnum], field: str, value: object, *, optional: bool) -> Any:
    if value is None and optional:
        return None
    if isinstance(value, kind):
        return value
    if isinstance(value, str) and value in kind._value2member_map_:
        return kind(value)
    allowed = ", ".join(repr(member.value) for member in kind)
    none = "None or " if optional else ""
    raise InvalidValueError(f"Event.{field}: expected {none}one of {allowed}, got {value!r}")


def _to_event_class(value: object) -> EventClass | None:
    return _member(EventClass, "event_class", value, optional=True)  # type: ignore[no-any-return]


def _to_polarity(value: object) -> Polarity:
    return _member(Polarity, "polarity", value, optional=False)  # type: ignore[no-any-return]


def _to_factuality(value: object) -> Factuality:
    return _member(Factuality, "factuality", value, optional=False)  # type: ignore[no-any-return]


def _to_conflict_kind(value: object) -> ConflictKind:
    if isinstance(value, str) and value in ConflictKind._value2member_map_:
        return ConflictKind(value)
    allowed = ", ".join(repr(member.value) for member in ConflictKind)
    raise InvalidValueError(f"Conflict.kind: expected one of {allowed}, got {value!r}")


def _check_id(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value:
        owner = type(instance).__name__
        raise InvalidValueError(
            f"{owner}.{attribute.name}: expected a non-empty event id, got {value!r}"
        )


def _to_names(value: object) -> tuple[str, ...]:
    # A bare string is iterable too; taking it apart letter by letter would be a silent loss.
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise InvalidTypeError(
            f"Event.actors: expected a tuple or list of names, got {type(value).__name__} {value!r}"
        )
    names = tuple(value)
    for name in names:
        if not isinstance(name, str):
            raise InvalidTypeError(
                f"Event.actors: expected every actor to be a str, got {type(name).__name__} "
                f"{name!r}"
            )
    return names


@attrs.frozen
class Event(ShownInNotebooks):
    """Something that happened (or is said to have happened), and what we know of when.

    ``when`` is the time expression that dates the event; its interval *contains* the
    event (an event "last week" happened somewhere inside that week). It is None for an
    undated event. ``source`` is who reports it ("according to Tass"); ``span`` is the
    ``(start, end)`` character offsets of the event's mention in the text it came from:
    for an event found by `timeline.extract`, its trigger word ("killed", "hit out").
    ``event_class`` is its TimeML class, ``polarity`` whether the text says it happened or
    not, ``modality`` the modal word that qualifies it ("may", "could"), and
    ``factuality`` how far the story vouches for it.

    >>> event = Event("e1", "the ministry announces the general's death")
    >>> event.undated
    True
    """

    id: str = attrs.field(validator=_check_id)
    description: str = attrs.field(validator=check_instance(str, "a str"))
    when: Timex | None = attrs.field(
        default=None, validator=check_instance((Timex, NoneType), "a Timex or None")
    )
    actors: tuple[str, ...] = attrs.field(default=(), converter=_to_names)
    source: str | None = attrs.field(
        default=None, validator=check_instance((str, NoneType), "a str or None")
    )
    span: tuple[int, int] | None = attrs.field(default=None, validator=check_span)
    event_class: EventClass | None = attrs.field(default=None, converter=_to_event_class)
    polarity: Polarity = attrs.field(default=Polarity.POS, converter=_to_polarity)
    modality: str | None = attrs.field(
        default=None, validator=check_instance((str, NoneType), "a str or None")
    )
    factuality: Factuality = attrs.field(
        default=Factuality.ASSERTED,
        converter=_to_factuality,
    )

    @property
    def interval(self) -> Interval | None:
        """The stretch of time the event lies in, or None if nothing dates it."""
        return None if self.when is None else self.when.interval

    @property
    def undated(self) -> bool:
        """Whether no interval dates the event (it is placed only by its links)."""
        return self.interval is None

    def __str__(self) -> str:
        return self.description

    def to_dict(self) -> dict[str, Any]:
        """The event as a flat, JSON-ready record: one column each in a data frame.

        Keys: ``id``, ``description``, ``when_*`` (its timex, as `Timex.to_dict` gives
        it: ``when_value``, ``when_interval_start``, ...), ``actors`` (a list),
        ``source``, ``start`` and ``end`` (the mention's offsets), ``event_class``,
        ``polarity``, ``modality``, ``factuality``, and any field added later; every key
        is there, None where the event has nothing.

        >>> row = Event("e1", "talks collapse", actors=["Kyiv"]).to_dict()
        >>> row["id"], row["actors"], row["when_value"], row["polarity"]
        ('e1', ['Kyiv'], None, 'POS')
        """
        from .._records import record

        return record(self)

    def __rich__(self) -> EventLine:
        """What rich shows: the description, when, who, and the source, on one line."""
        # Imported here: value types never pull rich in, so `import timeline` stays light.
        from .._render import EventLine

        return EventLine(self)


def _check_evidence_span(instance: Link, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not (
        isinstance(value, tuple)
        and len(value) == 2
        and all(isinstance(i, int) and not isinstance(i, bool) for i in value)
    ):
        raise InvalidTypeError(
            f"Link.evidence_span: expected None or a (start, end) tuple of two ints, "
            f"got {type(value).__name__} {value!r}"
        )
    start, end = value
    if not 0 <= start < end:
        raise InvalidValueError(
            f"Link.evidence_span: expected offsets with 0 <= start < end, got {value!r}"
        )
    if instance.evidence is None:
        raise InvalidValueError(
            f"Link.evidence_span: expected None when the link has no evidence (a span "
            f"places the evidence's words), got {value!r}"
        )
    if end - start != len(instance.evidence):
        raise InvalidValueError(
            f"Link.evidence_span: expected the offsets of the evidence "
            f"{instance.evidence!r} ({len(instance.evidence)} characters), got {value!r} "
            f"({end - start} characters)"
        )


@attrs.frozen
class Link(ShownInNotebooks):
    """A typed link between two events of a timeline: ``source relation target``.

    ``evidence`` is the text that supports the link, when there is one, and
    ``evidence_span`` its ``(start, end)`` character offsets in the story's text (like
    `Event.span`): ``text[start:end] == evidence``. A link found by `timeline.extract`
    has both; a span needs evidence to place (``evidence_span`` without ``evidence`` is
    refused), while evidence without a span is fine (a link made by hand). ``inferred`` is
    True when no cue word states the link and extraction's learned reader read it from
    the words around the two events: it is likely, not told (its evidence is those words).
    ``possible`` is True when the text says the link may hold, would hold if a condition
    is met, or is what someone intends, not that it holds ("the leak may have caused the
    fire", "if talks fail, the union will strike"): such a link is shown and kept, but
    it does not order or date its events, join a chain or make a conflict.

    >>> from timeline import lookup_relation
    >>> str(Link("e3", lookup_relation("blames"), "e2"))
    'e3 blames e2'
    >>> text = "The road shut because of the flood."
    >>> cue = Link("e2", lookup_relation("causes"), "e1", "because of", evidence_span=(14, 24))
    >>> text[slice(*cue.evidence_span)]
    'because of'
    """

    source: str = attrs.field(validator=_check_id)
    relation: Relation = attrs.field(validator=check_instance(Relation, "a Relation"))
    target: str = attrs.field(validator=_check_id)
    evidence: str | None = attrs.field(
        default=None, validator=check_instance((str, NoneType), "a str or None")
    )
    inferred: bool = attrs.field(default=False, validator=check_instance(bool, "a bool"))
    evidence_span: tuple[int, int] | None = attrs.field(
        default=None, validator=_check_evidence_span
    )
    possible: bool = attrs.field(default=False, validator=check_instance(bool, "a bool"))

    def __str__(self) -> str:
        return f"{self.source} {self.relation.name} {self.target}"

    def __rich__(self) -> LinkLine:
        """What rich shows: ``e3 blames → e2``, and the evidence if there is some."""
        from .._render import LinkLine

        return LinkLine(self)


def _check_moment(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, datetime):
        raise InvalidTypeError(
            f"Bounds.{attribute.name}: expected a timezone-aware datetime or None, "
            f"got {type(value).__name__} {value!r}"
        )
    if value.utcoffset() is None:
        raise InvalidValueError(
            f"Bounds.{attribute.name}: expected a timezone-aware datetime, "
            f"got naive {value.isoformat()}"
        )


@attrs.frozen
class Bounds:
    """When an event can have started and ended, given its date and every link.

    Each field is the closest moment the dates and links allow, or None where nothing
    bounds that side: the event starts between ``earliest_start`` and ``latest_start``
    and ends between ``earliest_end`` and ``latest_end``. A bound may be strict (a report
    dated Monday puts what it reports *before* Monday ends); the moment is the same.

    >>> import datetime
    >>> sunday_over = datetime.datetime(2017, 9, 25, tzinfo=datetime.UTC)
    >>> Bounds(latest_start=sunday_over).earliest_start is None
    True
    """

    earliest_start: datetime | None = attrs.field(default=None, validator=_check_moment)
    latest_start: datetime | None = attrs.field(default=None, validator=_check_moment)
    earliest_end: datetime | None = attrs.field(default=None, validator=_check_moment)
    latest_end: datetime | None = attrs.field(default=None, validator=_check_moment)


class ConflictKind(enum.StrEnum):
    """What kind of contradiction a `Conflict` is."""

    DATES = "dates"
    """Links put events in an order their dates rule out."""
    CYCLE = "cycle"
    """Links put an event before itself (directly, or through other links)."""
    CAUSAL_LOOP = "causal loop"
    """Causal links lead from an event back to itself."""


@attrs.frozen
class Conflict:
    """A contradiction in a timeline: the events and links involved and the rule broken.

    ``str(conflict)`` is the explanation, a sentence.
    """

    kind: ConflictKind = attrs.field(converter=_to_conflict_kind)
    events: tuple[Event, ...]
    links: tuple[Link, ...]
    rule: str
    explanation: str

    def __str__(self) -> str:
        return self.explanation


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


@attrs.frozen
class Chain(ShownInNotebooks):
    """Events joined by causal and reactive links, in time order.

    ``steps`` groups the events by how many links lead to them from the chain's first
    events, so ``str(chain)`` reads like ``strike → report, denial``.
    """

    events: tuple[Event, ...]
    steps: tuple[tuple[Event, ...], ...]
    links: tuple[Link, ...]

    def __str__(self) -> str:
        return " → ".join(", ".join(event.description for event in step) for step in self.steps)

    def __repr__(self) -> str:
        # The fields hold whole events: the counts and the chain itself say more.
        events = _count(len(self.events), "event")
        return f"<Chain of {events} and {_count(len(self.links), 'link')}: {self}>"

    def __rich__(self) -> ChainTree:
        """What rich shows: the chain as a tree, each event under what it is linked to."""
        from .._render import ChainTree

        return ChainTree(self)
